"""Document -> records, with the reader chosen by coverage and a parse report every time.

Coverage is the share of the document's content characters (page numbers, rules and other page
furniture excluded) that ended up in some record: its label, title, section, departments, body or
fields. It is measured the same way for every reader, by looking each printed cell up in the
records' text, so a profile and the generic reader can be compared on one document. Lines that went
nowhere are listed in the report.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pydantic import BaseModel, Field

from .jp import normalize_width, squash
from .readers import DocumentFormatError, get_reader
from .settings import IngestSettings
from .structure.departments import heading_departments
from .structure.lines import read_lines as structure_lines
from .structure.numbering import match_counter
from .structure.versions import revised_side, superseded_chars
from .types import DocumentKind, DocumentMeta, Record

_LEADERS = re.compile(r"[.．…‥・･\-－―—–_]{3,}\s*(?:P\s*\.?\s*)?\d{0,3}\s*$")
_PIECES = re.compile(r"[()（）【】「」『』\[\]〔〕.．:：、。・]")
_PAGE_REF = re.compile(r"^P\s*\.?\s*\d{1,3}$")


class UncoveredLine(BaseModel):
    line: int = Field(description="1-based line in the document's text")
    text: str


class ParseReport(BaseModel):
    """What a reader made of one document."""

    source_file: str
    kind: DocumentKind
    kind_detected: bool = False
    records: int
    by_type: dict[str, int]
    labels: list[str]
    departments: list[str]
    pages: list[int]
    flags: dict[str, int]
    content_chars: int
    covered_chars: int
    furniture_chars: int = Field(description="Page numbers, rules: not content, not counted")
    superseded_chars: int = Field(default=0, description="A version comparison table's (新旧対照表) text as it was "
                                  "before the revision and its other columns: not the document's content, not counted")
    coverage: float
    uncovered: list[UncoveredLine]
    uncovered_total: int
    candidates: dict[str, str] = Field(
        default_factory=dict, description="Every reader tried, with its coverage or why it failed"
    )
    warnings: list[str] = Field(default_factory=list)

    def text(self) -> str:
        """The report as a person reads it."""
        head = (f"{self.source_file}: {self.records} records read as {self.kind.value}"
                f"{' (detected)' if self.kind_detected else ''}; coverage {self.coverage:.1%} "
                f"({self.covered_chars}/{self.content_chars} characters)")
        lines = [head]
        lines.append("  by type: " + ", ".join(f"{k} {v}" for k, v in sorted(self.by_type.items())))
        lines.append(f"  labels: {_sample(self.labels)}")
        lines.append(f"  departments ({len(self.departments)}): {_sample(self.departments)}")
        pages = f"{min(self.pages)}–{max(self.pages)}" if self.pages else "none"
        lines.append(f"  pages: {pages}")
        if self.superseded_chars:
            lines.append(f"  a comparison table's text before the revision (not read): {self.superseded_chars} characters")
        if self.flags:
            lines.append("  flags: " + ", ".join(f"{k} {v}" for k, v in sorted(self.flags.items())))
        if self.candidates:
            lines.append("  readers tried: " + "; ".join(f"{k}: {v}" for k, v in self.candidates.items()))
        for warning in self.warnings:
            lines.append(f"  WARNING: {warning}")
        if self.uncovered:
            lines.append(f"  lines in no record ({self.uncovered_total}):")
            lines += [f"    {u.line}: {u.text[:100]}" for u in self.uncovered]
        return "\n".join(lines)


def _sample(values: list[str], n: int = 12) -> str:
    shown = ", ".join(values[:n])
    return shown + (f", … (+{len(values) - n})" if len(values) > n else "")


def _haystack(records: list[Record]) -> str:
    parts = []
    for r in records:
        parts += [r.label, r.title, r.label + r.title, r.section, r.text, *r.departments, *r.fields.values(),
                  *r.fields.keys()]
    return squash(normalize_width("\n".join(parts)))


def _cell_coverage(cell: str, haystack: str) -> tuple[int, int, list[str]]:
    """One printed cell against the records' text: its content characters, how many of them some record
    holds, and the pieces of it (longer than one character) that no record holds."""
    text = squash(normalize_width(_LEADERS.sub("", cell)))
    if not text or _PAGE_REF.match(text):
        return 0, 0, []  # a table-of-contents page reference is furniture
    if text in haystack:
        return len(text), len(text), []
    # a heading as printed: its counter, title and department bracket are stored apart (a field's heading
    # 「１　事業の概要」 is the field's name, 事業の概要)
    counter = match_counter(normalize_width(cell).strip())
    if counter is not None and counter.rest and (squash(counter.rest) in haystack or squash(
            heading_departments(counter.rest)[0]) in haystack):  # 「① … 担当課 市民課」: a box beside it
        return len(text), len(text), []
    pieces = [p for p in _PIECES.split(text) if p]
    found = [p for p in pieces if p in haystack]
    return len(text), sum(map(len, found)), [p for p in pieces if p not in found and len(p) > 1]


def coverage_report(raw_lines: list[str], meta: DocumentMeta, records: list[Record], *,
                    max_lines: int = 40) -> ParseReport:
    doc = structure_lines(revised_side(raw_lines), city=meta.city)
    haystack = _haystack(records)
    content = covered = 0
    uncovered: list[UncoveredLine] = []
    for line in doc.lines:
        missing = False
        for cell in line.cells:
            cell_content, cell_covered, left_out = _cell_coverage(cell, haystack)
            content += cell_content
            covered += cell_covered
            missing = missing or bool(left_out)
        if missing:
            uncovered.append(UncoveredLine(line=line.number, text=line.text))
    pages = sorted({r.page for r in records if r.page is not None})
    departments = list(dict.fromkeys(d for r in records for d in r.departments))
    flags = Counter(f for r in records for f in r.flags)
    return ParseReport(
        source_file=meta.source_file, kind=meta.kind, kind_detected=meta.kind_detected, records=len(records),
        by_type=dict(Counter(r.record_type.value for r in records)), labels=[r.label for r in records],
        departments=departments, pages=pages, flags=dict(flags), content_chars=content, covered_chars=covered,
        furniture_chars=doc.furniture_chars, superseded_chars=superseded_chars(raw_lines),
        coverage=round(covered / content, 4) if content else 0.0,
        uncovered=uncovered[:max_lines], uncovered_total=len(uncovered),
    )


@dataclass
class Parsed:
    meta: DocumentMeta
    records: list[Record]
    report: ParseReport


def parse_document(raw_lines: list[str], meta: DocumentMeta, settings: IngestSettings) -> Parsed:
    """Records of a document read with the reader its metadata names, and the report."""
    records = _checked(get_reader(meta.kind)(raw_lines, meta), meta)
    return _completed(meta, records, raw_lines, settings)


def detect_layout(raw_lines: list[str], meta: DocumentMeta, settings: IngestSettings) -> Parsed:
    """Try every profile and the generic reader; keep the one whose records explain the most.

    A profile is taken only when it covers at least ``settings.min_coverage`` of the document and at
    least as much as the generic reader; otherwise the generic reader is used.
    """
    tried: dict[DocumentKind, Parsed] = {}
    failures: dict[str, str] = {}
    for kind in DocumentKind:
        candidate = meta.model_copy(update={"kind": kind, "kind_detected": True})
        try:
            records = _checked(get_reader(kind)(raw_lines, candidate), candidate)
        except DocumentFormatError as exc:
            failures[kind.value] = f"no ({exc.message[:80]})"
            continue
        report = coverage_report(raw_lines, candidate, records, max_lines=settings.report_max_lines)
        tried[kind] = Parsed(candidate, records, report)
    if not tried:
        detail = "; ".join(f"{k}: {v}" for k, v in failures.items())
        raise DocumentFormatError(meta.source_file, None, f"no reader could read it ({detail})")
    generic = tried.get(DocumentKind.generic)
    profiles = [
        p for k, p in tried.items()
        if k != DocumentKind.generic and p.report.coverage >= settings.min_coverage
        and (generic is None or p.report.coverage >= generic.report.coverage - 0.005)
    ]
    chosen = max(profiles, key=lambda p: p.report.coverage) if profiles else (generic or max(
        tried.values(), key=lambda p: p.report.coverage))
    candidates = {
        **{k.value: f"{p.report.coverage:.1%} ({p.report.records} records)" for k, p in tried.items()},
        **failures,
    }
    chosen = _completed(chosen.meta, chosen.records, raw_lines, settings)
    chosen.report.candidates = candidates
    return chosen


def _completed(meta: DocumentMeta, records: list[Record], raw_lines: list[str], settings: IngestSettings) -> Parsed:
    """A profile's records with the units it left out (``remainder``), and the report of them all."""
    if meta.kind != DocumentKind.generic:
        records = _checked(records + remainder(raw_lines, meta, records, settings), meta)
    report = coverage_report(raw_lines, meta, records, max_lines=settings.report_max_lines)
    _warn(report, settings)
    return Parsed(meta, records, report)


