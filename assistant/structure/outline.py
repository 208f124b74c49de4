"""Blocks -> an outline tree. Nesting is inferred from the order in which numbering systems appear.

The first system seen in a document is the outermost, the next one seen while it is open nests
inside it, and so on (the trick legal-document parsers use): a heading of a system that is open
closes everything opened after it; a heading of a known system that is not open closes every deeper
one. A bare counter ((2), ③, ウ, 4.) opens a unit only when it starts at 1 or continues its system's
previous number; otherwise it is a numbered line of body text.

After the tree is built:

* a heading printed twice in a row (a table copy and a text copy) is one unit;
* a leaf sub-heading whose wording repeats under several units (【現状と課題】, (1) 取組内容) is a
  *field* of its parent, not a unit of its own;
* a table whose rows are items (a header row, then rows that start with a number) becomes one unit
  per row, the header naming the row's fields.
"""

from __future__ import annotations

import re
from collections import Counter as Tally
from dataclasses import dataclass, field

from ..jp import join_wrapped, normalize_width, squash
from .blocks import CONTINUES, ITEM_CODE, Block, BlockKind, header_role, is_sentence, item_number
from .departments import is_department_key, key_value, unwrap_names
from .numbering import match_counter

_GUESSED = {"title", "title_outer"}
"""Heading systems guessed from a short line standing alone (no number, no mark)."""


@dataclass(eq=False)
class Node:
    heading: Block | None  # None for the document root
    system: str = ""
    label: str = ""  # the unit's own label fragment: "(2)", "取組項目08", or the heading text
    title: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)  # own blocks, before the first child
    fields: dict[str, str] = field(default_factory=dict)  # from folded sub-headings and item tables
    departments_hint: list[str] = field(default_factory=list)

    @property
    def numbered(self) -> bool:
        """A numbered heading, or a row of an item table (numbered by its column: 「9」 alone is no counter)."""
        return self.heading is not None and (self.heading.counter is not None or self.system.startswith("table:"))

    def ancestors(self) -> list[Node]:
        out, node = [], self.parent
        while node is not None and node.heading is not None:
            out.append(node)
            node = node.parent
        return out[::-1]

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def page(self) -> int | None:
        return self.heading.page if self.heading is not None else None

    @property
    def own_chars(self) -> int:
        return sum(b.chars for b in self.body) + sum(len(squash(v)) for v in self.fields.values())


def build_outline(blocks: list[Block]) -> Node:
    root = Node(None)
    stack: list[Node] = [root]
    rank: dict[str, int] = {}
    last_value: dict[str, int] = {}
    last_parent: dict[str, Node] = {}  # where the previous heading of each system was placed
    listed = _toc_levels(blocks)
    for block in blocks:
        reopened = _continued_unit(block, root)
        if reopened is not None:  # 「提言２－３（続き）」: the unit goes on (a table split over pages), no new one
            stack = [root, *reopened.ancestors(), reopened]
            continue
        if block.kind == BlockKind.heading and not _opens_unit(block, stack, last_value):
            block.kind = BlockKind.paragraph
        if block.kind == BlockKind.heading and block.system in _GUESSED and stack[-1].numbered:
            block.kind = BlockKind.paragraph  # inside a numbered unit, a short line alone is body text
        if block.kind != BlockKind.heading:
            stack[-1].body.append(block)
            continue
        system = block.system
        open_systems = [n.system for n in stack]
        level = listed.get(squash(normalize_width(block.title))) if block.counter is None else None
        if level is not None and level in open_systems:
            # an unnumbered heading the contents list after numbered entries (「外部評価委員名簿」 after 「5 総評」)
            # is their sibling, not a part of the last of them
            del stack[open_systems.index(level) :]
        if system in open_systems:
            del stack[open_systems.index(system) :]
        elif system in last_parent and any(n is last_parent[system] for n in stack):
            # a sibling of the system's previous heading, whose parent is still open (3-2 after 3-1,
            # even when a deeper ① opened under 3-1 was first seen earlier in the document)
            while stack[-1] is not last_parent[system]:
                stack.pop()
        elif system in rank:
            while len(stack) > 1 and rank.get(stack[-1].system, -1) > rank[system]:
                stack.pop()
        else:
            rank[system] = len(rank)
        label = block.counter.label if block.counter else block.title
        node = Node(block, system, label, block.title, parent=stack[-1])
        if block.extra:
            node.body.append(Block(BlockKind.paragraph, block.lines, block.extra))
            if system.startswith("table:") or block.counter is not None:  # a row's 「担当課：総務課」 cell: its offices
                node.departments_hint += [pair[1] for e in block.extra  # (names over two lines: one line)
                                          if (pair := key_value(" ".join(e.split()))) is not None
                                          and is_department_key(pair[0])]
        stack[-1].children.append(node)
        last_parent[system] = stack[-1]
        stack.append(node)
        if block.counter is not None and block.counter.value is not None:
            last_value[system] = block.counter.value
    for node in list(root.walk()):
        _merge_repeats(node)
    _expand_item_tables(root)
    _fold_field_headings(root)
    _absorb_unnumbered(root)
    return root


