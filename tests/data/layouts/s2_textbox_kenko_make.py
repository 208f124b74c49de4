"""Build s2_textbox_kenko.docx: a fictional town's 健康増進計画 whose boxes are Word text boxes and shapes.

ききょう原町 is fictional; every sentence is original. The package comes from python-docx's default template
(styles, header/footer parts, settings); word/document.xml is written here as one string of WordprocessingML,
because python-docx has no API for drawings. What the file stores:

- a Word "Cover Pages" content control (w:sdt, docPartGallery) whose title, period and date are floating text
  boxes (wps:wsp in mc:AlternateContent, VML v:shape in mc:Fallback holding the same text again);
- a "Table of Contents" content control with a TOC field (\\o "1-3") whose cached result lists the
  heading-styled paragraphs with PAGEREF page numbers, then a section break (page numbers restart at 1);
- 基本目標 headings that exist only inside rounded-rectangle shapes anchored in empty paragraphs
  (基本目標２ split over two paragraphs of one box; 基本目標３ drawn as a tag shape + a title bar, stored
  title-bar first);
- 担当課 text boxes anchored in the heading paragraph of a 施策 (drawing run before the heading text);
- ＜目標＞ text boxes holding a small Word table; one of them is a legacy VML-only text box (w:pict, no
  mc:AlternateContent);
- two inline group shapes (wpg:wgp) used as figures (施策の体系, 推進体制) whose boxes hold heading-like
  lines, with connectors;
- an 奥付 text box at the foot of the last page.

Run with /work/main/.venv/bin/python. Output is byte-for-byte reproducible (fixed core properties and zip times).
"""
import datetime
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Mm

OUT = Path(__file__).with_name("s2_textbox_kenko.docx")
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{WNS}"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'

ROOT_OPEN = (
    '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'{W} '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14">'
)

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"
TEXT_W = 5759450          # 9070 twips (A4, 25 mm side margins) in EMU
EMU_PT = 12700


# ---------------------------------------------------------------- counters (deterministic ids)
class Ids:
    docpr = 0
    spid = 1025
    zorder = 251658240
    bookmark = 0
    toc = 190412000


def next_docpr():
    Ids.docpr += 1
    return Ids.docpr


def next_spid():
    Ids.spid += 1
    return f"_x0000_s{Ids.spid}"


def next_z():
    Ids.zorder += 1024
    return Ids.zorder


def hexid(n):
    return f"{(0x1B3C5D00 + n * 7919) & 0x7FFFFFFF:08X}"


# ---------------------------------------------------------------- run / paragraph helpers
def r(text, bold=False, size=None, gothic=False, color=None):
    rpr = ""
    if gothic:
        rpr += f'<w:rFonts w:ascii="{GOTHIC}" w:eastAsia="{GOTHIC}" w:hAnsi="{GOTHIC}" w:hint="eastAsia"/>'
    else:
        rpr += '<w:rFonts w:hint="eastAsia"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(runs="", style=None, jc=None, before=None, after=None, ind_left=None, hanging=None, first=None,
      page_before=False, keep_next=False, line=None, sect=None, snap=True):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if page_before:
        ppr += "<w:pageBreakBefore/>"
    if not snap:
        ppr += '<w:snapToGrid w:val="0"/>'
    if before is not None or after is not None or line is not None:
        sp = ""
        if before is not None:
            sp += f' w:before="{before}"'
        if after is not None:
            sp += f' w:after="{after}"'
        if line is not None:
            sp += f' w:line="{line}" w:lineRule="auto"'
        ppr += f"<w:spacing{sp}/>"
    if ind_left is not None or hanging is not None or first is not None:
        ind = ""
        if ind_left is not None:
            ind += f' w:left="{ind_left}"'
        if hanging is not None:
            ind += f' w:hanging="{hanging}"'
        if first is not None:
            ind += f' w:firstLine="{first}"'
        ppr += f"<w:ind{ind}/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if sect:
        ppr += sect
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def body(text):
    """an ordinary body paragraph, first line indented one character"""
    return p(r(text), first=210)


def bullet(text):
    """typed ・ bullet (no Word list numbering)"""
    return p(r(text), ind_left=420, hanging=210)


def field(text):
    return p(r(text, bold=True, gothic=True), before=120, keep_next=True)


def heading(text, level, extra_runs_before=""):
    """heading-styled paragraph with a _Toc bookmark (so the TOC's PAGEREF fields have a target)"""
    Ids.bookmark += 1
    Ids.toc += 137
    name = f"_Toc{Ids.toc}"
    bm = Ids.bookmark
    xml = (f'<w:p><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr>'
           f'<w:bookmarkStart w:id="{bm}" w:name="{name}"/>{extra_runs_before}{r(text)}'
           f'<w:bookmarkEnd w:id="{bm}"/></w:p>')
    TOC_ENTRIES.append((level, text, name))
    return xml


TOC_ENTRIES = []


# ---------------------------------------------------------------- drawing helpers
def txp(text, size=10.5, bold=False, color=None, jc=None, gothic=True):
    """a paragraph inside a text box (no spacing after, single line)"""
    return p(r(text, bold=bold, size=size, gothic=gothic, color=color), jc=jc, before=0, after=0, line=240,
             snap=False)


def cell(text, width, fill=None, bold=False, jc=None):
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}<w:vAlign w:val="center"/></w:tcPr>'
            f'{p(r(text, bold=bold, size=9, gothic=bold), jc=jc, before=0, after=0, line=240, snap=False)}</w:tc>')


