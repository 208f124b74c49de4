"""Build x2_toushin_taiou.html: a city CMS page that reports, per 提言, the status of the
city's response to its 行政改革推進委員会 答申 at the end of 令和6年度 (ふたば野市, fictional).

Deterministic: no randomness, no timestamps; the page is assembled from the fixed data below
with the standard library only and written as UTF-8 with LF line ends.

    /work/main/.venv/bin/python x2_toushin_taiou_make.py
"""
from pathlib import Path

OUT = Path(__file__).with_name("x2_toushin_taiou.html")

PAGE_TITLE = "ふたば野市行政改革推進委員会答申に対する市の対応状況（令和６年度末）"
SITE = "ふたば野市ホームページ"


def cell(text):
    """Cell text; a list becomes <br>-separated lines."""
    if isinstance(text, list):
        return "<br>\n        ".join(text)
    return text


# ---------------------------------------------------------------------------
# 提言 tables.  Each table is a caption (the 提言 number and title) and rows of
# labelled cells in a 4-column grid: th | td colspan=3, and a last row
# th 対応状況 | td mark | th 所管課 | td names.  Some tables vary the grid.
# ---------------------------------------------------------------------------

def std_rows(naiyo, hoshin, jokyo, yotei):
    return (
        f'    <tr>\n      <th scope="row">提言の内容</th>\n      <td colspan="3">{cell(naiyo)}</td>\n    </tr>\n'
        f'    <tr>\n      <th scope="row">市の対応方針</th>\n      <td colspan="3">{cell(hoshin)}</td>\n    </tr>\n'
        f'    <tr>\n      <th scope="row">令和６年度の取組状況</th>\n      <td colspan="3">{cell(jokyo)}</td>\n    </tr>\n'
        f'    <tr>\n      <th scope="row">今後の予定</th>\n      <td colspan="3">{cell(yotei)}</td>\n    </tr>\n'
    )


def status_row(mark, dept):
    return (
        f'    <tr>\n      <th scope="row">対応状況</th>\n      <td class="mark">{mark}</td>\n'
        f'      <th scope="row">所管課</th>\n      <td>{dept}</td>\n    </tr>\n'
    )


def table(caption, body, tid):
    return (
        f'<table class="teigen" id="{tid}">\n'
        f'  <caption>{caption}</caption>\n'
        '  <colgroup><col class="w18"><col class="w12"><col class="w12"><col></colgroup>\n'
        f'  <tbody>\n{body}  </tbody>\n</table>\n'
    )


T = {}

T["1-1"] = table(
    "提言１－１　「書かない窓口」の導入",
    std_rows(
        "転入・転出など来庁者の多い手続について、職員が聞き取りにより申請書を作成し、市民が記入しなくてもよい窓口を導入すること。",
        "令和６年度に市民課の住民異動手続で先行して導入し、効果を検証したうえで、福祉・子育て部門の窓口へ順次広げる。",
        ["令和６年１０月１日から、市民課の住民異動届など12手続で「書かない窓口」の運用を開始した。",
         "令和７年３月末までの利用件数は4,318件で、窓口での平均待ち時間は23分から14分に短縮した。",
         "・利用者アンケート（回答312人）では、92.3％が「手続が楽になった」と回答した。"],
        "令和７年度は、こども家庭課と障がい福祉課の窓口に対象を広げ、対象手続を12手続から30手続に増やす。",
    )
    + status_row("○", "市民課・情報政策課"),
    "t1-1",
)

T["1-2"] = table(
    "提言１－２　ＬＩＮＥ等を活用したオンライン申請の拡大",
    std_rows(
        "市民がスマートフォンから24時間申請できるよう、ＬＩＮＥ公式アカウントや電子申請サービスを活用し、オンラインで完結する手続を大幅に増やすこと。",
        "「ふたば野市オンライン手続拡大方針」に基づき、令和７年度末までにオンライン申請に対応する手続を200手続とする。",
        ["オンライン申請に対応する手続は、令和５年度末の86手続から令和６年度末には142手続となった。",
         "令和６年度のオンライン申請件数は21,560件（前年度比1.8倍）で、このうちＬＩＮＥ公式アカウント経由は6,904件であった。",
         "手数料の支払いには、令和６年７月からクレジットカード決済を利用できるようにした。"],
        "令和７年度は、施設予約と各種補助金の申請を中心に58手続を追加する。",
    )
    + status_row("○", "情報政策課"),
    "t1-2",
)

