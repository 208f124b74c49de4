"""Reader for the 経営方針推進プログラム draft layout (小平市, corpus file 002)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from reader_helpers import CORPUS, copy_document, format_error

from assistant.corpus import load_document, read_lines, read_meta
from assistant.readers import get_reader
from assistant.structure.pages import page_marker
from assistant.text_clean import has_html
from assistant.types import DocumentKind, Record, RecordType

read = get_reader(DocumentKind.program_draft)  # with the city's OCR fixes, as the corpus loader reads

DOCUMENT = CORPUS / "002_b30adf6a2737dba3.txt"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘"
# A program header as printed: 実施プログラム / 検討プロ グラム followed by a number.
HEADER = re.compile(r"(実施|検討)\s*プ\s*ロ\s*グ\s*ラ\s*ム\s*[\u2460-\u2473\u3251-\u325f(（]")
SIBLING_READERS = ("progress_report", "department_policies", "strategy_report", "committee_report")


def _read(document: Path) -> list[Record]:
    """The records of one document through this reader only."""
    return read(read_lines(document), read_meta(document))


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return _read(DOCUMENT)


@pytest.fixture(scope="module")
def programs(records: list[Record]) -> dict[int, Record]:
    return {r.number: r for r in records if r.record_type == RecordType.program}


@pytest.fixture(scope="module")
def sections(records: list[Record]) -> dict[str, Record]:
    return {r.label: r for r in records if r.record_type == RecordType.section}


def _copy(tmp_path: Path, edit) -> Path:
    """The document and its metadata copied to ``tmp_path``, the text passed through ``edit``."""
    return copy_document(tmp_path, DOCUMENT, edit(DOCUMENT.read_text(encoding="utf-8")))


# --------------------------------------------------------------------------- programs


def test_every_program_number_once(records: list[Record]) -> None:
    numbers = sorted(r.number for r in records if r.record_type == RecordType.program)
    assert numbers == list(range(1, 29))


def test_twenty_implementation_and_eight_study_programs(programs: dict[int, Record]) -> None:
    kinds = [r.label.rstrip(CIRCLED) for r in programs.values()]
    assert kinds.count("実施プログラム") == 20
    assert kinds.count("検討プログラム") == 8
    for number, record in programs.items():
        kind = "実施プログラム" if number <= 20 else "検討プログラム"
        assert record.label == f"{kind}{CIRCLED[number - 1]}"


@pytest.mark.parametrize(
    ("number", "label", "title"),
    [
        (2, "実施プログラム②", "公文書管理の適正化の推進及び歴史公文書の保存と利用環境の整備"),
        (11, "実施プログラム⑪", "庁内会議の合理化"),
        (12, "実施プログラム⑫", "文書の電子化・ペーパーレス化"),
        (13, "実施プログラム⑬", "DXの推進(システムの標準化・共同化の推進)"),
        (18, "実施プログラム⑱", "研修・人材育成策の充実"),
        (19, "実施プログラム⑲", "働き方改革の推進(仕事と家庭の両立)"),
        (20, "実施プログラム⑳", "働き方改革の推進・DXの推進(テレワーク体制の整備)"),
        (24, "検討プログラム㉔", "自治体DXによるスマート自治体への転換"),
        (26, "検討プログラム㉖", "自治体間連携の更なる推進"),
        (28, "検討プログラム㉘", "職制の見直し"),
    ],
)
def test_label_and_title(programs: dict[int, Record], number: int, label: str, title: str) -> None:
    assert (programs[number].label, programs[number].title) == (label, title)


def test_misprinted_numbers_are_resolved_by_name(programs: dict[int, Record]) -> None:
    # Printed ⑯, ⑰ and ㉚ in the extraction; the 体系 table names say ⑱, ⑲, ⑳.
    for number in (18, 19, 20):
        assert "number_misprint" in programs[number].flags
    assert programs[16].title == "組織整備及び職員定数の適正管理"
    assert programs[17].title == "職員提案制度の見直し"
    assert "number_misprint" not in programs[16].flags


def test_departments(programs: dict[int, Record]) -> None:
    assert programs[1].departments == ["政策課", "全課"]
    assert programs[1].fields["担当課"] == "政策課"
    assert programs[1].fields["関係課"] == "全課"
    # 担当課 and 関係課 on two header lines.
    assert programs[2].departments == ["総務課", "全課"]
    assert programs[3].departments == ["市民協働・男女参画推進課", "全課"]
    # Only the 担当課 label is printed but two names follow: the second is the 関係課.
    assert programs[20].departments == ["職員課", "全課"]
    assert programs[20].fields["関係課"] == "全課"
    assert programs[25].departments == ["行政経営課"]
    assert "関係課" not in programs[25].fields
    assert programs[21].departments == []


def test_sections_of_programs(programs: dict[int, Record]) -> None:
    assert programs[12].section == "方向性3 運営・業務執行体制の効率化"
    assert programs[1].section == "方向性1 地域資源によるサービスの実現"
    # The block heading misprints 財政運営 as 財産運営; the 体系 table's name is used.
    assert programs[7].section == "方向性2 将来に向けた財政運営・財産活用"
    assert programs[20].section == "方向性4 職員と職場の活性化"
    assert programs[23].section == "方向性1 地域資源によるサービスの実現"
    assert programs[28].section == "方向性4 職員と職場の活性化"


def test_side_by_side_columns_are_split(programs: dict[int, Record]) -> None:
    fields = programs[12].fields
    issue = "いまだ大量の紙文書が発生しており"
    direction = "電子決裁の対象範囲を拡大します"
    assert issue in fields["現状や課題"] and issue not in fields["取組の方向性"]
    assert direction in fields["取組の方向性"] and direction not in fields["現状や課題"]
    assert "電子決裁率 90%以上" in fields["取組の方向性"]
    text = programs[12].text
    assert text.index("現状や課題など: ") < text.index("取組の方向性: ") < text.index("スケジュール: ")
    # 検討プログラム: printed headings in the text, the same field names as 実施プログラム.
    assert programs[27].text.startswith("現状と課題: ")
    assert "検討の方向性: " in programs[27].text
    assert "内部統制" in programs[27].fields["現状や課題"]
    assert "リスク管理" in programs[27].fields["取組の方向性"]


def test_schedule_rows(programs: dict[int, Record]) -> None:
    assert programs[1].fields["スケジュール"].splitlines() == [
        "・より広く多様な意見の収集 — 令和4年度: 実施",
        "・試行的に取り組んでいる市民参加手法の成果と課題の整理 — 令和4年度: 実施",
    ]
    assert "スケジュール: ・より広く多様な意見の収集 — 令和4年度: 実施" in programs[1].text
    assert (
        "・歴史公文書の図書館への移管 — 令和3年度: 準備 / 令和4年度: 5年を目途に移管"
        in programs[2].fields["スケジュール"]
    )
    # Five items in one cell, year cells that do not line up: kept, flagged, no values lost.
    schedule = programs[7].fields["スケジュール"]
    assert "schedule_unaligned" in programs[7].flags
    assert "・駐車場の利用者負担の検討・実施(行政経営課)" in schedule.splitlines()
    assert "令和4年度: 検討・公表 / 検討 / 検討 / 検討 / 考え方整理" in schedule.splitlines()
    # Blocks whose schedule table is empty in the extraction.
    for number in (4, 5, 8, 9, 14, 15):
        assert "スケジュール" not in programs[number].fields
        assert "no_schedule" in programs[number].flags
    assert all("スケジュール" not in programs[n].fields for n in range(21, 29))


def test_program_pages_and_years(programs: dict[int, Record]) -> None:
    for record in programs.values():
        assert record.page is None  # not stated for programs; no PDF markers in a .txt
        assert record.fiscal_years == [2021, 2022, 2023, 2024]


# --------------------------------------------------------------------------- sections


@pytest.mark.parametrize(
    ("label", "title", "page"),
    [
        ("第1章1(1)", "自治体と経営", 1),
        ("第1章1(2)", "これからの自治体経営と行財政改革", 2),
        ("第1章1(3)", "推進プログラムの計画期間", 4),
        ("第1章2", "推進体制", 4),
        ("第2章1", "第1期の取組の概要", 5),
        ("第2章2", "推進プログラムの体系", 6),
    ],
)
def test_chapter_sections_with_toc_pages(
    sections: dict[str, Record], label: str, title: str, page: int
) -> None:
    assert (sections[label].title, sections[label].page) == (title, page)


def test_section_bodies(sections: dict[str, Record]) -> None:
    assert set(sections) == {"第1章1(1)", "第1章1(2)", "第1章1(3)", "第1章2", "第2章1", "第2章2"}
    assert sections["第1章1(1)"].section == "第1章 経営方針推進プログラムについて > 1 プログラム策定の趣旨"
    assert sections["第1章2"].section == "第1章 経営方針推進プログラムについて"
    assert "令和3年度から令和6年度までの4年間" in sections["第1章1(3)"].text
    overview = sections["第2章1"].text
    for direction in ("方向性1 地域資源によるサービスの実現", "方向性4 職員と職場の活性化"):
        assert direction in overview
    system = sections["第2章2"].text
    assert "⑫ 文書の電子化・ペーパーレス化" in system
    assert "8項目のプログラムです" in system  # the ◇◆検討プログラム◆◇ note


# --------------------------------------------------------------------------- all records


def test_labels_unique(records: list[Record]) -> None:
    labels = [r.label for r in records]
    assert len(labels) == len(set(labels)) == 34


def test_ids_stable_across_loads(records: list[Record]) -> None:
    assert [r.id for r in _read(DOCUMENT)] == [r.id for r in records]


def test_texts_are_clean(records: list[Record]) -> None:
    for record in records:
        for text in (record.text, record.title, *record.fields.values()):
            assert not has_html(text), record.label
            assert "**" not in text and not re.search(r"^#+ ", text, re.M), record.label
            assert "\t" not in text and "  " not in text, record.label
        assert record.text.strip() and record.title


def test_no_program_header_inside_a_text(records: list[Record], programs: dict[int, Record]) -> None:
    for record in records:
        assert not HEADER.search(record.text), record.label
        assert "担当課" not in record.text and "▼" not in record.text, record.label
        assert "記載例" not in record.text, record.label
    for number, record in programs.items():
        for other, other_record in programs.items():
            if other != number:
                assert other_record.label not in record.text


def test_load_document_when_all_readers_exist() -> None:
    if any(importlib.util.find_spec(f"assistant.readers.{name}") is None for name in SIBLING_READERS):
        pytest.skip("the other layout readers are not written yet")
    meta, loaded = load_document(DOCUMENT)
    assert [r.id for r in loaded] == [r.id for r in _read(DOCUMENT)]
    assert meta.city == "小平市"


# --------------------------------------------------------------------------- variants


def test_missing_system_table_raises(tmp_path: Path) -> None:
    def drop_table(text: str) -> str:
        lines = text.splitlines()
        start = lines.index("実施プログラム\t\t")
        end = next(i for i, line in enumerate(lines) if line.startswith("各プログラムは相互に関連"))
        return "\n".join(lines[:start] + lines[end:])

    error = format_error(_copy(tmp_path, drop_table), load=_read)
    assert error.source_file == DOCUMENT.name
    assert error.line is not None
    assert "体系" in str(error)


def test_wrong_printed_number_yields_true_number(tmp_path: Path) -> None:
    document = _copy(
        tmp_path, lambda t: t.replace("実施プログラム\t⑫\t文書の電子化", "実施プログラム\t⑭\t文書の電子化")
    )
    programs = {r.number: r for r in _read(document) if r.record_type == RecordType.program}
    assert sorted(programs) == list(range(1, 29))
    assert programs[12].title == "文書の電子化・ペーパーレス化"
    assert "number_misprint" in programs[12].flags
    assert "紙文書" in programs[12].fields["現状や課題"]
    assert "オンライン申請" in programs[14].fields["取組の方向性"]


def test_unknown_name_with_sequential_number_is_accepted(tmp_path: Path) -> None:
    block = "実施プログラム\t⑫\t文書の電子化・ペーパーレス化"
    document = _copy(tmp_path, lambda t: t.replace(block, "実施プログラム\t⑫\t書類の取扱い"))
    programs = {r.number: r for r in _read(document) if r.record_type == RecordType.program}
    assert programs[12].title == "文書の電子化・ペーパーレス化"  # the 体系 table's name
    assert "紙文書" in programs[12].text


def test_unresolvable_block_raises_with_its_line(tmp_path: Path) -> None:
    original = "実施プログラム\t⑫\t文書の電子化・ペーパーレス化"
    document = _copy(tmp_path, lambda t: t.replace(original, "実施プログラム\t㉚\t書類の取扱い"))
    line = (
        DOCUMENT.read_text(encoding="utf-8").splitlines().index(original + "\t担当課 関係課\t総務課 全課") + 1
    )
    error = format_error(document, load=_read)
    assert (error.source_file, error.line) == (DOCUMENT.name, line)


def test_pdf_page_markers_give_program_pages() -> None:
    lines = read_lines(DOCUMENT)
    at = next(i for i, line in enumerate(lines) if line.startswith("実施プログラム\t⑫"))
    marked = [page_marker(1), *lines[:at], page_marker(14), *lines[at:]]
    records = {r.label: r for r in read(marked, read_meta(DOCUMENT))}
    assert records["実施プログラム⑫"].page == 14
    assert records["実施プログラム⑪"].page == 1
    assert records["第1章2"].page == 4  # the 目次 page wins over the marker
    assert [r.text for r in records.values()] == [r.text for r in _read(DOCUMENT)]
