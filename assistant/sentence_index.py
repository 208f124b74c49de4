"""Sentence-level vectors beside the passage vectors.

A passage vector averages a whole item; a citizen's question often matches one sentence of it
(「督促状を送付」 in an item titled 市税等徴収率の維持). Every sentence of every record is embedded with
its item's title as context (``title：sentence``), and kept in its own FAISS index. Retrieval ranks
records by their best sentence as a third list in the fusion, and the composer quotes the sentences
closest to the question. Sentence *n* of a record is ``passages.sentences(record.text)[n]``, the
same split the composer uses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np

from . import dense_index
from .passages import sentences
from .types import Record

SENTENCES = "sentences.jsonl"
VECTORS = "sentences.faiss"
_MIN_CHARS = 6  # 「（再掲）」, 「なし」: nothing to match


@dataclass
class SentenceIndex:
    """``owner[i]`` is the record position of sentence vector ``i``, ``ordinal[i]`` its place in the record."""

    owner: np.ndarray
    ordinal: np.ndarray
    vectors: faiss.Index
    by_record: dict[int, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        order = np.argsort(self.owner, kind="stable")
        bounds = np.searchsorted(self.owner[order], np.arange(int(self.owner.max(initial=-1)) + 2))
        self.by_record = {pos: order[bounds[pos]:bounds[pos + 1]] for pos in range(len(bounds) - 1)
                          if bounds[pos + 1] > bounds[pos]}

    @staticmethod
    def units(records: list[Record]) -> tuple[list[tuple[int, int]], list[str]]:
        """(record position, sentence ordinal) and the text to embed, for every sentence worth matching."""
        keys, texts = [], []
        for pos, record in enumerate(records):
            for n, sentence in enumerate(sentences(record.text)):
                if len(sentence) >= _MIN_CHARS:
                    keys.append((pos, n))
                    texts.append(f"{record.title}：{sentence}")
        return keys, texts

    @classmethod
    def build(cls, keys: list[tuple[int, int]], vectors: np.ndarray, approximate_above: int) -> SentenceIndex:
        owner = np.asarray([k[0] for k in keys], dtype=np.int64)
        ordinal = np.asarray([k[1] for k in keys], dtype=np.int64)
        return cls(owner=owner, ordinal=ordinal, vectors=dense_index.build(vectors, approximate_above))

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> dict[int, float]:
        """Best sentence score per record among the top ``k`` sentences (of the ``allowed`` ones), best first."""
        scores, ids = dense_index.search(self.vectors, query, k, allowed)
        best: dict[int, float] = {}
        for i, score in zip(ids.tolist(), scores.tolist(), strict=True):
            pos = int(self.owner[i])
            if pos not in best:
                best[pos] = float(score)
        return best

    def scores_in(self, record_pos: int, query: np.ndarray) -> dict[int, float]:
        """Similarity of the question to each indexed sentence of one record: {ordinal: score}."""
        ids = self.by_record.get(record_pos)
        if ids is None or not len(ids):
            return {}
        vectors = self.vectors.reconstruct_batch(ids.astype(np.int64))
        sims = vectors @ query.reshape(-1)
        return {int(self.ordinal[i]): float(s) for i, s in zip(ids.tolist(), sims.tolist(), strict=True)}

    def save(self, directory: Path) -> None:
        with (directory / SENTENCES).open("w", encoding="utf-8") as f:
            for pos, n in zip(self.owner.tolist(), self.ordinal.tolist(), strict=True):
                f.write(json.dumps([pos, n]) + "\n")
        dense_index.save(self.vectors, directory / VECTORS)

    @classmethod
    def load(cls, directory: Path) -> SentenceIndex:
        keys = [json.loads(line) for line in (directory / SENTENCES).read_text(encoding="utf-8").splitlines()
                if line.strip()]
        vectors = dense_index.load(directory / VECTORS)
        if vectors.ntotal != len(keys):
            raise ValueError(f"{vectors.ntotal} sentence vectors for {len(keys)} sentences")
        owner = np.asarray([k[0] for k in keys], dtype=np.int64)
        ordinal = np.asarray([k[1] for k in keys], dtype=np.int64)
        return cls(owner=owner, ordinal=ordinal, vectors=vectors)
