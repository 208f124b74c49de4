#!/usr/bin/env python3
"""Build t1_moegino_shinchoku.ods (fictional もえぎ野市), a 行財政改革実施計画 進捗管理表 saved as
OpenDocument Spreadsheet the way LibreOffice Calc 7.4 writes it.

Built with odfpy 1.4.1 (odfpy stamps meta:generator ODFPY/1.4.1 itself).  Run with
/work/main/.venv/bin/python t1_moegino_shinchoku_make.py [out.ods]; the output is byte-for-byte reproducible
(fixed metadata, fixed zip timestamps and member order).

What the file imitates from LibreOffice's own output (checked against files that LibreOffice 7.4 saved
through UNO; see NOTES_T1.md):
  * identical adjacent cells written once with table:number-columns-repeated (also non-empty ones);
  * identical adjacent empty rows written once with table:number-rows-repeated;
  * print-title rows wrapped in <table:table-header-rows>;
  * rows grouped with Data > Group and Outline wrapped in <table:table-row-group>;
  * merged cells: the anchor carries number-columns-spanned / number-rows-spanned, the hidden part is
    <table:covered-table-cell>; a merge made with "keep the contents of the hidden cells" leaves the
    old text inside the covered cell;
  * comments as <office:annotation> (dc:creator, dc:date, text:p) placed BEFORE the cell's own text:p;
  * a line break inside a cell is a second <text:p>; a partly red cell has a <text:span>;
  * formulas as table:formula="of:=..." with the cached result in office:value and the shown text in text:p;
  * a hidden row as table:visibility="collapse";
  * dates as office:date-value shown through a gengou date style; percentages as office:value-type="percentage".
"""
import io
import sys
import zipfile
from pathlib import Path

import odf.namespaces as ns

CALCEXTNS = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
ns.nsdict[CALCEXTNS] = "calcext"

from odf import config, dc, meta, number, style, table, text  # noqa: E402
from odf.namespaces import NUMBERNS, OFFICENS, STYLENS, TABLENS  # noqa: E402
from odf.office import Annotation, Spreadsheet  # noqa: E402
from odf.opendocument import OpenDocument  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("t1_moegino_shinchoku.ods"))
ZIP_TIME = (2025, 6, 30, 15, 42, 10)

# ----------------------------------------------------------------------------------------------------
# document
# ----------------------------------------------------------------------------------------------------
doc = OpenDocument("application/vnd.oasis.opendocument.spreadsheet", add_generator=False)
doc.spreadsheet = Spreadsheet()
doc.body.addElement(doc.spreadsheet)

doc.meta.addElement(meta.InitialCreator(text="行政経営課"))
doc.meta.addElement(meta.CreationDate(text="2025-04-15T09:12:31.000000000"))
doc.meta.addElement(dc.Creator(text="行政経営課"))
doc.meta.addElement(dc.Date(text="2025-06-30T15:41:58.000000000"))
doc.meta.addElement(meta.EditingCycles(text="23"))
doc.meta.addElement(meta.EditingDuration(text="PT6H41M12S"))
doc.meta.addElement(meta.DocumentStatistic(tablecount="4", cellcount="512", objectcount="0"))

# fonts ------------------------------------------------------------------------------------------------
doc.fontfacedecls.addElement(style.FontFace(name="ＭＳ Ｐゴシック", fontfamily="'ＭＳ Ｐゴシック'",
                                            fontfamilygeneric="swiss", fontpitch="variable"))
doc.fontfacedecls.addElement(style.FontFace(name="IPAPGothic", fontfamily="IPAPGothic",
                                            fontfamilygeneric="system", fontpitch="variable"))

# data styles (styles.xml, as LibreOffice writes them) ----------------------------------------------------
def num_el(decimals, grouping=False):
    kw = dict(decimalplaces=str(decimals), minintegerdigits="1")
    if grouping:
        kw["grouping"] = "true"
    el = number.Number(**kw)
    el.setAttrNS(NUMBERNS, "min-decimal-places", str(decimals))
    return el


pct1 = number.PercentageStyle(name="N10", language="ja", country="JP")
pct1.addElement(num_el(1))
pct1.addElement(number.Text(text="%"))
doc.styles.addElement(pct1)

int_grp = number.NumberStyle(name="N3", language="ja", country="JP")
int_grp.addElement(num_el(0, True))
doc.styles.addElement(int_grp)

dec1 = number.NumberStyle(name="N11", language="ja", country="JP")
dec1.addElement(num_el(1))
doc.styles.addElement(dec1)

# 令和7年6月 (gengou era + year + month)
ym = number.DateStyle(name="N20113", language="ja", country="JP")
ym.addElement(number.Era(calendar="gengou", style="long"))
ym.addElement(number.Year(calendar="gengou"))
ym.addElement(number.Text(text="年"))
ym.addElement(number.Month(calendar="gengou"))
ym.addElement(number.Text(text="月"))
doc.styles.addElement(ym)

# （令和7年3月31日現在）
ymd = number.DateStyle(name="N20114", language="ja", country="JP")
ymd.addElement(number.Text(text="（"))
ymd.addElement(number.Era(calendar="gengou", style="long"))
ymd.addElement(number.Year(calendar="gengou"))
ymd.addElement(number.Text(text="年"))
ymd.addElement(number.Month(calendar="gengou"))
ymd.addElement(number.Text(text="月"))
ymd.addElement(number.Day(calendar="gengou"))
ymd.addElement(number.Text(text="日現在）"))
doc.styles.addElement(ymd)

# default cell style
dflt = style.Style(name="Default", family="table-cell")
dflt.addElement(style.TextProperties(fontname="IPAPGothic", fontnameasian="ＭＳ Ｐゴシック",
                                     fontsize="10pt", fontsizeasian="10pt"))
doc.styles.addElement(dflt)

