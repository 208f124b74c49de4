"""Two editions of one report series: the 令和3年度 seed report and a 令和4年度 edition written for the test.
A question that names a year gets that year's edition; one that names none gets the latest, says so, and
keeps the earlier edition one citation away; one that names both years gets both side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from layouts import corpus_copy
from seed_variants import R4_PAPERLESS, next_year_edition

from assistant.editions import series_key
from assistant.pipeline import Assistant
from assistant.settings import Settings
from assistant.update import add_document

ROOT = Path(__file__).resolve().parent.parent
R3 = "000_3dacb80f56827af3.txt"
R4 = "komae_r4.txt"
TITLE_R4 = "狛江市第6次行財政改革推進計画 令和4年度進捗状況報告書"


def test_series_key_ignores_the_year_in_any_notation():
    key = series_key("狛江市", "狛江市第6次行財政改革推進計画 令和3年度進捗状況報告書")
    assert key == series_key("狛江市", TITLE_R4) == series_key("狛江市", "狛江市第6次行財政改革推進計画 2023年度進捗状況報告書")
    assert key != series_key("小平市", TITLE_R4)
    assert key != series_key("狛江市", "狛江市第6次行財政改革推進計画 令和4年度 部の方針")


@pytest.fixture(scope="module")
def two_editions(tmp_path_factory, settings: Settings, st_model, published_index):
    root = tmp_path_factory.mktemp("editions")
    grown = corpus_copy(root, settings, dialogues=set())  # the whole Q&A set; the dialogues are not what this is about
    doc = root / R4
    doc.write_text("\n".join(next_year_edition((ROOT / "corpus" / R3).read_text(encoding="utf-8").splitlines())),
                   encoding="utf-8")
    outcome = add_document(grown, doc, city="狛江市", title=TITLE_R4, year=[2022], model=st_model)
    return Assistant(grown, model=st_model), outcome


def test_the_next_edition_is_read_like_its_series_and_its_changes_are_for_review(two_editions):
    _, outcome = two_editions
    text = outcome.summary()
    assert outcome.published and not outcome.forced, text  # plain add: the gate passes it
    assert "eval gate: PASSED" in text and f"self-retrieval {R4}: " in text
    assert f"{R4}: 83 records read as progress_report (detected)" in text  # 72 by the profile, 11 outside it
    assert f"read as progress_report, like {R3} of the same series" in text
    assert "q001 取組項目8「5レスの推進」では令和3年度にどんな取組をしましたか？" not in text  # names R3: untouched
    assert f"q085 紙の使用を減らすために狛江市は何をしましたか？  — now answered from {R4}" in text


def test_a_question_without_a_year_gets_the_latest_edition_and_says_so(two_editions):
    assistant, _ = two_editions
    result = assistant.ask("狛江市の5レスの推進の取組状況は？")
    assert result.answer.startswith(f"令和4年度版（{TITLE_R4}）によると:")
    assert (result.citations[0].source_file, result.citations[0].label) == (R4, "取組項目08")
    earlier = [(c.source_file, c.label) for c in result.citations[1:]]
    assert (R3, "取組項目08") in earlier and "他の年度の版:" in result.answer


def test_what_only_the_new_edition_says_is_answered_from_it(two_editions):
    assistant, _ = two_editions
    result = assistant.ask("狛江市ではコピー用紙の購入量はどれくらい減りましたか？")
    assert not result.abstained and R4_PAPERLESS.removesuffix("。") in result.answer
    assert result.citations[0].source_file == R4


def test_a_question_with_a_year_gets_that_edition(two_editions):
    assistant, _ = two_editions
    result = assistant.ask("R3年度にペーパーレスで何をした？")
    assert (result.citations[0].source_file, result.citations[0].label) == (R3, "取組項目08")
    assert all(c.source_file != R4 for c in result.citations)
    assert R4_PAPERLESS not in result.answer


def test_two_years_are_answered_side_by_side(two_editions):
    assistant, _ = two_editions
    result = assistant.ask("狛江市の5レスの推進は令和3年度と令和4年度で何が変わった？")
    cited = [(c.source_file, c.label) for c in result.citations]
    assert (R3, "取組項目08") in cited and (R4, "取組項目08") in cited
    assert cited.index((R3, "取組項目08")) + 1 == cited.index((R4, "取組項目08"))  # next to each other
