"""Query understanding: fiscal years in any era notation, cities, item references, English terms.

``parse_query("what did we do on paperless in R3")`` -> fiscal_years [2021],
language "en", expansions ["ペーパーレス", ...]. The glossary and the list of
municipalities are data files in ``assistant/data``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pydantic import BaseModel, Field

from .data import data_rows

CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)} | {chr(0x3251 + i): i + 21 for i in range(15)}
_CIRCLED_CLASS = "".join(CIRCLED)


class ItemRef(BaseModel):
    kind: str = Field(description="取組項目, プログラム or 指標")
    number: int


class ParsedQuery(BaseModel):
    text: str
    normalized: str
    language: str = Field(description="'ja' or 'en'")
    fiscal_years: list[int] = Field(default_factory=list)
    cities: list[str] = Field(default_factory=list, description="Municipalities named (Japanese names)")
    item_refs: list[ItemRef] = Field(default_factory=list)
    expansions: list[str] = Field(default_factory=list, description="Document terms added for search")
    listing: bool = Field(default=False, description="Asks for every item of a kind or under a heading")
    list_prefix: str | None = Field(default=None, description="Label prefix a listing asks for, e.g. 検討プログラム")
    hierarchy: list[str] = Field(default_factory=list, description="Headings named, e.g. 方向性2, 基本事業1")
    editions: list[str] = Field(default_factory=list, description="Plan editions named, e.g. 第2期, 第6次")

    @property
    def search_text(self) -> str:
        """What dense and keyword search see: the question plus any document terms it maps to."""
        if not self.expansions:
            return self.normalized
        return self.normalized + " " + " ".join(self.expansions)

    @property
    def keyword_text(self) -> str:
        """What keyword search sees: the search text without fiscal-year expressions (handled as metadata)."""
        return strip_years(self.search_text)


def _era(era: str, n: str) -> int:
    value = 1 if n == "元" else int(n)
    return (2018 if era in {"令和", "r"} else 1988) + value


_ERA_PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"(令和|平成)\s*(元|\d{1,2})\s*年度?"), lambda m: _era(m.group(1), m.group(2))),
    (re.compile(r"(?<![a-z0-9])([rh])\s?(元|\d{1,2})(?![0-9])(?:\s*年度?)?"), lambda m: _era(m.group(1), m.group(2))),
    (re.compile(r"(?<![0-9])(19[89]\d|20[0-4]\d)\s*年度?"), lambda m: int(m.group(1))),
    (re.compile(r"\bfy\s?'?(19[89]\d|20[0-4]\d)\b"), lambda m: int(m.group(1))),
    (re.compile(r"\bfy\s?'?(\d{2})\b"), lambda m: 2000 + int(m.group(1))),
    (re.compile(r"\b(?:in|of|for|during|year|since|from|to)\s+(19[89]\d|20[0-4]\d)\b"), lambda m: int(m.group(1))),
    (re.compile(r"\breiwa\s*(\d{1,2})\b"), lambda m: 2018 + int(m.group(1))),
]


def strip_years(text: str) -> str:
    """The text without its fiscal-year expressions (R3, 令和3年度, FY2021 …): noise for keyword search."""
    lowered = text.lower()
    spans = sorted({m.span() for pattern, _ in _ERA_PATTERNS for m in pattern.finditer(lowered)})
    out, last = [], 0
    for a, b in spans:
        if a >= last:
            out.append(text[last:a])
            last = b
    out.append(text[last:])
    return " ".join(part for part in out if part.strip())


def fiscal_years(normalized: str) -> list[int]:
    years: list[int] = []
    taken: list[tuple[int, int]] = []
    for pattern, year_of in _ERA_PATTERNS:
        for m in pattern.finditer(normalized):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            year = year_of(m)  # type: ignore[operator]
            if year not in years:
                years.append(year)
    return sorted(years)


_REF_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("取組項目", re.compile(r"取組(?:項目)?\s*(?:no\.?|番号)?\s*(\d{1,3})")),
    ("取組項目", re.compile(r"\b(?:action\s+)?item\s*(?:no\.?|#)?\s*(\d{1,3})\b")),
    ("プログラム", re.compile(rf"プログラム\s*(?:no\.?)?\s*([{_CIRCLED_CLASS}]|\d{{1,2}})")),
    ("プログラム", re.compile(rf"(?:実施|検討)\s*([{_CIRCLED_CLASS}])")),
    ("プログラム", re.compile(r"\bprogram(?:me)?\s*(?:no\.?|#)?\s*(\d{1,2})\b")),
    ("指標", re.compile(r"指標\s*(?:no\.?)?\s*(\d{1,2})")),
    ("指標", re.compile(r"\bindicator\s*(?:no\.?|#)?\s*(\d{1,2})\b")),
]


def item_refs(text: str) -> list[ItemRef]:
    """References to numbered items; circled numbers are read before NFKC turns ⑫ into 12."""
    refs: list[ItemRef] = []
    lowered = text.lower()
    for kind, pattern in _REF_PATTERNS:
        for m in pattern.finditer(lowered):
            raw = m.group(1)
            number = CIRCLED.get(raw) or int(unicodedata.normalize("NFKC", raw))
            ref = ItemRef(kind=kind, number=number)
            if ref not in refs:
                refs.append(ref)
    return refs


@lru_cache(maxsize=1)
def glossary() -> list[tuple[re.Pattern[str], list[str]]]:
    entries = []
    for term, expansions in sorted(data_rows("glossary.tsv"), key=lambda row: -len(row[0])):
        term = unicodedata.normalize("NFKC", term).lower()
        if term.isascii():
            pattern = re.compile(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])")
        else:
            pattern = re.compile(re.escape(term))
        entries.append((pattern, [e.strip() for e in expansions.split(",") if e.strip()]))
    return entries


@lru_cache(maxsize=1)
def municipalities() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for name, romaji in data_rows("municipalities.tsv"):
        stem = name[:-1] if name[-1] in "市区町村" and len(name) > 2 else name
        # not preceded by a kanji (東京都市長会 is not 京都市); a bare stem not followed by one (多摩川 is not 多摩市)
        ja = rf"(?<![\u4e00-\u9fff])(?:{re.escape(name)}|{re.escape(stem)}(?![\u4e00-\u9fff]))"
        if len(stem) < 2:
            ja = rf"(?<![\u4e00-\u9fff]){re.escape(name)}"
        out.append((name, re.compile(rf"{ja}|(?<![a-z]){romaji}(?![a-z])")))
    return out


def expansions(normalized: str) -> list[str]:
    found: list[str] = []
    consumed = normalized
    for pattern, terms in glossary():
        if pattern.search(consumed):
            consumed = pattern.sub(" ", consumed)  # longest term wins: "my number card" before "card"
            found.extend(t for t in terms if t not in found and t.lower() not in normalized)
    return found


_LISTING = re.compile(r"全部|全て|すべて|一覧|列挙|リスト|\blist\b|\ball\b|\bevery\b")
_LIST_PREFIXES = [
    (re.compile(r"検討プログラム"), "検討プログラム"),
    (re.compile(r"実施プログラム"), "実施プログラム"),
    (re.compile(r"指標|indicators?"), "指標No."),
    (re.compile(r"取組項目|action items?"), "取組項目"),
]
_HIERARCHY = re.compile(r"(施策|方向性|基本事業)\s*(\d+)")
_EDITION = re.compile(r"第\s*(\d+)\s*(期|次)")


def listing_target(lowered: str) -> tuple[bool, str | None, list[str]]:
    listing = bool(_LISTING.search(lowered))
    prefix = next((label for pattern, label in _LIST_PREFIXES if pattern.search(lowered)), None) if listing else None
    hierarchy = [f"{kind}{int(num)}" for kind, num in _HIERARCHY.findall(lowered)]
    return listing, prefix, hierarchy


def detect_language(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "ja"
    ascii_letters = sum(1 for c in letters if c.isascii())
    return "en" if ascii_letters / len(letters) > 0.6 else "ja"


def parse_query(text: str) -> ParsedQuery:
    normalized = unicodedata.normalize("NFKC", text).strip()
    lowered = normalized.lower()
    cities = [name for name, pattern in municipalities() if pattern.search(lowered)]
    listing, prefix, hierarchy = listing_target(lowered)
    return ParsedQuery(
        listing=listing,
        list_prefix=prefix,
        hierarchy=hierarchy,
        editions=[f"第{int(n)}{kind}" for n, kind in _EDITION.findall(normalized)],
        text=text,
        normalized=normalized,
        language=detect_language(normalized),
        fiscal_years=fiscal_years(lowered),
        cities=cities,
        item_refs=item_refs(text),
        expansions=expansions(lowered),
    )
