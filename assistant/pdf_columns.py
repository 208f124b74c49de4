"""A PDF page printed in columns, read column by column.

A 概要版 (summary edition) is often a landscape page in two or three columns whose lines share one grid: layout
text, which reads a page line by line across its width, interleaves the columns (「（１）行政手続のオンライン化
（４）ＡＩ・ＲＰＡによる業務の自動化」 on one line). Here the page's words (pdfplumber) are grouped into rows and,
within a row, into segments separated by a gap; a gutter is an x that no segment of most rows crosses while many rows
have text on both sides of it. Rows are then read column by column, between the rows that cross a gutter (a heading
across the page, a centred page number), each column's lines keeping their indent from the column's left edge and a
blank line where the column has a vertical gap.

A page may change from one column to two part-way down and back (a 概要版 whose chapter bands, lead paragraphs and
glossary boxes run across the page over items in two columns): many rows cross its gutter then, but they come in a
few bands (at most ``MAX_BANDS`` runs among the rows that cross it or have text on both sides of it, each with a line
or a table's row spanning ``WIDE_SHARE`` of the text's width), where a table's cells or a column's lines would cross
it here and there; the rows crossing it outside the bands are counted as on any page. A short line alone on one side
below a vertical gap, right above a band (「■用語解説」 over its box), opens the band rather than ending a column.

A slide exported from PowerPoint is a page of few rows whose boxes side by side do not share baselines (each box's
text centred on its own pitch): a row with text on one side of a gutter counts as having text on both when a row less
than a line pitch away has text on the other; a page of few rows needs half of them so, not ``MIN_ROWS``; a title or
a lead across the top (or a footer), set off from the boxes by a vertical gap, is not counted against the gutter
(``_column_rows``); a gutter is at least ``GUTTER_CHARS`` wide (a diagram's label close beside a box is in it).

A table drawn without ruling lines has gutters too: its columns are no text columns because their cells are short
(a number, a 担当課), so a page is read in columns only when a quarter of every column's lines, or
``PROSE_LINES`` of them, hold ``PROSE_CHARS`` characters or more. Any other page keeps its layout text.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from .structure.lines import display_width

GAP_CHARS = 1.5
"""Words further apart than this many character widths are two segments of a row."""
MIN_ROWS = 8
"""A gutter has text on both sides in at least this many rows."""
FEW_ROWS = 5
"""…or, on a page of few rows (a slide), in half of them and at least this many…"""
CROSSING_SHARE = 0.15
"""…and is crossed by at most this share of the rows (a heading or a band across the page)…"""
MAX_BANDS = 3
"""…not counting the rows of at most this many bands across the page (a page that changes its number of columns)…"""
WIDE_SHARE = 0.6
"""…each a run of crossing rows one of which has a segment spanning this share of the width of the page's text."""
PROSE_CHARS = 15
"""A quarter of a text column's lines at least hold this many characters (a paragraph's wrapped lines); a table's
cells are shorter."""
PROSE_LINES = 2
"""…or this many of them do (a slide's box of bullets over a diagram's short labels)."""
GUTTER_CHARS = 0.5
"""A gutter is at least this many character widths wide (a diagram's label close beside a column is none)."""
BLANK_PITCH = 1.6
"""A vertical gap wider than this many line pitches is a blank line."""


@dataclass
class _Segment:
    x0: float
    x1: float
    top: float
    text: str
    bottom: float = 0.0


def column_lines(page, repeated: frozenset[str] = frozenset()) -> list[str] | None:  # noqa: ANN001 (pdfplumber page)
    """The page's lines read column by column, or None when the page is not printed in columns. ``repeated``: the
    text of rows printed at the top of several pages (a running header, read whole across its columns)."""
    rows, char = _page_rows(page)
    if not rows:
        return None
    gutters = _gutters(rows, page.width, char)
    if not gutters:
        return None
    edges = [0.0, *gutters, float(page.width)]
    columns = list(zip(edges, edges[1:], strict=False))

    def crossing(row: list[_Segment]) -> bool:
        return " ".join(s.text for s in row) in repeated or any(s.x0 < g < s.x1 for s in row for g in gutters)

    lengths: list[list[int]] = [[] for _ in columns]
    for row in rows:
        for s in [] if crossing(row) else row:
            lengths[_column(s, edges)].append(len("".join(s.text.split())))
    if any(len(n) < 2 or sum(k >= PROSE_CHARS for k in n) < min(PROSE_LINES, len(n) / 4) for n in lengths):
        return None
    pitch = statistics.median(b[0].top - a[0].top for a, b in zip(rows, rows[1:], strict=False)) if len(rows) > 1 else 0
    out: list[str] = []
    pending: list[list[_Segment]] = [[] for _ in columns]

    def flush() -> None:
        for i, segments in enumerate(pending):
            out.extend(_column_text(segments, columns[i][0], char, pitch))
            pending[i] = []

    for i, row in enumerate(rows):
        if crossing(row) or _opens_band(rows, i, crossing, pitch):
            flush()
            out.append(_row_text(row, 0.0, char))
            continue
        for s in row:
            pending[_column(s, edges)].append(s)
    flush()
    return out


