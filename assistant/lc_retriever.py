"""LangChain integration: a ``BaseRetriever`` over ``Assistant.search`` returning record ``Document``s."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .retrieve import Filters
from .types import Evidence


def to_document(evidence: Evidence) -> Document:
    record = evidence.record
    metadata = record.model_dump(mode="json", exclude={"text"})
    metadata.update(score=evidence.score, dense_score=evidence.dense_score, bm25_score=evidence.bm25_score)
    return Document(id=record.id, page_content=record.text, metadata=metadata)


class PlanRetriever(BaseRetriever):
    """Hybrid retrieval (FAISS + fugashi BM25, fused per record) as a LangChain retriever."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    assistant: Any
    k: int = 5
    filters: Filters | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        result = self.assistant.search(query, k=self.k, filters=self.filters)
        return [to_document(e) for e in result.evidence]
