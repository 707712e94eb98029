from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_desk.core.socialmap import SocialMap


@pytest.fixture
def social_map(tmp_path: Path) -> Iterator[SocialMap]:
    with SocialMap.open(tmp_path / "data") as opened:
        yield opened
