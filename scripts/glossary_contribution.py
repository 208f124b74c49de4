"""What the hand-written citizen glossary (assistant/data/citizen_glossary.tsv) adds, on dev and test.

    .venv/bin/python scripts/glossary_contribution.py

Runs the eval twice over the published index, with the citizen-phrasing rows and without
(``RetrievalSettings.citizen_glossary``), and prints the main metrics side by side for: all cases, and
only the cases written after the glossary (``written`` set: blind authors, later rounds), split by dev
and test. The rows were written from the first round's eval questions, so only the later cases say
whether they help questions they were not written for.
"""

from __future__ import annotations

import sys

from assistant.evaluate import evaluate, load_cases, metrics, qa_checksum
from assistant.pipeline import Assistant
from assistant.settings import get_settings

METRICS = ["hit@1", "hit@5", "mrr", "fact_coverage", "abstention_accuracy", "false_abstention", "cited_precision"]


def main() -> int:
    settings = get_settings()
    cases = load_cases(settings.eval.qa_file, "all")
    later = {c.id for c in cases if c.written}
    rows = {}
    for on in (True, False):
        run = settings.model_copy(update={"retrieval": settings.retrieval.model_copy(update={"citizen_glossary": on})})
        report = evaluate(Assistant(run), cases, qa_checksum(settings.eval.qa_file), "all")
        for subset, keep in (("all", lambda r: True), ("written later", lambda r: r.id in later)):
            for split in ("dev", "test"):
                group = [r for r in report.cases if keep(r) and r.split == split]
                rows[(subset, split, on)] = metrics(group)
    print(f"{'cases':<14} {'split':<5} {'metric':<20} {'with':>7} {'without':>8} {'delta':>7}")
    for subset in ("all", "written later"):
        for split in ("dev", "test"):
            for name in METRICS:
                with_, without = rows[(subset, split, True)][name], rows[(subset, split, False)][name]
                if with_ is None or without is None:
                    continue
                print(f"{subset:<14} {split:<5} {name:<20} {with_:>7.3f} {without:>8.3f} {with_ - without:>+7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
