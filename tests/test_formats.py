"""Word and Excel documents written for the tests (with python-docx and openpyxl, in layouts like city
publications) read through the same structural layer; damaged files are refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from layouts import corpus_copy
from openpyxl import Workbook

from assistant.formats import document_lines, table_lines
from assistant.ingest import detect_layout
from assistant.pipeline import Assistant
from assistant.readers import DocumentFormatError
from assistant.settings import IngestSettings, Settings
from assistant.types import DocumentKind, DocumentMeta
from assistant.update import add_document

ROOT = Path(__file__).resolve().parent.parent


def make_docx(path: Path) -> Path:
    """A 行政改革推進計画 in Word: numbered headings (Heading 1/2 styles), 担当課 lines, an item table."""
    doc = Document()
    doc.add_heading("はやせ市行政改革推進計画（令和5年度～令和7年度）", level=0)
    doc.add_heading("1　計画の趣旨", level=1)
    doc.add_paragraph("人口減少と施設の老朽化に備え、限られた財源で市民サービスを維持するため、この計画を定めます。")
    doc.add_heading("2　重点取組", level=1)
    doc.add_heading("(1)　窓口のデジタル化", level=2)
    doc.add_paragraph("担当課：市民課、情報政策課")
    doc.add_paragraph("住民票の写しなど30手続をオンラインで申請できるようにし、窓口の待ち時間を半分にします。")
    doc.add_heading("(2)　公共施設の再配置", level=2)
    doc.add_paragraph("担当課：資産経営課")
    doc.add_paragraph("地区ごとの利用実態を調べ、老朽化した集会施設を令和7年度までに3か所統合します。")
    doc.add_heading("3　取組一覧", level=1)
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["No.", "取組項目", "担当課", "内容"], strict=True):
        cell.text = text
    for row in [("1", "電子契約の導入", "契約課", "工事請負契約から電子契約を始め、印紙代と郵送の手間をなくす。"),
                ("2", "公用車の削減", "管財課", "稼働率の低い公用車を5台減らし、カーシェアに切り替える。"),
                ("3", "窓口手数料のキャッシュレス化", "市民課", "証明書の手数料を電子マネーとQRコードで払えるようにする。")]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


def make_xlsx(path: Path) -> Path:
    """A progress sheet in Excel: a title row, a two-row header whose 実績 group cell is merged over the
    years, 番号/取組名/担当課 merged down both header rows, one row per item."""
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet.append(["はやせ市 行政改革 取組進捗状況（令和5年度）"])
    sheet.append(["番号", "取組名", "担当課", "実績", None, "評価"])
    sheet.append([None, None, None, "令和4年度", "令和5年度", None])
    for col in ("A", "B", "C", "F"):
        sheet.merge_cells(f"{col}2:{col}3")
    sheet.merge_cells("D2:E2")
    sheet.append([1, "ペーパーレス会議の推進", "総務課", "12機関", "20機関", "順調"])
    sheet.append([2, "市税のコンビニ納付", "納税課", "導入準備", "導入済み", "完了"])
    sheet.append([3, "職員のテレワーク", "人事課", "月120人", "月310人", "順調"])
    book.save(str(path))
    return path


def _meta(name: str) -> DocumentMeta:
    return DocumentMeta(source_file=name, city="はやせ市", title="はやせ市行政改革推進計画", kind=DocumentKind.generic,
                        fiscal_years=[2023], published="令和5年4月", page_source="")


def test_word_document_outline(tmp_path):
    path = make_docx(tmp_path / "hayase_plan.docx")
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    assert parsed.meta.kind == DocumentKind.generic and parsed.report.coverage >= 0.95, parsed.report.text()
    got = [(r.label, r.title, r.departments) for r in parsed.records]
    assert got == [
        ("1", "計画の趣旨", []),
        ("(1)", "窓口のデジタル化", ["市民課", "情報政策課"]),
        ("(2)", "公共施設の再配置", ["資産経営課"]),
        ("No.1", "電子契約の導入", ["契約課"]),
        ("No.2", "公用車の削減", ["管財課"]),
        ("No.3", "窓口手数料のキャッシュレス化", ["市民課"]),
    ]
    assert parsed.records[3].fields == {"担当課": "契約課", "内容": "工事請負契約から電子契約を始め、印紙代と郵送の手間をなくす。"}


def test_excel_progress_sheet_one_record_per_row(tmp_path):
    path = make_xlsx(tmp_path / "hayase_progress.xlsx")
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    assert parsed.report.coverage >= 0.95, parsed.report.text()
    rows = [r for r in parsed.records if r.record_type == "action_item"]
    assert [(r.label, r.title, r.departments) for r in rows] == [
        ("1", "ペーパーレス会議の推進", ["総務課"]), ("2", "市税のコンビニ納付", ["納税課"]), ("3", "職員のテレワーク", ["人事課"])]
    assert rows[2].fields == {"担当課": "人事課", "実績 令和4年度": "月120人", "実績 令和5年度": "月310人", "評価": "順調"}


def test_a_header_over_two_rows_is_one_header_row():
    # a group cell over its sub-columns (計画 / 実績), or over columns its second row only labels (R6 R7 R8)
    assert table_lines([["No.", "取組項目", "スケジュール", "", ""], ["", "", "R6", "R7", "R8"],
                        ["1", "市税等の収納率の向上", "", "実施", ""]]) == [
        "No.\t取組項目\tスケジュール R6\tR7\tR8", "1\t市税等の収納率の向上\t\t実施\t"]
    assert table_lines([["番号", "取組名", "担当課"], ["1", "オンライン化", "市民課"]]) == [
        "番号\t取組名\t担当課", "1\tオンライン化\t市民課"]


def test_word_form_sheets_one_record_per_sheet(tmp_path):
    """評価シート as Word tables used as forms: the number and name from their cells, a name wrapped over two
    paragraphs joined, 主管課/関係課 sub-labels under a 担当課 merged down no names, the 基本目標 each sheet names (the
    same goal on two sheets) a field of the sheet, not a unit."""
    doc = Document()
    doc.add_heading("はやせ市事務事業評価シート", level=0)
    doc.add_paragraph("令和6年度に実施した事業の自己評価をまとめたものです。")
    sheets = [("１－０１", ["防災行政無線の", "デジタル化事業"], "総務課", "―", "１ 安全なまち", "子局12局を更新した。"),
              ("１－０２", ["木造住宅耐震化促進事業"], "建設課", "総務課", "１ 安全なまち", "診断18件に補助した。"),
              ("２－０１", ["産後ケア事業"], "子育て支援課", "健康課", "２ 健やかなまち", "利用者は延べ96人。")]
    for number, name, main, related, goal, done in sheets:
        table = doc.add_table(rows=5, cols=4)
        rows = table.rows
        for cell, text in zip(rows[0].cells, ["事業番号", number, "事業名", name[0]], strict=True):
            cell.text = text
        for extra in name[1:]:
            rows[0].cells[3].add_paragraph(extra)
        rows[1].cells[0].merge(rows[2].cells[0]).text = "担当課"
        rows[1].cells[1].text, rows[2].cells[1].text = "主管課", "関係課"
        rows[1].cells[2].merge(rows[1].cells[3]).text = main
        rows[2].cells[2].merge(rows[2].cells[3]).text = related
        for cell, text in zip(rows[3].cells, ["基本目標", goal, "施策", "防災と子育て"], strict=True):
            cell.text = text
        rows[4].cells[0].text = "実績"
        rows[4].cells[1].merge(rows[4].cells[3]).text = done
    path = tmp_path / "hayase_sheets.docx"
    doc.save(str(path))
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    sheets_read = [r for r in parsed.records if r.label[0].isdigit()]
    assert [(r.label, r.title, r.departments) for r in sheets_read] == [
        ("1-01", "防災行政無線のデジタル化事業", ["総務課"]),
        ("1-02", "木造住宅耐震化促進事業", ["建設課", "総務課"]),
        ("2-01", "産後ケア事業", ["子育て支援課", "健康課"])]
    assert [r.fields.get("基本目標") for r in sheets_read] == ["基本目標1 安全なまち\n施策 防災と子育て"] * 2 + [
        "基本目標2 健やかなまち\n施策 防災と子育て"]
    assert "子局12局を更新した。" in sheets_read[0].text


def test_an_open_data_csv_in_shift_jis_one_record_per_row(tmp_path):
    """A CSV as cities publish open data: Shift_JIS, CRLF, a city-code and a 団体名 column before the number, a cell
    with a line break and a comma inside quotes (its second line starting with a number), an empty row."""
    path = tmp_path / "hayase_torikumi.csv"
    rows = ["全国地方公共団体コード,団体名,取組番号,取組項目,取組内容,担当課",
            '123456,はやせ市,1-01,市税の収納率向上,"口座振替を勧め、\n2年で滞納を半減する。",納税課',
            '123456,はやせ市,1-02,"公共施設の複合化・\n集約化",3施設を1施設に集約する。,"資産経営課、財政課"',
            "123456,はやせ市,1-03,電子契約の導入,工事請負契約から電子契約を始める。,契約課",
            ",,,,,"]
    path.write_bytes("\r\n".join(rows).encode("cp932"))
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    got = [(r.label, r.title, r.departments) for r in parsed.records]
    assert got == [("1-01", "市税の収納率向上", ["納税課"]), ("1-02", "公共施設の複合化・集約化", ["資産経営課", "財政課"]),
                   ("1-03", "電子契約の導入", ["契約課"])]
    assert parsed.records[0].fields["取組内容"] == "口座振替を勧め、2年で滞納を半減する。"
    # what the rows share (the city's code and name) comes after what is the row's own
    assert parsed.records[0].text.splitlines()[0] == "取組内容: 口座振替を勧め、2年で滞納を半減する。"
    path.write_bytes(b"\x81\x20,\x81")
    with pytest.raises(DocumentFormatError, match="hayase_torikumi.csv: neither UTF-8 nor Shift_JIS"):
        document_lines(path)


def test_a_minutes_page_keeps_its_headings(tmp_path):
    """trafilatura's recall mode drops every heading of some pages (a minutes page's h1-h4): its precise mode is read
    unless it keeps much less text; 議題１ numbers its units."""
    page = tmp_path / "minutes.html"
    said = "".join(f"<dt>委員</dt><dd>待機児童は{n}人減ったが、東部の地区に集中している。施設の計画を早く示すべきである。</dd>"
                   for n in range(1, 4))
    page.write_text(
        "<html><body><div id='menu'><h2>よく見られているページ</h2><ul><li>ごみ</li><li>税</li></ul></div><main>"
        "<h1>令和６年度第３回行政評価委員会会議録</h1><p>開催日時：令和７年１月２８日 午後２時から</p>"
        "<h2>議事</h2><h3>議題１　外部評価のヒアリングについて</h3><p>所管課から説明を受け、質疑を行った。</p>"
        f"<h4>（１）放課後児童クラブ運営事業</h4><dl>{said}</dl>"
        f"<h4>（２）地区公民館管理運営事業</h4><dl>{said}</dl><h2>閉会</h2><p>会長が閉会を宣言した。</p>"
        "</main></body></html>", encoding="utf-8")
    parsed = detect_layout(document_lines(page), _meta(page.name), IngestSettings())
    assert [(r.label, r.title) for r in parsed.records] == [
        ("令和6年度第3回行政評価委員会会議録", "令和6年度第3回行政評価委員会会議録"),
        ("議題1", "外部評価のヒアリングについて"), ("(1)", "放課後児童クラブ運営事業"), ("(2)", "地区公民館管理運営事業"),
        ("閉会", "閉会")]


def test_an_accordion_page_gives_its_hidden_items(tmp_path):
    """Items as an accordion (a button in an <h3> over a hidden panel, a <details>/<summary>), each panel a <dl> of
    fields; a list item naming a unit is no heading; the contact box a CMS adds belongs to no record."""
    panel = ("<dl><dt>担当課</dt><dd>{dept}</dd><dt>取組内容</dt><dd>{what}を進め、来庁せずに済む手続を増やします。</dd>"
             "<dt>関係課</dt><dd>－</dd></dl>")
    page = tmp_path / "accordion.html"
    page.write_text(
        "<html><body><nav><ul><li>ホーム</li></ul></nav><main><h1>令和6年度実施計画</h1>"
        "<p>町では、行財政改革大綱に沿って毎年度の実施計画を作成しています。取組の内容をお知らせします。</p>"
        "<ul><li>基本方針１ 町民サービスの向上（取組１・取組２）</li></ul>"
        "<h2>基本方針１　町民サービスの向上</h2><button>すべて開く</button>"
        "<h3><button aria-expanded='false'><span>取組１</span><span>電子申請の<br>拡大</span></button></h3>"
        f"<div hidden>{panel.format(dept='総務課、情報政策室', what='電子申請')}</div>"
        f"<details><summary>取組２　窓口のワンストップ化</summary>{panel.format(dept='住民課', what='総合窓口')}</details>"
        "<div class='inquiry'><h2>このページに関するお問い合わせ</h2><p><strong>総務課　行政改革推進係</strong></p>"
        "<p>電話：0123-45-6789</p></div></main></body></html>", encoding="utf-8")
    parsed = detect_layout(document_lines(page), _meta(page.name), IngestSettings())
    assert [(r.label, r.title, r.departments) for r in parsed.records] == [
        ("令和6年度実施計画", "令和6年度実施計画", []), ("取組1", "電子申請の拡大", ["総務課", "情報政策室"]),
        ("取組2", "窓口のワンストップ化", ["住民課"])]
    assert "電話" not in parsed.records[-1].text and "すべて開く" not in parsed.records[1].text


def test_an_html_table_is_read_like_a_workbook(tmp_path):
    """A cell spanning rows is read into each row it covers (the group and the 担当課 beside two items), a cell
    spanning columns only where it names a group of columns, a <br> in a cell is kept as a line break; a table in
    the page's menu is dropped with the menu."""
    page = tmp_path / "page.html"
    prose = "市では行財政改革の取組を進めています。令和6年度の取組状況を取りまとめましたので、お知らせします。" * 2
    page.write_text(
        "<html><body><nav><table><tr><td>トップ</td><td>くらし</td></tr></table></nav><main>"
        f"<h1>取組状況</h1><p>{prose}</p>"
        "<table><thead><tr><th>取組の方向</th><th>No.</th><th>取組項目</th><th>担当課</th></tr></thead><tbody>"
        "<tr><td rowspan='2'>(1) 手続の<br>デジタル化</td><td>1</td><td>オンライン申請の<br>拡充</td>"
        "<td rowspan='2'>情報政策課</td></tr>"
        "<tr><td>2</td><td>電子納付の導入</td></tr>"
        "<tr><td colspan='2'>合計</td><td>2項目</td><td></td></tr>"
        f"</tbody></table><p>{prose}</p></main><footer>やまぶき市役所</footer></body></html>",
        encoding="utf-8")
    lines = [line for line in document_lines(page) if line.strip()]
    rows = [line for line in lines if "\t" in line]
    assert rows == ["取組の方向\tNo.\t取組項目\t担当課",
                    "(1) 手続の\nデジタル化\t1\tオンライン申請の\n拡充\t情報政策課",
                    "(1) 手続の\nデジタル化\t2\t電子納付の導入\t情報政策課",
                    "合計\t\t2項目\t"]
    assert lines[0] == "# 取組状況" and not any("トップ" in line or "やまぶき市役所" in line for line in lines)


