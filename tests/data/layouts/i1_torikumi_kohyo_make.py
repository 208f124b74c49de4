"""Builds i1_torikumi_kohyo.pdf: a fictional city's 行政改革実施計画 whose items are drawn as
ruled 取組個票 forms (label cells on the left, values on the right, sub-tables for 指標 and
年度別計画), preceded by one ordinary text page (title, はじめに, 計画の期間, 見方, 目次).
All text is invented (ゆうなぎ市 does not exist)."""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

GOTHIC = "HeiseiKakuGo-W5"
MINCHO = "HeiseiMin-W3"
pdfmetrics.registerFont(UnicodeCIDFont(GOTHIC))
pdfmetrics.registerFont(UnicodeCIDFont(MINCHO))

OUT = Path(__file__).with_name("i1_torikumi_kohyo.pdf")
PAGE_W, PAGE_H = A4
PLAN_NAME = "第5次ゆうなぎ市行政改革実施計画"

# ---------------------------------------------------------------- content
HOSHIN = {
    1: "１　市民の利便性を高める行政サービスの提供",
    2: "２　効率的で持続可能な行財政運営",
    3: "３　変化に対応できる組織と人材づくり",
}

SHEETS = [
    dict(
        no="１－１", title="「書かない窓口」の導入", kubun="新規", hoshin=1,
        depts=["市民課・情報政策課"],
        genjo=["転入・転出などのライフイベントに伴う手続では、来庁者が複数の申請書に同じ内容を繰り返し記入する必要があり、"
               "３月から４月の繁忙期には平均待ち時間が６０分を超える日もある。申請書の様式が窓口ごとに異なるため、職員の確認作業にも時間を要している。"],
        naiyo=["本人確認書類の読み取りにより申請書を自動で作成する窓口支援システムを導入し、来庁者が記入しなくても手続ができる窓口を整備する。",
               "①　令和６年度に対象とする手続と業務の流れを整理し、システムを選定する。",
               "②　令和７年度に市民課の窓口で試行し、利用者アンケートの結果を踏まえて対象手続を広げる。"],
        shihyo=[("繁忙期の窓口の平均待ち時間", "４８分", "２０分"),
                ("書かない窓口で受け付ける手続数", "０手続", "３０手続")],
        plan=["業務整理・システム選定", "市民課窓口で試行", "対象手続の拡大", "全窓口で実施", "検証・改善"],
        kouka=["－", "－", "1,800", "3,600", "3,600"],
    ),
    dict(
        no="１－２", title="行政手続のオンライン化の拡大", kubun="拡充", hoshin=1,
        depts=["デジタル推進室"],
        genjo=["市が所管する行政手続のうちオンラインで申請できるものは、令和５年度末で１４２手続（全体の約２３％）にとどまる。"
               "電子申請の利用件数は増えているが、添付書類の提出や手数料の支払のために来庁が必要な手続が多く残っている。"],
        naiyo=["年間の申請件数が多い手続から順にオンライン化を進め、電子納付と組み合わせて来庁せずに完結する手続を増やす。",
               "各課が所管する手続の棚卸しは、行政経営課と連携して毎年度実施し、結果を公表する。"],
        shihyo=[("オンラインで完結する手続数", "１４２手続", "４００手続"),
                ("主要２０手続の電子申請利用率", "31.5％", "60.0％")],
        plan=["手続の棚卸し・優先順位付け", "１００手続を追加", "８０手続を追加", "７８手続を追加", "効果検証"],
        kouka=["－", "500", "1,200", "1,900", "2,500"],
    ),
    dict(
        no="１－３", title="ＬＩＮＥ公式アカウントを活用した情報発信の充実", kubun="拡充", hoshin=1,
        depts=["広報広聴課、情報政策課"],
        genjo=["市のＬＩＮＥ公式アカウントの登録者数は約８，６００人で、人口の約１１％にとどまる。"
               "配信内容が全登録者に一律であるため、必要な情報が埋もれて届きにくいとの意見が寄せられている。"],
        naiyo=["受信者が関心のある分野や居住地区を選んで登録できるセグメント配信を導入し、子育て・防災・イベントなどの情報を必要な人に届ける。"
               "あわせて、道路の損傷や不法投棄を写真付きで通報できる機能を追加する。"],
        shihyo=[("ＬＩＮＥ公式アカウントの登録者数", "8,600人", "20,000人")],
        plan=["セグメント配信の導入", "通報機能の追加", "電子申請との連携", "継続", "継続"],
        kouka=["－", "300", "300", "300", "300"],
        bikou="効果額は、紙の通知の郵送から配信へ切り替えることによる郵送料の削減分",
    ),
    dict(
        no="１－４", title="（仮称）市民相談センターの開設", kubun="新規", hoshin=1,
        depts=["市民相談室", "福祉総務課"],
        genjo=["法律・消費生活・福祉などの相談窓口が庁舎内の複数の課に分散しており、相談者が窓口を回る必要がある。"
               "複合的な課題を抱える世帯への対応では、関係する課の間で情報の共有が十分とはいえない。"],
        naiyo=["本庁舎１階に相談窓口を集約した（仮称）市民相談センターを開設し、一度の来庁で複数の相談ができる体制を整える。",
               "1-1で導入する窓口支援システムの本人確認機能を活用し、相談受付の手続を簡素化する。"],
        shihyo=[("市民相談センターの年間相談件数", "－", "3,000件")],
        plan=["基本構想の策定", "改修設計", "改修工事・開設", "運営", "運営の検証"],
        kouka=["－", "－", "－", "－", "－"],
    ),
    dict(
        no="２－１", title="ＡＩ・ＲＰＡ等による内部事務の効率化", kubun="拡充", hoshin=2,
        depts=["行政経営課／情報政策課"],
        genjo=["定型的なデータ入力や照合の作業に多くの職員の時間が割かれており、令和５年度の業務量調査では、"
               "全庁で年間約２８，０００時間が定型作業に充てられている。ＲＰＡの導入は一部の課にとどまっている。"],
        naiyo=["業務量調査の結果をもとに、ＲＰＡの対象業務を毎年度１０業務以上追加する。",
               "会議録の作成や文書の要約には生成ＡＩを活用し、利用ガイドラインを定めて全庁で安全に利用できる環境を整える。"],
        shihyo=[("定型作業の削減時間（累計）", "1,200時間", "12,000時間")],
        plan=["対象業務の選定・１０業務追加", "１０業務追加・生成ＡＩ導入", "１０業務追加", "１０業務追加", "効果検証"],
        kouka=["2,400", "5,800", "9,200", "12,600", "16,000"],
    ),
    dict(
        no="２－２", title="公共施設の使用料及び減免基準の見直しによる受益者負担の適正化", kubun="継続", hoshin=2,
        depts=["財政課、資産経営課"],
        genjo=["公共施設の使用料は平成２７年度の改定以降見直しが行われておらず、光熱水費や維持管理費の上昇が反映されていない。"
               "減免の基準も施設ごとに異なり、使用料収入に占める減免額の割合は約３８％に達している。"],
        naiyo=["施設の維持管理に要する費用をもとに使用料の算定方法を全施設で統一し、４年ごとに見直す仕組みを設ける。",
               "①　令和６年度に算定基準を策定し、使用料等審議会に諮問する。",
               "②　減免の対象とする団体の範囲を統一し、条例及び規則を改正する。"],
        shihyo=[("使用料収入に占める減免額の割合", "38.2％", "25.0％")],
        plan=["算定基準の策定・審議会への諮問", "条例改正・周知", "新使用料の適用", "継続", "次回見直しの検討"],
        kouka=["－", "－", "8,500", "8,500", "8,500"],
    ),
    dict(
        no="２－３", title="ふるさと納税の返礼品拡充と寄附の促進", kubun="拡充", hoshin=2,
        depts=["地域振興課"],
        genjo=["令和５年度の寄附額は約１億２，３００万円で、前年度から約８％減少した。近隣市と比べて返礼品の品数が少なく、"
               "寄附者の約７割が特定の地域に集中しているほか、受付サイトも２サイトに限られている。",
               "返礼品を提供する市内事業者は４１者で、そのうち約半数が農産物の事業者である。加工品や体験型の返礼品が少なく、"
               "寄附者からの再度の寄附（リピート率）は２割程度にとどまっている。",
               "寄附金の使い道を寄附者が選べる分野は４分野あるが、活用の結果を寄附者に報告する仕組みがない。"],
        naiyo=["市内事業者向けの説明会を毎年開催して返礼品の開発を支援するとともに、農業や工芸の体験型返礼品を新たに設ける。",
               "①　受付サイトを２サイトから４サイトに増やし、季節ごとの特集ページを設ける。",
               "②　寄附金を活用した事業の成果を、寄附者へのメール配信と市のホームページで報告する。",
               "③　企業版ふるさと納税の対象事業を設定し、市外に本社を置く企業への働きかけを行う。",
               "1-3のＬＩＮＥ公式アカウントでも、市内向けに返礼品事業者の募集を周知する。"],
        shihyo=[("寄附額", "1億2,300万円", "3億円"),
                ("返礼品の品数", "186品", "400品"),
                ("返礼品を提供する市内事業者数", "41者", "80者")],
        plan=["説明会開催・受付サイト追加", "体験型返礼品の開発", "企業版の活用開始", "継続", "継続"],
        kouka=["8,000", "16,000", "24,000", "32,000", "40,000"],
        bikou="効果額は、寄附額の増加分から返礼品及び事務の経費を差し引いた額",
    ),
    dict(
        no="２－４", title="ごみ収集業務の民間委託の拡大", kubun="継続", hoshin=2,
        depts=["清掃センター・環境政策課"],
        genjo=["家庭ごみの収集は、市内１２地区のうち７地区を直営で行っている。"
               "収集に従事する職員の平均年齢は５４歳で、今後１０年間に半数以上が退職を迎える見込みである。",
               "直営地区の収集経費は、世帯当たりで委託地区の約１．４倍となっている。また、収集車両１８台のうち８台が更新時期を過ぎており、"
               "更新には１台当たり約１，５００万円を要する。",
               "委託地区では、収集時間の遅れや分別の誤りへの対応について、市と業者の役割分担が明確でないとの指摘がある。"],
        naiyo=["退職者の状況に合わせて直営地区を段階的に民間委託へ移行し、令和１０年度までに直営を２地区に縮小する。",
               "①　委託する地区の順序と時期を定めた委託計画を令和６年度に策定する。",
               "②　委託業者の収集状況を確認する点検を毎月行い、市民からの苦情への対応手順を定める。",
               "災害時のごみ収集体制を確保するため、直営の機能は清掃センターに一部残す。"],
        shihyo=[("民間委託で収集する地区数", "５地区", "１０地区"),
                ("収集に関する苦情件数（年間）", "７４件", "５０件以下")],
        plan=["委託計画の策定", "２地区を委託", "１地区を委託", "２地区を委託", "検証"],
        kouka=["－", "12,000", "18,000", "30,000", "30,000"],
    ),
    dict(
        no="３－１", title="会計年度任用職員を含めた人事評価制度の見直しと人材育成への活用", kubun="継続", hoshin=3,
        depts=["人事課"],
        genjo=["人事評価の結果は勤勉手当への反映にとどまり、配置や研修には生かされていない。"
               "会計年度任用職員には、評価の結果を面談で伝える仕組みがない。"],
        naiyo=["評価者研修を毎年度実施し、評価の結果を研修計画と人事配置に反映する。",
               "会計年度任用職員を含む全職員を対象に、期首と期末の面談を行う。"],
        shihyo=[("評価結果に納得している職員の割合", "６２％", "８０％")],
        plan=["見直し案の作成", "新制度の試行", "本格実施", "継続", "検証"],
        kouka=["－", "－", "－", "－", "－"],
    ),
    dict(
        no="３－２", title="デジタル人材の育成と確保", kubun="新規", hoshin=3,
        depts=["人事課・デジタル推進室"],
        genjo=["業務のデジタル化を進める上で、各課で中心となる職員が不足しており、システムの調達や改善を外部に頼る場面が多い。"],
        naiyo=["各課にデジタル推進リーダーを置き、段階別の研修を実施する。",
               "民間でシステム開発の経験がある人材を任期付職員として採用する。"],
        shihyo=[("デジタル推進リーダーの人数", "０人", "６０人")],
        plan=["研修体系の策定", "リーダーの配置", "任期付職員の採用", "継続", "検証"],
        kouka=["－", "－", "－", "－", "－"],
    ),
]

