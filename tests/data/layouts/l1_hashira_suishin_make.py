"""Build l1_hashira_suishin.pdf: a fictional A4 portrait 行財政改革推進計画 booklet whose
running header (柱) names the plan and the chapter in effect at the top of each page.

すいれん野市 is fictional; all text is original.  Drawn line by line with reportlab's canvas.
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

OUT = Path(__file__).with_name("l1_hashira_suishin.pdf")
W, H = A4
LM, RM = 62.0, W - 62.0          # text block 62 .. 533
TOP, BOTTOM = 768.0, 72.0        # body area
PLAN = "第４次すいれん野市行財政改革推進計画"
SHORT = "行財政改革推進計画"
LEAD = 16.5                      # body leading
NOKINSOKU_HEAD = "、。，．）」』】％・ー～？！"


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, width):
    """Greedy wrap by measured width, with simple line-head kinsoku."""
    lines, cur = [], ""
    for ch in text:
        if sw(cur + ch, font, size) > width and cur:
            if ch in NOKINSOKU_HEAD:      # push the previous char down with it
                lines.append(cur[:-1])
                cur = cur[-1] + ch
            else:
                lines.append(cur)
                cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- content
# block kinds: chapter, setsu, sec, item, dept, kankei, kankei_foot, para, bullet, goal, figure, newpage
C = []


def chapter(t):
    C.append(("chapter", t))


def setsu(t):
    C.append(("setsu", t))


def sec(t):
    C.append(("sec", t))


def item(t):
    C.append(("item", t))


def dept(t):
    C.append(("dept", t))


def kankei(t):
    C.append(("kankei", t))


def kankei_foot(t):
    C.append(("kankei_foot", t))


def para(t, level=0):
    C.append(("para", t, level))


def bullet(t):
    C.append(("bullet", t))


def goal(t):
    C.append(("goal", t))


chapter("第１章　計画の策定にあたって")
sec("１　計画策定の趣旨")
para("本市では、平成１８年度に最初の行政改革大綱を定めて以来、事務事業の見直しや職員数の適正化、"
     "公共施設の管理運営の効率化などに継続して取り組んできました。")
para("一方で、人口減少と高齢化が進み、市税収入の大きな伸びが見込めない中にあって、社会保障関係経費や"
     "施設の更新にかかる費用は今後も増え続けると見込まれます。")
para("こうした状況を踏まえ、限られた経営資源で質の高い行政サービスを提供し続けるため、第３次計画の"
     "成果と課題を検証したうえで、第４次すいれん野市行財政改革推進計画を策定します。")
sec("２　計画の期間")
para("この計画の期間は、令和７年度から令和１０年度までの４年間とします。ただし、社会経済情勢の変化や"
     "国の制度改正などにより必要が生じた場合は、期間の途中であっても内容を見直します。")
sec("３　前計画の取組と成果")
para("第３次計画（令和３年度～令和６年度）では、４２の取組のうち３５の取組が目標を達成し、計画期間中の"
     "財政効果額は累計で約１１億８千万円となりました。主な成果は次のとおりです。")
bullet("・証明書のコンビニ交付の開始と窓口受付時間の短縮")
bullet("・学校給食センターの統合による運営費の削減")
bullet("・市税の口座振替とスマートフォン決済の利用拡大")
para("一方で、デジタル化の取組は庁内の準備に時間を要し、予定していた手続のオンライン化は半分程度に"
     "とどまりました。")

chapter("第２章　本市の現状と課題")
para("本章では、人口、財政及び職員数の動向から、本市の行財政運営を取り巻く状況を整理します。")
sec("１　人口の動向")
para("本市の人口は、平成２２年の約８万４千人をピークに減少に転じ、令和６年１０月１日現在で"
     "７万８，２１５人となっています。")
para("年齢別にみると、６５歳以上の人口の割合は３２．４％に達する一方、１５歳から６４歳までの"
     "生産年齢人口は一貫して減り続けています。本市の独自推計では、令和２２年には人口が６万８千人"
     "程度まで減少する見込みです。")
sec("２　財政の状況")
para("令和５年度の普通会計決算では、歳入総額が３４２億円、歳出総額が３３１億円となりました。歳入の"
     "根幹である市税は１０２億円で、ここ５年間ほぼ横ばいで推移しています。")
para("歳出では扶助費が年々増加し、人件費、公債費と合わせた義務的経費の割合は５１．２％となりました。"
     "経常収支比率は９２．６％と高い水準にあり、新たな行政需要に振り向けられる財源は限られています。")
para("また、財政調整基金の残高は令和５年度末で２８億円となり、５年前と比べて６億円減少しました。")
sec("３　職員数の推移")
para("本市の正規職員数は、これまでの定員適正化の取組により、令和２年の６１２人から令和６年には"
     "５８６人まで減少しました。")
C.append(("figure",))
para("一方で、会計年度任用職員は同じ期間に３３人増えており、業務量そのものは減っていないことが"
     "うかがえます。今後は人数の削減だけでなく、業務の見直しとデジタル技術の活用を組み合わせて、"
     "職員一人ひとりの生産性を高めることが求められます。")
sec("４　本市の課題")
para("これまでの分析から、本市の行財政運営には次の課題があると考えます。")
bullet("・人口減少と少子高齢化に対応した行政サービスの提供")
bullet("・デジタル技術を活用した業務の効率化")
bullet("・公共施設の老朽化と更新費用の増加への対応")
bullet("・義務的経費の増加による財政の硬直化")

C.append(("newpage",))
chapter("第３章　改革の基本方針と具体的な取組")
para("第２章で整理した課題を踏まえ、本計画では次の３つの基本方針のもとで改革に取り組みます。"
     "各取組には、計画期間の最終年度である令和１０年度の目標を設定し、毎年度その達成状況を確認します。")
setsu("第１節　市民サービスの向上")
para("市民が時間や場所にとらわれずに手続や相談ができるよう、デジタル技術を活用して、窓口サービスと"
     "情報発信のあり方を見直します。")
item("（１）行政手続のオンライン化")
dept("所管：情報政策課")
kankei("［関係課］市民課・税務課")
para("子育て、介護、税などの申請や届出のうち、利用件数の多い手続から順にオンラインで申請できるように"
     "します。あわせて、電子申請の操作に不慣れな方を支援するため、本庁舎と各支所に相談コーナーを"
     "設けます。", 1)
goal("【目標】オンライン申請対応手続数　４８手続（令和５年度）→１５０手続（令和１０年度）")
item("（２）「書かない窓口」の導入")
dept("所管：市民課、情報政策課")
para("転入や転出などの届出の際に、職員が聞き取った内容をシステムに入力し、印刷した申請書を確認して"
     "いただく方式に改めます。同じ事項を何度も書く負担を減らし、窓口での滞在時間を短縮します。", 1)
goal("【目標】転入手続の平均所要時間　５５分（令和５年度）→３０分（令和１０年度）")
item("（３）ＬＩＮＥを活用した情報発信の充実")
dept("所管：広報広聴課")
para("市の公式ＬＩＮＥアカウントで、受け取る情報の分野を利用者が選べるようにし、ごみの収集日や"
     "子育てイベントなど生活に身近な情報を届けます。道路の損傷などを写真で通報できる機能も追加します。", 1)
goal("【目標】公式ＬＩＮＥの登録者数　１万２千人（令和５年度）→３万人（令和１０年度）")
setsu("第２節　効率的な行政運営")
item("（１）ＡＩ・ＲＰＡによる業務の自動化")
dept("所管：情報政策課")
para("会議録の作成や各種データの入力など、定型的で件数の多い業務にＡＩやＲＰＡを導入し、職員が"
     "企画立案や相談の業務により多くの時間を使えるようにします。", 1)
goal("【目標】自動化による削減時間　年２，４００時間（令和５年度）→年９，０００時間（令和１０年度）")
item("（２）職員数の適正管理と人材育成")
dept("所管：人事課")
para("図表２－１のとおり、正規職員数は減少を続けています。今後は、業務の見直しやデジタル化の効果を"
     "見極めながら、必要な分野に職員を重点的に配置します。あわせて、デジタル人材の育成に向けた研修を"
     "毎年度実施します。", 1)
goal("【目標】デジタル関連研修の受講者数　累計６００人（令和７年度～令和１０年度）")
kankei_foot("［関係課］行政経営課")
item("（３）公共施設の複合化・集約化")
dept("所管：資産経営課／建築営繕課")
para("公共施設等総合管理計画に基づき、老朽化した施設の建替えに合わせて、機能が重なる施設の複合化や"
     "集約化を進めます。用途を終えた施設の跡地は、売却や貸付けを基本として活用します。"
     "また、施設ごとの点検結果を一元的に管理し、計画的な修繕によって長寿命化を図ります。", 1)
goal("【目標】公共施設の延床面積　２８万６千㎡（令和５年度）→２７万６千㎡（令和１０年度）")
item("（４）外郭団体の経営改善")
dept("所管：行政経営課")
kankei("［関係課］観光振興課・福祉総務課")
para("市が出資する外郭団体について、経営状況の点検を毎年度行い、市からの補助金や委託料に頼らない"
     "経営への転換を促します。経営状況が改善しない団体については、統合や解散を含めてあり方を検討します。", 1)
goal("【目標】経営改善計画を策定した団体数　２団体（令和５年度）→全６団体（令和１０年度）")
setsu("第３節　健全な財政運営")
para("将来にわたって安定した行政サービスを提供できるよう、歳入の確保と歳出の見直しの両面から、"
     "財政の健全化に取り組みます。")
item("（１）市税等の収納率向上")
dept("所管：納税課")
para("口座振替やスマートフォン決済の利用を一層広げるとともに、滞納が長期化しないよう、早い段階での"
     "納付相談に力を入れます。", 1)
goal("【目標】市税の収納率（現年課税分）　９８．９％（令和５年度）→９９．３％（令和１０年度）")
kankei_foot("［関係課］保険年金課、介護保険課")
item("（２）使用料・手数料の見直し")
dept("所管：財政課")
para("施設の使用料や各種手数料について、算定の基準を明らかにしたうえで、４年ごとに定期的な見直しを"
     "行います。", 1)
para("見直しにあたっては、サービスにかかる費用のうち利用者に負担していただく割合を施設の性格ごとに"
     "定め、利用する方としない方との負担の公平を確保します。あわせて、減免の基準についても、制度の"
     "目的に照らして必要性を検証します。", 1)
goal("【目標】受益者負担の基準に基づく見直しの実施　令和８年度に実施（以後４年ごと）")
kankei_foot("［関係課］資産経営課")

chapter("第４章　計画の推進")
sec("１　推進体制")
para("市長を本部長とする行財政改革推進本部のもとで、全庁を挙げて計画を推進します。各取組の所管課は"
     "年度ごとの実施計画を作成し、行政経営課が全体の進捗を取りまとめます。")
sec("２　進行管理と公表")
para("取組の進捗状況は、毎年度、学識経験者や公募の市民で構成する行財政改革推進委員会に報告し、意見を"
     "聴いたうえで市のホームページで公表します。委員会の意見は、翌年度の取組に反映させます。")


# ---------------------------------------------------------------- figure
FIG_H = 222.0
YEARS = ["令和２年", "令和３年", "令和４年", "令和５年", "令和６年"]
REGULAR = [612, 605, 598, 591, 586]
PART = [248, 255, 263, 270, 281]


def draw_figure(c, ytop):
    """Caption, then a clustered bar chart whose labels are separate text runs."""
    c.setFont(GOTH, 10)
    c.drawCentredString(W / 2, ytop - 12, "図表２－１　職員数の推移（各年４月１日現在）")
    ax0, ax1 = 130.0, 500.0
    base = ytop - 182.0
    ch = 130.0
    vmax = 700.0
    c.setFont(GOTH, 7.5)
    c.drawString(ax0 - 30, base + ch + 14, "（人）")
    for v in range(0, 701, 100):
        y = base + ch * v / vmax
        c.setStrokeGray(0.8 if v else 0.0)
        c.setLineWidth(0.4)
        c.line(ax0, y, ax1, y)
        c.drawRightString(ax0 - 5, y - 2.5, str(v))
    c.setStrokeGray(0)
    c.line(ax0, base, ax0, base + ch)
    gw = (ax1 - ax0) / len(YEARS)
    bw = 20.0
    for i, yr in enumerate(YEARS):
        cx = ax0 + gw * (i + 0.5)
        for j, (vals, gray) in enumerate(((REGULAR, 0.35), (PART, 0.75))):
            v = vals[i]
            x = cx - bw - 1 if j == 0 else cx + 1
            h = ch * v / vmax
            c.setFillGray(gray)
            c.rect(x, base, bw, h, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont(GOTH, 7.5)
            c.drawCentredString(x + bw / 2, base + h + 3, str(v))
        c.setFont(GOTH, 8)
        c.drawCentredString(cx, base - 12, yr)
    # legend (filled boxes are graphics, not ■ glyphs)
    ly = base - 32
    lx = W / 2 - 90
    for gray, label in ((0.35, "正規職員"), (0.75, "会計年度任用職員")):
        c.setFillGray(gray)
        c.rect(lx, ly, 8, 8, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(GOTH, 8)
        c.drawString(lx + 12, ly + 1, label)
        lx += 12 + sw(label, GOTH, 8) + 24
    c.setFillGray(0)


# ---------------------------------------------------------------- layout pass
def block_height(b):
    k = b[0]
    if k == "chapter":
        return 44.0
    if k == "setsu":
        return 30.0
    if k == "sec":
        return 28.0
    if k == "item":
        return 24.0
    if k in ("dept",):
        return 14.0
    if k == "kankei":
        return 12.0
    if k == "kankei_foot":
        return 15.0
    if k == "figure":
        return FIG_H
    if k == "para":
        x0 = LM + (28 if b[2] else 14)
        return LEAD * len(wrap("　" + b[1], MIN, 10.5, RM - x0))
    if k in ("bullet",):
        return LEAD
    if k == "goal":
        return LEAD + 4
    return 0.0


def layout():
    """Return list of pages; each page = list of (block, y_top). Also the chapter at each page top."""
    pages = [[]]
    y = TOP
    i = 0
    while i < len(C):
        b = C[i]
        if b[0] == "newpage":
            pages.append([])
            y = TOP
            i += 1
            continue
        if b[0] == "para":
            x0 = LM + (28 if b[2] else 14)
            lines = wrap("　" + b[1], MIN, 10.5, RM - x0)
            for ln in lines:
                if y - LEAD < BOTTOM:
                    pages.append([])
                    y = TOP
                pages[-1].append((("line", ln, x0), y))
                y -= LEAD
            y -= 3
            i += 1
            continue
        h = block_height(b)
        # keep headings with the next block(s)
        need = h
        if b[0] in ("chapter", "setsu", "sec", "item"):
            j = i + 1
            while j < len(C) and C[j][0] in ("setsu", "sec", "item", "dept", "kankei"):
                need += block_height(C[j])
                j += 1
            need += LEAD * 2
        if y - need < BOTTOM and pages[-1]:
            pages.append([])
            y = TOP
        if b[0] in ("chapter",) and pages[-1]:
            y -= 10
        if b[0] in ("setsu", "sec") and pages[-1]:
            y -= 6
        pages[-1].append((b, y))
        y -= h
        i += 1
    return pages


def current_chapters(pages):
    """Chapter in effect at the top of each page."""
    out, cur = [], None
    for pg in pages:
        top = None
        for b, _ in pg:
            if b[0] == "chapter":
                if top is None:
                    top = b[1]
                break
            else:
                top = cur
                break
        for b, _ in pg:
            if b[0] == "chapter":
                cur = b[1]
        out.append(top if top is not None else cur)
    return out


# ---------------------------------------------------------------- drawing
def draw_footer(c, n):
    c.setStrokeGray(0.5)
    c.setLineWidth(0.5)
    c.line(LM, 50, RM, 50)
    c.setFillGray(0)
    if n % 2:       # odd page: right side
        c.setFont(GOTH, 8.5)
        c.drawRightString(RM - 16, 36, SHORT)
        c.setFont(GOTH, 10)
        c.drawRightString(RM, 36, str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")))
    else:           # even page: left side
        c.setFont(GOTH, 10)
        zen = str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        c.drawString(LM, 36, zen)
        c.setFont(GOTH, 8.5)
        c.drawString(LM + 16, 36, SHORT)


def draw_header(c, right_text):
    c.setFillGray(0.3)
    c.setFont(GOTH, 8)
    c.drawString(LM, 800, PLAN)
    c.setFillGray(0)
    c.setFont(GOTH, 9)
    c.drawRightString(RM, 800, right_text)
    c.setStrokeGray(0)
    c.setLineWidth(0.8)
    c.line(LM, 793, RM, 793)


def draw_block(c, b, y):
    k = b[0]
    c.setFillGray(0)
    if k == "line":
        c.setFont(MIN, 10.5)
        c.drawString(b[2], y - 12, b[1])
    elif k == "chapter":
        c.setFont(GOTH, 15)
        c.drawString(LM, y - 22, b[1])
        c.setLineWidth(1.6)
        c.line(LM, y - 30, RM, y - 30)
        c.setLineWidth(0.5)
        c.line(LM, y - 33, RM, y - 33)
    elif k == "setsu":
        c.setFillGray(0.25)
        c.rect(LM, y - 22, 4, 16, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(GOTH, 12.5)
        c.drawString(LM + 10, y - 19, b[1])
    elif k == "sec":
        c.setFont(GOTH, 12)
        c.drawString(LM, y - 18, b[1])
    elif k == "item":
        c.setFont(GOTH, 11)
        c.drawString(LM + 8, y - 16, b[1])
    elif k == "dept":
        c.setFont(GOTH, 9)
        c.drawRightString(RM, y - 10, b[1])
    elif k == "kankei":
        c.setFont(GOTH, 7.5)
        c.drawRightString(RM, y - 9, b[1])
    elif k == "kankei_foot":
        c.setFont(GOTH, 7.5)
        c.drawString(LM + 28, y - 11, b[1])
    elif k == "bullet":
        c.setFont(MIN, 10.5)
        c.drawString(LM + 24, y - 12, b[1])
    elif k == "goal":
        c.setFont(GOTH, 9)
        c.setLineWidth(0.5)
        c.setStrokeGray(0.4)
        c.rect(LM + 26, y - 16, RM - LM - 26, 15, stroke=1, fill=0)
        c.setStrokeGray(0)
        c.drawString(LM + 32, y - 12, b[1])
    elif k == "figure":
        draw_figure(c, y)


def dots_line(c, y, left_x, text, page, font, size):
    c.setFont(font, size)
    c.drawString(left_x, y, text)
    pstr = str(page)
    c.drawRightString(RM, y, pstr)
    start = left_x + sw(text, font, size) + 6
    end = RM - sw(pstr, font, size) - 6
    c.setFont(MIN, size)
    dw = sw("・", MIN, size)
    n = int((end - start) // dw)
    c.drawString(end - n * dw, y, "・" * n)


def main():
    pages = layout()
    chapters = current_chapters(pages)
    first_pdf = 3          # cover = 1, 目次 = 2
    # where each heading lands (for the 目次 and for checking)
    where = []
    for pi, pg in enumerate(pages):
        for b, _ in pg:
            if b[0] in ("chapter", "setsu", "sec", "item"):
                where.append((b[0], b[1], pi + first_pdf))

    c = canvas.Canvas(str(OUT), pagesize=A4)
    c.setTitle(PLAN)
    c.setAuthor("すいれん野市")

    # --- page 1: cover (no header, no footer)
    c.setLineWidth(2)
    c.line(LM + 20, 610, RM - 20, 610)
    c.setFont(GOTH, 24)
    c.drawCentredString(W / 2, 560, PLAN)
    c.setFont(GOTH, 14)
    c.drawCentredString(W / 2, 525, "（令和７年度～令和１０年度）")
    c.setLineWidth(0.7)
    c.line(LM + 20, 500, RM - 20, 500)
    c.setFont(GOTH, 14)
    c.drawCentredString(W / 2, 230, "令和７年３月")
    c.setFont(GOTH, 18)
    c.drawCentredString(W / 2, 195, "すいれん野市")
    c.showPage()

    # --- page 2: 目次 (footer first, then body, then header)
    draw_footer(c, 2)
    c.setFont(GOTH, 16)
    c.drawCentredString(W / 2, 740, "目　　次")
    y = 690
    for kind, text, pno in where:
        if kind == "chapter":
            y -= 10
            dots_line(c, y, LM + 10, text, pno, GOTH, 11)
            y -= 24
        elif kind in ("sec", "setsu"):
            dots_line(c, y, LM + 30, text, pno, MIN, 10.5)
            y -= 21
    draw_header(c, "目　次")
    c.showPage()

    # --- body pages
    for pi, pg in enumerate(pages):
        n = pi + first_pdf
        draw_footer(c, n)
        for b, yy in pg:
            draw_block(c, b, yy)
        draw_header(c, chapters[pi])
        c.showPage()
    c.save()

    for kind, text, pno in where:
        print(pno, kind, text)
    print("headers:", chapters)


if __name__ == "__main__":
    main()
