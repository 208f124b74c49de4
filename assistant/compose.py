"""Extractive answers: the documents' own sentences, grouped per item, every one cited.

No language model: numbers, names and amounts appear exactly as in the
document. The composer abstains when the evidence does not answer the question
(another city, another year, too weak a match, a missing status text, a figure
the documents do not state) and then shows the closest items it found.
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, Field

from .passages import sentences
from .query import ParsedQuery, fiscal_years
from .settings import AnswerSettings
from .tokenize_ja import tokenize
from .types import Citation, Evidence, Record

_LISTING = re.compile(r"全部|全て|すべて|一覧|列挙|どんな取組|どのような取組|\blist\b|\ball\b|\bevery\b")
_HIERARCHY = re.compile(r"(施策|方向性|基本事業)\s*(\d+)")
_QUANTITY = re.compile(
    r"いくら|何人|何件|何回|何%|何パーセント|何円|金額|数値|値は|割合|率は|比率|目標値|how many|how much|what percent|rate|ratio|amount|figure|value"
)
_DIGIT = re.compile(r"\d")
_STATUS_WORDS = re.compile(r"取組|状況|実績|何をした|進捗|status|did|done|progress")


class ComposedAnswer(BaseModel):
    answer: str
    abstained: bool
    reason: str | None = Field(default=None, description="Why it abstained (machine-readable)")
    citations: list[Citation]
    items: list[Evidence] = Field(default_factory=list, description="Evidence shown, in citation order")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def record_years(record: Record) -> set[int]:
    """Years a record speaks of: its document's fiscal years plus any year its text names."""
    return set(record.fiscal_years) | set(fiscal_years(_nfkc(record.title + "\n" + record.text)))


def select_sentences(record: Record, query_terms: set[str], wants_number: bool, limit: int) -> list[str]:
    """The record's sentences that best match the question, in document order."""
    parts = sentences(record.text)
    if not parts:
        return []
    scored = []
    for i, sentence in enumerate(parts):
        terms = set(tokenize(sentence))
        score = len(terms & query_terms)
        if wants_number and _DIGIT.search(sentence):
            score += 0.5
        scored.append((score, i))
    best = sorted(scored, key=lambda si: (-si[0], si[1]))[:limit]
    if best[0][0] == 0:
        best = [(0, i) for i in range(min(limit, len(parts)))]
    return [parts[i] for _, i in sorted(best, key=lambda si: si[1])]


def _hierarchy_items(query: ParsedQuery, pool: list[Evidence]) -> list[Evidence]:
    """For 'all items under 方向性2'-style questions: every pooled item under that heading."""
    refs = [f"{kind}{num}" for kind, num in _HIERARCHY.findall(query.normalized)]
    if not refs:
        return []
    under = [e for e in pool if all(ref in e.record.section.replace(" ", "") for ref in refs)]
    return sorted(under, key=lambda e: (e.record.source_file, e.record.number or 0))


def choose_items(query: ParsedQuery, evidence: list[Evidence], settings: AnswerSettings) -> list[Evidence]:
    """Which retrieved items the answer is built from."""
    if not evidence:
        return []
    listing = bool(_LISTING.search(query.normalized.lower()))
    if listing:
        under = _hierarchy_items(query, evidence)
        if under:
            return under
    top_score = evidence[0].score
    chosen = [evidence[0]]
    limit = len(evidence) if listing else settings.max_items
    for e in evidence[1:]:
        if len(chosen) >= limit:
            break
        if listing or e.score >= settings.related_ratio * top_score:
            chosen.append(e)
    # Comparisons: make sure every named corpus city is represented.
    cities = [c for c in query.cities if any(e.record.city == c for e in evidence)]
    for city in cities:
        if not any(e.record.city == city for e in chosen):
            chosen.append(next(e for e in evidence if e.record.city == city))
    return chosen


