"""Line-level helpers shared by the readers of extracted plan documents.

The extractions mix Markdown marks (``#`` headings, ``**`` emphasis, ``- `` list
marks, ``---`` rules), HTML fragments and OCR noise. These helpers turn a run of
raw lines into a clean record text and do the small parsing chores every reader
needs (era years, pages, unique labels).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..jp import first_era_year
from ..text_clean import clean_body, one_line

# A separator line: Markdown rules (---) and table rules (--------- <tab> --).
_RULE = re.compile(r"^[\s\-–—=_|]*-{2,}[\s\-–—=_|]*$")
# A Markdown list mark at the start of a line: "- ", "* ", "+ ".
_LIST_MARK = re.compile(r"^\s*[-*+]\s+")
# Leading Markdown heading marks.
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s*")
# A footnote reference or definition: <sup>1</sup>.
_SUP = re.compile(r"<sup>\s*([^<]*?)\s*</sup>", re.I)



def is_rule(line: str) -> bool:
    """True for separator lines such as ``---`` or ``---------\t--``."""
    return bool(_RULE.match(line))


def strip_list_mark(line: str) -> str:
    """``- ▽ text`` -> ``▽ text``; lines without a list mark are returned unchanged."""
    return _LIST_MARK.sub("", line, count=1)


def is_heading_marked(line: str) -> bool:
    """True when the line carries Markdown heading marks (``#``)."""
    return line.lstrip().startswith("#")


def heading_text(line: str) -> str:
    """A heading line without ``#``/``**`` marks and surrounding whitespace."""
    text = _HEADING_MARKS.sub("", line).replace("**", "")
    return " ".join(text.split())


def footnote_marks(text: str) -> str:
    """``<sup>1</sup>`` (footnote reference or definition) -> ``※1``."""
    return _SUP.sub(lambda m: f"※{m.group(1)}", text)


def clean_lines(lines: Iterable[str]) -> str:
    """Raw extracted lines -> a clean record text.

    Drops separator rules, strips list and heading marks, keeps footnote numbers
    as ``※N``, strips HTML, fixes the city-name OCR and normalizes whitespace.
    """
    split = "\n".join(lines).splitlines()
    kept = [strip_list_mark(footnote_marks(line)) for line in split if not is_rule(line)]
    return clean_body("\n".join(kept))


def clean_inline(text: str) -> str:
    """A one-line value (heading, title, cell) cleaned like a body, on one line."""
    return one_line(clean_lines([text]))


def era_year(text: str) -> int | None:
    """The first Japanese era year in the text as a Western year: 令和4年度 -> 2022."""
    return first_era_year(text)


def first_page(pages: Sequence[int | None], indices: Iterable[int]) -> int | None:
    """The marker page of the first of the given line indices, or None."""
    for index in sorted(indices):
        if 0 <= index < len(pages):
            return pages[index]
        break
    return None


def unique_label(label: str, seen: set[str]) -> str:
    """The label itself, or ``label (2)``, ``label (3)``... if already used; records it."""
    candidate, n = label, 1
    while candidate in seen:
        n += 1
        candidate = f"{label} ({n})"
    seen.add(candidate)
    return candidate
