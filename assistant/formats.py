"""Document files -> text lines, per format, each through a kept library.

* ``.txt``: UTF-8 text as extracted (Shift_JIS is detected and named in the error);
* ``.pdf``: pypdf, page by page, with page markers (``assistant.pdf_text``);
* ``.html`` / ``.htm``: trafilatura keeps the page's main content as Markdown (headings, lists) and drops
  navigation, breadcrumbs, headers and footers; its tables are read with lxml like a workbook's (rows and
  columns spanned, line breaks in cells kept);
* ``.docx``: python-docx, body in order: headings as Markdown ``#`` levels (from the paragraph style),
  paragraphs with the numbers Word's list numbering shows before them (``assistant.docx_numbering``) and the text
  boxes anchored in them, and tables as tab-separated rows;
* ``.csv``: the standard library's csv (UTF-8, or Shift_JIS as open data often is), one table like a sheet;
* ``.xlsx``: openpyxl, every sheet as a table of tab-separated rows; merged cells repeat their value
  across the merge (so a multi-row header names every column) and empty rows are dropped.

Every reader gets the same thing: a list of lines, with ``\\f<page>`` markers where pages are known.
"""

from __future__ import annotations

import re
from pathlib import Path

from .readers import DocumentFormatError

DOCUMENT_SUFFIXES = (".txt", ".pdf", ".html", ".htm", ".docx", ".xlsx", ".csv")


def document_lines(document: Path) -> list[str]:
    suffix = document.suffix.lower()
    if suffix == ".pdf":
        from .pdf_text import pdf_lines

        return pdf_lines(document)
    if suffix == ".docx":
        return docx_lines(document)
    if suffix == ".xlsx":
        return xlsx_lines(document)
    if suffix == ".csv":
        return csv_lines(document)
    text = _decode(document)
    if suffix in (".html", ".htm"):
        return html_lines(text, document.name)
    return text.lstrip("\ufeff").splitlines()


RECALL_GAIN = 1.2
"""trafilatura's recall mode is used for a page only when it keeps this many times the text of its precise mode."""
_TABLE_MARK = "\u241ftable {}\u241f"
_TABLE_MARKED = re.compile("\u241ftable (\\d+)\u241f")
_MAX_SPAN = 1000


def html_lines(text: str, name: str) -> list[str]:
    import trafilatura

    page, tables = _tables_marked(text)
    options = {"output_format": "markdown", "include_tables": True, "include_formatting": True,
               "include_links": False, "include_images": False}
    # trafilatura's own extraction keeps the headings; its recall mode, which falls back to other extractors,
    # may lose them (a minutes page's h1-h4 all gone), so it is taken only when the first keeps much less text
    markdown = trafilatura.extract(page, **options) or ""
    recall = trafilatura.extract(page, **options, favor_recall=True) or ""
    if len(recall.strip()) > RECALL_GAIN * len(markdown.strip()):
        markdown = recall
    if not markdown.strip():
        raise DocumentFormatError(name, None, "no main content found in the HTML page")
    lines: list[str] = []
    for line in _without_furniture(markdown.splitlines()):
        marked = _TABLE_MARKED.fullmatch(line.strip())
        if marked is None:
            lines.append(line)
        elif tables[int(marked.group(1))]:  # a table the page's main content holds (one in a menu is dropped)
            lines += ["", *table_lines(tables[int(marked.group(1))]), ""]
    return lines


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def _without_furniture(lines: list[str]) -> list[str]:
    """The page without the sections a CMS adds to every page (data/page_furniture.tsv: お問い合わせ, アンケート,
    関連リンク), each up to the next heading of its level or above."""
    from .data import data_rows

    furniture = re.compile("|".join(f"(?:{row[0]})" for row in data_rows("page_furniture.tsv")))
    out: list[str] = []
    skipping = 0  # the level of the furniture heading being skipped, 0 when none
    for line in lines:
        heading = _MD_HEADING.match(line.strip())
        if heading and (not skipping or len(heading.group(1)) <= skipping):
            skipping = len(heading.group(1)) if furniture.fullmatch("".join(heading.group(2).split())) else 0
        if not skipping:
            out.append(line)
    return out


