"""Build q2_slide_gaiyo.pdf: a fictional city's plan summary (概要版) as PowerPoint would export it to PDF.

つゆくさ野市 is fictional; every sentence and figure is invented for this test document.
Eleven 16:9 slides (960 x 540 pt), one per page. Slide master items (footer plan name and slide number) are
drawn first on every slide but the title slide, as PowerPoint's PDF export does; the shapes of each slide are then
drawn in their z-order, which on several slides is not the reading order.
"""
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

GO = "HeiseiKakuGo-W5"
MIN = "HeiseiMin-W3"
pdfmetrics.registerFont(UnicodeCIDFont(GO))
pdfmetrics.registerFont(UnicodeCIDFont(MIN))

W, H = 960, 540
OUT = Path(__file__).with_name("q2_slide_gaiyo.pdf")

NAVY = HexColor("#1F4E79")
DARK = HexColor("#0B2E4F")
TEAL = HexColor("#2E8B8B")
PALE = HexColor("#EAF2F8")
PALE2 = HexColor("#F3F8EE")
ORANGE = HexColor("#E07B24")
CREAM = HexColor("#FFF4E5")
GREY = HexColor("#6B6B6B")
TEXT = HexColor("#222222")
LINE = HexColor("#9DB3C8")
CHEV = [HexColor("#5B7FA6"), HexColor("#C0504D"), HexColor("#2E8B57")]

FOOTER_NAME = "第２次つゆくさ野市行財政経営プラン【概要版】"
BAND_TOP, BAND_BOTTOM = 540, 468


def sw(s, size, font=GO):
    return pdfmetrics.stringWidth(s, font, size)


def text(c, x, y, s, size=14, font=GO, color=TEXT, anchor="l", maxw=None):
    if maxw is not None:
        assert sw(s, size, font) <= maxw + 0.01, (s, sw(s, size, font), maxw)
    c.setFillColor(color)
    c.setFont(font, size)
    if anchor == "l":
        c.drawString(x, y, s)
    elif anchor == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)


def base_for_centre(cy, size):
    """Baseline that puts the glyph box [baseline-0.221s, baseline+0.779s] centred on cy (vertical anchor: middle)."""
    return cy - 0.279 * size


def rect(c, x, y, w, h, fill=None, stroke=None, width=1.0, radius=0):
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(width)
    if radius:
        c.roundRect(x, y, w, h, radius, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
    else:
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)


def poly(c, pts, fill=None, stroke=None, width=1.0):
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(width)
    c.drawPath(p, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)


def chevron(c, x, y, w, h, fill, first=False):
    d = h / 2
    if first:
        pts = [(x, y), (x + w - d, y), (x + w, y + d), (x + w - d, y + h), (x, y + h)]
    else:
        pts = [(x, y), (x + w - d, y), (x + w, y + d), (x + w - d, y + h), (x, y + h), (x + d, y + d)]
    poly(c, pts, fill=fill)


def down_arrow(c, cx, y, w=28, h=14, fill=LINE):
    poly(c, [(cx - w / 2, y + h), (cx + w / 2, y + h), (cx, y)], fill=fill)


def left_arrow(c, x, cy, w=18, h=16, fill=LINE):
    poly(c, [(x, cy - h / 2), (x, cy + h / 2), (x - w, cy)], fill=fill)


def bullets(c, x, y, items, size=14, pitch=21, maxw=262, color=TEXT):
    """items: list of lists of lines; the first line of an item starts with ・, the rest hang one character in."""
    for item in items:
        for i, line in enumerate(item):
            if i == 0:
                text(c, x, y, line, size, color=color, maxw=maxw)
            else:
                text(c, x + size, y, line, size, color=color, maxw=maxw - size)
            y -= pitch
    return y


def master(c, n):
    """Slide-master items, drawn before the slide's own shapes: footer rule, plan name, slide number."""
    c.setStrokeColor(LINE)
    c.setLineWidth(0.8)
    c.line(36, 34, W - 36, 34)
    text(c, 36, 14, FOOTER_NAME, 10, color=GREY)
    text(c, W - 36, 13, str(n), 12, color=GREY, anchor="r")


