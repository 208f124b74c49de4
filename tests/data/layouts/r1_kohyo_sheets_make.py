"""Build r1_kohyo_sheets.xlsx: a workbook of 取組個票 (one form sheet per item) for the
fictional しらかば台市 「第3次しらかば台市行財政改革実施計画」.

Run with: /work/main/.venv/bin/python r1_kohyo_sheets_make.py
The output is written next to this script and is byte-for-byte reproducible
(fixed document properties, fixed zip timestamps, fixed member order).
"""
import datetime
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink

OUT = Path(__file__).with_name("r1_kohyo_sheets.xlsx")
FIXED = datetime.datetime(2025, 6, 2, 9, 30, 0)

PLAN = "第3次しらかば台市行財政改革実施計画"
SHEET_TITLE = PLAN + "\u3000取組個票"
HOSHIN = {
    1: "1\u3000デジタル化による市民サービスの向上",
    2: "2\u3000持続可能な財政基盤の確立",
    3: "3\u3000公共施設の最適化と組織力の強化",
}
HOSHIN_TOC = {
    1: "基本方針1\nデジタル化による市民サービスの向上",
    2: "基本方針2\n持続可能な財政基盤の確立",
    3: "基本方針3\n公共施設の最適化と組織力の強化",
}
KUBUN = ["新規", "継続", "拡充"]
HOUKOU = ["拡充", "継続", "改善", "縮小", "廃止"]

FONT = "ＭＳ Ｐゴシック"
thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
LABEL_FILL = PatternFill("solid", fgColor="D9D9D9")
HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")

PCT = "0.0%"

