"""Reader for 経営方針推進プログラム drafts (layout kind ``program_draft``).

The layout, as extracted from the PDF to plain text:

* a 目次 (table of contents) whose lines end with the page number;
* prose chapters (第1章 …, 第2章 …) with numbered sections "1 …" and
  subsections "(1) …";
* the 推進プログラムの体系 table(s): a caption line (実施プログラム / 検討プログラム),
  a header row "方向性 No. プログラム名" and rows "<方向性> <No.> <名称>";
* the program part: "方向性 N <名称>" headings and one block per program::

      実施プログラム <No> <名称> 担当課 関係課 <課> <課>
      現状や課題など            取組の方向性
      <left column text>  \\t\\t  <right column text>
      ▼スケジュール
      取組項目  令和3年度  令和4年度 …
      ・<項目>  <値> …

The printed program numbers are unreliable in the extraction (⑱ printed as
⑯, ② as "(2)" …), so every block's true number is resolved against the 体系
table by its name (fuzzy, the names carry OCR slips too), falling back to the
printed number only when it agrees with the running sequence.

Records: one ``program`` record per table entry and one ``section`` record per
numbered prose section that has a body. Pages come from the 目次 for sections;
programs carry a page only when the lines carry PDF page markers.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..jp import CIRCLED, circled
from ..structure.lines import Columns, cells_at, is_tabular, split_cells
from ..structure.pages import split_pages
from ..text_clean import clean_body, strip_html
from ..types import DocumentMeta, Record, RecordType
from .errors import DocumentFormatError
from .profiles import profiles

log = logging.getLogger(__name__)

PROFILE = profiles().program_draft
KINDS = tuple(PROFILE.kinds)

# A name must be this similar to a table name to identify the program, and
# clearly more similar than to any other table name.
NAME_MATCH_MIN = 0.75
NAME_MATCH_MARGIN = 0.1

def _spaced(word: str) -> str:
    """A word as OCR may print it, with spaces between its letters."""
    return r"\s*".join(map(re.escape, word))


_KIND_SUFFIX = next(
    (KINDS[0][i:] for i in range(len(KINDS[0])) if all(k.endswith(KINDS[0][i:]) for k in KINDS)), ""
)  # プログラム: what every kind ends with
_HEADER = re.compile(
    rf"^\s*({'|'.join(_spaced(k.removesuffix(_KIND_SUFFIX)) for k in KINDS)})\s*{_spaced(_KIND_SUFFIX)}"
)
_NUMBER = re.compile(
    r"^\s*(?:(?P<circled>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])"
    r"|(?P<paren>[\u2474-\u2487])"
    r"|[(（]\s*(?P<digits>\d{1,2})\s*[)）])\s*"
)
_PLAIN_NUMBER = re.compile(r"^\s*(?P<digits>\d{1,2})(?:\s+|$)")
_DIRECTION_CELL = re.compile(rf"^(?:{PROFILE.direction})?\s*(\d+)\s*[.．:：]?\s*(\S.*)$")
_DIRECTION_HEADING = re.compile(rf"^{PROFILE.direction}(\d+)(.*)$")
_TOC_ENTRY = re.compile(r"^(.*?\S)[\s.．…‥・]*?(\d+)\s*$")
_CHAPTER = re.compile(r"^第(\d+)章(.+)$")
_SECTION = re.compile(r"^(\d+)(\D.*)$")
_SUBSECTION = re.compile(r"^\((\d+)\)(.+)$")
_SEPARATOR = re.compile(r"^[-=|:\s]+$")
_CJK = r"\u3000-\u30ff\u3400-\u9fff\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}()])[ \t]+|[ \t]+(?=[{_CJK}()])")
_DEPT_LABELS = tuple(PROFILE.departments)


# --------------------------------------------------------------------------- numbers and text


def _circled_value(char: str) -> int:
    return CIRCLED[char]


def parse_number(text: str, *, plain: bool = False) -> tuple[int | None, str]:
    """A leading program number (①, ⑴, (2), and with ``plain`` also "2 ") and the rest."""
    m = _NUMBER.match(text)
    if m:
        if m.group("circled"):
            value = _circled_value(m.group("circled"))
        elif m.group("paren"):
            value = ord(m.group("paren")) - 0x2474 + 1
        else:
            value = int(m.group("digits"))
        return value, text[m.end() :].strip()
    if plain:
        m = _PLAIN_NUMBER.match(text)
        if m:
            return int(m.group("digits")), text[m.end() :].strip()
    return None, text.strip()


def squash(text: str) -> str:
    """NFKC and no whitespace: the key used to compare headings and names."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