_CONTINUED = re.compile(r"[(（]?(?:前(?:ページ|頁)(?:から|より)の?)?(?:続き|つづき|続く|続)[)）]?")
_BRACKETED = re.compile(r"[(（](.+)[)）]")


def _continued_unit(block: Block, root: Node) -> Node | None:
    """The unit a line says goes on here, if it says so: its counter followed by 続き alone (「提言２－３（続き）」,
    「（Ⅱ－２－①　前ページからの続き）」, printed where a card or table breaks over a page), naming a unit already
    read."""
    if block.kind not in (BlockKind.heading, BlockKind.paragraph) or len(block.cells) != 1:
        return None
    text = normalize_width(block.cells[0]).strip()
    bracketed = _BRACKETED.fullmatch(text)
    counter = match_counter(bracketed.group(1) if bracketed else text)
    if counter is None or not _CONTINUED.fullmatch(counter.rest.replace(" ", "")):
        return None
    return next((n for n in reversed(list(root.walk())) if n.heading is not None and n.label == counter.label), None)


def _toc_levels(blocks: list[Block]) -> dict[str, str]:
    """Unnumbered entries of the table of contents (squashed title) -> the numbering system of the numbered
    entry listed just before them: 「5 総評 … 7」「外部評価委員名簿 … 7」 puts the list of members beside 5."""
    levels: dict[str, str] = {}
    previous: str | None = None
    for block in blocks:
        if block.kind != BlockKind.toc:
            continue
        if block.counter is not None:
            previous = block.counter.system
        elif previous is not None and block.title:
            levels.setdefault(squash(normalize_width(block.title)), previous)
    return levels


def _absorb_unnumbered(root: Node) -> None:
    """Inside a numbered unit, sub-headings without a number (◆…, 【予算規模】, ### 概要) that hold no
    numbered unit themselves are part of the unit's text: the unit is the lowest numbered level."""
    def numbered_inside(node: Node) -> bool:
        return any(n.numbered for n in node.walk())

    for node in list(root.walk()):
        if not node.numbered:
            continue
        kept = []
        for child in node.children:
            if numbered_inside(child):
                kept.append(child)
                continue
            for inner in child.walk():
                if inner.heading is not None:
                    node.body.append(Block(BlockKind.paragraph, inner.heading.lines, inner.heading.cells))
                node.body += inner.body
                for key, value in inner.fields.items():
                    node.fields[key] = (node.fields.get(key, "") + "\n" + value).strip()
        node.children = kept


