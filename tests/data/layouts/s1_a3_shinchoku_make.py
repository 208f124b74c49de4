"""Build s1_a3_shinchoku.pdf: a fictional city's A3 landscape 進捗管理表 (progress table) of a 行財政改革実施計画.

すずかぜ市 is fictional and every sentence is original. The page imitates an A3 landscape table made in a word
processor and exported to PDF:
  * a two-row table header (令和６年度 spanning 取組実績/評価, the other header cells merged down) that is repeated
    at the top of every page (Word "タイトル行の繰り返し" / w:tblHeader);
  * rows that are allowed to break across a page (Word's default "行の途中で改ページする"): a row that does not fit
    is cut line by line at the page foot, and the rest of every cell continues at the top of the next page, under the
    repeated header, with empty No./評価 cells;
  * a first column of vertically merged 基本方針 cells written in 縦書き (two vertical lines per cell, each glyph
    placed on its own, as LibreOffice and Word exports do), whose text is printed only on the page where the group
    starts;
  * ◎/○/△/× rating marks, ※ footnote marks (superscript) in cells, and the footnote text at the foot of the page
    where the mark stands.

Run with /work/main/.venv/bin/python (reportlab 5.1). The output is byte-for-byte reproducible (invariant=1, fixed
metadata).  The script asserts the page breaks the expected outline relies on.
"""
from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).with_name("s1_a3_shinchoku.pdf")

MIN = "HeiseiMin-W3"
GOT = "HeiseiKakuGo-W5"
pdfmetrics.registerFont(UnicodeCIDFont(MIN))
pdfmetrics.registerFont(UnicodeCIDFont(GOT))

W, H = landscape(A3)  # 1190.55 x 841.89
LM = 40.0
RM = 40.0
TABLE_W = W - LM - RM

# ---------------------------------------------------------------- content (fictional)
DOC_TITLE = "第３次すずかぜ市行財政改革実施計画進捗管理表"
SUBTITLE = "（令和６年度実績）"
ISSUE_DATE = "令和７年７月"
ISSUER = "すずかぜ市　総務部　行政経営課"
RUNNING_LEFT = "第３次すずかぜ市行財政改革実施計画進捗管理表"
RUNNING_RIGHT = "令和６年度実績"

INTRO = [
    ("１　進捗管理表について", [
        "本表は、第３次すずかぜ市行財政改革実施計画（計画期間：令和６年度～令和８年度）に掲げた１６の取組について、計画の初年度である令和６年度の"
        "取組実績と評価を取りまとめたものです。評価は、各取組の担当課が自己評価を行い、市長を本部長とする行政改革推進本部で確認しました。",
    ]),
    ("２　評価の区分", [
        "各取組の進み具合は、計画に定めた令和６年度の工程と比べて、次の４段階で評価しています。",
        ("LEGEND", ["◎：計画を上回って進んでいる", "○：計画どおり進んでいる", "△：計画よりやや遅れている",
                    "×：未着手又は大幅に遅れている"]),
    ]),
    ("３　令和６年度の評価結果", [
        "１６取組のうち、「◎」が３取組、「○」が９取組、「△」が３取組、「×」が１取組でした。「△」「×」の取組については、遅れの理由と今後の対応を"
        "「今後の方向性」欄に記載しています。",
        ("COUNT", None),
    ]),
    ("４　取組別の進捗状況", [
        "基本方針ごとの各取組の実績と評価は、次表のとおりです。表中の※印を付けた用語は、そのページの下に説明を記載しています。",
    ]),
]

CLOSING = ("５　今後の進め方", [
    "令和７年度は、「△」「×」となった４取組を重点的に進行管理し、半年ごとに行政改革推進本部で進み具合を確認します。"
    "また、本表は行政改革推進委員会に報告し、委員からの意見を取組の見直しに反映します。",
])

GROUPS = [
    ("基本方針１", "便利で身近な市役所づくり"),
    ("基本方針２", "効率的で柔軟な行政運営"),
    ("基本方針３", "持続可能な財政基盤の確立"),
]

