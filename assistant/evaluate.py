"""Evaluation on the known Q&A set: retrieval, answer and abstention metrics, through the ``ask`` path.

Each metric is a small pure function over per-question results. Reports go
next to the index they evaluated: ``<version>/eval/report.json`` and ``report.md``.
"""

from __future__ import annotations

import hashlib
import statistics
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel, Field

from .compose import ComposedAnswer
from .conversation import Conversation
from .pipeline import Assistant
from .retrieve import SearchResult
from .settings import Settings

GATED_METRICS = {
    # metric: True when higher is better
    "hit@1": True,
    "hit@5": True,
    "mrr": True,
    "recall@5": True,
    "fact_coverage": True,
    "abstention_accuracy": True,
    "false_abstention": False,
    "page_accuracy": True,
    "citation_validity": True,
    "cited_precision": True,
}


class GoldRecord(BaseModel):
    source_file: str
    label: str


class Absent(BaseModel):
    """What a case asks for that the corpus does not hold: a document of this city (for these years, of
    this edition). A new document that matches makes the case answerable."""

    city: str | None = None
    fiscal_years: list[int] = Field(default_factory=list)
    edition: str | None = Field(default=None, description="e.g. 第2期")

    def met_by(self, city: str, title: str, fiscal_years: list[int]) -> bool:
        return (
            (self.city is None or self.city == city)
            and (not self.fiscal_years or bool(set(self.fiscal_years) & set(fiscal_years)))
            and (self.edition is None or self.edition in unicodedata.normalize("NFKC", title).replace(" ", ""))
        )


class Dependencies(BaseModel):
    """The documents a case depends on: its gold records' files, and what its absence rests on."""

    documents: list[str] = Field(default_factory=list)
    absent: list[Absent] = Field(default_factory=list)


class EvalCase(BaseModel):
    id: str
    question: str
    language: str = Field(description="ja or en")
    user_type: str = Field(description="staff or citizen")
    kind: str = Field(description="question kind, e.g. single_item, number, english, unanswerable")
    answerable: bool = True
    gold: list[GoldRecord] = Field(default_factory=list)
    gold_page: int | None = None
    facts: list[str] = Field(default_factory=list, description="strings from the document the answer must contain")
    split: str = Field(default="test", description="dev (for tuning) or test (for reporting)")
    note: str = ""
    depends_on: Dependencies = Field(default_factory=Dependencies)
    written: str | None = Field(
        default=None, description="ISO date a blind author wrote the case (None: written with the first round)"
    )
    related: list[GoldRecord] = Field(
        default_factory=list,
        description="records that are not the answer but are fair to cite beside it (the same programme in "
        "another document, the item a near-miss question is nearest to)",
    )


class CaseResult(BaseModel):
    id: str
    question: str
    kind: str
    split: str = "test"
    answerable: bool
    documents: list[str]
    gold_labels: int = Field(default=0, description="distinct gold labels (1 = a single-item question)")
    retrieved: list[str] = Field(description="source_file#label, best first")
    cited: list[str]
    cited_relevant: int = Field(default=0, description="cited items that are gold or related")
    abstained: bool
    hit1: float
    hit5: float
    rr: float
    recall5: float
    facts_found: int
    facts_total: int
    page_ok: bool | None
    citations_valid: bool
    latency_ms: float
    answer: str
    depends_on: Dependencies = Field(default_factory=Dependencies)
    follow_up: str | None = Field(default=None, description="A dialogue turn: the kind of turn its author wrote")
    read_as: str | None = Field(default=None, description="A dialogue turn: how the assistant read it")
    interpreted_question: str | None = None

    @property
    def read_ok(self) -> bool | None:
        """A dialogue turn read as what it is: a new topic as new, a follow-up as a follow-up."""
        if self.follow_up is None or self.read_as is None:
            return None
        return (self.read_as == "new") == (self.follow_up in ("new", "topic_change"))


class DialogueTurn(BaseModel):
    question: str
    follow_up: str = Field(description="new, facet, demonstrative, year, city, more, topic_change")
    answerable: bool = True
    gold: list[GoldRecord] = Field(default_factory=list)
    gold_page: int | None = None
    facts: list[str] = Field(default_factory=list)
    related: list[GoldRecord] = Field(default_factory=list)
    note: str = ""


