"""The on-disk index: versioned directories, a manifest, checksums, an atomic ``CURRENT`` pointer.

    index/
      CURRENT                      name of the published version (replaced atomically)
      HISTORY                      every version ever published, oldest first (for rollback)
      versions/<version>/
        manifest.json              model, corpus checksum, settings hash, counts, file checksums
        records.jsonl              one Record per line
        passages.jsonl             one Passage per line (position = FAISS / BM25 row)
        synonyms.json, english_terms.json   corpus-restricted dictionaries
        …                          the vectors and keyword weights: files of the files backend
                                   (``files_backend``), or a Milvus collection (``milvus_backend``)

A version directory is written under a temporary name and renamed when
complete, so a reader never sees a half-written index.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from .backend_kind import BackendKind
from .english_terms import FILE_NAME as ENGLISH
from .english_terms import EnglishTerms
from .model_convert import file_sha256
from .synonyms import FILE_NAME as SYNONYMS
from .synonyms import CorpusSynonyms
from .types import Passage, Record

if TYPE_CHECKING:
    from .backend import VersionSearch

MANIFEST = "manifest.json"
CURRENT = "CURRENT"
HISTORY = "HISTORY"  # one published version name per line, oldest first
FORMAT_VERSION = 3  # 2: sentence vectors and corpus synonyms; 3: English terms
COMMON_FILES = ("records.jsonl", "passages.jsonl")  # always listed (with checksums) in a manifest
BACKEND_FILES = {  # and these, by the backend that holds the version's vectors
    BackendKind.FILES: ("dense.faiss", "sentences.jsonl", "sentences.faiss"),
    BackendKind.MILVUS: ("vocab.json",),
}


class IndexProblem(RuntimeError):
    """The index is missing, damaged or was built for other settings. The message says which."""


class Manifest(BaseModel):
    format_version: int = FORMAT_VERSION
    version: str
    created_at: str
    model: str
    model_fingerprint: str
    embedding_dim: int
    tokenizer: str
    corpus_checksum: str
    settings_hash: str
    counts: dict[str, int]
    dense_kind: str
    backend: BackendKind = Field(default=BackendKind.FILES, description="Which backend holds the vectors")
    collection: str | None = Field(default=None, description="The Milvus collection of this version")
    build_seconds: float
    files: dict[str, str] = Field(description="relative path -> sha256")
    sources: dict[str, int] = Field(default_factory=dict, description="source file -> record count")
    published_forced: bool = False
    notes: list[str] = Field(default_factory=list)


@dataclass
class LoadedIndex:
    path: Path
    manifest: Manifest
    records: list[Record]
    passages: list[Passage]
    search: VersionSearch
    synonyms: CorpusSynonyms
    english: EnglishTerms
    stale_corpus: bool = False

    def __post_init__(self) -> None:
        self.record_pos = {r.id: i for i, r in enumerate(self.records)}


def versions_dir(index_dir: Path) -> Path:
    return index_dir / "versions"


def new_version_name(corpus_checksum: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    return f"v{stamp}-{corpus_checksum[:6]}"


def _file_checksums(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): file_sha256(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def write_version(
    index_dir: Path,
    *,
    records: list[Record],
    passages: list[Passage],
    synonyms: CorpusSynonyms,
    english: EnglishTerms,
    manifest_fields: dict,
    write_files: Callable[[Path], None],
) -> Path:
    """Write a complete version directory atomically; return its final path. ``write_files`` writes the
    backend's own files (``BACKEND_FILES`` of the manifest's backend) into the (temporary) directory."""
    root = versions_dir(index_dir)
    root.mkdir(parents=True, exist_ok=True)
    version = manifest_fields["version"]
    tmp = root / f".tmp-{version}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    try:
        with (tmp / "records.jsonl").open("w", encoding="utf-8") as f:
            for r in records:
                f.write(r.model_dump_json() + "\n")
        with (tmp / "passages.jsonl").open("w", encoding="utf-8") as f:
            for p in passages:
                f.write(p.model_dump_json() + "\n")
        write_files(tmp)
        synonyms.save(tmp)
        english.save(tmp)
        manifest = Manifest(files=_file_checksums(tmp), **manifest_fields)
        absent = [rel for rel in BACKEND_FILES[manifest.backend] if rel not in manifest.files]
        if absent:
            raise IndexProblem(f"version {version} was written without {', '.join(absent)}")
        (tmp / MANIFEST).write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
        _fsync_tree(tmp)
        final = root / version
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def _fsync_tree(root: Path) -> None:
    for p in root.rglob("*"):
        if p.is_file():
            with p.open("rb") as f:
                os.fsync(f.fileno())


def publish(index_dir: Path, version: str) -> None:
    """Point CURRENT at ``version`` with an atomic rename."""
    if not (versions_dir(index_dir) / version / MANIFEST).exists():
        raise IndexProblem(f"cannot publish {version}: no such complete index version")
    tmp = index_dir / f".{CURRENT}.{os.getpid()}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    with tmp.open("rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / CURRENT)
    with (index_dir / HISTORY).open("a", encoding="utf-8") as f:
        f.write(version + "\n")


def publish_history(index_dir: Path) -> list[str]:
    path = index_dir / HISTORY
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def current_version(index_dir: Path) -> str | None:
    pointer = index_dir / CURRENT
    if not pointer.exists():
        return None
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexProblem(f"index pointer {pointer} is damaged ({_summary(exc)}): publish or roll back again") from exc
    return name or None


def list_versions(index_dir: Path, backend: BackendKind = BackendKind.FILES) -> list[Manifest]:
    """The complete versions in ``index_dir`` whose vectors the given backend holds."""
    root = versions_dir(index_dir)
    if not root.is_dir():
        return []
    out = []
    for d in sorted(root.iterdir()):
        if d.is_dir() and not d.name.startswith(".") and (d / MANIFEST).exists():
            try:
                manifest = read_manifest(d)
            except IndexProblem:
                continue
            if manifest.backend == backend:
                out.append(manifest)
    return out


def _summary(exc: BaseException, limit: int = 200) -> str:
    """A one-line description of a load failure (pydantic and FAISS errors span many lines)."""
    errors = getattr(exc, "errors", None)
    if callable(errors):  # pydantic ValidationError: its first problem, with where it is
        try:
            first = errors()[0]
            where = ".".join(map(str, first.get("loc", ())))
            text = f"{where}: {first['msg']}" if where else first["msg"]
        except Exception:  # noqa: BLE001 - fall back to the plain message
            text = str(exc)
    else:
        text = str(exc)
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"{type(exc).__name__}: {text}"


def read_manifest(path: Path) -> Manifest:
    file = path / MANIFEST
    try:
        return Manifest.model_validate_json(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise IndexProblem(f"index {path} has no {MANIFEST}: rebuild with `python -m assistant build`") from exc
    except (OSError, ValueError) as exc:  # unreadable, not UTF-8, not JSON, or not a manifest
        raise IndexProblem(f"index manifest {file} is damaged ({_summary(exc)}): rebuild or roll back") from exc


def verify_files(path: Path, manifest: Manifest) -> None:
    """Every file the manifest lists exists with its checksum; the core files must be listed."""
    unlisted = [rel for rel in (*COMMON_FILES, *BACKEND_FILES[manifest.backend]) if rel not in manifest.files]
    if unlisted:
        raise IndexProblem(
            f"index manifest {path / MANIFEST} lists no checksum for {', '.join(unlisted)}: rebuild or roll back"
        )
    for rel, expected in manifest.files.items():
        file = path / rel
        if not file.is_file():
            raise IndexProblem(f"index file {file} is missing: rebuild with `python -m assistant build`")
        try:
            actual = file_sha256(file)
        except OSError as exc:
            raise IndexProblem(f"index file {file} cannot be read ({_summary(exc)}): rebuild or roll back") from exc
        if actual != expected:
            raise IndexProblem(f"index file {file} is damaged (checksum mismatch): rebuild or roll back")


def load_version(path: Path, *, verify: bool = True,
                 search: Callable[[Path, Manifest, list[Record], list[Passage]], VersionSearch] | None = None,
                 ) -> LoadedIndex:
    """Load a version directory. Any missing, damaged or inconsistent file raises ``IndexProblem`` naming it.

    ``search`` opens the version's vectors; by default the files backend's (a Milvus version is opened
    through ``milvus_backend``)."""
    manifest = read_manifest(path)
    if manifest.format_version != FORMAT_VERSION:
        raise IndexProblem(f"index {path} has format {manifest.format_version}, expected {FORMAT_VERSION}")
    if search is None and manifest.backend is not BackendKind.FILES:
        raise IndexProblem(f"index {path} keeps its vectors in {manifest.backend.value} (collection "
                           f"{manifest.collection}): set PLAN_BACKEND={manifest.backend.value} to use it")
    if verify:
        verify_files(path, manifest)
    records = load_file(path / "records.jsonl", lambda f: _jsonl(f, Record))
    passages = load_file(path / "passages.jsonl", lambda f: _jsonl(f, Passage))
    synonyms = load_file(path / SYNONYMS, lambda f: CorpusSynonyms.load(f.parent))
    english = load_file(path / ENGLISH, lambda f: EnglishTerms.load(f.parent))
    if search is None:
        from .files_backend import FilesSearch

        search = FilesSearch.load
    opened = search(path, manifest, records, passages)
    return LoadedIndex(path=path, manifest=manifest, records=records, passages=passages, search=opened,
                       synonyms=synonyms, english=english)


def load_file(file: Path, load):
    if not file.exists():
        raise IndexProblem(f"index file {file} is missing: rebuild with `python -m assistant build`")
    try:
        return load(file)
    except IndexProblem:
        raise
    except Exception as exc:  # noqa: BLE001 - any parse failure means a damaged file
        what = "folder" if file.is_dir() else "file"
        raise IndexProblem(f"index {what} {file} cannot be read ({_summary(exc)}): rebuild or roll back") from exc


def _jsonl(file: Path, model):
    out = []
    for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(model.model_validate_json(line))
        except ValueError as exc:
            raise IndexProblem(
                f"index file {file} line {n} is damaged ({_summary(exc)}): rebuild or roll back"
            ) from exc
    return out


def check_version_name(version: str, pointer: Path | str) -> str:
    """A version name read from a pointer (``CURRENT``, an alias) names a directory under ``versions/``."""
    if "/" in version or "\\" in version or version.startswith(".") or not version.isprintable():
        raise IndexProblem(f"index pointer {pointer} is damaged (not a version name: {version[:60]!r})")
    return version


def prune_versions(index_dir: Path, keep: int) -> list[str]:
    """Remove the oldest versions beyond ``keep``, never the published one; return removed names."""
    current = current_version(index_dir)
    manifests = sorted(list_versions(index_dir), key=lambda m: m.created_at)
    removable = [m.version for m in manifests if m.version != current]
    excess = len(manifests) - keep
    removed = removable[: max(0, excess)]
    for name in removed:
        shutil.rmtree(versions_dir(index_dir) / name, ignore_errors=True)
    root = versions_dir(index_dir)
    if root.is_dir():  # leftovers of interrupted builds
        for d in root.iterdir():
            if d.name.startswith(".tmp-") and time.time() - d.stat().st_mtime > 3600:
                shutil.rmtree(d, ignore_errors=True)
    return removed