# [※N] marks a superscript footnote reference.  tanto / shihyo are lists of stacked paragraphs in one cell.
ROWS = [
    dict(g=0, no="１", title="書かない窓口の導入",
         naiyo="窓口で申請書を記入しなくても手続ができる窓口支援システムを導入し、来庁者の負担を軽くするとともに、待ち時間を短縮する。",
         tanto=["市民課・情報政策室"],
         shihyo=["システムで受け付ける手続数", "０手続（Ｒ５）→５０手続"],
         jisseki="令和６年１０月から、市民課の転入・転出・転居など１２手続で運用を開始した。職員が聞き取った内容を画面に入力し、来庁者は確認して署名するだけで"
                 "手続が済むようになった。来庁者アンケートでは、９割以上が「記入の手間が減った」と回答した。",
         hyoka="○",
         kongo="福祉・税の窓口にも対象を広げ、令和８年度までに５０手続で利用できるようにする。あわせて、複数の窓口を回らずに済むよう、関係する手続を一つの窓口で"
               "まとめて受け付ける。"),
    dict(g=0, no="２", title="行政手続のオンライン化",
         naiyo="市民の利用が多い手続から順に電子申請を導入し、来庁しなくても手続ができる範囲を広げる。押印や添付書類を求めている手続は、その必要性を見直す。",
         tanto=["情報政策室／文書法制課"],
         shihyo=["電子申請ができる手続数", "８６手続（Ｒ５）→２００手続"],
         jisseki="電子申請ができる手続は、前年度末の８６手続から１３４手続に増え、単年度の目標（１２０手続）を上回った。子育て・介護分野の手続を重点的に追加し、"
                 "年間の申請件数は約１万８千件となった。押印を求める手続は、規則の改正により３２件を廃止した。",
         hyoka="◎",
         kongo="申請後の手数料の支払もオンラインでできるよう、決済機能の追加を検討する。利用の少ない手続は、申請画面の分かりやすさを点検する。"),
    dict(g=0, no="３", title="公式ＬＩＮＥを活用した情報発信の充実",
         naiyo="公式ＬＩＮＥの配信内容を、受け取る人が関心のある分野だけを選べる形に改め、必要な情報を必要な人に届ける。",
         tanto=["広報広聴課"],
         shihyo=["公式ＬＩＮＥの登録者数", "１万８，２００人（Ｒ５）→３万人"],
         jisseki="令和６年６月に受信設定の機能を追加し、防災・子育て・健康など８分野から選べるようにした。大雨の際には、避難所の開設状況を防災分野の登録者に配信した。"
                 "登録者数は前年度から約３，２００人増えて２万１，４００人となった。",
         hyoka="○",
         kongo="粗大ごみの収集申込みなど、ＬＩＮＥから手続ができる機能を順次追加する。若い世代の登録を増やすため、市内の高校・大学と連携して周知する。"),
    dict(g=0, no="４", title="証明書のコンビニ交付の利用促進",
         naiyo="マイナンバーカードによる証明書のコンビニ交付[※１]の利用方法を周知し、窓口の混雑の緩和と、市民の利便性の向上を図る。",
         tanto=["市民課、税務課"],
         shihyo=["証明書の発行件数に占めるコンビニ交付の割合", "１５．２％（Ｒ５）→３５．０％"],
         jisseki="市の広報紙と公式ＬＩＮＥで利用方法を紹介したほか、窓口で証明書を交付する際に案内チラシを配布した。マイナンバーカードの交付の際にも、暗証番号の"
                 "設定とあわせて利用方法を説明した。しかし、利用率は２１．６％にとどまり、単年度の目標（２５．０％）には届かなかった。",
         hyoka="△",
         kongo="利用率が低い高齢者向けに、地区の集会所でカードの使い方を説明する出張講座を開く。市役所の１階には、コンビニの端末と同じ操作を体験できる機器を置く。"),
    dict(g=0, no="５", title="キャッシュレス決済の拡大",
         naiyo="市の窓口や施設で納める手数料・使用料について、クレジットカードや電子マネー、コード決済で支払える場所を増やす。",
         tanto=["会計課・市民課"],
         shihyo=["キャッシュレス決済ができる窓口・施設数", "３か所（Ｒ５）→２０か所"],
         jisseki="市民課・税務課の窓口に加え、市民体育館と図書館など５施設に決済端末を設置し、キャッシュレス決済ができる窓口・施設は１０か所となった。端末を置いた"
                 "窓口では、支払のおよそ３割がキャッシュレスとなった。導入に合わせて、窓口の職員に操作研修を行った。",
         hyoka="○",
         kongo="残る公共施設への導入に向けて、決済手数料の負担と利用の見込みを施設ごとに比較し、導入の順番を決める。"),
    dict(g=1, no="６", title="ＡＩ・ＲＰＡによる定型業務の自動化",
         naiyo="入力や照合など手作業で行っている定型業務にＲＰＡを、会議録の作成や文書の要約に生成ＡＩを活用し、職員の事務時間を削減する。",
         tanto=["情報政策室"],
         shihyo=["削減した事務時間（年間）", "１，２００時間（Ｒ５）→５，０００時間"],
         jisseki="ＲＰＡを新たに９業務に導入し、対象は合計２３業務となった。会議録作成支援ツールの導入とあわせ、年間で約４，１００時間の事務時間を削減し、単年度の"
                 "目標（３，０００時間）を大きく上回った。生成ＡＩは、利用指針を定めたうえで４月から全職員が使えるようにした。",
         hyoka="◎",
         kongo="生成ＡＩの利用に関する職員向けの指針を改定し、研修を受けた職員から利用できる業務の範囲を広げる。"),
    dict(g=1, no="７", title="文書管理・電子決裁システムの全庁導入",
         naiyo="紙の起案文書を電子決裁[※２]に切り替え、文書の保管と検索を一つのシステムで行えるようにする。",
         tanto=["総務課"],
         shihyo=["電子決裁率", "－（Ｒ５）→９５．０％"],
         jisseki="令和６年４月に新システムの運用を開始し、電子決裁率は年度末に８７．３％となった。書庫に保管している文書の電子化は、予定していた４部局のうち３部局で"
                 "完了し、書庫の面積を約２割減らすことができた。決裁に要する日数は、平均で１．５日短くなった。",
         hyoka="○",
         kongo="残る１部局の電子化を令和７年度前半に終える。紙の決裁が残る契約・財務の文書は、財務会計システムとの連携を進める。"),
    dict(g=1, no="８", title="職員の多様な働き方の推進",
         naiyo="テレワークや時差出勤を利用しやすい環境を整え、子育てや介護をしながらでも力を発揮できる職場をつくる。",
         tanto=["人事課"],
         shihyo=["テレワークを利用した職員数（延べ）", "８５０人日（Ｒ５）→３，０００人日"],
         jisseki="テレワーク用の端末を１２０台に増やし、利用した職員は延べ２，３５０人日となった。時差出勤の時間帯を３区分から５区分に増やしたほか、男性職員の育児"
                 "休業の取得率は５２．４％となった。一方、テレワークの利用は一部の部署に偏っている。",
         hyoka="○",
         kongo="職場ごとの利用の差が大きいため、管理職向けの研修で制度の活用事例を紹介する。"),
    dict(g=1, no="９", title="事務事業の見直し（スクラップ・アンド・ビルド）",
         naiyo="全ての事務事業を対象に、必要性・効果・費用を点検し、効果の低い事業は廃止・統合して、新たな課題に対応する財源と人員を生み出す。",
         tanto=["行政経営課"],
         shihyo=["廃止・統合した事業数（累計）", "－（Ｒ５）→３０事業"],
         jisseki="２１８事業の点検を行い、廃止４事業、統合６事業、縮小１１事業を決定した。ただし、廃止・統合の多くは関係団体との調整に時間を要し、実際に見直しを"
                 "行うのは令和７年度以降となる。点検の結果は令和７年度当初予算の編成に反映し、約８，４００万円の一般財源を生み出した。",
         hyoka="△",
         kongo="No.１５の使用料・手数料の見直しと合わせ、受益と負担の観点からも点検する。調整が長引いている事業は、担当課と行政経営課が合同で協議する。"),
    dict(g=1, no="１０", title="定員管理の適正化",
         naiyo="業務量の調査に基づいて部署ごとの職員配置を見直し、デジタル化で生み出した人員を、子育て支援や防災など重点分野に振り向ける。",
         tanto=["人事課・行政経営課"],
         shihyo=["重点分野への職員の再配置数（累計）", "－（Ｒ５）→２０人"],
         jisseki="全部署を対象に業務量調査を行い、窓口のデジタル化で事務が減った市民課から２人、税務課から１人を、こども家庭センターと防災危機管理課に配置換え"
                 "した。正規職員数は令和６年４月１日現在で７８２人となり、前年同期より４人減った。",
         hyoka="○",
         kongo="令和７年度の調査では、会計年度任用職員を含めた業務の分担を見直し、再配置の対象となる部署を広げる。"),
    dict(g=1, no="１１", title="公の施設における指定管理者制度の活用拡大",
         naiyo="民間の経営ノウハウを生かして施設サービスの向上と管理経費の削減を図るため、指定管理者制度を導入する施設を広げる。",
         tanto=["資産経営課", "スポーツ振興課"],
         shihyo=["指定管理者制度の導入施設数", "２８施設（Ｒ５）→３５施設"],
         jisseki="市民プールと２か所の地区体育館について、令和７年度からの指定管理者を公募により選定した。これにより、令和６年度末の導入施設は３１施設となり、"
                 "管理経費は年間で約２，６００万円の削減を見込む。",
         hyoka="○",
         kongo="公民館については、地域の団体による管理の可能性も含めて、地区ごとに住民と意見交換を行う。"),
    dict(g=2, no="１２", title="公共施設の複合化・集約化",
         naiyo="老朽化が進む公共施設について、機能の重なる施設を一つにまとめ、将来の維持管理費と更新費を抑える。",
         tanto=["資産経営課／建築営繕課"],
         shihyo=["公共施設の延床面積の縮減率（Ｒ２比）", "１．８％（Ｒ５）→５．０％"],
         jisseki="北部地区の公民館・児童館・出張所を一つの建物にまとめる複合施設の基本設計を行った。一方、南部地区の集約は、住民説明会で移転先への意見が多く"
                 "出たため、計画案の決定を見送った。",
         hyoka="△",
         kongo="南部地区では、移動手段の確保を含めた案を改めて示し、令和７年度中の合意を目指す。"),
    dict(g=2, no="１３", title="ふるさと納税の推進",
         naiyo="地元の事業者と協力して返礼品を充実させるとともに、使い道を選べる寄附メニューを増やし、自主財源を確保する。",
         tanto=["商工観光課"],
         shihyo=["ふるさと納税の寄附額", "３億８，５００万円（Ｒ５）→５億円"],
         jisseki="返礼品を４８品目増やし、２１０品目とした。寄附額は前年度の約１．４倍の５億３，８００万円となり、計画最終年度の目標を初年度で上回った。",
         hyoka="◎",
         kongo="寄附者に使い道の成果を報告する仕組みをつくり、継続して寄附してもらえるようにする。"),
    dict(g=2, no="１４", title="市税等の収納率の向上",
         naiyo="口座振替やスマートフォン決済の利用を広げるとともに、滞納の早い段階で納付を働きかけ、収納率を高める。",
         tanto=["税務課・収納対策室"],
         shihyo=["市税の収納率（現年度分）", "９８．６％（Ｒ５）→９９．０％"],
         jisseki="スマートフォン決済で納付された件数は全体の１２．８％となった。滞納整理では、納付の相談を電話だけでなく土曜日の窓口でも受け付けるようにした。"
                 "市税の収納率は９８．９％で、前年度を０．３ポイント上回った。",
         hyoka="○",
         kongo="国民健康保険税の収納率が他の税目より低いため、納付の相談の機会を増やす。"),
    dict(g=2, no="１５", title="使用料・手数料の見直し",
         naiyo="施設の使用料や各種手数料について、かかる費用と受益の程度を点検し、負担の公平性の観点から見直す。",
         tanto=["財政課"],
         shihyo=["見直しを行った使用料・手数料の件数", "－（Ｒ５）→全件"],
         jisseki="見直しの基準となる算定方法の検討に時間を要し、施設ごとの原価の算定に着手できなかった。",
         hyoka="×",
         kongo="令和７年度の上半期に算定方法を決定し、令和８年４月の改定を目指して、利用者への説明を進める。"),
    dict(g=2, no="１６", title="未利用地の売却・貸付",
         naiyo="利用の予定がない市有地を洗い出し、売却や貸付により維持管理費を減らすとともに、財源として活用する。",
         tanto=["管財課"],
         shihyo=["売却・貸付による収入額（累計）", "－（Ｒ５）→３億円"],
         jisseki="旧学校給食センターの跡地など３か所を一般競争入札で売却し、約１億２，４００万円の収入を得た。小規模な土地２か所は、隣接する住民への貸付を始めた。",
         hyoka="○",
         kongo="売却が難しい土地は、定期借地による事業者への貸付も含めて活用方法を検討する。"),
]

