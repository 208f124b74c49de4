"""Build j1_gaiyoban.pdf: an A4-landscape 概要版 (summary edition) of a fictional city's
行財政改革プラン, laid out in two (page 1: three) text columns that share one line grid.

Every text line is drawn at its own x/y with canvas.drawString.  The lines of all columns on a
page are sorted by y (top first) and then x before they are drawn, as PDFs exported from
spreadsheet/presentation software often are, so the content stream interleaves the columns too.
"""
import re
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

GOTHIC = "HeiseiKakuGo-W5"
MINCHO = "HeiseiMin-W3"
pdfmetrics.registerFont(UnicodeCIDFont(GOTHIC))
pdfmetrics.registerFont(UnicodeCIDFont(MINCHO))

OUT = Path(__file__).with_name("j1_gaiyoban.pdf")
W, H = landscape(A4)
MARGIN = 32
GUTTER = 24
LEAD = 17.0                     # one grid line
BODY = 10.5                     # body font size
BOTTOM = 40                     # lowest baseline allowed
NAVY = Color(0.12, 0.23, 0.42)
PALE = Color(0.90, 0.93, 0.97)

RUNNING = "第３次ひいらぎ野市行財政改革プラン【概要版】"

NO_START = set("、。，．）」』】〕・ー～％")
NO_END = set("（「『【〔")


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


TOKEN = re.compile(r"（[^（）]{1,10}）|[０-９0-9．，]+[％]?|[Ａ-Ｚａ-ｚ]+|.")


def wrap(text, width, font=MINCHO, size=BODY):
    """Wrap at token boundaries (numbers, Latin words and short bracketed groups stay whole)
    with simple kinsoku (no line starts with 、。） etc., none ends with （「)."""
    lines, cur = [], []
    for tok in TOKEN.findall(text):
        if sw("".join(cur) + tok, font, size) <= width or not cur:
            cur.append(tok)
            continue
        if tok[0] in NO_START or cur[-1][-1] in NO_END:
            lines.append("".join(cur[:-1]))
            cur = [cur[-1], tok]
        else:
            lines.append("".join(cur))
            cur = [tok]
    if cur:
        lines.append("".join(cur))
    return lines


# ---------------------------------------------------------------------------------------------
# content
# element kinds:
#   ("sec", text)                       numbered section heading (１　…), underlined
#   ("box", tag, title)                 基本方針 box heading
#   ("item", head, inline_dept)         取組 heading （N）…; head may be a list (explicit wrap)
#   ("para", text)                      body paragraph, indented 1em, wrapped
#   ("bullet", text)                    ・ line, indented
#   ("goal", text)                      目標値 line
#   ("dept", text, align)               department line, align "right" or "left"
#   ("names", text)                     bare department-names line (right under a heading)
#   ("gap",)                            one empty grid line
#   ("colbreak",)                       continue in the next column
# ---------------------------------------------------------------------------------------------

PAGE1 = [
    ("sec", "１　プラン策定の趣旨"),
    ("para", "本市では、平成２７年度から２次にわたり行政改革大綱を定め、事務事業の見直しや職員数の適正化に取り組んできました。"),
    ("para", "一方で、人口減少と高齢化が進む中、市税収入の大きな伸びは見込めず、扶助費や公共施設の更新費用は今後も増え続ける見通しです。"),
    ("para", "前プラン（令和３年度～令和６年度）では、取組３２項目により、累計１１．５億円の財政効果を上げました。"),
    ("para", "このプランは、限られた経営資源を効果的に配分し、将来にわたって質の高い行政サービスを提供し続けるための取組を定めるものです。"),
    ("gap",),
    ("sec", "２　計画期間"),
    ("para", "令和７年度から令和１０年度までの４年間とします。"),
    ("para", "毎年度、取組の進捗を点検し、社会情勢の変化に応じて内容を見直します。"),
    ("colbreak",),
    ("sec", "３　財政の現状と課題"),
    ("para", "令和５年度決算の経常収支比率は９４．８％となり、５年前と比べて３．６ポイント上昇しました。"),
    ("para", "財政調整基金の残高は２８億円ですが、現在の収支が続くと、令和１０年度末には１２億円まで減少すると見込まれます。"),
    ("bullet", "・市税収入　１８２億円（令和５年度決算）"),
    ("bullet", "・扶助費　１０４億円（５年前から１８％増）"),
    ("bullet", "・築３０年以上の公共施設　延床面積の６２％"),
    ("bullet", "・職員数　８１２人（令和６年４月１日）"),
    ("para", "歳入の確保と歳出の見直しを同時に進め、収支の均衡を図ることが課題です。"),
    ("colbreak",),
    ("sec", "４　改革の基本方針"),
    ("para", "次の３つの基本方針のもとに、１３の取組を進めます。"),
    ("bullet", "・基本方針１　市民サービスの向上とデジタル化"),
    ("bullet", "・基本方針２　持続可能な財政運営"),
    ("bullet", "・基本方針３　組織力の強化と協働の推進"),
    ("gap",),
    ("sec", "５　財政効果額の目標"),
    ("para", "計画期間の４年間で、累計１６億円の財政効果額を目標とします。"),
    ("bullet", "・歳入の確保　６．４億円"),
    ("bullet", "・歳出の削減　９．６億円"),
    ("para", "効果額は毎年度の決算で確認し、結果を公表します。"),
    ("para", "生み出した財源は、子育て支援や防災など、総合計画の重点施策に優先して充てます。"),
]

