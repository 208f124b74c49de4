"""Builds h2_bu_unei_hoshin.pdf: a fictional しののめ台市 市民生活部
「部の運営方針と施策の進捗状況報告書」 (令和6年度), drawn line by line with reportlab.

Layout: page 1 = cover block + 目次 (no footer); pages 2-6 = body with a running
header and a centred footer 「- 1 -」…「- 5 -」 (printed numbers are PDF page - 1).
Headings: １ / （１） / ①; a boxed 「担当課」 label and the department names are drawn
at the right margin on the heading's first line. Small 指標 tables are drawn as grid
cells, with long cells wrapped inside the cell.
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

MIN = "HeiseiMin-W3"
GOTH = "HeiseiKakuGo-W5"
pdfmetrics.registerFont(UnicodeCIDFont(MIN))
pdfmetrics.registerFont(UnicodeCIDFont(GOTH))

OUT = Path(__file__).with_name("h2_bu_unei_hoshin.pdf")
W, H = A4
LEFT, RIGHT = 60.0, W - 60.0
TOP, BOTTOM = H - 70.0, 70.0
RUNNING = "令和６年度　市民生活部の運営方針と施策の進捗状況報告書"

NO_START = set("、。，．）」』・ー％")


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, width, first_width=None):
    """Character wrap with simple kinsoku (no line starts with 、。）」 etc.)."""
    lines, cur = [], ""
    limit = first_width if first_width is not None else width
    for ch in text:
        if sw(cur + ch, font, size) > limit and cur:
            nxt = ch
            # pull characters down so that no line starts with 、。）」 etc.
            while nxt[0] in NO_START and len(cur) > 1:
                nxt = cur[-1] + nxt
                cur = cur[:-1]
            lines.append(cur)
            cur = nxt
            limit = width
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(str(OUT), pagesize=A4)
        self.c.setTitle("市民生活部の運営方針と施策の進捗状況報告書")
        self.c.setAuthor("しののめ台市 市民生活部")
        self.pdf_page = 1
        self.y = TOP
        self.body_pages = False

    # ---- page furniture -------------------------------------------------
    def furniture(self):
        c = self.c
        c.setFont(GOTH, 8)
        c.drawRightString(RIGHT, H - 42, RUNNING)
        c.setLineWidth(0.5)
        c.line(LEFT, H - 47, RIGHT, H - 47)
        c.setFont(MIN, 9)
        c.drawCentredString(W / 2, 38, f"- {self.pdf_page - 1} -")

    def new_page(self):
        if self.body_pages:
            self.furniture()
        self.c.showPage()
        self.pdf_page += 1
        self.y = TOP

    def start_body(self):
        self.c.showPage()
        self.pdf_page += 1
        self.body_pages = True
        self.y = TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    # ---- blocks ---------------------------------------------------------
    def gap(self, h):
        self.y -= h

    def section(self, num, title):
        self.need(22 + 17 * 2)
        self.y -= 6
        c = self.c
        c.setFont(GOTH, 13)
        c.drawString(LEFT, self.y, num)
        c.drawString(LEFT + 20, self.y, title)
        self.y -= 22

    def heading(self, num, title_lines, x_num, x_title, size, depts=None,
                keep=3):
        """Numbered heading; title_lines may hold 2 lines (a wrapped heading).
        depts: string drawn right of a boxed 「担当課」 label on the first line."""
        lead = size + 7
        self.need(lead * len(title_lines) + 16 * keep)
        c = self.c
        y = self.y
        c.setFont(GOTH, size)
        c.drawString(x_num, y, num)
        for i, t in enumerate(title_lines):
            c.drawString(x_title, y - i * lead, t)
        if depts:
            nsize, lsize = 9, 8
            name_w = sw(depts, MIN, nsize)
            label_w = sw("担当課", GOTH, lsize) + 8
            name_x = RIGHT - name_w
            box_x = name_x - 6 - label_w
            c.setLineWidth(0.7)
            c.rect(box_x, y - 3, label_w, 13, stroke=1, fill=0)
            c.setFont(GOTH, lsize)
            c.drawString(box_x + 4, y, "担当課")
            c.setFont(MIN, nsize)
            c.drawString(name_x, y, depts)
        self.y = y - lead * len(title_lines) - 3

    def para(self, text, x=LEFT + 12, indent=10, size=10, font=MIN,
             lead=16):
        width = RIGHT - x
        lines = wrap(text, font, size, width, first_width=width - indent)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.c.setFont(font, size)
            self.c.drawString(x + (indent if i == 0 else 0), self.y, ln)
            self.y -= lead

    def line(self, text, x, size=10, font=MIN, lead=16):
        self.need(lead)
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, text)
        self.y -= lead

    def table(self, x0, widths, rows, size=9, header_rows=1):
        """Grid table; every cell wrapped inside its column."""
        lead = size + 3.5
        pad = 4
        cells = []
        for r in rows:
            wrapped = [sum((wrap(part, MIN, size, w - 2 * pad)
                            for part in t.split("\n")), [])
                       for t, w in zip(r, widths, strict=True)]
            n = max(len(x) for x in wrapped)
            cells.append((wrapped, n * lead + 7))
        total = sum(h for _, h in cells)
        self.need(total + 8)
        c = self.c
        y_top = self.y + size  # top border a little above current baseline
        y = y_top
        c.setLineWidth(0.5)
        for ri, (wrapped, h) in enumerate(cells):
            if ri < header_rows:
                c.setFillGray(0.88)
                c.rect(x0, y - h, sum(widths), h, stroke=0, fill=1)
                c.setFillGray(0)
            cx = x0
            for col, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
                ty = y - pad - size + 1
                for ln in lines:
                    c.setFont(GOTH if ri < header_rows else MIN, size)
                    if ri < header_rows:
                        c.drawCentredString(cx + w / 2, ty, ln)
                    elif col == 0:
                        c.drawString(cx + pad, ty, ln)
                    else:
                        c.drawRightString(cx + w - pad, ty, ln)
                    ty -= lead
                cx += w
            c.line(x0, y, x0 + sum(widths), y)
            y -= h
        c.line(x0, y, x0 + sum(widths), y)
        cx = x0
        for w in widths + [0]:
            c.line(cx, y_top, cx, y)
            cx += w
        self.y = y - 16

    def save(self):
        self.furniture()
        self.c.showPage()
        self.c.save()


def build():
    d = Doc()
    c = d.c
    # ---------------- page 1: cover block + 目次 (no running header/footer)
    c.setFont(GOTH, 14)
    c.drawCentredString(W / 2, 730, "令和６年度")
    c.setFont(GOTH, 18)
    c.drawCentredString(W / 2, 700, "市民生活部の運営方針と施策の進捗状況報告書")
    c.setFont(MIN, 12)
    c.drawCentredString(W / 2, 672, "（令和６年９月末現在）")
    c.setFont(MIN, 11)
    c.drawCentredString(W / 2, 630, "令和６年１１月")
    c.drawCentredString(W / 2, 612, "しののめ台市　市民生活部")

    c.setFont(GOTH, 13)
    c.drawCentredString(W / 2, 540, "目　次")
    toc = [
        ("１", "部の使命と運営方針", 1, 0),
        ("２", "部の経営資源", 1, 0),
        ("３", "施策の進捗状況", 2, 0),
        ("（１）", "窓口サービスの利便性向上", 2, 1),
        ("（２）", "地域コミュニティの活性化", 3, 1),
        ("（３）", "安全・安心な暮らしの確保", 4, 1),
        ("４", "今後の課題と次年度に向けて", 5, 0),
    ]
    y = 505
    for num, title, page, lvl in toc:
        x = 110 + 14 * lvl
        c.setFont(MIN, 10.5)
        c.drawString(x, y, num)
        tx = x + (sw(num, MIN, 10.5) + 4 if lvl else 18)
        c.drawString(tx, y, title)
        end = tx + sw(title, MIN, 10.5) + 6
        dots = ""
        while end + sw(dots + "・", MIN, 10.5) < 465:
            dots += "・"
        c.drawString(end, y, dots)
        c.drawRightString(485, y, str(page))
        y -= 24

    # ---------------- body pages
    d.start_body()
    d.section("１", "部の使命と運営方針")
    d.para("市民生活部は、戸籍や住民基本台帳に関する届出と証明をはじめ、地域のコミュニティ"
           "活動の支援、防犯・交通安全、消費生活相談など、市民の日常生活に最も身近な行政"
           "サービスを担っています。")
    d.para("令和６年度は、第２次しののめ台市総合計画後期基本計画の２年目にあたることから、"
           "「手続が簡単で、地域がつながり、安心して暮らせるまち」を部の目標に掲げ、次の"
           "３つの方針に沿って施策を進めます。")
    d.line("・デジタル技術を活用し、来庁しなくても済む手続を増やします。", LEFT + 22)
    d.line("・自治会や市民活動団体の担い手づくりを、団体と一緒に進めます。", LEFT + 22)
    d.line("・犯罪や消費者被害の未然防止に向け、警察や関係機関との連携を強めます。", LEFT + 22)
    d.gap(10)

    d.section("２", "部の経営資源")
    d.para("市民生活部は、市民課、戸籍住民課、市民協働課、地域安全課の４課と消費生活"
           "センターで構成しています。令和６年度の職員数と当初予算額は次のとおりです。")
    d.gap(6)
    d.table(LEFT + 40, [170, 110, 110], [
        ("区分", "令和５年度", "令和６年度"),
        ("正規職員（人）", "68", "70"),
        ("会計年度任用職員（人）", "41", "39"),
        ("当初予算額（千円）", "1,284,560", "1,352,910"),
    ])
    d.line("※当初予算額には、人件費を含みません。", LEFT + 40, size=9)
    d.new_page()

    d.section("３", "施策の進捗状況")
    d.para("部の運営方針に沿って設定した３つの施策と、それを構成する７つの取組について、"
           "令和６年９月末時点の進捗状況を報告します。進捗区分は、Ａ（計画どおり進んでいる）、"
           "Ｂ（おおむね計画どおり）、Ｃ（遅れている）の３段階としました。")
    d.gap(4)

    H2X, H2T = LEFT + 4, LEFT + 40
    H3X, H3T = LEFT + 14, LEFT + 32
    BX = LEFT + 32   # body x under ①

    def fields(status, plan, grade):
        d.line("＜取組状況＞", BX, font=GOTH, size=9.5)
        d.para(status, x=BX)
        d.line("＜今後の予定＞", BX, font=GOTH, size=9.5)
        d.para(plan, x=BX)
        d.line("進捗区分：" + grade, BX)

    TW = [236, 95, 95]
    TX = BX + 8

    d.heading("（１）", ["窓口サービスの利便性向上"], H2X, H2T, 11.5, "市民課")
    d.para("窓口に来なくても手続ができる環境と、来庁した方を待たせない窓口の両立を"
           "めざす施策です。施策全体の進捗区分はＢとしました。", x=LEFT + 20)
    d.gap(2)

    d.heading("①", ["オンライン申請の拡充"], H3X, H3T, 10.5, "市民課")
    fields("住民票の写しや税の証明など１８の手続について、スマートフォンから申請と手数料の"
           "支払ができるようにしました。４月から９月までのオンライン申請は２，３１４件で、"
           "前年同期の約１．６倍となりました。",
           "転入・転居の届出の事前予約を１２月から始め、年度内に対象を２５の手続まで広げます。",
           "Ａ")
    d.line("関係課：情報政策課", BX)
    d.gap(4)
    d.table(TX, TW, [
        ("指標名", "現状値\n（令和５年度）", "目標値\n（令和８年度）"),
        ("市民課が所管する手続のうち、オンラインで申請できる手続の数", "12手続", "30手続"),
        ("証明書のオンライン申請件数（年間）", "3,025件", "6,000件"),
    ])

    d.heading("②", ["証明書のコンビニ交付と「書かない窓口」の", "導入による手続の簡素化"],
              H3X, H3T, 10.5, "戸籍住民課、市民課")
    fields("７月から本庁舎の市民課窓口で、職員が聞き取った内容を申請書に印字する「書かない"
           "窓口」を試行しています。試行期間中は、申請書の記入にかかる時間が１件あたり平均"
           "４分短くなりました。",
           "試行の結果を踏まえ、令和７年４月から３か所の支所にも広げる準備を進めます。",
           "Ｂ")
    d.gap(6)

    d.heading("③", ["窓口の待ち時間の短縮"], H3X, H3T, 10.5, "市民課")
    fields("繁忙期の３月から４月にかけて、窓口の受付番号と混雑状況をホームページで公開"
           "しました。最も混雑した日の最長待ち時間は８５分で、前年度の１２０分から短縮"
           "しました。あわせて、呼出番号の表示を大型のモニターに更新し、待合スペースの"
           "どこからでも番号を確認できるようにしました。",
           "混雑が予想される日を事前に周知するとともに、土曜開庁の実施日を増やすことを"
           "検討します。また、番号札の発行状況をスマートフォンで確認できる仕組みを、"
           "来年３月の繁忙期に間に合うよう整えます。",
           "Ｂ")
    d.gap(8)

    d.heading("（２）", ["地域コミュニティの活性化"], H2X, H2T, 11.5, "市民協働課")
    d.para("自治会や市民活動団体の活動を支え、地域の課題を地域で解決する力を育てる"
           "施策です。施策全体の進捗区分はＢとしました。", x=LEFT + 20)
    d.gap(2)
    d.heading("①", ["自治会活動の担い手づくり"], H3X, H3T, 10.5, "市民協働課")
    fields("自治会の役員経験者を講師とする「地域づくり塾」を６月から全５回開催し、３２人が"
           "修了しました。一方、自治会加入率は６１．８％で、前年度末から０．９ポイント"
           "低下しています。",
           "修了者が地域の行事に参加できるよう、自治会連合会と調整して受入先を紹介します。",
           "Ｃ")
    d.gap(4)
    d.table(TX, TW, [
        ("指標名", "現状値\n（令和５年度）", "目標値\n（令和８年度）"),
        ("自治会加入率", "62.7%", "65.0%"),
        ("地域づくり塾の修了者数（累計）", "26人", "150人"),
    ])

    d.heading("②", ["市民活動団体との協働事業の推進"], H3X, H3T, 10.5,
              "市民協働課／生涯学習課")
    fields("市民活動団体から提案を受ける協働事業には９件の応募があり、公開審査を経て、"
           "子どもの居場所づくりなど４事業を採択しました。",
           "採択した事業の中間報告会を２月に開き、成果を広く市民に紹介します。",
           "Ａ")
    d.gap(8)

    d.new_page()
    # (3) has no lead paragraph: its first child follows at once
    d.heading("（３）", ["安全・安心な暮らしの確保"], H2X, H2T, 11.5, "地域安全課", keep=4)
    d.heading("①", ["防犯カメラの設置と地域の見守り活動の支援"], H3X, H3T, 10.5,
              "地域安全課／危機管理室")
    fields("通学路を中心に防犯カメラ１５台を新たに設置し、市が管理する防犯カメラは"
           "合計１４０台となりました。刑法犯の認知件数は、前年同期と比べて２３件減って"
           "います。",
           "自治会が設置する防犯カメラへの補助制度について、１０月から申請の受付を始めます。",
           "Ａ")
    d.gap(4)
    d.table(TX, TW, [
        ("指標名", "現状値\n（令和５年度）", "目標値\n（令和８年度）"),
        ("市が管理する防犯カメラの設置台数", "125台", "180台"),
        ("刑法犯認知件数（年間）", "512件", "450件"),
    ])

    d.heading("②", ["ＳＮＳを活用した消費者被害の未然防止"], H3X, H3T, 10.5,
              "消費生活センター")
    fields("高齢者を狙った電話による詐欺の被害が続いていることから、老人クラブや民生委員の"
           "会合に出向く出前講座を１８回開催しました。あわせて、市の公式ＳＮＳで最新の手口を"
           "月２回発信しています。",
           "通話録音装置の無料貸出を続け、貸出台数を年度内に２００台まで増やします。"
           "若い世代に多いインターネット通販のトラブルについても、ＳＮＳでの注意喚起を強めます。",
           "Ｂ")
    d.new_page()

    d.section("４", "今後の課題と次年度に向けて")
    d.heading("（１）", ["デジタル化に伴う課題"], H2X, H2T, 11.5)
    d.para("オンライン申請が増える一方で、スマートフォンの操作に不慣れな方への支援が"
           "課題となっています。令和７年度は、次の２点に取り組みます。", x=LEFT + 20)
    d.line("①　支所と地区市民センターにスマートフォン操作の相談窓口を設けます。", LEFT + 24)
    d.line("②　申請画面の文字の大きさや手順の表示を、利用者の意見を踏まえて見直します。",
           LEFT + 24)
    d.gap(6)
    d.heading("（２）", ["地域の担い手不足への対応"], H2X, H2T, 11.5)
    d.para("自治会加入率の低下は、防犯や防災など地域の見守りにも影響します。市民協働課と"
           "地域安全課が合同で地域の実情を調べ、その結果を次年度の取組に反映します。",
           x=LEFT + 20)
    d.save()
    return d.pdf_page


if __name__ == "__main__":
    n = build()
    print(OUT, n, "pages")
