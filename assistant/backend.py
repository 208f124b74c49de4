"""Where an index version's vectors and keyword weights live, behind one interface.

Two backends implement it:

- ``files`` (``assistant/files_backend.py``, the default): FAISS and bm25s files in ``index/versions/<v>/``,
  published by replacing ``index/CURRENT``;
- ``milvus`` (``assistant/milvus_backend.py``): one Milvus collection per version, published by moving a
  collection alias; for a corpus or a number of users one machine does not hold.

Both keep a version's records, passages, dictionaries and manifest as files in ``index/versions/<v>/``
(the Milvus backend also stores them in Milvus and restores them on a machine that lacks them), so the
gate, evaluation and the UI read a version the same way whichever backend holds its vectors. The
retriever asks a :class:`VersionSearch` for three ranked lists (passages by vector, sentences by vector,
passages by BM25), each restricted by a :class:`Scope`, and fuses them itself: query understanding,
fusion and answering do not know which backend is behind them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .backend_kind import BackendKind
from .filters import Filters

if TYPE_CHECKING:
    from .bm25_index import KeywordIndex
    from .english_terms import EnglishTerms
    from .index_store import LoadedIndex, Manifest
    from .settings import Settings
    from .synonyms import CorpusSynonyms
    from .types import Passage, Record


def text_key(text: str) -> str:
    """The key a vector is reused by when a rebuild embeds the same text again."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Scope:
    """Which records a search may return: the question's filters (also as a mask over record positions,
    the form the files backend uses) and the department names the filter's words match (a Milvus
    expression cannot match a substring inside an array)."""

    filters: Filters
    mask: np.ndarray
    departments: list[str] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.filters.active()


@dataclass
class VersionContent:
    """Everything a build computed for one version, handed to a backend to store."""

    records: list[Record]
    passages: list[Passage]
    passage_vectors: np.ndarray
    sentence_keys: list[tuple[int, int]]  # (record position, sentence ordinal) per sentence vector
    sentence_vectors: np.ndarray
    keyword: KeywordIndex
    synonyms: CorpusSynonyms
    english: EnglishTerms
    approximate_above: int  # passages above which the dense index is approximate (HNSW), exact below


class VersionSearch(Protocol):
    """The ranked lists of one loaded version. Scores: cosine similarity (vectors), BM25 (keywords).
    Each returns {record position: best score}, best first (equal scores: the earlier record first, see
    :func:`by_score`), only records the scope allows."""

    vocabulary: Mapping[str, int]
    passage_count: int
    sentence_count: int

    def dense(self, vector: np.ndarray, scope: Scope, wanted: int) -> dict[int, float]: ...

    def sentences(self, vector: np.ndarray, scope: Scope, wanted: int) -> dict[int, float]: ...

    def keyword(self, weights: dict[str, float], scope: Scope, wanted: int) -> dict[int, float]:
        """``weights``: query term -> weight (1 for the question's words, less for synonyms)."""
        ...

    def ranked(self, vector: np.ndarray, weights: dict[str, float], scope: Scope, wanted: int, *,
               sentences: bool = True) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
        """The three lists at once (dense, sentences or {} when off, keyword): a remote backend sends the
        three requests together."""
        ...

    def sentence_scores(self, positions: list[int], vector: np.ndarray) -> dict[int, dict[int, float]]:
        """Similarity of the question to each indexed sentence of these records: {pos: {ordinal: score}}."""
        ...

    def known_vectors(self, records: list[Record], passages: list[Passage]) -> dict[str, np.ndarray]:
        """The stored vectors by :func:`text_key` of the text embedded, for a rebuild to reuse."""
        ...


class IndexBackend(Protocol):
    """Versions: write, load, publish, roll back, list, prune. A version is named by a string; its
    record files are in ``version_path(name)`` on this machine after ``load``."""

    kind: BackendKind

    def write(self, content: VersionContent, manifest_fields: dict) -> Path: ...

    def load(self, version: str, *, verify: bool = True) -> LoadedIndex: ...

    def current(self) -> str | None: ...

    def publish(self, version: str) -> None: ...

    def history(self) -> list[str]: ...

    def versions(self) -> list[Manifest]: ...

    def prune(self, keep: int) -> list[str]: ...

    def version_path(self, version: str) -> Path: ...

    def published_marker(self) -> object:
        """Changes whenever another version is published (cheap: checked before questions)."""
        ...


def by_score(best: dict[int, float]) -> dict[int, float]:
    """Records best first; equal scores (the same text in two editions or documents) in record order, so
    that every backend breaks ties alike."""
    return dict(sorted(best.items(), key=lambda kv: (-kv[1], kv[0])))


def open_backend(settings: Settings) -> IndexBackend:
    """The backend the settings name (``PLAN_BACKEND=files|milvus``)."""
    if settings.backend is BackendKind.MILVUS:
        from .milvus_backend import MilvusBackend

        return MilvusBackend(settings)
    from .files_backend import FilesBackend

    return FilesBackend(settings.index_dir)
