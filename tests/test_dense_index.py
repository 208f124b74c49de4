"""FAISS search with a filter: the filter is applied inside the search, so a selective filter still gets k
results, and they are the exact best among the allowed vectors (also when the index is HNSW)."""

import faiss
import numpy as np
import pytest

from assistant import dense_index


def _ivf(vectors: np.ndarray) -> faiss.Index:
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(vectors.shape[1]), vectors.shape[1], 16, faiss.METRIC_INNER_PRODUCT)
    index.train(vectors)
    index.add(vectors)
    index.nprobe = 16  # every list: exact, so the result can be asserted
    return index


@pytest.mark.parametrize("kind", ["flat", "hnsw", "ivf"])
def test_filtered_search_returns_the_best_allowed_vectors(kind):
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(3000, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = _ivf(vectors) if kind == "ivf" else dense_index.build(vectors, 10**9 if kind == "flat" else 0)
    allowed = np.zeros(len(vectors), dtype=bool)
    allowed[::37] = True  # 82 of 3000, as a city among sixty
    query = vectors[5]
    scores, ids = dense_index.search(index, query, 20, allowed)
    expected = np.flatnonzero(allowed)[np.argsort(-(vectors[allowed] @ query), kind="stable")][:20]
    assert ids.tolist() == expected.tolist()
    assert np.allclose(scores, vectors[ids] @ query, atol=1e-5)
    unfiltered = dense_index.search(index, query, 20)[1]
    assert not allowed[unfiltered].all()  # without the filter, other vectors come first
