"""Query understanding: eras and fiscal years, item references, cities, English glossary, listings."""

import pytest

from assistant.labels import (
    asked_unit_kind,
    asked_which,
    asks_under,
    compatible,
    find_refs,
    heading_title,
    label_refs,
)
from assistant.query import detect_language, glossary, parse_query


@pytest.mark.parametrize(
    "question, years",
    [
        ("R3年度にペーパーレスで何をした？", [2021]),
        ("令和3年度の取組", [2021]),
        ("2021年度の取組", [2021]),
        ("FY2021 paperless", [2021]),
        ("What did Komae do in fiscal 2021 to stop harassment?", [2021]),
        ("What was planned for fiscal year 2022?", [2022]),
        ("the 2021 fiscal year", [2021]),
        ("in financial year 2020-21", [2020]),
        ("for FY 2023", [2023]),
        ("what did we do on paperless in R3", [2021]),
        ("令和元年度の決算", [2019]),
        ("R1の取組", [2019]),
        ("平成30年度末の値", [2018]),
        ("H30の値", [2018]),
        ("Ｒ４年度の方針", [2022]),
        ("令和3年度と令和4年度の違い", [2021, 2022]),
        ("ペーパーレスの取組", []),
        ("DX推進監", []),
    ],
)
def test_fiscal_years_in_every_notation(question, years):
    assert parse_query(question).fiscal_years == years


@pytest.mark.parametrize(
    "question, years",
    [
        ("R3年度はどんな会計で何を確かめ、R4年度の方針では何を目指す？", [2021, 2022]),
        ("R3とR4で何が変わった？", [2021, 2022]),
        ("令和3年度と令和4年度の違いは？", [2021, 2022]),
        ("研修、R3は20人だったよね。R2年度は何人だった？", [2020]),  # R3 is what the asker knows
        ("指標No.1、R3年度末の現状値とR6年度末の目標値は？", []),  # years keying values
        ("2020年度比でR4年度は何%減った？", [2022]),
    ],
)
def test_the_years_a_question_asks_each_of(question, years):
    from assistant.query import years_asked_each

    assert years_asked_each(parse_query(question).normalized) == years


@pytest.mark.parametrize(
    "question, refs",
    [
        ("取組項目8の状況", [("取組項目", "8")]),
        ("取組項目０８の状況", [("取組項目", "8")]),
        ("what about item 8", [("取組項目", "8")]),
        ("プログラム⑫の担当課", [("プログラム", "12")]),
        ("実施プログラム12", [("実施プログラム", "12")]),
        ("検討プログラム㉔", [("検討プログラム", "24")]),
        ("指標No.4の値", [("指標", "4")]),
        ("indicator 3", [("指標", "3")]),
        ("基本目標2の事業12", [("基本目標", "2"), ("事業", "12")]),
        ("(2)の6番目", [("bare", "2"), ("bare", "6")]),
        ("府中市の5-2のグループ①", [("hyphen", "5-2"), ("グループ", "1")]),
        ("第3章について", [("章", "3")]),
        ("推進プログラムの㉙番の取組", [("プログラム", "29")]),
        ("取組項目の12番は？", [("取組項目", "12")]),
        ("プログラムの2つ目", [("bare", "2")]),
        ("プログラムの2つを教えて", []),
        ("ペーパーレス", []),
    ],
)
def test_item_references(question, refs):
    assert [(r.kind, r.value) for r in parse_query(question).item_refs] == refs


def test_english_question_gets_japanese_terms():
    query = parse_query("what did we do on paperless in R3")
    assert query.language == "en"
    assert "ペーパーレス" in query.expansions
    assert "ペーパーレス" in query.search_text


def test_hiring_is_the_documents_recruitment():
    # JMdict glosses 採用 as recruitment, employment, appointment, not hire: the glossary fills the gap
    assert "採用" in parse_query("How many staff did Komae hire in FY2021?").expansions
    assert "採用" in parse_query("Is Komae hiring more nurses?").expansions
    # JMdict has 不妊治療 as "infertility treatment"; people ask about fertility treatment
    assert "不妊治療" in parse_query("Is there leave for staff going through fertility treatment?").expansions
    # a city's "rainy-day fund" is its 財政調整基金, which JMdict glosses only word by word
    assert "財政調整基金" in parse_query("How big is Komae's rainy-day fund?").expansions
    assert "財政調整基金" in parse_query("How much is in the rainy day fund now?").expansions


def test_a_glossary_term_matches_in_either_number_and_not_inside_a_year():
    # the row says 「employees」; a question says "per employee", "a subsidy", "one policy"
    assert "職員" in parse_query("What is the overtime target per employee?").expansions
    assert "補助金" in parse_query("Is there a subsidy for it?").expansions
    assert "方針" in parse_query("What does the policy say?").expansions
    assert "職員" not in parse_query("Is there a new employer?").expansions  # a longer word is another word
    # 「fiscal」 alone is 財政; 「fiscal year」 is a year, which the question's years say already
    assert "財政" in parse_query("How is Komae's fiscal health?").expansions
    assert "財政" not in parse_query("From which fiscal year will it start?").expansions
    assert "財政" not in parse_query("What did Komae do in fiscal 2021 to stop harassment?").expansions


