"""Build u1_rotate_beppyo.pdf: a fictional city's 行財政改革実施計画 進捗状況報告書 (令和６年度) assembled from a
portrait Word body and landscape Excel appendix tables (別表１, 別表２), merged into one PDF.

さわらび野市 is fictional; every name, figure and sentence is original.

Page geometry (what a merge of print-to-PDF outputs really stores):
- PDF pages 1-5 (cover, 目次, body) : portrait MediaBox, no /Rotate, ordinary upright text.
  Cover and 目次 carry no page number; the body footers read 「- 1 -」…「- 3 -」.
- PDF pages 6-8 (別表１)           : portrait MediaBox [0 0 595.28 841.89] + /Rotate 90. The landscape sheet is drawn
  through one `cm` (0 1 -1 0 W 0), as a driver that prints a landscape sheet onto portrait paper does.
  Excel-style footer 「別表１－1」…「別表１－3」 (custom footer 別表１－&P, &P printed half-width).
- PDF page 9 (別表２)               : portrait MediaBox + /Rotate 270. No `cm`: every text run carries its own rotated
  text matrix (Tm 0 -1 1 0 x y) and every rule is drawn in rotated user-space coordinates.
In a viewer all nine pages are upright (pages 6-9 are shown landscape).

Built with reportlab's canvas (CID fonts HeiseiKakuGo-W5 / HeiseiMin-W3, invariant=1) and post-processed with pypdf
(the /Rotate entries, the merged file's document information, a fixed /ID). Same bytes on every run.
Run with /work/main/.venv/bin/python.
"""
import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject, NumberObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).with_name("u1_rotate_beppyo.pdf")
GO = "HeiseiKakuGo-W5"
MIN = "HeiseiMin-W3"
pdfmetrics.registerFont(UnicodeCIDFont(GO))
pdfmetrics.registerFont(UnicodeCIDFont(MIN))
PW, PH = A4  # portrait user space of every page: 595.28 x 841.89
LW, LH = PH, PW  # landscape display size of the 別表 pages

NO_START = set("、。，．）」』】％,.)")


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


DIGITS = set("0123456789０１２３４５６７８９")
NUMSEP = set("，．,.")


def _units(text):
    """Split into wrap units: a run of digits (with ，．inside) is one unit, every other character is one unit."""
    out, i = [], 0
    while i < len(text):
        if text[i] in DIGITS:
            j = i + 1
            while j < len(text) and (text[j] in DIGITS or (text[j] in NUMSEP and j + 1 < len(text) and text[j + 1] in DIGITS)):
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return out


def wrap(text, font, size, width):
    """Greedy wrap. Numbers are never split, closing marks hang at the line end (ぶら下げ), and a wrapped line never
    starts with a digit (the unit before the number moves down with it)."""
    lines, cur = [], []
    for u in _units(text):
        if not cur or sw("".join(cur) + u, font, size) <= width or u in NO_START:
            cur.append(u)
            continue
        if u[0] in DIGITS and len(cur) > 1:
            k = len(cur) - 1
            while k > 1 and cur[k] in NO_START:
                k -= 1
            lines.append("".join(cur[:k]))
            cur = cur[k:] + [u]
        else:
            lines.append("".join(cur))
            cur = [u]
    if cur:
        lines.append("".join(cur))
    return lines