FOOTNOTES = {
    "※１": "※１　コンビニ交付：マイナンバーカードを使って、全国のコンビニエンスストアなどに設置された多機能端末から、住民票の写しや印鑑登録証明書などを取得できるサービス",
    "※２": "※２　電子決裁：紙の文書に押印する代わりに、システム上で起案から承認までを行う仕組み",
}

# ---------------------------------------------------------------- geometry
# table columns: key, width, header text
COLS = [
    ("grp", 36.0),
    ("no", 30.0),
    ("title", 128.0),
    ("naiyo", 196.0),
    ("tanto", 84.0),
    ("shihyo", 150.0),
    ("jisseki", 246.0),
    ("hyoka", 36.0),
]
_used = sum(w for _, w in COLS)
COLS.append(("kongo", TABLE_W - _used))
COLX = {}
_x = LM
for k, w in COLS:
    COLX[k] = (_x, w)
    _x += w
RIGHT = _x

BODY_SIZE = 10.5
TITLE_SIZE = 10.5
LEAD = 15.5
PAD_X = 4.0
PAD_TOP = 4.0
PAD_BOT = 4.0
HDR1 = 19.0  # header row 1 height
HDR2 = 19.0  # header row 2 height
HDR_H = HDR1 + HDR2

FOOTER_Y = 20.0
FN_SIZE = 8.5
FN_LEAD = 12.0
FN_BOTTOM_Y = 44.0  # baseline of the last footnote line
BODY_BOTTOM_NO_FN = 40.0

