"""The layout test corpus (``tests/data/layouts``): documents written in other cities' layouts, each
with a hand-written expected outline (``NAME.expected.json``), written without looking at the parser."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.types import DocumentKind, DocumentMeta

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = Path(__file__).parent / "data" / "layouts"
SEED_RECORDS = Path(__file__).parent / "data" / "seed_records.jsonl"


def seed_files() -> list[str]:
    """The five seed documents (the first corpus), named by the recorded seed records: tests about the
    seeds name them, so a corpus that grows keeps its tests green."""
    rows = [json.loads(line) for line in SEED_RECORDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted({row["source_file"] for row in rows})


@dataclass(frozen=True)
class LayoutCase:
    name: str
    document: Path
    expected: dict

    def meta(self, kind: DocumentKind = DocumentKind.generic, source_file: str | None = None) -> DocumentMeta:
        doc = self.expected["document"]
        return DocumentMeta(
            source_file=source_file or self.document.name, city=doc["city"], title=doc["title"], kind=kind,
            fiscal_years=doc["fiscal_years"], published=doc["published"], page_source="test",
        )

    def outline(self) -> list[tuple[str, str, list[str], int | None]]:
        return [(r["label"], r["title"], r["departments"], r["page"]) for r in self.expected["records"]]

    @property
    def open(self) -> str:
        """Why the reader does not give this document's outline yet ('' when it does): kept, and tested to fail
        until it does."""
        return self.expected.get("open", "")


def case_params(cases: list[LayoutCase]) -> list:
    """The cases as pytest parameters; a case whose outline is still open fails as expected (strictly: reading
    it right shows as a failure, to be closed)."""
    import pytest

    return [pytest.param(c, id=c.name, marks=[pytest.mark.xfail(strict=True, reason=c.open)] if c.open else [])
            for c in cases]


def layout_cases() -> list[LayoutCase]:
    cases = []
    for expected in sorted(LAYOUTS.glob("*.expected.json")):
        name = expected.name.removesuffix(".expected.json")
        document = next(p for p in LAYOUTS.iterdir() if p.stem == name and not p.name.endswith(".json"))
        cases.append(LayoutCase(name, document, json.loads(expected.read_text(encoding="utf-8"))))
    return cases


def corpus_copy(root: Path, settings, eval_cases: set[str] | None = None, dialogues: set[str] | None = None):
    """Settings over a copy of the seed corpus and of the session's published index in ``root`` (only new
    passages get embedded), gated on the whole eval set or on the named cases (and dialogues) only;
    ``dialogues``: the dialogues kept beside the whole Q&A set (None: all of them)."""
    import shutil

    shutil.copytree(ROOT / "corpus", root / "corpus", ignore=shutil.ignore_patterns("pending"))
    shutil.copytree(settings.index_dir, root / "index")
    copy = settings.model_copy(update={"corpus_dir": root / "corpus", "index_dir": root / "index"})
    if eval_cases is None and dialogues is not None:
        return copy.model_copy(update={"eval": copy.eval.model_copy(
            update={"dialogues_file": dialogue_subset(root, dialogues)})})
    if eval_cases is None:
        return copy
    rows = [json.loads(line) for line in (ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()]
    qa = root / "qa.jsonl"
    qa.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows if r["id"] in eval_cases),
                  encoding="utf-8")
    chats = dialogue_subset(root, eval_cases)
    return copy.model_copy(update={"eval": copy.eval.model_copy(update={"qa_file": qa, "dialogues_file": chats})})


def dialogue_subset(root: Path, ids: set[str]) -> Path:
    """``root/dialogues.jsonl`` with the named dialogues of eval/dialogues.jsonl only."""
    chats = [json.loads(line) for line in (ROOT / "eval" / "dialogues.jsonl").read_text(encoding="utf-8").splitlines()]
    path = root / "dialogues.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in chats if d["id"] in ids),
                    encoding="utf-8")
    return path
