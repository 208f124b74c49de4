"""Build r2_waku_layout.docx: a fictional town's 行財政改革アクションプラン whose body is laid out in Word tables.

せせらぎ台町 is fictional; every sentence is original. Chapter and section headings are ordinary (Normal)
paragraphs made bold; each 重点項目 is a table used as a page layout (merged header row, label column with
vertically merged cells, nested 年度別スケジュール / 指標 tables inside cells, a 担当課 row). Tables are written as
raw WordprocessingML through docx.oxml.parse_xml; the package itself comes from python-docx's default template.

Run with /work/main/.venv/bin/python. Output is byte-for-byte reproducible (fixed core properties and zip times).
"""
import datetime
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("r2_waku_layout.docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

GOTHIC = "ＭＳ ゴシック"
MINCHO = "ＭＳ 明朝"
BULLET_NUM_ID = 30  # our own bullet list (・), added to the template's numbering part

# grid of every 重点項目 table (twips): label column + three content columns = 9070 (A4, 25 mm margins)
GRID = [1600, 2300, 1300, 3870]
FULL = sum(GRID)


# ---------------------------------------------------------------- XML helpers
def r(text, bold=False, size=None, gothic=False, color=None):
    rpr = ""
    if gothic:
        rpr += f'<w:rFonts w:ascii="{GOTHIC}" w:eastAsia="{GOTHIC}" w:hAnsi="{GOTHIC}"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def br_run():
    return "<w:r><w:br/></w:r>"


def page_break_run():
    return '<w:r><w:br w:type="page"/></w:r>'


def p(runs="", style=None, jc=None, bullet=False, page_before=False, keep_next=False, outline=None,
      border_bottom=False, ind_left=None, hanging=None, before=None, after=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if page_before:
        ppr += "<w:pageBreakBefore/>"
    if bullet:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{BULLET_NUM_ID}"/></w:numPr>'
    if border_bottom:
        ppr += ('<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="2F5496"/>'
                '<w:left w:val="single" w:sz="36" w:space="4" w:color="2F5496"/></w:pBdr>')
    if before is not None or after is not None:
        ppr += f'<w:spacing w:before="{before or 0}" w:after="{after or 0}"/>'
    if ind_left is not None:
        ppr += f'<w:ind w:left="{ind_left}"' + (f' w:hanging="{hanging}"' if hanging else "") + "/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def tc(content, width, span=1, vmerge=None, fill=None, valign=None):
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    if fill:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    if valign:
        pr += f'<w:vAlign w:val="{valign}"/>'
    if not content:
        content = p()
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"


def tr(cells, header=False, cant_split=True):
    pr = ""
    if cant_split:
        pr += "<w:cantSplit/>"
    if header:
        pr += "<w:tblHeader/>"
    pr = f"<w:trPr>{pr}</w:trPr>" if pr else ""
    return f"<w:tr>{pr}{''.join(cells)}</w:tr>"


def tbl(rows, grid, width=None, jc=None, fill=None, nested=False):
    width = width or sum(grid)
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="{4 if nested else 6}" w:space="0" w:color="auto"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    pr = '<w:tblStyle w:val="TableGrid"/>'
    pr += f'<w:tblW w:w="{width}" w:type="dxa"/>'
    if jc:
        pr += f'<w:jc w:val="{jc}"/>'
    pr += f"<w:tblBorders>{borders}</w:tblBorders>"
    if fill:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    pr += '<w:tblLayout w:type="fixed"/>'
    pr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    g = "".join(f'<w:gridCol w:w="{c}"/>' for c in grid)
    return f"<w:tbl><w:tblPr>{pr}</w:tblPr><w:tblGrid>{g}</w:tblGrid>{''.join(rows)}</w:tbl>"


# ---------------------------------------------------------------- building blocks of the plan
def label_cell(text, vmerge=None):
    """Shaded label cell of the left column, 均等割付 (jc distribute), vertically centred."""
    content = "" if vmerge == "continue" else p(r(text, gothic=True), jc="distribute")
    return tc(content, GRID[0], vmerge=vmerge, fill="E7E6E6", valign="center")


def body_cell(content, span=3, vmerge=None):
    width = sum(GRID[len(GRID) - span:])
    return tc(content, width, span=span, vmerge=vmerge)


def paras(*texts):
    return "".join(p(r(t)) for t in texts)


def bullets(*texts, typed=False):
    if typed:  # the 「・」 typed into the text, hanging indent done by hand
        return "".join(p(r(t), ind_left=210, hanging=210) for t in texts)
    return "".join(p(r(t), style="ListParagraph", bullet=True, ind_left=420, hanging=210) for t in texts)


def schedule(rows):
    """The small 年度別スケジュール table nested inside the 主な取組 cell (no number column)."""
    grid = [2100, 1700, 1700, 1700]
    head = tr([tc(p(r(h, gothic=True, size=9), jc="center"), w, fill="DEEAF6")
               for h, w in zip(("取組", "令和７年度", "令和８年度", "令和９年度"), grid, strict=True)], header=True)
    body = [tr([tc(p(r(c, size=9), jc=None if i == 0 else "center"), w)
                for i, (c, w) in enumerate(zip(row, grid, strict=True))]) for row in rows]
    return (p(r("＜年度別スケジュール＞", gothic=True), keep_next=True)
            + tbl([head] + body, grid, width=sum(grid), nested=True) + p())


def indicator(rows):
    """A small 指標 table nested inside the 目標指標 cell."""
    grid = [3000, 2100, 2100]
    head = tr([tc(p(r(h, gothic=True, size=9), jc="center"), w, fill="DEEAF6")
               for h, w in zip(("指標名", "現状値（令和５年度）", "目標値（令和９年度）"), grid, strict=True)], header=True)
    body = [tr([tc(p(r(c, size=9), jc=None if i == 0 else "center"), w)
                for i, (c, w) in enumerate(zip(row, grid, strict=True))]) for row in rows]
    return tbl([head] + body, grid, width=sum(grid), nested=True) + p()


def header_row(label, title_runs):
    """Row 0: 「重点項目Ｎ　title」 merged across all four grid columns; repeated as header row."""
    content = p(r(label + "　", bold=True, gothic=True, size=13) + title_runs)
    return tr([tc(content, FULL, span=4, fill="D9E2F3")], header=True)


def dept_row(main_paras, sub_label, sub_text):
    return tr([
        label_cell("担当課"),
        tc(main_paras, GRID[1]),
        tc(p(r(sub_label, gothic=True), jc="distribute"), GRID[2], fill="E7E6E6", valign="center"),
        tc(p(r(sub_text)), GRID[3]),
    ])


def item_table(head, sections, torikumi, sched, indicator_content, dept_rows, dept_first=False):
    rows = [head]
    if dept_first:
        rows += dept_rows
    rows.append(tr([label_cell("現状と課題"), body_cell(sections[0])]))
    rows.append(tr([label_cell("取組の方向性"), body_cell(sections[1])]))
    rows.append(tr([label_cell("主な取組", vmerge="restart"), body_cell(torikumi)]))
    rows.append(tr([label_cell("主な取組", vmerge="continue"), body_cell(sched)], cant_split=False))
    rows.append(tr([label_cell("目標指標"), body_cell(indicator_content)]))
    if not dept_first:
        rows += dept_rows
    return tbl(rows, GRID)


def box(content, fill="F2F2F2"):
    """A one-column table used as a box around text."""
    return tbl([tr([tc(content, FULL, fill=fill)], cant_split=False)], [FULL])


# ---------------------------------------------------------------- the document text
def chapter(text, page_before=True):
    return p(r(text, bold=True, gothic=True, size=14), page_before=page_before, keep_next=True, outline=0,
             before=120, after=120)


def section(text):
    return p(r(text, bold=True, gothic=True, size=12), keep_next=True, before=160, after=60)


def houshin(text, page_before=False):
    return p(r(text, bold=True, gothic=True, size=12, color="1F3864"), page_before=page_before,
             keep_next=True, border_bottom=True, before=120, after=120)


def blank():
    return p()


def page_break():
    return p(page_break_run())


def build_body():
    B = []
    # cover (no record, b4 precedent)
    B += [p(), p(), p(), p()]
    B.append(p(r("せせらぎ台町行財政改革アクションプラン", bold=True, gothic=True, size=20), jc="center"))
    B.append(p(r("（令和７年度～令和９年度）", gothic=True, size=16), jc="center"))
    B += [p() for _ in range(12)]
    B.append(p(r("令和７年３月", size=14), jc="center"))
    B.append(p(r("せせらぎ台町", size=16), jc="center"))

    # 第１章
    B.append(chapter("第１章　アクションプランの概要"))
    B.append(section("１　策定の趣旨"))
    B.append(paras(
        "本町では、令和６年３月に「第４次せせらぎ台町行財政改革大綱」を策定し、「町民とともに考え、次の世代につなぐ行財政運営」を基本理念として改革を進めています。",
        "このアクションプランは、大綱に掲げる３つの基本方針を具体的な取組に落とし込み、特に優先して進める６つの重点項目について、取組の内容と年度ごとの予定を明らかにするものです。",
    ))
    B.append(section("２　計画期間"))
    B.append(paras(
        "計画期間は、令和７年度から令和９年度までの３年間とします。",
        "なお、社会経済情勢の変化や取組の進み具合に応じて、毎年度、内容を見直します。",
    ))
    B.append(section("３　アクションプランの体系"))
    B.append(paras("基本理念の実現に向けて、次のとおり基本方針と重点項目を体系づけます。"))
    B.append(box(
        p(r("基本理念　町民とともに考え、次の世代につなぐ行財政運営", bold=True, gothic=True))
        + bullets(
            "基本方針１　町民サービスの向上（重点項目１・重点項目２）",
            "基本方針２　持続可能な財政基盤の確立（重点項目３・重点項目４）",
            "基本方針３　効率的で柔軟な組織運営（重点項目５・重点項目６）",
        )))
    B.append(blank())

    # 第２章
    B.append(chapter("第２章　重点項目の取組"))
    B.append(paras(
        "本章では、３つの基本方針ごとに、計画期間中に重点的に進める６つの項目について、現状と課題、取組の方向性、主な取組及び年度別のスケジュールを示します。"))
    B.append(box(bullets(
        "「現状と課題」の欄には、町の現状と、解決すべき課題を記載しています。",
        "「取組の方向性」の欄には、課題の解決に向けて目指す方向を記載しています。",
        "「主な取組」の欄には、計画期間中に実施する具体的な取組と、令和７年度から令和９年度までの予定を記載しています。",
        "担当課の欄には、取組を主に担う課と、連携する関係課を記載しています。",
    ), fill="FFF2CC"))
    B.append(blank())

    # 基本方針１ (lead sentence between the tables)
    B.append(houshin("基本方針１　町民サービスの向上"))
    B.append(paras("手続のデジタル化と情報発信の充実により、町民が役場に来なくても用件を済ませられる環境を整えます。"))

    # 重点項目１
    B.append(item_table(
        header_row("重点項目１", r("「書かない窓口」の導入", bold=True, gothic=True, size=13)),
        (paras(
            "住民課の窓口では、転入・転出や各種証明の申請に年間約２万１千件の来庁があり、申請書の記入に時間がかかることが待ち時間の主な原因になっています。",
            "特に高齢の方や外国籍の方からは、同じ内容を何枚もの様式に書かなければならないことへの負担感が寄せられています。"),
         paras(
            "職員が聞き取った内容をシステムに入力し、申請書を印刷して署名だけをいただく「書かない窓口」を導入します。",
            "あわせて、マイナンバーカードを活用したオンライン申請の対象手続を広げ、来庁しなくても済む手続を増やします。")),
        bullets(
            "窓口支援システムの導入と、住民課・税務課の窓口での運用開始",
            "オンライン申請の対象手続の拡大（令和９年度までに６０手続）",
            "窓口の案内表示と待ち時間表示の改善"),
        schedule([
            ("窓口支援システム", "導入・試行", "本格運用", "対象業務の拡大"),
            ("オンライン申請", "４０手続", "５０手続", "６０手続"),
            ("案内表示の改善", "検討", "実施", "→"),
        ]),
        indicator([
            ("窓口の平均待ち時間", "２５分", "１５分"),
            ("オンライン申請の件数", "年間３，２００件", "年間８，０００件"),
        ]),
        [dept_row(paras("住民課", "情報政策室"), "関係課", "税務課、総務課")],
    ))
    B.append(page_break())

    # 重点項目２
    B.append(item_table(
        header_row("重点項目２", r("公式ＬＩＮＥを活用した情報発信の充実", bold=True, gothic=True, size=13)),
        (paras(
            "町の情報は主に広報紙とホームページで発信していますが、町民アンケートでは、２０歳代・３０歳代の約６割が「町の情報を得る手段がない」と回答しています。",
            "災害時の避難情報など、すぐに届けるべき情報の伝達手段を増やす必要もあります。"),
         paras(
            "公式ＬＩＮＥアカウントを開設し、受け取る人が関心のある分野を選べる配信を行います。",
            "子育て、ごみ収集、防災など利用の多い情報から順に、問い合わせへの自動応答も整えます。")),
        bullets(
            "・公式ＬＩＮＥアカウントの開設と、分野別配信の開始",
            "・ごみ分別案内など、よくある問い合わせへの自動応答の導入",
            "・広報紙とホームページへの二次元コードの掲載による登録の呼びかけ", typed=True),
        schedule([
            ("アカウントの運用", "開設・配信開始", "分野別配信", "→"),
            ("自動応答", "検討", "導入", "対象分野の拡大"),
        ]),
        paras("公式ＬＩＮＥの登録者数　現状値：―（令和５年度）　目標値：６，０００人（令和９年度）"),
        [dept_row(paras("企画課"), "関係課", "―")],
    ))
    B.append(paras("※ 登録者数の目標値は、町の人口（令和６年４月１日現在 １８，４２０人）の約３分の１に当たる人数として設定しました。"))

    # 基本方針２ (no lead: the table follows at once)
    B.append(houshin("基本方針２　持続可能な財政基盤の確立", page_before=True))

    # 重点項目３ (担当課 row right under the header row)
    B.append(item_table(
        header_row("重点項目３", r("公共施設の適正管理", bold=True, gothic=True, size=13)),
        (paras(
            "町が保有する公共施設は８４施設、延床面積は約１２万１千㎡で、そのうち建築から４０年以上が経過した施設が約５割を占めています。",
            "今後４０年間の更新費用は年平均で約１４億円と試算され、これまでの投資的経費の実績を大きく上回る見込みです。"),
         paras(
            "「せせらぎ台町公共施設等総合管理計画」に基づき、施設の長寿命化と複合化・集約化を計画的に進めます。",
            "利用の少ない施設は、地域の意見を聴きながら、用途の変更や民間への貸付けも含めて活用の方法を検討します。")),
        bullets(
            "個別施設計画の見直し（令和７年度）",
            "北部地区の公民館と児童館の複合化に向けた基本計画の策定",
            "未利用の町有地の売却と貸付け"),
        schedule([
            ("個別施設計画", "見直し", "計画に基づく改修", "→"),
            ("北部地区の複合化", "地域説明会", "基本計画の策定", "基本設計"),
            ("町有地の売却・貸付け", "対象地の選定", "公募", "→"),
        ]),
        paras("公共施設の延床面積　現状値：１２１，３００㎡（令和５年度）　目標値：１１８，０００㎡（令和９年度）"),
        [dept_row(paras("資産管理課"), "関係課", "財政課・教育総務課")],
        dept_first=True,
    ))
    B.append(page_break())

    # 重点項目４ (label and title in two cells of row 0)
    head4 = tr([
        tc(p(r("重点項目４", bold=True, gothic=True, size=13), jc="center"), GRID[0], fill="D9E2F3", valign="center"),
        tc(p(r("使用料・手数料の適正化", bold=True, gothic=True, size=13)), FULL - GRID[0], span=3, fill="D9E2F3"),
    ], header=True)
    B.append(item_table(
        head4,
        (paras(
            "施設使用料と各種手数料の多くは平成２８年度の改定から据え置かれており、施設の維持管理費に対する使用料収入の割合は約１８％にとどまっています。",
            "同じ種類の施設でも料金の算定方法が異なり、利用者に分かりにくいという指摘があります。"),
         paras(
            "受益者負担の原則に基づく統一的な算定基準を定め、４年ごとに料金を見直す仕組みをつくります。",
            "減額・免除の基準についても、対象と理由を整理して公表します。")),
        paras(
            "①　使用料の算定基準を令和７年度中に策定します。",
            "②　基準に基づく料金案を作成し、町民への周知期間を設けたうえで令和９年４月から改定します。",
            "③　減額・免除の基準を見直し、町ホームページで公表します。"),
        schedule([
            ("算定基準", "策定", "→", "→"),
            ("料金の改定", "料金案の作成", "条例改正・周知", "新料金の適用"),
            ("減額・免除の基準", "現状調査", "見直し・公表", "→"),
        ]),
        indicator([
            ("使用料収入の割合（維持管理費比）", "１８．２％", "２５．０％"),
        ]),
        [dept_row(paras("財政課"), "関係課", "生涯学習課／税務課")],
    ))

    # 基本方針３ (lead sentence)
    B.append(houshin("基本方針３　効率的で柔軟な組織運営", page_before=True))
    B.append(paras("限られた職員数でも質の高いサービスを続けられるよう、デジタル技術の活用と職員の力を生かす組織づくりを進めます。"))

    # 重点項目５ (title broken by a manual line break)
    B.append(item_table(
        header_row("重点項目５", r("ＡＩ・ＲＰＡの活用による", bold=True, gothic=True, size=13) + br_run()
                   + r("業務の効率化", bold=True, gothic=True, size=13)),
        (paras(
            "会計、税、福祉の各業務では、紙の帳票からシステムへの入力や、システム間のデータの転記に多くの時間を要しています。",
            "令和５年度の業務量調査では、こうした定型的な入力作業が年間約６，８００時間に上りました。"),
         paras(
            "定型的な作業はＲＰＡに、会議録の作成や文書の要約はＡＩに任せ、職員は相談対応や企画の仕事に力を注げるようにします。",
            "重点項目１の窓口支援システムとも連携し、入力したデータを後の事務で繰り返し使えるようにします。")),
        bullets(
            "ＲＰＡの対象業務の拡大（令和９年度までに２０業務）",
            "ＡＩ議事録作成ツールの全課への展開",
            "生成ＡＩの利用に関するガイドラインの策定と職員研修"),
        schedule([
            ("ＲＰＡ", "１２業務", "１６業務", "２０業務"),
            ("ＡＩ議事録作成", "試行（５課）", "全課に展開", "→"),
            ("生成ＡＩ", "ガイドライン策定", "職員研修", "→"),
        ]),
        paras("定型作業の削減時間　目標値：年間３，０００時間（令和９年度）"),
        [dept_row(paras("情報政策室"), "関係課", "会計課、税務課、福祉課")],
    ))
    B.append(page_break())

    # 重点項目６ (担当課 label merged down over 主管課 / 関係課 rows)
    dept6 = [
        tr([label_cell("担当課", vmerge="restart"),
            tc(p(r("主管課", gothic=True), jc="center"), GRID[1], fill="E7E6E6", valign="center"),
            tc(p(r("人事課")), GRID[2] + GRID[3], span=2)]),
        tr([label_cell("担当課", vmerge="continue"),
            tc(p(r("関係課", gothic=True), jc="center"), GRID[1], fill="E7E6E6", valign="center"),
            tc(p(r("総務課・情報政策室")), GRID[2] + GRID[3], span=2)]),
    ]
    B.append(item_table(
        header_row("重点項目６", r("職員の人材育成と働き方改革", bold=True, gothic=True, size=13)),
        (paras(
            "職員数は令和６年４月１日現在で１９８人となり、１０年前と比べて１２人減っています。",
            "一方で、業務は多様化しており、３０歳代の職員の割合が低いことから、知識や経験の引継ぎが課題となっています。"),
         paras(
            "人材育成基本方針を改定し、職員一人ひとりの経歴と希望に応じた育成の計画をつくります。",
            "テレワークや時差出勤を選びやすくし、育児や介護と仕事を両立できる職場をつくります。")),
        bullets(
            "・人材育成基本方針の改定（令和７年度）",
            "・若手職員と中堅職員を組み合わせた指導役（メンター）制度の導入",
            "・テレワーク用端末の増設と、時差出勤制度の対象拡大", typed=True),
        schedule([
            ("人材育成基本方針", "改定", "改定後の方針で運用", "→"),
            ("メンター制度", "制度設計", "導入", "→"),
            ("テレワーク・時差出勤", "端末の増設", "対象職場の拡大", "→"),
        ]),
        paras("男性職員の育児休業取得率　現状値：４２．９％（令和５年度）　目標値：８５％（令和９年度）"),
        dept6,
    ))
    B.append(blank())

    # 第３章 (heading typed with a tab; no lead)
    B.append(chapter("第３章\t計画の推進"))
    B.append(section("１　推進体制"))
    B.append(paras(
        "町長を本部長とする行財政改革推進本部が、アクションプラン全体の進行を管理します。",
        "各重点項目の担当課は、関係課と連携して取組を進め、課題が生じた場合は推進本部に報告します。",
        "また、学識経験者や町民の代表で構成する行財政改革推進委員会から、取組について意見をいただきます。",
    ))
    B.append(section("２　進行管理"))
    B.append(paras(
        "毎年度、重点項目ごとに取組の実績と目標指標の達成状況を取りまとめ、推進委員会に報告したうえで、町ホームページで公表します。",
        "令和１０年度には、計画期間全体の成果を検証し、次の計画に反映します。",
    ))
    B.append(blank())
    B.append(box(p(r("【お問い合わせ】せせらぎ台町役場　総務課　行政改革係（内線２１４）")), fill="FFFFFF"))
    return B


# ---------------------------------------------------------------- package parts
def setup_styles(doc):
    styles = doc.styles.element
    rpr_default = styles.find(f"{WNS}docDefaults/{WNS}rPrDefault/{WNS}rPr")
    fonts = rpr_default.find(f"{WNS}rFonts")
    if fonts is not None:
        rpr_default.remove(fonts)
    rpr_default.insert(0, parse_xml(
        f'<w:rFonts {W} w:ascii="Century" w:eastAsia="{MINCHO}" w:hAnsi="Century" w:cs="Times New Roman"/>'))
    lang = rpr_default.find(f"{WNS}lang")
    if lang is not None:
        lang.set(f"{WNS}eastAsia", "ja-JP")
    else:
        rpr_default.append(parse_xml(f'<w:lang {W} w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/>'))
    # 10.5 pt body text, as Japanese Word documents default to
    doc.styles["Normal"].font.size = Pt(10.5)


def setup_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{BULLET_NUM_ID}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="・"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="210"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{MINCHO}" w:eastAsia="{MINCHO}" w:hAnsi="{MINCHO}" w:hint="eastAsia"/></w:rPr>'
        "</w:lvl></w:abstractNum>")
    first_num = numbering.find(f"{WNS}num")
    first_num.addprevious(abstract)
    numbering.append(parse_xml(
        f'<w:num {W} w:numId="{BULLET_NUM_ID}"><w:abstractNumId w:val="{BULLET_NUM_ID}"/></w:num>'))


def setup_section(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(20)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp._p.getparent().replace(hp._p, parse_xml(
        f'<w:p {W}><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>せせらぎ台町行財政改革アクションプラン</w:t></w:r></w:p>'))
    fp = sec.footer.paragraphs[0]
    fp._p.getparent().replace(fp._p, parse_xml(
        f'<w:p {W}><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:t xml:space="preserve">－ </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> －</w:t></w:r></w:p>'))


def main():
    doc = Document()
    setup_styles(doc)
    setup_numbering(doc)
    setup_section(doc)

    body = doc.element.body
    for old in list(body):
        if old.tag != f"{WNS}sectPr":
            body.remove(old)
    sect_pr = body.find(f"{WNS}sectPr")
    for xml in build_body():
        el = parse_xml(f'<w:body {W}>{xml}</w:body>')
        for child in list(el):
            sect_pr.addprevious(child)

    cp = doc.core_properties
    cp.title = "せせらぎ台町行財政改革アクションプラン"
    cp.author = "せせらぎ台町総務課"
    cp.last_modified_by = "せせらぎ台町総務課"
    cp.created = datetime.datetime(2025, 3, 10, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 24, 17, 30, 0)
    cp.revision = 7
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""

    raw = io.BytesIO()
    doc.save(raw)
    # rewrite the zip with one fixed timestamp so the file is byte-for-byte reproducible
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 24, 17, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    OUT.write_bytes(out.getvalue())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
