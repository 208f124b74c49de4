"""Reader for 部会検討結果報告書 documents (kind ``committee_report``, e.g. 府中市 004).

Layout::

    第3回 部会検討結果報告書（行財政運営部会）        <- report heading
    グループ①                                        <- one meeting summary per group:
    記録者<TAB>…<TAB>場所<TAB>…                         label/value cells
    開催日時 / 出席者 (4名) / 基本施策名 / 内容 / その他
    グループ②
    …
    見直し論点シート                                  <- sheet page
    番号<TAB>基本施策名<TAB>主担当部<TAB>主担当課<TAB>関係課<TAB>ver 情報
    5-2<TAB>経営的な…<TAB>政策総務部<TAB>政策課<TAB>建築施設課、職員課<TAB>グループ①
    ア. …進捗状況            <- parts: a table (ア), label/value rows (イ, カ) or free text
    イ. …  エ. …  オ. …
    見直し論点シート                                  <- second page of the same sheet:
    番号 … 関係課 / 5-2 …     (same 番号, empty ver 情報, parts ウ and カ)

Records:

* ``meeting_summary`` per group: label ``グループ① 会議録``, fields per label cell.
* ``review_sheet`` per 基本施策 × group: label ``見直し論点シート 5-2 グループ①``.
  A sheet page that directly follows a page of the same 番号, with no other
  group and none of its parts, is that sheet's second page and is merged into
  it (parts are then ordered ア, イ, ウ …). Fields: ``主担当部``/``主担当課``/``関係課``
  and one per part or labelled row, e.g. ``ア. 第6次総合計画後期基本計画の進捗状況``,
  ``イ. 主な取組と成果``, ``イ. 残された課題``, ``カ. めざすまちの姿``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..structure.departments import split_departments
from ..structure.lines import is_tabular, split_cells
from ..structure.pages import split_pages
from ..text_clean import has_html
from ..types import DocumentMeta, Record, RecordType
from .blocks import (
    clean_inline,
    clean_lines,
    era_year,
    first_page,
    heading_text,
    is_rule,
    unique_label,
)
from .errors import DocumentFormatError
from .profiles import profiles

PROFILE = profiles().committee_report
SHEET_HEADING = PROFILE.sheet

_GROUP = re.compile(rf"^({PROFILE.group}\s*[①-⑳0-9０-９]+)$")
_GROUP_IN_TEXT = re.compile(rf"{PROFILE.group}\s*[①-⑳0-9０-９]+")
_PART = re.compile(r"^([ア-ン])\s*[.．]\s*(.+)$")
_MEETING_LABEL = re.compile(
    rf"^({'|'.join(sorted(PROFILE.meeting_labels, key=len, reverse=True))})\s*(?:[（(]\s*(\d+)\s*名\s*[)）])?$"
)
_HEADCOUNT = re.compile(r"^[（(]\s*(\d+)\s*名\s*[)）]$")
_CJK = "\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff"  # kana and kanji, but not the middle dot ・
_WRAP_SPACE = re.compile(rf"(?<=[{_CJK}、。」）])[ \u3000](?=[{_CJK}「（])")
_EMPTY_VALUE = re.compile(r"^[\s・･\-–—]*$")
_LABEL_ALONE = re.compile(r"^[^・。<]{2,20}$")  # a row label whose value cell starts on the next line
_HEADER_COLUMNS = tuple(PROFILE.header_columns)


# --- shared cell helpers ----------------------------------------------------


_cells = split_cells


def _value(text: str) -> str:
    """A cell value (often an HTML list) -> clean text with one item per line."""
    text = re.sub(r"\s*<p(?:\s[^>]*)?>", "\n", text, flags=re.I)
    text = re.sub(r"。[ \u3000]+", "。\n", text)
    text = re.sub(r"。(?=・)", "。\n", text)
    text = clean_lines([text])
    return "" if _EMPTY_VALUE.match(text) else text


def _prose(text: str) -> str:
    """A wrapped prose cell (その他): one item per line, PDF wrap spaces removed."""
    text = re.sub(r"[ \u3000]+(?=・)", "\n", text)
    text = re.sub(r"[ \u3000]+(?=\d+-\d+[ \u3000])", "\n", text)
    return "\n".join(_WRAP_SPACE.sub("", line) for line in _value(text).splitlines())


# --- meeting summaries --------------------------------------------------------


@dataclass
class _Meeting:
    group: str
    line: int
    fields: dict[str, str] = field(default_factory=dict)


def _meeting(group: str, start: int, lines: list[str], meta: DocumentMeta) -> _Meeting:
    """Label/value cells of one group's summary (lines after the group heading)."""
    meeting = _Meeting(group, start - 1)
    raw: dict[str, list[str]] = {}
    heads: dict[str, str] = {}
    label: str | None = None
    for line in lines[start:]:
        for cell in _cells(line):
            if not cell or is_rule(cell):
                continue
            match = _MEETING_LABEL.match(cell)
            if match:
                label = match.group(1)
                raw.setdefault(label, [])
                if match.group(2):
                    heads[label] = match.group(2)
            elif (count := _HEADCOUNT.match(cell)) and label:
                heads[label] = count.group(1)
            elif label:
                raw[label].append(cell)
    if not raw:
        raise DocumentFormatError(meta.source_file, start, f"{group}: no 記録者/開催日時/出席者 cells found")
    for name, cells in raw.items():
        value = _prose(" ".join(cells)) if any("。" in c for c in cells) else clean_inline("、".join(cells))
        if name in heads:
            value = f"{value}（{heads[name]}名）"
        if value:
            meeting.fields[name] = value
    return meeting


