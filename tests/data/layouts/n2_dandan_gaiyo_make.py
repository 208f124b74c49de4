"""Build n2_dandan_gaiyo.pdf: a fictional town's 総合計画 進捗状況報告【概要版】 (A4 portrait) whose pages
change their number of columns part-way down the page (full-width bands, then two columns, then a
full-width band again, then two columns).  Fictional town こはる野町; all text invented.

Every text run is drawn at its own x/y with canvas.drawString; the runs of a page are sorted by y, then x,
before drawing, so the content stream (and any extractor that reads across the page) interleaves the left
and right columns line by line.  Both columns of a two-column section sit on one 16-pt baseline grid.
"""
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).with_name("n2_dandan_gaiyo.pdf")

MIN = "HeiseiMin-W3"
GO = "HeiseiKakuGo-W5"
pdfmetrics.registerFont(UnicodeCIDFont(MIN))
pdfmetrics.registerFont(UnicodeCIDFont(GO))

PW, PH = A4
ML, MR = 40.0, PW - 40.0
GUT = 22.0
COLW = (MR - ML - GUT) / 2
COLX = [ML, ML + COLW + GUT]
TOP = PH - 62.0          # first baseline under the running header
BOTTOM = 58.0            # lowest baseline allowed above the footer
PITCH = 16.0
BODY = 10.0
DEPT = 9.0

GREEN = Color(0.13, 0.42, 0.33)
PALE = Color(0.90, 0.95, 0.92)
GREY = Color(0.45, 0.45, 0.45)

HEADER_L = "こはる野町総合計画進捗状況報告書【概要版】"
HEADER_R = "令和６年度実績"


def sw(s, font=MIN, size=BODY):
    return pdfmetrics.stringWidth(s, font, size)


DIGITS = set("0123456789０１２３４５６７８９,.，．")
CLOSING = set("、。）」』％%】・ー")
BAD_START = ("施策", "基本目標", "担当", "関係", "○", "※", "■", "【")


def wrap(text, width, font=MIN, size=BODY, indent_first=0.0, indent_rest=0.0):
    """Greedy CJK wrap with simple kinsoku; no continuation line may start with a digit, a closing mark
    or a heading-like keyword (so wrapped body lines never look like headings)."""
    lines = []
    rest = text
    first = True
    while rest:
        ind = indent_first if first else indent_rest
        avail = width - ind
        b = 0
        while b < len(rest) and sw(rest[: b + 1], font, size) <= avail:
            b += 1
        if b >= len(rest):
            lines.append((ind, rest))
            break
        # hang one closing mark
        if rest[b] in CLOSING:
            b += 1
            if b >= len(rest):
                lines.append((ind, rest))
                break
        while b > 1 and (rest[b] in DIGITS or rest[b] in CLOSING or rest[b:].startswith(BAD_START)
                         or rest[b - 1] in "（「『"):
            b -= 1
        lines.append((ind, rest[:b]))
        rest = rest[b:]
        first = False
    return lines


