"""Build n1_midashi_style.docx: a fictional city's 男女共同参画プラン kept in Word, whose
heading numbers come from the heading STYLES (見出し 1-3 linked to a multilevel list through a
list style), not from the paragraphs.  Fictional city かざはな市; all sentences are invented.

Run:  /work/main/.venv/bin/python n1_midashi_style_make.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).with_name("n1_midashi_style.docx")

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"

doc = Document()
# python-docx's template carries a Word 2010 stylesWithEffects part with the old English style ids;
# drop it so styles.xml is the only style definition in the file.
for rId, rel in list(doc.part.rels.items()):
    if rel.reltype.endswith("/stylesWithEffects"):
        del doc.part.rels[rId]

# ---------------------------------------------------------------------------
# 1. Styles: give the styles the ids Japanese Word writes ("a" = 標準, "1".."3" = 見出し 1..3,
#    "10".."30" = 見出し N (文字)), fix every reference, then link the heading styles to the list.
# ---------------------------------------------------------------------------
RENAME = {
    "Normal": "a",
    "Heading1": "1", "Heading2": "2", "Heading3": "3",
    "Heading1Char": "10", "Heading2Char": "20", "Heading3Char": "30",
}
styles_el = doc.styles.element
for st in styles_el.findall(qn("w:style")):
    sid = st.get(qn("w:styleId"))
    if sid in RENAME:
        st.set(qn("w:styleId"), RENAME[sid])
    for tag in ("w:basedOn", "w:next", "w:link"):
        el = st.find(qn(tag))
        if el is not None and el.get(qn("w:val")) in RENAME:
            el.set(qn("w:val"), RENAME[el.get(qn("w:val"))])


def set_fonts(style, east_asia, size=None, bold=None):
    rpr = style.element.get_or_add_rPr()
    old = rpr.find(qn("w:rFonts"))
    if old is not None:
        rpr.remove(old)
    rpr.insert(0, parse_xml(
        '<w:rFonts {} w:ascii="Century" w:hAnsi="Century" w:eastAsia="{}" w:cs="Times New Roman"/>'.format(nsdecls("w"), east_asia)))
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)
    col = rpr.find(qn("w:color"))
    if col is not None and col.get(qn("w:themeColor")):
        del col.attrib[qn("w:themeColor")]


normal = doc.styles["Normal"]
set_fonts(normal, MINCHO, 10.5)
normal.paragraph_format.space_after = Pt(0)

# 見出し 1-3: numbering lives HERE (w:numPr in the style's pPr), never on the paragraphs.
NUM_FOR_STYLES = 21
for name, ilvl, size in (("Heading 1", None, 14), ("Heading 2", 1, 12), ("Heading 3", 2, 11)):
    st = doc.styles[name]
    set_fonts(st, GOTHIC, size, True)
    pf = st.paragraph_format
    pf.space_before = Pt(12 if ilvl is None else 8)
    pf.space_after = Pt(4)
    if ilvl is None:
        pf.page_break_before = True          # each 章 (and はじめに) starts a new page
    numPr = st.element.get_or_add_pPr().get_or_add_numPr()
    if ilvl is not None:                     # Word leaves ilvl out for level 0
        numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = NUM_FOR_STYLES

# A style based on 見出し 3 for the 重点施策: shaded, no numPr of its own -> inherits (N).
juten = doc.styles.add_style("見出し 3（重点施策）", WD_STYLE_TYPE.PARAGRAPH)
juten.element.set(qn("w:styleId"), "a8")
juten.base_style = doc.styles["Heading 3"]
juten.next_paragraph_style = normal
juten.element.get_or_add_pPr().append(parse_xml(
    '<w:shd {} w:val="clear" w:color="auto" w:fill="D9D9D9"/>'.format(nsdecls("w"))))
juten.quick_style = True

# The list style (種類: リスト) that owns the multilevel definition.
styles_el.append(parse_xml(
    '<w:style {} w:type="numbering" w:customStyle="1" w:styleId="a6">'
    '<w:name w:val="見出し番号（計画書）"/><w:basedOn w:val="NoList"/><w:uiPriority w:val="99"/>'
    '<w:rsid w:val="00B41E7A"/>'
    '<w:pPr><w:numPr><w:numId w:val="20"/></w:numPr></w:pPr></w:style>'.format(nsdecls("w"))))

# ---------------------------------------------------------------------------
# 2. Numbering part: abstractNum 20 holds the levels (styleLink a6, lvl/pStyle back to 1/2/3);
#    abstractNum 21 only points at the list style (numStyleLink a6); num 20 -> 20, num 21 -> 21.
# ---------------------------------------------------------------------------
def lvl(ilvl, fmt, text, pstyle=None, suff="space", left=0, hanging=0):
    ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
    sf = f'<w:suff w:val="{suff}"/>' if suff != "tab" else ""
    ind = (f'<w:ind w:left="{left}" w:hanging="{hanging}"/>' if hanging
           else f'<w:ind w:left="{left}" w:firstLine="0"/>')
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}{sf}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>{ind}</w:pPr>'
            '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>')


levels = "".join([
    lvl(0, "decimalFullWidth", "第%1章", "1"),
    lvl(1, "decimalFullWidth", "%2", "2", left=0),
    lvl(2, "decimalFullWidth", "（%3）", "3", suff="nothing", left=210),
    lvl(3, "decimalEnclosedCircle", "%4", None, left=420),
    lvl(4, "aiueoFullWidth", "%5", None, left=630),
    lvl(5, "aiueoFullWidth", "（%6）", None, suff="nothing", left=840),
    lvl(6, "decimal", "%7.", None, suff="tab", left=1260, hanging=420),
    lvl(7, "decimal", "%8.", None, suff="tab", left=1680, hanging=420),
    lvl(8, "decimal", "%9.", None, suff="tab", left=2100, hanging=420),
])
abstract20 = parse_xml(
    '<w:abstractNum {} w:abstractNumId="20"><w:nsid w:val="5C2E7A41"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>'
    '<w:styleLink w:val="a6"/>{}</w:abstractNum>'.format(nsdecls("w"), levels))
abstract21 = parse_xml(
    '<w:abstractNum {} w:abstractNumId="21"><w:nsid w:val="1E93B0D6"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="7A0C52E8"/>'
    '<w:numStyleLink w:val="a6"/></w:abstractNum>'.format(nsdecls("w")))
numbering = doc.part.numbering_part.element
last_abs = numbering.findall(qn("w:abstractNum"))[-1]
last_abs.addnext(abstract20)
abstract20.addnext(abstract21)
numbering.append(parse_xml('<w:num {} w:numId="20"><w:abstractNumId w:val="20"/></w:num>'.format(nsdecls("w"))))
numbering.append(parse_xml('<w:num {} w:numId="21"><w:abstractNumId w:val="21"/></w:num>'.format(nsdecls("w"))))

# ---------------------------------------------------------------------------
# 3. Page setup and footer (PAGE field; the cover page has its own empty footer).
# ---------------------------------------------------------------------------
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin = sec.bottom_margin = Mm(25)
sec.left_margin = sec.right_margin = Mm(22)
sec.different_first_page_header_footer = True
sec.first_page_footer.is_linked_to_previous = False

ftr = sec.footer._element
for p in ftr.findall(qn("w:p")):
    ftr.remove(p)
ftr.append(parse_xml(
    '<w:sdt {}><w:sdtPr><w:id w:val="-1729453210"/><w:docPartObj>'
    '<w:docPartGallery w:val="Page Numbers (Bottom of Page)"/><w:docPartUnique/>'
    '</w:docPartObj></w:sdtPr><w:sdtContent>'
    '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve">PAGE   \\* MERGEFORMAT</w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:rPr><w:noProof/><w:lang w:val="ja-JP"/></w:rPr><w:t>1</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '</w:p></w:sdtContent></w:sdt>'.format(nsdecls("w"))))

cp = doc.core_properties
cp.title = "第３次かざはな市男女共同参画プラン"
cp.author = "かざはな市"
cp.last_modified_by = "かざはな市"
cp.created = datetime.datetime(2025, 2, 20, 9, 0, 0)
cp.modified = datetime.datetime(2025, 3, 14, 17, 30, 0)
cp.revision = 12


# ---------------------------------------------------------------------------
# 4. Content helpers.  Heading paragraphs carry ONLY w:pStyle (no w:numPr), so
#    paragraph.text never holds the number Word displays.
# ---------------------------------------------------------------------------
def h1(text):
    return doc.add_paragraph(text, style="Heading 1")


def h2(text):
    return doc.add_paragraph(text, style="Heading 2")


def h3(text, juten_style=False):
    return doc.add_paragraph(text, style="見出し 3（重点施策）" if juten_style else "Heading 3")


def body(text, indent=True):
    p = doc.add_paragraph(text)
    if indent:
        p.paragraph_format.first_line_indent = Pt(10.5)
    return p


def bullet(text):
    p = doc.add_paragraph(text)
    p.paragraph_format.left_indent = Pt(10.5)
    p.paragraph_format.first_line_indent = Pt(-10.5)
    return p


def tanto(text):
    p = doc.add_paragraph(text)
    p.paragraph_format.left_indent = Pt(21)
    return p


def indicator_table(rows):
    t = doc.add_table(rows=1, cols=3)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, txt in zip(t.rows[0].cells, ("成果指標", "現状値（令和５年度）", "目標値（令和１１年度）"), strict=False):
        c.text = txt
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for i, (c, txt) in enumerate(zip(cells, r, strict=False)):
            c.text = txt
            if i:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in t.rows:
        row.cells[0].width = Mm(90)
        row.cells[1].width = Mm(38)
        row.cells[2].width = Mm(38)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------------------
# 5. Cover (表紙; no heading style, no number)
# ---------------------------------------------------------------------------
for _ in range(6):
    doc.add_paragraph()
p = doc.add_paragraph("第３次かざはな市男女共同参画プラン", style="Title")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("～ 一人ひとりが自分らしく輝くまち　かざはな ～", style="Subtitle")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("計画期間　令和７年度～令和１１年度")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
for _ in range(10):
    doc.add_paragraph()
for line in ("令和７年３月", "かざはな市"):
    p = doc.add_paragraph(line)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].font.size = Pt(14)

# ---------------------------------------------------------------------------
# 6. Body
# ---------------------------------------------------------------------------
# はじめに: 見出し 1 with its own numPr numId 0 -> numbering switched off for this paragraph.
p = h1("はじめに")
p._p.get_or_add_pPr().append(parse_xml(
    '<w:numPr {}><w:numId w:val="0"/></w:numPr>'.format(nsdecls("w"))))
body("本市では、平成２３年に「かざはな市男女共同参画推進条例」を施行し、これまで２次にわたるプランに基づいて、"
     "意識啓発や女性の活躍推進、配偶者等からの暴力の防止などに取り組んできました。")
body("一方、令和５年度に実施した市民意識調査では、家庭生活で男女の地位が「平等」と答えた人の割合は"
     "２８．４％にとどまり、固定的な性別役割分担意識が依然として根強いことが分かりました。")
body("このプランは、こうした課題を踏まえ、市民、事業所、地域団体と市が力を合わせて取り組む方向と、"
     "市が実施する具体的な施策を示すものです。")

h1("計画の基本的な考え方")
h2("計画策定の趣旨")
body("第２次プラン（令和２年度～令和６年度）の計画期間が終了することから、これまでの成果と課題を検証し、"
     "国や県の計画との整合を図りながら、第３次プランを策定しました。")
body("策定に当たっては、男女共同参画審議会での審議のほか、市民意識調査、事業所アンケート及びパブリック"
     "コメントを実施し、寄せられた意見を反映しました。")

h2("計画の位置づけ")
body("このプランは、次の三つの計画を一体のものとして策定しています。")
bullet("・男女共同参画社会基本法第１４条第３項に基づく市町村男女共同参画計画")
bullet("・女性の職業生活における活躍の推進に関する法律第６条第２項に基づく市町村推進計画")
bullet("・配偶者からの暴力の防止及び被害者の保護等に関する法律第２条の３第３項に基づく市町村基本計画")
body("また、「第６次かざはな市総合計画」の分野別計画として位置づけます。")

h2("計画の期間")
body("計画の期間は、令和７年度から令和１１年度までの５年間とします。")
body("ただし、社会情勢の変化や国・県の動向を踏まえ、必要に応じて見直しを行います。")

h1("施策の展開")
body("４つの基本目標の下に１３の施策を位置づけ、施策ごとに主な取組と担当課を示します。")
body("網掛けで示した施策は、計画期間中に特に力を入れて取り組む重点施策です。成果指標の現状値は令和５年度の実績です。")

h2("男女共同参画の意識づくり")
body("性別にかかわらず一人ひとりが個性と能力を発揮できるよう、家庭・学校・地域のあらゆる場で"
     "男女共同参画への理解を深めます。")
indicator_table([
    ("「男は仕事、女は家庭」という考え方に反対する市民の割合", "６１．２％", "７０．０％"),
    ("男女共同参画に関する講座の参加者数", "４８０人", "７００人"),
])

h3("固定的な性別役割分担意識の解消に向けた啓発")
tanto("担当課：男女共同参画課")
body("広報紙と市ホームページに啓発記事を年４回以上掲載するほか、毎年６月の男女共同参画週間に合わせてパネル展を開催します。")
body("事業所向けには、無意識の思い込み（アンコンシャス・バイアス）に気づくための出前講座を実施します。")

h3("学校における男女平等教育の推進", juten_style=True)
tanto("担当課：学校教育課、教育研究センター")
body("小・中学校の教職員を対象に、性別にとらわれない進路指導や性の多様性に関する研修を毎年度実施します。")
body("令和８年度までに、市内全１８校で男女混合名簿の運用を完了します。")

h3("市民向け講座と情報発信")
tanto("担当課：男女共同参画課／生涯学習課")
body("公民館の講座に男女共同参画の視点を取り入れ、親子で参加できる家事講座や防災講座を開催します。")
bullet("・ＳＮＳを活用し、講座の案内と開催報告を発信します。")

h2("あらゆる分野における女性の活躍推進")
h3("審議会等への女性の登用促進")
tanto("担当課：総務課")
tanto("関係課：行政経営課")
body("委員の改選時に女性の人材リストを活用し、審議会等の女性委員の割合を令和５年度の３１．５％から"
     "令和１１年度までに４０．０％に引き上げます。")
body("女性委員のいない審議会等（令和５年度末で６機関）をなくすことをめざします。")

h3("市職員の女性管理職登用", juten_style=True)
tanto("担当課：職員課")
body("課長補佐級以上に占める女性職員の割合（令和６年４月１日現在１９．８％）を、令和１１年度までに３０％以上とします。")
body("係長級への昇任前研修を充実させるとともに、育児期の職員も管理職を志望しやすい勤務制度を整えます。")

h3("女性の起業・就労支援")
tanto("担当課：商工観光課")
body("商工会議所と連携した創業塾に女性限定コースを設け、毎年度１５人の受講をめざします。")
body("再就職を希望する女性に向けて、託児付きの就職セミナーを公共職業安定所と共同で開催します。")

h3("農業分野での家族経営協定の普及")
tanto("担当課：農政課、農業委員会事務局")
body("家族経営協定の締結数を、令和５年度の４２戸から令和１１年度までに６０戸に増やします。")
body("認定農業者の研修会で、協定の内容と締結の手順を説明します。")

h2("ワーク・ライフ・バランスの実現")
body("仕事と家庭生活、地域活動を無理なく両立できるよう、子育て・介護の支援と働き方の見直しを進めます。")
indicator_table([
    ("男性職員の育児休業取得率（市職員）", "４５．０％", "８５．０％"),
    ("「仕事と生活の調和がとれている」と答えた市民の割合", "３６．７％", "４５．０％"),
])

h3("子育て支援と保育サービスの充実")
tanto("担当課：こども家庭課、保育課")
body("病児保育の定員を６人から１０人に拡充し、休日保育を実施する園を２園に増やします。")
body("子育て世帯からの相談は、令和７年度に開設するこども家庭センターで一体的に受け付けます。")

h3("男性の家事・育児参画の促進")
tanto("担当課：男女共同参画課")
tanto("関係課：健康推進課")
body("母子健康手帳の交付時に父親向けの育児ハンドブックを配布し、父親同士が交流できる土曜日の育児講座を年６回開催します。")

h3("市内事業所の働き方改革支援")
tanto("担当課：商工観光課・男女共同参画課")
body("長時間労働の是正や男性の育児休業取得に取り組む事業所を「かざはな市ワーク・ライフ・バランス推進事業所」として"
     "認定し、令和１１年度までに認定数を８０社とします。")
body("認定事業所は、市の入札参加資格審査で加点の対象とします。")

h2("安全・安心に暮らせる環境づくり")
body("配偶者等からの暴力を許さない意識を広げるとともに、災害時や健康の面でも性別によって困難が生じない環境を整えます。")

h3("ＤＶ防止と被害者支援", juten_style=True)
body("令和８年度までに市の配偶者暴力相談支援センターを設置し、相談から自立までを切れ目なく支援します。")
body("中学生と高校生を対象に、交際相手からの暴力（デートＤＶ）を防ぐ講座を毎年度実施します。")
tanto("担当課：こども家庭課、男女共同参画課")
tanto("関係課：市民課・福祉総務課")

h3("防災分野における男女共同参画")
tanto("担当課：危機管理室")
body("地域防災計画の見直しに女性の意見を反映させるため、防災会議の女性委員を現在の３人から８人に増やします。")
body("避難所運営マニュアルに、更衣室や授乳室の設置と女性用品の配布方法を明記します。")

h3("生涯を通じた健康づくり")
tanto("担当課：健康推進課／保健センター")
body("乳がん・子宮がん検診の受診率を高めるため、休日検診と託児を組み合わせた検診日を設けます。")
body("更年期の心身の不調について、男女それぞれを対象とした講座を開催します。")

h1("計画の推進")
body("プランを着実に推進するため、庁内の体制を整えるとともに、市民や事業所と連携して取り組みます。")
h2("推進体制")
h3("庁内推進体制の充実")
tanto("担当課：男女共同参画課")
body("副市長を本部長とする男女共同参画推進本部を年２回開催し、各施策の進み具合と課題を全庁で共有します。")

h3("市民・事業所との連携")
tanto("担当課：男女共同参画課、市民協働課")
body("公募市民や事業所の代表が参加する「かざはな市男女共同参画推進懇話会」を設け、プランの推進について意見を聴きます。")

h2("進捗管理")
body("各施策の担当課は、毎年度、取組の実績と成果指標の状況を取りまとめ、男女共同参画課に報告します。")
body("（１）の推進本部で確認した結果は男女共同参画審議会に報告し、その意見を翌年度の取組に反映するとともに、"
     "市ホームページで公表します。")

doc.save(OUT)
print("wrote", OUT)