def band(c, title, size=28):
    rect(c, 0, BAND_BOTTOM, W, BAND_TOP - BAND_BOTTOM, fill=NAVY)
    rect(c, 0, BAND_BOTTOM - 4, W, 4, fill=ORANGE)
    text(c, 36, base_for_centre((BAND_TOP + BAND_BOTTOM) / 2, size), title, size, color=white)


def tag_band(c, tag, lines, tag_size, title_size, bottom=BAND_BOTTOM, pitch=None):
    """A title band with a dark tag box (「重点取組Ｎ」) at the left and the title to its right.

    Both text boxes are anchored to the middle of the band, as PowerPoint does for a placeholder and a text box
    of different font sizes, so their baselines differ."""
    cy = (BAND_TOP + bottom) / 2
    rect(c, 0, bottom, W, BAND_TOP - bottom, fill=NAVY)
    rect(c, 0, bottom - 4, W, 4, fill=ORANGE)
    tw = sw(tag, tag_size) + 28
    rect(c, 24, cy - 22, tw, 44, fill=DARK, radius=6)
    text(c, 24 + 14, base_for_centre(cy, tag_size), tag, tag_size, color=white)
    x = 24 + tw + 18
    if len(lines) == 1:
        text(c, x, base_for_centre(cy, title_size), lines[0], title_size, color=white, maxw=W - x - 24)
    else:
        top = cy + pitch * (len(lines) - 1) / 2
        for i, line in enumerate(lines):
            text(c, x, base_for_centre(top - i * pitch, title_size), line, title_size, color=white, maxw=W - x - 24)


def box(c, x, y, w, h, head, head_fill=TEAL, fill=PALE, head_h=36, head_size=18):
    rect(c, x, y, w, h, fill=fill, stroke=LINE, width=0.8)
    rect(c, x, y + h - head_h, w, head_h, fill=head_fill)
    if head:
        text(c, x + 12, base_for_centre(y + h - head_h / 2, head_size), head, head_size, color=white, maxw=w - 24)


def dept_box(c, x, y, w, lines, size=14):
    h = 12 + 20 * len(lines)
    rect(c, x, y, w, h, fill=white, stroke=NAVY, width=1.2, radius=12)
    yy = y + h - 6 - 15
    for line in lines:
        text(c, x + 14, yy, line, size, color=NAVY, maxw=w - 28)
        yy -= 20


def callout(c, x, y, w, h, lines, size=13, tail_x=None):
    rect(c, x, y, w, h, fill=CREAM, stroke=ORANGE, width=1.2, radius=8)
    if tail_x is not None:
        poly(c, [(tail_x, y + h - 0.6), (tail_x + 18, y + h - 0.6), (tail_x + 4, y + h + 16)], fill=CREAM)
        c.setStrokeColor(ORANGE)
        c.setLineWidth(1.2)
        c.line(tail_x, y + h, tail_x + 4, y + h + 16)
        c.line(tail_x + 18, y + h, tail_x + 4, y + h + 16)
    rect(c, x + 10, y + h - 30, 70, 22, fill=ORANGE, radius=5)
    text(c, x + 45, y + h - 24, "ポイント", 13, color=white, anchor="c")
    yy = y + h - 24
    for line in lines:
        text(c, x + 92, yy, line, size, maxw=w - 104)
        yy -= 19


def goal_box(c, x, y, w, h, lines, size=14):
    rect(c, x, y, w, h, fill=PALE2, stroke=HexColor("#6A9F4B"), width=1.0)
    rect(c, x, y, 150, h, fill=HexColor("#6A9F4B"))
    text(c, x + 75, base_for_centre(y + h / 2, 14), "目標（令和１１年度）", 14, color=white, anchor="c")
    yy = base_for_centre(y + h / 2, size) + 10 * (len(lines) - 1)
    for line in lines:
        text(c, x + 164, yy, line, size, maxw=w - 176)
        yy -= 20