# ---------------------------------------------------------------------------------------------- content
ITEMS = {
    1: ("地域防災力の強化", "Ａ　順調に進んでいる", [
        "自主防災組織の訓練支援を行い、令和６年度は町内28地区で合同訓練を実施しました。",
        "避難行動要支援者の個別避難計画※１を、新たに146人分作成しました。",
        "防災行政無線の戸別受信機を、希望する世帯に無償で貸し出しています。",
    ], "自主防災組織の活動率　71.4％→78.6％（目標80.0％）", ["担当課：総務課・防災安全室"]),
    2: ("消防・救急体制の充実", "Ｄ　遅れている", [
        "消防団の詰所２か所の建替えを終え、小型動力ポンプ付積載車を１台更新しました。",
        "団員の確保は進まず、退団者が入団者を９人上回りました。",
    ], "消防団員の充足率　88.5％→86.9％（目標95.0％）", ["担当課：防災安全室"]),
    3: ("交通安全・防犯対策の推進", "Ａ　順調に進んでいる", [
        "通学路の合同点検で指摘された21か所のうち、17か所で対策工事を終えました。",
        "駅周辺と通学路に、防犯カメラを12台増設しました。",
        "高齢者の運転免許自主返納者に、町内巡回バスの回数券を交付しました。",
    ], "町内の交通事故件数　64件→49件（目標55件以下）", ["担当課：住民課、建設課"]),
    4: ("安全な水の安定供給", "Ｃ　やや遅れている", [
        "基幹管路の耐震化工事は、資材価格の高騰により予定延長の６割にとどまりました。",
        "上下水道料金のあり方を検討する審議会を、令和６年10月から開いています。",
        "漏水調査を町の西部地区で行い、見つかった漏水箇所を修理しました。",
    ], "基幹管路の耐震化率　38.2％→40.1％（目標48.0％）", ["担当課：上下水道課"]),
    5: ("道路・橋りょうの長寿命化", "Ｂ　おおむね順調", [
        "橋りょう長寿命化修繕計画に基づき、町道と農道の５橋で補修を終えました。",
        "町道の舗装修繕は、計画延長4.2kmのうち3.6kmを実施しました。",
        "残る0.6kmは、水道管の更新工事と合わせて令和７年度に行います。",
    ], "対策が必要な橋りょうの修繕完了率　45.0％→56.7％（目標75.0％）",
        ["担当課：建設課", "関係課：農林振興課"]),
    6: ("子育て支援の充実", "Ａ　順調に進んでいる", [
        "令和６年４月に子育ての相談窓口を本庁舎１階へ移し、相談件数は1,284件となりました。",
        "小中学校の給食費について、第２子以降の無償化を始めました。",
        "病児保育室を町内の医療機関に開設し、延べ214人が利用しました。",
    ], "子育て環境に満足している保護者の割合　62.3％→68.9％（目標70.0％）",
        ["担当課：子育て支援課・健康づくり課・学校教育課・生涯学習課", "関係課：住民課"]),
    7: ("健康づくりの推進", "Ｂ　おおむね順調", [
        "特定健診の受診率は46.8％で、前年度から1.9ポイント上がりました。",
        "健康ポイント事業「こはる野いきいきポイント」の参加者は1,930人となりました。",
        "歯科健診の対象を20歳以上の節目の年齢に広げ、受診者は386人でした。",
    ], "特定健診の受診率　44.9％→46.8％（目標55.0％）", ["担当課：健康づくり課"]),
    8: ("高齢者の地域生活支援", "Ｂ　おおむね順調", [
        "地域包括ケアシステム※２の構築に向け、生活支援コーディネーターを２人に増やしました。",
        "認知症サポーター養成講座を中学校でも開き、受講者は累計で2,105人になりました。",
        "住民主体の通いの場は新たに４か所が立ち上がり、合計31か所になりました。",
    ], "通いの場の数　27か所→31か所（目標36か所）", ["担当課：福祉課／地域包括支援センター"]),
    9: ("ＩＣＴを活用した学びの充実", "Ａ　順調に進んでいる", [
        "ＧＩＧＡスクール構想※３で配備した端末を家庭でも使えるよう、通信機器の貸出しを始めました。",
        "コミュニティ・スクール※４を、町内にある５つの小中学校のすべてに導入しました。",
        "外国語指導助手を１人増やし、小学校の英語の授業に毎週入れるようにしました。",
    ], "授業でＩＣＴを活用できる教員の割合　81.0％→92.5％（目標90.0％）", ["担当課：学校教育課"]),
    10: ("生涯学習・スポーツの振興", "Ｃ　やや遅れている", [
        "公民館講座の参加者は延べ3,216人で、前年度を下回りました。",
        "町民体育館の空調改修工事は、設計の見直しにより令和７年度に延期しました。",
        "町民運動会は地区ごとの開催に改め、参加者は延べ2,870人でした。",
    ], "生涯学習講座の参加者数　3,540人→3,216人（目標4,000人）", ["担当課：生涯学習課"]),
    11: ("農業の担い手確保", "Ｂ　おおむね順調", [
        "町の新規就農者研修を修了した４人のうち、３人が町内で就農しました。",
        "ドローンなどスマート農業機械の導入補助を９件交付しました。",
    ], "新規就農者数（累計）　11人→15人（目標20人）", ["担当課：農林振興課"]),
    12: ("観光交流の促進", "Ａ　順調に進んでいる", [
        "「こはる野花めぐり」の開催期間を２週間延ばし、期間中の来場者は約６万２千人となりました。",
        "町観光協会と連携して、駅前と主な観光地の多言語案内看板を更新しました。",
        "道の駅こはる野の売上げは３億８千万円で、過去最高となりました。",
    ], "観光入込客数　43.0万人→45.2万人（目標50.0万人）", ["担当課：観光交流課、産業振興課"]),
    13: ("移住・定住の促進と空き家バンク｜制度の活用", "Ｂ　おおむね順調", [
        "首都圏で移住相談会を４回開き、相談件数は延べ87件でした。",
        "空き家バンクの登録物件は19件増え、そのうち11件で契約が成立しました。",
        "移住した子育て世帯への住宅取得補助は、14世帯に交付しました。",
    ], "空き家バンクの成約件数　８件→11件（目標15件）", ["担当課：企画課・建設課"]),
    14: ("行政手続のオンライン化とＤＸの推進", "Ｃ　やや遅れている", [
        "オンラインで申請できる手続を、42件から68件に増やしました。",
        "窓口の待ち時間を知らせるシステムは、庁舎改修に合わせて令和７年度の導入としました。",
    ], "オンライン申請ができる手続の数　42件→68件（目標100件）", ["担当課：情報政策室・総務課"]),
    15: ("持続可能な財政運営", "Ｂ　おおむね順調", [
        "公共施設等総合管理計画に基づき、使われていない旧第三保育所の建物を解体しました。",
        "ふるさと納税の寄附額は２億1,480万円となり、前年度の1.3倍になりました。",
    ], "経常収支比率　91.8％→90.6％（目標90.0％以下）", ["担当課：財政課"]),
}