# page layouts and master pages (header: sheet name; footer: page / pages) ----------------------------
def page_layout(name, w, h, orient, scale_x):
    pl = style.PageLayout(name=name)
    props = style.PageLayoutProperties(pagewidth=w, pageheight=h, numformat="1", printorientation=orient,
                                       margintop="0.5in", marginbottom="0.5in", marginleft="0.4in",
                                       marginright="0.4in", writingmode="lr-tb")
    if scale_x:
        props.setAttrNS(STYLENS, "scale-to-X", "1")
        props.setAttrNS(STYLENS, "scale-to-Y", "0")
    pl.addElement(props)
    hs = style.HeaderStyle()
    hs.addElement(style.HeaderFooterProperties(minheight="0.2953in", marginleft="0in", marginright="0in",
                                               marginbottom="0.0984in"))
    pl.addElement(hs)
    fs = style.FooterStyle()
    fs.addElement(style.HeaderFooterProperties(minheight="0.2953in", marginleft="0in", marginright="0in",
                                               margintop="0.0984in"))
    pl.addElement(fs)
    doc.automaticstyles.addElement(pl)


page_layout("Mpm1", "8.2681in", "11.6929in", "portrait", False)      # A4 portrait (総括)
page_layout("Mpm2", "16.5354in", "11.6929in", "landscape", True)     # A3 landscape, fit to width


def master(name, layout):
    mp = style.MasterPage(name=name, pagelayoutname=layout)
    h = style.Header()
    hp = text.P()
    hp.addElement(text.SheetName(text="???"))
    h.addElement(hp)
    mp.addElement(h)
    mp.addElement(style.HeaderLeft(display="false"))
    f = style.Footer()
    fp = text.P()
    fp.addElement(text.PageNumber(text="1"))
    fp.addText(" / ")
    fp.addElement(text.PageCount(text="1"))
    f.addElement(fp)
    mp.addElement(f)
    mp.addElement(style.FooterLeft(display="false"))
    doc.masterstyles.addElement(mp)


master("Default", "Mpm1")
master("Report", "Mpm2")

# automatic styles (content.xml) --------------------------------------------------------------------------
A = doc.automaticstyles


def col_style(name, width):
    s = style.Style(name=name, family="table-column")
    s.addElement(style.TableColumnProperties(breakbefore="auto", columnwidth=width))
    A.addElement(s)


def row_style(name, height, optimal=True):
    s = style.Style(name=name, family="table-row")
    s.addElement(style.TableRowProperties(rowheight=height, breakbefore="auto",
                                          useoptimalrowheight="true" if optimal else "false"))
    A.addElement(s)


def tab_style(name, masterpage):
    s = style.Style(name=name, family="table", masterpagename=masterpage)
    s.addElement(style.TableProperties(display="true", writingmode="lr-tb"))
    A.addElement(s)


BORDER = "0.74pt solid #000000"


def cell_style(name, *, bold=False, size=None, wrap=False, border=False, bg=None, halign=None,
               valign=None, datastyle=None):
    kw = dict(name=name, family="table-cell", parentstylename="Default")
    if datastyle:
        kw["datastylename"] = datastyle
    s = style.Style(**kw)
    cp = {}
    if wrap:
        cp["wrapoption"] = "wrap"
    if border:
        cp["border"] = BORDER
    if bg:
        cp["backgroundcolor"] = bg
    if valign:
        cp["verticalalign"] = valign
    if cp:
        s.addElement(style.TableCellProperties(**cp))
    if halign:
        s.addElement(style.ParagraphProperties(textalign=halign, marginleft="0in"))
    tp = {}
    if bold:
        tp.update(fontweight="bold", fontweightasian="bold")
    if size:
        tp.update(fontsize=size, fontsizeasian=size)
    if tp:
        s.addElement(style.TextProperties(**tp))
    A.addElement(s)


for n, w in [("co1", "0.95in"), ("co2", "0.45in"), ("co3", "1.7in"), ("co4", "2.9in"), ("co5", "0.62in"),
             ("co6", "2.8in"), ("co7", "0.5in"), ("co8", "1.55in"), ("co9", "1.6in"), ("co10", "0.8in"),
             ("co11", "2.0in"), ("co12", "0.2in"), ("co13", "0.35in"), ("co14", "1.6in"),
             ("co15", "1.0in"), ("co16", "1.1in")]:
    col_style(n, w)
row_style("ro1", "0.178in")
row_style("ro2", "0.32in")
row_style("ro3", "1.05in")
row_style("ro4", "0.6in")
tab_style("ta1", "Default")
tab_style("ta2", "Report")

cell_style("ce1", bold=True, size="16pt")                                   # cover / sheet title
cell_style("ce2", size="11pt")                                              # cover sub lines
cell_style("ce3", size="11pt", datastyle="N20113")                          # cover date (令和7年6月)
cell_style("ce4", bold=True, size="12pt")                                   # 総括 section headings
cell_style("ce5", wrap=True, valign="top")                                  # 総括 prose
cell_style("ce6", bold=True, border=True, bg="#d9d9d9", halign="center", valign="middle", wrap=True)  # header
cell_style("ce7", border=True, halign="center", valign="middle")            # centred body cell
cell_style("ce8", border=True, wrap=True, valign="top")                     # text body cell
cell_style("ce9", border=True, halign="center", valign="middle", datastyle="N3")   # #,##0
cell_style("ce10", border=True, halign="center", valign="middle", datastyle="N10")  # 0.0%
cell_style("ce11", border=True, halign="center", valign="middle", datastyle="N11")  # 0.0
cell_style("ce12", bold=True, size="13pt")                                  # 基本方針 heading row
cell_style("ce13", halign="end", datastyle="N20114")                        # as-of date
cell_style("ce14", bold=True, border=True, bg="#fff2cc", halign="center")    # legend title
cell_style("ce15", border=True, bg="#fff2cc", halign="center")               # legend mark
cell_style("ce16", border=True, bg="#fff2cc", wrap=True)                     # legend text
cell_style("ce17", wrap=True, size="9pt")                                   # ※ notes
cell_style("ce18", border=True, wrap=True, valign="middle", halign="center", bold=True)  # 施策 group cell
cell_style("ce19", border=True)                                             # empty bordered cell

red = style.Style(name="T1", family="text")
red.addElement(style.TextProperties(color="#c9211e", fontweight="bold", fontweightasian="bold"))
A.addElement(red)
# annotation styles
gr1 = style.Style(name="gr1", family="graphic")
gr1.addElement(style.GraphicProperties(fill="solid", fillcolor="#ffffc0", textareahorizontalalign="left",
                                       textareaverticalalign="top", shadow="hidden"))
