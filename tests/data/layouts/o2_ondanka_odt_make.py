"""Build o2_ondanka_odt.odt: a fictional town's 地球温暖化対策実行計画（事務事業編）
laid out the way LibreOffice Writer saves it (round O, test document o2).

かたくり沢町 is fictional; every sentence and figure below is invented.

What the file imitates (see NOTES_O2.md):
- headings are text:h with text:outline-level; their numbers come ONLY from the
  text:outline-style in styles.xml (第%1%章 / %1%.%2% with text:display-levels="2" /
  （%3%） with full-width brackets).  The heading text holds no number, as LibreOffice writes it.
- はじめに is a level-1 heading with text:is-list-header="true" (no number, no count).
- the items under 3.1 are a numbered list (list style L1, ①②③) whose numbering is carried
  across separate one-item text:list elements by text:continue-numbering="true" (what
  LibreOffice 7.4 writes when the continued list is the one just before); the list under
  3.1（２） is a new list (restart, text:start-value="1").
- a second numbered list (L2, ア/イ/ウ) holds full sentences; a bullet list (L3) holds facility names.
- an item table (table:table, header row in table:table-header-rows, a row-spanned 担当課
  cell with a table:covered-table-cell, a cell with two paragraphs, a text:line-break in a title).
- text:soft-page-break elements where LibreOffice 7.4 breaks this layout (two inside a
  paragraph, one between blocks).
- a footer with a text:page-number field in styles.xml; no page number in the body text.

Run: /work/main/.venv/bin/python o2_ondanka_odt_make.py
"""
import io
import zipfile
from pathlib import Path

from odf import dc as DC
from odf import meta as M
from odf import style as S
from odf import table as TB
from odf import text as T
from odf.opendocument import OpenDocumentText

OUT = Path(__file__).with_name("o2_ondanka_odt.odt")
LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
XMLNS = "http://www.w3.org/XML/1998/namespace"
PLAN_TITLE = "第３次かたくり沢町地球温暖化対策実行計画（事務事業編）"

doc = OpenDocumentText()

# ---------------------------------------------------------------- meta
doc.meta.addElement(DC.Title(text=PLAN_TITLE))
doc.meta.addElement(DC.Language(text="ja-JP"))
doc.meta.addElement(M.InitialCreator(text="かたくり沢町環境保全課"))
doc.meta.addElement(M.CreationDate(text="2025-02-20T09:12:40"))
doc.meta.addElement(DC.Date(text="2025-03-14T16:48:05"))

# ---------------------------------------------------------------- fonts
doc.fontfacedecls.addElement(S.FontFace(name="Noto Serif CJK JP", fontfamily="'Noto Serif CJK JP'",
                                        fontfamilygeneric="roman", fontpitch="variable"))
doc.fontfacedecls.addElement(S.FontFace(name="Noto Sans CJK JP", fontfamily="'Noto Sans CJK JP'",
                                        fontfamilygeneric="swiss", fontpitch="variable"))

# ---------------------------------------------------------------- common styles (styles.xml)
def pstyle(name, parent=None, cls="text", para=None, txt=None, **kw):
    st = S.Style(name=name, family="paragraph", attributes={"class": cls}, **kw)
    if parent is not None:
        st.setAttribute("parentstylename", parent)
    if para:
        st.addElement(S.ParagraphProperties(**para))
    if txt:
        st.addElement(S.TextProperties(**txt))
    doc.styles.addElement(st)
    return st


standard = pstyle("Standard", txt=dict(fontname="Noto Serif CJK JP", fontnameasian="Noto Serif CJK JP",
                                        fontsize="10.5pt", fontsizeasian="10.5pt", language="ja", country="JP"))
heading = pstyle("Heading", parent=standard, para=dict(margintop="0.423cm", marginbottom="0.212cm",
                                                      keepwithnext="always"),
                 txt=dict(fontnameasian="Noto Sans CJK JP", fontsize="12pt", fontsizeasian="12pt"))
textbody = pstyle("Text body", parent=standard, para=dict(marginbottom="0.141cm", lineheight="140%",
                                                          textindent="0.37cm"))
