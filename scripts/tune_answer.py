"""Choose the composer's settings by cross-validation on the dev split; report dev and frozen test.

    .venv/bin/python scripts/tune_answer.py items        # which items answer, which sentences are quoted
    .venv/bin/python scripts/tune_answer.py abstention   # the similarity thresholds for declining

Retrieval runs once per question; the composer is re-run for every combination of the grid. For
``abstention`` the dev and test dialogues count too, turn by turn: each dialogue is replayed once in its
conversation and each turn recomposed (the thresholds that decline a question decline a chat's turn). The dev
split is cut into folds (``--folds``), a dialogue's turns in one fold; for each fold the combination best on the other folds is scored on
the held-out fold, so the CV figure says how well choosing this way does on questions it did not see, and
the spread of the per-fold choices says how stable the choice is. The combination best on all of dev is
printed with its dev and test figures; the test split never takes part in choosing.

Objectives: ``items`` = fact coverage + cited-item precision (answerable questions), among the settings
whose single-item answers stay under 500 characters (median); ``abstention`` =
balanced accuracy (declines the unanswerable, answers the answerable), with ``--max-refusals`` among the settings
that refuse at most that share of answerable questions.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys

from assistant.compose import compose
from assistant.conversation import Conversation, FollowUp
from assistant.evaluate import _norm, edition_equivalents, load_cases, load_dialogues
from assistant.pipeline import Assistant
from assistant.settings import get_settings

GRIDS = {
    "items": {
        "answer_ratio": [0.9, 0.95, 0.98],
        "answer_margin": [0.0, 0.01, 0.02, 0.03],
        "sentence_weight": [0.0, 0.5, 1.0, 2.0],
        "max_sentences_per_item": [3, 4, 5, 6, 7, 8, 9],
        "named_field_bonus": [0.0, 1.0, 2.0, 3.0],
    },
    "abstention": {
        "abstain_below": [0.70, 0.72, 0.74, 0.76, 0.78, 0.80, 0.82, 0.84, 0.86, 0.88],
        "min_support": [0.0, 0.2, 0.4, 0.5, 0.6, 0.7],
        "abstain_unsupported_below": [0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92],
    },
}


def case_scores(case, composed, equivalents) -> dict[str, float]:
    gold = {f"{f}#{g.label}" for g in case.gold for f in equivalents.get(g.source_file, {g.source_file})}
    related = {f"{f}#{g.label}" for g in case.related for f in equivalents.get(g.source_file, {g.source_file})}
    cited = [f"{c.source_file}#{c.label}" for c in composed.citations]
    if not case.answerable:
        return {"declined": float(composed.abstained)}
    text = _norm(composed.answer)
    facts = sum(_norm(f) in text for f in case.facts) / len(case.facts) if case.facts else None
    precision = (sum(k in gold or k in related for k in cited) / len(cited)
                 if cited and not composed.abstained else None)
    single = len(composed.answer) if len({g.label for g in case.gold}) == 1 and not composed.abstained else None
    return {"facts": facts, "precision": precision, "answered": float(not composed.abstained), "chars": single}


def mean(values) -> float:
    values = [v for v in values if v is not None]
    return statistics.fmean(values) if values else 0.0


MAX_SINGLE_ITEM_CHARS = 500  # the product's bound: a one-item answer stays short (median)


def objective(kind: str, rows: list[dict[str, float]], max_refusals: float | None = None) -> float:
    if kind == "items":
        lengths = [r["chars"] for r in rows if r.get("chars") is not None]
        if lengths and statistics.median(lengths) >= MAX_SINGLE_ITEM_CHARS:
            return float("-inf")
        return mean(r.get("facts") for r in rows) + mean(r.get("precision") for r in rows)
    declined = [r["declined"] for r in rows if "declined" in r]
    answered = [r["answered"] for r in rows if "answered" in r]
    if max_refusals is not None and 1 - mean(answered) > max_refusals:  # the product's bound on false refusals
        return float("-inf")
    return (mean(declined) + mean(answered)) / 2


def report(rows: list[dict[str, float]]) -> str:
    lengths = [r["chars"] for r in rows if r.get("chars") is not None]
    chars = statistics.median(lengths) if lengths else 0
    return (f"facts={mean(r.get('facts') for r in rows):.3f} precision={mean(r.get('precision') for r in rows):.3f} "
            f"single-item chars p50={chars:.0f} "
            f"declined(unanswerable)={mean(r.get('declined') for r in rows):.3f} "
            f"answered(answerable)={mean(r.get('answered') for r in rows):.3f}")


def chat_turns(assistant, dialogues, k: int) -> list[tuple]:
    """Every turn of ``dialogues``, replayed in its conversation with the current settings: (case, search
    result, (quote_by, years inherited) as the pipeline composes it, dialogue id). Recomposing a turn with other
    thresholds changes its own answer only, not what the conversation carried into the next turn."""
    out = []
    for dialogue in dialogues:
        conversation = Conversation()
        for case in dialogue.cases():
            result, composed = assistant.answer(case.question, k=k, conversation=conversation)
            reading = composed.reading
            inherited = reading is not None and reading.follow_up not in (FollowUp.NEW, FollowUp.YEAR)
            out.append((case, result, (reading.quote_by if reading else None, inherited), dialogue.id))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=sorted(GRIDS))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--max-refusals", type=float, default=None,
                        help="abstention: only settings that refuse at most this share of answerable questions")
    args = parser.parse_args()
    settings = get_settings()
    assistant = Assistant(settings)
    cities = set(assistant.retriever.corpus_cities)
    equivalents = edition_equivalents(assistant.index.records)
    k = max(settings.retrieval.k, settings.answer.max_items)
    # (case, search result, the composer's chat arguments, the group its fold keeps together)
    searched = {split: [(c, assistant.search(c.question, k=k), (None, False), c.id)
                        for c in load_cases(settings.eval.qa_file, split) if args.kind == "abstention" or c.answerable]
                for split in ("dev", "test")}
    if args.kind == "abstention":  # a chat's turns are declined by the same thresholds
        for split in ("dev", "test"):
            searched[split] += chat_turns(assistant, load_dialogues(settings.eval.dialogues_file, split), k)
    grid = GRIDS[args.kind]
    names = list(grid)
    combos = [dict(zip(names, values, strict=True)) for values in itertools.product(*grid.values())]

    def run(split: str, combo: dict) -> list[dict[str, float]]:
        answer_settings = settings.answer.model_copy(update=combo)
        return [case_scores(c, compose(r, answer_settings, cities, *chat), equivalents)
                for c, r, chat, _ in searched[split]]

    dev = [run("dev", combo) for combo in combos]
    groups = list(dict.fromkeys(group for *_, group in searched["dev"]))  # a dialogue's turns stay in one fold
    random.Random(0).shuffle(groups)
    fold_of = {group: n % args.folds for n, group in enumerate(groups)}
    order = list(range(len(searched["dev"])))
    folds = [[i for i in order if fold_of[searched["dev"][i][3]] == f] for f in range(args.folds)]
    held_out, chosen = [], []
    for fold in folds:
        held = set(fold)
        train = [i for i in order if i not in held]
        best = max(range(len(combos)), key=lambda c: (objective(args.kind, [dev[c][i] for i in train], args.max_refusals),
                                                      -c))
        chosen.append(combos[best])
        held_out.extend(dev[best][i] for i in fold)
    print(f"{args.folds}-fold CV on dev (n={len(order)}): {report(held_out)}")
    for name in names:
        values = [c[name] for c in chosen]
        print(f"  {name}: per fold {values} (mean {statistics.fmean(values):.3f}, sd {statistics.pstdev(values):.3f})")
    best = max(range(len(combos)), key=lambda c: (objective(args.kind, dev[c], args.max_refusals), -c))
    print("chosen on all of dev:", combos[best])
    current = {n: getattr(settings.answer, n) for n in names}
    for label, combo in (("chosen", combos[best]), ("current settings", current)):
        print(f"  {label:<17} dev:  {report(run('dev', combo))}")
        print(f"  {'':<17} test: {report(run('test', combo))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
