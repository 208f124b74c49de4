"""Weighted reciprocal rank fusion of ranked id lists (deduplicated by id)."""

from __future__ import annotations

from collections.abc import Sequence


def reciprocal_rank_fusion(
    rankings: Sequence[tuple[Sequence[str], float]], k: int = 60
) -> dict[str, float]:
    """``rankings``: (ids best first, weight). Each id scores sum(weight / (k + rank)), rank from 1.

    An id that appears twice in one list counts at its best rank only.
    """
    scores: dict[str, float] = {}
    for ids, weight in rankings:
        seen: set[str] = set()
        for rank, item in enumerate(ids, start=1):
            if item in seen:
                continue
            seen.add(item)
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return scores


def top(scores: dict[str, float], n: int) -> list[tuple[str, float]]:
    """Highest first; ties broken by id so results are deterministic."""
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def closeness(dense: dict[int, float], sentence: dict[int, float], mean_weight: float) -> dict[int, float]:
    """Each record's closeness in meaning, best first: ``mean_weight`` of the mean of its closest passage and its
    closest sentence, the rest the better of the two. In the mean, a record one list does not hold takes that
    list's last score (the lists are cut at ``candidates``)."""
    dense_floor, sentence_floor = min(dense.values(), default=-1.0), min(sentence.values(), default=-1.0)
    scores = {}
    for pos in {*dense, *sentence}:
        d, s = dense.get(pos, dense_floor), sentence.get(pos, sentence_floor)
        better = max(dense.get(pos, -1.0), sentence.get(pos, -1.0))  # of the scores it has
        scores[pos] = mean_weight * (d + s) / 2 + (1 - mean_weight) * better if sentence else d
    return dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