FLOW = [
    ("box", "基本方針１", "市民サービスの向上とデジタル化"),
    ("para", "手続のオンライン化と窓口の見直しにより、市民が市役所に足を運ぶ手間と待ち時間を減らします。"),
    ("gap",),
    ("item", "（１）行政手続のオンライン化", None),
    ("para", "申請のために来庁が必要な手続が多く、平日の日中に時間を取りにくい市民の負担になっています。"),
    ("bullet", "・子育て・介護・税の手続から順にオンライン申請を導入"),
    ("bullet", "・マイナンバーカードによる本人確認と通知書の電子交付を拡大"),
    ("goal", "目標値：オンライン申請できる手続数　８５件（Ｒ５）→２５０件（Ｒ１０）"),
    ("plan", "工程：Ｒ７ 対象手続の選定 → Ｒ８～ 順次導入"),
    ("dept", "【担当】デジタル推進課・市民課", "right"),
    ("gap",),
    ("item", "（２）「書かない窓口」の導入", None),
    ("para", "転入・転出の届出では、平均で７枚の申請書への記入が必要となっています。"),
    ("bullet", "・職員が聞き取った内容から申請書を作成する方式を、本庁舎と２か所の支所に導入"),
    ("bullet", "・複数の課にまたがる手続を一つの窓口で受け付ける体制を整備"),
    ("para", "（１）の取組と連携し、来庁前の窓口予約も受け付けます。"),
    ("plan", "工程：Ｒ７ 本庁舎で試行 → Ｒ８ 支所へ拡大"),
    ("dept", "【担当】市民課、情報政策室", "right"),
    ("gap",),
    ("item", "（３）キャッシュレス決済の拡大", None),
    ("para", "窓口での支払いは現金が中心で、釣銭の準備や日々の現金照合に職員の手間がかかっています。"),
    ("bullet", "・証明書の交付手数料や施設使用料をクレジットカード、電子マネー、コード決済で支払えるように整備"),
    ("goal", "目標値：キャッシュレス対応の窓口　３か所（Ｒ５）→全窓口（Ｒ８）"),
    ("plan", "工程：Ｒ７ 本庁舎 → Ｒ８ 支所・施設"),
    ("dept", "【担当】会計課／税務課", "right"),
    ("gap",),
    ("item", "（４）ＡＩ・ＲＰＡによる業務の自動化", None),
    ("para", "会議録の作成や、給与・税の定型的な入力作業に多くの時間が費やされています。"),
    ("bullet", "・音声のテキスト化、文書の要約にＡＩを活用"),
    ("bullet", "・入力・照合の定型作業をＲＰＡに置き換え、生み出した時間を相談対応など職員でなければできない業務に充当"),
    ("goal", "目標値：削減する事務時間　年間１２，０００時間（Ｒ１０）"),
    ("plan", "工程：Ｒ７ 対象業務の選定 → Ｒ８～ 本格運用"),
    ("dept", "【担当】デジタル推進課", "right"),
    ("gap",),
    ("item", "（５）情報発信の充実", None),
    ("para", "市からの情報が届いていないと感じる市民が、市民意識調査で３８％を占めています。"),
    ("bullet", "・市公式ＬＩＮＥ、ホームページ、広報紙の役割を整理し、年代や関心に応じた情報を配信"),
    ("goal", "目標値：市公式ＬＩＮＥの登録者数　１．８万人（Ｒ５）→４万人（Ｒ１０）"),
    ("plan", "工程：Ｒ７ 発信方針の策定 → Ｒ８～ 実施"),
    ("dept", "（所管：広報広聴課）", "left"),
    ("gap",),
    ("box", "基本方針２", "持続可能な財政運営"),
    ("item", "（１）市税等の収納率向上", "【担当】納税課"),
    ("para", "市税の収納率は県内の市の平均を下回っており、滞納繰越分の整理が課題です。"),
    ("bullet", "・口座振替とスマートフォン決済の利用を勧奨"),
    ("bullet", "・滞納が長引く前の早い段階での納付相談を強化"),
    ("goal", "目標値：市税の収納率　９８．２％（Ｒ５）→９８．８％（Ｒ１０）"),
    ("plan", "工程：Ｒ７～ 継続実施"),
    ("gap",),
    ("item", "（２）使用料・手数料の見直し", None),
    ("para", "施設使用料の多くは平成２６年度から改定しておらず、維持管理経費との差が広がっています。"),
    ("bullet", "・施設ごとの経費を算定し直し、受益者負担の考え方に沿って４年ごとに料金を見直し"),
    ("goal", "目標値：料金を見直す施設　４２施設（Ｒ８）"),
    ("plan", "工程：Ｒ７ 経費の算定 → Ｒ８ 条例改正 → Ｒ９ 新料金の適用"),
    ("dept", "【担当】財政課・スポーツ振興課・文化振興課", "right"),
    ("gap",),
    ("item", "（３）ふるさと納税の推進", "【担当】商工観光課"),
    ("para", "寄附額は近隣の市と比べて少なく、返礼品の種類も限られています。"),
    ("bullet", "・市内の事業者と協力した返礼品の開発"),
    ("bullet", "・寄附金の使い道を寄附者に分かりやすく報告"),
    ("bullet", "・企業版ふるさと納税による寄附の受入れ拡大"),
    ("goal", "目標値：寄附額　３．２億円（Ｒ５）→５億円（Ｒ１０）"),
    ("plan", "工程：Ｒ７～ 返礼品の拡充"),
    ("gap",),
    ("item", "（４）公共施設の最適化と長寿命化", None),
    ("names", "資産経営課・建築営繕課"),
    ("para", "公共施設の更新費用は、今後４０年間で年平均４２億円と試算されています。"),
    ("bullet", "・利用の少ない施設の集約・複合化と、残す施設の計画的な修繕による長寿命化"),
    ("bullet", "・施設の利用状況と維持管理経費を施設カルテとして毎年公表"),
    ("para", "３か所の地区集会所は、令和８年度に新たな複合施設へ集約します。"),
    ("goal", "目標値：公共施設の延床面積　令和５年度比５％縮減（Ｒ１０）"),
    ("plan", "工程：Ｒ７ 集約方針の決定 → Ｒ８ 複合施設の供用開始"),
    ("gap",),
    ("box", "基本方針３", "組織力の強化と協働の推進"),
    ("para", "職員一人ひとりの力を高め、地域の多様な主体とともに公共サービスを支える体制をつくります。"),
    ("gap",),
    ("item", "（１）職員の人材育成", "【担当】人事課・職員研修センター"),
    ("para", "職員の約４割が採用１０年未満となり、専門的な知識や経験の継承が課題です。"),
    ("bullet", "・デジタル技術や政策法務などの専門研修の充実"),
    ("bullet", "・若手職員が異なる分野の部署を経験できる人事配置"),
    ("goal", "目標値：専門研修の受講者数　年間１２０人（Ｒ１０）"),
    ("plan", "工程：Ｒ７ 研修体系の見直し → Ｒ８～ 実施"),
    ("gap",),
    ("item", "（２）働き方改革の推進", "【担当】人事課、行政経営課"),
    ("para", "時間外勤務が特定の部署と時期に集中し、職員の負担に偏りが生じています。"),
    ("bullet", "・テレワークやフレックスタイム制度の利用拡大"),
    ("bullet", "・会議は原則として１時間以内とし、資料はペーパーレス化"),
    ("bullet", "・男性職員の育児休業の取得促進"),
    ("goal", "目標値：時間外勤務（１人当たり）月１４時間→月１０時間（Ｒ１０）"),
    ("plan", "工程：Ｒ７ 制度の試行 → Ｒ８～ 本格実施"),
    ("gap",),
    ("item", ["（３）地域団体・ＮＰＯ・企業との", "協働による担い手づくり"], "【担当】市民協働課・地域振興課"),
    ("para", "自治会の加入率は１０年間で１１ポイント低下し、地域活動の担い手が減っています。"),
    ("bullet", "・地域の課題を話し合う場を小学校区ごとに設置"),
    ("bullet", "・市の事業を地域団体やＮＰＯに委託する際の手引きを作成"),
    ("goal", "目標値：話合いの場がある小学校区　６校区→全１４校区（Ｒ１０）"),
    ("plan", "工程：Ｒ７ ４校区でモデル実施 → Ｒ８～ 全校区へ拡大"),
    ("gap",),
    ("item", "（４）外郭団体の経営改善", None),
    ("para", "市が出資する３つの法人のうち２法人で、市からの補助金や委託料への依存が続いています。"),
    ("bullet", "・経営状況を毎年点検し、補助金や委託料の水準が妥当かどうかを検証"),
    ("bullet", "・経営改善計画を定めていない法人に、令和８年度までの策定を要請"),
    ("goal", "目標値：経営改善計画を定めた法人　１法人（Ｒ５）→３法人（Ｒ８）"),
    ("plan", "工程：毎年度 経営状況の点検・公表"),
    ("dept", "（所管：行政経営課、商工観光課）", "left"),
    ("colbreak",),
    ("sec", "７　推進体制"),
    ("para", "市長を本部長とする行政改革推進本部のもとで、全庁を挙げて取組を進めます。"),
    ("para", "各取組は担当課が責任を持って進め、行政経営課が全体の進捗を取りまとめます。"),
    ("para", "学識経験者や公募の市民で構成する行政改革推進委員会から、毎年度、外部の視点で意見を受けます。"),
    ("gap",),
    ("sec", "８　進行管理と公表"),
    ("para", "取組ごとに工程と目標値を定め、毎年度の実績を「取組状況報告書」として取りまとめます。"),
    ("para", "結果は市ホームページと広報紙で公表し、必要に応じて取組の内容を見直します。"),
]