def remainder(raw_lines: list[str], meta: DocumentMeta, records: list[Record],
              settings: IngestSettings) -> list[Record]:
    """Nothing is lost: the units the generic reader finds in a document that a profile read, where most of
    a unit's text is in none of the profile's records (a plan's purpose, the text of a direction above its
    items). A unit the profile has (same title and number) is not taken again. A unit whose title heads
    some of the profile's records takes its place in their hierarchy: its label is the numbers of that path
    (「施策2 方向性1」), its section the headings above it."""
    # the document's own title, city and date (a cover) are what every record cites it by: not left out
    haystack = _haystack(records) + "\n" + squash(normalize_width("\n".join([meta.title, meta.city, meta.published])))
    left_out = {piece for line in structure_lines(revised_side(raw_lines), city=meta.city).lines for cell in line.cells
                for piece in _cell_coverage(cell, haystack)[2]}
    if not left_out:
        return []
    generic = meta.model_copy(update={"kind": DocumentKind.generic})
    units = []
    for unit in missed_units(get_reader(DocumentKind.generic)(raw_lines, generic), records):
        body = squash(normalize_width("\n".join([unit.title, unit.text, *unit.fields.values()])))
        units.append((unit, body, {piece for piece in left_out if piece in body}))
    # a unit mostly outside the profile's records, and holding text that no unit holding more of it holds: a table
    # of contents lists the titles of units kept for their text, and is not kept for them again
    units = sorted(((n, unit, pieces) for n, (unit, body, pieces) in enumerate(units)
                    if sum(map(len, pieces)) >= settings.remainder_min_share * len(body)),
                   key=lambda u: -sum(map(len, u[2])))
    labels = {r.label for r in records}
    asked = set().union(*(pieces for _, _, pieces in units))
    held: set[str] = set()  # the pieces a larger unit holds
    kept: dict[int, Record] = {}
    for n, unit, pieces in units:
        own = sum(len(piece) for piece in pieces - held)
        unit_text = _haystack([unit])
        held |= {piece for piece in asked if piece in unit_text}
        if own < settings.remainder_min_chars:
            continue
        label, section = _placed(unit, records)
        if label in labels:
            continue
        labels.add(label)
        kept[n] = Record.create(
            meta, label=label, text=unit.text, record_type=unit.record_type, number=unit.number, title=unit.title,
            section=section, departments=unit.departments, page=unit.page, fields=unit.fields,
            fiscal_years=unit.fiscal_years, flags=[*unit.flags, "outside_profile"])
    return [kept[n] for n in sorted(kept)]  # in document order


