"""Build v1_scan_taiko.pdf: a scanned 行財政改革大綱 実施計画 of the fictional ほしかげ町
with an invisible OCR text layer (text render mode 3), as a scanner + OCR package would write it.

Every page is one greyscale raster (the "scan", drawn with PIL from the printed text and turned
by a small skew angle).  Over it lies the OCR layer: short runs of characters ("words"), each with
its own rotated text matrix and horizontal scaling, placed where the characters sit on the skewed
scan.  The OCR layer carries a few typical misreadings (ー→一, 口→ロ, 綱→網, full/half width mixed,
footer dashes read as 一) but the printed page is correct.  Tables are emitted column block by
column block, as page segmentation of a ruled table usually does.

Deterministic: seeded RNG, reportlab invariant=1, fixed metadata.
Run: /work/main/.venv/bin/python v1_scan_taiko_make.py
"""
import io
import math
import os
import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "v1_scan_taiko.pdf")

PW, PH = 595.28, 841.89
DPI = 110
S = DPI / 72.0
FONT_TTF = "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf"
if not os.path.exists(FONT_TTF):
    FONT_TTF = "/etc/alternatives/fonts-japanese-mincho.ttf"
OCR_FONT = "HeiseiKakuGo-W5"
pdfmetrics.registerFont(UnicodeCIDFont(OCR_FONT))

_font_cache = {}


def pil_font(size):
    key = round(size * S, 2)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FONT_TTF, int(round(size * S)))
    return _font_cache[key]


FW_DIGITS = "０１２３４５６７８９"


def to_half_digits(s, rng, p):
    """OCR habit: full-width digits come out half-width (sometimes)."""
    out = []
    for ch in s:
        if ch in FW_DIGITS and rng.random() < p:
            out.append(chr(ord(ch) - 0xFEE0))
        elif ch == "％" and rng.random() < p:
            out.append("%")
        else:
            out.append(ch)
    return "".join(out)


KINSOKU_HEAD = "、。）」％ぁぃぅぇぉっゃゅょー・"