# ---------------------------------------------------------------------------
# Items. "no" is what is typed into the 取組番号 cell; "sheet" is the tab name.
# "ind" = (指標名, 現状値(R4), R6実績, 目標値(R8), number format)
# ---------------------------------------------------------------------------
ITEMS = [
    dict(
        hoshin=1, sheet="1-1", no="1-1",
        title="行政手続のオンライン化",
        tanto="デジタル推進課", kankei="市民課、税務課",
        kubun="継続",
        genjo=("市の行政手続のうちオンラインで申請できるものは、令和4年度末時点で全体の18.5％（92手続）にとどまっています。\n"
               "子育てや介護に関する手続はオンライン化が進んだ一方、証明書の交付申請や施設使用の申込みなど、件数の多い手続の多くが紙の申請書によっています。"),
        naiyo=("・申請件数の多い手続から順に、電子申請システムで受け付ける手続を増やします。\n"
               "・押印や添付書類の省略を進め、申請書の様式を見直します。\n"
               "・オンライン申請の操作方法を案内する動画を作成し、市公式ウェブサイトで公開します。"),
        plan=("対象手続の洗い出し・順次拡大", "順次拡大", "順次拡大・効果検証"),
        jisseki="68手続を追加（累計160手続）",
        ind=("オンライン化した手続の割合", 0.185, 0.322, 0.6, PCT),
        hyoka="Ａ",
        riyu="年度計画の50手続を上回る68手続を追加し、電子申請の利用件数も前年度の約1.6倍に増えた。",
        houkou="継続", biko="",
    ),
    dict(
        hoshin=1, sheet="1-2", no="1-2",
        title=CellRichText(
            TextBlock(InlineFont(rFont=FONT, sz=11), "窓口キャッシュレス決済の"),
            TextBlock(InlineFont(rFont=FONT, sz=11, b=True, color="FFFF0000"), "拡大"),
        ),
        tanto="市民課", kankei="会計課・税務課",
        kubun="拡充",
        genjo=("令和5年度に本庁舎の市民課窓口で証明書手数料のキャッシュレス決済を始めましたが、支所と税務課の窓口では現金だけの取扱いとなっています。\n"
               "現金の取扱いには釣銭の準備や日々の精算に職員の時間がかかり、指定金融機関に支払う窓口手数料も増えています。"),
        naiyo=("・キャッシュレス決済を使える窓口を、税務課と東西2か所の支所に広げます。\n"
               "・クレジットカード、電子マネー、QRコード決済に対応した端末を置きます。\n"
               "・決済手数料と現金の取扱いにかかる経費を比べ、導入の効果を検証します。"),
        plan=("税務課窓口に導入", "東西支所の窓口に導入", "効果検証"),
        jisseki="税務課窓口に端末2台を設置（令和6年10月）",
        ind=("窓口手数料のキャッシュレス決済の比率", "－", 0.214, 0.4, PCT),
        hyoka="Ｂ",
        riyu="予定どおり税務課窓口に導入したが、決済の比率は目標に向けた想定をやや下回った。",
        houkou="拡充", biko="目次では「窓口キャッシュレス決済の導入」と表記（令和6年度に取組名を変更）",
    ),
    dict(
        hoshin=1, sheet="1-3", no="1-3",
        title="公式ＬＩＮＥによる情報発信の充実",
        tanto="広報広聴課", kankei="デジタル推進課",
        kubun="継続",
        genjo=("市公式ＬＩＮＥの登録者数は令和4年度末で8,240人となり、人口（約7万6千人）の1割程度にとどまっています。\n"
               "すべての登録者に同じ内容を配信しているため、必要な情報が届きにくいという声が寄せられています。"),
        naiyo=("・受け取りたい情報の分野や住んでいる地区を登録者が選べるセグメント配信を始めます。\n"
               "・ごみの収集日や健診の案内など、暮らしに身近な通知を加えます。\n"
               "・市の催しや窓口で登録を呼びかけます。"),
        plan=("セグメント配信の開始", "通知機能の追加", "継続・効果検証"),
        jisseki="セグメント配信を開始（令和6年7月）",
        ind=("市公式ＬＩＮＥの登録者数", 8240, 13615, 20000, '#,##0"人"'),
        hyoka="Ａ",
        riyu="セグメント配信を始めてから登録者が大きく増え、年度目標の12,000人を上回った。",
        houkou="継続", biko="",
    ),
    dict(
        hoshin=1, sheet="1-3 (2)", no="1-4",
        title="「書かない窓口」の導入",
        tanto="市民課", kankei="デジタル推進課\n保険年金課",
        kubun="新規",
        genjo=("転入や出生などの届出では、市民が複数の窓口で同じ内容を何度も書く必要があり、手続が終わるまで平均で約70分かかっています。\n"
               "来庁者アンケートでは、待ち時間と記入の手間に関する不満が最も多くなっています。"),
        naiyo=("・マイナンバーカードの読み取りなどにより、職員が聞き取りながら申請書を作る窓口支援システムを導入します。\n"
               "・関係課の手続を一つの窓口で受け付ける範囲を、段階的に広げます。\n"
               "1-1で拡大する電子申請と連携し、来庁前に入力した内容を窓口で引き継げるようにします。"),
        plan=("システム選定・導入準備", "転入・転出等の届出で運用開始", "対象手続の拡大"),
        jisseki="公募型プロポーザルによりシステムを選定",
        ind=("転入届の手続にかかる平均時間", 70, "－", 30, '0"分"'),
        hyoka="Ｂ",
        riyu="システムの選定は終えたが、関係課との業務手順の調整に時間がかかり、契約が令和7年度にずれ込んだ。",
        houkou="継続", biko="",
    ),
    dict(
        hoshin=1, sheet="1-5", no="1-5",
        title="生成ＡＩ・ＲＰＡの業務活用",
        tanto="デジタル推進課", kankei="－",
        tanto_comment="令和6年4月の組織改正により、情報政策室から名称変更。",
        kubun="新規",
        genjo=("年度末や申告の時期には入力や照合などの定型作業が集中し、時間外勤務が増える原因となっています。\n"
               "生成ＡＩは、情報漏えいや誤った回答への懸念から、利用の基準が定まっていません。"),
        naiyo=("・RPAで処理する業務を各課から募り、効果の大きい業務から順にシナリオを作ります。\n"
               "・生成ＡＩの利用ガイドラインを定め、文書の下書きや要約に試行的に使います。\n"
               "・職員向けの研修を行い、活用事例を庁内で共有します。"),
        plan=("ガイドライン策定・試行", "本格運用", "対象業務の拡大"),
        jisseki="利用ガイドラインを策定し、12課で試行",
        ind=("RPA・生成ＡＩによる削減時間（年間）", 1150, 2480, 6000, '#,##0"時間"'),
        hyoka="Ａ",
        riyu="RPAの対象業務の追加と生成ＡＩの試行により、削減時間が前年度から約1,300時間増えた。",
        houkou="拡充", biko="",
    ),
    dict(
        hoshin=2, sheet="2-1", no="2-1",
        title="市税等の収納率向上",
        tanto="納税課", kankei="保険年金課／介護保険課",
        kubun="継続",
        genjo=("令和4年度の市税の収納率は、現年課税分が99.1％、滞納繰越分が28.4％でした。\n"
               "国民健康保険税や介護保険料も滞納している人が多く、課ごとに別々に対応していては効率が上がりません。"),
        naiyo=("・市税、国民健康保険税、介護保険料の滞納情報を関係課で共有し、まとめて納付相談を受けます。\n"
               "・口座振替とスマートフォン決済による納付を勧め、納め忘れを防ぎます。\n"
               "・財産調査を早めに行い、納める力があるのに納めない人には滞納処分を行います。"),
        plan=("滞納情報の共有開始", "一体的な納付相談の実施", "継続"),
        jisseki="3課合同の納付相談会を2回開催",
        ind=("市税の収納率（滞納繰越分）", 0.284, 0.316, 0.33, PCT),
        hyoka="Ａ",
        riyu="合同の納付相談会により分割納付の約束が増え、滞納繰越分の収納率が3.2ポイント上がった。",
        houkou="継続", biko="",
    ),
    dict(
        hoshin=2, sheet="2-2", no="2-2",
        title="\u3000使用料・手数料の適正化",
        tanto="財政課", kankei="行政改革推進課",
        kubun="継続",
        genjo=("施設の使用料の多くは平成26年度の改定から見直しておらず、光熱水費や人件費の上昇が反映されていません。\n"
               "同じ種類の施設でも料金の算定方法が異なり、利用者の負担に差が生じています。"),
        naiyo=("・施設の維持管理にかかる費用を算定し、施設の性質ごとに利用者が負担する割合を定めた基準を作ります。\n"
               "・基準に沿って使用料を見直し、急な値上がりを避けるための経過措置を設けます。"),
        plan=("算定基準の策定", "料金改定案の作成・条例改正", "新料金の適用"),
        jisseki="使用料の算定基準を策定（令和7年2月）",
        ind=("施設使用料の収入（年間）", 84300, 86120, 95000, '#,##0"千円"'),
        hyoka="Ｂ",
        riyu="算定基準は策定したが、施設の利用団体への説明に時間がかかり、予定より3か月遅れた。",
        houkou="継続", biko="",
    ),
    dict(
        hoshin=2, sheet="2-3", no=datetime.datetime(2024, 2, 3), no_format="m-d",
        title="ふるさと納税の推進",
        tanto="企画政策課", kankei="商工観光課、農林振興課",
        kubun="拡充",
        genjo=("令和4年度のふるさと納税の寄附額は約2億1千万円で、返礼品の約7割を果物と菓子が占めています。\n"
               "寄附が年末に集中しており、季節を問わず選ばれる返礼品が足りません。"),
        naiyo=("・市内の事業者と協力し、宿泊や農業体験などの体験型の返礼品を開発します。\n"
               "・寄附の使い道を分かりやすく示し、使い道を指定した寄附を呼びかけます。\n"
               "・寄附を受け付けるポータルサイトを2サイト増やします。"),
        plan=("返礼品の開発・ポータルサイトの追加", "体験型返礼品の拡充", "継続"),
        jisseki="返礼品を48品、ポータルサイトを2サイト追加",
        ind=("ふるさと納税の寄附額（年間）", 211800, 312450, 350000, '#,##0"千円"'),
        hyoka="Ａ",
        riyu="体験型の返礼品とポータルサイトを増やしたことで、寄附額が前年度の約1.3倍になった。",
        houkou="拡充", biko="",
    ),
    dict(
        hoshin=2, sheet="2-4", no="2-4",
        title="未利用市有地の売却・貸付",
        tanto="資産管理課", kankei=None,
        kubun="継続",
        genjo=("旧学校給食センターの跡地など、使う予定のない市有地が23か所（約4.1ha）あり、草刈りなどの管理費が毎年かかっています。"),
        naiyo=("・売却する土地と貸し付ける土地を分けた処分計画を作ります。\n"
               "・一般競争入札による売却を年2回行い、売れ残った土地は先着順で売り払います。\n"
               "・当面は売却が見込めない土地を、駐車場や資材置場として貸し付けます。"),
        plan=("処分計画の策定・売却", "売却・貸付", "売却・貸付"),
        jisseki="4か所を売却（売却額 58,200千円）",
        ind=("未利用市有地の売却・貸付の件数（累計）", 0, 4, 12, '0"件"'),
        hyoka="Ａ",
        riyu="処分計画を予定どおり策定し、計画の3件を上回る4か所を売却した。",
        houkou="継続", biko="",
    ),
    dict(
        hoshin=2, sheet="2-5", no="２－５",
        title="補助金の見直し",
        tanto="財政課・行政改革推進課", kankei="なし",
        kubun="継続",
        genjo=("市の補助金は令和4年度で146件、総額は約9億8千万円に上り、交付を始めてから10年以上たつものが半数を超えています。\n"
               "目的を果たしたと考えられる補助金や、効果を確かめないまま続いているものもあります。"),
        naiyo=("・すべての補助金を、目的、効果、公平性の視点から評価する見直し基準を定めます。\n"
               "・外部委員を含む検討会議で評価し、廃止・縮小・統合の方針を決めます。\n"
               "・新しく設ける補助金には、原則として3年の終期を設けます。"),
        plan=("見直し基準の策定", "評価・見直し方針の決定", "予算への反映"),
        jisseki="見直し基準の案を作成（策定は令和7年度に延期）",
        ind=("見直しにより廃止・縮小した補助金の件数（累計）", "－", 0, 20, '0"件"'),
        hyoka="Ｃ",
        riyu="見直し基準の案について外部委員の意見を改めて聴くこととしたため、策定が令和7年度にずれ込んだ。",
        houkou="改善", biko="",
    ),
    dict(
        hoshin=3, sheet="3-1", no="3-1",
        title="公共施設の複合化・\n集約化の推進",
        tanto="資産管理課", kankei="建築営繕課、教育総務課",
        kubun="継続",
        genjo=("市の公共施設の延床面積は約31万㎡で、このうち築40年を超える施設が43％を占めています。\n"
               "今後40年間の更新費用は年平均で約52億円と見込まれ、今の投資的経費の水準では賄えません。"),
        naiyo=("・中央地区の公民館、図書館分館、児童館の3施設を1施設にまとめる複合化の基本計画を作ります。\n"
               "・学校施設の改修に合わせ、放課後児童クラブなどの機能を学校の中に集めます。\n"
               "・複合化の後に空く土地と建物は、2-4の処分計画に加えます。"),
        plan=("基本計画の策定", "基本設計・実施設計", "工事着手"),
        jisseki="基本計画を策定し、住民説明会を3回開催",
        ind=("公共施設の延床面積の縮減量（累計）", 0, 1240, 6500, '#,##0"㎡"'),
        hyoka="Ｂ",
        riyu="基本計画は策定したが、学校施設への機能の集約は対象校の改修時期の見直しにより着手できなかった。",
        houkou="継続", biko="",
    ),
    dict(
        hoshin=3, sheet="3-2", no="3-2",
        title="指定管理者制度の活用",
        tanto="行政改革推進課", kankei="スポーツ振興課・文化振興課",
        kubun="継続",
        genjo=("指定管理者制度を導入している28施設の多くは施設の管理だけを任せる形となっており、民間の工夫が十分に生かされていません。\n"
               "応募が1者だけの公募が続いている施設もあります。"),
        naiyo=("・自主事業の提案や利用料金制の導入など、民間の提案を生かせる募集条件に改めます。\n"
               "・指定管理者のモニタリング評価の結果を公表します。"),
        plan=("募集条件の見直し", "新たな条件での公募", "新たな指定期間の開始"),
        jisseki="運用指針を改定し、モニタリング結果を公表",
        ind=("利用料金制を導入した指定管理施設の数", 9, 12, 18, '0"施設"'),
        hyoka="Ａ",
        riyu="運用指針の改定とモニタリング結果の公表を予定どおり行い、利用料金制の施設も3施設増えた。",
        houkou="継続", biko="",
    ),
    dict(
        hoshin=3, sheet="3-3", no="3-3",
        title="（仮称）北部地区交流センターの整備",
        tanto="地域振興課", kankei="資産管理課",
        kubun="新規",
        genjo=("北部地区の4つの集会所はいずれも築45年以上で、耐震性が足りない建物もあります。\n"
               "地区の人口は減っていますが子育て世代の転入が続いており、世代をこえて交流できる場が求められています。"),
        naiyo=("・4つの集会所を統合し、地区の交流の拠点となる施設を旧北部出張所の敷地に整備します。\n"
               "・施設の運営に地域の団体が加われるよう、運営協議会を設けます。"),
        plan=("基本構想の策定", "基本設計・実施設計", "建設工事"),
        jisseki="ワークショップを5回開き、基本構想を策定",
        ind=("ワークショップの参加者数（累計）", "－", 186, 400, '#,##0"人"'),
        hyoka="Ａ",
        riyu="地区住民のワークショップを重ねて、予定どおり基本構想をまとめた。",
        houkou="継続", biko="",
    ),
    dict(
        hoshin=3, sheet="3-4", no="3-4",
        title="ＤＸ人材の育成とテレワークの推進",
        tanto="人事課", kankei="職員厚生室・デジタル推進課",
        kubun="拡充",
        genjo=("デジタル技術を業務の改善に生かせる職員が一部の課に偏っており、各課が自ら改善を進めにくい状況です。\n"
               "テレワークの制度はありますが、令和4年度に利用した職員は全体の4.2％にとどまっています。"),
        naiyo=("・各課で1名以上の「DX推進リーダー」を指名し、業務改善の研修を行います。\n"
               "・持ち出し用の端末を増やし、テレワークを使いやすい環境を整えます。"),
        plan=("推進リーダーの指名・研修", "研修の継続・端末の追加", "継続"),
        jisseki="推進リーダー54名を指名し、研修を4回実施",
        ind=("テレワークを利用した職員の割合", 0.042, 0.118, 0.2, PCT),
        hyoka="Ａ",
        riyu="全課で推進リーダーを指名し、端末の追加によりテレワークの利用者も大きく増えた。",
        houkou="拡充", biko="",
    ),
    dict(
        hoshin=3, sheet="3-5", no="3-5",
        title="定員管理の適正化",
        tanto="人事課", kankei="行政改革推進課",
        kubun="継続",
        genjo=("職員数は令和4年4月1日現在で618人で、類似団体の平均を約4％上回っています。\n"
               "一方で、防災や福祉の分野では仕事の量が増えており、分野ごとの配置を見直す必要があります。"),
        naiyo=("・業務量調査に基づき、部署ごとの適正な職員数を定めた定員管理計画を作ります。\n"
               "・1-5のRPA・生成ＡＩの活用で減らした時間を踏まえ、職員を重点分野に振り向けます。"),
        plan=("業務量調査", "定員管理計画の策定", "計画に基づく配置"),
        jisseki="全課の業務量調査を実施",
        ind=("職員数（4月1日現在）", 618, 605, 590, '0"人"'),
        hyoka="Ｂ",
        riyu="業務量調査は終えたが、調査結果の分析に時間がかかり、計画の骨子案の作成が年度内に間に合わなかった。",
        houkou="継続", biko="",
    ),
]