A.addElement(gr1)
p1 = style.Style(name="P1", family="paragraph")
p1.addElement(style.TextProperties(fontname="IPAPGothic", fontnameasian="ＭＳ Ｐゴシック", fontsize="9pt",
                                   fontsizeasian="9pt"))
A.addElement(p1)
p2 = style.Style(name="P2", family="paragraph")
p2.addElement(style.ParagraphProperties(writingmode="lr-tb", textalign="start"))
A.addElement(p2)


# ----------------------------------------------------------------------------------------------------
# a small grid model -> LibreOffice-style XML
# ----------------------------------------------------------------------------------------------------
class Cell:
    def __init__(self, paras=None, *, vtype="string", value=None, style=None, rows=1, cols=1, formula=None,
                 annotation=None, covered_paras=None):
        if isinstance(paras, str):
            paras = [paras]
        self.paras = paras or []        # list of paragraphs; a paragraph is a str or a list of runs
        self.vtype = vtype
        self.value = value
        self.style = style
        self.rows = rows
        self.cols = cols
        self.formula = formula
        self.annotation = annotation    # (creator, date, [paragraph strings])

    def empty(self):
        return not self.paras and self.value is None and self.formula is None


class Sheet:
    def __init__(self, name, tstyle, colstyles, print_range=None):
        self.name = name
        self.tstyle = tstyle
        self.colstyles = colstyles
        self.ncols = len(colstyles)
        self.cells = {}        # (r, c) -> Cell
        self.covered = {}      # (r, c) -> Cell holding the text a covered cell kept (or None)
        self.rowstyle = {}
        self.hidden = set()
        self.header_rows = None    # (first, last)
        self.groups = []           # [(first, last)]
        self.nrows = 0
        self.print_range = print_range
        self.cellstyle_default = {}   # (r, c) -> style for empty cells

    def put(self, r, c, cell):
        self.cells[(r, c)] = cell
        self.nrows = max(self.nrows, r + cell.rows)

    def style_empty(self, r, c, st):
        self.cellstyle_default[(r, c)] = st
        self.nrows = max(self.nrows, r + 1)


def para_elem(p, pstyle=None):
    kw = {"stylename": pstyle} if pstyle else {}
    el = text.P(**kw)
    runs = [p] if isinstance(p, str) else p
    for run in runs:
        if isinstance(run, tuple):
            sp = text.Span(stylename=run[0])
            sp.addText(run[1])
            el.addElement(sp)
        else:
            el.addText(run)
    return el


def cell_signature(kind, cell, st):
    if cell is None:
        return (kind, st, None)
    if cell.rows > 1 or cell.cols > 1 or cell.annotation or cell.formula:
        return None    # never merged into a repeat group
    paras = tuple(tuple(p) if isinstance(p, list) else p for p in cell.paras)
    return (kind, cell.style, cell.vtype, cell.value, paras)


def make_cell_element(kind, cell, st):
    ctor = table.TableCell if kind == "cell" else table.CoveredTableCell
    el = ctor()
    if cell is None:
        if st:
            el.setAttrNS(TABLENS, "style-name", st)
        return el
    if cell.style:
        el.setAttrNS(TABLENS, "style-name", cell.style)
    if cell.formula:
        el.setAttrNS(TABLENS, "formula", cell.formula)
    if not cell.empty():
        if cell.vtype == "string":
            el.setAttrNS(OFFICENS, "value-type", "string")
            if cell.formula:
                el.setAttrNS(OFFICENS, "string-value", cell.value if cell.value is not None else "")
        elif cell.vtype == "date":
            el.setAttrNS(OFFICENS, "value-type", "date")
            el.setAttrNS(OFFICENS, "date-value", cell.value)
        else:
            el.setAttrNS(OFFICENS, "value-type", cell.vtype)
            el.setAttrNS(OFFICENS, "value", cell.value)
        el.setAttrNS(CALCEXTNS, "value-type", cell.vtype)
    if kind == "cell" and (cell.rows > 1 or cell.cols > 1):
        el.setAttrNS(TABLENS, "number-columns-spanned", str(cell.cols))
        el.setAttrNS(TABLENS, "number-rows-spanned", str(cell.rows))
    if cell.annotation:
        creator, date, lines = cell.annotation
        an = Annotation()
        for k, v in [("style-name", "gr1"), ("text-style-name", "P2")]:
            an.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", k, v)
        for k, v in [("width", "2.1in"), ("height", "0.45in"), ("x", "3.1in"), ("y", "0.2in")]:
            an.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", k, v)
        an.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "caption-point-x", "-0.24in")
        an.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "caption-point-y", "0.2in")
        an.addElement(dc.Creator(text=creator))
        an.addElement(dc.Date(text=date))
        for ln in lines:
            an.addElement(para_elem(ln, "P1"))
        el.addElement(an)
    for p in cell.paras:
        el.addElement(para_elem(p))
    return el


def build_row_cells(sh, r):
    covered_at = {}
    for (ar, ac), cell in sh.cells.items():
        if cell.rows > 1 or cell.cols > 1:
            for rr in range(ar, ar + cell.rows):
                for cc in range(ac, ac + cell.cols):
                    if (rr, cc) != (ar, ac):
                        covered_at[(rr, cc)] = True
    items = []
    for c in range(sh.ncols):
        if (r, c) in covered_at:
            kept = sh.covered.get((r, c))
            items.append(("covered", kept, sh.cellstyle_default.get((r, c))))
        else:
            cell = sh.cells.get((r, c))
            items.append(("cell", cell, sh.cellstyle_default.get((r, c))))
    # compress identical neighbours the way LibreOffice does
    out = []
    for kind, cell, st in items:
        sig = cell_signature(kind, cell, st)
        if out and sig is not None and out[-1][0] == sig:
            out[-1][1] += 1
        else:
            out.append([sig, 1, kind, cell, st])
    elems = []
    for _sig, n, kind, cell, st in out:
        el = make_cell_element(kind, cell, st)
        if n > 1:
            el.setAttrNS(TABLENS, "number-columns-repeated", str(n))
        elems.append(el)
    sig_row = tuple((s, n) for s, n, *_ in out)
    has_merge = any(k == "covered" for k, _, _ in items) or any(
        c is not None and (c.rows > 1 or c.cols > 1) for _, c, _ in items)
    return elems, sig_row, has_merge