def _meeting_record(meeting: _Meeting, report: str, meta: DocumentMeta, pages: list[int | None]) -> Record:
    text = "\n".join(
        f"{name}：\n{value}" if "\n" in value else f"{name}：{value}"
        for name, value in meeting.fields.items()
    )
    year = era_year(meeting.fields.get("開催日時", ""))
    return Record.create(
        meta,
        label=f"{meeting.group} 会議録",
        text=text,
        record_type=RecordType.meeting_summary,
        number=None,
        title=meeting.fields.get("基本施策名") or f"{meeting.group} 会議録",
        section=f"{report} > {meeting.group}",
        departments=[],
        page=first_page(pages, [meeting.line]),
        fields=meeting.fields,
        fiscal_years=[year] if year else None,
    )


# --- review sheets ------------------------------------------------------------


@dataclass
class _Part:
    letter: str
    heading: str
    line: int
    lines: list[str] = field(default_factory=list)


@dataclass
class _Sheet:
    line: int
    header: dict[str, str]
    group: str | None
    parts: list[_Part] = field(default_factory=list)

    @property
    def number(self) -> str:
        return self.header.get("番号", "")

    def letters(self) -> set[str]:
        return {part.letter for part in self.parts}


def _sheet_header(block: list[str], start: int, meta: DocumentMeta) -> tuple[dict[str, str], str | None, int]:
    """The 番号/基本施策名/… table at the top of a sheet page: (header, group, lines used)."""
    tab_lines = [(i, _cells(line)) for i, line in enumerate(block) if is_tabular(line)]
    for n, (_, names) in enumerate(tab_lines[:-1]):
        if "番号" in names and "基本施策名" in names:
            values = tab_lines[n + 1][1]
            header = {}
            group = None
            for name, value in zip(names, values, strict=False):
                if name in _HEADER_COLUMNS and value:
                    header[name] = clean_inline(value)
                elif name.lower().startswith("ver") and _GROUP_IN_TEXT.search(value):
                    group = _GROUP_IN_TEXT.search(value).group(0).replace(" ", "")
            return header, group, tab_lines[n + 1][0] + 1
    raise DocumentFormatError(meta.source_file, start + 1, f"{SHEET_HEADING} without a 番号/基本施策名 table")


def _sheet(block: list[str], start: int, meta: DocumentMeta) -> _Sheet:
    header, group, used = _sheet_header(block, start, meta)
    if "番号" not in header:
        raise DocumentFormatError(meta.source_file, start + 1, f"{SHEET_HEADING} without a 番号 value")
    sheet = _Sheet(start, header, group)
    for offset, line in enumerate(block[used:], start=used):
        text = heading_text(line)
        match = _PART.match(text) if not is_tabular(line) else None
        if match:
            sheet.parts.append(_Part(match.group(1), clean_inline(match.group(2)), start + offset))
        elif sheet.parts:
            sheet.parts[-1].lines.append(line)
        elif text.lower().startswith("ver") and (found := _GROUP_IN_TEXT.search(text)):
            sheet.group = sheet.group or found.group(0).replace(" ", "")
    return sheet


def _part_fields(part: _Part) -> dict[str, str]:
    """A part as fields: one per labelled row, or the whole part under its heading."""
    rows = [_cells(line) for line in part.lines if line.strip() and not is_rule(line)]
    prefix = f"{part.letter}. "
    if rows and len([c for c in rows[0] if c]) >= 3:
        return {prefix + part.heading: _table(rows)}
    fields: dict[str, str] = {}
    loose: list[str] = []
    label: str | None = None
    for cells in rows:
        first = cells[0]
        if (len(cells) >= 2 or _LABEL_ALONE.match(first)) and first and len(first) <= 20 and not has_html(first):
            label = first.strip("「」『』")
            fields[prefix + label] = " ".join(cells[1:])
        elif label:
            fields[prefix + label] += "\n" + " ".join(cells)
        else:
            loose.append(" ".join(cells))
    out = {prefix + part.heading: _value("\n".join(loose))} if loose else {}
    out.update({name: _value(value) for name, value in fields.items()})
    return {name: value for name, value in out.items() if value}


