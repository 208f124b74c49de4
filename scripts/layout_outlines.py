"""How many of each layout document's hand-written records the generic reader gets right.

    python scripts/layout_outlines.py [NAME_PREFIX ...]

For every ``tests/data/layouts/*.expected.json`` (or those whose name starts with a prefix given): the records
read by the generic reader, and how many of the expected (label, title, departments, page) it gives exactly.
Run at the commit that added a layout round (its documents, before the change they measure) and at the commit
after, it gives the "before" and "after" counts the commit messages and the README quote.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.formats import document_lines  # noqa: E402
from assistant.readers import DocumentFormatError, generic  # noqa: E402
from assistant.types import DocumentKind, DocumentMeta  # noqa: E402

LAYOUTS = ROOT / "tests" / "data" / "layouts"


def main(prefixes: list[str]) -> int:
    for expected_file in sorted(LAYOUTS.glob("*.expected.json")):
        name = expected_file.name.removesuffix(".expected.json")
        if prefixes and not name.startswith(tuple(prefixes)):
            continue
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        document = next(p for p in LAYOUTS.iterdir() if p.stem == name and not p.name.endswith(".json"))
        doc = expected["document"]
        meta = DocumentMeta(source_file=document.name, city=doc["city"], title=doc["title"],
                            kind=DocumentKind.generic, fiscal_years=doc["fiscal_years"], published=doc["published"],
                            page_source="test")
        try:
            lines = document_lines(document)
        except DocumentFormatError as exc:  # a format not read yet: the count before a round's change
            print(f"{name}: refused ({exc})")
            continue
        got = {(r.label, r.title, tuple(r.departments), r.page) for r in generic.read(lines, meta)}
        want = [(r["label"], r["title"], tuple(r["departments"]), r["page"]) for r in expected["records"]]
        right = sum(w in got for w in want)
        print(f"{name}: {right} of {len(want)} records right ({len(got)} read)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
