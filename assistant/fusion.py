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