heading.setAttribute("nextstylename", textbody)
h1 = pstyle("Heading 1", parent=heading, cls="text", defaultoutlinelevel="1",
            txt=dict(fontsize="16pt", fontsizeasian="16pt", fontweight="bold", fontweightasian="bold"))
h2 = pstyle("Heading 2", parent=heading, cls="text", defaultoutlinelevel="2",
            txt=dict(fontsize="13pt", fontsizeasian="13pt", fontweight="bold", fontweightasian="bold"))
h3 = pstyle("Heading 3", parent=heading, cls="text", defaultoutlinelevel="3",
            txt=dict(fontsize="11pt", fontsizeasian="11pt", fontweight="bold", fontweightasian="bold"))
title_st = pstyle("Title", parent=heading, cls="chapter", para=dict(textalign="center"),
                  txt=dict(fontsize="22pt", fontsizeasian="22pt", fontweight="bold", fontweightasian="bold"))
subtitle_st = pstyle("Subtitle", parent=heading, cls="chapter", para=dict(textalign="center"),
                     txt=dict(fontsize="14pt", fontsizeasian="14pt"))
hf = pstyle("Header and Footer", parent=standard, cls="extra")
header_st = pstyle("Header", parent=hf, cls="extra", para=dict(textalign="end"),
                   txt=dict(fontsize="9pt", fontsizeasian="9pt"))
footer_st = pstyle("Footer", parent=hf, cls="extra", para=dict(textalign="center"))
tcont = pstyle("Table Contents", parent=standard, cls="extra")
thead = pstyle("Table Heading", parent=tcont, cls="extra", para=dict(textalign="center"),
               txt=dict(fontweight="bold", fontweightasian="bold"))
footnote_st = pstyle("Footnote", parent=standard, cls="extra", para=dict(marginleft="0.6cm", textindent="-0.6cm"),
                     txt=dict(fontsize="9pt", fontsizeasian="9pt"))
listpara = pstyle("List", parent=textbody, cls="list")

strong = S.Style(name="Strong Emphasis", family="text")
strong.addElement(S.TextProperties(fontweight="bold", fontweightasian="bold"))
doc.styles.addElement(strong)

# outline numbering (Tools > Heading Numbering), as LibreOffice 7.x writes it
outline = T.OutlineStyle(name="Outline")
LEVELS = {
    1: dict(numprefix="第", numsuffix="章", numformat="1", fmt="第%1%章", tab="1.2cm"),
    2: dict(numformat="1", displaylevels="2", fmt="%1%.%2%", tab="1.2cm"),
    3: dict(numprefix="（", numsuffix="）", numformat="1", fmt="（%3%）", tab="1.6cm"),
}
for lvl in range(1, 11):
    spec = dict(LEVELS.get(lvl, dict(numformat="", fmt=f"%{lvl}%", tab=None)))
    fmt = spec.pop("fmt")
    tab = spec.pop("tab")
    ols = T.OutlineLevelStyle(level=lvl, qattributes={(LOEXT, "num-list-format"): fmt}, **spec)
    llp = S.ListLevelProperties(listlevelpositionandspacemode="label-alignment")
    if tab:
        llp.addElement(S.ListLevelLabelAlignment(labelfollowedby="space"))
    else:
        llp.addElement(S.ListLevelLabelAlignment(labelfollowedby="nothing"))
    ols.addElement(llp)
    outline.addElement(ols)
doc.styles.addElement(outline)

# footnote configuration, as in a Japanese LibreOffice template
fn_sym = S.Style(name="Footnote Symbol", family="text")
doc.styles.addElement(fn_sym)
fn_anchor = S.Style(name="Footnote anchor", family="text")
fn_anchor.addElement(S.TextProperties(textposition="super 58%"))
doc.styles.addElement(fn_anchor)
doc.styles.addElement(T.NotesConfiguration(noteclass="footnote", citationstylename=fn_sym,
                                           citationbodystylename=fn_anchor, defaultstylename=footnote_st,
                                           numformat="1", startvalue="0", footnotesposition="page",
                                           startnumberingat="document"))

