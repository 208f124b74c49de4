"""Text that is safe to hand to ``st.markdown``: every Markdown/HTML special character escaped.

Nothing from a user or a document ever reaches Streamlit as HTML; the app never
uses ``unsafe_allow_html``. Highlights use Streamlit's own ``:color-background[...]``.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=\"'])")


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown/HTML punctuation so the text renders literally."""
    text = text.replace("\r", "")
    return _SPECIAL.sub(r"\\\1", text)


def highlight(text: str, terms: list[str]) -> str:
    """Escaped text with the (NFKC-insensitive) matched terms on an orange background."""
    if not terms:
        return escape_markdown(text)
    folded = unicodedata.normalize("NFKC", text).lower()
    if len(folded) != len(text):  # NFKC changed lengths: positions would not line up
        return escape_markdown(text)
    spans: list[tuple[int, int]] = []
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        for m in re.finditer(re.escape(term.lower()), folded):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append(m.span())
    out, last = [], 0
    for a, b in sorted(spans):
        out.append(escape_markdown(text[last:a]))
        out.append(f":orange-background[{escape_markdown(text[a:b])}]")
        last = b
    out.append(escape_markdown(text[last:]))
    return "".join(out)
