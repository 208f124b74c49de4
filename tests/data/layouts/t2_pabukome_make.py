"""Build t2_pabukome.docx: a fictional city's パブリックコメント実施結果 (意見の概要と市の考え方) kept in Word.

なでしこ野市 is fictional; every sentence is original. The document reports the public comments on the draft of a
行財政改革推進計画: a two-paragraph title with a 前文 (and one Word footnote), 1 意見募集の概要 > (1)-(3),
2 意見の提出状況 (two summary tables), 3 意見の概要及び市の考え方 (区分 legend) > (1)-(3), each with one opinion table
(No./ページ/項目/意見の概要/市の考え方/区分/担当課), and 4 意見を踏まえた主な修正内容 (a 新旧 table), then a contact box.

What makes it a Word file: the No. column is Word automatic numbering (w:numPr in every No. cell, one list that runs on
through all three tables), so the cell text is empty; cells are merged vertically (項目, 市の考え方, 区分, 担当課, and one
No. cell over two physical rows); group rows are gridSpan rows; the header row is a repeated w:tblHeader row; sections 3-4
are a landscape section; the footer page number is a PAGE field.

Run with /work/main/.venv/bin/python. Output is byte-for-byte reproducible (fixed core properties and zip times).
"""
import datetime
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("t2_pabukome.docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

GOTHIC = "ＭＳ ゴシック"
MINCHO = "ＭＳ 明朝"
NO_NUM_ID = 40  # the automatic numbering of the No. column (one list for all three opinion tables)

# landscape A4, 20 mm margins -> 257 mm = 14570 twips of text width
GRID = [560, 760, 2000, 4400, 4600, 620, 1600]  # No. / ページ / 項目 / 意見の概要 / 市の考え方 / 区分 / 担当課
FULL = sum(GRID)
PORTRAIT_FULL = 9638  # A4 portrait, 20 mm margins


# ---------------------------------------------------------------- XML helpers
def r(text, bold=False, size=None, gothic=False):
    rpr = ""
    if gothic:
        rpr += f'<w:rFonts w:ascii="{GOTHIC}" w:eastAsia="{GOTHIC}" w:hAnsi="{GOTHIC}"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def fn_ref(fid):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'


def p(runs="", jc=None, numbered=False, keep_next=False, ind_left=None, first_line=None, before=None, after=None,
      sect=None, size=None):
    ppr = ""
    if keep_next:
        ppr += "<w:keepNext/>"
    if numbered:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{NO_NUM_ID}"/></w:numPr>'
    if before is not None or after is not None:
        ppr += f'<w:spacing w:before="{before or 0}" w:after="{after or 0}"/>'
    if ind_left is not None or first_line is not None:
        ppr += f'<w:ind w:left="{ind_left or 0}"' + (f' w:firstLine="{first_line}"' if first_line else "") + "/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if size:
        ppr += f'<w:rPr><w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/></w:rPr>'
    if sect:
        ppr += sect
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
        content = p(size=9)
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"


def tr(cells, header=False, cant_split=True):
    pr = ""
    if cant_split:
        pr += "<w:cantSplit/>"
    if header:
        pr += "<w:tblHeader/>"
    pr = f"<w:trPr>{pr}</w:trPr>" if pr else ""
    return f"<w:tr>{pr}{''.join(cells)}</w:tr>"


def tbl(rows, grid, jc=None):
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    pr = '<w:tblStyle w:val="TableGrid"/>'
    pr += f'<w:tblW w:w="{sum(grid)}" w:type="dxa"/>'
    if jc:
        pr += f'<w:jc w:val="{jc}"/>'
    pr += f"<w:tblBorders>{borders}</w:tblBorders>"
    pr += '<w:tblLayout w:type="fixed"/>'
    pr += '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
    pr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    g = "".join(f'<w:gridCol w:w="{c}"/>' for c in grid)
    return f"<w:tbl><w:tblPr>{pr}</w:tblPr><w:tblGrid>{g}</w:tblGrid>{''.join(rows)}</w:tbl>"


# ---------------------------------------------------------------- small tables (no number column)
def simple_table(header, rows, grid, centre_cols=()):
    head = tr([tc(p(r(h, gothic=True, size=9.5), jc="center"), w, fill="D9D9D9", valign="center")
               for h, w in zip(header, grid, strict=True)], header=True)
    body = []
    for row in rows:
        body.append(tr([tc(p(r(c, size=9.5), jc="center" if i in centre_cols else None), w, valign="center")
                        for i, (c, w) in enumerate(zip(row, grid, strict=True))]))
    return tbl([head] + body, grid, jc="center")


# ---------------------------------------------------------------- the opinion tables
HEAD = ("No.", "ページ", "項目", "意見の概要", "市の考え方", "区分", "担当課")


def cell_paras(texts, jc=None):
    if isinstance(texts, str):
        texts = [texts]
    return "".join(p(r(t, size=9), jc=jc) for t in texts)


def opinion_header():
    return tr([tc(p(r(h, gothic=True, size=9), jc="center"), w, fill="D9D9D9", valign="center")
               for h, w in zip(HEAD, GRID, strict=True)], header=True)


def group_row(text):
    """A shaded full-width row naming the 基本方針 (no number, no body of its own)."""
    return tr([tc(p(r(text, gothic=True, size=9.5)), FULL, span=len(GRID), fill="F2F2F2")])


def opinion_row(page, item, opinion, answer, kubun, dept, merge=None, no_merge=None):
    """One physical row. merge: dict column-name -> 'restart'|'continue' for vertical merges.
    no_merge: 'restart'|'continue' for the No. cell itself."""
    merge = merge or {}

    def cell(idx, name, content, jc=None):
        vm = merge.get(name)
        if vm == "continue":
            return tc(p(size=9), GRID[idx], vmerge="continue")
        return tc(cell_paras(content, jc=jc), GRID[idx], vmerge=vm)

    # the No. cell: one empty paragraph carrying the list numbering (the number is not in the text)
    if no_merge == "continue":
        no_cell = tc(p(size=9), GRID[0], vmerge="continue")
    else:
        no_cell = tc(p(numbered=True, jc="center", size=9), GRID[0], vmerge=no_merge)
    return tr([
        no_cell,
        cell(1, "page", page, jc="center"),
        cell(2, "item", item),
        cell(3, "opinion", opinion),
        cell(4, "answer", answer),
        cell(5, "kubun", kubun, jc="center"),
        cell(6, "dept", dept),
    ])


def opinion_table(rows):
    return tbl([opinion_header()] + rows, GRID, jc="center")


# ---------------------------------------------------------------- headings and body
def title_line(text):
    return p(r(text, bold=True, gothic=True, size=14), jc="center", keep_next=True, before=0, after=0)


def section(text):
    return p(r(text, bold=True, gothic=True, size=12), keep_next=True, before=240, after=60)


def sub(text):
    return p(r(text, gothic=True, size=10.5), keep_next=True, ind_left=105, before=120, after=0)


def body(text, indent=True):
    return p(r(text), ind_left=210, first_line=210 if indent else None)


def blank():
    return p()


def landscape_break():
    """Ends section 1 (portrait); the body-level sectPr (landscape) follows."""
    sect = ('<w:sectPr>'
            '<w:headerReference w:type="default" r:id="{HDR}"/>'
            '<w:footerReference w:type="default" r:id="{FTR}"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
            '<w:cols w:space="425"/><w:titlePg/><w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>')
    return p(sect=sect)


def build_body():
    B = []
    B.append(p(r("令和７年３月２１日"), jc="right"))
    B.append(p(r("なでしこ野市"), jc="right"))
    B.append(blank())
    B.append(title_line("第３次なでしこ野市行財政改革推進計画（素案）に対する"))
    B.append(title_line("意見募集（パブリックコメント）の実施結果について"))
    B.append(blank())
    B.append(p(r("　本市では、「第３次なでしこ野市行財政改革推進計画」の策定に当たり、その素案を公表し、"
                 "なでしこ野市パブリックコメント手続条例") + fn_ref(1)
               + r("に基づいて、市民の皆様から御意見を募集しました。")))
    B.append(p(r("　募集の結果、多くの方から貴重な御意見をお寄せいただきました。御協力いただき、誠にありがとうございました。")))
    B.append(p(r("　お寄せいただいた御意見の概要とそれに対する市の考え方を、次のとおり公表します。"
                 "なお、御意見をいただいた方への個別の回答はいたしませんので、御了承ください。")))

    B.append(section("１　意見募集の概要"))
    B.append(sub("（１）対象となる計画"))
    B.append(body("第３次なでしこ野市行財政改革推進計画（素案）（計画期間：令和７年度から令和１１年度まで）について、"
                  "御意見を募集しました。"))
    B.append(sub("（２）募集期間"))
    B.append(body("令和６年１２月２日（月）から令和７年１月６日（月）まで（３６日間）", indent=False))
    B.append(sub("（３）周知及び意見の提出方法"))
    B.append(body("広報なでしこ野１２月１日号及び市ホームページで周知し、素案は市役所本庁舎１階の市政情報コーナー、"
                  "５か所の地区市民センター及び中央図書館で閲覧できるようにしました。"))
    B.append(body("御意見は、持参、郵送、ファクス、電子メール及び市ホームページの意見募集フォームにより受け付けました。"))

    B.append(section("２　意見の提出状況"))
    B.append(body("１１人（個人１０人、団体１）の方から、延べ１９件の御意見をいただきました。", indent=False))
    B.append(body("提出方法別の内訳は、次のとおりです。"))
    B.append(simple_table(("提出方法", "提出者数", "意見件数"), [
        ("持参", "１人", "２件"),
        ("郵送", "１人", "１件"),
        ("ファクス", "１人", "２件"),
        ("電子メール", "３人", "６件"),
        ("意見募集フォーム", "５人", "８件"),
        ("合計", "１１人", "１９件"),
    ], [3000, 1800, 1800], centre_cols=(1, 2)))
    B.append(blank())
    B.append(body("計画の区分ごとの意見件数と、同じ趣旨の御意見を整理した後の掲載件数は、次のとおりです。"))
    B.append(simple_table(("区分", "意見件数", "掲載件数"), [
        ("計画全体（第１章を含む。）", "４件", "３件"),
        ("第２章　基本方針１　デジタル化による市民サービスの向上", "７件", "３件"),
        ("第２章　基本方針２　効率的で持続可能な行財政運営", "４件", "４件"),
        ("第２章　基本方針３　市民との協働による地域づくり", "２件", "２件"),
        ("第３章　計画の推進、その他", "２件", "２件"),
        ("合計", "１９件", "１４件"),
    ], [5800, 1400, 1400], centre_cols=(1, 2)))
    B.append(landscape_break())

    # ---------------- section 2 of the Word file (landscape): 3 and 4
    B.append(section("３　意見の概要及び市の考え方"))
    B.append(body("お寄せいただいた御意見は、趣旨を損なわない範囲で要約し、同じ趣旨の御意見はまとめて掲載しています。"
                  "御意見に対する市の考え方は、次の区分により整理しました。"))
    B.append(simple_table(("区分", "内容", "件数"), [
        ("Ａ", "御意見を踏まえ、計画に反映するもの", "４件"),
        ("Ｂ", "御意見の趣旨が既に計画に盛り込まれているもの", "３件"),
        ("Ｃ", "今後の取組の参考とするもの", "４件"),
        ("Ｄ", "計画に反映しないもの", "１件"),
        ("Ｅ", "その他（質問、感想等）", "３件"),
        ("合計", "", "１５件"),
    ], [900, 5200, 1200], centre_cols=(0, 2)))
    B.append(body("※No.５の御意見は内容ごとに区分しているため、区分の合計は掲載件数（１４件）と一致しません。",
                  indent=False))

    # (1) 計画全体
    B.append(sub("（１）計画全体に関する御意見"))
    B.append(body("計画の構成や策定の進め方など、計画全体に関する御意見です。"))
    B.append(opinion_table([
        opinion_row("全体", "計画全体",
                    "取組の数が多く、計画の全体像がつかみにくい。市民向けに要点をまとめた資料を作ってほしい。",
                    "御意見を踏まえ、計画の目的、３つの基本方針及び主な取組をＡ３判１枚にまとめた概要版を作成し、"
                    "計画とあわせて公表します。概要版は、地区市民センター等でも配布します。",
                    "Ａ", "行政経営課", merge={"item": "restart"}),
        opinion_row("全体", None,
                    "財政の見通しが示されておらず、改革によってどれだけの効果があるのか分からない。",
                    "財政の見通しは、毎年度改定する中期財政計画でお示ししています。計画期間中の効果額は、"
                    "取組ごとの実績とあわせて毎年度お示しします。",
                    "Ｃ", "財政課・行政経営課", merge={"item": "continue"}),
        opinion_row("２", "計画の期間",
                    "計画期間の５年間は長く、社会情勢の変化に対応できないのではないか。",
                    "計画期間は５年間としていますが、３年目の令和９年度に中間見直しを行い、"
                    "必要に応じて取組を追加・修正することとしています（第１章３）。",
                    "Ｂ", "行政経営課"),
    ]))

    # (2) 基本方針と取組
    B.append(sub("（２）基本方針と取組に関する御意見"))
    B.append(body("第２章の基本方針及び取組に関する御意見です。基本方針ごとに整理しています。"))
    B.append(opinion_table([
        group_row("基本方針１　デジタル化による市民サービスの向上"),
        opinion_row("８", "行政手続のオンライン化",
                    "オンライン化を進めると、スマートフォンを使えない高齢者が取り残される。窓口での手続も残してほしい。",
                    "オンライン化を進めた後も、窓口での手続は引き続き行います。御意見を踏まえ、取組内容に"
                    "「スマートフォン教室の開催」と「窓口での操作支援」を追記しました。",
                    "Ａ", ["デジタル推進課", "市民課"]),
        # No.5: one opinion in two parts, answered in two physical rows; the No., ページ, 項目 and 意見 cells
        # are merged down over both rows, while 市の考え方, 区分 and 担当課 differ.
        opinion_row("９", "窓口キャッシュレス決済の拡大",
                    ["①証明書の手数料だけでなく、市の施設の使用料もキャッシュレスで支払えるようにしてほしい。",
                     "②市税もスマートフォンで納付できるようにしてほしい。"],
                    "①について、本庁舎の窓口には令和７年度中に、地区市民センター及び市の施設には令和８年度までに"
                    "順次導入します。",
                    "Ｂ", "市民課",
                    merge={"page": "restart", "item": "restart", "opinion": "restart"}, no_merge="restart"),
        opinion_row(None, None, None,
                    "②について、スマートフォン決済アプリによる市税の納付は、令和５年度から既に利用できます。"
                    "納税通知書に利用方法を記載するなど、引き続き周知に努めます。",
                    "Ｅ", "収納課",
                    merge={"page": "continue", "item": "continue", "opinion": "continue"}, no_merge="continue"),
        opinion_row("１０", "ＬＩＮＥを活用した情報発信",
                    "ＬＩＮＥで、ごみの収集日や防災情報だけでなく、自分に必要な手続の案内も届くようにしてほしい。",
                    "市公式ＬＩＮＥでは、令和７年度から受け取る情報を利用者が選べるようにする予定です。"
                    "手続の案内の配信は、対象となる手続を整理した上で検討します。",
                    "Ｃ", "広報課"),
        group_row("基本方針２　効率的で持続可能な行財政運営"),
        opinion_row("１３", "公共施設の複合化・集約化",
                    "地区集会所の統廃合は、利用している住民の意見を聞いてから決めるべきである。",
                    "施設の再編は、地区ごとに説明会を開き、利用者の御意見を伺いながら進めます。御意見を踏まえ、"
                    "取組内容に「地域の意見を聞きながら」の文言を追記しました。また、学校施設の在り方と一体的に"
                    "検討することとし、教育総務課と連携して進めます。",
                    "Ａ", "資産経営課",
                    merge={"item": "restart", "answer": "restart", "kubun": "restart", "dept": "restart"}),
        opinion_row("１３", None,
                    "小中学校の統合と集会所の統合を別々に考えるのではなく、地区全体の施設配置として一緒に検討してほしい。",
                    None, None, None,
                    merge={"item": "continue", "answer": "continue", "kubun": "continue", "dept": "continue"}),
        opinion_row("１４", "使用料・手数料の見直し",
                    "物価が上がっている中で、施設の使用料を値上げすることには反対である。",
                    "使用料は、施設の維持管理に要する費用のうち利用者に負担していただく割合を定め、"
                    "４年ごとに見直すこととしています。見直しに当たっては、急激な負担増とならないよう、"
                    "改定率に上限を設ける考えです。",
                    "Ｄ", "財政課"),
        opinion_row("１５", ["業務の外部委託・", "民間活力の活用"],
                    "民間に業務を委託すると、個人情報の管理が不安である。",
                    "委託契約には個人情報の取扱いに関する特記事項を定め、受託者の管理状況を定期的に確認しています。",
                    "Ｅ", "行政経営課／情報政策室"),
        group_row("基本方針３　市民との協働による地域づくり"),
        opinion_row("１８", "地域活動の担い手支援",
                    "自治会の加入率が下がり、役員のなり手もいない。自治会任せにせず、市も支援してほしい。",
                    "自治会の事務の負担を軽くするため、令和７年度に３地区で回覧板の電子化をモデル的に実施し、"
                    "その結果を踏まえて全地区への拡大を検討します。",
                    "Ｃ", "地域協働課"),
        opinion_row("１９", "市民活動団体との協働",
                    "ＮＰＯや市民活動団体が市と一緒に事業を行える仕組みを充実させてほしい。",
                    "No.１１と同様に、地域の担い手を広げる取組の中で、市民提案型協働事業の制度の見直しを検討します。",
                    "Ｃ", "地域協働課、生涯学習課"),
    ]))

    # (3) 推進体制・その他
    B.append(sub("（３）推進体制・その他の御意見"))
    B.append(body("第３章の計画の推進に関する御意見と、計画以外の事項に関する御意見です。"))
    B.append(opinion_table([
        opinion_row("２２", "進捗状況の公表",
                    "計画を作って終わりにならないよう、毎年の進み具合を市民に分かりやすく公表してほしい。",
                    "毎年度、取組ごとの実績を外部委員で構成する行財政改革推進委員会で評価し、その結果を"
                    "市ホームページ及び広報なでしこ野で公表します（第３章２）。",
                    "Ｂ", "行政経営課"),
        opinion_row("―", "その他（市政全般）",
                    "市役所本庁舎の駐車場が狭く、手続に来ても車を止められないことがある。",
                    "本計画に関する御意見ではありませんが、今後の参考とするため、担当課に伝えました。",
                    "Ｅ", "管財課"),
    ]))

    B.append(section("４　意見を踏まえた主な修正内容"))
    B.append(body("お寄せいただいた御意見を踏まえ、素案を次のとおり修正しました。このほか、字句の修正及び時点の修正を行っています。"))
    mgrid = [2700, 4600, 5300, 1400]
    B.append(simple_table(("修正箇所", "修正前（素案）", "修正後", "関連する意見"), [
        ("第２章　基本方針１　取組１（８ページ）",
         "申請手続のオンライン化を進め、市役所に来なくても手続ができる環境を整えます。",
         "申請手続のオンライン化を進め、市役所に来なくても手続ができる環境を整えます。あわせて、"
         "スマートフォン教室の開催や窓口での操作支援により、誰もが利用できるよう支援します。",
         "No.４"),
        ("第２章　基本方針２　取組６（１３ページ）",
         "施設の利用状況や老朽化の状況を踏まえ、複合化・集約化を進めます。",
         "施設の利用状況や老朽化の状況を踏まえ、地域の意見を聞きながら、学校施設の在り方と一体的に"
         "複合化・集約化を進めます。",
         "No.７、No.８"),
        ("第３章　３　計画の周知（２３ページ）",
         "（追加）",
         "計画の要点をまとめた概要版を作成し、市ホームページへの掲載及び地区市民センター等での配布により周知します。",
         "No.１"),
    ], mgrid, centre_cols=(3,)))
    B.append(blank())
    # contact box: one-cell table (no record, r2 precedent)
    box = tbl([tr([tc(
        p(r("【問合せ先】なでしこ野市総務部行政経営課行政改革推進係", size=9.5))
        + p(r("〒９９９－０１２３　なでしこ野市中央一丁目２番３号　電話　０１２３－４５－６７８９（直通）", size=9.5))
        + p(r("ファクス　０１２３－４５－６７００　電子メール　gyokaku@city.nadeshikono.example", size=9.5)),
        7600)], cant_split=False)], [7600], jc="right")
    B.append(box)
    return B


# ---------------------------------------------------------------- package parts
FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:footnotes {W} {R_NS}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve">　平成２５年なでしこ野市条例第３号。第１２条で、提出された意見の概要及び'
    'これに対する市の考え方を公表することを定めています。</w:t></w:r></w:p></w:footnote>'
    '</w:footnotes>')


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
    doc.styles["Normal"].font.size = Pt(10.5)
    styles.append(parse_xml(
        f'<w:style {W} w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style {W} w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar"><w:name w:val="脚注文字列 (文字)"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/>'
        '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style {W} w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'))