TOC_TITLES = {  # as printed in the 目次 (1-2 is stale there)
    "1-2": "窓口キャッシュレス決済の導入",
}

DEPTS_LIST = [
    "行政改革推進課", "企画政策課", "財政課", "人事課", "職員厚生室", "デジタル推進課",
    "広報広聴課", "資産管理課", "建築営繕課", "税務課", "納税課", "会計課", "市民課",
    "保険年金課", "介護保険課", "地域振興課", "商工観光課", "農林振興課", "教育総務課",
    "スポーツ振興課", "文化振興課", "子育て支援課", "福祉総務課", "環境保全課",
]


def checkbox(options, chosen):
    return "\u3000".join(("■" if o == chosen else "□") + o for o in options)


def style_range(ws, rng, *, fill=None, font=None, align=None, border=True):
    cells = ws[rng] if ":" in rng else ((ws[rng],),)
    for row in cells:
        for c in row:
            if border:
                c.border = BORDER
            if fill is not None:
                c.fill = fill
            if font is not None:
                c.font = font
            if align is not None:
                c.alignment = align


def put(ws, rng, value, *, label=False, head=False, wrap=True, h="left", v="top", size=10, bold=False):
    first = rng.split(":")[0]
    if ":" in rng:
        ws.merge_cells(rng)
    ws[first] = value
    if label:
        style_range(ws, rng, fill=LABEL_FILL, font=Font(name=FONT, size=10, bold=True),
                    align=Alignment(horizontal="distributed", vertical="center", wrap_text=True, indent=1))
    elif head:
        style_range(ws, rng, fill=HEAD_FILL, font=Font(name=FONT, size=10),
                    align=Alignment(horizontal="center", vertical="center", wrap_text=True))
    else:
        style_range(ws, rng, font=Font(name=FONT, size=size, bold=bold),
                    align=Alignment(horizontal=h, vertical=v, wrap_text=wrap))
    return ws[first]