# ---------------------------------------------------------------- page layout / master pages
pl = S.PageLayout(name="pm1")
pl.addElement(S.PageLayoutProperties(pagewidth="21.001cm", pageheight="29.7cm", printorientation="portrait",
                                     margintop="2cm", marginbottom="1.5cm", marginleft="2.2cm",
                                     marginright="2.2cm", writingmode="lr-tb"))
hs = S.HeaderStyle()
hs.addElement(S.HeaderFooterProperties(minheight="0cm", marginbottom="0.5cm"))
pl.addElement(hs)
fs = S.FooterStyle()
fs.addElement(S.HeaderFooterProperties(minheight="0cm", margintop="0.5cm"))
pl.addElement(fs)
doc.automaticstyles.addElement(pl)
pl_first = S.PageLayout(name="pm2")
pl_first.addElement(S.PageLayoutProperties(pagewidth="21.001cm", pageheight="29.7cm", printorientation="portrait",
                                           margintop="2cm", marginbottom="2cm", marginleft="2.2cm",
                                           marginright="2.2cm", writingmode="lr-tb"))
doc.automaticstyles.addElement(pl_first)

mp_std = S.MasterPage(name="Standard", pagelayoutname=pl)
hdr = S.Header()
hdr.addElement(T.P(stylename=header_st, text=PLAN_TITLE))
mp_std.addElement(hdr)
ftr = S.Footer()
fp = T.P(stylename=footer_st)
fp.addText("－ ")
fp.addElement(T.PageNumber(selectpage="current", text="1"))
fp.addText(" －")
ftr.addElement(fp)
mp_std.addElement(ftr)
doc.masterstyles.addElement(mp_std)
mp_first = S.MasterPage(name="First Page", pagelayoutname=pl_first, nextstylename="Standard")
doc.masterstyles.addElement(mp_first)

# ---------------------------------------------------------------- automatic styles (content.xml)
_auto = {}


def auto_p(name, parent, para=None, txt=None, **kw):
    st = S.Style(name=name, family="paragraph", parentstylename=parent, **kw)
    if para:
        st.addElement(S.ParagraphProperties(**para))
    if txt:
        st.addElement(S.TextProperties(**txt))
    st.removeAttribute("displayname")  # LibreOffice writes no display name for automatic styles
    doc.automaticstyles.addElement(st)
    _auto[name] = st
    return st


P_cover_top = auto_p("P1", title_st, para=dict(margintop="6cm"), masterpagename=mp_first)
P_cover_c = auto_p("P2", standard, para=dict(textalign="center", margintop="0.3cm"),
                   txt=dict(fontsize="12pt", fontsizeasian="12pt"))
P_cover_date = auto_p("P3", standard, para=dict(textalign="center", margintop="9cm"),
                      txt=dict(fontsize="14pt", fontsizeasian="14pt"))
P_first_h = auto_p("P4", h1, para=dict(pagenumber="1"), masterpagename=mp_std)
P_chapter = auto_p("P5", h1, para=dict(breakbefore="page"))
P_item = auto_p("P6", listpara, para=dict(margintop="0.2cm", textindent="0cm"),
                txt=dict(fontweight="bold", fontweightasian="bold", fontnameasian="Noto Sans CJK JP"),
                liststylename="L1")
P_itembody = auto_p("P7", textbody, para=dict(marginleft="0.9cm"))
P_tanto = auto_p("P8", textbody, para=dict(marginleft="0.9cm", textalign="end", textindent="0cm"))
P_tanto_h = auto_p("P9", textbody, para=dict(textalign="end", textindent="0cm"))
P_sent_list = auto_p("P10", listpara, para=dict(textindent="0cm"), liststylename="L2")
P_bullet = auto_p("P11", listpara, para=dict(textindent="0cm"), liststylename="L3")
P_note = auto_p("P12", textbody, para=dict(textindent="0cm"), txt=dict(fontsize="9pt", fontsizeasian="9pt"))
P_tc = auto_p("P13", tcont, para=dict(textalign="center"))
P_tn = auto_p("P14", tcont, para=dict(textalign="end"))
P_names = auto_p("P15", textbody, para=dict(textalign="end", textindent="0cm"))

T1 = S.Style(name="T1", family="text")
T1.addElement(S.TextProperties(fontweight="bold", fontweightasian="bold"))
T1.removeAttribute("displayname")
doc.automaticstyles.addElement(T1)