def goal_table(rows):
    """the small 指標/現状値/目標値 table typed inside a ＜目標＞ text box (no number column)"""
    grid = [3900, 2400, 2400]
    head = ["指標", "現状値（令和５年度）", "目標値（令和１１年度）"]
    xml = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8700" w:type="dxa"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
           'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>')
    xml += "".join(f'<w:gridCol w:w="{g}"/>' for g in grid) + "</w:tblGrid>"
    xml += "<w:tr>" + "".join(cell(h, g, fill="DEEAF6", bold=True, jc="center") for h, g in zip(head, grid, strict=True)) + "</w:tr>"
    for name, now, goal in rows:
        xml += ("<w:tr>" + cell(name, grid[0]) + cell(now, grid[1], jc="center")
                + cell(goal, grid[2], jc="center") + "</w:tr>")
    return xml + "</w:tbl>"


def goal_content(rows):
    # Word needs a paragraph after a table that ends a text box
    return txp("＜目標＞", size=10, bold=True) + goal_table(rows) + txp("", size=4)


def pos_xml(axis, rel, how, val):
    tag = "positionH" if axis == "H" else "positionV"
    inner = f"<wp:align>{val}</wp:align>" if how == "align" else f"<wp:posOffset>{val}</wp:posOffset>"
    return f'<wp:{tag} relativeFrom="{rel}">{inner}</wp:{tag}>'


def wsp_xml(cx, cy, content=None, geom="rect", fill="FFFFFF", line="404040", line_w=6350, txbox=False,
            anchor="t", vert="horz", ins=(91440, 45720, 91440, 45720), autofit=False, cnv=None, off=(0, 0),
            connector=False, arrow=False):
    """one wps:wsp; inside a group it carries cNvPr and a real offset"""
    xml = "<wps:wsp>"
    if cnv is not None:
        xml += f'<wps:cNvPr id="{cnv[0]}" name="{escape(cnv[1])}"/>'
    if connector:
        xml += "<wps:cNvCnPr/>"
    else:
        xml += '<wps:cNvSpPr txBox="1"/>' if txbox else "<wps:cNvSpPr/>"
    xml += (f'<wps:spPr><a:xfrm><a:off x="{off[0]}" y="{off[1]}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>')
    if connector:
        xml += "<a:noFill/>"
    elif fill:
        xml += f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
    else:
        xml += "<a:noFill/>"
    if line:
        tail = '<a:tailEnd type="triangle"/>' if arrow else ""
        xml += f'<a:ln w="{line_w}"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill>{tail}</a:ln>'
    else:
        xml += "<a:ln><a:noFill/></a:ln>"
    xml += "</wps:spPr>"
    if content is not None:
        xml += f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
    fit = "<a:spAutoFit/>" if autofit else "<a:noAutofit/>"
    xml += (f'<wps:bodyPr rot="0" vert="{vert}" wrap="square" lIns="{ins[0]}" tIns="{ins[1]}" rIns="{ins[2]}" '
            f'bIns="{ins[3]}" anchor="{anchor}" anchorCtr="0">{fit}</wps:bodyPr></wps:wsp>')
    return xml


def pt(emu):
    v = emu / EMU_PT
    return f"{v:.1f}".rstrip("0").rstrip(".") + "pt"


def vml_shape(kind, name, spid, style, content, fill="white", stroke="#404040", stroked=True, wrap=None,
              vert=None, inset=None):
    """VML fallback of one shape (v:roundrect, v:shape type=#_x0000_t202, v:rect)"""
    attrs = f'id="{escape(name)}" o:spid="{spid}"'
    if kind == "textbox":
        tag = "v:shape"
        attrs += ' type="#_x0000_t202"'
    elif kind == "roundrect":
        tag = "v:roundrect"
        attrs += ' arcsize="10923f"'
    elif kind == "oval":
        tag = "v:oval"
    else:
        tag = "v:rect"
    attrs += f' style="{style}"'
    attrs += f' fillcolor="{fill}"' if fill else ' filled="f"'
    attrs += f' strokecolor="{stroke}" strokeweight=".5pt"' if stroked else ' stroked="f"'
    xml = f"<{tag} {attrs}>"
    if kind != "textbox":
        xml += '<v:stroke joinstyle="miter"/>'
    tb_style = ' style="layout-flow:vertical-ideographic"' if vert == "eaVert" else ""
    tb_inset = f' inset="{inset}"' if inset else ""
    if content is not None:
        xml += f"<v:textbox{tb_style}{tb_inset}><w:txbxContent>{content}</w:txbxContent></v:textbox>"
    if wrap:
        xml += wrap
    xml += f"</{tag}>"
    return xml


SHAPETYPE_202 = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
SHAPETYPE_USED = {"202": False}


def shapetype202():
    """the text-box shapetype, repeated in every w:pict that uses it: a consumer that takes mc:Choice never sees
    the copies inside mc:Fallback, so the VML-only box needs its own"""
    SHAPETYPE_USED["202"] = True
    return SHAPETYPE_202


