"""Look at a PDF as a person would: rasterise it and inspect the pixels.

Used by tests (here and in other features) to prove a document is not blank, and that
text really rendered as glyphs. Needs poppler-utils (``pdftoppm``, ``pdffonts``).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage


class PopplerMissingError(RuntimeError):
    pass


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise PopplerMissingError(f"{name} was not found; install poppler-utils")
    return found


def render_pdf_to_png(pdf: Path, out_dir: Path, *, dpi: int = 100) -> list[Path]:
    """Rasterise every page of ``pdf`` into ``out_dir``; return the PNG paths in page order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / pdf.stem
    subprocess.run(
        [_tool("pdftoppm"), "-png", "-r", str(dpi), str(pdf), str(prefix)],
        check=True,
        capture_output=True,
    )
    return sorted(out_dir.glob(f"{pdf.stem}-*.png"), key=_page_number)


def _page_number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def dark_pixel_count(png: Path, region: QRect | None = None, *, threshold: int = 200) -> int:
    """Count pixels darker than ``threshold`` (0-255 grey) in ``region`` (None: whole page)."""
    image = QImage(str(png))
    if image.isNull():
        raise ValueError(f"{png} is not a readable image")
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    area = (region if region is not None else grey.rect()).intersected(grey.rect())
    data = bytes(grey.constBits())
    stride = grey.bytesPerLine()
    # translate() maps every dark byte to 1 in C, so a full page counts in milliseconds.
    dark = bytes(1 if value < threshold else 0 for value in range(256))
    count = 0
    for y in range(area.top(), area.bottom() + 1):
        start = y * stride + area.left()
        count += data[start : start + area.width()].translate(dark).count(1)
    return count


def is_blank(png: Path, *, min_dark_pixels: int = 50) -> bool:
    """True when the page has (almost) nothing printed on it."""
    return dark_pixel_count(png) < min_dark_pixels


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """The fonts a PDF uses as (name without subset prefix, embedded?), from ``pdffonts``."""
    result = subprocess.run(
        [_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True
    )
    fonts: list[tuple[str, bool]] = []
    for line in result.stdout.splitlines()[2:]:
        columns = line.split()
        if len(columns) < 5:
            continue
        name = columns[0].split("+", 1)[-1]
        embedded = columns[-5] == "yes"
        fonts.append((name, embedded))
    return fonts


def pdf_text(pdf: Path) -> str:
    """The text of a PDF as ``pdftotext`` extracts it (to check what a reader would copy)."""
    result = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


@dataclass(frozen=True)
class PdfWord:
    """One word (or one Arabic glyph) as placed on the page, in PDF points from top-left."""

    page: int
    text: str  # NFKC-normalised, so Arabic presentation forms read as ordinary letters
    x_min: float
    y_min: float
    x_max: float
    y_max: float

    @property
    def is_arabic(self) -> bool:
        return any("\u0600" <= ch <= "\u06ff" for ch in self.text)


_PAGE = re.compile(r"<page\b")
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def pdf_words(pdf: Path) -> list[PdfWord]:
    """Where each word landed on each page (``pdftotext -bbox``), to check layout and order."""
    result = subprocess.run(
        [_tool("pdftotext"), "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    words: list[PdfWord] = []
    for page_number, page in enumerate(_PAGE.split(result.stdout)[1:], start=1):
        for x0, y0, x1, y1, text in _WORD.findall(page):
            plain = unicodedata.normalize("NFKC", html.unescape(text))
            words.append(PdfWord(page_number, plain, float(x0), float(y0), float(x1), float(y1)))
    return words