# list styles (content.xml automatic styles, as LibreOffice writes direct numbering)
numsym = S.Style(name="Numbering Symbols", family="text")
doc.styles.addElement(numsym)
L1 = T.ListStyle(name="L1")
lv = T.ListLevelStyleNumber(level=1, stylename=numsym, numformat="①, ②, ③, ...",
                            qattributes={(LOEXT, "num-list-format"): "%1%"})
llp = S.ListLevelProperties(listlevelpositionandspacemode="label-alignment")
llp.addElement(S.ListLevelLabelAlignment(labelfollowedby="space", marginleft="0.9cm", textindent="-0.6cm"))
lv.addElement(llp)
L1.addElement(lv)
L1.removeAttribute("displayname")
doc.automaticstyles.addElement(L1)

L2 = T.ListStyle(name="L2")
lv = T.ListLevelStyleNumber(level=1, numformat="ア, イ, ウ, ...", qattributes={(LOEXT, "num-list-format"): "%1%"})
llp = S.ListLevelProperties(listlevelpositionandspacemode="label-alignment")
llp.addElement(S.ListLevelLabelAlignment(labelfollowedby="space", marginleft="0.9cm", textindent="-0.6cm"))
lv.addElement(llp)
L2.addElement(lv)
L2.removeAttribute("displayname")
doc.automaticstyles.addElement(L2)

L3 = T.ListStyle(name="L3")
lv = T.ListLevelStyleBullet(level=1, bulletchar="・")
llp = S.ListLevelProperties(listlevelpositionandspacemode="label-alignment")
llp.addElement(S.ListLevelLabelAlignment(labelfollowedby="nothing", marginleft="0.9cm", textindent="-0.4cm"))
lv.addElement(llp)
L3.addElement(lv)
L3.removeAttribute("displayname")
doc.automaticstyles.addElement(L3)

# table styles
tbl_st = S.Style(name="表1", family="table")
tbl_st.addElement(S.TableProperties(width="16.6cm", align="margins"))
tbl_st.removeAttribute("displayname")
doc.automaticstyles.addElement(tbl_st)
cell_st = S.Style(name="表1.A1", family="table-cell")
cell_st.addElement(S.TableCellProperties(padding="0.097cm", border="0.5pt solid #000000"))
cell_st.removeAttribute("displayname")
doc.automaticstyles.addElement(cell_st)
head_cell_st = S.Style(name="表1.A2", family="table-cell")
head_cell_st.addElement(S.TableCellProperties(padding="0.097cm", border="0.5pt solid #000000",
                                              backgroundcolor="#dee6ef"))
head_cell_st.removeAttribute("displayname")
doc.automaticstyles.addElement(head_cell_st)
tbl2_st = S.Style(name="表2", family="table")
tbl2_st.addElement(S.TableProperties(width="16.6cm", align="margins"))
tbl2_st.removeAttribute("displayname")
doc.automaticstyles.addElement(tbl2_st)
cell2_st = S.Style(name="表2.A1", family="table-cell")
cell2_st.addElement(S.TableCellProperties(padding="0.097cm", border="0.5pt solid #000000"))
cell2_st.removeAttribute("displayname")
doc.automaticstyles.addElement(cell2_st)
head2_cell_st = S.Style(name="表2.A2", family="table-cell")
head2_cell_st.addElement(S.TableCellProperties(padding="0.097cm", border="0.5pt solid #000000",
                                               backgroundcolor="#dee6ef"))
head2_cell_st.removeAttribute("displayname")
doc.automaticstyles.addElement(head2_cell_st)

# ---------------------------------------------------------------- body helpers
body = doc.text
body.setAttribute("usesoftpagebreaks", "true")
seq = T.SequenceDecls()
for nm in ("Illustration", "Table", "Text", "Drawing", "Figure"):
    seq.addElement(T.SequenceDecl(displayoutlinelevel="0", name=nm))
body.addElement(seq)


def fill(el, parts):
    """parts: str, or odf elements (T.Tab(), T.LineBreak(), T.SoftPageBreak(), spans...)."""
    for part in parts:
        if isinstance(part, str):
            el.addText(part)
        else:
            el.addElement(part)
    return el


