"""Build o1_shinchoku_xls.xls: a fictional city's (あまつゆ市) 行財政改革実施計画 進捗状況 workbook,
saved as an Excel 97-2003 (BIFF8) .xls with xlwt 1.3.0.

Sheets: 表紙 (cover + 凡例), then one sheet per 所管部 (総務部 / 企画財政部 / 市民福祉部).
Every name, sentence and figure is invented.  The output is byte-for-byte reproducible
(xlwt writes no timestamps; rows, styles and strings are added in a fixed order).
"""
import datetime
from pathlib import Path

import xlwt

OUT = Path(__file__).with_name("o1_shinchoku_xls.xls")

FONT = "ＭＳ Ｐゴシック"

# ---------------------------------------------------------------- styles
_style_cache = {}


def st(align="", border=True, bold=False, size=11, num=None, wrap=True, fill=None):
    """Return a cached XFStyle.  align: easyxf alignment fragment."""
    key = (align, border, bold, size, num, wrap, fill)
    if key in _style_cache:
        return _style_cache[key]
    parts = []
    al = "align: " + ("wrap on" if wrap else "wrap off")
    if align:
        al += ", " + align
    parts.append(al)
    if border:
        parts.append("borders: left thin, right thin, top thin, bottom thin")
    if fill:
        parts.append(f"pattern: pattern solid, fore_colour {fill}")
    style = xlwt.easyxf("; ".join(parts), num_format_str=num)
    f = xlwt.Font()
    f.name = FONT
    f.height = size * 20
    f.bold = bold
    f.charset = 128  # SHIFTJIS_CHARSET, as Japanese Excel writes it
    style.font = f
    _style_cache[key] = style
    return style


HEAD = dict(align="horiz centre, vert centre", bold=True, fill="ice_blue", size=10)
CELL = dict(align="vert centre", size=10)
CELL_C = dict(align="horiz centre, vert centre", size=10)
CELL_R = dict(align="horiz right, vert centre", size=10)

FMT_NO = "0"
FMT_INT = "#,##0"
FMT_PCT = "0.0%"
FMT_DATE_GENZAI = '[$-411]"（"ggge"年"m"月"d"日現在）"'
FMT_DATE_YM = '[$-411]ggge"年"m"月"'

# ---------------------------------------------------------------- data
# (No., 事業コード(hidden), 取組項目, 取組内容, 担当課, 指標, 目標, 計画, 実績, 達成率, 進捗状況, 評価, 効果額, 備考, 指標の書式)
# No.: float (shown 「1」 by the "0" format), or a text cell as typed by staff.
# None = empty cell.