def wrap(text, nchars, indent_first=True):
    """Break Japanese text into lines of at most nchars (simple 禁則: no 、。 at line start)."""
    lines = []
    cur = "　" if indent_first else ""
    for ch in text:
        if len(cur) >= nchars and ch not in KINSOKU_HEAD:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, skew_deg, seed):
        self.skew = math.radians(skew_deg)
        self.skew_deg = skew_deg
        self.rng = random.Random(seed)
        self.prints = []  # (x, baseline_y_top, size, text, spacing)
        self.rules = []   # ('line', x0, y0, x1, y1, w) or ('fill', x0, y0, x1, y1, grey)
        self.arrows = []  # (x0, x1, y)
        self.ocr = []     # list of blocks; each block is a list of ocr lines

    # ---- printed geometry -------------------------------------------------
    def char_positions(self, x, size, text, spacing=0.0):
        f = pil_font(size)
        pos = []
        cx = x
        for ch in text:
            w = f.getlength(ch) / S
            pos.append((cx, w))
            cx += w + spacing
        return pos, cx

    def text(self, x, y, size, printed, ocr=None, spacing=0.0, mode="words",
             block=None, half_p=0.5):
        """Print a line and queue its OCR reading.
        ocr: the OCR reading, same length as printed (character-for-character), or None.
        mode: 'words' (runs of 1-5 chars) or 'chars' (one char per run, e.g. spaced headings)."""
        self.prints.append((x, y, size, printed, spacing))
        if ocr is None:
            ocr = to_half_digits(printed, self.rng, half_p)
        assert len(ocr) == len(printed), (printed, ocr)
        pos, _ = self.char_positions(x, size, printed, spacing)
        line = (y, size, ocr, pos, mode)
        if block is None:
            self.ocr.append([line])
        else:
            block.append(line)
        return line

    def new_block(self):
        b = []
        self.ocr.append(b)
        return b

    def hline(self, x0, x1, y, w=0.8):
        self.rules.append(("line", x0, y, x1, y, w))

    def vline(self, x, y0, y1, w=0.8):
        self.rules.append(("line", x, y0, x, y1, w))

    def fill(self, x0, y0, x1, y1, grey):
        self.rules.append(("fill", x0, y0, x1, y1, grey))

    # ---- skew -------------------------------------------------------------
    def rot_pdf(self, x, y_top):
        """Printed point (x, y from top) -> PDF user space after the scan skew."""
        cx, cy = PW / 2, PH / 2
        X, Y = x - cx, (PH - y_top) - cy
        c, s = math.cos(self.skew), math.sin(self.skew)
        return cx + X * c - Y * s, cy + X * s + Y * c

    # ---- raster -----------------------------------------------------------
    def raster(self):
        W, H = int(round(PW * S)), int(round(PH * S))
        im = Image.new("L", (W, H), 236)
        d = ImageDraw.Draw(im)
        for r in self.rules:
            if r[0] == "fill":
                _, x0, y0, x1, y1, g = r
                d.rectangle([x0 * S, y0 * S, x1 * S, y1 * S], fill=g)
        for r in self.rules:
            if r[0] == "line":
                _, x0, y0, x1, y1, w = r
                d.line([x0 * S, y0 * S, x1 * S, y1 * S], fill=70, width=max(1, int(round(w * S))))
        for (x0, x1, y) in self.arrows:
            d.line([x0 * S, y * S, x1 * S, y * S], fill=60, width=max(1, int(round(0.9 * S))))
            d.polygon([(x1 * S, y * S), ((x1 - 4) * S, (y - 2.2) * S), ((x1 - 4) * S, (y + 2.2) * S)], fill=60)
        for (x, y, size, text, spacing) in self.prints:
            f = pil_font(size)
            pos, _ = self.char_positions(x, size, text, spacing)
            for ch, (cx, _w) in zip(text, pos, strict=False):
                if ch in " 　":
                    continue
                d.text((cx * S, y * S), ch, font=f, fill=35, anchor="ls")
        # scanner noise: a few specks, deterministic
        nr = random.Random(int(self.skew_deg * 1000) + 7)
        for _ in range(60):
            px, py = nr.randrange(W), nr.randrange(H)
            d.point((px, py), fill=nr.choice([150, 170, 190]))
        im = im.rotate(self.skew_deg, resample=Image.BICUBIC, fillcolor=236)
        # a faint shadow band along the left edge (book binding / feeder)
        d2 = ImageDraw.Draw(im)
        for i in range(6):
            d2.line([(i, 0), (i, H)], fill=200 + i * 6)
        return im

    # ---- OCR layer --------------------------------------------------------
    def emit_ocr(self, c):
        rng = self.rng
        for block in self.ocr:
            for (y, size, ocr, pos, mode) in block:
                # split into runs ("words") at spaces and at random points
                runs = []
                i = 0
                n = len(ocr)
                while i < n:
                    if ocr[i] in " 　":
                        i += 1
                        continue
                    if mode == "chars":
                        L = 1
                    else:
                        L = rng.choice([1, 2, 2, 3, 3, 4, 5])
                    j = i
                    while j < n and j - i < L and ocr[j] not in " 　":
                        j += 1
                    runs.append((i, j))
                    i = j
                drift = 0.0
                for (i, j) in runs:
                    word = ocr[i:j]
                    x0 = pos[i][0]
                    x1 = pos[j - 1][0] + pos[j - 1][1]
                    # OCR boxes are tighter than the advance, and uneven
                    x0 += rng.uniform(0.0, 0.6)
                    x1 -= rng.uniform(0.2, 1.2)
                    if mode != "chars" and rng.random() < 0.12:
                        x0 += rng.uniform(1.5, 2.8)  # an occasional wide gap
                    drift += rng.uniform(-0.18, 0.18)
                    drift = max(-0.6, min(0.6, drift))
                    width = max(1.0, x1 - x0)
                    natural = pdfmetrics.stringWidth(word, OCR_FONT, size)
                    hs = 100.0 * width / natural if natural else 100.0
                    X, Y = self.rot_pdf(x0, y + drift)
                    cs, sn = math.cos(self.skew), math.sin(self.skew)
                    t = c.beginText()
                    t.setTextRenderMode(3)
                    t.setFont(OCR_FONT, size)
                    t.setHorizScale(round(hs, 2))
                    t.setTextTransform(round(cs, 6), round(sn, 6), round(-sn, 6), round(cs, 6),
                                       round(X, 3), round(Y, 3))
                    t.textOut(word)
                    c.drawText(t)