def _tables_marked(text: str) -> tuple[str, list[list[list[str]]]]:
    """The page with each table (one holding no other table) replaced by a marker paragraph, and the tables' rows:
    trafilatura tells the main content from the menus, and a table reaches the reader the way a workbook's does
    (tab-separated, a cell spanning rows read into each of them, a line break in a cell kept)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return text, []
    tables: list[list[list[str]]] = []
    for table in [t for t in tree.iter("table") if not t.xpath(".//table")]:
        marker = lxml_html.Element("p")
        marker.text = _TABLE_MARK.format(len(tables))
        marker.tail = table.tail
        tables.append(_table_rows(table))
        table.getparent().replace(table, marker)
    changed = _accordions_opened(tree)
    if not tables and not changed:
        return text, []
    return lxml_html.tostring(tree, encoding="unicode"), tables


def _accordions_opened(tree) -> bool:  # noqa: ANN001 (an lxml document)
    """An accordion's headings and fields made plain for trafilatura, which drops buttons and summaries: a button
    inside a heading becomes its text, a <summary> a heading one level below the heading before it (other buttons,
    page controls such as すべて開く, go), and the pairs of a <dl> of fields (most of its terms name a column: 担当課,
    取組内容, 目標) whose value is a phrase become 「担当課：総務課」 paragraphs (a value with lists or paragraphs keeps its
    own lines after its key). True if the page had any."""
    changed = False
    level = 1
    for element in list(tree.iter()):
        tag = element.tag if isinstance(element.tag, str) else ""
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            level = int(tag[1])
        elif tag == "summary":
            element.tag, changed = f"h{min(level + 1, 6)}", True
    for br in tree.xpath("//h1//br|//h2//br|//h3//br|//h4//br|//h5//br|//h6//br|//summary//br"):
        br.drop_tree()  # a heading broken by <br> is one heading
        changed = True
    for button in list(tree.iter("button")):
        changed = True
        if any(a.tag in ("h1", "h2", "h3", "h4", "h5", "h6") for a in button.iterancestors()):
            button.drop_tag()
        else:
            button.drop_tree()
    from .structure.blocks import header_role

    for dl in list(tree.iter("dl")):
        keys = [" ".join(dt.text_content().split()) for dt in dl.findall("dt")]
        if not keys or sum(header_role(k) is not None for k in keys) * 2 <= len(keys):
            continue  # not a record's fields (a minutes page's speakers and what they said)
        changed = True
        for dt in dl.findall("dt"):
            dd = dt.getnext()
            key = " ".join(dt.text_content().split())
            if dd is not None and dd.tag == "dd" and not dd.xpath(".//p|.//ul|.//ol|.//div|.//table"):
                value = "、".join(" ".join(p.split()) for p in _cell_text(dd).split("\n") if p.strip())
                dt.tag, dt.text = "p", f"{key}：{value}"
                for child in list(dt):
                    dt.remove(child)
                dl.remove(dd)
            else:
                dt.tag, dt.text = "p", f"{key}："
                for child in list(dt):
                    dt.remove(child)
                if dd is not None and dd.tag == "dd":
                    dd.tag = "div"
        dl.tag = "div"
    return changed


def _table_rows(table) -> list[list[str]]:  # noqa: ANN001 (an lxml element)
    """A table's cells by row and column: a cell spanning rows is read into each row (a 取組の方向 or 担当課 beside
    the items it covers), one spanning columns only where it names a group of columns (as a workbook's merge)."""
    from .structure.blocks import header_role

    rows = list(table.iter("tr"))
    grid: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            value = _cell_text(cell)
            down = min(_span(cell.get("rowspan")) or len(rows) - r, len(rows) - r)
            wide = _span(cell.get("colspan")) or 1
            across = value if header_role(" ".join(value.split())) else ""
            for dr in range(down):
                for dc in range(wide):
                    grid[(r + dr, c + dc)] = value if dc == 0 else across
            c += wide
    if not grid:
        return []
    width = max(c for _, c in grid) + 1
    out = [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))]
    return [row for row in out if any(row)]