class Dialogue(BaseModel):
    """A chat of 2–4 turns, scored per turn with the same metrics as single questions."""

    id: str
    language: str
    user_type: str
    split: str = "test"
    written: str | None = None
    note: str = ""
    turns: list[DialogueTurn]
    depends_on: Dependencies = Field(default_factory=Dependencies)

    def cases(self) -> list[EvalCase]:
        return [
            EvalCase(id=f"{self.id}.{n}", question=t.question, language=self.language, user_type=self.user_type,
                     kind=f"turn_{t.follow_up}", answerable=t.answerable, gold=t.gold, gold_page=t.gold_page,
                     facts=t.facts, split=self.split, note=t.note, written=self.written, related=t.related,
                     depends_on=Dependencies(documents=sorted({g.source_file for g in t.gold})))
            for n, t in enumerate(self.turns, start=1)
        ]


def load_dialogues(path: Path | None, split: str = "all") -> list[Dialogue]:
    if path is None or not path.exists():
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            dialogue = Dialogue.model_validate_json(line)
        except ValueError as exc:
            raise ValueError(f"{path}:{n}: not a valid dialogue: {exc}") from exc
        if split == "all" or dialogue.split == split:
            out.append(dialogue)
    return out


def load_cases(path: Path, split: str = "all") -> list[EvalCase]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                cases.append(EvalCase.model_validate_json(line))
            except ValueError as exc:
                raise ValueError(f"{path}:{n}: invalid eval case: {exc}") from exc
    return [c for c in cases if split == "all" or c.split == split]


def eval_checksum(settings: Settings) -> str:
    """Of the Q&A set and the dialogues: a report for other cases is not a baseline."""
    digest = hashlib.sha256()
    for path in (settings.eval.qa_file, settings.eval.dialogues_file):
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def qa_checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\n", "")


def edition_equivalents(records) -> dict[str, set[str]]:
    """source_file -> the files of every edition of its series (itself included): the same unit in another
    year's edition answers a question that names no year (the latest edition does, by design)."""
    from .editions import Editions

    editions = Editions.of(records)
    out: dict[str, set[str]] = {}
    for files in editions.files.values():
        for name in files:
            out[name] = set(files)
    return out


def run_case(assistant: Assistant, case: EvalCase, valid_keys: set[str],
             equivalents: dict[str, set[str]] | None = None, conversation: Conversation | None = None) -> CaseResult:
    started = time.perf_counter()
    result, composed = assistant.answer(case.question, k=5, conversation=conversation)
    latency = (time.perf_counter() - started) * 1000
    scored = score_case(case, result, composed, latency, valid_keys, equivalents)
    if composed.reading is not None:
        scored.read_as = composed.reading.follow_up.value
        scored.interpreted_question = composed.reading.question
    return scored


def run_dialogue(assistant: Assistant, dialogue: Dialogue, valid_keys: set[str],
                 equivalents: dict[str, set[str]] | None = None, alone: bool = False) -> list[CaseResult]:
    """Every turn in one conversation (``alone``: each turn on its own, as before conversations existed)."""
    conversation = None if alone else Conversation()
    results = []
    for case, turn in zip(dialogue.cases(), dialogue.turns, strict=True):
        scored = run_case(assistant, case, valid_keys, equivalents, conversation)
        scored.follow_up = turn.follow_up
        results.append(scored)
    return results


