"""Build h1_jisshi_table.pdf: a fictional 行政改革推進計画 実施計画 (こもれび市).

A4 landscape. Page 1 is an unnumbered cover (no running header, no footer).
Pages 2- carry a running header and 「- N -」 footers that start at 1, so the
printed page number is one less than the PDF page number.
The item list is a ruled table (No. / 取組項目 / 取組内容 / 担当課 / スケジュール R6 R7 R8)
whose two-row header is repeated on every page the table runs onto. Every cell is
vertically centred (as in Excel-made PDFs), long cells wrap inside the cell.
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).with_name("h1_jisshi_table.pdf")

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
GOTHIC = "HeiseiKakuGo-W5"
MINCHO = "HeiseiMin-W3"

PAGE_W, PAGE_H = landscape(A4)
LEFT = 36
RIGHT = PAGE_W - 36
TOP = PAGE_H - 48          # first baseline under the running header
BOTTOM = 52                # nothing drawn below this except the footer

RUNNING_HEADER = "第４次こもれび市行政改革推進計画　実施計画"

# table geometry: No. / 取組項目 / 取組内容 / 担当課 / R6 / R7 / R8
COL_W = [34, 150, 314, 120, 56, 48, 48]
COL_X = [LEFT]
for w in COL_W:
    COL_X.append(COL_X[-1] + w)
CELL_FS = 9
CELL_LEAD = 11.5
CELL_PAD = 5
HEAD_ROW_H = 16            # each of the two header rows

# --------------------------------------------------------------------------- content

COVER = [
    ("第４次こもれび市行政改革推進計画　実施計画", 24, 360),
    ("（令和６年度～令和８年度）", 16, 320),
    ("令和６年３月", 15, 190),
    ("こもれび市", 18, 160),
]

INTRO = [
    ("h", "１　実施計画の趣旨"),
    ("p", "　本実施計画は、令和６年３月に策定した「第４次こもれび市行政改革推進計画」に掲げる３つの基本方針を"),
    ("p", "具体化するため、取組項目ごとに取組内容、担当課及び年度別のスケジュールを定めるものです。"),
    ("p", "　各担当課は、本計画に沿って取組を進めるとともに、毎年度の進捗状況を行政経営課に報告します。"),
    ("gap", 8),
    ("h", "２　計画期間"),
    ("p", "　令和６年度から令和８年度までの３年間とします。社会情勢の変化や国の制度改正により必要が生じた場合は、"),
    ("p", "計画期間中であっても取組項目の追加や見直しを行います。"),
    ("gap", 8),
    ("h", "３　スケジュール欄の見方"),
    ("p", "　スケジュール欄には、各年度における取組の段階を次の区分で示しています。矢印は、同じ段階が翌年度以降も"),
    ("p", "続くことを表します。"),
    ("legend", [("検討", "実施に向けた調査・研究を行う段階"), ("試行", "一部の部署や施設で試験的に行う段階")]),
    ("legend", [("実施", "本格的に取組を行う段階"), ("継続", "既に実施している取組を引き続き行う段階")]),
    ("gap", 8),
    ("h", "４　具体的な取組"),
]

# each item: no, title lines, content (auto-wrapped), departments lines, schedule segments
# schedule segment: (first_col, last_col, label) with col 0=R6, 1=R7, 2=R8; a segment
# spanning more than one column is drawn as one label with an arrow to the end column.
POLICIES = [
    {
        "heading": "基本方針１　持続可能な財政基盤の確立",
        "lead": [
            "　市税等の収納率の向上や受益者負担の適正化により自主財源を確保するとともに、事業と資産の見直しを進め、",
            "将来にわたり安定した財政運営を行います。",
        ],
        "items": [
            (1, ["市税等の収納率の向上"],
             "口座振替やスマートフォン決済の利用を促すとともに、滞納初期の段階で電話催告と文書催告を組み合わせ、現年課税分の収納率99.3％以上を維持します。",
             ["納税課"], [(0, 2, "実施")]),
            (2, ["使用料・手数料の見直し"],
             "「受益者負担の適正化に関する基本方針」に基づき、施設使用料と各種手数料の原価を算定し、4年ごとに料金水準を検証します。",
             ["財政課", "資産経営課"], [(0, 0, "検討"), (1, 2, "実施")]),
            (3, ["ふるさと納税の拡充"],
             "返礼品の協力事業者を令和８年度までに120事業者へ拡大し、地元事業者と共同で体験型の返礼品を開発します。",
             ["商工観光課"], [(0, 2, "実施")]),
            (4, ["補助金・負担金の定期的な見直し"],
             "全ての補助金について、交付目的の達成度と費用対効果を評価するシートを作成し、終期を設定した上で3年ごとに見直します。",
             ["財政課・企画政策課"], [(0, 0, "検討"), (1, 2, "実施")]),
            (5, ["公共施設等総合管理計画に基づく", "施設総量の適正化"],
             "個別施設計画に基づき、老朽化した集会施設や倉庫等の統廃合を進め、延床面積を令和５年度比で2.5％縮減します。"
             "3施設の複合化は、地元説明会を経て令和７年度に基本計画をまとめます。",
             ["資産経営課"], [(0, 0, "検討"), (1, 1, "試行"), (2, 2, "実施")]),
            (6, ["未利用市有地の売却・貸付"],
             "利用予定のない市有地を一覧にして公表し、一般競争入札による売却や事業用定期借地による貸付を進めます。",
             ["資産経営課、都市計画課"], [(0, 2, "実施")]),
        ],
        "note": "※No.２の料金改定は、市民への周知期間を確保するため、原則として令和８年４月に行います。",
    },
    {
        "heading": "基本方針２　デジタル技術を活用した行政サービスの向上",
        "lead": [
            "　デジタル技術を活用して手続の負担を減らし、職員が市民と向き合う時間を生み出すことで、行政サービスの",
            "質を高めます。",
        ],
        "items": [
            (7, ["行政手続のオンライン化"],
             "市民の利用が多い手続から優先してオンライン申請を導入し、令和８年度までに対象とする手続の80％をオンラインで受け付けます。",
             ["デジタル推進課"], [(0, 2, "実施")]),
            (8, ["窓口ＤＸの推進"],
             "「書かない窓口」を市民課に導入し、申請書の記入を職員による聞き取りとシステムでの自動作成に切り替えます。",
             ["市民課・デジタル推進課"], [(0, 0, "試行"), (1, 2, "実施")]),
            (9, ["キャッシュレス決済の導入拡大"],
             "証明書の発行手数料に加え、施設使用料や各種検診の自己負担金についても、窓口でキャッシュレス決済を利用できるようにします。",
             ["会計課"], [(0, 0, "検討"), (1, 2, "実施")]),
            (10, ["ＡＩ・ＲＰＡの活用による", "業務の効率化"],
             "定型的な入力作業や集計作業にRPAを、会議録の作成に音声認識AIを導入し、年間3,000時間以上の作業時間の削減を目指します。",
             ["デジタル推進課"], [(0, 0, "試行"), (1, 2, "実施")]),
            (11, ["庁内ペーパーレス化の推進"],
             "会議資料のタブレット配布と電子決裁を全庁に広げ、コピー用紙の購入量を令和４年度比で40％削減します。",
             ["総務課／デジタル推進課"], [(0, 2, "実施")]),
            (12, ["オープンデータの公開拡大"],
             "人口統計、公共施設、避難所等のデータを機械判読に適した形式で公開し、公開データセット数を150件に増やします。",
             ["企画政策課"], [(0, 2, "継続")]),
        ],
        "note": None,
    },
    {
        "heading": "基本方針３　多様な主体との連携と組織力の強化",
        "lead": [
            "　民間事業者や近隣自治体との連携により効率的なサービス提供の仕組みを整えるとともに、限られた職員で",
            "成果を上げられる組織づくりを進めます。",
        ],
        "items": [
            (13, ["指定管理者制度の活用"],
             "直営の体育施設と文化施設について、指定管理者制度を導入した場合の効果を検証し、導入が可能な施設から順に移行します。",
             ["スポーツ振興課", "文化振興課"], [(0, 0, "検討"), (1, 2, "実施")]),
            (14, ["公民連携（ＰＰＰ／ＰＦＩ）", "の推進"],
             "事業費10億円以上の施設整備事業では、PPP/PFI手法の導入可能性を先に検討する優先的検討規程を運用します。",
             ["企画政策課"], [(0, 2, "実施")]),
            (15, ["近隣市町との広域連携"],
             "ごみ処理や消防指令業務など、単独で行うよりも効率化が見込める事務について、近隣２市１町との共同処理を協議します。",
             ["企画政策課・環境政策課"], [(0, 1, "検討"), (2, 2, "実施")]),
            (16, ["職員の人材育成と適正な", "定員管理"],
             "人材育成基本方針を改定してデジタル人材の育成研修を始めるとともに、定員適正化計画に基づいて職員数を管理します。",
             ["人事課"], [(0, 2, "実施")]),
            (17, ["働き方改革の推進"],
             "時間外勤務の上限管理を徹底し、テレワークとフレックスタイム制度を全ての部署で利用できるようにします。",
             ["人事課、総務課"], [(0, 0, "試行"), (1, 2, "実施")]),
        ],
        "note": "※各取組の効果額は、実施状況を踏まえて毎年度の進捗報告の中で算定します。",
    },
]

CLOSING = [
    ("gap", 10),
    ("h", "５　推進体制"),
    ("p", "　市長を本部長とする行政改革推進本部が計画全体の進行を管理し、学識経験者と市民で構成する行政改革推進委員会"),
    ("p", "の意見を聴きながら取組を進めます。"),
    ("p", "　・行政改革推進本部（本部長：市長、副本部長：副市長及び教育長）"),
    ("p", "　・行政改革推進委員会（委員10人以内、任期２年）"),
    ("gap", 8),
    ("h", "６　進捗状況の公表"),
    ("p", "　各取組の進捗状況は、毎年度終了後に取りまとめ、行政改革推進委員会への報告を経て、市ホームページで公表します。"),
]

# --------------------------------------------------------------------------- drawing


def wrap(text, font, size, width):
    """Greedy character wrap (Japanese has no word breaks)."""
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            # keep closing punctuation on the line (kinsoku, roughly)
            if ch in "、。」）％":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(str(OUT), pagesize=(PAGE_W, PAGE_H))
        self.c.setTitle("第４次こもれび市行政改革推進計画　実施計画")
        self.c.setAuthor("こもれび市")
        self.pdf_page = 1
        self.y = None
        self.log = []

    # page furniture -----------------------------------------------------
    def cover(self):
        c = self.c
        for text, size, y in COVER:
            c.setFont(GOTHIC if size >= 18 else MINCHO, size)
            c.drawCentredString(PAGE_W / 2, y + 60, text)
        c.showPage()
        self.pdf_page += 1
        self.start_page()

    def start_page(self):
        c = self.c
        c.setFont(MINCHO, 8)
        c.drawRightString(RIGHT, PAGE_H - 24, RUNNING_HEADER)
        c.setLineWidth(0.4)
        c.line(LEFT, PAGE_H - 29, RIGHT, PAGE_H - 29)
        self.y = TOP

    def end_page(self):
        c = self.c
        c.setFont(MINCHO, 10)
        c.drawCentredString(PAGE_W / 2, 26, f"- {self.pdf_page - 1} -")
        c.showPage()
        self.pdf_page += 1
        self.start_page()

    def need(self, h):
        if self.y - h < BOTTOM:
            self.end_page()
            return True
        return False

    # flowing text -------------------------------------------------------
    def heading(self, text, size=12, indent=0):
        self.c.setFont(GOTHIC, size)
        self.c.drawString(LEFT + indent, self.y - size, text)
        self.log.append((self.pdf_page, text))
        self.y -= size + 8

    def para(self, text, indent=8):
        self.c.setFont(MINCHO, 10.5)
        self.c.drawString(LEFT + indent, self.y - 10.5, text)
        self.y -= 16

    def legend(self, pairs):
        self.c.setFont(MINCHO, 9.5)
        x = LEFT + 30
        for key, desc in pairs:
            self.c.setFont(GOTHIC, 9.5)
            self.c.rect(x, self.y - 12, 30, 14, stroke=1, fill=0)
            self.c.drawCentredString(x + 15, self.y - 9, key)
            self.c.setFont(MINCHO, 9.5)
            self.c.drawString(x + 38, self.y - 9, desc)
            x += 330
        self.y -= 20

    def run(self, blocks):
        for kind, val in blocks:
            if kind == "gap":
                self.y -= val
            elif kind == "h":
                self.need(40)
                self.heading(val)
            elif kind == "p":
                self.need(16)
                self.para(val)
            elif kind == "legend":
                self.need(20)
                self.legend(val)

    # table ---------------------------------------------------------------
    def table_header(self):
        c = self.c
        top = self.y
        h = HEAD_ROW_H * 2
        c.setFillGray(0.85)
        c.rect(COL_X[0], top - h, COL_X[-1] - COL_X[0], h, stroke=0, fill=1)
        c.setFillGray(0)
        c.setLineWidth(0.6)
        # outer box and vertical rules
        c.rect(COL_X[0], top - h, COL_X[-1] - COL_X[0], h, stroke=1, fill=0)
        for i in range(1, 4):
            c.line(COL_X[i], top, COL_X[i], top - h)
        c.line(COL_X[4], top, COL_X[4], top - h)
        # the スケジュール cell spans R6-R8 in the first header row
        c.line(COL_X[4], top - HEAD_ROW_H, COL_X[7], top - HEAD_ROW_H)
        c.line(COL_X[5], top - HEAD_ROW_H, COL_X[5], top - h)
        c.line(COL_X[6], top - HEAD_ROW_H, COL_X[6], top - h)
        c.setFont(GOTHIC, 9)
        mid = top - h / 2 - 3
        for i, label in enumerate(["No.", "取組項目", "取組内容", "担当課"]):
            c.drawCentredString((COL_X[i] + COL_X[i + 1]) / 2, mid, label)
        c.drawCentredString((COL_X[4] + COL_X[7]) / 2, top - HEAD_ROW_H + 5, "スケジュール")
        for i, label in enumerate(["R6", "R7", "R8"]):
            c.drawCentredString((COL_X[4 + i] + COL_X[5 + i]) / 2, top - h + 5, label)
        self.y = top - h

    def row_height(self, item):
        no, title, content, depts, sched = item
        content_lines = wrap(content, MINCHO, CELL_FS, COL_W[2] - 2 * CELL_PAD)
        n = max(len(title), len(content_lines), len(depts), 2)
        return n * CELL_LEAD + 2 * CELL_PAD, content_lines

    def cell_lines(self, col, lines, top, h, font=MINCHO, align="left"):
        c = self.c
        c.setFont(font, CELL_FS)
        block = len(lines) * CELL_LEAD
        first = top - (h - block) / 2 - CELL_LEAD + 2.5  # baseline of first line
        for k, line in enumerate(lines):
            yb = first - k * CELL_LEAD
            if align == "center":
                c.drawCentredString((COL_X[col] + COL_X[col + 1]) / 2, yb, line)
            else:
                c.drawString(COL_X[col] + CELL_PAD, yb, line)

    def table_row(self, item):
        c = self.c
        no, title, content, depts, sched = item
        h, content_lines = self.row_height(item)
        top = self.y
        c.setLineWidth(0.6)
        c.rect(COL_X[0], top - h, COL_X[-1] - COL_X[0], h, stroke=1, fill=0)
        for x in COL_X[1:-1]:
            c.line(x, top, x, top - h)
        self.cell_lines(0, [str(no)], top, h, align="center")
        self.cell_lines(1, title, top, h)
        self.cell_lines(2, content_lines, top, h)
        self.cell_lines(3, depts, top, h)
        # schedule: label centred over its span, arrow under it when it spans or continues
        mid = top - h / 2
        for first, last, label in sched:
            x0 = COL_X[4 + first] + 4
            x1 = COL_X[5 + last] - 4
            c.setFont(GOTHIC, 8.5)
            c.drawCentredString((x0 + x1) / 2, mid + 2, label)
            c.setLineWidth(1.2)
            c.line(x0, mid - 3, x1 - 5, mid - 3)
            p = c.beginPath()
            p.moveTo(x1, mid - 3)
            p.lineTo(x1 - 6, mid)
            p.lineTo(x1 - 6, mid - 6)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.setLineWidth(0.6)
        self.log.append((self.pdf_page, f"No.{no} " + "".join(title)))
        self.y = top - h

    def table(self, items):
        self.table_header()
        for item in items:
            h, _ = self.row_height(item)
            if self.y - h < BOTTOM:
                self.end_page()
                self.table_header()
            self.table_row(item)

    def policy(self, pol):
        first_h, _ = self.row_height(pol["items"][0])
        # keep heading, lead, table header and first row together
        self.need(20 + 16 * len(pol["lead"]) + HEAD_ROW_H * 2 + first_h + 6)
        self.heading(pol["heading"], size=11.5)
        for line in pol["lead"]:
            self.para(line)
        self.y -= 4
        self.table(pol["items"])
        if pol["note"]:
            self.need(18)
            self.c.setFont(MINCHO, 9)
            self.c.drawString(LEFT + 4, self.y - 13, pol["note"])
            self.y -= 18
        self.y -= 12

    def save(self):
        # final page footer
        c = self.c
        c.setFont(MINCHO, 10)
        c.drawCentredString(PAGE_W / 2, 26, f"- {self.pdf_page - 1} -")
        c.showPage()
        c.save()


def main():
    d = Doc()
    d.cover()
    d.run(INTRO)
    for pol in POLICIES:
        d.policy(pol)
    d.run(CLOSING)
    d.save()
    for page, text in d.log:
        print(page, text)


if __name__ == "__main__":
    main()
