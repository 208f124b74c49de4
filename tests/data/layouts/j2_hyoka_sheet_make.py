"""Build j2_hyoka_sheet.docx: a fictional town's 事務事業評価シート collection, as a Word file.

Imitates the Word-edited 事務事業評価シート that towns publish: a few ordinary paragraphs
(title block, はじめに, 評価の方法, 評価対象事業一覧), then one sheet per 事業, each sheet a
Word table used as a form (label cells left, values right, merged cells, several
paragraphs inside one cell), with a page break before every sheet. No page numbers.

Uses python-docx's public API only. Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("j2_hyoka_sheet.docx")

TOWN = "あけぼの沢町"
RUNNING_HEADER = "あけぼの沢町事務事業評価シート（令和６年度実施事業）"

GOALS = {
    "1": "１　安全で安心して暮らせるまち",
    "2": "２　健やかに暮らせるまち",
    "3": "３　活力と学びのあるまち",
    "4": "４　町民とともに進める行財政運営",
}
POLICIES = {
    "1-1": "１－１　地域防災力の向上",
    "1-2": "１－２　交通安全と防犯の推進",
    "2-1": "２－１　子育て支援の充実",
    "2-2": "２－２　健康づくりと介護予防の推進",
    "3-1": "３－１　移住定住と地域交通の確保",
    "3-2": "３－２　農林業の振興",
    "3-3": "３－３　学校教育の充実",
    "4-1": "４－１　行政サービスのデジタル化",
}

YEAR_HEAD = ["令和４年度", "令和５年度", "令和６年度", "目標値（令和８年度）"]
METHOD = "{}直営　{}委託　{}補助"
KUBUN = ["拡充", "継続", "改善", "縮小", "廃止"]


def checks(selected):
    return "　".join(("■" if k == selected else "□") + k for k in KUBUN)


# Each sheet: code (as printed), name paragraphs, 主管課 paragraphs, 関係課 paragraphs,
# goal/policy keys, 事業期間, 実施方法 marks, 目的, 内容, indicators, cost, 評価, 今後の方向性
SHEETS = [
    dict(
        code="１－１－０１", name=["防災情報伝達体制整備事業"], main=["総務課"], rel=["―"],
        goal="1", policy="1-1", period="令和３年度～令和７年度", method=("□", "■", "□"),
        purpose=["災害時に町からの避難情報を、全ての町民に確実かつ迅速に届ける。",
                 "屋外スピーカーの音が聞き取りにくい山間部や住宅の密集した地区で、情報が届きにくい状態を解消する。"],
        content=["・防災行政無線（同報系）のデジタル化工事（屋外拡声子局42局の更新）",
                 "・戸別受信機の希望世帯への無償貸与",
                 "【令和６年度の実績】",
                 "屋外拡声子局12局の更新工事を完了し、累計で36局となった。戸別受信機は新たに215台を貸与した。"],
        ind=[("（活動）子局の更新数（累計・局）", "12", "24", "36", "42"),
             ("（成果）戸別受信機の貸与世帯数（世帯）", "1,180", "1,402", "1,617", "2,000")],
        cost=("48,300", "51,720", "50,940"),
        kubun="継続",
        reason="工事は計画どおり進んでいる。戸別受信機の貸与は高齢者世帯を中心に伸びているが、若い世代からの申込みは少ない。",
        future=["令和７年度に残る６局の更新を終え、事業を完了する。",
                "戸別受信機を持たない世帯に向けて、防災アプリと登録制メールの周知を進める。"],
    ),
    dict(
        code="１－１－０３", name=["木造住宅耐震化促進事業"], main=["建設課"], rel=["総務課"],
        goal="1", policy="1-1", period="平成２８年度～", method=("□", "□", "■"),
        purpose=["昭和56年5月以前に建てられた木造住宅の耐震化を進め、地震による住宅の倒壊から町民の生命を守る。"],
        content=["・耐震診断費用の全額補助（町が耐震診断士を派遣）",
                 "・耐震改修工事費の補助（工事費の５分の４、上限100万円）",
                 "・除却（解体）費用の補助（上限30万円）",
                 "【令和６年度の実績】",
                 "耐震診断18件、改修工事6件、除却9件に補助した。"],
        ind=[("（活動）耐震診断の実施件数（件）", "22", "15", "18", "20"),
             ("（成果）木造住宅の耐震化率（％）", "78.4", "79.6", "80.9", "85.0")],
        cost=("9,860", "8,210", "10,450"),
        kubun="改善",
        reason="診断件数は回復したが、診断後に改修へ進む割合は３割にとどまっている。改修に進まない主な理由は費用の負担である。",
        future=["診断結果の説明の際に、改修と除却それぞれの費用の目安と補助額を具体的に示す。",
                "寝室など一部屋だけを補強する耐震シェルターの設置を、令和７年度から補助の対象に加える。"],
    ),
    dict(
        code="１－２－０２", name=["通学路防犯カメラ設置事業"], main=["住民課"], rel=["教育総務課・建設課"],
        goal="1", policy="1-2", period="令和４年度～令和８年度", method=("□", "■", "□"),
        purpose=["児童生徒が安心して登下校できるよう、地域の見守り活動を補い、通学路での犯罪を未然に防ぐ。"],
        content=["・通学路合同点検で見通しが悪いとされた箇所への防犯カメラの設置（計画30台）",
                 "・設置箇所への注意喚起看板の掲示",
                 "【令和６年度の実績】",
                 "小学校２校の通学路に８台を設置し、累計で22台となった。画像の提供は、警察からの照会による３件であった。"],
        ind=[("（活動）防犯カメラの設置台数（累計・台）", "6", "14", "22", "30"),
             ("（成果）通学路での不審者情報の件数（件）", "11", "9", "6", "5")],
        cost=("3,540", "4,020", "4,180"),
        kubun="継続",
        reason="設置を進めた地区では不審者情報の件数が減っており、一定の抑止効果がみられる。",
        future=["残る８台は、中学校の通学路を優先して設置する。",
                "設置台数の増加に合わせ、機器の保守点検を一括して委託する方法を検討する。"],
    ),
    dict(
        code="２－１－０２", name=["産後ケア事業"], main=["子育て支援課"], rel=["健康づくり課、子育て支援センター"],
        goal="2", policy="2-1", period="令和元年度～", method=("□", "■", "□"),
        purpose=["出産後の母親の心身の回復を支え、育児への不安を和らげて、安心して子育てを始められるようにする。"],
        content=["・宿泊型（町外の助産院２か所に委託、最長６泊）",
                 "・通所型（子育て支援センターでの日帰りケア）",
                 "・訪問型（助産師による家庭訪問）",
                 "【令和６年度の実績】",
                 "令和６年度から対象を産後１年未満の母子に広げた。利用者は実人数で48人、延べ利用日数は163日であった。"],
        ind=[("（活動）延べ利用日数（日）", "92", "118", "163", "180"),
             ("（成果）利用者の満足度（％）", "91.2", "93.5", "95.0", "95.0")],
        cost=("4,260", "5,310", "7,080"),
        kubun="拡充",
        reason="対象を広げたことで利用は大きく伸びた。宿泊型は、希望した日に利用できない例が月に数件ある。",
        future=["宿泊型の委託先を１か所増やし、利用枠を広げる。",
                "妊娠届出時の面談で、全ての妊婦に事業を案内する。"],
    ),
    dict(
        code="２－１－０５", name=["放課後児童クラブ運営事業"], main=["子育て支援課"], rel=["教育総務課", "生涯学習課"],
        goal="2", policy="2-1", period="平成１５年度～", method=("□", "■", "□"),
        purpose=["保護者が就労等により昼間家庭にいない小学生に、放課後の安全な居場所と、遊びや生活の場を提供する。"],
        content=["・町内５か所の放課後児童クラブの運営委託（うち２か所は小学校の余裕教室を活用）",
                 "・長期休業期間中の開所時間の繰上げ（午前７時30分から）",
                 "【令和６年度の実績】",
                 "登録児童数は312人で、前年度から27人増えた。第二小学校区では、年度当初に待機児童が４人生じた。"],
        ind=[("（活動）開所日数（日）", "289", "290", "291", "291"),
             ("（成果）待機児童数（４月１日時点・人）", "0", "2", "4", "0")],
        cost=("61,480", "64,950", "69,320"),
        kubun="改善",
        reason="利用希望の増加に受入れが追いついていない。支援員の確保が難しく、定員を増やせない状況にある。",
        future=["第二小学校の特別教室を放課後に使えるよう学校と協議し、令和８年度に定員を20人増やす。",
                "処遇改善の補助金を活用して支援員の賃金水準を引き上げ、人材の確保につなげる。"],
    ),
    dict(
        code="２－２－０１", name=["「いきいき百歳体操」普及事業"], main=["福祉課"], rel=["地域包括支援センター／健康づくり課"],
        goal="2", policy="2-2", period="平成３０年度～", method=("■", "□", "□"),
        purpose=["高齢者が身近な集会所で継続して体操に取り組むことで、筋力の低下を防ぎ、要介護状態になることを予防する。"],
        content=["・住民主体の体操グループの立ち上げ支援（体操の映像と重りの貸出し）",
                 "・理学療法士による年２回の体力測定と助言",
                 "【令和６年度の実績】",
                 "新たに４グループが発足し、38グループ、参加者612人となった。"],
        ind=[("（活動）体操グループ数（グループ）", "31", "34", "38", "45"),
             ("（成果）体力測定で維持・改善した参加者の割合（％）", "82.0", "84.3", "83.7", "85.0")],
        cost=("1,120", "1,240", "1,380"),
        kubun="継続",
        reason="グループ数、参加者数ともに増えている。男性の参加者は全体の１割程度にとどまっている。",
        future=["男性が参加しやすいよう、公民館の講座と組み合わせた体験会を開く。",
                "グループの世話役が無理なく交代できるよう、世話役向けの研修会を続ける。"],
    ),
    dict(
        code="２－２－０４", name=["特定健診受診率向上事業"], main=["健康づくり課"], rel=["なし"],
        goal="2", policy="2-2", period="平成２０年度～", method=("■", "□", "□"),
        purpose=["国民健康保険の被保険者が年に一度健診を受け、生活習慣病を早期に発見して重症化を防げるようにする。"],
        content=["・未受診者への個別の受診勧奨（はがき、電話）",
                 "・休日健診と夜間健診の実施",
                 "・受診者への健康ポイントの付与",
                 "【令和６年度の実績】",
                 "過去３年間に一度も受診していない人を対象に、受診歴に合わせた内容のはがきを２回送付した。"],
        ind=[("（活動）受診勧奨の通知数（件）", "2,840", "3,105", "3,460", "3,500"),
             ("（成果）特定健診の受診率（％）", "41.8", "43.2", "45.6", "60.0")],
        cost=("2,380", "2,610", "2,950"),
        kubun="継続",
        reason="受診率は３年連続で上昇したが、40歳代と50歳代の受診率は30％台にとどまっている。",
        future=["40歳代と50歳代に向けて、医療機関で受ける個別健診の枠を広げる。",
                "住民課の保険年金係と連携し、保険の資格取得の手続の際に受診を呼びかける。"],
    ),
    dict(
        code="３－１－０２", name=["地域公共交通（デマンド型乗合タクシー）", "運行支援事業"], main=["企画課"],
        rel=["福祉課、総務課"],
        goal="3", policy="3-1", period="令和２年度～", method=("□", "■", "□"),
        purpose=["路線バスが廃止された地域の住民、特に自家用車を持たない高齢者の通院や買物のための移動手段を確保する。"],
        content=["・予約制の乗合タクシーの運行（町内全域、平日１日８便）",
                 "・町内のタクシー事業者への運行委託と、運賃収入で賄えない経費の補填",
                 "【令和６年度の実績】",
                 "令和６年10月から、電話に加えてインターネットでも予約を受け付けるようにした。延べ利用者数は9,820人であった。"],
        ind=[("（活動）運行便数（便）", "1,920", "1,944", "1,960", "1,960"),
             ("（成果）延べ利用者数（人）", "8,150", "9,030", "9,820", "11,000")],
        cost=("18,640", "19,870", "21,150"),
        kubun="改善",
        reason="利用者は増えているが、午前中の便に予約が集中し、希望の時刻で予約できない例がある。",
        future=["午前の便を増やし、利用の少ない午後の便を減らして、運行時間を組み替える。",
                "運転免許を自主返納した人への回数券の交付を続ける。"],
    ),
    dict(
        code="３－１－０４", name=["空き家バンク・移住定住促進事業"], main=["企画課"], rel=["建設課・税務課"],
        goal="3", policy="3-1", period="平成２９年度～", method=("■", "□", "■"),
        purpose=["町内の空き家を活用して町外からの移住者を受け入れ、人口の減少を緩やかにする。"],
        content=["・空き家バンクの運営（物件の登録、利用希望者の現地案内）",
                 "・移住者の住宅改修費の補助（上限50万円、子育て世帯は上限80万円）",
                 "・首都圏で開かれる移住相談会への出展（年３回）",
                 "【令和６年度の実績】",
                 "空き家バンクの成約は14件で、うち11件が町外からの移住であった。"],
        ind=[("（活動）新規登録物件数（件）", "16", "21", "19", "25"),
             ("（成果）空き家バンクを通じた移住世帯数（世帯）", "7", "9", "11", "12")],
        cost=("6,920", "7,480", "8,060"),
        kubun="拡充",
        reason="成約件数は過去最多となった。一方で登録物件が不足しており、相談に対して紹介できる物件が少ない。",
        future=["固定資産税の納税通知書に空き家バンクの案内を同封し、登録物件を掘り起こす。",
                "移住後の暮らしを支えるため、移住者に地区の世話役を紹介する仕組みをつくる。"],
    ),
    dict(
        code="３－２－０１", name=["あけぼの沢ブランド農産物支援事業"], main=["産業振興課"], rel=["農業委員会事務局"],
        goal="3", policy="3-2", period="令和３年度～令和７年度", method=("□", "□", "■"),
        purpose=["町の特産であるトマトと米の付加価値を高め、農業者の所得の向上と後継者の確保につなげる。"],
        content=["・ブランド認証制度の運営（認証品目の審査、認証シールの交付）",
                 "・加工品の開発や販路の開拓に取り組む農業者への補助（補助率２分の１、上限50万円）",
                 "【令和６年度の実績】",
                 "新たに３品目を認証し、認証品目は計17品目となった。補助は５件に交付した。"],
        ind=[("（活動）ブランド認証品目数（品目）", "11", "14", "17", "20"),
             ("（成果）町内直売所での認証品目の販売額（千円）", "38,200", "42,650", "47,910", "50,000")],
        cost=("3,150", "3,480", "3,290"),
        kubun="継続",
        reason="販売額は順調に伸びている。加工品開発の補助は、申請者が一部の農業者に固定化している。",
        future=["令和７年度で事業期間が終わるため、これまでの効果を検証し、令和８年度以降の支援の形を決める。",
                "新規就農者には、補助制度を個別に案内する。"],
    ),
    dict(
        code="３－３－０２", name=["ＧＩＧＡスクール端末活用推進事業"], main=["教育総務課"], rel=["デジタル推進室"],
        goal="3", policy="3-3", period="令和３年度～", method=("■", "■", "□"),
        purpose=["１人１台端末を授業や家庭学習で日常的に使い、児童生徒の情報活用能力を育てる。"],
        content=["・小中学校の１人１台端末と校内通信環境の維持管理",
                 "・ＩＣＴ支援員の派遣（週２日、各校を巡回）",
                 "・教職員向けの端末活用研修",
                 "【令和６年度の実績】",
                 "端末の更新に向けて、県の共同調達に参加することを決めた。ＩＣＴ支援員の派遣は延べ384日であった。"],
        ind=[("（活動）教職員研修の実施回数（回）", "8", "10", "12", "12"),
             ("（成果）授業で端末をほぼ毎日使う児童生徒の割合（％）", "52.4", "66.8", "74.1", "90.0")],
        cost=("24,800", "26,350", "27,900"),
        kubun="継続",
        reason="端末の活用は着実に広がっているが、学校によって活用の度合いに差がみられる。",
        future=["令和７年度に約1,400台の端末を更新する。更新費用には国の補助金を充てる。",
                "活用が進んでいる学校の授業例を、町内の全ての学校で共有する。"],
    ),
    dict(
        code="４－１－０３", name=["ＬＩＮＥを活用した行政手続オンライン化事業"], main=["デジタル推進室"],
        rel=["住民課、税務課、総務課"],
        goal="4", policy="4-1", period="令和５年度～令和８年度", method=("■", "□", "□"),
        purpose=["役場に来なくても手続ができるようにして町民の負担を減らすとともに、窓口業務を効率化する。"],
        content=["・町公式ＬＩＮＥアカウントからの電子申請（住民票の写しの請求、各種の予約など）",
                 "・窓口での手数料のキャッシュレス決済の導入",
                 "【令和６年度の実績】",
                 "新たに９つの手続をオンライン化し、対象は計31手続となった。キャッシュレス決済は、令和６年７月から住民課の窓口で始めた。"],
        ind=[("（活動）オンライン化した手続の数（手続）", "―", "22", "31", "60"),
             ("（成果）対象手続のオンライン申請率（％）", "―", "14.2", "21.7", "40.0")],
        cost=("―", "5,630", "4,980"),
        kubun="拡充",
        reason="オンライン申請の利用は増えているが、オンライン化した手続の数は計画を下回っている。",
        future=["申請件数の多い手続から順にオンライン化を進め、令和８年度までに60手続とする。",
                "各課の職員向けに、申請フォームの作り方の研修を行う。"],
    ),
]

WIDTHS = [Cm(2.4), Cm(3.4), Cm(2.3), Cm(2.3), Cm(2.3), Cm(3.0)]


def put(cell, lines, bold=False, align=None, size=None):
    """Write lines into a cell, one paragraph per line (several paragraphs in one cell)."""
    if isinstance(lines, str):
        lines = [lines]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = size
        if align is not None:
            p.alignment = align
    return cell


def label(cell, text):
    put(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def sheet(doc, s):
    rows = 13
    t = doc.add_table(rows=rows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = WIDTHS[i]
    C = t.cell
    R = WD_ALIGN_PARAGRAPH.RIGHT
    CE = WD_ALIGN_PARAGRAPH.CENTER

    # r0: 事業番号 | code | 事業名 | name (merged across three columns)
    label(C(0, 0), "事業番号")
    put(C(0, 1), s["code"], align=CE)
    C(0, 1).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    label(C(0, 2), "事業名")
    name = C(0, 3).merge(C(0, 5))
    put(name, s["name"], bold=True)
    name.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    # r1-r2: 担当課 (merged down two rows) | 主管課 / 関係課 | value (merged across)
    tanto = C(1, 0).merge(C(2, 0))
    label(tanto, "担当課")
    label(C(1, 1), "主管課")
    put(C(1, 2).merge(C(1, 5)), s["main"])
    label(C(2, 1), "関係課")
    put(C(2, 2).merge(C(2, 5)), s["rel"])

    # r3: 基本目標 | goal | 施策 | policy
    label(C(3, 0), "基本目標")
    put(C(3, 1).merge(C(3, 2)), GOALS[s["goal"]])
    label(C(3, 3), "施策")
    put(C(3, 4).merge(C(3, 5)), POLICIES[s["policy"]])

    # r4: 事業期間 | period | 実施方法 | check boxes
    label(C(4, 0), "事業期間")
    put(C(4, 1).merge(C(4, 2)), s["period"])
    label(C(4, 3), "実施方法")
    put(C(4, 4).merge(C(4, 5)), METHOD.format(*s["method"]))

    # r5: 目的, r6: 内容 (several paragraphs in one merged cell)
    label(C(5, 0), "目的")
    put(C(5, 1).merge(C(5, 5)), s["purpose"])
    label(C(6, 0), "内容")
    put(C(6, 1).merge(C(6, 5)), s["content"])

    # r7-r9: 成果指標 (merged down three rows) with a sub-grid of years
    label(C(7, 0).merge(C(9, 0)), "成果指標")
    label(C(7, 1), "指標名（単位）")
    for j, y in enumerate(YEAR_HEAD):
        label(C(7, 2 + j), y)
    for k, ind in enumerate(s["ind"]):
        r = 8 + k
        put(C(r, 1), ind[0], size=Pt(9))
        for j in range(4):
            put(C(r, 2 + j), ind[1 + j], align=R)

    # r10: 事業費（千円） label merged across two columns, then yearly values
    label(C(10, 0).merge(C(10, 1)), "事業費（千円）")
    for j, v in enumerate(s["cost"]):
        put(C(10, 2 + j), v, align=R)
    put(C(10, 5), "―", align=CE)

    # r11: 評価, r12: 今後の方向性
    label(C(11, 0), "評価")
    put(C(11, 1).merge(C(11, 5)), [checks(s["kubun"]), "（評価の理由）" + s["reason"]])
    label(C(12, 0), "今後の方向性")
    put(C(12, 1).merge(C(12, 5)), s["future"])


def main():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    # the first page (title block and introduction) carries no running header
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = RUNNING_HEADER
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # no footer and no page number field: a Word page has no printed number here

    # title block
    t = doc.add_paragraph(style="Title")
    t.add_run("あけぼの沢町事務事業評価シート")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ["（令和６年度実施事業）", "令和７年８月", TOWN]:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("はじめに", level=1)
    doc.add_paragraph(
        "本町では、第５次あけぼの沢町総合計画（令和３年度～令和12年度）に掲げる施策を着実に進めるため、"
        "毎年度、主な事務事業について担当課による自己評価を行っています。")
    doc.add_paragraph(
        "この評価シートは、令和６年度に実施した事業のうち、総合計画の重点事業を中心に12事業を選び、"
        "その目的、内容、成果指標の推移、評価及び今後の方向性をまとめたものです。評価の結果は企画課が取りまとめ、"
        "令和８年度の予算編成と実施計画の見直しに活用します。")

    doc.add_heading("評価の方法", level=1)
    doc.add_paragraph(
        "各事業の担当課は、成果指標の実績値を目標値と比べたうえで、事業の必要性、有効性及び効率性を踏まえて評価を行いました。")
    doc.add_paragraph(
        "評価の結果は「拡充」「継続」「改善」「縮小」「廃止」の５区分で示し、シートの評価欄では、"
        "該当する区分の□を■に置き換えています。")
    doc.add_paragraph("事業費は各年度の決算額（千円未満切捨て）で、職員の人件費は含みません。")

    doc.add_heading("評価対象事業一覧", level=1)
    doc.add_paragraph("評価の対象とした12事業は次のとおりです。事業番号は、総合計画の施策体系に基づく番号です。")
    for s in SHEETS:
        doc.add_paragraph("・{}　{}（{}）".format(s["code"], "".join(s["name"]), "".join(s["main"])))

    for s in SHEETS:
        doc.add_page_break()
        sheet(doc, s)
    doc.add_paragraph()  # Word keeps a paragraph after the last table

    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
