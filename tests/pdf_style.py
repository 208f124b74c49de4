"""Seed texts as a PDF extraction that keeps the layout would give them: no Markdown marks, and every
run of table lines laid out at fixed columns with spaces instead of tabs (each column starts at the
same display column in every row of the run; empty cells are blank space)."""

from __future__ import annotations

import re

from assistant.structure.lines import display_width

GAP = 2


def _unmark(line: str) -> str:
    line = re.sub(r"^\s*#{1,6}\s*", "", line)
    line = line.replace("**", "")
    return re.sub(r"^(\s*)[-*+]\s+", r"\1", line)


def _layout(rows: list[list[str]]) -> list[str]:
    widths: dict[int, int] = {}
    for cells in rows:
        for k, cell in enumerate(cells):
            widths[k] = max(widths.get(k, 0), display_width(cell))
    out = []
    for cells in rows:
        text = ""
        for k, cell in enumerate(cells):
            text += cell + " " * (widths[k] - display_width(cell) + GAP) if k < len(cells) - 1 else cell
        out.append(text.rstrip())
    return out


def pdf_style(lines: list[str]) -> list[str]:
    out: list[str] = []
    run: list[list[str]] = []
    for line in [*(_unmark(x) for x in lines), None]:
        if line is not None and "\t" in line:
            run.append([c.strip() for c in line.split("\t")])
            continue
        if run:
            out += _layout(run)
            run = []
        if line is not None:
            out.append(line)
    return out