# ---------------------------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------------------------
class Frame:
    def __init__(self, page, x0, width, top, nlines, name):
        self.page, self.x0, self.width, self.top, self.n, self.name = page, x0, width, top, nlines, name
        self.used = 0

    def y(self, i):
        return self.top - i * LEAD

    def free(self):
        return self.n - self.used


class Layout:
    def __init__(self):
        self.texts = {}    # page -> list of (y, x, font, size, text, color)
        self.shapes = {}   # page -> list of callables(canvas)
        self.log = []

    def text(self, page, x, y, font, size, s, color=black):
        self.texts.setdefault(page, []).append((y, x, font, size, s, color))

    def shape(self, page, fn):
        self.shapes.setdefault(page, []).append(fn)


def element_lines(el, fr):
    """Return a list of 'line renderers' for an element in a frame of this width."""
    kind = el[0]
    width = fr.width
    out = []
    if kind == "sec":
        out.append(("sec", el[1]))
    elif kind == "box":
        out.append(("boxline", el[1], el[2]))
    elif kind == "item":
        heads = el[1] if isinstance(el[1], list) else [el[1]]
        for k, h in enumerate(heads):
            out.append(("itemline", h, el[2] if k == 0 else None, k))
    elif kind == "para":
        for ln in wrap(el[1], width - 2 * BODY):
            out.append(("body", ln, BODY))
    elif kind == "bullet":
        for k, ln in enumerate(wrap(el[1], width - BODY)):
            out.append(("body", ln, BODY / 2 if k == 0 else BODY * 1.5))
    elif kind == "goal":
        for k, ln in enumerate(wrap(el[1], width - 2 * BODY, GOTHIC, BODY - 0.5)):
            out.append(("goal", ln, k))
    elif kind == "plan":
        out.append(("plan", el[1]))
    elif kind == "dept":
        out.append(("dept", el[1], el[2]))
    elif kind == "names":
        out.append(("names", el[1]))
    elif kind == "gap":
        out.append(("gap",))
    return out


