"""Builds y1_shinkyu_taisho.pdf: a fictional city's 行財政改革実施計画 revision, published as
「改定の概要及び新旧対照表」 (A4 landscape).

Page 1 is a plain text page (title block, ■改定の趣旨 / ■主な改定内容 / ■表の見方). Pages 2– are ONE ruled
table with three columns 「頁｜改定後｜改定前」: the left cell gives the page of the revised plan, the middle
cell the revised text, the right cell the text before revision. Changed words are underlined on both sides
(drawn rules, not text). Headings (第N章, N, 基本方針N, 取組N) are printed in both columns, on the same
baselines, so a text extractor interleaves them. Renumbering: a new 取組７ is inserted (「（新設）」 on the
old side), so old 取組７–９ become 取組８–１０; old 取組１０ is deleted (「（削除）」 on the new side), so the
numbers from 取組１１ on agree again; a new 取組２３ is added at the end. Unchanged text is 「（略）」.
Table rows may break across pages (as Word's 「行の途中で改ページする」); the header row is repeated.

All names, sentences and figures are invented (はなみずき市 does not exist).
Run with /work/main/.venv/bin/python (reportlab 5.1). Output is reproducible (invariant=1, fixed metadata).
The script asserts the page placement the expected outline relies on.
"""
import re
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

GOTHIC = "HeiseiKakuGo-W5"
MINCHO = "HeiseiMin-W3"
pdfmetrics.registerFont(UnicodeCIDFont(GOTHIC))
pdfmetrics.registerFont(UnicodeCIDFont(MINCHO))

OUT = Path(__file__).with_name("y1_shinkyu_taisho.pdf")
W, H = landscape(A4)
MARGIN = 36
TABLE_W = W - 2 * MARGIN
PAGE_COL = 34
TEXT_COL = (TABLE_W - PAGE_COL) / 2
PAD = 6
FS = 9.5            # cell font size
LEAD = 14.5         # cell line height
HEAD_H = 20         # header row height
TOP = H - 48        # top of the table on pages 2-
BOTTOM = 52         # lowest y of the table
RUNNING = "第２次はなみずき市行財政改革実施計画　新旧対照表"
GRID = (0.2, 0.2, 0.2)
SHADE = (0.88, 0.88, 0.88)

# ---------------------------------------------------------------- content
# A cell is a list of paragraphs. "H|" = heading line (gothic), otherwise body (mincho).
# <u>…</u> marks the changed words, which are underlined.

