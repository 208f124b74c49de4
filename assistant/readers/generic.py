"""The generic reader: any document with a numbered or headed structure -> one record per unit.

Built only on the shared structural layer (``assistant.structure``). A record is emitted for every
unit that has text of its own (body lines, folded field sub-headings, or the cells of an item-table
row); a unit that only holds other units appears in their section path. Labels are the counters as
printed, with parents' counters in front where needed to be unique (「(2) 6」, 「【視点1】 ②」).
A document without any recognisable heading becomes one record per page, or per run of paragraphs,
flagged ``no_structure``.
"""

from __future__ import annotations

import re

from ..jp import fiscal_years_named, join_wrapped, normalize_width, squash
from ..structure import Node, Structure, parse_structure
from ..structure.blocks import Block, BlockKind, header_role
from ..structure.departments import (
    heading_departments,
    is_department_key,
    key_value,
    looks_like_departments,
    split_departments,
)
from ..structure.lines import display_width
from ..structure.numbering import match_counter
from ..text_clean import clean_body, one_line
from ..types import DocumentMeta, Record, RecordType

PREFACE_MIN_CHARS = 40
"""Text before the first heading becomes a 前文 record when it is prose (has a 。) of at least this many characters."""
CHUNK_CHARS = 800
"""Without any structure and without pages, paragraphs are grouped into records of about this size."""


def read(lines: list[str], meta: DocumentMeta) -> list[Record]:
    return read_structure(parse_structure(lines, city=meta.city), meta)


def read_structure(structure: Structure, meta: DocumentMeta) -> list[Record]:
    units = [n for n in structure.root.walk() if n.heading is not None and n.own_chars > 0]
    preface = structure.root.body
    records: list[Record] = []
    prose = any("。" in b.text for b in preface)
    if prose and sum(b.chars for b in preface) >= PREFACE_MIN_CHARS and units:
        records.append(_preface_record(meta, preface))
    if not units:
        return _unstructured(structure, meta)
    labels = unique_labels(units)
    for node in units:
        records.append(_unit_record(meta, node, labels[id(node)], structure))
    return records


def unique_labels(units: list[Node]) -> dict[int, str]:
    """Each unit's label: its own counter, with parents' in front until it is unique in the document."""
    chains = {id(n): [a.label for a in n.ancestors()] + [n.label] for n in units}
    labels: dict[int, str] = {}
    depth = 1
    pending = list(units)
    while pending:
        candidates = {id(n): " ".join(chains[id(n)][-depth:]) for n in pending}
        counts: dict[str, int] = {}
        for node in units:
            key = candidates.get(id(node)) or labels.get(id(node)) or " ".join(chains[id(node)][-depth:])
            counts[key] = counts.get(key, 0) + 1
        still = []
        for node in pending:
            exhausted = depth >= len(chains[id(node)])
            if counts[candidates[id(node)]] == 1 or exhausted:
                labels[id(node)] = candidates[id(node)]
            else:
                still.append(node)
        pending, depth = still, depth + 1
    seen: dict[str, int] = {}
    for node in units:  # identical chains: number the repeats as printed order
        label = labels[id(node)]
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            labels[id(node)] = f"{label} ({seen[label]})"
    return labels


def _block_text(block: Block) -> str:
    return "\t".join(unwrapped(c) for c in block.cells) if block.kind == BlockKind.table_row else " ".join(block.cells)


