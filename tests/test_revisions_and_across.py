"""Two table shapes read as what they print (round Y): a plan revision's version comparison table (新旧対照表), read
on its revised side, and a sheet whose items run across its columns, read one item per column."""

from __future__ import annotations

from docx import Document
from openpyxl import Workbook

from assistant.formats import document_lines
from assistant.ingest import detect_layout
from assistant.settings import IngestSettings
from assistant.structure.versions import revised_side, superseded_chars
from assistant.transposed import items_across
from assistant.types import DocumentKind, DocumentMeta


def _meta(name: str) -> DocumentMeta:
    return DocumentMeta(source_file=name, city="あさぎ野市", title="あさぎ野市行政改革大綱 改正案新旧対照表",
                        kind=DocumentKind.generic, fiscal_years=[2025], published="令和7年2月", page_source="")


def test_a_comparison_table_is_read_on_its_revised_side():
    lines = ["\f3", "改正案\t現行", "第２　推進項目\n２　電子申請の拡大\n電子申請の手続を２００件とします。\t第２　推進項目\n２　電子申請の拡大\n電子申請の手続を１００件とします。",
             "（削除）\t３　公用車の削減\n公用車を５台減らします。", "\f4", "改正案\t現行", "３　窓口の委託\n担当：市民課\t（新設）",
             "附則 この大綱は、令和７年４月１日から施行する。"]
    assert revised_side(lines) == ["\f3", "第２　推進項目", "２　電子申請の拡大", "電子申請の手続を２００件とします。", "\f4",
                                   "３　窓口の委託", "担当：市民課", "附則 この大綱は、令和７年４月１日から施行する。"]
    # the header, the text replaced, the deleted item and the 新設 mark: not the document's content
    assert superseded_chars(lines) == len("改正案現行") * 2 + len("第２推進項目２電子申請の拡大電子申請の手続を１００件とします。") \
        + len("（削除）３公用車の削減公用車を５台減らします。") + len("（新設）")
    # a table of two columns that are no versions is left alone
    assert revised_side(["取組名\t担当課", "電子申請\t市民課"]) == ["取組名\t担当課", "電子申請\t市民課"]


def test_a_word_comparison_table_gives_the_revised_units(tmp_path):
    """The units are the revised text's, numbered as an excerpt numbers them (only the sections revised: 「２」 under
    「第２章」 opens a unit), with the revised offices; the superseded side is in no record and costs no coverage."""
    doc = Document()
    table = doc.add_table(rows=4, cols=2)
    rows = [("改正案", "現行"),
            ("第２章　推進項目\n２　電子申請の拡大\n電子申請で受け付ける手続を２００件に増やします。\n担当：デジタル推進課",
             "第２章　推進項目\n２　電子申請の拡大\n電子申請で受け付ける手続を１００件に増やします。\n担当：情報管理課"),
            ("３　窓口業務の委託\n窓口の受付業務を民間事業者に委託します。\n担当：市民課", "（新設）"),
            ("（削除）", "３　公用車の削減\n公用車を５台減らします。\n担当：管財課")]
    for row, (new, old) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = new, old
    path = tmp_path / "asagino_taisho.docx"
    doc.save(str(path))
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    assert [(r.label, r.title, r.departments) for r in parsed.records] == [
        ("2", "電子申請の拡大", ["デジタル推進課"]), ("3", "窓口業務の委託", ["市民課"])]
    assert "１００件" not in parsed.records[0].text and "公用車" not in "".join(r.text for r in parsed.records)
    assert parsed.report.coverage >= 0.95 and parsed.report.superseded_chars > 0, parsed.report.text()


