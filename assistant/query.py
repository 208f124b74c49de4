"""Query understanding: fiscal years in any era notation, cities, item references, English terms.

``parse_query("what did we do on paperless in R3")`` -> fiscal_years [2021],
language "en", expansions ["ペーパーレス", ...]. The glossary and the list of
municipalities are data files in ``assistant/data``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, Field

from .data import data_rows
from .english_terms import strip_discourse
from .jp import era_to_western, ordinals
from .labels import UNNAMED, LabelRef, find_refs, unit_words


class ParsedQuery(BaseModel):
    text: str
    normalized: str
    language: str = Field(description="'ja' or 'en'")
    fiscal_years: list[int] = Field(default_factory=list)
    cities: list[str] = Field(default_factory=list, description="Municipalities named (Japanese names)")
    item_refs: list[LabelRef] = Field(
        default_factory=list, description="Numbered units named (取組項目8, 事業12, (2)の6番, item 8), in order"
    )
    expansions: list[str] = Field(default_factory=list, description="Document terms added for search")
    listing: bool = Field(default=False, description="Asks for every item of a kind or under a heading")
    list_prefix: str | None = Field(
        default=None, description="Kind of unit a listing asks for, as labels write it, e.g. 検討プログラム, 指標"
    )
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
    return era_to_western({"r": "令和", "h": "平成"}.get(era, era), n)


_ERA_PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"(令和|平成)\s*(元|\d{1,2})\s*年度?"), lambda m: _era(m.group(1), m.group(2))),
    (re.compile(r"(?<![a-z0-9])([rh])\s?(元|\d{1,2})(?![0-9])(?:\s*年度?)?"), lambda m: _era(m.group(1), m.group(2))),
    (re.compile(r"(?<![0-9])(19[89]\d|20[0-4]\d)\s*年度?"), lambda m: int(m.group(1))),
    # "fiscal 2021", "fiscal year 2021", "financial year 2020-21", "the 2021 fiscal year": the words go with the
    # year (left behind, 「fiscal」 alone would be searched as 財政)
    (re.compile(r"\b(?:fiscal|financial)\s+(?:years?\s+)?(19[89]\d|20[0-4]\d)(?:\s*[-–/]\s*(?:\d{4}|\d{2})\b)?"),
     lambda m: int(m.group(1))),
    (re.compile(r"\b(?:the\s+)?(19[89]\d|20[0-4]\d)\s+(?:fiscal|financial)\s+years?\b"), lambda m: int(m.group(1))),
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


def replace_years(text: str, replacement: str) -> str:
    """``text`` with its first fiscal-year expression replaced by ``replacement`` and any others removed;
    ``replacement`` put first when it has none (「R3年度に何をした？」 -> 「令和4年度に何をした？」)."""
    lowered = text.lower()
    spans = sorted({m.span() for pattern, _ in _ERA_PATTERNS for m in pattern.finditer(lowered)})
    kept: list[tuple[int, int]] = []
    for a, b in spans:
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    if not kept:
        return f"{replacement} {text}"
    out, last = [], 0
    for n, (a, b) in enumerate(kept):
        out.append(text[last:a] + (replacement if n == 0 else ""))
        last = b
    out.append(text[last:])
    return re.sub(r"\s{2,}", " ", "".join(out)).strip()


def year_spans(normalized: str) -> list[tuple[int, int, int]]:
    """Where ``normalized`` names fiscal years: (start, end, Western year), in the order of the text."""
    spans: list[tuple[int, int, int]] = []
    for pattern, year_of in _ERA_PATTERNS:
        for m in pattern.finditer(normalized):
            if not any(a < m.end() and m.start() < b for a, b, _ in spans):
                spans.append((m.start(), m.end(), year_of(m)))  # type: ignore[operator]
    return sorted(spans)


# 「2022年の何月から？」: the year of the date asked, not a year the question is about
_DATE_ASKED_AFTER = re.compile(r"\s*の?\s*何月")


def fiscal_years(normalized: str) -> list[int]:
    return sorted({year for _, end, year in year_spans(normalized) if not _DATE_ASKED_AFTER.match(normalized, end)})


# a year that keys a value or bounds a span (「R3年度末の現状値」「2020年度比」「R4年度から」), not one asked about
_YEAR_KEYING = re.compile(r"\s*(?:末|比|まで|から|より|以降|以前|当初|時点|現在|初め|中)")
# a clause that asks something (「R3は20人だったよね」 states what it knows)
_ASKS = re.compile(r"何|なに|なん[でのだ]|どう|どんな|どの|どれ|どこ|いくら|いくつ|いつ|誰|だれ|か[?？]|か、|[?？]|\b(?:what|how|which|when|who)\b")
# …and a year asked about as a topic of its own (「R3年度は…、R4年度の方針では…」)
_YEAR_AS_TOPIC = re.compile(r"\s*(?:は|では|には|の|と|で|、|,)")


def years_asked_each(normalized: str) -> list[int]:
    """The fiscal years a question asks about each as a topic of its own (「R3年度はどう確かめ、R4年度の方針では何を
    目指す？」 -> [2021, 2022]), in order: each followed by a clause that asks something; not years that key a value or
    bound a span (「R3年度末の現状値とR6年度末の目標値」), nor one whose clause states what the asker knows (「R3は20人だった
    よね。R2年度は何人？」 asks only 2020)."""
    lowered = normalized.lower()
    spans = year_spans(lowered)
    asks: list[bool] = []
    for n in range(len(spans) - 1, -1, -1):  # a year joined to the next by と or 、 (「R3とR4で何が…」) asks what it asks
        clause = lowered[spans[n][1]:(spans[n + 1][0] if n + 1 < len(spans) else len(lowered))]
        asks.insert(0, bool(_ASKS.search(clause)) or (len(clause.strip()) <= 2 and bool(asks) and asks[0]))
    return list(dict.fromkeys(year for (_, end, year), asked in zip(spans, asks, strict=True)
                              if asked and not _YEAR_KEYING.match(lowered, end) and _YEAR_AS_TOPIC.match(lowered, end)))


def date_asked_year(normalized: str) -> int | None:
    """The year of the date a question asks (「2022年の何月から？」 -> 2022), if it names one."""
    return next((year for _, end, year in year_spans(normalized) if _DATE_ASKED_AFTER.match(normalized, end)), None)


def _number_forms(term: str) -> tuple[str, str]:
    """An English term as (the text every form of it starts with, the pattern of its last word's endings): its
    last word may be singular or plural (regular forms), a row 「employees」 matches "per employee", 「city」
    "cities"."""
    head, _, last = term.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith("ies") and len(last) > 4:
        return prefix + last[:-3], "(?:y|ies)"
    if last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        return prefix + last[:-1], "s?"
    if last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        return prefix + last[:-1], "(?:y|ies)"
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return prefix + last, "(?:es)?"
    return prefix + last, "s?"


class GlossaryRow(NamedTuple):
    pattern: re.Pattern[str]
    terms: list[str]
    anchor: str  # what any match contains: a question without it is not searched (some 300 rows, asked four times)


def glossary(citizen: bool = True) -> list[GlossaryRow]:
    """English terms (glossary.tsv) and, unless ``citizen`` is off, Japanese citizen phrasing
    (citizen_glossary.tsv) -> the documents' terms; longest term first. Compiled once for each value of the flag,
    however it is passed."""
    return _glossary(bool(citizen))


@lru_cache(maxsize=2)
def _glossary(citizen: bool) -> list[GlossaryRow]:
    rows = data_rows("glossary.tsv") + (data_rows("citizen_glossary.tsv") if citizen else [])
    entries = []
    for term, expansions in sorted(rows, key=lambda row: -len(row[0])):
        term = unicodedata.normalize("NFKC", term).lower()
        if term.isascii():
            anchor, endings = _number_forms(term)
            pattern = re.compile(rf"(?<![a-z0-9]){re.escape(anchor)}{endings}(?![a-z0-9])")
        else:
            pattern, anchor = re.compile(re.escape(term)), term
        entries.append(GlossaryRow(pattern, [e.strip() for e in expansions.split(",") if e.strip()], anchor))
    return entries


def city_stem(name: str) -> str:
    """A municipality's name without 市, 区, 町 or 村 (狛江市 -> 狛江), unless that leaves one character (府中市 -> 府中,
    but 北区 stays)."""
    return name[:-1] if name[-1:] in ("市", "区", "町", "村") and len(name) > 2 else name


def as_municipality_writes(term: str, city: str) -> str:
    """A term as a town, village or ward writes it: 市民 -> 町民, 市税 -> 町税 for わたすげ町 (a 市 that starts a
    word, not 都市's); a city's documents keep 市."""
    kind = city[-1:]
    return re.sub(r"(?<![一-龥々])市", kind, term) if kind in ("町", "村", "区") else term


@lru_cache(maxsize=1)
def municipalities() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for name, romaji in data_rows("municipalities.tsv"):
        stem = city_stem(name)
        # not preceded by a kanji (東京都市長会 is not 京都市); a bare stem not followed by one (多摩川 is not 多摩市)
        ja = rf"(?<![\u4e00-\u9fff])(?:{re.escape(name)}|{re.escape(stem)}(?![\u4e00-\u9fff]))"
        if len(stem) < 2:
            ja = rf"(?<![\u4e00-\u9fff]){re.escape(name)}"
        out.append((name, re.compile(rf"{ja}|(?<![a-z]){romaji}(?![a-z])")))
    return out


def municipality_romaji() -> list[tuple[str, str]]:
    """(Japanese name, romaji) of every municipality the data file knows."""
    return [(row[0], row[1]) for row in data_rows("municipalities.tsv")]


def glossary_terms(normalized: str) -> list[str]:
    """The glossary terms a question uses (the English or citizen words, not their expansions)."""
    lowered = normalized.lower()
    return [m.group(0) for row in glossary() if row.anchor in lowered for m in row.pattern.finditer(lowered)]


def glossary_rows(normalized: str) -> list[tuple[str, list[str]]]:
    """The English glossary rows a question uses, longest first, each term once: (the words as the question
    writes them, the documents' terms) — "municipal bonds" -> 市債."""
    found: list[tuple[str, list[str]]] = []
    consumed = strip_discourse(strip_years(normalized)).lower()
    for pattern, terms, anchor in glossary(citizen=False):
        match = pattern.search(consumed) if anchor in consumed else None
        if match:
            consumed = pattern.sub(" ", consumed)
            found.append((match.group(0), terms))
    return found


def expansion_rows(normalized: str, citizen: bool = True) -> list[list[str]]:
    """The document terms of each glossary row a question uses, longest row term first: 「ネットで申し込める？」 ->
    [[オンライン, 電子申請]]."""
    rows: list[list[str]] = []
    consumed = strip_discourse(strip_years(normalized))  # 「by the way」, 「fiscal year」, "fiscal 2021": no subject
    for pattern, terms, anchor in glossary(citizen):
        if anchor in consumed and pattern.search(consumed):
            consumed = pattern.sub(" ", consumed)  # longest term wins: "my number card" before "card"
            rows.append(terms)
    return rows


def expansions(normalized: str, citizen: bool = True) -> list[str]:
    found: list[str] = []
    for terms in expansion_rows(normalized, citizen):
        found.extend(t for t in terms if t not in found and t.lower() not in normalized)
    return found


_LISTING = re.compile(r"全部|全て|すべて|一覧|列挙|リスト|\blist\b|\ball\b|\bevery\b")
_WHICH = re.compile(r"どんな|どの|どういう|何が|なにが|\bwhich\b|\bwhat\b")


def listing_target(text: str, refs: list[LabelRef]) -> tuple[bool, str | None, list[str]]:
    """(a listing?, the kind of unit listed, the headings it is under): 「方向性2の取組項目を全部」 ->
    (True, 取組項目, [方向性2]). Kinds and headings are any numbering keyword, not a fixed list."""
    listing = bool(_LISTING.search(text.lower()))
    kinds = unit_words(text) if listing else []
    hierarchy = [ref.printed() for ref in refs if ref.kind not in UNNAMED]
    if not listing and hierarchy and len(hierarchy) == len(refs) and _WHICH.search(text.lower()):
        # 「施策1の方向性2にはどんな取組がある？」: which units of a kind are under headings named; not of a unit
        # named by its number (「取組項目08はどんな取組？」: 取組 is its own kind)
        asked = unit_words(text)
        related = lambda a, b: a.startswith(b) or b.startswith(a)  # noqa: E731
        if asked and not any(related(ref.kind, kind) for ref in refs for kind in asked):
            return True, asked[-1], hierarchy
    return listing, (kinds[-1] if kinds else None), hierarchy


# a Japanese particle after a name in Latin letters or a number: 「Group1の1(4)は？」「RPAは？」 are Japanese
_PARTICLE_AFTER_LATIN = re.compile(r"[A-Za-z0-9)）]\s?(?:の|は|が|を|に|で|と|も|って)")


def detect_language(text: str) -> str:
    """"en" when most letters are Latin and no Japanese particle follows a Latin word (「RPAは？」); else "ja"."""
    if _PARTICLE_AFTER_LATIN.search(text):
        return "ja"
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "ja"
    ascii_letters = sum(1 for c in letters if c.isascii())
    return "en" if ascii_letters / len(letters) > 0.6 else "ja"


# a city named only as the one to compare with: 「小平市みたいに、狛江市も…」, "Like Kodaira, does Komae …"
_LIKE_AFTER = re.compile(r"\s*(?:みたいに|みたいな|のように|のような|と同じく|と同じように|と同じような|と同様に|"
                         r"(?:'s)?\s+does\b)")
_LIKE_BEFORE = re.compile(r"(?:\blike|\bunlike|\bas|\bthe way|\bsimilar to|\bcompared (?:with|to))\s+(?:in\s+)?$")


def _subject_cities(lowered: str) -> list[str]:
    """The municipalities a question is about: one named only as the one to compare with is left out when
    another is named as the subject."""
    named: dict[str, bool] = {}
    for name, pattern in municipalities():
        found = list(pattern.finditer(lowered))
        if found:
            named[name] = all(_LIKE_AFTER.match(lowered, m.end()) or _LIKE_BEFORE.search(lowered[:m.start()])
                              for m in found)
    subjects = [name for name, compared in named.items() if not compared]
    return subjects if subjects else list(named)


def parse_query(text: str, citizen_glossary: bool = True) -> ParsedQuery:
    normalized = unicodedata.normalize("NFKC", text).strip()
    lowered = normalized.lower()
    cities = _subject_cities(lowered)
    refs = find_refs(text)
    listing, prefix, hierarchy = listing_target(normalized, refs)
    return ParsedQuery(
        listing=listing,
        list_prefix=prefix,
        hierarchy=hierarchy,
        editions=[o for o in ordinals(normalized) if not o.endswith("回")],
        text=text,
        normalized=normalized,
        language=detect_language(normalized),
        fiscal_years=fiscal_years(lowered),
        cities=cities,
        item_refs=refs,
        expansions=expansions(lowered, citizen_glossary),
    )
