"""Reader for 未来戦略会議 中間報告書 documents (kind ``strategy_report``, e.g. 狛江市 003).

A file holds one or more group reports, each starting at a line like
``Group1 中間報告書`` or ``令和2年度未来戦略会議 Group2 中間報告書``. The cover
lines just before that heading (date, ``庁議資料``) belong to the group.

Markdown heading marks (``#``…``#####``) in the extraction are unreliable (the
same level is printed with 1 to 5 marks), so nesting comes from the numbering
style alone, outermost first:

====================  ===========================  =========  ===============
style                 example                      rank       label fragment
====================  ===========================  =========  ===============
chapter               ``1. 現状分析``               1          ``1``
sub-section           ``3-3. 施策の展開``           2          ``3-3`` (replaces ``3``)
parenthesised         ``(1) 狛江市の人口``          3          ``(1)``
divider               ``《(2) 定住施策》`` ``〔視察〕``  4          none
circled               ``⑥ 「次はこまえ…」``          5          ``⑥``
====================  ===========================  =========  ===============

A heading opens under the nearest open heading of a lower rank. Chapter and
sub-section headings are recognised with or without ``#`` marks (a plain
chapter line must continue the chapter numbering: ``4. 今後の課題`` after 3);
the other styles only as ``#`` headings, since body lines start with ``(1)`` or
``①`` too. Unnumbered headings (``◆…``, ``【予算規模】``, ``・AI/RPAの普及``) stay in
the body of the numbered section they are in.

Records (``section``): the group's cover (label ``Group1 表紙``) and every
numbered heading with body text. Label = group + the fragments of the heading
and its numbered ancestors: ``Group1 1(1)①``, ``Group1 3-3⑥``, ``Group2 3-3``.
Dividers do not add a fragment (the circled numbering runs on across
《(1)…》《(2)…》, so ``3-3⑥`` is how the report itself cites it).

Merges, so that every label is unique and every record says something:

* children whose labels would repeat under one parent (e.g. ``3-1`` lists ①②
  once as the plan and again under 〔ヒアリング〕/〔視察〕) are folded, with their
  headings, into the parent's text;
* a leaf whose body is shorter than ``MIN_BODY_CHARS`` (e.g. only an image
  caption) is folded into its numbered parent, as is a divider's own body text;
* a footnote definition (``<sup>3</sup>…``, printed after the member list) moves
  to the record that cites it; footnote numbers are kept as ``※3``.

``departments`` come from a trailing 担当 bracket on the heading, e.g.
``① … 【安心安全課・道路交通課】`` -> ['安心安全課', '道路交通課'].
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..jp import CIRCLED
from ..structure.departments import heading_departments
from ..structure.pages import split_pages
from ..types import DocumentMeta, Record, RecordType
from .blocks import (
    clean_inline,
    clean_lines,
    first_page,
    heading_text,
    is_heading_marked,
    unique_label,
)
from .errors import DocumentFormatError
from .profiles import profiles

MIN_BODY_CHARS = 20
"""A leaf section with a shorter cleaned body is folded into its parent."""

PROFILE = profiles().strategy_report
_GROUP = re.compile(rf"(?:{PROFILE.group})\s*([0-9０-９]+)\s*(\S*{PROFILE.report})$", re.I)
_COVER_LINE = re.compile(r"^(?:(?:令和|平成)\s*(?:元|\d+)\s*年\s*\d+\s*月\s*\d+\s*日|\S{1,10}資料)$")

_CHAPTER = re.compile(r"^(\d{1,2})\s*[.．](?!\d)\s*(.+)$")
_SUB = re.compile(r"^(\d{1,2})\s*[-－‐]\s*(\d{1,2})(?!\d)\s*[.．]?\s*(.*)$")
_PAREN = re.compile(r"^[（(]\s*(\d+)\s*[)）]\s*(.+)$")
_DIVIDER = re.compile(r"^[《〔]\s*(.+?)\s*[》〕]$")
_CIRCLED = re.compile(r"^([①-⑳])\s*(.+)$")

_FOOTNOTE_DEF = re.compile(r"^\s*<sup>\s*(\w+)\s*</sup>", re.I)
_FOOTNOTE_REF = re.compile(r"\S\s*<sup>\s*(\w+)\s*</sup>", re.I)

_RANK = {"chapter": 1, "sub": 2, "paren": 3, "divider": 4, "circled": 5}
_PLAIN_HEADING_MAX = 40
_LIST_WINDOW = 3  # short lines that may stand between two items of one list


@dataclass
class _Heading:
    kind: str
    key: str  # label fragment ("" for dividers)
    number: int | None
    text: str  # as printed, without marks
    title: str  # without number and 担当 bracket
    departments: list[str]
    line: int


@dataclass
class _Node:
    heading: _Heading | None  # None for a group's cover
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # body line indices

    @property
    def numbered(self) -> bool:
        return self.heading is not None and self.heading.kind != "divider"


@dataclass
class _Group:
    number: int
    title: str  # "Group1 中間報告書"
    printed: str  # the heading line as printed
    line: int
    start: int
    end: int
    cover: _Node = field(default_factory=lambda: _Node(None))
    roots: list[_Node] = field(default_factory=list)


# --- groups -----------------------------------------------------------------


def _group_heading(line: str) -> re.Match[str] | None:
    if "\t" in line or len(line.strip()) > 60:
        return None
    return _GROUP.search(heading_text(line))


def _find_groups(lines: list[str], meta: DocumentMeta) -> list[_Group]:
    """The group reports in the file, each with its line range (cover lines included)."""
    found = [(i, m) for i, line in enumerate(lines) if (m := _group_heading(line))]
    if not found:
        raise DocumentFormatError(
            meta.source_file, None, "no group report heading like 'Group1 中間報告書' found"
        )
    groups: list[_Group] = []
    for n, (index, match) in enumerate(found):
        start = 0 if n == 0 else _cover_start(lines, index, groups[-1].line)
        if groups:
            groups[-1].end = start
        number = int(match.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
        title = f"Group{number} {match.group(2)}"
        groups.append(_Group(number, title, heading_text(lines[index]), index, start, len(lines)))
    return groups


def _cover_start(lines: list[str], heading: int, previous_heading: int) -> int:
    """Walk back from a group heading over its cover lines (blank, date, ``庁議資料``)."""
    start = heading
    while start - 1 > previous_heading:
        line = lines[start - 1].strip()
        if line and not _COVER_LINE.match(line):
            break
        start -= 1
    while start < heading and not lines[start].strip():
        start += 1
    return start


# --- headings ---------------------------------------------------------------


def _in_charge(text: str) -> tuple[str, list[str]]:
    """Split a trailing 担当 bracket off a heading: (title, departments)."""
    return heading_departments(text)


def _heading(raw: str, index: int, chapter: int | None, last: dict[str, int] | None = None) -> _Heading | None:
    """The numbered heading on this line, or None for a body line.

    ``chapter`` is the number of the chapter being read: a plain (unmarked)
    ``N-M`` line must be in it, a plain ``N.`` line must be the next one. Without ``#`` marks (text
    from a PDF) a short line starting with ``(N)`` or a circled number is a heading when it continues
    its numbering (``last``: the previous number of each style), and 《…》/〔…〕 alone is a divider.
    """
    marked = is_heading_marked(raw)
    text = heading_text(raw)
    if not text or text.startswith("<") or "\t" in raw:
        return None
    plain_ok = marked or (len(text) <= _PLAIN_HEADING_MAX and not text.endswith("。"))

    if (m := _SUB.match(text)) and plain_ok and (marked or int(m.group(1)) == chapter):
        return _make("sub", f"{m.group(1)}-{m.group(2)}", int(m.group(2)), text, m.group(3), index)
    if (m := _CHAPTER.match(text)) and plain_ok and (marked or int(m.group(1)) == (chapter or 0) + 1):
        return _make("chapter", m.group(1), int(m.group(1)), text, m.group(2), index)
    if not marked:
        return _unmarked(text, index, plain_ok, last or {})
    if m := _PAREN.match(text):
        return _make("paren", f"({m.group(1)})", int(m.group(1)), text, m.group(2), index)
    if m := _DIVIDER.match(text):
        return _make("divider", "", None, text, m.group(1), index)
    if m := _CIRCLED.match(text):
        return _make("circled", m.group(1), ord(m.group(1)) - ord("①") + 1, text, m.group(2), index)
    return None


def _in_list(lines: list[str], index: int, kind: str) -> bool:
    """An unmarked numbered line with another of the same style within a few short lines (no paragraph
    between them) is an item of a list, not a heading."""
    pattern = {"paren": _PAREN, "circled": _CIRCLED}.get(kind)
    if pattern is None:
        return False
    for step in (-1, 1):
        seen, i = 0, index + step
        while 0 <= i < len(lines) and seen < _LIST_WINDOW:
            text = heading_text(lines[i])
            i += step
            if not text:
                continue
            if is_heading_marked(lines[i - step]) or _DIVIDER.match(text) or _SUB.match(text):
                break
            if pattern.match(text):
                return True
            if len(text) > _PLAIN_HEADING_MAX:
                break
            seen += 1
    return False


def _unmarked(text: str, index: int, plain_ok: bool, last: dict[str, int]) -> _Heading | None:
    if not plain_ok:
        return None
    if (m := _PAREN.match(text)) and int(m.group(1)) in (1, last.get("paren", 0) + 1):
        return _make("paren", f"({m.group(1)})", int(m.group(1)), text, m.group(2), index)
    if m := _DIVIDER.match(text):
        return _make("divider", "", None, text, m.group(1), index)
    if (m := _CIRCLED.match(text)) and CIRCLED[m.group(1)] in (1, last.get("circled", 0) + 1):
        return _make("circled", m.group(1), CIRCLED[m.group(1)], text, m.group(2), index)
    return None


def _make(kind: str, key: str, number: int | None, text: str, rest: str, index: int) -> _Heading:
    title, departments = _in_charge(clean_inline(rest) or key)
    return _Heading(kind, key, number, clean_inline(text), title, departments, index)


# --- tree -------------------------------------------------------------------


def _build(group: _Group, lines: list[str], meta: DocumentMeta) -> None:
    """Sort the group's lines into its cover and a tree of numbered sections."""
    stack: list[_Node] = []
    current = group.cover
    chapter: int | None = None  # number of the chapter being read
    last: dict[str, int] = {}  # the previous number of each numbering style, for unmarked headings
    for index in range(group.start, group.end):
        if index == group.line:
            continue
        heading = _heading(lines[index], index, chapter, last)
        if heading is not None and not is_heading_marked(lines[index]) and _in_list(lines, index, heading.kind):
            heading = None
        if heading is None:
            current.lines.append(index)
            continue
        if heading.kind == "chapter":
            chapter = heading.number
        if heading.number is not None:
            last[heading.kind] = heading.number
        if heading.kind != "divider":
            for kind, rank in _RANK.items():
                if rank > _RANK[heading.kind] and kind != "divider":
                    last.pop(kind, None)
        while stack and _RANK[stack[-1].heading.kind] >= _RANK[heading.kind]:
            stack.pop()
        parent = stack[-1] if stack else None
        current = _Node(heading, parent)
        (parent.children if parent else group.roots).append(current)
        stack.append(current)
    if not group.roots:
        raise DocumentFormatError(
            meta.source_file, group.line + 1, f"{group.title} has no numbered section heading like '1. …'"
        )