SOUMU = [
    ("基本方針1\n市民サービスの向上", [
        (1.0, "1-01", "行政手続のオンライン化",
         "電子申請システムで受け付ける手続を拡大し、申請から交付まで来庁せずに完結できる手続を増やす。",
         "情報政策室・行政経営課", "オンライン化した手続数（件）", 120, 80, 74, 0.925, "順調", "B", None,
         "子育て・介護分野の手続を優先", FMT_INT),
        (2.0, "1-02", "キャッシュレス納付の拡大",
         "市税・保険料のスマートフォン決済に加え、窓口でのクレジットカード・電子マネー納付を導入する。",
         "税務課、収納対策室", "キャッシュレス納付の割合", 0.35, 0.24, 0.15, 0.625, "遅れ", "C", None,
         "窓口端末の導入が令和7年1月にずれ込んだ", FMT_PCT),
        (3.0, "1-03", "公式ＬＩＮＥを活用した\n情報発信の充実",
         "防災・子育て・ごみ収集の情報を受信者が選べるセグメント配信を始め、広報紙と組み合わせて発信する。",
         "秘書広報課", "公式ＬＩＮＥ登録者数（人）", 12000, 8000, 9260, 1.1575, "順調", "A", None,
         None, FMT_INT),
    ]),
    ("基本方針2\n効率的な行政運営", [
        (8.0, "2-01", "ＡＩ・ＲＰＡによる定型業務の自動化",
         "給与・会計・税の入力作業など定型業務を洗い出し、RPAとAI-OCRを導入して作業時間を削減する。",
         "行政経営課\n情報政策室", "RPA導入業務数（業務）", 20, 12, 12, 1.0, "順調", "A", 4850,
         "削減時間を人件費に換算", FMT_INT),
        (9.0, "2-02", "定員管理の適正化",
         "第3次定員管理計画に基づき、業務量に応じた職員配置と会計年度任用職員の計画的な任用を行う。",
         "人事課", "職員数（4月1日現在）（人）", 612, 620, 618, 1.003, "順調", "A", 21600,
         "減少を目標とする指標", FMT_INT),
        ("R6-1", "2-07", "生成ＡＩの業務活用\n（試行）",
         "文書の要約や案の作成に生成AIを試行導入し、利用ガイドラインを定めて全庁展開の可否を判断する。",
         "情報政策室／総務課", "生成AIを利用する所属数", 40, 10, 14, 1.4, "順調", "A", None,
         "令和6年度追加", FMT_INT),
    ]),
    ("基本方針3\n健全な財政運営", [
        (14.0, "3-01", "市税等の収納率向上",
         "口座振替の勧奨と早期の催告を行い、滞納繰越分は財産調査に基づく滞納処分を進める。",
         "収納対策室", "市税収納率（現年度分）", 0.992, 0.989, 0.9905, 1.0015, "順調", "A", 12300,
         None, FMT_PCT),
    ]),
]

KIKAKU = [
    ("基本方針1\n市民サービスの向上", [
        (4.0, "1-04", "公共施設予約システムの更新",
         "体育館・公民館の予約をオンラインで完結できるよう、令和6年10月にシステムを更新した。",
         "資産活用課・生涯学習課", "オンライン予約の割合", 0.6, 0.4, 0.33, 0.825, "遅れ", "B", None,
         None, FMT_PCT),
    ]),
    ("基本方針2\n効率的な行政運営", [
        (10.0, "2-03", "（仮称）北部地域交流センターへの\n機能集約",
         "北部地区の公民館・児童館・出張所を新たな交流センターに集約し、維持管理費を縮減する。",
         "MERGE2:資産活用課", "機能集約した施設数", 3, 1, 0, 0.0, "遅れ", "D", None,
         "基本設計の見直しにより着工を令和7年度に延期", FMT_INT),
        ("１１", "2-04", "公用車の集中管理と台数削減",
         "182台の公用車を資産活用課で一元管理し、稼働率の低い車両を廃車してカーシェアリングを試行する。",
         None, "公用車台数（台）", 160, 172, 168, 1.024, "順調", "A", 3120,
         None, FMT_INT),
        (12.0, "2-05", "指定管理者制度の運用見直し",
         "モニタリング評価の様式を統一し、次期更新時の選定基準に利用者満足度を加える。",
         "企画課", "評価様式を統一した施設数", 12, 4, 4, 1.0, "順調", "A", None,
         None, FMT_INT),
        (13.0, "2-06", "補助金等の整理合理化",
         "3年ごとに全ての補助金を点検し、目的を達成したものや効果の低いものを廃止・縮小する。",
         "財政課", "見直しを行った補助金数", 40, 15, 15, 1.0, "完了", "A", 8760,
         "令和6年度分の点検を完了", FMT_INT),
    ]),
    ("基本方針3\n健全な財政運営", [
        (15.0, "3-02", "ふるさと納税の推進",
         "返礼品の事業者を公募で増やし、ポータルサイトを2つ追加して寄附の受付窓口を広げる。",
         "企画課・商工観光課", "寄附額（千円）", 300000, 220000, 246580, 1.1208, "順調", "A", 98630,
         "効果額は経費控除後", FMT_INT),
        (16.0, "3-03", "使用料・手数料の適正化",
         "受益者負担の基準を定めた算定方針を策定し、施設使用料を見直す。",
         "財政課", "見直した使用料の件数", 30, 10, None, None, "未着手", "－", None,
         "算定方針の策定を優先", FMT_INT),
        (17.0, "3-04", "未利用市有地の売却・貸付",
         "利用予定のない市有地を一般競争入札で売却し、売却が難しい土地は定期借地で貸し付ける。",
         "資産活用課", "売却・貸付件数（件）", 10, 3, 4, 1.3333, "順調", "A", 41200,
         None, FMT_INT),
    ]),
]

