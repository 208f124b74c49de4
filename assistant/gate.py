"""The eval gate: a candidate index is published only if no metric falls beyond the tolerance.

The first index (nothing published yet) must meet absolute minimums instead.
On refusal the decision lists, per question, which answers got worse and which better.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .evaluate import GATED_METRICS, EvalReport, evaluate, load_cases, qa_checksum, read_report, write_report
from .index_store import load_version, versions_dir
from .pipeline import Assistant
from .settings import Settings

GATE_SPLIT = "all"


@dataclass
class GateDecision:
    passed: bool
    candidate: EvalReport
    baseline: EvalReport | None
    problems: list[str] = field(default_factory=list)
    worse: list[str] = field(default_factory=list)
    better: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = ["eval gate: " + ("PASSED" if self.passed else "FAILED")]
        names = list(GATED_METRICS)
        for name in names:
            new = self.candidate.overall.get(name)
            old = self.baseline.overall.get(name) if self.baseline else None
            old_s = "-" if old is None else f"{old:.3f}"
            new_s = "-" if new is None else f"{new:.3f}"
            out.append(f"  {name:<20} {old_s:>7} -> {new_s:>7}")
        out += [f"  problem: {p}" for p in self.problems]
        if self.worse:
            out.append(f"  worse ({len(self.worse)}):")
            out += [f"    - {w}" for w in self.worse]
        if self.better:
            out.append(f"  better ({len(self.better)}):")
            out += [f"    + {b}" for b in self.better]
        return out


def _case_score(case) -> float:
    if not case.answerable:
        return float(case.abstained)
    facts = case.facts_found / case.facts_total if case.facts_total else 1.0
    return case.rr + facts + (0.0 if case.abstained else 1.0)


def compare(candidate: EvalReport, baseline: EvalReport | None, settings: Settings) -> GateDecision:
    decision = GateDecision(passed=True, candidate=candidate, baseline=baseline)
    tol = settings.eval.tolerance
    if baseline is None:
        minimums = {"hit@5": settings.eval.min_hit5, "abstention_accuracy": settings.eval.min_abstention_accuracy,
                    "citation_validity": 1.0}
        for name, minimum in minimums.items():
            value = candidate.overall.get(name)
            if value is not None and value < minimum:
                decision.problems.append(f"{name} {value:.3f} is below the minimum {minimum:.3f}")
    else:
        for name, higher_better in GATED_METRICS.items():
            new, old = candidate.overall.get(name), baseline.overall.get(name)
            if new is None or old is None:
                continue
            fall = (old - new) if higher_better else (new - old)
            if fall > tol:
                decision.problems.append(f"{name} fell from {old:.3f} to {new:.3f} (tolerance {tol:.3f})")
        old_cases = {c.id: c for c in baseline.cases}
        for case in candidate.cases:
            before = old_cases.get(case.id)
            if before is None:
                continue
            delta = _case_score(case) - _case_score(before)
            line = f"{case.id} {case.question[:60]}  top: {', '.join(case.retrieved[:1]) or '-'}"
            if delta < -1e-9:
                decision.worse.append(line + f"  (was {', '.join(before.retrieved[:1]) or '-'})")
            elif delta > 1e-9:
                decision.better.append(line)
    decision.passed = not decision.problems
    return decision


def evaluate_version(settings: Settings, model, path: Path) -> EvalReport:
    qa = settings.eval.qa_file
    cases = load_cases(qa, GATE_SPLIT)
    assistant = Assistant(settings, model=model, index=load_version(path))
    report = evaluate(assistant, cases, qa_checksum(qa), GATE_SPLIT)
    write_report(report, path)
    return report


def baseline_report(settings: Settings, model, version: str | None) -> EvalReport | None:
    if version is None:
        return None
    path = versions_dir(settings.index_dir) / version
    report = read_report(path, GATE_SPLIT)
    if report is not None and report.qa_checksum == qa_checksum(settings.eval.qa_file):
        return report
    return evaluate_version(settings, model, path)  # the Q&A set changed: re-evaluate the baseline


def gate_candidate(settings: Settings, model, candidate: Path, published: str | None) -> GateDecision:
    if not settings.eval.qa_file.exists():
        raise FileNotFoundError(f"eval set {settings.eval.qa_file} is missing: the gate cannot run")
    report = evaluate_version(settings, model, candidate)
    return compare(report, baseline_report(settings, model, published), settings)
