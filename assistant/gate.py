"""The eval gate: a candidate index is published only if it does not make answers worse.

The first index (nothing published yet) must meet absolute minimums. After that the candidate is
compared with the published index, and growth is judged fairly:

1. **No regression on the cases a change does not touch.** Every eval case records the documents it
   depends on (``depends_on``). Cases that depend on a document whose records changed, cases a new
   document turns from unanswerable into answerable (it supplies the city, year or edition the case
   found missing), and cases whose best answer now comes from a new or changed document are listed for
   review, not counted; so are cases that got worse with the new document among their results (it
   competes with their answer). A dialogue turn after a turn that is answered differently is for review too:
   it follows another answer than the one it was written after. On the rest, no metric may fall by more
   than the tolerance. A removed document is not a change to review: the cases it answered count, so
   removing it fails the gate. Dialogue turns (``eval/dialogues.jsonl``) are cases like the questions.
2. **Self-retrieval of every new or changed document:** each of its records must be found in the top
   ``k`` by its own title and by a question made of its first body sentence; a document below
   ``eval.min_self_retrieval`` is refused with the records it cannot find.

On refusal the decision lists, per question, which answers got worse and which better.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from .backend import open_backend
from .embeddings import load_query_encoder
from .evaluate import (
    GATED_METRICS,
    CaseResult,
    EvalReport,
    eval_checksum,
    evaluate,
    load_cases,
    load_dialogues,
    metrics,
    read_report,
    write_report,
)
from .index_store import FORMAT_VERSION, LoadedIndex, read_manifest
from .pipeline import Assistant, incompatibility
from .query import strip_years
from .settings import Settings
from .text_clean import PLACEHOLDER_LINE
from .types import Record

log = logging.getLogger(__name__)

GATE_SPLIT = "all"
_SENTENCE = re.compile(r"[^。\n]{8,}?[。\n]|[^。\n]{8,}$")
_FULL_SENTENCE = re.compile(r"[^。\n]{8,}?。")


@dataclass
class CorpusChange:
    """Documents whose records differ between the published index and the candidate."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def new_or_changed(self) -> set[str]:
        return set(self.added) | set(self.changed)

    def lines(self) -> list[str]:
        parts = [f"{name}: {', '.join(files)}" for name, files in
                 (("added", self.added), ("changed", self.changed), ("removed", self.removed)) if files]
        return ["  documents " + "; ".join(parts)] if parts else []