NO_START = set("、。，．）」』】〕・ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％：；！？")
NO_END = set("（「『【〔")
DIGITLIKE = set("０１２３４５６７８９0123456789，．,.％%")


def tokens(text):
    """Split text into tokens (str, sup).  Digit runs (with separators) are kept as one token."""
    out = []
    i = 0
    while i < len(text):
        if text[i] == "[":
            j = text.index("]", i)
            out.append((text[i + 1:j], True))
            i = j + 1
            continue
        ch = text[i]
        if ch in DIGITLIKE and ch not in "，．,.％%":
            j = i
            while j < len(text) and text[j] in DIGITLIKE:
                j += 1
            out.append((text[i:j], False))
            i = j
            continue
        out.append((ch, False))
        i += 1
    return out


def tok_w(tok, font, size):
    s, sup = tok
    return pdfmetrics.stringWidth(s, font, size * (0.62 if sup else 1.0))


def wrap(text, font, size, width):
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    for t in toks:
        w = tok_w(t, font, size)
        if cur and cw + w > width + 0.01:
            # kinsoku (oidashi): a character that may not start a line, or a footnote mark, takes the
            # previous character down to the next line with it; nothing hangs past the cell's text width
            if (t[1] or t[0] in NO_START) and len(cur) > 1:
                carry = [cur.pop()]
                while len(cur) > 1 and (carry[0][1] or carry[0][0] in NO_START):
                    carry.insert(0, cur.pop())
                lines.append(cur)
                cur = carry + [t]
                cw = sum(tok_w(x, font, size) for x in cur)
                continue
            # a line may not end with an opening bracket: carry it over
            carry = []
            while cur and cur[-1][0] in NO_END:
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur = carry + [t]
            cw = sum(tok_w(x, font, size) for x in cur)
        else:
            cur.append(t)
            cw += w
    if cur:
        lines.append(cur)
    return lines