def emit_sheet(sh):
    attrs = dict(name=sh.name, stylename=sh.tstyle)
    t = table.Table(**attrs)
    if sh.print_range:
        t.setAttrNS(TABLENS, "print-ranges", sh.print_range)
    # columns
    prev = None
    for cs in sh.colstyles:
        if prev is not None and prev.getAttrNS(TABLENS, "style-name") == cs:
            n = int(prev.getAttrNS(TABLENS, "number-columns-repeated") or 1) + 1
            prev.setAttrNS(TABLENS, "number-columns-repeated", str(n))
            continue
        col = table.TableColumn(stylename=cs, defaultcellstylename="Default")
        t.addElement(col)
        prev = col

    def segment_of(r):
        if sh.header_rows and sh.header_rows[0] <= r <= sh.header_rows[1]:
            return ("header", sh.header_rows)
        for g in sh.groups:
            if g[0] <= r <= g[1]:
                return ("group", g)
        return ("plain", None)

    containers = {}
    last = None
    for r in range(sh.nrows):
        seg = segment_of(r)
        if seg[0] == "plain":
            parent = t
        else:
            if seg not in containers:
                containers[seg] = table.TableHeaderRows() if seg[0] == "header" else table.TableRowGroup()
                t.addElement(containers[seg])
            parent = containers[seg]
        elems, sig, has_merge = build_row_cells(sh, r)
        rs = sh.rowstyle.get(r, "ro1")
        vis = r in sh.hidden
        key = (id(parent), sig, rs, vis)
        if last is not None and last[0] == key and not has_merge and not last[2]:
            n = int(last[1].getAttrNS(TABLENS, "number-rows-repeated") or 1) + 1
            last[1].setAttrNS(TABLENS, "number-rows-repeated", str(n))
            continue
        row = table.TableRow(stylename=rs)
        if vis:
            row.setAttrNS(TABLENS, "visibility", "collapse")
        for el in elems:
            row.addElement(el)
        parent.addElement(row)
        last = (key, row, has_merge)
    doc.spreadsheet.addElement(t)


# ----------------------------------------------------------------------------------------------------
# content
# ----------------------------------------------------------------------------------------------------
TITLE = "第3次もえぎ野市行財政改革実施計画　進捗管理表（令和6年度実績）"
ASOF = "2025-03-31"
ASOF_TEXT = "（令和7年3月31日現在）"

# ---- sheet 総括 ----------------------------------------------------------------------------------------
S0 = Sheet("総括", "ta1", ["co15", "co16", "co16", "co10", "co10", "co10", "co10", "co10"],
           print_range="総括.A1:総括.H24")
S0.rowstyle[0] = "ro2"
S0.put(0, 0, Cell("第3次もえぎ野市行財政改革実施計画進捗管理表", style="ce1", cols=8))
S0.put(1, 0, Cell("（令和6年度実績）", style="ce2", cols=8))
S0.put(2, 0, Cell("計画期間　令和5年度～令和7年度", style="ce2", cols=8))
S0.put(3, 0, Cell("令和7年6月", vtype="date", value="2025-06-30", style="ce3", cols=8))
S0.put(4, 0, Cell("もえぎ野市　総務部　行政経営課", style="ce2", cols=8))
S0.put(6, 0, Cell("1　進捗管理の方法", style="ce4", cols=8))
S0.rowstyle[7] = "ro3"
S0.put(7, 0, Cell([
    "本表は、第3次もえぎ野市行財政改革実施計画（令和5年度～令和7年度）に掲げた18の取組について、"
    "令和6年度末時点の進捗状況を取りまとめたものです。",
    "各取組の担当課が年度別計画に対する実績と成果指標の実績値を記入して自己評価を行い、"
    "行政改革推進本部で内容を確認しました。",
    "なお、令和5年度に完了した取組（No.15）の行は、表示を省略しています。",
], style="ce5", cols=8))
S0.put(9, 0, Cell("2　進捗の区分", style="ce4", cols=8))
S0.put(10, 0, Cell("進捗は、令和6年度の計画に対する実績を次の4区分で示しています。", style="ce5", cols=8))
S0.put(11, 0, Cell("区分", style="ce6"))
S0.put(11, 1, Cell("内容", style="ce6", cols=3))
for i, (mk, desc) in enumerate([("◎", "計画を上回って進んだ"), ("○", "計画どおり進んだ"),
                                ("△", "計画より遅れている"), ("×", "未着手")]):
    S0.put(12 + i, 0, Cell(mk, style="ce7"))
    S0.put(12 + i, 1, Cell(desc, style="ce8", cols=3))
S0.put(17, 0, Cell("3　基本方針別の進捗状況（令和6年度）", style="ce4", cols=8))
S0.put(18, 0, Cell("基本方針", style="ce6", cols=3))
for j, h in enumerate(["◎", "○", "△", "×"]):
    S0.put(18, 3 + j, Cell(h, style="ce6"))
S0.put(18, 7, Cell("計", style="ce6"))

