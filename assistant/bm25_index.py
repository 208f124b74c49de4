"""Keyword search: BM25 (bm25s) over fugashi tokens of each passage.

Identical passages (the same unit printed again in next year's edition of a report) are indexed once,
so collection statistics do not count them twice: adding an edition does not lower the weight of every
word it repeats, which would reorder answers that have nothing to do with it. Each passage maps to its
unique text (``positions.npy``), and gets that text's score.
"""

from __future__ import annotations

import logging
from pathlib import Path

import bm25s
import numpy as np

from .tokenize_ja import keyword_tokens

logging.getLogger("bm25s").setLevel(logging.WARNING)


POSITIONS = "positions.npy"


class KeywordIndex:
    def __init__(self, retriever: bm25s.BM25, positions: np.ndarray | None = None) -> None:
        self.retriever = retriever
        self.vocab: dict[str, int] = retriever.vocab_dict
        n = retriever.scores["num_docs"]
        self.positions = positions if positions is not None else np.arange(n, dtype=np.int64)

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> KeywordIndex:
        unique: dict[tuple[str, ...], int] = {}
        # An empty passage still needs a token so positions stay aligned with the passages.
        positions = np.asarray([unique.setdefault(tuple(tokens or ["∅"]), len(unique)) for tokens in token_lists],
                               dtype=np.int64)
        retriever = bm25s.BM25()
        retriever.index([list(tokens) for tokens in unique], show_progress=False)
        return cls(retriever, positions)

    def save(self, directory: Path) -> None:
        self.retriever.save(str(directory), show_progress=False)
        np.save(directory / POSITIONS, self.positions)

    @classmethod
    def load(cls, directory: Path) -> KeywordIndex:
        positions = np.load(directory / POSITIONS) if (directory / POSITIONS).exists() else None
        return cls(bm25s.BM25.load(str(directory), show_progress=False, verbosity=0), positions)

    def scores_of(self, terms: list[str]) -> np.ndarray:
        """BM25 score of every passage for these index terms (each counted once)."""
        ids = [self.vocab[t] for t in dict.fromkeys(terms) if t in self.vocab]
        if not ids:
            return np.zeros(len(self.positions), dtype=np.float32)
        return np.asarray(self.retriever.get_scores_from_ids(ids), dtype=np.float32)[self.positions]

    def document_weights(self) -> list[dict[int, float]]:
        """Each passage's BM25 weight per term id: a query's score for a passage is the sum of the weights
        of its terms (the sparse vectors a search engine stores for these scores)."""
        matrix = self.retriever.scores
        data, docs, indptr = matrix["data"], matrix["indices"], np.asarray(matrix["indptr"])
        terms = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr))  # the term of each stored weight
        order = np.argsort(docs, kind="stable")
        docs, terms, data = np.asarray(docs)[order], terms[order], np.asarray(data, dtype=np.float32)[order]
        bounds = np.searchsorted(docs, np.arange(int(matrix["num_docs"]) + 1))
        unique = [dict(zip(terms[a:b].tolist(), data[a:b].tolist(), strict=True))
                  for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)]
        return [unique[int(u)] for u in self.positions]

    def scores(self, query: str) -> tuple[np.ndarray, list[str]]:
        """BM25 score of every passage for ``query``, and the query terms found in the index."""
        terms = [t for t in dict.fromkeys(keyword_tokens(query)) if t in self.vocab]
        if not terms:
            return np.zeros(len(self.positions), dtype=np.float32), []
        ids = [self.vocab[t] for t in terms]
        unique_scores = np.asarray(self.retriever.get_scores_from_ids(ids), dtype=np.float32)
        return unique_scores[self.positions], terms