def P(st, *parts):
    return fill(T.P(stylename=st), parts)


def H(level, st, *parts, **kw):
    return fill(T.H(outlinelevel=level, stylename=st, **kw), parts)


def span(st, s):
    return T.Span(stylename=st, text=s)


def add(*els):
    for el in els:
        body.addElement(el)


_list_ids = iter(["list3817240915", "list1902384471", "list2650019738", "list820463351",
                  "list1174902263", "list3399018456", "list2209574410", "list905561237"])


def nlist(style_name, paras, continue_from=None, start_value=None):
    """One text:list; returns (element, xml id)."""
    lid = next(_list_ids)
    kw = {}
    if continue_from == "previous":
        kw["continuenumbering"] = "true"
    elif continue_from:
        kw["continuelist"] = continue_from
    lst = T.List(stylename=style_name, **kw)
    lst.setAttrNS(XMLNS, "id", lid)
    for i, p in enumerate(paras):
        li = T.ListItem(startvalue=start_value) if (i == 0 and start_value) else T.ListItem()
        li.addElement(p)
        lst.addElement(li)
    return lst, lid


def soft():
    return T.SoftPageBreak()


# ---------------------------------------------------------------- cover (no footer: First Page)
add(P(P_cover_top, PLAN_TITLE),
    fill(T.P(stylename=subtitle_st), ["～役場から広げる脱炭素のまちづくり～"]),
    P(P_cover_c, "計画期間　令和７年度～令和１２年度"),
    P(P_cover_date, "令和７年３月"),
    P(P_cover_c, "かたくり沢町"))

# ---------------------------------------------------------------- はじめに (unnumbered level-1 heading)
add(H(1, P_first_h, "はじめに", islistheader="true"),
    P(textbody, "近年、記録的な猛暑や短時間の強い雨が各地で相次ぎ、本町でも令和５年７月の大雨で町道や農地に"
                "大きな被害が出ました。気候変動への備えは、町民の暮らしを守るうえで避けて通れない課題です。"),
    P(textbody, "町はこれまで、平成２２年度から２次にわたって地球温暖化対策実行計画（事務事業編）を定め、庁舎や"
                "学校で省エネルギーの取組を重ねてきました。第２次計画の期間が令和６年度で終わることから、国の"
                "地球温暖化対策計画の改定を踏まえて目標を引き上げ、第３次計画を策定しました。"),
    P(textbody, "町役場は、町内でも有数のエネルギー消費者です。職員一人ひとりが率先して行動し、その成果を町民や"
                "事業者の皆さんと分かち合うことで、町全体の脱炭素化につなげていきます。"))

# ---------------------------------------------------------------- 第１章 (no body of its own)
add(H(1, P_chapter, "計画の基本的事項"),
    H(2, h2, "計画策定の背景"),
    P(textbody, "令和２年１０月、国は２０５０年までに温室効果ガスの排出を全体としてゼロにする「２０５０年カーボン"
                "ニュートラル」を宣言しました。令和３年１０月に閣議決定された地球温暖化対策計画では、２０３０年度の"
                "排出量を２０１３年度比で４６％削減する目標が掲げられ、政府の事務及び事業については５０％の削減を"
                "目指すこととされています。"),
    P(textbody, "本町も令和４年３月に「ゼロカーボンシティ」を表明しており、町自らの事務事業から生じる排出量を着実に"
                "減らしていくことが求められています。"),
    H(2, h2, "計画の位置付け"),
    P(textbody, "本計画は、地球温暖化対策の推進に関する法律第２１条第１項に基づく地方公共団体実行計画（事務事業編）"
                "です。「第６次かたくり沢町総合計画」及び「第２次かたくり沢町環境基本計画」が掲げる脱炭素の施策を、"
                "町の事務事業の分野で具体化する計画として位置付けます。"),
    H(2, h2, "計画期間と基準年度"),
    P(textbody, "計画期間は、令和７年度から令和１２年度までの６年間とします。基準年度は、国の地球温暖化対策計画に"
                "合わせて平成２５年度とします。"),
    P(textbody, "計画期間中であっても、国の制度改正や技術の進展、取組の進捗状況に応じて、必要な見直しを行います。"),
    H(2, h2, "対象とする範囲"),
    P(textbody, "本計画の対象は、町が行うすべての事務及び事業とし、次の施設を含みます。指定管理者に管理を委ねて"
                "いる施設も、エネルギー使用量を把握できるものは対象とします。"))