def _unit_record(meta: DocumentMeta, node: Node, label: str, structure: Structure) -> Record:
    title, departments = heading_departments(_inline(node.title))
    departments = list(departments)
    fields = dict(node.fields)
    body_lines: list[str] = []
    wrapped = False  # the last line was a department value ending in a separator: its names go on (a narrow column)
    for k, block in enumerate(node.body):
        text = _block_text(block)
        if ((k == 0 and not departments) or wrapped) and len(block.cells) == 1 \
                and looks_like_departments(_strip_key(text)):
            departments += split_departments(_strip_key(text))
        wrapped = False
        pair = key_value(text) if block.kind != BlockKind.table_row else None
        if pair is None and block.kind == BlockKind.table_row and len(block.cells) == 2:
            pair = (join_wrapped(unwrapped(block.cells[0])), unwrapped(block.cells[1]))  # (a key wrapped in its cell)
        if pair and is_department_key(pair[0]) is False and block.kind != BlockKind.table_row:
            pair = pair if header_role(pair[0]) else None
        if pair and len(pair[0]) <= 12:
            key, value = pair
            fields[normalize_width(key).strip()] = value
            if is_department_key(key):
                departments += split_departments(value)
                wrapped = _goes_on(value)
        departments += _paired_departments(block.cells)
        body_lines.append(text)
    body_lines = _wraps_joined(node.body, body_lines)
    for key, value in node.fields.items():
        if is_department_key(key):
            departments += split_departments(value)
        wrapped = False
        for line in value.splitlines():  # a 担当課： line printed inside a folded sub-heading
            pair = key_value(line)
            if pair and is_department_key(pair[0]):
                departments += split_departments(pair[1])
            elif wrapped and looks_like_departments(line):
                departments += split_departments(line)
            wrapped = bool(pair and is_department_key(pair[0]) or wrapped and looks_like_departments(line)) \
                and _goes_on(line)
    for hint in node.departments_hint:
        departments += split_departments(hint)
    node_fields = {k: unwrapped(v) for k, v in node.fields.items()}
    fields.update({k: v for k, v in node_fields.items() if fields.get(k) == node.fields[k]})
    field_text = [f"{k}: {v}" if "\n" not in v else f"【{k}】\n{v}" for k, v in node_fields.items()]
    text = clean_body("\n".join(body_lines + field_text))
    if not text:
        text = title
    counter = node.heading.counter if node.heading else None
    section = " > ".join(f"{a.label} {a.title}".strip() if a.label != a.title else a.title
                         for a in node.ancestors())
    named = [y for y in fiscal_years_named(f"{title}\n{text}") if _in_span(y, meta.fiscal_years)]
    return Record.create(
        meta,
        label=label,
        text=text,
        record_type=RecordType.action_item if node.system.startswith("table:") else RecordType.section,
        number=counter.value if counter else None,
        title=title or label,
        section=_inline(section),
        departments=list(dict.fromkeys(departments)),
        page=_page(node, title, structure),
        fields={k: clean_body(v) for k, v in fields.items() if clean_body(v)},
        fiscal_years=named or list(meta.fiscal_years),
    )


WRAP_SHARE = 0.85
"""A prose line at least this share of the widest line of its paragraph run, ending mid-sentence, was wrapped there."""
WRAP_MIN_WIDTH = 30
"""…and the run's widest line is at least this wide (display columns): short label lines are no wrapped prose."""
_SENTENCE_ENDS = ("。", "．", "！", "？", "!", "?", "：", ":", "」", "』", "）", ")", "】")
_GOES_ON = re.compile(r"[ぁ-ゖ一-龥々ァ-ヶー、，]")


def _prose_line(block: Block) -> bool:
    return block.kind == BlockKind.paragraph and len(block.cells) == 1 and key_value(block.cells[0]) is None


def _wraps_joined(blocks: list[Block], texts: list[str]) -> list[str]:
    """The body's lines with a prose line wrapped at its column's width joined to the line it goes on on (a PDF's
    「…各取組の担当課が自己評価を」 over 「行い、市長を本部長とする…」, quoted as two broken sentences otherwise)."""
    return _joined(texts, [_prose_line(b) for b in blocks],
                   [b.kind == BlockKind.paragraph and len(b.cells) == 1 for b in blocks])


def unwrapped(value: str) -> str:
    """A field's value (a folded sub-heading's lines) with its wrapped prose lines joined, as a body's. A line
    opening with a field's key wraps as prose does (「【取組内容】…窓口支援シ」 over 「ステムを令和７年度に…」)."""
    lines = value.split("\n")
    return "\n".join(_joined(lines, [bool(line.strip()) and key_value(line) is None for line in lines],
                              [bool(line.strip()) for line in lines]))