EXTRA = {  # an extra one-line body sentence after the bullets of some items
    10: "施策９と連携し、学校体育館を開放しました。",
}

FUTURE = {  # 【今後】 line of every item (a repeated field)
    1: "自主防災組織のない２地区で、結成に向けた説明会を開きます。",
    2: "消防団に機能別団員の制度を設け、町内の事業所の従業員にも入団を呼びかけます。",
    3: "残る４か所の通学路対策を、令和７年度中に終える予定です。",
    4: "国の交付金を活用して、耐震化工事の遅れを取り戻します。",
    5: "修繕の優先度を見直し、通学路にかかる橋から工事を進めます。",
    6: "こども家庭センターの設置に向けて、妊娠期からの相談体制を一本化します。",
    7: "受診率の低い40歳代の町民に、個別の受診勧奨を行います。",
    8: "通いの場がない地区に、立ち上げを手伝う支援員を派遣します。",
    9: "端末の更新時期に合わせて、費用の負担方法を検討します。",
    10: "講座の内容を見直し、若い世代が参加しやすい夜間講座を増やします。",
    11: "農地の集積を進め、新規就農者が借りやすい農地を確保します。",
    12: "花めぐりの時期以外にも人が訪れるよう、秋の体験型観光を企画します。",
    13: "空き家の所有者向けに、相続や片付けの相談会を開きます。",
    14: "よく使われる手続から順にオンライン化し、目標の達成をめざします。",
    15: "使用料・手数料の見直し方針を、令和７年度中に定めます。",
}

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def item_lines(n):
    """Lines of one item for a column: list of dicts (kind, text, ...)."""
    title, grade, bullets, indicator, depts = ITEMS[n]
    out = [{"k": "gap"}]
    tag = "施策" + str(n).translate(ZEN)
    tag_w = 46.0
    if "｜" in title:
        tl = [(0, part) for part in title.split("｜")]
    else:
        tl = wrap(title, COLW - tag_w, GO, 10.5)
    out.append({"k": "head", "tag": tag, "text": tl[0][1]})
    for _, t in tl[1:]:
        out.append({"k": "headcont", "text": t, "dx": tag_w})
    out.append({"k": "text", "text": "【評価】" + grade, "font": GO, "size": 9.0, "dx": 0})
    out.append({"k": "text", "text": "【主な成果】", "font": GO, "size": 9.0, "dx": 0})
    for b in bullets:
        for ind, t in wrap("○" + b, COLW, indent_first=0, indent_rest=BODY):
            out.append({"k": "text", "text": t, "dx": ind})
    if n in EXTRA:
        for ind, t in wrap(EXTRA[n], COLW):
            out.append({"k": "text", "text": t, "dx": ind})
    for ind, t in wrap("【指標】" + indicator, COLW, indent_first=0, indent_rest=BODY * 4):
        out.append({"k": "text", "text": t, "dx": ind})
    for ind, t in wrap("【今後】" + FUTURE[n], COLW, indent_first=0, indent_rest=0):
        out.append({"k": "text", "text": t, "dx": ind})
    for d in depts:   # right-aligned; a long list wraps inside the column, after a separator
        while sw(d, GO, DEPT) > COLW:
            cut = max(i for i, ch in enumerate(d) if ch in "・、／" and sw(d[: i + 1], GO, DEPT) <= COLW)
            out.append({"k": "dept", "text": d[: cut + 1]})
            d = d[cut + 1:]
        out.append({"k": "dept", "text": d})
    return out