bl, _ = nlist("L3", [P(P_bullet, "町役場本庁舎及び支所（２か所）"),
                     P(P_bullet, "小学校３校、中学校２校及び学校給食センター"),
                     P(P_bullet, "浄化センター、浄水場及び配水施設"),
                     P(P_bullet, "町民体育館、公民館、図書館などの社会教育施設"),
                     P(P_bullet, "公用車（６２台）及び町道の照明灯")])
add(bl,
    P(textbody, "対象とする温室効果ガスは、二酸化炭素、メタン、一酸化二窒素、ハイドロフルオロカーボン、", soft(),
                "パーフルオロカーボン、六ふっ化硫黄及び三ふっ化窒素の７種類です。ただし、排出量の大部分を二酸化炭素が"
                "占めるため、進行管理は二酸化炭素を中心に行います。"))

# ---------------------------------------------------------------- 第２章 (lead paragraph)
add(H(1, P_chapter, "温室効果ガス排出量の現状と", T.LineBreak(), "削減目標"),
    P(textbody, "この章では、基準年度から直近の令和５年度までの排出量の推移を示し、計画期間の削減目標を定めます。"),
    H(2, h2, "排出量の推移"),
    P(textbody, "令和５年度に町の事務事業から排出された温室効果ガスは３，９１２t-CO2で、基準年度の４，８６０t-CO2から"
                "１９．５％減少しました。照明のＬＥＤ化と浄化センターの運転方法の見直しが主な要因です。"),
    P(textbody, "各年度の排出量の内訳は、次の表のとおりです（単位：t-CO2）。"))


def cell(st_para, text_or_parts, cst=cell_st, value=None, **kw):
    attrs = dict(stylename=cst, **kw)
    if value is not None:
        c = TB.TableCell(valuetype="float", value=str(value), **attrs)
    else:
        c = TB.TableCell(valuetype="string", **attrs)
    if isinstance(text_or_parts, list):
        for para in text_or_parts:
            c.addElement(para)
    else:
        c.addElement(P(st_para, text_or_parts))
    return c


t2 = TB.Table(name="表2", stylename=tbl2_st)
for _ in range(7):
    t2.addElement(TB.TableColumn())
hrows = TB.TableHeaderRows()
r = TB.TableRow()
for h in ("年度", "電気", "燃料", "公用車", "その他", "合計", "基準年度比"):
    r.addElement(cell(thead, h, cst=head2_cell_st))
hrows.addElement(r)
t2.addElement(hrows)
for yr, vals, ratio in (("平成２５年度（基準年度）", (3520, 968, 236, 136, 4860), "－"),
                        ("令和３年度", (2930, 845, 221, 139, 4135), "▲14.9％"),
                        ("令和４年度", (2861, 830, 218, 140, 4049), "▲16.7％"),
                        ("令和５年度", (2745, 812, 214, 141, 3912), "▲19.5％")):
    r = TB.TableRow()
    r.addElement(cell(tcont, yr, cst=cell2_st))
    for v in vals:
        r.addElement(cell(P_tn, f"{v:,}", cst=cell2_st, value=v))
    r.addElement(cell(P_tn, ratio, cst=cell2_st))
    t2.addElement(r)
add(t2,
    P(P_note, "※「その他」は、浄化槽や下水処理に伴うメタン・一酸化二窒素と、公用車のエアコンから漏れるハイドロ"
              "フルオロカーボンを、二酸化炭素に換算した量です。"))

note = T.Note(id="ftn1", noteclass="footnote")
note.addElement(T.NoteCitation(text="1"))
nb = T.NoteBody()
nb.addElement(P(footnote_st, "電気１kWhを使うときに排出される二酸化炭素の量です。電気事業者ごとに毎年度公表されます。"))
note.addElement(nb)