def test_a_table_s_caption_is_the_line_before_its_rows(tmp_path):
    """A CMS page numbering its items only in table captions (「提言１－１」, a <br> inside): each caption is a line
    before its table's rows, on one line; a key's cell spanning columns beside its value is a form's row, no header."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><main><h1>答申に対する対応状況</h1><p>市の対応状況をお知らせします。各提言の状況は次のとおりです。</p>"
        "<h2>第１　市民サービスの向上</h2>"
        "<table><caption>提言１－１　「書かない窓口」の<br>導入</caption>"
        "<tr><th>提言の内容</th><td colspan='3'>申請書を職員が作成する窓口を導入すること。</td></tr>"
        "<tr><th>対応状況</th><td>○</td><th>所管課</th><td>市民課</td></tr></table></main></body></html>",
        encoding="utf-8")
    lines = [line for line in document_lines(page) if line.strip()]
    assert lines[-4:] == ["## 第１ 市民サービスの向上", "提言１－１ 「書かない窓口」の導入",
                          "提言の内容\t申請書を職員が作成する窓口を導入すること。\t\t", "対応状況\t○\t所管課\t市民課"]
    assert table_lines([["所管課", "", "デジタル推進課", "関係課", "行政経営課"], ["現状と課題", "", "手続が少ない。", "", ""]]) == [
        "所管課\t\tデジタル推進課\t関係課\t行政経営課", "現状と課題\t\t手続が少ない。\t\t"]


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".pptx"])
def test_damaged_office_files_are_refused_by_name(tmp_path, suffix):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(b"PK\x03\x04 this is not a complete zip archive")
    with pytest.raises(DocumentFormatError, match=f"broken\\{suffix}"):
        document_lines(path)


@pytest.fixture(scope="module")
def with_office_documents(tmp_path_factory, settings: Settings, st_model, published_index):
    root = tmp_path_factory.mktemp("office")
    grown = corpus_copy(root, settings, {"q001", "q009", "q023"})
    outcomes = [add_document(grown, make(root / name), city="はやせ市", title=title, year=[2023], model=st_model)
                for make, name, title in [(make_docx, "hayase_plan.docx", "はやせ市行政改革推進計画"),
                                          (make_xlsx, "hayase_progress.xlsx", "はやせ市 行政改革 取組進捗状況")]]
    return Assistant(grown, model=st_model), outcomes


def test_office_documents_are_added_without_a_kind_and_answer(with_office_documents):
    assistant, outcomes = with_office_documents
    assert all(o.published and not o.forced for o in outcomes), [o.summary() for o in outcomes]
    answer = assistant.ask("はやせ市では公用車を減らしますか？")
    assert (answer.citations[0].source_file, answer.citations[0].label) == ("hayase_plan.docx", "No.2")
    answer = assistant.ask("はやせ市の職員のテレワークの実績は？")
    assert (answer.citations[0].source_file, answer.citations[0].label) == ("hayase_progress.xlsx", "3")
    assert "月310人" in answer.answer


def test_word_list_number_formats():
    from assistant.docx_numbering import formatted_number

    assert [formatted_number(n, f) for n, f in [(2, "decimalFullWidth"), (3, "decimalEnclosedCircle"), (4, "upperRoman"),
                                          (2, "aiueoFullWidth"), (3, "japaneseCounting"), (12, "decimal")]] == [
        "２", "③", "IV", "イ", "三", "12"]


def _with_text_box(paragraph, text: str) -> None:
    """A text box anchored in ``paragraph``, written as Word writes it: a drawing, and a VML copy as a fallback."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
        f"<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))