cells = split_cells
"""The cells of a line: tab-separated (empty cells kept for positions) or, in PDF-style text, space-separated."""


def clean_title(text: str) -> str:
    """One-line title: HTML removed, whitespace collapsed, no spaces next to Japanese or brackets.

    The extraction spaces titles inconsistently ("DX の推進", "DXの推進 (…)"); the
    spaces are dropped so every title reads like "DXの推進(ICT活用による…)".
    """
    text = clean_body(text).replace("\n", " ")
    return _SPACE_NEAR_CJK.sub("", text).strip()


def _is_blank(line: str) -> bool:
    return not line.strip()


# --------------------------------------------------------------------------- 目次


def parse_toc(lines: list[str]) -> tuple[dict[str, int], int]:
    """The 目次 as {heading key: page} and the index of the first line after it."""
    start = next((i for i, line in enumerate(lines) if squash(line) == "目次"), None)
    if start is None:
        return {}, 0
    toc: dict[str, int] = {}
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if not _is_blank(line):
            m = _TOC_ENTRY.match(line.strip())
            if not m:
                break
            toc.setdefault(squash(m.group(1)).rstrip(".・…"), int(m.group(2)))
        i += 1
    return toc, i


# --------------------------------------------------------------------------- 体系 table


@dataclass
class TableEntry:
    """One row of the 推進プログラムの体系 table."""

    number: int
    name: str
    kind: str | None
    direction: int | None
    direction_name: str
    line: int  # 0-based


@dataclass
class Table:
    entries: list[TableEntry] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # line indexes replaced by ``rendered``
    rendered: dict[int, str] = field(default_factory=dict)  # first line index -> readable text


def _table_header(line: str) -> bool:
    key = squash(line)
    return key.startswith(PROFILE.direction) and PROFILE.name_header in key


def _table_row(line: str) -> tuple[int, str, str] | None:
    """(number, name, direction cell) of a table row, or None if the line is no row."""
    row = cells(line)
    for idx, cell in enumerate(row):
        number, rest = parse_number(cell)
        if number is None:
            continue
        name = rest or next((c for c in row[idx + 1 :] if c), "")
        direction = next((c for c in row[:idx] if c), "")
        return (number, name, direction) if name else None
    return None


def parse_table(lines: list[str], start: int, end: int) -> Table:
    """Every 体系 table between ``start`` and ``end``: its rows and a readable rendering."""
    table = Table()
    i = start
    while i < end:
        if not _table_header(lines[i]):
            i += 1
            continue
        caption_at = _caption_before(lines, i, start)
        kind = _kind_of(lines[caption_at]) if caption_at is not None else None
        first = caption_at if caption_at is not None else i
        table.consumed.update(range(first, i + 1))
        i, rows = _table_rows(lines, i + 1, end, kind, table)
        table.rendered[first] = _render_table(kind, rows)
    return table


def _caption_before(lines: list[str], header: int, start: int) -> int | None:
    """The caption line (実施プログラム / 検討プログラム alone) right above a table header."""
    j = header - 1
    while j >= start and _is_blank(lines[j]):
        j -= 1
    if j >= start and _kind_of(lines[j]) and not squash(_HEADER.sub("", lines[j])):
        return j
    return None


def _kind_of(line: str) -> str | None:
    m = _HEADER.match(line)
    return None if m is None else next(k for k in KINDS if k.startswith(squash(m.group(1))))


def _table_rows(
    lines: list[str], i: int, end: int, kind: str | None, table: Table
) -> tuple[int, list[TableEntry]]:
    """Read rows from line ``i``; number them by sequence where the print disagrees."""
    rows: list[TableEntry] = []
    direction, direction_name = None, ""
    while i < end:
        if _is_blank(lines[i]):
            i += 1
            continue
        row = _table_row(lines[i])
        if row is None:
            break
        printed, name, direction_cell = row
        m = _DIRECTION_CELL.match(direction_cell)
        if m:
            direction, direction_name = int(m.group(1)), clean_title(m.group(2))
        previous = table.entries[-1].number if table.entries else None
        number = printed if previous is None or printed == previous + 1 else previous + 1
        if number != printed:
            log.warning("体系 table line %d: number %s read as %s by sequence", i + 1, printed, number)
        entry = TableEntry(number, clean_title(name), kind, direction, direction_name, i)
        table.entries.append(entry)
        rows.append(entry)
        table.consumed.add(i)
        i += 1
    return i, rows


