"""Page markers in a document's lines.

Text extracted from a PDF (``assistant.pdf_text``) carries a marker line
``\\f<page>`` (form feed + page number) where each page starts. Readers call
``split_pages`` to get the plain lines and, for each line, the PDF page it is
on (``None`` for plain-text documents, which carry no markers).
"""

from __future__ import annotations

PAGE_MARK = "\f"


def page_marker(page: int) -> str:
    return f"{PAGE_MARK}{page}"


def split_pages(lines: list[str]) -> tuple[list[str], list[int | None]]:
    """Remove marker lines; return (lines, page of each line or None)."""
    out: list[str] = []
    pages: list[int | None] = []
    current: int | None = None
    for line in lines:
        if line.startswith(PAGE_MARK) and line[1:].strip().isdigit():
            current = int(line[1:].strip())
            continue
        out.append(line)
        pages.append(current)
    return out, pages
