"""Index updates: build a candidate, gate it on the eval set, publish atomically; rollback; add documents."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .backend import open_backend
from .index_store import IndexProblem
from .indexer import build_version
from .settings import Settings

log = logging.getLogger(__name__)


@dataclass
class UpdateOutcome:
    version: str
    published: bool
    forced: bool = False
    previous: str | None = None
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        state = "published" if self.published else "NOT published (the published index is unchanged)"
        head = f"index {self.version}: {state}" + (" [forced]" if self.forced else "")
        return "\n".join([head, *self.messages])


PENDING = "pending"
"""Sub-folder of the corpus where a document the gate refused waits for review (``add --accept``)."""


def build_and_publish(settings: Settings, *, force: bool = False, progress: bool = True, model=None,
                      why_forced: str = "published with --force although the eval gate failed",
                      vectors_from: Path | None = None) -> UpdateOutcome:
    """``vectors_from``: a files-backend index directory whose published vectors are reused (moving to Milvus)."""
    from .embeddings import load_passage_encoder
    from .gate import gate_candidate

    model = model if model is not None else load_passage_encoder(settings)
    backend = open_backend(settings)
    previous = backend.current()
    reuse = None
    if vectors_from is not None:
        from .files_backend import FilesBackend

        reuse = FilesBackend(vectors_from)
        if reuse.current() is None:
            raise IndexProblem(f"no published index in {vectors_from} to take vectors from")
    path = build_version(settings, model, progress=progress, backend=backend, vectors_from=reuse)
    decision = gate_candidate(settings, path, previous)
    outcome = UpdateOutcome(version=path.name, published=False, previous=previous, messages=decision.lines())
    if decision.passed or force:
        if force and not decision.passed:
            _mark_forced(path, why_forced)
        backend.publish(path.name)
        outcome.published = True
        outcome.forced = force and not decision.passed
        removed = backend.prune(settings.eval.keep_versions)
        if removed:
            outcome.messages.append(f"removed old versions: {', '.join(removed)}")
    return outcome


def _mark_forced(path: Path, why: str) -> None:
    from .index_store import MANIFEST, read_manifest

    manifest = read_manifest(path)
    manifest.published_forced = True
    manifest.notes.append(why)
    (path / MANIFEST).write_text(manifest.model_dump_json(indent=2), encoding="utf-8")


def rollback(settings: Settings, version: str | None = None) -> str:
    """Publish ``version`` (default: the version that was published before the current one)."""
    backend = open_backend(settings)
    current = backend.current()
    names = [m.version for m in backend.versions()]
    if version is None:
        earlier = [v for v in backend.history() if v != current and v in names]
        if not earlier:
            raise IndexProblem("no earlier published index version to roll back to")
        version = earlier[-1]
    if version not in names:
        raise IndexProblem(f"no index version {version!r}; see `python -m assistant index list`")
    backend.load(version)  # refuse a damaged version
    backend.publish(version)
    return version


def add_document(
    settings: Settings,
    file: Path,
    *,
    city: str | None = None,
    title: str | None = None,
    year: list[int] | None = None,
    kind: str | None = None,
    published: str = "",
    meta_file: Path | None = None,
    force: bool = False,
    model=None,
) -> UpdateOutcome:
    """Parse ``file`` (choosing its layout when no kind is given), copy it with its metadata into the
    corpus, run the gated build.

    Nothing changes when the document cannot be parsed. When the gate refuses the new index, the
    document moves to ``corpus/pending/`` with its parse and gate reports, so corpus and published index
    stay in step and nothing the user gave is lost; ``accept_document`` publishes it after review.
    The parse report is the outcome's first message.
    """
    import json
    import shutil

    from pydantic import ValidationError

    from .corpus import meta_path
    from .errors import BuildError
    from .formats import document_lines, unsupported
    from .ingest import detect_layout, parse_document
    from .readers import DocumentFormatError
    from .types import DocumentMeta

    if not file.is_file():
        raise FileNotFoundError(f"document not found: {file}")
    if unsupported(file):
        raise BuildError(f"{file.name}: {unsupported(file)}")
    if meta_file is not None:
        raw = json.loads(meta_file.read_text(encoding="utf-8"))
        raw["source_file"] = file.name
    else:
        missing = [name for name, value in (("--city", city), ("--title", title), ("--year", year)) if not value]
        if missing:
            raise BuildError(f"{file.name}: give {', '.join(missing)} (or --meta FILE)")
        page_source = "PDFのページ番号（物理ページ）" if file.suffix.lower() == ".pdf" else "本文のページ表記・目次（あれば）"
        raw = dict(source_file=file.name, city=city, title=title, kind=kind, fiscal_years=year,
                   published=published or "記載なし", page_source=page_source)
    detect = not raw.get("kind")
    if detect:
        raw["kind"] = "generic"
    try:
        meta = DocumentMeta.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise BuildError(f"{file.name}: invalid metadata: {problems}") from exc

    target = settings.corpus_dir / file.name
    if target.exists():
        raise BuildError(f"{file.name} is already in the corpus; remove it first or rename the new file")
    if (settings.corpus_dir / PENDING / file.name).exists():
        raise BuildError(f"{file.name} is waiting in {settings.corpus_dir / PENDING}: review its report, then "
                         f"`python -m assistant add --accept {file.name}`, or delete it there to add it anew")

    lines = document_lines(file)  # parse before touching the corpus
    parsed = None
    if detect:  # a next edition of a series already in the corpus is read as the series was
        sibling = _series_kind(settings, meta)
        if sibling is not None:
            try:
                parsed = parse_document(lines, meta.model_copy(update={"kind": sibling[1], "kind_detected": True}),
                                        settings.ingest)
                parsed.report.warnings.append(f"read as {sibling[1].value}, like {sibling[0]} of the same series")
            except DocumentFormatError as exc:
                log.info("%s: not readable as its series' %s (%s); detecting the layout", file.name,
                         sibling[1].value, exc.message)
    if parsed is None:
        parsed = detect_layout(lines, meta, settings.ingest) if detect else parse_document(lines, meta, settings.ingest)
    meta = parsed.meta
    log.info("%s parses into %d records (%s, coverage %.1f%%)", file.name, len(parsed.records),
             meta.kind.value, 100 * parsed.report.coverage)

    shutil.copyfile(file, target)
    meta_path(target).write_text(meta.model_dump_json(indent=2) + "\n", encoding="utf-8")
    try:
        outcome = build_and_publish(settings, force=force, progress=False, model=model)
    except BaseException:
        target.unlink(missing_ok=True)
        meta_path(target).unlink(missing_ok=True)
        raise
    outcome.messages.insert(0, parsed.report.text())
    if not outcome.published:
        pending = settings.corpus_dir / PENDING
        pending.mkdir(exist_ok=True)
        shutil.move(target, pending / target.name)
        shutil.move(meta_path(target), meta_path(pending / target.name))
        report = pending / f"{target.name}.report.txt"
        report.write_text(outcome.summary() + "\n", encoding="utf-8")
        outcome.messages.append(
            f"{file.name} is kept in {pending}/ with its parse and gate report ({report.name}); the published "
            f"index is unchanged. Review the report, then `python -m assistant add --accept {file.name}` publishes it.")
    else:
        outcome.messages.insert(1, f"added {file.name}: {len(parsed.records)} records")
    return outcome


def _series_kind(settings: Settings, meta) -> tuple[str, object] | None:
    """(file, kind) of a corpus document of the same series (city + title without its years), if any."""
    from .corpus import document_files, read_meta
    from .editions import series_key
    from .readers import DocumentFormatError

    key = series_key(meta.city, meta.title)
    for document in document_files(settings.corpus_dir):
        try:
            other = read_meta(document)
        except DocumentFormatError:
            continue
        if series_key(other.city, other.title) == key:
            return document.name, other.kind
    return None


def accept_document(settings: Settings, name: str, *, model=None) -> UpdateOutcome:
    """Publish a document the gate refused, after review: move it from ``corpus/pending/`` into the
    corpus and publish the build whatever the gate says (the manifest records the acceptance)."""
    import shutil

    from .corpus import meta_path
    from .errors import BuildError

    name = Path(name).name
    pending = settings.corpus_dir / PENDING / name
    if not pending.is_file() or not meta_path(pending).is_file():
        waiting = sorted(p.name for p in (settings.corpus_dir / PENDING).glob("*") if meta_path(p).is_file())
        raise BuildError(f"{name} is not waiting in {settings.corpus_dir / PENDING} "
                         f"(waiting: {', '.join(waiting) or 'nothing'})")
    target = settings.corpus_dir / name
    if target.exists():
        raise BuildError(f"{name} is already in the corpus")
    shutil.move(pending, target)
    shutil.move(meta_path(pending), meta_path(target))
    try:
        outcome = build_and_publish(settings, force=True, progress=False, model=model,
                                    why_forced=f"{name} accepted after review although the eval gate failed")
    except BaseException:
        shutil.move(target, pending)
        shutil.move(meta_path(target), meta_path(pending))
        raise
    (settings.corpus_dir / PENDING / f"{name}.report.txt").unlink(missing_ok=True)
    outcome.messages.insert(0, f"accepted {name} from {settings.corpus_dir / PENDING}")
    return outcome
