"""Reader for 部の方針 documents (kind ``department_policies``, e.g. 狛江市 令和4年度 部の方針（案）).

Layout::

    令和4年度「企画財政部の方針」（案）      <- department heading
    持続可能な行財政運営の推進              <- policy heading (not a bullet)
    - ▽ 狛江市総合基本計画に基づく…          <- bullets (▽ or ・, optional "- " list mark)
    - ▽ …

One ``policy`` record per policy heading, its bullets as the text (one per
line, as printed, the ``- `` list mark dropped). Line wraps from the PDF: a
line directly after a bullet (no blank line) continues it unless the bullet
already ends with 。, in which case it starts the next policy; a line directly
after a heading continues the heading. Label ``<部>「<heading>」``, number =
ordinal within the department, fiscal year from the department heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..structure.pages import split_pages
from ..types import DocumentMeta, Record, RecordType
from .blocks import (
    clean_inline,
    clean_lines,
    era_year,
    first_page,
    heading_text,
    strip_list_mark,
    unique_label,
)
from .errors import DocumentFormatError
from .profiles import profiles

# 令和4年度「企画財政部の方針」（案） — year and （案） optional.
PROFILE = profiles().department_policies
_DEPARTMENT = re.compile(
    rf"^(?P<year>(?:令和|平成)\s*(?:元|\d+)\s*年度)?\s*{PROFILE.heading}\s*(?:[（(]\s*{PROFILE.draft}\s*[)）])?$"
)
_BULLET = re.compile(r"^[▽▼△・◆●○■□◇]")
_SENTENCE_END = ("。", "．", ".")


@dataclass
class _Policy:
    """A policy heading and its bullet lines, as raw text with line indices."""

    heading: list[str]
    line: int
    bullets: list[str] = field(default_factory=list)


@dataclass
class _Department:
    name: str
    year: int | None
    line: int
    policies: list[_Policy] = field(default_factory=list)


def _department_heading(line: str) -> re.Match[str] | None:
    return _DEPARTMENT.match(heading_text(line))


def _is_bullet(line: str) -> bool:
    return bool(_BULLET.match(strip_list_mark(line).strip()))


def _parse(lines: list[str], meta: DocumentMeta) -> list[_Department]:
    """Group the lines into departments > policies > bullets."""
    departments: list[_Department] = []
    previous = "blank"  # what the previous non-blank line was: blank | heading | bullet
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            previous = "blank"
            continue
        match = _department_heading(line)
        if match:
            year = era_year(match.group("year") or "")
            departments.append(_Department(match.group("dept").strip(), year, index))
            previous = "department"
            continue
        if not departments:
            continue  # cover text before the first department heading
        dept = departments[-1]
        if _is_bullet(line):
            if not dept.policies:
                raise DocumentFormatError(
                    meta.source_file, index + 1, f"bullet before any policy heading in {dept.name}の方針"
                )
            dept.policies[-1].bullets.append(strip_list_mark(line).strip())
            previous = "bullet"
        elif previous == "bullet" and not dept.policies[-1].bullets[-1].endswith(_SENTENCE_END):
            dept.policies[-1].bullets[-1] += line  # wrapped bullet line
        elif previous == "heading":
            dept.policies[-1].heading.append(line)  # wrapped heading line
        else:
            dept.policies.append(_Policy([line], index))
            previous = "heading"
    return departments


def _check(departments: list[_Department], meta: DocumentMeta) -> None:
    if not departments:
        raise DocumentFormatError(
            meta.source_file, None, "no department heading like 令和4年度「○○部の方針」（案） found"
        )
    for dept in departments:
        if not dept.policies:
            raise DocumentFormatError(
                meta.source_file, dept.line + 1, f"{dept.name}の方針 has no policy heading"
            )


def _records(dept: _Department, meta: DocumentMeta, pages: list[int | None], seen: set[str]) -> list[Record]:
    records = []
    years = [dept.year] if dept.year else None
    for number, policy in enumerate(dept.policies, start=1):
        title = clean_inline("".join(policy.heading))
        text = clean_lines(policy.bullets) or title
        records.append(
            Record.create(
                meta,
                label=unique_label(f"{dept.name}「{title}」", seen),
                text=text,
                record_type=RecordType.policy,
                number=number,
                title=title,
                section=f"{dept.name}の方針",
                departments=[dept.name],
                page=first_page(pages, [policy.line]),
                fiscal_years=years,
                flags=[] if policy.bullets else ["no_bullets"],
            )
        )
    return records


def read(lines: list[str], meta: DocumentMeta) -> list[Record]:
    """Parse a 部の方針 document into one ``policy`` record per policy heading."""
    text_lines, pages = split_pages(lines)
    departments = _parse(text_lines, meta)
    _check(departments, meta)
    seen: set[str] = set()
    records: list[Record] = []
    for dept in departments:
        records.extend(_records(dept, meta, pages, seen))
    return records
