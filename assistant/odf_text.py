"""An OpenDocument Text file (``.odt``, what LibreOffice Writer saves and what cities that standardised on ODF
publish) -> text lines, read with lxml from its ``content.xml`` and ``styles.xml``.

Headings (``text:h``) become Markdown ``#`` levels by their outline level, with the number LibreOffice shows before
them, which is not in their text: the outline style's level (``style:num-format``, ``style:num-prefix`` /
``num-suffix``, ``text:display-levels``: 「第1章」, 「1.1」, 「（1）」), one counter per level, deeper levels
restarting; a heading marked ``text:is-list-header`` has no number and takes none. A list (``text:list``) numbers its
items by its list style; a list restarts unless it continues the one before it (``text:continue-numbering``,
``text:continue-list``) and an item may restart it (``text:start-value``); a bullet list's items keep their bullet.
Tables become tab-separated rows (a cell spanning rows read into each row it covers, its paragraphs kept as lines);
soft page breaks, notes' marks and the header and footer (the page number field) are not text.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .docx_numbering import formatted_number
from .formats import kept_lines
from .jp import join_wrapped
from .readers import DocumentFormatError

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
            "①": "decimalEnclosedCircle", "ア": "aiueo", "イ": "iroha", "１": "decimalFullWidth", "一": "japaneseCounting"}
"""ODF's number formats (LibreOffice writes its own as a sample, 「①, ②, ③, ...」) as Word's names of them."""


def q(name: str) -> str:
    """An ODF name (「table:table-row」) as lxml writes it."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


@dataclass
class _Level:
    fmt: str = ""  # a Word format name ("decimal" …); "" for no number
    prefix: str = ""
    suffix: str = ""
    shown: int = 1  # text:display-levels
    start: int = 1
    bullet: str = ""


@dataclass
class _Counters:
    """Running numbers of the outline, and of each list style's levels."""

    outline: dict[int, int] = field(default_factory=dict)
    lists: dict[str, dict[int, int]] = field(default_factory=dict)


def odf_parts(document: Path, kind: str):  # noqa: ANN201 (lxml elements)
    """The body of an OpenDocument file (``kind``: text, spreadsheet) and its styles part, or a clear error."""
    from lxml import etree

    what = "text (.odt)" if kind == "text" else "spreadsheet (.ods)"
    try:
        with zipfile.ZipFile(document) as package:
            content = etree.fromstring(package.read("content.xml"))
            styles = etree.fromstring(package.read("styles.xml")) if "styles.xml" in package.namelist() else None
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError) as exc:
        raise DocumentFormatError(document.name, None, f"not a readable OpenDocument {what}: {exc}") from exc
    body = content.find(f"{q('office:body')}/{q(f'office:{kind}')}")
    if body is None:
        raise DocumentFormatError(document.name, None, f"not an OpenDocument {what}: no {kind} body")
    return body, content, styles


def odt_lines(document: Path) -> list[str]:
    body, content, styles = odf_parts(document, "text")
    trees = [t for t in (styles, content) if t is not None]
    outline = next((_levels(o) for t in trees for o in t.iter(q("text:outline-style"))), {})
    list_styles = {s.get(q("style:name")): _levels(s) for t in trees for s in t.iter(q("text:list-style"))}
    lines: list[str] = []
    _read(body, lines, outline, list_styles, _Counters(), [])
    if not any(line.strip() for line in lines):
        raise DocumentFormatError(document.name, None, "the OpenDocument text has no text")
    return lines


def _levels(style) -> dict[int, _Level]:  # noqa: ANN001 (an lxml element)
    levels: dict[int, _Level] = {}
    for node in style:
        local = node.tag.rsplit("}", 1)[-1]
        if local not in ("outline-level-style", "list-level-style-number", "list-level-style-bullet"):
            continue
        sample = (node.get(q("style:num-format")) or "").strip()
        levels[int(node.get(q("text:level"), "1"))] = _Level(
            fmt=_FORMATS.get(sample[:1], "decimal") if sample else "",
            prefix=node.get(q("style:num-prefix"), ""), suffix=node.get(q("style:num-suffix"), ""),
            shown=int(node.get(q("text:display-levels"), "1")), start=int(node.get(q("text:start-value"), "1")),
            bullet=node.get(q("text:bullet-char"), "") if local.endswith("bullet") else "")
    return levels


def _read(parent, lines: list[str], outline: dict[int, _Level], list_styles: dict[str, dict[int, _Level]],
          counters: _Counters, last_list: list[str]) -> None:  # noqa: ANN001
    """The element's blocks in order; ``last_list``: the style of the list read last (a list that continues the
    numbering continues that one's)."""
    for node in parent:
        local = node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""
        if local == "h":
            level = int(node.get(q("text:outline-level"), "1"))
            number = "" if node.get(q("text:is-list-header")) == "true" else _outline_number(outline, counters, level)
            text = join_wrapped(_text(node))  # a title broken by hand: one heading
            if text:
                lines += ["", "#" * min(level, 6) + " " + (f"{number} " if number else "") + text]
        elif local == "p":
            text = _text(node)
            if text:
                lines += ["", *text.split("\n")]
        elif local == "list":
            _read_list(node, lines, outline, list_styles, counters, last_list, 1, node.get(q("text:style-name"), ""))
        elif local == "table":
            lines.append("")
            lines += ["\t".join(row) for row in table_rows(node)]
            lines.append("")
        elif local in ("section", "table-of-content", "index-body", "alphabetical-index", "illustration-index"):
            _read(node, lines, outline, list_styles, counters, last_list)


