"""Build q1_iinkai_slides.pptx: a fictional city's 行財政改革推進委員会 slide deck (資料２).

ねむのき台市 is fictional; all sentences and figures are invented.
Run with python-pptx 1.0.2:  python q1_iinkai_slides_make.py
The output is byte-for-byte reproducible (fixed core properties, fixed zip timestamps).
"""
import datetime
import io
import zipfile
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

OUT = Path(__file__).with_name("q1_iinkai_slides.pptx")
FIXED_ZIP_TIME = (2025, 7, 18, 17, 30, 0)

FOOTER_TEXT = "ねむのき台市行財政改革推進委員会　資料２"
DOC_TITLE = "第２次ねむのき台市行財政改革推進計画の令和６年度取組状況について"
NAVY = RGBColor(0x1F, 0x3A, 0x68)
ORANGE = RGBColor(0xC5, 0x5A, 0x11)

prs = Presentation()
prs.slide_width = Emu(12192000)   # 16:9 (33.867 cm x 19.05 cm)
prs.slide_height = Emu(6858000)

# --------------------------------------------------------------------------------------------
# Theme / master / layouts: Japanese east-asian font, 16:9 geometry as PowerPoint's Office theme
# --------------------------------------------------------------------------------------------
master = prs.slide_master
theme_part = master.part.part_related_by(
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme")
theme_part._blob = theme_part.blob.replace(b'<a:ea typeface=""/>', '<a:ea typeface="游ゴシック"/>'.encode())

GEOM = {  # modern Office theme (16:9) placeholder boxes
    "title": (838200, 365125, 10515600, 1325563),
    "body": (838200, 1825625, 10515600, 4351338),
    "dt": (838200, 6356350, 2743200, 365125),
    "ftr": (4038600, 6356350, 4114800, 365125),
    "sldNum": (8610600, 6356350, 2743200, 365125),
}


def set_geom(shape, box):
    shape.left, shape.top, shape.width, shape.height = (Emu(v) for v in box)


def ph_kind(ph):
    t = ph.placeholder_format.type
    name = str(t)
    if "DATE" in name:
        return "dt"
    if "FOOTER" in name:
        return "ftr"
    if "SLIDE_NUMBER" in name:
        return "sldNum"
    if "TITLE" in name:
        return "title"
    return "body"


for ph in master.placeholders:
    set_geom(ph, GEOM[ph_kind(ph)])
# titles left-aligned at 28 pt, as most municipal decks use them
_lvl1 = master._element.find(qn("p:txStyles")).find(qn("p:titleStyle")).find(qn("a:lvl1pPr"))
_lvl1.set("algn", "l")
_lvl1.find(qn("a:defRPr")).set("sz", "2800")

LAYOUT_JA = {
    "Title Slide": "タイトル スライド",
    "Title and Content": "タイトルとコンテンツ",
    "Section Header": "セクション見出し",
    "Two Content": "2 つのコンテンツ",
    "Comparison": "比較",
    "Title Only": "タイトルのみ",
    "Blank": "白紙",
    "Content with Caption": "タイトル付きのコンテンツ",
    "Picture with Caption": "タイトル付きの図",
    "Title and Vertical Text": "タイトルと縦書きテキスト",
    "Vertical Title and Text": "縦書きタイトルと縦書きテキスト",
}
for layout in prs.slide_layouts:
    en = layout.name
    for ph in layout.placeholders:
        k = ph_kind(ph)
        if k in ("dt", "ftr", "sldNum"):
            set_geom(ph, GEOM[k])
        else:  # stretch the 4:3 boxes to 16:9
            ph.left = Emu(int(ph.left * 4 / 3))
            ph.width = Emu(int(ph.width * 4 / 3))
    if en == "Title Slide":
        for ph in layout.placeholders:
            if ph.placeholder_format.idx == 0:
                set_geom(ph, (1524000, 1122363, 9144000, 2387600))
            elif ph.placeholder_format.idx == 1:
                set_geom(ph, (1524000, 3602038, 9144000, 1655762))
    elif en == "Section Header":
        for ph in layout.placeholders:
            if ph.placeholder_format.idx == 0:
                set_geom(ph, (831850, 1709738, 10515600, 2852737))
            elif ph.placeholder_format.idx == 1:
                set_geom(ph, (831850, 4589463, 10515600, 1500187))
    elif en in ("Title and Content", "Title Only"):
        for ph in layout.placeholders:
            k = ph_kind(ph)
            if k in ("title", "body"):
                set_geom(ph, GEOM[k])
    layout._element.cSld.set("name", LAYOUT_JA.get(en, en))

L_TITLE, L_CONTENT, L_SECTION, L_TITLE_ONLY = (prs.slide_layouts[i] for i in (0, 1, 2, 5))

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def ja_runs(txbody_el):
    """Mark every run as Japanese, as PowerPoint on a Japanese Windows writes it."""
    for tag in ("a:rPr", "a:endParaRPr"):
        for rpr in txbody_el.iter(qn(tag)):
            rpr.set("lang", "ja-JP")
            rpr.set("altLang", "en-US")


def add_para(tf, text, level=0, first=False, bold=False, size=None, color=None, align=None):
    p = tf.paragraphs[0] if first else tf.add_paragraph()
    p.level = level
    if align is not None:
        p.alignment = align
    parts = text.split("\v")
    for i, part in enumerate(parts):
        if i:
            p.add_line_break()
        r = p.add_run()
        r.text = part
        r._r.get_or_add_rPr()
        if bold:
            r.font.bold = True
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    return p


def fill_body(shape, items, size=None):
    tf = shape.text_frame
    for i, (lvl, text) in enumerate(items):
        add_para(tf, text, level=lvl, first=(i == 0), size=size)
    ja_runs(shape._element)


def textbox(slide, box, lines, name, size=14, bold_first=False, border=None, fill=None, align=None,
            anchor=None):
    tb = slide.shapes.add_textbox(*(Emu(v) for v in box))
    tb.name = name
    tf = tb.text_frame
    tf.word_wrap = True
    if anchor is not None:
        tf.vertical_anchor = anchor
    for i, line in enumerate(lines):
        add_para(tf, line, first=(i == 0), size=size, bold=(bold_first and i == 0), align=align)
    if border is not None:
        tb.line.color.rgb = border
        tb.line.width = Pt(1)
    if fill is not None:
        tb.fill.solid()
        tb.fill.fore_color.rgb = fill
    ja_runs(tb._element)
    return tb


WHITE = RGBColor(0xFF, 0xFF, 0xFF)
BLACK = RGBColor(0, 0, 0)


def autoshape(shapes, kind, box, lines, name, size=14, bold_first=False, fill=WHITE,
              line=NAVY, font_color=BLACK, body_align=PP_ALIGN.LEFT):
    sh = shapes.add_shape(kind, *(Emu(v) for v in box))
    sh.name = name
    sh.fill.solid()
    sh.fill.fore_color.rgb = fill
    sh.line.color.rgb = line
    sh.shadow.inherit = False
    tf = sh.text_frame
    tf.word_wrap = True
    for i, text in enumerate(lines):
        add_para(tf, text, first=(i == 0), size=size, bold=(bold_first and i == 0), color=font_color,
                 align=body_align if len(lines) > 1 and i > 0 else None)
    ja_runs(sh._element)
    return sh


def next_id(slide):
    ids = [int(e.get("id")) for e in slide._element.iter(qn("p:cNvPr"))]
    return max(ids) + 1


def add_footer_and_number(slide, number):
    """PowerPoint copies the footer and slide-number placeholders onto each slide when
    「フッター」「スライド番号」 are ticked; the slide-number field keeps its last rendered value."""
    sp_tree = slide.shapes._spTree
    nid = next_id(slide)
    xml = (
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr><p:cNvPr id="{nid}" name="フッター プレースホルダー {nid - 1}"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="ftr" sz="quarter" idx="11"/></p:nvPr>'
        '</p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="ja-JP" altLang="en-US"/>'
        f'<a:t>{FOOTER_TEXT}</a:t></a:r><a:endParaRPr lang="ja-JP" altLang="en-US"/></a:p></p:txBody></p:sp>'
    )
    sp_tree.append(etree.fromstring(xml))
    nid += 1
    xml = (
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr><p:cNvPr id="{nid}" name="スライド番号プレースホルダー {nid - 1}"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="12"/></p:nvPr>'
        '</p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p>'
        '<a:fld id="{7C4B1E2A-3D5F-4A61-9B8E-2F0C6D1A5E93}" type="slidenum"><a:rPr lang="ja-JP" altLang="en-US"/>'
        f'<a:t>{number}</a:t></a:fld><a:endParaRPr lang="ja-JP" altLang="en-US"/></a:p></p:txBody></p:sp>'
    )
    sp_tree.append(etree.fromstring(xml))


def set_notes(slide, lines):
    tf = slide.notes_slide.notes_text_frame
    for i, line in enumerate(lines):
        add_para(tf, line, first=(i == 0))
    ja_runs(slide.notes_slide.notes_placeholder._element)


def title_ph(slide):
    return slide.shapes.title


def body_ph(slide):
    for ph in slide.placeholders:
        if ph.placeholder_format.idx == 1:
            return ph
    raise KeyError


def set_title(slide, text, runs=None):
    t = title_ph(slide)
    t.name = "タイトル 1"
    tf = t.text_frame
    if runs:
        p = tf.paragraphs[0]
        for txt, color in runs:
            r = p.add_run()
            r.text = txt
            r._r.get_or_add_rPr()
            if color is not None:
                r.font.color.rgb = color
    else:
        add_para(tf, text, first=True)
    ja_runs(t._element)
    return t


def move_to(slide, shape, index):
    """Re-order a shape inside the slide's spTree (index counts shapes, not nvGrpSpPr/grpSpPr)."""
    tree = slide.shapes._spTree
    el = shape._element
    tree.remove(el)
    tree.insert(2 + index, el)


def style_table(tbl_shape, col_widths, font_size, header_fill=NAVY):
    tbl = tbl_shape.table
    for i, w in enumerate(col_widths):
        tbl.columns[i].width = Emu(w)
    return tbl


def set_cell(cell, text, size, bold=False, align=None, color=None):
    tf = cell.text_frame
    paras = text.split("\n")
    for i, ptxt in enumerate(paras):
        add_para(tf, ptxt, first=(i == 0), size=size, bold=bold, align=align, color=color)
    cell.margin_left = cell.margin_right = Emu(72000)
    cell.margin_top = cell.margin_bottom = Emu(36000)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    ja_runs(cell._tc)


# --------------------------------------------------------------------------------------------
# slides (page numbers are the final positions; slide 5 is created last and moved into place)
# --------------------------------------------------------------------------------------------
slides = {}

# --- 1: title slide ---------------------------------------------------------------------------
s = prs.slides.add_slide(L_TITLE)
slides[1] = s
textbox(s, (10058400, 304800, 1295400, 457200), ["資料２"], "テキスト ボックス 3", size=18,
        border=RGBColor(0, 0, 0), align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
t = title_ph(s)
t.name = "タイトル 1"
add_para(t.text_frame, "第２次ねむのき台市行財政改革推進計画の\v令和６年度取組状況について", first=True, bold=True, size=36,
         align=PP_ALIGN.CENTER)
ja_runs(t._element)
sub = body_ph(s)
sub.name = "サブタイトル 2"
fill_body(sub, [(0, "令和７年７月２２日"), (0, "ねむのき台市　総務部　行政改革推進課")], size=20)
for _p in sub.text_frame.paragraphs:
    _p.alignment = PP_ALIGN.CENTER
# meeting name: added last, placed at the very top of the slide
textbox(s, (838200, 304800, 8500000, 457200), ["令和７年度第１回ねむのき台市行財政改革推進委員会"],
        "テキスト ボックス 4", size=16)
set_notes(s, ["（説明：行政改革推進課長）",
              "資料２に沿って、第２次計画の２年目となる令和６年度の取組状況を説明します。説明は２０分程度とします。"])

# --- 2: 目次 ------------------------------------------------------------------------------------
s = prs.slides.add_slide(L_CONTENT)
slides[2] = s
set_title(s, "目次")
b = body_ph(s)
b.name = "コンテンツ プレースホルダー 2"
fill_body(b, [(0, "計画の概要"), (0, "取組の進捗状況"), (0, "主な取組の状況"), (0, "今後の進め方")], size=28)
for p in b.text_frame.paragraphs:   # PowerPoint's 段落番号 「1.」「2.」 … instead of typed numbers
    pPr = p._p.get_or_add_pPr()
    pPr.set("marL", "514350")
    pPr.set("indent", "-514350")
    pPr.append(etree.fromstring(f'<a:buFont xmlns:a="{A}" typeface="+mj-lt"/>'))
    pPr.append(etree.fromstring(f'<a:buAutoNum xmlns:a="{A}" type="arabicPeriod"/>'))
add_footer_and_number(s, 2)
set_notes(s, ["本日は、この４項目の順に説明します。"])

# --- 3: section 1 (title only, the text placeholder is left empty) -----------------------------
s = prs.slides.add_slide(L_SECTION)
slides[3] = s
set_title(s, "１　計画の概要")
body_ph(s).name = "テキスト プレースホルダー 2"
add_footer_and_number(s, 3)

# --- 4: (1) ------------------------------------------------------------------------------------
s = prs.slides.add_slide(L_CONTENT)
slides[4] = s
set_title(s, "（１）計画の位置付けと期間")
b = body_ph(s)
b.name = "コンテンツ プレースホルダー 2"
fill_body(b, [
    (0, "本計画は、第３次ねむのき台市行財政改革大綱に掲げた改革を具体的に進めるための実行計画です。"),
    (1, "大綱の基本理念「市民とともに、持続可能な市役所へ」の実現に向け、取組ごとの目標と工程を定めています。"),
    (0, "計画期間は、令和５年度から令和８年度までの４年間です。"),
    (1, "毎年度の取組状況を本委員会に報告し、いただいた意見を翌年度の取組に反映します。"),
    (0, "３つの基本方針のもとに、１２の取組を位置付けています。"),
    (1, "各取組の進捗は、２（２）の一覧で示します。"),
], size=20)
add_footer_and_number(s, 4)
set_notes(s, ["令和６年度は計画期間４年間のうち２年目に当たります。"])

# --- 6: section 2 with a lead sentence in the text placeholder ---------------------------------
s = prs.slides.add_slide(L_SECTION)
slides[6] = s
set_title(s, "２　取組の進捗状況")
b = body_ph(s)
b.name = "テキスト プレースホルダー 2"
fill_body(b, [(0, "令和６年度は、１２取組のうち９取組が「完了」又は「順調」となりました。")], size=22)
add_footer_and_number(s, 6)

# --- 7: 2 (1) ----------------------------------------------------------------------------------
s = prs.slides.add_slide(L_CONTENT)
slides[7] = s
set_title(s, "（１）進捗状況の概要")
b = body_ph(s)
b.name = "コンテンツ プレースホルダー 2"
set_geom(b, (838200, 1825625, 6300000, 4351338))
fill_body(b, [
    (0, "「完了」は２取組、「順調」は７取組で、全体の７５％が計画どおりに進んでいます。"),
    (0, "「遅れ」となった２取組は、いずれも関係者との調整に時間を要したものです。"),
    (1, "地域の手続サポート体制の構築（No.４）は、協力団体の募集を令和７年度に延期しました。"),
    (1, "公共施設の適正配置（No.９）は、地区説明会を追加で開いたため、方針案の公表が遅れています。"),
    (0, "取組による効果額は、令和６年度の単年度で約４，８２０万円となりました。"),
    (1, "主なものは、施設使用料の改定と、電子決裁による用紙・郵送費の削減です。"),
], size=16)
gf = s.shapes.add_table(6, 3, Emu(7400000), Emu(2100000), Emu(3950000), Emu(2400000))
gf.name = "表 3"
tbl = style_table(gf, (1450000, 1250000, 1250000), 14)
rows = [("区分", "取組数", "構成比"), ("完了", "２", "16.7％"), ("順調", "７", "58.3％"),
        ("遅れ", "２", "16.7％"), ("未着手", "１", "8.3％"), ("合計", "１２", "100.0％")]
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        set_cell(tbl.cell(r, c), val, 14, bold=(r == 0),
                 align=PP_ALIGN.CENTER if (r == 0 or c > 0) else PP_ALIGN.LEFT,
                 color=RGBColor(0xFF, 0xFF, 0xFF) if r == 0 else None)
# as-of date: added last, drawn at the top right
textbox(s, (9000000, 1300000, 2350000, 400000), ["令和７年３月末現在"], "テキスト ボックス 4", size=14,
        align=PP_ALIGN.RIGHT)
add_footer_and_number(s, 7)
set_notes(s, ["効果額には、令和７年３月末時点の見込額を含みます。"])

# --- 8: 2 (2) progress table -------------------------------------------------------------------
s = prs.slides.add_slide(L_TITLE_ONLY)
slides[8] = s
set_title(s, "（２）取組別の進捗状況一覧")
note = textbox(s, (838200, 5920000, 10515600, 380000),
               ["※No.１０は、売却候補地の測量を令和７年度に実施する予定です。"], "テキスト ボックス 5", size=12)
items = [
    ("１", "窓口のオンライン化", "市民課\n情報政策課", "○"),
    ("２", "「書かない窓口」の導入", "市民課", "◎"),
    ("３", "公式ＬＩＮＥによる情報発信の充実", "広報広聴課", "○"),
    ("４", "地域の手続サポート体制の構築", "地域振興課", "△"),
    ("５", "ＡＩ・ＲＰＡによる業務の効率化", "情報政策課・行政改革推進課", "○"),
    ("６", "文書管理・電子決裁\vシステムの導入", "総務課", "◎"),
    ("７", "職員の働き方改革の推進", "職員課", "○"),
    ("８", "外部委託・指定管理者制度の活用", "行政改革推進課", "○"),
    ("９", "公共施設の適正配置", "資産経営課", "△"),
    ("１０", "未利用市有地の売却・貸付", "", "×"),
    ("１１", "使用料・手数料の適正化", "財政課", "○"),
    ("１２", "市税等の収納率向上", "納税課", "○"),
]
gf = s.shapes.add_table(len(items) + 1, 4, Emu(838200), Emu(1750000), Emu(10515600), Emu(3980000))
gf.name = "表 4"
tbl = style_table(gf, (800000, 5515600, 3200000, 1000000), 12)
for c, val in enumerate(("No.", "取組項目", "担当課", "進捗")):
    set_cell(tbl.cell(0, c), val, 13, bold=True, align=PP_ALIGN.CENTER, color=RGBColor(0xFF, 0xFF, 0xFF))
for r, (no, name, dept, mark) in enumerate(items, start=1):
    set_cell(tbl.cell(r, 0), no, 12, align=PP_ALIGN.CENTER)
    set_cell(tbl.cell(r, 1), name, 12)
    if dept:
        set_cell(tbl.cell(r, 2), dept, 12)
    set_cell(tbl.cell(r, 3), mark, 12, align=PP_ALIGN.CENTER)
for r, row in enumerate(tbl.rows):
    row.height = Emu(470000 if r in (1, 6) else 290000)
tbl.cell(9, 2).merge(tbl.cell(10, 2))   # No.９ and No.１０ share one 担当課 cell
# legend: added last, drawn at the top right above the table
textbox(s, (7400000, 1330000, 3953800, 380000), ["進捗区分　◎完了　○順調　△遅れ　×未着手"],
        "テキスト ボックス 6", size=12, align=PP_ALIGN.RIGHT)
add_footer_and_number(s, 8)
set_notes(s, ["主な取組４件は、次のセクションで個別に説明します。",
              "担当：行政改革推進課"])

# --- 9: section 3 ------------------------------------------------------------------------------
s = prs.slides.add_slide(L_SECTION)
slides[9] = s
set_title(s, "３　主な取組の状況")
body_ph(s).name = "テキスト プレースホルダー 2"
add_footer_and_number(s, 9)

BODY_BOX = (838200, 1825625, 6900000, 4200000)
CALLOUT_BOX = (8050000, 1825625, 3300000, 2100000)

# --- 10: 取組① (title stored after the body; 担当課 box stored first) ----------------------------
s = prs.slides.add_slide(L_CONTENT)
slides[10] = s
t = set_title(s, "取組①　窓口のオンライン化")
b = body_ph(s)
b.name = "コンテンツ プレースホルダー 2"
set_geom(b, BODY_BOX)
fill_body(b, [
    (0, "令和６年度の取組"),
    (1, "子育て・介護の分野を中心に、オンライン申請の対象手続を広げました。"),
    (2, "オンライン申請できる手続：８６手続（前年度から３１手続増）"),
    (2, "スマートフォンで本人確認ができる申請フォームを導入"),
    (0, "成果と課題"),
    (1, "オンライン申請の件数は１２，４００件で、前年度の約１．６倍となりました。"),
    (1, "高齢の方の利用が少ないため、操作を支援する取組が必要です。"),
    (0, "今後の予定"),
    (1, "令和７年度は、施設予約と証明書交付の手続をオンライン化します。"),
], size=16)
autoshape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, CALLOUT_BOX,
          ["ポイント", "申請の約３割が閉庁時間に行われ、市民課の窓口に来なくても手続できる場面が増えています。"],
          "四角形: 角を丸くする 4", size=14, bold_first=True, fill=RGBColor(0xFF, 0xF2, 0xCC), line=ORANGE)
dept = textbox(s, (8050000, 5550000, 3300000, 420000), ["担当課：市民課・情報政策課"],
               "テキスト ボックス 5", size=14, border=NAVY)
move_to(s, dept, 0)   # stored first, drawn at the bottom right
move_to(s, t, 3)      # title re-inserted after the body and the callout
add_footer_and_number(s, 10)
set_notes(s, ["オンライン申請の件数は速報値です。",
              "関係課：総務課"])

# --- 11: 取組② (split title runs, 担当課 box beside the title, grouped flow) ----------------------
s = prs.slides.add_slide(L_CONTENT)
slides[11] = s
t = set_title(s, None, runs=[("取組②", ORANGE), ("　ＡＩ・ＲＰＡによる業務の効率化", None)])
set_geom(t, (838200, 365125, 7500000, 1325563))
autoshape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (8400000, 560000, 2950000, 460000),
          ["【担当課】情報政策課／行政改革推進課"], "四角形: 角を丸くする 3", size=11,
          fill=RGBColor(0xDE, 0xEB, 0xF7))