# printed page of each sheet, as given in the 目次 (checked against the layout below)
TOC_PAGES = {"１－１": 2, "１－２": 2, "１－３": 3, "１－４": 3, "２－１": 4, "２－２": 4,
             "２－３": 5, "２－４": 5, "３－１": 6, "３－２": 6}
HOSHIN_PAGES = {1: 2, 2: 4, 3: 6}

# ---------------------------------------------------------------- helpers
NO_START = set("、。，．・）」』】％ー")


def wrap(text, font, size, width):
    """Greedy character wrap with simple kinsoku (no line starts with 、。）」 …)."""
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) <= width or not cur:
            cur += ch
        elif ch in NO_START:
            # pull the last char down with the punctuation
            lines.append(cur[:-1])
            cur = cur[-1] + ch
        else:
            lines.append(cur)
            cur = ch
    if cur:
        lines.append(cur)
    return lines


def wrap_paras(paras, font, size, width):
    out = []
    for p in paras:
        out.extend(wrap(p, font, size, width))
    return out


def hline(c, x0, x1, y):
    c.line(x0, y, x1, y)


def vline(c, x, y0, y1):
    c.line(x, y0, x, y1)


def text_block(c, lines, font, size, lead, x, ytop, h, valign="top", align="left", w=None, pad=4):
    """Draw lines in a cell whose top edge is ytop and height h."""
    c.setFont(font, size)
    n = len(lines)
    if valign == "top":
        first = ytop - pad - size * 0.9
    else:  # centre
        block = n * lead
        first = ytop - (h - block) / 2 - (lead - size) / 2 - size * 0.88
    for i, ln in enumerate(lines):
        y = first - i * lead
        if align == "left":
            c.drawString(x + pad, y, ln)
        elif align == "center":
            c.drawCentredString(x + w / 2, y, ln)
        elif align == "right":
            c.drawRightString(x + w - pad, y, ln)