# ---- item data ---------------------------------------------------------------------------------------
# columns: A 施策 | B No. | C 取組項目 | D 取組内容 | E 令和5年度 | F 令和6年度 | G 令和7年度 | H 実績 | I 進捗 |
#          J 担当課 | K 指標名 | L 目標値 | M 実績値 | N 達成率 | O 今後の方向性・備考 | P spacer | Q,R 凡例
SHEETS = [
    ("基本方針1", "基本方針1　デジタル技術を活用した市民サービスの向上", [
        (["（１）", "行政手続の", "オンライン化"], [
            dict(no=1, title="電子申請の対象手続の拡大",
                 body="市民の利用が多い手続から順に電子申請に対応させ、来庁しなくても手続ができる範囲を広げる。",
                 plan=("拡大", "拡大", "拡大"),
                 result="子育て・介護分野を中心に42手続を追加し、電子申請に対応する手続は累計186手続となった。",
                 mark="◎", dept=["デジタル推進課"],
                 dept_note=("行政経営課", "2025-05-19T10:05:00",
                            ["令和6年4月の組織改正により、情報政策課から事務を引き継ぎ"]),
                 ind="電子申請対応手続数", target=("float", 200), actual=("float", 186), rate="ratio",
                 next="税・国民健康保険分野の手続を優先して追加する。"),
            dict(no=2, title="証明書のコンビニ交付の利用促進",
                 body="マイナンバーカードを利用したコンビニ交付の周知を強化し、窓口の混雑緩和につなげる。",
                 plan=("実施", "実施", "実施"),
                 result="広報紙と公式LINEで毎月周知し、住民票の写し等の交付に占めるコンビニ交付の割合は18.4％となった。",
                 mark="○", dept=["市民課、デジタル推進課"],
                 ind="コンビニ交付率", target=("percentage", 0.25), actual=("percentage", 0.184), rate="ratio",
                 next="窓口交付との手数料の差額設定を検討する。"),
            dict(no=3, title=[["窓口キャッシュレス決済の", ("T1", "拡大")]],
                 title_note=("行政経営課", "2025-05-19T10:11:00",
                             ["令和6年度に名称を変更", "（旧名称：窓口キャッシュレス決済の導入）"]),
                 body="証明書の交付手数料などの支払に、クレジットカードや電子マネー、コード決済を利用できるようにする。",
                 plan=("導入", "拡大", "拡大"),
                 result="本庁舎の全窓口に加え、北部・南部の2支所でも利用を開始した。",
                 mark="○", dept=["会計課／市民課"],
                 ind="キャッシュレス決済の利用率", target=("percentage", 0.30), actual=("percentage", 0.275),
                 rate="ratio", next="施設使用料の支払への拡大を検討する。"),
        ]),
        (["（２）", "情報発信の充実"], [
            dict(no=4, title="公式ＬＩＮＥを活用した情報発信",
                 body="公式LINEアカウントで、防災・子育て・ごみ収集など市民が必要な情報を選んで受け取れるようにする。",
                 plan=("検討", "実施", "拡充"),
                 result="受信する分野を選べる機能を導入し、友だち登録者数は24,300人となった。",
                 mark="◎", dept=["広報広聴課"],
                 ind="友だち登録者数（人）", target=("float", 20000), actual=("float", 24300), rate="ratio",
                 next="防災情報の配信との連携を強化する。"),
            dict(no=5, title=["市ホームページの", "全面リニューアル"],
                 body="閲覧者が目的の情報に早くたどり着けるよう、ページ構成と検索機能を見直し、"
                      "スマートフォンでも見やすいホームページに改める。",
                 plan=("検討", "構築", "公開"),
                 result="掲載ページの棚卸しに想定以上の時間を要し、委託契約の締結が令和6年12月にずれ込んだため、"
                        "新しいホームページの公開を令和7年10月に延期した。",
                 mark="△", dept=["広報広聴課・デジタル推進課"],
                 ind="新ホームページの公開", target=("string", "公開"), actual=("string", "未公開"), rate="ratio",
                 next="閲覧数の少ない古いページの削除を先行して進める。"),
        ]),
        (["（３）", "業務の効率化"], [
            dict(no=6, title="ＡＩ・ＲＰＡの活用による業務の自動化",
                 body="定型的な入力・照合作業にRPAを、会議録の作成などに音声認識AIを導入し、"
                      "職員が相談業務に充てる時間を確保する。",
                 plan=("試行", "拡大", "拡大"),
                 result="RPAの対象を12業務に広げ、年間で約3,100時間の作業時間を削減した。",
                 mark="○", dept=["デジタル推進課", "職員課"],
                 ind="作業時間の削減（時間）", target=("float", 4000), actual=("float", 3100), rate="ratio",
                 next="生成AIの試行利用を始める。"),
            dict(no=7, title="文書管理・電子決裁システムの導入",
                 body="文書の起案から決裁、保存までを電子化し、紙の使用量と決裁に要する日数を減らす。",
                 plan=("検討", "導入", "運用"),
                 result="システムを導入し、令和7年1月から全庁で電子決裁を開始した。",
                 mark="○", dept=["総務課"],
                 ind="電子決裁率", target=("percentage", 0.80), actual=("percentage", 0.352), rate="ratio",
                 next="紙での起案が残る業務を洗い出す。"),
        ]),
    ], ["※No.3の取組項目は、令和6年度から「窓口キャッシュレス決済の拡大」に改めています。"]),
    ("基本方針2", "基本方針2　持続可能な財政運営の確立", [
        (["（１）", "歳入の確保"], [
            dict(no=8, title="市税等の収納率の向上",
                 body="口座振替とスマートフォン決済の利用を勧め、滞納の初期段階での納付相談を徹底する。",
                 plan=("実施", "実施", "実施"),
                 result="現年課税分の収納率は99.1％となり、前年度を0.2ポイント上回った。",
                 mark="○", dept=["税務課・収納対策室"],
                 ind="市税収納率（現年課税分）", target=("percentage", 0.992), actual=("percentage", 0.991),
                 rate="ratio", next="滞納繰越分の縮減に重点を置く。"),
            dict(no=9, title="使用料・手数料の見直し",
                 body="受益者負担の考え方に基づき、施設使用料と各種手数料の算定基準を定め、4年ごとに見直す。",
                 plan=("検討", "改定", "施行"),
                 result="算定基準の案をまとめたが、利用団体への説明に時間を要し、条例改正を令和7年度に見送った。",
                 mark="△", dept=["財政課"],
                 ind="見直した使用料・手数料（件）", target=("float", 64), actual=("float", 0), rate="ratio",
                 next="令和7年9月議会での条例改正をめざす。"),
        ]),
        (["（２）", "公共施設の", "最適化"], [
            dict(no=10, title="公共施設の複合化・集約化",
                 body="老朽化した地区公民館と児童館を近隣の小学校へ集約し、維持管理経費を抑える。",
                 plan=("計画", "設計", "工事"),
                 result="東地区の複合化施設の基本設計を完了し、地元説明会を3回開催した。",
                 mark="○", dept=["資産経営課"], dept_rows=2,
                 ind="延床面積の削減量（㎡）", target=("float", 2500), actual=("float", 0), rate="ratio",
                 next="令和7年度に実施設計に着手する。"),
            dict(no=11, title="未利用市有地の売却・貸付",
                 body="活用の見込みがない市有地を一般競争入札で売却し、売却できない土地は貸付に切り替える。",
                 plan=("実施", "実施", "実施"),
                 result="旧第二給食センター跡地など3件、約4,200㎡を売却し、売却収入は1億2,600万円となった。",
                 mark="◎", dept=None, covered_dept=["管財課"],
                 ind="売却収入（千円）", target=("float", 100000), actual=("float", 126000), rate="ratio",
                 next="貸付期間が満了する2件について売却を検討する。"),
            dict(no=12, title="施設の長寿命化と維持管理費の縮減",
                 body="個別施設計画に基づき予防保全型の修繕を計画的に行い、施設の更新費用を平準化する。",
                 plan=("実施", "実施", "実施"),
                 result="小中学校3校の屋上防水と、市民体育館の照明のLED化を実施した。",
                 mark="○", dept=["建築営繕課／資産経営課"],
                 ind="照明をLED化した施設数", target=("float", 20), actual=("float", 14), rate="ratio",
                 next="残る6施設で照明のLED化を実施する。"),
        ]),
    ], ["※No.11の担当課は、令和6年4月の組織改正前は管財課でした。"]),
    ("基本方針3", "基本方針3　多様な人材が活躍できる組織づくり", [
        (["（１）", "人材の育成"], [
            dict(no=13, title="職員研修体系の見直し",
                 body="階層別研修を再編し、若手職員が早い段階で政策形成の手法を学べる研修を設ける。",
                 plan=("検討", "実施", "実施"),
                 result="入庁3年目までの職員を対象に政策形成研修を新設し、48人が受講した。",
                 mark="○", dept=["職員課"],
                 ind="研修受講者数（人）", target=("float", 150), actual=("float", 132), rate="ratio",
                 next="管理職向けのマネジメント研修を充実させる。"),
            dict(no=14, title="ＤＸ推進リーダーの育成",
                 body="各課に1人以上のDX推進リーダーを置き、業務改善の提案と職場での相談対応を担えるよう育成する。",
                 plan=("試行", "実施", "実施"),
                 result="全52課に計61人のリーダーを配置し、業務改善の提案が27件寄せられた。",
                 mark="◎", dept=["職員課、デジタル推進課"],
                 ind="リーダーを配置した課の数", target=("float", 52), actual=("float", 52), rate="ratio",
                 next="提案の実現状況を全庁で共有する。"),
            dict(no=15, hidden=True, title="会計年度任用職員の人事評価の導入",
                 body="会計年度任用職員にも人事評価を導入し、評価結果を再度の任用と処遇に反映する。",
                 plan=("導入", "－", "－"),
                 result="令和5年度に全職種で導入を完了した。",
                 mark="－", dept=["職員課"],
                 ind="－", target=("string", "－"), actual=("string", "－"), rate="ratio",
                 next="令和5年度で完了"),
        ]),
        (["（２）", "働き方改革の", "推進"], [
            dict(no=16, title="テレワーク環境の整備",
                 body="持ち出し用端末と庁外から庁内システムに接続できる環境を整え、在宅勤務を選べる職員を増やす。",
                 plan=("試行", "拡大", "拡大"),
                 result="持ち出し用端末を120台に増やし、延べ1,850回の在宅勤務が行われた。",
                 mark="○", dept=["職員課・デジタル推進課"],
                 ind="在宅勤務の利用回数（回）", target=("float", 2000), actual=("float", 1850), rate="ratio",
                 next="窓口部門でも利用できる仕組みを検討する。"),
            dict(no=17, title="時間外勤務の縮減",
                 body="業務の平準化とノー残業デーの徹底により、職員1人当たりの時間外勤務時間を減らす。",
                 plan=("実施", "実施", "実施"),
                 result="選挙事務と豪雨災害への対応が重なり、職員1人当たりの時間外勤務は月平均14.8時間と"
                        "目標の12.0時間を上回った。",
                 mark="△", dept=["職員課"],
                 ind="1人当たり時間外勤務（時間／月）", target=("dec", 12.0), actual=("dec", 14.8), rate="inverse",
                 next="部署ごとの時間外勤務の状況を毎月公表する。"),
            dict(no=18, title="男性職員の育児休業取得の促進",
                 body="子が生まれる男性職員に対し、所属長が取得計画の作成を支援し、育児休業を取りやすい職場をつくる。",
                 plan=("実施", "実施", "実施"),
                 result="取得計画の様式の検討にとどまり、所属長による支援の取組には着手できなかった。",
                 mark="×", dept=["職員課"],
                 ind="男性職員の育児休業取得率", target=("percentage", 0.85), actual=("percentage", 0.462),
                 rate="ratio", next="令和7年度当初から取得計画の運用を始める。"),
        ]),
    ], ["※No.17の達成率は、目標値÷実績値で算出しています（少ないほど良い指標のため）。"]),
]