# ---------------------------------------------------------------------------
HEADER = "第３次ほしかげ町行財政改革大綱　実施計画"


def header_footer(p, header_ocr, footer_printed, footer_ocr):
    size = 8
    f = pil_font(size)
    w = sum(f.getlength(ch) for ch in HEADER) / S
    p.text(545 - w, 42, size, HEADER, ocr=header_ocr)
    p.hline(50, 545, 47, 0.6)
    p.footer = (footer_printed, footer_ocr)


def finish(p):
    """The footer is read last, as the bottom block of the page."""
    if getattr(p, "footer", None):
        fp, fo = p.footer
        fw = sum(pil_font(10).getlength(ch) for ch in fp) / S
        p.text(PW / 2 - fw / 2, 808, 10, fp, ocr=fo, mode="chars")


def body(p, y, text, size=10.5, x=58, nchars=45, lead=17.0, subs=(), half_p=0.5):
    """A paragraph; subs are (printed, ocr) replacements applied to the OCR of each line."""
    blk = p.new_block()
    for ln in wrap(text, nchars):
        o = to_half_digits(ln, p.rng, half_p)
        for a, b in subs:
            o = o.replace(a, b)
        p.text(x, y, size, ln, ocr=o, block=blk)
        y += lead
    return y


def heading(p, y, printed, size, ocr=None, spacing=0.0, mode="words", x=50):
    p.text(x, y, size, printed, ocr=ocr, spacing=spacing, mode=mode)


# table geometry
COLS = [50, 78, 168, 376, 456, 545]   # No. | 取組項目 | 取組内容 | 担当課 | スケジュール
SCHED = [456 + 17.8 * k for k in range(6)]
TS = 9.0
TLEAD = 12.5


