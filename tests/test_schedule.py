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


def step(text: str, years=(), words=(), until=False, fallback=2) -> str | None:
    found = asked_step(schedule(record(text)), list(years), set(words), tokenize, until, fallback)
    return found and f"{found.printed} {found.stage}"


def test_the_step_asked():
    assert step(COLUMNS, years=[2026]) == "令和8年度 整備工事"
    assert step(COLUMNS, years=[2030]) is None  # a year it prints nothing for
    assert step(ONWARD, years=[2028]) == "R8 本格実施"  # 〜: from then on
    assert step(STEPS, words={"料金"}) == "R9 新料金の適用"  # the stage that has a word of the question
    assert step(COLUMNS) == "令和9年度 運用開始"  # the first that starts something, not 実施設計
    assert step(GOES_ON) == "令和8年度 実施"
    assert step(STEPS, until=True) == "R9 新料金の適用"
    # how far to go when the question names no step: to a start (a date the item prints answers otherwise), or
    # not at all; a schedule whose steps start nothing (「Ｒ７ 本庁舎 → Ｒ８ 支所・施設」) gives its first only at 2
    assert step(COLUMNS, fallback=1) == "令和9年度 運用開始"
    assert step(COLUMNS, fallback=0) is None
    assert step(STEPS, words={"料金"}, fallback=0) == "R9 新料金の適用"
    places = "工程：Ｒ７ 本庁舎 → Ｒ８ 支所・施設"
    assert step(places, fallback=1) is None
    assert step(places) == "R7 本庁舎"


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


def test_what_a_when_question_asks():
    from assistant.lead import asked_clause, asks_past, asks_start, asks_when, date_lead

    # from when, still to come; not when something was done or has stayed so, in the clause that asks
    assert asks_start(parse_query("体育館の予約、スマホでできるようになるのはいつから？"))
    assert asks_start(parse_query("When will people be able to book the gym from their phone?"))
    assert not asks_start(parse_query("いつから始めたの？"))
    assert asks_past(parse_query("施設の利用料金は、いつから値段が変わっていないのですか？"))
    assert not asks_past(parse_query("使用料が見直されると聞きましたが、新しい料金になるのはいつからですか？"))
    assert asked_clause("使用料が見直されると聞きましたが、新しい料金になるのはいつからですか？") == "新しい料金になるのはいつからですか"
    assert asks_past(parse_query("When did Komae start it?"))
    # 何年度 asks a year wherever it stands (「何年度の目標？」), not 何年度分
    assert asks_when(parse_query("結成率を9割にするのを何年度の目標にしていますか"))
    assert asks_when(parse_query("From which fiscal year will it take effect?"))
    assert not asks_when(parse_query("何年度分の予算がついた？"))
    # a target's base year before its arrow is no date of what is to come
    target = "目標値：キャッシュレス対応窓口 ５窓口（Ｒ５）→全窓口（Ｒ８）"
    assert date_lead([target], False, planned=True) == "時期: R8（2026年度）"
    assert date_lead([target], False) == "時期: R5（2023年度）"
