"""An HTML page's text lines: trafilatura keeps the page's main content as Markdown (headings, lists) and drops
navigation, breadcrumbs, headers and footers; before it sees the page, lxml reads its tables the way a workbook's
are read (rows and columns spanned, line breaks in cells kept) and makes an accordion's headings and fields plain;
after it, the sections a CMS adds to every page (data/page_furniture.tsv) are dropped."""

from __future__ import annotations

import re
from functools import lru_cache

from .data import data_rows
from .formats import kept_lines, table_lines
from .jp import join_wrapped
from .readers import DocumentFormatError
from .structure.blocks import header_role

RECALL_GAIN = 1.2
"""trafilatura's recall mode is used for a page only when it keeps this many times the text of its precise mode."""
_TABLE_MARK = "\u241ftable {}\u241f"
_TABLE_MARKED = re.compile("\u241ftable (\\d+)\u241f")
_MAX_SPAN = 1000


def html_lines(text: str, name: str) -> list[str]:
    import trafilatura

    page, tables = _tables_marked(text)
    options = {"output_format": "markdown", "include_tables": True, "include_formatting": True,
               "include_links": False, "include_images": False}
    # trafilatura's own extraction keeps the headings; its recall mode, which falls back to other extractors,
    # may lose them (a minutes page's h1-h4 all gone), so it is taken only when the first keeps much less text
    markdown = trafilatura.extract(page, **options) or ""
    recall = trafilatura.extract(page, **options, favor_recall=True) or ""
    if len(recall.strip()) > RECALL_GAIN * len(markdown.strip()):
        markdown = recall
    if not markdown.strip():
        raise DocumentFormatError(name, None, "no main content found in the HTML page")
    lines: list[str] = []
    for line in _without_furniture(markdown.splitlines()):
        marked = _TABLE_MARKED.fullmatch(line.strip())
        if marked is None:
            lines.append(line)
        elif tables[int(marked.group(1))]:  # a table the page's main content holds (one in a menu is dropped)
            lines += ["", *table_lines(tables[int(marked.group(1))]), ""]
    return lines


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BOLD_LINE = re.compile(r"^(\*\*)(.+)\*\*$")
"""A line all in bold: an older page's heading (「<b>このページに関するお問い合わせ</b>」)."""


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{row[0]})" for row in data_rows("page_furniture.tsv")))


def _without_furniture(lines: list[str]) -> list[str]:
    """The page without the sections a CMS adds to every page (data/page_furniture.tsv: お問い合わせ, アンケート,
    関連リンク), each up to the next heading of its level or above (a bold line heads the lowest level)."""
    furniture = _furniture()
    out: list[str] = []
    skipping = 0  # the level of the furniture heading being skipped, 0 when none
    for line in lines:
        heading = _MD_HEADING.match(line.strip()) or _BOLD_LINE.match(line.strip())
        level = len(heading.group(1)) if heading and heading.group(1).startswith("#") else 7  # a bold line: lowest
        if heading and (not skipping or level <= skipping):
            skipping = level if furniture.fullmatch("".join(heading.group(2).split())) else 0
        if not skipping:
            out.append(line)
    return out


def _tables_marked(text: str) -> tuple[str, list[list[list[str]]]]:
    """The page with each table (one holding no other table) replaced by a marker paragraph, and the tables' rows:
    trafilatura tells the main content from the menus, and a table reaches the reader the way a workbook's does
    (tab-separated, a cell spanning rows read into each of them, a line break in a cell kept)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return text, []
    unwrapped = _layout_unwrapped(tree)
    tables: list[list[list[str]]] = []
    for table in [t for t in tree.iter("table") if not t.xpath(".//table")]:
        marker = lxml_html.Element("p")
        marker.text = _TABLE_MARK.format(len(tables))
        marker.tail = table.tail
        tables.append(_table_rows(table))
        caption = _caption(table)
        table.getparent().replace(table, marker)
        if caption:  # the table's title, a line before its rows (a CMS page may number its items only there)
            title = lxml_html.Element("p")
            title.text = caption
            marker.addprevious(title)
    changed = _accordions_opened(tree)
    if not tables and not changed and not unwrapped:
        return text, []
    return lxml_html.tostring(tree, encoding="unicode"), tables


MENU_LINK_SHARE = 0.5
"""A layout table's cell whose text is at least this share links is a menu…"""
SIDE_SHARE = 0.15
"""…and so is one beside a cell of its row holding over this many times more text (a menu column beside the
content cell)."""

_BLOCKS = ("table", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "form", "center", "blockquote")
"""What no data table's cell holds (a cell may hold paragraphs and lists: a CMS wraps cell text in <p>, a meeting's
attendees are a list): a table that holds them lays out a page (an older site's menu column and content cell),
and is read as the page it holds."""


_BLOCKS_IN_CELLS = "|".join(f".//td//{tag}|.//th//{tag}" for tag in _BLOCKS)


