"""What a question names that the corpus does not hold: numbered units, meetings and editions, offices.

A near-miss question asks about something the documents do talk about, but names a detail they do not
contain: 「指標No.8」 when the indicators stop at No.7, 「Group3」 of a report with two groups, 「第2回の
部会」 when only the third meeting's record is there, 「DX推進課」 in a city whose office is 情報政策課.
Answering with the neighbouring content is wrong; the answer says what is missing and what exists.
These checks compare the question's named things with the corpus's inventory, not with a threshold.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from enum import StrEnum
from functools import lru_cache

from pydantic import BaseModel, Field

from .jp import CIRCLED, CIRCLED_CLASS, KATAKANA_ORDER, compact, normalize_width, ordinals
from .jp import circled as circled_number
from .labels import (
    BARE,
    KANA,
    UNNAMED,
    LabelRef,
    bracketed_refs,
    compatible,
    find_refs,
    label_refs,
    lettered,
    nested_refs,
    same_kind,
)
from .query import as_municipality_writes, city_stem, municipalities, strip_years
from .tokenize_ja import content_lemmas, lemma_spellings, noun_compounds, place_names, suffixes, tagged_tokens
from .types import Record


class MissingKind(StrEnum):
    UNIT = "unit"  # a numbered item, group, section, indicator …
    ORDINAL = "ordinal"  # a meeting (第2回), an edition (第2期, 第7次)
    OFFICE = "office"  # a department or office name
    TERM = "term"  # a thing only another city's documents name (小平市の「財政調整基金」)
    PLACE = "place"  # a place no document names (「新宿駅前の…」, "the capital of France")
    THING = "thing"  # what a yes/no question asks about that no document names (「電子書籍の貸し出しはある？」)


class Missing(BaseModel):
    kind: MissingKind
    asked: str = Field(description="What the question names, as it names it")
    available: list[str] = Field(default_factory=list, description="What the corpus holds of that kind, nearby")
    where: list[str] = Field(default_factory=list, description="The cities whose documents were looked in")



_OFFICE = re.compile(r"[A-Za-z0-9ァ-ヶー一-龥・]{2,12}?(?:課|室|局|部)(?![一-龥])")
_NOT_OFFICE = ("全部", "一部", "各部", "内部", "外部", "幹部", "細部", "大部", "上部", "下部", "前部", "後部",
               "東部", "西部", "南部", "北部", "中部", "本部", "学部", "支部", "頭部", "腹部", "部課", "局部", "教室",
               "居室", "和室", "個室", "事務局", "当局")


_ROLE = ("担当", "所管", "関係", "主管", "各", "全", "同", "当", "他", "どの", "何", "どこ", "その", "この")


@lru_cache(maxsize=1)
def _municipality_names() -> frozenset[str]:
    return frozenset(name for name, _ in municipalities())


@lru_cache(maxsize=16)
def _longest_first(cities: AbstractSet[str]) -> tuple[str, ...]:
    return tuple(sorted(cities | _municipality_names(), key=len, reverse=True))


def _cities_apart(text: str, cities: AbstractSet[str]) -> str:
    """``text`` with a space after each municipality's name it writes (of ``cities`` or those known), so that a
    name written before an office is no part of it (「狛江市総務部」, 「こがね原市企画課」)."""
    for name in _longest_first(cities):
        if name in text:
            text = text.replace(name, f"{name} ")
    return text


def offices(text: str, cities: Iterable[str] = ()) -> list[str]:
    """Office names a question uses: 「DX推進課」, 「企画財政部」 (not 全部, 一部, 事務局 …); a city's name or a fiscal year
    before one is no part of it (「狛江市総務部」, 「令和4年度総務部の方針」 -> 総務部; ``cities``: the corpus's, beside the
    municipalities known)."""
    out = []
    for m in _OFFICE.finditer(_cities_apart(strip_years(unicodedata.normalize("NFKC", text)), frozenset(cities))):
        name = m.group(0)
        if len(name) >= 3 and not name.endswith(_NOT_OFFICE) and not name.startswith(_ROLE):
            out.append(name)
    return list(dict.fromkeys(out))


def _runs(values: Iterable[str], each: str = "") -> str:
    """「1、2、3、4、7」 -> 「1〜4、7」; with ``each`` before every number (「C-」: 「C-1〜C-2」)."""
    numbers = sorted({int(v) for v in values if v.isdigit()})
    others = sorted({v for v in values if not v.isdigit()})
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(f"{each}{start}" if start == n else f"{each}{start}〜{each}{n}")
            start = None
    return "、".join(parts + others)


def _singles_joined(run: Sequence[str]) -> list[str]:
    """A run of nouns with its one-character words that follow one another joined (病児保育 tagged 病・児・保育 ->
    病児, 保育): a town that prints 病 and 児 somewhere (病院, 児童) has not printed 病児."""
    out: list[str] = []
    joinable = False
    for word in run:
        if len(word) == 1 and joinable:
            out[-1] += word
        else:
            out.append(word)
            joinable = len(word) == 1
    return out


def _held(kind: str, values: Iterable[str]) -> str:
    """The units of a kind held, as headings print them: 「取組項目1〜4、7」, 「C-1〜C-2」, 「ア〜イ」."""
    if kind == KANA:
        return re.sub(r"\d+", lambda m: LabelRef(KANA, m.group()).text(), _runs(values))
    return _runs(values, kind) if lettered(kind) else f"{kind}{_runs(values)}"


_TIME_WORDS = frozenset({"年度", "年", "月", "期間", "時点"})
"""A compound that ends in one of these names a time (「最終年度」, 「目標年度」), which the year checks judge: no thing
of another city's."""
_NAME_WORD = re.compile(r"[ァ-ヶー]+|[a-z][a-z0-9]*")  # a loanword, or a name in Latin letters
_LATIN_NAME = re.compile(r"[a-z][a-z0-9]*")  # LINE, RPA: a system's name (a loanword may be another city's kanji)
_KANJI_WORD = re.compile(r"[一-龥々]{2,}")  # a word of two kanji or more: 議会, 会議録
_KANJI = re.compile(r"[一-龥々]")


