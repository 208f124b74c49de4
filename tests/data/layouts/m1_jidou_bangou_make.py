"""Build m1_jidou_bangou.docx: a fictional 行政改革推進計画 実施計画 (しおかぜ台市) whose heading numbers
are produced by Word's automatic list numbering (numbering part + w:numPr), never typed into the text.

Run with: /work/main/.venv/bin/python m1_jidou_bangou_make.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("m1_jidou_bangou.docx")

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"

# ---------------------------------------------------------------------------------------------
# Numbering definitions (added to the numbering part of python-docx's default template, which
# already holds abstractNum 0-8 / num 1-9 for its List Number / List Bullet styles).
# ---------------------------------------------------------------------------------------------


def lvl_xml(ilvl, fmt, text, suff, left, hanging, font=GOTHIC, bold=False, start=1):
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
    rpr += "<w:b/>" if bold else ""
    rpr += "</w:rPr>"
    # schema order inside w:lvl: start, numFmt, lvlRestart, pStyle, isLgl, suff, lvlText, lvlJc, pPr, rPr
    return (
        f'<w:lvl w:ilvl="{ilvl}">'
        f'<w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="{suff}"/>'
        f'<w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
        f"{rpr}</w:lvl>"
    )


# abstractNum 10: the multilevel outline list 第１章 / （１） / ①
ABS_OUTLINE = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="10">'
    '<w:nsid w:val="5A3C1E10"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0F1E2D10"/>'
    + lvl_xml(0, "decimalFullWidth", "第%1章", "space", 0, 0, bold=True)
    + lvl_xml(1, "decimalFullWidth", "（%2）", "nothing", 420, 420, bold=True)
    + lvl_xml(2, "decimalEnclosedCircle", "%3", "space", 630, 420)
    + "".join(lvl_xml(i, "decimal", f"%{i + 1}.", "tab", 630 + 210 * i, 420, font=MINCHO)
              for i in range(3, 9))
    + "</w:abstractNum>"
)

# abstractNum 11: a single-level circled-number list for 取組 items (used by two w:num instances)
ABS_CIRCLE = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="11">'
    '<w:nsid w:val="5A3C1E11"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0F1E2D11"/>'
    + lvl_xml(0, "decimalEnclosedCircle", "%1", "space", 630, 420, bold=True)
    + "</w:abstractNum>"
)

# abstractNum 12: a plain "1." list used for sentences (body text)
ABS_DECIMAL = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="12">'
    '<w:nsid w:val="5A3C1E12"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0F1E2D12"/>'
    + lvl_xml(0, "decimal", "%1.", "tab", 840, 420, font=MINCHO)
    + "</w:abstractNum>"
)

# abstractNum 13: a 「・」 bullet list (body text)
ABS_BULLET = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="13">'
    '<w:nsid w:val="5A3C1E13"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0F1E2D13"/>'
    + lvl_xml(0, "bullet", "・", "nothing", 630, 210, font=MINCHO)
    + "</w:abstractNum>"
)

NUMS = [
    # numId, abstractNumId, startOverride for ilvl 0 (None = no override)
    (10, 10, None),  # the outline: chapters, (N) sections, and the ① items of 第２章（１）
    (11, 11, None),  # ① items of 第２章（２）
    (12, 11, 1),     # ① items of 第２章（３）: restarted; 第２章（４） re-uses this numId, so it shows ③④
    (13, 12, None),  # "1." sentences in 第１章（３）
    (14, 13, None),  # ・ bullets in 第３章（２）
]

OUTLINE, CIRCLE_A, CIRCLE_B, SENTENCES, BULLETS = 10, 11, 12, 13, 14


def install_numbering(doc):
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for xml in (ABS_OUTLINE, ABS_CIRCLE, ABS_DECIMAL, ABS_BULLET):
        first_num.addprevious(parse_xml(xml))  # every w:abstractNum must precede every w:num
    for num_id, abs_id, start in NUMS:
        over = ""
        if start is not None:
            over = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/>{over}</w:num>'
        ))


def set_num(par, num_id, ilvl=0):
    numPr = par._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


def style_font(style, name, size=None, bold=None):
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), name)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)


def setup_styles(doc):
    style_font(doc.styles["Normal"], MINCHO, 10.5)
    style_font(doc.styles["Title"], GOTHIC, 22, True)
    style_font(doc.styles["Heading 1"], GOTHIC, 14, True)
    style_font(doc.styles["Heading 2"], GOTHIC, 12, True)
    style_font(doc.styles["Heading 3"], GOTHIC, 10.5, True)
    style_font(doc.styles["Header"], MINCHO, 9)


# ---------------------------------------------------------------------------------------------
# Content helpers
# ---------------------------------------------------------------------------------------------


def body(doc, text, indent_first=True):
    p = doc.add_paragraph()
    p.add_run(("　" if indent_first else "") + text)
    p.paragraph_format.left_indent = Pt(21)
    return p


def plain(doc, text, left=21):
    p = doc.add_paragraph(text)
    p.paragraph_format.left_indent = Pt(left)
    return p


def heading_style(doc, text, style, num_id, ilvl):
    p = doc.add_paragraph(text, style=style)
    set_num(p, num_id, ilvl)
    return p


def heading_bold(doc, text, num_id, ilvl):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.name = GOTHIC
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), GOTHIC)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    set_num(p, num_id, ilvl)
    return p


def schedule(doc, cells):
    t = doc.add_table(rows=2, cols=3)
    t.style = doc.styles["Table Grid"]
    for i, y in enumerate(("令和７年度", "令和８年度", "令和９年度")):
        t.cell(0, i).text = y
        t.cell(0, i).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        t.cell(1, i).text = cells[i]
    doc.add_paragraph()


# ---------------------------------------------------------------------------------------------
# Document
# ---------------------------------------------------------------------------------------------


def build():
    doc = Document()
    setup_styles(doc)
    install_numbering(doc)

    cp = doc.core_properties
    cp.title = "第３次しおかぜ台市行政改革推進計画実施計画"
    cp.author = "しおかぜ台市総務部行政経営課"

    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "第３次しおかぜ台市行政改革推進計画実施計画"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # ---- cover (no record) ----
    for _ in range(6):
        doc.add_paragraph()
    t = doc.add_paragraph("第３次しおかぜ台市行政改革推進計画実施計画", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ("（令和７年度～令和９年度）", "", "", "令和７年３月", "しおかぜ台市"):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # ---- 第１章 (Heading 1 + numPr lvl 0) : no body of its own ----
    heading_style(doc, "計画の基本的事項", "Heading 1", OUTLINE, 0)

    heading_style(doc, "計画策定の趣旨", "Heading 2", OUTLINE, 1)
    body(doc, "本市では、令和２年３月に「第２次しおかぜ台市行政改革推進計画」を策定し、５年間で４２項目の取組を"
              "進めてきました。この間、証明書のコンビニ交付や公共施設への指定管理者制度の導入などにより、累計で"
              "約６億３千万円の効果額を生み出しました。")
    body(doc, "一方で、生産年齢人口の減少に伴う市税収入の伸び悩みや、昭和５０年代に集中して整備した公共施設の"
              "一斉更新など、本市を取り巻く環境は一層厳しくなっています。こうした状況を踏まえ、今後３年間に"
              "重点的に取り組む内容を具体的に示すため、本実施計画を策定します。")

    heading_style(doc, "計画の期間", "Heading 2", OUTLINE, 1)
    body(doc, "本計画の期間は、令和７年度から令和９年度までの３年間とします。ただし、社会情勢の変化や取組の"
              "進捗に応じて、毎年度内容を見直します。")

    heading_style(doc, "計画の位置付け", "Heading 2", OUTLINE, 1)
    body(doc, "本計画は、第６次しおかぜ台市総合計画に掲げる「持続可能な行財政運営」を実現するための個別計画で"
              "あり、次の考え方に立って取組を定めます。")
    for s in ("市民の利便性を高める取組を優先して進めること。",
              "デジタル技術を活用し、限られた職員数でも質の高いサービスを提供すること。",
              "将来世代に過度な負担を残さない財政運営を行うこと。"):
        p = doc.add_paragraph(s, style="List Paragraph")
        set_num(p, SENTENCES, 0)

    # ---- 第２章 ----
    heading_style(doc, "改革の具体的な取組", "Heading 1", OUTLINE, 0)
    body(doc, "第２次計画の検証結果を踏まえ、本章では４つの分野に９項目の取組を定めます。各取組には、令和９年度"
              "の目標と担当課を示しています。")

    # （１） Heading 2 ; items = lvl 2 of the same outline list (Heading 3)
    heading_style(doc, "市民サービスの向上", "Heading 2", OUTLINE, 1)
    body(doc, "市民が手続のために来庁する回数と時間を減らし、来庁した場合でも短い時間で用件が済む窓口を"
              "めざします。")

    heading_style(doc, "「書かない窓口」の導入", "Heading 3", OUTLINE, 2)
    body(doc, "転入・転出などの届出では、市民が複数の申請書に同じ内容を何度も記入する必要があり、３月から４月の"
              "繁忙期には待ち時間が最長で９０分に達しています。")
    body(doc, "令和７年１０月から市民課の窓口で、職員が聞き取りながら申請書を作成する「書かない窓口」を始め、"
              "令和８年度には福祉関係の窓口にも広げます。")
    plain(doc, "目標：窓口での平均手続時間を４０分から２０分に短縮（令和９年度）")
    plain(doc, "担当課：市民課、情報政策課")
    schedule(doc, ("市民課で開始", "福祉関係窓口へ拡大", "全窓口で実施"))

    heading_style(doc, "オンライン申請の拡充", "Heading 3", OUTLINE, 2)
    body(doc, "現在オンラインで申請できる手続は１２８件で、市の手続全体の約３割にとどまっています。")
    body(doc, "利用件数の多い手続から順に電子申請システムに載せ、子育てや介護に関する手続は原則としてすべて"
              "オンライン化します。")
    plain(doc, "目標：オンラインで申請できる手続数　３５０件（令和９年度）")
    plain(doc, "担当課：情報政策課、行政経営課")

    heading_style(doc, "窓口キャッシュレス決済の導入（会計課）", "Heading 3", OUTLINE, 2)
    body(doc, "証明書の交付手数料や施設使用料の支払いは、現在現金に限られています。")
    body(doc, "令和７年度中に本庁舎の３つの窓口へキャッシュレス決済端末を設置し、令和８年度以降、支所と主な"
              "公共施設に広げます。")
    plain(doc, "目標：キャッシュレス決済に対応する窓口・施設数　２５か所（令和９年度）")
    plain(doc, "担当課：会計課・市民課")

    # （２） Heading 2, no body ; items = own single-level circled list (bold Normal)
    heading_style(doc, "デジタル化による業務改革", "Heading 2", OUTLINE, 1)

    heading_bold(doc, "ＡＩ・ＲＰＡの活用による事務の効率化", CIRCLE_A, 0)
    body(doc, "給与や税の入力作業など、定型的な事務に年間およそ９，０００時間を費やしています。")
    body(doc, "ＲＰＡ（ソフトウェアロボット）による入力作業の自動化と、ＡＩ－ＯＣＲによる紙の申請書の読み取りを"
              "組み合わせ、職員が相談業務など人にしかできない仕事に時間を振り向けられるようにします。")
    plain(doc, "目標：ＲＰＡの適用業務数　３０業務、削減時間　年間６，０００時間（令和９年度）")
    plain(doc, "担当課：情報政策課")
    plain(doc, "関係課：行政経営課")

    heading_bold(doc, "ペーパーレス会議の推進", CIRCLE_A, 0)
    body(doc, "庁内会議の資料として、年間約１８０万枚のコピー用紙を使用しています。")
    body(doc, "令和７年度に全管理職へタブレット端末を配備し、庁議や部長会議をはじめとする庁内会議の資料を"
              "原則として電子化します。")
    plain(doc, "目標：コピー用紙の使用枚数を令和５年度比で５０％削減（令和９年度）")
    plain(doc, "担当課：総務課")

    # （３） bold Normal + numPr lvl 1 ; items = a NEW w:num (startOverride 1) on the circled list
    heading_bold(doc, "公共施設の最適化", OUTLINE, 1)
    body(doc, "市が保有する公共施設の延床面積は約３２万㎡で、今後４０年間の更新費用は年平均で約４８億円と"
              "見込まれています。施設の総量を減らしつつ、必要な機能は維持します。")

    heading_bold(doc, "公共施設の複合化・集約化", CIRCLE_B, 0)
    body(doc, "築４０年を超える地区公民館３館と児童館２館について、小学校の余裕教室を活用した複合施設への"
              "集約を進めます。")
    plain(doc, "目標：公共施設の延床面積を１万㎡縮減（令和９年度）")
    plain(doc, "担当課：資産経営課、企画課")
    schedule(doc, ("基本構想の策定", "基本設計・地元説明", "実施設計"))

    heading_bold(doc, "施設の長寿命化と維持管理費の平準化", CIRCLE_B, 0)
    body(doc, "壊れてから直す事後保全から、計画的に修繕する予防保全へと切り替え、建物の目標使用年数を８０年"
              "とします。修繕の時期を調整し、年度ごとの費用のばらつきを抑えます。")
    plain(doc, "目標：予防保全型の修繕計画を策定した施設の割合　１００％（令和９年度）")
    plain(doc, "担当課：資産経営課・建築営繕課")

    # （４） bold Normal + numPr lvl 1 ; items CONTINUE numId 12 (no restart), so Word shows ③ ④
    heading_bold(doc, "財政基盤の強化", OUTLINE, 1)
    body(doc, "自主財源を確保し、受益と負担の公平性を高めることで、社会情勢の変化に左右されにくい財政構造を"
              "めざします。")

    heading_bold(doc, "使用料・手数料の見直し", CIRCLE_B, 0)
    body(doc, "使用料・手数料の多くは平成２８年度から改定しておらず、施設の維持管理に要する費用との差が"
              "広がっています。")
    body(doc, "算定基準を定めたうえで令和８年度に全ての使用料・手数料を点検し、以後４年ごとに見直します。"
              "見直しにあたっては、減免の対象や基準もあわせて整理します。")
    plain(doc, "目標：使用料等の受益者負担率　６０％（令和９年度）")
    plain(doc, "担当課：財政課")

    heading_bold(doc, "市税等の収納率の向上", CIRCLE_B, 0)
    body(doc, "令和５年度の市税の収納率は９７．８％で、県内の平均を０．６ポイント下回っています。")
    body(doc, "スマートフォン決済や口座振替の利用を促すとともに、滞納整理に早い段階で着手し、収納率の向上を"
              "図ります。")
    plain(doc, "目標：市税の収納率　９８．５％（令和９年度）")
    plain(doc, "担当課：収税課／保険年金課")

    # ---- 第３章 ----
    heading_style(doc, "計画の推進", "Heading 1", OUTLINE, 0)
    body(doc, "本計画を着実に実行するため、次の体制で取組を進めます。")

    heading_bold(doc, "推進体制", OUTLINE, 1)
    body(doc, "市長を本部長とし、副市長、教育長及び各部長で構成する「しおかぜ台市行政改革推進本部」が、全庁的な"
              "調整と進行管理を行います。")
    body(doc, "また、学識経験者や市民公募委員など８人の委員で構成する「しおかぜ台市行政改革推進委員会」から、"
              "取組の進め方について意見を聴きます。")

    heading_bold(doc, "進捗管理と公表", OUTLINE, 1)
    body(doc, "各取組の進捗状況は、毎年度終了後に担当課が自己評価を行い、行政改革推進本部で確認します。")
    for s in ("評価結果は行政改革推進委員会に報告し、意見を求めます。",
              "評価結果と委員会の意見は、毎年９月を目途に市ホームページで公表します。"):
        p = doc.add_paragraph(s, style="List Paragraph")
        set_num(p, BULLETS, 0)

    doc.save(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