def _render_table(kind: str | None, rows: list[TableEntry]) -> str:
    """The table as "実施プログラム一覧:", then each 方向性 and its programs, one per line."""
    out = [f"{kind or 'プログラム'}一覧:"]
    direction = None
    for row in rows:
        if row.direction != direction and row.direction is not None:
            out.append(f"方向性{row.direction} {row.direction_name}")
            direction = row.direction
        out.append(f"{circled(row.number)} {row.name}")
    return "\n".join(out)


# --------------------------------------------------------------------------- program blocks


@dataclass
class Block:
    """One 実施/検討プログラム block as printed."""

    kind: str
    printed: int | None
    name: str
    line: int  # 0-based index of the header line
    direction: int | None
    dept_tokens: list[str] = field(default_factory=list)
    left_heading: str = "現状や課題など"
    right_heading: str = "取組の方向性"
    right_column: int = 1
    left: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    columns: Columns | None = None  # the schedule table's columns (its 取組項目 header line)
    right_start: int | None = None  # display column of the right heading, in layout-kept text
    schedule: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    state: str = "header"


@dataclass
class ProgramPart:
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # "◆◇実施プログラム◇◆ …" lines


def is_block_header(line: str) -> bool:
    """A program header or the 記載例 legend (not the bare caption of the 体系 table)."""
    return _HEADER.match(line) is not None and bool(squash(_HEADER.sub("", line)))


def _is_legend(rest: str) -> bool:
    key = squash(rest)
    return key.startswith("No") or "記載例" in key


def _is_note(line: str) -> bool:
    """A note introducing a group of programs, e.g. "◆◇実施プログラム◇◆ 速やかに…"."""
    return line.startswith(("◆", "◇")) and "プログラム" in line[:12]


def _direction_heading(line: str) -> int | None:
    key = squash(line)
    m = _DIRECTION_HEADING.match(key)
    if m and m.group(2) and "。" not in key and len(key) < 60:
        return int(m.group(1))
    return None


def program_part_start(lines: list[str], start: int) -> int:
    """Index where the program part begins: the first block header (or legend),
    moved up over the 方向性 heading that introduces it."""
    first = next((i for i in range(start, len(lines)) if is_block_header(lines[i])), len(lines))
    i = first
    while i > start and (
        _is_blank(lines[i - 1]) or _SEPARATOR.match(lines[i - 1]) or _direction_heading(lines[i - 1])
    ):
        i -= 1
    while i < first and _is_blank(lines[i]):
        i += 1
    return i


def parse_program_part(lines: list[str], start: int, meta: DocumentMeta) -> ProgramPart:
    """Split the program part into blocks; keep the ◆◇ notes apart."""
    part = ProgramPart()
    block: Block | None = None
    direction: int | None = None
    in_legend = False
    for i in range(start, len(lines)):
        line = lines[i]
        stripped = line.strip()
        if not stripped or _SEPARATOR.match(stripped):
            continue
        if _is_note(stripped):
            part.notes.append(stripped)
            block, in_legend = None, False
        elif (number := _direction_heading(line)) is not None:
            direction, block, in_legend = number, None, False
        elif is_block_header(line):
            block, in_legend = _start_block(line, i, direction, meta), False
            if block is None:
                in_legend = True
            else:
                part.blocks.append(block)
        elif block is not None:
            _feed(block, line)
        elif not in_legend:
            log.warning("%s:%d: line outside any program block ignored", meta.source_file, i + 1)
    return part


def _start_block(line: str, index: int, direction: int | None, meta: DocumentMeta) -> Block | None:
    """A Block from its header line, or None for the 記載例 legend."""
    m = _HEADER.match(line)
    assert m is not None
    kind = _kind_of(line) or KINDS[0]
    rest = " ".join(c for c in cells(line[m.end() :]) if c)
    if _is_legend(rest):
        return None
    dept = re.search("|".join(_DEPT_LABELS), rest)
    head, dept_text = (rest[: dept.start()], rest[dept.start() :]) if dept else (rest, "")
    printed, name = parse_number(head, plain=True)
    if not name:
        raise DocumentFormatError(meta.source_file, index + 1, f"{kind} header without a program name")
    block = Block(kind=kind, printed=printed, name=name, line=index, direction=direction)
    block.dept_tokens.extend(_dept_tokens(dept_text))
    return block