def _span(value: str | None) -> int:
    """rowspan/colspan as written: a number (0: to the table's end), anything else 1."""
    try:
        return max(0, min(int(value or 1), _MAX_SPAN))
    except ValueError:
        return 1


def _cell_text(cell) -> str:  # noqa: ANN001 (an lxml element)
    """A cell's text with its line breaks (<br>, paragraphs) kept and each line's spaces collapsed."""
    for element in cell.iter("br", "p", "div", "li"):
        element.tail = "\n" + (element.tail or "") if element.tag == "br" else element.tail
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    parts = (" ".join(line.split()) for line in cell.text_content().split("\n"))
    return "\n".join(p for p in parts if p)


def csv_lines(document: Path) -> list[str]:
    """A CSV file (open data: often Shift_JIS, a cell's line breaks inside quotes) as one table of tab-separated
    rows, read like a workbook's sheet."""
    import csv
    import io

    try:
        text = _decode(document).lstrip("\ufeff")
    except DocumentFormatError:
        try:  # published open data is as often Shift_JIS as UTF-8
            text = document.read_bytes().decode("cp932")
        except UnicodeDecodeError:
            raise DocumentFormatError(document.name, None, "neither UTF-8 nor Shift_JIS (cp932) text") from None
    try:
        rows = [["\n".join(" ".join(p.split()) for p in cell.splitlines() if p.strip()) for cell in row]
                for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        raise DocumentFormatError(document.name, None, f"not a readable CSV file: {exc}") from exc
    rows = [row for row in rows if any(row)]
    if not rows:
        raise DocumentFormatError(document.name, None, "the CSV file has no cells with values")
    return table_lines(rows)


def _decode(document: Path) -> str:
    data = document.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = ""
        try:
            data.decode("cp932")
            hint = "; it looks like Shift_JIS (cp932)"
        except UnicodeDecodeError:
            pass
        raise DocumentFormatError(
            document.name, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x}{hint}): convert the file to UTF-8"
        ) from exc


def docx_lines(document: Path) -> list[str]:
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(str(document))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentFormatError(document.name, None, f"not a readable Word document (.docx): {exc}") from exc
    from .docx_numbering import ListNumbers

    numbers = ListNumbers.of(doc)  # the numbers Word's automatic list numbering shows, not in the text
    lines: list[str] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, doc)
            text = paragraph.text.strip()
            shown = numbers.prefix(paragraph)  # (an empty numbered paragraph still takes its number)
            text = shown + text if text else text
            style = (paragraph.style.name or "") if paragraph.style is not None else ""
            level = _heading_level(style)
            if text:
                lines += ["", ("#" * level + " " if level else "") + text]
            lines += [line for box in _text_boxes(child) for line in ("", box)]
        elif tag == "tbl":
            lines.append("")
            for row in Table(child, doc).rows:
                # a cell's paragraphs stay lines (a title wrapped by hand, names one per line), as in a workbook
                cells = ["\n".join(" ".join(p.split()) for p in c.text.splitlines() if p.strip()) for c in row.cells]
                lines.append("\t".join(_dedupe_merged(cells)))
    if not any(line.strip() for line in lines):
        raise DocumentFormatError(document.name, None, "the Word document has no text")
    return lines


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BOXES = ".//w:txbxContent[not(ancestor::mc:Fallback)]//w:p"
"""A text box's paragraphs (drawn beside the text, not in it; Word writes each box twice, the VML copy in a
fallback, read once)."""


