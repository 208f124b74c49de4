"""Reader for the 進捗状況報告書 layout (``progress_report``), e.g. 狛江市 000.

The layout:

* a 目次 whose entries end in a page number (``5. 指標-----  5``);
* ``N. 取組項目一覧``: the TOC of action items, nested 施策 > 方向性 > 基本事業 >
  ``取組項目 NN title P.n`` (the page of each item comes from here);
* ``N. 指標``: one small table per indicator (name, 説明, a header row of
  ``…年度末…値`` columns, a row of values) with ``※n`` notes printed below;
* the body: per 基本事業 a heading, ``指標No.…`` and a description paragraph,
  then per item ``取組項目NN title / 推進部署 depts / R3 年度の取組状況 text``.

The text is a messy PDF extraction, so the body is read as *cells* (tab-,
HTML-cell- and double-space-separated pieces of lines). Rules:

* an item's block runs from its header to the next item header, cut at the
  first structural line (Markdown heading, 施策/方向性/基本事業/指標 heading,
  a 施策 name from the TOC, the colophon). When a header is repeated (an HTML
  table copy followed by the plain copy) only the last copy is read;
* the status heading (``R3 年 度 の 取 組 状 況``, split or partial, also as
  one character per line) is noise: whole-noise cells are dropped and a
  heading prefix on a cell is removed; characters of a vertical heading that
  the extraction interleaved *inside* a sentence are left as printed;
* ``推進部署`` is split on ／ and / outside parentheses; ``関係各課（A／B）``
  gives A and B (a bare ``関係各課`` is kept as printed). When the value cell
  was shifted past the status heading (it happens) it is taken only if it
  looks like department names; otherwise departments stay empty.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..structure.blocks import header_roles
from ..structure.departments import looks_like_departments, split_departments
from ..structure.lines import Columns, split_cells
from ..structure.pages import PAGE_MARK, split_pages
from ..text_clean import clean_body, clean_markdown
from ..types import DocumentMeta, Record, RecordType, reiwa
from .errors import DocumentFormatError
from .profiles import profiles

_CELL_BREAK = re.compile(r"<\s*(?:br|/p|/li|/tr|/td|/th|/table|/ul|/ol)\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")
_BULLET = re.compile(r"^[-*]\s+")
_NUMBERED = re.compile(r"^(?:#{1,6}\s*)?(\d{1,2})(?:\s*[.．]\s*|[ \u3000]+)(?=[^\d\s])([^\t]{1,40}?)\s*$")
_CONTENTS = re.compile(r"^(\d+)(?:\s*[.．]\s*|\s+)(.+?)\s*[-－―—…‥]{3,}\s*(\d+)\s*$")
PROFILE = profiles().progress_report
_LEVELS = tuple(PROFILE.levels)
_LEVEL = re.compile(rf"^({'|'.join(_LEVELS)})\s*(\d+)\s*(.*)$")
_TOC_ITEM = re.compile(
    rf"^{PROFILE.item}\s*(\d{{1,3}})\s*(.+?)\s*(?:P\s*[.．]\s*|[.．…‥・\-－―]{{2,}}\s*|\s(?=\d{{1,3}}$))(\d{{1,3}})$"
)
_HEADER = re.compile(rf"^{PROFILE.item}\s*(\d{{1,3}})(?!\d)")
_INDICATOR_REF = re.compile(rf"^{PROFILE.indicators}\s*(?:No|NO|N0|№|Ｎｏ)\s*[.．]?\s*([\d・、,]+)")
_COLOPHON = re.compile(rf"^(?:{'|'.join(PROFILE.colophon)})")
# The status heading and its fragments (R3 年 度 の 取 組 状 況, in order, any part).
_YEAR = r"(?:R\s*\d{1,2}|令\s*和\s*(?:元|\d{1,2})|(?:19|20)\d\d)"
"""A fiscal year as a status heading prints it: R3, 令和4, 2022."""
_NOISE_CELL = re.compile(
    rf"^(?:{_YEAR}\s*)?(?:年\s*)?(?:度\s*)?(?:の\s*)?(?:取\s*)?(?:組\s*)?(?:状\s*)?(?:況\s*)?$"
)
_NOISE_PREFIX = re.compile(rf"^{_YEAR}\s*(?:年\s*)?度\s*の\s*取\s*組(?:\s*状\s*況)?\s*")
_NOISE_CHAR_PREFIX = re.compile(rf"^(?:{_YEAR}|[年度の取組状況])\s+(?=\S)")
_DEPT_KEY = re.compile(rf"^({header_roles()['department'].pattern})(?![^\s:：\u3000])")
_DASHES = re.compile(r"^[-－―—ー\s]+$")
_NOTE = re.compile(r"^※\s*(\d+)\s*(\S.*)$")
_NOTE_REF = re.compile(r"※\s*(\d+)")


@dataclass(frozen=True)
class TocItem:
    number: int
    title: str
    path: tuple[str, ...]
    page: int
    line: int  # index into the (marker-free) lines


def _plain(text: str) -> str:
    """Tags and Markdown marks removed, entities decoded, trimmed."""
    return html.unescape(clean_markdown(_TAG.sub(" ", text))).strip()


def _cells(line: str) -> list[str]:
    """The non-empty pieces of a line: split at tabs, HTML cell/paragraph ends and 2+ spaces."""
    text = html.unescape(clean_markdown(_TAG.sub(" ", _CELL_BREAK.sub("\t", line))))
    pieces = (_BULLET.sub("", p.strip()) for p in re.split(r"\t| {2,}", text))
    return [p for p in pieces if p]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _flat(line: str) -> str:
    return " ".join(_cells(line))


def _strip_noise(cell: str) -> str:
    """A cell without status-heading noise ('' if it was only noise or a dash rule)."""
    cell = _NOISE_PREFIX.sub("", cell).strip()
    if _NOISE_CELL.match(cell) or _DASHES.match(cell):
        return ""
    return _NOISE_CHAR_PREFIX.sub("", cell).strip()


def _header_number(line: str) -> int | None:
    """The item number if the line starts an item block (``取組項目NN`` first, after noise)."""
    for cell in _cells(line):
        cell = _strip_noise(cell)
        if cell:
            match = _HEADER.match(cell)
            return int(match.group(1)) if match else None
    return None


def _find_section(lines: list[str], name: str) -> int | None:
    """Index of the numbered heading ``N. <name>`` (not a 目次 entry)."""
    for i, line in enumerate(lines):
        match = _NUMBERED.match(line.strip())
        if match and _squash(match.group(2)) == name:
            return i
    return None


def _section_end(lines: list[str], start: int, contents: dict[str, int]) -> int:
    """Index of the next numbered heading with a higher number, or the end. When the document has a
    目次, only headings it lists count (a table row such as 「7  【関連基本事業】」 is not one)."""
    own = int(_NUMBERED.match(lines[start].strip()).group(1))  # type: ignore[union-attr]
    for i in range(start + 1, len(lines)):
        match = _NUMBERED.match(lines[i].strip())
        if match and int(match.group(1)) > own and (not contents or _squash(match.group(2)) in contents):
            return i
    return len(lines)


def _contents_pages(lines: list[str]) -> dict[str, int]:
    """目次 entries: squashed section name -> page."""
    pages: dict[str, int] = {}
    for line in lines:
        match = _CONTENTS.match(line.strip())
        if match:
            pages.setdefault(_squash(match.group(2)), int(match.group(3)))
    return pages


def _parse_toc(
    lines: list[str], start: int, end: int, meta: DocumentMeta, numbers: list[int]
) -> list[TocItem]:
    """The 取組項目一覧 entries with their 施策 > 方向性 > 基本事業 path."""
    path: list[str] = []
    items: list[TocItem] = []
    seen: set[int] = set()
    for i in range(start + 1, end):
        flat = _flat(lines[i])
        level = _LEVEL.match(flat)
        if level:
            depth = _LEVELS.index(level.group(1))
            path = [*path[:depth], f"{level.group(1)}{level.group(2)} {level.group(3).strip()}".strip()]
            continue
        if not flat.startswith(PROFILE.item):
            continue
        item = _TOC_ITEM.match(flat)
        if not item:
            raise DocumentFormatError(
                meta.source_file, numbers[i], f"取組項目一覧 entry without a page (P.n): {flat!r}"
            )
        number = int(item.group(1))
        if number in seen:
            raise DocumentFormatError(
                meta.source_file, numbers[i], f"取組項目{number:02d} is listed twice in 取組項目一覧"
            )
        seen.add(number)
        items.append(TocItem(number, item.group(2).strip(), tuple(path), int(item.group(3)), i))
    return items


def _is_boundary(line: str, names: set[str]) -> bool:
    """A structural line that ends an item block (heading, 施策 name, 指標 ref, colophon)."""
    if line.lstrip().startswith("#"):
        return True
    flat = _flat(line)
    return bool(flat) and bool(
        _LEVEL.match(flat) or _INDICATOR_REF.match(flat) or _COLOPHON.match(flat) or _squash(flat) in names
    )


def _item_blocks(
    lines: list[str], headers: list[tuple[int, int]], names: set[str], meta: DocumentMeta, numbers: list[int]
) -> dict[int, tuple[int, int]]:
    """Item number -> (first, end) line range of its block (last copy of a repeated header)."""
    runs: list[tuple[int, int]] = []  # (last header line of the run, number)
    for i, n in headers:
        if runs and runs[-1][1] == n:
            runs[-1] = (i, n)
        elif any(number == n for _, number in runs):
            raise DocumentFormatError(
                meta.source_file, numbers[i], f"取組項目{n:02d} has a second, separate block"
            )
        else:
            runs.append((i, n))
    next_starts = [i for i, _ in headers]
    blocks: dict[int, tuple[int, int]] = {}
    for first, n in runs:
        end = next((i for i in next_starts if i > first), len(lines))
        end = next((j for j in range(first + 1, end) if _is_boundary(lines[j], names)), end)
        blocks[n] = (first, end)
    return blocks


def _parse_block(cells: list[str], number: int) -> tuple[str | None, str, list[str]]:
    """(department value or None, its key as printed, status cells) from the cells of an item block.

    The department key is any department header of ``data/table_headers.tsv`` (推進部署, 担当課 …)."""
    starts = [
        k for k, c in enumerate(cells) if (m := _HEADER.match(_strip_noise(c))) and int(m.group(1)) == number
    ]
    rest = [_strip_noise(c) for c in cells[starts[-1] :]]
    title_in_header = bool(_HEADER.sub("", rest[0]).strip())
    i = 1 if title_in_header or len(rest) < 2 or _DEPT_KEY.match(rest[1]) else 2  # skip the title cell
    departments, key = None, "推進部署"
    if i < len(rest) and (found := _DEPT_KEY.match(rest[i])):
        key = found.group(1)
        value = rest[i][found.end() :].strip(" :：\u3000")
        i += 1
        if not value:  # value missing or shifted past the status heading
            j = next((k for k in range(i, len(rest)) if rest[k]), None)
            if j is not None and looks_like_departments(rest[j]):
                value, rest[j] = rest[j], ""
        departments = value or None
    return departments, key, [c for c in rest[i:] if c]


def _unit_notes(lines: list[str], start: int, stops: set[int], names: set[str]) -> dict[str, dict[str, str]]:
    """Squashed 基本事業 heading -> {"基本事業の説明": …, "関連指標": …} read from the body.

    A heading read twice (ambiguous) is dropped rather than guessed.
    """
    notes: dict[str, dict[str, str]] = {}
    repeated: set[str] = set()
    for i in range(start, len(lines)):
        cells = _cells(lines[i])
        unit = _LEVEL.match(cells[0]) if cells else None
        if not unit or unit.group(1) != _LEVELS[-1]:
            continue
        name, _, tail = unit.group(3).partition(PROFILE.indicators)  # 指標No.… may share the heading cell
        key = _squash(f"{_LEVELS[-1]}{unit.group(2)}{name}")
        repeated |= {key} & notes.keys()
        notes[key] = _unit_body(lines, i, ([f"{PROFILE.indicators}{tail}"] if tail else []) + cells[1:], stops, names)
    return {k: v for k, v in notes.items() if k not in repeated}


def _unit_body(
    lines: list[str], at: int, cells: list[str], stops: set[int], names: set[str]
) -> dict[str, str]:
    """Description and 指標 references from a 基本事業 heading up to the next item or heading."""
    j = at + 1
    while j < len(lines) and j not in stops:
        if _is_boundary(lines[j], names) and not _INDICATOR_REF.match(_flat(lines[j])):
            break
        cells += _cells(lines[j])
        j += 1
    prose, refs = [], []
    for cell in cells:
        ref = _INDICATOR_REF.match(cell)
        if ref:
            refs.append(f"{PROFILE.indicators}No." + "・".join(re.findall(r"\d+", ref.group(1))))
        elif cell := _strip_noise(cell):
            prose.append(cell)
    found = {f"{_LEVELS[-1]}の説明": clean_body("\n".join(prose)),
             f"関連{PROFILE.indicators}": "、".join(dict.fromkeys(refs))}
    return {k: v for k, v in found.items() if v}


def _read_indicators(
    lines: list[str], start: int, end: int, meta: DocumentMeta, page: int | None, numbers: list[int]
) -> list[Record]:
    """One record per indicator table in the 指標 section (anchored on its year-header row)."""
    notes = {
        m.group(1): f"※{m.group(1)} {m.group(2).strip()}"
        for ln in lines[start:end]
        if (m := _NOTE.match(_plain(ln)))
    }
    header_rows = [i for i in range(start + 1, end) if sum("年度末" in c for c in split_cells(lines[i])) >= 2]
    name_rows = [
        _indicator_name_row(lines, h, prev)
        for h, prev in zip(header_rows, [start, *header_rows], strict=False)
    ]
    records: list[Record] = []
    for k, h in enumerate(header_rows):
        stop = name_rows[k + 1] if k + 1 < len(name_rows) else end
        block = [[_plain(c) for c in split_cells(lines[i])] for i in range(name_rows[k], stop)]
        number = next((int(row[0]) for row in block if re.fullmatch(r"\d{1,2}", row[0])), k + 1)
        if any(r.number == number for r in records):
            raise DocumentFormatError(meta.source_file, numbers[h], f"指標No.{number} appears twice")
        name = " ".join(c for c in block[0] if c and not re.fullmatch(r"\d{1,2}", c))
        explain = next((c for row in block for c in row if c.startswith("説明")), "")
        records.append(
            _indicator_record(
                meta,
                number,
                name,
                explain,
                _indicator_values(lines, h, stop),
                notes,
                page,
                _plain(lines[start]),
            )
        )
    return records


def _indicator_name_row(lines: list[str], header: int, previous: int) -> int:
    """The indicator name's row: the non-empty row above its 説明 row (or above the header row)."""
    above = [i for i in range(header - 1, previous, -1) if _plain(lines[i])]
    explain = next(
        (i for i in above if any(_plain(c).startswith("説明") for c in split_cells(lines[i]))), None
    )
    return next((i for i in above if explain is None or i < explain), header)


