"""Build an index version: corpus records -> passages -> vectors + BM25 weights, stored by the backend."""

from __future__ import annotations

import logging
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from tqdm import tqdm

from .backend import IndexBackend, VersionContent, open_backend, text_key
from .bm25_index import KeywordIndex
from .corpus import corpus_checksum, load_corpus
from .embeddings import encode_passages
from .english_terms import build as build_english_terms
from .english_terms import compounds, particle_compounds
from .errors import BuildError
from .index_store import IndexProblem, new_version_name
from .model_convert import model_fingerprint
from .passages import make_passages
from .sentence_index import SentenceIndex
from .settings import Settings
from .synonyms import build as build_synonyms
from .tokenize_ja import TOKENIZER_NAME, keyword_tokens
from .types import Record
from .word_vectors import neighbours

log = logging.getLogger(__name__)


def previous_vectors(settings: Settings, fingerprint: str, backend: IndexBackend | None = None
                     ) -> dict[str, np.ndarray]:
    """Vectors of the published version (passages and sentences), by text hash, if it was built with the same
    model and settings."""
    backend = backend or open_backend(settings)
    version = backend.current()
    if version is None:
        return {}
    try:
        manifest = next((m for m in backend.versions() if m.version == version), None)
        if manifest is None or manifest.model_fingerprint != fingerprint \
                or manifest.settings_hash != settings.index_settings_hash():
            return {}
        previous = backend.load(version)
        return previous.search.known_vectors(previous.records, previous.passages)
    except (IndexProblem, RuntimeError) as exc:
        log.warning("not reusing vectors of %s: %s", version, exc)
        return {}


def embed_incrementally(settings: Settings, model, texts: list[str], fingerprint: str, progress: bool,
                        known: dict[str, np.ndarray] | None = None) -> np.ndarray:
    """Embed only texts that are new, each distinct text once (a sentence printed in several items); reuse the
    published version's vectors for the rest."""
    known = dict(previous_vectors(settings, fingerprint) if known is None else known)
    keys = [text_key(t) for t in texts]
    first = {key: i for i, key in reversed(list(enumerate(keys)))}  # each text's first position
    missing = sorted(i for key, i in first.items() if key not in known)
    log.info("embedding %d of %d texts (%d reused or repeated)", len(missing), len(texts), len(texts) - len(missing))
    if missing:
        fresh = encode_passages(model, [texts[i] for i in missing], batch_size=settings.embedding.batch_size,
                                progress=progress)
        known.update((keys[i], fresh[row]) for row, i in enumerate(missing))
    if not texts:
        return np.zeros((0, next(iter(known.values())).shape[0] if known else 0), dtype=np.float32)
    return np.stack([known[key] for key in keys]).astype(np.float32, copy=False)


def build_version(
    settings: Settings,
    model,
    *,
    records: list[Record] | None = None,
    checksum: str | None = None,
    progress: bool = True,
    notes: list[str] | None = None,
    backend: IndexBackend | None = None,
    vectors_from: IndexBackend | None = None,
) -> Path:
    """Build and write a new (unpublished) index version; return its directory. Vectors of texts that the
    published version of ``vectors_from`` (default: of this backend) holds are reused, not embedded again:
    moving an index from the files backend to Milvus embeds nothing."""
    backend = backend or open_backend(settings)
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
    known = previous_vectors(settings, fingerprint, vectors_from or backend)
    vectors = embed_incrementally(settings, model, texts, fingerprint, progress, known)
    sentence_keys, sentence_texts = SentenceIndex.units(records)
    sentence_vectors = embed_incrementally(settings, model, sentence_texts, fingerprint, progress, known)
    tokens = [keyword_tokens(t) for t in tqdm(texts, desc="tokenizing", disable=not progress, leave=False)]
    keyword = KeywordIndex.build(tokens)
    vocabulary = set(keyword.vocab)
    synonyms = build_synonyms(settings.synonyms_file, vocabulary).joined(neighbours(
        settings.word_vectors_dir, vocabulary, settings.retrieval.word_vector_similarity,
        settings.retrieval.word_vector_neighbours))
    english = build_english_terms(settings.english_dictionary, set(keyword.vocab),
                                  compounds(tokens) | particle_compounds(texts))

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
        dense_kind="",
        build_seconds=round(time.perf_counter() - started, 3),
        sources=dict(Counter(r.source_file for r in records)),
        notes=notes or [],
    )
    content = VersionContent(records=records, passages=passages, passage_vectors=vectors,
                             sentence_keys=sentence_keys, sentence_vectors=sentence_vectors, keyword=keyword,
                             synonyms=synonyms, english=english,
                             approximate_above=settings.retrieval.approximate_above)
    path = backend.write(content, fields)
    log.info("built index %s in %.1fs", path.name, time.perf_counter() - started)
    return path