def corpus_change(old: list[Record], new: list[Record]) -> CorpusChange:
    def by_file(records: list[Record]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in records:
            out.setdefault(r.source_file, set()).add(r.id)
        return out

    before, after = by_file(old), by_file(new)
    return CorpusChange(
        added=sorted(set(after) - set(before)),
        changed=sorted(f for f in set(after) & set(before) if after[f] != before[f]),
        removed=sorted(set(before) - set(after)),
    )


@dataclass
class SelfRetrieval:
    source_file: str
    total: int
    missing: list[str] = field(default_factory=list)  # labels not found by title or by first sentence

    @property
    def rate(self) -> float:
        return (self.total - len(self.missing)) / self.total if self.total else 1.0


def first_sentence(record: Record) -> str:
    """The record's first sentence ending in 「。」 (not a field's name over it, 「令和６年度の取組」), else its first line of
    eight characters or more; a line that only stands for text left out (「【取組内容】（略）」, an excerpt's) says
    nothing and is passed over ('' when nothing else is printed)."""
    text = PLACEHOLDER_LINE.sub("", record.text)
    match = _FULL_SENTENCE.search(text) or _SENTENCE.search(text)
    return (match.group(0) if match else text).strip()[:120]


def self_retrieval(assistant: Assistant, records: list[Record], k: int) -> list[SelfRetrieval]:
    """Per document: which of its records its own title and its first sentence do not both find in the top k.

    Each question names the record's city, as a resident of that city would ask: in a corpus of several
    cities a question that names none may rightly be answered from another city's plan."""
    out: dict[str, SelfRetrieval] = {}
    for record in records:
        result = out.setdefault(record.source_file, SelfRetrieval(record.source_file, 0))
        result.total += 1
        # without fiscal-year words: they would send the question to another edition of the same series
        asked = [q for q in (record.title, first_sentence(record)) if q.strip()]
        for question in dict.fromkeys(f"{record.city} {strip_years(q)}" for q in asked):
            found = [e.record.id for e in assistant.search(question, k=k).evidence[:k]]
            if record.id not in found:
                result.missing.append(record.label)
                break
    return list(out.values())


@dataclass
class GateDecision:
    passed: bool
    candidate: EvalReport
    baseline: EvalReport | None
    problems: list[str] = field(default_factory=list)
    worse: list[str] = field(default_factory=list)
    better: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    judged: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    change: CorpusChange = field(default_factory=CorpusChange)
    retrieval: list[SelfRetrieval] = field(default_factory=list)
    candidate_count: int = 0  # cases judged (not for review)

    def lines(self) -> list[str]:
        out = ["eval gate: " + ("PASSED" if self.passed else "FAILED"), *self.change.lines()]
        if self.judged:
            out.append(f"  on the {self.candidate_count} cases this change does not touch:")
        for name in GATED_METRICS:
            old, new = self.judged.get(name) or (
                self.baseline.overall.get(name) if self.baseline else None, self.candidate.overall.get(name))
            old_s = "-" if old is None else f"{old:.3f}"
            new_s = "-" if new is None else f"{new:.3f}"
            out.append(f"  {name:<20} {old_s:>7} -> {new_s:>7}")
        for r in self.retrieval:
            out.append(f"  self-retrieval {r.source_file}: {r.total - len(r.missing)}/{r.total} = {r.rate:.1%}"
                       + (f" (not found: {', '.join(r.missing[:20])})" if r.missing else ""))
        out += [f"  problem: {p}" for p in self.problems]
        if self.review:
            out.append(f"  to review ({len(self.review)}):")
            out += [f"    ? {r}" for r in self.review]
        if self.worse:
            out.append(f"  worse ({len(self.worse)}):")
            out += [f"    - {w}" for w in self.worse]
        if self.better:
            out.append(f"  better ({len(self.better)}):")
            out += [f"    + {b}" for b in self.better]
        return out


def _case_score(case: CaseResult) -> float:
    if not case.answerable:
        return float(case.abstained)
    facts = case.facts_found / case.facts_total if case.facts_total else 1.0
    return case.rr + facts + (0.0 if case.abstained else 1.0)


def _precision(case: CaseResult) -> float:
    return case.cited_relevant / len(case.cited) if case.cited else 1.0


def _top_file(case: CaseResult) -> str | None:
    return case.retrieved[0].split("#", 1)[0] if case.retrieved and not case.abstained else None


def _review_reason(case: CaseResult, before: CaseResult, change: CorpusChange,
                   documents: dict[str, tuple[str, str, list[int]]]) -> str | None:
    """Why a case is for review rather than judged by this change, or None."""
    if set(case.depends_on.documents) & set(change.changed):
        return "depends on a changed document"
    top = _top_file(case)
    if not case.answerable and not case.abstained:
        for name in change.new_or_changed:
            if name in documents and any(a.met_by(*documents[name]) for a in case.depends_on.absent):
                return f"now answerable from {name}"
    if top in change.new_or_changed and _top_file(before) not in change.new_or_changed:
        return f"now answered from {top}"
    competing = [key.split("#", 1)[0] for key in case.retrieved if key.split("#", 1)[0] in change.new_or_changed]
    # worse in what it answers, or in what it cites: the new document's item, which no case written before it
    # can count as gold, may be right
    if competing and (_case_score(case) < _case_score(before) or _precision(case) < _precision(before)):
        return f"changed with {competing[0]} among its results"
    return None


def compare(candidate: EvalReport, baseline: EvalReport | None, settings: Settings,
            change: CorpusChange | None = None,
            documents: dict[str, tuple[str, str, list[int]]] | None = None) -> GateDecision:
    """``documents``: new or changed file -> (city, title, fiscal years), to tell which cases it answers."""
    change = change or CorpusChange()
    decision = GateDecision(passed=True, candidate=candidate, baseline=baseline, change=change)
    tol = settings.eval.tolerance
    if baseline is None:
        minimums = {"hit@5": settings.eval.min_hit5, "abstention_accuracy": settings.eval.min_abstention_accuracy,
                    "citation_validity": 1.0}
        for name, minimum in minimums.items():
            value = candidate.overall.get(name)
            if value is not None and value < minimum:
                decision.problems.append(f"{name} {value:.3f} is below the minimum {minimum:.3f}")
        decision.passed = not decision.problems
        return decision

    old_cases = {c.id: c for c in baseline.cases}
    judged_new, judged_old = [], []
    moved: set[str] = set()  # dialogues with a turn answered differently: their later turns read another context
    for case in candidate.cases:
        before = old_cases.get(case.id)
        if before is None:
            continue
        dialogue = case.id.rsplit(".", 1)[0] if case.follow_up is not None else None
        reason = _review_reason(case, before, change, documents or {})
        if reason is None and dialogue in moved:
            reason = "an earlier turn of its dialogue was answered differently"
        if dialogue and (case.cited != before.cited or case.retrieved[:1] != before.retrieved[:1]):
            moved.add(dialogue)
        if reason:
            decision.review.append(f"{case.id} {case.question[:60]}  — {reason}")
            continue
        judged_new.append(case)
        judged_old.append(before)
        delta = _case_score(case) - _case_score(before)
        line = f"{case.id} {case.question[:60]}  top: {', '.join(case.retrieved[:1]) or '-'}"
        if delta < -1e-9:
            decision.worse.append(line + f"  (was {', '.join(before.retrieved[:1]) or '-'})")
        elif delta > 1e-9:
            decision.better.append(line)
    new_m, old_m = metrics(judged_new), metrics(judged_old)
    decision.candidate_count = len(judged_new)
    for name, higher_better in GATED_METRICS.items():
        new, old = new_m.get(name), old_m.get(name)
        decision.judged[name] = (old, new)
        if new is None or old is None:
            continue
        fall = (old - new) if higher_better else (new - old)
        if fall > tol:
            decision.problems.append(f"{name} fell from {old:.3f} to {new:.3f} (tolerance {tol:.3f})")
    decision.passed = not decision.problems
    return decision


def evaluate_version(settings: Settings, model, path: Path, index: LoadedIndex | None = None) -> EvalReport:
    qa = settings.eval.qa_file
    cases = load_cases(qa, GATE_SPLIT)
    dialogues = load_dialogues(settings.eval.dialogues_file, GATE_SPLIT)
    assistant = Assistant(settings, model=model, index=index or open_backend(settings).load(path.name))
    report = evaluate(assistant, cases, eval_checksum(settings), GATE_SPLIT, dialogues)
    write_report(report, path)
    return report


def baseline_report(settings: Settings, model, version: str | None) -> EvalReport | None:
    if version is None:
        return None
    path = open_backend(settings).version_path(version)
    report = read_report(path, GATE_SPLIT)
    if report is not None and report.qa_checksum == eval_checksum(settings):
        return report
    return evaluate_version(settings, model, path)  # the Q&A set changed: re-evaluate the baseline


def gate_candidate(settings: Settings, candidate: Path, published: str | None) -> GateDecision:
    """Evaluate ``candidate`` and compare it with the ``published`` version's report. Questions are embedded
    by the encoder that will serve them (``load_query_encoder``: int8 ONNX by default), not by the passage
    model the build used: the gate judges the answers users will get, as ``python -m assistant eval`` does."""
    if not settings.eval.qa_file.exists():
        raise FileNotFoundError(f"eval set {settings.eval.qa_file} is missing: the gate cannot run")
    backend = open_backend(settings)
    index = backend.load(candidate.name)
    model = load_query_encoder(settings)
    report = evaluate_version(settings, model, candidate, index)
    if published is not None:
        manifest = read_manifest(backend.version_path(published))
        outdated = ("has an older format" if manifest.format_version != FORMAT_VERSION
                    else incompatibility(manifest, settings))
        if outdated:  # built by an older release: it cannot be searched to compare, the first-publish minimums apply
            log.warning("published index %s %s; the candidate is judged on the minimums alone", published, outdated)
            published = None
    baseline = baseline_report(settings, model, published)
    old_records = backend.load(published).records if published else []
    change = corpus_change(old_records, index.records) if published else CorpusChange()
    documents: dict[str, tuple[str, str, list[int]]] = {}
    for r in index.records:
        if r.source_file in change.new_or_changed:
            city, title, years = documents.setdefault(r.source_file, (r.city, r.document, []))
            years.extend(y for y in r.fiscal_years if y not in years)
    decision = compare(report, baseline, settings, change, documents)
    if change.new_or_changed:
        assistant = Assistant(settings, model=model, index=index)
        fresh = [r for r in index.records if r.source_file in change.new_or_changed]
        decision.retrieval = self_retrieval(assistant, fresh, settings.eval.self_retrieval_k)
        for r in decision.retrieval:
            if r.rate < settings.eval.min_self_retrieval:
                decision.problems.append(
                    f"{r.source_file}: only {r.rate:.0%} of its records are found by their own title and first "
                    f"sentence (minimum {settings.eval.min_self_retrieval:.0%}); not found: {', '.join(r.missing)}")
        decision.passed = not decision.problems
    return decision