def test_a_word_text_box_is_read_once(tmp_path):
    """A 担当課 drawn in a text box beside each item: python-docx's text leaves it out, Word writes it twice."""
    doc = Document()
    doc.add_heading("はやせ市行政改革実施計画", level=0)
    for number, title, dept, what in [("１", "窓口の改善", "市民課", "待ち時間を半分にします。"),
                                      ("２", "電子契約の導入", "契約課", "印紙代と郵送の手間をなくします。")]:
        heading = doc.add_heading(f"取組{number}　{title}", level=2)
        _with_text_box(heading, f"担当課：{dept}")
        doc.add_paragraph(what)
    path = tmp_path / "boxes.docx"
    doc.save(str(path))
    assert document_lines(path).count("担当課：市民課") == 1
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    assert [(r.label, r.title, r.departments) for r in parsed.records] == [
        ("取組1", "窓口の改善", ["市民課"]), ("取組2", "電子契約の導入", ["契約課"])]


def test_a_table_typed_in_a_text_box_is_read_a_row_per_line(tmp_path):
    """A ＜目標＞ box holding a small table (指標 / 現状値 / 目標値): its rows are lines, their cells a tab apart, as
    the body's tables; not one cell per line, which leaves a value far from its column's name."""
    doc = Document()
    doc.add_heading("（２）食育の推進", level=2)
    anchor = doc.add_paragraph("学校給食に町内産の米や野菜を使う日を増やします。")
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    rows = [["指標", "現状値（令和５年度）", "目標値（令和１１年度）"], ["町内産食材の使用割合", "３２.５％", "４０.０％"]]
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(cell.format(c) for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    _with_text_box(anchor, "＜目標＞</w:t></w:r></w:p>" + table + "<w:p><w:r><w:t>")
    path = tmp_path / "box_table.docx"
    doc.save(str(path))
    assert [line for line in document_lines(path) if line] == [
        "## （２）食育の推進", "学校給食に町内産の米や野菜を使う日を増やします。", "＜目標＞",
        "指標\t現状値（令和５年度）\t目標値（令和１１年度）", "町内産食材の使用割合\t３２.５％\t４０.０％"]


def _drawing(shapes: list[tuple[int, list[str]]], grouped: bool = False) -> str:
    """A DrawingML anchor placed ``shapes[0][0]`` EMU from the left (Word's VML copy left out): one text box per
    shape, each of its paragraphs given; ``grouped``: the shapes in one group (a diagram)."""
    def shape(texts: list[str]) -> str:
        paragraphs = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
        return ('<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                f"<wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp>")
    body = "".join(shape(texts) for _, texts in shapes)
    if grouped:
        body = f'<wpg:wgp xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">{body}</wpg:wgp>'
    return ('<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
            f'<wp:positionH relativeFrom="margin"><wp:posOffset>{shapes[0][0]}</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData '
            f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{body}</a:graphicData>'
            "</a:graphic></wp:anchor></w:drawing>")


def test_word_shapes_are_read_as_drawn(tmp_path):
    """A plan whose headings are drawn: a tag 「基本目標１」 beside its title bar (stored title first, placed right of
    the tag) is one heading line; a grouped diagram of the plan's structure is one line of text, its
    「（１）…」 labels no headings; a box only in VML is read; a cover and a 目次 in content controls are read."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    doc.element.body.insert(0, parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>目次</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>基本目標１　健康的な生活習慣の定着</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"))
    diagram = doc.add_paragraph()
    diagram._p.append(parse_xml(f'<w:r {nsdecls("w")}>' + _drawing(
        [(0, ["基本目標１"]), (0, ["（１）栄養・食生活"]), (0, ["（２）身体活動・運動"])], grouped=True) + "</w:r>"))
    bar = doc.add_paragraph()
    bar._p.append(parse_xml(f'<w:r {nsdecls("w")}>' + _drawing([(1296000, ["健康的な生活習慣の定着"])]) + "</w:r>"))
    bar._p.append(parse_xml(f'<w:r {nsdecls("w")}>' + _drawing([(0, ["基本目標１"])]) + "</w:r>"))
    doc.add_paragraph("毎日の生活習慣の積み重ねを支援します。")
    legacy = doc.add_paragraph("（１）栄養・食生活")
    legacy._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:pict><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" style="margin-top:0pt">'
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>担当課：健康推進課</w:t></w:r></w:p></w:txbxContent></v:textbox>"
        "</v:roundrect></w:pict></w:r>"))
    doc.add_paragraph("朝食を毎日食べる子どもの割合を９５％にします。")
    path = tmp_path / "shapes.docx"
    doc.save(str(path))
    lines = [line for line in document_lines(path) if line]
    assert lines == ["目次", "基本目標１　健康的な生活習慣の定着\t3", "基本目標１ （１）栄養・食生活 （２）身体活動・運動",
                     "基本目標１ 健康的な生活習慣の定着", "毎日の生活習慣の積み重ねを支援します。", "（１）栄養・食生活",
                     "担当課：健康推進課", "朝食を毎日食べる子どもの割合を９５％にします。"]


def test_word_headings_numbered_by_their_styles(tmp_path):
    """As Word writes an outline list tied to its headings: 見出し 1/2 carry the numbering in their styles (見出し 1
    with no level: the level whose pStyle names the style), the instance they name points at a list style
    (numStyleLink) whose own definition (styleLink) holds the levels; a heading that turns its number off
    (numId 0) has none; the paragraphs carry no number."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    doc = Document()
    numbering = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:pStyle w:val="{style}"/>'
        f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/></w:lvl>'
        for k, style, text in ((0, "Heading1", "第%1章"), (1, "Heading2", "%2")))
    first_num = numbering.find(qn("w:num"))
    for xml in (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="40"><w:styleLink w:val="Outline"/>{levels}'
                "</w:abstractNum>",
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="41"><w:numStyleLink w:val="Outline"/></w:abstractNum>'):
        first_num.addprevious(parse_xml(xml))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="40"><w:abstractNumId w:val="40"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="41"><w:abstractNumId w:val="41"/></w:num>'))
    for name, level in (("Heading 1", ""), ("Heading 2", '<w:ilvl w:val="1"/>')):
        doc.styles[name].element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}>{level}<w:numId w:val="41"/></w:numPr>'))
    intro = doc.add_heading("はじめに", level=1)
    intro._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="0"/></w:numPr>'))
    doc.add_paragraph("この計画の目的を述べます。")
    for chapter, items in (("計画の概要", ["計画の期間", "計画の位置づけ"]), ("施策の展開", ["窓口の改善"])):
        doc.add_heading(chapter, level=1)
        for item in items:
            doc.add_heading(item, level=2)
            doc.add_paragraph(f"{item}について定めます。")
    path = tmp_path / "styled.docx"
    doc.save(str(path))
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    assert [(r.label, r.title) for r in parsed.records] == [
        ("はじめに", "はじめに"), ("第1章 1", "計画の期間"), ("2", "計画の位置づけ"), ("第2章 1", "窓口の改善")]


def test_a_word_results_table_numbered_by_word_over_several_tables(tmp_path):
    """A パブリックコメント results document: a title over two paragraphs (「…（素案）に対する」 / 「意見募集の結果について」);
    a No. column whose cells are empty paragraphs Word numbers, the count running on over two tables; one opinion over
    two rows (its No., 項目 and opinion merged down, each row its own answer and 担当課) read once and numbered once;
    a group row across the table (「基本方針１ …」) no unit; a count table whose rows begin 「第２章 …」 no units (2 holds
    only the tables: no record)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="50"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="50"><w:abstractNumId w:val="50"/></w:num>'))
    for text in ("はやせ市行政改革推進計画（素案）に対する", "意見募集の結果について"):
        doc.add_paragraph(text)
    doc.add_paragraph("市民の皆様から御意見をいただきました。")
    doc.add_paragraph("１　意見の件数")
    counts = doc.add_table(rows=3, cols=2)
    for row, cells in zip(counts.rows, [("区分", "件数"), ("第２章 基本方針１ 窓口の改善", "２件"),
                                        ("第２章 基本方針２ 財政の健全化", "１件")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    doc.add_paragraph("２　意見と市の考え方")

    def opinions(rows: list[tuple[str, str, str, str]], group: str | None = None) -> None:
        table = doc.add_table(rows=1 + len(rows) + (group is not None), cols=5)
        for cell, text in zip(table.rows[0].cells, ("No.", "項目", "意見の概要", "市の考え方", "担当課"), strict=True):
            cell.text = text
        body = table.rows[1:]
        if group is not None:
            merged = body[0].cells[0].merge(body[0].cells[4])
            merged.text = group
            body = body[1:]
        for row, values in zip(body, rows, strict=True):
            row.cells[0].paragraphs[0]._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="50"/></w:numPr>'))
            for cell, text in zip(row.cells[1:], values, strict=True):
                cell.text = text
        return table

    opinions([("計画全体", "要点をまとめてほしい。", "概要版を作ります。", "行政経営課")])
    second = opinions([("窓口の改善", "待ち時間を減らしてほしい。", "予約制を始めます。", "市民課"),
                       ("窓口の改善", "待ち時間を減らしてほしい。", "発券機を更新します。", "会計課"),
                       ("公共施設", "集会所を残してほしい。", "地区で話し合います。", "資産経営課")],
                      group="基本方針１ 市民サービスの向上")
    for k, text in ((1, "窓口の改善"), (2, "待ち時間を減らしてほしい。")):  # the first opinion's 項目 and 意見 merged
        second.rows[2].cells[k].merge(second.rows[3].cells[k]).text = text  # down its two rows (and its No.:)
    numbered = second.rows[2].cells[0].merge(second.rows[3].cells[0])
    for extra in numbered.paragraphs[1:]:  # (merge() keeps both cells' paragraphs: Word keeps the first)
        extra._p.getparent().remove(extra._p)
    path = tmp_path / "pabukome.docx"
    doc.save(str(path))
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    assert [(r.label, r.title, r.departments) for r in parsed.records] == [
        ("はやせ市行政改革推進計画(素案)に対する意見募集の結果について",
         "はやせ市行政改革推進計画(素案)に対する意見募集の結果について", []),
        ("1", "意見の件数", []), ("No.1", "計画全体", ["行政経営課"]),
        ("No.2", "窓口の改善", ["市民課", "会計課"]), ("No.3", "公共施設", ["資産経営課"])]


def test_an_excel_97_workbook_is_read_as_excel_shows_it(tmp_path):
    """An .xls (BIFF8) sheet: numbers stored as numbers (1.0 shows 「1」, 0.625 in a percentage format 「62.5%」), a
    date serial in an era format, a bold cell alone as a heading, a 基本方針 merged down its rows, an item numbered
    by a code (「R6-1」, added mid-plan) among numbered ones, and a 合計 row that ends the table."""
    import datetime as dt

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("総務部")
    bold = xlwt.easyxf("font: bold on")
    sheet.write(0, 0, "取組状況一覧（令和6年度）")
    sheet.write(1, 0, dt.datetime(2025, 3, 31), xlwt.easyxf(num_format_str='[$-411]ggge"年"m"月"d"日現在"'))
    sheet.write(3, 0, "凡例", bold)
    sheet.write(4, 0, "A")
    sheet.write(4, 1, "計画を達成した")
    for c, name in enumerate(["No.", "基本方針", "取組項目", "担当課", "達成率"]):
        sheet.write(6, c, name, bold)
    rows = [(1.0, "行政手続のオンライン化", "情報政策室", 0.925), ("R6-1", "生成ＡＩの業務活用\n（試行）", "総務課", 1.4),
            (2.0, "キャッシュレス納付の拡大", "税務課", 0.625)]
    sheet.write_merge(7, 9, 1, 1, "基本方針1\n市民サービスの向上")
    sheet.write(6, 5, "事業コード", bold)  # a column the sheet hides: internal codes, not shown
    for r in range(7, 10):
        sheet.write(r, 5, f"2-0{r}")
    sheet.col(5).hidden = True
    percent = xlwt.easyxf(num_format_str="0.0%")
    for r, (number, title, office, rate) in enumerate(rows, start=7):
        sheet.write(r, 0, number)
        sheet.write(r, 2, title)
        sheet.write(r, 3, office)
        sheet.write(r, 4, rate, percent)
    sheet.write(10, 0, "合計")
    sheet.write(10, 4, 3)
    path = tmp_path / "progress.xls"
    book.save(str(path))
    lines = document_lines(path)
    assert [line.rstrip("\t") for line in lines[:9]] == [
        "", "# 総務部", "", "取組状況一覧（令和6年度）", "令和7年3月31日現在", "", "## 凡例", "", "A\t計画を達成した"]
    parsed = detect_layout(lines, _meta(path.name), IngestSettings())
    assert not any("事業コード" in line for line in lines)
    assert [(r.label, r.title, r.departments, r.fields.get("達成率")) for r in parsed.records if r.label[:3] == "No."] == [
        ("No.1", "行政手続のオンライン化", ["情報政策室"], "92.5%"), ("No.R6-1", "生成AIの業務活用(試行)", ["総務課"], "140.0%"),
        ("No.2", "キャッシュレス納付の拡大", ["税務課"], "62.5%")]
    path.write_bytes(b"\xd0\xcf\x11\xe0 not a complete compound document")
    with pytest.raises(DocumentFormatError, match=r"progress\.xls.*Excel 97-2003"):
        document_lines(path)


_ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')


def _odt(path: Path, body: str) -> Path:
    """An .odt as LibreOffice writes one: the outline numbering in styles.xml, list styles and the text in
    content.xml."""

    outline = ('<text:outline-style style:name="Outline">'
               '<text:outline-level-style text:level="1" style:num-prefix="第" style:num-suffix="章" style:num-format="1"/>'
               '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
               '</text:outline-style>')
    lists = ('<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
             'style:num-format="①, ②, ③, ..."/></text:list-style>')
    return _odf(path, "text", f"<office:automatic-styles>{lists}</office:automatic-styles>", body,
                f"<office:styles>{outline}</office:styles>")


def _odf(path: Path, kind: str, before: str, body: str, styles: str = "") -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", f"application/vnd.oasis.opendocument.{kind}")
        package.writestr("styles.xml", f"<office:document-styles {_ODF}>{styles}</office:document-styles>")
        package.writestr("content.xml", f"<office:document-content {_ODF}>{before}<office:body><office:{kind}>{body}"
                                        f"</office:{kind}></office:body></office:document-content>")
    return path


def test_an_opendocument_text_is_read_with_the_numbers_libreoffice_shows(tmp_path):
    """Heading numbers only in the outline style (「第1章」, 「1.1」 with two levels shown), a heading marked as no
    list item taking none, ① items in one-item lists continued across paragraphs and restarted under the next
    heading, a soft page break inside a sentence, a title broken by hand, a cell spanning two rows."""
    item = '<text:list text:style-name="L1"{}><text:list-item><text:p>{}</text:p></text:list-item></text:list>'
    body = ('<text:h text:outline-level="1" text:is-list-header="true">はじめに</text:h><text:p>計画の趣旨です。</text:p>'
            '<text:h text:outline-level="1">計画の<text:line-break/>基本的事項</text:h>'
            '<text:h text:outline-level="2">計画の期間</text:h><text:p>令和７年度から<text:soft-page-break/>６年間です。</text:p>'
            '<text:h text:outline-level="2">職員の取組</text:h>'
            + item.format("", "照明の管理") + "<text:p>担当課：総務課</text:p>"
            + item.format(' text:continue-numbering="true"', "空調の管理") + "<text:p>担当課：財政課</text:p>"
            + '<text:h text:outline-level="1">推進体制</text:h>' + item.format("", "点検")
            + '<table:table><table:table-row><table:table-cell><text:p>No.</text:p></table:table-cell>'
              '<table:table-cell><text:p>取組項目</text:p></table:table-cell>'
              '<table:table-cell><text:p>担当課</text:p></table:table-cell></table:table-row>'
              '<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>'
              '<table:table-cell><text:p>道路照明の</text:p><text:p>ＬＥＤ化</text:p></table:table-cell>'
              '<table:table-cell table:number-rows-spanned="2"><text:p>建設課</text:p></table:table-cell></table:table-row>'
              '<table:table-row><table:table-cell><text:p>2</text:p></table:table-cell>'
              '<table:table-cell><text:p>公園灯の更新</text:p></table:table-cell><table:covered-table-cell/></table:table-row>'
              "</table:table>")
    path = _odt(tmp_path / "plan.odt", body)
    lines = [line for line in document_lines(path) if line]
    assert lines == ["# はじめに", "計画の趣旨です。", "# 第1章 計画の基本的事項", "## 1.1 計画の期間", "令和７年度から６年間です。",
                     "## 1.2 職員の取組", "① 照明の管理", "担当課：総務課", "② 空調の管理", "担当課：財政課", "# 第2章 推進体制",
                     "① 点検", "No.\t取組項目\t担当課", "1\t道路照明の\nＬＥＤ化\t建設課", "2\t公園灯の更新\t建設課"]
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    assert [(r.label, r.title, r.departments) for r in parsed.records if r.label.startswith("No.")] == [
        ("No.1", "道路照明のLED化", ["建設課"]), ("No.2", "公園灯の更新", ["建設課"])]
    path.write_bytes(b"PK\x03\x04 this is not a complete zip archive")
    with pytest.raises(DocumentFormatError, match=r"plan\.odt.*OpenDocument"):
        document_lines(path)


@pytest.mark.parametrize("charset, codec", [("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp"), ("utf-8", "utf-8")])
def test_a_web_page_is_read_in_the_encoding_it_declares(tmp_path, charset, codec):
    """Older city sites serve Shift_JIS or EUC-JP pages with a <meta charset>: read as a browser reads them."""
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            "<title>行財政改革</title></head><body><main><h1>行財政改革実施計画</h1><h2>取組１　窓口の改善</h2>"
            "<p>待ち時間を半分にします。</p><p>担当課：市民課</p></main></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(codec))
    assert "待ち時間を半分にします。" in document_lines(path)
    path.write_bytes(page.replace(charset, "utf-8").encode("cp932"))  # a page that says UTF-8 and is not
    with pytest.raises(DocumentFormatError, match=r"page\.html.*not UTF-8"):
        document_lines(path)


def test_an_opendocument_spreadsheet_is_read_as_shown(tmp_path):
    """An .ods sheet: cells as LibreOffice shows them (their text, 「62.5%」 not 0.625), a 基本方針 cell spanning its
    rows read into each, the empty rows LibreOffice repeats to the end of the sheet not read a million times, a hidden
    column and a hidden row not read."""
    def cell(text: str, extra: str = "") -> str:
        return f"<table:table-cell{extra}><text:p>{text}</text:p></table:table-cell>"

    def row(*cells: str) -> str:
        return f"<table:table-row>{''.join(cells)}</table:table-row>"

    body = ('<table:table table:name="進捗"><table:table-column table:number-columns-repeated="5"/>'
            '<table:table-column table:visibility="collapse"/>'  # an internal code column, hidden
            + row(cell("No."), cell("基本方針"), cell("取組項目"), cell("担当課"), cell("達成率"), cell("コード"))
            + '<table:table-row table:visibility="collapse">' + cell("（作業用）") + "</table:table-row>"
            + row(cell("1"), cell("基本方針1", ' table:number-rows-spanned="2"'), cell("窓口の改善"), cell("市民課"),
                  cell("62.5%", ' office:value-type="percentage" office:value="0.625"'), cell("K-01"))
            + row(cell("2"), "<table:covered-table-cell/>", cell("電子申請の拡大"), cell("情報政策課"), cell("100.0%"),
                  cell("K-02"))
            + '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
              'table:number-columns-repeated="1024"/></table:table-row></table:table>')
    path = _odf(tmp_path / "progress.ods", "spreadsheet", "", body)
    assert [line for line in document_lines(path) if line] == [
        "# 進捗", "No.\t基本方針\t取組項目\t担当課\t達成率", "1\t基本方針1\t窓口の改善\t市民課\t62.5%",
        "2\t基本方針1\t電子申請の拡大\t情報政策課\t100.0%"]
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    assert [(r.label, r.title, r.departments, r.fields.get("達成率")) for r in parsed.records if r.label[:3] == "No."] == [
        ("No.1", "窓口の改善", ["市民課"], "62.5%"), ("No.2", "電子申請の拡大", ["情報政策課"], "100.0%")]
    path.write_bytes(b"PK\x03\x04 this is not a complete zip archive")
    with pytest.raises(DocumentFormatError, match=r"progress\.ods.*OpenDocument spreadsheet"):
        document_lines(path)


def test_an_older_page_laid_out_in_tables_is_read_as_its_content():
    """An older site's page: a layout table holds the menu column and the content cell, a box is a table of one
    cell, the item table sits inside the content cell: the layout tables become the blocks they hold, the item table
    stays a table; and the contact box under a bold 「このページに関するお問い合わせ」 belongs to no section."""
    from lxml import html as lxml_html

    from assistant.html_text import _layout_unwrapped, _without_furniture

    tree = lxml_html.document_fromstring(
        '<html><body><table width="100%"><tr><td><a href="a.html">町長あいさつ</a></td>'
        "<td><b>はやせ町第４次行政改革大綱</b><hr><b>１．重点取組</b><br><table><tr><td>窓口の改善です。</td></tr></table>"
        '<b>２．実施計画</b><table border="1"><tr><th>番号</th><th>取組項目</th></tr><tr><td>１－１</td><td>窓口の改善</td>'
        "</tr></table></td></tr></table></body></html>")
    assert _layout_unwrapped(tree)
    assert ["".join(t.text_content().split()) for t in tree.iter("table")] == ["番号取組項目１－１窓口の改善"]
    assert "窓口の改善です。" in tree.text_content()
    lines = ["**２．実施計画**", "窓口を改善します。", "**このページに関するお問い合わせ**", "総務課 電話：0000", "戻る"]
    assert _without_furniture(lines) == ["**２．実施計画**", "窓口を改善します。"]


def test_a_word_draft_with_tracked_changes_reads_as_accepted(tmp_path):
    """Revision marks left in a draft: inserted runs (inside w:ins, not the paragraph's own runs) are in, deleted
    ones (w:del, w:delText) and a moved-out sentence are out, an item deleted whole is gone; a hyperlink's text and a
    table cell's changed 担当課 read as accepted."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def run(text: str, kind: str = "") -> str:
        if kind == "del":
            return f'<w:del w:id="1" w:author="a"><w:r><w:delText>{text}</w:delText></w:r></w:del>'
        if kind == "moveFrom":
            return f'<w:moveFrom w:id="2" w:author="a"><w:r><w:t>{text}</w:t></w:r></w:moveFrom>'
        if kind == "ins":
            return f'<w:ins w:id="3" w:author="a"><w:r><w:t>{text}</w:t></w:r></w:ins>'
        return f"<w:r><w:t>{text}</w:t></w:r>"

    def paragraph(*runs: str, deleted: bool = False) -> str:
        mark = '<w:pPr><w:rPr><w:del w:id="4" w:author="a"/></w:rPr></w:pPr>' if deleted else ""
        return f'<w:p {nsdecls("w")}>{mark}{"".join(runs)}</w:p>'

    doc = Document()
    body = doc.element.body
    for xml in [paragraph(run("取組１　窓口の"), run("デジタル化", "ins"), run("改善", "del")),
                paragraph(run("待ち時間を"), run("半分", "ins"), run("３割", "del"), run("にします。"),
                          run("この取組は別の項目に移します。", "moveFrom")),
                paragraph(run("担当課："), run("市民課", "del"), run("住民課", "ins")),
                paragraph(run("取組２　広報紙の見直し", "del"), deleted=True),
                paragraph(run("発行回数を減らします。", "del"), deleted=True),
                paragraph(run("取組", "ins"), run("２", "ins"), run("　電子申請の拡大", "ins")),
                paragraph(f'<w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                          f'{run("申請の手引き")}</w:hyperlink>', run("を公開します。"))]:
        body.insert(len(body) - 1, parse_xml(xml))  # (before the section properties)
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    assert [line for line in document_lines(path) if line] == [
        "取組１　窓口のデジタル化", "待ち時間を半分にします。", "担当課：住民課", "取組２　電子申請の拡大", "申請の手引きを公開します。"]


def _slide_deck(path: Path) -> Path:
    """A small committee deck: slide 2 stored last, shapes stored out of reading order, a group, a merged cell."""
    from pptx import Presentation
    from pptx.util import Emu

    deck = Presentation()
    title_only, blank = deck.slide_layouts[5], deck.slide_layouts[6]
    first = deck.slides.add_slide(title_only)
    first.shapes.title.text = "１　取組の状況"
    table = first.shapes.add_table(3, 3, Emu(500000), Emu(2500000), Emu(8000000), Emu(1200000)).table
    for r, row in enumerate([["No.", "取組項目", "担当課"], ["１", "窓口のオンライン化", "市民課"],
                             ["２", "書かない窓口", ""]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 2).merge(table.cell(2, 2))  # one 担当課 for both items
    note = first.shapes.add_textbox(Emu(500000), Emu(1800000), Emu(8000000), Emu(400000))
    note.text_frame.text = "進捗区分　○順調"  # stored after the table, drawn above it
    first.notes_slide.notes_text_frame.text = "担当：事務局（読み上げない）"
    last = deck.slides.add_slide(blank)
    box = last.shapes.add_textbox(Emu(6000000), Emu(3000000), Emu(2500000), Emu(400000))
    box.text_frame.text = "担当課：財政課"  # the right column's second box, stored first
    body = last.shapes.add_textbox(Emu(500000), Emu(1500000), Emu(5000000), Emu(2500000))
    body.text_frame.text = "使用料を改定しました。"
    body.text_frame.add_paragraph().text = "減免の基準を見直しました。"
    point = last.shapes.add_textbox(Emu(6000000), Emu(1500000), Emu(2500000), Emu(1000000))
    point.text_frame.text = "ポイント"
    head = last.shapes.add_textbox(Emu(500000), Emu(300000), Emu(8000000), Emu(600000))
    head.text_frame.text = "２　使用料の適正化"  # the slide's heading, stored last
    group = last.shapes.add_group_shape()
    for x, text in [(3000000, "令和７年度"), (500000, "令和６年度")]:  # steps stored right to left
        step = group.shapes.add_textbox(Emu(x), Emu(4500000), Emu(2000000), Emu(400000))
        step.text_frame.text = text
    middle = deck.slides.add_slide(title_only)
    middle.shapes.title.text = "（１）手続のデジタル化"
    listed = deck.slides._sldIdLst
    listed.insert(1, listed[-1])  # the slide added last is shown second
    deck.save(path)
    return path


def test_a_slide_deck_is_read_in_slide_order_as_a_person_reads_each_slide(tmp_path):
    lines = [line for line in document_lines(_slide_deck(tmp_path / "iinkai.pptx")) if line.strip()]
    assert lines == [
        "\f1", "１　取組の状況", "進捗区分　○順調", "No.\t取組項目\t担当課", "１\t窓口のオンライン化\t市民課",
        "２\t書かない窓口\t市民課",
        "\f2", "（１）手続のデジタル化",
        "\f3", "２　使用料の適正化", "使用料を改定しました。", "減免の基準を見直しました。", "ポイント",
        "担当課：財政課", "令和６年度", "令和７年度"]


def test_a_presentation_without_text_is_refused_by_name(tmp_path):
    from pptx import Presentation

    deck = Presentation()
    deck.slides.add_slide(deck.slide_layouts[6])
    deck.save(tmp_path / "empty.pptx")
    with pytest.raises(DocumentFormatError, match=r"empty\.pptx.*no text"):
        document_lines(tmp_path / "empty.pptx")


def test_a_table_inside_a_word_table_cell_is_read(tmp_path):
    """A plan laid out in Word tables: the 目標指標 cell holds a small table of its own (指標名 | 目標値), which
    python-docx's cell text leaves out: read as a line per row, its cells a space apart, after the cell's paragraph."""
    doc = Document()
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "取組の方向性", "窓口の待ち時間を短くします。"
    table.cell(1, 0).text = "目標指標"
    target = table.cell(1, 1)
    target.text = "令和９年度の目標"
    inner = target.add_table(rows=2, cols=2)
    for r, (name, value) in enumerate([("指標名", "目標値"), ("平均待ち時間", "１５分")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = name, value
    path = tmp_path / "waku.docx"
    doc.save(path)
    assert [line for line in document_lines(path) if line] == [
        "取組の方向性\t窓口の待ち時間を短くします。", "目標指標\t令和９年度の目標\n指標名 目標値\n平均待ち時間 １５分"]


def test_a_workbook_of_form_sheets_one_record_per_sheet(tmp_path):
    """取組個票 as Excel forms: a 目次 sheet whose table lists the items (none of them), one sheet per item whose
    number, title and departments sit beside their keys (「取組番号 | 1-1 | 取組名 | …」 is no two-row header), a text
    merged over three rows read once, a blank 備考 box beside a bold key (no heading), a copied sheet's name
    (「1-1 (2)」) heading nothing, a hidden sheet of lists not read, a number shown through its format (「千円」)."""
    from openpyxl.styles import Font

    book = Workbook()
    toc = book.active
    toc.title = "目次"
    toc.append(["目次"])
    toc["A1"].font = Font(bold=True)
    toc.append(["取組番号", "取組名", "担当課"])
    toc.append(["1-1", "窓口のオンライン化", "市民課"])
    toc.append(["1-2", "公用車の削減", "管財課"])
    for name, number, title, office, text in [("1-1", "1-1", "窓口のオンライン化", "市民課", "手続の２割がオンラインです。"),
                                              ("1-1 (2)", "1-2", "公用車の削減", "管財課", "公用車は４２台あります。")]:
        sheet = book.create_sheet(name)
        sheet.append(["取組番号", number, "取組名", title])
        sheet.append(["担当課", office, "関係課", "財政課"])
        sheet.append(["現状と課題", text])
        sheet.merge_cells("A3:A5")
        sheet.merge_cells("B3:D5")
        sheet.append([])
        sheet.append([])
        sheet.append(["備考"])
        sheet["A6"].font = Font(bold=True)
        sheet.merge_cells("B6:D6")
    book["1-1"]["E3"] = 211800  # a figure whose unit only its format prints
    book["1-1"]["E3"].number_format = '#,##0"千円"'
    lists = book.create_sheet("リスト")
    lists.append(["総務課"])
    lists.sheet_state = "hidden"
    path = tmp_path / "kohyo.xlsx"
    book.save(path)
    lines = [line for line in document_lines(path) if line]
    assert lines == ["# 目次", "## 目次", "取組番号\t取組名\t担当課", "1-1\t窓口のオンライン化\t市民課",
                     "1-2\t公用車の削減\t管財課",
                     "取組番号\t1-1\t取組名\t窓口のオンライン化\t", "担当課\t市民課\t関係課\t財政課\t",
                     "現状と課題\t手続の２割がオンラインです。\t\t\t211,800千円", "備考\t\t\t\t",
                     "取組番号\t1-2\t取組名\t公用車の削減", "担当課\t管財課\t関係課\t財政課",
                     "現状と課題\t公用車は４２台あります。\t\t", "備考\t\t\t"]
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    assert [(r.label, r.title, r.departments) for r in parsed.records if r.label[:1] == "1"] == [
        ("1-1", "窓口のオンライン化", ["市民課", "財政課"]), ("1-2", "公用車の削減", ["管財課", "財政課"])]


def test_word_table_cells_that_print_the_same_value_are_two_columns(tmp_path):
    """A result and its target of the same value are two cells; a cell merged across columns is one."""
    doc = Document()
    table = doc.add_table(rows=3, cols=5)
    for cell, text in zip(table.rows[0].cells, ["指標", "令和5年度", "令和6年度", "目標値（令和8年度）", "備考"],
                          strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["利用者の満足度（％）", "93.5", "95.0", "95.0", ""], strict=True):
        cell.text = text
    table.rows[2].cells[0].text = "開所日数（日）"
    table.rows[2].cells[1].merge(table.rows[2].cells[3]).text = "未集計"
    path = tmp_path / "sheet.docx"
    doc.save(str(path))
    assert document_lines(path)[-2:] == ["利用者の満足度（％）\t93.5\t95.0\t95.0\t", "開所日数（日）\t未集計\t"]
