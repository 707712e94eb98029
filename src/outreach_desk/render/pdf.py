"""The one HTML-to-PDF writer every printed document of the app goes through.

QTextDocument lays out a small HTML subset; QPdfWriter embeds the bundled Noto fonts so the
file looks the same everywhere. Files appear atomically: a half-written PDF is never left
where a worker could print or send it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

from outreach_desk.core.errors import OutreachError, ValidationError
from outreach_desk.render.fonts import document_font
from outreach_desk.render.qtapp import ensure_gui_app
from outreach_desk.render.template import html_escape, html_page

__all__ = [
    "PAGE_SIZES",
    "DocumentRenderError",
    "Margins",
    "ensure_gui_app",
    "html_escape",
    "html_page",
    "write_pdf",
]

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "Letter": QPageSize.PageSizeId.Letter,
}
_PDF_MAGIC = b"%PDF-"


class DocumentRenderError(OutreachError):
    """Qt could not produce the PDF (nothing was written at the destination)."""


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: float = 15.0
    right: float = 15.0
    bottom: float = 15.0
    left: float = 15.0


def write_pdf(
    html: str,
    out_path: Path,
    *,
    title: str,
    rtl: bool = False,
    page_size: str = "A4",
    margins: Margins | None = None,
) -> Path:
    """Lay out ``html`` and write it to ``out_path`` as a PDF; return the final path.

    ``rtl`` makes right-to-left the default direction (Arabic documents); individual
    elements can still say ``dir="ltr"``. An existing file at ``out_path`` is replaced only
    once the new one is complete.
    """
    out_path = Path(out_path)
    _check_destination(out_path, page_size)
    ensure_gui_app()
    document = _build_document(html, title=title, rtl=rtl)
    tmp_path = _temp_path_beside(out_path)
    try:
        _print_document(document, tmp_path, title, page_size, margins or Margins())
        _check_written(tmp_path, out_path)
        _fsync(tmp_path)
        os.replace(tmp_path, out_path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        raise
    return out_path


def _check_destination(out_path: Path, page_size: str) -> None:
    if page_size not in PAGE_SIZES:
        raise ValidationError(
            f"unknown page size {page_size!r}; choose one of: {', '.join(PAGE_SIZES)}"
        )
    if not out_path.parent.is_dir():
        raise ValidationError(
            f"cannot write {out_path}: the folder {out_path.parent} does not exist; "
            "create it or choose another place"
        )
    if out_path.is_dir():
        raise ValidationError(f"cannot write {out_path}: it is a folder; give a file name")


def _build_document(html: str, *, title: str, rtl: bool) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(document_font())
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def _temp_path_beside(out_path: Path) -> Path:
    # Same folder as the target, so os.replace is an atomic rename on one file system.
    fd, name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part", dir=out_path.parent)
    os.close(fd)
    return Path(name)


def _print_document(
    document: QTextDocument, path: Path, title: str, page_size: str, margins: Margins
) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Outreach Desk")
    writer.setResolution(300)
    writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    writer.setPageMargins(
        QMarginsF(margins.left, margins.top, margins.right, margins.bottom),
        QPageLayout.Unit.Millimeter,
    )
    document.print_(writer)
    # The PDF trailer is written when the painter ends inside print_; dropping the writer
    # closes the file before it is checked and renamed.
    del writer


def _check_written(tmp_path: Path, out_path: Path) -> None:
    with tmp_path.open("rb") as handle:
        head = handle.read(len(_PDF_MAGIC))
    if head != _PDF_MAGIC:
        raise DocumentRenderError(
            f"Qt could not write the PDF for {out_path} (is the folder writable and the disk "
            "not full?); nothing was saved"
        )


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