def goal_band(n, title, lead=None, table=None):
    return {"k": "band", "tag": "基本目標" + str(n).translate(ZEN), "title": title, "lead": lead, "table": table}


SUMMARY_TABLE = {
    "cols": [("評価区分", 150), ("基本目標１", 85), ("基本目標２", 85), ("基本目標３", 85), ("合計", 110)],
    "rows": [
        ["Ａ　順調に進んでいる", "2", "2", "1", "5"],
        ["Ｂ　おおむね順調", "1", "2", "3", "6"],
        ["Ｃ　やや遅れている", "1", "1", "1", "3"],
        ["Ｄ　遅れている", "1", "0", "0", "1"],
        ["合計", "5", "5", "5", "15"],
    ],
}

GOAL3_TABLE = {
    "cols": [("成果指標", 175), ("基準値（令和３年度）", 115), ("実績値（令和６年度）", 115), ("目標値（令和９年度）", 110)],
    "rows": [
        ["観光入込客数", "38.6万人", "45.2万人", "50.0万人"],
        ["転入者数", "412人", "468人", "480人"],
        ["新規就農者数（累計）", "6人", "15人", "20人"],
    ],
}

GLOSSARY = [
    "※１　個別避難計画：高齢者や障がいのある人など、自力での避難が難しい人ごとに、避難先や避難を手伝う人をあらかじめ決めておく計画です。",
    "※２　地域包括ケアシステム：住まい・医療・介護・予防・生活支援を、住み慣れた地域の中で一体的に受けられるようにする仕組みです。",
    "※３　ＧＩＧＡスクール構想：児童生徒に１人１台の端末と高速の通信環境を整え、学びに生かす国の取組です。",
    "※４　コミュニティ・スクール：保護者や地域住民が学校運営に参画する「学校運営協議会」を置いた学校です。",
]

