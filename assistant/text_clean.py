"""Text clean-up shared by all readers: HTML stripping, OCR city-name fixes, whitespace."""

from __future__ import annotations

import html
import re

# OCR misreads of 狛 in 狛江 seen in the extractions: 泊江, 粕江, 柏江.
_CITY_OCR = re.compile(r"[泊粕柏]江")
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\u3000]+")
_BLANKS = re.compile(r"\n{2,}")


def fix_city_ocr(text: str) -> str:
    """泊江/粕江 -> 狛江. The only change made to text quoted to users."""
    return _CITY_OCR.sub("狛江", text)


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


def clean_body(text: str) -> str:
    """The full clean-up for a record body."""
    return normalize_lines(fix_city_ocr(clean_markdown(strip_html(text))))


def has_html(text: str) -> bool:
    return bool(re.search(r"</?[a-zA-Z][^>]*>", text))
