"""Document text -> clean lines with provenance (source line, page), cells and layout marks.

Handles once, for every layout: page markers from PDFs (``\\f<n>``), page footers printed in the
text (「- 3 -」, 「３ / 12」, a bare page number), HTML fragments inside the extraction (table cells
become tab-separated cells, ``<br>``/``</p>``/``</tr>`` break lines), Markdown marks (``#`` levels,
``**``, list marks, pipe tables, rules), full-width/half-width digits and OCR letter-spacing.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from ..jp import collapse_letter_spacing, normalize_width
from ..text_clean import fix_ocr
from .pages import PAGE_MARK

_HTML_TAG = re.compile(r"<[^>]+>")
_HTML_CELL = re.compile(r"<\s*/\s*t[dh]\s*>", re.I)
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/li|li|/tr|/h\d|/div|/table|/ul|/ol)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s*")
_MD_LIST = re.compile(r"^\s*[-*+]\s+(?=\S)")
_MD_RULE = re.compile(r"^[\s\-–—=_|:*]*[-=_*]{3,}[\s\-–—=_|:]*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_FOOTER = re.compile(r"^[-－―—ー‐–\u2212(（]\s*(\d{1,3})\s*[-－―—ー‐–\u2212)）]$|^(\d{1,3})\s*/\s*\d{1,3}$|^P\.?\s*(\d{1,3})$")
_BARE_NUMBER = re.compile(r"^(\d{1,3})$")
_CELL_SPLIT = re.compile(r"\t| {2,}|\u3000{2,}")

BARE_FOOTER_MIN_GAP = 8
"""Bare numbers on their own line count as page footers only when they run 1, 2, 3 … this far apart."""
_CENTRED = re.compile(r"^[ \u3000]{8,}\S{1,8}\s*$")  # a short text indented by eight spaces or more


@dataclass(slots=True)
class Line:
    """One line of content after clean-up. ``cells`` has one entry for a plain line."""

    number: int  # 1-based line in the source text (several Lines may share one: HTML rows)
    text: str  # cells joined by a tab, marks removed, as printed otherwise
    cells: list[str]  # the non-empty cells
    page: int | None = None
    md_level: int = 0  # Markdown heading level, 0 if none
    listed: bool = False  # began with a Markdown list mark
    bold: bool = False  # the whole line was emphasised (**…** or <b>…</b>)
    furniture: str = ""  # why this line is not content: "page", "rule" … ('' = content)
    columns: list[str] = field(default_factory=list)  # tab-separated cells with empty ones kept (alignment)
    centred: bool = False  # printed far from the left margin, alone (a page number centred under the text)
    indent: int = 0  # display columns of white space before the text (a layout-preserving extraction)

    @property
    def plain(self) -> str:
        """Width-normalised single-spaced text, for pattern matching."""
        return " ".join(normalize_width(self.text).split())


@dataclass(slots=True)
class DocumentLines:
    lines: list[Line]
    has_pages: bool  # pages come from the document itself (markers or footers)
    furniture_chars: int = 0
    skipped: list[Line] = field(default_factory=list)


def _cells(text: str) -> list[str]:
    return [c.strip() for c in _CELL_SPLIT.split(text) if c.strip()]


def split_cells(line: str) -> list[str]:
    """A raw line's table cells: split at tabs (empty cells kept, for column alignment) or, in text
    where a PDF extraction put spaces between cells, at runs of two or more spaces. One cell for a
    line that is not a table row."""
    text = line.strip(" \r\n\u3000")
    if "\t" in text:
        return [c.strip() for c in text.split("\t")]
    return [c.strip() for c in re.split(r" {2,}|\u3000{2,}", text)] if re.search(r" {2,}|\u3000{2,}", text) else [text]


def is_tabular(line: str) -> bool:
    return len(split_cells(line)) > 1


def display_width(text: str) -> int:
    """Columns a string takes in a fixed-pitch rendering: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cells_at(line: str) -> list[tuple[int, str]]:
    """The space-separated cells of a layout-preserving line with the display column each starts at."""
    out = []
    for match in re.finditer(r"\S+(?: \S+)*", line.expandtabs(1).rstrip()):
        out.append((display_width(line[: match.start()]), match.group(0)))
    return out