def anchored(name, cx, cy, content, posH, posV, wrap="topAndBottom", geom="rect", fill="FFFFFF",
             line="404040", line_w=6350, txbox=True, anchor="t", behind=False, autofit=False,
             vml_kind="textbox", vml_fill="white", vml_stroke="#404040"):
    """a floating shape with text: mc:AlternateContent with wps in Choice and the same text as VML in Fallback"""
    did = next_docpr()
    spid = next_spid()
    z = next_z()
    wrap_xml = {"topAndBottom": "<wp:wrapTopAndBottom/>",
                "square": '<wp:wrapSquare wrapText="bothSides"/>',
                "none": "<wp:wrapNone/>"}[wrap]
    dist = ' distT="45720" distB="45720" distL="114300" distR="114300"'
    drawing = (f'<w:drawing><wp:anchor{dist} simplePos="0" relativeHeight="{z}" behindDoc="{1 if behind else 0}" '
               f'locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="{hexid(did)}" wp14:editId="{hexid(did + 50)}">'
               '<wp:simplePos x="0" y="0"/>'
               f'{pos_xml("H", *posH)}{pos_xml("V", *posV)}'
               f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap_xml}'
               f'<wp:docPr id="{did}" name="{escape(name)}"/><wp:cNvGraphicFramePr/>'
               f'<a:graphic {A}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
               + wsp_xml(cx, cy, content, geom=geom, fill=fill, line=line, line_w=line_w, txbox=txbox,
                         anchor=anchor, autofit=autofit)
               + '</a:graphicData></a:graphic>'
               '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
               '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
               '</wp:anchor></w:drawing>')
    # VML fallback with the same geometry and the same text
    hrel = {"margin": "margin", "page": "page", "column": "text"}[posH[0]]
    vrel = {"paragraph": "text", "page": "page", "margin": "margin"}[posV[0]]
    hpos = f"mso-position-horizontal:{posH[2]};" if posH[1] == "align" else ""
    vpos = f"mso-position-vertical:{posV[2]};" if posV[1] == "align" else ""
    ml = pt(posH[2]) if posH[1] == "offset" else "0"
    mt = pt(posV[2]) if posV[1] == "offset" else "0"
    style = (f"position:absolute;margin-left:{ml};margin-top:{mt};width:{pt(cx)};height:{pt(cy)};z-index:{z};"
             "visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;"
             "mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;"
             f"mso-wrap-distance-bottom:3.6pt;{hpos}mso-position-horizontal-relative:{hrel};{vpos}"
             f"mso-position-vertical-relative:{vrel};mso-width-percent:0;mso-height-percent:0;"
             f"mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:{'middle' if anchor == 'ctr' else 'top'}")
    vwrap = {"topAndBottom": '<w10:wrap type="topAndBottom" anchorx="margin"/>',
             "square": '<w10:wrap type="square" anchorx="margin"/>',
             "none": ""}[wrap]
    st = shapetype202() if vml_kind == "textbox" else ""
    vml = st + vml_shape(vml_kind, name, spid, style, content, fill=vml_fill, stroke=vml_stroke,
                         stroked=line is not None, wrap=vwrap)
    return ('<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">'
            f'{drawing}</mc:Choice><mc:Fallback><w:pict>{vml}</w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def vml_only_textbox(name, width_pt, height_pt, content):
    """a legacy text box: VML only (w:pict), as pasted from an older .doc file"""
    spid = next_spid()
    z = next_z()
    style = (f"position:absolute;left:0;text-align:left;margin-left:0;margin-top:3.6pt;width:{width_pt}pt;"
             f"height:{height_pt}pt;z-index:{z};mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
             "mso-position-vertical-relative:text")
    shape = vml_shape("textbox", name, spid, style, content, fill="white", stroke="#404040",
                      wrap='<w10:wrap type="topAndBottom" anchorx="margin"/>', inset="5.85pt,.7pt,5.85pt,.7pt")
    return f'<w:r><w:rPr><w:noProof/></w:rPr><w:pict>{shapetype202()}{shape}</w:pict></w:r>'


def group_inline(name, cx, cy, children):
    """an inline group (wpg:wgp) used as a figure; children = list of dicts in stored (drawing) order"""
    did = next_docpr()
    spid = next_spid()
    wsps = []
    vmls = []
    for i, ch in enumerate(children):
        cid = did * 100 + i + 1
        if ch.get("connector"):
            wsps.append(wsp_xml(ch["w"], ch["h"], None, geom="straightConnector1", fill=None, line="595959",
                                line_w=9525, cnv=(cid, ch["name"]), off=(ch["x"], ch["y"]), connector=True,
                                arrow=True))
            vmls.append(f'<v:line id="{escape(ch["name"])}" o:spid="{next_spid()}" style="position:absolute;'
                        f'visibility:visible;mso-wrap-style:square" from="{ch["x"]},{ch["y"] + ch["h"] // 2}" '
                        f'to="{ch["x"] + ch["w"]},{ch["y"] + ch["h"] // 2}" strokecolor="#595959" strokeweight=".75pt">'
                        '<v:stroke endarrow="block" joinstyle="miter"/></v:line>')
            continue
        wsps.append(wsp_xml(ch["w"], ch["h"], ch["content"], geom=ch.get("geom", "roundRect"),
                            fill=ch.get("fill", "FFFFFF"), line=ch.get("line", "404040"), txbox=False,
                            anchor=ch.get("anchor", "ctr"), vert=ch.get("vert", "horz"),
                            cnv=(cid, ch["name"]), off=(ch["x"], ch["y"])))
        style = (f"position:absolute;left:{ch['x']};top:{ch['y']};width:{ch['w']};height:{ch['h']};"
                 "visibility:visible;mso-wrap-style:square;v-text-anchor:middle")
        kind = "roundrect" if ch.get("geom", "roundRect") == "roundRect" else "rect"
        if ch.get("geom") == "ellipse":
            kind = "oval"
        line = ch.get("line", "404040")
        vmls.append(vml_shape(kind, ch["name"], next_spid(), style, ch["content"],
                              fill="#" + ch.get("fill", "FFFFFF").lower(), stroke="#" + (line or "000000").lower(),
                              stroked=line is not None, vert=ch.get("vert")))
    drawing = (f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="{hexid(did)}" '
               f'wp14:editId="{hexid(did + 50)}"><wp:extent cx="{cx}" cy="{cy}"/>'
               '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
               f'<wp:docPr id="{did}" name="{escape(name)}"/><wp:cNvGraphicFramePr/>'
               f'<a:graphic {A}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
               '<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>'
               f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/><a:chOff x="0" y="0"/>'
               f'<a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></wpg:grpSpPr>'
               + "".join(wsps) +
               '</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing>')
    vgroup = (f'<v:group id="{escape(name)}" o:spid="{spid}" style="width:{pt(cx)};height:{pt(cy)};'
              f'mso-position-horizontal-relative:char;mso-position-vertical-relative:line" '
              f'coordsize="{cx},{cy}">' + "".join(vmls) + "</v:group>")
    return ('<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wpg">'
            f'{drawing}</mc:Choice><mc:Fallback><w:pict>{vgroup}</w:pict></mc:Fallback></mc:AlternateContent></w:r>')


# ---------------------------------------------------------------- the boxes used in the plan
def goal_box(name, rows):
    h = 230000 + 215000 * (len(rows) + 1) + 120000
    return p(anchored(name, TEXT_W, h, goal_content(rows), ("margin", "align", "center"),
                      ("paragraph", "offset", 0), wrap="topAndBottom", autofit=True),
             before=60, after=60)


def dept_box_run(name, lines):
    h = 120000 + 190000 * len(lines)
    content = "".join(txp(t, size=9) for t in lines)
    return anchored(name, 2340000, h, content, ("margin", "align", "right"), ("paragraph", "offset", 0),
                    wrap="square", line="2E75B6", autofit=True)


def goal_bar(name, paragraphs, cy=432000, page_before=False):
    """基本目標 heading drawn as a filled rounded rectangle; the paragraph that anchors it is empty"""
    run = anchored(name, TEXT_W, cy, paragraphs, ("margin", "align", "center"), ("paragraph", "offset", 0),
                   wrap="topAndBottom", geom="roundRect", fill="2E75B6", line=None, txbox=False, anchor="ctr",
                   vml_kind="roundrect", vml_fill="#2e75b6")
    return p(run, before=240, after=120, page_before=page_before)


WHITE = "FFFFFF"


# ---------------------------------------------------------------- document content
def cover():
    title = (txp("第２次", size=22, bold=True, jc="center")
             + txp("ききょう原町健康増進計画", size=30, bold=True, jc="center"))
    slogan = txp("～ みんなでつくる　健康ききょう原 ～", size=16, jc="center", gothic=False)
    period = txp("計画期間　令和７年度～令和１１年度", size=12, jc="center")
    issued = txp("令和７年３月", size=14, jc="center") + txp("ききょう原町", size=18, bold=True, jc="center")
    runs = (
        anchored("テキスト ボックス 2", 5400000, 1300000, title, ("page", "align", "center"), ("page", "offset", 2160000),
                 wrap="none", line=None, fill=None, vml_fill=None)
        + anchored("テキスト ボックス 3", 5400000, 520000, slogan, ("page", "align", "center"), ("page", "offset", 3780000),
                   wrap="none", line=None, fill=None, vml_fill=None)
        + anchored("テキスト ボックス 4", 5400000, 400000, period, ("page", "align", "center"), ("page", "offset", 4680000),
                   wrap="none", line=None, fill=None, vml_fill=None)
        + anchored("テキスト ボックス 5", 3600000, 900000, issued, ("page", "align", "center"), ("page", "offset", 8280000),
                   wrap="none", line=None, fill=None, vml_fill=None)
    )
    return ('<w:sdt><w:sdtPr><w:id w:val="-1371183445"/><w:docPartObj><w:docPartGallery w:val="Cover Pages"/>'
            '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr/><w:sdtContent>'
            + p(runs) + p('<w:r><w:br w:type="page"/></w:r>') +
            '</w:sdtContent></w:sdt>')


def toc(pages):
    """TOC field inside a Table of Contents content control; the cached result lists heading levels 1-3"""
    out = ('<w:sdt><w:sdtPr><w:id w:val="1450279846"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
           '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr><w:b/><w:bCs/></w:rPr></w:sdtEndPr>'
           '<w:sdtContent>')
    out += p(r("目次"), style="TOCHeading", jc="center")
    for i, (level, text, name) in enumerate(TOC_ENTRIES):
        begin = ""
        if i == 0:
            begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        page = pages[name]
        out += (f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/>'
                f'</w:tabs></w:pPr>{begin}<w:hyperlink w:anchor="{name}" w:history="1">'
                f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
                '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>'
                '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF {name} \\h </w:instrText></w:r>'
                '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr></w:r>'
                '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>'
                '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
                '</w:hyperlink></w:p>')
    out += '<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    out += "</w:sdtContent></w:sdt>"
    return out


SECT1 = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:code="9"/>'
         '<w:pgMar w:top="1418" w:right="1418" w:bottom="1134" w:left="1418" w:header="851" w:footer="567" w:gutter="0"/>'
         '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>')


