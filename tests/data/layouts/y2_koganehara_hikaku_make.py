"""Build y2_koganehara_hikaku.xlsx: a 行財政改革推進プラン 重点取組進捗比較表 (こがね原市, fictional) whose items run
ACROSS the sheet: one column per 取組, one row per field (No. / 取組名 / 所管課 / 関係課 / 取組内容 / 成果指標 …),
the field names in a two-column row header (A:B) on the left, as comparison sheets (比較表) are laid out.

Run with /work/main/.venv/bin/python. Output is byte-for-byte reproducible (fixed core properties, fixed zip
member times). No randomness.
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = Path(__file__).with_name("y2_koganehara_hikaku.xlsx")
FIXED = (2025, 8, 4, 9, 30, 0)
TITLE = "第2次こがね原市行財政改革推進プラン重点取組進捗比較表"

FONT = "ＭＳ Ｐゴシック"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F_HEAD = PatternFill("solid", fgColor="D9E1F2")   # row-header column (A:B)
F_NO = PatternFill("solid", fgColor="BDD7EE")     # the No. row
F_PILLAR = PatternFill("solid", fgColor="FFF2CC")  # 改革の柱 title bar
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
LEFT_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="left")
NOWRAP = Alignment(wrap_text=False, vertical="center", horizontal="left")

FMT_PCT = "0.0%"
FMT_YEN = '#,##0;-#,##0;"－"'


def font(bold=False, size=10):
    return Font(name=FONT, size=size, bold=bold)


def unit_fmt(unit):
    return '#,##0"' + unit + '"'


# ---------------------------------------------------------------------------------------------------------------
# The row header: (row offset, text in A (merged A:B) or (group in A, sub-label in B))
# rows 4..17 of every item sheet
ROWS = [
    ("no", "No."),
    ("name", "取組名"),
    ("dept", "所管課"),
    ("rel", "関係課"),
    ("body", "取組内容"),
    ("ind", ("成果指標", "指標名")),
    ("base", ("成果指標", "基準値（R4）")),
    ("goal", ("成果指標", "目標値（R8）")),
    ("r6", ("成果指標", "R6実績")),
    ("grade", "達成状況"),
    ("effect", "財政効果額（千円）"),
    ("plan", "令和7年度の予定"),
    ("dir", "今後の方向性"),
    ("note", "備考"),
]
FIRST = 4
ROW = {key: FIRST + i for i, (key, _) in enumerate(ROWS)}
HEIGHT = {"no": 20, "name": 36, "dept": 30, "rel": 30, "body": 96, "ind": 30, "base": 18, "goal": 18, "r6": 18,
          "grade": 22, "effect": 18, "plan": 40, "dir": 18, "note": 40}


# Each item: a dict of field -> value. A value may be (value, number_format). "span": 2 puts the item over two
# columns, with per-column values for the 成果指標 rows given as lists.
PILLARS = [
    {
        "sheet": "柱1",
        "title": "改革の柱１　デジタル技術を活用した市民サービスの向上",
        "lead": "オンラインで完結する手続を増やすとともに、窓口に来る必要のある手続についても、待ち時間と記入の手間を減らします。",
        "items": [
            {"no": 1, "name": "行政手続のオンライン化の拡大", "dept": "デジタル推進課", "rel": "市民課、税務課",
             "body": "申請件数の多い手続から順に、電子申請システムで受け付けられるようにする。\n"
                     "令和6年度は、児童手当の現況確認や証明書の郵送請求など46手続を追加した。",
             "ind": "オンライン申請できる手続数", "base": (85, unit_fmt("手続")), "goal": (300, unit_fmt("手続")),
             "r6": (232, unit_fmt("手続")), "grade": "Ｂ", "effect": 3200,
             "plan": "介護・障害福祉分野を中心に、50手続を追加する予定。", "dir": "拡充",
             "note": "効果額は、郵送料と用紙代の減少分。"},
            {"no": 2, "name": "「書かない窓口」の導入", "dept": "市民課", "rel": "デジタル推進課\n保険年金課",
             "body": "マイナンバーカード等の読み取りにより職員が申請書を作成し、来庁者は内容の確認と署名だけで手続を終えられるようにする。\n"
                     "令和6年10月に、本庁舎1階の窓口で運用を始めた。",
             "ind": "対応する手続の数", "base": (0, unit_fmt("手続")), "goal": (40, unit_fmt("手続")),
             "r6": (41, unit_fmt("手続")), "grade": "Ａ", "effect": 0,
             "plan": "令和7年度中に、北部支所と南部支所へ拡大する。", "dir": "拡充",
             "note": "平均待ち時間は、導入前の約18分から約11分に短縮した。"},
            {"no": 3, "name": "ＡＩ・ＲＰＡによる定型業務の自動化", "dept": "デジタル推進課", "rel": "人事課",
             "body": "入力や照合の作業が多い業務にＲＰＡを導入し、会議録の作成には音声認識ＡＩを使う。\n"
                     "令和6年度は、給与・会計・税の3分野で18業務を自動化した。",
             "ind": "削減した作業時間（年間）", "base": (0, unit_fmt("時間")), "goal": (6000, unit_fmt("時間")),
             "r6": (6240, unit_fmt("時間")), "grade": "Ａ", "effect": 18600,
             "plan": "生成ＡＩの試行運用を、全庁で実施する。", "dir": "継続",
             "note": "効果額は、削減時間に職員の平均時間単価を乗じて算定。"},
            {"no": 4, "name": "公式ＬＩＮＥを活用した\n情報発信の充実", "dept": None, "rel": "広報広聴課",
             "body": "防災・子育て・ごみ出しなど、受け取りたい分野を登録者が選べるようにし、必要な人に必要な情報を届ける。\n"
                     "令和6年度は、道路の損傷を写真で通報できる機能を追加した。",
             "ind": "登録者数", "base": (8420, unit_fmt("人")), "goal": (30000, unit_fmt("人")),
             "r6": (24615, unit_fmt("人")), "grade": "Ｂ", "effect": 1100,
             "plan": "粗大ごみの収集申込みを、ＬＩＮＥで受け付ける予定。", "dir": "拡充",
             "note": "効果額は、広報紙の発行部数の見直しによる印刷費の減少分。"},
            {"no": 5, "name": "キャッシュレス決済の拡大", "dept": "会計課", "rel": "市民課・税務課",
             "body": "窓口で支払う手数料や使用料に、クレジットカード、電子マネー及びコード決済を使えるようにする。\n"
                     "令和6年度は、市民課・税務課の窓口と市民体育館で導入した。",
             "ind": "キャッシュレス決済を導入した窓口・施設の数", "base": (2, unit_fmt("か所")),
             "goal": (25, unit_fmt("か所")), "r6": (21, unit_fmt("か所")), "grade": "Ｂ", "effect": 0,
             "plan": "公民館・図書館など11施設に、順次導入する予定。", "dir": "継続",
             "note": "決済手数料は、各施設の予算で負担している。"},
        ],
        # No.3 and No.4 share one 所管課 cell, merged across their two columns
        "merge_dept": (3, 4, "デジタル推進課"),
        "notes": ["※R6実績は、令和7年3月31日現在の数値です。",
                  "※達成状況の区分（Ａ～Ｄ）は、「概要」シートの２を参照してください。"],
    },
    {
        "sheet": "柱2",
        "title": "改革の柱２　持続可能な財政基盤の確立",
        "lead": None,
        "items": [
            {"no": 6, "span": 2, "name": "市税等の収納率向上", "dept": "納税課", "rel": "税務課",
             "body": "口座振替とスマートフォン決済の利用を勧めるとともに、滞納の初期段階で電話と文書による催告を集中して行う。\n"
                     "差押え等の滞納処分は、財産調査の結果に基づき厳正に実施した。",
             "ind": ["市税収納率（現年課税分）", "市税収納率（滞納繰越分）"],
             "base": [(0.989, FMT_PCT), (0.275, FMT_PCT)], "goal": [(0.993, FMT_PCT), (0.32, FMT_PCT)],
             "r6": [(0.993, FMT_PCT), (0.331, FMT_PCT)], "grade": "Ａ", "effect": 41500,
             "plan": "コンビニ納付の対象に、国民健康保険税を加える。", "dir": "継続",
             "note": "効果額は、基準年度の収納率との差による増収見込額。"},
            {"no": 7, "name": "使用料・手数料の適正化", "dept": "財政課", "rel": "資産経営課",
             "body": "施設の維持管理に要する経費と利用者の負担の関係を示した算定基準を作り、使用料・手数料を4年ごとに見直す。\n"
                     "令和6年度は、体育施設と公民館の使用料を改定した（令和7年4月施行）。",
             "ind": "見直しを終えた使用料・手数料の項目数", "base": (0, unit_fmt("項目")),
             "goal": (180, unit_fmt("項目")), "r6": (152, unit_fmt("項目")), "grade": "Ｂ", "effect": 22300,
             "plan": "駐車場使用料と各種証明手数料の見直しを検討する。", "dir": "継続",
             "note": "令和6年9月の市議会定例会で、関係条例を改正した。"},
            {"no": 8, "name": "公共施設の複合化・\n集約化の推進", "dept": "資産経営課", "rel": "生涯学習課、スポーツ振興課",
             "body": "老朽化した東地区の公民館・児童館・図書室を一つの建物に集約し、延床面積を約2割減らす。\n"
                     "令和6年度は基本設計に着手する予定であったが、地元説明会の日程を見直したため、着手が令和7年度にずれ込んだ。",
             "ind": "公共施設の延床面積の縮減率（令和4年度比）", "base": "－", "goal": (0.03, FMT_PCT),
             "r6": (0.016, FMT_PCT), "grade": "Ｃ", "effect": 0,
             "plan": "令和7年度に基本設計、令和8年度に実施設計を行う予定。", "dir": "改善",
             "note": "北地区の施設の集約は、令和5年度に完了した。"},
            # completed in 令和5年度: the column is kept in the file but hidden
            {"no": 9, "name": "公用車の集中管理", "dept": "契約検査課", "rel": "－",
             "body": "各課で保有していた公用車を一元的に管理し、保有台数を減らす。\n令和5年度に集中管理を開始し、取組を完了した。",
             "ind": "公用車の保有台数", "base": (148, unit_fmt("台")), "goal": (130, unit_fmt("台")),
             "r6": "－", "grade": "完了", "effect": 0, "plan": "－", "dir": "完了",
             "note": "令和5年度で完了したため、令和6年度は評価の対象外。", "hidden": True},
            {"no": 10, "name": "ふるさと納税による自主財源の確保", "dept": "商工観光課", "rel": "企画政策課",
             "body": "地元の農産物や工芸品を中心に返礼品を見直し、寄附を受け付けるポータルサイトを2つから4つに増やす。\n"
                     "事業者向けの説明会を年2回開き、新たな返礼品の登録を支援した。",
             "ind": "寄附額（千円）", "base": (213000, "#,##0"), "goal": (300000, "#,##0"),
             "r6": (318400, "#,##0"), "grade": "Ａ", "effect": 35800,
             "plan": "企業版ふるさと納税の受入れについて検討する。", "dir": "拡充",
             "note": "効果額は、寄附額から返礼品・送料等の経費を除いた額の増加分。"},
        ],
        "merge_dept": None,
        "notes": [],
    },
    {
        "sheet": "柱3",
        "title": "改革の柱３　効率的で柔軟な組織運営",
        "lead": "職員一人ひとりが能力を発揮できる職場づくりと、内部のチェック体制の強化を進めます。",
        "items": [
            {"no": 11, "name": "職員の働き方改革の推進", "dept": "人事課", "rel": "職員厚生室",
             "body": "時間外勤務の事前命令を徹底し、テレワークと時差出勤を全ての職場で使えるようにする。\n"
                     "令和6年度は、部ごとの時間外勤務の状況を毎月庁内に公表した。",
             "ind": "職員1人当たりの年間時間外勤務時間", "base": (152, unit_fmt("時間")),
             "goal": (120, unit_fmt("時間")), "r6": (133, unit_fmt("時間")), "grade": "Ｃ", "effect": 2300,
             "plan": "令和7年度から、勤務間インターバル制度を試行する。", "dir": "改善",
             "note": "令和6年9月の大雨による災害対応の時間を含む。"},
            # the number cell was typed as full-width text
            {"no": "１２", "name": "（仮称）こども家庭総合窓口の設置", "dept": "子育て支援課",
             "rel": "こども家庭センター、保険年金課",
             "body": "妊娠・出産から子育てまでの手続と相談を1か所で受けられる窓口を、本庁舎2階に設ける。\n"
                     "令和6年度は、窓口の配置案と業務の流れを整理した手順書を作成した。",
             "ind": "窓口の設置", "base": "－", "goal": "令和8年4月開設", "r6": "配置案の作成",
             "grade": "Ｂ", "effect": 0, "plan": "庁舎改修の設計を行う予定。", "dir": "継続",
             "note": "窓口の名称は、令和7年度中に決定する。"},
            {"no": 13, "name": "内部統制制度の運用", "dept": "行財政改革推進室", "rel": "－",
             "body": "財務に関する事務のリスクを洗い出し、各課が行った自己点検の結果を、監査委員の意見を踏まえて評価する。\n"
                     "令和6年度は、評価報告書を作成し、市議会に提出した。",
             "ind": "重大な不備の件数", "base": (3, unit_fmt("件")), "goal": (0, unit_fmt("件")),
             "r6": (1, unit_fmt("件")), "grade": "Ｂ", "effect": 0,
             "plan": "点検項目を見直し、契約に関する事務を追加する。", "dir": "継続", "note": "－"},
            {"no": 14, "name": "指定管理者制度の運用見直し", "dept": None, "rel": "生涯学習課／スポーツ振興課",
             "body": "指定管理者の評価基準を改め、利用者アンケートの結果と収支の状況を評価に反映させる。\n"
                     "令和6年度は評価基準の改定案を作成する予定であったが、着手できなかった。",
             "ind": "新しい評価基準を適用した施設の数", "base": (0, unit_fmt("施設")), "goal": (22, unit_fmt("施設")),
             "r6": (0, unit_fmt("施設")), "grade": "Ｄ", "effect": 0,
             "plan": "評価基準を改定し、令和8年度の指定の更新から適用する予定。", "dir": "改善", "note": "－"},
        ],
        # No.13 and No.14 share one 所管課 cell
        "merge_dept": (13, 14, "行財政改革推進室"),
        "notes": ["※財政効果額は、令和6年度の決算額に基づき算定しています。"],
    },
]


def put(ws, ref, value, fmt=None, bold=False, fill=None, align=WRAP_TOP, size=10):
    c = ws[ref]
    c.value = value
    c.font = font(bold, size)
    c.alignment = align
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = fill
    return c


def boxed(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup_print(ws, landscape=True, title_cols=None, area=None):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_cols:
        ws.print_title_cols = title_cols
    if area:
        ws.print_area = area
    ws.oddHeader.left.text = TITLE
    ws.oddHeader.right.text = "&A"
    ws.oddFooter.center.text = "- &P -"
    ws.sheet_view.zoomScale = 85


wb = Workbook()

# ----------------------------------------------------------------------------------------------------- 概要 sheet
ov = wb.active
ov.title = "概要"
ov.sheet_view.showGridLines = False
for col, w in zip("ABCDEFGH", (12, 16, 16, 16, 16, 12, 12, 12), strict=True):
    ov.column_dimensions[col].width = w

put(ov, "A1", TITLE, bold=True, size=14, align=LEFT_CENTER)
ov.merge_cells("A1:H1")
ov.row_dimensions[1].height = 26
put(ov, "A2", "（令和6年度実績）", size=12, align=LEFT_CENTER)
ov.merge_cells("A2:H2")
put(ov, "A3", "令和7年8月　こがね原市", align=LEFT_CENTER)
ov.merge_cells("A3:H3")

r = 5
put(ov, f"A{r}", "１　この表について", bold=True, size=11, align=NOWRAP)
para = [
    "本表は、第2次こがね原市行財政改革推進プラン（計画期間：令和5年度～令和8年度）に掲げる重点取組について、"
    "令和6年度（2024年度）の実施状況を所管課が自己評価し、行財政改革推進本部が確認した結果を取りまとめたものです。",
    "改革の柱ごとにシートを分け、取組を横方向に並べて比較できるようにしています。各取組の列には、上から取組名、所管課、"
    "取組内容、成果指標、達成状況、財政効果額、令和7年度の予定及び今後の方向性を記載しています。",
    "令和5年度までに完了した取組の列は、表示を省略しています。",
]
for text in para:
    r += 1
    put(ov, f"A{r}", text)
    ov.merge_cells(f"A{r}:H{r}")
    ov.row_dimensions[r].height = 44 if len(text) > 60 else 18

r += 2
put(ov, f"A{r}", "２　達成状況の区分", bold=True, size=11, align=NOWRAP)
# a small legend table, itself laid out across: 区分 / 内容 / 件数 rows, one column per grade
legend = [
    ("区分", ["Ａ", "Ｂ", "Ｃ", "Ｄ", "計"]),
    ("内容", ["目標を達成した", "目標の8割以上を達成した", "目標の5割以上8割未満にとどまった", "目標の5割未満又は未着手", ""]),
    ("件数", [4, 6, 2, 1, 13]),
]
r += 1
top = r
for label, cells in legend:
    put(ov, f"A{r}", label, bold=True, fill=F_HEAD, align=WRAP_CENTER)
    for i, v in enumerate(cells):
        col = get_column_letter(2 + i)
        put(ov, f"{col}{r}", v if v != "" else None, fmt=('0"件"' if label == "件数" else None), align=WRAP_CENTER)
    ov.row_dimensions[r].height = 32 if label == "内容" else 18
    r += 1
boxed(ov, f"A{top}:F{r - 1}")
put(ov, f"A{r}", "※件数は、令和6年度に評価を行った13取組の内訳です。")
ov.merge_cells(f"A{r}:H{r}")

r += 2
put(ov, f"A{r}", "３　令和6年度の総括", bold=True, size=11, align=NOWRAP)
para = [
    "13取組のうち10取組がＡ又はＢとなり、全体としてはおおむね計画どおりに進みました。一方、公共施設の複合化・集約化は、"
    "地元説明会の日程を見直したため、基本設計への着手が令和7年度にずれ込みました。",
    "令和6年度の財政効果額は、合計で約1億2,480万円となりました。効果額の算定方法は、各取組の備考欄に記載しています。",
    "令和7年度は、達成状況がＣ又はＤとなった取組について、行財政改革推進本部で工程の見直しを検討します。",
]
for text in para:
    r += 1
    put(ov, f"A{r}", text)
    ov.merge_cells(f"A{r}:H{r}")
    ov.row_dimensions[r].height = 44 if len(text) > 60 else 18
setup_print(ov, landscape=False, area=f"A1:H{r}")


# ------------------------------------------------------------------------------------------------- item sheets
def write_pillar(p):
    ws = wb.create_sheet(p["sheet"])
    ws.sheet_view.showGridLines = True
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 13

    # columns of the items
    cols = []
    c = 3
    for it in p["items"]:
        span = it.get("span", 1)
        cols.append(list(range(c, c + span)))
        c += span
    last_col = c - 1
    lastL = get_column_letter(last_col)

    # title bar and lead
    put(ws, "A1", p["title"], bold=True, size=12, fill=F_PILLAR, align=LEFT_CENTER)
    ws.merge_cells(f"A1:{lastL}1")
    ws.row_dimensions[1].height = 24
    if p["lead"]:
        put(ws, "A2", p["lead"], align=LEFT_CENTER)
        ws.merge_cells(f"A2:{lastL}2")
        ws.row_dimensions[2].height = 20

    # row header (A:B)
    groups = {}
    for key, head in ROWS:
        rr = ROW[key]
        if isinstance(head, tuple):
            groups.setdefault(head[0], []).append(rr)
            put(ws, f"B{rr}", head[1], bold=True, fill=F_HEAD, align=WRAP_CENTER)
        else:
            put(ws, f"A{rr}", head, bold=True, fill=(F_NO if key == "no" else F_HEAD), align=WRAP_CENTER)
            ws.merge_cells(f"A{rr}:B{rr}")
        ws.row_dimensions[rr].height = HEIGHT[key]
    for g, rows in groups.items():
        put(ws, f"A{rows[0]}", g, bold=True, fill=F_HEAD, align=WRAP_CENTER)
        ws.merge_cells(f"A{rows[0]}:A{rows[-1]}")

    # item columns
    for it, cl in zip(p["items"], cols, strict=True):
        L0 = get_column_letter(cl[0])
        L1 = get_column_letter(cl[-1])
        for key, _ in ROWS:
            rr = ROW[key]
            val = it.get(key)
            per_col = isinstance(val, list)
            vals = val if per_col else [val]
            for k, v in enumerate(vals):
                L = get_column_letter(cl[k])
                fmt = None
                if isinstance(v, tuple):
                    v, fmt = v
                if key == "effect":
                    fmt = FMT_YEN
                if key == "no":
                    put(ws, f"{L}{rr}", v, bold=True, fill=F_NO, align=WRAP_CENTER)
                elif key in ("grade", "dir", "base", "goal", "r6"):
                    put(ws, f"{L}{rr}", v, fmt=fmt, bold=(key == "grade"), align=WRAP_CENTER,
                        size=(12 if key == "grade" else 10))
                elif key == "effect":
                    put(ws, f"{L}{rr}", v, fmt=fmt, align=Alignment(horizontal="right", vertical="center"))
                elif key in ("name", "dept", "rel"):
                    put(ws, f"{L}{rr}", v, fmt=fmt, bold=(key == "name"), align=LEFT_CENTER)
                else:
                    put(ws, f"{L}{rr}", v, fmt=fmt)
            if len(cl) > 1 and not per_col:
                ws.merge_cells(f"{L0}{rr}:{L1}{rr}")
        for cc in cl:
            ws.column_dimensions[get_column_letter(cc)].width = 16 if len(cl) > 1 else 30
        if it.get("hidden"):
            for cc in cl:
                ws.column_dimensions[get_column_letter(cc)].hidden = True

    # a 所管課 cell merged across two neighbouring items
    if p["merge_dept"]:
        a, b, text = p["merge_dept"]
        nos = [it["no"] for it in p["items"]]
        ca = cols[nos.index(a)][0]
        cb = cols[nos.index(b)][-1]
        rr = ROW["dept"]
        put(ws, f"{get_column_letter(ca)}{rr}", text, align=WRAP_CENTER)
        ws.merge_cells(f"{get_column_letter(ca)}{rr}:{get_column_letter(cb)}{rr}")

    boxed(ws, f"A{FIRST}:{lastL}{ROW['note']}")

    r = ROW["note"] + 2
    for text in p["notes"]:
        put(ws, f"A{r}", text, align=LEFT_CENTER)
        ws.merge_cells(f"A{r}:{lastL}{r}")
        r += 1

    ws.freeze_panes = "C5"
    last_row = r - 1 if p["notes"] else ROW["note"]
    setup_print(ws, title_cols="A:B", area=f"A1:{lastL}{last_row}")
    return ws


for p in PILLARS:
    write_pillar(p)

wb.active = 0
wb.properties.creator = "こがね原市"
wb.properties.lastModifiedBy = "こがね原市"
wb.properties.title = TITLE
wb.properties.created = datetime(*FIXED)
wb.properties.modified = datetime(*FIXED)

buf = io.BytesIO()
wb.save(buf)

stamp = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*FIXED)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                          b"<dcterms:modified\\1>" + stamp.encode() + b"</dcterms:modified>", data)
            data = re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                          b"<dcterms:created\\1>" + stamp.encode() + b"</dcterms:created>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
print(OUT)
