"""Which PDF text extractor keeps the seeds' structure best: each seed drawn as a PDF the way a city's
PDF is laid out (table cells drawn at their column positions, one string per cell), then extracted by
each candidate, read by the seed's profile, and compared with the records read from the text itself
(label, title, departments, text and fields; blank lines aside, which no extractor reports).

    .venv/bin/python scripts/compare_pdf_text.py
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from assistant.corpus import document_files, read_lines, read_meta
from assistant.readers import DocumentFormatError, get_reader
from assistant.settings import get_settings
from assistant.structure.lines import display_width
from assistant.structure.pages import page_marker

FONT = "HeiseiKakuGo-W5"
SIZE = 7
UNIT = SIZE / 2  # one display column (a half-width character)
LINES_PER_PAGE = 70


def _unmark(line: str) -> str:
    import re

    line = re.sub(r"^\s*#{1,6}\s*", "", line).replace("**", "")
    return re.sub(r"^(\s*)[-*+]\s+", r"\1", line)


def draw(lines: list[str], path: Path) -> None:
    """Table runs (tab lines) drawn cell by cell at fixed columns; other lines as one string."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path), pagesize=(2400, 842))
    runs: list[list[list[str]]] = []
    items: list[tuple[str, object]] = []
    for line in (_unmark(x) for x in lines):
        if "\t" in line:
            if not items or items[-1][0] != "table":
                runs.append([])
                items.append(("table", runs[-1]))
            runs[-1].append([c.strip() for c in line.split("\t")])
        else:
            items.append(("line", line))
    rows: list[list[tuple[float, str]]] = []
    for kind, value in items:
        if kind == "line":
            rows.append([(0.0, value)])
            continue
        widths: dict[int, int] = {}
        for cells in value:
            for k, cell in enumerate(cells):
                widths[k] = max(widths.get(k, 0), display_width(cell))
        starts = [0.0]
        for k in range(1, max(widths) + 1):
            starts.append(starts[-1] + (widths[k - 1] + 2) * UNIT)
        rows += [[(starts[k], cell) for k, cell in enumerate(cells) if cell] for cells in value]
    for page_start in range(0, len(rows), LINES_PER_PAGE):
        pdf.setFont(FONT, SIZE)
        y = 820.0
        for row in rows[page_start:page_start + LINES_PER_PAGE]:
            for x, text in row:
                if text:
                    pdf.drawString(10 + x, y, text)
            y -= SIZE + 3
        pdf.showPage()
    pdf.save()


def pypdf_plain(path: Path) -> list[list[str]]:
    from pypdf import PdfReader

    return [(p.extract_text() or "").splitlines() for p in PdfReader(str(path)).pages]


def pypdf_layout(path: Path) -> list[list[str]]:
    from pypdf import PdfReader

    return [(p.extract_text(extraction_mode="layout") or "").splitlines() for p in PdfReader(str(path)).pages]


def pdfplumber_layout(path: Path) -> list[list[str]]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [(p.extract_text(layout=True, x_density=UNIT, y_density=SIZE + 3) or "").splitlines() for p in pdf.pages]


def pypdfium2_text(path: Path) -> list[list[str]]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    return [page.get_textpage().get_text_range().splitlines() for page in doc]


EXTRACTORS = {"pypdf": pypdf_plain, "pypdf layout": pypdf_layout, "pdfplumber layout": pdfplumber_layout,
              "pypdfium2": pypdfium2_text}


def content(record) -> tuple:
    def solid(text: str) -> str:
        return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())

    return (record.label, record.title, tuple(record.departments), solid(record.text),
            tuple(sorted((k, solid(v)) for k, v in record.fields.items())))


def main() -> None:
    logging.disable(logging.WARNING)
    available = dict(EXTRACTORS)
    seeds = [p for p in document_files(get_settings().corpus_dir) if p.suffix == ".txt"]
    print(f"{'seed':6}" + "".join(f"{name:>22}" for name in available))
    totals = {name: [0, 0, 0.0] for name in available}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            meta = read_meta(seed)
            reader = get_reader(meta.kind)
            want = [content(r) for r in reader(read_lines(seed), meta)]
            pdf = Path(tmp) / f"{seed.stem}.pdf"
            draw(read_lines(seed), pdf)
            row = f"{seed.name[:3]:6}"
            for name, fn in available.items():
                started = time.perf_counter()
                try:
                    pages = fn(pdf)
                except ImportError:
                    row += f"{'(not installed)':>22}"
                    continue
                seconds = time.perf_counter() - started
                lines = [x for n, page in enumerate(pages, 1) for x in [page_marker(n), *page]]
                try:
                    got = [content(r) for r in reader(lines, meta)]
                    same = sum(1 for g in got if g in want)
                    cell = f"{same}/{len(want)} ({len(got)})"
                except DocumentFormatError as exc:
                    same, cell = 0, f"error: {exc.message[:12]}"
                totals[name][0] += same
                totals[name][1] += len(want)
                totals[name][2] += seconds
                row += f"{cell:>22}"
            print(row)
    print("same records in all: " + "; ".join(f"{n} {s}/{t} in {sec:.1f} s" for n, (s, t, sec) in totals.items()))


if __name__ == "__main__":
    main()