def _indicator_values(lines: list[str], header: int, stop: int) -> dict[str, str]:
    """Year column label -> value as printed, by column position (right-aligned as fallback)."""
    columns = Columns.from_header(lines[header])
    labels = [_plain(c) for c in columns.names]
    row = next((lines[i] for i in range(header + 1, stop) if _plain(lines[i])), "")
    cells = [_plain(c) for c in columns.align(row)]
    columns = [k for k, label in enumerate(labels) if "年度末" in label]
    if len(cells) > max(columns) and all(cells[k] for k in columns):
        return {labels[k]: cells[k] for k in columns}
    filled = [c for c in cells if c][-len(columns) :]
    return {labels[k]: v for k, v in zip(columns[len(columns) - len(filled) :], filled, strict=True)}


def _indicator_record(
    meta: DocumentMeta,
    number: int,
    name: str,
    explain: str,
    values: dict[str, str],
    notes: dict[str, str],
    page: int | None,
    section: str,
) -> Record:
    """Text: name, 説明, each value, then the ※ notes its values refer to."""
    explain = re.sub(r"^説明\s*[:：]?\s*", "", explain)
    fields = {"説明": explain, **values} if explain else dict(values)
    refs = dict.fromkeys(_NOTE_REF.findall(" ".join([explain, *values.values()])))
    note_text = "\n".join(notes[r] for r in refs if r in notes)
    if note_text:
        fields["注記"] = note_text
    body = [name, f"説明: {explain}" if explain else "", *(f"{k}: {v}" for k, v in values.items()), note_text]
    return Record.create(
        meta,
        label=f"{PROFILE.indicators}No.{number}",
        text=clean_body("\n".join(body)),
        record_type=RecordType.indicator,
        number=number,
        title=name,
        section=section,
        departments=[],
        page=page,
        fields={k: v for k, v in fields.items()},
    )