def _dept_tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s、，,]+", text) if t]


def _feed(block: Block, line: str) -> None:
    """Route one line of a block to departments, column headings, body or schedule."""
    row = cells(line)
    key = squash(line)
    if key.startswith(PROFILE.schedule_marks[0]) or key in PROFILE.schedule_marks[1:]:
        block.state = "schedule"
    elif squash(row[0]) == PROFILE.schedule_header:
        block.years = [squash(c) for c in row[1:]]
        block.columns = Columns.from_header(line)
        block.state = "schedule"
    elif block.state == "header" and any(label in key for label in _DEPT_LABELS):
        block.dept_tokens.extend(_dept_tokens(" ".join(row)))
    elif block.state != "schedule" and _column_headings(block, row):
        if not is_tabular(line) or "\t" not in line:
            block.right_start = next((s for s, c in cells_at(line) if PROFILE.right_heading in c), None)
        block.state = "body"
    elif block.state == "schedule":
        _schedule_row(block, block.columns.align(line) if block.columns else row)
    else:
        block.state = "body"
        _body_line(block, row, _right_by_position(block, line))


def _column_headings(block: Block, row: list[str]) -> bool:
    """Take "現状や課題など … 取組の方向性" as the column headings; True if it is that line."""
    filled = [(i, c) for i, c in enumerate(row) if c]
    if len(filled) != 2 or not filled[0][1].startswith(PROFILE.left_heading) or PROFILE.right_heading not in filled[1][1]:
        return False
    block.left_heading, block.right_heading = filled[0][1], filled[1][1]
    block.right_column = filled[1][0]
    return True


def _right_by_position(block: Block, line: str) -> bool | None:
    """In layout-kept text, whether a one-cell line stands under the right column heading."""
    if block.right_start is None or "\t" in line:
        return None
    found = cells_at(line)
    return len(found) == 1 and found[0][0] >= block.right_start - 1


def _body_line(block: Block, row: list[str], right: bool | None = None) -> None:
    """Left cell -> 現状や課題, the cells after it -> 取組の方向性.

    The extraction puts both columns in one line separated by tabs; the tab
    positions do not always match the heading line, so the first filled cell is
    the left column and every later one the right column. A line with one cell
    goes by its position relative to the right column heading.
    """
    filled = [(i, c) for i, c in enumerate(row) if c]
    if not filled:
        return
    if len(filled) == 1:
        index, text = filled[0]
        on_right = right if right is not None else index >= block.right_column > 0
        (block.right if on_right else block.left).append(text)
        return
    block.left.append(filled[0][1])
    block.right.append("\n".join(c for _, c in filled[1:]))


def _schedule_row(block: Block, row: list[str]) -> None:
    """One 取組項目 row -> readable lines "・<項目> — 令和4年度: 実施"."""
    item_text = clean_body(row[0]).replace("\n", " ")
    if item_text.startswith("・"):
        items = [f"・{t.strip()}" for t in re.split(r"(?:^|\s)・", item_text) if t.strip()]
    else:
        items = [item_text] if item_text else []
    values = [
        (_year(block, i), [clean_body(v) for v in strip_html(c).splitlines() if v.strip()])
        for i, c in enumerate(row[1:], start=1)
        if c
    ]
    if not items:
        return
    if len(items) == 1:
        block.schedule.append(_schedule_line(items[0], [(y, " / ".join(v)) for y, v in values]))
    elif all(len(v) == len(items) for _, v in values):
        for n, item in enumerate(items):
            block.schedule.append(_schedule_line(item, [(y, v[n]) for y, v in values]))
    else:
        # Several items in one cell and year cells that do not line up with them.
        block.schedule.extend(items)
        block.schedule.extend(f"{y}: {' / '.join(v)}" for y, v in values)
        block.flags.append("schedule_unaligned")


def _year(block: Block, column: int) -> str:
    if column - 1 < len(block.years) and block.years[column - 1]:
        return block.years[column - 1]
    return f"列{column}"


def _schedule_line(item: str, values: list[tuple[str, str]]) -> str:
    done = [f"{year}: {value}" for year, value in values if value]
    return f"{item} — {' / '.join(done)}" if done else item


# --------------------------------------------------------------------------- resolving numbers


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, squash(a), squash(b)).ratio()


