"""The embedded backend: FAISS and bm25s files in the version directory, ``CURRENT`` as the pointer.

    index/versions/<version>/
      dense.faiss          passage vectors (exact up to ``approximate_above``, HNSW above)
      sentences.faiss      sentence vectors; sentences.jsonl says whose sentence each one is
      bm25/                bm25s over fugashi tokens
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import faiss
import numpy as np

from . import dense_index
from .backend import BackendKind, Scope, VersionContent, by_score, text_key
from .bm25_index import KeywordIndex
from .index_store import (
    IndexProblem,
    LoadedIndex,
    Manifest,
    check_version_name,
    current_version,
    list_versions,
    load_file,
    load_version,
    prune_versions,
    publish,
    publish_history,
    versions_dir,
    write_version,
)
from .sentence_index import VECTORS, SentenceIndex
from .types import Passage, Record

EXACT_SCAN_LIMIT = 20_000  # with a filter and below this many vectors, score every vector


class FilesSearch:
    """The three ranked lists over FAISS and bm25s, in this process."""

    def __init__(self, dense: faiss.Index, keyword: KeywordIndex, sentences: SentenceIndex,
                 passage_record: list[int]) -> None:
        self.index_dense = dense
        self.index_keyword = keyword
        self.index_sentences = sentences
        self.passage_record = np.asarray(passage_record, dtype=np.int64)
        self.vocabulary: Mapping[str, int] = keyword.vocab
        self.passage_count = dense.ntotal
        self.sentence_count = sentences.vectors.ntotal

    @classmethod
    def load(cls, path: Path, manifest: Manifest, records: list[Record], passages: list[Passage]) -> FilesSearch:
        dense = load_file(path / "dense.faiss", dense_index.load)
        keyword = load_file(path / "bm25", KeywordIndex.load)
        sentences = load_file(path / VECTORS, lambda f: SentenceIndex.load(f.parent))
        if dense.ntotal != len(passages):
            raise IndexProblem(f"index {path}: {dense.ntotal} vectors for {len(passages)} passages; rebuild or roll back")
        if len(sentences.owner) and int(sentences.owner.max()) >= len(records):
            raise IndexProblem(f"index {path}: sentences.jsonl refers to a record beyond records.jsonl; "
                               "rebuild or roll back")
        position = {r.id: i for i, r in enumerate(records)}
        try:
            owners = [position[p.record_id] for p in passages]
        except KeyError as exc:
            raise IndexProblem(f"index {path}: passages.jsonl refers to record {exc} missing from records.jsonl; "
                               "rebuild or roll back") from exc
        return cls(dense, keyword, sentences, owners)

    def _per_record(self, passage_ids: np.ndarray, scores: np.ndarray, mask: np.ndarray) -> dict[int, float]:
        best: dict[int, float] = {}
        for pid, score in zip(passage_ids.tolist(), scores.tolist(), strict=True):
            rec = int(self.passage_record[pid])
            if mask[rec] and rec not in best:
                best[rec] = float(score)
        return by_score(best)

    def dense(self, vector: np.ndarray, scope: Scope, wanted: int) -> dict[int, float]:
        n = self.passage_count
        if scope.active and n <= EXACT_SCAN_LIMIT:  # score every passage, keep the allowed
            scores, ids = dense_index.search(self.index_dense, vector, n)
        else:  # the best passages among those the filter allows, selected inside FAISS
            allowed = scope.mask[self.passage_record] if scope.active else None
            scores, ids = dense_index.search(self.index_dense, vector, wanted * 4, allowed)
        return self._per_record(ids, scores, scope.mask)

    def sentences(self, vector: np.ndarray, scope: Scope, wanted: int) -> dict[int, float]:
        n = self.sentence_count
        if scope.active and n <= EXACT_SCAN_LIMIT:
            found = self.index_sentences.search(vector, n)
        else:
            allowed = scope.mask[self.index_sentences.owner] if scope.active else None
            found = self.index_sentences.search(vector, wanted * 8, allowed)
        return by_score({pos: v for pos, v in found.items() if scope.mask[pos]})

    def keyword(self, weights: dict[str, float], scope: Scope, wanted: int) -> dict[int, float]:
        by_weight: dict[float, list[str]] = {}
        for term, weight in weights.items():
            if term in self.vocabulary and weight:
                by_weight.setdefault(weight, []).append(term)
        if not by_weight:
            return {}
        scores = sum(weight * self.index_keyword.scores_of(terms) for weight, terms in by_weight.items())
        if scope.active:  # the best passages among those the filter allows
            scores = np.where(scope.mask[self.passage_record], scores, 0.0)
        n = min(len(scores), wanted * 8)
        top_ids = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
        top_ids = top_ids[np.argsort(-scores[top_ids], kind="stable")]
        top_ids = top_ids[scores[top_ids] > 0]
        return self._per_record(top_ids, scores[top_ids], scope.mask)

    def ranked(self, vector: np.ndarray, weights: dict[str, float], scope: Scope, wanted: int, *,
               sentences: bool = True) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
        return (self.dense(vector, scope, wanted), self.sentences(vector, scope, wanted) if sentences else {},
                self.keyword(weights, scope, wanted) if weights else {})

    def sentence_scores(self, positions: list[int], vector: np.ndarray) -> dict[int, dict[int, float]]:
        return {pos: self.index_sentences.scores_in(pos, vector) for pos in positions}

    def known_vectors(self, records: list[Record], passages: list[Passage]) -> dict[str, np.ndarray]:
        stored = self.index_dense.reconstruct_n(0, self.index_dense.ntotal)
        known = {text_key(p.text): stored[i] for i, p in enumerate(passages)}
        _, sentence_texts = SentenceIndex.units(records)
        if self.sentence_count == len(sentence_texts):
            vectors = self.index_sentences.vectors.reconstruct_n(0, self.sentence_count)
            known.update((text_key(t), vectors[i]) for i, t in enumerate(sentence_texts))
        return known


class FilesBackend:
    """Versions as directories under ``index_dir``; ``CURRENT`` names the published one."""

    kind = BackendKind.FILES

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir

    def write(self, content: VersionContent, manifest_fields: dict) -> Path:
        dense = dense_index.build(content.passage_vectors, content.approximate_above)
        sentences = SentenceIndex.build(content.sentence_keys, content.sentence_vectors, content.approximate_above)

        def write_files(directory: Path) -> None:
            dense_index.save(dense, directory / "dense.faiss")
            content.keyword.save(directory / "bm25")
            sentences.save(directory)

        manifest_fields.update(backend=BackendKind.FILES, dense_kind=dense_index.kind(dense))
        return write_version(self.index_dir, records=content.records, passages=content.passages,
                             synonyms=content.synonyms, english=content.english,
                             manifest_fields=manifest_fields, write_files=write_files)

    def load(self, version: str, *, verify: bool = True) -> LoadedIndex:
        path = self.version_path(version)
        if not path.is_dir():
            raise IndexProblem(f"index version {version} is missing from {versions_dir(self.index_dir)}")
        return load_version(path, verify=verify)

    def current(self) -> str | None:
        version = current_version(self.index_dir)
        return None if version is None else check_version_name(version, self.index_dir / "CURRENT")

    def publish(self, version: str) -> None:
        publish(self.index_dir, version)

    def history(self) -> list[str]:
        return publish_history(self.index_dir)

    def versions(self) -> list[Manifest]:
        return list_versions(self.index_dir)

    def prune(self, keep: int) -> list[str]:
        return prune_versions(self.index_dir, keep)

    def version_path(self, version: str) -> Path:
        return versions_dir(self.index_dir) / version

    def published_marker(self) -> object:
        pointer = self.index_dir / "CURRENT"
        try:
            return pointer.stat().st_mtime_ns
        except OSError:
            return None


__all__ = ["FilesBackend", "FilesSearch"]
