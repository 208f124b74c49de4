"""A PowerPoint presentation (``.pptx``) -> text lines, through python-pptx.

Slides are read in the order the presentation lists them (not their part names: a slide added last and moved up is
``slide14.xml``), each after a page marker with the number PowerPoint shows on it. A slide's shapes are read in the
order a person reads the slide, not the order they are stored in (z-order: a title placeholder re-inserted after the
body, a box added last at the top): shapes that overlap vertically make a row, read left to right, and within a row
the shapes whose horizontal extents overlap make a column, read top to bottom (a body beside a ポイント box above a
担当課 box). A placeholder without a position of its own has its layout's (python-pptx inherits it). Groups are
read as their shapes, placed where the group draws them.

A title placeholder is one line (its line breaks joined); other text keeps a line per paragraph and per line break;
a table is tab-separated rows, a cell merged down read into every row it spans (a 担当課 shared by two items). Not
read: speaker notes, the footer, date and slide-number placeholders (the same on every slide), pictures, hidden
slides (PowerPoint neither shows nor prints them), and an empty placeholder's prompt text (「テキストを入力」), which is
not in the file.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from .formats import kept_lines, table_lines
from .jp import join_wrapped
from .readers import DocumentFormatError
from .structure.pages import page_marker

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@dataclass
class _Block:
    left: float
    top: float
    right: float
    bottom: float
    lines: list[str]


def pptx_lines(document: Path) -> list[str]:
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        presentation = Presentation(str(document))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentFormatError(document.name, None, f"not a readable PowerPoint presentation (.pptx): {exc}") \
            from exc
    first = int(presentation.part._element.get("firstSlideNum", "1"))  # 「スライド開始番号」
    lines: list[str] = []
    for n, slide in enumerate(presentation.slides, first):
        lines.append(page_marker(n))
        if slide._element.get("show") == "0":
            continue
        blocks = [b for shape in slide.shapes for b in _blocks(shape, _Place())]
        for block in reading_order(blocks):
            lines += ["", *block.lines]
    if not any(line.strip() and not line.startswith("\f") for line in lines):
        raise DocumentFormatError(document.name, None, "the presentation has no text")
    return lines


@dataclass(frozen=True)
class _Place:
    """Where a group draws its shapes: a shape at x in the group's own coordinates is drawn at
    ``dx + x * sx`` (and so for y)."""

    dx: float = 0.0
    dy: float = 0.0
    sx: float = 1.0
    sy: float = 1.0

    def box(self, shape) -> tuple[float, float, float, float]:  # noqa: ANN001 (a python-pptx shape)
        left, top = shape.left or 0, shape.top or 0
        width, height = shape.width or 0, shape.height or 0
        x0, y0 = self.dx + left * self.sx, self.dy + top * self.sy
        return x0, y0, x0 + width * self.sx, y0 + height * self.sy

    def inside(self, group) -> _Place:  # noqa: ANN001 (a python-pptx group shape)
        xfrm = group._element.grpSpPr.find(f"{_A}xfrm")
        off, ext = (xfrm.find(f"{_A}{tag}") for tag in ("chOff", "chExt")) if xfrm is not None else (None, None)
        if off is None or ext is None or not int(ext.get("cx", 0)) or not int(ext.get("cy", 0)):
            return self
        sx = (group.width or 0) / int(ext.get("cx")) * self.sx
        sy = (group.height or 0) / int(ext.get("cy")) * self.sy
        x0, y0, _, _ = self.box(group)
        return _Place(x0 - int(off.get("x", 0)) * sx, y0 - int(off.get("y", 0)) * sy, sx, sy)


def _blocks(shape, place: _Place) -> list[_Block]:  # noqa: ANN001 (a python-pptx shape)
    from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

    if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
        inner = place.inside(shape)
        return [b for child in shape.shapes for b in _blocks(child, inner)]
    lines: list[str] = []
    if getattr(shape, "has_table", False):  # (a graphic frame holding a table; other shapes have no such attribute)
        lines = table_lines(rows) if (rows := _table_rows(shape.table)) else []
    elif shape.has_text_frame:
        kind = shape.placeholder_format.type if shape.is_placeholder else None
        if kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE):
            return []
        paragraphs = [p.text.replace("\v", "\n") for p in shape.text_frame.paragraphs]
        if kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE):
            title = join_wrapped("\n".join(paragraphs))
            lines = [title] if title else []
        else:
            lines = [line.strip() for p in paragraphs for line in p.split("\n") if line.strip()]
    return [_Block(*place.box(shape), lines)] if lines else []


def _table_rows(table) -> list[list[str]]:  # noqa: ANN001 (a python-pptx table)
    """A table's rows of cell texts, merged cells read as a workbook's (a 担当課 merged down two items in both)."""
    from .workbook_text import merged_values

    grid: list[list[object]] = [[kept_lines(cell.text.replace("\v", "\n")) or None for cell in row.cells]
                                for row in table.rows]
    merges = [(r, r + cell.span_height - 1, c, c + cell.span_width - 1)
              for r, row in enumerate(table.rows) for c, cell in enumerate(row.cells) if cell.is_merge_origin]
    merged = merged_values(grid, merges)
    rows = [[str(merged.get((r, c), value) or "") for c, value in enumerate(row)] for r, row in enumerate(grid)]
    return [row for row in rows if any(row)]


def reading_order(blocks: list[_Block]) -> list[_Block]:
    """Blocks as a person reads a slide: rows of blocks that overlap vertically, top to bottom; within a row,
    columns of blocks that overlap horizontally, left to right, each read top to bottom."""
    out: list[_Block] = []
    pending = sorted(blocks, key=lambda b: (b.top, b.left))
    while pending:
        row, bottom = [pending[0]], pending[0].bottom
        for block in pending[1:]:
            if block.top < bottom:
                row.append(block)
                bottom = max(bottom, block.bottom)
        taken = {id(b) for b in row}
        pending = [b for b in pending if id(b) not in taken]
        columns: list[list[_Block]] = []
        for block in sorted(row, key=lambda b: (b.left, b.top)):
            column = next((col for col in columns if any(block.left < b.right and b.left < block.right
                                                           for b in col)), None)
            if column is None:
                columns.append([block])
            else:
                column.append(block)
        for column in sorted(columns, key=lambda col: min(b.left for b in col)):
            out += sorted(column, key=lambda b: b.top)
    return out
