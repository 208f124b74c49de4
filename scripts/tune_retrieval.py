"""Choose the fusion weights by cross-validation on the eval set's dev split; report dev and test.

    .venv/bin/python scripts/tune_retrieval.py [--folds 5]

For each combination of weights (passage vectors, BM25, sentence vectors on/off, dictionary synonyms) every dev
question is retrieved once. The dev split is cut into folds; for each fold the combination with the best
MRR on the other folds is chosen and scored on the held-out fold. The printed CV figure is the mean over
held-out folds, with the spread of the chosen weights: how well *choosing* weights this way works on
questions it did not see. The weights chosen on the whole dev split are then printed with their dev and
frozen-test figures. The test split is only reported, never used to choose.
Also prints each source's contribution: the chosen weights with that one source turned off.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys

from assistant.evaluate import edition_equivalents, load_cases
from assistant.pipeline import Assistant
from assistant.settings import get_settings

GRID = {
    "dense_weight": [1.0],
    "bm25_weight": [0.5, 1.0],
    "sentence_vectors": [False, True],
    "synonym_weight": [0.0, 0.25, 0.5],
    "year_boost": [0.0, 0.25, 0.5],
}


def retrieval_scores(assistant: Assistant, cases, equivalents) -> list[tuple[float, float, float]]:
    """(hit@1, hit@5, reciprocal rank) per answerable case."""
    out = []
    for case in cases:
        result = assistant.search(case.question, k=5)
        keys = [f"{e.record.source_file}#{e.record.label}" for e in result.evidence[:5]]
        gold = {f"{f}#{g.label}" for g in case.gold for f in equivalents.get(g.source_file, {g.source_file})}
        rank = next((i for i, key in enumerate(keys, start=1) if key in gold), None)
        out.append((float(rank == 1), float(rank is not None), 1.0 / rank if rank else 0.0))
    return out


def summary(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    n = len(rows) or 1
    return {"hit@1": sum(r[0] for r in rows) / n, "hit@5": sum(r[1] for r in rows) / n,
            "mrr": sum(r[2] for r in rows) / n}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    settings = get_settings()
    assistant = Assistant(settings)
    equivalents = edition_equivalents(assistant.index.records)
    cases = {split: [c for c in load_cases(settings.eval.qa_file, split) if c.answerable and c.gold]
             for split in ("dev", "test")}
    base = settings.retrieval
    names = list(GRID)
    combos = [dict(zip(names, values, strict=True)) for values in itertools.product(*GRID.values())]

    def run(split: str, combo: dict) -> list[tuple[float, float, float]]:
        assistant.retriever.settings = base.model_copy(update=combo)
        return retrieval_scores(assistant, cases[split], equivalents)

    dev = {i: run("dev", combo) for i, combo in enumerate(combos)}
    order = list(range(len(cases["dev"])))
    random.Random(0).shuffle(order)
    folds = [order[f::args.folds] for f in range(args.folds)]
    held_out, chosen = [], []
    for fold in folds:
        train = [i for i in order if i not in set(fold)]
        best = max(dev, key=lambda c: (statistics.fmean(dev[c][i][2] for i in train), -c))
        chosen.append(combos[best])
        held_out.extend(dev[best][i] for i in fold)
    cv = summary(held_out)
    print(f"{args.folds}-fold CV on dev (n={len(cases['dev'])}): "
          + " ".join(f"{k}={v:.3f}" for k, v in cv.items()))
    for name in names:
        values = [c[name] for c in chosen]
        print(f"  {name}: chosen per fold {values} (mean {statistics.fmean(values):.2f}, "
              f"sd {statistics.pstdev(values):.2f})")
    best = max(dev, key=lambda c: (summary(dev[c])["mrr"], -c))
    final = combos[best]
    print("chosen on all of dev:", final)
    rows = {"chosen": final, "current settings": {n: getattr(base, n) for n in names}}
    for name in ("sentence_vectors", "synonym_weight", "bm25_weight", "year_boost"):
        rows[f"chosen without {name}"] = {**final, name: type(final[name])(0)}
    print(f"{'weights':<34} {'dev hit@1':>9} {'hit@5':>6} {'mrr':>6} | {'test hit@1':>10} {'hit@5':>6} {'mrr':>6}")
    for label, combo in rows.items():
        d, t = summary(run("dev", combo)), summary(run("test", combo))
        print(f"{label:<34} {d['hit@1']:>9.3f} {d['hit@5']:>6.3f} {d['mrr']:>6.3f} | "
              f"{t['hit@1']:>10.3f} {t['hit@5']:>6.3f} {t['mrr']:>6.3f}")
    assistant.retriever.settings = base
    return 0


if __name__ == "__main__":
    sys.exit(main())