@dataclass(frozen=True, slots=True)
class Columns:
    """A table's columns, from its header line: tab positions, or where each header cell starts when a
    PDF extraction kept the layout with spaces. ``align(row)`` puts a row's cells under them."""

    names: tuple[str, ...]
    starts: tuple[int, ...] | None  # display columns of the header cells; None for tab-separated tables

    @classmethod
    def from_header(cls, line: str) -> Columns:
        if "\t" in line:
            return cls(tuple(split_cells(line)), None)
        found = cells_at(line)
        if found and found[0][0] > 1:  # the header leaves its first column blank: keep it, unnamed
            found = [(0, ""), *found]
        return cls(tuple(c for _, c in found), tuple(s for s, _ in found))

    def align(self, line: str) -> list[str]:
        """The row's cells, one per column ('' where empty); a tab row keeps its own positions."""
        if self.starts is None or "\t" in line:
            return split_cells(line)
        out = [""] * len(self.names)
        for start, cell in cells_at(line):
            k = max((i for i, s in enumerate(self.starts) if s <= start + 1), default=0)
            out[k] = f"{out[k]} {cell}".strip()
        return out


def _expand_html(raw: str) -> list[tuple[str, bool]]:
    """A raw line with HTML fragments -> (text, bold) pieces split at row/paragraph ends, cells tabbed."""
    if "<" not in raw or not _HTML_TAG.search(raw):
        return [(raw, False)]
    marked = _HTML_CELL.sub("\t", raw)
    marked = _HTML_BREAK.sub("\n", marked)
    pieces = []
    for piece in marked.split("\n"):
        bold = bool(re.search(r"<\s*(?:b|strong)\b", piece, re.I)) and not _HTML_TAG.sub("", re.sub(
            r"<\s*(b|strong)\b[^>]*>.*?<\s*/\s*\1\s*>", "", piece, flags=re.I)).strip()
        text = html.unescape(_HTML_TAG.sub(" ", piece))
        pieces.append((text, bold))
    return pieces


def _clean(piece: str, city: str) -> tuple[str, int, bool, bool]:
    """(text, md level, listed, bold) of one piece of a raw line."""
    if _FOOTER.match(normalize_width(piece).replace(" ", "").strip()):
        return piece.strip(), 0, False, False
    md = _MD_HEADING.match(piece)
    level = len(md.group(1)) if md and piece.lstrip().startswith("#") else 0
    text = piece[md.end() :] if level else piece
    listed = bool(_MD_LIST.match(text))
    text = _MD_LIST.sub("", text, count=1)
    stripped = text.strip()
    bold = len(stripped) > 4 and stripped.startswith("**") and stripped.endswith("**")
    text = text.replace("**", "").replace("\\_", "_").replace("\\*", "*")
    text = fix_ocr(text, city)
    text = collapse_letter_spacing(text)
    return text.rstrip(), level, listed, bold


def _indent(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" \u3000"))]


def _pipe_cells(text: str) -> list[str] | None:
    if not _PIPE_ROW.match(text):
        return None
    return [c.strip() for c in text.strip().strip("|").split("|")]


def read_lines(raw_lines: list[str], *, city: str = "") -> DocumentLines:
    """Clean lines with pages. ``city`` selects city-specific OCR fixes (狛江 only)."""
    out: list[Line] = []
    skipped: list[Line] = []
    page: int | None = None
    marked = False
    for number, raw in enumerate(raw_lines, 1):
        if raw.startswith(PAGE_MARK) and raw[1:].strip().isdigit():
            page, marked = int(raw[1:].strip()), True
            continue
        raw = raw.replace(PAGE_MARK, "")
        for piece, html_bold in _expand_html(raw):
            text, level, listed, bold = _clean(piece, city)
            if not text.strip():
                continue
            pipe = _pipe_cells(text)
            if pipe is not None:
                if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in pipe):
                    skipped.append(Line(number, text, [text], page, furniture="rule"))
                    continue
                cells = [c for c in pipe if c]
            else:
                cells = _cells(text)
            columns = [c.strip() for c in text.split("\t")] if "\t" in text.strip() else list(cells)
            line = Line(number, "\t".join(cells), cells, page, level, listed, bold or html_bold, columns=columns,
                        centred=bool(_CENTRED.match(piece)), indent=display_width(_indent(text)))
            if _MD_RULE.match(text):
                line.furniture = "rule"
                skipped.append(line)
                continue
            out.append(line)
    has_pages = marked or _apply_footers(out)
    if marked:
        _mark_running_headers(out)
    content = [line for line in out if not line.furniture]
    skipped += [line for line in out if line.furniture]
    chars = sum(len("".join(line.text.split())) for line in skipped)
    return DocumentLines(content, has_pages, chars, skipped)


