"""Document files -> text lines, per format, each through a kept library.

* ``.txt``: UTF-8 text as extracted (Shift_JIS is detected and named in the error);
* ``.pdf``: pypdf, page by page, with page markers (``assistant.pdf_text``);
* ``.html`` / ``.htm``: in the encoding its ``<meta charset>`` declares, the page's main content, its tables read
  like a workbook's (``assistant.html_text``);
* ``.docx``: python-docx, body in order: headings as Markdown ``#`` levels (from the paragraph style),
  paragraphs as they read with every tracked change accepted, with the numbers Word's list numbering shows before
  them (``assistant.docx_numbering``) and the text boxes anchored in them, and tables as tab-separated rows;
* ``.odt``: lxml, an OpenDocument text's headings with the numbers its outline style shows, its lists' numbers and
  its tables (``assistant.odf_text``);
* ``.pptx``: python-pptx, slides in the presentation's order, each slide's shapes in reading order, tables as
  tab-separated rows, no speaker notes (``assistant.pptx_text``);
* ``.csv``: the standard library's csv (UTF-8, or Shift_JIS as open data often is), one table like a sheet;
* ``.xlsx`` / ``.xls`` / ``.ods``: openpyxl / xlrd / lxml, every sheet as a table of tab-separated rows, merged
  cells read across their rows, cells as shown (``assistant.workbook_text``).

Every reader gets the same thing: a list of lines, with ``\\f<page>`` markers where pages are known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .readers import DocumentFormatError
from .structure.blocks import TITLE_MAX

DOCUMENT_SUFFIXES = (".txt", ".pdf", ".html", ".htm", ".docx", ".odt", ".pptx", ".xlsx", ".xls", ".ods", ".csv")

_SAVE_AS = {
    ".doc": "a Word 97-2003 document: save it as .docx (Word: 名前を付けて保存 → Word 文書)",
    ".ppt": "a PowerPoint 97-2003 presentation: save it as .pptx",
    ".jtd": "an 一太郎 document: save it as .docx or print it to PDF",
    ".jtdc": "an 一太郎 document: save it as .docx or print it to PDF",
    ".rtf": "a rich-text document: save it as .docx",
    ".odp": "an OpenDocument presentation: save it as .pptx or PDF",
    ".xlsm": "a macro-enabled workbook: save it as .xlsx",
    ".docm": "a macro-enabled Word document: save it as .docx",
    ".zip": "an archive: unpack it and add its documents one by one",
}
"""Formats cities also publish that no installable library here reads (or that carry macros): what to do instead."""


def unsupported(document: Path) -> str | None:
    """Why ``document`` cannot be read (its type is none of ``DOCUMENT_SUFFIXES``, and what to save it as), or None."""
    suffix = document.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        return None
    hint = _SAVE_AS.get(suffix, "")
    return f"unsupported file type{f', {hint}' if hint else ''} (readable: {', '.join(DOCUMENT_SUFFIXES)})"


def document_lines(document: Path) -> list[str]:
    suffix = document.suffix.lower()
    if suffix == ".pdf":
        from .pdf_text import pdf_lines

        return pdf_lines(document)
    if suffix == ".docx":
        return docx_lines(document)
    if suffix == ".odt":
        from .odf_text import odt_lines

        return odt_lines(document)
    if suffix == ".pptx":
        from .pptx_text import pptx_lines

        return pptx_lines(document)
    if suffix in (".xlsx", ".xls", ".ods"):
        from .workbook_text import ods_lines, xls_lines, xlsx_lines

        return {".xlsx": xlsx_lines, ".xls": xls_lines, ".ods": ods_lines}[suffix](document)
    if suffix == ".csv":
        return csv_lines(document)
    if suffix in (".html", ".htm"):
        from .html_text import html_lines

        return html_lines(page_text(document), document.name)
    return decoded(document).lstrip("\ufeff").splitlines()


def kept_lines(text: str) -> str:
    """A cell's or a value's text with its line breaks kept, each line's spaces collapsed and blank lines dropped
    (a title wrapped by hand is joined later; names one per line are split)."""
    return "\n".join(" ".join(p.split()) for p in text.splitlines() if p.strip())


def csv_lines(document: Path) -> list[str]:
    """A CSV file (open data: often Shift_JIS, a cell's line breaks inside quotes) as one table of tab-separated
    rows, read like a workbook's sheet."""
    import csv
    import io

    try:
        text = decoded(document).lstrip("\ufeff")
    except DocumentFormatError:
        try:  # published open data is as often Shift_JIS as UTF-8
            text = document.read_bytes().decode("cp932")
        except UnicodeDecodeError:
            raise DocumentFormatError(document.name, None, "neither UTF-8 nor Shift_JIS (cp932) text") from None
    try:
        rows = [[kept_lines(cell) for cell in row] for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        raise DocumentFormatError(document.name, None, f"not a readable CSV file: {exc}") from exc
    rows = [row for row in rows if any(row)]
    if not rows:
        raise DocumentFormatError(document.name, None, "the CSV file has no cells with values")
    return table_lines(rows)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CODECS = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
           "ms932": "cp932", "euc-jp": "euc_jp", "x-euc-jp": "euc_jp", "iso-2022-jp": "iso2022_jp"}


def page_text(document: Path) -> str:
    """A web page's text in the encoding its ``<meta charset>`` declares (older city sites are Shift_JIS or
    EUC-JP), as a browser reads it; UTF-8 when it declares none."""
    data = document.read_bytes()
    declared = _CHARSET.search(data[:4096])
    name = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    codec = _CODECS.get(name, name)
    if codec.replace("_", "-") in ("utf-8", "utf8"):
        return decoded(document)
    try:
        return data.decode(codec)
    except LookupError:
        raise DocumentFormatError(document.name, None, f"unknown character encoding {name!r} in its <meta charset>") \
            from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DocumentFormatError(document.name, line, f"not {name} text as its <meta charset> says (byte "
                                                        f"0x{data[exc.start]:02x})") from exc


def decoded(document: Path) -> str:
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
    shown_in_cells: dict[object, str] = {}

    def numbered(paragraph) -> str:  # noqa: ANN001 (a w:p element)
        """The number Word shows before a cell's paragraph (a No. column numbered by Word, its cells empty), counted
        once however many rows a merged cell is read for."""
        if paragraph not in shown_in_cells:
            shown_in_cells[paragraph] = numbers.prefix(Paragraph(paragraph, doc))
        return shown_in_cells[paragraph]

    lines: list[str] = []
    for child in _blocks(doc.element.body):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, doc)
            if _deleted(child):  # a paragraph deleted with its revision marks kept: not in the accepted text
                continue
            text = accepted_text(child).strip()
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
                cells = [kept_lines(_cell_text(c._tc, numbered)) for c in _unmerged(row.cells)]
                lines.append("\t".join(cells))
    if not any(line.strip() for line in lines):
        raise DocumentFormatError(document.name, None, "the Word document has no text")
    return lines


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _blocks(parent):  # noqa: ANN001, ANN202 (lxml elements)
    """The body's paragraphs and tables in order, those inside content controls too (a cover or a 目次 wrapped in a
    w:sdt, which python-docx's paragraphs leave out)."""
    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("p", "tbl"):
            yield child
        elif tag in ("sdt", "sdtContent", "customXml"):
            yield from _blocks(child)


