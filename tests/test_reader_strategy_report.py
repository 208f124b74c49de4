"""Reader for the 未来戦略会議 中間報告書 layout (狛江市, corpus file 003: Group1 and Group2)."""

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
from assistant.readers import get_reader
from assistant.structure.pages import page_marker
from assistant.types import DocumentKind, Record, RecordType

read = get_reader(DocumentKind.strategy_report)  # with the city's OCR fixes, as the corpus loader reads

DOCUMENT = CORPUS / "003_352194a5035fd7a3.txt"
COPY_NAME = "903_strategy.txt"  # broken copies get a name of their own

GROUP1_LABELS = [
    "Group1 表紙",
    "Group1 1(1)①",
    "Group1 1(1)②",
    "Group1 1(2)",
    "Group1 1(3)",
    "Group1 1(4)",
    "Group1 2",
    "Group1 3",
    "Group1 3-1",
    "Group1 3-2",
    "Group1 3-3",
    "Group1 3-3①",
    "Group1 3-3②",
    "Group1 3-3③",
    "Group1 3-3④",
    "Group1 3-3⑤",
    "Group1 3-3⑥",
    "Group1 3-4",
    "Group1 4",
    "Group1 5",
]
GROUP2_LABELS = [
    "Group2 表紙",
    "Group2 1-1",
    "Group2 1-2",
    "Group2 1-3",
    "Group2 1-4",
    "Group2 1-5",
    "Group2 2",
    "Group2 3",
    "Group2 3-1",
    "Group2 3-2",
    "Group2 3-3",
    "Group2 4",
    "Group2 5-1",
    "Group2 5-2",
    "Group2 5-3",
    "Group2 6",
]


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return load_document(DOCUMENT)[1]


@pytest.fixture(scope="module")
def by_label(records: list[Record]) -> dict[str, Record]:
    return {r.label: r for r in records}


def test_labels_and_counts_per_group(records: list[Record]) -> None:
    labels = [r.label for r in records]
    assert labels == GROUP1_LABELS + GROUP2_LABELS
    assert sum(label.startswith("Group1 ") for label in labels) == 20
    assert sum(label.startswith("Group2 ") for label in labels) == 16
    assert all(r.record_type == RecordType.section for r in records)


def test_group1_3_3_6(by_label: dict[str, Record]) -> None:
    record = by_label["Group1 3-3⑥"]
    assert record.title == "「次はこまえ、次もこまえ」プロジェクト"
    assert record.number == 6
    assert record.section == "Group1 中間報告書 > 3. 戦略 > 3-3. 施策の展開 > 《(2) 定住施策》"
    assert record.departments == ["政策室", "市民課"]
    assert record.page is None
    assert record.text.startswith("◆市内転居の推進\n")
    assert "市内転居に対して助成金を交付" in record.text


def test_group1_nested_numbering(by_label: dict[str, Record]) -> None:
    record = by_label["Group1 1(1)①"]
    assert record.title == "総人口の推移"
    assert record.section == "Group1 中間報告書 > 1. 現状分析 > (1) 狛江市の人口"
    assert record.departments == []
    assert by_label["Group1 3-3①"].departments == ["安心安全課", "道路交通課"]
    assert by_label["Group1 3-3①"].section.endswith("> 《(1) 移住施策》")
    # chapter 4 and 5 of Group1 are printed without '#' marks
    assert by_label["Group1 4"].title == "今後の課題"
    assert by_label["Group1 5"].title == "メンバー一覧"


def test_group2_3_3(by_label: dict[str, Record]) -> None:
    record = by_label["Group2 3-3"]
    assert record.title == "今後の予算の提案"
    assert record.section == "Group2 中間報告書 > 3. 戦略"
    assert "あいとびあセンターへのインターネット回線整備" in record.text
    assert "【予算規模】" in record.text  # unnumbered sub-heading stays in its section
    assert "820,204 円" in record.text


def test_repeated_circled_numbers_are_folded_into_their_parent(by_label: dict[str, Record]) -> None:
    record = by_label["Group1 3-1"]
    assert not any(label.startswith("Group1 3-1①") for label in by_label)
    for part in (
        "〔ヒアリング〕",
        "〔視察〕",
        "① 「移住施策」：不動産会社",
        "TOKYO テレワーク・モデルオフィス府中",
    ):
        assert part in record.text