b = body_ph(s)
b.name = "コンテンツ プレースホルダー 2"
set_geom(b, (838200, 1825625, 6900000, 2900000))
fill_body(b, [
    (0, "令和６年度の取組"),
    (1, "ＲＰＡの対象業務を広げ、ＡＩ議事録作成ツールを全課で使えるようにしました。"),
    (0, "成果と課題"),
    (1, "ＲＰＡによる削減時間は、年間で約３，２００時間となりました。"),
    (1, "業務の手順が課ごとに異なるため、手順の共通化が課題です。"),
    (0, "今後の予定"),
    (1, "生成ＡＩの利用ガイドラインを定め、令和７年度に試行します。"),
], size=16)
autoshape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, CALLOUT_BOX,
          ["ポイント", "定型的な入力作業を自動化し、職員が相談対応に充てる時間を確保しました。"],
          "四角形: 角を丸くする 5", size=14, bold_first=True, fill=RGBColor(0xFF, 0xF2, 0xCC), line=ORANGE)
grp = s.shapes.add_group_shape()
grp.name = "グループ化 12"
gy = 5000000
# children stored right-to-left: the last step first
autoshape(grp.shapes, MSO_SHAPE.RECTANGLE, (5500000, gy + 330000, 2200000, 800000),
          ["令和７年度", "全庁展開へ"], "正方形/長方形 11", size=13, bold_first=True,
          fill=RGBColor(0xDE, 0xEB, 0xF7), body_align=PP_ALIGN.CENTER)