FUKUSHI = [
    ("基本方針1\n市民サービスの向上", [
        (5.0, "1-05", "「書かない窓口」の導入",
         "マイナンバーカード等の情報から申請書を作成し、住所異動に伴う手続を一つの窓口でまとめて受け付ける。",
         "市民課／情報政策室", "「書かない窓口」対応手続数", 30, 15, 18, 1.2, "順調", "A", None,
         None, FMT_INT),
        (6.0, "1-06", "子育て関連手続のワンストップ化",
         "妊娠届から児童手当・保育所入所までの手続をオンラインで一括して申請できるようにする。",
         "子育て支援課\nこども家庭センター", "オンライン申請できる子育て手続数", 25, 15, 13, 0.8667, "遅れ", "B", None,
         None, FMT_INT),
        (7.0, "1-07", "地域包括支援センターの相談体制の強化",
         "土曜日の相談窓口を開設し、認知症の早期相談につなげる訪問相談を民生委員と連携して行う。",
         "長寿介護課、地域包括支援センター", "相談件数（件）", 4800, 4200, 4512, 1.0743, "順調", "A", None,
         None, FMT_INT),
    ]),
    ("基本方針3\n健全な財政運営", [
        (18.0, "3-05", "ジェネリック医薬品の利用促進",
         "差額通知を年3回送付し、医療機関・薬局と連携して国民健康保険の医療費の伸びを抑える。",
         "保険年金課", "ジェネリック医薬品の使用割合（数量ベース）", 0.85, 0.82, 0.834, 1.0171, "順調", "A", 15400,
         None, FMT_PCT),
    ]),
]

NOTES = {
    "総務部": [
        "※達成率は、令和6年度の計画値に対する実績値の割合です。職員数のように減少を目標とする指標は、計画値を実績値で除して算出しています。",
        "※No.R6-1は、令和6年度の見直しで追加した取組です。",
    ],
    "企画財政部": [
        "※効果額は、取組による歳出削減額と歳入増加額の合計（令和6年度決算見込み）です。",
        "※No.10とNo.11の担当課は、令和6年4月の組織改正により資産活用課に一元化しました。",
    ],
    "市民福祉部": [
        "※計画期間は令和5年度から令和8年度までの4年間です。",
        "※こども家庭センターは、児童福祉と母子保健の相談窓口を統合して令和6年4月に設置しました。",
    ],
}

TABLE_TITLE = "第2次あまつゆ市行財政改革実施計画　取組状況一覧"
AS_OF = datetime.date(2025, 3, 31)
PUBLISHED = datetime.date(2025, 5, 1)

# column layout of the 部 sheets (A is an empty spacer column)
COLS = [  # (index, header, width in characters)
    (0, None, 1.5),
    (1, "No.", 5),
    (2, "事業コード", 8),        # hidden column
    (3, "基本方針", 13),
    (4, "取組項目", 22),
    (5, "取組内容", 40),
    (6, "担当課", 14),
    (7, "指標", 20),
    (8, "目標\n（令和8年度）", 10),
    (9, "計画", 9),
    (10, "実績", 9),
    (11, "達成率", 8),
    (12, "進捗状況", 8),
    (13, "評価", 5),
    (14, "効果額\n（千円）", 9),
    (15, "備考", 22),
]
LAST_COL = 15


def px(chars):
    return int(chars * 256 + 0.5)