COLS = ["co1", "co2", "co3", "co4", "co5", "co5", "co5", "co6", "co7", "co8", "co9", "co10", "co10",
        "co10", "co11", "co12", "co13", "co14"]
NC = len(COLS)   # A..R


def fmt_pct(x):
    return "%.1f%%" % (x * 100 + 1e-9)


def num_cell(kind, v):
    if kind == "float":
        return Cell(f"{int(v):,}", vtype="float", value=str(int(v)), style="ce9")
    if kind == "dec":
        return Cell(f"{v:.1f}", vtype="float", value=repr(v), style="ce11")
    if kind == "percentage":
        return Cell(fmt_pct(v), vtype="percentage", value=repr(v), style="ce10")
    return Cell(v, style="ce7")


def excel_col(c):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[c]


mark_ranges = {}
item_sheets = []
for sname, heading, groups, notes in SHEETS:
    S = Sheet(sname, "ta2", COLS)
    S.rowstyle[0] = "ro2"
    S.put(0, 0, Cell(TITLE, style="ce1", cols=15))
    S.rowstyle[1] = "ro2"
    S.put(1, 0, Cell(heading, style="ce12", cols=15))
    S.put(2, 12, Cell(ASOF_TEXT, vtype="date", value=ASOF, style="ce13", cols=3))
    # three-row header (rows 4-6 = index 3-5), print titles
    h = 3
    for c, label in [(0, "施策"), (1, "No."), (2, "取組項目"), (3, "取組内容"), (9, "担当課"),
                     (14, "今後の方向性・備考")]:
        S.put(h, c, Cell(label, style="ce6", rows=3))
    S.put(h, 4, Cell("計画と実績", style="ce6", cols=5))
    S.put(h + 1, 4, Cell("年度別計画", style="ce6", cols=3))
    S.put(h + 1, 7, Cell("令和6年度", style="ce6", cols=2))
    for j, y in enumerate(["令和5年度", "令和6年度", "令和7年度"]):
        S.put(h + 2, 4 + j, Cell(y, style="ce6"))
    S.put(h + 2, 7, Cell("実績", style="ce6"))
    S.put(h + 2, 8, Cell("進捗", style="ce6"))
    S.put(h, 10, Cell("成果指標", style="ce6", cols=4))
    S.put(h + 1, 10, Cell("指標名", style="ce6", rows=2))
    S.put(h + 1, 11, Cell(["目標値", "（令和7年度）"], style="ce6", rows=2))
    S.put(h + 1, 12, Cell(["実績値", "（令和6年度）"], style="ce6", rows=2))
    S.put(h + 1, 13, Cell("達成率", style="ce6", rows=2))
    S.header_rows = (h, h + 2)
    # legend block beside the table (Q:R), rows 4-9
    S.put(h, 16, Cell("凡例（進捗）", style="ce14", cols=2))
    for i, (mk, desc) in enumerate([("◎", "計画を上回って進んだ"), ("○", "計画どおり進んだ"),
                                    ("△", "計画より遅れている"), ("×", "未着手")]):
        S.put(h + 1 + i, 16, Cell(mk, style="ce15"))
        S.put(h + 1 + i, 17, Cell(desc, style="ce16"))
    r = h + 3
    first_item_row = r
    for gi, (gname, items) in enumerate(groups):
        g0 = r
        S.put(g0, 0, Cell(gname, style="ce18", rows=len(items)))
        for it in items:
            S.rowstyle[r] = "ro3"
            if it.get("hidden"):
                S.hidden.add(r)
            S.put(r, 1, Cell(str(it["no"]), vtype="float", value=str(it["no"]), style="ce7"))
            title = it["title"]
            tparas = title if isinstance(title, list) else [title]
            S.put(r, 2, Cell(tparas, style="ce8", annotation=it.get("title_note")))
            S.put(r, 3, Cell(it["body"], style="ce8"))
            for j, p in enumerate(it["plan"]):
                S.put(r, 4 + j, Cell(p, style="ce7"))
            S.put(r, 7, Cell(it["result"], style="ce8"))
            S.put(r, 8, Cell(it["mark"], style="ce7"))
            if it["dept"] is not None:
                S.put(r, 9, Cell(it["dept"], style="ce8", rows=it.get("dept_rows", 1),
                                 annotation=it.get("dept_note")))
            if it.get("covered_dept"):
                S.covered[(r, 9)] = Cell(it["covered_dept"], style="ce8")
            S.put(r, 10, Cell(it["ind"], style="ce8"))
            tk, tv = it["target"]
            ak, av = it["actual"]
            S.put(r, 11, num_cell(tk, tv))
            S.put(r, 12, num_cell(ak, av))
            row1 = r + 1
            Lref, Mref = f"[.L{row1}]", f"[.M{row1}]"
            if it["rate"] == "inverse":
                formula = f"of:=IF(ISNUMBER({Mref});{Lref}/{Mref};\"－\")"
                ratio = tv / av if isinstance(av, (int, float)) and av else None
            else:
                formula = f"of:=IF(ISNUMBER({Lref});{Mref}/{Lref};\"－\")"
                ratio = av / tv if isinstance(tv, (int, float)) and not isinstance(av, str) else None
            if ratio is None:
                S.put(r, 13, Cell("－", vtype="string", value="－", style="ce10", formula=formula))
            else:
                S.put(r, 13, Cell(fmt_pct(ratio), vtype="percentage", value=repr(round(ratio, 15)),
                                  style="ce10", formula=formula))
            S.put(r, 14, Cell(it["next"], style="ce8"))
            r += 1
        if gi == 1 and sname == "基本方針1":
            S.groups.append((g0, r - 1))   # 施策(2) was grouped (outline) by the author; left expanded
    last_item_row = r - 1
    mark_ranges[sname] = f"[${sname}.$I${first_item_row + 1}:.$I${last_item_row + 1}]"
    # two spare bordered rows kept from the template
    for rr in (r, r + 1):
        S.rowstyle[rr] = "ro1"
        for c in range(15):
            S.style_empty(rr, c, "ce19")
    r += 2
    for note in notes:
        S.rowstyle[r] = "ro1"
        S.put(r, 0, Cell(note, style="ce17", cols=15))
        r += 1
    S.print_range = f"{sname}.A1:{sname}.R{r}"
    item_sheets.append(S)