def distributed(c, label, font, size, x, w, ytop, h, pad=5):
    """均等割付: each character drawn separately, spread over the cell width (Excel style)."""
    c.setFont(font, size)
    y = ytop - h / 2 - size * 0.35
    n = len(label)
    cw = [pdfmetrics.stringWidth(ch, font, size) for ch in label]
    room = w - 2 * pad - sum(cw)
    if n == 1 or room < 0:
        c.drawCentredString(x + w / 2, y, label)
        return
    gap = room / (n - 1)
    cx = x + pad
    for ch, wd in zip(label, cw, strict=True):
        c.drawString(cx, y, ch)
        cx += wd + gap


def shade(c, x, ytop, w, h, gray=0.88):
    c.saveState()
    c.setFillGray(gray)
    c.rect(x, ytop - h, w, h, stroke=0, fill=1)
    c.restoreState()


# ---------------------------------------------------------------- sheet geometry
X0, X1 = 40.0, 555.0
GW = X1 - X0
LW = 58.0                 # label column
NO_W, NL_W, KL_W, KV_W = 44.0, 50.0, 36.0, 38.0
TITLE_W = GW - LW - NO_W - NL_W - KL_W - KV_W
VAL_X = X0 + LW
VAL_W = GW - LW
BODY_FONT, BODY_SIZE, BODY_LEAD = MINCHO, 9.4, 13.6
SUB_FONT, SUB_SIZE, SUB_LEAD = MINCHO, 8.6, 11.4
LABEL_FONT, LABEL_SIZE = GOTHIC, 9.4
PAD = 4.0
MIN_TEXT_H = 64.0
SUB_LABEL_W = 62.0
YEAR_W = (VAL_W - SUB_LABEL_W) / 5
IND_VAL_W = 88.0
IND_NAME_W = VAL_W - 2 * IND_VAL_W