def _table(rows: list[list[str]]) -> str:
    """A header row + data rows -> one line per row: ``header：value／header：value``."""
    header, lines = rows[0], []
    for n, cells in enumerate(rows[1:]):
        if n and len(cells) < len(header):
            # a later row of a merged (row-spanning) leading cell, printed without its empty leading cells
            cells = [""] * (len(header) - len(cells)) + cells
        pairs = [f"{name}：{value}" for name, value in zip(header, cells, strict=False) if value]
        if pairs:
            lines.append("／".join(pairs))
    return clean_lines(lines)


def _merge_pages(sheets: list[_Sheet]) -> list[_Sheet]:
    """Merge each second page into the sheet page it continues."""
    merged: list[_Sheet] = []
    for sheet in sheets:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and sheet.number == previous.number
            and sheet.group in (None, previous.group)
            and not sheet.letters() & previous.letters()
        ):
            previous.parts.extend(sheet.parts)
            continue
        merged.append(sheet)
    return merged


def _sheet_record(sheet: _Sheet, meta: DocumentMeta, pages: list[int | None], seen: set[str]) -> Record:
    number, name = sheet.number, sheet.header.get("基本施策名", "")
    fields = {key: sheet.header[key] for key in ("主担当部", "主担当課", "関係課") if key in sheet.header}
    body = [f"{key}：{value}" for key, value in fields.items()]
    for part in sorted(sheet.parts, key=lambda p: p.letter):
        part_fields = _part_fields(part)
        fields.update(part_fields)
        body.append(f"{part.letter}. {part.heading}")
        for key, value in part_fields.items():
            if key != f"{part.letter}. {part.heading}":
                body.append(f"{key.removeprefix(part.letter + '. ')}：")
            body.append(value)
    departments: list[str] = []
    for key in ("主担当部", "主担当課", "関係課"):
        departments += [d for d in split_departments(sheet.header.get(key, "")) if d not in departments]
    label = f"{SHEET_HEADING} {number} {sheet.group}" if sheet.group else f"{SHEET_HEADING} {number}"
    return Record.create(
        meta,
        label=unique_label(label, seen),
        text=clean_lines(body),
        record_type=RecordType.review_sheet,
        number=None,
        title=name or f"基本施策{number}",
        section=f"基本施策{number} {name}".strip(),
        departments=departments,
        page=first_page(pages, [sheet.line]),
        fields=fields,
        flags=[] if sheet.parts else ["no_parts"],
    )


# --- document -----------------------------------------------------------------


def _report_heading(lines: list[str], end: int, meta: DocumentMeta) -> str:
    for line in lines[:end]:
        if line.strip():
            return clean_inline(heading_text(line))
    return meta.title


def read(lines: list[str], meta: DocumentMeta) -> list[Record]:
    """Parse a committee report into meeting summaries and review sheets."""
    text_lines, pages = split_pages(lines)
    marks = [heading_text(line) for line in text_lines]
    sheet_starts = [i for i, mark in enumerate(marks) if mark == SHEET_HEADING]
    if not sheet_starts:
        raise DocumentFormatError(meta.source_file, None, f"no '{SHEET_HEADING}' heading found")
    group_starts = [i for i, mark in enumerate(marks[: sheet_starts[0]]) if _GROUP.match(mark)]

    records: list[Record] = []
    report = _report_heading(text_lines, group_starts[0] if group_starts else sheet_starts[0], meta)
    bounds = [*group_starts, sheet_starts[0]]
    for start, end in zip(bounds, bounds[1:], strict=False):
        group = marks[start].replace(" ", "")
        meeting = _meeting(group, start + 1, text_lines[:end], meta)
        records.append(_meeting_record(meeting, report, meta, pages))

    bounds = [*sheet_starts, len(text_lines)]
    sheets = [_sheet(text_lines[s:e], s, meta) for s, e in zip(bounds, bounds[1:], strict=False)]
    if not group_starts and not any(sheet.group for sheet in sheets):
        raise DocumentFormatError(
            meta.source_file, None, "no グループ found (neither a summary nor a ver 情報 value)"
        )
    seen = {record.label for record in records}
    records.extend(_sheet_record(sheet, meta, pages, seen) for sheet in _merge_pages(sheets))
    return records