def setup_print(ws, landscape, header="", footer=""):
    ws.portrait = 0 if landscape else 1
    ws.paper_size_code = 9  # A4
    ws.fit_num_pages = 1
    ws.fit_width_to_pages = 1
    ws.fit_height_to_pages = 0
    # xlwt 1.3.0 under Python 3 only accepts header/footer as ASCII bytes
    # (&A = sheet name, &P = page number: Excel fills them in at print time)
    ws.header_str = header.encode("ascii")
    ws.footer_str = footer.encode("ascii")
    ws.left_margin = 0.4
    ws.right_margin = 0.4
    ws.top_margin = 0.6
    ws.bottom_margin = 0.5


def row_height(ws, r, points):
    row = ws.row(r)
    row.height_mismatch = True
    row.height = int(points * 20)


# ---------------------------------------------------------------- cover sheet
def build_cover(wb):
    ws = wb.add_sheet("表紙")
    ws.show_grid = False
    setup_print(ws, landscape=False)
    for c, w in [(0, 2), (1, 14), (2, 44), (3, 14), (4, 14)]:
        ws.col(c).width = px(w)

    nb = dict(border=False)
    ws.write_merge(2, 2, 1, 4, "令和6年度", st(align="horiz centre, vert centre", size=14, **nb))
    row_height(ws, 2, 20)
    ws.write_merge(4, 4, 1, 4, "第2次あまつゆ市行財政改革実施計画進捗状況報告",
                   st(align="horiz centre, vert centre", size=20, bold=True, **nb))
    row_height(ws, 4, 32)
    ws.write_merge(6, 6, 1, 4, AS_OF, st(align="horiz centre, vert centre", size=12, num=FMT_DATE_GENZAI, **nb))
    ws.write_merge(10, 10, 1, 4, PUBLISHED, st(align="horiz centre, vert centre", size=14, num=FMT_DATE_YM, **nb))
    ws.write_merge(11, 11, 1, 4, "あまつゆ市", st(align="horiz centre, vert centre", size=14, **nb))

    # 凡例 block
    ws.write(15, 1, "凡例", st(align="vert centre", size=12, bold=True, border=False))
    r = 16
    ws.write(r, 1, "進捗状況", st(**HEAD))
    ws.write_merge(r, r, 2, 4, "説明", st(**HEAD))
    for k, v in [("完了", "取組が完了したもの"),
                 ("順調", "おおむね計画どおりに進んでいるもの"),
                 ("遅れ", "計画より遅れているもの"),
                 ("未着手", "令和6年度末までに着手していないもの")]:
        r += 1
        ws.write(r, 1, k, st(**CELL_C))
        ws.write_merge(r, r, 2, 4, v, st(**CELL))
    r += 2
    ws.write(r, 1, "評価", st(**HEAD))
    ws.write_merge(r, r, 2, 4, "説明", st(**HEAD))
    for k, v in [("A", "計画を達成した（達成率100％以上）"),
                 ("B", "おおむね計画を達成した（達成率80％以上100％未満）"),
                 ("C", "計画の一部を達成した（達成率50％以上80％未満）"),
                 ("D", "計画の達成が困難（達成率50％未満）"),
                 ("－", "未着手のため評価しないもの")]:
        r += 1
        ws.write(r, 1, k, st(**CELL_C))
        ws.write_merge(r, r, 2, 4, v, st(**CELL))
    r += 2
    ws.write_merge(r, r, 1, 4,
                   "※各取組の状況は、所管部ごとのシート（総務部・企画財政部・市民福祉部）に掲載しています。",
                   st(align="vert centre", size=10, border=False, wrap=False))
    return ws