def build_rows(s):
    """Return a list of row descriptors (height, draw function)."""
    rows = []

    # row 1: 取組番号 | no | 取組名 | title | 区分 | kubun
    tlines = wrap(s["title"], GOTHIC, 10.0, TITLE_W - 2 * PAD)
    h1 = max(28.0, len(tlines) * 14.0 + 10)

    def r1(c, ytop, s=s, tlines=tlines, h=h1):
        x = X0
        shade(c, x, ytop, LW, h)
        shade(c, x + LW + NO_W, ytop, NL_W, h)
        shade(c, x + LW + NO_W + NL_W + TITLE_W, ytop, KL_W, h)
        distributed(c, "取組番号", LABEL_FONT, LABEL_SIZE, x, LW, ytop, h)
        text_block(c, [s["no"]], GOTHIC, 11.0, 13.0, x + LW, ytop, h, "center", "center", NO_W)
        distributed(c, "取組名", LABEL_FONT, LABEL_SIZE, x + LW + NO_W, NL_W, ytop, h)
        text_block(c, tlines, GOTHIC, 10.0, 13.0, x + LW + NO_W + NL_W, ytop, h, "center")
        distributed(c, "区分", LABEL_FONT, LABEL_SIZE, x + LW + NO_W + NL_W + TITLE_W, KL_W, ytop, h)
        text_block(c, [s["kubun"]], MINCHO, 9.0, 12.0, X1 - KV_W, ytop, h, "center", "center", KV_W)
        for vx in (x + LW, x + LW + NO_W, x + LW + NO_W + NL_W, x + LW + NO_W + NL_W + TITLE_W, X1 - KV_W):
            vline(c, vx, ytop - h, ytop)
    rows.append((h1, r1))

    # row 2: 基本方針
    h2 = 21.0

    def r2(c, ytop, s=s, h=h2):
        shade(c, X0, ytop, LW, h)
        distributed(c, "基本方針", LABEL_FONT, LABEL_SIZE, X0, LW, ytop, h)
        text_block(c, [HOSHIN[s["hoshin"]]], MINCHO, 9.0, 12.0, VAL_X, ytop, h, "center")
        vline(c, VAL_X, ytop - h, ytop)
    rows.append((h2, r2))

    # row 3: 所管課 (one line, or stacked names inside the cell)
    h3 = max(21.0, len(s["depts"]) * 13.0 + 8)

    def r3(c, ytop, s=s, h=h3):
        shade(c, X0, ytop, LW, h)
        distributed(c, "所管課", LABEL_FONT, LABEL_SIZE, X0, LW, ytop, h)
        text_block(c, s["depts"], MINCHO, 9.0, 12.0, VAL_X, ytop, h, "center")
        vline(c, VAL_X, ytop - h, ytop)
    rows.append((h3, r3))

    # rows 4-5: long text cells, top aligned; label centred vertically
    for label, key in (("現状と課題", "genjo"), ("取組内容", "naiyo")):
        lines = wrap_paras(s[key], BODY_FONT, BODY_SIZE, VAL_W - 2 * PAD - 4)
        h = max(MIN_TEXT_H, len(lines) * BODY_LEAD + 10)

        def rt(c, ytop, label=label, lines=lines, h=h):
            shade(c, X0, ytop, LW, h)
            distributed(c, label, LABEL_FONT, LABEL_SIZE, X0, LW, ytop, h)
            text_block(c, lines, BODY_FONT, BODY_SIZE, BODY_LEAD, VAL_X, ytop, h, "top", pad=PAD + 1)
            vline(c, VAL_X, ytop - h, ytop)
        rows.append((h, rt))

    # row 6: 目標指標 sub-table
    hh = 17.0
    ind = s["shihyo"]
    hrow = 18.0
    h6 = hh + hrow * len(ind)

    def r6(c, ytop, ind=ind, h=h6):
        shade(c, X0, ytop, LW, h)
        shade(c, VAL_X, ytop, VAL_W, hh, 0.94)
        distributed(c, "目標指標", LABEL_FONT, LABEL_SIZE, X0, LW, ytop, h)
        xs = [VAL_X, VAL_X + IND_NAME_W, VAL_X + IND_NAME_W + IND_VAL_W, X1]
        heads = ["指標名", "現状値（Ｒ５）", "目標値（Ｒ１０）"]
        for i, t in enumerate(heads):
            text_block(c, [t], GOTHIC, 8.0, 10.0, xs[i], ytop, hh, "center", "center", xs[i + 1] - xs[i])
        y = ytop - hh
        hline(c, VAL_X, X1, y)
        for name, cur, tgt in ind:
            text_block(c, [name], SUB_FONT, SUB_SIZE, SUB_LEAD, xs[0], y, hrow, "center")
            text_block(c, [cur], SUB_FONT, SUB_SIZE, SUB_LEAD, xs[1], y, hrow, "center", "right", IND_VAL_W)
            text_block(c, [tgt], SUB_FONT, SUB_SIZE, SUB_LEAD, xs[2], y, hrow, "center", "right", IND_VAL_W)
            y -= hrow
            if y > ytop - h + 0.1:
                hline(c, VAL_X, X1, y)
        for vx in xs[:-1]:
            vline(c, vx, ytop - h, ytop)
    rows.append((h6, r6))

    # row 7: 年度別計画 sub-table: 区分 | R6 … R10 ; 取組 ; 効果額（千円）
    plan_lines = [wrap(t, SUB_FONT, SUB_SIZE, YEAR_W - 2 * 3) for t in s["plan"]]
    hp = max(len(lines) for lines in plan_lines) * SUB_LEAD + 8
    hk = 18.0
    h7 = hh + hp + hk

    def r7(c, ytop, s=s, plan_lines=plan_lines, hp=hp, hk=hk, h=h7):
        shade(c, X0, ytop, LW, h)
        shade(c, VAL_X, ytop, VAL_W, hh, 0.94)
        shade(c, VAL_X, ytop - hh, SUB_LABEL_W, hp + hk, 0.94)
        distributed(c, "年度別計画", LABEL_FONT, LABEL_SIZE, X0, LW, ytop, h)
        xs = [VAL_X, VAL_X + SUB_LABEL_W] + [VAL_X + SUB_LABEL_W + YEAR_W * (i + 1) for i in range(5)]
        heads = ["区分", "Ｒ６", "Ｒ７", "Ｒ８", "Ｒ９", "Ｒ１０"]
        for i, t in enumerate(heads):
            text_block(c, [t], GOTHIC, 8.0, 10.0, xs[i], ytop, hh, "center", "center", xs[i + 1] - xs[i])
        y = ytop - hh
        hline(c, VAL_X, X1, y)
        text_block(c, ["取組"], GOTHIC, 8.0, 10.0, xs[0], y, hp, "center", "center", SUB_LABEL_W)
        for i, ls in enumerate(plan_lines):
            text_block(c, ls, SUB_FONT, SUB_SIZE, SUB_LEAD, xs[i + 1], y, hp, "center", "center", YEAR_W, pad=3)
        y -= hp
        hline(c, VAL_X, X1, y)
        text_block(c, ["効果額（千円）"], GOTHIC, 7.4, 10.0, xs[0], y, hk, "center", "center", SUB_LABEL_W)
        for i, v in enumerate(s["kouka"]):
            text_block(c, [v], SUB_FONT, SUB_SIZE, SUB_LEAD, xs[i + 1], y, hk, "center", "right", YEAR_W, pad=6)
        for vx in xs[:-1]:
            vline(c, vx, ytop - h, ytop)
    rows.append((h7, r7))

    # row 8 (some sheets): 備考
    if s.get("bikou"):
        h8 = 20.0

        def r8(c, ytop, s=s, h=h8):
            shade(c, X0, ytop, LW, h)
            distributed(c, "備考", LABEL_FONT, LABEL_SIZE, X0, LW, ytop, h)
            text_block(c, ["※" + s["bikou"]], MINCHO, 8.0, 11.0, VAL_X, ytop, h, "center")
            vline(c, VAL_X, ytop - h, ytop)
        rows.append((h8, r8))
    return rows