def table(p, y, rows, head_ocr):
    """rows: (no_printed, no_ocr, [title lines (printed, ocr)], content text, [dept lines (printed, ocr)],
    schedule [(col_from, col_to, word)]).  Returns the y under the table.
    OCR order: column blocks (No., 取組項目, 取組内容, 担当課, スケジュール), as page segmentation gives."""
    top = y
    h1 = 15.0
    h2 = 13.0
    p.fill(COLS[0], top, COLS[-1], top + h1 + h2, 205)
    blocks = [p.new_block() for _ in range(5)]
    # header
    hy = top + h1 + 5
    p.text(COLS[0] + 5, hy, TS, "No.", ocr=head_ocr[0], block=blocks[0])
    p.text(COLS[1] + 19, hy, TS, "取組項目", ocr=head_ocr[1], block=blocks[1], spacing=1.0)
    p.text(COLS[2] + 76, hy, TS, "取組内容", ocr=head_ocr[2], block=blocks[2], spacing=2.0)
    p.text(COLS[3] + 22, hy, TS, "担当課", ocr=head_ocr[3], block=blocks[3], spacing=1.5, mode="chars")
    p.text(COLS[4] + 18, top + 11, TS, "スケジュール", ocr=head_ocr[4], block=blocks[4])
    for k, lab in enumerate(["Ｒ７", "Ｒ８", "Ｒ９", "Ｒ10", "Ｒ11"]):
        o = ["R7", "Ｒ８", "R9", "R10", "R11"][k]
        p.text(SCHED[k] + 1.5, top + h1 + 10, 7, lab, ocr=o, block=blocks[4])
    p.hline(COLS[4], COLS[-1], top + h1, 0.5)
    for k in range(1, 5):
        p.vline(SCHED[k], top + h1, None)  # placeholder, fixed below
    vpos = len(p.rules) - 4
    y = top + h1 + h2
    p.hline(COLS[0], COLS[-1], top, 1.0)
    p.hline(COLS[0], COLS[-1], y, 0.8)
    for (no_p, no_o, titles, content, depts, sched) in rows:
        clines = wrap(content, 21, indent_first=False)
        n = max(len(titles), len(clines), len(depts), 2)
        rh = n * TLEAD + 6
        by = y + 3 + TS
        p.text(COLS[0] + 10, by, TS, no_p, ocr=no_o, block=blocks[0])
        for k, (tp, to) in enumerate(titles):
            p.text(COLS[1] + 4, by + k * TLEAD, TS, tp, ocr=to, block=blocks[1])
        for k, cl in enumerate(clines):
            p.text(COLS[2] + 4, by + k * TLEAD, TS, cl, block=blocks[2], half_p=0.6)
        for k, (dp, do) in enumerate(depts):
            p.text(COLS[3] + 4, by + k * TLEAD, TS, dp, ocr=do, block=blocks[3])
        for (a, b, word) in sched:
            p.text(SCHED[a] + 2, by, 7, word, block=blocks[4], mode="chars")
            if b > a:
                p.arrows.append((SCHED[a] + 2, SCHED[b + 1] - 2, by + 5.5))
        y += rh
        p.hline(COLS[0], COLS[-1], y, 0.6)
    # vertical rules
    for xv in COLS:
        p.vline(xv, top, y, 0.8)
    for k in range(1, 5):
        p.rules[vpos + k - 1]
        p.rules[vpos + k - 1] = ("line", SCHED[k], top + h1, SCHED[k], y, 0.5)
    return y