autoshape(grp.shapes, MSO_SHAPE.RIGHT_ARROW, (5050000, gy + 580000, 400000, 300000), [], "矢印: 右 10",
          fill=NAVY)
autoshape(grp.shapes, MSO_SHAPE.RECTANGLE, (2800000, gy + 330000, 2200000, 800000),
          ["令和６年度", "拡大：１２業務"], "正方形/長方形 9", size=13, bold_first=True,
          fill=RGBColor(0xDE, 0xEB, 0xF7), body_align=PP_ALIGN.CENTER)
autoshape(grp.shapes, MSO_SHAPE.RIGHT_ARROW, (2350000, gy + 580000, 400000, 300000), [], "矢印: 右 8",
          fill=NAVY)
autoshape(grp.shapes, MSO_SHAPE.RECTANGLE, (100000 + 838200 - 100000, gy + 330000, 1450000, 800000),
          ["令和５年度", "試行：３業務"], "正方形/長方形 7", size=13, bold_first=True,
          fill=RGBColor(0xDE, 0xEB, 0xF7), body_align=PP_ALIGN.CENTER)
textbox(grp, (838200, gy, 3000000, 320000), ["ＲＰＡ導入の流れ"], "テキスト ボックス 6", size=13,
        bold_first=True)
add_footer_and_number(s, 11)
set_notes(s, ["削減時間は、各課からの報告を集計したものです。"])

