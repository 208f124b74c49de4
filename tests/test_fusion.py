"""Weighted reciprocal rank fusion (pure logic; no model)."""

from assistant.fusion import closeness, reciprocal_rank_fusion, top


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


def test_closeness_weighs_the_mean_of_passage_and_sentence_against_the_better_of_them():
    # record 1 is close by its passage only, record 2 by both: with half the weight on the mean, 2 leads
    dense, sentence = {1: 0.90, 2: 0.88, 3: 0.80}, {2: 0.89, 1: 0.82}
    assert closeness(dense, sentence, 0.0) == {1: 0.90, 2: 0.89, 3: 0.80}
    half = closeness(dense, sentence, 0.5)
    assert list(half) == [2, 1, 3]
    assert half[1] == 0.5 * (0.90 + 0.82) / 2 + 0.5 * 0.90
    # in the mean, a record one list does not hold takes that list's last score
    assert half[3] == 0.5 * (0.80 + 0.82) / 2 + 0.5 * 0.80
    # no sentence list: the passages alone
    assert closeness(dense, {}, 0.5) == dense