def taikei_figure():
    """施策の体系 as one inline group; stored order: column captions, 理念, 施策 boxes, 目標 boxes, connectors"""
    G = []
    cap = dict(geom="rect", fill="D9D9D9", line=None, anchor="ctr")
    G.append(dict(name="正方形/長方形 31", x=0, y=0, w=1008000, h=288000, content=txp("基本理念", 9, True, jc="center"), **cap))
    G.append(dict(name="正方形/長方形 32", x=1260000, y=0, w=1764000, h=288000, content=txp("基本目標", 9, True, jc="center"), **cap))
    G.append(dict(name="正方形/長方形 33", x=3276000, y=0, w=2483450, h=288000, content=txp("施策", 9, True, jc="center"), **cap))
    G.append(dict(name="四角形: 角を丸くする 34", x=0, y=396000, w=1008000, h=3060000, vert="eaVert", fill="FFF2CC",
                  line="BF9000", content=txp("一人ひとりが健やかに　支え合い", 12, True, jc="center")
                  + txp("笑顔で暮らせるまち　ききょう原", 12, True, jc="center")))
    ys = [396000, 1476000, 2556000]
    sisaku = [
        ["（１）栄養・食生活", "（２）身体活動・運動", "（３）歯と口の健康"],
        ["（１）休養・こころの健康", "（２）生活習慣病の発症予防と重症化予防"],
        ["（１）地域の健康づくり活動の支援", "（２）食育の推進"],
    ]
    for i, (y, lines) in enumerate(zip(ys, sisaku, strict=True)):
        G.append(dict(name=f"正方形/長方形 {35 + i}", geom="rect", x=3276000, y=y, w=2483450, h=900000, anchor="ctr",
                      content="".join(txp(t, 9) for t in lines)))
    goals = [("基本目標１", "健康的な生活習慣の定着"),
             ("基本目標２", "こころとからだの健康を支える環境づくり"),
             ("基本目標３", "地域でつながり支え合う健康づくり")]
    for i, (y, (g, t)) in enumerate(zip(ys, goals, strict=True)):
        G.append(dict(name=f"四角形: 角を丸くする {38 + i}", x=1260000, y=y, w=1764000, h=900000, fill="DEEAF6",
                      line="2E75B6", content=txp(g, 10, True, jc="center") + txp(t, 9, jc="center")))
    for i, y in enumerate(ys):
        G.append(dict(name=f"直線矢印コネクタ {41 + i}", connector=True, x=1008000, y=y + 420000, w=252000, h=60000))
    for i, y in enumerate(ys):
        G.append(dict(name=f"直線矢印コネクタ {44 + i}", connector=True, x=3024000, y=y + 420000, w=252000, h=60000))
    return p(group_inline("グループ化 30", TEXT_W, 3456000, G), jc="center", before=120, after=120)