# --- 12: 取組③ (担当課 with a tab, 関係課 line) -------------------------------------------------
s = prs.slides.add_slide(L_CONTENT)
slides[12] = s
set_title(s, "取組③　公共施設の適正配置")
b = body_ph(s)
b.name = "コンテンツ プレースホルダー 2"
set_geom(b, (838200, 1825625, 6900000, 3700000))
fill_body(b, [
    (0, "令和６年度の取組"),
    (1, "北部地区の公民館・児童館・集会所の複合化について、地区説明会を４回開催しました。"),
    (2, "参加者：延べ１８６人"),
    (0, "成果と課題"),
    (1, "説明会で出された意見を踏まえ、複合化の方針案を見直しています。"),
    (1, "方針案の公表が令和７年度にずれ込むため、進捗は「遅れ」としました。"),
    (0, "今後の予定"),
    (1, "令和７年９月に方針案を公表し、パブリックコメントを実施します。"),
], size=16)
textbox(s, (838200, 5600000, 6900000, 640000), ["担当課\t資産経営課", "関係課：建築営繕課、教育総務課"],
        "テキスト ボックス 4", size=14)
autoshape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, CALLOUT_BOX,
          ["ポイント", "複合化により、対象となる施設の延床面積を約２５％縮減することを目指します。"],
          "四角形: 角を丸くする 5", size=14, bold_first=True, fill=RGBColor(0xFF, 0xF2, 0xCC), line=ORANGE)