FLOW = [
    {"k": "title"},
    {"k": "section", "title": "■この報告書について", "lead": (
        "第２次こはる野町総合計画後期基本計画（令和５年度～令和９年度）に掲げる15の施策について、令和６年度の"
        "取組状況と成果指標の達成度をもとに各施策の担当課が自己評価を行い、企画課が全体をとりまとめました。"
        "評価は４段階で、結果は次の表のとおりです。"), "table": SUMMARY_TABLE},
    goal_band(1, "安全で安心して暮らせるまち", lead=(
        "めざす姿：災害や事故、犯罪への備えが地域に根付き、町民が毎日を安心して過ごせるまちをめざします。"
        "５つの施策のうち２施策が順調に進む一方、消防団員の確保（施策２）は遅れています。")),
    {"k": "cols", "items": [1, 2, 3, 4, 5]},
    goal_band(2, "健やかでいきいきと暮らせるまち"),
    {"k": "cols", "items": [6, 7, 8, 9, 10]},
    {"k": "glossary"},
    goal_band(3, "活力と交流が生まれるまち", lead=(
        "めざす姿：地域の産業に人が集まり、町を訪れる人や移り住む人が増えて、にぎわいが続くまちをめざします。"
        "５つの施策のうち、評価Ａは１施策、Ｂは３施策、Ｃは１施策でした。"),
        table=GOAL3_TABLE),
    {"k": "cols", "items": [11, 12, 13, 14, 15]},
    {"k": "section", "title": "■今後の進め方", "lead": (
        "評価が「Ｃ」「Ｄ」となった４つの施策は、要因を分析したうえで令和８年度の予算編成に向けて事業の見直しを"
        "行います。見直しの内容は各施策の担当課が11月末までにまとめ、町ホームページでお知らせします。"
        "報告書の全文は、役場企画課の窓口と町内の各公民館でご覧いただけます。")},
    {"k": "contact"},
]


# ---------------------------------------------------------------------------------------------- layout
class Page:
    def __init__(self, no):
        self.no = no
        self.texts = []   # (y, x, font, size, text, color)
        self.rects = []   # (x, y, w, h, fill, stroke)
        self.lines = []   # (x1, y1, x2, y2, width, color)

    def t(self, x, y, s, font=MIN, size=BODY, color=black, align="left"):
        if align == "right":
            x -= sw(s, font, size)
        elif align == "center":
            x -= sw(s, font, size) / 2
        self.texts.append((round(y, 2), round(x, 2), font, size, s, color))


pages = []


def new_page():
    p = Page(len(pages) + 1)
    pages.append(p)
    return p


def draw_table(p, y, spec, x0=ML):
    """Full-width ruled table; returns the y below it. Cells are one line each, baselines on PITCH."""
    cols = spec["cols"]
    total = sum(w for _, w in cols)
    scale = (MR - x0) / total
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w * scale)
    rows = [[c for c, _ in cols]] + spec["rows"]
    rh = 16.0
    top = y + 11.5
    for i, row in enumerate(rows):
        by = y - i * rh
        if i == 0:
            p.rects.append((xs[0], by - 4.5, xs[-1] - xs[0], rh, PALE, None))
        for j, cell in enumerate(row):
            font = GO if (i == 0 or j == 0) else MIN
            if j == 0:
                p.t(xs[j] + 5, by, cell, font, 9.0)
            else:
                p.t((xs[j] + xs[j + 1]) / 2, by, cell, font, 9.0, align="center")
    bottom = y - (len(rows) - 1) * rh - 4.5
    for i in range(len(rows) + 1):
        yy = top - i * rh
        p.lines.append((xs[0], yy, xs[-1], yy, 0.6, black))
    for xx in xs:
        p.lines.append((xx, top, xx, bottom, 0.6, black))
    return bottom - 8.0