def _placed(unit: Record, records: list[Record]) -> tuple[str, str]:
    """The label and section of a unit the generic reader found, in the profile's hierarchy where one of
    its records has the unit's title among the headings above it."""
    for record in records:
        path = record.section.split(" > ")
        for depth, heading in enumerate(path):
            if heading.endswith(" " + unit.title):
                return " ".join(h.split(" ")[0] for h in path[:depth + 1]), " > ".join(path[:depth])
    return unit.label, unit.section


def _checked(records: list[Record], meta: DocumentMeta) -> list[Record]:
    if not records:
        raise DocumentFormatError(meta.source_file, None, f"no records found for layout {meta.kind.value}")
    labels = [r.label for r in records]
    dupes = sorted({label for label in labels if labels.count(label) > 1})
    if dupes:
        raise DocumentFormatError(meta.source_file, None, f"duplicate labels: {', '.join(dupes)}")
    return records


def _warn(report: ParseReport, settings: IngestSettings) -> None:
    if report.coverage < settings.min_coverage:
        report.warnings.append(
            f"only {report.coverage:.1%} of the text is in a record (below {settings.min_coverage:.0%}); "
            "the lines left out are listed"
        )
    if report.flags.get("no_structure"):
        report.warnings.append("no headings or numbering recognised: one record per page or paragraph run")


def missed_units(expected: list[Record], found: list[Record]) -> list[Record]:
    """The expected records that ``found`` has no unit for: same title (as printed, width and spaces
    aside) and the same number, or no number on either side. Compares two readers of one document."""
    numbers: dict[str, set[int | None]] = {}
    for record in found:
        numbers.setdefault(squash(normalize_width(record.title)), set()).add(record.number)

    def recovered(record: Record) -> bool:
        seen = numbers.get(squash(normalize_width(record.title)))
        return seen is not None and (record.number is None or None in seen or record.number in seen)

    return [r for r in expected if not recovered(r)]