ROWS = [
    ("２",
     ["H|第１章　計画の概要",
      "H|２　計画期間",
      "　本計画の期間は、令和５年度（2023年度）から令和<u>９</u>年度（<u>2027</u>年度）までの<u>５</u>年間とします。"
      "<u>なお、令和６年度に中間見直しを行い、計画期間を１年延長しました。</u>"],
     ["H|第１章　計画の概要",
      "H|２　計画期間",
      "　本計画の期間は、令和５年度（2023年度）から令和<u>８</u>年度（<u>2026</u>年度）までの<u>４</u>年間とします。"]),
    ("３",
     ["H|３　計画の位置付け",
      "　本計画は、第６次はなみずき市総合計画<u>後期基本計画（令和７年度～令和１１年度）</u>に掲げる「健全で開かれた"
      "行財政運営」を実現するための実施計画として位置付けます。<u>また、はなみずき市ＤＸ推進方針（令和６年１１月策定）"
      "と連携して取組を進めます。</u>"],
     ["H|３　計画の位置付け",
      "　本計画は、第６次はなみずき市総合計画<u>前期基本計画（令和３年度～令和６年度）</u>に掲げる「健全で開かれた"
      "行財政運営」を実現するための実施計画として位置付けます。"]),
    ("６",
     ["H|第２章　取組項目",
      "　本計画では、４つの基本方針の下に<u>２３</u>の取組を位置付け、取組ごとに目標と担当課を定めます。"],
     ["H|第２章　取組項目",
      "　本計画では、４つの基本方針の下に<u>２２</u>の取組を位置付け、取組ごとに目標と担当課を定めます。"]),
    ("７",
     ["H|基本方針１　市民の利便性の向上",
      "H|取組２　オンライン手続の拡充",
      "【取組内容】（略）",
      "【目標】オンラインで申請できる手続数　<u>３００</u>手続（令和<u>９</u>年度）",
      "担当課：<u>デジタル推進課</u>・市民課"],
     ["H|基本方針１　市民の利便性の向上",
      "H|取組２　オンライン手続の拡充",
      "【取組内容】（略）",
      "【目標】オンラインで申請できる手続数　<u>２００</u>手続（令和<u>８</u>年度）",
      "担当課：<u>情報政策課</u>・市民課"]),
    ("７",
     ["H|取組３　<u>書かない窓口の推進</u>",
      "【取組内容】<u>マイナンバーカード等の読み取りにより申請書を作成する窓口支援システムを令和７年度に市民課"
      "の窓口に導入し、令和８年度以降、保険年金課と介護保険課の窓口に順次広げます。</u>",
      "【目標】<u>書かない窓口で受け付ける手続数　６０手続</u>（令和<u>９</u>年度）",
      "担当課：市民課<u>・デジタル推進課</u>"],
     ["H|取組３　<u>窓口サービスの改善</u>",
      "【取組内容】<u>窓口の混雑状況をホームページで発信するとともに、申請書の記載例を充実させ、来庁者の"
      "待ち時間を短縮します。</u>",
      "【目標】<u>繁忙期の平均待ち時間　３０分以内</u>（令和<u>８</u>年度）",
      "担当課：市民課"]),
    ("９",
     ["H|基本方針２　効率的な行政運営",
      "H|<u>取組７　生成ＡＩの業務活用</u>",
      "<u>【取組内容】文書の作成や会議録の要約などに生成ＡＩを活用するため、令和７年度に利用ガイドラインを定め、"
      "全職員を対象とした研修を行います。令和８年度からは、効果の高い業務から本格的な導入を進めます。</u>",
      "<u>【目標】生成ＡＩを活用している業務数　３０業務（令和９年度）</u>",
      "<u>担当課：デジタル推進課・人事課</u>"],
     ["H|基本方針２　効率的な行政運営",
      "（新設）"]),
    ("９",
     ["H|取組<u>８</u>　窓口業務の委託化",
      "【取組内容】（略）",
      "【目標】（略）",
      "担当課：市民課<u>・行政経営課</u>"],
     ["H|取組<u>７</u>　窓口業務の委託化",
      "【取組内容】（略）",
      "【目標】（略）",
      "担当課：市民課"]),
    ("１０",
     ["H|取組<u>９</u>　公共施設の再編",
      "【取組内容】公共施設等総合管理計画に基づき、老朽化した施設の複合化・集約化を進めます。<u>令和６年度に"
      "策定した北部地区公共施設再編方針に沿って、北部公民館と北部児童館を複合化し、令和９年度の供用開始を"
      "目指します。</u>",
      "【スケジュール】",
      "令和７年度　<u>基本設計・実施設計</u>",
      "令和８年度　<u>建設工事</u>",
      "令和９年度　<u>供用開始、旧施設の解体</u>",
      "【目標】施設の延床面積の縮減率　<u>４．５</u>％（令和<u>９</u>年度、令和４年度比）",
      "担当課：<u>資産活用課・施設営繕課</u>"],
     ["H|取組<u>８</u>　公共施設の再編",
      "【取組内容】公共施設等総合管理計画に基づき、老朽化した施設の複合化・集約化を進めます。<u>対象施設と"
      "再編の方向性は、地域の意見を聴きながら令和６年度までに定めます。</u>",
      "【スケジュール】",
      "令和５年度　<u>施設の現況調査</u>",
      "令和６年度　<u>再編方針の検討</u>",
      "令和７～８年度　<u>再編方針に基づく取組の実施</u>",
      "【目標】施設の延床面積の縮減率　<u>３．０</u>％（令和<u>８</u>年度、令和４年度比）",
      "担当課：<u>管財課・建築課</u>"]),
    ("１１",
     ["H|取組<u>１０</u>　事務事業の見直し",
      "（略）"],
     ["H|取組<u>９</u>　事務事業の見直し",
      "（略）"]),
    ("－",
     ["（削除）"],
     ["H|<u>取組１０　電子契約の導入</u>",
      "<u>【取組内容】契約事務の効率化と事業者の負担軽減を図るため、電子契約サービスを導入し、令和８年度までに"
      "全ての契約で利用できるようにします。</u>",
      "<u>【目標】電子契約の利用率　５０％（令和８年度）</u>",
      "<u>担当課：契約検査課</u>"]),
    ("１２",
     ["H|基本方針３　持続可能な財政運営",
      "　<u>物価や人件費の上昇により歳出の増加が見込まれることから、</u>自主財源の確保と歳出の見直しを<u>一層</u>"
      "進め、将来にわたって持続可能な財政運営を目指します。"],
     ["H|基本方針３　持続可能な財政運営",
      "　自主財源の確保と歳出の見直しを進め、将来にわたって持続可能な財政運営を目指します。"]),
    ("１３",
     ["H|取組１３　ふるさと納税の推進",
      "【取組内容】（略）",
      "【目標】ふるさと納税の寄附額　<u>４億５，０００万円</u>（令和<u>９</u>年度）",
      "担当課：<u>シティプロモーション室、商工観光課</u>"],
     ["H|取組１３　ふるさと納税の推進",
      "【取組内容】（略）",
      "【目標】ふるさと納税の寄附額　<u>３億円</u>（令和<u>８</u>年度）",
      "担当課：<u>企画政策課</u>"]),
    ("１４",
     ["H|取組１６　使用料・手数料の見直し",
      "【取組内容】受益者負担の適正化を図るため、施設の使用料と各種手数料を<u>４年ごと</u>に見直します。<u>令和７年度"
      "に算定方法を改め、令和８年１０月から新しい料金を適用します。</u>",
      "【目標】<u>見直しを行った使用料・手数料の割合　１００％（令和８年度）</u>",
      "担当課：財政課"],
     ["H|取組１６　使用料・手数料の見直し",
      "【取組内容】受益者負担の適正化を図るため、施設の使用料と各種手数料を<u>定期的</u>に見直します。",
      "【目標】<u>使用料等の見直し方針の策定（令和６年度）</u>",
      "担当課：財政課"]),
    ("１６",
     ["H|基本方針４　組織力の向上と人材育成",
      "H|取組２０　職員の働き方改革",
      "【取組内容】（略）",
      "【目標】職員一人当たりの年間時間外勤務時間　<u>１２０</u>時間以下（令和<u>９</u>年度）",
      "　　　　男性職員の育児休業取得率　<u>８５</u>％（令和<u>９</u>年度）",
      "担当課：<u>人事課</u>"],
     ["H|基本方針４　組織力の向上と人材育成",
      "H|取組２０　職員の働き方改革",
      "【取組内容】（略）",
      "【目標】職員一人当たりの年間時間外勤務時間　<u>１５０</u>時間以下（令和<u>８</u>年度）",
      "　　　　男性職員の育児休業取得率　<u>５０</u>％（令和<u>８</u>年度）",
      "担当課：<u>職員課</u>"]),
    ("１７",
     ["H|<u>取組２３　公民連携の推進</u>",
      "<u>【取組内容】民間事業者からの提案を一元的に受け付ける公民連携窓口を令和７年度に設け、包括連携協定や"
      "サウンディング型市場調査を活用して、公共施設の活用や地域課題の解決に民間の知見を取り入れます。</u>",
      "<u>【目標】公民連携による事業化件数　累計１０件（令和９年度）</u>",
      "<u>担当課：行政経営課・資産活用課</u>"],
     ["（新設）"]),
    ("１８",
     ["H|第３章　計画の推進",
      "H|２　進捗管理と公表",
      "　各取組の進捗状況は、毎年度、担当課による自己評価を行政改革推進本部で確認し、<u>行政改革推進委員会に"
      "報告します。委員会の意見とあわせて、翌年度の９月末までに市ホームページで公表します。</u>"],
     ["H|第３章　計画の推進",
      "H|２　進捗管理と公表",
      "　各取組の進捗状況は、毎年度、担当課による自己評価を行政改革推進本部で確認し、<u>市ホームページで"
      "公表します。</u>"]),
    ("１８",
     ["H|３　計画の見直し",
      "　社会経済情勢の変化や取組の進捗状況により必要が生じた場合は、<u>計画期間中であっても</u>取組の追加や"
      "目標値の変更を行います。<u>見直しの内容は、新旧対照表により公表します。</u>"],
     ["H|３　計画の見直し",
      "　社会経済情勢の変化や取組の進捗状況により必要が生じた場合は、取組の追加や目標値の変更を行います。"]),
]

