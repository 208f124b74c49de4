"""Text clean-up shared by all readers: HTML stripping, per-city OCR fixes (``data/ocr_fixes.tsv``), whitespace."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from .data import data_rows
from .jp import join_wrapped

_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\u3000]+")
_BLANKS = re.compile(r"\n{2,}")


@lru_cache(maxsize=1)
def _ocr_fixes() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    fixes: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for city, pattern, replacement in data_rows("ocr_fixes.tsv"):
        fixes.setdefault(city, []).append((re.compile(pattern), replacement))
    return fixes


# a line that only stands for text left out (「【取組内容】（略）」「（省略）」, an excerpt's): it says nothing
PLACEHOLDER_LINE = re.compile(r"^(?:[【〔\[][^】〕\]\n]{1,12}[】〕\]]\s*)?[（(](?:略|省略|同上)[)）]\s*$", re.M)


def fix_ocr(text: str, city: str) -> str:
    """The city's known OCR misreads fixed (狛江市: 泊江/粕江 -> 狛江). The only change made to quoted text."""
    for pattern, replacement in _ocr_fixes().get(city, []):
        text = pattern.sub(replacement, text)
    return text


def fix_ocr_lines(lines: list[str], city: str) -> list[str]:
    if city not in _ocr_fixes():
        return lines
    return [fix_ocr(line, city) for line in lines]


def strip_html(text: str) -> str:
    """Remove HTML tags (tables, <p>, <b> ...) keeping cell/paragraph boundaries as breaks."""
    text = re.sub(r"<\s*(br|/p|/li|/tr|/td|/th)\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"<\s*li[^>]*>", "\n", text, flags=re.I)
    text = _TAG.sub(" ", text)
    return html.unescape(text)


def clean_markdown(text: str) -> str:
    """Drop Markdown emphasis/heading marks and escaped underscores from the extraction."""
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.M)
    text = text.replace("**", "").replace("\\_", "_")
    return text


def normalize_lines(text: str) -> str:
    """Collapse runs of spaces, strip each line, drop blank runs and exact repeated lines."""
    out: list[str] = []
    for raw in text.splitlines():
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        if out and line == out[-1]:
            continue
        out.append(line)
    return _BLANKS.sub("\n\n", "\n".join(out)).strip()


def one_line(text: str) -> str:
    """A value on one line: lines a cell or a paragraph wrapped joined (:func:`~assistant.jp.join_wrapped`), runs of
    white space single spaces."""
    return " ".join(join_wrapped(text).split())


def clean_body(text: str) -> str:
    """The full clean-up for a record body."""
    return normalize_lines(clean_markdown(strip_html(text)))


def has_html(text: str) -> bool:
    return bool(re.search(r"</?[a-zA-Z][^>]*>", text))