def _outline_number(outline: dict[int, _Level], counters: _Counters, level: int) -> str:
    style = outline.get(level)
    numbers = counters.outline
    numbers[level] = numbers.get(level, (style.start if style else 1) - 1) + 1
    for deeper in [k for k in numbers if k > level]:
        del numbers[deeper]
    if style is None or not style.fmt:
        return ""
    shown = range(max(1, level - style.shown + 1), level + 1)
    parts = [formatted_number(numbers.get(k, 1), (outline.get(k) or style).fmt or "decimal") for k in shown]
    return f"{style.prefix}{'.'.join(parts)}{style.suffix}"


def _read_list(node, lines: list[str], outline: dict[int, _Level], list_styles: dict[str, dict[int, _Level]],
               counters: _Counters, last_list: list[str], depth: int, style_name: str) -> None:  # noqa: ANN001
    levels = list_styles.get(style_name, {})
    running = counters.lists.setdefault(style_name, {})
    continues = node.get(q("text:continue-numbering")) == "true" or node.get(q("text:continue-list")) is not None
    if depth == 1 and not (continues and last_list and last_list[-1] == style_name):
        running.clear()  # a list of its own starts again
    if depth == 1:
        last_list[:] = [style_name]
    for item in node:
        if item.tag not in (q("text:list-item"), q("text:list-header")):
            continue
        level = levels.get(depth, _Level())
        if item.tag == q("text:list-item"):
            start = item.get(q("text:start-value"))
            running[depth] = int(start) if start else running.get(depth, level.start - 1) + 1
            for deeper in [k for k in running if k > depth]:
                del running[deeper]
        mark = (level.bullet if level.bullet else
                f"{level.prefix}{formatted_number(running.get(depth, 1), level.fmt)}{level.suffix}" if level.fmt else "")
        first = True
        for child in item:
            if child.tag == q("text:list"):
                _read_list(child, lines, outline, list_styles, counters, last_list, depth + 1,
                           child.get(q("text:style-name"), style_name))
            elif child.tag in (q("text:p"), q("text:h")):
                text = _text(child)
                if text:
                    marked = f"{mark} {text}" if first and mark and item.tag == q("text:list-item") else text
                    lines += ["", *marked.split("\n")]
                    first = False


_SKIPPED = {"soft-page-break", "note-citation", "number", "bookmark", "bookmark-start", "bookmark-end",
            "reference-mark", "change", "change-start", "change-end"}


def _text(node) -> str:  # noqa: ANN001
    """A paragraph's text: spans and links read through, a tab as a tab, 「text:s」 as its spaces, a line break as a
    line (a title broken by hand is joined later), notes and LibreOffice's cached list numbers left out."""
    out: list[str] = []

    def walk(element) -> None:  # noqa: ANN001
        for child in element:
            local = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if local == "tab":
                out.append("\t")
            elif local == "s":
                out.append(" " * int(child.get(q("text:c"), "1")))
            elif local == "line-break":
                out.append("\n")
            elif local == "note":
                pass  # a footnote's body is not this paragraph's text
            elif local not in _SKIPPED:
                out.append(child.text or "")
                walk(child)
            out.append(child.tail or "")

    out.append(node.text or "")
    walk(node)
    text = "".join(out)
    return "\n".join(re.sub(r"[ \u3000]+", " ", line).strip() for line in text.split("\n") if line.strip()).strip()


def hidden_columns(table) -> set[int]:  # noqa: ANN001
    """The columns (0-based) a sheet hides: its table:table-column entries, each repeated as saved, that are not
    visible."""
    hidden, at = set(), 0
    for column in table.iter(q("table:table-column")):
        repeat = min(int(column.get(q("table:number-columns-repeated"), "1")), 1024)
        if column.get(q("table:visibility"), "visible") != "visible":
            hidden.update(range(at, at + repeat))
        at += repeat
    return hidden


def table_rows(table) -> list[list[str]]:  # noqa: ANN001
    """A table's rows of cells; a cell spanning rows is read into each row it covers, a run of identical rows as
    its rows; a row the sheet hides is not read (columns: ``hidden_columns``)."""
    rows: list[list[str]] = []
    spanning: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    for row in table.iter(q("table:table-row")):
        if row.get(q("table:visibility"), "visible") != "visible":  # a row the sheet hides (or filters out)
            continue
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (q("table:table-cell"), q("table:covered-table-cell")):
                continue
            repeat = min(int(cell.get(q("table:number-columns-repeated"), "1")), 64)
            for _ in range(repeat):
                column = len(cells)
                if cell.tag == q("table:covered-table-cell"):
                    text, left = spanning.get(column, ("", 0))
                    cells.append(text if left > 0 else "")
                    if left > 0:
                        spanning[column] = (text, left - 1)
                    continue
                text = kept_lines("\n".join(_text(p) for p in cell if p.tag in (q("text:p"), q("text:h"))))
                cells.append(text)
                down = int(cell.get(q("table:number-rows-spanned"), "1"))
                if down > 1:
                    spanning[column] = (text, down - 1)
        if any(cells):  # identical rows in a run are saved once, repeated (empty ones to the sheet's end: not read)
            rows += [cells] * min(int(row.get(q("table:number-rows-repeated"), "1")), 64)
    return rows