def _layout_unwrapped(tree) -> bool:  # noqa: ANN001 (an lxml document)
    """Tables used for layout, outermost first, turned into their cells' content in order (each cell a block, a cell
    of links a menu): one that holds another table, a heading or a rule, or a single cell (a box drawn round a
    paragraph). True if the page had any."""
    found = False
    for table in list(tree.iter("table")):
        cells = table.xpath(".//td|.//th")
        blocks = table.xpath(_BLOCKS_IN_CELLS)
        if not cells or (not blocks and len(cells) > 1):
            continue
        found = True
        for row in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
            own = row.xpath("./td|./th")
            sizes = [len("".join(cell.text_content().split())) for cell in own]
            for cell, size in zip(own, sizes, strict=True):
                linked = sum(len("".join(a.text_content().split())) for a in cell.iter("a"))
                # a cell mostly of links, or a narrow column beside the content cell: the site's menu, navigation as
                # a <nav> would be
                menu = size and (linked >= MENU_LINK_SHARE * size or size < SIDE_SHARE * max(sizes))
                cell.tag = "nav" if menu else "div"
        for part in table.xpath(".//tr|.//tbody|.//thead|.//tfoot|.//caption|.//colgroup"):
            if part.xpath("ancestor::table[1]") == [table]:
                part.drop_tag()
        table.tag = "div"
    return found


def _accordions_opened(tree) -> bool:  # noqa: ANN001 (an lxml document)
    """An accordion's headings and fields made plain for trafilatura, which drops buttons and summaries: a button
    inside a heading becomes its text, a <summary> a heading one level below the heading before it (other buttons,
    page controls such as すべて開く, go), and the pairs of a <dl> of fields (most of its terms name a column: 担当課,
    取組内容, 目標) whose value is a phrase become 「担当課：総務課」 paragraphs (a value with lists or paragraphs keeps its
    own lines after its key). True if the page had any."""
    changed = False
    level = 1
    for element in list(tree.iter()):
        tag = element.tag if isinstance(element.tag, str) else ""
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            level = int(tag[1])
        elif tag == "summary":
            element.tag, changed = f"h{min(level + 1, 6)}", True
    for br in tree.xpath("//h1//br|//h2//br|//h3//br|//h4//br|//h5//br|//h6//br|//summary//br"):
        br.drop_tree()  # a heading broken by <br> is one heading
        changed = True
    for button in list(tree.iter("button")):
        changed = True
        if any(a.tag in ("h1", "h2", "h3", "h4", "h5", "h6") for a in button.iterancestors()):
            button.drop_tag()
        else:
            button.drop_tree()
    for dl in list(tree.iter("dl")):
        keys = [" ".join(dt.text_content().split()) for dt in dl.findall("dt")]
        if not keys or sum(header_role(k) is not None for k in keys) * 2 <= len(keys):
            continue  # not a record's fields (a minutes page's speakers and what they said)
        changed = True
        for dt in dl.findall("dt"):
            dd = dt.getnext()
            key = " ".join(dt.text_content().split())
            if dd is not None and dd.tag == "dd" and not dd.xpath(".//p|.//ul|.//ol|.//div|.//table"):
                value = "、".join(" ".join(p.split()) for p in _cell_text(dd).split("\n") if p.strip())
                dt.tag, dt.text = "p", f"{key}：{value}"
                for child in list(dt):
                    dt.remove(child)
                dl.remove(dd)
            else:
                dt.tag, dt.text = "p", f"{key}："
                for child in list(dt):
                    dt.remove(child)
                if dd is not None and dd.tag == "dd":
                    dd.tag = "div"
        dl.tag = "div"
    return changed


def _table_rows(table) -> list[list[str]]:  # noqa: ANN001 (an lxml element)
    """A table's cells by row and column: a cell spanning rows is read into each row (a 取組の方向 or 担当課 beside
    the items it covers), one spanning columns only where it names a group of columns (as a workbook's merge)."""
    rows = list(table.iter("tr"))
    grid: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            value = _cell_text(cell)
            down = min(_span(cell.get("rowspan")) or len(rows) - r, len(rows) - r)
            wide = _span(cell.get("colspan")) or 1
            across = value if header_role(" ".join(value.split())) else ""
            for dr in range(down):
                for dc in range(wide):
                    grid[(r + dr, c + dc)] = value if dc == 0 else across
            c += wide
    if not grid:
        return []
    width = max(c for _, c in grid) + 1
    out = [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))]
    return [row for row in out if any(row)]


def _caption(table) -> str:  # noqa: ANN001 (an lxml element)
    """A table's <caption> on one line (「提言２－３　公共施設使用料の<br>見直し」 joined as a wrapped heading is)."""
    captions = table.xpath("./caption")
    return join_wrapped(_cell_text(captions[0])) if captions else ""


def _span(value: str | None) -> int:
    """rowspan/colspan as written: a number (0: to the table's end), anything else 1."""
    try:
        return max(0, min(int(value or 1), _MAX_SPAN))
    except ValueError:
        return 1


def _cell_text(cell) -> str:  # noqa: ANN001 (an lxml element)
    """A cell's text with its line breaks (<br>, paragraphs) kept and each line's spaces collapsed."""
    for element in cell.iter("br", "p", "div", "li"):
        element.tail = "\n" + (element.tail or "") if element.tag == "br" else element.tail
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    return kept_lines(cell.text_content())