def draw_rows(c, rows, ytop):
    """Draw consecutive rows as one ruled block starting at ytop; returns the bottom y."""
    y = ytop
    c.setLineWidth(0.5)
    for h, fn in rows:
        fn(c, y)
        hline(c, X0, X1, y)
        y -= h
    hline(c, X0, X1, y)
    c.setLineWidth(0.9)
    c.rect(X0, y, GW, ytop - y, stroke=1, fill=0)
    c.setLineWidth(0.5)
    return y


# ---------------------------------------------------------------- page furniture
def header_footer(c, page_no, kohyo=True):
    c.setFont(GOTHIC, 8.5)
    c.setFillGray(0.25)
    c.drawString(X0, PAGE_H - 30, PLAN_NAME)
    if kohyo:
        c.drawRightString(X1, PAGE_H - 30, "取組個票")
    c.setLineWidth(0.6)
    hline(c, X0, X1, PAGE_H - 35)
    c.setFillGray(0)
    c.setFont(MINCHO, 10)
    c.drawCentredString(PAGE_W / 2, 28, f"- {page_no} -")


def para(c, text, x, y, width, font=MINCHO, size=10.0, lead=15.5, indent=True):
    t = ("　" + text) if indent else text
    for ln in wrap(t, font, size, width):
        c.setFont(font, size)
        c.drawString(x, y, ln)
        y -= lead
    return y