add_footer_and_number(s, 12)
set_notes(s, ["説明会の記録は、資産経営課のホームページで公開しています。"])

# --- 13: 取組④ (title broken by a line break; 所管 box added last at the top right) ---------------
s = prs.slides.add_slide(L_CONTENT)
slides[13] = s
t = set_title(s, "取組④　使用料・手数料の\v適正化")
set_geom(t, (838200, 365125, 7300000, 1325563))
b = body_ph(s)
b.name = "コンテンツ プレースホルダー 2"
set_geom(b, BODY_BOX)
fill_body(b, [
    (0, "令和６年度の取組"),
    (1, "受益者負担の考え方に基づき、施設使用料を令和６年４月に改定しました。"),
    (1, "減免の基準を見直し、対象となる団体と活動を明確にしました。"),
    (0, "成果と課題"),
    (1, "使用料収入は、前年度から約１，９５０万円増えました。"),
    (1, "手数料は近隣市との比較を行い、改定の要否を検討しています。"),
    (0, "今後の予定"),
    (1, "令和８年度の見直しに向けて、原価計算の方法を統一します。"),
], size=16)
autoshape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, CALLOUT_BOX,
          ["ポイント", "改定後も、施設の利用者数は前年度並みを保っています。"],
          "四角形: 角を丸くする 4", size=14, bold_first=True, fill=RGBColor(0xFF, 0xF2, 0xCC), line=ORANGE)