T["1-3"] = table(
    "提言１－３　支所機能の見直し",
    std_rows(
        "窓口取扱件数が減少している支所について、証明書のコンビニ交付やオンライン申請の普及を踏まえ、役割と配置を見直すこと。",
        "北部・西部・南部の３支所の利用状況を分析し、地域の意見を聴いたうえで、令和７年度中に支所の在り方の方針案をまとめる。",
        ["令和６年６月に庁内検討会（関係６課）を設置し、４回の会議を開催した。",
         "３支所の窓口取扱件数は、令和元年度の28,412件から令和６年度には16,075件に減少した（43.4％減）。",
         "提言１－１の「書かない窓口」を支所にも置くかどうかは、この検討とあわせて判断する。"],
        "令和７年度に各地区の自治会長会で意見を聴き、令和８年２月までに方針案を公表する。",
    )
    + status_row("△", "地域振興課、市民課"),
    "t1-3",
)

T["2-1"] = table(
    "提言２－１　市税等の収納率の向上",
    '    <tr>\n      <th scope="row">提言の内容</th>\n      <td colspan="3">納付方法の多様化と滞納整理の強化により、市税の収納率を県内上位の水準まで引き上げること。</td>\n    </tr>\n'
    '    <tr>\n      <th scope="row">市の対応方針</th>\n      <td colspan="3">スマートフォン決済の導入と口座振替の勧奨を進め、令和８年度の市税収納率99.0％を目指す。</td>\n    </tr>\n'
    '    <tr>\n      <th scope="row" rowspan="4">令和６年度の取組状況</th>\n'
    '      <td colspan="3">令和６年４月からスマートフォン決済アプリ４種類による納付を開始し、利用件数は18,247件となった。<br>\n'
    '        滞納整理では、預貯金など412件の差押えを行い、滞納繰越額は前年度末から3,870万円減少した。</td>\n    </tr>\n'
    '    <tr>\n      <td class="sub">区分</td>\n      <td class="sub">令和５年度</td>\n      <td class="sub">令和６年度</td>\n    </tr>\n'
    '    <tr>\n      <td>市税収納率</td>\n      <td>98.6％</td>\n      <td>98.9％</td>\n    </tr>\n'
    '    <tr>\n      <td>口座振替率</td>\n      <td>41.2％</td>\n      <td>43.5％</td>\n    </tr>\n'
    '    <tr>\n      <th scope="row">今後の予定</th>\n      <td colspan="3">令和７年度は、軽自動車税の納付書にコード決済用の二次元コードを印刷し、口座振替率45％を目指す。</td>\n    </tr>\n'
    + status_row("○", "納税課"),
    "t2-1",
)

T["2-2"] = table(
    "提言２－２　ふるさと納税の活用と新たな財源の確保",
    std_rows(
        "ふるさと納税の返礼品の充実や、市有施設へのネーミングライツの導入など、税以外の収入の確保に積極的に取り組むこと。",
        "返礼品の拡充と寄附サイトの追加を行うとともに、令和６年度にネーミングライツ制度を創設する。",
        ["ふるさと納税の寄附額は、令和５年度の1億2,400万円から令和６年度は1億8,730万円に増加した。",
         "返礼品は86品目から132品目に増やし、寄附受付サイトを２サイトから４サイトとした。",
         "令和６年９月にネーミングライツ制度を創設し、市民体育館と中央公園野球場の２施設で契約した（年額計180万円、契約期間５年）。"],
        "令和７年度以降も返礼品の見直しを毎年度行い、ネーミングライツの対象施設を追加で募集する。",
    )
    + status_row("◎", "シティプロモーション室・財政課"),
    "t2-2",
)