def full_height(block):
    k = block["k"]
    if k == "title":
        return 118.0
    if k == "section":
        n = len(wrap(block["lead"], MR - ML - 10)) + 2
        h = n * PITCH
        if block.get("table"):
            h += 16.0 * (len(block["table"]["rows"]) + 1) + 14
        return h
    if k == "band":
        h = 2 * PITCH + 6
        if block["lead"]:
            h += (len(wrap(block["lead"], MR - ML - 10)) + 0.5) * PITCH
        if block["table"]:
            h += 16.0 * (len(block["table"]["rows"]) + 1) + 14
        return h
    if k == "glossary":
        n = sum(len(wrap(g, MR - ML - 20, MIN, 8.5, 0, 17)) for g in GLOSSARY)
        return 26 + n * 13.0 + 16
    if k == "contact":
        return 50.0
    raise ValueError(k)


def draw_full(p, y, block):
    """Draw a full-width block whose first baseline region starts at y (top edge). Returns new top y."""
    k = block["k"]
    if k == "title":
        p.rects.append((ML, y - 108, MR - ML, 108, GREEN, None))
        p.t(ML + 16, y - 24, "令和６年度実績", GO, 11, white)
        p.t(ML + 16, y - 54, "こはる野町総合計画進捗状況報告書【概要版】", GO, 20, white)
        p.t(ML + 16, y - 78, "～ 15の施策の取組と成果をお知らせします ～", GO, 11, white)
        p.t(MR - 16, y - 98, "令和７年９月　こはる野町", GO, 10, white, align="right")
        return y - 118
    if k == "section":
        yy = y - 16
        p.t(ML, yy, block["title"], GO, 12.5, GREEN)
        p.lines.append((ML, yy - 5, MR, yy - 5, 1.2, GREEN))
        yy -= PITCH + 6
        for ind, t in wrap(block["lead"], MR - ML - 10, indent_first=BODY):
            p.t(ML + 5 + ind, yy, t)
            yy -= PITCH
        if block.get("table"):
            yy -= 6
            yy = draw_table(p, yy, block["table"], ML + 5)
        return yy + PITCH - 10
    if k == "band":
        bh = 24.0
        p.rects.append((ML, y - bh - 4, MR - ML, bh, GREEN, None))
        p.rects.append((ML + 6, y - bh + 0.5, 74, bh - 9, white, None))
        p.t(ML + 43, y - 20, block["tag"], GO, 11, GREEN, align="center")
        p.t(ML + 90, y - 20, block["title"], GO, 14, white)
        yy = y - bh - 4 - 16
        if block["lead"]:
            for ind, t in wrap(block["lead"], MR - ML - 10, indent_first=BODY):
                p.t(ML + 5 + ind, yy, t)
                yy -= PITCH
        if block["table"]:
            yy -= 6
            yy = draw_table(p, yy, block["table"], ML + 5)
        return yy + PITCH - 12
    if k == "glossary":
        h = full_height(block) - 10
        p.rects.append((ML, y - h, MR - ML, h, PALE, GREY))
        p.t(ML + 10, y - 17, "■用語解説", GO, 10.5, GREEN)
        yy = y - 17 - 16
        for g in GLOSSARY:
            for ind, t in wrap(g, MR - ML - 20, MIN, 8.5, 0, 17):
                p.t(ML + 10 + ind, yy, t, MIN, 8.5)
                yy -= 13.0
        return y - h - 10
    if k == "contact":
        p.rects.append((ML + 70, y - 44, MR - ML - 140, 40, None, GREEN))
        p.t(PW / 2, y - 19, "お問い合わせ　こはる野町役場 企画課 企画調整係", GO, 9.5, GREEN, align="center")
        p.t(PW / 2, y - 35, "〒000-0000　こはる野町中央一丁目1番地　電話 0000-00-1234（直通）", MIN, 8.5,
            align="center")
        return y - 50
    raise ValueError(k)