def _opens_unit(block: Block, stack: list[Node], last_value: dict[str, int]) -> bool:
    counter = block.counter
    if counter is None or not counter.strict or counter.value is None:
        return True
    if counter.value == 1:
        return True
    # the first line under a heading of another system, before any text of it: an excerpt of a plan that prints
    # only some of its sections (a revision's 新旧対照表: 「第１章 計画の概要」 then 「２ 計画期間」)
    opened = stack[-1] if stack else None
    if opened is not None and opened.heading is not None and opened.system != block.system \
            and not opened.body and not opened.children:
        return True
    previous = last_value.get(block.system)
    if previous is not None and counter.value in (previous + 1, previous):
        return True
    # or it continues the unit of its system that is still open (a "(1)" list inside "3." set the
    # last value, but "4." continues "3.")
    open_values = [n.heading.counter.value for n in stack if n.system == block.system and n.heading and n.heading.counter]
    return bool(open_values) and counter.value == (open_values[-1] or 0) + 1


def _merge_repeats(node: Node) -> None:
    """Siblings that repeat the same heading back to back (a table copy, then a text copy) are merged; so is a
    heading that only names a number (a workbook sheet's name, 「基本方針1」) with the heading of that number which
    follows it and gives its title (the sheet's own 「基本方針1 デジタル技術を…」 under a print title)."""
    merged: list[Node] = []
    for child in node.children:
        prev = merged[-1] if merged else None
        if prev is not None and prev.label == child.label and squash(prev.title) == squash(child.title):
            seen = {squash(b.text) for b in prev.body}
            prev.body += [b for b in child.body if squash(b.text) not in seen]
            for grandchild in child.children:
                grandchild.parent = prev
            prev.children += child.children
            continue
        if prev is not None and prev.label == child.label and not prev.children and child.title \
                and squash(prev.title) in ("", squash(prev.label)):
            child.body = prev.body + child.body
            merged[-1] = child
            continue
        merged.append(child)
    node.children = merged


def _fold_field_headings(root: Node) -> None:
    """Leaf sub-headings whose wording repeats under most units that have such sub-headings
    (【現状と課題】, (1) 取組内容) become their parents' fields. Keyword-numbered units and table rows
    (取組項目N, 事業N, No.N) are units whatever their titles, and guessed headings never fold."""
    def foldable(node: Node) -> bool:
        return (node.heading is not None and not node.children and node.parent is not None
                and node.parent.heading is not None and not node.system.startswith(("keyword:", "table:"))
                and node.system not in _GUESSED)

    candidates = [n for n in root.walk() if foldable(n)]
    parents_by_title: dict[str, set[int]] = {}
    parents_by_system: dict[str, set[int]] = {}
    for leaf in candidates:
        parents_by_title.setdefault(squash(leaf.title), set()).add(id(leaf.parent))
        parents_by_system.setdefault(leaf.system, set()).add(id(leaf.parent))
    parent_systems_by_title: dict[str, set[str]] = {}
    for leaf in candidates:
        parent_systems_by_title.setdefault(squash(leaf.title), set()).add(leaf.parent.system)
    repeated = {
        (leaf.system, squash(leaf.title))
        for leaf in candidates
        if squash(leaf.title)
        and len(parents_by_title[squash(leaf.title)]) >= 2
        and len(parents_by_title[squash(leaf.title)]) * 2 >= len(parents_by_system[leaf.system])
        and len(parent_systems_by_title[squash(leaf.title)]) == 1  # under units of one kind (every 取組)
    }
    context = _context_headings(root)
    for node in list(root.walk()):
        kept = []
        for child in node.children:
            if id(child) in context:  # its line is the field; the lines after it are the unit's own text
                key = child.system.removeprefix("keyword:")
                line = [b for b in child.body if child.heading is not None and b.lines == child.heading.lines]
                text = "\n".join([f"{child.label} {child.title}".strip(), *(b.text for b in line)]).strip()
                node.fields[key] = (node.fields.get(key, "") + "\n" + text).strip()
                node.body += [b for b in child.body if not any(b is s for s in line)]
            elif foldable(child) and (child.system, squash(child.title)) in repeated:
                text = "\n".join(b.text for b in child.body).strip()
                key = normalize_width(child.title).strip("【】[]〔〕 ")
                node.fields[key] = (node.fields.get(key, "") + "\n" + text).strip()
            else:
                kept.append(child)
        node.children = kept