def _walk(nodes: list[_Node]) -> Iterator[_Node]:
    """Pre-order (document order) over a forest."""
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _subtree_lines(node: _Node) -> list[int]:
    """The node's heading line and every line under it."""
    out = [node.heading.line, *node.lines]
    for child in node.children:
        out.extend(_subtree_lines(child))
    return out


def _numbered_ancestor(node: _Node) -> _Node | None:
    parent = node.parent
    while parent is not None and not parent.numbered:
        parent = parent.parent
    return parent


def _label_children(node: _Node) -> Iterator[_Node]:
    """Children that add a label fragment, looking through dividers."""
    for child in node.children:
        if child.numbered:
            yield child
        else:
            yield from _label_children(child)


# --- merges -----------------------------------------------------------------


def _move_footnotes(group: _Group, lines: list[str]) -> None:
    """Move each footnote definition to the section whose text cites it."""
    nodes = [group.cover, *_walk(group.roots)]
    cited = {}
    for node in nodes:
        for index in node.lines:
            for match in _FOOTNOTE_REF.finditer(lines[index]):
                cited.setdefault(match.group(1), node)
    for node in nodes:
        for index in list(node.lines):
            match = _FOOTNOTE_DEF.match(lines[index])
            target = cited.get(match.group(1)) if match else None
            if target is not None and target is not node:
                node.lines.remove(index)
                target.lines.append(index)