# 提言２－３ is split into two tables, as happens when a long table from the PDF
# version is pasted into the CMS: the second has the caption 「提言２－３（続き）」.
T["2-3"] = (
    table(
        "提言２－３　公共施設使用料の<br>見直し",
        '    <tr>\n      <th scope="row">提言の内容</th>\n      <td colspan="3">受益者負担の適正化を図るため、使用料の算定基準を明確にし、４年ごとに定期的に見直す仕組みを設けること。</td>\n    </tr>\n'
        '    <tr>\n      <th scope="row">市の対応方針</th>\n      <td colspan="3">令和６年度に「使用料等の算定基準」を策定し、令和７年１０月１日からの新しい使用料の適用を目指す。</td>\n    </tr>\n'
        '    <tr>\n      <th scope="row">令和６年度の取組状況</th>\n      <td colspan="3">令和６年８月に「使用料等の算定基準」を策定し、対象となる38施設の原価を算定した。<br>\n'
        '        改定案について令和７年１月にパブリックコメントを実施し、27件の意見が寄せられた。<br>\n'
        '        改定案の内容は、次の表のとおりである。</td>\n    </tr>\n',
        "t2-3",
    )
    + table(
        "提言２－３（続き）",
        '    <tr>\n      <th scope="row" rowspan="4">令和６年度の取組状況（続き）</th>\n'
        '      <td class="sub">改定の区分</td>\n      <td class="sub">施設数</td>\n      <td class="sub">平均改定率</td>\n    </tr>\n'
        '    <tr>\n      <td>引上げ</td>\n      <td>21施設</td>\n      <td>＋12.4％</td>\n    </tr>\n'
        '    <tr>\n      <td>据置き</td>\n      <td>14施設</td>\n      <td>－</td>\n    </tr>\n'
        '    <tr>\n      <td>引下げ</td>\n      <td>3施設</td>\n      <td>－8.0％</td>\n    </tr>\n'
        '    <tr>\n      <th scope="row">今後の予定</th>\n      <td colspan="3">令和７年６月議会に条例改正案を提出し、同年１０月１日から適用する。次回の見直しは令和１１年度に行う。</td>\n    </tr>\n'
        + status_row("○", "財政課・資産経営課"),
        "t2-3b",
    )
    + '<p class="note">※ 平均改定率は、施設ごとの１時間当たり使用料の改定率を単純平均したものです。激変緩和のため、引上げ後の額は現行の1.5倍を上限としています。</p>\n'
)

T["2-4"] = table(
    "提言２－４　ごみ収集業務の全面民間委託",
    std_rows(
        "直営で行っている家庭ごみの収集運搬業務について、費用対効果を検証し、全面的に民間事業者へ委託すること。",
        "収集運搬業務の民間委託を段階的に拡大する。ただし、災害時の収集体制を確保するため、直営の収集班は一部存続させる。",
        ["令和６年度に可燃ごみの２地区（東部・中央）を新たに委託し、委託率（収集量ベース）は62％から70％となった。",
         "直営班は８班から６班に減らし、人件費等で年間約4,200万円の削減効果を見込んでいる。"],
        "令和９年度までに委託率80％とすることを目標とし、直営班４班は存続させる。",
    )
    + '    <tr>\n      <th scope="row">対応が困難な理由</th>\n      <td colspan="3">令和５年の豪雨災害では、災害ごみの収集を直営班が中心となって担った。災害時に市が直接指示できる収集体制を残す必要があることから、全面委託は困難と判断した。</td>\n    </tr>\n'
    + status_row("×", "清掃センター"),
    "t2-4",
)

T["3-1"] = table(
    "提言３－１　施設総量の縮減目標の設定と進行管理",
    std_rows(
        "公共施設等総合管理計画に延床面積の縮減目標を明記し、毎年度その達成状況を公表すること。",
        "令和６年３月の計画改訂で、令和４年度比で令和１４年度までに延床面積を10％縮減する目標を定め、毎年度進捗を公表する。",
        ["令和６年度末の公共施設の延床面積は35万2,100㎡で、基準年度（令和４年度）の35万9,600㎡から2.1％縮減した。",
         "旧西部給食センターなど４施設を解体し、解体費は合計2億3,600万円であった。"],
        "令和７年度は旧北部保健センターの解体設計を行い、施設ごとの方向性を示す個別施設計画を見直す。",
    )
    + status_row("○", "資産経営課"),
    "t3-1",
)