def _abstain_reason(query: ParsedQuery, evidence: list[Evidence], settings: AnswerSettings) -> str | None:
    if not evidence:
        return "no_match"
    corpus_cities = {e.record.city for e in evidence}
    if query.cities and not set(query.cities) & corpus_cities:
        return "city_not_in_corpus"
    best = evidence[0]
    if query.item_refs and _STATUS_WORDS.search(query.normalized.lower()) and "no_status" in best.record.flags:
        return "status_missing"
    if query.fiscal_years and not any(set(query.fiscal_years) & record_years(e.record) for e in evidence[:3]):
        return "year_not_in_corpus"
    dense = max((e.dense_score or 0.0) for e in evidence[:3])
    if not query.item_refs and dense < settings.abstain_below:
        return "weak_match"
    return None


_REASONS_JA = {
    "no_match": "資料の中に、この質問に関係する記載が見つかりませんでした。",
    "city_not_in_corpus": "ご質問の自治体（{cities}）の資料は収録されていません。収録している自治体: {corpus}。",
    "status_missing": "{label}『{title}』の取組状況は、この資料（抽出テキスト）に記載がありません。",
    "year_not_in_corpus": "ご質問の年度（{years}）についての記載は資料に見つかりませんでした。",
    "weak_match": "資料の中に、この質問に直接答える記載は見つかりませんでした。",
    "no_figure": "ご質問の数値は資料に記載されていません。",
}
_REASONS_EN = {
    "no_match": "The documents contain nothing on this question.",
    "city_not_in_corpus": "The documents do not cover {cities}; they cover {corpus}.",
    "status_missing": "The document states no status for {label} ({title}).",
    "year_not_in_corpus": "The documents say nothing about fiscal year {years}.",
    "weak_match": "The documents do not answer this question directly.",
    "no_figure": "The documents do not state that figure.",
}


def _citation(e: Evidence, quote: str) -> Citation:
    r = e.record
    return Citation(
        source_file=r.source_file, label=r.label, title=r.title, section=r.section, page=r.page,
        score=round(e.score, 6), quote=quote,
    )


def _quote(parts: list[str], limit: int) -> str:
    text = " ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def compose(query: ParsedQuery, evidence: list[Evidence], settings: AnswerSettings) -> ComposedAnswer:
    english = query.language == "en"
    reasons = _REASONS_EN if english else _REASONS_JA
    reason = _abstain_reason(query, evidence, settings)
    query_terms = set(tokenize(query.search_text))
    wants_number = bool(_QUANTITY.search(query.normalized.lower()))

    items = [] if reason else choose_items(query, evidence, settings)
    picked: list[tuple[Evidence, list[str]]] = []
    for e in items:
        chosen = select_sentences(e.record, query_terms, wants_number, settings.max_sentences_per_item)
        if chosen:
            picked.append((e, chosen))
    if not reason and not picked:
        reason = "no_match"
    if not reason and wants_number and not any(_DIGIT.search(s) for _, parts in picked for s in parts):
        if not any(_DIGIT.search(v) for e, _ in picked for v in e.record.fields.values()):
            reason = "no_figure"

    if reason:
        shown = evidence[: settings.max_items]
        best = evidence[0].record if evidence else None
        message = reasons[reason].format(
            cities="、".join(query.cities),
            corpus="、".join(sorted({e.record.city for e in evidence})) or "-",
            years="、".join(f"{y}" for y in query.fiscal_years),
            label=best.label if best else "",
            title=best.title if best else "",
        )
        lines = [message]
        if shown:
            lines.append("Closest items in the documents:" if english else "近い項目（参考）:")
            lines += [f"[{i}] {e.record.citation_text()}" for i, e in enumerate(shown, start=1)]
        citations = [_citation(e, _quote(sentences(e.record.text)[:2], settings.quote_chars)) for e in shown]
        return ComposedAnswer(answer="\n".join(lines), abstained=True, reason=reason, citations=citations, items=shown)

    lead = (
        "From the documents (quoted in Japanese, with sources):"
        if english
        else f"資料に基づく回答です（{len(picked)}件の記載）。"
    )
    lines = [lead]
    citations = []
    for n, (e, parts) in enumerate(picked, start=1):
        lines.append(f"■ [{n}] {e.record.citation_text()}")
        lines += [f"・{s} [{n}]" for s in parts]
        citations.append(_citation(e, _quote(parts, settings.quote_chars)))
    return ComposedAnswer(
        answer="\n".join(lines), abstained=False, citations=citations, items=[e for e, _ in picked]
    )
