"""Index updates: build a candidate, gate it on the eval set, publish atomically; rollback; add documents."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .index_store import (
    IndexProblem,
    current_version,
    list_versions,
    load_version,
    prune_versions,
    publish,
    versions_dir,
)
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


def build_and_publish(settings: Settings, *, force: bool = False, progress: bool = True, model=None) -> UpdateOutcome:
    from .embeddings import load_sentence_transformer
    from .gate import gate_candidate

    model = model if model is not None else load_sentence_transformer(settings)
    previous = current_version(settings.index_dir)
    path = build_version(settings, model, progress=progress)
    decision = gate_candidate(settings, model, path, previous)
    outcome = UpdateOutcome(version=path.name, published=False, previous=previous, messages=decision.lines())
    if decision.passed or force:
        if force and not decision.passed:
            _mark_forced(path)
        publish(settings.index_dir, path.name)
        outcome.published = True
        outcome.forced = force and not decision.passed
        removed = prune_versions(settings.index_dir, settings.eval.keep_versions)
        if removed:
            outcome.messages.append(f"removed old versions: {', '.join(removed)}")
    return outcome


def _mark_forced(path: Path) -> None:
    from .index_store import MANIFEST, read_manifest

    manifest = read_manifest(path)
    manifest.published_forced = True
    manifest.notes.append("published with --force although the eval gate failed")
    (path / MANIFEST).write_text(manifest.model_dump_json(indent=2), encoding="utf-8")


def rollback(settings: Settings, version: str | None = None) -> str:
    """Publish ``version`` (default: the newest version older than the published one)."""
    current = current_version(settings.index_dir)
    manifests = sorted(list_versions(settings.index_dir), key=lambda m: m.created_at)
    names = [m.version for m in manifests]
    if version is None:
        if current not in names or names.index(current) == 0:
            raise IndexProblem("no older index version to roll back to")
        version = names[names.index(current) - 1]
    if version not in names:
        raise IndexProblem(f"no index version {version!r}; see `python -m assistant index list`")
    load_version(versions_dir(settings.index_dir) / version)  # refuse a damaged version
    publish(settings.index_dir, version)
    return version
