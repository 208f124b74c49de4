"""A table whose items run across its columns (a comparison sheet: one column per 取組, its rows the fields 取組名,
所管課, 成果指標 …, their names in the first columns) turned into the usual table, one row per item under a header
naming the fields, so that it is read as any item table.

The items are numbered along a row whose first cells name a number (「No.」, a ``number`` header of
``data/table_headers.tsv``) and whose other cells are item numbers; the fields are the rows after it whose first
cells name them, up to the first row that names none (a note 「※…」 under the table). A column with no number of its
own goes on the item to its left (an item printed over two columns); a cell merged across items (one 所管課 for two
items) is each item's."""

from __future__ import annotations

from collections.abc import Sequence

from .jp import normalize_width
from .structure.blocks import HEADER_CELL_MAX, header_role, item_number

MIN_ITEMS = 2
"""A number row names at least this many items (one is a form's 「No. | 1」)."""


def _key(cells: Sequence[str]) -> str:
    """A field's name from its key cells (「成果指標」 over 「指標名」: 「成果指標 指標名」; 「No.」 merged over two: 「No.」)."""
    return " ".join(dict.fromkeys(" ".join(c.split()) for c in cells if c.strip()))


def _number_row(row: Sequence[str]) -> int:
    """How many key columns a number row has before its item numbers (0: not a number row)."""
    k = 0
    while k < len(row) and row[k].strip() and header_role(row[k]) == "number":
        k += 1
    numbers = [c for c in row[k:] if c.strip()]
    if not k or len(numbers) < MIN_ITEMS or not all(item_number(normalize_width(c)) for c in numbers):
        return 0
    return k if len(set(numbers)) == len(numbers) else 0


def items_across(rows: list[list[str]], spans: list[list[str | None]] | None = None) -> list[list[str]]:
    """``rows`` with a table of items across its columns turned into one row per item (header first); unchanged
    when it has none. ``spans``: per cell, the value of a range merged across columns that covers it (None)."""
    i = next((n for n, r in enumerate(rows) if _number_row(r)), None)
    if i is None:
        return rows
    row, k = rows[i], _number_row(rows[i])
    end = i + 1
    while end < len(rows) and (key := _key(rows[end][:k])) and len(key.replace(" ", "")) <= 2 * HEADER_CELL_MAX \
            and any(c.strip() for c in rows[end][k:]):
        end += 1
    if end == i + 1:
        return rows
    starts = [c for c in range(k, len(row)) if row[c].strip()]
    items = [(c, (starts + [len(row)])[n + 1]) for n, c in enumerate(starts)]  # an item's columns
    header = [_key(rows[i][:k])] + [_key(r[:k]) for r in rows[i + 1:end]]
    out = []
    for first, stop in items:
        item = [normalize_width(row[first]).strip()]
        for r in range(i + 1, end):
            values = []
            for c in range(first, min(stop, len(rows[r]))):
                value = rows[r][c] or (spans[r][c] if spans and c < len(spans[r]) and spans[r][c] else "")
                if value and value not in values:
                    values.append(str(value))
            item.append("\n".join(values))
        out.append(item)
    return [*rows[:i], header, *out, *rows[end:]]