def _joined(texts: list[str], prose: list[bool], opens: list[bool] | None = None) -> list[str]:
    """Within a run of prose lines, a line at least ``WRAP_SHARE`` of the run's widest, ending in no sentence end, is
    joined to the next when that begins mid-phrase (a kana or kanji, no number or heading counter). A run may open
    with a line of ``opens`` that is no prose line (a field's key and the start of its value)."""
    opens = opens or prose
    out: list[str] = []
    k = 0
    while k < len(texts):
        if not opens[k]:
            out.append(texts[k])
            k += 1
            continue
        end = k + 1
        while end < len(texts) and prose[end]:
            end += 1
        widest = max(display_width(texts[j]) for j in range(k, end))
        for j in range(k, end):
            if j > k and _wrapped(texts[j - 1], texts[j], widest):
                cut = _DECIMAL_CUT.search(out[-1].rstrip()) and texts[j].lstrip()[:1].isdigit()
                out[-1] = out[-1].rstrip() + texts[j].lstrip() if cut else join_wrapped(f"{out[-1]}\n{texts[j]}")
            else:
                out.append(texts[j])
        k = end
    return out


_RUNS_ON = ("の", "・", "及び", "並びに")
"""A line ending so goes on on the next whatever its width (a key cell wrapped in a narrow column: 「令和６年度の」 over
「実績」)."""


_DECIMAL_CUT = re.compile(r"[0-9０-９][.．]$")
"""A figure cut at its decimal point (「縮減率は０．」 over 「９％」) goes on on the next line."""


def _wrapped(line: str, after: str, widest: int) -> bool:
    text = line.rstrip()
    if _DECIMAL_CUT.search(text) and after.lstrip()[:1].isdigit():
        return True
    wide = widest >= WRAP_MIN_WIDTH and display_width(text) >= WRAP_SHARE * widest
    return ((wide or text.endswith(_RUNS_ON)) and not text.endswith(_SENTENCE_ENDS)
            and bool(_GOES_ON.match(after.lstrip())) and match_counter(after.strip()) is None)


def _goes_on(value: str) -> bool:
    """A department value that ends in a separator goes on on the next line (a narrow column's 「…学校教育課・」)."""
    return value.rstrip()[-1:] in "、・／/，,"


def _paired_departments(cells: list[str]) -> list[str]:
    """Cells 「担当課 関係課」「政策課 全課」: a cell of department keys, the next cell their values."""
    names: list[str] = []
    for key_cell, value_cell in zip(cells, cells[1:], strict=False):
        keys = key_cell.split()
        if keys and all(is_department_key(k) for k in keys) and looks_like_departments(value_cell):
            names += split_departments(value_cell)
    return names


def _strip_key(text: str) -> str:
    pair = key_value(text)
    return pair[1] if pair and is_department_key(pair[0]) else text


def _in_span(year: int, years: list[int]) -> bool:
    return bool(years) and min(years) <= year <= max(years)


def _page(node: Node, title: str, structure: Structure) -> int | None:
    if structure.lines.has_pages:
        return node.page
    label = squash(node.heading.counter.label) if node.heading and node.heading.counter else ""
    key = squash(normalize_width(title))
    return structure.toc.get(f"{label}|{key}") or structure.toc.get(f"|{key}")


def _preface_record(meta: DocumentMeta, blocks: list[Block]) -> Record:
    text = clean_body("\n".join(_block_text(b) for b in blocks))
    first = _inline(blocks[0].text) if blocks else meta.title
    return Record.create(
        meta, label="前文", text=text, record_type=RecordType.section, number=None, title=first[:60],
        section="", departments=[], page=blocks[0].page if blocks else None, fields={},
    )


def _unstructured(structure: Structure, meta: DocumentMeta) -> list[Record]:
    """No heading anywhere: one record per page, or per run of paragraphs of about CHUNK_CHARS."""
    blocks = structure.root.body
    groups: list[tuple[str, list[Block]]] = []
    if structure.lines.has_pages:
        for block in blocks:
            key = f"P.{block.page}"
            if not groups or groups[-1][0] != key:
                groups.append((key, []))
            groups[-1][1].append(block)
    else:
        size = 0
        for block in blocks:
            if not groups or size >= CHUNK_CHARS:
                groups.append((f"段落{len(groups) + 1}", []))
                size = 0
            groups[-1][1].append(block)
            size += block.chars
    records = []
    for label, group in groups:
        text = clean_body("\n".join(_block_text(b) for b in group))
        if not text:
            continue
        records.append(Record.create(
            meta, label=label, text=text, record_type=RecordType.section, number=None,
            title=_inline(group[0].text)[:40], section="", departments=[], page=group[0].page,
            fields={}, flags=["no_structure"],
        ))
    return records


def _inline(text: str) -> str:
    return one_line(clean_body(text))


__all__ = ["read", "read_structure", "unique_labels"]
