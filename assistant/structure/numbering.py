"""Numbering systems of Japanese plans, read from ``assistant/data/numbering.tsv``.

A new numbering system is a row in that file, not a branch here. ``match_counter(line)`` tells
whether a line starts with a counter (第2章, 1-2-3, (4), ⑤, ア, 取組項目 06, No.7 …), which system
it belongs to, how it is cited (the label) and the rest of the line (the title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import data_rows
from ..jp import counter_value, normalize_width


@dataclass(frozen=True, slots=True)
class System:
    name: str
    pattern: re.Pattern[str]
    label: str
    strict: bool


@dataclass(frozen=True, slots=True)
class Counter:
    """A counter at the start of a line."""

    system: str  # e.g. "paren", "keyword:施策"
    label: str  # as cited: "(2)", "第1章", "取組項目03", "No.5"
    value: int | None  # ordinal where the counter has one (3 for ③, ウ, 1-2-3's last part)
    strict: bool  # must start at 1 or continue its system's previous number
    rest: str  # the line after the counter (the title), stripped


@lru_cache(maxsize=1)
def keyword_labels() -> dict[str, str]:
    """Keyword regex fragment -> how a label writes it ('' = as printed)."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in data_rows("numbering_keywords.tsv")}


@lru_cache(maxsize=1)
def systems() -> tuple[System, ...]:
    keywords = sorted(keyword_labels(), key=len, reverse=True)
    alternation = "|".join(f"(?:{k})" for k in keywords)
    rows = data_rows("numbering.tsv")
    header, body = rows[0], rows[1:]
    assert header == ["system", "pattern", "label", "strict"], header
    return tuple(
        System(name, re.compile(pattern.replace("{keywords}", alternation)), label, strict == "yes")
        for name, pattern, label, strict in body
    )


def _keyword_label(printed: str) -> str:
    for fragment, label in keyword_labels().items():
        if re.fullmatch(fragment, printed):
            return label or printed
    return printed


_NUMBER_LIST = re.compile(r"\s*[・、,～~〜]\s*\d")


def match_counter(line: str) -> Counter | None:
    """The counter a (width-normalised, mark-free) line starts with, or None."""
    text = normalize_width(line).lstrip()
    for system in systems():
        match = system.pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        number = re.sub(r"\s+", "", groups.get("n") or groups.get("p") or "").replace("－", "-").replace("‐", "-")
        name = system.name
        keyword = groups.get("kw")
        if keyword is not None:
            keyword = _keyword_label(keyword)
            name = f"{system.name}:{keyword}"
        label = system.label.format(n=number, kw=keyword or "")
        last = re.split(r"-", number)[-1]
        if _NUMBER_LIST.match(text[match.end() :]):  # 「基本方針1・2」「取組1～3」 name several units: no heading
            return None
        rest = text[match.end() :].strip(" \t.．:：、")
        return Counter(name, label, counter_value(last), system.strict, rest)
    return None