def _text_boxes(paragraph) -> list[str]:  # noqa: ANN001 (a w:p element)
    """The text of the text boxes anchored in a paragraph (a 担当課 box beside an item), which python-docx's text
    leaves out: a paragraph of a box per line."""
    from lxml import etree

    found = etree.XPath(_BOXES, namespaces={
        "w": _W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"})(paragraph)
    texts = ("".join(t.text or "" for t in p.iter(f"{{{_W}}}t")) for p in found)
    return [" ".join(text.split()) for text in texts if text.strip()]


def _heading_level(style: str) -> int:
    match = re.match(r"(?:Heading|見出し)\s*(\d)", style)
    if match:
        return int(match.group(1))
    return 1 if style in ("Title", "表題") else 0


def _dedupe_merged(cells: list[str]) -> list[str]:
    """python-docx repeats a horizontally merged cell once per grid column: keep it once."""
    out: list[str] = []
    for cell in cells:
        if not out or cell != out[-1] or not cell:
            out.append(cell)
    return out


def xlsx_lines(document: Path) -> list[str]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    from .structure.blocks import header_role

    try:
        book = load_workbook(str(document), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentFormatError(document.name, None, f"not a readable Excel workbook (.xlsx): {exc}") from exc
    lines: list[str] = []
    for sheet in book.worksheets:
        merged = {}
        for cell_range in sheet.merged_cells.ranges:
            value = sheet.cell(cell_range.min_row, cell_range.min_col).value
            # a merged cell is read into every row it spans (a 基本方針 beside its items), and into every column
            # only where it names a group of columns (「令和5年度」 over 計画 and 実績); a title row across the
            # sheet is one cell
            across = value if value is None or header_role(" ".join(str(value).split())) else None
            for row in range(cell_range.min_row, cell_range.max_row + 1):
                for col in range(cell_range.min_col, cell_range.max_col + 1):
                    merged[(row, col)] = value if col == cell_range.min_col else across
        rows = []
        for r, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [merged.get((r, c), value) for c, value in enumerate(row, start=1)]
            # a line break inside a cell stays: it wraps a title (joined later) or separates names (担当課)
            texts = ["\n".join(" ".join(p.split()) for p in str(v).splitlines() if p.strip()) if v is not None else ""
                     for v in cells]
            if any(texts):
                rows.append(texts)
        if not rows:
            continue
        lines += ["", f"# {sheet.title}", ""]
        lines += table_lines(rows)
    if not lines:
        raise DocumentFormatError(document.name, None, "the workbook has no cells with values")
    return lines


_SUB_HEADER_CHARS = 8
"""A row under a table's header, its first cell empty and none longer than this, is the header's second row."""


def table_lines(rows: list[list[str]]) -> list[str]:
    """A table's rows (a workbook's, a PDF's ruled table's) as tab-separated lines; a header printed over two rows
    (a merged group cell above its sub-columns) becomes one header row naming each column 「group sub」."""
    from .structure.blocks import header_role

    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    out = []
    i = 0
    while i < len(rows):
        row = rows[i]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        is_header = sum(bool(header_role(c)) for c in row if c) >= 2
        # its second row names sub-columns (計画 / 実績), or only labels the columns a group cell spans (R6 R7 R8)
        sub = nxt is not None and (sum(bool(header_role(c)) for c in nxt if c) >= 1 or (
            not nxt[0].strip() and all(len(c.strip()) <= _SUB_HEADER_CHARS for c in nxt)))
        if is_header and sub and not any(c.strip().isdigit() for c in nxt[:1]):
            combined = [a if a == b or not b else (b if not a else f"{a} {b}") for a, b in zip(row, nxt, strict=True)]
            out.append("\t".join(combined))
            i += 2
            continue
        out.append("\t".join(row))
        i += 1
    return out
