"""Choose the abstention thresholds on the eval set's dev split; report them on the test split.

    .venv/bin/python scripts/tune_abstention.py

Retrieval runs once per question; the composer is re-run for each threshold
combination. The objective is balanced accuracy: abstain on unanswerable
questions, answer the answerable ones. Ties prefer the lower (more answering)
thresholds. Copy the printed values into AnswerSettings' defaults.
"""

from __future__ import annotations

import itertools
import sys

from assistant.compose import compose
from assistant.evaluate import load_cases
from assistant.pipeline import Assistant
from assistant.settings import get_settings

DENSE = [0.74, 0.76, 0.78, 0.80, 0.82]
SUPPORT = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]
UNSUPPORTED_DENSE = [0.80, 0.82, 0.83, 0.84, 0.85, 0.86, 0.87, 0.88]


def score(rows, answer_settings, cities) -> tuple[float, float, float]:
    right_abstain = wrong_abstain = n_un = n_ans = 0
    for case, result in rows:
        abstained = compose(result, answer_settings, cities).abstained
        if case.answerable:
            n_ans += 1
            wrong_abstain += abstained
        else:
            n_un += 1
            right_abstain += abstained
    acc = right_abstain / n_un if n_un else 1.0
    false = wrong_abstain / n_ans if n_ans else 0.0
    return (acc + (1 - false)) / 2, acc, false


def main() -> int:
    settings = get_settings()
    assistant = Assistant(settings)
    cities = set(assistant.retriever.corpus_cities)
    splits = {split: [(c, assistant.search(c.question, k=5)) for c in load_cases(settings.eval.qa_file, split)]
              for split in ("dev", "test")}
    best = None
    for dense, support, unsupported in itertools.product(DENSE, SUPPORT, UNSUPPORTED_DENSE):
        candidate = settings.answer.model_copy(
            update={"abstain_below": dense, "min_support": support, "abstain_unsupported_below": unsupported}
        )
        balanced, _, _ = score(splits["dev"], candidate, cities)
        key = (balanced, -dense, -support, -unsupported)
        if best is None or key > best[0]:
            best = (key, candidate)
    assert best is not None
    chosen = best[1]
    print(f"chosen on dev: abstain_below={chosen.abstain_below} min_support={chosen.min_support} "
          f"abstain_unsupported_below={chosen.abstain_unsupported_below}")
    for split in ("dev", "test"):
        balanced, acc, false = score(splits[split], chosen, cities)
        print(f"{split:>4}: balanced={balanced:.3f} abstention_accuracy={acc:.3f} false_abstention={false:.3f} "
              f"(n={len(splits[split])})")
    current = settings.answer
    balanced, acc, false = score(splits["test"], current, cities)
    print(f"current settings on test: balanced={balanced:.3f} abstention_accuracy={acc:.3f} false_abstention={false:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