def page_setup(ws, area):
    ws.print_area = area
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddHeader.right.text = "&A"
    ws.oddFooter.center.text = "&P / &N"
    ws.sheet_view.showGridLines = False


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


FORMULA_CACHE = {}  # (sheet title, cell) -> cached string value


def item_sheet_v1(wb, it, dv_dept, dv_hyoka):
    """Template used by 基本方針1・2: number and name on one row, 担当課|関係課 side by side."""
    ws = wb.create_sheet(it["sheet"])
    set_widths(ws, [13, 10, 10, 11, 12, 10, 11, 12])
    put(ws, "A1:H1", SHEET_TITLE, wrap=False, h="center", v="center", size=14, bold=True)
    for c in ws["A1:H1"][0]:
        c.border = Border(bottom=Side(style="medium"))
    ws.row_dimensions[1].height = 26
    ws.row_dimensions[2].height = 8

    put(ws, "A3", "基本方針", label=True)
    put(ws, "B3:H3", f"=リスト!$B${it['hoshin'] + 1}", v="center")
    FORMULA_CACHE[(it["sheet"], "B3")] = HOSHIN[it["hoshin"]]

    put(ws, "A4", "取組番号", label=True)
    c = put(ws, "B4", it["no"], h="center", v="center", size=12, bold=True)
    if "no_format" in it:
        c.number_format = it["no_format"]
    put(ws, "C4", "取組名", label=True)
    put(ws, "D4:H4", it["title"], v="center", size=12, bold=True)
    ws.row_dimensions[4].height = 30

    put(ws, "A5", "担当課", label=True)
    put(ws, "B5:D5", it["tanto"], v="center")
    dv_dept.add("B5")
    if it.get("tanto_comment"):
        cm = Comment(it["tanto_comment"], "行政改革推進課")
        cm.width, cm.height = 220, 60
        ws["B5"].comment = cm
    put(ws, "E5", "関係課", label=True)
    put(ws, "F5:H5", it["kankei"], v="center")
    if it["kankei"] and "\n" in it["kankei"]:
        ws.row_dimensions[5].height = 28

    put(ws, "A6", "区分", label=True)
    put(ws, "B6:D6", checkbox(KUBUN, it["kubun"]), v="center")
    put(ws, "E6", "実施期間", label=True)
    put(ws, "F6:H6", "令和6年度～令和8年度", v="center")

    put(ws, "A7:A10", "現状と課題", label=True)
    put(ws, "B7:H10", it["genjo"])
    put(ws, "A11:A14", "取組内容", label=True)
    put(ws, "B11:H14", it["naiyo"])
    for r in range(7, 15):
        ws.row_dimensions[r].height = 24

    put(ws, "A15:A17", "年度別計画", label=True)
    put(ws, "B15", "区分", head=True)
    for rng, y in (("C15:D15", "R6"), ("E15:F15", "R7"), ("G15:H15", "R8")):
        put(ws, rng, y, head=True)
    put(ws, "B16", "計画", head=True)
    put(ws, "B17", "実績", head=True)
    for rng, val in zip(("C16:D16", "E16:F16", "G16:H16"), it["plan"], strict=False):
        put(ws, rng, val, v="center")
    put(ws, "C17:D17", it["jisseki"], v="center")
    put(ws, "E17:F17", None)
    put(ws, "G17:H17", None)
    ws.row_dimensions[16].height = 30
    ws.row_dimensions[17].height = 30

    name, base, r6, target, fmt = it["ind"]
    put(ws, "A18:A19", "目標指標", label=True)
    put(ws, "B18:D18", "指標名", head=True)
    put(ws, "E18:F18", "現状値（R4）", head=True)
    put(ws, "G18", "R6実績", head=True)
    put(ws, "H18", "目標値（R8）", head=True)
    put(ws, "B19:D19", name, v="center")
    for rng, val in (("E19:F19", base), ("G19", r6), ("H19", target)):
        c = put(ws, rng, val, h="right", v="center")
        if not isinstance(val, str):
            c.number_format = fmt
        else:
            c.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[19].height = 30

    put(ws, "A20", "評価（R6）", label=True)
    put(ws, "B20", it["hyoka"], h="center", v="center", size=16, bold=True)
    dv_hyoka.add("B20")
    put(ws, "C20", "評価の理由", label=True)
    put(ws, "D20:H20", it["riyu"], v="center")
    ws.row_dimensions[20].height = 40
    put(ws, "A21", "今後の方向性", label=True)
    put(ws, "B21:H21", checkbox(HOUKOU, it["houkou"]), v="center")
    put(ws, "A22", "備考", label=True)
    put(ws, "B22:H22", it["biko"] or None, v="center")
    ws.row_dimensions[22].height = 24
    page_setup(ws, "A1:H22")
    ws.add_data_validation(dv_dept)
    ws.add_data_validation(dv_hyoka)
    return ws