# =====================================================================================  portrait part (Word body)
BODY = [
    # (kind, text)
    ("h1", "１　報告の趣旨"),
    ("p", "本市では、人口減少の進行や公共施設の老朽化に対応しながら、将来にわたって質の高い行政サービスを提供するため、令和５年３月に「第２次さわらび野市行財政改革実施計画」を策定し、全庁で取組を進めています。"),
    ("p", "本報告書は、計画の２年目に当たる令和６年度の取組状況を取りまとめたものです。取組項目ごとの実績と成果指標は別表１に、取組による財政効果額は別表２に掲載しています。"),
    ("h1", "２　計画の概要"),
    ("h2", "（１）計画期間"),
    ("p", "令和５年度から令和８年度までの４年間です。"),
    ("h2", "（２）基本方針"),
    ("p", "本計画では、次の三つの基本方針の下に、１２の取組項目を定めています。"),
    ("b", "・基本方針１　デジタル技術を活用した市民サービスの向上（５項目）"),
    ("b", "・基本方針２　効率的で持続可能な行政運営（４項目）"),
    ("b", "・基本方針３　健全な財政基盤の確立（３項目）"),
    ("h1", "３　令和６年度の進捗状況"),
    ("p", "各取組項目の担当課が令和７年３月３１日現在の状況を自己評価し、行政経営課が内容を確認した上で、次の四つの区分により進捗を判定しました。"),
    ("h2", "（１）進捗区分別の状況"),
    ("table", None),
    ("p", "「遅れ」と「未着手」は合わせて３項目で、前年度の４項目から１項目減りました。"),
    ("page", None),
    ("h2", "（２）基本方針別の状況"),
    ("p", "基本方針１では、５項目のうち４項目が「順調」となりました。オンラインで申請できる手続は累計１１８手続となり、窓口に来なくても済む手続が着実に増えています。一方、オープンデータの推進は、公開したデータの利用が伸びず「遅れ」と判定しました。"),
    ("p", "基本方針２では、電子決裁の全庁展開が完了し「完了」となりました。公共施設の再配置は、北部地区の集会施設の統合に向けた地元との協議に時間を要しており、「遅れ」と判定しました。"),
    ("p", "基本方針３では、使用料・手数料の見直しが完了しました。未利用地の売却・貸付は、対象地の境界確定が年度内に終わらなかったため、売却の手続に着手できませんでした。"),
    ("h1", "４　主な成果と課題"),
    ("h2", "（１）主な成果"),
    ("b", "・電子申請と「書かない窓口」の導入により、窓口での平均待ち時間が前年度の２４分から１６分に短縮しました。"),
    ("b", "・ＲＰＡを適用した業務の拡大により、年間の作業時間を約４，３５０時間削減しました。"),
    ("b", "・使用料の改定と収納率の向上により、歳入の確保による効果額は前年度の２倍を超えました。"),
    ("h2", "（２）主な課題"),
    ("b", "・オープンデータは公開件数が増えた一方で、利用が伸びていません。利用者のニーズを把握し、使われるデータを優先して公開する必要があります。"),
    ("b", "・公共施設の再配置は、地域の合意形成に時間を要しています。施設ごとの利用状況や将来の維持費を分かりやすく示し、早い段階から住民と話し合う場を設けることが課題です。"),
    ("page", None),
    ("h1", "５　今後の進め方"),
    ("p", "令和７年度は計画期間の折り返しに当たることから、全ての取組項目について成果指標の目標値と工程を点検し、必要な見直しを行います。"),
    ("p", "「遅れ」又は「未着手」と判定した取組項目については、担当課と行政経営課が年度の途中にヒアリングを行い、課題と対応策を共有した上で、行政改革推進本部で進捗を管理します。"),
    ("p", "また、進捗状況は行政改革推進委員会に報告し、委員からの意見を翌年度の取組に反映します。"),
    ("gap", None),
    ("contact", "問合せ先　さわらび野市総務部行政経営課　行革推進係　電話　０１２３－４５－６７８９"),
]

STATUS_TABLE = [
    ["進捗区分", "判定の基準", "項目数", "割合"],
    ["◎　完了", "計画期間の目標を達成したもの", "２", "１６．７％"],
    ["○　順調", "おおむね計画どおり進んでいるもの", "７", "５８．３％"],
    ["△　遅れ", "計画より遅れているもの", "２", "１６．７％"],
    ["×　未着手", "取組に着手していないもの", "１", "８．３％"],
    ["合計", "", "１２", "１００．０％"],
]


def draw_cover(c):
    c.setFont(GO, 22)
    c.drawCentredString(PW / 2, 560, "第２次さわらび野市行財政改革実施計画")
    c.setFont(GO, 20)
    c.drawCentredString(PW / 2, 520, "令和６年度　進捗状況報告書")
    c.setLineWidth(1.2)
    c.line(110, 500, PW - 110, 500)
    c.setFont(MIN, 14)
    c.drawCentredString(PW / 2, 230, "令和７年８月")
    c.setFont(GO, 16)
    c.drawCentredString(PW / 2, 200, "さわらび野市")