# ---- 総括 count table (formulas over the other sheets) ------------------------------------------------
counts = {}
for sname, _heading, groups, _notes in SHEETS:
    marks = [it["mark"] for _, items in groups for it in items]
    counts[sname] = [marks.count(m) for m in ["◎", "○", "△", "×"]]
for i, (sname, heading, _groups, _notes) in enumerate(SHEETS):
    rr = 19 + i
    S0.put(rr, 0, Cell(sname, style="ce8"))
    S0.put(rr, 1, Cell(heading.split("　", 1)[1], style="ce8", cols=2))
    for j, m in enumerate(["◎", "○", "△", "×"]):
        f = f"of:=COUNTIF({mark_ranges[sname]};\"{m}\")"
        S0.put(rr, 3 + j, Cell(str(counts[sname][j]), vtype="float", value=str(counts[sname][j]),
                               style="ce9", formula=f))
    tot = sum(counts[sname])
    S0.put(rr, 7, Cell(str(tot), vtype="float", value=str(tot), style="ce9",
                       formula=f"of:=SUM([.D{rr + 1}:.G{rr + 1}])"))
S0.put(22, 0, Cell("合計", style="ce7", cols=3))
for j in range(5):
    col = excel_col(3 + j)
    v = sum(counts[s][j] for s in counts) if j < 4 else sum(sum(counts[s]) for s in counts)
    S0.put(22, 3 + j, Cell(str(v), vtype="float", value=str(v), style="ce9",
                           formula=f"of:=SUM([.{col}20:.{col}22])"))