# 提言３－２: two 所管課 in two rows of a rowspan block.
T["3-2"] = table(
    "提言３－２　学校施設と地域施設の複合化（東小学校区）",
    std_rows(
        "学校の改築に合わせて、公民館や児童館などの地域施設を学校に集約し、施設の有効活用と維持管理費の削減を図ること。",
        "東小学校の改築をモデルとして、北公民館と東児童館を複合化する基本構想を令和６年度に策定する。",
        ["令和６年１２月に「東小学校区複合施設基本構想」を策定した。",
         "構想では、延床面積を３施設の合計7,840㎡から6,300㎡に縮減し、概算事業費を約38億円と見込んでいる。",
         "地域説明会を３回開催し、延べ146人が参加した。"],
        "令和７年度に基本設計、令和８～９年度に実施設計と工事を行い、令和１０年４月の供用開始を予定している。",
    )
    + '    <tr>\n      <th scope="row" rowspan="2">対応状況</th>\n      <td class="mark" rowspan="2">○</td>\n'
    '      <th scope="row" rowspan="2">所管課</th>\n      <td>教育総務課</td>\n    </tr>\n'
    '    <tr>\n      <td>生涯学習課</td>\n    </tr>\n',
    "t3-2",
)

T["3-3"] = table(
    "提言３－３　未利用地の売却・貸付の推進",
    std_rows(
        "利用予定のない市有地を洗い出し、売却や貸付により財源の確保と維持管理費の削減を図ること。",
        "未利用地の一覧を公表し、一般競争入札による売却と定期借地による貸付を計画的に進める。",
        ["令和６年５月に未利用地23か所の一覧を市ホームページで公表した。",
         "令和６年度は一般競争入札により４件を売却し（売却額計1億1,350万円）、３件を事業用定期借地として貸し付けた（年額計412万円）。"],
        "残る16か所について、令和７年度は測量が済んだ５か所の入札を行う。",
    )
    + status_row("◎", "管財課<br>\n        都市計画課"),
    "t3-3",
)

T["4-1"] = table(
    "提言4-1　ＤＸ推進体制の強化",
    std_rows(
        "デジタル技術を活用した業務改革を全庁で進めるため、専任の組織を設け、各課に推進役となる職員を置くこと。",
        "令和６年４月にデジタル推進室を新設し、各課にＤＸ推進リーダーを配置する。",
        ["令和６年４月１日にデジタル推進室（職員８人）を設置した。",
         "各課にＤＸ推進リーダー計64人を指名し、年６回の研修を実施した。",
         "ＡＩ議事録作成システムとＲＰＡを導入し、年間約5,800時間の業務時間を削減した。"],
        "令和７年度はＤＸ推進リーダーによる業務改善提案制度を始め、30件以上の提案を目標とする。",
    )
    + status_row("◎", "デジタル推進室・人事課"),
    "t4-1",
)

T["4-2"] = table(
    "提言4-2　職員の人材育成と多様な働き方の推進",
    std_rows(
        "職員の意欲と能力を高めるため、研修の充実とテレワーク等の柔軟な働き方の導入を進めること。",
        "人材育成基本方針を改定するとともに、テレワークと時差出勤の対象職員を広げる。",
        ["令和６年１０月に「ふたば野市人材育成基本方針」を改定した。",
         "テレワークの利用者は、令和５年度の112人から令和６年度は287人に増えた。",
         "職員１人当たりの時間外勤務は月平均12.8時間で、前年度より1.9時間減少した。"],
        "令和７年度は、管理職向けのマネジメント研修を新設し、全管理職（98人）の受講を目指す。",
    )
    + status_row("○", "人事課"),
    "t4-2",
)

T["4-3"] = table(
    "提言4-3　定員管理の適正化",
    std_rows(
        "業務量の変化とデジタル化の効果を踏まえて、新たな定員適正化計画を策定し、職員数を計画的に管理すること。",
        "令和７年度までに業務量調査を行い、その結果を踏まえて令和８年度からの定員適正化計画を策定する。",
        ["令和６年４月１日現在の職員数は812人（前年同日比４人減）である。",
         "業務量調査は、令和６年度に対象とした42課のうち28課で終えた。残る14課は令和７年度に実施する。"],
        "業務量調査の遅れにより、定員適正化計画の策定は令和８年度にずれ込む見込みである。",
    )
    + status_row("△", "人事課／行政改革推進課"),
    "t4-3",
)

PAGETOP = '<p class="pagetop"><a href="#top">▲ページの先頭へ</a></p>\n'