_KEPT = "not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)"
_ACCEPTED = f".//w:t[{_KEPT}]|.//w:tab[{_KEPT} and not(ancestor::w:pPr)]|.//w:br[{_KEPT}]"
"""A paragraph's text as Word shows it with every tracked change accepted: inserted and moved-in runs (inside
w:ins, w:moveTo, which are not the paragraph's own runs), links and fields' results; not deleted or moved-out
text (w:delText, w:del, w:moveFrom), nor its text boxes (read apart)."""


@lru_cache(maxsize=1)
def _accepted():  # noqa: ANN202 (an lxml XPath)
    from lxml import etree

    return etree.XPath(_ACCEPTED, namespaces={"w": _W})


def accepted_text(paragraph) -> str:  # noqa: ANN001 (a w:p element)
    """A Word paragraph's text with its tracked changes accepted (a tab as a tab, a line break as a line)."""
    parts = []
    for node in _accepted()(paragraph):
        local = node.tag.rsplit("}", 1)[-1]
        parts.append(node.text or "" if local == "t" else "\t" if local == "tab" else "\n")
    return "".join(parts)


def _cell_text(cell, numbered: Callable[[object], str] | None = None) -> str:  # noqa: ANN001 (a w:tc element)
    """A Word table cell's text: its paragraphs a line each, with the numbers Word's list numbering shows before them
    (``numbered``), and a table inside it (a 年度別スケジュール in the cell of 主な取組) a line per row, its cells a space
    apart."""
    parts = []
    for child in cell:
        local = child.tag.rsplit("}", 1)[-1]
        if local == "p" and not _deleted(child):
            text = accepted_text(child)
            shown = numbered(child) if numbered is not None else ""
            parts.append(shown + text if text.strip() else shown.strip() or text)
        elif local == "tbl":
            for row in child.iterchildren(f"{{{_W}}}tr"):
                texts = [" ".join(_cell_text(c, numbered).split()) for c in row.iterchildren(f"{{{_W}}}tc")]
                parts.append(" ".join(t for t in texts if t))
    return "\n".join(parts)


