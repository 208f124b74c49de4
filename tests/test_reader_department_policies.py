"""Reader for the 部の方針 layout (狛江市 令和4年度 部の方針（案）, corpus file 001)."""

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

read = get_reader(DocumentKind.department_policies)  # with the city's OCR fixes, as the corpus loader reads

DOCUMENT = CORPUS / "001_d49a127c9747c6b0.txt"
COPY_NAME = "901_policies.txt"  # broken copies get a name of their own
DEPARTMENTS = [
    "企画財政部",
    "総務部",
    "市民生活部",
    "福祉保健部",
    "子ども家庭部",
    "環境部",
    "都市建設部",
    "教育部",
    "議会事務局",
]
# Policy headings per department, counted in the file (non-bullet lines under each 「…の方針」).
PER_DEPARTMENT = {
    "企画財政部": 5,
    "総務部": 5,
    "市民生活部": 5,
    "福祉保健部": 5,
    "子ども家庭部": 5,
    "環境部": 6,
    "都市建設部": 4,
    "教育部": 4,
    "議会事務局": 3,
}


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return load_document(DOCUMENT)[1]


@pytest.fixture(scope="module")
def by_label(records: list[Record]) -> dict[str, Record]:
    return {r.label: r for r in records}


def test_record_count_is_the_number_of_policy_headings(records: list[Record]) -> None:
    assert len(records) == 42 == sum(PER_DEPARTMENT.values())
    assert all(r.record_type == RecordType.policy for r in records)


def test_nine_departments_in_document_order(records: list[Record]) -> None:
    order = list(dict.fromkeys(r.departments[0] for r in records))
    assert order == DEPARTMENTS
    for dept, count in PER_DEPARTMENT.items():
        numbers = [r.number for r in records if r.departments == [dept]]
        assert numbers == list(range(1, count + 1)), dept


def test_dx_strategy_policy(by_label: dict[str, Record]) -> None:
    record = by_label["企画財政部「狛江市DX戦略の推進」"]
    assert record.title == "狛江市DX戦略の推進"
    assert record.number == 2
    assert record.section == "企画財政部の方針"
    assert record.departments == ["企画財政部"]
    assert record.page is None
    assert record.fiscal_years == [2022]
    assert record.fiscal_year == "令和4年度"
    lines = record.text.splitlines()
    assert len(lines) == 3
    assert (
        lines[2]
        == "▽ 文書管理システムに電子決裁機能を導入し、効率的な行政運営を図るとともに、ペーパーレスの取組を推進します。"
    )
    assert all(line.startswith("▽ ") for line in lines)


def test_same_heading_in_two_departments_gets_two_labels(by_label: dict[str, Record]) -> None:
    assert by_label["子ども家庭部「狛江市DX戦略の推進」"].number == 5
    assert by_label["議会事務局「議会運営にICTを活用します」"].section == "議会事務局の方針"


def test_city_ocr_fixed_in_title_and_text(by_label: dict[str, Record], records: list[Record]) -> None:
    assert not any(re.search("[泊粕柏]江", r.text + r.title + r.label) for r in records)
    record = by_label[
        "福祉保健部「みらい：狛江らしい地域包括ケアシステムの深化と地域共生社会の実現に向けて」"
    ]
    assert (
        "狛江市第4次地域福祉計画"
        in by_label["福祉保健部「くらし：地域とのつながりを深め、いきいきと暮らせるまちへ」"].text
    )
    assert record.number == 5


def test_texts_are_clean(records: list[Record]) -> None:
    assert_no_html(records)
    for r in records:
        assert "- ▽" not in r.text and "**" not in r.text and "##" not in r.text
        assert "方針」" not in r.text  # no department heading inside a record
        assert r.text.splitlines()[0][0] in "▽・"


def test_labels_unique_and_ids_stable() -> None:
    assert_unique_labels_and_stable_ids(DOCUMENT)


def test_missing_department_heading_raises(tmp_path: Path) -> None:
    text = re.sub(r"「(.+?)の方針」", r"\1", DOCUMENT.read_text(encoding="utf-8"))
    assert_format_error_names_file(copy_document(tmp_path, DOCUMENT, text, COPY_NAME))


def test_bullet_before_any_heading_raises_with_line(tmp_path: Path) -> None:
    text = "\n令和5年度「総務部の方針」（案）\n\n- ▽ 見出しのない項目です。\n"
    assert format_error(copy_document(tmp_path, DOCUMENT, text, COPY_NAME)).line == 4


def test_later_document_same_layout() -> None:
    """Page markers, wrapped lines, ・ bullets, no （案）, a year other than the metadata's."""
    lines = [
        page_marker(3),
        "令和5年度「環境部の方針」",
        "",
        "ゼロカーボンの",
        "推進",
        "",
        "- ▽ 再エネ電力の導入を",
        "進めます。",
        "・粕江市の緑を守ります。",
        page_marker(4),
        "ごみの減量",
        "- ▽ 分別を徹底します。",
    ]
    records = read(lines, renamed_meta(DOCUMENT))
    assert [r.label for r in records] == ["環境部「ゼロカーボンの推進」", "環境部「ごみの減量」"]
    assert records[0].text == "▽ 再エネ電力の導入を進めます。\n・狛江市の緑を守ります。"
    assert [r.page for r in records] == [3, 4]
    assert records[0].fiscal_years == [2023]
