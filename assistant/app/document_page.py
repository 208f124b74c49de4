"""The document view a citation opens: the document's title, city and year, the cited item in its context
with the quoted sentences highlighted, the cited page of a PDF rendered as it is printed, and the original
file to download. Opened as ``/document?item=<record id>&hl=<sentence ordinals>&from=<staff|public>``;
the corpus file name is shown nowhere.
"""

from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

from ..corpus import read_meta
from ..passages import sentences
from ..readers import DocumentFormatError
from ..settings import get_settings
from ..types import DocumentMeta, Record
from .resources import assistant_for_page
from .safe_text import escape_markdown, highlight

log = logging.getLogger(__name__)

_MEDIA = {".pdf": "application/pdf", ".txt": "text/plain", ".html": "text/html", ".htm": "text/html",
          ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          ".xls": "application/vnd.ms-excel", ".odt": "application/vnd.oasis.opendocument.text",
          ".ods": "application/vnd.oasis.opendocument.spreadsheet", ".csv": "text/csv"}


def page() -> st.Page:
    """The page object (the same in the navigation and in every link to it)."""
    return st.Page(render, title="資料", icon="📄", url_path="document", visibility="hidden")


@st.cache_data(show_spinner=False, max_entries=64)
def pdf_page_png(path: str, page_number: int, mtime: float) -> bytes | None:
    """The printed page (1-based) of a PDF as a PNG, or None when the file has no such page."""
    import io

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        if not 1 <= page_number <= len(pdf):
            return None
        image = pdf[page_number - 1].render(scale=1.5).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()
    finally:
        pdf.close()


def quoted_sentences(record: Record, marks: str) -> list[str]:
    """The record's sentences named by ``hl`` (comma-separated ordinals); unknown ordinals are ignored."""
    parts = sentences(record.text)
    wanted = {int(m) for m in marks.split(",") if m.strip().isdigit()}
    return [s for i, s in enumerate(parts) if i in wanted]


def neighbours(same: list[Record], record: Record) -> tuple[Record | None, Record | None]:
    """The items before and after ``record`` among ``same``, its document's records in order."""
    at = next(i for i, r in enumerate(same) if r.id == record.id)
    return (same[at - 1] if at > 0 else None), (same[at + 1] if at + 1 < len(same) else None)


def _meta(document: Path) -> DocumentMeta | None:
    try:
        return read_meta(document)
    except DocumentFormatError as exc:  # the page shows the record's own metadata instead
        log.error("metadata of %s could not be read: %s", document.name, exc)
        return None


def _back(origin: str) -> None:
    from . import public_page, staff_page

    target = staff_page.page() if origin == "staff" else public_page.page()
    st.page_link(target, label="チャットに戻る", icon="↩️")


def render() -> None:
    params = st.query_params
    origin = params.get("from", "public")
    assistant = assistant_for_page()
    pos = assistant.index.record_pos.get(params.get("item", ""))
    if pos is None:
        st.title("資料")
        st.warning("この項目は現在の資料にありません（資料が更新された可能性があります）。")
        _back(origin)
        return
    record = assistant.index.records[pos]
    document = get_settings().corpus_dir / record.source_file
    meta = _meta(document) if document.exists() else None
    st.title(record.document)
    published = f" ・ {meta.published}公表" if meta and meta.published else ""
    st.caption(f"{escape_markdown(record.city)} ・ {escape_markdown(record.fiscal_year)}{escape_markdown(published)}")
    _back(origin)

    page = f"（P.{record.page}）" if record.page is not None else ""
    if record.section:
        st.markdown(f"**区分** {escape_markdown(record.section)}")
    before, after = neighbours(assistant.retriever.document_records(record.source_file), record)
    if before:
        st.caption(f"前の項目: {escape_markdown(before.label)}『{escape_markdown(before.title)}』")
    st.subheader(f"{record.label}『{record.title}』{page}")
    if record.departments:
        st.markdown(f"**担当** {escape_markdown('、'.join(record.departments))}")
    quoted = quoted_sentences(record, params.get("hl", ""))
    if quoted:
        st.caption("回答で引用した文に色を付けています。")
    with st.container(border=True, key="cited_item"):
        st.markdown(highlight(record.text, quoted).replace("\n", "  \n"))
        for name, value in record.fields.items():
            if value and value not in record.text:
                st.markdown(f"**{escape_markdown(name)}** {escape_markdown(value)}")
    if after:
        st.caption(f"次の項目: {escape_markdown(after.label)}『{escape_markdown(after.title)}』")

    if document.suffix.lower() == ".pdf" and record.page is not None and document.exists():
        st.markdown(f"**印刷されたページ（P.{record.page}）**")
        png = pdf_page_png(str(document), record.page, document.stat().st_mtime)
        if png is None:
            st.info("この資料のページ画像は表示できません。")
        else:
            st.image(png, caption=f"{record.document} P.{record.page}", width="stretch")
    if document.exists():
        st.download_button("元の資料をダウンロード", document.read_bytes(),
                           file_name=f"{record.city}_{record.document}{document.suffix}".replace("/", "／"),
                           mime=_MEDIA.get(document.suffix.lower(), "application/octet-stream"),
                           key="download_original", icon="⬇️")
    elif meta and meta.url:
        st.link_button("元の資料（市のサイト）", meta.url)