def line_text(line):
    return "".join(s for s, _ in line)


def draw_line(c, line, x, y, font, size, align="left", width=None):
    total = sum(tok_w(t, font, size) for t in line)
    if align == "center":
        x = x + (width - total) / 2
    elif align == "right":
        x = x + width - total
    # group consecutive tokens of the same kind into runs
    runs = []
    for s, sup in line:
        if runs and runs[-1][1] == sup:
            runs[-1][0] += s
        else:
            runs.append([s, sup])
    for s, sup in runs:
        if sup:
            c.setFont(font, size * 0.62)
            c.drawString(x, y + size * 0.42, s)
            x += pdfmetrics.stringWidth(s, font, size * 0.62)
        else:
            c.setFont(font, size)
            c.drawString(x, y, s)
            x += pdfmetrics.stringWidth(s, font, size)


# ---------------------------------------------------------------- row model
CELL_SPEC = {
    # key: (font, size, align)
    "no": (GOT, TITLE_SIZE, "center"),
    "title": (GOT, TITLE_SIZE, "left"),
    "naiyo": (MIN, BODY_SIZE, "left"),
    "tanto": (MIN, BODY_SIZE, "left"),
    "shihyo": (MIN, BODY_SIZE, "left"),
    "jisseki": (MIN, BODY_SIZE, "left"),
    "hyoka": (GOT, 12.0, "center"),
    "kongo": (MIN, BODY_SIZE, "left"),
}


def cell_lines(row, key):
    font, size, _ = CELL_SPEC[key]
    width = COLX[key][1] - 2 * PAD_X
    if key in ("tanto", "shihyo"):
        out = []
        for part in row[key]:
            out.extend(wrap(part, font, size, width))
        return out
    return wrap(row[key], font, size, width)


for r in ROWS:
    r["lines"] = {k: cell_lines(r, k) for k in CELL_SPEC}
    r["nlines"] = max(len(v) for v in r["lines"].values())


def row_height(n):
    return PAD_TOP + n * LEAD + PAD_BOT


# ---------------------------------------------------------------- page flow
class Page:
    def __init__(self, num, table_top, bottom, footnotes):
        self.num = num
        self.table_top = table_top  # y of the top edge of the repeated header
        self.bottom = bottom  # lowest y the table may reach
        self.footnotes = footnotes
        self.parts = []  # dicts: row, start, end (line range), top, height, first, last


INTRO_TOP = H - 118.0
COUNT_ROW = 14.0
COUNT_COLS = [56.0, 72.0, 72.0, 72.0, 56.0]