RUNNING_HEADER_PAGES = 3
"""A line printed first on at least this many pages (and on most of them) is a running header."""
HEADER_KEY_CHARS = 4
"""…when the words it begins with (a page's last line: all its words but the page number) are this long at least."""


def _mark_running_headers(lines: list[Line]) -> None:
    """Mark a page's first line as furniture when the words it begins with head most pages (a plan's name printed
    over each page of a PDF, maybe with the current chapter's beside it): it belongs to no unit, and alone on its
    line it would look like a heading; and a page's last line the same way when, but for its digits (the page
    number), the same words end most pages (「４　行財政改革推進計画」, 「行財政改革推進計画　５」), or it prints
    only a page number."""
    firsts: dict[int | None, Line] = {}
    lasts: dict[int | None, Line] = {}
    for line in lines:
        if not line.furniture:
            firsts.setdefault(line.page, line)
            lasts[line.page] = line
    _mark_repeated(firsts, lambda line: (line.plain.split() or [""])[0], "header")
    _mark_repeated(lasts, lambda line: re.sub(r"[\d\s]", "", line.plain), "footer")
    for line in lasts.values():  # a page's last line that prints only its number (「− 3 −」, 「3 / 5」): a footer
        if not line.furniture and _footer_number(line) is not None:
            line.furniture = "page"


def _mark_repeated(ends: dict[int | None, Line], key: Callable[[Line], str], furniture: str) -> None:
    counts: dict[str, int] = {}
    for line in ends.values():
        counts[key(line)] = counts.get(key(line), 0) + 1
    for line in ends.values():
        seen = counts[key(line)]
        if len(key(line)) >= HEADER_KEY_CHARS and seen >= RUNNING_HEADER_PAGES and seen * 2 > len(ends):
            line.furniture = furniture


def _footer_number(line: Line) -> int | None:
    if len(line.cells) != 1:
        return None
    text = line.plain.replace(" ", "")
    match = _FOOTER.match(text)
    if match:
        return int(next(g for g in match.groups() if g))
    return None


def _apply_footers(lines: list[Line]) -> bool:
    """Mark printed page footers as furniture and set each line's page; True if the text has them.

    A footer ends its page: a line's page is the number of the first footer at or after it.
    Bare numbers count only as a run 1, 2, 3 … (or n, n+1 …) at least BARE_FOOTER_MIN_GAP lines apart,
    so item numbers of a flattened table are not taken for pages.
    """
    footers = {i: n for i, line in enumerate(lines) if (n := _footer_number(line)) is not None}
    if len(footers) < 2 or not _ascending(list(footers.values())):
        footers = {}
        bare = [(i, int(m.group(1))) for i, line in enumerate(lines)
                if len(line.cells) == 1 and (m := _BARE_NUMBER.match(line.plain))]
        run = _footer_run(bare, {i for i, line in enumerate(lines) if line.centred})
        if len(run) >= 2:
            footers = dict(run)
    if not footers:
        return False
    page_after = None
    for i in range(len(lines) - 1, -1, -1):
        if i in footers:
            page_after = footers[i]
            lines[i].furniture = "page"
        lines[i].page = page_after if page_after is not None else lines[i].page
    last_index, last_page = max(footers.items())
    for line in lines[last_index + 1 :]:
        line.page = last_page + 1
    return True


def _ascending(values: list[int]) -> bool:
    return all(b == a + 1 for a, b in zip(values, values[1:], strict=False))


def _footer_run(bare: list[tuple[int, int]], centred: set[int] | frozenset[int] = frozenset()
                ) -> list[tuple[int, int]]:
    """The longest run of bare numbers n, n+1, … each at least BARE_FOOTER_MIN_GAP lines after the last, or
    closer when both are centred (a short page: a cover's lead paragraph, a chapter's last lines)."""
    best: list[tuple[int, int]] = []
    for start in range(len(bare)):
        run = [bare[start]]
        for i, n in bare[start + 1 :]:
            near = i in centred and run[-1][0] in centred
            if n == run[-1][1] + 1 and (near or i - run[-1][0] >= BARE_FOOTER_MIN_GAP):
                run.append((i, n))
        if len(run) > len(best):
            best = run
    # a run that skips other bare numbers in between is a table column, not pages
    inside = [i for i, _ in bare if best and best[0][0] <= i <= best[-1][0]]
    return best if len(inside) == len(best) else []