def _line_numbers(raw: list[str]) -> list[int]:
    """1-based source line number of each line that ``split_pages`` keeps."""
    return [
        n for n, line in enumerate(raw, 1) if not (line.startswith(PAGE_MARK) and line[1:].strip().isdigit())
    ]


def read(lines: list[str], meta: DocumentMeta) -> list[Record]:
    """Indicators (指標) and action items (取組項目) of a 進捗状況報告書."""
    numbers = _line_numbers(lines)
    lines, _ = split_pages(lines)
    toc_at = _find_section(lines, PROFILE.item_list)
    if toc_at is None:
        raise DocumentFormatError(
            meta.source_file, None, "no 「取組項目一覧」 section: not a 進捗状況報告書 layout"
        )
    contents = _contents_pages(lines[:toc_at])
    toc_end = _section_end(lines, toc_at, contents)
    toc = _parse_toc(lines, toc_at, toc_end, meta, numbers)
    if not toc:
        raise DocumentFormatError(
            meta.source_file, numbers[toc_at], "取組項目一覧 lists no 「取組項目 NN … P.n」 entries"
        )
    records: list[Record] = []
    body_start = toc_end
    indicators_at = _find_section(lines, PROFILE.indicators)
    if indicators_at is not None:
        indicators_end = _section_end(lines, indicators_at, contents)
        page = contents.get(PROFILE.indicators)
        records += _read_indicators(lines, indicators_at, indicators_end, meta, page, numbers)
        if not records:
            raise DocumentFormatError(
                meta.source_file, numbers[indicators_at], "指標 section holds no indicator table"
            )
        body_start = max(body_start, indicators_end)
    return records + _read_items(lines, toc, body_start, meta, numbers)