def draw_col_line(p, x, y, ln):
    k = ln["k"]
    if k == "head":
        p.rects.append((x, y - 3.5, 42, 14.5, GREEN, None))
        p.t(x + 21, y, ln["tag"], GO, 9.5, white, align="center")
        p.t(x + 46, y, ln["text"], GO, 10.5, GREEN)
        p.lines.append((x, y - 5, x + COLW, y - 5, 0.5, GREEN))
    elif k == "headcont":
        p.t(x + ln["dx"], y, ln["text"], GO, 10.5, GREEN)
    elif k == "text":
        p.t(x + ln.get("dx", 0), y, ln["text"], ln.get("font", MIN), ln.get("size", BODY))
    elif k == "dept":
        p.t(x + COLW, y, ln["text"], GO, DEPT, align="right")
    elif k == "gap":
        pass


def layout(col_breaks):
    """col_breaks: dict flow-index -> list of (left, right) line counts, one per page the section spans;
    without it a section fills left then right column to the foot and balances its last part."""
    p = new_page()
    y = PH - 40.0   # page 1 has no running header: title band starts high
    for fi, block in enumerate(FLOW):
        if block["k"] != "cols":
            h = full_height(block)
            if y - h < BOTTOM - 10:
                p = new_page()
                y = TOP + 12
            y = draw_full(p, y, block)
            continue
        lines = []
        for n in block["items"]:
            lines.extend(item_lines(n))
        while lines and lines[0]["k"] == "gap":
            lines.pop(0)
        splits = list(col_breaks.get(fi, []))
        while lines:
            first = y - 12
            avail = int((first - BOTTOM) // PITCH) + 1
            want = splits.pop(0) if splits else None
            if want is not None:           # explicit (left, right) line counts for this sub-section
                left_n, right_n = want
                left = lines[:left_n]
                right = lines[left_n:left_n + right_n]
                rest = lines[left_n + right_n:]
            elif len(lines) <= 2 * avail:
                left_n = (len(lines) + 1) // 2
                left, right = lines[:left_n], lines[left_n:]
                rest = []
            else:
                left = lines[:avail]
                right = lines[avail:2 * avail]
                rest = lines[2 * avail:]
            while right and right[0]["k"] == "gap":
                right.pop(0)
            while rest and rest[0]["k"] == "gap":
                rest.pop(0)
            assert len(left) <= avail and len(right) <= avail, (fi, len(left), len(right), avail)
            for ci, col in enumerate((left, right)):
                for i, ln in enumerate(col):
                    draw_col_line(p, COLX[ci], first - i * PITCH, ln)
            used = max(len(left), len(right))
            y = first - (used - 1) * PITCH - 14
            lines = rest
            if lines:
                p = new_page()
                y = TOP + 12


def render():
    c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle("こはる野町総合計画進捗状況報告書【概要版】")
    c.setAuthor("こはる野町")
    for p in pages:
        # running header (pages 2-) and footer (all pages) join the text runs before sorting
        if p.no > 1:
            p.t(ML, PH - 34, HEADER_L, GO, 8.5, GREY)
            p.t(MR, PH - 34, HEADER_R, GO, 8.5, GREY, align="right")
            p.lines.append((ML, PH - 39, MR, PH - 39, 0.6, GREY))
        p.t(PW / 2, 28, f"- {p.no} -", MIN, 9)
        for (x, y, w, h, fill, stroke) in p.rects:
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(0.8)
            c.rect(x, y, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
        for (x1, y1, x2, y2, w, col) in p.lines:
            c.setStrokeColor(col)
            c.setLineWidth(w)
            c.line(x1, y1, x2, y2)
        for (y, x, font, size, s, col) in sorted(p.texts, key=lambda r: (-r[0], r[1])):
            c.setFillColor(col)
            c.setFont(font, size)
            c.drawString(x, y, s)
        c.showPage()
    c.save()


# The natural flow (fill left then right to the foot, balance the last part) already gives the intended
# page plan, so no explicit column breaks are needed.
COL_BREAKS = {}

if __name__ == "__main__":
    layout(COL_BREAKS)
    render()
    print(OUT, len(pages), "pages")