def _as_written(word: str, question: str) -> str:
    """``word`` (a token, lowercased) as the question writes it: LINE, not line."""
    written = re.search(re.escape(compact(word)), unicodedata.normalize("NFKC", question), re.I)
    return written.group() if written else word


def _compares(question: str, cities: Sequence[str]) -> bool:
    """Whether the question asks about ``cities`` as the same as another (「小平市でも」「小平市にも」, or of one of
    its documents, named in up to 20 characters: 「小平市の経営方針推進プログラムにも」「府中の部会でも」)."""
    text = compact(question)
    return any(re.search(rf"{re.escape(compact(name))}(?:の[^、。？?]{{0,20}}?(?:で|に)|で|に)?も(?!とづ|基づ)", text)  # not 「…にもとづく」
               for city in cities for name in {city, city_stem(city)} if name)


def _record_text(r: Record) -> str:
    return compact("\n".join([r.document, r.label, r.title, r.section, " ".join(r.departments), r.text,
                               *r.fields.values()]))


_NTH_ASKED = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:つ目|番目)")
_EN_NTH_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10}
_EN_NTH = re.compile(rf"\b(?:the\s+)?({'|'.join(_EN_NTH_WORDS)}|\d{{1,2}}(?:st|nd|rd|th))\s+(?!meeting|session|summit|"
                     r"forum|conference|phase|term|edition|plan|year|floor)[a-z]", re.I)
# a list's entry marks: (1), 1., ①, and the kana a form's fields are lettered with in the order of the syllabary
# (「ア. 進捗状況」「イ. 成果・課題」 …)
_LIST_MARK = re.compile(rf"^\s*(?:[・\-]\s*)?(?:[(（]\s*(\d{{1,2}})\s*[)）]|(\d{{1,2}})[.．)）]\s|([①-⑳])|([{KATAKANA_ORDER}])\s*[.．])",
                        re.M)
_KANA_ASKED = re.compile(rf"(?<![ァ-ヶー])([{KATAKANA_ORDER}])\s*[.．](?!\d)")  # 「「キ.」の欄」


def _mark_number(arabic: str, circled: str, kana: str) -> int:
    return int(arabic) if arabic else ord(circled) - ord("①") + 1 if circled else KATAKANA_ORDER.index(kana) + 1


def nth_asked(question: str) -> tuple[int, str] | None:
    """The place in a list a question asks for, and how it says it: 「6つ目の予測」 (6, 6つ目), "the sixth
    prediction" (6, sixth); not "the 6th meeting", an ordinal's to judge."""
    text = unicodedata.normalize("NFKC", question)
    m = _NTH_ASKED.search(text)
    if m:
        return int(m.group(1)), m.group(0)
    m = _KANA_ASKED.search(text)
    if m:  # a form's field by its letter: 「グループ①の「キ.」の欄」
        return KATAKANA_ORDER.index(m.group(1)) + 1, m.group(0)
    m = _EN_NTH.search(text)
    if m:
        word = m.group(1)
        return _EN_NTH_WORDS.get(word.lower()) or int(re.sub(r"\D", "", word)), word
    return None


def listed_count(text: str) -> int:
    """How many entries the longest list numbered from 1 in ``text`` has (「(1) … (5) …」: 5; ①②③: 3)."""
    numbers = [_mark_number(a or b, c, k) for a, b, c, k in _LIST_MARK.findall(text)]
    best = run = 0
    for n in numbers:
        run = n if n == run + 1 else (1 if n == 1 else run)
        best = max(best, run)
    return best


def entry_number(sentence: str) -> int | None:
    """The number of the list entry a sentence opens (「(5) 人口が減る。」, 「⑤ …」, 「5. …」), if it opens one."""
    m = _LIST_MARK.match(sentence)
    if m is None:
        return None
    a, b, c, k = m.groups()
    return _mark_number(a or b, c, k)


# the n-th time something was held (「5回目のヒアリング」), and how many times it was held in all (「計4回」「全4回」)
_NTH_TIME = re.compile(r"(?<![\d第])(\d{1,2})\s*回目")
_TIMES_IN_ALL = re.compile(r"(?:計|全|合計|延べ)\s*(\d{1,2})\s*回(?![目数])")


