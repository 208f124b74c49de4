"""The one ``ask`` path shared by the CLI, the Streamlit pages and evaluation.

``Assistant`` holds the embedding model and the published index, loaded once
per process. It notices a newly published index (the ``CURRENT`` pointer
changed) and swaps to it between questions, without a restart.
"""

from __future__ import annotations

import logging
import threading
import time
import unicodedata
from pathlib import Path

from .compose import ComposedAnswer, compose, nearby_citations
from .corpus import corpus_checksum
from .embeddings import load_query_encoder
from .index_store import CURRENT, IndexProblem, LoadedIndex, load_version, published_path
from .query import parse_query
from .retrieve import Filters, Retriever, SearchResult
from .settings import Settings
from .types import AnswerResult

log = logging.getLogger(__name__)

# C0 and C1 control characters (but tab and newline) and the bidi embedding/override/isolate
# controls, which can make a question display differently from what it says.
_CONTROL = dict.fromkeys(
    [c for c in range(0x20) if chr(c) not in "\t\n"] + list(range(0x7F, 0xA0))
    + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A))
)


class QuestionError(ValueError):
    """A question that cannot be asked (empty, too long). The message is safe to show."""


def clean_question(question: str, max_chars: int) -> str:
    """Drop control characters (C0, C1, bidi overrides) and lone surrogates; refuse empty or over-long text."""
    if not isinstance(question, str):
        raise QuestionError("質問は文字列で入力してください。")
    text = question.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> '?'
    text = text.translate(_CONTROL)
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise QuestionError("質問が空です。質問を入力してください。(The question is empty.)")
    if len(text) > max_chars:
        raise QuestionError(
            f"質問が長すぎます（{len(text)}文字）。{max_chars}文字以内で入力してください。"
            f" (The question is too long: {len(text)} characters; the limit is {max_chars}.)"
        )
    return text


def check_compatible(index: LoadedIndex, settings: Settings) -> None:
    manifest = index.manifest
    if manifest.settings_hash != settings.index_settings_hash():
        raise IndexProblem(
            f"index {index.path.name} was built with other settings (model {manifest.model!r}); "
            "rebuild with `python -m assistant build`"
        )


class Assistant:
    def __init__(self, settings: Settings, model=None, index: LoadedIndex | None = None) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._pointer_mtime: float | None = None
        self._retriever: Retriever | None = None
        if index is None:  # read (and check) the index first: a missing or damaged one fails fast
            index = self._read_published()
        self.model = model if model is not None else load_query_encoder(settings)
        self._set_index(index)

    # -- index lifecycle -------------------------------------------------
    def _set_index(self, index: LoadedIndex) -> None:
        check_compatible(index, self.settings)
        if self.settings.corpus_dir.is_dir() and index.manifest.corpus_checksum != corpus_checksum(self.settings.corpus_dir):
            index.stale_corpus = True
            log.warning(
                "index %s was built from another version of the corpus; run `python -m assistant build`",
                index.path.name,
            )
        self._retriever = Retriever(index, self.model, self.settings.retrieval)

    def _pointer(self) -> Path:
        return self.settings.index_dir / CURRENT

    def _read_published(self) -> LoadedIndex:
        path = published_path(self.settings.index_dir)
        self._pointer_mtime = self._pointer().stat().st_mtime
        return load_version(path)

    def refresh(self) -> bool:
        """Swap to a newly published index, if any. Returns True when it swapped."""
        pointer = self._pointer()
        if self._pointer_mtime is None or not pointer.exists():
            return False
        mtime = pointer.stat().st_mtime
        if mtime == self._pointer_mtime:
            return False
        with self._lock:
            if mtime == self._pointer_mtime:
                return False
            try:
                path = published_path(self.settings.index_dir)
                if self._retriever and path == self._retriever.index.path:
                    self._pointer_mtime = mtime
                    return False
                index = load_version(path)
                self._set_index(index)
            except IndexProblem as exc:
                log.error("kept the current index: the newly published one cannot be loaded: %s", exc)
                self._pointer_mtime = mtime
                return False
            self._pointer_mtime = mtime
            log.info("switched to index %s", path.name)
            return True

    @property
    def retriever(self) -> Retriever:
        assert self._retriever is not None
        return self._retriever

    @property
    def index(self) -> LoadedIndex:
        return self.retriever.index

    # -- questions ---------------------------------------------------------
    def _search(
        self, question: str, k: int | None, filters: Filters | None
    ) -> tuple[Retriever, SearchResult]:
        text = clean_question(question, self.settings.answer.max_question_chars)
        self.refresh()
        retriever = self.retriever  # one index for the whole question, even if another is swapped in meanwhile
        query = parse_query(text, citizen_glossary=self.settings.retrieval.citizen_glossary)
        return retriever, retriever.search(query, k=k, filters=filters)

    def search(self, question: str, k: int | None = None, filters: Filters | None = None) -> SearchResult:
        return self._search(question, k, filters)[1]

    def answer(
        self, question: str, k: int | None = None, filters: Filters | None = None
    ) -> tuple[SearchResult, ComposedAnswer]:
        k = k or self.settings.retrieval.k
        retriever, result = self._search(question, max(k, self.settings.answer.max_items), filters)
        composed = compose(result, self.settings.answer, set(retriever.corpus_cities))
        if self.settings.answer.llm_provider:
            from .llm_answer import generate

            composed = generate(result.query, result.evidence, composed, self.settings.answer)
        return result, composed

    def ask(
        self, question: str, k: int | None = None, filters: Filters | None = None, id: str | None = None
    ) -> AnswerResult:
        """The ``ask --json`` contract."""
        started = time.perf_counter()
        _, composed = self.answer(question, k=k, filters=filters)
        return AnswerResult(
            id=id,
            question=question,
            answer=composed.answer,
            abstained=composed.abstained,
            citations=composed.citations,
            latency_ms=round((time.perf_counter() - started) * 1000, 2),
            nearby=nearby_citations(composed, self.settings.answer),
        )