def count_rows():
    """評価別件数 table (no number column): header + ◎/○/△/× + 合計, counted from ROWS."""
    marks = ["◎", "○", "△", "×"]
    out = [["評価"] + [g[0] for g in GROUPS] + ["合計"]]
    for m in marks:
        per = [sum(1 for r in ROWS if r["g"] == gi and r["hyoka"] == m) for gi in range(len(GROUPS))]
        out.append([m] + [str(n) for n in per] + [str(sum(per))])
    per = [sum(1 for r in ROWS if r["g"] == gi) for gi in range(len(GROUPS))]
    out.append(["合計"] + [str(n) for n in per] + [str(sum(per))])
    return out


def draw_count(c, top):
    x0 = LM + 12
    rows = count_rows()
    for i, row in enumerate(rows):
        y = top - i * COUNT_ROW
        if i == 0:
            c.setFillGray(0.86)
            c.rect(x0, y - COUNT_ROW, sum(COUNT_COLS), COUNT_ROW, stroke=0, fill=1)
            c.setFillGray(0)
        xx = x0
        for j, cell in enumerate(row):
            c.setFont(GOT if i == 0 or j == 0 else MIN, 9.5)
            c.drawCentredString(xx + COUNT_COLS[j] / 2, y - COUNT_ROW + 3.8, cell)
            xx += COUNT_COLS[j]
    c.setLineWidth(0.5)
    for i in range(len(rows) + 1):
        c.line(x0, top - i * COUNT_ROW, x0 + sum(COUNT_COLS), top - i * COUNT_ROW)
    xx = x0
    for w in COUNT_COLS + [0]:
        c.line(xx, top, xx, top - len(rows) * COUNT_ROW)
        xx += w


def layout_intro():
    """Return draw ops for page 1's intro and the y where the table header starts."""
    ops = []
    y = INTRO_TOP
    body_w = TABLE_W
    for head, paras in INTRO:
        ops.append(("head", head, LM, y))
        y -= 19.0
        for para in paras:
            if isinstance(para, tuple) and para[0] == "LEGEND":
                ops.append(("legend", para[1], LM + 12, y))
                y -= 16.0
                continue
            if isinstance(para, tuple) and para[0] == "COUNT":
                top = y + 10.5 - 4.0
                ops.append(("count", top))
                y = top - COUNT_ROW * len(count_rows()) - 4.0 - 10.5
                continue
            for ln in wrap(para, MIN, 10.5, body_w - 12):
                ops.append(("body", ln, LM + 12, y))
                y -= 15.5
        y -= 9.0
    return ops, y + 6.0


PAGE_FN = {1: ["※１"], 2: ["※２"], 3: []}


def body_bottom(pnum):
    n = sum(len(wrap(FOOTNOTES[k], MIN, FN_SIZE, TABLE_W)) for k in PAGE_FN[pnum])
    if n == 0:
        return BODY_BOTTOM_NO_FN
    return FN_BOTTOM_Y + (n - 1) * FN_LEAD + FN_SIZE + 14.0  # separator gap


intro_ops, table_top_p1 = layout_intro()
pages = [Page(1, table_top_p1, body_bottom(1), PAGE_FN[1])]
RUN_TOP = H - 44.0  # table top on continuation pages


def new_page():
    n = len(pages) + 1
    pages.append(Page(n, RUN_TOP, body_bottom(n), PAGE_FN.get(n, [])))
    return pages[-1]