PAGE1_SECTIONS = [
    ("■　改定の趣旨",
     ["　本市では、令和５年３月に「第２次はなみずき市行財政改革実施計画」（計画期間：令和５年度～令和８年度）を"
      "策定し、４つの基本方針の下で２２の取組を進めてきました。令和６年度は計画期間の中間年に当たることから、"
      "各取組の進捗状況を点検するとともに、行政改革推進委員会の意見を伺い、計画の一部を改定しました。",
      "　改定に当たっては、デジタル技術の急速な進展や物価・人件費の上昇など、策定時からの状況の変化を反映しました。"
      "改定後の計画は、令和７年４月１日から適用します。"]),
    ("■　主な改定内容",
     ["・計画期間を１年延長し、令和９年度（2027年度）までとしました。",
      "・生成ＡＩの業務活用（取組７）と公民連携の推進（取組２３）を新たに加え、取組数を２３としました。",
      "・電子契約の導入（改定前の取組１０）は、令和６年１０月に全ての契約で運用を開始し、目標を達成したため削除しました。",
      "・令和７年４月の組織改正に合わせて、担当課の名称を改めました。",
      "・取組の実績を踏まえ、６つの取組で目標値を見直しました。"]),
    ("■　表の見方",
     ["・下線を付した部分が改定箇所です。",
      "・改定前欄の「（新設）」は新たに加えた項目を、改定後欄の「（削除）」は削除した項目を示します。",
      "・改定のない部分は「（略）」と記載しています。",
      "・頁欄は、改定後の計画書における掲載ページです。"]),
]

