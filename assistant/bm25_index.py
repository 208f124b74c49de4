"""Keyword search: BM25 (bm25s) over fugashi tokens of each passage."""

from __future__ import annotations

import logging
from pathlib import Path

import bm25s
import numpy as np

from .tokenize_ja import tokenize

logging.getLogger("bm25s").setLevel(logging.WARNING)


class KeywordIndex:
    def __init__(self, retriever: bm25s.BM25) -> None:
        self.retriever = retriever
        self.vocab: dict[str, int] = retriever.vocab_dict

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> KeywordIndex:
        retriever = bm25s.BM25()
        # An empty passage still needs a token so positions stay aligned with the passages.
        retriever.index([tokens or ["∅"] for tokens in token_lists], show_progress=False)
        return cls(retriever)

    def save(self, directory: Path) -> None:
        self.retriever.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path) -> KeywordIndex:
        return cls(bm25s.BM25.load(str(directory), show_progress=False, verbosity=0))

    def scores(self, query: str) -> tuple[np.ndarray, list[str]]:
        """BM25 score of every passage for ``query``, and the query terms found in the index."""
        terms = [t for t in dict.fromkeys(tokenize(query)) if t in self.vocab]
        n = self.retriever.scores["num_docs"]
        if not terms:
            return np.zeros(n, dtype=np.float32), []
        ids = [self.vocab[t] for t in terms]
        return np.asarray(self.retriever.get_scores_from_ids(ids), dtype=np.float32), terms