def intro_page(c):
    header_footer(c, 1, kohyo=False)
    c.setFont(GOTHIC, 18)
    c.drawCentredString(PAGE_W / 2, 758, PLAN_NAME)
    c.setFont(GOTHIC, 12)
    c.drawCentredString(PAGE_W / 2, 736, "（令和６年度～令和１０年度）")
    c.setFont(MINCHO, 11)
    c.drawCentredString(PAGE_W / 2, 714, "令和６年３月　ゆうなぎ市")

    x, w = 52.0, 490.0
    y = 678
    c.setFont(GOTHIC, 12)
    c.drawString(x - 4, y, "はじめに")
    y -= 21
    y = para(c, "本市では、令和元年度から令和５年度までの第４次行政改革実施計画により、窓口の業務委託や公共施設の統廃合など"
                "４２の取組を進め、５年間で約６億１千万円の効果額を生み出しました。一方で、生産年齢人口の減少や物価の上昇により、"
                "行財政運営を取り巻く環境は一層厳しさを増しています。", x, y, w)
    y = para(c, "この計画は、行政改革大綱に掲げた三つの基本方針に沿って、今後５年間に重点的に取り組む３３の取組のうち、"
                "特に効果の大きい１０の取組を個票の形でまとめたものです。各取組の進捗は毎年度、行政経営課が取りまとめ、"
                "行政改革推進委員会の意見を聴いて公表します。", x, y, w)

    y -= 10
    c.setFont(GOTHIC, 12)
    c.drawString(x - 4, y, "計画の期間")
    y -= 21
    y = para(c, "令和６年度から令和１０年度までの５年間とします。社会情勢の変化や取組の進捗に応じて、"
                "計画期間中であっても取組の追加や見直しを行います。", x, y, w)

    y -= 10
    c.setFont(GOTHIC, 12)
    c.drawString(x - 4, y, "取組個票の見方")
    y -= 21
    y = para(c, "個票の「所管課」欄には取組を主に担当する課を、「目標指標」欄には令和５年度の現状値と計画最終年度の目標値を"
                "記載しています。「年度別計画」欄の効果額は、取組による歳出の削減額又は歳入の増加額の見込みを千円単位で示したもので、"
                "効果額を見込まない年度は「－」としています。", x, y, w)

    y -= 12
    c.setFont(GOTHIC, 12)
    c.drawString(x - 4, y, "目次")
    y -= 22
    by_h = {}
    for s in SHEETS:
        by_h.setdefault(s["hoshin"], []).append(s)
    right = X1 - 10
    for h, items in by_h.items():
        entries = [(x, GOTHIC, 10.0, "基本方針" + HOSHIN[h], HOSHIN_PAGES[h])]
        for s in items:
            entries.append((x + 14, MINCHO, 10.0, s["no"] + "　" + s["title"], TOC_PAGES[s["no"]]))
        for ex, font, size, label, pg in entries:
            c.setFont(font, size)
            c.drawString(ex, y, label)
            lw = pdfmetrics.stringWidth(label, font, size)
            pgs = str(pg)
            pw = pdfmetrics.stringWidth(pgs, MINCHO, size)
            dot = "・"
            dw = pdfmetrics.stringWidth(dot, MINCHO, size)
            n = int((right - pw - 6 - (ex + lw + 6)) / dw)
            c.setFont(MINCHO, size)
            c.drawString(right - pw - 4 - n * dw, y, dot * n)
            c.drawRightString(right, y, pgs)
            y -= 15.5
        y -= 3
    return y