def draw_toc(c):
    c.setFont(GO, 16)
    c.drawCentredString(PW / 2, 740, "目　　次")
    rows = [
        ("１　報告の趣旨", "1"),
        ("２　計画の概要", "1"),
        ("３　令和６年度の進捗状況", "1"),
        ("４　主な成果と課題", "2"),
        ("５　今後の進め方", "3"),
        ("", ""),
        ("別表１　取組項目別進捗状況一覧", "別表1-1"),
        ("別表２　財政効果額の状況", "別表2-1"),
    ]
    y = 680
    left, right = 90, PW - 90
    for label, pg in rows:
        if label:
            c.setFont(MIN, 11)
            c.drawString(left, y, label)
            c.drawRightString(right, y, pg)
            x0 = left + sw(label, MIN, 11) + 6
            x1 = right - sw(pg, MIN, 11) - 6
            dot = "・"
            n = int((x1 - x0) // sw(dot, MIN, 11))
            c.drawString(x1 - n * sw(dot, MIN, 11), y, dot * n)
        y -= 30


def draw_body(c):
    """Flow BODY over portrait pages; returns list of (heading, pdf_page)."""
    left, right = 72, PW - 72
    width = right - left
    top, bottom = 770, 80
    lh = 18
    page = 3
    folio = 1
    y = top
    placed = []

    def footer():
        c.setFont(MIN, 10.5)
        c.drawCentredString(PW / 2, 40, f"- {folio} -")

    def new_page():
        nonlocal y, page, folio
        footer()
        c.showPage()
        page += 1
        folio += 1
        y = top

    for kind, text in BODY:
        if kind == "page":
            new_page()
            continue
        if kind == "gap":
            y -= lh * 2
            continue
        if kind == "h1":
            if y != top:
                y -= 8
            c.setFont(GO, 12.5)
            c.drawString(left, y, text)
            placed.append((text, page))
            y -= lh + 4
        elif kind == "h2":
            c.setFont(GO, 11)
            c.drawString(left, y, text)
            placed.append((text, page))
            y -= lh + 2
        elif kind == "p":
            c.setFont(MIN, 10.5)
            lines = wrap("　" + text, MIN, 10.5, width)
            for ln in lines:
                c.drawString(left, y, ln)
                y -= lh
        elif kind == "b":
            c.setFont(MIN, 10.5)
            ind = sw("・", MIN, 10.5)
            c.drawString(left + 10.5, y, "・")
            for ln in wrap(text[1:], MIN, 10.5, width - 10.5 - ind):
                c.drawString(left + 10.5 + ind, y, ln)
                y -= lh
        elif kind == "table":
            cols = [78, 200, 60, 80]
            x0 = left + 18
            rh = 20
            y += 4
            ytop = y + 10
            c.setLineWidth(0.6)
            for i, row in enumerate(STATUS_TABLE):
                yy = ytop - rh * (i + 1)
                if i == 0:
                    c.setFillGray(0.88)
                    c.rect(x0, yy, sum(cols), rh, stroke=0, fill=1)
                    c.setFillGray(0)
                x = x0
                for j, cell in enumerate(row):
                    font = GO if i == 0 else MIN
                    c.setFont(font, 10)
                    if j >= 2 and i > 0:
                        c.drawRightString(x + cols[j] - 6, yy + 6, cell)
                    elif i == 0:
                        c.drawCentredString(x + cols[j] / 2, yy + 6, cell)
                    else:
                        c.drawString(x + 6, yy + 6, cell)
                    x += cols[j]
            nrow = len(STATUS_TABLE)
            for i in range(nrow + 1):
                c.line(x0, ytop - rh * i, x0 + sum(cols), ytop - rh * i)
            x = x0
            for wdt in cols + [0]:
                c.line(x, ytop, x, ytop - rh * nrow)
                x += wdt
            y = ytop - rh * nrow - lh - 4
        elif kind == "contact":
            c.setLineWidth(0.6)
            c.rect(left, y - 8, width, 24, stroke=1, fill=0)
            c.setFont(MIN, 9.5)
            c.drawString(left + 10, y, text)
            y -= lh + 8
        assert y > bottom, (kind, text, y)
    footer()
    c.showPage()
    return placed


# =====================================================================================  landscape part (Excel 別表)
# 別表１ columns (display points)
B1_COLS = [("No.", 24), ("取組項目", 114), ("担当課", 90), ("令和６年度の取組実績", 180), ("指標名", 118),
           ("目標値\n（Ｒ８）", 56), ("実績値\n（Ｒ６）", 56), ("進捗", 28), ("今後の方向性", 120)]
FS = 9.5   # cell font size
CLH = 13.4  # cell line pitch
B1_TITLE_BLOCK = 64  # title, lead sentence and legend above the table on 別表１－１

# items: no (numeric cell, half-width), title lines, dept lines, 実績 (wrapped to the cell), [(indicator lines,
# target, actual)], mark, 今後 (wrapped to the cell).  Value cells are Excel numbers: half-width digits.
B1_GROUPS = [
    ("基本方針１　デジタル技術を活用した市民サービスの向上", [
        ("1", ["行政手続のオンライン化"], ["情報政策課・", "市民課"],
         "子育て・介護分野を中心に４２手続を新たにオンライン化し、累計で１１８手続となった。電子申請の利用件数は年間約２万１千件で、前年度の約１．６倍に増えた。",
         [(["オンライン申請できる", "手続数（累計）"], "150手続", "118手続")], "○",
         "申請件数の多い手続から順にオンライン化を進め、電子納付にも対応する。"),
        ("2", ["「書かない窓口」の導入"], ["市民課"],
         "本庁舎の市民課窓口に申請書作成支援システムを導入し、１０月から運用を開始した。転入・転居など２２手続で、氏名や住所を書かずに申請できるようになった。",
         [(["対象手続数"], "30手続", "22手続")], "○",
         "支所窓口への拡大に向けて、端末の配置と職員研修の計画を作る。"),
        ("3", ["ＡＩ・ＲＰＡによる業務", "の自動化"], ["情報政策課／", "行政経営課"],
         "税・福祉分野の入力作業など９業務に新たにＲＰＡを適用し、適用業務は１４業務となった。会議録の作成にＡＩ文字起こしを試行導入した。",
         [(["ＲＰＡ適用業務数"], "20業務", "14業務"),
          (["削減時間（年間）※１"], "6,000時間", "4,350時間")], "○",
         "各課から対象業務を募り、効果の大きい業務から適用を広げる。ＡＩ文字起こしは本格導入を検討する。"),
        ("4", ["キャッシュレス決済の", "拡大"], ["会計課、市民課"],
         "北支所・南支所と中央図書館に決済端末を設置し、証明書の手数料や複写代をキャッシュレスで支払えるようにした。",
         [(["導入施設数"], "15施設", "11施設")], "○",
         "体育施設と公民館への導入を進め、施設使用料の支払にも対応する。"),
        ("5", ["オープンデータの推進"], ["情報政策課"],
         "避難所・ＡＥＤ設置場所・公共施設の予約状況など２２件のデータセットを新たに公開し、公開件数は累計６４件となった。一方、ダウンロード件数は目標を大きく下回り、利用が広がっていない。",
         [(["公開データセット数", "（累計）"], "100件", "64件"),
          (["市ホームページからの", "ダウンロード件数", "（年間）"], "12,000件", "5,870件")], "△",
         "庁内の利用希望と民間事業者の意見を聞き、利用の見込まれるデータから優先して公開する。データの使い方を紹介する講座を年２回開く。"),
    ]),
    ("基本方針２　効率的で持続可能な行政運営", [
        ("6", ["事務事業の見直し"], ["行政経営課"],
         "事務事業評価により３１事業を見直し、そのうち５事業を廃止又は統合した。見直しによる一般財源の削減額は４，８００万円である。",
         [(["見直し事業数（累計）"], "120事業", "68事業")], "○",
         "評価シートを簡素化し、担当課の負担を減らしながら見直しを続ける。"),
        ("7", ["文書管理・電子決裁シス", "テムの導入"], ["総務課"],
         "電子決裁の対象を全ての課に広げ、年度末の電子決裁率は９６．４％となり、計画期間の目標を達成した。",
         [(["電子決裁率"], "95.0%", "96.4%")], "◎",
         "目標を達成したため本計画での取組は完了とし、今後は通常の業務として運用する。"),
        ("8", ["公共施設の再配置"], ["資産経営課・", "建築営繕課"],
         "北部地区の集会施設３館を１館に統合する案について、地元の自治会と５回の協議を行ったが、統合後の施設の場所について合意に至らなかった。",
         [(["延床面積の削減率", "（平成２８年度比）※２"], "10.0%", "3.1%")], "△",
         "施設ごとの利用状況と将来の維持費を示した資料を作り、令和７年度中の合意を目指して協議を続ける。"),
        ("9", ["職員の働き方改革"], ["人事課"],
         "テレワーク用の端末を１２０台に増やし、時差出勤制度の対象を全職員に広げた。時間外勤務は前年度より１人当たり年間１１時間減った。",
         [(["職員１人当たりの時間", "外勤務時間（年間）"], "120時間", "138時間")], "○",
         "時間外勤務の多い職場を個別に分析し、業務の配分を見直す。"),
    ]),
    ("基本方針３　健全な財政基盤の確立", [
        ("10", ["使用料・手数料の見直し"], ["財政課"],
         "受益者負担の基準を定め、体育施設・公民館など４２施設の使用料を１０月に改定した。減免の基準も併せて見直した。",
         [(["見直しの実施"], "実施", "実施")], "◎",
         "改定後の利用状況を確認し、４年ごとに見直す仕組みとして定着させる。"),
        ("11", ["市税等の収納率の向上"], ["税務課／", "収納対策室"],
         "スマートフォン決済の対象を軽自動車税と固定資産税に広げ、口座振替の利用を勧めた。滞納分は財産調査を早めに行い、分割納付の相談を増やした。",
         [(["市税収納率", "（現年課税分）"], "99.3%", "99.1%"),
          (["市税収納率", "（滞納繰越分）"], "30.0%", "28.6%")], "○",
         "納期内の納付を促す通知を見直し、新たに滞納となる件数を減らす。"),
        ("12", ["未利用地の売却・貸付"], ["資産経営課、", "財政課"],
         "旧西部給食センター跡地など３か所の売却を予定していたが、隣接地との境界確定が年度内に終わらず、売却の手続に着手できなかった。",
         [(["売却・貸付の件数", "（累計）"], "5件", "0件")], "×",
         "境界確定を令和７年度の上半期に終え、一般競争入札により売却する。"),
    ]),
]

B1_NOTES = [
    "※１　No.3の削減時間は、ＲＰＡを適用する前と後の作業時間の差を、１年間の処理件数で積み上げたものです。",
    "※２　No.8の延床面積の削減率は、平成２８年度末の公共施設の延床面積に対する割合です。",
]


class Land:
    """Drawing in landscape display coordinates (X right, Y up; 0..LW x 0..LH) on a portrait page.

    mode "cm90":  one cm (0 1 -1 0 PW 0) for the whole page; the page later gets /Rotate 90.
    mode "tm270": no cm; every text run gets its own Tm (0 -1 1 0 x y) and every rule is mapped point by point;
                  the page later gets /Rotate 270.
    """

    def __init__(self, c, mode):
        self.c, self.mode = c, mode
        if mode == "cm90":
            c.saveState()
            c.transform(0, 1, -1, 0, PW, 0)

    def end(self):
        if self.mode == "cm90":
            self.c.restoreState()

    def _pt(self, X, Y):  # display -> user space (tm270 only)
        return Y, PH - X

    def text(self, X, Y, s, font, size, align="l"):
        if align == "c":
            X -= sw(s, font, size) / 2
        elif align == "r":
            X -= sw(s, font, size)
        if self.mode == "cm90":
            self.c.setFont(font, size)
            self.c.drawString(X, Y, s)
        else:
            t = self.c.beginText()
            t.setFont(font, size)
            x, y = self._pt(X, Y)
            t.setTextTransform(0, -1, 1, 0, x, y)
            t.textOut(s)
            self.c.drawText(t)

    def line(self, X1, Y1, X2, Y2):
        if self.mode == "cm90":
            self.c.line(X1, Y1, X2, Y2)
        else:
            self.c.line(*self._pt(X1, Y1), *self._pt(X2, Y2))

    def rect(self, X, Y, w, h, fill_gray=None, stroke=1):
        c = self.c
        if fill_gray is not None:
            c.setFillGray(fill_gray)
        if self.mode == "cm90":
            c.rect(X, Y, w, h, stroke=stroke, fill=1 if fill_gray is not None else 0)
        else:
            x, y = Y, PH - X - w  # the display box maps to a user-space box h wide and w high
            c.rect(x, y, h, w, stroke=stroke, fill=1 if fill_gray is not None else 0)
        c.setFillGray(0)


def cell_lines(text, col):
    return wrap(text, GO, FS, B1_COLS[col][1] - 6)


B1_LEFT = (LW - sum(w for _, w in B1_COLS)) / 2
B1_BOTTOM = 54  # lowest Y a row may reach (bottom margin; the footer sits below)
PAD = 5
MINH = 40


def b1_colx():
    xs, x = [], B1_LEFT
    for _, w in B1_COLS:
        xs.append(x)
        x += w
    return xs, x


def b1_header(L, ytop):
    """Two-row print-title header; returns Y below it."""
    xs, xend = b1_colx()
    h1, h2 = 14, 16
    yb = ytop - h1 - h2
    L.rect(B1_LEFT, yb, xend - B1_LEFT, h1 + h2, fill_gray=0.85, stroke=0)
    L.c.setLineWidth(0.5)
    L.line(B1_LEFT, ytop, xend, ytop)
    L.line(xs[4], ytop - h1, xs[7], ytop - h1)
    L.line(B1_LEFT, yb, xend, yb)
    for i, x in enumerate(xs + [xend]):
        if i in (5, 6):
            L.line(x, ytop - h1, x, yb)
        else:
            L.line(x, ytop, x, yb)
    for i, (name, w) in enumerate(B1_COLS):
        if i in (4, 5, 6):
            parts = name.split("\n")
            if len(parts) == 1:
                L.text(xs[i] + w / 2, yb + 5, parts[0], GO, FS, "c")
            else:
                L.text(xs[i] + w / 2, yb + 8.5, parts[0], GO, 7, "c")
                L.text(xs[i] + w / 2, yb + 1.5, parts[1], GO, 7, "c")
        else:
            L.text(xs[i] + w / 2, yb + (h1 + h2) / 2 - 3, name, GO, FS, "c")
    L.text(xs[4] + (xs[7] - xs[4]) / 2, ytop - h1 + 4, "成果指標", GO, FS, "c")
    return yb


def b1_physical_rows():
    """Flatten 別表１ into physical sheet rows: ('band', text) or ('item', item, k, height)."""
    rows = []
    for band, items in B1_GROUPS:
        rows.append(("band", band, 15))
        for it in items:
            no, title, dept, jis, inds, mark, kongo = it
            jis, kongo = cell_lines(jis, 3), cell_lines(kongo, 8)
            n = len(inds)
            main_lines = max(len(title), len(dept), len(jis), len(kongo))
            ind_lines = [len(ind[0]) for ind in inds]
            # the merged cells' text (top aligned) sits in the item's first physical row; rows are at least MINH tall
            hs = [max(il, 1) * CLH + 2 * PAD for il in ind_lines]
            need = max(main_lines * CLH + 2 * PAD, MINH)
            hs[0] = max(hs[0], need if n > 1 else need)
            for k in range(n):
                rows.append(("item", it, k, hs[k]))
    return rows


def draw_b1_page(c, rows, first, folio, last):
    L = Land(c, "cm90")
    xs, xend = b1_colx()
    c.setLineWidth(0.5)
    ytop = LH - 34
    if first:
        L.text(B1_LEFT, ytop - 12, "別表１　取組項目別進捗状況一覧", GO, 14)
        L.text(B1_LEFT, ytop - 32, "取組項目ごとに、令和６年度の取組実績、成果指標の実績値及び進捗区分を、基本方針別に示します。", MIN, 9.5)
        L.text(B1_LEFT, ytop - 50, "進捗区分　◎：完了（計画期間の目標を達成）　○：順調　△：遅れ　×：未着手", MIN, 9.5)
        L.text(xend, ytop - 50, "（令和７年３月３１日現在）", MIN, 9.5, "r")
        ytop -= B1_TITLE_BLOCK
    y = b1_header(L, ytop)
    for r in rows:
        if r[0] == "band":
            _, text, h = r
            L.rect(B1_LEFT, y - h, xend - B1_LEFT, h, fill_gray=0.93, stroke=0)
            L.line(B1_LEFT, y - h, xend, y - h)
            L.line(B1_LEFT, y, B1_LEFT, y - h)
            L.line(xend, y, xend, y - h)
            L.text(B1_LEFT + 6, y - h + 4.5, text, GO, FS)
            y -= h
            continue
        _, it, k, h = r
        no, title, dept, jis, inds, mark, kongo = it
        jis, kongo = cell_lines(jis, 3), cell_lines(kongo, 8)
        n = len(inds)
        yb = y - h
        # vertical rules for every column
        for x in xs + [xend]:
            L.line(x, y, x, yb)
        # bottom rule: merged columns only get a rule under the item's last physical row
        last_of_item = (k == n - 1)
        for i in range(len(B1_COLS)):
            x0, x1 = xs[i], (xs[i + 1] if i + 1 < len(xs) else xend)
            if i in (4, 5, 6) or last_of_item:
                L.line(x0, yb, x1, yb)
        # a merged region cut by the page foot is closed by the page's last rule
        if not last_of_item and r is rows[-1]:
            L.line(B1_LEFT, yb, xend, yb)
        ty = y - PAD - FS + 1
        if k == 0:
            L.text(xs[0] + B1_COLS[0][1] / 2, ty, no, GO, FS, "c")
            for j, s in enumerate(title):
                L.text(xs[1] + 3, ty - j * CLH, s, GO, FS)
            for j, s in enumerate(dept):
                L.text(xs[2] + 3, ty - j * CLH, s, GO, FS)
            for j, s in enumerate(jis):
                L.text(xs[3] + 3, ty - j * CLH, s, GO, FS)
            L.text(xs[7] + B1_COLS[7][1] / 2, ty, mark, GO, FS + 1, "c")
            for j, s in enumerate(kongo):
                L.text(xs[8] + 3, ty - j * CLH, s, GO, FS)
        ind_lines, tgt, act = inds[k]
        for j, s in enumerate(ind_lines):
            L.text(xs[4] + 3, ty - j * CLH, s, GO, FS)
        L.text(xs[6] - 3, ty, tgt, GO, FS, "r")
        L.text(xs[7] - 3, ty, act, GO, FS, "r")
        y = yb
    if last:
        y -= 14
        for s in B1_NOTES:
            L.text(B1_LEFT, y, s, MIN, 8)
            y -= 12
    L.text(LW / 2, 22, f"別表１－{folio}", MIN, 9, "c")  # custom footer 別表１－&P
    L.end()
    c.showPage()


def paginate_b1():
    """Automatic page breaks by height, plus the sheet's one manual page break before 基本方針３."""
    rows = b1_physical_rows()
    pages, cur = [], []
    avail = (LH - 34 - B1_TITLE_BLOCK - 30) - B1_BOTTOM
    for r in rows:
        h = r[-1]
        manual = r[0] == "band" and r[1].startswith("基本方針３")
        if h > avail or manual:
            pages.append(cur)
            cur = []
            avail = (LH - 34 - 30) - B1_BOTTOM
        cur.append(r)
        avail -= h
    pages.append(cur)
    return pages


# 別表２ (drawn with per-run rotated text matrices, page /Rotate 270)
B2_COLS = [("区分", 90), ("主な取組（別表１の番号）", 330), ("令和５年度", 90), ("令和６年度", 90), ("増減", 90)]
B2_ROWS = [
    ("歳入の確保", ["使用料・手数料の見直し（No.10）", "市税等の収納率の向上（No.11）", "未利用地の売却・貸付（No.12）"],
     "18,400", "41,250", "22,850"),
    ("歳出の削減", ["事務事業の見直し（No.6）", "ＡＩ・ＲＰＡによる業務の自動化（No.3）", "文書管理・電子決裁システムの導入（No.7）"],
     "52,300", "76,900", "24,600"),
    ("合計", [""], "70,700", "118,150", "47,450"),
]


def draw_b2(c):
    L = Land(c, "tm270")
    left = (LW - sum(w for _, w in B2_COLS)) / 2
    xs, x = [], left
    for _, w in B2_COLS:
        xs.append(x)
        x += w
    xend = x
    c.setLineWidth(0.5)
    ytop = LH - 42
    L.text(left, ytop - 8, "別表２　財政効果額の状況", GO, 13)
    L.text(left, ytop - 30, "取組による令和６年度の財政効果額（当初予算と比べた単年度の効果額）を区分ごとに示します。", MIN, 9)
    L.text(xend, ytop - 30, "（単位：千円）", MIN, 9, "r")
    y = ytop - 42
    hh = 20
    L.rect(left, y - hh, xend - left, hh, fill_gray=0.85, stroke=0)
    for i, (name, w) in enumerate(B2_COLS):
        L.text(xs[i] + w / 2, y - hh + 6.5, name, GO, 9, "c")
    rows_y = [y, y - hh]
    y -= hh
    for cat, items, a, b, d in B2_ROWS:
        h = max(len(items), 1) * 14 + 10
        L.text(xs[0] + 6, y - 14, cat, GO, 9)
        for j, s in enumerate(items):
            L.text(xs[1] + 6, y - 14 - j * 14, s, MIN, 9)
        for i, v in ((2, a), (3, b), (4, d)):
            L.text(xs[i] + B2_COLS[i][1] - 6, y - 14, v, MIN, 9, "r")
        y -= h
        rows_y.append(y)
    for yy in rows_y:
        L.line(left, yy, xend, yy)
    for xx in xs + [xend]:
        L.line(xx, rows_y[0], xx, rows_y[-1])
    y -= 18
    L.text(left, y, "※　効果額は、取組を実施しなかった場合と比べた額です。歳入の確保は増収額、歳出の削減は経費の減少額を計上しています。", MIN, 8.5)
    L.text(left, y - 13, "※　No.12は売却に至らなかったため、令和６年度の効果額はありません。", MIN, 8.5)
    L.text(LW / 2, 22, "別表２－1", MIN, 9, "c")  # custom footer 別表２－&P (&P is half-width)
    L.end()
    c.showPage()


def build():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Microsoft Word - R6進捗状況報告書（本文）.docx")
    draw_cover(c)
    c.showPage()
    draw_toc(c)
    c.showPage()
    placed = draw_body(c)
    b1_pages = paginate_b1()
    for i, rows in enumerate(b1_pages):
        draw_b1_page(c, rows, i == 0, i + 1, i == len(b1_pages) - 1)
    draw_b2(c)
    c.save()

    rotations = [0] * (2 + 3) + [90] * len(b1_pages) + [270]
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    assert len(reader.pages) == len(rotations), (len(reader.pages), rotations)
    writer = PdfWriter(clone_from=reader)
    for pg, rot in zip(writer.pages, rotations, strict=False):
        if rot:
            pg[NameObject("/Rotate")] = NumberObject(rot)
    writer.metadata = None
    writer.add_metadata({
        "/Title": "Microsoft Word - R6進捗状況報告書（本文）.docx",
        "/Author": "sawarabino",
        "/Creator": "PScript5.dll Version 5.2.2",
        "/Producer": "Acrobat Distiller 23.0 (Windows)",
        "/CreationDate": "D:20250805101512+09'00'",
        "/ModDate": "D:20250805103240+09'00'",
    })
    fixed = ByteStringObject(bytes.fromhex("5a3c0e9d41f2a7b86c10d3e4f5a69b27"))
    writer._ID = ArrayObject([fixed, fixed])
    out = io.BytesIO()
    writer.write(out)
    OUT.write_bytes(out.getvalue())
    return placed, b1_pages


if __name__ == "__main__":
    placed, b1_pages = build()
    for t, p in placed:
        print(p, t)
    for i, rows in enumerate(b1_pages):
        desc = []
        for r in rows:
            desc.append(r[1][:6] if r[0] == "band" else f"No.{r[1][0]}{'abc'[r[2]]}")
        print("別表1 page", 6 + i, desc)
    print(OUT)