def setup_numbering(doc):
    """abstractNum 40: the No. column list, decimal 「%1」 with no suffix, as Word writes a user-defined
    number format applied to a table column (hybridMultilevel, nine levels)."""
    numbering = doc.part.numbering_part.element
    lvls = ('<w:lvl w:ilvl="0" w:tplc="0409000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%1"/><w:lvlJc w:val="center"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>')
    fmts = ["aiueoFullWidth", "decimalEnclosedCircle", "decimal", "aiueoFullWidth", "decimalEnclosedCircle",
            "decimal", "aiueoFullWidth", "decimalEnclosedCircle"]
    for i, fmt in enumerate(fmts, start=1):
        text = f"(%{i + 1})" if fmt == "aiueoFullWidth" else f"%{i + 1}" if fmt == "decimalEnclosedCircle" else f"%{i + 1}."
        lvls += (f'<w:lvl w:ilvl="{i}" w:tplc="04090017" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                 f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                 f'<w:pPr><w:ind w:left="{420 * (i + 1)}" w:hanging="420"/></w:pPr></w:lvl>')
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{NO_NUM_ID}"><w:nsid w:val="5A3C21E7"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="D2E4F0A6"/>' + lvls + '</w:abstractNum>')
    first_num = numbering.find(f"{WNS}num")
    first_num.addprevious(abstract)
    numbering.append(parse_xml(
        f'<w:num {W} w:numId="{NO_NUM_ID}"><w:abstractNumId w:val="{NO_NUM_ID}"/></w:num>'))


def setup_footnotes(doc):
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    fpr = parse_xml(f'<w:footnotePr {W}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    compat = settings.find(f"{WNS}compat")
    if compat is not None:
        compat.addprevious(fpr)
    else:
        settings.append(fpr)


def setup_section(doc):
    """The body-level sectPr is the LAST section (landscape, sections 3-4 of the report)."""
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(20)
    sec.header_distance = sec.footer_distance = Mm(10)
    hp = sec.header.paragraphs[0]
    hp._p.getparent().replace(hp._p, parse_xml(
        f'<w:p {W}><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>'
        '<w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
        '<w:t>第３次なでしこ野市行財政改革推進計画（素案）パブリックコメント実施結果</w:t></w:r></w:p>'))
    fp = sec.footer.paragraphs[0]
    fp._p.getparent().replace(fp._p, parse_xml(
        f'<w:p {W}><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:t xml:space="preserve">－ </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>2</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> －</w:t></w:r></w:p>'))
    sect_pr = doc.element.body.find(f"{WNS}sectPr")
    rid_h = sect_pr.find(f"{WNS}headerReference").get(
        "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    rid_f = sect_pr.find(f"{WNS}footerReference").get(
        "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    return rid_h, rid_f


def main():
    doc = Document()
    setup_styles(doc)
    setup_numbering(doc)
    setup_footnotes(doc)
    rid_h, rid_f = setup_section(doc)

    body_el = doc.element.body
    for old in list(body_el):
        if old.tag != f"{WNS}sectPr":
            body_el.remove(old)
    sect_pr = body_el.find(f"{WNS}sectPr")
    for xml in build_body():
        xml = xml.replace("{HDR}", rid_h).replace("{FTR}", rid_f)
        el = parse_xml(f'<w:body {W} {R_NS}>{xml}</w:body>')
        for child in list(el):
            sect_pr.addprevious(child)

    cp = doc.core_properties
    cp.title = "パブリックコメント実施結果（様式第３号）"
    cp.author = "なでしこ野市"
    cp.last_modified_by = "gyokaku03"
    cp.created = datetime.datetime(2025, 2, 14, 10, 12, 0)
    cp.modified = datetime.datetime(2025, 3, 19, 16, 45, 0)
    cp.revision = 12
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""

    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 19, 16, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    OUT.write_bytes(out.getvalue())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