textbox(s, (8400000, 560000, 2950000, 420000), ["所管：財政課"], "テキスト ボックス 5", size=14,
        border=NAVY, align=PP_ALIGN.CENTER)
add_footer_and_number(s, 13)

# --- 14: 4 -------------------------------------------------------------------------------------
s = prs.slides.add_slide(L_CONTENT)
slides[14] = s
set_title(s, "４　今後の進め方")
b = body_ph(s)
b.name = "コンテンツ プレースホルダー 2"
set_geom(b, (838200, 1825625, 10515600, 3600000))
fill_body(b, [
    (0, "「遅れ」「未着手」の３取組は、担当課と事務局が課題を整理し、工程を見直します。"),
    (0, "令和７年度の取組状況は、令和８年７月頃の本委員会で報告します。"),
    (0, "委員の皆様からいただいたご意見は、次期大綱の検討にも生かします。"),
], size=20)
textbox(s, (838200, 5600000, 10515600, 420000),
        ["【問合せ先】総務部　行政改革推進課　行革推進係（内線２３１５）"], "テキスト ボックス 3", size=14)
add_footer_and_number(s, 14)
set_notes(s, ["１　質疑応答は１５分程度", "２　次回の委員会は１１月を予定"])

# --- 5: 1 (2), created last and moved into place (its part stays slide14.xml) -------------------
s = prs.slides.add_slide(L_CONTENT)
slides[5] = s
set_title(s, "（２）基本方針と取組の体系")
b = body_ph(s)
b.name = "コンテンツ プレースホルダー 2"
fill_body(b, [
    (0, "基本方針１「市民サービスの向上」では、手続のデジタル化と情報発信の充実に取り組みます（No.１～No.４）。"),
    (0, "基本方針２「効率的な行政運営」では、業務の見直しと職員の働き方改革を進めます（No.５～No.８）。"),
    (0, "基本方針３「持続可能な財政運営」では、資産と歳入の両面から財政基盤を強めます（No.９～No.１２）。"),
], size=20)
add_footer_and_number(s, 5)
set_notes(s, ["基本方針ごとの取組数は、いずれも４つです。"])

