"""Text of a PDF document as lines, with a page marker line where each page starts.

``pdf_lines(path)`` extracts each page's text layer with pypdf in layout mode and returns::

    ["\\f1", <lines of page 1>..., "\\f2", <lines of page 2>..., ...]

The markers are ``readers.pages.page_marker(n)``; readers call
``readers.pages.split_pages`` to drop them and learn each line's page.

Page numbers. ``n`` is the 1-based physical page number (the position of the
page in the file), unless the PDF defines page labels (``/PageLabels``, the
numbers a viewer shows) that are *all* plain decimal integers and strictly
increasing: then the labels are used, because they are the numbers printed on
the pages, i.e. what the document states. Labels are ignored as a whole when
any page's label is not a plain integer (roman front matter ``i, ii``, prefixed
``A-1``) or when they repeat or go backwards (numbering restarting per chapter;
an unlabelled cover before a range starting at 1, which pypdf reads as 1, 1, 2):
mixing labels and physical numbers, or ambiguous numbers, would make ``page``
unreliable, and the physical number always points at the right page of the file.

Layout mode keeps each string's position: table cells drawn apart come back separated by runs of
spaces at their columns (which the structural layer splits and aligns), and vertical gaps come back as
blank lines. Measured on the seeds drawn as PDFs with cells at their columns
(``scripts/compare_pdf_text.py``): the profiles read 163 of 190 records identically from layout-mode text,
against 74 from pypdf's plain mode, 71 from pdfplumber's layout text and 77 from pypdfium2.

Pages that pdfplumber finds ruled tables on are read with it (``_RuledTables``: the text between the tables as rows
of words whose heights overlap, so a tag and a title of different sizes centred on one band stay one line); a page printed in columns whose
lines share one grid (a landscape 概要版) is read column by column (``assistant.pdf_columns``); the others keep
pypdf's layout text.

Lines. Line endings are normalized (``\\r\\n``, ``\\r`` and the other
``str.splitlines`` separators become line breaks), so no extracted line can
contain a form feed and be mistaken for a page marker. Lines are otherwise
kept as extracted (no stripping): the readers own the cleaning. Blank lines come
from vertical gaps, so they need not match the blank lines of the same document as
plain text; the readers of the seed layouts do not depend on them (tests/test_pdf.py).

Errors. Every failure to get text out of the file raises ``DocumentFormatError``
naming the file: an empty file or one without a ``%PDF-`` header, a file pypdf
cannot parse (truncated, corrupt), an encrypted PDF that cannot be opened
without a password (or whose cipher needs a package that is not installed), a
page whose text cannot be extracted, and a PDF without any extractable text (a
scan without a text layer: run OCR first). Pages without text in an otherwise
textual PDF (e.g. a scanned figure page) are logged as a warning and only get
their marker. Errors reading the file itself (missing file, permissions)
propagate as ``OSError``, as they do for plain-text documents.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from .formats import table_lines
from .pdf_columns import column_lines, page_rows, placed_lines, row_lines, table_gutters, top_row
from .readers.errors import DocumentFormatError
from .structure.lines import RUNNING_HEADER_PAGES
from .structure.pages import page_marker

if TYPE_CHECKING:
    from pypdf import PdfReader

log = logging.getLogger(__name__)

_PLAIN_INTEGER = re.compile(r"^[0-9]+$")

NO_TEXT_MESSAGE = "no text layer (scanned PDF?) — run OCR first, then add the OCRed PDF or its text"


def pdf_lines(path: Path) -> list[str]:
    """The PDF's text lines, each page preceded by its marker line ``\\f<page>``."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    name = path.name
    data = path.read_bytes()
    if not data.strip():
        raise DocumentFormatError(name, None, "empty file, not a PDF")
    if b"%PDF-" not in data[:1024]:  # the header may follow up to 1 KB of junk
        raise DocumentFormatError(name, None, "not a PDF file (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _decrypt(reader, name)
        page_count = len(reader.pages)
    except DocumentFormatError:
        raise
    except (DependencyError, FileNotDecryptedError) as exc:
        raise DocumentFormatError(name, None, f"encrypted PDF cannot be opened: {exc}") from exc
    except Exception as exc:  # pypdf raises many types (PdfReadError, ValueError, KeyError…) on broken input
        raise DocumentFormatError(name, None, f"cannot parse the PDF (corrupt or truncated?): {exc}") from exc
    if page_count == 0:
        raise DocumentFormatError(name, None, "the PDF has no pages")

    numbers = page_numbers(reader)
    lines: list[str] = []
    empty: list[int] = []
    ruled = _RuledTables(data)
    for index in range(page_count):
        try:
            text = reader.pages[index].extract_text(extraction_mode="layout") or ""
        except Exception as exc:  # a broken content stream, font or object on this page
            raise DocumentFormatError(
                name, None, f"cannot extract the text of page {numbers[index]}: {type(exc).__name__}: {exc}"
            ) from exc
        lines.append(page_marker(numbers[index]))
        # pypdf's layout text has nothing of a page whose text is turned (a landscape page stored portrait with a
        # /Rotate, its text drawn turned back): pdfplumber reads it as a viewer shows it
        page = (ruled.page_lines(index) or text.splitlines()) if text.strip() else ruled.page_lines(index, any_page=True)
        if not page or not any(line.strip() for line in page):
            empty.append(numbers[index])
            continue
        lines.extend(page)
    ruled.close()
    if len(empty) == page_count:
        raise DocumentFormatError(name, None, NO_TEXT_MESSAGE)
    if empty:
        log.warning("%s: no text on page(s) %s (scanned pages?)", name, ", ".join(map(str, empty)))
    return lines


class _RuledTables:
    """A page with tables drawn with ruling lines is read with pdfplumber: its text between the tables, and each table
    as rows of cells (a cell's lines kept as its lines), which layout text cannot give when a row's cells wrap onto
    several lines or are centred in their row (the number of a row drawn between its content's lines). Pages without
    ruled tables, and any PDF pdfplumber cannot read, keep pypdf's layout text."""

    def __init__(self, data: bytes) -> None:
        try:
            import pdfplumber

            self.pdf = pdfplumber.open(io.BytesIO(data))
        except Exception:  # pdfplumber is an improvement here, never a condition
            self.pdf = None
        self.tops: frozenset[str] | None = None

    def page_lines(self, index: int, any_page: bool = False) -> list[str] | None:
        """The page's lines when it has ruled tables or is printed in columns (with ``any_page``, any page: as rows
        of words), else None."""
        if self.pdf is None:
            return None
        try:
            page = self.pdf.pages[index]
            if _scanned(page):  # an OCR layer: its characters placed one by one, its lines drifting
                return placed_lines(page)
            # each table's box and its rows, extracted once
            tables = sorted(((t.bbox, rows) for t in page.find_tables() if _is_grid(rows := t.extract())),
                            key=lambda found: found[0][1])
            if not tables:
                return column_lines(page, self._repeated_tops()) or (row_lines(page) if any_page else None)
            return self._columns_of_tables(page, tables) or self._tabled(page, tables)
        except Exception:  # a page pdfplumber cannot take apart keeps the layout text
            log.warning("page %d: ruled tables not read, layout text kept", index + 1)
            return None

    def _tabled(self, region, tables: list) -> list[str]:  # noqa: ANN001 (a pdfplumber page or crop)
        """A region's tables as rows of cells, top to bottom, and the text between them (in columns when printed so)."""
        x0, top, x1, end = region.bbox
        out: list[str] = []
        for bbox, rows in [*tables, (None, None)]:
            bottom = bbox[1] if bbox is not None else end
            if bottom > top + 1:  # the text between two tables, in columns when it is printed so
                between = region.crop((x0, top, x1, bottom))
                out += column_lines(between, self._repeated_tops()) or row_lines(between)
            if bbox is not None:
                cells = [[cell or "" for cell in row] for row in rows]
                out += ["", *table_lines([r for r in cells if any(c.strip() for c in r)]), ""]
                top = max(top, bbox[3])
        return out

    def _columns_of_tables(self, page, tables: list) -> list[str] | None:  # noqa: ANN001 (a pdfplumber page)
        """A page whose tables stand side by side (a report printing two item cards across a landscape page) read
        column by column: between the rows of text that cross a gutter (a running header, a band across the page, a
        footer), the left column's tables and text top to bottom, then the right's. None when no gutter runs between
        the tables."""
        gutters = table_gutters([bbox for bbox, _ in tables])
        if not gutters:
            return None
        edges = [float(page.bbox[0]), *gutters, float(page.bbox[2])]
        inside = [bbox for bbox, _ in tables]
        crossing = [row for row in page_rows(page)
                    if any(s.x0 < g < s.x1 for s in row for g in gutters)
                    and not any(b[1] - 1 <= row[0].top <= b[3] + 1 for b in inside)]
        out: list[str] = []
        zone_top = float(page.bbox[1])
        for row in [*crossing, None]:
            zone_end = row[0].top - 1 if row is not None else float(page.bbox[3])
            if zone_end > zone_top + 1:
                for left, right in zip(edges, edges[1:], strict=False):
                    mine = [(b, r) for b, r in tables if left <= (b[0] + b[2]) / 2 < right and zone_top <= b[1] < zone_end]
                    out += self._tabled(page.crop((left, zone_top, right, zone_end)), mine)
            if row is not None:
                out.append(" ".join(segment.text for segment in row))
                zone_top = max(s.bottom for s in row) + 1
        return out

    def _repeated_tops(self) -> frozenset[str]:
        """Rows printed at the top of three pages or more (a running header across a page's columns)."""
        if self.tops is None:
            counts = Counter(top_row(page) for page in self.pdf.pages)
            self.tops = frozenset(text for text, n in counts.items() if text and n >= RUNNING_HEADER_PAGES)
        return self.tops

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


SCAN_SHARE = 0.8
"""A page with text whose one image covers this share of it is a scan under an OCR text layer."""


def _scanned(page) -> bool:  # noqa: ANN001 (pdfplumber page)
    """Whether the page is a scanned image with a text layer over it (what OCR software makes of a printed page)."""
    area = float(page.width * page.height) or 1.0
    return bool(page.chars) and any((i["x1"] - i["x0"]) * (i["bottom"] - i["top"]) >= SCAN_SHARE * area
                                    for i in page.images)


def _is_grid(rows: list[list[str | None]]) -> bool:
    """A table of two rows or more and two columns or more: a box drawn round a paragraph is no table."""
    return len(rows) >= 2 and max((len(r) for r in rows), default=0) >= 2


def _decrypt(reader: PdfReader, name: str) -> None:
    """Open an encrypted PDF with the empty user password (permission-only encryption)."""
    from pypdf import PasswordType

    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise DocumentFormatError(
            name, None, "encrypted PDF (a password is required to open it) — save an unencrypted copy"
        )


def page_numbers(reader: PdfReader) -> list[int]:
    """Number of each page: its plain-integer page label if all labels are such, else 1, 2, 3 …"""
    count = len(reader.pages)
    physical = list(range(1, count + 1))
    try:
        root = reader.trailer["/Root"]
        if "/PageLabels" not in root:
            return physical
        labels = list(reader.page_labels)
    except Exception:  # broken /PageLabels tree: fall back to physical numbers
        log.warning("unreadable page labels ignored; using physical page numbers")
        return physical
    if len(labels) != count or not all(_PLAIN_INTEGER.match(label or "") for label in labels):
        return physical
    values = [int(label) for label in labels]
    if any(b <= a for a, b in zip(values, values[1:], strict=False)):
        return physical
    return values
