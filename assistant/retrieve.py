"""Hybrid retrieval: dense (FAISS) + keyword (BM25), fused per record, with query understanding.

``Retriever.search`` is the one retrieval function: the CLI, the UI, the
LangChain retriever and evaluation all call it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from .absent import Inventory, Missing, MissingKind, missing_nth, offices
from .backend import Scope
from .city_reading import latin_forms, named_in_latin
from .conversation import generic_words
from .editions import Editions
from .embeddings import encode_queries
from .english_terms import capitalized_words, place_forms
from .filters import FilterIndex, Filters
from .fusion import closeness, reciprocal_rank_fusion, top
from .grades import asked_by_meaning, asked_grade, asked_status, grades, legend
from .index_store import LoadedIndex
from .jp import FISCAL_YEAR, compact, fiscal_years_named, normalize_width, ordinals
from .labels import (
    BARE,
    UNNAMED,
    LabelRef,
    asked_unit_kind,
    asked_which,
    asks_under,
    compatible,
    contradicts,
    ends_with_counter,
    find_refs,
    heading_title,
    label_refs,
    names_unit,
    unit_words,
    without_unit_words,
)
from .query import (
    ParsedQuery,
    city_stem,
    expansion_rows,
    expansions,
    glossary_rows,
    glossary_terms,
    municipalities,
    municipality_romaji,
    parse_query,
    strip_years,
    years_asked_each,
)
from .schedule import legends
from .settings import RetrievalSettings
from .tokenize_ja import (
    about_compounds,
    about_things,
    asked_compounds,
    asked_things,
    content_lemmas,
    keyword_tokens,
    quoted_names,
    tagged_tokens,
    tokenize,
)
from .types import Evidence, Record, RecordType


class SearchResult(BaseModel):
    query: ParsedQuery
    evidence: list[Evidence]
    query_terms: list[str] = Field(
        default_factory=list, description="Content terms of the question (Japanese side), for support checks"
    )
    listed: list[str] = Field(default_factory=list, description="Record ids a listing question asks for")
    referenced: list[str] = Field(default_factory=list, description="Record ids the question names by number")
    overviews: dict[str, list[str]] = Field(
        default_factory=dict, description="Of the records found, those that list other items of their document by "
        "title (a plan's table of programs), each with the ids of the items it lists")
    scoped: bool = Field(default=False, description="Searched only among given records (a chat's follow-up about "
                                                    "the items it discusses): a weak match is no reason to decline")
    other_editions: list[Evidence] = Field(
        default_factory=list, description="The same units in the other editions of their series, one citation away"
    )
    edition_year: int | None = Field(
        default=None, description="The year of the edition answering, when the question named none and there are several"
    )
    edition_document: str | None = Field(default=None, description="That edition's document title")
    missing: list[Missing] = Field(
        default_factory=list, description="Units, meetings, editions or offices the question names that the corpus lacks"
    )
    untranslated: list[str] = Field(
        default_factory=list, description="English content words no dictionary or glossary entry translates"
    )
    predicates: list[str] = Field(
        default_factory=list, description="The question's verbs and adjectives (延びる, 始まる; of an English question, "
        "those among its translations): what it asks of its subject, said in the asker's words (the documents write "
        "延長, 開始); support counts its nouns")
    typed: str | None = Field(
        default=None, description="What the user typed, when a chat searched it after the topic's titles (「その総"
        "時間数は？」 after 「人の意識の変化」): the kind of figure asked (a change or not) is read from it alone")

    leads: list[str] = Field(
        default_factory=list, description="Record ids that answer first, in this order, before a listing's items in "
        "their documents' order (a chat's 「他には？」 goes on with the rest of the items just discussed)")
    term_groups: list[list[str]] = Field(
        default_factory=list, description="English questions: the Japanese words of each translated phrase"
    )
    term_weights: dict[str, float] = Field(
        default_factory=dict, description="English questions: each of query_terms by its rarity in the corpus, "
        "relative to their mean (a word nearly every item prints weighs least)")

    def support(self, top: int = 3) -> float:
        """Share of the question's content terms found in the top records' text (0..1).

        A translated or glossary phrase of an English question counts once, found when any of its Japanese words is
        (or a word inside one: 交付 of 交付金); a word nothing translates counts as not found. A word that says
        nothing of a subject (今, 本当, 知りたい: ``generic`` in the follow-up words) counts neither way, nor does a
        verb or adjective (``predicates``), nor an English phrase all of whose Japanese words are verbs or
        adjectives ("put aside": おく, とる)."""
        found = {t for e in self.evidence[:top] for t in e.matched_terms}
        groups = [g for g in self.term_groups if not set(g) <= set(self.predicates)]  # "put aside": おく, とる
        grouped = {t for group in self.term_groups for t in group}
        if self.query.language == "en":  # a glossary phrase of an English question (補助金) is one phrase as well
            groups += [[phrase] for phrase in self.query.expansions if phrase not in grouped]
        # a word of a phrase (交付 of 交付金, 補助 of 補助金) is found for its phrase, not counted on its own
        groups = [[*g, *(t for t in self.query_terms if len(t) > 1 and any(t in w for w in g))] for g in groups]
        grouped |= {t for group in groups for t in group}
        single = [t for t in self.query_terms if t not in grouped and t not in generic_words()
                  and t not in self.predicates]
        total = len(single) + len(groups) + len(self.untranslated)
        if not total:
            return 0.0
        hits = sum(t in found for t in single) + sum(bool(found & set(g)) for g in groups)
        return hits / total



def overviews(records: list[Record], least: int, title_chars: int) -> dict[str, frozenset[str]]:
    """The records that print at least ``least`` titles (each at least ``title_chars`` long) of other records
    of their document, and at least half of them (a plan's table of its programs, 「推進プログラムの体系」; a list of
    contents; not minutes that discuss two of its sheets), each with the ids of the records it lists."""
    by_document: dict[str, list[Record]] = {}
    for record in records:
        by_document.setdefault(record.source_file, []).append(record)
    out = {}
    for members in by_document.values():
        titles = [(r.id, compact(r.title)) for r in members]
        titles = [(i, t) for i, t in titles if len(t) >= title_chars]
        distinct = {t for _, t in titles}
        # a text too short to print half the titles lists none of them (most records: no title is looked for)
        shortest = sorted(len(t) for t in distinct)[:max(least, len(distinct) // 2) - 1]
        for record in members:
            text, own = compact(record.text), compact(record.title)
            if len(text) < sum(shortest):
                continue
            others = distinct - {own}  # titles, not records: 4 sheets share 2 titles
            printed = [(i, t) for i, t in titles if t != own and t in text]
            shown = {t for _, t in printed}
            if len(shown) >= least and 2 * len(shown) >= len(others):
                out[record.id] = frozenset(i for i, _ in printed)
    return out


def label_key(label: str) -> str | None:
    """The leading part of a label a question may name: Group1, グループ①, 企画財政部, 見直し論点シート."""
    key = compact(re.split(r"[ 「]", label, maxsplit=1)[0])
    return key if len(key) >= 3 else None


def searchable_text(record: Record) -> str:
    """Everything a question may match in a record: title, section, departments, body, fields. Kept for the
    4,096 records used last, keyed by all of those (a string's hash is computed once)."""
    return _searchable(record.label, record.title, record.section, tuple(record.departments), record.text,
                       tuple(record.fields.values()))


@lru_cache(maxsize=4096)
def _searchable(label: str, title: str, section: str, departments: tuple[str, ...], text: str,
                fields: tuple[str, ...]) -> str:
    return unicodedata.normalize("NFKC", "\n".join([label, title, section, " ".join(departments), text, *fields])
                                 ).lower()


def matched_terms(record: Record, terms: list[str]) -> list[str]:
    text = searchable_text(record)
    return [t for t in terms if t and t in text]


def fuse_rankings(result: SearchResult, other: SearchResult, weight: float, k: float) -> SearchResult:
    """``result`` with its evidence reordered by both rankings: an item scores 1/(k + rank) in ``result`` plus
    ``weight``/(k + rank) in ``other``, rank from 1; as many items as ``result`` had. An item only ``other``
    found joins, its question terms counted against ``result``'s question."""
    if not other.evidence or not weight:
        return result
    first = {e.record.id: rank for rank, e in enumerate(result.evidence, start=1)}
    second = {e.record.id: rank for rank, e in enumerate(other.evidence, start=1)}
    pool = {e.record.id: e.model_copy(update={"matched_terms": matched_terms(e.record, result.query_terms)})
            for e in other.evidence if e.record.id not in first}
    pool.update({e.record.id: e for e in result.evidence})
    score = {i: (1 / (k + first[i]) if i in first else 0.0) + (weight / (k + second[i]) if i in second else 0.0)
             for i in pool}
    order = sorted(pool, key=lambda i: (-score[i], first[i] if i in first else len(first) + second[i]))
    return result.model_copy(update={"evidence": [pool[i] for i in order[:max(len(result.evidence), 1)]]})


def holding_most_first(result: SearchResult, words: list[list[str]], among: int) -> SearchResult:
    """Of the first ``among`` items, the one whose text holds most of ``words`` goes first (a word is held in
    any of its forms); the others keep their order, and so does a tie. A chat's 「それと合わせて、在宅勤務の対象は
    どう変わった？」 is searched with the subject it refers to, which the last answer's item holds best; the item
    its own words point to answers."""
    head = result.evidence[:among]
    if len(head) < 2 or not words:
        return result
    wanted = [[unicodedata.normalize("NFKC", f).lower() for f in forms] for forms in words]
    texts = [searchable_text(e.record) for e in head]
    held = [sum(any(f in text for f in forms) for forms in wanted) for text in texts]
    best = max(range(len(head)), key=lambda i: (held[i], -i))
    return _moved_first(result, best, among)


def _depth(section: str) -> int:
    return len(section.split(" > ")) if section else 0


def children_first(evidence: list[Evidence], children: Callable[[str], list[str]], among: int) -> list[Evidence]:
    """A heading's own text (基本方針1's one sentence of intent) shares words with many questions about the items
    under it: when the first item is the parent of one among the first ``among`` (``children``: the ids under an
    id) that matches more of the question's words, that one answers first (「窓口でカードとかスマホで払えるように
    なる？」: 基本方針1 (3) キャッシュレス決済の拡大, not 基本方針1); the others keep their order."""
    if len(evidence) < 2 or among < 2:
        return evidence
    parent = evidence[0].record
    under = set(children(parent.id))  # (deeper: two sheets of one title are not one under the other)
    best = max((i for i in range(1, min(among, len(evidence))) if evidence[i].record.id in under
                and _depth(evidence[i].record.section) > _depth(parent.section)),
               key=lambda i: (len(evidence[i].matched_terms), -i), default=None)
    if best is None or len(evidence[best].matched_terms) <= len(evidence[0].matched_terms):
        return evidence
    return [evidence[best], *(e for i, e in enumerate(evidence) if i != best)]


def _moved_first(result: SearchResult, index: int | None, among: int) -> SearchResult:
    """``result`` with its item at ``index`` (among the first ``among``) moved first, the others in their order."""
    if index is None or index == 0:
        return result
    head = result.evidence[:among]
    order = [head[index], *(e for i, e in enumerate(head) if i != index), *result.evidence[among:]]
    return result.model_copy(update={"evidence": order})


def _named_units(query: ParsedQuery) -> list[LabelRef]:
    """The units a question names by a keyword (グループ1, 章1), not by a bare or hyphenated number."""
    return [ref for ref in query.item_refs if ref.kind not in UNNAMED]


def _written_as_path(query: ParsedQuery) -> bool:
    """The question names units of different kinds one after the other, as a path (「第10款第3項」, 「施策2の方向性1」),
    not side by side (「取組項目8と9」)."""
    path = query.hierarchy
    kinds = {re.sub(r"[第\d]", "", part) for part in path}
    joined = r"\s*[の・]?\s*".join(re.escape(part) for part in path)
    return len(path) >= 2 and len(kinds) == len(path) and bool(re.search(joined, query.normalized.replace(" ", "")))


def others_first(result: SearchResult, shown: set[str], among: int) -> SearchResult:
    """Of the first ``among`` items, the first one not among ``shown`` goes first, the others keep their order:
    「他に民間の力を使う取組はある？」 asks for items besides those just cited, which its search still finds first."""
    first = next((i for i, e in enumerate(result.evidence[:among]) if e.record.id not in shown), None)
    return _moved_first(result, first, among)  # none besides them, or one leads already: as it was


def label_kinds(label: str) -> tuple[str, ...]:
    """How a label numbers its unit, outermost first: 「基本目標3 (2)」 -> (基本目標, bare), 「No.7」 -> (No.,)."""
    return tuple(ref.kind for ref in label_refs(label))


def above(record: Record, lead: Record) -> bool:
    """Whether ``record`` stands above ``lead`` in their document rather than beside it: numbered otherwise, at
    its level or higher (its parent 基本方針1 of 基本方針1 (2), an overview 施策の体系 or 修正内容 beside the items)."""
    return (record.source_file == lead.source_file and record.id != lead.id
            and label_kinds(record.label) != label_kinds(lead.label) and _depth(record.section) <= _depth(lead.section))


def headings_above(record: Record) -> list[str]:
    """The record's heading path and each shorter one, nearest first: 「第4 組織運営 > 1 組織体制」, 「第4 組織運営」."""
    parts = record.section.split(" > ") if record.section else []
    return [" > ".join(parts[:n]) for n in range(len(parts), 0, -1)]


def first_peer(evidence: Sequence[Evidence], lead: Record, shown: set[str], words: Sequence[str]) -> Evidence | None:
    """「他には？」 asks for other items of the kind just discussed: the first of ``evidence`` that is a peer of
    ``lead`` (an item of its document numbered the same way: No.5 of No.7, 基本目標1 (1) of 基本目標3 (2)) and not
    among ``shown``; one whose title or heading path holds one of ``words`` (the turn's own words: 食 of
    「食に関する取組はほかにも？」) before the others. The parent and the overviews the topic's words find as well
    (基本方針2, 施策の体系) are not what is asked. None: no peer among them, or ``lead`` has no numbered label."""
    kinds = label_kinds(lead.label)
    if not kinds:
        return None
    peers = [e for e in evidence if e.record.id not in shown and e.record.id != lead.id
             and e.record.source_file == lead.source_file and label_kinds(e.record.label) == kinds]
    named = [e for e in peers if any(compact(w) in compact(e.record.title if len(w) == 1 else  # 中, 力: a title's
                                                          f"{e.record.title} {e.record.section}") for w in words)]
    return (named or peers or [None])[0]


def led_by(result: SearchResult, first: Evidence) -> SearchResult:
    """``result`` with ``first`` answering first (moved there, or put there from a deeper search), the others in
    their order."""
    if result.evidence and result.evidence[0].record.id == first.record.id:
        return result
    rest = [e for e in result.evidence if e.record.id != first.record.id]
    return result.model_copy(update={"evidence": [first, *rest]})


def of_type_first(result: SearchResult, kind: RecordType, among: int) -> SearchResult:
    """Of the first ``among`` items, the first one of record type ``kind`` goes first, the others keep their order:
    「それについて委員からどんな意見が出た？」 asks the meeting's summary, which the topic's review sheets outrank."""
    first = next((i for i, e in enumerate(result.evidence[:among]) if e.record.record_type == kind), None)
    return _moved_first(result, first, among)


def holders_first(result: SearchResult, holders: frozenset[str]) -> SearchResult:
    """``result`` with the items among ``holders`` first, each group in its order: another city's items that hold
    the topic's most distinctive word answer before those that match only the rest of the topic question
    (「スケジュール」 of 「テレワーク体制の整備はどういうスケジュール？」)."""
    holding = [e for e in result.evidence if e.record.id in holders]
    if not holding or result.evidence[0] is holding[0]:
        return result
    rest = [e for e in result.evidence if e.record.id not in holders]
    return result.model_copy(update={"evidence": [*holding, *rest]})


def question_terms(query: ParsedQuery, city_terms: set[str]) -> list[str]:
    """The question's content terms. For English, only its Japanese expansions and ASCII acronyms count."""
    if query.language == "en":
        terms = tokenize(" ".join(query.expansions))
    else:
        terms = tokenize(query.keyword_text)
    return [t for t in dict.fromkeys(terms) if t not in city_terms and t not in _GENERIC_TERMS and not t.isdigit()]


_MIN_QUOTED_TITLE = 4  # shorter titles (「概要」) are words, not names
_QUOTED = re.compile(rf"[「『\"“]([^」』\"”]{{{_MIN_QUOTED_TITLE},80}})[」』\"”]")
_LISTING_WORDS = {"全部", "全て", "すべて", "一覧", "列挙", "リスト", "挙げる", "教える", "項目", "取組", "取り組み", "系"}
_GENERIC_TERMS = {"市", "教える", "くださる", "ください", "知る", "分かる", "わかる", "?", "年度", "令和", "平成"}


class Retriever:
    def __init__(self, index: LoadedIndex, model, settings: RetrievalSettings, dictionary: Path | None = None) -> None:
        """``dictionary``: the JMdict file English place names are looked up in (None: jamdict-data's)."""
        self.index = index
        self.dictionary = dictionary
        self.model = model
        self.settings = settings
        self.corpus_cities = sorted({r.city for r in index.records})
        self.corpus_city_set = frozenset(self.corpus_cities)
        self.city_romaji = [romaji for name, romaji in municipality_romaji() if name in self.corpus_cities]
        # corpus cities the municipality list does not know (a town added with its documents): found by name
        known = {name for name, _ in municipalities()}
        self.unlisted_cities = [c for c in self.corpus_cities if c not in known]
        # each corpus city's words as a question may write them: 狛江市, 狛江, its tokens (and, for English, its romaji)
        names = {city: {city, city_stem(city), *tokenize(city)} for city in self.corpus_cities}
        self.city_terms = set().union(*names.values())
        romaji = dict(municipality_romaji())
        self.city_words = {city: words | ({romaji[city]} if city in romaji else set()) for city, words in names.items()}
        self.filter_index = FilterIndex(index.records)
        # each document's legend of marks (「（凡例）○：検討・準備　●：実施」), for schedules printed in them
        self.legends = legends(index.records)
        # the years each document covers (its records' together): a one-year report outranks a plan of several
        self.document_years: dict[str, set[int]] = {}
        for r in index.records:
            self.document_years.setdefault(r.source_file, set()).update(r.fiscal_years)
        # each document's title as keyword terms (「未来戦略会議」「中間報告書」): a question naming its document
        # (words of two characters or more, years left out: 「第」「書」「令和3年度」 name no document)
        self.title_words = {
            source: {t for t in keyword_tokens(strip_years(unicodedata.normalize("NFKC", title).lower()))
                     if len(t) >= 2 and not t.isdigit() and t not in self.city_terms}
            for source, title in {r.source_file: r.document for r in index.records}.items()}
        # a title word no other document's title holds (editions aside): 「令和3年度の部会」 names the 部会's report
        families: dict[str, set[frozenset[str]]] = {}
        for words in self.title_words.values():
            for word in words:
                families.setdefault(word, set()).add(frozenset(words))
        self.distinctive_title_words = {word for word, held in families.items() if len(held) == 1}
        self.overviews = overviews(index.records, self.settings.overview_titles, self.settings.listed_title_chars)
        # for listing questions: labels and sections without spaces, computed once per index
        self.sections = [r.section.replace(" ", "") for r in index.records]
        headings: dict[str, dict[str, None]] = {}
        for record, section in zip(index.records, self.sections, strict=True):
            headings.setdefault(record.source_file, {})[section] = None
        self.document_sections = {source: "\n".join(found) for source, found in headings.items()}  # its headings
        self.labels = [r.label for r in index.records]
        self.grades = [grades(r.text) for r in index.records]  # 「評価 Ｂ」: what 「Ｂ評価の取組は？」 lists
        self.statuses = {g for held in self.grades for g in held if len(g) > 1}  # 「遅れ」: 「遅れている取組は？」
        self.grade_legends: dict[str, dict[str, set[str]]] = {}  # what each grade means, per graded document
        graded_sources = {r.source_file for r, held in zip(index.records, self.grades, strict=True) if held}
        for record in index.records:
            if record.source_file in graded_sources:
                for grade, lemmas in legend(record.text).items():
                    self.grade_legends.setdefault(record.source_file, {}).setdefault(grade, set()).update(lemmas)
        # numbered units: each label's counters and its parents' (section) counters, and the records
        # by the value of their last counter, so a question's 「事業12」 finds 事業12 in any document
        self.label_refs = [label_refs(r.label) for r in index.records]
        self.section_refs = [[ref for part in r.section.split(">") for ref in find_refs(part)[:1]]
                             for r in index.records]
        self.by_last_value: dict[str, list[int]] = {}
        for pos, (record, refs) in enumerate(zip(index.records, self.label_refs, strict=True)):
            if refs and ends_with_counter(record.label):
                self.by_last_value.setdefault(refs[-1].value, []).append(pos)
        # a unit printed only as a parent in labels (「5-3」 of 「見直し論点シート 5-3 グループ①」 and ②)
        self.by_parent_value: dict[str, list[int]] = {}
        for pos, refs in enumerate(self.label_refs):
            if refs and ends_with_counter(index.records[pos].label):
                for ref in refs[:-1]:
                    self.by_parent_value.setdefault(ref.value, []).append(pos)
        # item titles as a question may quote them (「継続的かつ安定的な市政運営」)
        self.by_title: dict[str, list[int]] = {}
        for pos, record in enumerate(index.records):
            title = compact(record.title)
            if len(title) >= _MIN_QUOTED_TITLE:
                self.by_title.setdefault(title, []).append(pos)
        # the records under each heading, by the heading's title (「方向性1 財政規律の維持」 -> 財政規律の維持)
        self.under_heading: dict[str, list[int]] = {}
        self.heading_kinds: dict[str, set[str]] = {}  # 財政規律の維持 -> {方向性}
        self.document_heading_kinds: dict[str, set[str]] = {}  # 000_….txt -> {施策, 方向性, 基本事業}
        for pos, record in enumerate(index.records):
            parts = [heading_title(p) for p in record.section.split(">")]
            for part, words in zip(parts, (p.split() for p in record.section.split(">")), strict=True):
                kinds = {ref.kind for ref in label_refs(words[0])} - UNNAMED if words else set()
                self.heading_kinds.setdefault(part, set()).update(kinds)
                self.document_heading_kinds.setdefault(record.source_file, set()).update(kinds)
            for part in dict.fromkeys(parts):
                # (a heading the document's title holds names the document: 「中間報告書」 of 「…中間報告書（Group1・Group2）」)
                if len(part) >= _MIN_QUOTED_TITLE and part not in compact(record.document):
                    self.under_heading.setdefault(part, []).append(pos)
        # each title's content words besides kinds of unit and years (「重点項目の取組」: none)
        self.heading_lemmas = {title: content_lemmas(strip_years(without_unit_words(title))) for title in self.under_heading}
        self.label_keys = [label_key(r.label) for r in index.records]
        self.compact_texts = [compact(r.text) for r in index.records]
        self.compact_titles = [compact(r.title) for r in index.records]
        self.editions = Editions.of(index.records)
        self.by_file_label = {(r.source_file, r.label): pos for pos, r in enumerate(index.records)}
        self.inventory = Inventory(index.records)
        self.key_counts: dict[str, int] = {}
        for key in self.label_keys:
            if key:
                self.key_counts[key] = self.key_counts.get(key, 0) + 1

    def scope(self, filters: Filters) -> Scope:
        """The records a filtered search may return, in the forms the backends use."""
        if not filters.active():
            return Scope(filters, np.ones(len(self.index.records), dtype=bool))
        departments = [d for d in self.filter_index.by_department if any(f in d for f in filters.departments)]
        return Scope(filters, self.filter_index.mask(filters), departments)

    def dense(self, vector: np.ndarray, scope: Scope) -> dict[int, float]:
        """Records by their best passage vector."""
        return self.index.search.dense(vector, scope, self.settings.candidates)

    def by_sentence(self, vector: np.ndarray, scope: Scope) -> dict[int, float]:
        """Records ranked by their best-matching sentence."""
        return self.index.search.sentences(vector, scope, self.settings.candidates)

    def keyword(self, text: str, scope: Scope, synonyms: list[str] | None = None
                ) -> tuple[dict[int, float], list[str]]:
        """BM25 per record; dictionary synonyms of the question's words add their score at ``synonym_weight``."""
        weights, terms = self.keyword_weights(text, synonyms)
        if not terms:
            return {}, []
        return self.index.search.keyword(weights, scope, self.settings.candidates), terms

    def holders(self, term: str, filters: Filters) -> list[str]:
        """Ids of the records (within ``filters``) whose text has ``term``, best BM25 first (at most
        ``candidates``)."""
        if term not in self.index.search.vocabulary:
            return []
        ranked = self.index.search.keyword({term: 1.0}, self.scope(filters), self.settings.candidates)
        return [self.index.records[pos].id for pos, score in ranked.items() if score > 0]

    def keyword_weights(self, text: str, synonyms: list[str] | None = None) -> tuple[dict[str, float], list[str]]:
        """The query's index terms with their weights (1, plus ``synonym_weight`` for a synonym), and the terms
        that count as found (the question's own; its synonyms' when none of its own is indexed)."""
        vocabulary = self.index.search.vocabulary
        terms = [t for t in dict.fromkeys(keyword_tokens(text)) if t in vocabulary]
        found = [t for t in dict.fromkeys(keyword_tokens(" ".join(synonyms or []))) if t in vocabulary]
        weights = dict.fromkeys(terms, 1.0)
        for t in found:
            weights[t] = weights.get(t, 0.0) + self.settings.synonym_weight
        return weights, terms or found

    def _row_weighted(self, query: ParsedQuery, weights: dict[str, float]) -> dict[str, float]:
        """``weights`` with the terms a glossary row adds (and the question does not use itself) sharing
        ``expansion_row_weight`` between them: one everyday word (「ネットで」) searched as the documents' words for it
        (オンライン, 電子申請: four index terms) weighs as one word of the question, not as four."""
        own = set(keyword_tokens(strip_years(query.normalized)))
        out = dict(weights)
        for row in expansion_rows(query.normalized, citizen=self.settings.citizen_glossary):
            added = [t for t in dict.fromkeys(keyword_tokens(" ".join(row))) if t in out and t not in own]
            for t in added:
                out[t] = min(out[t], self.settings.expansion_row_weight / len(added))
        return out

    def _listed(self, query: ParsedQuery, own_words: str | None = None) -> set[int]:
        """Records a listing question asks for: a label kind (検討プログラム…) and/or a heading (方向性2…).

        When the question also names the heading (方向性2 事務の簡素化・効率化), only that heading counts:
        every 施策 has its own 方向性2.
        """
        graded = self._graded(query, own_words)
        if graded:
            return graded
        if not query.listing:
            return self._under_named_heading(query, own_words)
        records = self.index.records
        # an office named (「環境部の方針を全部」): the units it heads or is in charge of
        named = offices(query.normalized, self.corpus_city_set)
        headed = [pos for pos in range(len(records))
                  if any(o in self.labels[pos] or o in records[pos].departments for o in named)] if named else []
        office = bool(headed)
        if not (query.list_prefix or query.hierarchy or office):
            return set()
        positions: list[int] | range = headed or range(len(self.labels))
        if query.list_prefix:  # units of that kind, unless the document has none (「取組」 in a plan of 事業)
            kind = [pos for pos in positions if self._is_kind(pos, query.list_prefix)]
            positions = kind or (positions if query.hierarchy or office else [])
        of_kind = positions
        for ref in query.hierarchy:
            positions = [pos for pos in positions if ref in self.sections[pos]]
        # 「Group2の報告書の「将来予測/現状分析」の章の項目」: under the heading named by its title (every unit under it,
        # when none is of the kind asked)
        titles = self._headings_named(query, own_words)
        titled = {pos for title in titles for pos in self.under_heading[title]}
        positions = [pos for pos in positions if pos in titled] or [pos for pos in of_kind if pos in titled] or sorted(
            titled) or positions
        if not query.hierarchy and not office:  # a heading named by its words (「自主財源…の取組を全部」)
            words = [t for t in tokenize(strip_years(query.keyword_text)) if len(t) >= 2 and t not in self.city_terms
                     and t not in _GENERIC_TERMS and t not in _LISTING_WORDS and t not in (query.list_prefix or "")]
            hits = {pos: sum(w in self.sections[pos] for w in words) for pos in positions}
            best = max(hits.values(), default=0)
            if best:  # the heading that carries most of the question's words
                positions = [pos for pos, n in hits.items() if n == best]
        out = set(positions)
        cities = set(query.cities) & set(self.corpus_cities)
        if cities:
            out = {pos for pos in out if self.index.records[pos].city in cities}
        asked = compact(query.normalized)
        named = {pos for pos in out if any(name in asked for name in self._heading_names(pos, query.hierarchy))}
        return named or out

    def _graded(self, query: ParsedQuery, own_words: str | None = None) -> set[int]:
        """The items a question asks for by their grade (「評価がＤだったのはどの取組？」, :mod:`assistant.grades`), in
        the cities it names, under the heading it names (「基本目標２の分野で…どの施策？」, a heading by its whole title)
        and of the office it names; none when it names an item (「取組項目8の評価はＡ？」) or no item is so graded."""
        if query.item_refs and not (query.listing and query.hierarchy):
            return set()
        graded = self._of_grade(query)
        if graded and query.hierarchy:
            graded = {pos for pos in graded if all(ref in self.sections[pos] for ref in query.hierarchy)}
        titles = self._headings_named(query, own_words) if graded else []
        if titles:
            graded &= {pos for title in titles for pos in self.under_heading[title]}
        named = [compact(o) for o in offices(query.normalized, self.corpus_city_set)] if graded else []
        if named:
            graded = {pos for pos in graded
                      if any(o in compact(d) for o in named for d in self.index.records[pos].departments)}
        return graded

    def _of_grade(self, query: ParsedQuery) -> set[int]:
        """The items of the grade a question asks for (:meth:`_graded`), in the cities it names."""
        said = query.normalized  # an English status in the documents' words: "behind schedule" -> 遅れ (glossary)
        if query.language == "en":
            said += " " + " ".join(term for _, terms in glossary_rows(query.normalized) for term in terms)
        grade = asked_grade(query.normalized) or asked_status(said, self.statuses)
        cities = set(query.cities) & set(self.corpus_cities)
        records = self.index.records
        if grade is None:  # a grade said in the words of its document's legend (「予定より遅れが出ている事業は？」)
            meant = asked_by_meaning(query.normalized, {
                source: legend for source, legend in self.grade_legends.items()
                if not cities or self.inventory.document_city.get(source) in cities})
            return {pos for pos, held in enumerate(self.grades) if meant.get(records[pos].source_file) in held}
        return {pos for pos, held in enumerate(self.grades)
                if grade in held and (not cities or records[pos].city in cities)}

    def _under_named_heading(self, query: ParsedQuery, own_words: str | None = None) -> set[int]:
        """The units a question asks which of under a heading it names by its title, not its number
        (「「財政規律の維持」に位置づけられている取組項目は何ですか？」: the 取組項目 under 方向性1 財政規律の維持), as
        「方向性1の取組項目は？」 would list them; of the innermost title named, in the cities named. What it asks
        which of may be no unit kind (「「見直しの上継続すべきもの」とされた補助金はどれですか」): every unit under the
        heading, unless the document has headings of the kind asked (then the question asks which of them holds
        something: 「市民協働の理解を深める取組は、どの基本事業に位置づけられていますか？」). The heading is one the user
        names (``own_words``), not a title of a chat's topic replayed (「それについてどんな意見が出た？」)."""
        kind, quoted = asked_unit_kind(query.normalized), False
        if kind is None:  # asked which of by another word (方針, 補助金, 意見): the heading named in quotes
            kind, quoted = asked_which(query.normalized), True
        if kind is None:
            return set()
        records = self.index.records
        cities = set(query.cities) & set(self.corpus_cities)
        held = lambda pos: not cities or records[pos].city in cities  # noqa: E731
        out = set()
        for title in self._headings_named(query, own_words, quoted, loose=True):
            under = [pos for pos in self.under_heading[title] if held(pos)]
            out |= {pos for pos in under if self._is_kind(pos, kind)} or {
                pos for pos in under if kind not in self.document_heading_kinds.get(records[pos].source_file, set())}
        return out

    def _headings_named(self, query: ParsedQuery, own_words: str | None = None, quoted: bool = False,
                        loose: bool = False) -> list[str]:
        """The titles of headings a question names (the longest: not 現状分析 of 「将来予測/現状分析」), in
        ``own_words`` when given (what the user typed); with ``quoted``, only in quotes (「…」); with ``loose``, when
        it names none whole, the one it names by most of its title's content words (``heading_words_named``)."""
        asked = query.normalized if own_words is None else normalize_width(own_words)
        asked = "\n".join(_QUOTED.findall(asked)) if quoted else asked
        # (a title that only names a kind of unit, 「取組項目」, is no name: 「取組項目8」 names an item)
        whole = compact(asked)
        named = [title for title in self.under_heading if title in whole and self.heading_lemmas[title]]
        named = [title for title in named if not any(title != other and title in other for other in named)]
        if loose and not named and not quoted and query.language == "ja":  # in other words: most of its words
            words = content_lemmas(strip_years(without_unit_words(asked)))  # (not 取組, 項目: 「取組項目一覧」)
            shares = {title: len(lemmas & words) / len(lemmas) for title, lemmas in self.heading_lemmas.items()
                      if len(lemmas & words) >= 2}  # (two shared: a title has some)
            best = max(shares.values(), default=0.0)
            named = [title for title, share in shares.items()
                     if share == best and share >= self.settings.heading_words_named]
        # the innermost of nested headings: 「Group1中間報告書の「移住施策」」 asks under 移住施策
        under = {title: set(self.under_heading[title]) for title in named}
        return [title for title in named if not any(under[other] < under[title] for other in named)]

    def _missing_headings(self, query: ParsedQuery, typed: str, cities: Sequence[str]) -> list[Missing]:
        """A question asking which units are under a heading it quotes and calls a heading (「「公共施設の長寿命化の推進」
        という基本事業には、どんな取組項目がありますか？」, 方向性「…」) when no heading or item of ``cities``' documents
        has that title: missing, with the nearest titles of the headings there (most characters in common). Only what
        the user ``typed`` is read. A quote the question calls nothing (『施設を増やさない』という方針) may be its own
        words for what the documents print otherwise: not judged."""
        if query.language != "ja" or asked_unit_kind(typed) is None:
            return []
        records = self.index.records
        titles = {title: positions for title, positions in self.under_heading.items()
                  if any(records[pos].city in cities for pos in positions)}
        every_kind = {kind for kinds in self.document_heading_kinds.values() for kind in kinds}
        out = []
        for m in _QUOTED.finditer(typed):
            quoted, name = m.group(1), compact(m.group(1))
            around = unit_words(typed[max(0, m.start() - 6):m.start()]) + unit_words(
                re.sub(r"^(?:という|の|なる)", "", typed[m.end():m.end() + 8]))
            called = [kind for kind in around if kind in every_kind]  # 「…」という基本事業, 方向性「…」
            if not called:
                continue
            if any(name in title or title in name for title in titles) or self.inventory.prints(name, cities):
                continue  # (a name they print is no heading missing: 「「次はこまえ、次もこまえ」プロジェクトとはどんな施策」)
            nearby = [title for title in titles if self.heading_kinds.get(title, set()) & set(called)] or list(titles)
            near = sorted(nearby, key=lambda title: (-len(set(title) & set(name)), title))[:3]
            out.append(Missing(kind=MissingKind.UNIT, asked=quoted, available=[f"「{t}」" for t in near],
                               where=list(cities)))
        return out

    def _is_kind(self, pos: int, kind: str) -> bool:
        refs = self.label_refs[pos]
        return bool(refs) and refs[-1].kind not in ("bare", "hyphen") and (
            refs[-1].kind.startswith(kind) or kind.startswith(refs[-1].kind) or refs[-1].kind.endswith(kind))

    def referenced(self, query: ParsedQuery) -> set[int]:
        """Records the question names by number (its last reference is the unit, the others its parents)."""
        quoted = self._quoted_titles(query)
        holders = self.inventory.sub_entry_holders(query.normalized, self.corpus_cities, _named_units(query))
        if holders:  # 「未来予測の(5)」: the item that lists (5) under 未来予測
            return set(holders)
        if not query.item_refs:
            return quoted
        refs = query.item_refs
        out: dict[int, int] = {}
        for unit in refs:  # 「5-2のグループ①とグループ②」 names two units
            named = [pos for pos in self.by_last_value.get(unit.value, [])
                     if names_unit(refs, unit, self.label_refs[pos]) and not self._asked_under(refs, pos)]
            if not named:  # a unit printed only as the parent of a few items: 「5-3」 names both of its groups
                named = [pos for pos in self.by_parent_value.get(unit.value, [])
                         if any(compatible(unit, lab) for lab in self.label_refs[pos][:-1])
                         and not contradicts(refs, self.label_refs[pos]) and not self._asked_under(refs, pos)]
                if len({self.index.records[pos].source_file for pos in named}) != 1 \
                        or len(named) > self.settings.parent_unit_items:
                    named = []
            if unit.kind == BARE:  # 「Group1の…6つ目」: a 6 under Group1, not a section 6 of another document
                named = [pos for pos in named if all(
                    any(compatible(q, c) for c in self.label_refs[pos] + self.section_refs[pos])
                    for q in refs if q.kind not in UNNAMED)]
            for pos in named:
                context = self.label_refs[pos] + self.section_refs[pos]
                out[pos] = sum(any(compatible(q, c) for c in context) for q in refs)
        # 「基本目標2の事業12」: where several documents have a 事業12, the one under 基本目標2
        best = max(out.values(), default=0)
        return {pos for pos, score in out.items() if score == best} or quoted

    def _asked_under(self, refs: list[LabelRef], pos: int) -> bool:
        """The question names a unit under this record after naming the record (「施策2・方向性1の基本事業2」 of
        「施策2 方向性1」): it is the parent of what is asked."""
        label = self.label_refs[pos]
        at = max((n for n, ref in enumerate(refs) if label and compatible(ref, label[-1])), default=None)
        headings = self.document_sections[self.index.records[pos].source_file]
        # a unit of a kind the record's document heads its items with (not 「…⑳と狛江Group2」, another document's)
        return at is not None and asks_under([ref for ref in refs[at + 1:] if ref.kind in headings], label)

    def _quoted_titles(self, query: ParsedQuery) -> set[int]:
        """Items whose whole title the question quotes (「継続的かつ安定的な市政運営」の進捗は？)."""
        return {pos for quoted in _QUOTED.findall(query.normalized)
                for pos in self.by_title.get(compact(quoted), [])}

    def _heading_names(self, pos: int, refs: list[str]) -> list[str]:
        names = []
        for part in self.index.records[pos].section.split(">"):
            part = compact(part)
            for ref in refs:
                if part.startswith(ref) and len(part) > len(ref) + 1:
                    names.append(part[len(ref):])
        return names

    def unit_refs(self, record_id: str) -> list[LabelRef]:
        """The numbered units a record is in: its label's counters and its headings' (「Group1 3-4」: Group1, 3-4)."""
        pos = self.index.record_pos[record_id]
        return self.label_refs[pos] + self.section_refs[pos]

    def sub_items(self, record_id: str) -> list[str]:
        """The items under a record: those of its document whose heading path ends in its title
        (Group2 3『戦略』 -> Group2 3-1, 3-2, 3-3 under 「3. 戦略」)."""
        pos = self.index.record_pos.get(record_id)
        if pos is None:
            return []
        record = self.index.records[pos]
        title = compact(record.title)
        if not title:
            return []
        return [r.id for r in self.document_records(record.source_file)
                if r.id != record.id and r.section.startswith(record.section)
                and compact(r.section.rsplit(">", 1)[-1]).endswith(title)]

    def document_records(self, source_file: str) -> list[Record]:
        """The records of one document, in document order (without scanning the whole index)."""
        return [self.index.records[int(p)] for p in self.filter_index.by_source.get(source_file, [])]

    def _elsewhere(self, query: ParsedQuery, cities: list[str]) -> bool:
        """Whether a Japanese question names a thing (a noun of two characters or more) that other cities'
        documents print as a word and ``cities``' do not: 「議会だよりって変わるの？」 after questions about 小平市 is
        about the city that has a 議会だより, not the one the chat was about. A word others print only inside
        another (ネット of インターネット) names no such thing."""
        if query.language != "ja":
            return False
        others = [c for c in self.corpus_cities if c not in cities]
        return any(len(word) >= 2 and not self.inventory.prints(word, cities) and not self.inventory.spellings(
                   word, cities) and self.inventory.prints_word(word, others)
                   for word, pos in tagged_tokens(query.normalized) if pos == "名詞")

    def search(
        self, question: str | ParsedQuery, k: int | None = None, filters: Filters | None = None,
        about: list[str] | None = None, prefer: list[str] | None = None, context_cities: list[str] | None = None,
        own_words: str | None = None,
    ) -> SearchResult:
        """``about``: record ids the question is about as surely as if it named them (a chat's 「もっと詳しく」).
        ``prefer``: record ids that win a near tie (a chat's 「担当は？」 asks first of the item it was led by).
        ``context_cities``: the cities a chat is about, for a new topic that names none (「ところで、紙を減らす
        取組は？」 after questions about 狛江市): searched in their documents only, as if the question named them,
        unless it names a thing only other cities print (:meth:`_elsewhere`).
        ``own_words``: what the user typed, when the search text is not only that (a chat's 「府中市は？」 is searched
        with the topic's words, which are another city's): the things it names are checked against the named
        city's documents (``Inventory.missing_terms``); None: the question's own text."""
        query = question if isinstance(question, ParsedQuery) else parse_query(
            question, citizen_glossary=self.settings.citizen_glossary)
        k = k or self.settings.k
        filters = filters or Filters()
        # (a town added with its documents, named in Latin letters: "Hiiragino City")
        latin = named_in_latin(query.normalized, self.unlisted_cities, self.dictionary) if query.language == "en" else []
        named = [c for c in self.unlisted_cities if c not in query.cities and (c in query.normalized or c in latin)]
        if named:
            query = query.model_copy(update={"cities": [*query.cities, *named]})
        named_cities = sorted(set(query.cities) & set(self.corpus_cities))
        if context_cities and not named_cities and self._elsewhere(query, context_cities):
            context_cities = None
        if named_cities and not filters.cities:  # 「ひばり市の…」: only that city's documents answer
            filters = filters.model_copy(update={"cities": named_cities})
        elif context_cities and not filters.cities:  # a new topic of the chat's city: asked of its documents
            filters = filters.model_copy(update={"cities": context_cities})
        scope = self.scope(filters)
        allowed = scope.mask
        if not query.normalized:
            return SearchResult(query=query, evidence=[])

        untranslated: list[str] = []
        groups: list[list[str]] = []
        places: list[str] = []
        if query.language == "en":  # the Japanese words of its English phrases (JMdict, corpus-restricted)
            groups, untranslated = self.index.english.translate(strip_years(query.normalized))
            translated = list(dict.fromkeys(t for group in groups for t in group))
            # a word the glossary or a city name covers is translated too
            covered = compact(" ".join([*query.expansions, *query.cities, *glossary_terms(query.normalized)]))
            town_words = latin_forms(query.normalized, self.unlisted_cities, self.dictionary)
            untranslated = [w for w in untranslated if not any(w in romaji for romaji in self.city_romaji)
                            and w not in town_words]
            # a word the documents print as it is (RPA, DX, LINE) needs no translation: it is a term of its own
            vocabulary = self.index.search.vocabulary
            printed = [w for w in untranslated if w in vocabulary]
            untranslated = [w for w in untranslated if w not in vocabulary and w not in covered]
            # a place the question names by name that no document prints ("the capital of France")
            named = {w: place_forms(w, self.dictionary) for w in capitalized_words(query.text) if w.lower() in untranslated}
            # …unless the documents print its Japanese name ("the Tama River": 多摩川): then that is its translation
            local = {w: [f for f in forms if len(f) >= 2 and self.inventory.prints(f, self.corpus_cities)]
                     for w, forms in named.items()}
            places = [w for w, forms in named.items() if forms and not local[w]]
            untranslated = [w for w in untranslated if not any(local.get(n) for n in named if n.lower() == w)]
            printed += [f for forms in local.values() for f in forms]
            extra = [t for t in [*translated, *printed] if t not in query.expansions]
            if extra:
                query = query.model_copy(update={"expansions": [*query.expansions, *extra]})
        years = set(query.fiscal_years)
        vector = encode_queries(self.model, [query.search_text])[0]
        synonyms = self.index.synonyms.expand(query.keyword_text) if self.settings.synonym_weight else []
        weights, terms = self.keyword_weights(query.keyword_text, synonyms)
        if query.language == "ja" and query.expansions and self.settings.expansion_row_weight:  # (no row: no rescan)
            weights = self._row_weighted(query, weights)
        # a city the question names is a filter, not a keyword: 「KOMAE」 printed in one item's project name
        # must not draw "What did Komae do …" to that item
        city_words = {t for city in named_cities for t in self.city_words[city]}
        weights = {t: w for t, w in weights.items() if t not in city_words}
        terms = [t for t in terms if t not in city_words]
        weights = self._without_document_words(weights)
        dense, sentence, keyword = self.index.search.ranked(vector, weights, scope, self.settings.candidates,
                                                            sentences=self.settings.sentence_vectors)
        # another edition's copy of a unit takes no rank from the edition that answers
        shown = lambda ranked: {pos: v for pos, v in ranked.items() if self._edition_shown(pos, years)}  # noqa: E731
        dense, sentence, keyword = shown(dense), shown(sentence), shown(keyword)
        # a record is as close to the question as its closest passage and sentence
        semantic = closeness(dense, sentence, self.settings.semantic_mean_weight)
        c = self.settings.candidates
        ids = lambda ranked: [str(i) for i in list(ranked)[:c]]  # noqa: E731
        fused = reciprocal_rank_fusion(
            [(ids(semantic), self.settings.dense_weight), (ids(keyword), self.settings.bm25_weight)],
            k=self.settings.rrf_k,
        )
        unit = 1.0 / (self.settings.rrf_k + 1)
        asked_text = compact(query.normalized)
        records = self.index.records
        # only units of the documents searched: 「item No. 29」 of 小平市 is not 狛江市's 取組項目29
        referenced = {pos for pos in self.referenced(query) if allowed[pos]}
        # a chat's follow-up about the items just cited names them as surely as 「取組項目8」 would
        referenced |= {self.index.record_pos[i] for i in about or [] if i in self.index.record_pos}
        preferred = {self.index.record_pos[i] for i in prefer or [] if i in self.index.record_pos}
        listed = self._listed(query, own_words)
        named_offices = [compact(o) for o in offices(query.normalized, self.corpus_city_set)]
        # an item the question names by its whole title (「その3つの方向性は？」 of 3-1『3つの方向性』) is asked, not the
        # item a chat's facet would prefer
        titled = {pos for pos in (referenced | {int(key) for key in fused})
                  if len(self.compact_titles[pos]) >= _MIN_QUOTED_TITLE
                  and self.compact_titles[pos] in asked_text} if preferred else set()
        for pos in sorted({int(key) for key in fused} | referenced | listed):
            if not allowed[pos]:
                continue
            record = records[pos]
            bonus = 0.0
            if pos in referenced and (not named_cities or record.city in named_cities):
                bonus += self.settings.exact_ref_boost
            if pos in listed and (not named_cities or record.city in named_cities):
                bonus += self.settings.exact_ref_boost / 2
            if str(pos) in fused:
                key = self.label_keys[pos]
                if key and key in asked_text and not self._asked_under(query.item_refs, pos):
                    # the more records share the key, the less it says; the parent of a unit asked is not named
                    bonus += self.settings.label_mention_boost * unit / self.key_counts[key] ** 0.5
                if record.city in (named_cities or context_cities or ()):
                    bonus += self.settings.city_boost * unit
                if named_offices and (any(o in compact(d) for o in named_offices for d in record.departments)
                                      or any(o in self.compact_texts[pos] for o in named_offices)):
                    # 「市民課で…」: the items 市民課 is in charge of, or that name it (a proposal's budget line
                    # 「（道路交通課・2020年度比 300,000 円増）」)
                    bonus += self.settings.office_boost * unit
                if years and years & set(record.fiscal_years):
                    # a single-year report outranks a multi-year plan for a question about one year
                    bonus += self.settings.year_boost * unit / len(self.document_years[record.source_file])
            if pos in preferred and not titled - {pos}:
                bonus += self.settings.prefer_boost * unit
            if bonus:
                fused[str(pos)] = fused.get(str(pos), 0.0) + bonus

        hidden = self._apply_editions(fused, years)
        q_terms = question_terms(query, self.city_terms)
        evidence = []
        limit = max(k, min(len(listed), self.settings.max_listed)) if listed else k
        picked = top(fused, limit)
        if len(named_cities) > 1 and not listed:  # 「狛江市と府中市の資料では、それぞれ…」: each city's best item
            picked = self._each_of(picked, fused, named_cities, lambda r: {r.city})
        asked_years = years_asked_each(query.normalized)
        if len(asked_years) > 1 and not listed:  # 「R3年度は何を確かめ、R4年度の方針では何を目指す？」: each year's best
            picked = self._each_of(picked, fused, asked_years, lambda r: set(r.fiscal_years) & set(asked_years))
        for key, score in picked:
            pos = int(key)
            record = records[pos]
            evidence.append(
                Evidence(
                    record=record,
                    score=round(score, 6),
                    dense_score=round(dense[pos], 6) if pos in dense else None,
                    bm25_score=round(keyword[pos], 6) if pos in keyword else None,
                    sentence_score=round(sentence[pos], 6) if pos in sentence else None,
                    matched_terms=matched_terms(record, sorted(set(terms) | set(q_terms))),
                    legend=self.legends.get(record.source_file, {}),
                )
            )
        if not listed and not query.item_refs:  # (a question naming 基本方針1 asks of the heading itself)
            evidence = children_first(evidence, self.sub_items, self.settings.children_among)
        if self.settings.sentence_vectors:  # which of its sentences answer: the composer quotes those
            per_record = self.index.search.sentence_scores([self.index.record_pos[e.record.id] for e in evidence],
                                                           vector)
            for e in evidence:
                e.sentence_scores = per_record.get(self.index.record_pos[e.record.id], {})
        # (those the filters allow: a chat's city, a document chosen)
        listed_ids = [records[pos].id for pos in sorted(listed) if str(pos) not in hidden and allowed[pos]]
        # the items a chat already answered with and now leaves out (「他には？」) were found for the topic too: an
        # edition or office they mention is the corpus's, though no item left mentions it
        seen = [self.index.record_pos[i] for i in filters.exclude_ids if i in self.index.record_pos]
        missing = self._missing(query, referenced, [self.index.record_pos[e.record.id] for e in evidence],
                                filters.cities or self.corpus_cities, seen)
        where = sorted(filters.cities or self.corpus_cities)
        typed = query.normalized if own_words is None else own_words  # what the user named, checked below
        if evidence and not any(m.kind is MissingKind.UNIT for m in missing):  # 「6つ目の予測は？」 of a list of five
            missing += missing_nth(typed, evidence[0].record)
        missing += [Missing(kind=MissingKind.PLACE, asked=place, where=where) for place in places]
        if query.language != "en":
            missing += self.inventory.missing_places(typed, where, query.cities)
        if named_cities:  # 「小平市…国立市と連携する話は？」: the other city, in the documents of the one asked of
            # (named in full: 「新潟の長岡市」's 新潟 may be the prefecture)
            others = [c for c in query.cities if c not in self.corpus_cities and (query.language == "en" or c in typed)]
            missing += self.inventory.unmentioned_municipalities(others, filters.cities or named_cities)
        if filters.cities and set(filters.cities) != set(self.corpus_cities):  # a city named or chosen
            missing += self.inventory.missing_terms(typed, filters.cities, self.settings.other_city_term_chars,
                                                    self.settings.other_city_name_chars)
            if query.language == "en":  # "Fuchu's … outstanding debt from municipal bonds": 市債 is not Fuchu's
                missing += self.inventory.missing_glossary_terms(glossary_rows(typed), filters.cities,
                                                                 self.index.english.words)
        if len(named_cities) > 1 and query.language == "ja":  # 「府中市の職員定数は？小平市だと960人だけど」
            missing += self._each_clauses_city(typed, named_cities)
        missing += self._missing_headings(query, normalize_width(typed), filters.cities or self.corpus_cities)
        if query.language == "ja" and not filters.record_ids:  # 「R5年度の教育部の方針だと…」 of a 令和4年度 one
            missing += self._editions_not_held(typed, filters.cities or self.corpus_cities)
        named_documents = self._named_documents(query, filters.cities or self.corpus_cities)
        if query.language == "ja" and named_documents and not filters.record_ids:
            missing += self.inventory.missing_in_documents(typed, named_documents, self.settings.other_city_term_chars,
                                                           self.settings.other_city_name_chars)
        if query.language == "ja" and self.settings.unprinted_things and not filters.record_ids:
            # what a yes/no question asks about, or what one asking what or how names with 「…について」
            missing += self.inventory.unprinted_things([*asked_things(typed), *about_things(typed)], self._bridged,
                                                       where)
            # any name the question quotes (「お試し住宅」), bridged only as a whole; one that names a unit or a
            # meeting (「5-4」「第6回…」) is the unit and ordinal checks' to judge
            names = [(name, name) for name in quoted_names(typed) if not find_refs(name) and not ordinals(name)]
            missing += self.inventory.unprinted_things(names, lambda name: bool(self._bridges(name)), where)
            if not missing and self.settings.unjoined_compound_chars:
                missing += self.inventory.unjoined_compounds(typed, [*asked_compounds(typed), *about_compounds(typed)],
                                                             self._bridges, where,
                                                             self.settings.unjoined_compound_chars,
                                                             self.settings.kind_head_compounds)
        other_editions, edition = self._other_editions(evidence, years)
        referenced_ids = [records[pos].id for pos in sorted(referenced)]
        # an English phrase's Japanese words are tagged one by one (「伝える」 of "report", 「おく」 of "put aside")
        tagged = ([pair for group in groups for word in group for pair in tagged_tokens(word)]
                  if query.language == "en" else tagged_tokens(query.keyword_text))
        predicates = list(dict.fromkeys(t for t, pos in tagged if pos in ("動詞", "形容詞")))
        if query.language == "en":  # a translation that tags to no word at all (「とる」 of "earn") names no subject
            predicates += [w for group in groups for w in group if not tagged_tokens(w) and w not in predicates]
        # (used to choose an English question's sentences: its words arrive as several translations each)
        rarity = {t: self.inventory.rarity(t) for t in q_terms} if query.language == "en" else {}
        mean = sum(rarity.values()) / len(rarity) if rarity else 0.0
        return SearchResult(query=query, evidence=evidence, query_terms=q_terms, listed=listed_ids,
                            term_weights={t: r / mean for t, r in rarity.items()} if mean > 0 else {},
                            predicates=predicates,
                            scoped=bool(filters.record_ids),
                            missing=missing, untranslated=untranslated, term_groups=groups,
                            referenced=referenced_ids, other_editions=other_editions,
                            overviews={e.record.id: sorted(self.overviews[e.record.id]) for e in evidence
                                       if e.record.id in self.overviews},
                            edition_year=edition[0] if edition else None, edition_document=edition[1] if edition else None)

    def _each_of(self, picked: list[tuple[str, float]], fused: dict[str, float], wanted: Sequence[object],
                 groups: Callable[[Record], set[object]]) -> list[tuple[str, float]]:
        """``picked`` with the best item of each of ``wanted`` that no picked item's ``groups`` hold, in place of the
        lowest item whose groups other picked items all hold too: a question comparing cities is answered from each
        city (an item's group, its city), one asking two years each its own thing from each year's documents (its
        groups, the years asked that it covers)."""
        records = self.index.records
        picked = list(picked)
        for want in wanted:
            if any(want in groups(records[int(key)]) for key, _ in picked):
                continue
            best = min(((key, v) for key, v in fused.items() if want in groups(records[int(key)])),
                       key=lambda kv: (-kv[1], kv[0]), default=None)  # top(...)'s order, without sorting all
            counts = Counter(g for key, _ in picked for g in groups(records[int(key)]))
            spare = [n for n, (key, _) in enumerate(picked) if all(counts[g] > 1 for g in groups(records[int(key)]))]
            if best is None or not spare:
                continue
            picked[spare[-1]] = best
        return sorted(picked, key=lambda kv: (-kv[1], kv[0]))

    def _bridges(self, word: str) -> list[str]:
        """The corpus words a word as a whole leads to: its synonyms or word vector's nearest corpus words, its
        glossary terms."""
        return [*self.index.synonyms.of(word), *expansions(word, citizen=self.settings.citizen_glossary)]

    def _bridged(self, word: str) -> bool:
        """Whether a word no document prints leads to words they do: a synonym, a word vector's nearest corpus word,
        a glossary row (借金 -> 市債)."""
        return bool(self.index.synonyms.expand(word) or expansions(word, citizen=self.settings.citizen_glossary))

    def _named_documents(self, query: ParsedQuery, cities: list[str]) -> list[str]:
        """The documents of ``cities`` a question names by a fiscal year they cover and the words of their titles
        (all of them, or at least ``document_words_named``: 「R4年度の部の方針」, 「R3年度の行革の進捗報告書」);
        [] when it names none, or every one of them."""
        if not query.fiscal_years:
            return []
        sources = self._titled(set(keyword_tokens(query.normalized)), cities)
        covering = [source for source in sources
                    if set(query.fiscal_years) & self.inventory.document_years.get(source, set())]
        every = [s for s, city in self.inventory.document_city.items() if city in cities]
        return covering if covering and len(covering) < len(every) else []

    def _titled(self, words: set[str], cities: list[str], distinctive: bool = False) -> list[str]:
        """The documents of ``cities`` that ``words`` name by their title: all its words, or at least
        ``document_words_named`` of them, or with ``distinctive`` one no other document's title holds."""
        return [source for source, title in self.title_words.items()
                if self.inventory.document_city.get(source) in cities and title
                and (len(title & words) >= min(len(title), self.settings.document_words_named)
                     or (distinctive and bool(title & words & self.distinctive_title_words)))]

    def _each_clauses_city(self, typed: str, cities: list[str]) -> list[Missing]:
        """Of a question naming several cities, each clause naming one of them (「府中市の職員定数って何人？」) asks
        that city, and so do the clauses after it in the same sentence that name none (「府中市の部会の資料って、
        職員提案制度の応募件数に目標値は置いてる？」): the things only the other cities' documents print are missing
        there, as if it were asked alone (「小平の推進プログラムだと960人って出てたけど」 tells what the other city
        prints)."""
        out: list[Missing] = []
        for sentence in re.split(r"[。？?！!]", typed):
            asked: dict[str, list[str]] = {}  # each city named: its clauses, and those after it that name none
            city = None
            for clause in re.split(r"[、,]", sentence):
                named = [c for c in cities if c in clause or city_stem(c) in clause]
                city = named[0] if len(named) == 1 else (None if named else city)
                if city:
                    asked.setdefault(city, []).append(clause)
            for city, clauses in asked.items():
                out += self.inventory.missing_terms("、".join(clauses), [city], self.settings.other_city_term_chars,
                                                    self.settings.other_city_name_chars)
        return out

    def _editions_not_held(self, typed: str, cities: list[str]) -> list[Missing]:
        """A document named by a fiscal year and, right after it, the words of its title (「R5年度の教育部の方針」,
        「令和4年度の行革の進捗報告書」) when no document of ``cities`` so titled covers that year: that edition is
        missing, with the editions there are."""
        text = normalize_width(typed)
        out = []
        for match in FISCAL_YEAR.finditer(text):
            after = re.split(r"[、。,.？?！!]", text[match.end():match.end() + self.settings.edition_title_chars])[0]
            words = set(keyword_tokens(after.lower()))
            # a single distinctive word names its document only as the noun the year qualifies (「令和3年度の部会」,
            # not 「R3年度は…を検討した」 nor 「令和3年度に…会議録」)
            head = re.match(r"の?([一-龥々ァ-ヶーA-Za-z0-9]+)", after)
            named = self._titled(words, cities) or self._titled(
                set(keyword_tokens(head.group(1).lower())) if head else set(), cities, distinctive=True)
            year = fiscal_years_named(match.group(0))[0]
            if named and not any(year in self.inventory.document_years.get(s, set()) for s in named):
                last = max((after.lower().rfind(w) + len(w) for s in named for w in self.title_words[s] & words
                            if w in after.lower()), default=len(after))
                out.append(Missing(kind=MissingKind.ORDINAL, asked=text[match.start():match.end() + last],
                                   available=[self.inventory.document_title[s] for s in named], where=list(cities)))
        return out

    def _without_document_words(self, weights: dict[str, float]) -> dict[str, float]:
        """The words by which a question names its document (「未来戦略会議Group2の…」: at least two words of one
        document's title) weigh less than its other keywords: they say which document, not which item, and the
        cover page that prints the title would outrank the item asked about. Kept whole when the question has no
        other keyword."""
        named: set[str] = set()
        for words in self.title_words.values():
            shared = words & set(weights)
            if len(shared) >= self.settings.document_words_named:
                named |= shared
        if not named or not set(weights) - named:
            return weights
        return {t: w * (self.settings.document_words_weight if t in named else 1.0) for t, w in weights.items()}

    def _missing(self, query: ParsedQuery, referenced: set[int], found: list[int], cities: list[str],
                 seen: Sequence[int] = ()) -> list[Missing]:
        """What the question names that the corpus does not hold (see ``absent``); ``seen``: items found for it
        that the search left out."""
        # 「Group1の1(5)」: no (5) under 1; read in the question as written (the normalised text has 「(5)の③」 as
        # 「(5)の3」, no entry)
        missing = self.inventory.missing_sub_entry(query.text, cities, _named_units(query))
        if missing:
            return missing
        missing = [] if referenced else self.inventory.missing_units(query.item_refs, cities)
        if not missing and (all(self._asked_under(query.item_refs, pos) for pos in referenced)
                            or _written_as_path(query)):
            # 「施策2・方向性1」 quoted, its 基本事業2 asked; 「第10款第3項」 where the 第3項 found is 第3款's
            missing += self._missing_path(query.hierarchy, cities)
        checked = [*found[:self.settings.named_checked_in], *seen]
        missing += self.inventory.missing_ordinals(ordinals(query.normalized), checked)
        missing += self.inventory.missing_offices(offices(query.normalized, self.corpus_city_set), cities, checked)
        return missing

    def _missing_path(self, path: list[str], cities: list[str]) -> list[Missing]:
        """Headings named one under another (「施策2・方向性1の基本事業2」) that each exist, but not under one another
        in any document of ``cities``: the path is missing; with what the longest part of it that exists holds
        at the next level (施策2・方向性1・基本事業1)."""
        if len(path) < 2:
            return []
        records = self.index.records
        heads = [re.compile(re.escape(h) + r"(?!\d)") for h in path]
        scope = [pos for pos in range(len(records)) if records[pos].city in cities]

        def under(count: int) -> list[int]:  # (a unit with no units under it is on the path by its own label)
            return [pos for pos in scope if all(h.search(f"{self.sections[pos]}>{self.labels[pos]}") for h in heads[:count])]

        if under(len(path)):
            return []
        depth = next((n for n in range(len(path) - 1, 0, -1) if under(n)), 0)  # the longest part that exists
        if not depth:
            return []
        first = re.fullmatch(r"第\d+(.+)", path[depth])  # 「第3項」: numbered 第N…
        word = re.escape(first.group(1) if first else re.sub(r"\d+$", "", path[depth]))
        kind = rf"第\d+{word}" if first else rf"{word}\d+"
        held = {m.group(0) for pos in under(depth) for m in re.finditer(rf"{kind}(?!\d)", self.sections[pos])}
        prefix = "・".join(path[:depth])
        return [Missing(kind=MissingKind.UNIT, asked="・".join(path), where=list(cities),
                        available=[f"{prefix}・{h}" for h in sorted(held, key=lambda h: int(re.sub(r"\D", "", h)))])]

    def _edition_shown(self, pos: int, years: set[int]) -> bool:
        """Of a series with several editions, the edition(s) of the years asked, or the latest one."""
        if not self.editions.multi(pos):
            return True
        source = self.index.records[pos].source_file
        matching = self.editions.matching(pos, years) if years else []
        return source in matching if matching else source == self.editions.latest(pos)

    def _apply_editions(self, fused: dict[str, float], years: set[int]) -> set[str]:
        hidden = {key for key in fused if not self._edition_shown(int(key), years)}
        for key in hidden:  # referenced or listed units of a hidden edition
            del fused[key]
        return hidden

    def _other_editions(self, evidence: list[Evidence], years: set[int]
                        ) -> tuple[list[Evidence], tuple[int, str] | None]:
        """The same units (by label) in the series' other editions: the earlier ones when the question named
        no year, the other named years' otherwise."""
        out: list[Evidence] = []
        edition: tuple[int, str] | None = None
        records = self.index.records
        shown = {e.record.id for e in evidence}
        for e in evidence[:3]:
            pos = self.index.record_pos[e.record.id]
            if not self.editions.multi(pos):
                continue
            files = self.editions.files[self.editions.series[pos]]
            year = self.editions.year_of(e.record.source_file, pos)
            if not years and edition is None and year is not None:
                edition = (year, e.record.document)
            others = [f for f in files if f != e.record.source_file and (not years or files[f] & years)]
            for f in sorted(others, key=lambda f: -max(files[f], default=0)):
                other = self.by_file_label.get((f, e.record.label))
                if other is not None and records[other].id not in shown:
                    shown.add(records[other].id)
                    out.append(Evidence(record=records[other], score=0.0,
                                        legend=self.legends.get(records[other].source_file, {})))
        return out, edition