# ---------------------------------------------------------------- text layout
NO_START = set("、。，．）」』】％・：ー～")
BAD_START = re.compile(r"^([0-9０-９]|(取組|基本方針|第)[0-9０-９])")


def parse(par):
    """-> (is_heading, [(char, underline)])"""
    head = par.startswith("H|")
    if head:
        par = par[2:]
    chars, u = [], False
    i = 0
    while i < len(par):
        if par.startswith("<u>", i):
            u, i = True, i + 3
        elif par.startswith("</u>", i):
            u, i = False, i + 4
        else:
            chars.append((par[i], u))
            i += 1
    return head, chars


def wrap(chars, font, size, width):
    """Greedy character wrap with simple kinsoku; no continuation line may start with a digit
    or with a keyword+number (it would look like a heading)."""
    lines, cur, w = [], [], 0.0
    for ch, u in chars:
        cw = pdfmetrics.stringWidth(ch, font, size)
        if cur and w + cw > width:
            # move characters down until the new line starts acceptably
            carry = []
            while cur:
                head = "".join(c for c, _ in carry) + ch
                if head[0] in NO_START or BAD_START.match(head):
                    carry.insert(0, cur.pop())
                    continue
                break
            lines.append(cur)
            cur = carry
            w = sum(pdfmetrics.stringWidth(c, font, size) for c, _ in cur)
        cur.append((ch, u))
        w += cw
    if cur:
        lines.append(cur)
    return lines