def suishin_figure():
    """推進体制 as one inline group: the 協議会 in the middle, four partners around it"""
    G = []
    G.append(dict(name="楕円 51", geom="ellipse", x=1800000, y=756000, w=2160000, h=900000, fill="FFF2CC", line="BF9000",
                  content=txp("ききょう原町", 9, True, jc="center") + txp("健康づくり推進協議会", 10, True, jc="center")))
    parts = [("町民・家庭", 180000, 108000), ("地域（行政区・通いの場）", 3420000, 108000),
             ("関係機関・団体", 180000, 1908000), ("行政（庁内関係課）", 3420000, 1908000)]
    for i, (t, x, y) in enumerate(parts):
        G.append(dict(name=f"四角形: 角を丸くする {52 + i}", x=x, y=y, w=2160000, h=504000, fill="DEEAF6", line="2E75B6",
                      content=txp(t, 9.5, True, jc="center")))
    return p(group_inline("グループ化 50", TEXT_W, 2520000, G), jc="center", before=120, after=120)


def okuduke():
    content = (txp("第２次ききょう原町健康増進計画", 10, True)
               + txp("発行　令和７年３月", 9)
               + txp("編集　ききょう原町　町民福祉部　健康推進課（保健センター）", 9)
               + txp("〒９９９－３１０５　ききょう原町大字中原１２３番地", 9)
               + txp("電話　０１２３－４５－６７８９", 9))
    return p(anchored("テキスト ボックス 60", 3960000, 1188000, content, ("margin", "align", "center"),
                      ("margin", "align", "bottom"), wrap="none", line="404040"))