def _opens_band(rows: list[list[_Segment]], i: int, crossing, pitch: float) -> bool:  # noqa: ANN001
    """Row ``i`` is one segment below a vertical gap, right above a row that crosses the gutter: the title of a band
    across the page (「■用語解説」), not the last line of a column."""
    if len(rows[i]) != 1 or i == 0 or i + 1 == len(rows) or not pitch or not crossing(rows[i + 1]):
        return False
    return rows[i][0].top - rows[i - 1][0].top > BLANK_PITCH * pitch >= rows[i + 1][0].top - rows[i][0].top


def row_lines(page) -> list[str]:  # noqa: ANN001 (pdfplumber page)
    """The page's rows as lines, left to right, words of one row together however their baselines differ (a tag and
    a title of different sizes centred on one band), its segments a space apart."""
    rows, _ = _page_rows(page)
    return [" ".join(s.text for s in row) for row in rows]


def placed_lines(page) -> list[str]:  # noqa: ANN001 (pdfplumber page)
    """The page's rows as lines, each row's segments at their display column counted from the text's left edge (a
    full-width character two columns, as layout text places them; two segments at least two spaces apart, so they
    are two cells), a blank line where rows are further apart than ``BLANK_PITCH`` line pitches. Rows are grouped
    however their words' baselines drift (an OCR layer over a skewed scan), and a word's characters placed one by
    one are one word."""
    rows, char = _page_rows(page)
    if not rows:
        return []
    left = min(s.x0 for row in rows for s in row)
    tops = [row[0].top for row in rows]
    pitch = statistics.median(b - a for a, b in zip(tops, tops[1:], strict=False)) if len(rows) > 1 else 0
    out: list[str] = []
    for i, row in enumerate(rows):
        if i and pitch and tops[i] - tops[i - 1] > BLANK_PITCH * pitch:
            out.append("")
        text = ""
        for segment in sorted(row, key=lambda s: s.x0):  # at its display column: a full-width character is two
            at = round((segment.x0 - left) / (char / 2))
            if text:  # two segments are two cells: two spaces apart at least
                at = max(at, display_width(text) + 2)
            text += " " * (at - display_width(text)) + _JAPANESE_GAP.sub("", segment.text)
        out.append(text)
    return out


_JAPANESE_GAP = re.compile(r"(?<=[ぁ-ゖァ-ヶー一-龥々、。・「」（）]) +(?=[ぁ-ゖァ-ヶー一-龥々、。・「」（）])")
"""A gap inside a segment between Japanese characters: an OCR layer's uneven spacing (「取 組項目」), no word break."""


def page_rows(page) -> list[list[_Segment]]:  # noqa: ANN001 (pdfplumber page)
    """The page's rows of segments, top to bottom."""
    return _page_rows(page)[0]


def table_gutters(boxes: list[tuple[float, float, float, float]]) -> list[float]:
    """The x positions between tables standing side by side: where the tables' spans across the page, merged where
    they overlap, leave a gap with tables on both sides (an empty list when every table spans the same columns)."""
    spans: list[list[float]] = []
    for x0, _, x1, _ in sorted(boxes):
        if spans and x0 < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:], strict=False)]


def top_row(page) -> str:  # noqa: ANN001 (pdfplumber page)
    """The text of the page's topmost row (a running header's, when pages repeat it)."""
    rows, _ = _page_rows(page)
    return " ".join(s.text for s in rows[0]) if rows else ""


def _page_rows(page) -> tuple[list[list[_Segment]], float]:  # noqa: ANN001 (pdfplumber page)
    """The page's rows of segments, and the median width of a character."""
    words = page.extract_words(keep_blank_chars=True, use_text_flow=False)
    if not words:
        return [], 0.0
    char = statistics.median((w["x1"] - w["x0"]) / max(1, len(w["text"])) for w in words)
    return _rows(words, char), char