def missing_nth(question: str, record: Record) -> list[Missing]:
    """The n-th entry of a list asked (「未来予測の6つ目は？」) where the item answering lists fewer (「(1)〜(5)」):
    with what it lists."""
    time = _NTH_TIME.search(unicodedata.normalize("NFKC", question))
    totals = [int(n) for n in _TIMES_IN_ALL.findall(unicodedata.normalize("NFKC", record.text))] if time else []
    if time and totals and int(time.group(1)) > max(totals):  # 「5回目のヒアリング」 of 「計4回開催し」
        return [Missing(kind=MissingKind.UNIT, asked=time.group(0), available=[f"計{max(totals)}回"])]
    asked = nth_asked(question)
    count = listed_count(record.text) if asked else 0
    if not asked or count < 2 or asked[0] <= count:
        return []
    held = f"ア.〜{KATAKANA_ORDER[count - 1]}." if _KANA_ASKED.fullmatch(asked[1]) else f"(1)〜({count})"
    return [Missing(kind=MissingKind.UNIT, asked=asked[1], available=[f"「{record.title}」の{held}"])]


# 「現状分析の(5)」「未来予測の5つ目」「人材育成と働き方改革の取組④」「…組織づくりの取組の（２）」「…の活性化で、取組の③」:
# an entry asked under a heading named by its title (the shortest run of words before it, up to a comma or a bracket)
_SUB_OF = re.compile(rf"([^\s、。,，？?！!「」『』()（）]{{2,40}}?)\s*(?:の|で(?:は)?\s*[、,])\s*(?:(?:取組|取り組み|項目|施策|事業|プログラム)\s*"
                     rf"(?:の\s*)?)?(?:[(（]\s*(\d{{1,2}})\s*[)）]|(\d{{1,2}})\s*(?:つ目|番目)|([{CIRCLED_CLASS}]))")
_HEADING_NUMBER = re.compile(r"^\s*(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})(?![\d,.]\d)\s*[.．、]?)\s*")
_TITLE_CHARS = 4  # a heading's title found inside the words a question names it by: at least this long


def sub_entries(record: Record) -> list[tuple[str, str, int]]:
    """The numbered entries a record is or lists, each as (the unit it is under, that unit's title when a heading
    of the record's section gives it, its own number): 「Group1 1(4)」 under 「1. 現状分析」 -> (グループ1, "", 1) and
    (1, 現状分析, 4); 「第1章2」 -> (章1, "", 2); an item titled 「未来予測（仮説）」 that lists (1)〜(5) -> (its last
    unit, 未来予測(仮説), 1) … (…, 5)."""
    headings = [normalize_width(part).strip() for part in record.section.split(">")]
    # a number is titled by the heading that writes it as the label does: 「(3) ①」 by 「(3) 安全・安心…」, 「1(4)」 by
    # 「1. 現状分析」 (the outer heading of a number written alike is the one a pair is under)
    titled: dict[tuple[str, bool], str] = {}
    for h in headings:
        if m := _HEADING_NUMBER.match(h):
            titled.setdefault((m.group(1) or m.group(2), bool(m.group(1))), _HEADING_NUMBER.sub("", h, count=1))
    refs = label_refs(record.label)
    written = bracketed_refs(record.label)

    def title_of(k: int) -> str:
        number, bracketed = refs[k].value, k < len(written) and written[k]
        return titled.get((number, bracketed)) or titled.get((number, not bracketed), "")

    out = [(outer.text(), title_of(k) if outer.kind == BARE else "", int(inner.value))
           for k, (outer, inner) in enumerate(zip(refs, refs[1:], strict=False))
           if inner.kind == BARE and inner.value.isdigit()]
    count = listed_count(record.text)
    if count >= 2:
        own = refs[-1].text() if refs else ""
        out += [(own, normalize_width(record.title), k) for k in range(1, count + 1)]
    return out


@lru_cache(maxsize=4096)
def asked_sub_entries(question: str) -> tuple[tuple[str, str, int, str], ...]:
    """The entries a question asks under a unit or heading, as (the unit by its counter, or "", the heading's title,
    or "", the entry's number, the words that ask it): 「Group1の1(5)」 -> (グループ1, "", 1, Group1の1) and (1, "", 5,
    1(5)); 「第1章3」 -> (章1, "", 3, 第1章3); 「現状分析の(5)」「現状分析の5つ目」 -> ("", 現状分析, 5, …)."""
    out = [(outer.text(), "", int(inner.value), written) for outer, inner, written in nested_refs(question)
           if inner.value.isdigit()]
    m = _SUB_OF.search(normalize_width(question))
    if m and not out:
        number = m.group(2) or m.group(3)
        out.append(("", m.group(1), int(number) if number else CIRCLED[m.group(4)], m.group(0)))
    return tuple(out)  # (asked by every stage of one answer: read once)