def _context_headings(root: Node) -> set[int]:
    """Keyword-numbered leaf headings that are the context a form prints on each of its units, not units: the same
    heading word for word (「基本目標１ 安全で…」) under two units or more, for most headings of its system under
    units of one kind (each 事業 sheet names its goal; the one goal with a single sheet is context too)."""
    keyed = [n for n in root.walk() if n.heading is not None and not n.children and n.parent is not None
             and n.parent.heading is not None and n.system.startswith("keyword:")]
    parents: dict[tuple[str, str, str], set[int]] = {}
    for n in keyed:
        parents.setdefault((n.system, n.label, squash(n.title)), set()).add(id(n.parent))
    kinds: dict[tuple[str, str], list[Node]] = {}
    for n in keyed:
        kinds.setdefault((n.system, n.parent.system), []).append(n)
    context: set[int] = set()
    for nodes in kinds.values():
        repeats = sum(len(parents[(n.system, n.label, squash(n.title))]) >= 2 for n in nodes)
        if repeats * 2 > len(nodes):
            context |= {id(n) for n in nodes}
    return context


def _expand_item_tables(root: Node) -> None:
    """A header row followed by rows that start with a number: one child unit per row."""
    for node in list(root.walk()):
        body, insert_at = node.body, 0
        new_body: list[Block] = []
        i = 0
        while i < len(body):
            block = body[i]
            table = _item_table(body, i)
            if table is None:
                new_body.append(block)
                i += 1
                continue
            header, rows, end, groups, between = table
            new_body += between  # a page's foot and head inside the table (a footnote, 「- 1 -」, a running title)
            nodes = [_row_node(header, row, node) for row in rows]
            for child, group in zip(nodes, groups, strict=True):
                if group:  # the row of the group it is printed under (「町民サービスの向上」 across the table)
                    child.fields = {GROUP_FIELD: group, **child.fields}
            _shared_last(nodes)
            for child in nodes:
                node.children.insert(insert_at, child)
                insert_at += 1
            i = end
        node.body = new_body


SHARED_ROWS = 3
"""An item table of at least this many rows puts the columns its rows share after each row's own."""


def _shared_last(nodes: list[Node]) -> None:
    """Fields whose values the rows share (at most one distinct value for two rows: an open-data table's 団体名 and
    計画名, a 基本方針 repeated on each of its rows, an 評価 of A/B/C) after the row's own ones: a row's text should
    begin with what is its own (its first sentence is how the gate checks that it can be found)."""
    if len(nodes) < SHARED_ROWS:
        return
    keys = dict.fromkeys(k for n in nodes for k in n.fields)
    shared = {k for k in keys if len({n.fields.get(k, "") for n in nodes}) * 2 <= len(nodes)}
    for n in nodes:
        n.fields = {**{k: v for k, v in n.fields.items() if k not in shared},
                    **{k: v for k, v in n.fields.items() if k in shared}}


GROUP_FIELD = "区分"
"""The field that holds the group row an item table's row is printed under."""


PAGE_BREAK_BLOCKS = 4
"""At most this many blocks (a footnote, a page footer, a running title) between an item table's rows on one page and
its header repeated on the next."""


