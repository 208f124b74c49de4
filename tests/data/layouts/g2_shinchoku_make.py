# Builds g2_shinchoku.xlsx: a fictional 行政改革推進計画 進捗管理表 workbook (あさぎり野市).
# Uses only openpyxl's public API (Workbook, cell, merge_cells, styles, page setup).
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = Path(__file__).with_name("g2_shinchoku.xlsx")

thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
POLICY_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP_TOP = Alignment(vertical="top", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

TITLE = "第3次あさぎり野市行政改革推進計画 進捗管理表"
NCOL = 12  # A..L

# (基本方針 cell text, [items])
# item: (番号, 取組名, 取組内容, 担当課, [(指標, R5計画, R5実績, R6計画, R6実績)], 評価, 備考)
POLICIES = [
    ("基本方針1\n市民サービスの向上と\nデジタル化の推進", [
        ("1-1", "行政手続のオンライン化",
         "利用件数の多い申請・届出から順にオンライン申請を導入し、来庁せずに済む手続を増やす。",
         "デジタル推進課",
         [("オンライン化した手続数", "60手続", "72手続", "120手続", "131手続")], "A", ""),
        ("1-2", "書かない窓口の導入",
         "住所異動などの届出で、職員が聞き取りながら申請書を作成し、市民は確認と署名だけで済む窓口とする。",
         "市民課・デジタル推進課",
         [("導入窓口数", "1窓口", "1窓口", "3窓口", "2窓口")], "B",
         "福祉関係窓口への拡大は令和7年度に実施"),
        ("1-3", "公式ＬＩＮＥによる情報発信の充実",
         "防災・子育て・ごみ収集などの分野別に配信を選べるようにし、必要な人に必要な情報を届ける。",
         "広報課",
         [("友だち登録者数", "8,000人", "9,420人", "12,000人", "11,380人")], "B", ""),
        ("1-4", "キャッシュレス決済の拡大",
         "証明書交付手数料や施設使用料の支払にキャッシュレス決済を導入する窓口・施設を増やす。",
         "会計課、市民課",
         [("対応窓口・施設数", "5か所", "6か所", "10か所", "10か所")], "A", ""),
        ("1-5", "（仮称）市民総合窓口の設置検討",
         "本庁舎1階に手続を一か所で完結できる総合窓口を設けるため、業務の流れと配置を検討する。",
         "市民課\n総務課",
         [("検討の進捗", "庁内検討", "検討会議3回開催", "基本方針策定", "基本方針案作成")], "C",
         "庁舎改修計画との調整により基本方針の策定を令和7年度に延期"),
    ]),
    ("基本方針2\n健全で持続可能な\n財政運営", [
        ("2-1", "公共施設の統廃合と長寿命化",
         "公共施設等総合管理計画に基づき、利用の少ない施設の集約と、残す施設の計画的な改修を進める。",
         "資産経営課",
         [("延床面積の削減率（令和4年度比）", "1.0％", "0.8％", "2.0％", "1.9％")], "B", ""),
        ("2-2", "市税等の収納率向上",
         "口座振替とスマートフォン決済の利用を勧めるとともに、滞納初期の催告を早めて滞納額の増加を防ぐ。",
         "収納課",
         [("市税収納率（現年課税分）", "99.0％", "99.1％", "99.1％", "99.2％"),
          ("市税収納率（滞納繰越分）", "30.0％", "27.5％", "31.0％", "32.4％")], "B", ""),
        ("2-3", "ふるさと納税の推進",
         "地元事業者と協力して返礼品を開発し、ポータルサイトの掲載数を増やして寄附を募る。",
         "商工観光課・財政課",
         [("寄附額", "3.0億円", "3.6億円", "4.0億円", "4.3億円")], "A", ""),
        ("2-4", "使用料・手数料の\n適正化",
         "施設の維持管理に要する費用をもとに算定基準を定め、受益者負担の観点から料金を見直す。",
         "財政課",
         [("見直し件数", "算定基準の策定", "基準策定済", "12件改定", "9件改定")], "B",
         "残る3件は利用者団体との協議後に改定"),
        ("2-5", "未利用市有地の売却・貸付",
         "活用予定のない市有地を一般競争入札で売却し、売却が難しい土地は駐車場等として貸し付ける。",
         "資産経営課／管財課",
         [("売却・貸付件数", "3件", "2件", "3件", "4件")], "B", ""),
    ]),
    ("基本方針3\n効率的な組織運営と\n人材育成", [
        ("3-1", "定員管理の適正化",
         "業務量調査の結果を踏まえて職員配置を見直し、定員適正化計画に沿って職員数を管理する。",
         "人事課",
         [("職員数（各年度4月1日）", "612人", "610人", "608人", "606人")], "A", ""),
        ("3-2", "職員のデジタル人材育成",
         "全職員向けの基礎研修と、各課のデジタル推進リーダー向けの実践研修を毎年度実施する。",
         "人事課、デジタル推進課",
         [("研修受講者数（延べ）", "120人", "138人", "150人", "144人")], "B", ""),
        ("3-3", "ＲＰＡ導入業務の拡大",
         "定型的な入力・集計作業を洗い出し、ＲＰＡによる自動処理に切り替える業務を増やす。",
         "デジタル推進課",
         [("導入業務数（累計）", "10業務", "12業務", "18業務", "15業務")], "B", ""),
        ("3-4", "指定管理者制度の運用見直し",
         "指定管理施設のモニタリング様式を統一し、評価結果を次期の選定基準に反映させる。",
         "行政経営課",
         [("モニタリング実施施設数", "25施設", "25施設", "25施設", "25施設")], "A", ""),
        ("3-5", "窓口業務等の外部委託の推進",
         "定型的な窓口業務や庁舎管理業務を包括的に委託し、職員を企画・相談業務に振り向ける。",
         "行政経営課・市民課",
         [("新たに委託した業務数", "2業務", "1業務", "2業務", "3業務")], "B", ""),
    ]),
]


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER


def build_sheet(ws, sheet_name, policies, issue_line, notes):
    ws.title = sheet_name
    widths = [16, 7, 24, 44, 16, 22, 11, 11, 11, 11, 7, 26]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    # title row (repeated on every sheet, as in the real files) and the issue line
    ws.cell(row=1, column=1, value=TITLE).font = Font(size=16, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NCOL)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    ws.cell(row=2, column=1, value="（令和6年度末現在）").alignment = Alignment(horizontal="left")
    if issue_line:
        c = ws.cell(row=2, column=10, value=issue_line)
        ws.merge_cells(start_row=2, start_column=10, end_row=2, end_column=NCOL)
        c.alignment = Alignment(horizontal="right")

    # two-row header (rows 4-5)
    single = {1: "基本方針", 2: "番号", 3: "取組名", 4: "取組内容", 5: "担当課",
              6: "目標指標", 11: "評価\n（R6）", 12: "備考"}
    for col, text in single.items():
        ws.cell(row=4, column=col, value=text)
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.cell(row=4, column=7, value="令和5年度")
    ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=8)
    ws.cell(row=4, column=9, value="令和6年度")
    ws.merge_cells(start_row=4, start_column=9, end_row=4, end_column=10)
    for col, text in ((7, "計画"), (8, "実績"), (9, "計画"), (10, "実績")):
        ws.cell(row=5, column=col, value=text)
    for r in (4, 5):
        for col in range(1, NCOL + 1):
            cell = ws.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True)
            cell.alignment = CENTER
    box(ws, 4, 1, 5, NCOL)

    row = 6
    for policy_text, items in policies:
        policy_top = row
        for (no, name, content, dept, indicators, grade, note) in items:
            top = row
            for (ind, p5, a5, p6, a6) in indicators:
                for col, val in ((6, ind), (7, p5), (8, a5), (9, p6), (10, a6)):
                    cell = ws.cell(row=row, column=col, value=val)
                    cell.alignment = CENTER if col >= 7 else WRAP_TOP
                ws.row_dimensions[row].height = 48 if len(indicators) == 1 else 30
                row += 1
            bottom = row - 1
            for col, val in ((2, no), (3, name), (4, content), (5, dept), (11, grade),
                             (12, note or None)):
                cell = ws.cell(row=top, column=col, value=val)
                cell.alignment = CENTER if col in (2, 11) else WRAP_TOP
                if bottom > top:
                    ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        ws.cell(row=policy_top, column=1, value=policy_text)
        ws.merge_cells(start_row=policy_top, start_column=1, end_row=row - 1, end_column=1)
        pc = ws.cell(row=policy_top, column=1)
        pc.alignment = Alignment(vertical="center", wrap_text=True)
        pc.fill = POLICY_FILL
        pc.font = Font(bold=True)
        box(ws, policy_top, 1, row - 1, NCOL)

    row += 1
    for text in notes:
        ws.cell(row=row, column=1, value=text)
        row += 1

    ws.freeze_panes = "C6"
    ws.print_title_rows = "4:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def main():
    wb = Workbook()
    build_sheet(wb.active, "基本方針1・2", POLICIES[:2],
                "令和7年7月　あさぎり野市総務部行政経営課",
                ["※2-2は目標指標を2つ設定しているため、指標ごとに行を分けて記載している。"])
    build_sheet(wb.create_sheet(), "基本方針3", POLICIES[2:], None, [
        "※評価（R6）　A：計画どおり又は計画以上　B：おおむね計画どおり（一部未達成）　C：計画より遅れている　D：未着手・中止",
        "※評価の内訳は、A 5件、B 9件、C 1件、D 0件（計15件）。",
    ])
    wb.properties.title = TITLE
    wb.properties.creator = "あさぎり野市総務部行政経営課"
    wb.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