def test_cover_records(by_label: dict[str, Record]) -> None:
    assert "地域づくり（新型コロナウイルス感染症" in by_label["Group1 表紙"].text
    cover2 = by_label["Group2 表紙"]
    assert cover2.title == "令和2年度未来戦略会議 Group2 中間報告書"
    assert "検討事項：新たな日常を踏まえた新しい行政サービスに関する施策等" in cover2.text
    assert cover2.text.startswith(
        "令和2年12月23日"
    )  # the cover date belongs to Group2, not Group1's last section


def test_footnotes_follow_their_reference(by_label: dict[str, Record]) -> None:
    assert "調布警察署の資料※3によると" in by_label["Group1 3-4"].text
    assert by_label["Group1 3-4"].text.endswith("※3 2019年 狛江市内 地区別・犯罪被害発生状況")
    members = by_label["Group1 5"].text
    assert "犯罪被害" not in members and "庁議資料" not in members
    assert "原島文雄先生※2" in by_label["Group1 2"].text


def test_texts_are_clean(records: list[Record]) -> None:
    headers = {r.label: r for r in records}
    assert_no_html(records)
    for r in records:
        assert r.text
        assert "**" not in r.text and "##" not in r.text, r.label
        assert not re.search(r"^-{2,}|^- ", r.text, re.M), r.label
        assert "中間報告書" not in r.text, r.label  # no group heading inside a record
    # the HTML paragraphs of Group2 3-1 are text, not chapter headings
    assert headers["Group2 3-1"].text.startswith("1. 行政手続きの電子化の推進\n")


def test_labels_unique_and_ids_stable() -> None:
    assert_unique_labels_and_stable_ids(DOCUMENT)


def test_missing_group_heading_raises(tmp_path: Path) -> None:
    text = re.sub(r"Group\d", "班", DOCUMENT.read_text(encoding="utf-8"))
    assert_format_error_names_file(copy_document(tmp_path, DOCUMENT, text, COPY_NAME))


def test_group_without_numbered_sections_raises_with_line(tmp_path: Path) -> None:
    copy = copy_document(tmp_path, DOCUMENT, "Group1 中間報告書\n\n本文のみ。\n", COPY_NAME)
    assert format_error(copy).line == 1


def test_later_document_same_layout() -> None:
    """Another group number, other '#' depths, plain N-M and N. headings, page markers."""
    lines = [
        page_marker(7),
        "令和3年度未来戦略会議 Group3 中間報告書",
        "検討事項：公共施設",
        "## 3. 戦略",
        "本章では施策を示す。施策は二つある。",
        "3-3 施策の展開",  # plain sub-section line inside chapter 3
        "##### ① 統合 【施設課・教育総務課】",
        "学校の統合を進め、空いた校舎を活用する。",
        "4. 今後の課題",  # plain line, the next chapter number
        "財源の確保が課題である。",
        "6. 付録",  # plain line, not the next chapter number: body text
    ]
    records = {r.label: r for r in read(lines, renamed_meta(DOCUMENT))}
    assert list(records) == ["Group3 表紙", "Group3 3", "Group3 3-3①", "Group3 4"]
    leaf = records["Group3 3-3①"]
    assert leaf.title == "統合"
    assert leaf.departments == ["施設課", "教育総務課"]
    assert leaf.section == "Group3 中間報告書 > 3. 戦略 > 3-3 施策の展開"
    assert leaf.page == 7
    assert records["Group3 4"].text == "財源の確保が課題である。\n6. 付録"


def test_short_leaf_is_folded_into_parent_and_pages_come_from_markers() -> None:
    lines = [
        page_marker(5),
        "Group1 中間報告書",
        "# 1. 現状",
        "## (1) 施設の数",
        "施設は減っている。これは市の資料による。",
        "### ① 学校",
        "図1",
        page_marker(6),
        "### ② 図書館",
        "図書館は2館あり、いずれも築40年を超えている。",
    ]
    records = {r.label: r for r in read(lines, renamed_meta(DOCUMENT))}
    assert list(records) == ["Group1 1(1)", "Group1 1(1)②"]
    assert records["Group1 1(1)"].text == "施設は減っている。これは市の資料による。\n① 学校\n図1"
    assert records["Group1 1(1)"].page == 5
    assert records["Group1 1(1)②"].page == 6
