"""Load the corpus folder: each document file plus its ``<file>.meta.json`` -> records.

A document that fails to load is reported (file and line) and skipped; the
others still load. ``load_corpus(strict=True)`` raises on the first failure instead.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .formats import DOCUMENT_SUFFIXES, document_lines, unsupported
from .ingest import Parsed, ParseReport, parse_document
from .readers import DocumentFormatError
from .settings import IngestSettings
from .types import DocumentKind, DocumentMeta, Record

log = logging.getLogger(__name__)

META_SUFFIX = ".meta.json"


@dataclass
class CorpusLoad:
    records: list[Record] = field(default_factory=list)
    documents: list[DocumentMeta] = field(default_factory=list)
    errors: list[DocumentFormatError] = field(default_factory=list)
    reports: list[ParseReport] = field(default_factory=list)


def meta_path(document: Path) -> Path:
    return document.with_name(document.name + META_SUFFIX)


def metadata_problems(exc: ValidationError) -> str:
    """What is wrong with a metadata file, one clause per problem, naming the field."""
    problems = []
    for e in exc.errors():
        name = ".".join(map(str, e["loc"]))
        if not name:
            problems.append(f"expected a JSON object with the fields {', '.join(DocumentMeta.model_fields)}")
        elif e["type"] == "missing":
            problems.append(f"missing field {name!r}")
        elif e["type"] == "extra_forbidden":
            problems.append(f"unknown field {name!r}")
        elif name == "kind":
            known = ", ".join(k.value for k in DocumentKind)
            problems.append(f"unknown kind {e.get('input')!r:.60} (known kinds: {known})")
        else:
            problems.append(f"{name}: {e['msg']} (got {e.get('input')!r:.60})")
    return "; ".join(problems)


def read_meta(document: Path) -> DocumentMeta:
    path = meta_path(document)
    if not path.exists():
        raise DocumentFormatError(document.name, None, f"metadata file {path.name} is missing")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DocumentFormatError(path.name, getattr(exc, "lineno", None), f"not valid JSON: {exc}") from exc
    try:
        meta = DocumentMeta.model_validate(raw)
    except ValidationError as exc:
        raise DocumentFormatError(path.name, None, f"invalid metadata: {metadata_problems(exc)}") from exc
    if meta.source_file != document.name:
        raise DocumentFormatError(
            path.name, None, f"source_file is {meta.source_file!r} but the document is {document.name!r}"
        )
    return meta


def read_lines(document: Path) -> list[str]:
    """The document's text as lines, page markers kept (see ``assistant.formats``)."""
    return document_lines(document)


def parse_file(document: Path, settings: IngestSettings | None = None) -> Parsed:
    """A corpus document read with the reader its metadata names, with its parse report."""
    meta = read_meta(document)
    return parse_document(read_lines(document), meta, settings or IngestSettings())


def load_document(document: Path) -> tuple[DocumentMeta, list[Record]]:
    parsed = parse_file(document)
    return parsed.meta, parsed.records


def document_files(corpus_dir: Path) -> list[Path]:
    return sorted(
        p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
    )


def described_unreadable(corpus_dir: Path) -> list[Path]:
    """The files of the corpus folder that have a metadata file but are in no format read (a 「計画.doc」 with its
    「計画.doc.meta.json」): a document someone meant to add."""
    return sorted(p for p in corpus_dir.iterdir() if p.is_file() and unsupported(p) and meta_path(p).is_file())


def load_corpus(corpus_dir: Path, *, strict: bool = False, settings: IngestSettings | None = None) -> CorpusLoad:
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    result = CorpusLoad()
    for document in described_unreadable(corpus_dir):  # described by metadata, in no format read: said, not skipped
        exc = DocumentFormatError(document.name, None, unsupported(document) or "")
        if strict:
            raise exc
        log.error("skipped %s", exc)
        result.errors.append(exc)
    for document in document_files(corpus_dir):
        try:
            parsed = parse_file(document, settings)
        except DocumentFormatError as exc:
            if strict:
                raise
            log.error("skipped %s", exc)
            result.errors.append(exc)
            continue
        result.documents.append(parsed.meta)
        result.records.extend(parsed.records)
        result.reports.append(parsed.report)
        for warning in parsed.report.warnings:
            log.warning("%s: %s", document.name, warning)
    return result


def corpus_checksum(corpus_dir: Path) -> str:
    """Checksum over every document and metadata file: changes when the corpus changes."""
    digest = hashlib.sha256()
    for document in document_files(corpus_dir):
        for path in (document, meta_path(document)):
            if path.exists():
                digest.update(path.name.encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]
