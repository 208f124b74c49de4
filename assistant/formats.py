"""Document files -> text lines, per format, each through a kept library.

* ``.txt``: UTF-8 text as extracted (Shift_JIS is detected and named in the error);
* ``.pdf``: pypdf, page by page, with page markers (``assistant.pdf_text``);
* ``.html`` / ``.htm``: trafilatura keeps the page's main content as Markdown (headings, lists,
  tables) and drops navigation, breadcrumbs, headers and footers.

Every reader gets the same thing: a list of lines, with ``\\f<page>`` markers where pages are known.
"""

from __future__ import annotations

from pathlib import Path

from .readers import DocumentFormatError

DOCUMENT_SUFFIXES = (".txt", ".pdf", ".html", ".htm")


def document_lines(document: Path) -> list[str]:
    suffix = document.suffix.lower()
    if suffix == ".pdf":
        from .pdf_text import pdf_lines

        return pdf_lines(document)
    text = _decode(document)
    if suffix in (".html", ".htm"):
        return html_lines(text, document.name)
    return text.lstrip("\ufeff").splitlines()


def html_lines(text: str, name: str) -> list[str]:
    import trafilatura

    markdown = trafilatura.extract(
        text, output_format="markdown", include_tables=True, include_formatting=True,
        include_links=False, include_images=False, favor_recall=True,
    )
    if not markdown or not markdown.strip():
        raise DocumentFormatError(name, None, "no main content found in the HTML page")
    return markdown.splitlines()


def _decode(document: Path) -> str:
    data = document.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = ""
        try:
            data.decode("cp932")
            hint = "; it looks like Shift_JIS (cp932)"
        except UnicodeDecodeError:
            pass
        raise DocumentFormatError(
            document.name, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x}{hint}): convert the file to UTF-8"
        ) from exc