page = pages[0]
y = page.table_top - HDR_H
for r in ROWS:
    start = 0
    first = True
    while True:
        remaining = r["nlines"] - start
        avail = y - page.bottom
        fit = int((avail - PAD_TOP - PAD_BOT + 0.001) // LEAD)
        if fit >= remaining:
            h = row_height(remaining)
            page.parts.append(dict(row=r, start=start, end=r["nlines"], top=y, height=h, first=first, last=True))
            y -= h
            break
        if fit >= 1:
            h = y - page.bottom  # a split row fills the page down to the body bottom
            page.parts.append(dict(row=r, start=start, end=start + fit, top=y, height=h, first=first, last=False))
            start += fit
            first = False
        page = new_page()
        y = page.table_top - HDR_H
table_end_y = y  # bottom of the table on the last page

# ---------------------------------------------------------------- checks the expected outline relies on
placement = {}
for pg in pages:
    for part in pg.parts:
        placement.setdefault(part["row"]["no"], []).append((pg.num, part["start"], part["end"]))
if __import__("os").environ.get("S1_DEBUG"):
    for _pg in pages:
        print(_pg.num, [(p["row"]["no"], p["start"], p["end"], round(p["top"], 1)) for p in _pg.parts])
    print({r["no"]: {k: len(v) for k, v in r["lines"].items()} for r in ROWS})
assert len(pages) == 3, len(pages)
assert [p[0] for p in placement["４"]] == [1, 2], placement["４"]
assert [p[0] for p in placement["１１"]] == [2, 3], placement["１１"]
assert placement["１１"][0][1:] == (0, 1), placement["１１"]  # exactly one line of No.11 on page 2
for key in ["１", "２", "３"]:
    assert [p[0] for p in placement[key]] == [1]
for key in ["５", "６", "７", "８", "９", "１０"]:
    assert [p[0] for p in placement[key]] == [2]
for key in ["１２", "１３", "１４", "１５", "１６"]:
    assert [p[0] for p in placement[key]] == [3]
_r4 = next(r for r in ROWS if r["no"] == "４")
_k4 = placement["４"][0][2]
assert len(_r4["lines"]["title"]) <= _k4  # No.4's title, department and mark are all on page 1
assert "２１．６％" not in "".join(line_text(ln) for ln in _r4["lines"]["jisseki"][:_k4])
assert any("※１" in line_text(ln) for ln in _r4["lines"]["naiyo"][:_k4])
_r7 = next(r for r in ROWS if r["no"] == "７")
assert any("※２" in line_text(ln) for ln in _r7["lines"]["naiyo"])
_r11 = next(r for r in ROWS if r["no"] == "１１")
assert len(_r11["lines"]["title"]) == 2 and len(_r11["lines"]["tanto"]) == 2
assert "３１施設" not in line_text(_r11["lines"]["jisseki"][0])


# ---------------------------------------------------------------- drawing
def vtext(c, text, xcenter, ytop, font, size, pitch):
    """縦書き: one glyph per drawString, top to bottom."""
    yy = ytop - size
    for ch in text:
        if ch != "　":
            c.setFont(font, size)
            c.drawString(xcenter - pdfmetrics.stringWidth(ch, font, size) / 2, yy, ch)
        yy -= pitch


def draw_header(c, top):
    x0, x1 = LM, RIGHT
    c.setFillGray(0.86)
    c.rect(x0, top - HDR_H, x1 - x0, HDR_H, stroke=0, fill=1)
    c.setFillGray(0)
    # merged (two-row) header cells, vertically centred
    mid = top - HDR_H / 2 - 3.2
    for key, label in [("no", "No."), ("title", "取組項目"), ("naiyo", "取組内容"), ("tanto", "担当課"),
                       ("shihyo", "目標指標（令和８年度）"), ("kongo", "今後の方向性")]:
        x, w = COLX[key]
        c.setFont(GOT, 9.5)
        c.drawCentredString(x + w / 2, mid, label)
    # 基本方針 header: vertical
    gx, gw = COLX["grp"]
    vtext(c, "基本方針", gx + gw / 2, top - 1.5, GOT, 8.5, 9.0)
    # 令和６年度 spans 取組実績 + 評価
    jx, jw = COLX["jisseki"]
    hx, hw = COLX["hyoka"]
    c.setFont(GOT, 9.5)
    c.drawCentredString(jx + (jw + hw) / 2, top - HDR1 / 2 - 3.2, "令和６年度")
    c.drawCentredString(jx + jw / 2, top - HDR1 - HDR2 / 2 - 3.2, "取組実績")
    c.drawCentredString(hx + hw / 2, top - HDR1 - HDR2 / 2 - 3.2, "評価")
    # rules
    c.setLineWidth(0.8)
    c.line(x0, top, x1, top)
    c.line(x0, top - HDR_H, x1, top - HDR_H)
    c.setLineWidth(0.5)
    c.line(jx, top - HDR1, hx + hw, top - HDR1)
    for key, _ in COLS:
        x, w = COLX[key]
        if key == "hyoka":
            c.line(x, top - HDR1, x, top - HDR_H)
        else:
            c.line(x, top, x, top - HDR_H)
    c.line(x1, top, x1, top - HDR_H)


def draw_part(c, part):
    r = part["row"]
    top = part["top"]
    for key in ["no", "title", "naiyo", "tanto", "shihyo", "jisseki", "hyoka", "kongo"]:
        font, size, align = CELL_SPEC[key]
        x, w = COLX[key]
        lines = r["lines"][key][part["start"]:part["end"]]
        base = top - PAD_TOP - 9.6
        for i, ln in enumerate(lines):
            draw_line(c, ln, x + PAD_X, base - i * LEAD, font, size, align=align, width=w - 2 * PAD_X)


def draw_page(c, pg):
    # running header (not on page 1: different first page)
    if pg.num > 1:
        c.setFont(GOT, 8.5)
        c.drawString(LM, H - 26, RUNNING_LEFT)
        c.drawRightString(RIGHT, H - 26, RUNNING_RIGHT)
        c.setLineWidth(0.6)
        c.line(LM, H - 31, RIGHT, H - 31)
    else:
        c.setFont(MIN, 10)
        c.drawRightString(RIGHT, H - 34, ISSUE_DATE)
        c.drawRightString(RIGHT, H - 49, ISSUER)
        c.setFont(GOT, 21)
        c.drawCentredString(W / 2, H - 74, DOC_TITLE)
        c.setFont(GOT, 12.5)
        c.drawCentredString(W / 2, H - 95, SUBTITLE)
        for op in intro_ops:
            kind = op[0]
            if kind == "head":
                c.setFont(GOT, 12)
                c.drawString(op[2], op[3], op[1])
            elif kind == "body":
                draw_line(c, op[1], op[2], op[3], MIN, 10.5)
            elif kind == "count":
                draw_count(c, op[1])
            elif kind == "legend":
                xx = op[2]
                for item in op[1]:
                    c.setFont(MIN, 10.5)
                    c.drawString(xx, op[3], item)
                    xx += 230
    # table header (repeated on every page)
    draw_header(c, pg.table_top)
    # rows in document order; a 基本方針 cell's text is drawn with the first row of its group
    drawn_groups = set()
    group_ranges = {}
    for part in pg.parts:
        g = part["row"]["g"]
        lo = part["top"] - part["height"]
        rng = group_ranges.setdefault(g, [part["top"], lo])
        rng[1] = lo
    for idx, part in enumerate(pg.parts):
        r = part["row"]
        g = r["g"]
        if part["first"] and g not in drawn_groups and r is next(x for x in ROWS if x["g"] == g):
            drawn_groups.add(g)
            gtop, gbot = group_ranges[g]
            tag, name = GROUPS[g]
            size, pitch = 11.0, 12.2
            block = max(len(tag), len(name)) * pitch
            assert block < gtop - gbot - 8, (tag, block, gtop - gbot)
            ytop = gtop - (gtop - gbot - block) / 2
            gx, gw = COLX["grp"]
            # right line first (縦書き reads right to left): the tag, then the name to its left
            vtext(c, tag, gx + gw / 2 + 7.5, ytop, GOT, size, pitch)
            vtext(c, name, gx + gw / 2 - 7.0, ytop, GOT, size, pitch)
        draw_part(c, part)
        # rules for this part
        top, bot = part["top"], part["top"] - part["height"]
        c.setLineWidth(0.5)
        nxt = pg.parts[idx + 1] if idx + 1 < len(pg.parts) else None
        group_ends = nxt is None or nxt["row"]["g"] != g
        c.line(LM if group_ends else COLX["no"][0], bot, RIGHT, bot)
        for key, _ in COLS:
            x = COLX[key][0]
            c.line(x, top, x, bot)
        c.line(RIGHT, top, RIGHT, bot)
    if pg.parts:
        c.setLineWidth(0.8)
        last = pg.parts[-1]
        c.line(LM, last["top"] - last["height"], RIGHT, last["top"] - last["height"])
    # closing section after the table on the last page
    if pg.num == len(pages):
        yy = table_end_y - 30
        head, paras = CLOSING
        c.setFont(GOT, 12)
        c.drawString(LM, yy, head)
        yy -= 19
        for para in paras:
            for ln in wrap(para, MIN, 10.5, TABLE_W - 12):
                draw_line(c, ln, LM + 12, yy, MIN, 10.5)
                yy -= 15.5
        assert yy > BODY_BOTTOM_NO_FN
    # footnotes at the page foot
    if pg.footnotes:
        fl = []
        for k in pg.footnotes:
            fl.extend(wrap(FOOTNOTES[k], MIN, FN_SIZE, TABLE_W))
        yy = FN_BOTTOM_Y + (len(fl) - 1) * FN_LEAD
        c.setLineWidth(0.5)
        c.line(LM, yy + FN_SIZE + 4, LM + 160, yy + FN_SIZE + 4)
        for ln in fl:
            draw_line(c, ln, LM, yy, MIN, FN_SIZE)
            yy -= FN_LEAD
    # footer
    c.setFont(MIN, 9)
    c.drawCentredString(W / 2, FOOTER_Y, f"- {pg.num} -")


def build():
    c = canvas.Canvas(str(OUT), pagesize=(W, H), invariant=1, pageCompression=1)
    # metadata left over from last year's file, as often happens
    c.setTitle("進捗管理表（令和５年度実績）")
    c.setAuthor("gyoseikeiei")
    c.setCreator("Writer")
    c.setProducer("LibreOffice 7.6")
    c.setSubject("")
    for pg in pages:
        draw_page(c, pg)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
    for pg in pages:
        print(pg.num, [(p["row"]["no"], p["start"], p["end"]) for p in pg.parts], "bottom", round(pg.bottom, 1))
    print("table end", round(table_end_y, 1))