def render_line(lay, fr, i, ln):
    page, x0, y = fr.page, fr.x0, fr.y(i)
    kind = ln[0]
    if kind == "sec":
        lay.text(page, x0 + 8, y, GOTHIC, 11.5, ln[1], NAVY)
        lay.shape(page, lambda c, x0=x0, y=y, w=fr.width: (
            c.setFillColor(NAVY), c.rect(x0, y - 2, 4, 13, stroke=0, fill=1),
            c.setStrokeColor(NAVY), c.setLineWidth(0.8), c.line(x0, y - 4, x0 + w, y - 4)))
    elif kind == "boxline":
        tag, title = ln[1], ln[2]
        tagw = sw(tag, GOTHIC, 10.5) + 12
        lay.text(page, x0 + 6, y, GOTHIC, 10.5, tag, white)
        lay.text(page, x0 + tagw + 8, y, GOTHIC, 11, title, NAVY)
        lay.shape(page, lambda c, x0=x0, y=y, w=fr.width, tagw=tagw: (
            c.setStrokeColor(NAVY), c.setLineWidth(0.9), c.setFillColor(PALE),
            c.rect(x0, y - 4, w, 16, stroke=1, fill=1),
            c.setFillColor(NAVY), c.rect(x0, y - 4, tagw, 16, stroke=0, fill=1)))
    elif kind == "itemline":
        head, inline, k = ln[1], ln[2], ln[3]
        lay.text(page, x0 + (0 if k == 0 else 2 * 10.5), y, GOTHIC, 10.5, head)
        if inline:
            lay.text(page, x0 + fr.width - sw(inline, MINCHO, BODY), y, MINCHO, BODY, inline)
    elif kind == "body":
        lay.text(page, x0 + ln[2], y, MINCHO, BODY, ln[1])
    elif kind == "goal":
        lay.text(page, x0 + BODY + (0 if ln[2] == 0 else 4 * BODY), y, GOTHIC, BODY - 0.5, ln[1])
    elif kind == "dept":
        s, align = ln[1], ln[2]
        if align == "right":
            lay.text(page, x0 + fr.width - sw(s, MINCHO, BODY), y, MINCHO, BODY, s)
        else:
            lay.text(page, x0 + BODY, y, MINCHO, BODY, s)
    elif kind == "plan":
        lay.text(page, x0 + BODY, y, MINCHO, BODY - 0.5, ln[1])
    elif kind == "names":
        lay.text(page, x0 + 2 * 10.5, y, MINCHO, BODY, ln[1])