def table(c, x, top, cols, header, rows, size=13, pitch=18, head_h=30, note=None):
    """A PowerPoint table: header row shaded, cells anchored to the top, lines separated by manual breaks."""
    widths = [w for w in cols]
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    rect(c, x, top - head_h, sum(widths), head_h, fill=NAVY)
    for i, h in enumerate(header):
        text(c, (xs[i] + xs[i + 1]) / 2, base_for_centre(top - head_h / 2, size), h, size, color=white, anchor="c",
             maxw=widths[i] - 8)
    y = top - head_h
    ys = [top, y]
    for r, row in enumerate(rows):
        n = max(len(cell) for cell in row)
        rh = 12 + pitch * n
        rect(c, x, y - rh, sum(widths), rh, fill=PALE if r % 2 == 0 else white)
        for i, cell in enumerate(row):
            yy = y - 6 - 0.779 * size
            for line in cell:
                if i in (0, 3, 5):
                    text(c, (xs[i] + xs[i + 1]) / 2, yy, line, size, anchor="c", maxw=widths[i] - 8)
                else:
                    text(c, xs[i] + 8, yy, line, size, maxw=widths[i] - 16)
                yy -= pitch
        y -= rh
        ys.append(y)
    c.setStrokeColor(LINE)
    c.setLineWidth(0.7)
    for yy in ys:
        c.line(x, yy, xs[-1], yy)
    for xx in xs:
        c.line(xx, top, xx, y)
    return y


# ---------------------------------------------------------------------------------------------- slides

def slide1(c):
    """Title slide: no footer, no slide number (「タイトル スライドに表示しない」)."""
    rect(c, 0, 0, W, H, fill=PALE)
    rect(c, 0, 300, W, 150, fill=NAVY)
    rect(c, 0, 296, W, 4, fill=ORANGE)
    text(c, 80, 406, "第２次つゆくさ野市", 28, color=white)
    text(c, 80, 334, "行財政経営プラン", 52, color=white)
    rect(c, 520, 330, 150, 50, fill=ORANGE, radius=8)
    text(c, 595, base_for_centre(355, 28), "概要版", 28, color=white, anchor="c")
    text(c, 80, 250, "～ 市民とともに、次の世代へつなぐ行財政経営 ～", 24, font=MIN, color=NAVY)
    text(c, 80, 196, "計画期間　令和７年度～令和１１年度", 20)
    text(c, 880, 96, "令和７年３月", 20, anchor="r")
    c.setFillColor(TEAL)
    c.circle(700, 62, 14, stroke=0, fill=1)
    text(c, 880, 54, "つゆくさ野市", 24, anchor="r")