CONTENT = (
    f'<h1>{PAGE_TITLE}</h1>\n'
    '<div class="share">\n  <ul>\n    <li><a href="https://x.com/share" class="x">ポスト</a></li>\n'
    '    <li><a href="https://www.facebook.com/share.php" class="fb">シェア</a></li>\n'
    '    <li><a href="https://social-plugins.line.me/lineit/share" class="line">LINEで送る</a></li>\n'
    '    <li><a href="javascript:window.print();" class="print">印刷</a></li>\n  </ul>\n</div>\n'
    '<p>市は、令和５年１１月２４日に、ふたば野市行政改革推進委員会から「ふたば野市における持続可能な行財政運営の推進について（答申）」を受けました。答申には、４つの章に13項目の提言が盛り込まれています。</p>\n'
    '<p>市では、令和６年２月に答申に対する市の対応方針を定め、全庁で取組を進めています。このたび、令和６年度末（令和７年３月３１日）現在の対応状況を取りまとめましたので、お知らせします。なお、この対応状況は、令和７年５月２２日に開催した令和７年度第１回行政改革推進委員会に報告しています。</p>\n'
    '<h2>対応状況の区分</h2>\n'
    '<p>各提言の対応状況は、次の４つの区分で表示しています。</p>\n'
    '<table class="legend">\n  <thead>\n    <tr>\n      <th scope="col">記号</th>\n      <th scope="col">区分</th>\n      <th scope="col">内容</th>\n    </tr>\n  </thead>\n  <tbody>\n'
    '    <tr>\n      <td>◎</td>\n      <td>対応済</td>\n      <td>答申の趣旨に沿った措置を終えたもの</td>\n    </tr>\n'
    '    <tr>\n      <td>○</td>\n      <td>対応中</td>\n      <td>答申の趣旨に沿って取組を進めているもの（一部実施を含む）</td>\n    </tr>\n'
    '    <tr>\n      <td>△</td>\n      <td>検討中</td>\n      <td>対応の方法や時期を検討しているもの</td>\n    </tr>\n'
    '    <tr>\n      <td>×</td>\n      <td>対応困難</td>\n      <td>現時点では答申のとおりの対応は困難と判断したもの（理由を記載）</td>\n    </tr>\n'
    '  </tbody>\n</table>\n'
    '<p>章別の対応状況は、次のとおりです。</p>\n'
    '<table class="summary">\n  <thead>\n    <tr>\n      <th scope="col">章</th>\n      <th scope="col">◎対応済</th>\n      <th scope="col">○対応中</th>\n'
    '      <th scope="col">△検討中</th>\n      <th scope="col">×対応困難</th>\n      <th scope="col">計</th>\n    </tr>\n  </thead>\n  <tbody>\n'
    '    <tr>\n      <th scope="row">第１</th>\n      <td>0</td>\n      <td>2</td>\n      <td>1</td>\n      <td>0</td>\n      <td>3</td>\n    </tr>\n'
    '    <tr>\n      <th scope="row">第２</th>\n      <td>1</td>\n      <td>2</td>\n      <td>0</td>\n      <td>1</td>\n      <td>4</td>\n    </tr>\n'
    '    <tr>\n      <th scope="row">第３</th>\n      <td>1</td>\n      <td>2</td>\n      <td>0</td>\n      <td>0</td>\n      <td>3</td>\n    </tr>\n'
    '    <tr>\n      <th scope="row">第４</th>\n      <td>1</td>\n      <td>1</td>\n      <td>1</td>\n      <td>0</td>\n      <td>3</td>\n    </tr>\n'
    '    <tr class="total">\n      <th scope="row">合計</th>\n      <td>3</td>\n      <td>7</td>\n      <td>2</td>\n      <td>1</td>\n      <td>13</td>\n    </tr>\n'
    '  </tbody>\n</table>\n'
    '<p class="note">※ 対応状況は、所管課による自己点検の結果を行政改革推進課が確認し、区分したものです。</p>\n'
    '<p class="note">※ 令和５年度末の対応状況（◎１件、○８件、△３件、×１件）と比べ、２項目が「対応済」となりました。</p>\n'
    '<h2 id="dai1">第１　市民サービスの向上</h2>\n'
    '<p>答申では、市民の手続の負担を減らすため、窓口の改善とオンライン化を一体的に進めるよう求めています。</p>\n'
    + T["1-1"] + T["1-2"] + T["1-3"] + PAGETOP
    + '<h2 id="dai2">第２　財政運営の健全化</h2>\n'
    '<h3>１　歳入の確保</h3>\n'
    '<p>自主財源を確保するため、市税等の収納対策と新たな収入の確保について提言を受けています。</p>\n'
    + T["2-1"]
    + '<p class="note">※ 市税収納率は、現年度分と滞納繰越分を合わせた率です。</p>\n'
    + T["2-2"]
    + '<h3>２　歳出の見直し</h3>\n'
    '<p>受益と負担の関係を見直し、民間の力を活用して経費を抑えるよう提言を受けています。</p>\n'
    + T["2-3"] + T["2-4"] + PAGETOP
    + '<h2 id="dai3">第３　公共施設マネジメントの推進</h2>\n'
    '<p>公共施設の老朽化と人口減少を踏まえ、施設の総量を減らしつつ、残す施設は長く大切に使うことが求められています。</p>\n'
    + T["3-1"] + T["3-2"] + T["3-3"] + PAGETOP
    + '<h2 id="dai4">第４　組織運営と人材育成</h2>\n'
    '<h3>１　組織体制の見直し</h3>\n'
    '<p>行政のデジタル化を進めるための推進体制について、提言を受けています。</p>\n'
    + T["4-1"]
    + '<h3>２　人材の育成と確保</h3>\n'
    '<p>限られた職員で質の高いサービスを提供するため、人材育成と定員管理について提言を受けています。</p>\n'
    + T["4-2"] + T["4-3"] + PAGETOP
    + '<h2>今後の進め方</h2>\n'
    '<p>「対応中」と「検討中」の９項目については、引き続き所管課が取組を進め、行政改革推進課が半期ごとに進捗を確認します。「対応困難」とした１項目についても、答申の趣旨を踏まえ、委託の拡大など可能な範囲で取組を続けます。</p>\n'
    '<p>令和７年度末の対応状況は、令和８年６月頃にこのページで公表する予定です。また、令和８年度に予定している次期行政改革大綱の策定に当たっては、答申の内容と対応状況を反映させます。</p>\n'
    '<p>答申の全文と対応状況の一覧表は、次のファイルをご覧ください。</p>\n'
    '<ul class="file_list">\n'
    '  <li class="pdf"><a href="/material/files/group/5/toushin_r0511.pdf">答申全文（PDF：1.2MB）</a></li>\n'
    '  <li class="pdf"><a href="/material/files/group/5/taiou_r06.pdf">答申に対する市の対応状況一覧表（令和６年度末）（PDF：486KB）</a></li>\n'
    '</ul>\n'
)