def cell_lines(pars, width):
    out = []   # (font, [(ch,u)])
    for par in pars:
        head, chars = parse(par)
        font = GOTHIC if head else MINCHO
        for ln in wrap(chars, font, FS, width):
            out.append((font, ln))
    return out


def draw_line(c, x, y, font, size, chars):
    """Draw one line run by run; underline the marked runs with a drawn rule."""
    c.setFont(font, size)
    runs, cur, cu = [], "", None
    for ch, u in chars:
        if cu is None or u == cu:
            cur += ch
            cu = u
        else:
            runs.append((cur, cu))
            cur, cu = ch, u
    if cur:
        runs.append((cur, cu))
    xx = x
    for text, u in runs:
        c.drawString(xx, y, text)
        tw = pdfmetrics.stringWidth(text, font, size)
        if u:
            c.setLineWidth(0.6)
            c.line(xx, y - 1.8, xx + tw, y - 1.8)
        xx += tw


# ---------------------------------------------------------------- pages
def footer(c, n):
    c.setFont(MINCHO, 10)
    c.drawCentredString(W / 2, 26, f"－ {n} －")


def running_header(c):
    c.setFont(MINCHO, 9)
    c.drawString(MARGIN, H - 30, RUNNING)
    c.drawRightString(W - MARGIN, H - 30, "（下線部分は改定箇所）")


def page1(c):
    c.setLineWidth(0.8)
    c.rect(W - MARGIN - 46, H - 46, 46, 18)
    c.setFont(GOTHIC, 11)
    c.drawCentredString(W - MARGIN - 23, H - 41, "別紙")
    c.setFont(GOTHIC, 17)
    c.drawCentredString(W / 2, H - 78, "第２次はなみずき市行財政改革実施計画")
    c.drawCentredString(W / 2, H - 102, "改定の概要及び新旧対照表")
    c.setFont(MINCHO, 10.5)
    c.drawRightString(W - MARGIN, H - 128, "令和７年３月")
    c.drawRightString(W - MARGIN, H - 143, "はなみずき市")
    y = H - 178
    width = W - 2 * MARGIN - 20
    for head, pars in PAGE1_SECTIONS:
        c.setFont(GOTHIC, 12)
        c.drawString(MARGIN, y, head)
        y -= 20
        for par in pars:
            _, chars = parse(par)
            for ln in wrap(chars, MINCHO, 10.5, width):
                draw_line(c, MARGIN + 12, y, MINCHO, 10.5, ln)
                y -= 16
        y -= 12
    assert y > 60, y
    c.setFont(MINCHO, 9)
    c.drawString(MARGIN, 60, "※　改定後の計画書（全文）は、市ホームページの「行財政改革」のページに掲載しています。")
    footer(c, 1)


PLACED = []   # (pdf page, row index, part, new-side headings drawn)


