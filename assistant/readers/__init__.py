"""One reader per known layout kind: ``read(lines, meta) -> list[Record]``.

A reader gets the document as a list of lines (page text already joined for
PDFs, with page numbers in ``PageLines``) and its metadata, and returns typed
records. It raises ``DocumentFormatError`` naming the line where the layout
does not match.
"""

from __future__ import annotations

from collections.abc import Callable

from ..text_clean import fix_ocr_lines
from ..types import DocumentKind, DocumentMeta, Record
from .errors import DocumentFormatError

Reader = Callable[[list[str], DocumentMeta], list[Record]]


def get_reader(kind: DocumentKind) -> Reader:
    from . import (
        committee_report,
        department_policies,
        generic,
        program_draft,
        progress_report,
        strategy_report,
    )

    readers: dict[DocumentKind, Reader] = {
        DocumentKind.progress_report: progress_report.read,
        DocumentKind.department_policies: department_policies.read,
        DocumentKind.program_draft: program_draft.read,
        DocumentKind.strategy_report: strategy_report.read,
        DocumentKind.committee_report: committee_report.read,
        DocumentKind.generic: generic.read,
    }
    reader = readers[kind]

    def read(lines: list[str], meta: DocumentMeta) -> list[Record]:
        return reader(fix_ocr_lines(lines, meta.city), meta)  # the city's OCR misreads, before any reading

    return read


__all__ = ["DocumentFormatError", "Reader", "get_reader"]
