"""Dense vectors in FAISS: inner product on L2-normalized vectors (= cosine).

Exact (``IndexFlatIP``) up to ``approximate_above`` vectors, HNSW above it.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 512  # recall@10 0.88 vs 0.67 at 128, for ~1 ms (scripts/bench_scale.py)


def build(vectors: np.ndarray, approximate_above: int) -> faiss.Index:
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    dim = vectors.shape[1]
    if len(vectors) > approximate_above:
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        index = faiss.IndexFlatIP(dim)
    index.add(vectors)
    return index


def kind(index: faiss.Index) -> str:
    return "hnsw" if isinstance(index, faiss.IndexHNSWFlat) else "flat"


def save(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))


def load(path: Path) -> faiss.Index:
    index = faiss.read_index(str(path))
    if isinstance(index, faiss.IndexHNSWFlat):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def search(index: faiss.Index, query: np.ndarray, k: int, allowed: np.ndarray | None = None
           ) -> tuple[np.ndarray, np.ndarray]:
    """Top-k (scores, positions) for one normalized query vector; ``allowed`` (a boolean per vector): only
    those, selected inside the search (a filter that excludes most vectors still gets k results)."""
    k = min(k, index.ntotal)
    if k <= 0:
        return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
    params = None
    if allowed is not None:
        bits = np.packbits(allowed, bitorder="little")  # kept alive until the search returns
        selector = faiss.IDSelectorBitmap(len(allowed), faiss.swig_ptr(bits))
        params = (faiss.SearchParametersIVF(sel=selector, nprobe=index.nprobe) if isinstance(index, faiss.IndexIVF)
                  else faiss.SearchParameters(sel=selector))
        if isinstance(index, faiss.IndexHNSWFlat):
            # a graph walk finds few vectors of a selective filter: scan the stored vectors exactly
            # (8.8 ms at 132,650 passages, scripts/bench_scale.py)
            index = faiss.downcast_index(index.storage)
    scores, ids = index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k, params=params)
    keep = ids[0] >= 0
    return scores[0][keep], ids[0][keep]