def table_header(c, y):
    c.setFillColorRGB(*SHADE)
    c.rect(MARGIN, y - HEAD_H, TABLE_W, HEAD_H, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(*GRID)
    c.setLineWidth(0.7)
    c.rect(MARGIN, y - HEAD_H, TABLE_W, HEAD_H)
    x1 = MARGIN + PAGE_COL
    x2 = x1 + TEXT_COL
    c.line(x1, y, x1, y - HEAD_H)
    c.line(x2, y, x2, y - HEAD_H)
    c.setFont(GOTHIC, 10)
    c.drawCentredString(MARGIN + PAGE_COL / 2, y - 14, "頁")
    c.drawCentredString(x1 + TEXT_COL / 2, y - 14, "改　定　後")
    c.drawCentredString(x2 + TEXT_COL / 2, y - 14, "改　定　前")
    return y - HEAD_H


def draw_row_part(c, y, page_cell, left, right, nlines):
    h = nlines * LEAD + 2 * PAD
    c.setStrokeColorRGB(*GRID)
    c.setLineWidth(0.7)
    c.rect(MARGIN, y - h, TABLE_W, h)
    x1 = MARGIN + PAGE_COL
    x2 = x1 + TEXT_COL
    c.line(x1, y, x1, y - h)
    c.line(x2, y, x2, y - h)
    base = y - PAD - FS
    if page_cell:
        c.setFont(MINCHO, FS)
        c.drawCentredString(MARGIN + PAGE_COL / 2, base, page_cell)
    # draw line by line across both columns, sorted by y then x (as Word's PDF export does)
    for i in range(nlines):
        yy = base - i * LEAD
        if i < len(left):
            draw_line(c, x1 + PAD, yy, left[i][0], FS, left[i][1])
        if i < len(right):
            draw_line(c, x2 + PAD, yy, right[i][0], FS, right[i][1])
    return y - h


def table_pages(c, first_page):
    page = first_page
    running_header(c)
    y = table_header(c, TOP)
    inner = TEXT_COL - 2 * PAD
    for idx, (pg, lpars, rpars) in enumerate(ROWS):
        left = cell_lines(lpars, inner)
        right = cell_lines(rpars, inner)
        n = max(len(left), len(right))
        start = 0
        page_cell = pg
        while start < n:
            avail = int((y - BOTTOM - 2 * PAD) // LEAD)
            rest = n - start
            if rest <= avail:
                take = rest
            elif avail >= 3 and rest >= 6:
                take = avail           # the row breaks across the page
            else:
                take = 0
            if take == 0:
                footer(c, page)
                c.showPage()
                page += 1
                running_header(c)
                y = table_header(c, TOP)
                continue
            heads = ["".join(ch for ch, _ in ln) for f, ln in left[start:start + take] if f == GOTHIC]
            PLACED.append((page, idx, start, heads,
                           ["".join(ch for ch, _ in ln) for _, ln in left[start:start + take]]))
            y = draw_row_part(c, y, page_cell, left[start:start + take], right[start:start + take], take)
            start += take
            page_cell = ""
    footer(c, page)
    c.showPage()
    return page


def build():
    c = canvas.Canvas(str(OUT), pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle("第２次はなみずき市行財政改革実施計画 改定の概要及び新旧対照表")
    c.setAuthor("はなみずき市 総務部 行政経営課")
    c.setCreator("Microsoft Word")
    c.setProducer("Microsoft: Print To PDF")
    c.setSubject("")
    page1(c)
    c.showPage()
    last = table_pages(c, 2)
    c.save()

    head_page = {}
    for page, _idx, _start, heads, _texts in PLACED:
        for h in heads:
            head_page.setdefault(h, page)
    splits = [(p, i, s) for p, i, s, _, _ in PLACED if s > 0]
    # the new-side (改定後) headings and the PDF page each is drawn on; the outline relies on these
    expected = {
        "第１章　計画の概要": 2, "２　計画期間": 2, "３　計画の位置付け": 2, "第２章　取組項目": 2,
        "基本方針１　市民の利便性の向上": 2, "取組２　オンライン手続の拡充": 2, "取組３　書かない窓口の推進": 2,
        "基本方針２　効率的な行政運営": 2, "取組７　生成ＡＩの業務活用": 2,
        "取組８　窓口業務の委託化": 3, "取組９　公共施設の再編": 3, "取組１０　事務事業の見直し": 3,
        "基本方針３　持続可能な財政運営": 4, "取組１３　ふるさと納税の推進": 4, "取組１６　使用料・手数料の見直し": 4,
        "基本方針４　組織力の向上と人材育成": 4, "取組２０　職員の働き方改革": 4, "取組２３　公民連携の推進": 4,
        "第３章　計画の推進": 5, "２　進捗管理と公表": 5, "３　計画の見直し": 5,
    }
    assert head_page == expected, head_page
    # exactly one row breaks across pages: 取組７ (row 5) starts on page 2, its 目標 and 担当課 are on page 3
    assert splits == [(3, 5, 3)], splits
    cont = [t for p, i, s, _, t in PLACED if s > 0][0]
    assert any(t.startswith("担当課：デジタル推進課・人事課") for t in cont), cont
    assert last == 5
    print("written", OUT, "pages:", last, "split rows (page, row, first line):", splits)


if __name__ == "__main__":
    build()
