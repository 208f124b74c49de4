"""LangChain ``Embeddings`` over this project's E5 model, with E5's two prompts.

LangChain's stock ``HuggingFaceEmbeddings`` sends the same prompt for queries and documents; E5
needs "query: " and "passage: ". Kept apart from :mod:`assistant.embeddings` so that answering a
question does not import LangChain.
"""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from .embeddings import encode_passages, encode_queries


class E5Embeddings(Embeddings):
    """LangChain embeddings with E5's separate query and passage prompts.

    ``embed_query`` uses ``model.encode_query`` ("query: …"), ``embed_documents`` uses
    ``model.encode_document`` ("passage: …"); vectors are unit-norm float32 values as lists.
    """

    def __init__(self, model, batch_size: int = 16):
        """``model``: a SentenceTransformer or a NumpyE5Encoder (see :mod:`assistant.embeddings`)."""
        self.model = model
        self.batch_size = batch_size

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return encode_passages(self.model, texts, self.batch_size).tolist()

    def embed_query(self, text: str) -> list[float]:
        return encode_queries(self.model, [text], self.batch_size)[0].tolist()


__all__ = ["E5Embeddings"]