S0.put(23, 0, Cell("※件数は、各シートの「進捗」欄を自動で集計しています。", style="ce17", cols=8))

emit_sheet(S0)
for S in item_sheets:
    emit_sheet(S)
doc.spreadsheet.addElement(table.NamedExpressions())

# ----------------------------------------------------------------------------------------------------
# settings.xml: active sheet, frozen panes on the item sheets (columns A:C, rows 1-6)
# ----------------------------------------------------------------------------------------------------
def ci(name, typ, val):
    return config.ConfigItem(name=name, type=typ, text=val)


vs = config.ConfigItemSet(name="ooo:view-settings")
for n, v in [("VisibleAreaTop", "0"), ("VisibleAreaLeft", "0"), ("VisibleAreaWidth", "38000"),
             ("VisibleAreaHeight", "12000")]:
    vs.addElement(ci(n, "int", v))
views = config.ConfigItemMapIndexed(name="Views")
ve = config.ConfigItemMapEntry()
ve.addElement(ci("ViewId", "string", "view1"))
tabs = config.ConfigItemMapNamed(name="Tables")
for sname, frozen in [("総括", False)] + [(s.name, True) for s in item_sheets]:
    te = config.ConfigItemMapEntry(name=sname)
    items = [("CursorPositionX", "int", "0"), ("CursorPositionY", "int", "6" if frozen else "0"),
             ("HorizontalSplitMode", "short", "2" if frozen else "0"),
             ("VerticalSplitMode", "short", "2" if frozen else "0"),
             ("HorizontalSplitPosition", "int", "3" if frozen else "0"),
             ("VerticalSplitPosition", "int", "6" if frozen else "0"),
             ("ActiveSplitRange", "short", "3" if frozen else "2"),
             ("PositionLeft", "int", "0"), ("PositionRight", "int", "3" if frozen else "0"),
             ("PositionTop", "int", "0"), ("PositionBottom", "int", "6" if frozen else "0"),
             ("ZoomType", "short", "0"), ("ZoomValue", "int", "85" if frozen else "100"),
             ("PageViewZoomValue", "int", "60"), ("ShowGrid", "boolean", "false" if not frozen else "true"),
             ("AnchoredTextOverflowLegacy", "boolean", "false")]
    for n, typ, v in items:
        te.addElement(ci(n, typ, v))
    tabs.addElement(te)
ve.addElement(tabs)
for n, typ, v in [("ActiveTable", "string", "総括"), ("HorizontalScrollbarWidth", "int", "1480"),
                  ("ZoomType", "short", "0"), ("ZoomValue", "int", "100"), ("PageViewZoomValue", "int", "60"),
                  ("ShowPageBreakPreview", "boolean", "false"), ("ShowZeroValues", "boolean", "true"),
                  ("ShowNotes", "boolean", "true"), ("ShowGrid", "boolean", "true"),
                  ("GridColor", "int", "12632256"), ("ShowPageBreaks", "boolean", "true"),
                  ("HasColumnRowHeaders", "boolean", "true"), ("HasSheetTabs", "boolean", "true"),
                  ("IsOutlineSymbolsSet", "boolean", "true"), ("IsValueHighlightingEnabled", "boolean", "false"),
                  ("IsSnapToRaster", "boolean", "false"), ("RasterIsVisible", "boolean", "false"),
                  ("RasterResolutionX", "int", "1000"), ("RasterResolutionY", "int", "1000"),
                  ("RasterSubdivisionX", "int", "1"), ("RasterSubdivisionY", "int", "1"),
                  ("IsRasterAxisSynchronized", "boolean", "true"), ("AnchoredTextOverflowLegacy", "boolean", "false")]:
    ve.addElement(ci(n, typ, v))
views.addElement(ve)
vs.addElement(views)
doc.settings.addElement(vs)
cs = config.ConfigItemSet(name="ooo:configuration-settings")
for n, typ, v in [("AllowPrintJobCancel", "boolean", "true"), ("ApplyUserData", "boolean", "true"),
                  ("AutoCalculate", "boolean", "true"), ("CharacterCompressionType", "short", "0"),
                  ("HasColumnRowHeaders", "boolean", "true"), ("HasSheetTabs", "boolean", "true"),
                  ("IsDocumentShared", "boolean", "false"), ("IsKernAsianPunctuation", "boolean", "false"),
                  ("IsOutlineSymbolsSet", "boolean", "true"), ("LinkUpdateMode", "short", "3"),
                  ("LoadReadonly", "boolean", "false"), ("PrinterName", "string", ""),
                  ("SaveVersionOnClose", "boolean", "false"), ("ShowGrid", "boolean", "true"),
                  ("ShowNotes", "boolean", "true"), ("ShowPageBreaks", "boolean", "true"),
                  ("ShowZeroValues", "boolean", "true"), ("UpdateFromTemplate", "boolean", "true")]:
    cs.addElement(ci(n, typ, v))
doc.settings.addElement(cs)

# ----------------------------------------------------------------------------------------------------
# write, then re-pack with fixed timestamps and a fixed member order (mimetype first, stored)
# ----------------------------------------------------------------------------------------------------
buf = io.BytesIO()
doc.write(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
parts = {n: src.read(n) for n in src.namelist()}
order = ["mimetype", "meta.xml", "settings.xml", "content.xml", "styles.xml", "META-INF/manifest.xml"]
assert sorted(order) == sorted(parts), sorted(parts)
with open(OUT, "wb") as fh:
    with zipfile.ZipFile(fh, "w") as z:
        for n in order:
            zi = zipfile.ZipInfo(n, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16
            zi.create_system = 0
            z.writestr(zi, parts[n])
print("wrote", OUT)
