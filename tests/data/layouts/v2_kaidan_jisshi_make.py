"""Build v2_kaidan_jisshi.xlsx: a 総合計画 実施計画 workbook (やまぶき沢町, fictional) whose hierarchy is shown
by position ("staircase" columns A/B/C) and, in the part pasted from another template, by alignment indent + bold.

Run with /work/main/.venv/bin/python. Output is byte-for-byte reproducible (fixed core properties and zip times).
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import Outline

OUT = Path(__file__).with_name("v2_kaidan_jisshi.xlsx")
FIXED = (2025, 4, 7, 9, 0, 0)

FONT = "ＭＳ Ｐゴシック"
thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F_GOAL = PatternFill("solid", fgColor="FCE4D6")
F_POL = PatternFill("solid", fgColor="FFF2CC")
F_HEAD = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()
ws = wb.active
ws.title = "実施計画一覧"

# column layout: A, B narrow "step" columns, C wide; D 概要, E 区分, F-H years, I 担当課
widths = {"A": 3.2, "B": 3.2, "C": 30, "D": 46, "E": 6, "F": 11, "G": 11, "H": 11, "I": 18}
for k, v in widths.items():
    ws.column_dimensions[k].width = v


def f(bold=False, size=10, color=None):
    return Font(name=FONT, size=size, bold=bold, color=color)


# ---- top block ---------------------------------------------------------------------------------
ws["A1"] = "第2次やまぶき沢町総合計画実施計画"
ws["A1"].font = f(True, 16)
ws.merge_cells("A1:I1")
ws["A2"] = "（令和7年度～令和9年度）"
ws["A2"].font = f(False, 11)
ws.merge_cells("A2:D2")
ws["F2"] = "令和7年4月　やまぶき沢町"
ws["F2"].font = f(False, 11)
ws["F2"].alignment = Alignment(horizontal="right")
ws.merge_cells("F2:I2")
ws["A3"] = ("凡例　区分欄　◎：重点事業　●：新規事業　○：拡充事業　（空欄は継続事業）"
            "　／　年度欄　→：前年度から継続して実施")
ws["A3"].font = f(False, 9)
ws.merge_cells("A3:I3")
ws.row_dimensions[3].height = 16

# two-row header (print titles 4:5)
hdr = [("A4:C5", "基本目標・施策・事業"), ("D4:D5", "事業の概要"), ("E4:E5", "区分"),
       ("F4:H4", "年度別計画"), ("I4:I5", "担当課")]
for rng, text in hdr:
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = text
for col, text in zip("FGH", ("令和7年度", "令和8年度", "令和9年度"), strict=False):
    ws[f"{col}5"] = text
for row in ws["A4:I5"]:
    for c in row:
        c.font = f(True)
        c.fill = F_HEAD
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---- body ---------------------------------------------------------------------------------------
# kind: G = 基本目標 (col A), P = 施策 (col B), J = 事業 (col C)
# style "col": staircase by column; style "ind": title in A merged A:C, level given by indent + bold
ROWS = [
    ("G", "col", "１　安心して暮らせるまち",
     "めざす姿：災害や犯罪への備えが地域に根付き、町民一人ひとりが日々の暮らしの中で安心を実感している。",
     "", "", "", "", ""),
    ("P", "col", "１－１　防災・減災対策の推進",
     "施策の方向：自助・共助の力を高めるとともに、情報伝達手段を更新し、災害時に確実に情報が届く体制を整えます。",
     "", "", "", "", "総務課"),
    ("J", "col", "自主防災組織の育成",
     "自主防災組織が行う訓練や資機材購入に補助金を交付します。\n結成率を令和9年度に90％とすることを目指します。",
     "◎", "実施", "→", "→", "総務課"),
    ("J", "col", "防災行政無線のデジタル化",
     "老朽化したアナログ方式の防災行政無線をデジタル方式に更新し、戸別受信機を全世帯に再配布します。",
     "●", "実施設計", "整備工事", "運用開始", "総務課・情報政策室"),
    ("J", "col", "出前講座の実施",
     "自治会や学校に職員が出向き、ハザードマップの見方や家庭での備蓄について説明します（年12回程度）。",
     "", "実施", "→", "→", "総務課"),
    ("P", "col", "１－２　交通安全・防犯対策の推進", "", "", "", "", "", ""),
    ("J", "col", "通学路の安全点検",
     "学校、警察、道路管理者と合同で通学路を点検し、危険箇所の対策を順次実施します。",
     "", "実施", "→", "→", "教育総務課／建設課"),
    ("J", "col", "防犯カメラの設置支援",
     "自治会が設置する防犯カメラの購入費の2分の1（上限20万円）を補助します。",
     "○", "実施", "→", "→", "地域振興課"),
    ("G", "col", "２　健やかに暮らせるまち", "", "", "", "", "", ""),
    ("P", "col", "２－１　健康づくりの推進",
     "施策の方向：生活習慣病の予防と早期発見に重点を置き、地域ぐるみの健康づくりを進めます。",
     "", "", "", "", "健康推進課"),
    ("J", "col", "特定健診の受診勧奨",
     "未受診者に対し、過去の受診歴に応じた通知と電話による受診勧奨を行います。",
     "◎", "実施", "→", "→", "健康推進課\n保険年金課"),
    ("J", "col", "出前講座の実施",
     "保健師と管理栄養士が地区公民館で減塩や運動をテーマにした講座を開きます（年20回）。",
     "○", "実施", "→", "→", "健康推進課"),
    ("P", "col", "２－２　子育て支援の充実", "", "", "", "", "", ""),
    ("J", "col", "こども家庭センターの運営",
     "妊娠期から子育て期までの相談を一つの窓口で受け、支援プランを作成します。",
     "◎", "実施", "→", "→", "子育て支援課"),
    ("J", "col", "5歳児健診の実施",
     "就学前の発達の課題を早期に把握するため、5歳児を対象とした健康診査を新たに実施します。",
     "●", "準備", "実施", "→", None),  # 担当課 cell merged with the row above
    ("G", "ind", "３　持続可能な行財政運営",
     "めざす姿：限られた経営資源を有効に活用し、町民にとって便利で分かりやすい行政サービスが提供されている。",
     "", "", "", "", ""),
    ("P", "ind", "３－１　ＤＸの推進", "", "", "", "", "", ""),
    ("J", "ind", "公共施設予約システムの\n導入",
     "体育館や公民館の予約を、窓口に来なくてもスマートフォンから24時間申し込めるようにします。",
     "●", "検討", "構築", "運用開始", "行政経営課、生涯学習課"),
    ("J", "ind", "ＡＩ・ＲＰＡの活用",
     "会議録の作成や定型的な入力作業にAI・RPAを導入し、職員の事務負担を軽減します。",
     "○", "実施", "→", "→", "情報政策室"),
    ("P", "ind", "３－２　財政情報の見える化", "", "", "", "", "", ""),
    ("J", "ind", "出前講座の実施",
     "町の予算や借入金の状況を図表で説明する講座を、町民の求めに応じて開催します。",
     "", "実施", "→", "→", "財政課"),
]

LEVEL = {"G": 0, "P": 1, "J": 2}
r = 6
merged_dept_from = None
for kind, style, title, desc, kubun, y7, y8, y9, dept in ROWS:
    lvl = LEVEL[kind]
    if style == "col":
        col = "ABC"[lvl]
        cell = ws[f"{col}{r}"]
        cell.value = title
        cell.alignment = Alignment(vertical="top", wrap_text=(kind == "J"))
    else:
        # pasted template: one title column A:C, level by indent and bold
        ws.merge_cells(f"A{r}:C{r}")
        cell = ws[f"A{r}"]
        cell.value = title
        cell.alignment = Alignment(horizontal="left", vertical="top", indent=lvl * 2,
                                   wrap_text=(kind == "J"))
    cell.font = f(bold=(kind != "J"))
    ws[f"D{r}"] = desc or None
    ws[f"E{r}"] = kubun or None
    ws[f"F{r}"], ws[f"G{r}"], ws[f"H{r}"] = (y7 or None), (y8 or None), (y9 or None)
    if dept is None:
        ws.merge_cells(f"I{r-1}:I{r}")
    else:
        ws[f"I{r}"] = dept or None
    for col in "ABCDEFGHI":
        c = ws[f"{col}{r}"]
        if col in "DI":
            c.alignment = Alignment(vertical="top", wrap_text=True)
        elif col in "EFGH":
            c.alignment = Alignment(horizontal="center", vertical="top")
        if col not in "ABC":
            c.font = f()
        if kind == "G":
            c.fill = F_GOAL
        elif kind == "P":
            c.fill = F_POL
        c.border = Border(left=thin if col in "ADEFGHI" else None,
                          right=thin if col in "CDEFGHI" else None,
                          top=hair, bottom=hair)
    if kind != "G":
        ws.row_dimensions[r].outline_level = lvl
    if desc:
        lines = max(sum(len(x) // 22 + 1 for x in desc.split("\n")), title.count("\n") + 1)
        ws.row_dimensions[r].height = 13.5 * lines + 2
    r += 1

last = r - 1
for col in "ABCDEFGHI":
    c = ws[f"{col}{last}"]
    c.border = Border(left=c.border.left, right=c.border.right, top=c.border.top, bottom=thin)

r += 1
ws[f"A{r}"] = "※基本目標３の行は、行政経営課が所管する行財政改革実施計画の取組を転記しています。"
ws[f"A{r}"].font = f(False, 9)
ws[f"A{r+1}"] = "※事業費は毎年度の予算編成で精査するため、本表には記載していません。"
ws[f"A{r+1}"].font = f(False, 9)

# ---- sheet setup ---------------------------------------------------------------------------------
ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
ws.freeze_panes = "D6"
ws.print_title_rows = "4:5"
ws.print_area = f"A1:I{r+1}"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.center.text = "&P / &N"
ws.oddHeader.right.text = "&A"
ws.sheet_view.zoomScale = 85

wb.properties.creator = "やまぶき沢町"
wb.properties.lastModifiedBy = "やまぶき沢町"
wb.properties.title = "第2次やまぶき沢町総合計画実施計画"
wb.properties.created = datetime(2025, 4, 7, 9, 0, 0)

buf = io.BytesIO()
wb.save(buf)

# rewrite the zip: fixed modified date in core.xml and one fixed timestamp for every member
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                          rb"<dcterms:modified\1>2025-04-07T09:00:00Z</dcterms:modified>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
print(OUT)