def slide2(c):
    master(c, 2)
    band(c, "目　次")
    entries = [("１", "計画の概要", "3"), ("２", "改革の基本方針", "4"), ("３", "重点取組", "5"),
               ("４", "取組一覧", "9"), ("５", "推進体制と進行管理", "11")]
    y = 392
    for num, title, page in entries:
        rect(c, 150, y - 12, 40, 40, fill=TEAL, radius=4)
        text(c, 170, base_for_centre(y + 8, 22), num, 22, color=white, anchor="c")
        text(c, 214, base_for_centre(y + 8, 22), title, 22)
        lead_x0 = 214 + sw(title, 22) + 12
        dots = "・" * int((760 - lead_x0) // 11)
        text(c, lead_x0, base_for_centre(y + 8, 11), dots, 11, color=GREY)
        text(c, 800, base_for_centre(y + 8, 22), page, 22, anchor="r")
        y -= 66


def slide3(c):
    master(c, 3)
    band(c, "１　計画の概要")
    bx = [36, 339, 642]
    bw, by, bh = 282, 56, 392

    # z-order: the right-hand box was drawn first, then the left and the middle one.
    # (３) 計画の位置づけ
    x = bx[2]
    box(c, x, by, bw, bh, "（３）計画の位置づけ")
    bullets(c, x + 10, by + bh - 66, [
        ["・第６次つゆくさ野市総合計画の実現を", "行財政運営の面から支える計画です。"],
        ["・公共施設等総合管理計画や定員管理", "計画など、関連する計画と連携して", "進めます。"],
    ])
    rect(c, x + 36, 140, bw - 72, 36, fill=white, stroke=NAVY, width=1.0)
    text(c, x + bw / 2, base_for_centre(158, 14), "第６次総合計画", 14, color=NAVY, anchor="c")
    down_arrow(c, x + bw / 2, 114, fill=NAVY)
    text(c, x + bw / 2 + 24, 117, "支える", 12, color=GREY)
    rect(c, x + 36, 72, bw - 72, 36, fill=NAVY)
    text(c, x + bw / 2, base_for_centre(90, 14), "行財政経営プラン", 14, color=white, anchor="c")

    # (１) 策定の趣旨
    x = bx[0]
    box(c, x, by, bw, bh, "（１）策定の趣旨")
    bullets(c, x + 10, by + bh - 62, [
        ["・人口減少と高齢化が進み、市税収入の", "大きな伸びは見込めません。"],
        ["・社会保障関係費や公共施設の更新費用", "は、今後も増える見通しです。"],
        ["・限られた職員と財源で行政サービスを", "維持・向上させるため、第１次プラン", "の成果と課題を踏まえ策定しました。"],
    ], pitch=22)

    # (２) 計画の期間
    x = bx[1]
    box(c, x, by, bw, bh, "（２）計画の期間")
    bullets(c, x + 10, by + bh - 70, [
        ["・計画期間は、令和７年度から", "令和１１年度までの５年間です。"],
        ["・毎年度、取組の進捗状況を確認し、", "必要に応じて内容を見直します。"],
    ])
    cw = (bw - 24) / 5
    for i, lab in enumerate(["Ｒ７", "Ｒ８", "Ｒ９", "Ｒ１０", "Ｒ１１"]):
        rect(c, x + 12 + i * cw, 150, cw, 28, fill=white, stroke=LINE, width=0.8)
        text(c, x + 12 + i * cw + cw / 2, base_for_centre(164, 13), lab, 13, anchor="c")
    poly(c, [(x + 12, 104), (x + bw - 34, 104), (x + bw - 34, 96), (x + bw - 12, 118), (x + bw - 34, 140),
             (x + bw - 34, 132), (x + 12, 132)], fill=ORANGE)
    text(c, x + bw / 2 - 8, base_for_centre(118, 14), "第２次プラン（５年間）", 14, color=white, anchor="c")


def slide4(c):
    master(c, 4)
    band(c, "２　改革の基本方針")
    bx = [36, 339, 642]
    bw, by, bh = 282, 50, 318
    heads = [("基本方針１", "市民サービスの質の向上"), ("基本方針２", "持続可能な財政基盤の確立"),
             ("基本方針３", "変化に強い組織と人づくり")]
    body = [
        [["・行政手続のオンライン化を進め、", "来庁せずに済む手続を増やします。"],
         ["・窓口や電話での案内の質を高め、", "市民の満足度を向上させます。"]],
        [["・市税等の収納率の向上と、使用料等の", "見直しで、自主財源を確保します。"],
         ["・公共施設の総量を適正化し、将来の", "更新費用を抑えます。"]],
        [["・職員一人ひとりの力を引き出す人材", "育成と、多様な働き方を進めます。"],
         ["・ＡＩ・ＲＰＡ等を活用して、事務の", "効率化を進めます。"]],
    ]
    fills = [HexColor("#3C78B4"), HexColor("#2E8B57"), HexColor("#C0504D")]
    # z-order: the three policy boxes first ...
    for i in range(3):
        x = bx[i]
        rect(c, x, by, bw, bh, fill=white, stroke=LINE, width=0.8)
        rect(c, x, by + bh - 64, bw, 64, fill=fills[i])
        text(c, x + 12, by + bh - 24, heads[i][0], 16, color=white)
        text(c, x + 12, by + bh - 52, heads[i][1], 20, color=white, maxw=bw - 24)
        bullets(c, x + 10, by + bh - 92, body[i], pitch=22)
        text(c, x + bw - 12, by + 14, "関連する重点取組：重点取組" + "１２３"[i], 13, color=GREY, anchor="r")
    # ... and only then the 基本理念 box and the lead sentence that sit above them.
    rect(c, 36, 412, 888, 40, fill=CREAM, stroke=ORANGE, width=1.0, radius=6)
    rect(c, 46, 418, 100, 28, fill=ORANGE, radius=4)
    text(c, 96, base_for_centre(432, 18), "基本理念", 18, color=white, anchor="c")
    text(c, 162, base_for_centre(432, 18), "市民とともに、次の世代へつなぐ行財政経営", 18, color=NAVY)
    text(c, 36, 382, "この基本理念の下、次の３つの基本方針に沿って改革を進めます。", 16)


def slide5(c):
    """Section divider (セクション見出し layout): no title band; a big numeral and the section title."""
    master(c, 5)
    rect(c, 0, 40, 300, 500, fill=NAVY)
    rect(c, 300, 40, 6, 500, fill=ORANGE)
    c.setFillColor(white)
    c.circle(150, 300, 86, stroke=0, fill=1)
    # the title text box comes first in z-order, the numeral (a separate text box) was added later
    text(c, 350, base_for_centre(300, 44), "重点取組", 44, color=NAVY)
    text(c, 350, 222, "計画期間中に特に力を入れて進める３つの取組を紹介します。", 20)
    text(c, 150, base_for_centre(300, 96), "３", 96, color=NAVY, anchor="c")


def slide6(c):
    master(c, 6)
    bx = [36, 339, 642]
    bw = 282
    # z-order: the 取組 box was drawn first, then 現状 and 課題, then the chevrons ...
    x = bx[2]
    rect(c, x, 170, bw, 200, fill=PALE2, stroke=LINE, width=0.8)
    bullets(c, x + 10, 344, [
        ["・「書かない窓口」を本庁舎と２支所に", "導入します。"],
        ["・オンラインで申請できる手続を、", "分野ごとに順次増やします。"],
        ["・地区公民館でスマホ教室を開きます。"],
    ], pitch=20)
    x = bx[0]
    rect(c, x, 170, bw, 200, fill=PALE, stroke=LINE, width=0.8)
    bullets(c, x + 10, 340, [
        ["・窓口での手続の平均待ち時間は、", "繁忙期で４２分です（令和５年度）。"],
        ["・オンラインで申請できる手続は、", "全１２０手続のうち３１手続です。"],
    ])
    x = bx[1]
    rect(c, x, 170, bw, 200, fill=HexColor("#FBEDEC"), stroke=LINE, width=0.8)
    bullets(c, x + 10, 330, [
        ["・同じ内容を何度も記入する申請書が", "多く、来庁者の負担になっています。"],
        ["・スマートフォンの操作に不安のある", "方への支援が十分ではありません。"],
    ])
    for i, lab in enumerate(["現状", "課題", "取組"]):
        chevron(c, bx[i] - (0 if i == 0 else 18), 382, bw + (18 if i else 0) + 4, 36, CHEV[i], first=(i == 0))
        text(c, bx[i] + bw / 2, base_for_centre(400, 18), lab, 18, color=white, anchor="c")
    goal_box(c, 36, 60, 470, 90, ["オンラインで申請できる手続数", "現状３１手続 → 目標９０手続"])
    callout(c, 526, 60, 398, 90, ["職員が聞き取って申請書を作成するので、", "来庁者は確認と署名だけで済みます。"],
            size=13, tail_x=800)
    # ... the title band after the content (it had been brought to the front), and the 担当課 box last of all.
    tag_band(c, "重点取組１", ["窓口のデジタル化"], 26, 26)
    dept_box(c, 620, 426, 304, ["担当課：市民課・情報政策室"])


def slide7(c):
    master(c, 7)
    # z-order: the 担当課 box first, then the band, the table, the callout, and the flow from the bottom up.
    dept_box(c, 600, 426, 324, ["担当課：資産経営課／建築営繕課"])
    tag_band(c, "重点取組２", ["公共施設の最適化"], 20, 28)
    table_bottom = _facility_table(c)
    text(c, 924, table_bottom - 18, "※令和６年４月１日現在", 12, color=GREY, anchor="r")
    callout(c, 600, 60, 324, 96, ["小学校の改築に合わせ、", "公民館と児童館を校舎", "内に複合化します。"], size=13,
            tail_x=880)
    flow = [
        ("現状", 312, 410, [["・市の公共施設は９７施設、延床面積は約２５万㎡です。"],
                            ["・全体の約６割が、建築から３０年以上経過しています。"]]),
        ("課題", 226, 296, [["・今後４０年間の更新費用は年平均約３８億円と試算され、", "これまでの投資額の約１．６倍に当たります。"]]),
        ("取組", 114, 210, [["・地区ごとに施設の複合化・集約化の方針を定めます。"],
                            ["・未利用の市有地は、売却や貸付けを進めます。"],
                            ["・長寿命化改修により、建替えの時期を平準化します。"]]),
    ]
    goal_box(c, 36, 60, 540, 44, ["延床面積を令和６年度比で５％縮減"])
    for k in (2, 1, 0):
        lab, y0, y1, items = flow[k]
        rect(c, 36, y0, 540, y1 - y0, fill=PALE if k != 1 else HexColor("#FBEDEC"), stroke=LINE, width=0.8)
        poly(c, [(36, y0), (110, y0), (110, (y0 + y1) / 2 - 10), (122, (y0 + y1) / 2), (110, (y0 + y1) / 2 + 10),
                 (110, y1), (36, y1)], fill=CHEV[k])
        text(c, 73, base_for_centre((y0 + y1) / 2, 18), lab, 18, color=white, anchor="c")
        n = sum(len(it) for it in items)
        start = base_for_centre((y0 + y1) / 2, 14) + 10.5 * (n - 1)
        bullets(c, 134, start, items, size=14, pitch=21, maxw=430)
        if k:
            down_arrow(c, 73, y1 + 3, w=24, h=10, fill=LINE)


def _facility_table(c):
    x, top = 600, 410
    xs = [x, x + 132, x + 202, x + 324]
    rect(c, x, top - 28, 324, 28, fill=NAVY)
    for i, h in enumerate(["施設分類", "施設数", "延床面積（㎡）"]):
        text(c, (xs[i] + xs[i + 1]) / 2, base_for_centre(top - 14, 13), h, 13, color=white, anchor="c")
    rows = [("学校教育系施設", "28", "142,300"), ("市民文化系施設", "19", "36,800"),
            ("子育て支援施設", "15", "12,400"), ("行政系施設", "9", "21,500"),
            ("その他", "26", "38,000"), ("合計", "97", "251,000")]
    y = top - 28
    for r, (a, b, d) in enumerate(rows):
        rect(c, x, y - 26, 324, 26, fill=PALE if r % 2 == 0 else white)
        if a == "合計":
            rect(c, x, y - 26, 324, 26, fill=HexColor("#DDE7F0"))
        by = base_for_centre(y - 13, 13)
        text(c, xs[0] + 8, by, a, 13)
        text(c, xs[2] - 10, by, b, 13, anchor="r")
        text(c, xs[3] - 10, by, d, 13, anchor="r")
        y -= 26
    c.setStrokeColor(LINE)
    c.setLineWidth(0.7)
    for yy in [top] + [top - 28 - 26 * k for k in range(len(rows) + 1)]:
        c.line(x, yy, xs[-1], yy)
    for xx in xs:
        c.line(xx, top, xx, y)
    return y


def slide8(c):
    master(c, 8)
    bottom = 452
    tag_band(c, "重点取組３", ["ＡＩ・ＲＰＡ等を活用した業務改革と", "職員の多様な働き方の推進"], 20, 26,
             bottom=bottom, pitch=34)
    dept_box(c, 642, 380, 282, ["担当課：行政経営課、人事課", "関係課：情報政策室"])
    bx = [36, 339, 642]
    bw = 282
    # z-order: the three boxes from right to left, then the chevrons.
    x = bx[2]
    rect(c, x, 160, bw, 170, fill=PALE2, stroke=LINE, width=0.8)
    bullets(c, x + 10, 306, [
        ["・ＲＰＡの対象業務を３０業務に", "広げます。"],
        ["・生成ＡＩの利用ルールを定め、", "文書作成などに活用します。"],
        ["・テレワークと時差出勤の制度を", "見直します。"],
    ], pitch=20)
    x = bx[1]
    rect(c, x, 160, bw, 170, fill=HexColor("#FBEDEC"), stroke=LINE, width=0.8)
    bullets(c, x + 10, 290, [
        ["・職員数が減る中でも、相談業務など", "人にしかできない仕事に時間を", "充てる必要があります。"],
    ])
    x = bx[0]
    rect(c, x, 160, bw, 170, fill=PALE, stroke=LINE, width=0.8)
    bullets(c, x + 10, 302, [
        ["・パソコンでの定型的な作業に、", "年間約１万２千時間を要しています。"],
        ["・テレワークを利用した職員は、", "全体の１８％です（令和５年度）。"],
    ])
    for i, lab in enumerate(["現状", "課題", "取組"]):
        chevron(c, bx[i] - (0 if i == 0 else 18), 338, bw + (18 if i else 0) + 4, 34, CHEV[i], first=(i == 0))
        text(c, bx[i] + bw / 2, base_for_centre(355, 18), lab, 18, color=white, anchor="c")
    callout(c, 526, 56, 398, 88, ["削減した時間は、窓口や相談など", "市民と向き合う業務に振り向けます。"], size=13,
            tail_x=800)
    goal_box(c, 36, 56, 470, 88, ["ＲＰＡ等による作業時間の削減", "年間８，０００時間"])


ROWS_A = [
    (["１"], ["窓口のデジタル化"], ["市民課・情報政策室"], ["１"], ["オンライン申請できる手続　９０手続"], ["★"]),
    (["２"], ["公式ＬＩＮＥによる情報発信の充実"], ["広報広聴課"], ["１"], ["友だち登録者数　２５，０００人"], [""]),
    (["３"], ["（仮称）駅前市民サービスセンター", "の開設"], ["市民課／地域振興課"], ["１"], ["令和９年度に開設"], [""]),
    (["４"], ["公共施設の最適化"], ["資産経営課", "建築営繕課"], ["２"], ["延床面積を５％縮減（令和６年度比）"], ["★"]),
    (["５"], ["市税等の収納率向上"], ["収納課"], ["２"], ["市税の現年度分収納率　９９．３％"], [""]),
    (["６"], ["使用料・手数料の見直し"], ["財政課"], ["２"], ["４年ごとに全件を見直し"], [""]),
]
ROWS_B = [
    (["７"], ["ふるさと納税の推進"], ["商工観光課・", "シティプロモーション室"], ["２"], ["寄附額　３億円"], [""]),
    (["８"], ["ＡＩ・ＲＰＡ等を活用した業務改革"], ["行政経営課・情報政策室"], ["３"], ["作業時間を年間８，０００時間削減"], ["★"]),
    (["９"], ["職員の多様な働き方の推進"], ["人事課"], ["３"], ["テレワーク利用率　４０％"], ["★"]),
    (["１０"], ["人材育成基本方針の改定"], ["人事課"], ["３"], ["令和８年度に改定"], [""]),
]
COLS = [50, 230, 190, 80, 290, 48]
HEADER = ["No.", "取組項目", "担当課", "基本方針", "目標（令和１１年度）", "重点"]


def slide9(c):
    master(c, 9)
    band(c, "４　取組一覧")
    text(c, 36, 430, "３つの基本方針に沿って１０の取組を進めます。★印は重点取組です。", 16)
    table(c, 36, 410, COLS, HEADER, ROWS_A)


def slide10(c):
    master(c, 10)
    band(c, "４　取組一覧（続き）")
    y = table(c, 36, 440, COLS, HEADER, ROWS_B)
    text(c, 36, y - 26, "※No.８とNo.９は、重点取組３として一体的に進めます。", 13)
    text(c, 36, y - 46, "※担当課は、令和７年４月１日現在の組織名で記載しています。", 13)


def slide11(c):
    master(c, 11)
    band(c, "５　推進体制と進行管理")
    # z-order: the contact box first, then the right-hand box, then the left-hand box.
    rect(c, 36, 52, 888, 34, fill=white, stroke=GREY, width=0.8, radius=6)
    text(c, 52, base_for_centre(69, 13), "お問い合わせ　つゆくさ野市　総務部　行政経営課　行政改革推進係（内線２１５）", 13)
    x, w = 486, 438
    box(c, x, 104, w, 346, "（２）進行管理", head_fill=HexColor("#3C78B4"))
    bullets(c, x + 10, 386, [
        ["・毎年度、取組の実績を取りまとめ、市ホーム", "ページで公表します。"],
        ["・ＰＤＣＡサイクルにより、取組の内容や目標を", "見直します。"],
    ], maxw=418)
    cx, cy = x + w / 2, 196
    pdca = [("Plan（計画）", 0, 52), ("Do（実行）", 110, 0), ("Check（評価）", 0, -52), ("Action（改善）", -110, 0)]
    for lab, dx, dy in pdca:
        rect(c, cx + dx - 60, cy + dy - 16, 120, 32, fill=white, stroke=HexColor("#3C78B4"), width=1.0, radius=14)
        text(c, cx + dx, base_for_centre(cy + dy, 13), lab, 13, color=HexColor("#3C78B4"), anchor="c")
    c.setStrokeColor(LINE)
    c.setLineWidth(2)
    c.circle(cx, cy, 40, stroke=1, fill=0)

    x, w = 36, 438
    box(c, x, 104, w, 346, "（１）推進体制", head_fill=HexColor("#3C78B4"))
    bullets(c, x + 10, 386, [
        ["・市長を本部長とする行財政経営推進本部で、", "全庁を挙げて取組を進めます。"],
        ["・学識経験者や市民でつくる行財政改革推進", "委員会から、毎年度ご意見をいただきます。"],
    ], maxw=418)
    rect(c, x + 24, 226, 200, 40, fill=NAVY, radius=6)
    text(c, x + 124, base_for_centre(246, 14), "行財政経営推進本部", 14, color=white, anchor="c")
    rect(c, x + 24, 128, 200, 40, fill=white, stroke=NAVY, width=1.0, radius=6)
    text(c, x + 124, base_for_centre(148, 14), "各部・各課", 14, color=NAVY, anchor="c")
    down_arrow(c, x + 100, 176, w=20, h=42)
    text(c, x + 76, 190, "指示", 12, color=GREY, anchor="r")
    poly(c, [(x + 148, 218), (x + 138, 176), (x + 158, 176)], fill=LINE)
    text(c, x + 166, 190, "報告", 12, color=GREY)
    rect(c, x + 262, 178, 160, 56, fill=CREAM, stroke=ORANGE, width=1.0, radius=6)
    text(c, x + 342, base_for_centre(214, 13), "行財政改革", 13, anchor="c")
    text(c, x + 342, base_for_centre(196, 13), "推進委員会", 13, anchor="c")
    left_arrow(c, x + 256, 238, w=20, h=12)
    text(c, x + 246, 252, "意見", 12, color=GREY, anchor="c")


def main():
    c = canvas.Canvas(str(OUT), pagesize=(W, H), invariant=1)
    c.setTitle("PowerPoint プレゼンテーション")
    c.setAuthor("つゆくさ野市")
    c.setCreator("Microsoft® PowerPoint® 2019")
    for f in (slide1, slide2, slide3, slide4, slide5, slide6, slide7, slide8, slide9, slide10, slide11):
        f(c)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
