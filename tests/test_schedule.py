"""An item's schedule (assistant.schedule): the two shapes plans print it in, what is no schedule, and the
step a question asks about."""

from __future__ import annotations

from assistant.lead import schedule_lead
from assistant.query import parse_query
from assistant.schedule import asked_step, describe, schedule
from assistant.tokenize_ja import tokenize
from assistant.types import Record

# a 実施計画 table's row, its 年度別計画 columns read as cells keyed by their column (as the generic reader gives them)
COLUMNS = ("事業の概要：老朽化したアナログ方式の防災行政無線をデジタル方式に更新します。 区分：● 年度別計画 令和7年度：実施設計 "
           "年度別計画 令和8年度：整備工事 年度別計画 令和9年度：運用開始 担当課：総務課")
GOES_ON = "区分：● 年度別計画 令和7年度：準備 年度別計画 令和8年度：実施 年度別計画 令和9年度：→ 担当課：子育て支援課"
# a summary's line of steps
STEPS = "工程：Ｒ７ 経費の算定 → Ｒ８ 条例改正 → Ｒ９ 新料金の適用"
ONWARD = "工程：Ｒ７ 制度の試行 → Ｒ８〜 本格実施"


def record(text: str) -> Record:
    return Record(id="r-1", source_file="x.txt", city="架空市", document="架空市実施計画", kind="generic",
                  record_type="section", fiscal_years=[2025, 2026, 2027], label="1", number=None,
                  title="防災行政無線のデジタル化", section="", departments=[], page=None, text=text)


def steps(text: str) -> list[tuple[int, str, str, bool, bool]]:
    found = schedule(record(text))
    return [(s.year, s.printed, s.stage, s.goes_on, s.onward) for s in found.steps] if found else []


def test_a_table_s_year_columns_are_a_schedule():
    assert steps(COLUMNS) == [(2025, "令和7年度", "実施設計", False, False), (2026, "令和8年度", "整備工事", False, False),
                              (2027, "令和9年度", "運用開始", False, False)]
    assert schedule(record(COLUMNS)).name == "年度別計画"
    # a 「→」 cell goes on with the stage before it
    assert steps(GOES_ON)[-1] == (2027, "令和9年度", "実施", True, False)


def test_a_line_of_steps_is_a_schedule():
    assert steps(STEPS) == [(2025, "R7", "経費の算定", False, False), (2026, "R8", "条例改正", False, False),
                            (2027, "R9", "新料金の適用", False, False)]
    assert schedule(record(STEPS)).name == "工程"
    assert steps(ONWARD)[-1] == (2026, "R8", "本格実施", False, True)
    # the seed's form: a line keyed スケジュール, cells after a dash
    assert schedule(record("スケジュール: ・方針の見直し及び推進 — 令和3年度: 見直し / 令和4年度: 実施")).name == "スケジュール"


def test_figures_by_year_and_a_target_s_arrow_are_no_schedule():
    assert schedule(record("・令和元年度:約 6,400 万円 ・令和2年度:約 5,600 万円")) is None
    assert schedule(record("目標値：経営改善計画を定めた法人　１法人（Ｒ５）→３法人（Ｒ８）")) is None
    assert schedule(record("令和3年度：12件 令和4年度：15件")) is None
    assert schedule(record("令和3年度から令和4年度にかけて検討します。")) is None
    assert schedule(record("令和8年度：実施 令和7年度：準備")) is None  # years must rise


def step(text: str, years=(), words=(), start=False, until=False, default=True) -> str | None:
    found = asked_step(schedule(record(text)), list(years), set(words), tokenize, start, until, default)
    return found and f"{found.printed} {found.stage}"


def test_the_step_asked():
    assert step(COLUMNS, years=[2026]) == "令和8年度 整備工事"
    assert step(COLUMNS, years=[2030]) is None  # a year it prints nothing for
    assert step(ONWARD, years=[2028]) == "R8 本格実施"  # 〜: from then on
    assert step(STEPS, words={"料金"}) == "R9 新料金の適用"  # the stage that has a word of the question
    assert step(COLUMNS, start=True) == "令和9年度 運用開始"  # the first that starts something, not 実施設計
    assert step(GOES_ON, start=True) == "令和8年度 実施"
    assert step(STEPS, until=True) == "R9 新料金の適用"
    # only a step the question names (a date printed in the item's sentences answers otherwise)
    assert step(COLUMNS, start=True, default=False) is None
    assert step(STEPS, words={"料金"}, default=False) == "R9 新料金の適用"


def test_the_lead_line_gives_the_step_its_western_year_and_the_whole_schedule():
    found = schedule(record(GOES_ON))
    assert describe(found, found.steps[2], False, "予定") == (
        "予定: 令和9年度 実施（2027年度、令和8年度から継続）［年度別計画: 令和7年度 準備 → 令和8年度 実施 → 令和9年度 （継続）］")
    assert describe(found, found.steps[1], True, "When") == (
        "When: 令和8年度 実施 (FY2026) [年度別計画: 令和7年度 準備 → 令和8年度 実施 → 令和9年度 (continued)]")
    item = record(COLUMNS)
    asked = parse_query("防災行政無線の運用はいつから始まりますか？")
    assert schedule_lead(asked, item, set(tokenize(asked.search_text)), False, until=False) == (
        "時期: 令和9年度 運用開始（2027年度）［年度別計画: 令和7年度 実施設計 → 令和8年度 整備工事 → 令和9年度 運用開始］")
    # a question that names a year and asks what: that year's step; one that names none asks no step
    assert schedule_lead(parse_query("令和8年度は何をする？"), item, set(), False, until=False, when=False) == (
        "予定: 令和8年度 整備工事（2026年度）［年度別計画: 令和7年度 実施設計 → 令和8年度 整備工事 → 令和9年度 運用開始］")
    assert schedule_lead(parse_query("どんな事業？"), item, set(), False, until=False, when=False) is None