# ---------------------------------------------------------------- main
def main():
    c = canvas.Canvas(str(OUT), pagesize=A4)
    c.setTitle(PLAN_NAME)
    c.setAuthor("ゆうなぎ市")
    intro_page(c)
    c.showPage()

    TOP, BOTTOM, GAP = PAGE_H - 52, 48.0, 18.0
    page = 2
    header_footer(c, page)
    y = TOP
    placed = {}
    for s in SHEETS:
        rows = build_rows(s)
        total = sum(h for h, _ in rows)
        # keep at least the first five rows (number … 取組内容) together; otherwise start a new page
        head = sum(h for h, _ in rows[:5])
        if y - total < BOTTOM and y - head < BOTTOM:
            c.showPage()
            page += 1
            header_footer(c, page)
            y = TOP
        placed[s["no"]] = page
        if y - total >= BOTTOM:
            y = draw_rows(c, rows, y) - GAP
        else:
            # the sheet runs over the page break: the grid continues at the top of the next page
            k = 0
            acc = 0.0
            while k < len(rows) and y - (acc + rows[k][0]) >= BOTTOM:
                acc += rows[k][0]
                k += 1
            draw_rows(c, rows[:k], y)
            c.showPage()
            page += 1
            header_footer(c, page)
            y = draw_rows(c, rows[k:], TOP) - GAP
            print(f"sheet {s['no']} split after row {k} onto page {page}")
    c.showPage()
    c.save()
    print("pages:", page)
    for no, pg in placed.items():
        flag = "" if TOC_PAGES[no] == pg else f"   <-- TOC says {TOC_PAGES[no]}"
        print(no, pg, flag)


if __name__ == "__main__":
    main()
