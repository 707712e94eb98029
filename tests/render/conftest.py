from __future__ import annotations

import shutil

import pytest


@pytest.fixture
def poppler() -> None:
    if shutil.which("pdftoppm") is None or shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils (pdftoppm, pdffonts) is not installed")