def build_body():
    B = []
    # ---------------- 第１章
    B.append(heading("第１章　計画の策定にあたって", 1))
    B.append(heading("１　計画策定の趣旨", 2))
    B.append(body("本町では、平成２７年３月に「ききょう原町健康増進計画」を策定し、町民の主体的な健康づくりを支援してきました。"
                  "この間、特定健康診査の受診率や運動習慣のある人の割合は向上しましたが、高齢化の進行に伴い、生活習慣病に"
                  "かかる医療費や要介護認定者数は増加が続いています。"))
    B.append(body("国は、令和６年度から「健康日本２１（第三次）」を開始し、誰一人取り残さない健康づくりと、より実効性をもつ"
                  "取組の推進を掲げています。"))
    B.append(body("こうした状況を踏まえ、前計画の最終評価の結果を生かし、町民一人ひとりの健康づくりを地域全体で支えるため、"
                  "「第２次ききょう原町健康増進計画」を策定します。"))
    B.append(heading("２　計画の位置づけ", 2))
    B.append(body("本計画は、健康増進法第８条第２項に基づく市町村健康増進計画であり、食育基本法第１８条第１項に基づく"
                  "市町村食育推進計画を一体的に定めるものです。"))
    B.append(body("また、「第６次ききょう原町総合計画」を上位計画とし、「ききょう原町地域福祉計画」、「ききょう原町高齢者"
                  "保健福祉計画・介護保険事業計画」など関連する計画との整合を図ります。"))
    B.append(heading("３　計画の期間", 2))
    B.append(body("本計画の期間は、令和７年度から令和１１年度までの５年間とします。"))
    B.append(body("なお、令和９年度に中間評価を行い、国や県の計画の改定、社会情勢の変化などに応じて、必要な見直しを行います。"))

    # ---------------- 第２章
    B.append(heading("第２章　計画の基本的な考え方", 1))
    B.append(heading("１　基本理念", 2))
    B.append(body("本計画では、前計画の理念を引き継ぎつつ、地域のつながりを生かした健康づくりを進めるため、次の基本理念を"
                  "掲げます。"))
    rinen = txp("一人ひとりが健やかに　支え合い　笑顔で暮らせるまち　ききょう原", size=13, bold=True, jc="center")
    B.append(p(anchored("四角形: 角を丸くする 20", TEXT_W, 540000, rinen, ("margin", "align", "center"),
                        ("paragraph", "offset", 0), wrap="topAndBottom", geom="roundRect", fill="FFF2CC",
                        line="BF9000", line_w=19050, txbox=False, anchor="ctr", vml_kind="roundrect",
                        vml_fill="#fff2cc", vml_stroke="#bf9000"), before=120, after=120))
    B.append(body("この理念には、町民一人ひとりが自らの健康に関心を持ち、家庭や地域、関係団体、行政がそれぞれの役割を"
                  "果たしながら、互いに支え合って健康づくりを進めていくという思いを込めています。"))
    B.append(heading("２　施策の体系", 2))
    B.append(body("基本理念の実現に向けて、３つの基本目標を設定し、その下に７つの施策を位置づけます。"))
    B.append(taikei_figure())
    B.append(p(r("※基本目標１（１）栄養・食生活と基本目標３（２）食育の推進は、食育推進計画として位置づけるものです。",
                 size=9), ind_left=210, hanging=210))

    # ---------------- 第３章
    B.append(heading("第３章　分野別の取組", 1))
    B.append(body("この章では、基本目標ごとに、施策の現状と課題、町の取組及び目標を示します。各施策の担当課は、"
                  "施策名の右側の枠内又は施策の末尾に記載しています。"))

    # 基本目標１: one box, one paragraph
    B.append(goal_bar("四角形: 角を丸くする 101",
                      txp("基本目標１　健康的な生活習慣の定着", size=14, bold=True, color=WHITE)))
    B.append(body("生活習慣病の多くは、毎日の食事や運動、歯の手入れといった生活習慣の積み重ねによって予防することが"
                  "できます。子どもの頃から望ましい生活習慣を身につけ、生涯にわたって続けられるよう支援します。"))

    B.append(heading("（１）栄養・食生活", 3,
                     dept_box_run("テキスト ボックス 102", ["担当課：健康推進課・学校教育課"])))
    B.append(field("【現状と課題】"))
    B.append(body("令和５年度の町民健康意識調査では、朝食を毎日食べる子ども（小学５年生）の割合は９１.２％で、前計画の"
                  "策定時から大きな変化はありません。一方、２０歳代・３０歳代の男性では、朝食を食べない人の割合が２割を"
                  "超えています。"))
    B.append(body("また、野菜を１日に３５０ｇ以上とる人の割合は１割程度にとどまり、塩分をとりすぎる傾向も続いています。"))
    B.append(field("【町の取組】"))
    B.append(bullet("・乳幼児健診や離乳食教室で、家庭での食事づくりに役立つ情報を提供します。"))
    B.append(bullet("・小中学校で、栄養教諭と連携して朝食の大切さを伝える授業を行います。"))
    B.append(bullet("・町内のスーパーマーケットや飲食店と協力し、減塩や野菜たっぷりのメニューを紹介します。"))
    B.append(goal_box("テキスト ボックス 103", [
        ("朝食を毎日食べる子ども（小学５年生）の割合", "９１.２％", "９５.０％"),
        ("野菜を１日３５０ｇ以上とる人の割合", "１１.４％", "２０.０％"),
    ]))

    B.append(heading("（２）身体活動・運動", 3))
    B.append(field("【現状と課題】"))
    B.append(body("１日３０分以上の運動を週２回以上行っている人の割合は、４０歳から６４歳までで２６.８％、６５歳以上で"
                  "４１.５％となっており、働く世代で運動習慣のある人が少ない状況です。"))
    B.append(body("町内には、３つのウォーキングコースや町民体育館のトレーニング室がありますが、利用者は固定化しています。"))
    B.append(field("【町の取組】"))
    B.append(bullet("・スマートフォンのアプリを活用したウォーキングポイント事業を実施し、歩く習慣づくりを後押しします。"))
    B.append(bullet("・町民体育館で、初心者向けの運動教室を夜間や休日にも開催します。"))
    B.append(bullet("・スポーツ推進委員と連携し、地区ごとの軽スポーツ大会を支援します。"))
    B.append(goal_box("テキスト ボックス 104", [
        ("運動習慣のある人の割合（４０～６４歳）", "２６.８％", "３５.０％"),
    ]))
    B.append(p(r("担当課：健康推進課、生涯学習課"), jc="right"))

    B.append(heading("（３）歯と口の健康", 3,
                     dept_box_run("テキスト ボックス 105", ["担当課：健康推進課／子育て支援課"])))
    B.append(field("【現状と課題】"))
    B.append(body("３歳児でむし歯のない子どもの割合は８８.５％となり、県の平均を上回りました。一方、歯周病検診の受診率は"
                  "６.２％と低く、４０歳代以降で歯を失う人が増えています。"))
    B.append(field("【町の取組】"))
    B.append(bullet("・１歳６か月児健診と３歳児健診で、フッ化物塗布と歯みがき指導を行います。"))
    B.append(bullet("・４０歳から７０歳までの節目の年齢の町民に、歯周病検診の受診券を送付します。"))
    B.append(goal_box("テキスト ボックス 106", [
        ("歯周病検診の受診率", "６.２％", "１２.０％"),
    ]))

    # 基本目標２: one box, two paragraphs, and no lead text before （１）
    B.append(goal_bar("四角形: 角を丸くする 201",
                      txp("基本目標２", size=11, bold=True, color=WHITE)
                      + txp("こころとからだの健康を支える環境づくり", size=14, bold=True, color=WHITE),
                      cy=648000, page_before=True))
    B.append(heading("（１）休養・こころの健康", 3,
                     dept_box_run("テキスト ボックス 202", ["担当課：福祉課", "関係課：健康推進課"])))
    B.append(field("【現状と課題】"))
    B.append(body("睡眠で休養が十分とれていない人の割合は２８.３％で、特に働く世代で高くなっています。"))
    B.append(body("本町の自殺者数は年によって増減がありますが、悩みを抱えた人が相談につながっていない状況がうかがえます。"))
    B.append(field("【町の取組】"))
    B.append(bullet("・保健センターと福祉課の窓口で、こころの健康相談を毎月実施します。"))
    B.append(bullet("・身近な人の変化に気づき、声をかけ、相談につなぐ「ゲートキーパー」を養成する講座を開催します。"))
    B.append(bullet("・町内の事業所に、睡眠や休養の大切さを伝える出前講座を行います。"))
    # the ＜目標＞ box of this 施策 is a legacy VML-only text box (copied from the previous plan's .doc)
    B.append(p(vml_only_textbox("Text Box 203", 453.5, 76, goal_content([
        ("ゲートキーパー養成講座の延べ受講者数", "２１０人", "５００人"),
        ("睡眠で休養が十分とれていない人の割合", "２８.３％", "２０.０％"),
    ])), before=60, after=60))

    B.append(heading("（２）生活習慣病の発症予防と重症化予防", 3))
    B.append(field("【現状と課題】"))
    B.append(body("国民健康保険加入者の特定健康診査の受診率は４１.６％で、県の平均をやや上回っていますが、４０歳代・"
                  "５０歳代の受診率は３割に届いていません。"))
    B.append(body("また、糖尿病性腎症による新規の人工透析導入者が毎年見られ、重症化予防の取組が欠かせません。"))
    B.append(field("【町の取組】"))
    B.append(bullet("・休日健診や、がん検診との同時受診ができる日を増やし、受診しやすい体制を整えます。"))
    B.append(bullet("・健診結果から生活習慣の改善が必要な人に、保健師と管理栄養士が訪問して保健指導を行います。"))
    B.append(bullet("・医療機関と連携し、糖尿病の治療を中断している人に受診を勧めます。"))
    B.append(goal_box("テキスト ボックス 204", [
        ("特定健康診査の受診率", "４１.６％", "５０.０％"),
        ("特定保健指導の実施率", "５２.３％", "６０.０％"),
    ]))
    B.append(p(r("担当課：健康推進課、保険年金課"), jc="right"))

    # 基本目標３: a small tag shape + a title bar anchored in the same paragraph, stored title bar first
    bar = anchored("四角形: 角を丸くする 301", TEXT_W - 1296000, 432000,
                   txp("地域でつながり支え合う健康づくり", size=14, bold=True, color=WHITE),
                   ("margin", "offset", 1296000), ("paragraph", "offset", 0), wrap="topAndBottom", geom="roundRect",
                   fill="2E75B6", line=None, txbox=False, anchor="ctr", vml_kind="roundrect", vml_fill="#2e75b6")
    tag = anchored("四角形: 角を丸くする 302", 1224000, 432000,
                   txp("基本目標３", size=14, bold=True, color="1F4E79", jc="center"),
                   ("margin", "offset", 0), ("paragraph", "offset", 0), wrap="topAndBottom", geom="roundRect",
                   fill="DEEAF6", line="2E75B6", line_w=19050, txbox=False, anchor="ctr", vml_kind="roundrect",
                   vml_fill="#deeaf6", vml_stroke="#2e75b6")
    B.append(p(bar + tag, before=240, after=120, page_before=True))
    B.append(body("健康づくりを長く続けるには、個人の努力だけでなく、身近な地域での仲間づくりや支え合いが大切です。"
                  "町内には現在２８か所の「通いの場」があり、約６２０人の高齢者が体操や交流を続けています。地域の活動や"
                  "食を通じたつながりを生かし、健康づくりの輪を広げます。"))

    B.append(heading("（１）地域の健康づくり活動の支援", 3,
                     dept_box_run("テキスト ボックス 303", ["担当課：健康推進課・地域づくり推進室"])))
    B.append(field("【現状と課題】"))
    B.append(body("健康推進員は各行政区から推薦され、現在４６人が健康教室の運営や健診の受診勧奨に取り組んでいますが、"
                  "なり手の確保が課題となっています。"))
    B.append(field("【町の取組】"))
    B.append(bullet("・健康推進員の研修会を年２回開催し、活動に必要な知識を学ぶ機会をつくります。"))
    B.append(bullet("・通いの場で「ききょう原いきいき体操」を普及し、新たな通いの場の立ち上げを支援します。"))
    B.append(goal_box("テキスト ボックス 304", [
        ("健康推進員の人数", "４６人", "５５人"),
    ]))

    B.append(heading("（２）食育の推進", 3))
    B.append(field("【現状と課題】"))
    B.append(body("学校給食における町内産食材の使用割合（品目ベース）は３２.５％です。また、家族や仲間と一緒に食事をする"
                  "「共食」の機会は、ひとり暮らしの高齢者の増加に伴って減っています。"))
    B.append(field("【町の取組】"))
    B.append(bullet("・学校給食に町内産の米や野菜を使う日を増やし、生産者との交流給食を行います。"))
    B.append(bullet("・食生活改善推進員と協力し、親子料理教室や男性向けの料理教室を開催します。"))
    B.append(bullet("・地域の通いの場や子ども食堂で、みんなで食べる機会づくりを支援します。"))
    B.append(goal_box("テキスト ボックス 305", [
        ("学校給食における町内産食材の使用割合", "３２.５％", "４０.０％"),
    ]))
    B.append(p(r("担当課：健康推進課、農林振興課、学校給食センター"), jc="right"))

    # ---------------- 第４章
    B.append(heading("第４章　計画の推進", 1))
    B.append(heading("１　推進体制", 2))
    B.append(body("本計画の推進に当たっては、町民、地域、関係機関・団体、行政がそれぞれの役割を担い、連携して健康づくりに"
                  "取り組みます。"))
    B.append(body("医師会、歯科医師会、健康推進員などで構成する「ききょう原町健康づくり推進協議会」において、計画の推進に"
                  "ついて協議します。"))
    B.append(suishin_figure())
    B.append(heading("２　進行管理", 2))
    B.append(body("毎年度、各施策の取組状況と目標の達成状況を取りまとめ、健康づくり推進協議会に報告します。"))
    B.append(body("令和９年度に中間評価、令和１１年度に最終評価を行い、町民健康意識調査の結果とあわせて次の計画に反映します。"))
    B.append(okuduke())
    return B