@pytest.mark.parametrize("question, rest", [
    ("What did Komae do in fiscal 2021 to stop harassment?", "What did Komae do in to stop harassment?"),
    ("What was planned for fiscal year 2022?", "What was planned for ?"),
    ("results of the 2021 fiscal year", "results of"),
])
def test_an_english_fiscal_year_is_stripped_whole(question, rest):
    from assistant.query import strip_years
    assert " ".join(strip_years(question).split()) == rest


def test_citizen_phrasing_maps_to_document_terms():
    query = parse_query("市役所に行かずに手続きできるようになりますか")
    assert query.language == "ja"
    assert {"オンライン申請", "電子申請"} <= set(query.expansions)


@pytest.mark.parametrize(
    "question, cities",
    [
        ("調布市のペーパーレスは？", ["調布市"]),
        ("Kodaira's programs", ["小平市"]),
        ("狛江と小平を比べて", ["狛江市", "小平市"]),
        ("多摩川の整備", []),
        ("東京都市長会との検討", []),
    ],
)
def test_cities(question, cities):
    assert parse_query(question).cities == cities


@pytest.mark.parametrize(("question", "kind"), [
    ("「財政規律の維持」に位置づけられている取組項目は何ですか？", "取組項目"),
    ("デジタル化の推進っていう基本事業には、どんな取組が入ってる？", "取組"),
    ("Which action items come under 'promoting digitalisation'?", "取組項目"),
    ("取組項目08は何？", None),  # one unit, by its number
    ("市民協働の理解を深める取組は、どの基本事業に位置づけられていますか？", None),  # which holds it
    ("規律ある財政運営って何？", None),
])
def test_the_kind_of_unit_a_question_asks_which_of(question, kind):
    assert asked_unit_kind(question) == kind


@pytest.mark.parametrize(("question", "noun"), [
    ("「改革の基本方針」として、どんな方針が掲げられていますか？", "方針"),
    ("「見直しの上継続すべきもの」とされた補助金はどれですか？", "補助金"),
    ("「施策の展開」の⑦番目の施策はどんな内容ですか？", None),  # the content of one, not which of several
    ("それはどの施策に入っている方向性ですか？", None),  # which holds it
    ("議会運営へのICT活用って何をやる？", None),  # what, not which
])
def test_what_a_question_asks_which_of_in_other_words(question, noun):
    assert asked_which(question) == noun


@pytest.mark.parametrize(("heading", "title"), [
    ("方向性1 財政規律の維持", "財政規律の維持"), ("《(1) 移住施策》", "移住施策"), ("3-3. 施策の展開", "施策の展開"),
    ("施策の展開", "施策の展開"), ("Ⅱ 補助金等を取り巻く現状と課題", "補助金等を取り巻く現状と課題"),
])
def test_a_headings_title(heading, title):
    assert heading_title(heading) == title


def test_listing_of_a_kind_and_of_a_heading():
    query = parse_query("小平市の検討プログラムを全部挙げてください")
    assert query.listing and query.list_prefix == "検討プログラム"
    query = parse_query("方向性2の取組項目を全部")
    assert query.listing and query.list_prefix == "取組項目" and query.hierarchy == ["方向性2"]
    assert not parse_query("方向性2について").listing
    query = parse_query("基本目標2の事業を全部")
    assert query.listing and query.list_prefix == "事業" and query.hierarchy == ["基本目標2"]
    assert parse_query("list all indicators").list_prefix == "指標"
    # which units of a kind are under headings named one under another: a listing of them
    query = parse_query("施策1の方向性2の基本事業2にはどんな取組項目がある？")
    assert query.listing and query.list_prefix == "取組項目" and query.hierarchy == ["施策1", "方向性2", "基本事業2"]
    assert not parse_query("取組項目08はどんな取組？").listing  # a unit named by its number: no listing
    assert not parse_query("方向性2の取組の中で一番進んでいるのは？").listing  # which, but not 「どんな」


def test_plan_editions():
    assert parse_query("第2期経営方針推進プログラム").editions == ["第2期"]
    assert parse_query("第6次行財政改革").editions == ["第6次"]


@pytest.mark.parametrize(("question", "cities"), [
    # a city named only as the one to compare with is not what the question is about
    ("小平市みたいに、狛江市も職員定数の目標人数を決めてるんですか？", ["狛江市"]),
    ("小平市のような取組、狛江市にもある？", ["狛江市"]),
    ("Like Kodaira, does Komae have a staff quota?", ["狛江市"]),
    # a comparison asks of both; a city named alone is the subject even when compared
    ("狛江市と小平市のペーパーレスを比べると？", ["狛江市", "小平市"]),
    ("狛江市の取組は小平市と同様？", ["狛江市", "小平市"]),
    ("小平市のように進めたい", ["小平市"]),
])
def test_the_cities_a_question_is_about(question, cities):
    assert parse_query(question).cities == cities