def score_case(case: EvalCase, result: SearchResult, composed: ComposedAnswer, latency: float,
               valid_keys: set[str], equivalents: dict[str, set[str]] | None = None) -> CaseResult:
    retrieved = [f"{e.record.source_file}#{e.record.label}" for e in result.evidence[:5]]
    cited = [f"{c.source_file}#{c.label}" for c in composed.citations]
    equivalents = equivalents or {}
    gold = {f"{f}#{g.label}" for g in case.gold for f in equivalents.get(g.source_file, {g.source_file})}
    related = {f"{f}#{g.label}" for g in case.related for f in equivalents.get(g.source_file, {g.source_file})}
    rank = next((i for i, key in enumerate(retrieved, start=1) if key in gold), None)
    answer_text = _norm(composed.answer)
    facts_found = sum(1 for f in case.facts if _norm(f) in answer_text)
    page_ok = None
    if case.gold_page is not None and case.answerable:
        pages = [c.page for c in composed.citations if f"{c.source_file}#{c.label}" in gold]
        page_ok = case.gold_page in pages
    return CaseResult(
        id=case.id,
        question=case.question,
        kind=case.kind,
        split=case.split,
        answerable=case.answerable,
        documents=sorted({g.source_file for g in case.gold}),
        gold_labels=len({g.label for g in case.gold}),
        retrieved=retrieved,
        cited=cited,
        cited_relevant=sum(1 for key in cited if key in gold or key in related),
        abstained=composed.abstained,
        hit1=float(rank == 1),
        hit5=float(rank is not None),
        rr=1.0 / rank if rank else 0.0,
        recall5=(len({k.split("#", 1)[1] for k in gold & set(retrieved)}) / len({g.label for g in case.gold})
                 if gold else 0.0),
        facts_found=facts_found,
        facts_total=len(case.facts),
        page_ok=page_ok,
        citations_valid=all(key in valid_keys for key in cited),
        latency_ms=round(latency, 2),
        answer=composed.answer,
        depends_on=case.depends_on,
    )


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def metrics(results: list[CaseResult]) -> dict[str, float | int | None]:
    answerable = [r for r in results if r.answerable and r.documents]
    unanswerable = [r for r in results if not r.answerable]
    with_facts = [r for r in results if r.answerable and r.facts_total]
    paged = [r for r in results if r.page_ok is not None]
    latencies = sorted(r.latency_ms for r in results)
    answered = [r for r in results if r.answerable and r.documents and not r.abstained and r.cited]
    single = [len(r.answer) for r in answered if r.gold_labels == 1]
    return {
        "cases": len(results),
        "hit@1": _mean([r.hit1 for r in answerable]),
        "hit@5": _mean([r.hit5 for r in answerable]),
        "mrr": _mean([r.rr for r in answerable]),
        "recall@5": _mean([r.recall5 for r in answerable]),
        "fact_coverage": _mean([r.facts_found / r.facts_total for r in with_facts]),
        "abstention_accuracy": _mean([float(r.abstained) for r in unanswerable]),
        "false_abstention": _mean([float(r.abstained) for r in results if r.answerable]),
        "page_accuracy": _mean([float(bool(r.page_ok)) for r in paged]),
        "citation_validity": _mean([float(r.citations_valid) for r in results]),
        "cited_precision": _mean([r.cited_relevant / len(r.cited) for r in answered]),
        "cited_items": _mean([float(len(r.cited)) for r in answered]),
        "answer_chars_p50": statistics.median(len(r.answer) for r in answered) if answered else None,
        "single_item_chars_p50": statistics.median(single) if single else None,
        "reading_accuracy": _mean([float(r.read_ok) for r in results if r.read_ok is not None]),
        "latency_p50_ms": round(statistics.median(latencies), 2) if latencies else None,
        "latency_p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2) if latencies else None,
    }


def failures(r: CaseResult) -> list[str]:
    out = []
    if r.answerable:
        if r.documents and not r.hit5:
            out.append("gold not in top 5")
        elif r.documents and not r.hit1:
            out.append("gold not first")
        if r.abstained:
            out.append("abstained wrongly")
        if r.facts_total and r.facts_found < r.facts_total:
            out.append(f"facts {r.facts_found}/{r.facts_total}")
        if r.page_ok is False:
            out.append("page missing")
    elif not r.abstained:
        out.append("should have abstained")
    if not r.citations_valid:
        out.append("invalid citation")
    return out


class EvalReport(BaseModel):
    index_version: str
    qa_checksum: str
    split: str
    overall: dict[str, float | int | None]
    by_kind: dict[str, dict[str, float | int | None]]
    by_document: dict[str, dict[str, float | int | None]]
    failing: list[dict]
    cases: list[CaseResult]


def evaluate(assistant: Assistant, cases: list[EvalCase], qa_sum: str, split: str,
             dialogues: list[Dialogue] | None = None, alone: bool = False) -> EvalReport:
    """Single questions, then dialogues turn by turn (``alone``: each turn without its conversation)."""
    valid = {f"{r.source_file}#{r.label}" for r in assistant.index.records}
    equivalents = edition_equivalents(assistant.index.records)
    results = [run_case(assistant, c, valid, equivalents) for c in cases]
    for dialogue in dialogues or []:
        results += run_dialogue(assistant, dialogue, valid, equivalents, alone=alone)
    by_kind: dict[str, list[CaseResult]] = defaultdict(list)
    by_doc: dict[str, list[CaseResult]] = defaultdict(list)
    for r in results:
        by_kind[r.kind].append(r)
        for d in r.documents or ["(none)"]:
            by_doc[d].append(r)
    return EvalReport(
        index_version=assistant.index.path.name,
        qa_checksum=qa_sum,
        split=split,
        overall=metrics(results),
        by_kind={k: metrics(v) for k, v in sorted(by_kind.items())},
        by_document={k: metrics(v) for k, v in sorted(by_doc.items())},
        failing=[{"id": r.id, "question": r.question, "problems": failures(r), "retrieved": r.retrieved[:3]}
                 for r in results if failures(r)],
        cases=results,
    )


def _fmt(value) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


_COLUMNS = ["cases", "hit@1", "hit@5", "mrr", "recall@5", "fact_coverage", "abstention_accuracy",
            "false_abstention", "page_accuracy", "citation_validity", "cited_precision", "cited_items",
            "answer_chars_p50", "single_item_chars_p50", "reading_accuracy", "latency_p50_ms", "latency_p95_ms"]