def _read_items(
    lines: list[str], toc: list[TocItem], body_start: int, meta: DocumentMeta, numbers: list[int]
) -> list[Record]:
    """One record per TOC item, read from its block in the body; every block must be in the TOC."""
    paths = {p for t in toc for p in t.path}
    names = (
        {_squash(meta.title)} | {_squash(p) for p in paths} | {_squash(p.split(" ", 1)[-1]) for p in paths}
    )
    headers = [(i, n) for i in range(body_start, len(lines)) if (n := _header_number(lines[i])) is not None]
    blocks = _item_blocks(lines, headers, names, meta, numbers)
    listed = {t.number for t in toc}
    for number, (first, _) in blocks.items():
        if number not in listed:
            raise DocumentFormatError(
                meta.source_file, numbers[first], f"取組項目{number:02d} is not in 取組項目一覧"
            )
    units = _unit_notes(lines, body_start, {i for i, _ in headers}, names)
    records = []
    for item in toc:
        if item.number not in blocks:
            message = f"取組項目{item.number:02d} is in 取組項目一覧 but has no block in the body"
            raise DocumentFormatError(meta.source_file, numbers[item.line], message)
        first, end = blocks[item.number]
        cells = [c for line in lines[first:end] for c in _cells(line)]
        unit = units.get(_squash(item.path[-1]), {}) if item.path else {}
        records.append(_item_record(meta, item, *_parse_block(cells, item.number), unit))
    return records