def item_sheet_v2(wb, it, dv_dept, dv_hyoka):
    """Template used by 基本方針3 (another revision of the form): name on its own row,
    担当課 and 関係課 stacked, 年度 written out, 基本方針 typed beside the number."""
    ws = wb.create_sheet(it["sheet"])
    set_widths(ws, [13, 11, 11, 11, 11, 11, 11, 12])
    put(ws, "A1:H1", SHEET_TITLE, wrap=False, h="center", v="center", size=14, bold=True)
    for c in ws["A1:H1"][0]:
        c.border = Border(bottom=Side(style="medium"))
    ws.row_dimensions[1].height = 26
    ws.row_dimensions[2].height = 8

    put(ws, "A3", "取組番号", label=True)
    put(ws, "B3", it["no"], h="center", v="center", size=12, bold=True)
    put(ws, "C3", "基本方針", label=True)
    put(ws, "D3:H3", HOSHIN[it["hoshin"]], v="center")
    put(ws, "A4", "取組名", label=True)
    put(ws, "B4:H4", it["title"], v="center", size=12, bold=True)
    ws.row_dimensions[4].height = 34 if "\n" in it["title"] else 24
    put(ws, "A5", "担当課", label=True)
    put(ws, "B5:H5", it["tanto"], v="center")
    dv_dept.add("B5")
    put(ws, "A6", "関係課", label=True)
    put(ws, "B6:H6", it["kankei"], v="center")
    put(ws, "A7", "区分", label=True)
    put(ws, "B7:D7", checkbox(KUBUN, it["kubun"]), v="center")
    put(ws, "E7", "実施期間", label=True)
    put(ws, "F7:H7", "令和6年度～令和8年度", v="center")

    put(ws, "A8:A11", "現状と課題", label=True)
    put(ws, "B8:H11", it["genjo"])
    put(ws, "A12:A15", "取組内容", label=True)
    put(ws, "B12:H15", it["naiyo"])
    for r in range(8, 16):
        ws.row_dimensions[r].height = 24

    put(ws, "A16:A18", "年度別計画", label=True)
    put(ws, "B16", "区分", head=True)
    for rng, y in (("C16:D16", "令和6年度"), ("E16:F16", "令和7年度"), ("G16:H16", "令和8年度")):
        put(ws, rng, y, head=True)
    put(ws, "B17", "計画", head=True)
    put(ws, "B18", "実績", head=True)
    for rng, val in zip(("C17:D17", "E17:F17", "G17:H17"), it["plan"], strict=False):
        put(ws, rng, val, v="center")
    put(ws, "C18:D18", it["jisseki"], v="center")
    put(ws, "E18:F18", None)
    put(ws, "G18:H18", None)
    ws.row_dimensions[17].height = 30
    ws.row_dimensions[18].height = 30

    name, base, r6, target, fmt = it["ind"]
    put(ws, "A19:A20", "目標指標", label=True)
    put(ws, "B19:D19", "指標名", head=True)
    put(ws, "E19:F19", "現状値（令和4年度）", head=True)
    put(ws, "G19", "令和6年度実績", head=True)
    put(ws, "H19", "目標値（令和8年度）", head=True)
    put(ws, "B20:D20", name, v="center")
    for rng, val in (("E20:F20", base), ("G20", r6), ("H20", target)):
        c = put(ws, rng, val, h="right", v="center")
        if not isinstance(val, str):
            c.number_format = fmt
        else:
            c.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[19].height = 28
    ws.row_dimensions[20].height = 30

    put(ws, "A21", "評価（R6）", label=True)
    put(ws, "B21", it["hyoka"], h="center", v="center", size=16, bold=True)
    dv_hyoka.add("B21")
    put(ws, "C21", "評価の理由", label=True)
    put(ws, "D21:H21", it["riyu"], v="center")
    ws.row_dimensions[21].height = 40
    put(ws, "A22", "今後の方向性", label=True)
    put(ws, "B22:H22", checkbox(HOUKOU, it["houkou"]), v="center")
    put(ws, "A23", "備考", label=True)
    put(ws, "B23:H23", it["biko"] or None, v="center")
    page_setup(ws, "A1:H23")
    ws.add_data_validation(dv_dept)
    ws.add_data_validation(dv_hyoka)
    return ws