def _entries_held(asked: tuple[str, str, int, str], held: Iterable[int]) -> str:
    """The entries held under what an asked entry is under, written as the question writes the one it asks:
    「第1章1〜第1章2」 for 「第1章3」, 「「現状分析」の(1)〜(4)」 for 「現状分析の(5)」."""
    unit, title, entry, written = asked
    last = list(re.finditer(rf"\d+|[{CIRCLED_CLASS}]", written))[-1]  # the entry's number as written: 5, ③
    in_circles = last.group() in CIRCLED_CLASS

    def shown(number: str) -> str:
        k = int(number)
        return written[:last.start()] + (circled_number(k) if in_circles else str(k)) + written[last.end():]

    listed = re.sub(r"\d+", lambda m: shown(m.group()) if unit else circled_number(int(m.group())) if in_circles
                    else f"({m.group()})", _runs(str(k) for k in held))
    return listed if unit else f"「{title}」の{listed}"


class Inventory:
    """Per city: the numbered units (kind -> values) and the text of its records, for near-miss checks."""

    def __init__(self, records: Sequence[Record]) -> None:
        self.records = records
        self.units: dict[str, dict[str, set[str]]] = {}
        self.items: dict[str, dict[str, set[str]]] = {}  # the kinds items are numbered by (no headings)
        texts: dict[str, list[str]] = {}
        self.city_years: dict[str, set[int]] = {}
        documents: dict[str, list[str]] = {}  # per document, as texts is per city
        self.document_years: dict[str, set[int]] = {}
        self.document_city: dict[str, str] = {}
        self.document_title: dict[str, str] = {}
        for r in records:
            self.city_years.setdefault(r.city, set()).update(r.fiscal_years)
            kinds = self.units.setdefault(r.city, {})
            refs = label_refs(r.label) + [ref for part in r.section.split(">") for ref in find_refs(part)[:1]]
            for ref in refs:
                kinds.setdefault(ref.kind, set()).add(ref.value)
            for ref in label_refs(r.label)[-1:]:
                if ref.kind not in UNNAMED:  # (a katakana entry is under an item)
                    self.items.setdefault(r.city, {}).setdefault(ref.kind, set()).add(ref.value)
            text = _record_text(r)
            texts.setdefault(r.city, []).append(text)
            documents.setdefault(r.source_file, []).append(text)
            self.document_years.setdefault(r.source_file, set()).update(r.fiscal_years)
            self.document_city[r.source_file] = r.city
            self.document_title[r.source_file] = f"{r.city} {r.document}" if r.city not in r.document else r.document
        self.city_text = {city: "\n".join(parts) for city, parts in texts.items()}
        self.document_text = {source: "\n".join(parts) for source, parts in documents.items()}
        self._entries: dict[int, list[tuple[str, str, int]]] = {}
        self._record_texts = [t for parts in texts.values() for t in parts]
        self._holding: dict[str, int] = {}
        self._lemmas: dict[str, dict[str, set[str]]] = {}
        self._heads: dict[str, int] | None = None

    def head_uses(self, word: str) -> int:
        """How many different words the documents put before ``word`` in a compound (制度: ふるさと納税制度,
        人事評価制度, …): a word that heads many compounds names a kind of thing, not the thing."""
        if self._heads is None:
            before: dict[str, set[str]] = {}
            for r in self.records:
                for run in noun_compounds(f"{r.title}\n{r.text}"):
                    if len(run) >= 2:
                        before.setdefault(run[-1], set()).add("".join(run[:-1]))
            self._heads = {head: len(words) for head, words in before.items()}
        return self._heads.get(word, 0)

    def rarity(self, term: str) -> float:
        """How rare ``term`` is in the corpus: log((records + 1) / (records printing it + 1)), 0 for a term
        every record prints."""
        key = compact(term)
        if key not in self._holding:
            self._holding[key] = sum(key in text for text in self._record_texts)
        return math.log((len(self._record_texts) + 1) / (self._holding[key] + 1))

    def prints(self, text: str, cities: Sequence[str]) -> bool:
        """Whether the documents of ``cities`` print ``text`` (spaces and width aside)."""
        key = compact(text)
        return any(key in self.city_text.get(city, "") for city in cities)

    def prints_in_years(self, text: str, cities: Sequence[str], years: Iterable[int]) -> bool:
        """Whether the documents of ``cities`` that speak of one of ``years`` print ``text``."""
        key, asked = compact(text), set(years)
        return any(key in self.document_text[source] for source, city in self.document_city.items()
                   if city in cities and self.document_years.get(source, set()) & asked)

    def prints_word(self, word: str, cities: Sequence[str]) -> bool:
        """Whether the documents of ``cities`` print ``word`` as a word of their own, not inside another (ネット
        of インターネット or ネットワーク does not count; 議会だより does)."""
        key, lemmas = compact(word), content_lemmas(word)
        return bool(lemmas) and any(key in self.city_text.get(city, "") and lemmas <= self._city_lemmas(city)
                                    for city in cities)

    def spellings(self, word: str, cities: Sequence[str]) -> set[str]:
        """How the documents of ``cities`` spell ``word``, when they write it otherwise: their words with its
        UniDic lemma (むし歯 of 虫歯, 子供 of 子ども, こども of 子供)."""
        lemmas = content_lemmas(word)
        if len(lemmas) != 1:
            return set()
        lemma = next(iter(lemmas))
        return {form for city in cities for form in self._city_spellings(city).get(lemma, ())}

    def years(self, cities: Sequence[str]) -> set[int]:
        """The fiscal years the documents of ``cities`` speak of."""
        return {year for city in cities for year in self.city_years.get(city, ())}

    def text(self, pos: int) -> str:
        return _record_text(self.records[pos])

    def missing_units(self, refs: list[LabelRef], cities: Sequence[str]) -> list[Missing]:
        """Numbered units the question names, of a kind the documents of ``cities`` number, that none of
        them carries; with what they have of that kind."""
        out = []
        for ref in refs:
            if ref.kind == BARE:
                continue
            values = {v for city in cities for kind, vs in self.units.get(city, {}).items()
                      if same_kind(ref.kind, kind) for v in vs}
            if not values:
                # a kind those documents do not number by (「item No. 29」, 取組項目, asked of 小平市's
                # プログラム): the number is looked for among the items they do number (a hyphenated
                # number is no kind of item: nothing to judge)
                kinds = {kind: vs for city in cities for kind, vs in self.items.get(city, {}).items()}
                letters = {kind: vs for kind, vs in kinds.items() if lettered(kind)}
                if lettered(ref.kind) and letters:  # 「D-1」 of a plan lettered A to C: the letter is missing
                    out.append(Missing(kind=MissingKind.UNIT, asked=ref.text(),
                                       available=[_held(kind, vs) for kind, vs in sorted(letters.items())]))
                elif ref.kind != "hyphen" and kinds and not lettered(ref.kind) and not any(
                        ref.value in vs for city in cities for vs in self.units.get(city, {}).values()):
                    out.append(Missing(kind=MissingKind.UNIT, asked=ref.text(),
                                       available=[_held(kind, vs) for kind, vs in sorted(kinds.items())]))
                continue
            if ref.value in values:
                continue
            out.append(Missing(kind=MissingKind.UNIT, asked=ref.text(),
                               available=[_held(ref.kind if ref.kind != "hyphen" else "", values)]))
        return out

    def _under(self, asked: tuple[str, str, int, str], cities: Sequence[str], named: Sequence[LabelRef]
               ) -> tuple[dict[int, list[int]], set[str]]:
        """The records of ``cities`` under the unit or heading an asked entry names, by the entry each is or lists;
        among the records of the units the question names as well (「Group1の…」) where any is. A heading is named
        by its title, by part of it (「現状分析」 of 「現状分析（仮説）」) or by words that hold it whole
        (「しおさい市の人材育成と働き方改革」); the titles of the headings so found come with the records."""
        unit, title, _, _ = asked
        # the title as asked, and what follows each の in it (「Group1の未来予測」: 未来予測)
        forms = [title, *(f for m in re.finditer("の", title) if len(f := title[m.end():]) >= _TITLE_CHARS)]
        positions = [pos for pos, r in enumerate(self.records) if r.city in cities]
        within = [pos for pos in positions if all(any(compatible(ref, lab) for lab in label_refs(self.records[pos].label))
                                                  for ref in named)]
        held: dict[int, list[int]] = {}
        titles: set[str] = set()
        for pos in within or positions:
            if pos not in self._entries:  # read once per record
                self._entries[pos] = sub_entries(self.records[pos])
            for n, t, k in self._entries[pos]:
                main = t.split()[0] if t.split() else ""  # (a heading run together with a field: 「… 担当課 市民協働課」)
                by_title = bool(title and t and (any(f in t for f in forms)
                                                 or (len(main) >= _TITLE_CHARS and main in title)))
                if (unit and n == unit) or by_title:
                    held.setdefault(k, []).append(pos)
                    titles |= {main} if by_title else set()
        return held, titles

    def sub_entry_holders(self, question: str, cities: Sequence[str], named: Sequence[LabelRef]) -> list[int]:
        """The records that are or list the entry the question asks under a unit or heading (「未来予測の5つ目」:
        the item that lists (1)〜(5) under that title); [] when it asks none, or none is held."""
        asked = asked_sub_entries(question)
        if not asked:
            return []
        held, _ = self._under(asked[-1], cities, named)
        return held.get(asked[-1][2], [])

    def missing_sub_entry(self, question: str, cities: Sequence[str], named: Sequence[LabelRef]) -> list[Missing]:
        """An entry asked under a unit or heading (「第1章3」, 「1(5)」, 「現状分析の(5)」) that no record of ``cities``
        under it is or lists, where some are (the heading holds (1)〜(4)): with what it holds. Nothing to judge when
        no record is under it."""
        for asked in asked_sub_entries(question):
            held, titles = self._under(asked, cities, named)
            if not held or asked[2] in held:
                continue
            if len(titles) == 1:  # said by the heading's own title, not the words it was asked by
                title = next(iter(titles))
                written = asked[3][asked[3].find(title):] if title in asked[3] else asked[3]  # (not 「しおさい市の…」)
                asked = (asked[0], title, asked[2], written)
            return [Missing(kind=MissingKind.UNIT, asked=asked[3], available=[_entries_held(asked, held)])]
        return []

    def missing_ordinals(self, asked: list[str], evidence: Sequence[int]) -> list[Missing]:
        """Meetings and editions named that the records found for the question do not mention."""
        out = []
        mentioned = {m for pos in evidence for m in ordinals(self.text(pos))} if asked else set()  # 第四次 is 第4次
        for ordinal in asked:
            if ordinal in mentioned:
                continue
            kind = ordinal[-1]
            held = sorted((m for m in mentioned if m.endswith(kind)), key=lambda m: int(re.sub(r"\D", "", m)))
            out.append(Missing(kind=MissingKind.ORDINAL, asked=ordinal, available=held))
        return out

    def missing_offices(self, asked: list[str], cities: Sequence[str], evidence: Sequence[int]) -> list[Missing]:
        """Office names no document of ``cities`` mentions; with the offices of the records found."""
        out = []
        for name in asked:
            key = compact(name)
            if any(key in self.city_text.get(city, "") for city in cities):
                continue
            held = list(dict.fromkeys(d for pos in evidence for d in self.records[pos].departments))
            out.append(Missing(kind=MissingKind.OFFICE, asked=name, available=held[:5]))
        return out

    def missing_places(self, question: str, cities: Sequence[str], named_cities: Sequence[str]) -> list[Missing]:
        """Places a Japanese question names (UniDic's 固有名詞・地名: 新宿, 多摩川, 深谷) that no document prints,
        with the cities whose documents were looked in. A place that is a municipality the question names
        (八王子 of 八王子市) is the city check's to answer, not this one."""
        out = []
        for place in dict.fromkeys(place_names(question)):
            if any(compact(place) in compact(city) for city in named_cities) or self.prints(place, list(self.city_text)):
                continue
            out.append(Missing(kind=MissingKind.PLACE, asked=place, where=list(cities)))
        return out

    def unmentioned_municipalities(self, named: Sequence[str], cities: Sequence[str]) -> list[Missing]:
        """Municipalities without documents that a question names beside the cities it asks of (「小平市の推進プログ
        ラムに、国立市と連携する話は出てくる？」 "Does Kodaira's programme say anything about working with
        Kunitachi?"), when the documents of ``cities`` never mention them, by name or stem (国立市, 国立): they say
        nothing of that city."""
        return [Missing(kind=MissingKind.PLACE, asked=other, where=list(cities)) for other in dict.fromkeys(named)
                if other not in self.city_text and other not in cities
                and not self.prints(other, cities) and not self.prints(city_stem(other), cities)]

    def _city_lemmas(self, city: str) -> AbstractSet[str]:
        """The UniDic lemmas of the content words of ``city``'s records."""
        return self._city_spellings(city).keys()

    def _city_spellings(self, city: str) -> dict[str, set[str]]:
        """The content words of ``city``'s records by UniDic lemma, with their spellings (computed when first
        asked)."""
        if city not in self._lemmas:
            self._lemmas[city] = lemma_spellings("\n".join(f"{r.title}\n{r.text}" for r in self.records
                                                            if r.city == city))
        return self._lemmas[city]

    def _printed_elsewhere(self, key: str, cities: Sequence[str]) -> list[str]:
        """The cities other than ``cities`` whose documents print ``key`` (compacted), sorted."""
        return sorted(city for city, text in self.city_text.items() if city not in cities and key in text)

    def missing_topic(self, topic: str, discussed: Sequence[Record], cities: Sequence[str], min_chars: int,
                      name_chars: int = 0) -> list[Missing]:
        """A chat's topic asked of another city (「狛江市は？」 after 小平市's 職員提案制度): the compounds of two or more
        nouns (at least ``min_chars`` long) of the topic that every item discussed prints say what it is about.
        When the documents of ``cities`` print none of them, nor one without its last word if that is still
        ``min_chars`` long (テレワーク of テレワーク体制, ペーパーレス of ペーパーレス化), they have nothing on it.
        With ``name_chars``, a Latin-letter name of the topic at least that long counts as one of those
        compounds (LINE of "Can I report road problems through LINE?": an English topic has no Japanese
        compounds). A loanword does not: another city may write ペーパーレス as 電子決裁."""
        texts = [_record_text(r) for r in discussed]
        runs = noun_compounds(strip_years(topic))  # a year is no topic
        named = [run for run in runs if len(run) >= 2]
        if name_chars:
            named += [[w] for w in dict.fromkeys(w for run in runs for w in run)
                      if len(compact(w)) >= name_chars and _LATIN_NAME.fullmatch(compact(w))]
        about = [run for run in named if len(compact("".join(run))) >= (min_chars if len(run) > 1 else name_chars)
                 and texts and all(compact("".join(run)) in text for text in texts)]
        if not about:
            return []
        held = lambda key: len(key) >= min_chars and any(key in self.city_text.get(c, "") for c in cities)  # noqa: E731
        if any(held(compact("".join(run))) or held(compact("".join(run[:-1]))) for run in about):
            return []

        return [Missing(kind=MissingKind.TERM, asked=_as_written("".join(run), topic),
                        available=self._printed_elsewhere(compact("".join(run)), cities), where=list(cities))
                for run in about]

    def unprinted_things(self, things: Sequence[tuple[str, str]], bridged: Callable[[str], bool],
                         where: Sequence[str]) -> list[Missing]:
        """What a yes/no question asks about (:func:`~assistant.tokenize_ja.asked_things`) that no document prints
        and nothing bridges to the documents' words (``bridged``: a synonym, a word vector's neighbour, a glossary
        term they print): 「新しい図書館って、電子書籍の貸し出しもやってる？」 — the documents speak of the new library,
        never of 書籍. Reported as the run of nouns the word stands in (電子書籍), once."""
        out: dict[str, Missing] = {}
        cities = list(self.city_text)
        for word, run in things:
            if self.prints(word, cities) or self.spellings(word, cities) or bridged(word) or run in out:
                continue
            out[run] = Missing(kind=MissingKind.THING, asked=run, where=list(where))
        return list(out.values())

    def unjoined_compounds(self, question: str, compounds: Sequence[tuple[str, list[tuple[str, ...]]]],
                           bridges: Callable[[str], Iterable[str]], where: Sequence[str], min_chars: int,
                           kind_heads: int = 0) -> list[Missing]:
        """What a yes/no question asks about as one thing (:func:`~assistant.tokenize_ja.asked_compounds`, at least
        ``min_chars`` long) that no document prints whole and no record holds all the words of, each word in one
        of its forms (with or without a suffix: 健診代, 健診) or as a word one of them bridges to (``bridges``: its
        synonyms, its word vector's nearest corpus words, its glossary terms): 「病児保育はありますか？」 where items
        speak of 保育 but none of 病児, 「シェアサイクル」 where one speaks of シェア and another of サイクル. A
        compound whose words one record holds (「集会施設」 of an item on 集会所 and 施設) may be that item's thing
        in other words: not judged. A compound's last word need not be held when it heads at least ``kind_heads``
        different compounds in the documents (:meth:`head_uses`): it names a kind of thing, not another thing
        (「休暇制度」 of an item on 不妊治療休暇 that never says 制度)."""
        out: dict[str, Missing] = {}
        for name, words in compounds:
            key = compact(name)
            if len(key) < min_chars or key in out or self.prints(name, list(self.city_text)):
                continue
            if kind_heads and len(words) > 1 and self.head_uses(words[-1][0]) >= kind_heads:
                words = words[:-1]
            forms = [{compact(f) for w in printed for f in (w, *bridges(w), *self.spellings(w, list(self.city_text)))}
                     for printed in words]
            if any(all(any(form in text for form in group) for group in forms) for text in self._record_texts):
                continue
            out[key] = Missing(kind=MissingKind.THING, asked=_as_written(name, question), where=list(where))
        return list(out.values())

    def missing_in_documents(self, question: str, documents: Sequence[str], min_chars: int, name_chars: int
                             ) -> list[Missing]:
        """Things a question asks of the documents it names (「R4年度の部の方針だと、RPAはどこまで広げるって？」) that
        they do not print and another document of their city does: a compound of two or more nouns (at least
        ``min_chars`` long) one of whose words they never use, or a name in Latin letters at least ``name_chars``
        long. With the documents that print it."""
        texts = [self.document_text[d] for d in documents if d in self.document_text]
        cities = {self.document_city[d] for d in documents if d in self.document_city}
        others = [d for d, city in self.document_city.items() if city in cities and d not in documents]
        if not texts or not others:
            return []
        held = lambda key: any(key in text for text in texts)  # noqa: E731
        names = [[w] for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", unicodedata.normalize("NFKC", question))
                 if len(w) >= name_chars]
        runs = [run for run in noun_compounds(question) if len(run) >= 2 and len(compact("".join(run))) >= min_chars
                and not all(held(compact(word)) for word in run)]
        out = []
        for run in [*runs, *names]:
            key = compact("".join(run))
            if held(key):
                continue
            printing = [self.document_title[d] for d in others if key in self.document_text[d]]
            if printing:
                out.append(Missing(kind=MissingKind.TERM, asked=_as_written("".join(run), question),
                                   available=printing, where=[self.document_title[d] for d in documents]))
        return out

    def missing_glossary_terms(self, rows: Sequence[tuple[str, list[str]]], cities: Sequence[str],
                               translations: Callable[[str], Sequence[str]] = lambda words: []) -> list[Missing]:
        """The administrative terms an English question names (glossary rows: "municipal bonds" -> 市債) that only
        other cities' documents print: the documents of ``cities`` print none of the row's Japanese terms, nor one
        of their words or a term without its last word, of two characters or more (OCR of ocr -> AI-OCR, 目標 of
        target -> 目標値: the city writes the shorter form), and another city's print one. A row with a term that is
        a loanword alone (paperless -> ペーパーレス; data -> データ, 客観的データ) is not judged: another city may say it
        in kanji (電子決裁, 入力作業); nor is one whose words have another translation (``translations``: a
        dictionary's) that the city prints: "residents" is a town's 住民, not the glossary's 市民."""
        texts = {city: self.city_text[city] for city in cities if city in self.city_text}
        if not texts:
            return []
        out = []
        for asked, terms in rows:
            keys = [compact(t) for t in terms if len(compact(t)) >= 2]
            runs = [run for k in keys for run in noun_compounds(k)]  # AI-OCR: AI and OCR; 目標値: 目標 and 値
            forms = {*keys, *(f for run in runs for f in ("".join(run), "".join(run[:-1])) if len(compact(f)) >= 2)}
            # (a town writes the glossary's 市民 as 町民)
            if not keys or any(_NAME_WORD.fullmatch(k) for k in keys) or any(
                    compact(as_municipality_writes(f, city)) in text for f in forms for city, text in texts.items()):
                continue
            if any(len(w) >= 2 and compact(w) in text for w in translations(asked) for text in texts.values()):
                continue
            elsewhere = sorted({c for k in keys for c in self._printed_elsewhere(k, cities)})
            if elsewhere:
                out.append(Missing(kind=MissingKind.TERM, asked=asked, available=elsewhere, where=list(cities)))
        return out

    def missing_terms(self, question: str, cities: Sequence[str], min_chars: int, name_chars: int = 3
                      ) -> list[Missing]:
        """Things the question names that only other cities' documents hold: a compound of two or more nouns
        (at least ``min_chars`` long) printed in another city's documents, not in those of ``cities``, one
        of whose words those documents never use (小平市の「財政調整基金」: 調整 and 基金 appear nowhere in
        小平市's documents). A compound all of whose words the city does use (「導入目標」, 「定年延長」
        where it writes 定年の引上げ) may be that city's thing in other words: not judged, nor is a time (「最終年度」:
        ``_TIME_WORDS``). Asked of a city as the
        same as another (「小平市でも…」), a single word only other cities' documents print counts too: a loanword or
        Latin-letter name at least ``name_chars`` long, or a noun of two kanji or more standing alone (「議会の…」;
        not 不具合's 具合)."""
        texts = [self.city_text[city] for city in cities if city in self.city_text]
        if not texts:
            return []
        held = lambda key: any(key in text for text in texts)  # noqa: E731
        lemmas = set().union(*(self._city_lemmas(city) for city in cities))
        kinds = suffixes(question)

        def word_held(word: str) -> bool:
            """Printed, or in another spelling (子ども of こども: one UniDic lemma), or a suffix (向け of 子ども向け)."""
            spelled = content_lemmas(word)
            return held(compact(word)) or word in kinds or bool(spelled and spelled <= lemmas)

        out = []
        for run in noun_compounds(question):
            name = "".join(run)
            key = compact(name)
            if len(run) < 2 or len(key) < min_chars or held(key) or run[-1] in _TIME_WORDS:
                continue
            if all(word_held(word) for word in _singles_joined(run)):
                continue
            elsewhere = self._printed_elsewhere(key, cities)
            if elsewhere:
                out.append(Missing(kind=MissingKind.TERM, asked=name, available=elsewhere, where=list(cities)))
        if out or not _compares(question, cities):
            return out
        # 「小平市でも、…LINEで通報できる？」: a city asked about as another does something. A loanword or a name in
        # Latin letters (LINE, ドローン, ロケ), or a kanji word (議会), that only the other cities' documents print
        # is that other thing
        runs = noun_compounds(question)
        alone = {w for run in runs if len(run) == 1 for w in run}  # 「議会の…」, not 不具合's 具合 or 会議録's 会議
        # so is a short kanji compound one of whose words the city never prints (下水道: 下水 + 道; 小平市 has no 下水)
        alone |= {"".join(run) for run in runs if len(run) > 1 and not all(held(compact(w)) for w in run)}
        for word in dict.fromkeys([*(w for run in runs for w in run), *("".join(run) for run in runs if len(run) > 1)]):
            key = compact(word)
            named = len(key) >= name_chars and _NAME_WORD.fullmatch(key)
            if not (named or (word in alone and _KANJI_WORD.fullmatch(key))) or held(key):
                continue
            elsewhere = self._printed_elsewhere(key, cities)
            if elsewhere:
                out.append(Missing(kind=MissingKind.TERM, asked=_as_written(word, question),
                                   available=elsewhere, where=list(cities)))
        # …and so is a compound none of whose words the city prints, each printed by another city (「府中市もロケ誘致
        # やってる？」: 狛江市 prints ロケ and 誘致, 府中市 neither), though no document prints it whole
        for run in runs:
            if len(run) < 2 or any(held(compact(w)) for w in run) or held(compact("".join(run))):
                continue
            printing = set.intersection(*(set(self._printed_elsewhere(compact(w), cities)) for w in run))
            asked = _as_written("".join(run), question)
            if printing and all(m.asked != asked for m in out):
                out.append(Missing(kind=MissingKind.TERM, asked=asked, available=sorted(printing), where=list(cities)))
        # …and so is a deed said as a verb of two kanji or more (「小平市も市役所を建て替える計画ってある？」): its stem
        # (建て替) in the other cities' documents (建て替え), not in the city's
        for verb in dict.fromkeys(w for w, pos in tagged_tokens(question) if pos == "動詞"):
            stem = re.sub(r"[ぁ-ゖ]+$", "", compact(verb))
            if len(_KANJI.findall(stem)) < 2 or held(stem):
                continue
            elsewhere = self._printed_elsewhere(stem, cities)
            if elsewhere:
                out.append(Missing(kind=MissingKind.TERM, asked=verb, available=elsewhere, where=list(cities)))
        return out