sldIdLst = prs.slides._sldIdLst
last = sldIdLst[-1]
sldIdLst.remove(last)
sldIdLst.insert(4, last)

# --------------------------------------------------------------------------------------------
# core properties and reproducible zip
# --------------------------------------------------------------------------------------------
cp = prs.core_properties
cp.title = DOC_TITLE
cp.comments = ""
cp.author = "ねむのき台市"
cp.last_modified_by = "行政改革推進課"
cp.subject = "令和７年度第１回行財政改革推進委員会　資料２"
cp.keywords = ""
cp.revision = 14
cp.created = datetime.datetime(2025, 7, 8, 9, 12, 0)
cp.modified = datetime.datetime(2025, 7, 18, 17, 30, 0)
cp.last_printed = datetime.datetime(2025, 7, 18, 17, 0, 0)

# 16:9 has no ST_SlideSizeType value; PowerPoint writes no type attribute for it
prs._element.find(qn("p:sldSz")).attrib.pop("type", None)

# docProps/app.xml as PowerPoint (Japanese UI) writes it, instead of python-pptx's stale template copy
slide_titles, n_paras, n_words, n_notes = [], 0, 0, 0
for sl in prs.slides:
    slide_titles.append(sl.shapes.title.text_frame.text.replace("\v", ""))
    for p_el in sl._element.iter(qn("a:p")):
        txt = "".join(t.text or "" for t in p_el.iter(qn("a:t")))
        if txt:
            n_paras += 1
            n_words += len(txt.split())
    if sl.has_notes_slide:
        n_notes += 1