def _deleted(paragraph) -> bool:  # noqa: ANN001 (a w:p element)
    """A paragraph whose mark is deleted and that holds no text left once the changes are accepted."""
    mark = paragraph.find(f"{{{_W}}}pPr/{{{_W}}}rPr/{{{_W}}}del")
    return mark is not None and not accepted_text(paragraph).strip()


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_BOXES = ".//w:txbxContent[not(ancestor::mc:Fallback)]"
"""The text boxes drawn from a paragraph (Word writes each box twice, the VML copy in a fallback: read once; a box
only in VML is read from it)."""
_EMU_PER_PT = 12700
_ALIGNED = {"left": 0, "top": 0, "inside": 0, "center": 1, "right": 2, "bottom": 2, "outside": 2}


@lru_cache(maxsize=1)
def _boxes():  # noqa: ANN202 (an lxml XPath)
    from lxml import etree

    return etree.XPath(_BOXES, namespaces={"w": _W, "mc": _MC})


def _drawn_object(box):  # noqa: ANN001, ANN202 (lxml elements)
    """The object a text box belongs to as drawn: its DrawingML anchor (or inline), or the outermost VML shape."""
    outer = None
    for node in box.iterancestors():
        if node.tag in (f"{{{_WP}}}anchor", f"{{{_WP}}}inline"):
            return node
        if node.tag.startswith("{urn:schemas-microsoft-com:vml}"):
            outer = node
        elif node.tag in (f"{{{_W}}}pict", f"{{{_W}}}p"):
            break
    return outer if outer is not None else box


def _offset(obj, axis: str) -> float:  # noqa: ANN001 (an lxml element)
    """Where a drawn object sits on an axis ("H"/"V"), in EMU from its anchor's reference (aligned: 0, 1, 2 pages
    apart); inline and unplaced objects at 0."""
    if obj.tag == f"{{{_WP}}}anchor":
        position = obj.find(f"{{{_WP}}}position{axis}")
        if position is None:
            return 0.0
        offset, align = position.find(f"{{{_WP}}}posOffset"), position.find(f"{{{_WP}}}align")
        if offset is not None and (offset.text or "").strip().lstrip("-").isdigit():
            return float(offset.text)
        return _ALIGNED.get((align.text or "").strip() if align is not None else "", 0) * 1e8
    style = obj.get("style") or ""
    found = re.search(rf"margin-{'left' if axis == 'H' else 'top'}:\s*(-?[\d.]+)pt", style)
    return float(found.group(1)) * _EMU_PER_PT if found else 0.0


def _grouped(obj) -> bool:  # noqa: ANN001 (an lxml element)
    """A drawing of several shapes grouped (a diagram: 施策の体系, 推進体制)."""
    return any(e.tag.rsplit("}", 1)[-1] in ("wgp", "grpSp", "group") for e in obj.iter())


