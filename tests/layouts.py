"""The layout test corpus (``tests/data/layouts``): documents written in other cities' layouts, each
with a hand-written expected outline (``NAME.expected.json``), written without looking at the parser."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.types import DocumentKind, DocumentMeta

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


def layout_cases() -> list[LayoutCase]:
    cases = []
    for expected in sorted(LAYOUTS.glob("*.expected.json")):
        name = expected.name.removesuffix(".expected.json")
        document = next(p for p in LAYOUTS.iterdir() if p.stem == name and not p.name.endswith(".json"))
        cases.append(LayoutCase(name, document, json.loads(expected.read_text(encoding="utf-8"))))
    return cases
