"""The shared structural layer: document text -> lines -> typed blocks -> outline tree.

Every reader builds on it: the generic reader turns the tree into records directly, and the
profiles of known layouts use its lines, numbering and department helpers.
"""

from __future__ import annotations

from dataclasses import dataclass

from .blocks import Block, BlockKind, classify
from .lines import DocumentLines, Line, read_lines
from .outline import Node, build_outline, toc_pages
from .versions import revised_side


@dataclass
class Structure:
    lines: DocumentLines
    blocks: list[Block]
    root: Node
    toc: dict[str, int]


def parse_structure(raw_lines: list[str], *, city: str = "") -> Structure:
    lines = read_lines(revised_side(raw_lines), city=city)
    blocks = classify(lines.lines)
    toc = toc_pages(blocks)
    root = build_outline(blocks)
    return Structure(lines, blocks, root, toc)


__all__ = ["Block", "BlockKind", "Line", "Node", "Structure", "parse_structure"]