def _item_table(body: list[Block], i: int) -> tuple[Block, list[Block], int, list[str], list[Block]] | None:
    """The item table whose header is ``body[i]``: the header, its rows, where it ends, per row the group row it is
    printed under (a row of one cell across the table, 「町民サービスの向上」, which numbers nothing), and the blocks
    between its pages. A table goes on over a page break where its header is printed again; a row whose number cell
    is empty right under the repeated header is the last row's cells carried over (a row cut at the page foot)."""
    header = body[i]
    if header.kind != BlockKind.table_row or len(header.cells) < 2:
        return None
    roles = [header_role(c) for c in header.columns]
    if roles[0] != "number" and "number" not in roles:
        return None
    if sum(r is not None for r in roles) < max(2, len(roles) // 2):
        return None
    number_col = roles.index("number")
    rows: list[Block] = []
    groups: list[str] = []
    between: list[Block] = []
    group = ""
    carried = False  # right under the header repeated on a new page
    j = i + 1
    while j < len(body):
        if rows and (repeat := _header_again(body, j, header)) is not None:
            between += body[j:repeat]
            j, carried = repeat + 1, True
            continue
        if not (body[j].kind == BlockKind.table_row or (rows and _cell_continues(rows[-1], body[j]))
                or _group_row(body, j)):
            break
        if _group_row(body, j):  # a group row across the table: the rows after it are printed under it
            group = body[j].cells[0].strip()
            j += 1
            continue
        if body[j].kind != BlockKind.table_row:  # a long cell wrapped onto an indented line of its own
            rows[-1] = _continued(rows[-1], body[j], roles)
            j += 1
            continue
        columns = body[j].columns
        cell = normalize_width(columns[number_col]) if number_col < len(columns) else ""
        title_col = _title_column(roles, number_col)
        untitled = not (columns[title_col].strip() if title_col < len(columns) else "")
        if rows and not cell.strip() and (carried or untitled):
            # the cut row's cells going on under the repeated header (each cell goes on), or a row of the last
            # item's own (a second indicator, its number and title cells merged over both: values of their own)
            rows[-1] = _merged(rows[-1], body[j], apart=untitled)
            carried = False
            j += 1
            continue
        carried = False
        if not item_number(cell):
            break
        if rows and _same_item(rows[-1], body[j], number_col, roles):
            rows[-1] = _merged(rows[-1], body[j], apart=True)
        else:
            rows.append(body[j])
            groups.append(group)
        j += 1
    return (header, rows, j, groups, between) if rows else None


def _header_again(body: list[Block], j: int, header: Block) -> int | None:
    """Where ``header`` is printed again after a page break starting at ``body[j]`` (a few blocks of the page's foot
    and the next page's head, none of them a table row), or None."""
    for k in range(j, min(j + PAGE_BREAK_BLOCKS + 1, len(body))):
        if body[k].kind == BlockKind.table_row:
            same = [squash(c) for c in body[k].columns] == [squash(c) for c in header.columns]
            return k if same and k > j else None
    return None


GROUP_ROW_CHARS = 30
"""A row of one short cell between an item table's rows (its cells merged across the table) names a group."""


def _group_row(body: list[Block], j: int) -> bool:
    block = body[j]
    cell = normalize_width(block.cells[0]) if block.cells else ""
    counter = match_counter(cell)
    return (len(block.cells) == 1 and len(block.cells[0].strip()) <= GROUP_ROW_CHARS and not is_sentence(block.cells[0])
            and (not item_number(cell) or bool(counter and counter.rest)) and j + 1 < len(body)
            and body[j + 1].kind == BlockKind.table_row and block.kind in (BlockKind.table_row, BlockKind.paragraph))


CONTINUATION_INDENT = 8
"""A line indented this far (display columns) right under a table row, alone, continues one of its cells."""


def _cell_continues(row: Block, block: Block) -> bool:
    line = block.lines[0]
    return (block.kind == BlockKind.paragraph and len(block.lines) == 1 and len(block.cells) == 1
            and line.indent >= CONTINUATION_INDENT and line.number == row.lines[-1].number + 1
            and match_counter(line.plain) is None)


def _continued(row: Block, block: Block, roles: list[str | None]) -> Block:
    """The row with the wrapped line appended to the cell it continues: the last one that ends mid-phrase
    (「屋上防水改修、外壁改修、」 + 「非常用発電設備の設置」), else the title's."""
    cells = list(row.columns)
    ends = [k for k, c in enumerate(cells) if CONTINUES.search(c.strip())]
    title_col = _title_column(roles, roles.index("number"))
    k = ends[-1] if ends else (title_col if title_col < len(cells) else -1)
    cells[k] = cells[k].strip() + block.cells[0].strip()
    return Block(BlockKind.table_row, [*row.lines, *block.lines], cells)


def _same_item(row: Block, nxt: Block, number_col: int, roles: list[str | None]) -> bool:
    """Whether ``nxt`` repeats ``row``'s number and title: one item over two rows (a workbook's merged cells, read
    into every row they span, with a second target in the rows' other cells)."""
    title_col = _title_column(roles, number_col)
    a, b = row.columns, nxt.columns
    return all(k < len(a) and k < len(b) and squash(a[k]) == squash(b[k]) and a[k].strip()
               for k in {number_col, title_col})


def _merged(row: Block, nxt: Block, apart: bool) -> Block:
    """Two rows of one item as one: each column's values, different ones going on on a new line (a cell cut at the
    page foot: its lines are joined as a wrapped value's) or, ``apart``, as values of their own (「14業務、4,350時間」:
    two indicators' values, which no wrap joins)."""
    a, b = row.columns, nxt.columns
    width = max(len(a), len(b))
    a, b = a + [""] * (width - len(a)), b + [""] * (width - len(b))
    between = "、" if apart else "\n"
    cells = [x if squash(x) == squash(y) or not y.strip() else (y if not x.strip() else f"{x.rstrip()}{between}{y.lstrip()}")
             for x, y in zip(a, b, strict=True)]
    return Block(BlockKind.table_row, [*row.lines, *nxt.lines], cells)


def _title_column(roles: list[str | None], number_col: int) -> int:
    """The column an item table names its items in: the first headed as a title after the number (an open-data
    table's 団体名 and 計画名 come before its 取組番号), else the first headed as a title, else the first after the
    number."""
    titled = [k for k, r in enumerate(roles) if r == "title"]
    return next((k for k in titled if k > number_col), titled[0] if titled else next(
        (k for k, r in enumerate(roles) if k != number_col), number_col))


def _row_node(header: Block, row: Block, parent: Node) -> Node:
    names = header.columns
    roles = [header_role(c) for c in names]
    cells = row.columns + [""] * (len(names) - len(row.columns))
    cells = [unwrap_names(c) if k < len(roles) and roles[k] == "department" else c for k, c in enumerate(cells)]
    number_col = roles.index("number")
    number = normalize_width(cells[number_col]).strip()
    head = squash(normalize_width(names[number_col]))
    if (number.isdigit() or ITEM_CODE.fullmatch(number)) and head.rstrip(".").lower() == "no":
        label = f"No.{number}"
    else:
        counter = match_counter(number)
        label = counter.label if counter else number
    title_col = _title_column(roles, number_col)
    # a cell's lines: a wrapped value joined, names listed (「市民課」/「総務課」 -> 「市民課、総務課」)
    fields = {
        normalize_width(join_wrapped(h)).strip(): "、".join(v.split()) if roles[k] == "department" else join_wrapped(v)
        for k, (h, v) in enumerate(zip(names, cells, strict=False))
        if k not in (number_col, title_col) and v.strip()
    }
    title = normalize_width(join_wrapped(cells[title_col])).strip()  # as a heading's title: ふれあいプラザ２１ -> ふれあいプラザ21
    block = Block(BlockKind.heading, row.lines, row.cells, match_counter(label), f"table:{squash(header.cells[0])}",
                  title)
    node = Node(block, block.system, label, title, parent=parent, fields=fields)
    node.departments_hint = [cells[k] for k, r in enumerate(roles) if r == "department" and cells[k].strip()]
    return node


def toc_pages(blocks: list[Block]) -> dict[str, int]:
    """Table-of-contents entries: squashed label+title (and title alone) -> page."""
    pages: dict[str, int] = {}
    titles = Tally(squash(b.title) for b in blocks if b.kind == BlockKind.toc and b.toc_page is not None)
    for block in blocks:
        if block.kind != BlockKind.toc or block.toc_page is None:
            continue
        title = squash(normalize_width(block.title))
        if block.counter is not None:
            pages.setdefault(squash(block.counter.label) + "|" + title, block.toc_page)
        if titles[squash(block.title)] == 1:
            pages.setdefault("|" + title, block.toc_page)
    return pages
