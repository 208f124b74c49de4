"""Build an index version: corpus records -> passages -> vectors (FAISS) + tokens (BM25)."""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from tqdm import tqdm

from . import dense_index
from .bm25_index import KeywordIndex
from .corpus import corpus_checksum, load_corpus
from .embeddings import encode_passages
from .english_terms import build as build_english_terms
from .errors import BuildError
from .index_store import (
    IndexProblem,
    current_version,
    load_version,
    new_version_name,
    read_manifest,
    versions_dir,
    write_version,
)
from .model_convert import model_fingerprint
from .passages import make_passages
from .sentence_index import SentenceIndex
from .settings import Settings
from .synonyms import build as build_synonyms
from .tokenize_ja import TOKENIZER_NAME, tokenize
from .types import Record

log = logging.getLogger(__name__)


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def previous_vectors(settings: Settings, fingerprint: str) -> dict[str, np.ndarray]:
    """Vectors of the published version (passages and sentences), by text hash, if it was built with the same
    model and settings."""
    version = current_version(settings.index_dir)
    if version is None:
        return {}
    path = versions_dir(settings.index_dir) / version
    try:
        manifest = read_manifest(path)
        if manifest.model_fingerprint != fingerprint or manifest.settings_hash != settings.index_settings_hash():
            return {}
        previous = load_version(path)
        stored = previous.dense.reconstruct_n(0, previous.dense.ntotal)
    except (IndexProblem, RuntimeError) as exc:
        log.warning("not reusing vectors of %s: %s", version, exc)
        return {}
    known = {_text_key(p.text): stored[i] for i, p in enumerate(previous.passages)}
    _, sentence_texts = SentenceIndex.units(previous.records)
    if previous.sentences.vectors.ntotal == len(sentence_texts):
        vectors = previous.sentences.vectors.reconstruct_n(0, previous.sentences.vectors.ntotal)
        known.update((_text_key(t), vectors[i]) for i, t in enumerate(sentence_texts))
    return known


def embed_incrementally(settings: Settings, model, texts: list[str], fingerprint: str, progress: bool,
                        known: dict[str, np.ndarray] | None = None) -> np.ndarray:
    """Embed only texts that are new; reuse the published version's vectors for the rest."""
    known = previous_vectors(settings, fingerprint) if known is None else known
    keys = [_text_key(t) for t in texts]
    missing = [i for i, key in enumerate(keys) if key not in known]
    log.info("embedding %d of %d texts (%d reused)", len(missing), len(texts), len(texts) - len(missing))
    fresh = (
        encode_passages(model, [texts[i] for i in missing], batch_size=settings.embedding.batch_size, progress=progress)
        if missing
        else np.zeros((0, 0), dtype=np.float32)
    )
    dim = fresh.shape[1] if missing else next(iter(known.values())).shape[0]
    vectors = np.zeros((len(texts), dim), dtype=np.float32)
    for row, i in enumerate(missing):
        vectors[i] = fresh[row]
    for i, key in enumerate(keys):
        if key in known:
            vectors[i] = known[key]
    return vectors


def build_version(
    settings: Settings,
    model,
    *,
    records: list[Record] | None = None,
    checksum: str | None = None,
    progress: bool = True,
    notes: list[str] | None = None,
) -> Path:
    """Build and write a new (unpublished) index version; return its directory."""
    started = time.perf_counter()
    if records is None:
        loaded = load_corpus(settings.corpus_dir, settings=settings.ingest)
        for report in loaded.reports:
            log.info("parsed %s: %d records as %s, coverage %.1f%%%s", report.source_file, report.records,
                     report.kind.value, 100 * report.coverage,
                     f" ({report.uncovered_total} lines in no record)" if report.uncovered_total else "")
        for error in loaded.errors:
            log.error("document skipped: %s", error)
        if loaded.errors:
            raise BuildError(
                "some corpus documents could not be read; fix or remove them first:\n"
                + "\n".join(f"  {e}" for e in loaded.errors)
            )
        records = loaded.records
    if not records:
        raise BuildError(f"no records in corpus {settings.corpus_dir}")
    checksum = checksum or corpus_checksum(settings.corpus_dir)

    passages = make_passages(records, settings.chunk.max_passage_tokens, settings.chunk.passage_overlap_sentences)
    texts = [p.text for p in passages]
    fingerprint = model_fingerprint(settings)
    known = previous_vectors(settings, fingerprint)
    vectors = embed_incrementally(settings, model, texts, fingerprint, progress, known)
    dense = dense_index.build(vectors, settings.retrieval.approximate_above)
    sentence_keys, sentence_texts = SentenceIndex.units(records)
    sentence_vectors = embed_incrementally(settings, model, sentence_texts, fingerprint, progress, known)
    sentence_index = SentenceIndex.build(sentence_keys, sentence_vectors, settings.retrieval.approximate_above)
    tokens = [tokenize(t) for t in tqdm(texts, desc="tokenizing", disable=not progress, leave=False)]
    keyword = KeywordIndex.build(tokens)
    synonyms = build_synonyms(settings.synonyms_file, set(keyword.vocab))
    bigrams = {a + b for passage in tokens for a, b in zip(passage, passage[1:], strict=False)}
    english = build_english_terms(settings.english_dictionary, set(keyword.vocab), bigrams)

    version = new_version_name(checksum)
    fields = dict(
        version=version,
        created_at=datetime.now(UTC).isoformat(),
        model=settings.embedding.model,
        model_fingerprint=fingerprint,
        embedding_dim=int(vectors.shape[1]),
        tokenizer=TOKENIZER_NAME,
        corpus_checksum=checksum,
        settings_hash=settings.index_settings_hash(),
        counts={"records": len(records), "passages": len(passages), "sentences": len(sentence_keys),
                "synonyms": len(synonyms.mapping), "english_terms": len(english.mapping), "documents": len({r.source_file for r in records})},
        dense_kind=dense_index.kind(dense),
        build_seconds=round(time.perf_counter() - started, 3),
        sources=dict(Counter(r.source_file for r in records)),
        notes=notes or [],
    )
    path = write_version(
        settings.index_dir, records=records, passages=passages, dense=dense, keyword=keyword,
        sentences=sentence_index, synonyms=synonyms, english=english, manifest_fields=fields
    )
    log.info("built index %s in %.1fs", path.name, time.perf_counter() - started)
    return path