# ---------------------------------------------------------------- package parts
STYLE_XML = {
    "Heading1": ('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
                 '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:pageBreakBefore/>'
                 '<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="2E75B6"/></w:pBdr>'
                 '<w:spacing w:before="0" w:after="240"/><w:outlineLvl w:val="0"/></w:pPr>'
                 f'<w:rPr><w:rFonts w:ascii="{GOTHIC}" w:eastAsia="{GOTHIC}" w:hAnsi="{GOTHIC}"/><w:b/><w:bCs/>'
                 '<w:color w:val="1F4E79"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'),
    "Heading2": ('<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
                 '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>'
                 '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>'
                 f'<w:rPr><w:rFonts w:ascii="{GOTHIC}" w:eastAsia="{GOTHIC}" w:hAnsi="{GOTHIC}"/><w:b/><w:bCs/>'
                 '<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'),
    "Heading3": ('<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>'
                 '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>'
                 '<w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>'
                 f'<w:rPr><w:rFonts w:ascii="{GOTHIC}" w:eastAsia="{GOTHIC}" w:hAnsi="{GOTHIC}"/><w:b/><w:bCs/>'
                 '<w:color w:val="1F4E79"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'),
    "TOCHeading": ('<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/>'
                   '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
                   '<w:qFormat/><w:pPr><w:spacing w:before="240" w:after="360"/><w:outlineLvl w:val="9"/></w:pPr>'
                   f'<w:rPr><w:rFonts w:ascii="{GOTHIC}" w:eastAsia="{GOTHIC}" w:hAnsi="{GOTHIC}"/><w:b/><w:bCs/>'
                   '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'),
}
for lvl, ind in ((1, 0), (2, 210), (3, 420)):
    STYLE_XML[f"TOC{lvl}"] = (
        f'<w:style w:type="paragraph" w:styleId="TOC{lvl}"><w:name w:val="toc {lvl}"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
        f'<w:pPr><w:spacing w:before="{120 if lvl == 1 else 40}"/><w:ind w:left="{ind}"/></w:pPr></w:style>')