def match_name(name: str, entries: list[TableEntry]) -> TableEntry | None:
    """The table entry whose name clearly matches ``name`` (OCR slips tolerated)."""
    scored = sorted(((_similarity(name, e.name), e.number, e) for e in entries), reverse=True)
    if not scored or scored[0][0] < NAME_MATCH_MIN:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < NAME_MATCH_MARGIN:
        return None
    return scored[0][2]


def resolve_numbers(blocks: list[Block], table: list[TableEntry], meta: DocumentMeta) -> dict[int, Block]:
    """True number -> block. Name match first; else the printed number if it continues the sequence."""
    by_number = {e.number: e for e in table}
    resolved: dict[int, Block] = {}
    previous = 0
    for block in blocks:
        entry = match_name(block.name, table)
        if entry is not None:
            number = entry.number
        elif block.printed is not None and block.printed == previous + 1 and block.printed in by_number:
            number = block.printed
        else:
            raise DocumentFormatError(
                meta.source_file,
                block.line + 1,
                f"cannot resolve the number of {block.kind} {block.name!r} (printed "
                f"{circled(block.printed) if block.printed else 'none'}): "
                "its name matches no 体系 table entry and the number does not follow the sequence",
            )
        if number in resolved:
            raise DocumentFormatError(
                meta.source_file,
                block.line + 1,
                f"{block.kind} {block.name!r} resolves to {circled(number)}, "
                f"already taken by the block at line {resolved[number].line + 1}",
            )
        if block.printed != number:
            log.info(
                "%s:%d: %s printed as %s, resolved to %s",
                meta.source_file,
                block.line + 1,
                block.name,
                block.printed,
                number,
            )
        resolved[number] = block
        previous = number
    return resolved


# --------------------------------------------------------------------------- records


