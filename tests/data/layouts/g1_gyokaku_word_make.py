# Builds g1_gyokaku_word.docx: a fictional 行政改革実施計画 (すずかけ市) as a Word file.
# Uses only python-docx's public API.
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).with_name("g1_gyokaku_word.docx")

doc = Document()
doc.core_properties.title = "すずかけ市行政改革実施計画"
doc.core_properties.author = "すずかけ市 総務部 行政改革推進課"

# running header (not part of the body text)
doc.sections[0].header.paragraphs[0].text = "すずかけ市行政改革実施計画"


def para(text, bold=False, style=None, align=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    if bold:
        r.bold = True
    if align is not None:
        p.alignment = align
    return p


def body(*lines):
    for line in lines:
        para(line)


def table(rows, header_bold=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if i == 0 and header_bold:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t


# ---------------- cover ----------------
for _ in range(6):
    doc.add_paragraph()
t = doc.add_paragraph(style="Title")
t.add_run("すずかけ市行政改革実施計画")
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
para("（令和６年度～令和８年度）", align=WD_ALIGN_PARAGRAPH.CENTER)
for _ in range(8):
    doc.add_paragraph()
para("令和６年３月", align=WD_ALIGN_PARAGRAPH.CENTER)
p = para("すずかけ市", align=WD_ALIGN_PARAGRAPH.CENTER)
p.runs[0].font.size = Pt(16)
doc.add_page_break()

# ---------------- 第１章 ----------------
doc.add_heading("第１章　計画の基本的な考え方", level=1)

doc.add_heading("１　計画策定の趣旨", level=2)
body(
    "本市では、令和２年度に策定した第３次行政改革大綱に基づき、事務の効率化と財源の確保に取り組んできました。",
    "一方で、生産年齢人口の減少や施設の老朽化により、今後も厳しい財政運営が見込まれます。大綱の後期にあたる３年間の具体的な取組と目標を明らかにするため、この実施計画を策定します。",
)

doc.add_heading("２　計画期間", level=2)
body("計画期間は、令和６年度から令和８年度までの３年間とします。各年度の位置付けは次のとおりです。")
table([
    ["区分", "令和６年度", "令和７年度", "令和８年度"],
    ["計画の進め方", "実施・検証", "実施・検証・見直し", "総括・次期計画の策定"],
])
doc.add_paragraph()

doc.add_heading("３　計画の体系", level=2)
body(
    "大綱に掲げる３つの基本方針ごとに取組を定め、取組番号は通し番号としています。",
    "・基本方針１　市民サービスの向上（取組１～取組４）",
    "・基本方針２　効率的な行政運営（取組５～取組８）",
    "・基本方針３　健全な財政運営（取組９～取組14）",
)

# ---------------- 第２章 ----------------
doc.add_heading("第２章　具体的な取組", level=1)
body("本章では、基本方針ごとに各取組の現状と課題、取組内容、担当課及び目標を示します。")

doc.add_heading("基本方針１　市民サービスの向上", level=2)
body("市民が時間や場所にとらわれずに手続や相談ができるよう、デジタル技術と対面の窓口を組み合わせてサービスの質を高めます。")

# 取組１ (bold Normal paragraph; department line right after the heading; goal as a small table)
para("取組１　行政手続のオンライン化の推進", bold=True)
body("担当課：デジタル推進課、市民課")
para("【現状と課題】", bold=True)
body("オンラインで申請できる手続は令和４年度末で４８件にとどまり、子育てや介護の分野では紙の申請書が中心となっています。")
para("【取組内容】", bold=True)
body("利用件数の多い手続から順にオンライン化し、電子納付にも対応します。来庁が必要な手続は、事前予約の仕組みを整えます。")
table([
    ["指標", "現状値（令和４年度）", "目標値（令和８年度）"],
    ["オンライン申請ができる手続数", "４８件", "１５０件"],
])
doc.add_paragraph()

# 取組２ (department as heading suffix)
para("取組２　窓口サービスの改善（市民課）", bold=True)
para("【現状と課題】", bold=True)
body("転入・転出が集中する３月と４月には、市民課窓口の待ち時間が最大で９０分に達しています。")
para("【取組内容】", bold=True)
body(
    "申請書の記入を不要にする「書かない窓口」を導入し、混雑状況をウェブサイトで確認できるようにします。",
    "目標：繁忙期の平均待ち時間　３０分以内（令和８年度）",
)

# 取組３ (plain, not bold; full-width ＳＮＳ in the title)
para("取組３　公式ウェブサイトとＳＮＳによる情報発信の充実")
para("【現状と課題】", bold=True)
body("市のウェブサイトは情報量が多く、目的のページにたどり着けないという意見が市民アンケートで寄せられています。")
para("【取組内容】", bold=True)
body(
    "ウェブサイトの分類を利用者の目線で見直すとともに、防災やイベントの情報はＳＮＳでも同時に発信します。",
    "目標：ウェブサイトが「見やすい」と答えた市民の割合　７０％（令和８年度）",
    "担当課：広報広聴課",
)

# 取組４ (heading broken by a manual line break; bare department-names line after it)
p = doc.add_paragraph()
r = p.add_run("取組４　地域の課題解決に向けた市民協働の")
r.bold = True
r.add_break(WD_BREAK.LINE)
r2 = p.add_run("仕組みづくり")
r2.bold = True
body("市民協働課・地域振興課")
para("【現状と課題】", bold=True)
body("自治会の加入率は６１．２％まで低下し、地域の担い手不足が課題となっています。")
para("【取組内容】", bold=True)
body(
    "ＮＰＯや企業が地域の課題に提案できる協働事業提案制度を創設し、採択した事業の立ち上げを支援します。",
    "目標：協働事業の実施件数　累計１２件（令和８年度）",
)

doc.add_heading("基本方針２　効率的な行政運営", level=2)

# 取組５ (styled Heading 3, unlike the other 取組; ／-separated departments; goal table)
doc.add_heading("取組５　生成ＡＩを活用した業務の効率化", level=3)
para("【現状と課題】", bold=True)
body("文書の作成や議事録の要約に多くの時間を要しており、職員１人当たりの時間外勤務は年間１６２時間となっています。")
para("【取組内容】", bold=True)
body("庁内ネットワークで安全に使える生成ＡＩを導入し、利用のルールを定めた上で全課に展開します。")
table([
    ["指標", "現状値（令和４年度）", "目標値（令和８年度）"],
    ["生成ＡＩの活用による削減時間", "―", "年間１２，０００時間"],
])
doc.add_paragraph()
body("担当課：デジタル推進課／行政改革推進課")

# 取組６ (【担当課】 bracket form)
para("取組６　職員の人材育成と働き方改革", bold=True)
para("【現状と課題】", bold=True)
body("採用後１０年未満の職員が全体の４割を占め、業務の知識や経験の継承が追いついていません。")
para("【取組内容】", bold=True)
body(
    "職層ごとの研修体系を見直すとともに、テレワークと時差出勤を全ての職場で選べるようにします。",
    "目標：テレワークを実施した職員の割合　５０％（令和８年度）",
    "【担当課】職員課",
)

# 取組７ (担当課 and 関係課 lines; a body line that starts with 取組４)
para("取組７　指定管理者制度の運用の見直し", bold=True)
body(
    "担当課：行政改革推進課",
    "関係課：文化スポーツ課、公園緑地課",
)
para("【現状と課題】", bold=True)
body("指定管理者による施設の管理運営は２３施設に広がりましたが、評価の方法が施設ごとに異なっています。")
para("【取組内容】", bold=True)
body(
    "モニタリングと評価の基準を統一し、評価結果を次の指定管理者の選定に反映します。",
    "取組４で検討する協働事業提案制度とも連携し、地域団体が施設運営に参加できる方法を検討します。",
)

# 取組８ (heading suffix plus a 担当課 line that repeats it)
para("取組８　公共施設の長寿命化と再編（資産活用課）", bold=True)
para("【現状と課題】", bold=True)
body("市が保有する建物の延床面積の５２％が建築後３０年を超えており、今後４０年間の更新費用は約１，１００億円と見込まれます。")
para("【取組内容】", bold=True)
body(
    "公共施設等総合管理計画に基づき、利用が少ない集会施設の統合と学校施設の複合化を進めます。",
    "目標：公共施設の延床面積　令和４年度比３％縮減（令和８年度）",
    "担当課：資産活用課、建築課",
)

doc.add_heading("基本方針３　健全な財政運営", level=2)
body("歳入の確保と歳出の見直しを両面から進め、将来にわたって必要なサービスを提供できる財政基盤をつくります。")
para("令和８年度までの３年間で、合計４億５千万円の財源を確保することをめざします。", bold=True)
body("この基本方針の取組は、次の一覧のとおりです。")

rows = [
    ["番号", "取組名", "担当課", "目標（令和８年度）"],
    ["９", "市税等の収納率の向上", "納税課", "市税の現年度分収納率　９９．３％"],
    ["10", "ふるさと納税の推進", "企画政策課、商工観光課", "寄附額　年間３億円"],
    ["11", "使用料・手数料の見直し", "財政課", "全ての使用料の算定根拠を公表"],
    ["12", "補助金の見直し", "", "終期を定めた補助金の割合　１００％"],
    ["13", "未利用市有地の売却と貸付", "資産活用課・管財課", "売却・貸付による収入　累計２億円"],
    ["14", "企業版ふるさと納税の活用", "企画政策課", "寄附額　累計５千万円"],
]
tb = table(rows)
# 担当課 of rows 11 and 12 is one vertically merged cell (printed once)
tb.cell(3, 2).merge(tb.cell(4, 2))
doc.add_paragraph()

# ---------------- 第３章 ----------------
doc.add_heading("第３章　計画の推進", level=1)

doc.add_heading("１　推進体制", level=2)
body("市長を本部長とする行政改革推進本部が計画全体の進行を管理し、各部長は所管する取組の責任者となります。事務局は行政改革推進課が担います。")

para("２　進捗管理と公表", bold=True)
body(
    "取組の進捗は、次の手順で毎年度確認します。",
    "１　各担当課は、毎年度４月末までに前年度の取組実績と目標の達成状況を報告します。",
    "２　行政改革推進本部は、報告を基に各取組を４段階で評価し、必要に応じて内容を見直します。",
    "３　評価結果は行政改革推進委員会に報告し、市のウェブサイトで公表します。",
    "所管：行政改革推進課",
)

doc.save(OUT)
print("wrote", OUT)