def build():
    pages = []

    # ---- p1: cover -------------------------------------------------------------
    p = Page(0.25, 101)
    t1 = "第３次ほしかげ町行財政改革大綱"
    w1 = sum(pil_font(22).getlength(ch) + 2.0 * S for ch in t1) / S
    p.text(PW / 2 - w1 / 2, 270, 22, t1, ocr="第3次ほしかげ町行財政改革大綱", spacing=2.0, mode="chars")
    t2 = "実施計画"
    w2 = sum(pil_font(22).getlength(ch) + 10.0 * S for ch in t2) / S
    p.text(PW / 2 - w2 / 2, 312, 22, t2, spacing=10.0, mode="chars")
    t3 = "（令和７年度～令和１１年度）"
    w3 = sum(pil_font(14).getlength(ch) for ch in t3) / S
    p.text(PW / 2 - w3 / 2, 360, 14, t3, ocr="(令和7年度~令和11年度)")
    t4 = "令和７年３月"
    w4 = sum(pil_font(14).getlength(ch) for ch in t4) / S
    p.text(PW / 2 - w4 / 2, 650, 14, t4, ocr="令和7年3月")
    t5 = "ほしかげ町"
    w5 = sum(pil_font(16).getlength(ch) + 6.0 * S for ch in t5) / S
    p.text(PW / 2 - w5 / 2, 685, 16, t5, spacing=6.0, mode="chars")
    finish(p)
    pages.append(p)

    # ---- p2: 第１章, 第２章 lead ----------------------------------------------------
    p = Page(0.35, 202)
    header_footer(p, "第３次ほしかげ町行財政改革大綱　実施計画", "－１－", "一1一")
    heading(p, 84, "第１章　実施計画の策定にあたって", 14, ocr="第1章　実施計画の策定にあたって")
    heading(p, 116, "１　計画の趣旨", 12, ocr="1　計画の趣旨", spacing=1.5)
    y = body(p, 138, "本町は、令和７年３月に「第３次ほしかげ町行財政改革大綱」を策定し、「町民とともにつくる持続可能な町政」を"
             "基本理念に掲げました。この実施計画は、大綱に示した三つの基本方針を具体的な取組項目に置き換え、取組ごとの"
             "内容、担当課及び年度別の工程を明らかにするものです。")
    heading(p, y + 14, "２　計画の期間", 12, ocr="２　計画の期間", spacing=1.5)
    y = body(p, y + 36, "計画の期間は、大綱と同じく令和７年度から令和１１年度までの５年間とします。社会情勢の変化や国の制度改正が"
             "あった場合は、期間中であっても取組項目を見直します。")
    heading(p, y + 14, "３　進行管理", 12, ocr="3　進行管理", spacing=6.0, mode="chars")
    y = body(p, y + 36, "担当課は毎年度終了後に取組の実績を自己評価し、町長を本部長とする行財政改革推進本部で検証します。"
             "その結果は、学識経験者と公募町民で構成するほしかげ町行財政改革推進委員会に報告し、委員会の意見とあわせて"
             "広報紙及び町ホームページで公表します。",
             subs=[("ホーム", "ホ一ム")])
    heading(p, y + 30, "第２章　取組項目", 14, ocr="第2章　取組項目", spacing=4.0, mode="chars")
    y = body(p, y + 54, "大綱の三つの基本方針に沿って、次の８項目に取り組みます。工程表の「検討」は実施方法の調査・検討、「試行」は"
             "一部の部署や対象での先行実施、「実施」は本格的な実施を表します。")
    finish(p)
    pages.append(p)

    # ---- p3: 基本方針１ table ---------------------------------------------------------
    p = Page(-0.3, 303)
    header_footer(p, "第3次ほしかげ町行財政改革大綱 実施計画".replace(" ", "　"), "－２－", "－２－")
    heading(p, 84, "基本方針１　町民サービスの向上", 12, ocr="基本方針1　町民サ一ビスの向上".replace("サ一", "サー"))
    y = body(p, 106, "手続に伴う町民の負担を減らし、必要なサービスを身近で受けられるよう、窓口の手続と情報発信の"
             "あり方を見直します。", subs=[("窓口", "窓ロ")])
    HEAD_OCR = ["Ｎｏ.", "取組項目", "取組内容", "担当課", "スケジュール"]
    rows1 = [
        ("１", "1", [("書かない窓口の", "書かない窓口の"), ("導入", "導入")],
         "転入・転出などの届出の際、職員が聞き取った内容をシステムに入力して申請書の記入をなくし、関連する手続も"
         "一つの窓口で受け付ける。",
         [("窓口サービス課・", "窓ロサービス課・"), ("情報推進室", "情報推進室")],
         [(0, 0, "検討"), (1, 1, "試行"), (2, 4, "実施")]),
        ("２", "２", [("コンビニ交付サー", "コンビニ交付サ一"), ("ビスの拡充", "ビスの拡充")],
         "住民票の写しと印鑑登録証明書に加え、令和８年度から戸籍証明書と所得証明書をコンビニ交付の対象とし、"
         "交付件数に占める利用率３０％を目指す。",
         [("窓口サービス課・", "窓口サービス課・"), ("税務課", "税務課")],
         [(0, 0, "検討"), (1, 4, "実施")]),
        ("３", "3", [("オンライン申請", "オンライン申請"), ("の拡充", "の拡充")],
         "子育て・介護分野を中心に３０手続を電子申請システムで受け付け、添付書類の省略を進める。",
         [("情報推進室", "情報推進室")],
         [(0, 4, "実施")]),
        ("４", "4", [("広報紙・ホーム", "広報紙・ホーム"), ("ページの見直し", "ぺージの見直し")],
         "広報紙の紙面構成と発行回数を見直すとともに、ホームページを目的別に探しやすい構成に改める。",
         [("総務課", "総務課")],
         [(0, 0, "検討"), (1, 4, "実施")]),
    ]
    table(p, y + 8, rows1, HEAD_OCR)
    finish(p)
    pages.append(p)

    # ---- p4: 基本方針２, ３ -----------------------------------------------------------
    p = Page(0.45, 404)
    header_footer(p, "第３次ほしかげ町行財政改革大綱実施計画" + "　", "－３－", "ー3ー")
    # the OCR merged header and title (no gap read); keep lengths equal by using the same printed text
    heading(p, 84, "基本方針２　効率的な行政運営", 12, ocr="基本方針２　効率的な行政運営")
    HEAD_OCR2 = ["No.", "取組項目", "取組内容", "担当課", "スケジュール"]
    rows2 = [
        ("５", "５", [("事務事業の見直し", "事務事業の見直し")],
         "全ての事務事業を毎年度評価し、目的を達成した事業や効果の低い事業は廃止又は統合する。",
         [("企画財政課", "企画財政課")],
         [(0, 4, "実施")]),
        ("６", "6", [("定員管理の適正化", "定員管理の適正化")],
         "業務量調査の結果に基づいて職員を配置し、令和１１年４月１日の職員数を１６８人以内とする。",
         [("総務課", "総務課")],
         [(0, 4, "実施")]),
    ]
    y = table(p, 100, rows2, HEAD_OCR2)
    heading(p, y + 30, "基本方針３　健全な財政運営", 12, ocr="基本方針3　健全な財政運営")
    rows3 = [
        ("７", "7", [("公共施設の再編", "公共施設の再編")],
         "個別施設計画に沿って、旧北ほしかげ保育所など３施設の除却又は転用を進め、維持管理経費を縮減する。",
         [("企画財政課・", "企画財政課・"), ("建設課", "建設課")],
         [(0, 1, "検討"), (2, 4, "実施")]),
        ("８", "８", [("使用料・手数料", "使用料・手数料"), ("の見直し", "の見直し")],
         "施設の維持管理費を基に使用料を４年ごとに算定し直し、受益者負担の適正化を図る。",
         [("企画財政課・", "企画財政課・"), ("生涯学習課", "生涯学習課")],
         [(0, 0, "検討"), (1, 4, "実施")]),
    ]
    table(p, y + 46, rows3, HEAD_OCR)
    finish(p)
    pages.append(p)

    # ---- p5: 第３章 ---------------------------------------------------------------
    p = Page(-0.2, 505)
    header_footer(p, "第3次ほしかげ町行財政改革大網　実施計画", "－４－", "-４-")
    heading(p, 84, "第３章　計画の推進", 14, ocr="第３章　計画の推進")
    y = body(p, 110, "取組の推進にあたっては、職員一人ひとりが改革の必要性を理解し、担当課の枠を越えて連携することが欠かせ"
             "ません。推進本部の事務局は総務課に置き、各課の取組状況を年２回確認します。また、取組の成果は毎年度"
             "「実施状況報告書」にまとめ、町民の皆さんから寄せられた意見を次の見直しに生かします。")
    finish(p)
    pages.append(p)
    return pages


def main():
    pages = build()
    c = canvas.Canvas(OUT, pagesize=(PW, PH), invariant=1, pageCompression=1)
    c.setCreator("DocuScan Station 4.2")
    c.setProducer("DocuScan OCR PDF Writer 4.2")
    c.setTitle("")
    c.setAuthor("")
    for p in pages:
        im = p.raster()
        buf = io.BytesIO()
        im.save(buf, format="PNG", optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(Image.open(buf)), 0, 0, width=PW, height=PH)
        p.emit_ocr(c)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