def _item_record(
    meta: DocumentMeta, item: TocItem, departments: str | None, key: str, status: list[str], unit: dict
) -> Record:
    """The action-item record; a missing status is flagged, never borrowed."""
    year = max(meta.fiscal_years) if meta.fiscal_years else None
    status_key = f"R{year - 2018}年度の取組" if year and year >= 2019 else "取組状況"
    label, title = f"{PROFILE.item}{item.number:02d}", item.title
    text = clean_body("\n".join(status))
    fields: dict[str, str] = {}
    flags: list[str] = []
    dept_raw = departments if departments else None
    if text:
        fields[status_key] = text
    else:
        flags.append("no_status")
        who = f"（{key}: {dept_raw}）" if dept_raw else ""
        when = f"{reiwa(year)}年度の" if year else ""
        text = f"{label} {title}{who}: 本書の抽出テキストには{when}取組状況の記載がありません。"
    if dept_raw:
        fields[key] = dept_raw
    else:
        flags.append("no_departments")
    fields.update(unit)
    return Record.create(
        meta,
        label=label,
        text=text,
        record_type=RecordType.action_item,
        number=item.number,
        title=title,
        section=" > ".join(p for p in item.path),
        page=item.page,
        fields=fields,
        flags=flags,
        departments=split_departments(dept_raw) if dept_raw else [],
    )
