"""Clean lines -> typed blocks: heading, paragraph, bullet, table row, table-of-contents entry.

A heading carries its numbering system (``structure.numbering``) or, when it is not numbered, the
mark that made it one (Markdown level, ■, 【…】, a short line standing alone). Whether a numbered
heading really opens a unit (a bare "(2)" must continue a "(1)") is decided by the outline, which
knows what is open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from ..data import data_rows
from ..jp import join_wrapped, normalize_width, squash
from .lines import Line
from .numbering import Counter, match_counter

TITLE_MAX = 60
"""A numbered line whose text is longer (or ends in 。) is a numbered sentence in a body, not a heading."""
PLAIN_TITLE_MAX = 40
"""An unnumbered, unmarked line is a heading candidate only up to this length."""
HEADER_CELL_MAX = 16

_TOC = re.compile(
    r"^(?P<entry>.+?)\s*(?:[.．…‥・･\-－―—–_]{3,}\s*|\s+P\s*\.?\s*|\t+)(?:P\s*\.?\s*)?(?P<page>\d{1,3})$"
)
_TOC_HEAD = re.compile(r"^(?:目\s*次|もくじ|contents)$", re.I)
_BULLET = re.compile(r"^[・●○◎▽▼◇□►▶‣•･\-＊*]\s*(?=\S)")
_HEAD_MARK = re.compile(r"^([■◆□◇▲△☆★])\s*(?=\S)")
_CHECK_BOXES = re.compile(r"[□■☐☑☒]")  # a second box on the line: a row of check boxes, not a heading
_BRACKET_TITLE = re.compile(r"^[【〔［\[]([^【】〔〕［］\[\]]{1,24})[】〕］\]]$")
WRAPPED_TITLE_MIN = 16  # a heading this long may have wrapped at the line's end
WRAP_FRAGMENT_MAX = 6  # the wrapped end: a word or two
_OFFICE_END = re.compile(r"(?:課|室|部|係|局|センター)$")  # a line of offices under a heading is no title's end
_CLOSED = re.compile(r"[)）】」』\]]$")  # a heading that ends with a closing bracket is whole
_OPENS = re.compile(r"[(（【「『\[〔［]")  # a line opening a bracket is a field's heading or a note, no title's end
CONTINUES = re.compile(r"(?:[との及びやをにへな・、，,（(「『]|並びに|および|ならびに|における|による|に向けた|に対する|に関する"
                       r"|に係る|についての)$")
_SENTENCE_END = re.compile(r"[。．]$|[。]」?$")


class BlockKind(StrEnum):
    heading = "heading"
    paragraph = "paragraph"
    bullet = "bullet"
    table_row = "table_row"
    toc = "toc"


@dataclass(slots=True)
class Block:
    kind: BlockKind
    lines: list[Line]
    cells: list[str]
    counter: Counter | None = None
    system: str = ""  # heading system: a numbering system, md2, mark:■, bracket, title …
    title: str = ""
    toc_page: int | None = None
    extra: list[str] = field(default_factory=list)  # cells after a heading's title on its line

    @property
    def text(self) -> str:
        return "\t".join(self.cells)

    @property
    def columns(self) -> list[str]:
        """Cells aligned to their table columns (empty cells kept) where the line was tab-separated."""
        if len(self.lines) == 1 and len(self.lines[0].columns) >= len(self.cells):
            return self.lines[0].columns
        return self.cells

    @property
    def page(self) -> int | None:
        return self.lines[0].page if self.lines else None

    @property
    def number(self) -> int:
        return self.lines[0].number if self.lines else 0

    @property
    def chars(self) -> int:
        return sum(len(squash(c)) for c in self.cells)


@lru_cache(maxsize=1)
def header_roles() -> dict[str, re.Pattern[str]]:
    return {role: re.compile(f"(?:{words})") for role, words in data_rows("table_headers.tsv")}


def header_role(cell: str) -> str | None:
    """'number', 'title', 'department', 'other' or None for a table header cell."""
    text = squash(normalize_width(cell)).rstrip(":：")
    if not text or len(text) > HEADER_CELL_MAX:
        return None
    roles = header_roles()
    for role in ("number", "title", "department"):
        if roles[role].fullmatch(text):
            return role
    if roles["department"].search(text):
        return "department"
    if roles["other"].search(text) or roles["title"].search(text):
        return "other"
    return None


def is_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip())) or len(text) > TITLE_MAX


def _gap_before(lines: list[Line], i: int) -> bool:
    return i == 0 or lines[i].number - lines[i - 1].number > 1


def _gap_after(lines: list[Line], i: int) -> bool:
    return i + 1 >= len(lines) or lines[i + 1].number - lines[i].number > 1


def _title_like(line: Line) -> bool:
    text = line.plain
    return (
        len(line.cells) == 1
        and 0 < len(text) <= PLAIN_TITLE_MAX
        and "。" not in text
        and not text.endswith(("、", ",", "：", ":"))
        and not _BULLET.match(text)
        and not re.fullmatch(r"[\d\s.,%()（）/-]+", text)
    )


def classify(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    in_toc = table_toc = False
    toc_width = 0
    # a page whose headings are marked up (Markdown from HTML, a Word file's heading styles): a short paragraph
    # alone is a paragraph (「ページID：1004817 更新日：…」 under the page's title), no guessed heading
    guess = not any(line.md_level for line in lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.plain
        consumed = 1
        if _TOC_HEAD.match(squash(text)) or _TOC_HEAD.match(text):
            in_toc = table_toc = True
            blocks.append(Block(BlockKind.toc, [line], line.cells))
            i += 1
            continue
        toc = _toc_entry(line, in_toc)
        table_toc = table_toc and toc is None and len(line.cells) >= 3 and bool(line.columns) \
            and len(line.columns) == (toc_width or len(line.columns))  # (its rows as wide as its first)
        toc_width = len(line.columns) if table_toc else 0
        if table_toc:
            # a table of contents laid out as a table right under its heading (a workbook's 目次 sheet: 基本方針 |
            # 取組番号 | 取組名): its rows list the units, they are none
            toc = Block(BlockKind.toc, [line], line.cells)
        if toc is not None:
            blocks.append(toc)
            i += 1
            continue
        if in_toc and not _toc_level_line(line):
            in_toc = False
        block, consumed = _classify_one(lines, i, guess)
        if _title_goes_on(blocks, block):
            # a title over two paragraphs (「…（素案）に対する」 / 「意見募集（…）の実施結果について」): one heading
            last = blocks[-1]
            blocks[-1] = Block(BlockKind.heading, [*last.lines, *block.lines], [*last.cells, *block.cells],
                               system=block.system, title=last.title + block.title)
        elif not _continued(block, blocks):
            blocks.append(block)
        i += consumed
    return _staircase(_flattened_tables(blocks))


_KEY_VALUE = re.compile(r"^(?P<key>[^\s:：、。]{1,12})\s*[:：]\s*(?P<value>\S.*)$")
_BRACKETED_KEY = re.compile(r"^[【〔\[](?P<key>[^\s【】〔〕\[\]:：、。]{1,12})[】〕\]]\s*[:：]?\s*(?P<value>\S.*)$")


def key_value(text: str) -> tuple[str, str] | None:
    """「担当課：政策課」, 「【担当課】政策課」 -> ('担当課', '政策課'); None for a line that is not a short key and a
    value."""
    text = normalize_width(text).strip()
    text = re.sub(r"^\((.*)\)$", r"\1", text)  # 「（所管：財政課）」 on a line of its own
    match = _KEY_VALUE.match(text) or _BRACKETED_KEY.match(text)
    if not match:
        return None
    return match.group("key"), match.group("value").strip()


def _title_zone(columns: list[str]) -> int:
    """How many columns a table's header names with one title merged over them (「基本目標・施策・事業」 over A:C: 3),
    when more columns follow; else 0."""
    first = squash(columns[0]) if columns else ""
    k = 0
    while k < len(columns) and first and squash(columns[k]) == first:
        k += 1
    return k if 2 <= k < len(columns) else 0


def _staircase(blocks: list[Block]) -> list[Block]:
    """A plan laid out as a staircase under a header whose title is merged over its first columns (基本目標 in column
    A, 施策 in B, 事業 in C, each level a column further right, the cells to its left empty): each row after that
    header whose first cell in those columns is a title (no sentence) is a heading — by its number where it has one
    (「１－１ 防災・減災対策の推進」), else titled by its cell (「自主防災組織の育成」, under the heading above it); its
    other cells (an outline, a 担当課) are on its line after the title. Rows whose levels are shown by indent in
    cells merged over the columns read the same: their title is in the first."""
    zone = 0
    names: list[str] = []
    out: list[Block] = []
    for block in blocks:
        columns = block.columns
        if block.kind == BlockKind.heading and block.lines and block.lines[0].md_level == 1:
            zone = 0  # a new sheet
        if block.kind == BlockKind.table_row and len(block.lines) == 1 and (k := _title_zone(columns)):
            zone, names = k, columns
        elif zone and block.kind == BlockKind.table_row and len(block.lines) == 1:
            at = next((j for j, c in enumerate(columns) if c.strip()), len(columns))
            title = normalize_width(join_wrapped(columns[at])).strip() if at < zone else ""
            # each cell under its column's name (「担当課：総務課」: the unit's offices, as a form prints them)
            extra = [f"{names[j]}：{c.strip()}" if j < len(names) and names[j].strip() and key_value(c) is None
                     else c.strip()
                     for j, c in enumerate(columns) if j >= zone and c.strip()]
            if title and extra and not is_sentence(title) and len(title) <= TITLE_MAX \
                    and not any(c.strip() for c in columns[at + 1:zone]):
                counter = match_counter(title)
                if counter is not None and counter.rest:
                    block = Block(BlockKind.heading, block.lines, block.cells, counter, counter.system,
                                  counter.rest, extra=extra)
                elif counter is None:
                    block = Block(BlockKind.heading, block.lines, block.cells, system="table:staircase", title=title,
                                  extra=extra)
        out.append(block)
    return out


_GUESSED_TITLES = ("title", "title_outer")


def _title_goes_on(blocks: list[Block], block: Block) -> bool:
    """Whether ``block``, a title guessed from a short line alone, goes on the guessed title right before it, which
    breaks off after a particle (「…に対する」, 「…の」)."""
    last = blocks[-1] if blocks else None
    return (last is not None and last.kind == BlockKind.heading == block.kind and last.system in _GUESSED_TITLES
            and block.system in _GUESSED_TITLES and bool(CONTINUES.search(last.title))
            and len(last.title) + len(block.title) <= TITLE_MAX)


_CONTINUED = re.compile(r"\s*[（(](?:続き|続|つづき)[）)]$")


def _continued(block: Block, earlier: list[Block]) -> bool:
    """A heading repeated with 「（続き）」 where its unit goes on (「４　取組一覧（続き）」 over a table continued on the
    next slide or page): the same unit, no new one; its line is left out like a running header."""
    if block.kind != BlockKind.heading or block.counter is None:
        return False
    match = _CONTINUED.search(block.title)
    if match is None:
        return False
    title = block.title[:match.start()]
    return any(b.kind == BlockKind.heading and b.counter is not None and b.counter.label == block.counter.label
               and b.title == title for b in earlier)


def _toc_level_line(line: Line) -> bool:
    return line.md_level == 0 and len(line.cells) <= 2 and len(line.plain) <= 40


def _toc_entry(line: Line, in_toc: bool) -> Block | None:
    text = line.text.rstrip()
    match = _TOC.match(text)
    if not match:
        return None
    entry = match.group("entry").strip()
    tabbed_only = not re.search(r"[.．…‥・･\-－―—–_]{3,}\s*\d{1,3}$|P\s*\.?\s*\d{1,3}$", normalize_width(text))
    if tabbed_only and not in_toc:
        return None
    if not entry or is_sentence(entry) or len(line.cells) > 3:
        return None
    counter = match_counter(entry)
    title = counter.rest if counter else entry
    title = re.sub(r"[.．…‥・･\-－―—–_]{3,}$", "", title).strip()
    return Block(BlockKind.toc, [line], line.cells, counter, title=title, toc_page=int(match.group("page")))


def _classify_one(lines: list[Line], i: int, guess: bool = True) -> tuple[Block, int]:
    line = lines[i]
    cells = line.cells
    first = cells[0]
    counter = match_counter(first if len(cells) > 1 else line.text)
    if counter is None and len(cells) >= 3:
        joined = match_counter((squash(first) if len(first) <= 12 else first) + cells[1])  # 「実施プログラム」「①」「…」: a keyword and its counter in two cells
        if joined is not None and joined.system.startswith("keyword:"):
            title = joined.rest or cells[2]
            extra = cells[2:] if joined.rest else cells[3:]
            own = match_counter(cells[1])
            if header_role(first) == "number" and not _NO_KEY.fullmatch(squash(first)) and own is not None \
                    and not own.rest:
                # a form's row 「取組番号 | １－１ | 取組名 | …」: the number as its cell prints it, the title in the
                # cell after its key
                joined = own
                if not joined.rest and header_role(cells[2]) == "title" and len(cells) > 3:
                    title, extra = normalize_width(cells[3]), cells[4:]
                elif not joined.rest and i + 1 < len(lines) and len(lines[i + 1].cells) > 1 \
                        and header_role(lines[i + 1].cells[0]) == "title":
                    # the form's next row names it (「取組番号 | 3-1 | 基本方針 | …」 over 「取組名 | …」)
                    title = normalize_width(join_wrapped(lines[i + 1].cells[1]))
                    return Block(BlockKind.heading, lines[i:i + 2], cells, joined, joined.system, title,
                                 extra=cells[2:]), 2
            return Block(BlockKind.heading, [line], cells, joined, joined.system, title, extra=extra), 1
    if counter is not None and len(cells) >= 3:
        return Block(BlockKind.table_row, [line], cells, counter), 1
    if counter is not None and _inside_table(lines, i):
        # a row of a table between its rows: a group row across it (「基本方針１ デジタル化による…」 over the rows of
        # its opinions), or a count table's row whose other cells were merged away (「第２章 基本方針２ …」 | 「４件」)
        return Block(BlockKind.table_row, [line], cells), 1
    if counter is not None and line.listed and not guess:  # a list item of a marked-up page (<li>) is no heading
        return Block(BlockKind.bullet, [line], cells), 1
    if counter is not None and _REFERENCE.match(counter.rest) and _attached(line.plain, counter.rest):
        # 「第２章で整理した課題を踏まえ、…」: a sentence that begins by naming a unit, no heading
        return Block(BlockKind.bullet if line.listed else BlockKind.paragraph, [line], cells), 1
    if counter is not None:
        title, extra, consumed = counter.rest, cells[1:], 1
        if not title and extra:  # 「重点取組３　　　ＡＩ・ＲＰＡ…」: the title in the cell after the number, as any title
            title, extra = normalize_width(extra[0]), extra[1:]
        if not title and not line.md_level and i + 1 < len(lines) and _title_like(lines[i + 1]) \
                and not match_counter(lines[i + 1].plain):  # (a Markdown heading, a sheet's name, is whole)
            title, consumed = lines[i + 1].plain, 2
        if title and not is_sentence(title):
            title, consumed = _join_broken(lines, i + consumed - 1, title, consumed)
            block = Block(BlockKind.heading, lines[i : i + consumed], cells, counter, counter.system,
                          title, extra=extra)
            return block, consumed
        if not title and (line.md_level or line.bold):
            return Block(BlockKind.heading, [line], cells, counter, counter.system, "", extra=extra), 1
        kind = BlockKind.bullet if line.listed else BlockKind.paragraph
        return Block(kind, [line], cells, counter), 1
    if len(cells) == 1:
        mark = _HEAD_MARK.match(first)
        # (not a row of check boxes, 「■拡充　□現状維持　□改善」: one of them ticked)
        if mark and not is_sentence(first[mark.end():]) and len(first) <= PLAIN_TITLE_MAX + 2 \
                and not _CHECK_BOXES.search(first[mark.end():]):
            return Block(BlockKind.heading, [line], cells, system=f"mark:{mark.group(1)}",
                         title=normalize_width(first[mark.end():]).strip()), 1
        if line.listed or _BULLET.match(first):
            return Block(BlockKind.bullet, [line], cells), 1
        if line.md_level and not is_sentence(first):
            return Block(BlockKind.heading, [line], cells, system=f"md{line.md_level}",
                         title=normalize_width(first)), 1
        bracket = _BRACKET_TITLE.match(squash(first))
        if bracket:
            return Block(BlockKind.heading, [line], cells, system="bracket_title", title=bracket.group(1)), 1
        if line.bold and _title_like(line):
            return Block(BlockKind.heading, [line], cells, system="bold", title=normalize_width(first)), 1
        if guess and (_title_like(line) or _long_title_over_bullets(lines, i)) and _gap_before(lines, i) \
                and _standalone_title(lines, i):
            system = "title"
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and _title_like(nxt) and not match_counter(nxt.plain):
                system = "title_outer"
            return Block(BlockKind.heading, [line], cells, system=system, title=normalize_width(first)), 1
        return Block(BlockKind.paragraph, [line], cells), 1
    alone = match_counter(f"{first} {cells[1]}") if len(cells) == 2 and _BARE_NUMBER.fullmatch(first) else None
    if alone is not None and not is_sentence(alone.rest) and len(alone.rest) <= PLAIN_TITLE_MAX \
            and not any(0 <= j < len(lines) and len(lines[j].cells) > 1 for j in (i - 1, i + 1)):
        # a number printed apart from its title on a line of their own, no table's row (a divider slide's large
        # 「３」 beside 「重点取組」)
        return Block(BlockKind.heading, [line], cells, alone, alone.system, normalize_width(alone.rest)), 1
    return Block(BlockKind.table_row, [line], cells), 1


_BARE_NUMBER = re.compile(r"[0-9０-９]{1,2}")


def _inside_table(lines: list[Line], i: int) -> bool:
    """Whether a line with a counter is a row of the table around it, not a heading: one cell between two rows as
    wide as each other, the second numbered (a group row across an item table, 「基本方針１ デジタル化による…」), or a row whose other cells
    are figures beside a row of the table (a count table's 「第２章 基本方針２ …」 | 「４件」, its other cells merged away).
    The rows touch it: no blank line between."""
    def row(j: int) -> Line | None:
        near = lines[j] if 0 <= j < len(lines) else None
        return near if near is not None and abs(near.number - lines[i].number) == 1 and len(near.cells) >= 2 else None

    before, after, cells = row(i - 1), row(i + 1), lines[i].cells
    if len(cells) == 1:
        if before is None or after is None or not item_number(normalize_width(after.cells[0])):
            return False  # (the rows of a table that numbers none, 「発言者 | 発言内容」, have headings between them)
        # the rows above it that touch, back to one as wide as the row after (the row right above may be a row of
        # fewer cells: a second indicator of the item above, its number and title cells merged over both)
        j = i - 1
        while j >= 0 and lines[j].number == lines[j + 1].number - 1 and len(lines[j].cells) >= 2:
            if len(lines[j].cells) == len(after.cells):
                return True
            j -= 1
        return False
    return (before is not None or after is not None) and all(_FIGURE_CELL.fullmatch(normalize_width(c).strip())
                                                              for c in cells[1:])


ITEM_CODE = re.compile(r"[A-Za-z]{1,3}-?\d+(?:[-.]\d+)*")
"""An item numbered by a code in a table's number column: 「R6-1」 (an item added in 令和6年度), 「H30-2」, 「A-1」."""


def item_number(cell: str) -> bool:
    """Whether a number column's cell numbers an item (「12」, 「No.3」, 「R6-1」; a 「合計」 row or a note ends the table)."""
    text = cell.strip().replace("No.", "").strip()
    return text.isdigit() or bool(ITEM_CODE.fullmatch(text)) or match_counter(cell) is not None


_FIGURE_CELL = re.compile(r"[-−―]|[0-9][0-9,.]*\s*[^\s0-9]{0,3}")
"""A cell that is a figure: a count or amount with at most a short unit (「４件」, 「12.5%」, 「1,200千円」), or a dash."""


_REFERENCE = re.compile(r"(?:では|には|とは|について|により|によって|より|から|まで|[でにをがとのへはも](?![ぁ-ゖ]))")
"""A particle right after a counter (「第２章で」「1-1の」「基本方針１では、」) makes it a reference in a sentence."""


def _attached(text: str, rest: str) -> bool:
    """Whether ``rest`` follows the counter with nothing between (「第２章で」, not 「1. はじめに」 or 「(1) の」)."""
    at = text.find(rest)
    return at > 0 and not re.match(r"[\s.．、,，)）】」:：]", text[at - 1])


_NO_KEY = re.compile(r"(?i)no\.?")
"""A number column's key that is part of the label (「No.」 | 「3」 -> No.3)."""


def _long_title_over_bullets(lines: list[Line], i: int) -> bool:
    """A title longer than PLAIN_TITLE_MAX (up to TITLE_MAX) still heads the bullets that follow it."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (len(line.cells) == 1 and len(line.plain) <= TITLE_MAX and "。" not in line.plain
            and nxt is not None and (nxt.listed or bool(_BULLET.match(nxt.plain))))


def _standalone_title(lines: list[Line], i: int) -> bool:
    """A short line set off by a blank line and followed by body text (not another short line only)."""
    if not _gap_after(lines, i) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    if _title_like(nxt):
        # a title followed by another title-like line: the outer heading of a pair, when that one has a body
        return i + 2 < len(lines) and not _title_like(lines[i + 2]) and _gap_after(lines, i + 1)
    return True


def _join_broken(lines: list[Line], at: int, title: str, consumed: int) -> tuple[str, int]:
    """A heading printed over two lines joined: one that breaks after a particle ("(3) 行政手続のオンライン化と" /
    "窓口サービスの向上"), or a long one whose last word ran onto a line of its own ("事業番号 103 通学路及び生活道路に
    おける交通安全施設" / "整備事業": a fragment of a few characters, no office, no 「項目：値」)."""
    if at + 1 >= len(lines) or _gap_after(lines, at):
        return title, consumed
    from .departments import trailing_departments  # (departments reads header roles from here)

    own, offices = trailing_departments(title)
    if offices:  # 「…「書かない窓口」の 担当課 戸籍住民課、市民課」 / 「導入による手続の簡素化」: the title wraps, not the box
        joined, taken = _join_broken(lines, at, own, consumed)
        return (f"{joined} {title[len(own):].strip()}", taken) if taken > consumed else (title, consumed)
    nxt = lines[at + 1]
    fragment = nxt.plain
    # a title that filled its line, or whose end is indented under it more than the lines after (a narrow column's
    # hanging indent: 「施策１３ 移住・定住の促進と空き家バンク」 / 「      制度の活用」)
    hanging = nxt.indent > lines[at].indent and (at + 2 >= len(lines) or nxt.indent > lines[at + 2].indent)
    tail = ((len(title) >= WRAPPED_TITLE_MIN or hanging) and len(fragment) <= WRAP_FRAGMENT_MAX and len(nxt.cells) == 1
            and not _OFFICE_END.search(fragment) and not re.search(r"[:：]", fragment)
            and not _CLOSED.search(title) and not _OPENS.match(fragment))  # 「…（市民課）」 / 「【取組内容】」: whole
    if not (CONTINUES.search(title) or tail):
        return title, consumed
    if _title_like(nxt) and not match_counter(fragment) and len(title) + len(fragment) <= TITLE_MAX:
        return title + fragment, consumed + 1
    return title, consumed


def _flattened_tables(blocks: list[Block]) -> list[Block]:
    """A table printed one cell per line (header cells, then each row's cells) -> table rows.

    Recognised by a run of at least three short header cells (番号, 取組名, 担当課 …) followed by a
    line holding the number 1; each later row starts at the next number.
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        header_end = i
        while (header_end < len(blocks) and blocks[header_end].kind in (BlockKind.paragraph, BlockKind.heading)
               and len(blocks[header_end].cells) == 1 and header_role(blocks[header_end].cells[0])):
            header_end += 1
        width = header_end - i
        if width >= 3 and header_end < len(blocks) and _row_number(blocks[header_end]) == 1:
            rows, j = _flat_rows(blocks, header_end, width)
            if len(rows) >= 2:
                header_lines = [ln for b in blocks[i:header_end] for ln in b.lines]
                out.append(Block(BlockKind.table_row, header_lines, [b.cells[0] for b in blocks[i:header_end]]))
                out.extend(rows)
                i = j
                continue
        out.append(blocks[i])
        i += 1
    return out


def _row_number(block: Block) -> int | None:
    if len(block.cells) != 1:
        return None
    text = normalize_width(block.cells[0]).strip()
    match = re.fullmatch(r"(?:No\.?\s*)?(\d{1,3})", text)
    return int(match.group(1)) if match else None


def _flat_rows(blocks: list[Block], start: int, width: int) -> tuple[list[Block], int]:
    rows: list[Block] = []
    i, expected = start, 1
    while i < len(blocks) and _row_number(blocks[i]) == expected:
        j = i + 1
        while j < len(blocks) and _row_number(blocks[j]) != expected + 1 and j - i < width * 3:
            if blocks[j].kind == BlockKind.heading and blocks[j].system.startswith(("md", "mark")):
                break
            if j - i >= width and blocks[j].lines[0].number - blocks[j - 1].lines[-1].number > 1:
                break  # a blank line after a full row ends the table
            j += 1
        if j >= len(blocks) or _row_number(blocks[j]) != expected + 1:
            j = min(j, i + width)  # the last row: no more cells than the header has
        cells = [b.text for b in blocks[i:j]]
        if len(cells) > width:
            cells = [*cells[: width - 1], "\n".join(cells[width - 1 :])]
        rows.append(Block(BlockKind.table_row, [ln for b in blocks[i:j] for ln in b.lines], cells))
        i, expected = j, expected + 1
    return rows, i
