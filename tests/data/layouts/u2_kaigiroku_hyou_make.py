"""Build u2_kaigiroku_hyou.docx: the minutes (会議録) of a fictional city's 行財政改革推進委員会, kept in Word.

ひなげし台市 is fictional; every sentence is original. Layout, as city staff fill in a 会議録 form in Word:
- a bold centred title paragraph;
- a bordered two-column header table (日時/場所/出席委員/欠席委員/事務局/説明員/会議の公開/傍聴者/配布資料/会議録確定),
  whose 配布資料 cell is a Word numbered list with lvlText 「資料%1」 (the numbers exist only in numbering.xml);
- the whole 会議の経過 as ONE borderless two-column table 「発言者 | 発言内容」 (header row repeated on every page).
  The 議事 headings (１ 開会, ２ 議題, （１）…（４）, ３ その他, （１）（２）, ４ 閉会) are rows merged across both
  columns, holding a bold paragraph numbered by a Word multilevel list (lvl 0 「%1」, lvl 1 「（%2）」): paragraph.text
  holds only 「開会」, 「議題」, … . Speaker turns are rows 「speaker | text」; stage directions 「（資料３に基づき説明）」 sit in
  the text cell, one 「（休憩…）」 line is a merged full-width row like a heading row.
Tables are written as raw WordprocessingML through docx.oxml.parse_xml; the package comes from python-docx's default
template. Run with /work/main/.venv/bin/python. Output is byte-for-byte reproducible (fixed core properties, zip times).
"""
import datetime
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("u2_kaigiroku_hyou.docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

GOTHIC = "ＭＳ ゴシック"
MINCHO = "ＭＳ 明朝"
GIJI_NUM = 40     # multilevel list of the 議事 headings: lvl0 「%1」, lvl1 「（%2）」
SHIRYO_NUM = 41   # single-level list of the 配布資料: 「資料%1」 + tab

HEAD_GRID = [1700, 7370]   # header table (twips), 9070 = A4 with 25 mm margins
TURN_GRID = [1800, 7270]   # 発言者 | 発言内容


# ---------------------------------------------------------------- XML helpers
def r(text, bold=False, size=None, gothic=False):
    rpr = ""
    if gothic:
        rpr += f'<w:rFonts w:ascii="{GOTHIC}" w:eastAsia="{GOTHIC}" w:hAnsi="{GOTHIC}"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if size:
        rpr += f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def br():
    return "<w:r><w:br/></w:r>"


def p(runs="", jc=None, num=None, keep_next=False, ind_left=None, hanging=None, first_line=None,
      before=None, after=None):
    ppr = ""
    if keep_next:
        ppr += "<w:keepNext/>"
    if num is not None:
        num_id, ilvl = num
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    if before is not None or after is not None:
        ppr += f'<w:spacing w:before="{before or 0}" w:after="{after or 0}"/>'
    if ind_left is not None or first_line is not None:
        ind = "<w:ind"
        if ind_left is not None:
            ind += f' w:left="{ind_left}"'
        if hanging is not None:
            ind += f' w:hanging="{hanging}"'
        if first_line is not None:
            ind += f' w:firstLine="{first_line}"'
        ppr += ind + "/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
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


def tr(cells, header=False, cant_split=False):
    pr = ""
    if cant_split:
        pr += "<w:cantSplit/>"
    if header:
        pr += "<w:tblHeader/>"
    pr = f"<w:trPr>{pr}</w:trPr>" if pr else ""
    return f"<w:tr>{pr}{''.join(cells)}</w:tr>"


def tbl(rows, grid, borders=True):
    if borders:
        b = "".join(f'<w:{s} w:val="single" w:sz="6" w:space="0" w:color="auto"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        style = '<w:tblStyle w:val="TableGrid"/>'
    else:
        # a borderless layout table, as Word writes it after 「枠なし」: every border explicitly none
        b = "".join(f'<w:{s} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        style = ""
    pr = style + f'<w:tblW w:w="{sum(grid)}" w:type="dxa"/>'
    pr += f"<w:tblBorders>{b}</w:tblBorders>"
    pr += '<w:tblLayout w:type="fixed"/>'
    pr += '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="99" w:type="dxa"/>' \
          '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="99" w:type="dxa"/></w:tblCellMar>'
    pr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    g = "".join(f'<w:gridCol w:w="{c}"/>' for c in grid)
    return f"<w:tbl><w:tblPr>{pr}</w:tblPr><w:tblGrid>{g}</w:tblGrid>{''.join(rows)}</w:tbl>"


# ---------------------------------------------------------------- header table (会議の概要)
def head_row(label, content):
    return tr([tc(p(r(label), jc="distribute"), HEAD_GRID[0], fill="E7E6E6", valign="center"),
               tc(content, HEAD_GRID[1])], cant_split=True)


def paras(*texts):
    return "".join(p(r(t)) for t in texts)


def shiryo(*titles):
    """配布資料: Word numbered list 「資料%1」+tab; the text holds only the title."""
    return "".join(p(r(t), num=(SHIRYO_NUM, 0), ind_left=1050, hanging=1050) for t in titles)


def header_table():
    rows = [
        head_row("日時", paras("令和６年１１月１２日（火）　午後２時００分～午後４時０５分")),
        head_row("場所", paras("ひなげし台市役所　本庁舎５階　第２委員会室")),
        head_row("出席委員", paras("三浦委員長、岡田副委員長、石川委員、河野委員、佐久間委員、高畑委員、村井委員（７名）")),
        head_row("欠席委員", paras("内藤委員（１名）")),
        head_row("事務局", paras("総務部長、行財政改革推進課長、同課長補佐、同課行政改革係長")),
        head_row("説明員", paras("資産経営課長、財政課長、デジタル推進課長")),
        head_row("会議の公開", paras("公開")),
        head_row("傍聴者", paras("２名")),
        head_row("配布資料",
                 p(r("次第")) +
                 shiryo("第３次ひなげし台市行財政改革実施計画　令和５年度取組実績一覧",
                        "取組実績の内部評価結果（令和５年度）",
                        "ひなげし台市公共施設等総合管理計画（改訂素案）の概要",
                        "使用料・手数料の見直しに関する基本方針（案）") +
                 p(r("参考資料　ひなげし台市行財政改革推進委員会委員名簿"))),
        head_row("会議録確定", paras("令和６年１２月５日（委員長確認）")),
    ]
    return tbl(rows, HEAD_GRID, borders=True)


# ---------------------------------------------------------------- 会議の経過 table
def hrow_header():
    return tr([tc(p(r("発言者", gothic=True), jc="center"), TURN_GRID[0], fill="D9D9D9"),
               tc(p(r("発言内容", gothic=True), jc="center"), TURN_GRID[1], fill="D9D9D9")],
              header=True, cant_split=True)


def heading(ilvl, *lines):
    """A 議事 heading: one row merged over both columns, a bold auto-numbered paragraph.
    Extra lines are added after a soft line break (w:br) in the same paragraph."""
    runs = r(lines[0], bold=True, gothic=True)
    for extra in lines[1:]:
        runs += br() + r(extra, bold=True, gothic=True)
    ind = 0 if ilvl == 0 else 210
    para = p(runs, num=(GIJI_NUM, ilvl), keep_next=True, before=120, ind_left=ind + 420, hanging=420)
    return tr([tc(para, sum(TURN_GRID), span=2)], cant_split=True)


def turn(speaker, *texts, vmerge=None):
    """One speaker turn: speaker cell | one paragraph per text (first-line indent of one character)."""
    sp = "" if vmerge == "continue" else p(r(speaker))
    body = "".join(p(r(t), first_line=210) if not t.startswith("（") else p(r(t)) for t in texts)
    return tr([tc(sp, TURN_GRID[0], vmerge=vmerge), tc(body, TURN_GRID[1])])


def direction(text):
    """A stage direction with no speaker: empty speaker cell, bracketed text."""
    return tr([tc("", TURN_GRID[0]), tc(p(r(text)), TURN_GRID[1])])


def full_direction(text):
    """A stage direction merged over both columns, centred (same row shape as a heading row)."""
    return tr([tc(p(r(text), jc="center", before=60, after=60), sum(TURN_GRID), span=2)], cant_split=True)


def keika_table():
    rows = [hrow_header()]

    # １ 開会
    rows += [
        heading(0, "開会"),
        turn("事務局",
             "定刻となりましたので、ただいまから令和６年度第２回ひなげし台市行財政改革推進委員会を開会いたします。",
             "本日は、委員８名のうち７名に御出席いただいておりますので、ひなげし台市行財政改革推進委員会条例第６条第２項の規定により、"
             "会議が成立していることを御報告します。また、本日は２名の方が傍聴されています。"),
        direction("（配布資料の確認）"),
        turn("委員長",
             "皆さん、こんにちは。前回の会議では、第３次実施計画の進め方について多くの御意見をいただきました。"
             "本日は議題が４件ありますので、円滑な進行に御協力をお願いします。",
             "なお、本日の会議録の確認は、委員Ａにお願いしたいと思います。"),
        turn("委員Ａ", "承知しました。"),
    ]

    # ２ 議題（no text of its own: its （１） follows at once）
    rows += [heading(0, "議題")]

    # （１）
    rows += [
        heading(1, "令和５年度取組実績及び内部評価結果について"),
        turn("委員長", "それでは、議題（１）について、事務局から説明をお願いします。"),
        turn("事務局", "（資料１及び資料２に基づき説明）"),
        turn("委員長", "ただいまの説明について、御意見、御質問はありますか。"),
        turn("委員Ｂ",
             "資料２の内部評価で「Ｃ（遅れている）」となった取組が４件あります。"
             "その中でも、窓口のキャッシュレス化が遅れている理由を教えてください。"),
        turn("事務局",
             "窓口のキャッシュレス化は、令和５年度中に本庁舎の全窓口へ導入する計画でしたが、決済端末の調達で入札が一度不調となり、"
             "導入が令和６年７月にずれ込みました。現在は本庁舎の１２窓口すべてで御利用いただけます。",
             "支所と出張所については、令和７年度中の導入を目指して準備を進めています。"),
        turn("委員Ｃ",
             "補助金の見直しについて、資料１では終期の設定率が１００％となっていますが、終期を迎えた補助金はどのように扱ったのですか。"),
        turn("財政課",
             "令和５年度末までに、市単独の補助金８７件すべてに終期を設定しました。このうち令和５年度に終期を迎えた１２件は、"
             "所管課による効果検証を行い、廃止３件、縮小５件、継続４件としています。"),
        turn("委員Ｃ", "継続とした４件についても、効果検証の結果を次回の委員会で示していただきたいと思います。"),
        turn("委員長",
             "事務局は、次回までに資料の準備をお願いします。ほかに御意見がなければ、議題（１）は了承ということでよろしいでしょうか。"),
        direction("（「異議なし」の声あり）"),
        turn("委員長", "議題（１）は、了承とします。"),
    ]

    # （２）: the trailing department is on a second line after a soft line break
    rows += [
        heading(1, "公共施設等総合管理計画の改訂（素案）について", "（資産経営課）"),
        turn("委員長", "続いて、議題（２）について、資産経営課から説明をお願いします。"),
        turn("資産経営課", "（資料３に基づき説明）"),
        turn("委員Ｄ",
             "学校施設の複合化は、地域の方の理解がなければ進みません。住民への説明はどのように行うのですか。"),
        turn("資産経営課",
             "令和７年１月から２月にかけて、中学校区ごとに計７回の説明会を開催する予定です。"
             "あわせて、改訂素案に対するパブリックコメントを令和７年２月に実施します。"),
        full_direction("（休憩　午後３時０５分～午後３時１５分）"),
        turn("委員長", "会議を再開します。議題（２）について、ほかに御意見はありますか。"),
        turn("委員Ｅ", "延床面積の縮減目標は、現行の計画と比べてどのように変わるのですか。"),
        turn("資産経営課",
             "現行計画では、令和１７年度までに公共施設の延床面積を１０％縮減するとしていました。改訂素案では、"
             "令和６年に行った将来人口推計の見直しを踏まえ、縮減目標を１５％に引き上げています。",
             "目標年度は変わらず令和１７年度です。"),
        turn("委員Ｆ",
             "２点申し上げます。",
             "①施設ごとの削減の見通しを、地区別に分かりやすく示していただきたい。",
             "②複合化した後の施設の使い勝手について、利用者の声を聞く仕組みを設けていただきたい。"),
        turn("資産経営課",
             "御意見を踏まえ、地区別の施設一覧を素案に追加します。また、複合化した施設では、供用開始から１年後に利用者アンケートを実施します。"),
        turn("委員長",
             "それでは、本日の意見を踏まえて素案を修正していただくことで、議題（２）は了承とします。"),
    ]

    # （３）: a trailing department on the same line, after 「（案）」
    rows += [
        heading(1, "使用料・手数料の見直しに関する基本方針（案）について（財政課）"),
        turn("委員長", "議題（３）について、財政課から説明をお願いします。"),
        turn("財政課", "（資料４に基づき説明）"),
        turn("委員Ａ", "受益者負担の割合は、どのような考え方で決めるのですか。"),
        turn("財政課",
             "施設の性質に応じて、市場性と選択性の高さから４つの区分を設けます。"
             "区分ごとに、施設の維持管理に要する費用のうち利用者に負担していただく割合を、０％、２５％、５０％、１００％と定めます。",
             vmerge="restart"),
        turn("財政課",
             "この割合に基づいて算定した額が現行の料金の１．５倍を超える場合は、激変緩和のため、改定の上限を１．５倍とします。",
             vmerge="continue"),
        turn("委員Ｂ", "減免の基準はどうなるのでしょうか。"),
        turn("財政課",
             "減免は、現在、施設ごとの要綱で定めているため、基準がそろっていません。基本方針（案）では、減免の対象を、"
             "障がいのある方の利用、市又は市教育委員会との共催事業、災害時の利用の３つに統一します。",
             "減免の割合も、全額免除と５割減額の２段階に整理します。"),
        turn("委員長", "ほかに御意見がないようですので、議題（３）は了承とします。"),
    ]

    # （４）: a trailing bracket that is not a department
    rows += [
        heading(1, "行政手続のオンライン化の取組状況について（報告）"),
        turn("委員長", "議題（４）は報告事項です。デジタル推進課から報告をお願いします。"),
        turn("デジタル推進課",
             "令和６年１０月末時点で、オンラインで申請できる手続は１５６手続となり、前年同期から４１手続増えました。"
             "今年度は、子育て関係の手続を中心に、さらに２０手続の追加を予定しています。"),
        turn("委員Ｃ", "スマートフォンの操作に不慣れな方への支援はどうなっていますか。"),
        turn("デジタル推進課",
             "市内９か所の地区センターで、毎月「スマホ相談会」を開催しています。"
             "令和６年度上半期の参加者は延べ３８４人で、その７割が６５歳以上の方でした。"),
        turn("委員長", "報告事項ですので、以上とします。"),
    ]

    # ３ その他 (own text, then （１）（２）)
    rows += [
        heading(0, "その他"),
        turn("委員長", "その他として、事務局から２点、連絡事項があります。"),
        heading(1, "次回会議の開催について"),
        turn("事務局",
             "次回の第３回委員会は、令和７年２月１８日（火）午後２時から、本日と同じ第２委員会室で開催します。"
             "議題は、議題（１）で御意見をいただいた継続補助金の効果検証結果と、公共施設等総合管理計画の改訂案を予定しています。"),
        heading(1, "会議録の公開について"),
        turn("事務局",
             "本日の会議録は、委員長及び委員Ａの確認を経て、市ホームページと市政情報コーナーで公開します。"),
        turn("委員Ｄ", "公開までは、どのくらいの期間がかかりますか。"),
        turn("事務局", "会議の終了後、おおむね１か月以内に公開しています。"),
    ]

    # ４ 閉会
    rows += [
        heading(0, "閉会"),
        turn("委員長",
             "以上で、本日の議事はすべて終了しました。長時間にわたり御審議いただき、ありがとうございました。",
             "これをもちまして、令和６年度第２回ひなげし台市行財政改革推進委員会を閉会します。"),
    ]
    return tbl(rows, TURN_GRID, borders=False)


def build_body():
    out = [
        p(r("令和６年度第２回ひなげし台市行財政改革推進委員会会議録", bold=True, size=14, gothic=True),
          jc="center", after=240),
        header_table(),
        p(),
        keika_table(),
        p(r("以上"), jc="right", before=120),
    ]
    return out


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
    doc.styles["Normal"].font.size = Pt(10.5)


def setup_numbering(doc):
    numbering = doc.part.numbering_part.element
    giji = (
        f'<w:abstractNum {W} w:abstractNumId="{GIJI_NUM}">'
        '<w:nsid w:val="5A3C1E40"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%1"/>'
        '<w:suff w:val="space"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="（%2）"/>'
        '<w:suff w:val="nothing"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="630" w:hanging="420"/></w:pPr></w:lvl>'
    )
    for i in range(2, 9):
        giji += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%{i + 1}."/>'
                 f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{630 + 210 * i}" w:hanging="420"/></w:pPr></w:lvl>')
    giji += "</w:abstractNum>"
    shiryo = (
        f'<w:abstractNum {W} w:abstractNumId="{SHIRYO_NUM}">'
        '<w:nsid w:val="6B2D0F41"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="1E84D9A2"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="資料%1"/>'
        '<w:suff w:val="tab"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="1050"/></w:tabs>'
        '<w:ind w:left="1050" w:hanging="1050"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(f"{WNS}num")
    first_num.addprevious(parse_xml(giji))
    first_num.addprevious(parse_xml(shiryo))
    numbering.append(parse_xml(f'<w:num {W} w:numId="{GIJI_NUM}"><w:abstractNumId w:val="{GIJI_NUM}"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="{SHIRYO_NUM}"><w:abstractNumId w:val="{SHIRYO_NUM}"/></w:num>'))


def setup_section(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(20)
    hp = sec.header.paragraphs[0]
    hp._p.getparent().replace(hp._p, parse_xml(
        f'<w:p {W}><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>'
        '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>ひなげし台市行財政改革推進委員会　会議録（令和６年度第２回）</w:t></w:r></w:p>'))
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
    cp.title = "会議録（様式）"
    cp.author = "ひなげし台市"
    cp.last_modified_by = "ひなげし台市"
    cp.created = datetime.datetime(2024, 11, 13, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 12, 5, 16, 20, 0)
    cp.revision = 5
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""

    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 5, 16, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    OUT.write_bytes(out.getvalue())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
