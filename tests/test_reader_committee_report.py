"""Reader for the 部会検討結果報告書 layout (府中市 第3回 行財政運営部会, corpus file 004)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reader_helpers import (
    CORPUS,
    assert_format_error_names_file,
    assert_no_html,
    assert_unique_labels_and_stable_ids,
    copy_document,
    format_error,
    renamed_meta,
)

from assistant.corpus import load_document
from assistant.readers import DocumentFormatError, get_reader
from assistant.structure.pages import page_marker
from assistant.text_clean import has_html
from assistant.types import DocumentKind, Record, RecordType

read = get_reader(DocumentKind.committee_report)  # with the city's OCR fixes, as the corpus loader reads

DOCUMENT = CORPUS / "004_ac35853668981a4b.txt"
COPY_NAME = "904_committee.txt"  # broken copies get a name of their own

LABELS = [
    "グループ① 会議録",
    "グループ② 会議録",
    "見直し論点シート 5-2 グループ①",
    "見直し論点シート 5-3 グループ①",
    "見直し論点シート 5-2 グループ②",
    "見直し論点シート 5-3 グループ②",
]
SHEET_FIELDS = [
    "主担当部",
    "主担当課",
    "関係課",
    "ア. 第6次総合計画後期基本計画の進捗状況",
    "イ. 主な取組と成果",
    "イ. 残された課題",
    "ウ. 今後、予想される新たなニーズ・課題",
    "エ. 次期総合計画策定に向けた見直しの論点",
    "オ. 協働の実践に向けて",
    "カ. めざすまちの姿",
]


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return load_document(DOCUMENT)[1]


@pytest.fixture(scope="module")
def by_label(records: list[Record]) -> dict[str, Record]:
    return {r.label: r for r in records}


def test_records_and_types(records: list[Record]) -> None:
    assert [r.label for r in records] == LABELS
    assert [r.record_type for r in records] == [RecordType.meeting_summary] * 2 + [
        RecordType.review_sheet
    ] * 4


def test_meeting_summaries(by_label: dict[str, Record]) -> None:
    first = by_label["グループ① 会議録"]
    assert first.fields["記録者"] == "山本宏太、上野紘美"
    assert first.fields["場所"] == "市役所北庁舎3階第1～3会議室"
    assert first.fields["開催日時"] == "令和2年9月19日（土）午前10時00分～12時00分"
    assert first.fields["出席者"] == "鹿野 恭佑、小西 信生、上野 紘美、山本 宏太（4名）"
    assert first.fields["内容"] == "別紙：見直し論点シートのとおり"
    assert (
        "・PDCAサイクルは外部機関・第三者機関のチェックができているのか。" in first.text
    )  # wrap space removed
    assert first.section == "第3回 部会検討結果報告書（行財政運営部会） > グループ①"
    assert first.fiscal_years == [2020]
    assert first.departments == [] and first.number is None and first.page is None

    second = by_label["グループ② 会議録"]
    assert (
        second.fields["出席者"] == "瀬戸 慎也、隆 宗男、二階堂 麻美、大石 直美（4名）"
    )  # (4名) on its own row
    assert "「府中基地跡地」が唐突に出てくる" in second.fields["その他"]
    assert "グループ①" not in second.text


def test_review_sheet_5_2_group1(by_label: dict[str, Record]) -> None:
    sheet = by_label["見直し論点シート 5-2 グループ①"]
    assert sheet.number is None
    assert sheet.title == "経営的な視点に立った市政運営"
    assert sheet.section == "基本施策5-2 経営的な視点に立った市政運営"
    assert sheet.departments == ["政策総務部", "政策課", "建築施設課", "職員課"]
    assert list(sheet.fields) == SHEET_FIELDS  # 見直しの理由 is empty on this sheet
    progress = sheet.fields["ア. 第6次総合計画後期基本計画の進捗状況"]
    assert progress.splitlines()[0].startswith(
        "基本施策全体の進捗状況：やや遅れているが、概ね順調／平均値：2.3"
    )
    assert "施策名：長期的視点に立った公共資産の維持・活用／進捗状況：3：目標達成に向けて順調" in progress
    assert sheet.fields["イ. 残された課題"].startswith("【計画の着実な推進に向けたPDCAサイクルの充実】\n")
    # the second page of the sheet (ウ, カ) is merged in, parts in ア…カ order
    assert sheet.fields["ウ. 今後、予想される新たなニーズ・課題"].startswith("・新たなニーズに対応するため")
    order = [sheet.text.index(f"{letter}. ") for letter in "アイウエオカ"]
    assert order == sorted(order)


def test_review_sheet_5_3_departments_and_group2_reason(by_label: dict[str, Record]) -> None:
    sheet = by_label["見直し論点シート 5-3 グループ②"]
    assert sheet.departments == ["政策総務部", "政策課", "情報管理課", "法制文書課", "総合窓口課"]
    assert sheet.section == "基本施策5-3 継続的かつ安定的な市政運営"
    assert "カ. 見直しの理由" not in sheet.fields  # printed as a bare ・・
    reason = by_label["見直し論点シート 5-2 グループ②"].fields["カ. 見直しの理由"]
    assert "「高く」という言葉を追記" in reason
    # グループ② wrote its own 見直しの論点 (differs from グループ①)
    assert (
        "市役所に来庁しなくても手続き可能なシステムを整備する。"
        in sheet.fields["エ. 次期総合計画策定に向けた見直しの論点"]
    )
    assert "【情報通信技術の活用】" in sheet.fields["エ. 次期総合計画策定に向けた見直しの論点"].splitlines()


def test_texts_are_clean(records: list[Record]) -> None:
    assert_no_html(records)
    for r in records:
        assert "**" not in r.text and "##" not in r.text and "--" not in r.text, r.label
        assert not re.search(r"^- ", r.text, re.M), r.label
        assert "ver 情報" not in r.text, r.label  # no sheet header inside a record
        assert not any(line.startswith(("番号", "基本施策名 ")) for line in r.text.splitlines()), r.label
        assert not any(line == "見直し論点シート" for line in r.text.splitlines()), r.label
        for value in r.fields.values():
            assert value and not has_html(value)


def test_labels_unique_and_ids_stable() -> None:
    assert_unique_labels_and_stable_ids(DOCUMENT)


def test_missing_sheets_raise(tmp_path: Path) -> None:
    text = DOCUMENT.read_text(encoding="utf-8").replace("見直し論点シート\n", "資料\n")
    assert_format_error_names_file(copy_document(tmp_path, DOCUMENT, text, COPY_NAME))


def test_missing_groups_raise(tmp_path: Path) -> None:
    text = re.sub(r"グループ[①②]", "", DOCUMENT.read_text(encoding="utf-8"))
    copy = copy_document(tmp_path, DOCUMENT, text, COPY_NAME)
    assert format_error(copy).source_file == copy.name


def test_sheet_without_number_table_raises_with_line() -> None:
    lines = ["報告書", "グループ①", "記録者\t山田", "見直し論点シート", "ア. 進捗状況", "順調"]
    with pytest.raises(DocumentFormatError) as err:
        read(lines, renamed_meta(DOCUMENT))
    assert err.value.line == 4


def test_later_document_same_layout() -> None:
    """A sheet continued on a second page, another 基本施策, page markers, a second group."""
    lines = [
        page_marker(1),
        "第4回 部会検討結果報告書（福祉部会）",
        "グループ③",
        "記録者\t田中 一郎\t場所\t会議室",
        "開催日時\t令和3年10月2日（土）",
        page_marker(2),
        "見直し論点シート",
        "番号\t基本施策名\t主担当部\t主担当課\t関係課\tver 情報",
        "2-1\t地域福祉の推進\t福祉保健部\t地域福祉推進課\t高齢者支援課、障害者福祉課\tグループ③",
        "ア. 進捗状況",
        "基本施策全体の進捗状況\t平均値\t施策名\t進捗状況",
        "順調\t3.0\t見守りの充実\t3：目標達成に向けて順調",
        "エ. 見直しの論点",
        "<p>【見守りの充実】</p> <ul> 担い手を確保する。 ICTを活用する。",
        page_marker(3),
        "見直し論点シート",
        "番号\t基本施策名\t主担当部\t主担当課\t関係課",
        "2-1\t地域福祉の推進\t福祉保健部\t地域福祉推進課\t高齢者支援課、障害者福祉課",
        "ver 情報",
        "ウ. 新たなニーズ",
        "- ・ 単身高齢者の増加",
    ]
    records = read(lines, renamed_meta(DOCUMENT))
    assert [r.label for r in records] == ["グループ③ 会議録", "見直し論点シート 2-1 グループ③"]
    meeting, sheet = records
    assert meeting.fiscal_years == [2021] and meeting.page == 1
    assert sheet.page == 2
    assert sheet.departments == ["福祉保健部", "地域福祉推進課", "高齢者支援課", "障害者福祉課"]
    assert list(sheet.fields)[3:] == ["ア. 進捗状況", "ウ. 新たなニーズ", "エ. 見直しの論点"]
    assert sheet.fields["エ. 見直しの論点"] == "【見守りの充実】\n担い手を確保する。\nICTを活用する。"
    assert sheet.fields["ウ. 新たなニーズ"] == "・ 単身高齢者の増加"
