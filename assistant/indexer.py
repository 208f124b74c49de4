"""Build an index version: corpus records -> passages -> vectors (FAISS) + tokens (BM25)."""

from __future__ import annotations

import logging
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from . import dense_index
from .bm25_index import KeywordIndex
from .corpus import corpus_checksum, load_corpus
from .embeddings import encode_passages
from .errors import BuildError
from .index_store import new_version_name, write_version
from .model_convert import model_fingerprint
from .passages import make_passages
from .settings import Settings
from .tokenize_ja import TOKENIZER_NAME, tokenize
from .types import Record

log = logging.getLogger(__name__)


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
        loaded = load_corpus(settings.corpus_dir)
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
    log.info("embedding %d passages from %d records", len(passages), len(records))
    vectors = encode_passages(model, texts, batch_size=settings.embedding.batch_size, progress=progress)
    dense = dense_index.build(vectors, settings.retrieval.approximate_above)
    tokens = [tokenize(t) for t in tqdm(texts, desc="tokenizing", disable=not progress, leave=False)]
    keyword = KeywordIndex.build(tokens)

    version = new_version_name(checksum)
    fields = dict(
        version=version,
        created_at=datetime.now(UTC).isoformat(),
        model=settings.embedding.model,
        model_fingerprint=model_fingerprint(settings),
        embedding_dim=int(vectors.shape[1]),
        tokenizer=TOKENIZER_NAME,
        corpus_checksum=checksum,
        settings_hash=settings.index_settings_hash(),
        counts={"records": len(records), "passages": len(passages), "documents": len({r.source_file for r in records})},
        dense_kind=dense_index.kind(dense),
        build_seconds=round(time.perf_counter() - started, 3),
        sources=dict(Counter(r.source_file for r in records)),
        notes=notes or [],
    )
    path = write_version(
        settings.index_dir, records=records, passages=passages, dense=dense, keyword=keyword, manifest_fields=fields
    )
    log.info("built index %s in %.1fs", path.name, time.perf_counter() - started)
    return path