def cover(wb):
    ws = wb.active
    ws.title = "表紙"
    set_widths(ws, [4] + [11] * 7 + [4])
    put(ws, "B8:H8", PLAN, wrap=False, h="center", v="center", size=20, bold=True)
    put(ws, "B10:H10", "（取組個票）", wrap=False, h="center", v="center", size=16)
    put(ws, "B13:H13", "計画期間\u3000令和6年度～令和8年度", wrap=False, h="center", v="center", size=12)
    put(ws, "B22:H22", "令和7年6月", wrap=False, h="center", v="center", size=14)
    put(ws, "B23:H23", "しらかば台市", wrap=False, h="center", v="center", size=14)
    for rng in ("B8:H8", "B10:H10", "B13:H13", "B22:H22", "B23:H23"):
        for row in ws[rng]:
            for c in row:
                c.border = Border()
    ws.row_dimensions[8].height = 36
    ws.row_dimensions[10].height = 26
    ws.sheet_view.showGridLines = False
    ws.print_area = "A1:I30"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return ws


def toc(wb):
    ws = wb.create_sheet("目次")
    set_widths(ws, [28, 11, 50])
    put(ws, "A1:C1", "目\u3000次", wrap=False, h="center", v="center", size=14, bold=True)
    for c in ws["A1:C1"][0]:
        c.border = Border()
    ws.row_dimensions[1].height = 26
    put(ws, "A3", "基本方針", head=True)
    put(ws, "B3", "取組番号", head=True)
    put(ws, "C3", "取組名", head=True)
    row = 4
    for h in (1, 2, 3):
        group = [it for it in ITEMS if it["hoshin"] == h]
        put(ws, f"A{row}:A{row + len(group) - 1}", HOSHIN_TOC[h], v="center")
        for it in group:
            no = it["no"]
            if not isinstance(no, str):
                no = f"{no.month}-{no.day}"
            no = no.replace("２－５", "2-5")
            put(ws, f"B{row}", no, h="center", v="center")
            title = it["title"]
            if isinstance(title, CellRichText):
                title = str(title)
            title = TOC_TITLES.get(no, title.replace("\n", "").strip("\u3000"))
            c = put(ws, f"C{row}", title, v="center")
            c.hyperlink = Hyperlink(ref=f"C{row}", location=f"'{it['sheet']}'!A1", display=title)
            c.font = Font(name=FONT, size=10, color="0563C1", underline="single")
            row += 1
    row += 1
    put(ws, f"A{row}", "評価の区分", wrap=False, v="center", size=12, bold=True)
    ws[f"A{row}"].border = Border()
    row += 1
    put(ws, f"A{row}", "評価", head=True)
    put(ws, f"B{row}:C{row}", "内容", head=True)
    for mark, text in (("Ａ", "計画どおり、または計画を上回って進んでいる"),
                       ("Ｂ", "おおむね計画どおり進んでいるが、一部に遅れがある"),
                       ("Ｃ", "計画より遅れている"),
                       ("Ｄ", "未着手、または取組を中止した")):
        row += 1
        put(ws, f"A{row}", mark, h="center", v="center")
        put(ws, f"B{row}:C{row}", text, v="center")
    row += 2
    put(ws, f"A{row}:C{row}",
        "※各取組の評価は、令和6年度の実績をもとに担当課が自己評価し、行政改革推進本部で確認したものです。",
        v="center")
    for c in ws[f"A{row}:C{row}"][0]:
        c.border = Border()
    ws.row_dimensions[row].height = 30
    ws.sheet_view.showGridLines = False
    ws.print_area = f"A1:C{row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 1
    return ws


