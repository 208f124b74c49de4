"""Build p2_henkou_rireki.docx: a Word plan draft (第３次わたすげ町地域福祉計画（案）) that still carries
tracked changes (w:ins / w:del / w:moveFrom / w:moveTo), comments, footnotes and a hyperlink.

わたすげ町 is fictional; every sentence is invented.  python-docx 1.2 builds the package; the body,
the header, the comments part and the footnotes part are written as raw WordprocessingML
(docx.oxml.parse_xml / docx.opc.part.Part).  Run with /work/main/.venv/bin/python.
"""
import datetime as _dt
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("p2_henkou_rireki.docx")

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

# reviewers (the draft went through the 福祉総務課 editor and the 企画課 checker)
AUTH = {
    "mori": ("福祉総務課 森", "森"),
    "nishida": ("企画課 西田", "西"),
}

_rev = [100]


def rev_id():
    _rev[0] += 1
    return _rev[0]


def rattr(author, date):
    return f'w:author="{escape(AUTH[author][0])}" w:date="{date}"'


# ---------------------------------------------------------------- run-level XML

def run(text, bold=False, rstyle=None, deleted=False):
    rpr = ""
    inner = ""
    if rstyle:
        inner += f'<w:rStyle w:val="{rstyle}"/>'
    if bold:
        inner += "<w:b/><w:bCs/>"
    if inner:
        rpr = f"<w:rPr>{inner}</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def seg_xml(seg, bold, ctx):
    """One inline segment -> XML."""
    if isinstance(seg, str):
        return run(seg, bold)
    kind = seg[0]
    if kind == "ins":  # ('ins', text, author, date)
        _, text, a, d = seg
        return f'<w:ins w:id="{rev_id()}" {rattr(a, d)}>{run(text, bold)}</w:ins>'
    if kind == "del":
        _, text, a, d = seg
        return f'<w:del w:id="{rev_id()}" {rattr(a, d)}>{run(text, bold, deleted=True)}</w:del>'
    if kind == "cs":
        return f'<w:commentRangeStart w:id="{seg[1]}"/>'
    if kind == "ce":
        cid = seg[1]
        return (f'<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                f'<w:commentReference w:id="{cid}"/></w:r>')
    if kind == "fn":
        return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{seg[1]}"/></w:r>')
    if kind == "link":  # ('link', text, rId)
        return (f'<w:hyperlink r:id="{seg[2]}" w:history="1">'
                f'{run(seg[1], bold, rstyle="Hyperlink")}</w:hyperlink>')
    raise ValueError(kind)


def para(segs, style=None, bold=False, center=False, right=False, whole=None, page_break=False,
         move=None):
    """whole: None | ('ins', author, date) | ('del', author, date): the whole paragraph, mark included,
    is a tracked insertion / deletion.  move: ('from'|'to', name, author, date, ids)."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if page_break:
        ppr += "<w:pageBreakBefore/>"
    if center:
        ppr += '<w:jc w:val="center"/>'
    if right:
        ppr += '<w:jc w:val="right"/>'
    mark = ""
    if whole:
        k, a, d = whole
        mark = f'<w:{k} w:id="{rev_id()}" {rattr(a, d)}/>'
    if move:
        k, name, a, d, ids = move
        tag = "moveFrom" if k == "from" else "moveTo"
        mark = f'<w:{tag} w:id="{ids[0]}" {rattr(a, d)}/>'
    if mark or bold:
        ppr += f"<w:rPr>{mark}{'<w:b/><w:bCs/>' if bold else ''}</w:rPr>"
    body = ""
    if move:
        k, name, a, d, ids = move
        tag = "moveFrom" if k == "from" else "moveTo"
        text = "".join(s for s in segs)
        body = (f'<w:{tag} w:id="{ids[2]}" {rattr(a, d)}>{run(text, bold)}</w:{tag}>'
                f'<w:{tag}RangeEnd w:id="{ids[1]}"/>')
    elif whole:
        k, a, d = whole
        for s in segs:
            if isinstance(s, str):
                if k == "ins":
                    body += f'<w:ins w:id="{rev_id()}" {rattr(a, d)}>{run(s, bold)}</w:ins>'
                else:
                    body += f'<w:del w:id="{rev_id()}" {rattr(a, d)}>{run(s, bold, deleted=True)}</w:del>'
            else:
                body += seg_xml(s, bold, None)
    else:
        for s in segs:
            body += seg_xml(s, bold, None)
    return f'<w:p {W_NS} {R_NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>'


def move_range_start(k, name, a, d, ids):
    tag = "moveFromRangeStart" if k == "from" else "moveToRangeStart"
    return f'<w:{tag} {W_NS} w:id="{ids[1]}" {rattr(a, d)} w:name="{name}"/>'


# ---------------------------------------------------------------- document

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin = sec.bottom_margin = Mm(25)

# fonts / styles -------------------------------------------------------------
styles_el = doc.styles.element
dd = styles_el.find(qn("w:docDefaults"))
rpr_default = dd.find(qn("w:rPrDefault")).find(qn("w:rPr"))
for old in rpr_default.findall(qn("w:rFonts")):
    rpr_default.remove(old)
rpr_default.insert(0, parse_xml(
    f'<w:rFonts {nsdecls("w")} w:ascii="ＭＳ 明朝" w:eastAsia="ＭＳ 明朝" w:hAnsi="ＭＳ 明朝" w:cs="Times New Roman"/>'))
for old in rpr_default.findall(qn("w:lang")):
    rpr_default.remove(old)
rpr_default.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/>'))

doc.styles["Normal"].font.size = Pt(10.5)
for name, size in (("Title", 20), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
    st = doc.styles[name]
    st.font.size = Pt(size)
    st.font.color.rgb = None
    st.font.bold = True
    rpr = st.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    rpr.insert(0, parse_xml(
        f'<w:rFonts {nsdecls("w")} w:ascii="ＭＳ ゴシック" w:eastAsia="ＭＳ ゴシック" w:hAnsi="ＭＳ ゴシック"/>'))

EXTRA_STYLES = [
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/>'
    '<w:unhideWhenUsed/><w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar"><w:name w:val="脚注文字列 (文字)"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/>'
    '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>',
]
for sx in EXTRA_STYLES:
    styles_el.append(parse_xml(sx.replace("<w:style ", f"<w:style {nsdecls('w')} ", 1)))

# the stale stylesWithEffects part of the template is not needed
for rid, rel in list(doc.part.rels.items()):
    if rel.reltype.endswith("/stylesWithEffects"):
        doc.part.drop_rel(rid)

# settings: track changes still switched on, footnote separators declared ----------
settings = doc.settings.element
settings.find(qn("w:defaultTabStop")).addprevious(parse_xml(f'<w:trackRevisions {nsdecls("w")}/>'))
settings.find(qn("w:defaultTabStop")).set(qn("w:val"), "840")
settings.find(qn("w:compat")).addprevious(parse_xml(
    f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'))

# hyperlink relationship
LINK_URL = "https://www.town.watasuge.example/kenkou/fukushi/kouken.html"
link_rid = doc.part.relate_to(LINK_URL, RT.HYPERLINK, is_external=True)

# ---------------------------------------------------------------- body content
M, N = "mori", "nishida"
D1 = "2025-01-20T09:42:00Z"
D2 = "2025-01-27T14:05:00Z"
D3 = "2025-02-03T10:18:00Z"
FIELD = dict(bold=True)
H1, H2, H3 = "Heading1", "Heading2", "Heading3"

# comment ids: any unique non-negative numbers; kept apart from the footnote ids 1/2 because LibreOffice 7.4
# loses the footnote text when a comment id equals a footnote id
C0, C1, C2, C3 = 21, 22, 23, 24

MOVE_NAME = "move188412306"
MOVE_FROM_IDS = (301, 302, 303)  # (mark, range, content)
MOVE_TO_IDS = (304, 305, 306)
MOVED = "令和６年４月１日現在、避難行動要支援者名簿の登載者は1,286人で、このうち個別避難計画を作成した人は412人です。"

X = []  # list of XML strings appended to the body in order

# cover
X.append(para(["第３次わたすげ町地域福祉計画"], style="Title", center=True))
X.append(para(["（", ("del", "素案", M, D3), ("ins", "案", M, D3), "）"], center=True))
X.append(para(["計画期間　令和７年度～令和１１年度"], center=True))
X.append(para([""], center=True))
X.append(para(["令和", ("del", "６年１２月", M, D3), ("ins", "７年２月", M, D3)], center=True))
X.append(para(["わたすげ町"], center=True))

# 第１章
X.append(para(["第１章　計画の策定にあたって"], style=H1, page_break=True))
X.append(para(["１　計画策定の趣旨"], style=H2))
X.append(para(["本町の高齢化率は令和６年４月１日現在で34.8％となり、ひとり暮らしの高齢者世帯は10年前の約1.4倍に増えています。"
               "また、子育てと介護、生活困窮など、複数の課題を同時に抱える世帯からの相談も増えています。"]))
X.append(para(["こうした状況を踏まえ、住民、地域の団体、事業者、社会福祉協議会と町が力を合わせて地域共生社会",
               ("fn", 1),
               "の実現をめざすため、第３次わたすげ町地域福祉計画を策定します。"]))
X.append(para(["２　計画の位置付け"], style=H2))
X.append(para(["本計画は、社会福祉法第107条に基づく市町村地域福祉計画として策定するものです。"]))
X.append(para(["第６次わたすげ町総合計画を上位計画とし、高齢者福祉計画・介護保険事業計画、障がい者計画、子ども・子育て支援事業計画などの"
               "個別計画に共通する理念と方向性を示します。",
               ("ins", "また、本計画の一部を、成年後見制度利用促進基本計画として位置付けます。", M, D1)]))
X.append(para(["３　計画の期間"], style=H2))
X.append(para(["計画期間は、令和７年度から令和１１年度までの５年間とします。",
               ("del", "なお、計画期間中であっても必要に応じて見直しを行います。", M, D1),
               ("ins", "ただし、関連する個別計画の改定に合わせ、令和９年度に中間評価を行います。", M, D1)]))

# 第２章
X.append(para(["第２章　計画の基本的な考え方"], style=H1, page_break=True))
X.append(para(["第２次計画の評価と住民アンケートの結果を踏まえ、本計画の基本理念と３つの基本目標を次のとおり定めます。"]))
X.append(para(["１　基本理念"], style=H2))
X.append(para(["本計画の基本理念を「ひとりにしない　ささえあいの町　わたすげ」とします。"
               "誰もが地域の一員として役割を持ち、困ったときに「助けて」と言える関係を町全体で育てていくという思いを込めています。"]))
X.append(para(["２　施策の体系"], style=H2))
X.append(para(["基本理念の実現に向けて、３つの基本目標の下に次の施策を展開します。"]))
X.append(para(["・基本目標１　地域で支え合う仕組みづくり（施策（１）～（４））"]))
X.append(para(["・基本目標２　必要な支援につながる体制づくり（施策（１）～（",
               ("del", "４", M, D2), ("ins", "３", M, D2), "））"]))
X.append(para(["・基本目標３　誰もが安心して暮らせる環境づくり（施策（１）～（",
               ("del", "２", M, D2), ("ins", "３", M, D2), "））"]))

# 第３章
X.append(para(["第３章　施策の展開"], style=H1, page_break=True))
X.append(para(["この章では、基本目標ごとに施策の現状と課題、主な取組、担当課を示します。",
               ("ins", "各施策の成果は、毎年度の進行管理の中で確認します。", N, D2)]))

X.append(para(["基本目標１　地域で支え合う仕組みづくり"], style=H2))
X.append(para(["自治会や民生委員・児童委員、ボランティアなど、地域で活動する人たちが互いにつながり、"
               "身近な困りごとを早く受け止められる地域をめざします。"]))

# 基本目標１（１）
X.append(para(["（１）地域福祉を担う人材の育成"], style=H3))
X.append(para(["【現状と課題】"], **FIELD))
X.append(para(["民生委員・児童委員の定数58人に対し、令和６年12月１日現在の欠員は５人です。"
               "委員の平均年齢は67.2歳で、次の担い手の確保が課題となっています。"]))
X.append(para(["【主な取組】"], **FIELD))
X.append(para(["・地域福祉の入門講座を年２回開催し、受講した人を地域の活動につなげます。"]))
X.append(para(["・民生委員・児童委員の活動を紹介する動画を作成し、町内の事業所にも協力を呼びかけます。"]))
X.append(para(["・退職前後の世代を対象に、地域活動を体験できるプログラムを実施します。"], whole=("ins", M, D2)))
X.append(para(["担当課：福祉総務課"]))
X.append(para(["関係課：生涯学習課"]))

# 基本目標１（２）: title changed by an insertion in the middle; a paragraph moved away; 関係課 line inserted
X.append(para(["（２）地域の見守り", ("cs", C0), ("ins", "・支え合い", M, D1), ("ce", C0), "活動の推進"], style=H3))
X.append(para(["【現状と課題】"], **FIELD))
X.append(para(["見守りネットワークに協力する事業者は、令和５年度末で42事業者となりました。",
               ("del", "一方で、見守りの対象となる世帯の情報共有は十分ではありません。", M, D1),
               ("ins", "一方で、協力事業者と民生委員・児童委員の間で、気付いた変化を共有する仕組みが整っていません。", M, D1)]))
X.append(move_range_start("from", MOVE_NAME, M, D2, MOVE_FROM_IDS))
X.append(para([MOVED], move=("from", MOVE_NAME, M, D2, MOVE_FROM_IDS)))
X.append(para(["【主な取組】"], **FIELD))
X.append(para(["・新聞販売店や宅配事業者など、見守りに協力する事業者を60事業者に増やします。"]))
X.append(para(["・気付いた変化を町に知らせる「見守り連絡票」を、電子申請でも受け付けます。"]))
X.append(para(["担当課：福祉総務課"]))
X.append(para(["関係課：高齢者支援課、地域協働課"], whole=("ins", M, D2)))

# 基本目標１（３）: target figure changed; 担当課 renamed (old deleted, new inserted); comment on the line
X.append(para(["（３）地域の居場所づくり"], style=H3))
X.append(para(["【現状と課題】"], **FIELD))
X.append(para(["高齢者サロンや子ども食堂など、住民が運営する居場所は町内に24か所あります。"
               "活動場所が中心部に偏っており、北部の３地区には居場所がありません。"]))
X.append(para(["【主な取組】"], **FIELD))
X.append(para(["・空き店舗や集会所を活用して居場所を立ち上げる団体に、１か所あたり最大20万円を助成します。"]))
X.append(para(["・居場所の運営者が情報を交換できる連絡会を年３回開催します。"]))
X.append(para(["成果指標：住民が運営する居場所の数　24か所（令和５年度）→",
               ("del", "30", M, D2), ("ins", "35", M, D2), "か所（令和１１年度）"]))
X.append(para([("cs", C1), "担当課：", ("del", "高齢福祉課", M, D3), ("ins", "高齢者支援課", M, D3),
               "・地域協働課", ("ce", C1)]))

# 基本目標１（４）: a department deleted from the end of the 関係課 list
X.append(para(["（４）ボランティア活動への参加促進"], style=H3))
X.append(para(["【現状と課題】"], **FIELD))
X.append(para(["社会福祉協議会のボランティアセンターに登録している人は、令和５年度末で612人です。"
               "登録者のうち60歳以上の人が７割を超えています。"]))
X.append(para(["【主な取組】"], **FIELD))
X.append(para(["・中学生・高校生を対象とした夏休みのボランティア体験を、社会福祉協議会と共同で実施します。"]))
X.append(para(["・ボランティア活動で貯めたポイントを、町内の店舗で使える仕組みを検討します。"]))
X.append(para(["担当課：地域協働課"]))
X.append(para(["関係課：生涯学習課", ("del", "、商工観光課", M, D2)]))

# 基本目標２ (no lead: its （１） follows at once)
X.append(para(["基本目標２　必要な支援につながる体制づくり"], style=H2))

X.append(para(["（１）包括的な相談支援体制の整備"], style=H3))
X.append(para(["【現状と課題】"], **FIELD))
X.append(para(["福祉の総合相談窓口で受け付けた相談は令和５年度に1,064件で、このうち複数の分野にまたがる相談が約３割を占めました。"]))
X.append(para(["【主な取組】"], **FIELD))
X.append(para(["・令和８年度から重層的支援体制整備事業", ("fn", 2),
               "を実施し、分野を越えて支援する体制を整えます。"]))
X.append(para(["・相談の内容を関係する課で共有するため、支援会議を毎月開催します。"]))
X.append(para(["担当課：福祉総務課"]))
X.append(para(["関係課：こども家庭センター、障がい福祉課、健康づくり課"]))

# 基本目標２ 旧（２）: deleted whole item (every run and every paragraph mark deleted)
DEL = ("del", N, D2)
X.append(para(["（２）福祉に関する情報発信の充実"], style=H3, whole=DEL))
X.append(para(["【現状と課題】"], whole=DEL, **FIELD))
X.append(para(["福祉サービスの案内冊子は平成30年度から改訂されておらず、その後の制度改正が反映されていません。"], whole=DEL))
X.append(para(["【主な取組】"], whole=DEL, **FIELD))
X.append(para(["・福祉サービスの案内冊子を全面的に改訂し、町ホームページにも掲載します。"], whole=DEL))
X.append(para(["担当課：福祉総務課"], whole=DEL))
X.append(para(["関係課：広報広聴室"], whole=DEL))

# 旧（３）→（２）, 旧（４）→（３）: the typed numbers are changed as tracked revisions
X.append(para(["（", ("cs", C3), ("del", "３", N, D2), ("ins", "２", N, D2), ("ce", C3), "）生活困窮者の自立支援"], style=H3))
X.append(para(["【現状と課題】"], **FIELD))
X.append(para(["生活困窮者自立相談支援窓口の新規相談は令和５年度に148件で、前年度から21件増えました。"
               "家計の相談と仕事の相談が重なる例が多くみられます。"]))
X.append(para(["【主な取組】"], **FIELD))
X.append(para(["・税や水道料金の納付相談の場で、自立相談支援窓口を案内する「つなぐシート」を活用します。"]))
X.append(para(["・家計改善支援と就労準備支援を一体的に実施します。"]))
X.append(para(["担当課：生活福祉課"]))
X.append(para(["関係課：税務課、上下水道課"]))

X.append(para(["（", ("del", "４", N, D2), ("ins", "３", N, D2), "）権利擁護と成年後見制度の利用促進"], style=H3))
X.append(para(["【現状と課題】"], **FIELD))
X.append(para(["町長による成年後見の申立ては令和５年度に６件でした。"
               "制度を知らない人も多く、相談につながるまでに時間がかかっています。"]))
X.append(para(["【主な取組】"], **FIELD))
X.append(para(["・令和７年度に中核機関を設置し、その運営を社会福祉協議会に委託します。"]))
X.append(para(["・制度の概要や申立ての手続は、町ホームページの「", ("link", "成年後見制度のご案内", link_rid),
               "」に掲載し、広報紙でも定期的に紹介します。"]))
X.append(para(["担当課：福祉総務課"]))
X.append(para(["関係課：高齢者支援課・障がい福祉課"]))

# 基本目標３
X.append(para(["基本目標３　誰もが安心して暮らせる環境づくり"], style=H2))
X.append(para(["災害時の避難や日常の移動など、暮らしの中の不安を減らし、住み慣れた地域で安心して暮らし続けられる環境を整えます。"]))

X.append(para(["（１）災害時の避難支援体制の強化"], style=H3))
X.append(para(["【現状と課題】"], **FIELD))
X.append(move_range_start("to", MOVE_NAME, M, D2, MOVE_TO_IDS))
X.append(para([MOVED], move=("to", MOVE_NAME, M, D2, MOVE_TO_IDS)))
X.append(para(["計画の作成に同意が得られない人や、避難を手伝う支援者が見つからない人への対応が課題です。"]))
X.append(para(["【主な取組】"], **FIELD))
X.append(para(["・福祉の専門職と連携し、個別避難計画の作成を優先度の高い人から進めます。"]))
X.append(para(["・福祉避難所の指定を、現在の５か所から８か所に増やします。"]))
X.append(para(["担当課：防災安全課"]))
X.append(para(["関係課：福祉総務課、高齢者支援課"]))

# 基本目標３（２）: deletion in the middle of the title; a department deleted from the start of a list
X.append(para(["（２）外出", ("del", "・買い物", M, D1), "支援の充実"], style=H3))
X.append(para(["【現状と課題】"], **FIELD))
X.append(para(["町内の路線バスは令和５年10月に２路線が廃止され、北部地区では最寄りのバス停まで１km以上ある世帯が増えました。"]))
X.append(para(["【主な取組】"], **FIELD))
X.append(para(["・予約制の乗合タクシーの運行区域を北部地区に広げます。"]))
X.append(para(["・移動販売の事業者と連携し、買い物に出かけることが難しい人への支援を続けます。"]))
X.append(para(["担当課：企画課"]))
X.append(para(["関係課：", ("del", "地域協働課、", M, D1), "高齢者支援課"]))

# 基本目標３（３）: a whole item inserted after the review round
INS = ("ins", N, D3)
X.append(para([("cs", C2), "（３）孤独・孤立対策の推進", ("ce", C2)], style=H3, whole=INS))
X.append(para(["【現状と課題】"], whole=INS, **FIELD))
X.append(para(["令和６年度の住民アンケートでは、「孤独を感じることがある」と答えた人が全体の31.5％で、"
               "20歳代と70歳以上で高い割合となりました。"], whole=INS))
X.append(para(["【主な取組】"], whole=INS, **FIELD))
X.append(para(["・悩みを抱える人が気軽に相談できるよう、電話とＳＮＳによる相談窓口を周知します。"], whole=INS))
X.append(para(["・行政と民間の関係者による孤独・孤立対策連絡会を設け、年２回開催します。"], whole=INS))
X.append(para(["担当課：福祉総務課"], whole=INS))
X.append(para(["関係課：地域協働課、健康づくり課"], whole=INS))

# 第４章
X.append(para(["第４章　計画の推進"], style=H1, page_break=True))
X.append(para(["本計画は、わたすげ町地域福祉計画推進委員会において毎年度の取組状況を点検し、その結果を町ホームページで公表します。"]))
X.append(para(["計画の推進に当たっては、わたすげ町社会福祉協議会が策定する地域福祉活動計画と連携します。",
               ("ins", "また、福祉サービスの案内冊子を改訂し、町ホームページに掲載する情報も充実させます。", N, D2)]))

body = doc.element.body
sectPr = body.find(qn("w:sectPr"))
for old in list(body):
    if old is not sectPr:
        body.remove(old)
for xml in X:
    sectPr.addprevious(parse_xml(xml))

# ---------------------------------------------------------------- header / footer
sec.different_first_page_header_footer = True
hdr = sec.header
hdr_p = hdr.paragraphs[0]
hdr_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hdr_el = hdr_p._p
for xml in (run("第３次わたすげ町地域福祉計画（"),
            f'<w:del w:id="{rev_id()}" {rattr(M, D3)}>{run("素案", deleted=True)}</w:del>',
            f'<w:ins w:id="{rev_id()}" {rattr(M, D3)}>{run("案")}</w:ins>',
            run("）")):
    hdr_el.append(parse_xml(xml.replace("<w:r>", f"<w:r {W_NS}>", 1)
                            .replace("<w:del ", f"<w:del {W_NS} ", 1)
                            .replace("<w:ins ", f"<w:ins {W_NS} ", 1)))
ftr_p = sec.footer.paragraphs[0]
ftr_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
ftr_el = ftr_p._p
ftr_el.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve">- </w:t></w:r>'))
ftr_el.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
ftr_el.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve"> -</w:t></w:r>'))

# ---------------------------------------------------------------- footnotes part
FOOTNOTES = [
    (1, "地域共生社会：年齢や障がいの有無などにかかわらず、住民一人ひとりが役割を持ち、互いに支え合いながら暮らすことのできる地域社会をいいます。"),
    (2, "重層的支援体制整備事業：社会福祉法第106条の４に基づき、属性を問わない相談支援、参加支援及び地域づくりに向けた支援を一体的に実施する事業です。"
        "本町では、福祉総務課が事務局となって準備を進めています。"),
]
fxml = [f'<w:footnotes {W_NS} {R_NS}>',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for fid, text in FOOTNOTES:
    fxml.append(
        f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
fxml.append("</w:footnotes>")
footnotes_part = Part(
    PackURI("/word/footnotes.xml"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + "".join(fxml)).encode("utf-8"),
    doc.part.package)
doc.part.relate_to(footnotes_part, RT.FOOTNOTES)

# ---------------------------------------------------------------- comments part
COMMENTS = [
    (C0, M, "2025-01-20T09:45:00Z", "第３回策定委員会の意見を踏まえ、見出しに「支え合い」を加えました。"),
    (C1, N, "2025-02-03T10:25:00Z", "令和７年４月１日の組織改正で、高齢福祉課は高齢者支援課に名称が変わります。"
                                  "改正前に公表する場合の表記は企画課と調整してください。"),
    (C2, N, "2025-02-03T10:31:00Z", "パブリックコメントの意見（No.12）を受けて、施策（３）を新設しました。"),
    (C3, N, "2025-01-27T14:12:00Z", "旧（２）の内容は、基本目標１（１）の取組と第４章に移したため削除しました。"
                                  "以降の番号を繰り上げています。"),
]
cxml = [f'<w:comments {W_NS} {R_NS}>']
for cid, a, d, text in COMMENTS:
    cxml.append(
        f'<w:comment w:id="{cid}" w:author="{escape(AUTH[a][0])}" w:date="{d}" w:initials="{AUTH[a][1]}">'
        f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:comment>')
cxml.append("</w:comments>")
comments_part = Part(
    PackURI("/word/comments.xml"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + "".join(cxml)).encode("utf-8"),
    doc.part.package)
doc.part.relate_to(comments_part, RT.COMMENTS)

# ---------------------------------------------------------------- core properties
cp = doc.core_properties
cp.title = "第３次わたすげ町地域福祉計画（案）"
cp.author = "福祉総務課"
cp.last_modified_by = "企画課 西田"
cp.created = _dt.datetime(2024, 11, 5, 8, 30)
cp.modified = _dt.datetime(2025, 2, 3, 10, 40)
cp.revision = 14

doc.save(OUT)
print("wrote", OUT)
