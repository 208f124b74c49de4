"""Builds x1_card_landscape.pdf: a fictional city's 行財政改革アクションプラン 進捗状況報告書, A4 landscape,
one framed "card" per 取組 with a coloured header bar (item code Ⅱ－２－① + name), labelled cells
(所管課/関係課, 現状と課題, 取組内容, 工程 with fiscal-year columns, 目標指標 table, 令和６年度の実績, 評価 mark),
TWO cards side by side on each page. 基本方針 / 推進項目 headings are coloured bands: page-wide, or
column-wide where a 推進項目 starts in one column only. One card (Ⅱ－２－①) overflows the right column of
page 5 and continues at the top of the left column of page 6.

All names, sentences and figures are invented (ことぶき台市 does not exist).
Run with /work/main/.venv/bin/python (reportlab 5.1). Output is reproducible (invariant=1, fixed metadata).
The script asserts the page/column placement the expected outline relies on.
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

GOTHIC = "HeiseiKakuGo-W5"
MINCHO = "HeiseiMin-W3"
pdfmetrics.registerFont(UnicodeCIDFont(GOTHIC))
pdfmetrics.registerFont(UnicodeCIDFont(MINCHO))

OUT = Path(__file__).with_name("x1_card_landscape.pdf")
W, H = landscape(A4)
MARGIN = 28
GAP = 14
COL_W = (W - 2 * MARGIN - GAP) / 2
TOP = H - 40          # first y available for bands/cards
BOTTOM = 50           # lowest y a card row may reach
RUNNING = "第２次ことぶき台市行財政改革アクションプラン　令和６年度進捗状況報告書"
LEGEND = ("※評価　Ａ：計画どおり進んでいる　Ｂ：概ね計画どおり進んでいる　Ｃ：計画より遅れている"
          "　Ｄ：未着手又は取組の見直しが必要　／　工程欄の「→」は前年度の取組の継続を示す")

NAVY = (0.13, 0.23, 0.42)
TEAL = (0.0, 0.42, 0.47)
PALE_BLUE = (0.86, 0.91, 0.97)
SHADE = (0.90, 0.93, 0.93)
GRID = (0.35, 0.35, 0.35)
YEARS = ["令和５年度", "令和６年度", "令和７年度", "令和８年度"]
SH_HEAD = ["指標名", "基準値（Ｒ４）", "実績（Ｒ５）", "実績（Ｒ６）", "目標値（Ｒ８）"]

# ---------------------------------------------------------------- content
HOSHIN = {
    "Ⅰ": ("基本方針Ⅰ　市民サービスの向上",
          "手続のデジタル化と情報発信の充実により、市役所に来なくても用事が済み、必要な情報が必要な人に届く市民サービスを目指します。"),
    "Ⅱ": ("基本方針Ⅱ　効率的で質の高い行政運営",
          "デジタル技術の活用と公共施設の最適化により、限られた職員と財源で質の高いサービスを提供できる体制をつくります。"),
    "Ⅲ": ("基本方針Ⅲ　持続可能な財政運営",
          "自主財源を確保し、受益と負担の適正化を図ることで、将来にわたって健全な財政運営を続けます。"),
}

CARDS = {}


def card(code, title, mark, depts, kankei, genjo, naiyo, kotei, shihyo, jisseki, hyoka):
    CARDS[code] = dict(code=code, title=title, mark=mark, depts=depts, kankei=kankei, genjo=genjo,
                       naiyo=naiyo, kotei=kotei, shihyo=shihyo, jisseki=jisseki, hyoka=hyoka)


card("Ⅰ－１－①", "行政手続のオンライン化の拡大", "Ａ", "デジタル推進課", "行政経営課",
     "令和４年度末時点でオンラインで申請できる手続は９６手続にとどまり、申請件数の多い手続の多くで来庁が必要となっている。"
     "添付書類の提出や手数料の納付のために、窓口での手続が残っていることが課題である。",
     "申請件数の多い手続から優先してオンライン化し、電子納付と組み合わせて来庁せずに完結できる手続を増やす。"
     "各課の手続の棚卸しを毎年度行い、結果を公表する。",
     ["棚卸し・優先順位付け", "８０手続を追加", "７０手続を追加", "→（効果検証）"],
     [("オンライン申請が可能な手続数", "96手続", "158手続", "251手続", "300手続")],
     "子育て・介護・税証明の分野を中心に９３手続をオンライン化し、年度末で２５１手続となった（年度目標２３８手続）。"
     "電子申請の受付件数は年間１８，４２０件で、前年度の１．６倍に増えた。"
     "※受付件数には、国の共通システム（マイナポータル）経由の申請を含む。",
     "年度目標を上回ってオンライン化が進んだ。令和７年度は、手数料の電子納付に対応していない４２手続の改修を優先する。")

card("Ⅰ－１－②", "「書かない窓口」の導入", "Ｂ", "市民課・デジタル推進課", None,
     "転入・転出の手続では、来庁者が複数の申請書に同じ内容を記入する必要があり、"
     "３月・４月の繁忙期には待ち時間が９０分を超える日がある。",
     "マイナンバーカード等の読み取りにより申請書を作成する窓口支援システムを導入し、来庁者が記入しなくても手続ができる窓口を整える。"
     "対象手続は市民課の住所異動から始め、順次、保険・福祉の手続に広げる。",
     ["業務整理・システム選定", "市民課で運用開始", "保険年金課・福祉課へ拡大", "全窓口で実施"],
     [("書かない窓口で受け付ける手続数", "0手続", "0手続", "12手続", "40手続"),
      ("繁忙期の平均待ち時間", "52分", "55分", "41分", "20分")],
     "令和６年１０月１５日に市民課窓口で運用を開始し、住所異動など１２手続を対象とした。"
     "半年間の利用件数は６，８３５件で、来庁者アンケートでは９２％が「記入の手間が減った」と回答した。"
     "一方、システム改修の遅れにより、保険年金課への拡大は令和７年度にずれ込んだ。",
     "運用開始は予定どおりだが、対象課の拡大が遅れた。令和７年度上半期に保険年金課、下半期に福祉課での運用を開始する。")

card("Ⅰ－２－①", "ＬＩＮＥ公式アカウントを活用した情報発信の充実", "Ａ", "広報広聴課", None,
     "市の公式ＬＩＮＥの登録者数は令和４年度末で７，２００人（人口の約９％）にとどまる。"
     "全登録者に同じ内容を配信しているため、必要な情報が埋もれて届きにくい。",
     "受信する分野や地区を選べるセグメント配信を導入し、子育て・防災・ごみ収集などの情報を必要な人に届ける。"
     "道路や公園の不具合を写真で通報できる機能も追加する。",
     ["セグメント配信の導入", "通報機能の追加", "電子申請との連携", "→"],
     [("公式ＬＩＮＥの登録者数", "7,200人", "11,350人", "16,080人", "20,000人")],
     "令和６年６月に道路・公園の不具合を通報できる機能を追加し、年度内に４１２件の通報を受け付けた。"
     "登録者数は年度末で１６，０８０人となり、年度目標（１５，０００人）を上回った。",
     "登録者数・通報件数ともに順調に増えている。令和７年度は電子申請と連携し、手続の案内から申請までをＬＩＮＥ上で完結できるようにする。")

card("Ⅰ－２－②", "オープンデータの推進", "Ｃ", "デジタル推進課／行政経営課", None,
     "市が公開しているオープンデータは令和４年度末で３８データセットにとどまり、更新が止まっているデータも多い。",
     "国の推奨データセットを中心に公開数を増やし、更新の担当課と時期を定めた公開ルールを作る。",
     ["公開ルールの策定", "推奨データセットの公開", "利活用イベントの開催", "→"],
     [("公開データセット数", "38件", "45件", "52件", "120件")],
     "推奨データセットのうち７件を新たに公開し、公開数は５２件となったが、年度目標の８０件には届かなかった。"
     "各課のデータがＰＤＦ形式のみで保存されており、機械判読できる形式への変換に時間を要した。",
     "目標との差が大きく、進め方の見直しが必要である。令和７年度は変換作業を一括して外部に委託し（予算額１，２６０千円）、"
     "年度末までに１００件の公開を目指す。")

card("Ⅱ－１－①", "ＡＩ・ＲＰＡによる定型業務の自動化", "Ｂ", "デジタル推進課", "人事課",
     "令和４年度の業務量調査では、データ入力や照合などの定型作業に年間約２６，０００時間を要している。",
     "ＲＰＡとＡＩ－ＯＣＲを活用し、申請書の入力や給与・税の照合作業を自動化する。"
     "導入効果を業務ごとに測定し、削減した時間を相談業務などに振り向ける。",
     ["対象業務の選定", "１５業務に導入", "３０業務に拡大", "→"],
     [("自動化した業務数（累計）", "3業務", "8業務", "19業務", "30業務"),
      ("作業時間の削減（年間）", "1,100時間", "2,900時間", "5,640時間", "9,000時間")],
     "新たに１１業務を自動化し、累計１９業務で年間５，６４０時間の作業時間を削減した。"
     "ただし、年度目標の６，０００時間には３６０時間届かなかった。",
     "業務数は目標を上回ったが、削減時間はやや下回った。効果の大きい児童手当の現況確認などの業務を優先して拡大する。")

card("Ⅱ－１－②", "電子決裁・文書管理システムの導入", "Ａ", "総務課", None,
     "起案・決裁は紙で行っており、決裁までに平均４．２日を要している。"
     "文書を保管する庁舎内の書庫（延べ約３８０㎡）も満杯に近い。",
     "令和６年度に電子決裁・文書管理システムを全庁に導入し、起案から保存までを電子で行う。",
     ["システムの調達", "全庁導入", "紙文書の電子化", "→"],
     [("電子決裁率", "0%", "0%", "86.5%", "95.0%")],
     "令和６年７月１日に全庁で運用を開始し、年度の電子決裁率は８６．５％となった。"
     "決裁までの平均日数は１．３日に短縮し、用紙の購入費は前年度より２，１８０千円減った。",
     "予定どおり導入でき、効果も確認できた。紙で残っている契約関係の決裁の電子化を進める。")

card("Ⅱ－１－③", "会議のペーパーレス化", "Ａ", "総務課、議会事務局", None,
     "庁内会議と議会の資料は紙で配付しており、印刷と配付に年間約１２０万枚の用紙を使っている。",
     "タブレット端末を活用して会議資料を電子で配付し、議会でも資料のペーパーレス化を進める。",
     ["庁内会議で試行", "議会で導入", "→", "→"],
     [("会議資料の用紙使用枚数（年間）", "120万枚", "98万枚", "61万枚", "40万枚")],
     "令和６年第２回定例会（６月）から議会で資料の電子配付を始め、議員２２人にタブレット端末を貸与した。"
     "会議資料の用紙使用は年間６１万枚となり、前年度から３７万枚減った。",
     "目標を上回るペースで削減が進んでいる。委員会資料の電子化を令和７年度中に完了させる。")

card("Ⅱ－２－①", "公共施設の複合化・集約化", "Ｃ", "資産経営課・建築営繕課", "生涯学習課、子育て支援課",
     "市が保有する公共施設の延床面積は約２１万㎡で、その約６割が建築後３０年以上を経過している。"
     "今後４０年間の更新費用は年平均約４８億円と見込まれ、過去５年間の投資的経費の平均（約２９億円）を大きく上回る。"
     "同じ地区に同じ機能の施設が重なっている例も多い。",
     "公共施設等総合管理計画に基づき、延床面積を令和１７年度までに１０％縮減することを目標に、施設の複合化・集約化を進める。"
     "令和８年度までは、北部地区の公民館・児童館・老人憩いの家の３施設を（仮称）北部地域交流センターに集約する事業を重点とする。"
     "地区ごとに住民説明会を開き、跡地の活用方法もあわせて示す。",
     ["基本構想の策定", "基本設計・住民説明会", "実施設計", "建設工事に着手"],
     [("延床面積の縮減率（令和４年度比）", "－", "0.4%", "0.9%", "3.0%"),
      ("北部地区の住民説明会の開催回数（累計）", "－", "2回", "7回", "10回")],
     "北部地区で住民説明会を５回開催し、延べ２１８人が参加した。"
     "説明会では駐車場の台数や児童館の利用時間について多くの意見が出され、基本設計を見直すこととした。"
     "このため、基本設計の完了を令和７年９月に延期した。"
     "旧南部公民館（延床面積１，９１０㎡）の解体を終え、縮減率は０．９％となった。"
     "あわせて、西部地区の集会所２施設の統合について地元自治会との協議を始め、年度内に３回の協議を行った。"
     "※縮減率は、解体又は用途廃止を終えた施設の延床面積の合計を、令和４年度末の総延床面積で除したもの。",
     "基本設計が遅れ、工程を約６か月見直した。令和７年度は基本設計と実施設計を並行して進め、建設工事の着手（令和８年度）を維持する。"
     "見直し後の概算事業費は１６億４千万円で、財源として公共施設等適正管理推進事業債の活用を検討する。")

card("Ⅱ－２－②", "指定管理者制度の活用", "Ｂ", "資産経営課\nスポーツ振興課", None,
     "指定管理者制度を導入している施設は令和４年度末で２４施設である。",
     "体育施設と文化施設を中心に導入を広げ、民間のノウハウを生かしてサービスの向上と経費の縮減を図る。",
     ["対象施設の検討", "市民体育館等に導入", "文化会館に導入", "→"],
     [("指定管理者制度の導入施設数", "24施設", "24施設", "27施設", "30施設")],
     "令和６年４月から市民体育館、市民プール、ことぶき台運動公園の３施設で指定管理を開始し、導入施設は２７施設となった。"
     "３施設の管理運営費は、前年度より年間１４，６００千円減った。",
     "導入は予定どおり進んだが、文化会館は応募が１者のみで選定を見送った。公募条件を見直し、令和７年度に再公募する。")

card("Ⅱ－２－③", "未利用地の売却・貸付", "Ａ", "管財課", None,
     "施設の廃止などで生じた未利用の市有地が１７か所（約３．２ha）あり、草刈りなどの管理に年間約６，８００千円を要している。",
     "活用予定のない土地は一般競争入札で売却し、売却が難しい土地は事業用定期借地や駐車場として貸し付ける。",
     ["活用方針の整理", "売却・貸付", "→", "→"],
     [("未利用地の売却・貸付件数（累計）", "－", "2件", "6件", "10件")],
     "旧第二学校給食センター跡地など３か所を売却し、１か所を貸し付けた。"
     "売却収入は１億８，３５０万円、貸付料は年間２，４００千円である。",
     "年度目標（累計５件）を上回った。残る１１か所のうち、売却できる土地を令和７年度中に整理する。")

card("Ⅲ－１－①", "市税等の収納率の向上", "Ａ", "納税課・収納対策室", None,
     "市税の収納率（現年課税分と滞納繰越分の合計）は令和４年度で９６．８％で、県内１５市の平均（９７．４％）を下回っている。",
     "スマートフォン決済や口座振替の利用を広げ、納付しやすい環境を整える。"
     "滞納が長期化しないよう、早い段階での催告と財産調査を徹底する。",
     ["スマホ決済の導入", "口座振替の勧奨強化", "→", "→"],
     [("市税の収納率", "96.8%", "97.2%", "97.6%", "98.0%"),
      ("口座振替の利用率", "38.5%", "40.1%", "43.0%", "45.0%")],
     "納税通知書に口座振替の申込書を同封したほか、令和６年９月にＷｅｂ口座振替受付サービスを導入した。"
     "収納率は９７．６％となり、年度目標（９７．５％）を上回った。",
     "目標を達成した。令和７年度は、軽自動車税のキャッシュレス納付の周知を強化する。")

card("Ⅲ－２－①", "使用料・手数料の見直し", "Ｂ", "財政課", None,
     "施設の使用料は平成１８年度以降見直しを行っておらず、利用者の負担と施設の維持管理費の差が広がっている。",
     "「使用料・手数料の見直し方針」を定め、原価計算に基づき４年ごとに料金を見直す。"
     "急な負担増とならないよう、引上げ幅は原則として現行の１．５倍までとする。",
     ["見直し方針の策定", "原価計算・料金案の作成", "条例改正・周知", "新料金の適用"],
     [("原価計算を行った施設数（累計）", "－", "12施設", "38施設", "45施設")],
     "対象４５施設のうち３８施設で原価計算を終え、料金案を作成した。"
     "行財政改革推進委員会で２回審議し、令和７年２月に見直し案を公表した。"
     "残る７施設は改修工事中のため、原価の算定を令和７年度に行う。",
     "概ね計画どおり進んでいる。令和７年１２月議会に条例改正案を提出し、令和８年４月から新料金を適用する。")


# ---------------------------------------------------------------- text helpers
NO_START = set("、。，．）」』％・ー")


def tokens(text):
    out, buf = [], ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ",.%"):
            buf += ch
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(ch)
    if buf:
        out.append(buf)
    return out


def wrap(text, font, size, width):
    lines = []
    for para in text.split("\n"):
        cur, cw = "", 0.0
        for tok in tokens(para):
            tw = pdfmetrics.stringWidth(tok, font, size)
            if cur and cw + tw > width and tok[0] not in NO_START:
                lines.append(cur)
                cur, cw = tok, tw
            else:
                cur += tok
                cw += tw
        lines.append(cur)
    return lines


def fill_rect(c, x, y, w, h, rgb, stroke=True):
    c.setFillColorRGB(*rgb)
    c.setStrokeColorRGB(*GRID)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1)
    c.setFillColorRGB(0, 0, 0)


def box(c, x, y, w, h):
    c.setStrokeColorRGB(*GRID)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)


# ---------------------------------------------------------------- card rows
FS = 9.4        # value font size
LEAD = 13.2     # line height
LABEL_W = 66
PAD = 4


def label_cell(c, x, y_top, h, text):
    fill_rect(c, x, y_top - h, LABEL_W, h, SHADE)
    lines = wrap(text, GOTHIC, FS, LABEL_W - 2 * PAD)
    c.setFont(GOTHIC, FS)
    total = len(lines) * LEAD
    y = y_top - (h - total) / 2 - FS
    for ln in lines:
        c.drawCentredString(x + LABEL_W / 2, y, ln)
        y -= LEAD


def text_block(c, x, y_top, w, lines, font=MINCHO):
    c.setFont(font, FS)
    y = y_top - PAD - FS
    for ln in lines:
        c.drawString(x + PAD, y, ln)
        y -= LEAD


def make_rows(cd):
    """Each row: (height, draw(c, x, y_top, w)). Heights are computed for the column width."""
    rows = []
    vw = COL_W - LABEL_W

    # 所管課 (and 関係課) row
    if cd["kankei"]:
        half = (vw - LABEL_W) / 2
        l1 = wrap(cd["depts"], MINCHO, FS, half - 2 * PAD)
        l2 = wrap(cd["kankei"], MINCHO, FS, half - 2 * PAD)
        h = max(len(l1), len(l2)) * LEAD + 2 * PAD

        def draw(c, x, y, w, l1=l1, l2=l2, h=h, half=half):
            label_cell(c, x, y, h, "所管課")
            box(c, x + LABEL_W, y - h, half, h)
            text_block(c, x + LABEL_W, y, half, l1)
            label_cell(c, x + LABEL_W + half, y, h, "関係課")
            box(c, x + 2 * LABEL_W + half, y - h, half, h)
            text_block(c, x + 2 * LABEL_W + half, y, half, l2)
        rows.append(("所管課", h, draw))
    else:
        l1 = wrap(cd["depts"], MINCHO, FS, vw - 2 * PAD)
        h = len(l1) * LEAD + 2 * PAD

        def draw(c, x, y, w, l1=l1, h=h):
            label_cell(c, x, y, h, "所管課")
            box(c, x + LABEL_W, y - h, w - LABEL_W, h)
            text_block(c, x + LABEL_W, y, w - LABEL_W, l1)
        rows.append(("所管課", h, draw))

    def field(name, text):
        ls = wrap(text, MINCHO, FS, vw - 2 * PAD)
        h = max(len(ls) * LEAD + 2 * PAD, 2 * LEAD + 2 * PAD if len(name) > 5 else 0)

        def draw(c, x, y, w, ls=ls, h=h, name=name):
            label_cell(c, x, y, h, name)
            box(c, x + LABEL_W, y - h, w - LABEL_W, h)
            text_block(c, x + LABEL_W, y, w - LABEL_W, ls)
        return (name, h, draw)

    rows.append(field("現状と課題", cd["genjo"]))
    rows.append(field("取組内容", cd["naiyo"]))

    # 工程: year header row + plan row
    cw = vw / 4
    plan_lines = [wrap(t, MINCHO, FS - 0.4, cw - 2 * PAD) for t in cd["kotei"]]
    hh = LEAD + 2 * PAD - 2
    hp = max(len(p) for p in plan_lines) * LEAD + 2 * PAD
    h = hh + hp

    def draw_kotei(c, x, y, w, plan_lines=plan_lines, hh=hh, hp=hp, h=h, cw=cw):
        label_cell(c, x, y, h, "工程")
        for i, yr in enumerate(YEARS):
            cx = x + LABEL_W + i * cw
            fill_rect(c, cx, y - hh, cw, hh, (0.95, 0.95, 0.95) if yr != "令和６年度" else (1.0, 0.93, 0.80))
            c.setFont(GOTHIC, FS - 0.4)
            c.drawCentredString(cx + cw / 2, y - hh + 4, yr)
            box(c, cx, y - h, cw, hp)
            c.setFont(MINCHO, FS - 0.4)
            yy = y - hh - PAD - FS
            for ln in plan_lines[i]:
                c.drawCentredString(cx + cw / 2, yy, ln)
                yy -= LEAD
    rows.append(("工程", h, draw_kotei))

    # 目標指標 sub-table
    widths = [vw - 4 * 54, 54, 54, 54, 54]
    name_lines = [wrap(r[0], MINCHO, FS - 0.4, widths[0] - 2 * PAD) for r in cd["shihyo"]]
    hh2 = LEAD + 2 * PAD - 2
    rhs = [len(n) * LEAD + 2 * PAD - 2 for n in name_lines]
    h = hh2 + sum(rhs)

    def draw_shihyo(c, x, y, w, widths=widths, name_lines=name_lines, hh2=hh2, rhs=rhs, h=h, rows_=cd["shihyo"]):
        label_cell(c, x, y, h, "目標指標")
        cx = x + LABEL_W
        for i, head in enumerate(SH_HEAD):
            fill_rect(c, cx, y - hh2, widths[i], hh2, (0.95, 0.95, 0.95))
            c.setFont(GOTHIC, FS - 1.8)
            c.drawCentredString(cx + widths[i] / 2, y - hh2 + 4, head)
            cx += widths[i]
        yy = y - hh2
        for r, nl, rh in zip(rows_, name_lines, rhs, strict=True):
            cx = x + LABEL_W
            for i, val in enumerate(r):
                box(c, cx, yy - rh, widths[i], rh)
                if i == 0:
                    c.setFont(MINCHO, FS - 0.4)
                    ty = yy - PAD - FS + 1
                    for ln in nl:
                        c.drawString(cx + PAD, ty, ln)
                        ty -= LEAD
                else:
                    c.setFont(MINCHO, FS - 0.2)
                    c.drawRightString(cx + widths[i] - PAD, yy - rh / 2 - FS / 2 + 1.5, val)
                cx += widths[i]
            yy -= rh
    rows.append(("目標指標", h, draw_shihyo))

    rows.append(field("令和６年度の実績", cd["jisseki"]))

    # 評価: mark cell + text
    mw = 34
    reason, _, future = cd["hyoka"].partition("。")
    ls = wrap(reason + "。", MINCHO, FS, vw - mw - 2 * PAD)
    h = max(len(ls) * LEAD + 2 * PAD, 30)

    def draw_hyoka(c, x, y, w, ls=ls, h=h, mark=cd["mark"], mw=mw):
        label_cell(c, x, y, h, "評価")
        box(c, x + LABEL_W, y - h, mw, h)
        c.setFont(GOTHIC, 17)
        c.drawCentredString(x + LABEL_W + mw / 2, y - h / 2 - 6, mark)
        box(c, x + LABEL_W + mw, y - h, w - LABEL_W - mw, h)
        text_block(c, x + LABEL_W + mw, y, w - LABEL_W - mw, ls)
    rows.append(("評価", h, draw_hyoka))
    rows.append(field("今後の方向性", future))
    return rows


HEAD_H = 20


def draw_card(c, x, y_top, cd, start=0, bottom=BOTTOM):
    """Draw a card (from row `start`) in a column. Returns (y_after, index of first row not drawn or None)."""
    rows = make_rows(cd)
    y = y_top
    if start == 0:
        c.setFillColorRGB(*TEAL)
        c.rect(x, y - HEAD_H, COL_W, HEAD_H, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + 4, y - HEAD_H + 3, 58, HEAD_H - 6, stroke=0, fill=1)
        c.setFillColorRGB(*TEAL)
        c.setFont(GOTHIC, 9.5)
        c.drawCentredString(x + 33, y - HEAD_H + 6.5, cd["code"])
        c.setFillColorRGB(1, 1, 1)
        c.setFont(GOTHIC, 10)
        c.drawString(x + 70, y - HEAD_H + 6.5, cd["title"])
        c.setFillColorRGB(0, 0, 0)
        y -= HEAD_H
    else:
        # continuation bar: lighter, says whose card continues
        fill_rect(c, x, y - 14, COL_W, 14, (0.80, 0.88, 0.89), stroke=False)
        c.setFont(GOTHIC, 7.5)
        c.drawString(x + 6, y - 10, "（" + cd["code"] + "　前ページからの続き）")
        y -= 14
    for i in range(start, len(rows)):
        name, h, draw = rows[i]
        if y - h < bottom:
            c.setStrokeColorRGB(*TEAL)
            c.setLineWidth(1.2)
            c.rect(x, y, COL_W, y_top - y, stroke=1, fill=0)
            c.setFont(GOTHIC, 7)
            c.drawRightString(x + COL_W, y - 9, "（次ページに続く）")
            return y - 12, i
        draw(c, x, y, COL_W)
        y -= h
    c.setStrokeColorRGB(*TEAL)
    c.setLineWidth(1.2)
    c.rect(x, y, COL_W, y_top - y, stroke=1, fill=0)
    return y, None


def band(c, x, y_top, w, text, level):
    """level 1: 基本方針 (navy, white text); level 2: 推進項目 (pale, navy text)."""
    h = 20 if level == 1 else 16
    if level == 1:
        c.setFillColorRGB(*NAVY)
        c.rect(x, y_top - h, w, h, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(GOTHIC, 11.5)
        c.drawString(x + 8, y_top - h + 6, text)
    else:
        c.setFillColorRGB(*PALE_BLUE)
        c.rect(x, y_top - h, w, h, stroke=0, fill=1)
        c.setFillColorRGB(*NAVY)
        c.rect(x, y_top - h, 5, h, stroke=0, fill=1)
        c.setFont(GOTHIC, 9.5)
        c.drawString(x + 11, y_top - h + 4.5, text)
    c.setFillColorRGB(0, 0, 0)
    return y_top - h


def hoshin_band(c, y, key):
    y = band(c, MARGIN, y, W - 2 * MARGIN, HOSHIN[key][0], 1)
    c.setFont(MINCHO, 8.5)
    c.drawString(MARGIN + 10, y - 12, "目指す姿：" + HOSHIN[key][1])
    return y - 18


def page_frame(c, n, legend=True):
    if n > 1:
        c.setFont(MINCHO, 8)
        c.drawString(MARGIN, H - 22, RUNNING)
        c.drawRightString(W - MARGIN, H - 22, "ことぶき台市")
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(0.6)
        c.line(MARGIN, H - 27, W - MARGIN, H - 27)
    if legend:
        c.setFont(MINCHO, 7)
        c.drawString(MARGIN, 34, LEGEND)
    c.setFont(MINCHO, 9)
    c.drawCentredString(W / 2, 16, f"－ {n} －")


# ---------------------------------------------------------------- page 1
def page1(c):
    page_frame(c, 1, legend=False)
    c.setFont(GOTHIC, 17)
    c.drawCentredString(W / 2, H - 52, "第２次ことぶき台市行財政改革アクションプラン")
    c.setFont(GOTHIC, 14)
    c.drawCentredString(W / 2, H - 74, "令和６年度進捗状況報告書")
    c.setFont(MINCHO, 10)
    c.drawRightString(W - MARGIN, H - 94, "令和７年８月　ことぶき台市")
    c.setStrokeColorRGB(*NAVY)
    c.setLineWidth(1.5)
    c.line(MARGIN, H - 102, W - MARGIN, H - 102)

    xl, xr = MARGIN, MARGIN + COL_W + GAP
    fs, ld = 9, 13.5

    def heading(x, y, t):
        c.setFont(GOTHIC, 11)
        c.drawString(x, y, "■ " + t)
        return y - 18

    def para(x, y, t, w=COL_W):
        c.setFont(MINCHO, fs)
        for ln in wrap(t, MINCHO, fs, w - 12):
            c.drawString(x + 12, y, ln)
            y -= ld
        return y - 4

    # left column
    y = H - 124
    y = heading(xl, y, "進捗状況報告について")
    y = para(xl, y, "本市では、令和５年３月に「第２次ことぶき台市行財政改革アクションプラン」（計画期間：令和５年度～令和８年度）を策定し、"
                    "３つの基本方針の下で１２の取組を進めています。")
    y = para(xl, y, "本報告書は、計画の２年目にあたる令和６年度の取組実績と評価を、取組ごとのカードにまとめたものです。"
                    "評価は、所管課による自己評価を行政経営課が取りまとめ、行財政改革推進本部（本部長：市長）で確認しました。"
                    "また、令和７年７月２２日に開催した行財政改革推進委員会に報告しました。")
    y -= 6
    y = heading(xl, y, "評価の基準")
    y = para(xl, y, "各取組の進捗は、令和６年度末時点の工程と目標指標の達成状況から、次の４段階で評価しています。")
    # legend table
    rows = [("評価", "基準"),
            ("Ａ", "計画どおり進んでいる（目標指標を達成、又は年度内の達成が確実）"),
            ("Ｂ", "概ね計画どおり進んでいる（工程の一部に遅れがあるが、計画期間内に回復できる）"),
            ("Ｃ", "計画より遅れている（工程又は目標の見直しが必要）"),
            ("Ｄ", "未着手又は取組の見直しが必要")]
    tx, tw0, tw1 = xl + 12, 40, COL_W - 12 - 40
    for i, (a, b) in enumerate(rows):
        ls = wrap(b, MINCHO, 8.5, tw1 - 8)
        rh = len(ls) * 12 + 6
        if i == 0:
            fill_rect(c, tx, y - rh, tw0, rh, SHADE)
            fill_rect(c, tx + tw0, y - rh, tw1, rh, SHADE)
        else:
            box(c, tx, y - rh, tw0, rh)
            box(c, tx + tw0, y - rh, tw1, rh)
        c.setFont(GOTHIC, 9 if i else 8.5)
        c.drawCentredString(tx + tw0 / 2, y - rh / 2 - 3, a)
        c.setFont(GOTHIC if i == 0 else MINCHO, 8.5)
        yy = y - 3 - 8.5
        for ln in ls:
            if i == 0:
                c.drawCentredString(tx + tw0 + tw1 / 2, yy, ln)
            else:
                c.drawString(tx + tw0 + 4, yy, ln)
            yy -= 12
        y -= rh
    y -= 14
    y = para(xl, y, "※目標指標の実績は、令和７年３月３１日現在の数値です。")
    y = para(xl, y, "※工程欄の網掛けは、報告対象の年度（令和６年度）を示します。")

    # right column
    y = H - 124
    y = heading(xr, y, "令和６年度の進捗状況（概要）")
    y = para(xr, y, "全１２取組のうち、Ａ評価は６取組（５０．０％）、Ｂ評価は４取組（３３．３％）、Ｃ評価は２取組（１６．７％）で、"
                    "Ｄ評価の取組はありませんでした。基本方針ごとの内訳は次のとおりです。")
    heads = ["基本方針", "取組数", "Ａ", "Ｂ", "Ｃ", "Ｄ"]
    data = [("基本方針Ⅰ", "4", "2", "1", "1", "0"),
            ("基本方針Ⅱ", "6", "3", "2", "1", "0"),
            ("基本方針Ⅲ", "2", "1", "1", "0", "0"),
            ("合計", "12", "6", "4", "2", "0")]
    ws = [110, 60, 45, 45, 45, 45]
    tx = xr + 12
    rh = 15
    for r_i, r in enumerate([heads] + data):
        cx = tx
        for j, v in enumerate(r):
            if r_i == 0:
                fill_rect(c, cx, y - rh, ws[j], rh, SHADE)
                c.setFont(GOTHIC, 8.5)
            else:
                box(c, cx, y - rh, ws[j], rh)
                c.setFont(MINCHO if j else GOTHIC, 8.5)
            c.drawCentredString(cx + ws[j] / 2, y - rh + 4.5, v)
            cx += ws[j]
        y -= rh
    y -= 14
    y = para(xr, y, "※Ｃ評価の２取組（Ⅰ－２－②、Ⅱ－２－①）は、令和７年度に工程を見直しました。")
    y -= 4
    c.setFont(GOTHIC, 11)
    c.drawCentredString(xr + COL_W / 2, y, "目　次")
    y -= 17
    toc = [("基本方針Ⅰ　市民サービスの向上", 2, 0)]
    for code in ["Ⅰ－１－①", "Ⅰ－１－②", "Ⅰ－２－①", "Ⅰ－２－②"]:
        toc.append((code + "　" + CARDS[code]["title"], PAGE_OF[code], 1))
    toc.append(("基本方針Ⅱ　効率的で質の高い行政運営", 4, 0))
    for code in ["Ⅱ－１－①", "Ⅱ－１－②", "Ⅱ－１－③", "Ⅱ－２－①", "Ⅱ－２－②", "Ⅱ－２－③"]:
        toc.append((code + "　" + CARDS[code]["title"], PAGE_OF[code], 1))
    toc.append(("基本方針Ⅲ　持続可能な財政運営", 7, 0))
    for code in ["Ⅲ－１－①", "Ⅲ－２－①"]:
        toc.append((code + "　" + CARDS[code]["title"], PAGE_OF[code], 1))
    for text, pg, lvl in toc:
        f = GOTHIC if lvl == 0 else MINCHO
        x0 = xr + 12 + lvl * 14
        c.setFont(f, 8.5)
        c.drawString(x0, y, text)
        tw = pdfmetrics.stringWidth(text, f, 8.5)
        x_end = xr + COL_W - 20
        dots_w = x_end - (x0 + tw) - 6
        c.setFont(MINCHO, 8.5)
        nd = int(dots_w / pdfmetrics.stringWidth("・", MINCHO, 8.5))
        c.drawString(x0 + tw + 3, y, "・" * max(nd, 2))
        c.drawRightString(xr + COL_W, y, str(pg))
        y -= 12.5
    assert y > 40, y


# ---------------------------------------------------------------- card pages
PAGE_OF = {}
PLACED = []   # (page, column, code, kind)


def put(c, page, col, y, code, start=0):
    x = MARGIN if col == 0 else MARGIN + COL_W + GAP
    y_after, rest = draw_card(c, x, y, CARDS[code], start)
    if start == 0:
        PAGE_OF.setdefault(code, page)
    PLACED.append((page, col, code, "start" if start == 0 else "cont", rest))
    return y_after, rest


def card_pages(c):
    xl, xr = MARGIN, MARGIN + COL_W + GAP
    full = W - 2 * MARGIN

    # page 2: 基本方針Ⅰ, 推進項目１
    page_frame(c, 2)
    y = hoshin_band(c, TOP, "Ⅰ")
    y = band(c, MARGIN, y - 4, full, "推進項目１　行政手続のデジタル化", 2) - 6
    assert put(c, 2, 0, y, "Ⅰ－１－①")[1] is None
    assert put(c, 2, 1, y, "Ⅰ－１－②")[1] is None
    c.showPage()

    # page 3: 推進項目２ (still 基本方針Ⅰ)
    page_frame(c, 3)
    y = band(c, MARGIN, TOP, full, "推進項目２　情報発信とデータの活用", 2) - 6
    assert put(c, 3, 0, y, "Ⅰ－２－①")[1] is None
    assert put(c, 3, 1, y, "Ⅰ－２－②")[1] is None
    c.showPage()

    # page 4: 基本方針Ⅱ, 推進項目１
    page_frame(c, 4)
    y = hoshin_band(c, TOP, "Ⅱ")
    y = band(c, MARGIN, y - 4, full, "推進項目１　業務の効率化", 2) - 6
    assert put(c, 4, 0, y, "Ⅱ－１－①")[1] is None
    assert put(c, 4, 1, y, "Ⅱ－１－②")[1] is None
    c.showPage()

    # page 5: left = Ⅱ－１－③ (no band); right = column-wide 推進項目２ band + Ⅱ－２－① (overflows)
    page_frame(c, 5)
    assert put(c, 5, 0, TOP, "Ⅱ－１－③")[1] is None
    y = band(c, xr, TOP, COL_W, "推進項目２　公共施設の最適化", 2) - 6
    _, rest = put(c, 5, 1, y, "Ⅱ－２－①")
    assert rest is not None, "Ⅱ－２－① must overflow page 5"
    c.showPage()

    # page 6: left = continuation of Ⅱ－２－① then Ⅱ－２－②; right = Ⅱ－２－③
    page_frame(c, 6)
    y, rest2 = put(c, 6, 0, TOP, "Ⅱ－２－①", start=rest)
    assert rest2 is None
    assert put(c, 6, 0, y - 12, "Ⅱ－２－②")[1] is None
    assert put(c, 6, 1, TOP, "Ⅱ－２－③")[1] is None
    c.showPage()

    # page 7: 基本方針Ⅲ page-wide; two column-wide 推進項目 bands side by side
    page_frame(c, 7)
    y = hoshin_band(c, TOP, "Ⅲ")
    yl = band(c, xl, y - 4, COL_W, "推進項目１　自主財源の確保", 2) - 6
    yr = band(c, xr, y - 4, COL_W, "推進項目２　受益と負担の適正化", 2) - 6
    assert put(c, 7, 0, yl, "Ⅲ－１－①")[1] is None
    assert put(c, 7, 1, yr, "Ⅲ－２－①")[1] is None
    c.showPage()
    return rest


def build():
    # pass 1: placement into a scratch canvas to learn pages (for the 目次)
    import io
    scratch = canvas.Canvas(io.BytesIO(), pagesize=(W, H), invariant=1)
    scratch.showPage()
    card_pages(scratch)
    pages_first = dict(PAGE_OF)
    split_row = [p for p in PLACED if p[3] == "cont"]
    PLACED.clear()

    c = canvas.Canvas(str(OUT), pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle("第２次ことぶき台市行財政改革アクションプラン令和６年度進捗状況報告書")
    c.setAuthor("ことぶき台市 総務部 行政経営課")
    c.setCreator("Microsoft Excel")
    c.setProducer("Microsoft: Print To PDF")
    c.setSubject("")
    page1(c)
    c.showPage()
    card_pages(c)
    c.save()
    assert PAGE_OF == pages_first
    expected_pages = {"Ⅰ－１－①": 2, "Ⅰ－１－②": 2, "Ⅰ－２－①": 3, "Ⅰ－２－②": 3, "Ⅱ－１－①": 4, "Ⅱ－１－②": 4,
                      "Ⅱ－１－③": 5, "Ⅱ－２－①": 5, "Ⅱ－２－②": 6, "Ⅱ－２－③": 6, "Ⅲ－１－①": 7, "Ⅲ－２－①": 7}
    assert PAGE_OF == expected_pages, PAGE_OF
    print("written", OUT, "split:", split_row)


if __name__ == "__main__":
    build()