def lists(wb):
    ws = wb.create_sheet("リスト")
    ws["A1"], ws["B1"] = "番号", "基本方針"
    for h in (1, 2, 3):
        ws.cell(row=h + 1, column=1, value=h)
        ws.cell(row=h + 1, column=2, value=HOSHIN[h])
    ws["D1"] = "課名"
    for i, d in enumerate(DEPTS_LIST, start=2):
        ws.cell(row=i, column=4, value=d)
    ws["F1"] = "評価"
    for i, m in enumerate("ＡＢＣＤ", start=2):
        ws.cell(row=i, column=6, value=m)
    ws["H1"] = "区分"
    for i, k in enumerate(KUBUN, start=2):
        ws.cell(row=i, column=8, value=k)
    set_widths(ws, [6, 40, 2, 18, 2, 6, 2, 8])
    ws.sheet_state = "hidden"
    return ws


def build():
    wb = Workbook()
    cover(wb)
    toc(wb)
    for it in ITEMS:
        dv_dept = DataValidation(type="list", formula1="リスト!$D$2:$D$40", allow_blank=True,
                                 showErrorMessage=False)
        dv_hyoka = DataValidation(type="list", formula1="リスト!$F$2:$F$5", allow_blank=True)
        if it["hoshin"] < 3:
            item_sheet_v1(wb, it, dv_dept, dv_hyoka)
        else:
            item_sheet_v2(wb, it, dv_dept, dv_hyoka)
    lists(wb)
    wb.active = 0
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = ws.title == "表紙"

    p = wb.properties
    p.creator = "しらかば台市 総務部 行政改革推進課"
    p.lastModifiedBy = "しらかば台市 総務部 行政改革推進課"
    p.title = PLAN + " 取組個票"
    p.created = FIXED
    p.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def add_formula_cache(name, xml):
    """openpyxl writes formulas without a cached result; Excel always saves one.
    Put the displayed text into <v> (t="str") so readers see what Excel shows."""
    m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", name)
    if not m:
        return xml
    idx = int(m.group(1)) - 1
    title = SHEET_ORDER[idx]
    text = xml.decode("utf-8")
    for (sheet, ref), value in FORMULA_CACHE.items():
        if sheet != title:
            continue
        pat = re.compile(rf'<c r="{ref}"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>')
        mm = pat.search(text)
        if not mm:
            pat = re.compile(rf'<c r="{ref}"([^>]*)><f>([^<]*)</f></c>')
            mm = pat.search(text)
        assert mm, (sheet, ref)
        attrs = re.sub(r'\s+t="[^"]*"', "", mm.group(1))
        repl = f'<c r="{ref}"{attrs} t="str"><f>{mm.group(2)}</f><v>{value}</v></c>'
        text = text[:mm.start()] + repl + text[mm.end():]
    return text.encode("utf-8")