def flow(lay, elements, frames):
    fi = 0
    fr = frames[0]
    for el in elements:
        if el[0] == "colbreak":
            fi += 1
            fr = frames[fi]
            continue
        lines = element_lines(el, fr)
        if el[0] == "gap":
            if fr.used == 0:
                continue                    # no gap at the top of a column
            if fr.free() > 0:
                fr.used += 1
            continue
        # keep headings with at least the next line
        if el[0] in ("sec", "box", "item"):
            need = len(lines) + 1
            if fr.free() < need:
                fi += 1
                fr = frames[fi]
        for ln in lines:
            if fr.free() <= 0:
                fi += 1
                fr = frames[fi]
                lay.log.append(f"   -- continues in {fr.name}")
            render_line(lay, fr, fr.used, ln)
            if ln[0] in ("sec", "boxline", "itemline"):
                lay.log.append(f"{fr.name} line {fr.used:2d}: {ln[1]}")
            fr.used += 1
    return frames


def draw_page_furniture(lay, page, first):
    if first:
        top, bot = H - 20, H - 100
        lay.shape(page, lambda c: (
            c.setStrokeColor(NAVY), c.setLineWidth(1.4), c.setFillColor(PALE),
            c.rect(MARGIN, bot, W - 2 * MARGIN, top - bot, stroke=1, fill=1)))
        title = "第３次ひいらぎ野市行財政改革プラン"
        lay.text(page, MARGIN + 16, H - 52, GOTHIC, 21, title, NAVY)
        tx = MARGIN + 16 + sw(title, GOTHIC, 21) + 12
        lay.text(page, tx + 6, H - 51, GOTHIC, 11, "概要版", white)
        lay.shape(page, lambda c, tx=tx: (
            c.setFillColor(NAVY), c.rect(tx, H - 56, sw("概要版", GOTHIC, 11) + 12, 17, stroke=0, fill=1)))
        lay.text(page, MARGIN + 16, H - 73, MINCHO, 11, "～ 変化に強く、市民とともに歩む市役所へ ～")
        lay.text(page, MARGIN + 16, H - 91, MINCHO, 10, "計画期間：令和７年度～令和１０年度（４年間）")
        s = "令和７年３月　ひいらぎ野市"
        lay.text(page, W - MARGIN - 16 - sw(s, MINCHO, 10), H - 91, MINCHO, 10, s)
    else:
        top, bot = H - 18, H - 40
        lay.shape(page, lambda c: (
            c.setStrokeColor(NAVY), c.setLineWidth(1.0), c.setFillColor(PALE),
            c.rect(MARGIN, bot, W - 2 * MARGIN, top - bot, stroke=1, fill=1)))
        lay.text(page, MARGIN + 10, H - 33, GOTHIC, 10.5, RUNNING, NAVY)
        s = "計画期間：令和７年度～令和１０年度"
        lay.text(page, W - MARGIN - 10 - sw(s, MINCHO, 9), H - 33, MINCHO, 9, s)
    f = f"- {page} -"
    lay.text(page, (W - sw(f, MINCHO, 9.5)) / 2, 20, MINCHO, 9.5, f)