def _fold_repeats(node: _Node) -> None:
    """Bottom-up: fold children into the node when their label fragments repeat."""
    for child in node.children:
        _fold_repeats(child)
    keys = [child.heading.key for child in _label_children(node)]
    if len(keys) != len(set(keys)):
        for child in node.children:
            node.lines.extend(_subtree_lines(child))
        node.children = []


def _fold_small(node: _Node, lines: list[str]) -> None:
    """Bottom-up: fold short leaves and dividers' own text into the numbered parent."""
    for child in list(node.children):
        _fold_small(child, lines)
    target = _numbered_ancestor(node)
    if target is None:
        return
    body = clean_lines(lines[i] for i in sorted(node.lines))
    if not node.numbered and body:
        target.lines.extend([node.heading.line, *node.lines])
        node.lines = []
    elif node.numbered and not node.children and 0 < len(body) < MIN_BODY_CHARS:
        target.lines.extend(_subtree_lines(node))
        node.parent.children.remove(node)


# --- records ----------------------------------------------------------------


def _label(node: _Node) -> str:
    """``1(1)①``, ``3-3⑥``: fragments of the node and its numbered ancestors."""
    chain: list[_Heading] = []
    current: _Node | None = node
    while current is not None:
        if current.numbered:
            chain.append(current.heading)
        current = current.parent
    parts: list[str] = []
    for heading in reversed(chain):
        if heading.kind == "sub" and parts and parts[-1] == heading.key.split("-")[0]:
            parts[-1] = heading.key
        else:
            parts.append(heading.key)
    return "".join(parts)