def _departments(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(担当課, 関係課) from the header tokens, e.g. [担当課, 関係課, 政策課, 全課].

    Labels queue up and the following names fill them in order; the layout's
    legend says the 担当課 is one 課, so names beyond it belong to the 関係課.
    """
    lead: list[str] = []
    related: list[str] = []
    pending: list[str] = []
    current = "担当課"
    for token in tokens:
        if token in _DEPT_LABELS:
            pending.append(token)
            continue
        current = pending.pop(0) if pending else ("関係課" if current == "担当課" and lead else current)
        target = lead if current == "担当課" else related
        if token not in target:
            target.append(token)
    return lead, related


def _program_record(
    meta: DocumentMeta, number: int, entry: TableEntry, block: Block | None, pages: list[int | None]
) -> Record:
    kind = entry.kind or (block.kind if block else KINDS[0])
    title = entry.name or clean_title(block.name if block else "")
    section = f"方向性{entry.direction} {entry.direction_name}" if entry.direction else ""
    fields: dict[str, str] = {}
    flags: list[str] = []
    departments: list[str] = []
    parts: list[str] = []
    if block is None:
        flags.append("no_block")
    else:
        lead, related = _departments(block.dept_tokens)
        departments = lead + [d for d in related if d not in lead]
        for name, values in (("担当課", lead), ("関係課", related)):
            if values:
                fields[name] = "、".join(values)
        for name, heading, body in (
            ("現状や課題", block.left_heading, block.left),
            ("取組の方向性", block.right_heading, block.right),
        ):
            text = clean_body("\n".join(body))
            if text:
                fields[name] = text
                parts.append(f"{heading}: {text}")
        schedule = "\n".join(line for line in block.schedule if line)
        if schedule:
            fields["スケジュール"] = schedule
            parts.append(f"スケジュール: {schedule}")
        elif kind == KINDS[0]:
            flags.append("no_schedule")
        if block.printed != number:
            flags.append("number_misprint")
        flags.extend(f for f in block.flags if f not in flags)
        if not section and block.direction:
            section = f"方向性{block.direction}"
    if not parts:
        flags.append("no_body")
    page = pages[block.line] if block is not None else None
    return Record.create(
        meta,
        label=f"{kind}{circled(number)}",
        text="\n\n".join(parts) or title,
        record_type=RecordType.program,
        number=number,
        title=title,
        section=section,
        departments=departments,
        page=page,
        fields=fields,
        flags=flags,
    )


def program_records(
    meta: DocumentMeta, table: list[TableEntry], part: ProgramPart, pages: list[int | None]
) -> list[Record]:
    resolved = resolve_numbers(part.blocks, table, meta)
    records = []
    for entry in table:
        block = resolved.get(entry.number)
        if block is None:
            log.warning("%s: %s%s has no block", meta.source_file, entry.kind, circled(entry.number))
        records.append(_program_record(meta, entry.number, entry, block, pages))
    return records


# --------------------------------------------------------------------------- prose sections


@dataclass
class Heading:
    level: str  # chapter / section / subsection
    number: int
    title: str
    key: str  # squashed heading line, the 目次 key
    line: int


_MARK = re.compile(r"^(?:第\s*\d+\s*章|[(（]\s*\d+\s*[)）]|\d+)\s*")


def _heading(lines: list[str], index: int, toc: dict[str, int]) -> Heading | None:
    """A chapter/section/subsection heading line; with a 目次 only the headings it lists."""
    line = lines[index].strip()
    if not line or "\t" in line:
        return None
    key = squash(line)
    if len(key) > 40 or key.endswith("。") or (toc and key not in toc):
        return None
    for level, pattern in (("chapter", _CHAPTER), ("subsection", _SUBSECTION), ("section", _SECTION)):
        m = pattern.match(key)
        if m:
            title = _MARK.sub("", unicodedata.normalize("NFKC", line), count=1)
            return Heading(level, int(m.group(1)), clean_title(title), key, index)
    return None


def section_records(
    meta: DocumentMeta,
    lines: list[str],
    pages: list[int | None],
    span: tuple[int, int],
    toc: dict[str, int],
    table: Table,
    notes: list[str],
) -> list[Record]:
    """One record per heading with a body, from the prose between ``span``."""
    units: list[tuple[Heading, list[str]]] = []
    for i in range(*span):
        heading = _heading(lines, i, toc)
        if heading is not None:
            units.append((heading, []))
        elif units:
            units[-1][1].append(table.rendered.get(i, "") if i in table.consumed else lines[i])
    if notes:
        host = _table_unit(units, table)
        host[1].extend(notes)
    return _unit_records(meta, units, pages, toc)


def _table_unit(units: list[tuple[Heading, list[str]]], table: Table) -> tuple[Heading, list[str]]:
    """The unit that holds the 体系 table (the notes about the programs go there)."""
    first = min(table.rendered)
    candidates = [u for u in units if u[0].line < first]
    return candidates[-1] if candidates else units[-1]


def _unit_records(
    meta: DocumentMeta, units: list[tuple[Heading, list[str]]], pages: list[int | None], toc: dict[str, int]
) -> list[Record]:
    records = []
    chapter: Heading | None = None
    section: Heading | None = None
    for heading, body in units:
        if heading.level == "chapter":
            chapter, section = heading, None
        elif heading.level == "section":
            section = heading
        text = clean_body("\n".join(body))
        if not text:
            continue
        prefix = f"第{chapter.number}章" if chapter else ""
        path = [f"{prefix} {chapter.title}"] if chapter else []
        if heading.level == "chapter":
            label = prefix
        elif heading.level == "section":
            label = f"{prefix}{heading.number}"
        else:
            sec = section.number if section else ""
            label = f"{prefix}{sec}({heading.number})"
            if section:
                path.append(f"{section.number} {section.title}")
        page = toc.get(heading.key, pages[heading.line])
        records.append(
            Record.create(
                meta,
                label=label,
                text=text,
                record_type=RecordType.section,
                number=heading.number,
                title=heading.title,
                section=" > ".join(path),
                departments=[],
                page=page,
            )
        )
    return records


# --------------------------------------------------------------------------- entry point


def read(lines: list[str], meta: DocumentMeta) -> list[Record]:
    """Records of a 経営方針推進プログラム document: its programs and prose sections."""
    lines, pages = split_pages(lines)
    toc, body_start = parse_toc(lines)
    program_start = program_part_start(lines, body_start)
    table = parse_table(lines, body_start, program_start)
    part = parse_program_part(lines, program_start, meta)
    if not part.blocks:
        raise DocumentFormatError(meta.source_file, None, "no 実施/検討プログラム blocks found")
    if not table.entries:
        raise DocumentFormatError(
            meta.source_file,
            part.blocks[0].line + 1,
            "no 推進プログラムの体系 table (方向性 / No. / プログラム名) before the program blocks",
        )
    sections = section_records(meta, lines, pages, (body_start, program_start), toc, table, part.notes)
    return sections + program_records(meta, table.entries, part, pages)