@pytest.mark.parametrize(("question", "language"), [
    ("What did Komae do on paperless in R3?", "en"),
    ("R3年度にペーパーレスで何をした？", "ja"),
    ("R4は？", "ja"),
    # mostly Latin letters, but a Japanese particle after a Latin word or a number: Japanese
    ("Group1の1(4)は？", "ja"),
    ("RPAは？", "ja"),
    # an English question quoting Japanese words stays English
    ("Is there a LINE account for ごみ?", "en"),
    ("How did Fuchu's group ① rate progress on basic policy 5-3 (継続的かつ安定的な市政運営)?", "en"),
])
def test_the_language_of_a_question(question, language):
    assert detect_language(question) == language


@pytest.mark.parametrize(("question", "refs"), [
    # a section numbered right after its chapter, an entry in parentheses right after its heading's number
    ("小平の第1章2は？", [("章", "1"), ("bare", "2")]),
    ("第1章1(2)の内容は？", [("章", "1"), ("bare", "1"), ("bare", "2")]),
    ("Group1の1(4)は？", [("グループ", "1"), ("bare", "1"), ("bare", "4")]),
    ("第3章10年の計画", [("章", "3")]),  # a number of years, no section
    # a letter or a Roman numeral before the hyphen is the unit's kind, in either width
    ("取組C-3はどんな内容？", [("C-", "3")]),
    ("取組Ａ－１の担当課は", [("A-", "1")]),
    ("Ⅱ-3の取組", [("II-", "3")]),
    ("II-1-2 の目標", [("II-", "1-2")]),
    ("取組Ⅲ−２−②の評価は？", [("III-", "2-2")]),  # a card's code, its last number circled (round 69-X)
    ("COVID-19の対策", []),  # a word before the hyphen, no letter
    # a katakana standing alone is an entry lettered in the syllabary's order (ウ: the third), not in a word
    ("1(1)ウの内容は？", [("bare", "1"), ("bare", "1"), ("kana", "3")]),
    ("口座振替と滞納整理の次の「ウ」は何？", [("kana", "3")]),
    ("重点項目2の(イ)は？", [("重点項目", "2"), ("kana", "2")]),
    ("3ケ所のアンケート会場", []),
])
def test_numbers_under_a_chapter_or_heading(question, refs):
    from assistant.labels import find_refs

    assert [(r.kind, r.value) for r in find_refs(question)] == refs


@pytest.mark.parametrize(("question", "cities"), [
    ("Has Kodaira made its deputy mayor the CIO, the way Komae did?", ["小平市"]),
    ("Is Kodaira moving to the cloud, similar to Komae?", ["小平市"]),
    ("Does Kodaira earn money from film shoots like Komae does?", ["小平市"]),
    ("Has Kodaira done this, and has Komae?", ["狛江市", "小平市"]),  # 「has」 ends with 「as」: no comparison
])
def test_a_city_named_only_to_compare_with_is_not_asked(question, cities):
    from assistant.query import parse_query

    assert sorted(parse_query(question).cities) == sorted(cities)


def test_the_year_of_the_date_asked_is_no_year_the_question_is_about():
    from assistant.query import date_asked_year, fiscal_years

    assert fiscal_years("ロードマップだと2022年の何月からって話？") == []
    assert date_asked_year("ロードマップだと2022年の何月からって話？") == 2022
    assert fiscal_years("令和3年度の実績は？") == [2021] and date_asked_year("令和3年度の実績は？") is None


def test_the_glossary_is_compiled_once_however_its_flag_is_passed():
    # every question looks terms up in it; compiling its ~340 patterns again cost milliseconds a question
    assert glossary() is glossary(True) is glossary(citizen=True)
    assert glossary(False) is glossary(citizen=False)
    assert len(glossary(False)) < len(glossary())


@pytest.mark.parametrize("question, label, expected", [
    ("施策2・方向性1の基本事業2にはどんな取組項目？", "施策2 方向性1", True),  # a unit under the record is asked
    ("施策2の方向性1の取組項目23は？", "施策2 方向性1", True),
    ("施策1の方向性2の取組項目08の担当は？", "取組項目08", False),  # the record is the unit asked
    ("5-2のグループ①とグループ②", "見直し論点シート 5-2 グループ①", False),
    ("施策2・方向性1について", "施策2 方向性1", False),
])
def test_a_unit_asked_under_a_record(question, label, expected):
    refs, label_refs_ = find_refs(question), label_refs(label)
    at = max(n for n, ref in enumerate(refs) if compatible(ref, label_refs_[-1]))
    assert asks_under(refs[at + 1:], label_refs_) is expected


def test_which_counters_a_label_writes_in_brackets():
    from assistant.labels import bracketed_refs

    assert bracketed_refs("Group1 1(1)①") == [False, False, True, False]
    assert bracketed_refs("(3) ①") == [True, False]
    assert bracketed_refs("第1章 2") == [False, False]