def setup_styles(doc):
    styles = doc.styles.element
    rpr_default = styles.find(f"{{{WNS}}}docDefaults/{{{WNS}}}rPrDefault/{{{WNS}}}rPr")
    fonts = rpr_default.find(f"{{{WNS}}}rFonts")
    if fonts is not None:
        rpr_default.remove(fonts)
    rpr_default.insert(0, parse_xml(
        f'<w:rFonts {W} w:ascii="Century" w:eastAsia="{MINCHO}" w:hAnsi="Century" w:cs="Times New Roman"/>'))
    lang = rpr_default.find(f"{{{WNS}}}lang")
    if lang is not None:
        lang.set(f"{{{WNS}}}eastAsia", "ja-JP")
    else:
        rpr_default.append(parse_xml(f'<w:lang {W} w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/>'))
    sz = rpr_default.find(f"{{{WNS}}}sz")
    if sz is not None:
        rpr_default.remove(sz)
    rpr_default.append(parse_xml(f'<w:sz {W} w:val="21"/>'))
    for sid, xml in STYLE_XML.items():
        old = styles.find(f'{{{WNS}}}style[@{{{WNS}}}styleId="{sid}"]')
        new = parse_xml(xml.replace("<w:style ", f"<w:style {W} ", 1))
        if old is not None:
            old.addprevious(new)
            styles.remove(old)
        else:
            styles.append(new)


def setup_section(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(20)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(10)
    hp = sec.header.paragraphs[0]
    hp._p.getparent().replace(hp._p, parse_xml(
        f'<w:p {W}><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>'
        '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>第２次ききょう原町健康増進計画</w:t></w:r></w:p>'))
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
    sp = sec._sectPr
    rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    hid = sp.find(f"{{{WNS}}}headerReference").get(f"{{{rns}}}id")
    fid = sp.find(f"{{{WNS}}}footerReference").get(f"{{{rns}}}id")
    return ('<w:sectPr>'
            f'<w:headerReference w:type="default" r:id="{hid}"/><w:footerReference w:type="default" r:id="{fid}"/>'
            '<w:pgSz w:w="11906" w:h="16838" w:code="9"/>'
            '<w:pgMar w:top="1418" w:right="1418" w:bottom="1134" w:left="1418" w:header="851" w:footer="567" w:gutter="0"/>'
            '<w:pgNumType w:start="1"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>')


# TOC page numbers: the first page of each heading in the body section (page numbering restarts at 1 after the
# cover/目次 section). Checked against a LibreOffice 7.4 rendering of this file (see NOTES_S2.md).
TOC_PAGES = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 7, 7, 9, 9, 9]


def build_document_xml(final_sectpr):
    TOC_ENTRIES.clear()
    Ids.docpr = 0
    Ids.spid = 1025
    Ids.zorder = 251658240
    Ids.bookmark = 0
    Ids.toc = 190412000
    SHAPETYPE_USED["202"] = False
    front_cover = cover()
    body_parts = build_body()          # fills TOC_ENTRIES
    assert len(TOC_ENTRIES) == len(TOC_PAGES), (len(TOC_ENTRIES), len(TOC_PAGES))
    pages = {name: pg for (lvl, text, name), pg in zip(TOC_ENTRIES, TOC_PAGES, strict=True)}
    xml = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n" + ROOT_OPEN + "<w:body>"
           + front_cover + toc(pages) + p("", sect=SECT1) + "".join(body_parts) + final_sectpr
           + "</w:body></w:document>")
    parse_xml(xml.split("\n", 1)[1].encode("utf-8"))   # well-formedness check
    return xml.encode("utf-8")


def main():
    doc = Document()
    setup_styles(doc)
    final_sectpr = setup_section(doc)

    cp = doc.core_properties
    cp.title = ""
    cp.author = "ききょう原町健康推進課"
    cp.last_modified_by = "ききょう原町健康推進課"
    cp.created = datetime.datetime(2025, 1, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 21, 16, 45, 0)
    cp.revision = 14
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""

    raw = io.BytesIO()
    doc.save(raw)
    document_xml = build_document_xml(final_sectpr)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = document_xml
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 21, 16, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    OUT.write_bytes(out.getvalue())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
