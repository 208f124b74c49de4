"""Items listed by the grade a progress report gives them (round 70-Y: 「評価がＤだったのはどの取組ですか」)."""

from __future__ import annotations

import pytest

from assistant.grades import asked_by_meaning, asked_grade, asked_status, grades, legend


@pytest.mark.parametrize(("question", "grade"), [
    ("行革プランの重点取組で、令和6年度の評価がＤだったのはどの取組ですか。", "d"),
    ("Ｃ評価の取組は何件あった？", "c"), ("Ｄ評価の取組は？", "d"), ("評価が「△」の取組は？", "△"),
    ("達成状況がＢの事業を全部教えて", "b"), ("Which items were rated C?", "c"), ("Which items got a C rating?", "c"),
    ("Any other projects that got an A like that one?", "a"), ("Are there any projects rated C?", "c"),
    ("同じＢ評価で、デジタル推進課が絡んでる取組ってほかに何がある？", "b"),
    # one item's grade asked, a grade's meaning, a share of grades, a grade word with no grade: no listing
    ("オンライン申請の取組の評価はＢでしたか？", None), ("進捗管理表の評価で「△」は、どのような状態を表していますか？", None),
    ("令和6年度の取組のうち、A評価とB評価を合わせた割合はどのくらいですか？", None),
    ("評価はどうなった？", None), ("What is a rating?", None), ("Aさんの評価はどの取組？", None),
])
def test_a_listing_by_grade_is_read_from_the_question(question, grade):
    assert asked_grade(question) == grade


def test_the_grade_a_record_prints_in_a_grade_field():
    assert grades("所管課: 人事課\n達成状況: Ｄ\n今後の方向性: 見直し") == {"d"}
    assert grades("【評価】Ａ 順調に進んでいる\n【主な成果】…") == {"a", "順調"}
    assert grades("評価(R6): B\n備考: 令和7年度に拡大") == {"b"}
    assert grades("評価 ◎ 目標を上回った") == {"◎"}
    # a legend's rows and a grade word in prose give no grade
    assert grades("評価 基準\nＡ 計画どおり進んでいる\nＤ 未着手") == set()
    assert grades("評価の方法を見直し、Ａ地区から始める。") == set()


@pytest.mark.parametrize(("question", "status"), [
    ("遅れている取組はどれ？", "遅れ"), ("完了した事業は何件？", "完了"), ("順調に進んでいる取組を教えて", "順調"),
    ("未着手の取組は？", "未着手"), ("やや遅れている項目はどれ？", "やや遅れ"),  # the longest status named
    # one item's status asked, a reason, a share: no listing
    ("北の方の公民館と児童館をひとつにまとめる話、遅れてるって本当？", None), ("遅れの理由は？", None),
    ("計画どおり順調に進んでいますか？", None), ("完了した取組の割合は？", None),
])
def test_a_listing_by_a_printed_status_is_read_from_the_question(question, status):
    assert asked_status(question, {"遅れ", "やや遅れ", "順調", "完了", "未着手"}) == status


def test_a_grade_field_may_print_a_status():
    assert grades("進捗状況: 遅れ\n評価: C") == {"遅れ", "c"}
    assert grades("進捗状況 説明\n遅れ 計画より遅れているもの") == set()  # a legend's header and rows


def test_an_english_status_is_read_in_the_documents_words():
    from assistant.query import glossary_rows

    question = "Have any of the reform measures already been marked as completed?"
    said = question + " " + " ".join(t for _, terms in glossary_rows(question.lower()) for t in terms)
    assert asked_status(said, {"完了", "遅れ"}) == "完了"
    assert asked_status("Which measures are behind schedule? 遅れ", {"完了", "遅れ"}) == "遅れ"


def test_a_grade_asked_in_the_words_of_its_legend():
    meant = legend("※評価（R6） A：計画どおり又は計画以上 B：おおむね計画どおり（一部未達成） C：計画より遅れ D：未着手・中止")
    assert meant["c"] == {"計画", "遅れ"} and "達成" not in meant["b"]  # 「一部未達成」 does not say 達成
    legends = {"x.pdf": meant}
    assert asked_by_meaning("予定より遅れが出ていると判定された事業はありますか。", legends) == {"x.pdf": "c"}
    assert asked_by_meaning("だいたい計画どおりだけど一部は目標に届かなかった、っていう取組はどれ？", legends) == {"x.pdf": "b"}
    assert asked_by_meaning("計画どおりかそれ以上に進んだと評価されたのはどの取組？", legends) == {"x.pdf": "a"}
    # words no grade alone holds, or no listing asked: nothing
    assert asked_by_meaning("計画の取組を全部教えて", legends) == {} and asked_by_meaning("目標を達成した取組はどれ？", legends) == {}
    assert asked_by_meaning("遅れの理由は？", legends) == {}
    assert legend("A 計画どおり") == {}  # one grade explained is no legend
    assert grades("【評価】Ｃ やや遅れている") == {"c", "やや遅れ"}  # a status after the grade