add(H(2, h2, "削減目標"),
    P(textbody, "国の目標との整合を図り、令和１２年度の温室効果ガス排出量を基準年度比で５１％削減し、２，３８１t-CO2"
                "以下とすることを目標とします。令和５年度の実績から、さらに１，５３１t-CO2の削減が必要です。"),
    P(textbody, "削減量の内訳は、設備の更新と再生可能エネルギーの導入で約１，１５０t-CO2、職員の日常的な取組で"
                "約１３０t-CO2、電力の排出係数", note, "の低下で約２５０t-CO2を見込んでいます。"))

# ---------------------------------------------------------------- 第３章 (no body of its own)
add(H(1, P_chapter, "目標達成に向けた取組"),
    H(2, h2, "職員の日常的な取組"),
    P(textbody, "日常の業務の中で職員が実践する取組です。各課の課長を「エコ推進員」とし、四半期ごとに実施状況を"
                "点検します。"),
    H(3, h3, "省エネルギー行動の徹底"),
    P(textbody, "電気の使用量を減らすため、すべての職場で次の３点を実践します。"))

# 3.1（１）: one list, three text:list elements chained by text:continue-list -> ① ② ③
la, la_id = nlist("L1", [P(P_item, "照明の適正管理")])
add(la,
    P(P_itembody, "昼休みや時間外は執務に支障のない範囲で消灯し、窓際の照明は日中は原則として点けません。会議室と"
                  "トイレには人感センサーを順に取り付けます。"),
    P(P_tanto, "担当課：総務課"))
lb, lb_id = nlist("L1", [P(P_item, "空調設備の適正運転")], continue_from="previous")
add(lb,
    P(P_itembody, "冷房は室温２８℃、暖房は室温１９℃を目安とし、クールビズ・ウォームビズを通年で呼びかけます。学校では、"
                  "児童生徒の健康に配慮しながら運転時間を見直します。"),
    P(P_tanto, "担当課：総務課、教育総務課"))
lc, lc_id = nlist("L1", [P(P_item, span(T1, "ＯＡ機器"), "の省電力設定")], continue_from="previous")
add(lc,
    P(P_itembody, "パソコンとプリンターの省電力モードを全台で有効にし、退庁時には周辺機器の主電源を切ります。更新する"
                  "ときは、省エネルギー性能の高い機種を選びます。"),
    P(P_tanto, "担当課", T.Tab(), "情報政策室"))

# 3.1（２）: a new list (restart)
add(H(3, h3, "省資源とごみの", span(T1, "削減")),
    P(textbody, "紙や廃棄物を減らすことは、製造や焼却に伴う排出の削減にもつながります。"))
ld, ld_id = nlist("L1", [P(P_item, "ペーパーレス化の推進")], start_value="1")
add(ld,
    P(P_itembody, "庁内会議の資料はタブレット端末で共有し、令和９年度までにコピー用紙の購入量を令和５年度比で３０％"
                  "減らします。"),
    P(P_tanto, "担当課：総務課・情報政策室"))
le, le_id = nlist("L1", [P(P_item, "ごみの分別と資源化")], continue_from="previous")
add(le,
    P(P_itembody, "庁舎から出るごみの分別を徹底し、雑がみや食品残さの資源化を進めます。町主催のイベント", soft(),
                  "では、使い捨て容器を使わない運営に努めます。"),
    P(P_tanto, "担当課：環境保全課"))

add(H(3, h3, "公用車の適正利用"),
    P(textbody, "近い距離の移動は徒歩や自転車を基本とし、公用車を使うときはエコドライブを徹底します。更新時期を迎えた"
                "公用車は、用途に支障がない限り電気自動車またはハイブリッド車とし、令和１２年度までに保有台数の半数以上を"
                "次世代自動車に切り替えます。"),
    P(P_tanto_h, "担当課：総務課／財政課"))

add(H(2, h2, "施設・設備の省エネルギー化"),
    P(textbody, "排出量の多い施設から優先して設備を更新します。主な取組は次の表のとおりで、実施時期は各施設の個別施設"
                "計画と調整して決めます。"))

t1 = TB.Table(name="表1", stylename=tbl_st)
for _ in range(5):
    t1.addElement(TB.TableColumn())