# ---------------------------------------------------------------- 部 sheets
def build_bu(wb, name, groups):
    ws = wb.add_sheet(name)
    setup_print(ws, landscape=True,
                header="&L&A",
                footer="&C- &P -")
    for c, _h, w in COLS:
        ws.col(c).width = px(w)
    ws.col(2).hidden = True  # 事業コード: kept for the office's own filing, not printed

    # title row merged across, date row (a date serial shown as 令和N年M月D日現在)
    ws.write_merge(0, 0, 1, LAST_COL, TABLE_TITLE,
                   st(align="horiz centre, vert centre", size=14, bold=True, border=False))
    row_height(ws, 0, 24)
    ws.write_merge(1, 1, 12, LAST_COL, AS_OF,
                   st(align="horiz right, vert centre", size=10, num=FMT_DATE_GENZAI, border=False))
    # row 2: empty spacer row

    # two-row header
    h1, h2 = 3, 4
    for c, h, _w in COLS[1:]:
        if c in (9, 10, 11):
            continue
        ws.write_merge(h1, h2, c, c, h, st(**HEAD))
    ws.write_merge(h1, h1, 9, 11, "令和6年度", st(**HEAD))
    ws.write(h2, 9, "計画", st(**HEAD))
    ws.write(h2, 10, "実績", st(**HEAD))
    ws.write(h2, 11, "達成率", st(**HEAD))
    row_height(ws, h1, 18)
    row_height(ws, h2, 18)
    ws.panes_frozen = True
    ws.horz_split_pos = 5
    ws.vert_split_pos = 0

    r = 5
    total = 0
    pending_merge = None
    for policy, items in groups:
        r0 = r
        for it in items:
            (no, code, title, body, dept, ind, goal, plan, act, rate, prog, ev, eff, note, fmt) = it
            if isinstance(no, float):
                ws.write(r, 1, no, st(num=FMT_NO, **CELL_C))
            else:
                ws.write(r, 1, no, st(**CELL_C))
            ws.write(r, 2, code, st(**CELL_C))
            ws.write(r, 4, title, st(**CELL))
            ws.write(r, 5, body, st(**CELL))
            if dept is not None and dept.startswith("MERGE2:"):
                ws.write_merge(r, r + 1, 6, 6, dept[len("MERGE2:"):], st(**CELL))
                pending_merge = r + 1
            elif dept is None:
                assert pending_merge == r, "empty 担当課 only under a merged cell"
            else:
                ws.write(r, 6, dept, st(**CELL))
            ws.write(r, 7, ind, st(**CELL))
            ws.write(r, 8, goal, st(num=fmt, **CELL_R))
            ws.write(r, 9, plan, st(num=fmt, **CELL_R))
            ws.write(r, 10, act, st(num=fmt, **CELL_R))
            ws.write(r, 11, rate, st(num=FMT_PCT, **CELL_R))
            ws.write(r, 12, prog, st(**CELL_C))
            ws.write(r, 13, ev, st(**CELL_C))
            ws.write(r, 14, eff, st(num=FMT_INT, **CELL_R))
            ws.write(r, 15, note, st(**CELL))
            if eff:
                total += eff
            row_height(ws, r, 54)
            r += 1
        if r - r0 > 1:
            ws.write_merge(r0, r - 1, 3, 3, policy, st(**CELL))
        else:
            ws.write(r0, 3, policy, st(**CELL))

    # 合計 row (効果額), typed as a value
    ws.write_merge(r, r, 1, 13, "合計", st(align="horiz centre, vert centre", size=10, bold=True))
    ws.write(r, 14, total, st(num=FMT_INT, align="horiz right, vert centre", size=10, bold=True))
    ws.write(r, 15, None, st(**CELL))
    r += 2  # one empty spacer row
    for line in NOTES[name]:
        ws.write(r, 1, line, st(align="vert centre", size=10, border=False, wrap=False))
        r += 1
    return ws


def main():
    wb = xlwt.Workbook(encoding="utf-8")
    wb.country_code = 81
    build_cover(wb)
    build_bu(wb, "総務部", SOUMU)
    build_bu(wb, "企画財政部", KIKAKU)
    build_bu(wb, "市民福祉部", FUKUSHI)
    wb.active_sheet = 0
    wb.save(str(OUT))


if __name__ == "__main__":
    main()
