"""A version comparison table (新旧対照表): a plan revision printed as one table whose columns give the text as
revised and the text it replaces side by side (「頁 | 改定後 | 改定前」, 「改正案 | 現行」). The document's content is
the revised side: each row's revised cell is read as lines of its own (its headings, fields and body), the
superseded side and any other column (the revised plan's page) are not, and a row whose revised cell only
marks the item deleted (「（削除）」) gives nothing. The header words are data (``data/table_headers.tsv``:
``revised`` and ``superseded``)."""

from __future__ import annotations

import re

from ..jp import normalize_width, squash
from .blocks import header_roles
from .pages import PAGE_MARK

_DELETED = re.compile(r"[（(]?削除[)）]?")


def _role(cell: str, role: str) -> bool:
    return bool(header_roles()[role].fullmatch(squash(normalize_width(cell))))


def _sides(cells: list[str]) -> int | None:
    """The revised column of a comparison table's header row (one revised and one superseded column), or None."""
    revised = [i for i, c in enumerate(cells) if _role(c, "revised")]
    superseded = [i for i, c in enumerate(cells) if _role(c, "superseded")]
    return revised[0] if len(revised) == 1 and len(superseded) == 1 else None


def revised_side(raw_lines: list[str]) -> list[str]:
    """``raw_lines`` with every comparison table replaced by the lines of its revised cells, row after row. The
    table runs from its header to the first row of another width (its header repeated on a new page opens it
    again); lines between its rows that are no table rows (page marks, running headers, footers) stay."""
    return sides(raw_lines)[0]


def superseded_chars(raw_lines: list[str]) -> int:
    """How many printed characters the comparison tables' other columns hold (the text replaced, the pages)."""
    return sides(raw_lines)[1]


def sides(raw_lines: list[str]) -> tuple[list[str], int]:
    """The revised side's lines (:func:`revised_side`) and the characters of the columns left (not white space)."""
    dropped = 0
    out: list[str] = []
    column: int | None = None
    width = 0
    for raw in raw_lines:
        cells = raw.split("\t") if "\t" in raw and not raw.startswith(PAGE_MARK) else None
        if cells is not None and (found := _sides(cells)) is not None:
            column, width = found, len(cells)
            dropped += len(squash(raw))
            continue
        if cells is not None and column is not None and len(cells) != width:
            column = None
        if cells is None or column is None:
            out.append(raw)
            continue
        cell = cells[column]
        dropped += sum(len(squash(c)) for n, c in enumerate(cells) if n != column)
        if not cell.strip() or _DELETED.fullmatch(squash(cell)):
            dropped += len(squash(cell))
            continue
        out += cell.split("\n")
    return out, dropped