fonts = ["游ゴシック", "Arial", "Calibri"]
parts = fonts + ["Office テーマ"] + slide_titles
def esc(x):
    return x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    f'<TotalTime>184</TotalTime><Words>{n_words}</Words><Application>Microsoft Office PowerPoint</Application>'
    f'<PresentationFormat>ワイド画面</PresentationFormat><Paragraphs>{n_paras}</Paragraphs>'
    f'<Slides>{len(slide_titles)}</Slides><Notes>{n_notes}</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>'
    '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="6" baseType="variant">'
    f'<vt:variant><vt:lpstr>使用されているフォント</vt:lpstr></vt:variant><vt:variant><vt:i4>{len(fonts)}</vt:i4></vt:variant>'
    '<vt:variant><vt:lpstr>テーマ</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>'
    f'<vt:variant><vt:lpstr>スライド タイトル</vt:lpstr></vt:variant><vt:variant><vt:i4>{len(slide_titles)}</vt:i4></vt:variant>'
    f'</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">'
    + "".join(f"<vt:lpstr>{esc(x)}</vt:lpstr>" for x in parts)
    + '</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>'
    '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
).encode("utf-8")

buf = io.BytesIO()
prs.save(buf)
buf.seek(0)
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/app.xml":
            data = APP_XML
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
print("wrote", OUT)