hrows = TB.TableHeaderRows()
r = TB.TableRow()
for h in ("No.", "取組項目", "対象施設", "実施予定年度", "担当課"):
    r.addElement(cell(thead, h, cst=head_cell_st))
hrows.addElement(r)
t1.addElement(hrows)
ROWS = [
    ("1", ["本庁舎照明のＬＥＤ化"], "町役場本庁舎", "令和７年度", ["総務課"]),
    ("2", ["小中学校体育館照明の", T.LineBreak(), "ＬＥＤ化"], "小学校３校・中学校２校", "令和７～８年度", ["教育総務課"]),
    ("3", ["浄化センター送風機の高効率化"], "かたくり沢町浄化センター", "令和８年度", ["上下水道課"]),
    ("4", ["町営住宅共用部照明のＬＥＤ化"], "町営住宅（４団地）", "令和８年度", "SPAN"),
    ("5", ["道路照明灯のＬＥＤ化"], "町道の照明灯（約３２０基）", "令和８～９年度", "COVERED"),
    ("6", ["学校給食センター給湯設備の更新"], "学校給食センター", "令和１０年度", ["教育総務課", "学校給食センター"]),
]
for no, title_parts, place, years, dept in ROWS:
    r = TB.TableRow()
    r.addElement(cell(P_tc, no))
    r.addElement(cell(tcont, [P(tcont, *title_parts)]))
    r.addElement(cell(tcont, place))
    r.addElement(cell(P_tc, years))
    if dept == "SPAN":
        r.addElement(cell(tcont, "建設課", numberrowsspanned="2"))
    elif dept == "COVERED":
        r.addElement(TB.CoveredTableCell())
    else:
        r.addElement(cell(tcont, [P(tcont, d) for d in dept]))
    t1.addElement(r)
add(t1,
    P(P_note, "※実施予定年度は、国の補助制度の採択状況によって変わることがあります。No.３の事業費は、浄化センターの"
              "長寿命化計画に含めて計上します。"))

add(H(2, h2, "再生可能エネルギーの導入と調達"),
    H(3, h3, "太陽光発電設備の導入（ＰＰＡ方式の活用）"),
    P(textbody, "本庁舎、中学校２校及び町民体育館の屋根に太陽光発電設備を設置し、災害時の非常用電源としても活用します。"
                "初期費用を抑えるため、電力購入契約（ＰＰＡ）方式による導入を検討します。"),
    soft(),
    P(P_tanto_h, "担当課：環境保全課、総務課、教育総務課"),
    H(3, h3, "再生可能エネルギー電力の調達"),
    P(P_names, "財政課・環境保全課"),
    P(textbody, "令和８年度から、本庁舎と支所の電力契約を再生可能エネルギーの比率が高いメニューに切り替えます。その後は"
                "入札の条件に排出係数を加え、ほかの施設にも順に広げます。"))

# ---------------------------------------------------------------- 第４章 (lead paragraph)
add(H(1, P_chapter, "計画の推進体制と進行管理"),
    P(textbody, "計画を着実に進めるため、全庁的な推進体制を整え、毎年度の点検結果を公表します。"),
    H(2, h2, "推進体制"),
    P(textbody, "本計画は、次の体制で推進します。"))
lf, _ = nlist("L2", [
    P(P_sent_list, "町長を本部長とする「かたくり沢町ゼロカーボン推進本部」が、計画の進捗を確認し、重要な取組を決定します。"),
    P(P_sent_list, "各課の課長はエコ推進員として、所属職員の取組を点検し、その結果を事務局に報告します。"),
    P(P_sent_list, "事務局は環境保全課に置き、排出量の集計と各課の取組の調整を行います。"),
])
add(lf,
    H(2, h2, "点検・評価と公表"),
    P(textbody, "事務局は、毎年度６月末までに前年度のエネルギー使用量と温室効果ガス排出量を集計し、推進本部に報告"
                "します。結果は町の広報紙とホームページで公表し、計画の見直しに生かします。"),
    P(P_tanto_h, "担当課：環境保全課"))


# ---------------------------------------------------------------- save (fixed zip timestamps)
def main():
    buf = io.BytesIO()
    doc.write(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (2025, 3, 14, 16, 48, 4))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, src.read(info.filename))
    OUT.write_bytes(out.getvalue())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
