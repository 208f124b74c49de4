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


CELL_LINES = "担当課: 財政課\nスケジュール R6: 検討\nR7: 試行\nR8: 実施\n今後の方向性: 令和7年度に着手する。"
MARKS = "担当課: 住民課\n実施年度 R6: ○\n実施年度 R7: ●\n実施年度 R8: ●"


def test_a_schedule_printed_a_cell_a_line_and_in_marks_under_a_legend():
    assert steps(CELL_LINES) == [(2024, "R6", "検討", False, False), (2025, "R7", "試行", False, False),
                                 (2026, "R8", "実施", False, False)]
    assert schedule(record(CELL_LINES)).name == "スケジュール"
    assert schedule(record("実績値(令和5年度): 12\n実績値(令和6年度): 15")) is None  # figures by year
    # a mark means what its document's legend says; the step that starts something is the first ● (実施)
    from assistant.schedule import legends
    key = record("5 一覧表\n（凡例）○：検討・準備　●：実施")
    assert legends([key, record(MARKS)]) == {"x.txt": {"○": "検討・準備", "●": "実施"}}
    found = schedule(record(MARKS), {"○": "検討・準備", "●": "実施"})
    first = asked_step(found, [], set(), tokenize, False, 1)
    assert describe(found, first, False, "時期") == (
        "時期: R7 ●（実施）（2025年度）［実施年度: R6 ○（検討・準備） → R7 ●（実施） → R8 ●（実施）］")
    assert asked_step(schedule(record(MARKS)), [], set(), tokenize, False, 1) is None  # no legend: no start known


def test_a_when_question_of_what_is_to_come_takes_the_date_its_item_prints_when_it_says_more():
    from assistant.lead import when_lead

    sheet = record("令和5年度: 検討\n令和6年度: 構築\n令和7年度: 公開\n"
                   "実績: 委託契約の締結が令和6年12月にずれ込んだため、新しいホームページの公開を令和7年10月に延期した。")
    asked = parse_query("新しいホームページ、結局いつ公開になるの？")
    terms = set(tokenize(asked.search_text))
    parts = [s for s in sheet.text.splitlines()]
    # the sentence shares more of the question than the step 「公開」, and of its dates the one nearest 公開
    assert when_lead(asked, sheet, parts[::-1], terms, False, False) == "時期: 令和7年10月（2025年10月）"
    # a date before the item's years is no date of what is to come: the step the question names answers
    fees = record("施設使用料の多くは平成26年度から改定していない。\n工程：Ｒ７ 経費の算定 → Ｒ８ 条例改正 → Ｒ９ 新料金の適用")
    asked = parse_query("新しい料金になるのはいつからですか？")
    assert when_lead(asked, fees, fees.text.splitlines(), set(tokenize(asked.search_text)), False, False) == (
        "時期: R9 新料金の適用（2027年度）［工程: R7 経費の算定 → R8 条例改正 → R9 新料金の適用］")
    # asked what has stayed so: the date printed
    asked = parse_query("施設の使用料は、いつから変わっていないのですか？")
    assert when_lead(asked, fees, fees.text.splitlines(), set(tokenize(asked.search_text)), False, False) == (
        "時期: 平成26年度（2014年度）")


def test_of_a_sentence_s_dates_the_one_whose_clause_holds_the_question_s_words_a_period_as_one():
    from assistant.lead import date_lead

    law = "令和3年4月に「小平市公文書等の管理に関する条例」を制定し、令和3年10月に施行します。"
    assert date_lead([law], False, words={"施行"}) == "時期: 令和3年10月（2021年10月）"
    assert date_lead([law], False, words={"条例", "制定"}) == "時期: 令和3年4月（2021年4月）"
    # a period's end is no date of its own; the question's words of time (年度) point at no date
    review = "令和3年度から令和4年度の2年間の取組を踏まえ、中間見直しを行います。"
    assert date_lead([review], False, words={"中間", "見直し", "年度"}) == "時期: 令和3年度から令和4年度（2021年度～2022年度）"