_FOLLOW_UPS = ("facet", "demonstrative", "year", "city", "more")


def groups(results: list[CaseResult]) -> dict[str, list[CaseResult]]:
    """Single questions, first turns, follow-up turns and topic changes: reported apart."""
    out: dict[str, list[CaseResult]] = {
        "questions": [r for r in results if r.follow_up is None],
        "dialogue: first turns": [r for r in results if r.follow_up == "new"],
        "dialogue: follow-ups": [r for r in results if r.follow_up in _FOLLOW_UPS],
        "dialogue: topic changes": [r for r in results if r.follow_up == "topic_change"],
    }
    return {name: group for name, group in out.items() if group}


def metrics_table(rows: dict[str, dict]) -> str:
    head = "| group | " + " | ".join(_COLUMNS) + " |"
    sep = "|---" * (len(_COLUMNS) + 1) + "|"
    lines = [head, sep]
    for name, m in rows.items():
        lines.append(f"| {name} | " + " | ".join(_fmt(m.get(c)) for c in _COLUMNS) + " |")
    return "\n".join(lines)


def markdown(report: EvalReport) -> str:
    parts = [
        f"# Evaluation of index {report.index_version} (split: {report.split}, qa {report.qa_checksum})",
        "",
        "## Overall",
        metrics_table({"overall": report.overall} | {k: metrics(v) for k, v in groups(report.cases).items()}),
        "",
        "## By question kind",
        metrics_table(report.by_kind),
        "",
        "## By document",
        metrics_table(report.by_document),
        "",
        f"## Failing questions ({len(report.failing)})",
    ]
    for f in report.failing:
        parts.append(f"- `{f['id']}` {f['question']} — {'; '.join(f['problems'])} — top: {', '.join(f['retrieved'])}")
    return "\n".join(parts) + "\n"


def side_by_side(report: EvalReport) -> str:
    """Dev and frozen-test metrics next to each other, overall and per question kind, with the gap."""
    by_split: dict[str, list[CaseResult]] = defaultdict(list)
    for r in report.cases:
        by_split[r.split].append(r)
    lines = ["## Dev and test side by side"]
    for group, members in groups(report.cases).items():
        ids = {r.id for r in members}
        dev = metrics([r for r in by_split.get("dev", []) if r.id in ids])
        test = metrics([r for r in by_split.get("test", []) if r.id in ids])
        lines += ["", f"### {group}", "", "| metric | dev | test | gap |", "|---|---|---|---|"]
        for name in _COLUMNS:
            d, t = dev.get(name), test.get(name)
            numeric = isinstance(d, (int, float)) and isinstance(t, (int, float)) and name != "cases"
            gap = abs(d - t) if numeric else None
            lines.append(f"| {name} | {_fmt(d)} | {_fmt(t)} | {_fmt(float(gap)) if gap is not None else '-'} |")
    rows: dict[str, dict] = {}
    for kind in sorted({r.kind for r in report.cases}):
        for split in ("dev", "test"):
            group = [r for r in by_split.get(split, []) if r.kind == kind]
            if group:
                rows[f"{kind} ({split})"] = metrics(group)
    return "\n".join([*lines, "", "### By kind and split", metrics_table(rows), ""])


def write_report(report: EvalReport, index_path: Path) -> Path:
    out = index_path / "eval"
    out.mkdir(exist_ok=True)
    (out / f"report-{report.split}.json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
    (out / f"report-{report.split}.md").write_text(markdown(report), encoding="utf-8")
    return out


def read_report(index_path: Path, split: str) -> EvalReport | None:
    path = index_path / "eval" / f"report-{split}.json"
    if not path.exists():
        return None
    try:
        return EvalReport.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError:
        return None


def run_eval_cli(settings: Settings, split: str = "test", qa_file: str | None = None,
                 dialogues_file: str | None = None, alone: bool = False) -> int:
    path = Path(qa_file) if qa_file else settings.eval.qa_file
    which = "all" if split == "both" else split
    cases = load_cases(path, which)
    dialogues = load_dialogues(Path(dialogues_file) if dialogues_file else settings.eval.dialogues_file, which)
    assistant = Assistant(settings)
    checksum = eval_checksum(settings) if not qa_file and not dialogues_file else qa_checksum(path)
    report = evaluate(assistant, cases, checksum, split, dialogues, alone=alone)
    if alone:  # a comparison, not this index's report
        print(markdown(report))
        print(side_by_side(report))
        return 0
    out = write_report(report, assistant.index.path)
    print(markdown(report))
    if split == "both":
        print(side_by_side(report))
    print(f"reports written to {out}", flush=True)
    return 0