def _section(group: _Group, node: _Node) -> str:
    path = []
    parent = node.parent
    while parent is not None:
        path.append(parent.heading.text)
        parent = parent.parent
    return " > ".join([group.title, *reversed(path)])


def _group_records(
    group: _Group, lines: list[str], pages: list[int | None], meta: DocumentMeta, seen: set[str]
) -> list[Record]:
    records = []
    cover = clean_lines(lines[i] for i in sorted(group.cover.lines))
    if cover:
        records.append(
            Record.create(
                meta,
                label=unique_label(f"Group{group.number} 表紙", seen),
                text=cover,
                record_type=RecordType.section,
                number=None,
                title=group.printed,
                section=group.title,
                departments=[],
                page=first_page(pages, [group.line]),
            )
        )
    for node in _walk(group.roots):
        text = clean_lines(lines[i] for i in sorted(node.lines))
        if not node.numbered or not text:
            continue
        heading = node.heading
        records.append(
            Record.create(
                meta,
                label=unique_label(f"Group{group.number} {_label(node)}", seen),
                text=text,
                record_type=RecordType.section,
                number=heading.number,
                title=heading.title,
                section=_section(group, node),
                departments=heading.departments,
                page=first_page(pages, [heading.line]),
            )
        )
    return records


def read(lines: list[str], meta: DocumentMeta) -> list[Record]:
    """Parse a strategy report into one ``section`` record per numbered section with text."""
    text_lines, pages = split_pages(lines)
    records: list[Record] = []
    seen: set[str] = set()
    for group in _find_groups(text_lines, meta):
        _build(group, text_lines, meta)
        _move_footnotes(group, text_lines)
        for root in group.roots:
            _fold_repeats(root)
        for root in list(group.roots):
            _fold_small(root, text_lines)
        records.extend(_group_records(group, text_lines, pages, meta, seen))
    return records