HEAD = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{PAGE_TITLE} - {SITE}</title>
<meta name="description" content="ふたば野市行政改革推進委員会の答申に対する市の対応状況（令和６年度末現在）をお知らせします。">
<meta property="og:title" content="{PAGE_TITLE}">
<meta property="og:site_name" content="{SITE}">
<link rel="stylesheet" href="/css/style.css">
<link rel="stylesheet" href="/css/print.css" media="print">
<script src="/js/jquery.min.js"></script>
<script>
  (function(){{var d=document.documentElement;d.className=d.className.replace('no-js','js');}})();
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-FUTABANO01');
</script>
<style>
  table.teigen caption {{ text-align: left; font-weight: bold; padding: 0.4em 0; }}
  table.teigen td.mark {{ text-align: center; font-size: 1.4em; }}
  table.teigen td.sub {{ background: #f2f2f2; text-align: center; }}
</style>
</head>
<body id="top" class="no-js">
<div id="skip"><a href="#main">本文へ移動</a></div>
<header id="header">
  <div class="inner">
    <p id="logo"><a href="/"><img src="/img/logo.png" alt="ふたば野市" width="240" height="60"></a></p>
    <div id="tools">
      <dl class="fontsize">
        <dt>文字の大きさ</dt>
        <dd><a href="#" data-size="s">小</a></dd>
        <dd><a href="#" data-size="m">中</a></dd>
        <dd><a href="#" data-size="l">大</a></dd>
      </dl>
      <dl class="color">
        <dt>色の変更</dt>
        <dd><a href="#" data-color="default">標準</a></dd>
        <dd><a href="#" data-color="black">黒</a></dd>
      </dl>
      <ul class="links">
        <li><a href="/sitemap/">サイトマップ</a></li>
        <li><a href="/foreign/">Foreign language</a></li>
      </ul>
      <form id="search" action="/search/" method="get">
        <label for="q">サイト内検索</label>
        <input type="text" id="q" name="q" placeholder="キーワードを入力">
        <button type="submit">検索</button>
      </form>
    </div>
  </div>
  <nav id="gnav" aria-label="グローバルナビゲーション">
    <ul>
      <li><a href="/kurashi/">くらし・手続き</a></li>
      <li><a href="/kosodate/">子育て・教育</a></li>
      <li><a href="/kenko/">健康・福祉</a></li>
      <li><a href="/sangyo/">産業・しごと</a></li>
      <li><a href="/kanko/">観光・イベント</a></li>
      <li><a href="/shisei/">市政情報</a></li>
    </ul>
  </nav>
</header>
<div id="breadcrumbs">
  <p>現在の位置：<a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/gyokaku/">行政改革</a> &gt; <a href="/shisei/gyokaku/iinkai/">行政改革推進委員会</a> &gt; <span>{PAGE_TITLE}</span></p>
</div>
<div id="wrap">
<main id="main">
<div id="content">
"""

TAIL = f"""</div><!-- /#content -->
<div class="plugin">
  <p><a href="https://get.adobe.com/jp/reader/"><img src="/img/get_adobe_reader.png" alt="Get Adobe Acrobat Reader" width="158" height="39"></a></p>
  <p>PDFファイルをご覧いただくには、Adobe Acrobat Reader（無料）が必要です。お持ちでない方は、アドビ社のホームページからダウンロードしてください。</p>
</div>
<div id="inquiry">
  <h2>このページに関するお問い合わせ</h2>
  <p>総務部　行政改革推進課　行革推進係<br>
  〒999-2300　ふたば野市若葉町一丁目２番３号（本庁舎３階）<br>
  電話番号：0000-45-1234（直通）　ファクス番号：0000-45-1299</p>
  <p class="mail"><a href="/form/inquiry.html?page=24681">メールでのお問い合わせはこちら</a></p>
</div>
<div id="pageinfo">
  <p>ページ番号：0024681</p>
  <p>更新日：令和7年6月20日</p>
</div>
</main>
<nav id="side" aria-label="サイドメニュー">
  <h2>行政改革</h2>
  <ul>
    <li><a href="/shisei/gyokaku/taiko/">第３次ふたば野市行政改革大綱</a></li>
    <li><a href="/shisei/gyokaku/jisshi/">行政改革実施計画と進捗状況</a></li>
    <li><a href="/shisei/gyokaku/iinkai/">ふたば野市行政改革推進委員会</a></li>
    <li><a href="/shisei/gyokaku/iinkai/toushin_r0511.html">行政改革推進委員会からの答申（令和５年１１月）</a></li>
    <li><a href="/shisei/gyokaku/iinkai/taiou_r05.html">ふたば野市行政改革推進委員会答申に対する市の対応状況（令和５年度末）</a></li>
    <li class="current"><a href="/shisei/gyokaku/iinkai/taiou_r06.html">{PAGE_TITLE}</a></li>
  </ul>
  <h2>このページを見ている人はこんなページも見ています</h2>
  <ul>
    <li><a href="/shisei/zaisei/kessan/">決算の状況</a></li>
    <li><a href="/shisei/shisetsu/kanri/">公共施設等総合管理計画</a></li>
  </ul>
</nav>
</div><!-- /#wrap -->
<p class="to_top"><a href="#top">このページの先頭へ</a></p>
<footer id="footer">
  <ul class="fnav">
    <li><a href="/about/policy.html">サイトポリシー</a></li>
    <li><a href="/about/privacy.html">個人情報の取り扱い</a></li>
    <li><a href="/about/accessibility.html">アクセシビリティ方針</a></li>
  </ul>
  <address>
    <span class="name">ふたば野市役所</span>
    〒999-2300　ふたば野市若葉町一丁目２番３号<br>
    電話番号：0000-45-1111（代表）<br>
    開庁時間：月曜日から金曜日の午前８時３０分から午後５時１５分まで（祝日・休日、年末年始を除く）
  </address>
  <p class="copyright"><small>Copyright &copy; Futabano City. All Rights Reserved.</small></p>
</footer>
<script src="/js/common.js"></script>
</body>
</html>
"""


def main():
    html = HEAD + CONTENT + TAIL
    OUT.write_bytes(html.encode("utf-8"))
    print(f"wrote {OUT.name}: {len(html)} chars")


if __name__ == "__main__":
    main()