def _box_lines(box) -> list[str]:  # noqa: ANN001 (a w:txbxContent element)
    """A text box's paragraphs a line each, and a table typed in it (a ＜目標＞ box's 指標 / 現状値 / 目標値) a line
    per row, its cells a tab apart, as the body's tables are read."""
    def text(element) -> str:  # noqa: ANN001 (an lxml element; a box's text is not the paragraph's accepted text)
        return " ".join("".join(t.text or "" for t in element.iter(f"{{{_W}}}t")).split())

    lines = []
    for block in _blocks(box):
        if block.tag == f"{{{_W}}}tbl":
            rows = ([text(cell) for cell in row.iterchildren(f"{{{_W}}}tc")]
                    for row in block.iterchildren(f"{{{_W}}}tr"))
            lines += ["\t".join(cells) for cells in rows if any(cells)]
        elif text(block):
            lines.append(text(block))
    return lines


def _text_boxes(paragraph) -> list[str]:  # noqa: ANN001 (a w:p element)
    """The text of the text boxes anchored in a paragraph (a 担当課 box beside an item), which python-docx's text
    leaves out, in the order a reader takes them: top to bottom, left to right. A box's paragraphs are a line each;
    boxes side by side at one height are one line while it is a title's length (a tag 「基本目標３」 beside its title
    bar); a grouped drawing is a diagram, its labels one line of text (no heading among them)."""
    objects: dict[int, tuple[object, list]] = {}
    for box in _boxes()(paragraph):
        obj = _drawn_object(box)
        objects.setdefault(id(obj), (obj, []))[1].append(box)
    placed = sorted(((_offset(obj, "V"), _offset(obj, "H"), n, obj, boxes)
                     for n, (obj, boxes) in enumerate(objects.values())), key=lambda o: o[:3])
    lines: list[str] = []
    row_at = None
    for v, _, _, obj, boxes in placed:
        texts = [line for box in boxes for line in _box_lines(box)]
        if not texts:
            continue
        if _grouped(obj):
            lines.append(" ".join(texts))
            row_at = None
        elif row_at == v and len(texts) == 1 and len(lines[-1]) + len(texts[0]) <= TITLE_MAX:
            lines[-1] += " " + texts[0]  # beside the box before it
        else:
            lines += texts
            row_at = v if len(texts) == 1 else None
    return lines


def _heading_level(style: str) -> int:
    match = re.match(r"(?:Heading|見出し)\s*(\d)", style)
    if match:
        return int(match.group(1))
    return 1 if style in ("Title", "表題") else 0


def _unmerged(cells: list) -> list:
    """python-docx repeats a horizontally merged cell once per grid column: keep it once. The same cell, not the
    same text: two cells that print the same value (a result and its target, 「95.0」「95.0」) are two columns."""
    out: list = []
    for cell in cells:
        if not out or cell._tc is not out[-1]._tc:
            out.append(cell)
    return out


_FORM_NUMBER = re.compile(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ]{1,3}[-－‐・.．][0-9０-９]{1,3}|[0-9０-９]{1,3}")


def form_pair(row: list[str], *roles: str) -> bool:
    """A key and its value side by side, as a form prints them: 「取組番号 | 1-1」 (a number), 「担当課 | 資産管理課」 (an
    office's name), however many columns the key's cell spans; keys of ``roles`` only, when given."""
    from .structure.blocks import header_role
    from .structure.departments import DEPARTMENT_SUFFIX

    def holds(role: str | None, value: str) -> bool:
        if roles and role not in roles or header_role(value):
            return False
        return bool(_FORM_NUMBER.fullmatch(value) if role == "number"
                    else role == "department" and DEPARTMENT_SUFFIX.search(value))

    cells = [c.strip() for c in row if c.strip()]  # (a key's cell merged over several columns: empty ones between)
    return any(holds(header_role(key), value) for key, value in zip(cells, cells[1:], strict=False))


HEADER_VALUE_CHARS = 12
"""A table's header holds its keys and, between them, short labels (「R6」, 「令和5年度」); a longer cell is a value."""

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
        keys = sum(bool(header_role(c)) for c in row if c)
        # (a form's row of keys and their values, 「取組番号 | 1-1」 or a long value 「実績 | 68手続を追加（累計160手続）」,
        # is no header)
        is_header = keys >= 2 and not form_pair(row) and all(
            len(c.strip()) <= HEADER_VALUE_CHARS or header_role(c) for c in row if c.strip())
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
