"""A workbook's sheets -> text lines: ``.xlsx`` through openpyxl, the older ``.xls`` (Excel 97-2003, still what many
city sites publish) through xlrd, an OpenDocument spreadsheet ``.ods`` through lxml (``assistant.odf_text``).

Every sheet is a table of tab-separated rows under a ``# <sheet name>`` heading. A merged cell is read into every row
it spans (a 基本方針 beside its items), and into every column only where it names a group of columns (「令和5年度」
over 計画 and 実績); a title row across the sheet is one cell. A cell's line breaks stay (a title wrapped by hand,
names one per line). Empty rows are dropped, and so are the rows and columns the sheet hides (an internal code
column) and hidden sheets (the lists behind drop-downs): a workbook is read as Excel shows it. A row that holds only
what merged ranges begun above it hold (a form's text block merged over four rows) is not read again. A form sheet,
whose cells name its unit's number beside their key (「取組番号 | 1-1」), gets no heading of its own: its name (「1-3 (2)」,
a copied sheet's) is no unit, the form's number and title are; a bold key beside an empty merged box (「備考」 left
blank) is no heading. A short bold cell alone on its row (「凡例」 over a legend's tables) is a
heading within its sheet. A number is shown as Excel shows it where that matters to a reader: a
whole number without 「.0」 (an item number stored as 1.0), a percentage as a percentage, a date as a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from .formats import kept_lines, table_lines
from .jp import western_to_era
from .readers import DocumentFormatError
from .transposed import items_across

HEADING_CELL_CHARS = 15
"""A bold cell alone on its row and at most this long is a heading (a sheet's title row, longer, is a line)."""

GROUP_CELL_CHARS = 12
"""A merged cell read into every column it spans names a group of columns (「令和5年度」 over 計画 and 実績): short."""

Merge = tuple[int, int, int, int]
"""The first row, the last row, the first column and the last column of a merged range (0-based, inclusive)."""


def xlsx_lines(document: Path) -> list[str]:
    import io
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils import column_index_from_string
    from openpyxl.utils.exceptions import InvalidFileException

    try:  # (from its bytes: openpyxl refuses a file by its name's suffix, and an .xls may be an .xlsx)
        book = load_workbook(io.BytesIO(document.read_bytes()), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentFormatError(document.name, None, f"not a readable Excel workbook (.xlsx): {exc}") from exc
    lines: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":  # a sheet of lists behind drop-downs, never printed
            continue
        rows = list(sheet.iter_rows())
        grid = [[_dated(cell.value, cell.number_format) for cell in row] for row in rows]
        bold = {(r, c) for r, row in enumerate(rows) for c, cell in enumerate(row)
                if cell.value is not None and cell.font is not None and cell.font.b}
        merges = [(r.min_row - 1, r.max_row - 1, r.min_col - 1, r.max_col - 1) for r in sheet.merged_cells.ranges]
        hidden = ({r - 1 for r, d in sheet.row_dimensions.items() if d.hidden},
                  {column_index_from_string(k) - 1 for k, d in sheet.column_dimensions.items() if d.hidden})
        lines += sheet_lines(sheet.title, grid, merges, bold, hidden)
    if not lines:
        raise DocumentFormatError(document.name, None, "the workbook has no cells with values")
    return lines


def xls_lines(document: Path) -> list[str]:
    """An Excel 97-2003 workbook: its cells as Excel shows them (whole numbers, percentages, dates by their
    format). A file so named that is an .xlsx or a web page of a table is read as what it is."""
    import io

    import xlrd

    data = document.read_bytes()
    if not data.strip():
        raise DocumentFormatError(document.name, None, "empty file, not an Excel workbook")
    if data[:4] == b"PK\x03\x04":  # an .xlsx saved under the old name
        return xlsx_lines(document)
    if data.lstrip()[:1] == b"<":  # a web page of a table saved as .xls, as some sites export them
        from .formats import page_text
        from .html_text import html_lines

        return html_lines(page_text(document), document.name)
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=io.StringIO())
    except (xlrd.XLRDError, xlrd.compdoc.CompDocError, AssertionError, IndexError, KeyError, ValueError,
            OverflowError, OSError) as exc:  # xlrd raises plain assertion and index errors on damaged files
        raise DocumentFormatError(document.name, None, f"not a readable Excel 97-2003 workbook (.xls): {exc}") from exc
    lines: list[str] = []
    for sheet in book.sheets():
        if sheet.visibility:  # hidden (1) or very hidden (2)
            continue
        grid = [[_xls_value(book, sheet.cell(r, c)) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
        merges = [(rlo, rhi - 1, clo, chi - 1) for rlo, rhi, clo, chi in sheet.merged_cells]  # xlrd's ends exclusive
        bold = {(r, c) for r in range(sheet.nrows) for c in range(sheet.ncols) if grid[r][c] is not None
                and book.font_list[book.xf_list[sheet.cell_xf_index(r, c)].font_index].bold}
        hidden = ({r for r, info in sheet.rowinfo_map.items() if info.hidden},
                  {c for c, info in sheet.colinfo_map.items() if info.hidden})
        lines += sheet_lines(sheet.name, grid, merges, bold, hidden)
    if not lines:
        raise DocumentFormatError(document.name, None, "the workbook has no cells with values")
    return lines


def ods_lines(document: Path) -> list[str]:
    """An OpenDocument spreadsheet: each table a sheet, its cells as shown (their text, not their stored values), its
    hidden rows and columns not read, as LibreOffice does not show them."""
    from .odf_text import hidden_columns, odf_parts, q, table_rows

    body, _, _ = odf_parts(document, "spreadsheet")
    lines: list[str] = []
    for sheet in body.iter(q("table:table")):  # (its hidden rows are left out by table_rows)
        lines += sheet_lines(sheet.get(q("table:name"), ""), table_rows(sheet), [], hidden=(set(), hidden_columns(sheet)))
    if not lines:
        raise DocumentFormatError(document.name, None, "the spreadsheet has no cells with values")
    return lines


def sheet_lines(title: str, grid: list[list[object]], merges: Iterable[Merge],
                bold: set[tuple[int, int]] = frozenset(), hidden: tuple[set[int], set[int]] = (set(), set())
                ) -> list[str]:
    """One sheet's lines: its heading and its rows, merged cells read as the module says; ``bold``: the cells
    printed in bold (row, column); ``hidden``: the rows and the columns the sheet hides (an internal code column),
    which Excel does not show."""
    merged = merged_values(grid, merges)
    boxes = {(first_row, first_col) for first_row, _, first_col, last_col in merges if last_col > first_col}
    copied = {(r, c) for first_row, last_row, first_col, last_col in merges for r in range(first_row + 1, last_row + 1)
              for c in range(first_col, last_col + 1)}
    # what a range merged across columns holds, in each cell it covers (one 所管課 for two items laid across)
    spans = {(r, c): grid[first_row][first_col] for first_row, last_row, first_col, last_col in merges
             if last_col > first_col and first_row < len(grid) and first_col < len(grid[first_row])
             for r in range(first_row, last_row + 1) for c in range(first_col, last_col + 1)}
    out: list[str] = []
    rows: list[list[str]] = []
    spanned: list[list[str | None]] = []  # per row of ``rows``, per cell: what a merge across columns holds
    every: list[list[str]] = []  # the sheet's rows, under its headings too
    hidden_rows, hidden_columns = hidden
    for r, row in enumerate(grid):
        if r in hidden_rows:
            continue
        shown = [c for c in range(len(row)) if c not in hidden_columns]
        cells = [merged.get((r, c), row[c]) for c in shown]
        texts = [kept_lines(_shown(v)) if v is not None else "" for v in cells]
        filled = [c for c, t in enumerate(texts) if t]
        if filled and all((r, shown[c]) in copied for c in filled):
            continue  # only what merged ranges begun above hold (a form's text block over four rows): read once
        if len(filled) > 1 and len({texts[c] for c in filled}) == 1:
            # a title merged across the row, named like a group of columns (「令和6年度」), is one cell
            texts = [t if c == filled[0] else "" for c, t in enumerate(texts)]
            filled = filled[:1]
        # (a bold key beside an empty merged box is a form's field left blank, 「備考 | 」, no heading)
        alone = texts[filled[0]] if len(filled) == 1 and (r, shown[filled[0]]) in bold \
            and not any(row_start == r and col != shown[filled[0]] for row_start, col in boxes) else ""
        if alone and len(alone) <= HEADING_CELL_CHARS and "\n" not in alone:
            out += [*(table_lines(items_across(rows, spanned)) if rows else []), "", f"## {alone}", ""]
            rows, spanned = [], []
        elif filled:
            rows.append(texts)
            spanned.append([_span_text(spans.get((r, c))) for c in shown])
        every.append(texts)
    out += table_lines(items_across(rows, spanned)) if rows else []
    if not out:
        return []
    # a form sheet names its unit in its cells (「取組番号 | 1-1 | 取組名 | …」): its name (「1-3 (2)」, a copied sheet's)
    # heads nothing, the form's number and title do
    return out if _names_its_number(every) else ["", f"# {title}", "", *out]


def _span_text(value: object) -> str | None:
    return kept_lines(_shown(value)) if value is not None else None


def _names_its_number(rows: list[list[str]]) -> bool:
    """A row holds a number's key with a number after it (「取組番号 | 1-1」, not a header 「No. | 基本方針」)."""
    from .formats import form_pair

    return any(form_pair(row, "number") for row in rows)


def merged_values(grid: list[list[object]], merges: Iterable[Merge]) -> dict[tuple[int, int], object]:
    """What each cell a merged range covers reads (row, column): the range's value in every row of its first column,
    and in its other columns only when it names a group of columns (a header, short); None elsewhere. A workbook's and
    a slide's tables alike."""
    from .structure.blocks import header_role

    merged: dict[tuple[int, int], object] = {}
    for first_row, last_row, first_col, last_col in merges:
        value = grid[first_row][first_col] if first_row < len(grid) and first_col < len(grid[first_row]) else None
        named = " ".join(str(value).split()) if value is not None else ""
        across = value if value is None or (header_role(named) and len(named) <= GROUP_CELL_CHARS) else None
        for row in range(first_row, last_row + 1):
            for col in range(first_col, last_col + 1):
                merged[(row, col)] = value if col == first_col else across
    return merged


def _shown(value: object, fmt: str = "") -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return _date_text(value, fmt) if value.time() == dt.time() else str(value)
    return str(value)


_DATE_TOKEN = re.compile(r'"([^"]*)"|\\(.)|\[[^\]]*\]|(g+e+|e+)|(y+)|(m+)|(d+)|(a{3,})|(.)', re.S)


def _date_text(value: dt.datetime, fmt: str) -> str:
    """A date as its cell's format shows it, Japanese era formats included (``[$-411]ggge"年"m"月"d"日"`` ->
    「令和7年3月31日」); without a date format, 「2025年3月31日」."""
    if not re.search(r"[ymdge]", re.sub(r'"[^"]*"|\[[^\]]*\]', "", fmt or "")):
        return f"{value.year}年{value.month}月{value.day}日"
    out = []
    for m in _DATE_TOKEN.finditer(fmt):
        quoted, escaped, era, year, month, day, weekday, other = m.groups()
        if quoted is not None or escaped is not None:
            out.append(quoted if quoted is not None else escaped)
        elif era:
            out.append(western_to_era(value.year) if "g" in era else str(int(western_to_era(value.year)[2:] or 1)))
        elif year:
            out.append(str(value.year) if len(year) > 2 else f"{value.year % 100:02d}")
        elif month or day:
            n = value.month if month else value.day
            out.append(f"{n:02d}" if len(month or day) == 2 else str(n))
        elif weekday:
            out.append("月火水木金土日"[value.weekday()])
        elif other is not None and other not in "@;_*":
            out.append(other)
    return "".join(out)


def _xls_value(book, cell) -> object:  # noqa: ANN001 (xlrd's Book and Cell)
    """A cell's value as Excel shows it: a date cell as a datetime, a number through its format (:func:`number_text`)."""
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key) if cell.xf_index is not None else None
    shown = fmt.format_str if fmt is not None else ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return _dated(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode), shown)
        except (xlrd.xldate.XLDateError, OverflowError, ValueError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return number_text(cell.value, shown)
    return cell.value


def _dated(value: object, fmt: str) -> object:
    """A date cell's value with the text its format shows (kept as the text), a number's through its format."""
    if isinstance(value, dt.datetime):
        return _shown(value, fmt)
    return number_text(value, fmt)


_NUMBER_FORMAT = re.compile(r'^(?P<pre>(?:"[^"]*"|\\.|[^#0?.,%"\\])*)(?P<num>[#0?,]*[0?](?:\.[0#?]+)?)(?P<post>.*)$')


def number_text(value: object, fmt: str) -> object:
    """A number as its cell's format shows it, where the format says more than the digits: 「#,##0"千円"」 shows
    211800 as 「211,800千円」 (the unit is only in the format), 「0.0%」 shows 0.625 as 「62.5%」; any other value, or a
    format without a literal, a percent or a thousands separator (General, 0), as it is."""
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not fmt:
        return value
    section = re.sub(r"\[[^\]]*\]", "", fmt.split(";")[0])  # (a colour, a condition)
    match = _NUMBER_FORMAT.match(section)
    if match is None or not re.search(r'"|%|,|\\', section):
        return value
    number, post = match.group("num"), match.group("post")
    shown = value * 100 if "%" in post else value
    decimals = len(number.split(".")[1]) if "." in number else 0
    digits = f"{shown:,.{decimals}f}" if "," in number else f"{shown:.{decimals}f}"
    return f"{_literal(match.group('pre'))}{digits}{_literal(post)}"


def _literal(part: str) -> str:
    """A format's text around the number: quoted text and escaped characters, not the padding (_x, *x)."""
    return "".join(quoted or escaped or plain for quoted, escaped, plain
                   in re.findall(r'"([^"]*)"|\\(.)|[_*].|([^"\\_*])', part))