def fix_core(name, data):
    if name != "docProps/core.xml":
        return data
    text = data.decode("utf-8")
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\2", text)
    text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\2", text)
    return text.encode("utf-8")


SHEET_ORDER = ["表紙", "目次"] + [it["sheet"] for it in ITEMS] + ["リスト"]


NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def unescape_ncr(text):
    """openpyxl writes non-ASCII as &#NNNN;. Excel writes plain UTF-8."""
    return re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))) if int(m.group(1)) > 127 else m.group(0), text)


def to_shared_strings(sheets):
    """Turn openpyxl's inline strings into a shared-string table, as Excel saves them."""
    sst, index = [], {}
    pat = re.compile(r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is>(.*?)</is></c>', re.S)

    def repl(m):
        inner = m.group(3)
        if inner not in index:
            index[inner] = len(sst)
            sst.append(inner)
        return f'<c r="{m.group(1)}"{m.group(2)} t="s"><v>{index[inner]}</v></c>'

    total = 0
    for name in sorted(sheets, key=lambda n: int(re.search(r"(\d+)\.xml$", n).group(1))):
        text, n = pat.subn(repl, sheets[name])
        total += n
        sheets[name] = text
    body = "".join(f"<si>{s}</si>" for s in sst)
    return XML_DECL + f'<sst xmlns="{NS_MAIN}" count="{total}" uniqueCount="{len(sst)}">{body}</sst>'


def main():
    raw = build()
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {}
    for info in src.infolist():
        data = src.read(info.filename)
        data = add_formula_cache(info.filename, data)
        data = fix_core(info.filename, data)
        if info.filename.endswith((".xml", ".rels", ".vml")):
            text = unescape_ncr(data.decode("utf-8"))
            # empty styled cells: <c r="B1" s="12" t="n"></c> -> <c r="B1" s="12"/>
            text = re.sub(r'<c r="([A-Z]+\d+)"([^>]*?) t="n"></c>', r'<c r="\1"\2/>', text)
            parts[info.filename] = text
        else:
            parts[info.filename] = data
    sheets = {n: t for n, t in parts.items() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)}
    parts["xl/sharedStrings.xml"] = to_shared_strings(sheets)
    parts.update(sheets)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        "</Relationships>",
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'sharedStrings" Target="/xl/sharedStrings.xml" Id="rIdSST"/></Relationships>')
    for n, t in list(parts.items()):
        if isinstance(t, str):
            if not t.startswith("<?xml") and n.endswith((".xml", ".rels")):
                t = XML_DECL + t
            parts[n] = t.encode("utf-8")

    first = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]
    order = first + sorted(n for n in parts if n not in first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, parts[name])
    OUT.write_bytes(out.getvalue())
    print("wrote", OUT, len(out.getvalue()), "bytes")


if __name__ == "__main__":
    main()