def test_items_across_columns_become_one_row_each():
    rows = [["改革の柱１　市民サービス", "", "", "", ""],
            ["No.", "No.", "1", "2", "3"],
            ["取組名", "取組名", "電子申請の拡大", "窓口の委託", "証明書のコンビニ交付"],
            ["所管課", "所管課", "デジタル推進課", "市民課", ""],
            ["成果指標", "目標値", "200件", "8窓口", "4種類"],
            ["※数値は令和7年3月末現在", "", "", "", ""]]
    spans = [[None] * 5 for _ in rows]
    spans[3][3] = spans[3][4] = "市民課"  # one 所管課 merged over two items
    assert items_across(rows, spans) == [
        ["改革の柱１　市民サービス", "", "", "", ""],
        ["No.", "取組名", "所管課", "成果指標 目標値"],
        ["1", "電子申請の拡大", "デジタル推進課", "200件"],
        ["2", "窓口の委託", "市民課", "8窓口"],
        ["3", "証明書のコンビニ交付", "市民課", "4種類"],
        ["※数値は令和7年3月末現在", "", "", "", ""]]
    # an item over two columns (its number in the first only) is one item, its two values on two lines
    assert items_across([["No.", "5", "", "6"], ["取組名", "収納率の向上", "", "使用料の見直し"],
                         ["指標", "現年分", "滞納分", "見直した項目数"]]) == [
        ["No.", "取組名", "指標"], ["5", "収納率の向上", "現年分\n滞納分"], ["6", "使用料の見直し", "見直した項目数"]]
    # a form's single 「No. | 1」 and a header row are no items across
    form = [["No.", "1"], ["取組名", "電子申請の拡大"]]
    assert items_across(form) == form


def test_a_workbook_with_items_across_columns_gives_a_record_per_item(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "柱1"
    for row in [["改革の柱１　市民サービスの向上"], ["No.", None, 1, 2, 3],
                ["取組名", None, "電子申請の拡大", "窓口業務の委託", "証明書のコンビニ交付"],
                ["所管課", None, "デジタル推進課", "市民課", None],
                ["関係課", None, "市民課", None, "デジタル推進課"],
                ["成果指標", "目標値（R8）", "200件", "8窓口", "4種類"],
                [None, "R6実績", "152件", "3窓口", "2種類"]]:
        sheet.append(row)
    sheet.merge_cells("A2:B2")
    sheet.merge_cells("A3:B3")
    sheet.merge_cells("A4:B4")
    sheet.merge_cells("A5:B5")
    sheet.merge_cells("A6:A7")
    sheet.merge_cells("D4:E4")  # 市民課 for items 2 and 3
    path = tmp_path / "asagino_hikaku.xlsx"
    book.save(str(path))
    parsed = detect_layout(document_lines(path), _meta(path.name), IngestSettings())
    items = [r for r in parsed.records if r.label.startswith("No.")]
    assert [(r.label, r.title, r.departments) for r in items] == [
        ("No.1", "電子申請の拡大", ["デジタル推進課", "市民課"]), ("No.2", "窓口業務の委託", ["市民課"]),
        ("No.3", "証明書のコンビニ交付", ["市民課", "デジタル推進課"])]
    assert items[2].fields["成果指標 R6実績"] == "2種類"
    assert parsed.report.coverage >= 0.95, parsed.report.text()


def test_a_pdf_pages_last_line_that_only_numbers_the_page_is_no_text():
    from assistant.structure.lines import read_lines

    lines = read_lines(["\f1", "取組１０ 事務事業の見直し", "（略）", "− 1 −", "\f2", "取組１１ 窓口の委託", "− 2 −"]).lines
    assert [line.text for line in lines] == ["取組１０ 事務事業の見直し", "（略）", "取組１１ 窓口の委託"]


def test_self_retrieval_asks_by_what_a_record_prints_not_by_its_placeholders():
    """An excerpt's 「（略）」 stands for text left out: a record's first sentence is the first one it prints, and a
    record that prints only placeholders is asked by its title alone."""
    from assistant.gate import first_sentence
    from assistant.types import Record

    def record(label: str, text: str) -> Record:
        return Record.create(_meta("asagino.pdf"), label=label, text=text, record_type="section", number=None,
                             title="", section="", departments=[], page=None)

    assert first_sentence(record("取組8", "【取組内容】（略）\n【目標】（略）\n担当課：市民課・行政経営課")) == "担当課：市民課・行政経営課"
    assert first_sentence(record("取組10", "（略）")) == ""