def build():
    lay = Layout()
    # page 1: three columns under the title band
    w3 = (W - 2 * MARGIN - 2 * 18) / 3
    top1 = H - 128
    n1 = int((top1 - BOTTOM) // LEAD) + 1
    f1 = [Frame(1, MARGIN + k * (w3 + 18), w3, top1, n1, f"p1 col{k + 1}") for k in range(3)]
    draw_page_furniture(lay, 1, True)
    flow(lay, PAGE1, f1)
    # column rules between the three columns of page 1
    for k in (1, 2):
        xr = MARGIN + k * (w3 + 18) - 9
        lay.shape(1, lambda c, xr=xr: (c.setStrokeColor(Color(0.7, 0.7, 0.7)), c.setLineWidth(0.4),
                                       c.line(xr, top1 + 14, xr, BOTTOM - 6)))

    # pages 2-4: two columns; page 2 has a full-width section heading under the band
    w2 = (W - 2 * MARGIN - GUTTER) / 2
    frames = []
    for page in (2, 3, 4):
        draw_page_furniture(lay, page, False)
        top = H - 92 if page == 2 else H - 66
        n = int((top - BOTTOM) // LEAD) + 1
        for k in range(2):
            frames.append(Frame(page, MARGIN + k * (w2 + GUTTER), w2, top, n, f"p{page} {'LR'[k]}"))
    # the full-width heading of page 2
    y6 = H - 66
    lay.text(2, MARGIN + 8, y6, GOTHIC, 12, "６　改革の具体的な取組", NAVY)
    lay.shape(2, lambda c: (c.setFillColor(NAVY), c.rect(MARGIN, y6 - 2, 4, 14, stroke=0, fill=1),
                            c.setStrokeColor(NAVY), c.setLineWidth(0.8),
                            c.line(MARGIN, y6 - 5, W - MARGIN, y6 - 5)))
    flow(lay, FLOW, frames)
    for fr in f1 + frames:
        lay.log.append(f"{fr.name}: used {fr.used}/{fr.n}")

    c = canvas.Canvas(str(OUT), pagesize=(W, H))
    c.setTitle("第３次ひいらぎ野市行財政改革プラン（概要版）")
    c.setAuthor("ひいらぎ野市")
    for page in (1, 2, 3, 4):
        for fn in lay.shapes.get(page, []):
            c.saveState()
            fn(c)
            c.restoreState()
        # row-major: top line first, then left to right across the columns
        for y, x, font, size, s, color in sorted(lay.texts[page], key=lambda t: (-t[0], t[1])):
            c.setFillColor(color)
            c.setFont(font, size)
            c.drawString(x, y, s)
        c.showPage()
    c.save()
    return lay


if __name__ == "__main__":
    lay = build()
    print("\n".join(lay.log))
    print("wrote", OUT)
