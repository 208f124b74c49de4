"""Weighted reciprocal rank fusion (pure logic; no model)."""

from assistant.fusion import reciprocal_rank_fusion, top


def test_rrf_sums_weighted_reciprocal_ranks():
    scores = reciprocal_rank_fusion([(["a", "b", "c"], 1.0), (["b", "d"], 2.0)], k=60)
    assert scores["a"] == 1 / 61
    assert scores["b"] == 1 / 62 + 2 / 61
    assert scores["d"] == 2 / 62
    assert [key for key, _ in top(scores, 2)] == ["b", "d"]


def test_duplicates_count_once_at_their_best_rank():
    scores = reciprocal_rank_fusion([(["a", "a", "b"], 1.0)], k=0)
    assert scores == {"a": 1.0, "b": 1 / 3}


def test_ties_are_broken_by_id_deterministically():
    scores = {"b": 0.5, "a": 0.5, "c": 0.1}
    assert top(scores, 3) == [("a", 0.5), ("b", 0.5), ("c", 0.1)]
