"""How many line breaks inside a phrase the layout documents' records hold (a prose line wrapped at its column).

    python scripts/wrapped_lines.py [NAME_PREFIX ...]

For every ``tests/data/layouts/*.expected.json`` document (or those whose name starts with a prefix given), read
by the generic reader: the breaks in its records' text and fields where a line of at least 25 display columns ends
mid-phrase (a kana, a kanji or 、) and the next begins mid-phrase. Some are a field's value followed by the next
field, not a wrap; the count is for comparing two versions of the reader on the same documents.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.formats import document_lines  # noqa: E402
from assistant.readers import generic  # noqa: E402
from assistant.structure.lines import display_width  # noqa: E402
from assistant.types import DocumentKind, DocumentMeta  # noqa: E402

LAYOUTS = ROOT / "tests" / "data" / "layouts"
_ENDS_MID = re.compile(r"[ぁ-ゖ一-龥ァ-ヶ、]$")
_BEGINS_MID = re.compile(r"[ぁ-ゖ一-龥ァ-ヶ]")


def breaks(text: str) -> int:
    lines = text.split("\n")
    return sum(1 for a, b in zip(lines, lines[1:], strict=False)
               if display_width(a) >= 25 and _ENDS_MID.search(a) and _BEGINS_MID.match(b))


def main(prefixes: list[str]) -> int:
    total = 0
    for expected_file in sorted(LAYOUTS.glob("*.expected.json")):
        name = expected_file.name.removesuffix(".expected.json")
        if prefixes and not name.startswith(tuple(prefixes)):
            continue
        doc = json.loads(expected_file.read_text(encoding="utf-8"))["document"]
        document = next(p for p in LAYOUTS.iterdir() if p.stem == name and not p.name.endswith(".json"))
        meta = DocumentMeta(source_file=document.name, city=doc["city"], title=doc["title"],
                            kind=DocumentKind.generic, fiscal_years=doc["fiscal_years"], published=doc["published"],
                            page_source="test")
        count = sum(breaks(t) for r in generic.read(document_lines(document), meta) for t in [r.text, *r.fields.values()])
        total += count
        print(f"{name}: {count}")
    print(f"total: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
