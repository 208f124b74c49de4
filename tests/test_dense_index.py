"""FAISS search with a filter: the filter is applied inside the search, so a selective filter still gets k
results, and they are the exact best among the allowed vectors (also when the index is HNSW)."""

import numpy as np
import pytest

from assistant import dense_index


@pytest.mark.parametrize("approximate_above", [10**9, 0], ids=["flat", "hnsw"])
def test_filtered_search_returns_the_best_allowed_vectors(approximate_above):
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(3000, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = dense_index.build(vectors, approximate_above)
    allowed = np.zeros(len(vectors), dtype=bool)
    allowed[::37] = True  # 82 of 3000, as a city among sixty
    query = vectors[5]
    scores, ids = dense_index.search(index, query, 20, allowed)
    expected = np.flatnonzero(allowed)[np.argsort(-(vectors[allowed] @ query), kind="stable")][:20]
    assert ids.tolist() == expected.tolist()
    assert np.allclose(scores, vectors[ids] @ query, atol=1e-5)
    unfiltered = dense_index.search(index, query, 20)[1]
    assert not allowed[unfiltered].all()  # without the filter, other vectors come first
