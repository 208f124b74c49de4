"""Editions of one document series: the same city and document, published for different fiscal years
(a 進捗状況報告書 for 令和3年度 and 令和4年度). The series is read from the metadata (city + title with its
fiscal years taken out), not from file names.

Rules the retriever applies: a question that names a year gets the edition(s) of that year; a question
that names none gets the latest edition, and the same unit in the earlier editions is kept one citation
away; a question that names two years gets both, side by side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .jp import normalize_width, squash
from .types import Record

_YEAR_EXPRESSIONS = re.compile(
    r"(?:令和|平成)\s*(?:元|\d{1,2})(?:\s*[～〜~\-－]\s*(?:令和|平成)?\s*(?:元|\d{1,2}))?\s*年度?"
    r"|(?<![A-Za-z])R\s*\d{1,2}\s*年度?|(?:19|20)\d\d\s*年度?"
)


def series_key(city: str, title: str) -> str:
    """「狛江市」+「…推進計画 令和3年度進捗状況報告書」 -> one key for every year's edition."""
    return city + "|" + squash(_YEAR_EXPRESSIONS.sub("", normalize_width(title)))


@dataclass
class Editions:
    """Per record position: its series; per series with two or more editions: files and their years."""

    series: list[str]
    files: dict[str, dict[str, set[int]]] = field(default_factory=dict)  # series -> file -> years

    @classmethod
    def of(cls, records: list[Record]) -> Editions:
        series = [series_key(r.city, r.document) for r in records]
        files: dict[str, dict[str, set[int]]] = {}
        for key, record in zip(series, records, strict=True):
            files.setdefault(key, {}).setdefault(record.source_file, set()).update(record.fiscal_years)
        return cls(series, {k: v for k, v in files.items() if len(v) >= 2})

    def multi(self, pos: int) -> bool:
        return self.series[pos] in self.files

    def latest(self, pos: int) -> str:
        editions = self.files[self.series[pos]]
        return max(editions, key=lambda f: (max(editions[f], default=0), f))

    def matching(self, pos: int, years: set[int]) -> list[str]:
        """The editions of this record's series that cover any of the years."""
        return [f for f, ys in self.files[self.series[pos]].items() if ys & years]

    def year_of(self, source_file: str, pos: int) -> int | None:
        years = self.files.get(self.series[pos], {}).get(source_file)
        return max(years) if years else None