def _rows(words: list[dict], char: float) -> list[list[_Segment]]:
    """Words grouped into rows by their top, each row's words into segments split at gaps."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(word["top"] - rows[-1][0]["top"]) <= (word["bottom"] - word["top"]) / 2:
            rows[-1].append(word)
        else:
            rows.append([word])
    out = []
    for row in rows:
        segments: list[_Segment] = []
        for w in sorted(row, key=lambda w: w["x0"]):
            if segments and w["x0"] - segments[-1].x1 <= GAP_CHARS * char:
                last = segments[-1]
                last.text += " " * round((w["x0"] - last.x1) / char) + w["text"]
                last.x1 = w["x1"]
                last.bottom = max(last.bottom, w["bottom"])
            else:
                segments.append(_Segment(w["x0"], w["x1"], w["top"], w["text"], w["bottom"]))
        out.append(segments)
    return out


def _gutters(rows: list[list[_Segment]], width: float, char: float) -> list[float]:
    """The x positions between columns: the middle of each run of x that rows do not cross and that many rows have
    text on both sides of."""
    runs: list[list[int]] = []
    left, right = min(s.x0 for row in rows for s in row), max(s.x1 for row in rows for s in row)
    wide = [any(s.x1 - s.x0 >= WIDE_SHARE * (right - left) for s in row) for row in rows]
    tops = [row[0].top for row in rows]
    # a line's pitch: the lower quartile of the rows' distances (a slide's boxes and bands leave wide gaps)
    gaps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    pitch = statistics.quantiles(gaps, n=4)[0] if len(gaps) > 1 else sum(gaps)
    for x in range(int(width * 0.1), int(width * 0.9)):
        crosses = [any(s.x0 - 1 <= x <= s.x1 + 1 for s in row) for row in rows]
        lefts = [any(s.x1 < x for s in row) for row in rows]
        rights = [any(s.x0 > x for s in row) for row in rows]
        sides = [(lefts[i] or _near(rows, lefts, i, pitch)) and (rights[i] or _near(rows, rights, i, pitch))
                 and (lefts[i] or rights[i]) for i in range(len(rows))]
        lo, hi = _column_rows(sides, tops, pitch)
        crosses, sides_in, wide_in = crosses[lo:hi], sides[lo:hi], wide[lo:hi]
        crossed, both = sum(crosses), sum(sides)
        if both >= min(MIN_ROWS, max(FEW_ROWS, len(rows) // 2)) and (crossed <= CROSSING_SHARE * len(rows)
                                 or _outside_bands(crosses, sides_in, wide_in) <= CROSSING_SHARE * len(rows)):
            if runs and runs[-1][-1] == x - 1:
                runs[-1].append(x)
            else:
                runs.append([x])
    return [(run[0] + run[-1]) / 2 for run in runs if run[-1] - run[0] + 1 >= GUTTER_CHARS * char]


def _column_rows(sides: list[bool], tops: list[float], pitch: float) -> tuple[int, int]:
    """The rows from the first with text on both sides of an x to the last, widened to the page's first or last row
    unless a vertical gap sets them off: a title or a lead across the top of a slide, above its boxes, is no column's
    line; a box's heading right above the row where the box beside it starts is."""
    inside = [i for i, side in enumerate(sides) if side]
    if not inside:
        return 0, len(sides)
    lo, hi = inside[0], inside[-1] + 1
    if lo and not tops[lo] - tops[lo - 1] > BLANK_PITCH * pitch:
        lo = 0
    if hi < len(sides) and not tops[hi] - tops[hi - 1] > BLANK_PITCH * pitch:
        hi = len(sides)
    if 2 * (hi - lo) < len(sides):  # the columns are most of the page, not a diagram's labels under its text
        return 0, len(sides)
    return lo, hi


def _near(rows: list[list[_Segment]], has: list[bool], i: int, pitch: float) -> bool:
    """A row next to row ``i``, less than a line pitch away, has text on that side (boxes side by side whose lines
    do not share a baseline: a slide's text boxes)."""
    return any(has[j] and abs(rows[j][0].top - rows[i][0].top) < pitch for j in (i - 1, i + 1) if 0 <= j < len(rows))


def _outside_bands(crosses: list[bool], sides: list[bool], wide: list[bool]) -> int:
    """The rows crossing an x that are not in a band across the page, or all of them when the bands are more than
    ``MAX_BANDS``: a band is a run of crossing rows (a row with text on both sides of the x ends it) that holds a wide
    row (a centred page number alone is no band, and counts)."""
    runs: list[list[bool]] = []  # per run: its rows' wideness
    open_run = False
    for cross, both, is_wide in zip(crosses, sides, wide, strict=True):
        if cross:
            if not open_run:
                runs.append([])
            runs[-1].append(is_wide)
        open_run = cross or (open_run and not both)
    bands = [run for run in runs if any(run)]
    if len(bands) > MAX_BANDS:
        return sum(crosses)
    return sum(len(run) for run in runs if not any(run))


def _column(segment: _Segment, edges: list[float]) -> int:
    middle = (segment.x0 + segment.x1) / 2
    return max(i for i, edge in enumerate(edges[:-1]) if middle >= edge)


def _row_text(segments: list[_Segment], left: float, char: float) -> str:
    """A row's segments as a line, each at its distance from ``left`` in character widths."""
    text = ""
    for s in sorted(segments, key=lambda s: s.x0):
        at = max(round((s.x0 - left) / char), len(text) + (1 if text else 0))
        text += " " * (at - len(text)) + s.text
    return text


def _column_text(segments: list[_Segment], left: float, char: float, pitch: float) -> list[str]:
    rows: list[list[_Segment]] = []
    for s in sorted(segments, key=lambda s: (s.top, s.x0)):
        if rows and abs(s.top - rows[-1][0].top) < 1:
            rows[-1].append(s)
        else:
            rows.append([s])
    out: list[str] = []
    for previous, row in zip([None, *rows], rows, strict=False):
        if previous is not None and pitch and row[0].top - previous[0].top > BLANK_PITCH * pitch:
            out.append("")
        out.append(_row_text(row, left, char))
    return out
