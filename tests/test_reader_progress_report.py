"""The 進捗状況報告書 reader on the real 狛江市 report (corpus 000) and on broken copies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reader_helpers import (
    CORPUS,
    assert_format_error_names_file,
    assert_no_html,
    copy_document,
    format_error,
)

from assistant.corpus import load_document
from assistant.text_clean import has_html
from assistant.types import RecordType

DOCUMENT = CORPUS / "000_3dacb80f56827af3.txt"
SECTION_08 = "施策1 質の高い行政運営の推進 > 方向性2 事務の簡素化・効率化 > 基本事業2 デジタル化の推進"


@pytest.fixture(scope="module")
def records():
    _, records = load_document(DOCUMENT)
    return records


@pytest.fixture(scope="module")
def items(records):
    return {r.label: r for r in records if r.record_type == RecordType.action_item}


@pytest.fixture(scope="module")
def indicators(records):
    return {r.label: r for r in records if r.record_type == RecordType.indicator}


def toc_entries() -> dict[int, tuple[str, int]]:
    """The 取組項目一覧 read independently: number -> (title, page)."""
    pattern = re.compile(r"^\s*取組項目\s+(\d{2})\s+(.+?)\s+P\.(\d+)\s*$")
    found = {}
    for line in DOCUMENT.read_text(encoding="utf-8").splitlines():
        match = pattern.match(line)
        if match:
            found[int(match.group(1))] = (match.group(2).strip(), int(match.group(3)))
    return found


def test_counts_and_labels(records, items, indicators):
    assert len([r for r in records if "outside_profile" not in r.flags]) == 72
    assert sorted(items) == [f"取組項目{n:02d}" for n in range(1, 66)]
    assert [r.number for r in records if r.record_type == RecordType.action_item] == list(range(1, 66))
    assert sorted(indicators) == [f"指標No.{n}" for n in range(1, 8)]
    assert len({r.label for r in records}) == len(records)
    assert all(r.fiscal_years == [2021] for r in records)


def test_every_page_and_title_match_the_toc(items):
    toc = toc_entries()
    assert len(toc) == 65
    for number, (title, page) in toc.items():
        record = items[f"取組項目{number:02d}"]
        assert record.page == page, record.label
        assert record.title == title, record.label


@pytest.mark.parametrize(
    ("label", "page", "title"),
    [
        ("取組項目01", 8, "客観的データを活用した事業の実施と検証"),
        ("取組項目08", 10, "5レスの推進"),
        ("取組項目23", 15, "財政指標の目標達成に向けた取組の推進"),
        ("取組項目65", 27, "コンプライアンスに対する意識の向上"),
    ],
)
def test_spot_check_pages(items, label, page, title):
    assert items[label].page == page
    assert items[label].title == title


def test_item_08(items):
    item = items["取組項目08"]
    assert item.section == SECTION_08
    assert item.departments == ["政策室", "情報政策課", "職員課", "市民課"]
    assert "「狛江市のペーパーレスの取組に関する基本の方針」" in item.text
    assert "キャッシュレス決済対応サービスを導入した。" in item.text
    assert item.fields["R3年度の取組"] == item.text
    assert item.fields["関連指標"] == "指標No.1"
    assert item.fields["基本事業の説明"].startswith("新型コロナウイルス感染症感染拡大等")
    assert item.flags == []


def test_sections_follow_the_toc_hierarchy(items):
    assert (
        items["取組項目23"].section
        == "施策2 持続可能な財政運営の推進 > 方向性1 財政規律の維持 > 基本事業1 規律ある財政運営"
    )
    assert items["取組項目65"].section.startswith(
        "施策3 組織づくり・人財育成の推進 > 方向性3 誰もが活躍できる職場づくり"
    )


def test_departments(items):
    assert items["取組項目01"].departments == ["政策室", "新型コロナ予防接種室"]
    assert items["取組項目10"].departments == ["市民課", "関係各課"]
    assert items["取組項目05"].departments == ["職員課"]
    # 49–51: the value was extracted after the status heading, not beside 推進部署
    assert items["取組項目49"].departments == ["職員課"]
    assert items["取組項目50"].departments == ["総務課", "職員課"]
    assert items["取組項目51"].departments == ["情報政策課", "職員課"]
    assert all(r.departments for r in items.values())


@pytest.mark.parametrize("label", ["取組項目23", "取組項目24", "取組項目25"])
def test_missing_status_is_flagged_not_borrowed(items, label):
    item = items[label]
    assert item.flags == ["no_status"]
    assert "R3年度の取組" not in item.fields
    assert item.text.startswith(f"{label} {item.title}（推進部署: 財政課）")
    assert "記載がありません" in item.text
    assert item.departments == ["財政課"]


def test_only_23_to_25_lack_status(items):
    flagged = sorted(label for label, r in items.items() if "no_status" in r.flags)
    assert flagged == ["取組項目23", "取組項目24", "取組項目25"]


def test_html_table_copies_do_not_leak(items):
    item04, item05 = items["取組項目04"], items["取組項目05"]
    assert "ICTリテラシー" not in item04.text
    assert "DX人財育成研修会" not in item04.text
    assert item05.text.startswith("令和3年11月にDX推進監等を講師として")
    # one copy only: the table copy and the plain copy are not both kept
    assert item04.text.count("会議録作成支援システム") == 1
    assert item05.text.count("DX人財育成研修会") == 1


def test_texts_are_clean(records):
    assert_no_html(records)
    for record in records:
        text = record.text
        assert text.strip(), record.label
        assert "**" not in text and "##" not in text, record.label
        assert "泊江" not in text and "泊江" not in record.title, record.label
        assert not has_html(" ".join(record.fields.values())), record.label
        for match in re.finditer(r"取組項目\s*(\d+)", text):
            assert int(match.group(1)) == record.number, record.label
        if record.record_type == RecordType.action_item and "no_status" not in record.flags:
            assert "取組状況" not in text, record.label
            assert not re.search(r"R\s*3\s*年?\s*度", text), record.label


def test_vertical_and_split_headings_are_removed(items):
    item15 = items["取組項目15"]
    assert item15.text.startswith("公共施設整備計画の整備スケジュールに基づき設計及び工事を行った。")
    assert "・松原学童保育所改修工事設計委託" in item15.text
    item55 = items["取組項目55"]
    assert item55.text.startswith("健康診断結果より")
    assert "\n9月2日から14日までの間に" in item55.text
    item28 = items["取組項目28"]
    assert "保育料・育成料等については" in item28.text


def test_indicators(indicators):
    one = indicators["指標No.1"]
    assert one.number == 1
    assert one.title == "質の高い行政運営が行われていると感じている市民の割合 (%)"
    assert one.fields["令和3年度末現状値"] == "48.3 (72.2) ※1"
    assert one.fields["令和2年度末現状値"] == "37.0 (60.3) ※1"
    assert one.fields["説明"] == "市民アンケート"
    assert "※1 令和4年度に実施した市民アンケートにおいて" in one.text
    three = indicators["指標No.3"]
    assert three.title == "経常収支比率 (%)"
    assert three.fields["令和3年度末現状値"] == "—※3"
    assert three.fields["令和6年度末目標値"] == "90.0以下"
    assert "※3 経常収支比率については、7月末に確定するため" in three.text
    four = indicators["指標No.4"]
    assert four.title == "財政調整基金残高（億円）"
    assert [
        four.fields[k]
        for k in ("平成30年度末時点値", "令和2年度末現状値", "令和3年度末現状値", "令和6年度末目標値")
    ] == [
        "18.7",
        "17.7",
        "20.1",
        "20.0",
    ]
    seven = indicators["指標No.7"]
    assert seven.title == "各役職段階にある職員に占める女性職員の割合"
    assert seven.fields["令和6年度末目標値"] == "35.0"
    assert "※4 各年4月1日時点での集計です。" in seven.text
    for record in indicators.values():
        assert record.page == 5
        assert record.section == "5. 指標"
        assert record.departments == []
        assert not has_html(record.text)


def test_ids_are_stable():
    _, first = load_document(DOCUMENT)
    _, second = load_document(DOCUMENT)
    assert [r.id for r in first] == [r.id for r in second]
    assert len({r.id for r in first}) == len(first)


def _broken_copy(tmp_path: Path, edit) -> Path:
    """The document and its metadata copied to ``tmp_path``, its lines passed through ``edit``."""
    lines = DOCUMENT.read_text(encoding="utf-8").splitlines()
    return copy_document(tmp_path, DOCUMENT, "\n".join(edit(lines)) + "\n")


def test_document_without_toc_raises(tmp_path):
    def drop_toc(lines):
        start = next(i for i, line in enumerate(lines) if line.startswith("## 4. 取組項目一覧"))
        end = next(i for i, line in enumerate(lines) if line.startswith("## 5. 指標"))
        return lines[:start] + lines[end:]

    error = assert_format_error_names_file(_broken_copy(tmp_path, drop_toc))  # named like DOCUMENT
    assert "取組項目一覧" in str(error)


def test_item_without_block_raises(tmp_path):
    def drop_item_30(lines):
        start = next(i for i, line in enumerate(lines) if line.startswith("取組項目30\t"))
        return lines[:start] + lines[start + 3 :]

    error = format_error(_broken_copy(tmp_path, drop_item_30))
    assert DOCUMENT.name in str(error)
    assert "取組項目30" in error.message
    toc_line = next(
        n
        for n, line in enumerate(DOCUMENT.read_text(encoding="utf-8").splitlines(), 1)
        if "取組項目 30" in line
    )
    assert error.line == toc_line


def test_truncated_document_raises(tmp_path):
    error = format_error(_broken_copy(tmp_path, lambda lines: lines[:300]))
    assert DOCUMENT.name in str(error)
    assert "has no block" in error.message


def test_page_markers_are_ignored():
    from assistant.corpus import read_lines, read_meta
    from assistant.readers import get_reader
    from assistant.types import DocumentKind

    read = get_reader(DocumentKind.progress_report)

    meta = read_meta(DOCUMENT)
    lines = read_lines(DOCUMENT)
    marked = ["\f1", *lines[:100], "\f2", *lines[100:]]
    plain, with_markers = read(lines, meta), read(marked, meta)
    assert [r.model_dump() for r in plain] == [r.model_dump() for r in with_markers]


def test_the_text_the_profile_leaves_out_is_kept_as_units_in_its_hierarchy(records, items):
    """Nothing is lost: the plan's purpose, how progress is managed, and the text printed under each 方向性
    above its items are in none of the profile's 取組項目 and 指標; they are kept as units of their own, a
    方向性 labelled and placed by the headings of the items under it."""
    rest = {r.label: r for r in records if "outside_profile" in r.flags}
    assert sorted(rest) == ["1", "2", "6", "施策1 方向性1", "施策1 方向性2", "施策1 方向性3", "施策2 方向性1",
                            "施策2 方向性2", "施策3 方向性1", "施策3 方向性2", "施策3 方向性3"]
    # the cover and 目次 list titles the units above hold; they are not a unit of their own
    direction = rest["施策2 方向性1"]
    assert (direction.title, direction.section, direction.record_type) == (
        "財政規律の維持", "施策2 持続可能な財政運営の推進", RecordType.section)
    assert direction.text.startswith("決算余剰金の基金への積立て、連結負債残高の維持")
    assert direction.page is None  # the report prints pages only for its items
    purpose = rest["1"]
    assert (purpose.title, purpose.page) == ("計画の目的", 1)
    assert "3つの施策及び8つの方向性を示しています" in purpose.text
    assert not {r.title for r in rest.values()} & {r.title for r in items.values()}
