"""Follow-up questions in a chat: the reading rules (no model) and real turns over the seed corpus."""

from __future__ import annotations

import pytest

from assistant.asked_record import asked_record_type
from assistant.compose import department_lines
from assistant.conversation import Conversation, Focus, FollowUp, _in_year, classify, read
from assistant.retrieve import Filters
from assistant.types import RecordType

PAPERLESS = Focus(topic="R3年度にペーパーレスで何をした？", record_ids=["r-08"], scope_ids=["r-08", "r-08-1"],
                  items=["取組項目08『5レスの推進』"], labels=["取組項目08"],
                  titles=["5レスの推進"], cities=["狛江市"], fiscal_years=[2021], shown_ids=["r-08"],
                  vocabulary={"ペーパーレス", "押印", "見直し", "セミ", "セルフ", "レジ", "導入", "方針"})


@pytest.mark.parametrize("question, kind", [
    # only a facet of the items just cited
    ("担当部署は？", FollowUp.FACET), ("どこの課がやってるの？", FollowUp.FACET), ("ページは？", FollowUp.FACET),
    ("目標値は？", FollowUp.FACET), ("いつから？", FollowUp.FACET), ("予算はいくら？", FollowUp.FACET),
    ("その取組の課題は？", FollowUp.FACET), ("R3の実績は？", FollowUp.FACET), ("場所どこ？", FollowUp.FACET),
    ("日程はいつだった？", FollowUp.FACET), ("予算はいくら要求してるの？", FollowUp.FACET),
    ("数字は？", FollowUp.FACET), ("R3年度末の値は？", FollowUp.FACET),  # 数字, 値: the figure (数値) of the item
    # a contraction is no word of its own: "they're" asks nothing of a subject called "re" (more of what they said)
    ("Anything else they're planning?", FollowUp.DETAIL), ("Who's in charge?", FollowUp.FACET),
    # no subject of its own, and every word of it is one the cited item uses: about that item
    ("押印の見直しは？", FollowUp.FACET), ("セルフレジは？", FollowUp.FACET),
    ("Which department?", FollowUp.FACET), ("What's the target?", FollowUp.FACET),
    ("担当の部は？", FollowUp.FACET), ("Which offices?", FollowUp.FACET),  # 部; offices -> office (its lemma)
    # who is in charge, asked with a verb ("Which section runs it?"); how it began (「何がきっかけで始めたの？」)
    ("Which section runs it?", FollowUp.FACET), ("Who handles that?", FollowUp.FACET),
    ("何がきっかけで始めたの？", FollowUp.FACET), ("経緯は？", FollowUp.FACET),
    # a demonstrative with words of its own
    ("その寄付金って何に使われるの？", FollowUp.DEMONSTRATIVE), ("それって学童も入ってる？", FollowUp.DEMONSTRATIVE),
    ("What problems does it face?", FollowUp.DEMONSTRATIVE),
    ("そこで何人くらい手伝ってもらったの？", FollowUp.DEMONSTRATIVE),  # a place: そこ
    ("そういう取組は他の部署でもやってる？", FollowUp.DEMONSTRATIVE),
    # only a year or an era
    ("R4は？", FollowUp.YEAR), ("前年度は？", FollowUp.YEAR), ("令和4年度はどうするの？", FollowUp.YEAR),
    ("And in FY2022?", FollowUp.YEAR), ("R4末は？", FollowUp.YEAR), ("令和3年度末時点では？", FollowUp.YEAR),
    # only another city
    ("小平市では？", FollowUp.CITY), ("府中市は？", FollowUp.CITY), ("What about Kodaira?", FollowUp.CITY),
    ("Is it the same in Fuchu?", FollowUp.CITY), ("Is Fuchu planning something similar?", FollowUp.CITY),
    ("府中市でも似たような取組ある？", FollowUp.CITY), ("小平市でも同様の取組はある？", FollowUp.CITY),
    # another city with a demonstrative and a few words of its own: the topic there, asked with those words
    ("小平市もそういうのやってる？", FollowUp.CITY), ("小平市にもそういう計画ある？", FollowUp.CITY),
    ("Does Fuchu publish a figure like that?", FollowUp.CITY),
    ("小平市にも同じような職員提案の制度はある？", FollowUp.CITY),
    ("小平市にも同じような職員提案の制度で応募件数の目標はある？", FollowUp.NEW),  # words enough of its own
    # the city the chat is about already, with a demonstrative: the topic (「それと比べて、狛江は？」)
    ("それと比べて、狛江市はどう？", FollowUp.DEMONSTRATIVE), ("それに比べて狛江市の数字は？", FollowUp.DEMONSTRATIVE),
    ("狛江市の同じような職員提案の制度で応募件数の目標は？", FollowUp.NEW),  # words enough of its own
    # more
    ("もっと詳しく", FollowUp.DETAIL), ("もっと詳しく教えて", FollowUp.DETAIL), ("続き", FollowUp.DETAIL),
    ("Tell me more", FollowUp.DETAIL), ("他には？", FollowUp.OTHERS), ("Anything else?", FollowUp.OTHERS),
    # 「ほかに」 pointing into the item discussed is more of it; said of likeness, it asks for other items
    ("同じ項目でほかには？", FollowUp.DETAIL), ("その中で他には？", FollowUp.DETAIL),
    ("Anything else they said about it?", FollowUp.DETAIL), ("同じような取組、ほかには？", FollowUp.OTHERS),
    ("Anything else like that?", FollowUp.OTHERS),
    # 「もっと詳しく」 said with words of its own that the cited items do not use: of the topic, in those words
    ("もっと詳しく、どんな団体に話を聞いたの？", FollowUp.DEMONSTRATIVE), ("跡地の整備の進め方、もっと詳しく", FollowUp.DEMONSTRATIVE),
    # 「ほかに」 with words of its own: more of the topic, in those words
    ("ほかにも申請を手伝ってもらえる機会はありましたか？", FollowUp.DEMONSTRATIVE), ("他には？", FollowUp.OTHERS),
    # words, not characters: 手続き holds 続き; 全部 with words of its own asks for a listing
    ("オンラインで手続きできるようになる？", FollowUp.NEW), ("環境部の方針を全部教えて", FollowUp.NEW),
    ("全部", FollowUp.DETAIL),
    # a marker of a new topic: new, even when every word is one the cited items use
    ("話変わるけど、押印の見直しは？", FollowUp.NEW), ("ところで、セルフレジは？", FollowUp.NEW),
    ("Separately, which department?", FollowUp.NEW),
    # …but 「のところで」 names a part of the subject ("at the part where"), no new one
    ("そのところで、ほかに必要だと書かれていることは？", FollowUp.DEMONSTRATIVE),
    # words that say how or when name no subject: an adverb, a noun used as one (そもそも, 今後)
    ("もっと詳しく。そもそもどういう指標？", FollowUp.FACET), ("今後は？", FollowUp.FACET),
    ("そもそもの目的は？", FollowUp.FACET),
    # words that say something of a subject but no noun that names one: said of the items discussed
    ("混むのはいつ？", FollowUp.FACET), ("増えた？", FollowUp.FACET), ("なんでそんなに多いの？", FollowUp.FACET),
    # …nor a noun said as a verb (参加して, 導入できる)
    ("何課くらいの人が参加してるの？", FollowUp.FACET), ("もう導入できたの？", FollowUp.FACET),
    # …nor a formal noun (つもり, はず) or the city itself (市)
    ("どこに作るつもりなの？", FollowUp.FACET), ("市がやるの？", FollowUp.FACET),
    # a short question opening with which or what kind of: which of the topic's things
    ("どの建物を使う想定なの？", FollowUp.FACET), ("どんな会社に頼むの？", FollowUp.FACET),
    ("どんな補助金が狛江市の子育て世帯にはある？", FollowUp.NEW),
    # one noun naming an action, with a facet's words: when, how far or how much of something done for the topic
    ("工事が終わるのはいつ頃？", FollowUp.FACET), ("進捗状況の評価は？", FollowUp.FACET), ("交付率は？", FollowUp.FACET),
    ("図書館の予算は？", FollowUp.NEW), ("ふるさと納税の目標は？", FollowUp.NEW),
    # another city with a demonstrative: the topic there, however many verbs say it
    ("小平市でも、市民が使えるそういう仕事場を作る話ってある？", FollowUp.CITY),
    # thanks and greetings say nothing of the subject: not asked of it
    ("ありがとう", FollowUp.NEW), ("ありがとうございました！", FollowUp.NEW), ("こんにちは", FollowUp.NEW),
    # a question that names its own subject starts a new topic
    ("ところで、狛江市の市税の徴収率は？", FollowUp.NEW), ("ふるさと納税は？", FollowUp.NEW),
    ("小平市の職員提案制度の目標は？", FollowUp.NEW), ("押印の見直しの予定は小平市では？", FollowUp.NEW),
    ("ふるさと納税の返礼品は？", FollowUp.NEW), ("押印の見直しと電子決裁の関係は？", FollowUp.NEW),
    ("By the way, how many days of paid leave did Komae staff take?", FollowUp.NEW),
])
def test_kind_of_turn(question, kind):
    assert classify(question, PAPERLESS)[0] == kind


@pytest.mark.parametrize(("topic", "year", "asked"), [
    ("R3年度にペーパーレスで何をした？", "令和4年度", "令和4年度にペーパーレスで何をした？"),
    ("環境部が今年度つくる脱炭素のシナリオって？", "令和3年度", "環境部が令和3年度つくる脱炭素のシナリオって？"),
    ("What did Komae do last year on paperless?", "FY2022", "What did Komae do FY2022 on paperless?"),
    ("ペーパーレスの取組は？", "令和4年度", "令和4年度 ペーパーレスの取組は？"),
])
def test_a_topic_asked_of_another_year_says_only_that_year(topic, year, asked):
    assert _in_year(topic, year) == asked


def test_a_short_question_in_the_words_the_topic_was_asked_in_is_about_the_topic():
    focus = Focus(topic="市民センターの改修で、子どもたちの声って聞いてくれたの？", record_ids=["r-16"],
                  scope_ids=["r-16"], cities=["狛江市"], vocabulary={"改修", "ワークショップ", "ヒアリング"})
    assert classify("子ども以外だと、どんな人に聞いたの？", focus)[0] == FollowUp.FACET
    assert classify("図書館以外だと、どんな人に聞いたの？", focus)[0] == FollowUp.NEW


def test_other_items_asked_in_the_cited_items_words_are_other_items_not_a_facet():
    # every word of the question is the cited item's own, yet 「他に…取組」 asks for other items; 「ほかにやったことは？」
    # in the same words asks what else that item did
    focus = Focus(topic="無作為抽出の市民委員募集ってやってる？", record_ids=["r-40"], scope_ids=["r-40"],
                  cities=["狛江市"], vocabulary={"市民", "参加", "債権", "管理", "委員"})
    assert classify("他に市民が参加しやすくなるような取組ある？", focus)[0] == FollowUp.DEMONSTRATIVE
    assert classify("ほかの市民参加の事業は？", focus)[0] == FollowUp.DEMONSTRATIVE
    assert classify("債権管理で、ほかにやったことは？", focus)[0] == FollowUp.FACET
    # the item noun first (「…取組ってほかに何がある？」) asks the same (round 71-G)
    assert classify("デジタル推進課の取組ってほかに何がある？", focus)[0] == FollowUp.DEMONSTRATIVE


def test_a_demonstratives_year_said_relative_to_the_topic_is_searched_as_that_year():
    # 「前の年度」 of an R3 item is R3's year before: its words (前, 年度) would match any record that says 前年度
    conversation = Conversation(focus=PAPERLESS)
    reading = read("その押印の見直し、前の年度には何をしたの？", conversation)
    assert reading.follow_up == FollowUp.DEMONSTRATIVE
    assert reading.own_search == "その押印の見直し、令和2年度には何をしたの？"
    assert reading.question == "5レスの推進 その押印の見直し、令和2年度には何をしたの？"  # that year only
    # 「去年度」 is said of the asker's now, which the topic's year need not be: left as typed
    assert read("その押印の見直し、去年度には何をしたの？", conversation).own_search == ""
    assert read("その押印の見直しはどうなった？", conversation).own_search == ""


def test_other_items_of_the_same_grade_are_other_items_not_the_one_discussed(pipeline):
    # 「同じＢ評価で…」 points at a likeness, not into the item discussed: the items besides it are asked (round 71-G)
    conversation = Conversation()
    pipeline.answer("R3年度にペーパーレスで何をした？", conversation=conversation)
    assert read("同じＢ評価で、ほかにどんな取組がある？", conversation).besides_ids == conversation.focus.record_ids
    assert read("その取組で、ほかに何をした？", conversation).besides_ids == []


def test_another_city_said_as_also_doing_the_topic_is_the_topic_there():
    # 「府中の部会でも…」 with a noun of the topic (会社 of 不動産会社): the topic in that city, in the question's words
    focus = Focus(topic="Group1の中間報告で、不動産会社への聞き取りはいつ、どんな方法でやったの？", record_ids=["r-g1"],
                  scope_ids=["r-g1"], cities=["狛江市"], vocabulary={"聞き取り", "不動産", "会社"})
    assert classify("府中の部会でも、民間の会社に話を聞いたりしてる？", focus)[0] == FollowUp.CITY
    assert classify("府中の部会にも、民間の会社に話を聞いたりしてる？", focus)[0] == FollowUp.CITY
    assert classify("府中の部会にもとづいて、民間の会社に話を聞いたりしてる？", focus)[0] == FollowUp.NEW  # not 「にも」
    # …and without one, a subject of its own
    assert classify("府中市でも、職員提案の制度で応募件数の目標はある？", focus)[0] == FollowUp.NEW


def test_another_city_and_only_how_it_acts_is_the_topic_there():
    # no subject of its own, only a verb (「位置づける」「進める」): the topic, in that city (round 55)
    assert classify("府中市ではどう位置づけてる？", PAPERLESS)[0] == FollowUp.CITY
    assert classify("小平市ではどう進めてる？", PAPERLESS)[0] == FollowUp.CITY
    # a noun of its own is a subject of its own
    assert classify("小平市の窓口はどう？", PAPERLESS)[0] == FollowUp.NEW


def test_an_english_follow_up_counts_its_words_through_their_japanese_words():
    # "paperless" and "seal" name nothing of their own when the cited item prints ペーパーレス and 押印
    translate = {"paperless": ["ペーパーレス"], "seal": ["印", "押印"], "tax": ["税"]}.get
    words = lambda word: translate(word) or []  # noqa: E731
    assert classify("What about paperless?", PAPERLESS, words)[0] == FollowUp.FACET
    assert classify("And the seals?", PAPERLESS, words)[0] == FollowUp.FACET
    assert classify("And the seals?", PAPERLESS)[0] == FollowUp.NEW  # without the dictionary: a subject of its own
    assert classify("What about tax?", PAPERLESS, words)[0] == FollowUp.NEW  # a word the item does not use


def test_without_a_conversation_every_question_is_new():
    assert classify("担当部署は？", None)[0] == FollowUp.NEW
    assert read("担当部署は？", Conversation()).question == "担当部署は？"


def test_readings():
    conversation = Conversation(focus=PAPERLESS)
    facet = read("担当部署は？", conversation)
    assert facet.question == "令和3年度 取組項目08『5レスの推進』 担当部署は？"
    # searched among the cited item and the items under it, by the facet's own words
    assert (facet.search, facet.record_ids, facet.about_ids) == ("令和3年度 担当部署は？", ["r-08", "r-08-1"], [])
    assert facet.note == "（取組項目08『5レスの推進』について）"
    year = read("R4は？", conversation)
    assert (year.question, year.cities, year.record_ids) == ("令和4年度にペーパーレスで何をした？", ["狛江市"], [])
    assert read("前年度は？", conversation).question == "令和2年度にペーパーレスで何をした？"
    city = read("小平市では？", conversation)
    assert (city.question, city.cities) == ("小平市 R3年度にペーパーレスで何をした？", ["小平市"])
    assert facet.prefer_ids == ["r-08"]  # of several cited items, the one the answer led with
    assert read("他には？", conversation).exclude_ids == ["r-08"]
    more = read("もっと詳しく", conversation)
    assert more.record_ids == more.about_ids == ["r-08"]
    demonstrative = read("その中で押印の見直しは？", conversation)
    assert demonstrative.question == "令和3年度 5レスの推進 その中で押印の見直しは？"
    assert demonstrative.quote_by == "その中で押印の見直しは？"  # its own words choose the quoted sentences
    assert read("What problems does it face?", conversation).quote_by == ""
    # its own words, each in the documents' words, choose between the items found first; one character says too little
    assert read("その後、在宅勤務の対象は？", conversation).own_terms == [["在宅"], ["勤務"], ["対象"]]
    english = read("How many seals were dropped with it?", conversation, lambda w: {"seal": ["押印", "印"]}.get(w, []))
    assert english.own_terms == [["押印"]]  # 「drop」 has no Japanese word here
    assert read("担当部署は？", conversation).own_terms == []  # a facet is asked of the cited items
    assert read("Which department?", conversation).note == "(About 取組項目08『5レスの推進』)"
    assert read("R4は？", Conversation(focus=PAPERLESS.model_copy(update={"language": "en"}))).language == "en"


def test_a_facet_of_a_year_the_cited_report_does_not_cover_is_the_topic_in_that_year():
    report = Conversation(focus=PAPERLESS.model_copy(update={"covered_years": [2021]}))
    later = read("R4年度はどうする予定？", report)
    assert (later.follow_up, later.question, later.record_ids) == (FollowUp.YEAR, "令和4年度にペーパーレスで何をした？", [])
    # a plan of four years covers R4: its own schedule answers, among the cited items
    plan = Conversation(focus=PAPERLESS.model_copy(update={"covered_years": [2021, 2022, 2023, 2024]}))
    within = read("R4年度はどうする予定？", plan)
    assert (within.follow_up, within.record_ids) == (FollowUp.FACET, ["r-08", "r-08-1"])


def test_another_numbered_unit_is_the_topic_asked_of_that_unit():
    sheet = PAPERLESS.model_copy(update={"topic": "府中市の見直し論点シート5-3のグループ①ではどんな意見が出た？",
                                         "items": ["見直し論点シート 5-3 グループ①『継続的かつ安定的な市政運営』"],
                                         "labels": ["見直し論点シート 5-3 グループ①"],
                                         "cities": ["府中市"]})
    other = read("グループ②は？", Conversation(focus=sheet))
    assert (other.follow_up, other.question, other.record_ids, other.cities) == (
        FollowUp.UNIT, "府中市の見直し論点シート5-3のグループ②ではどんな意見が出た?", [], ["府中市"])
    assert read("5-2は？", Conversation(focus=sheet)).question == "府中市の見直し論点シート5-2のグループ①ではどんな意見が出た?"
    # one of the items discussed, named: a facet of it
    both = sheet.model_copy(update={"labels": [*sheet.labels, "見直し論点シート 5-3 グループ②"]})
    assert read("グループ②は？", Conversation(focus=both)).follow_up == FollowUp.FACET
    # pointing back with words of its own, it is read as such
    assert read("グループ②でもその意見は出た？", Conversation(focus=sheet)).follow_up == FollowUp.DEMONSTRATIVE
    # a topic that names no unit of that kind: the question is its own
    own = read("取組項目09は？", Conversation(focus=PAPERLESS))
    assert (own.follow_up, own.question, own.context_cities) == (FollowUp.NEW, "取組項目09は？", ["狛江市"])


def test_a_new_topic_that_names_no_city_prefers_the_city_the_chat_is_about():
    conversation = Conversation(focus=PAPERLESS)
    assert read("ところで、市債の残高は？", conversation).context_cities == ["狛江市"]
    assert read("ところで、小平市の市債の残高は？", conversation).context_cities == []
    assert read("市債の残高は？", Conversation()).context_cities == []


def test_the_year_of_a_topic_is_the_year_of_the_one_year_report_the_answer_led_with():
    from assistant.conversation import Reading, remember
    from assistant.types import Record

    def record(label: str, years: list[int]) -> Record:
        return Record(id=f"r-{label}", source_file="x.txt", city="狛江市", document="x", kind="generic",
                      record_type="section", fiscal_years=years, label=label, number=None, title=label, section="",
                      departments=[], page=None, text="待機児対策を進める。")

    conversation = Conversation()
    question = "待機児童の対策は？"
    remember(conversation, question, Reading(question=question), [record("方針", [2022]), record("項目", [2021])],
             False, [])
    assert conversation.focus.fiscal_years == [2022]
    assert read("前年度は？", conversation).question == "令和3年度 待機児童の対策は？"
    # a plan of several years says no year
    remember(conversation, question, Reading(question=question), [record("計画", [2021, 2022, 2023])], False, [])
    assert conversation.focus.fiscal_years == []


def test_a_new_question_declined_leaves_the_focus_on_the_items_last_cited():
    from assistant.conversation import Reading, remember

    conversation = Conversation(focus=PAPERLESS)
    declined = "令和3年度の部会では、公共施設のことはどうまとまった？"
    remember(conversation, declined, Reading(question=declined), [], True, [])
    assert conversation.focus == PAPERLESS.model_copy(update={"declined": declined}) and conversation.turns[-1].abstained
    # …but a bare year or city right after it asks the declined question there; a facet asks the items cited
    assert read("R4は？", conversation).question == "令和4年度の部会では、公共施設のことはどうまとまった？"
    assert read("小平市は？", conversation).question == "小平市 令和3年度の部会では、公共施設のことはどうまとまった？"
    assert read("担当部署は？", conversation).record_ids == PAPERLESS.scope_ids
    remember(conversation, "担当部署は？", read("担当部署は？", conversation), [], True, [])
    assert conversation.focus.declined == ""  # a follow-up declined is no new question
    # a first question declined opens a topic of its own: there is nothing else to be about
    conversation = Conversation()
    remember(conversation, declined, Reading(question=declined), [], True, [])
    assert conversation.focus.topic == declined and conversation.focus.record_ids == []


def test_a_follow_up_naming_a_year_of_its_own_moves_the_topic_to_that_year():
    from assistant.conversation import Reading, remember
    from assistant.types import Record

    item = Record(id="r-33", source_file="x.txt", city="狛江市", document="x", kind="generic", record_type="section",
                  fiscal_years=[2021], label="取組項目33", number=None, title="ふるさと納税制度の活用", section="",
                  departments=[], page=None, text="返礼品を11品追加した。")
    conversation = Conversation(focus=PAPERLESS.model_copy(update={"fiscal_years": [2022]}))
    question = "その前の年、R3年度にはもう始まってた？"
    remember(conversation, question, Reading(follow_up=FollowUp.DEMONSTRATIVE, question=question), [item], False)
    assert conversation.focus.fiscal_years == [2021]
    # one that names none keeps the topic's year
    remember(conversation, "どうやって集めたの？", Reading(follow_up=FollowUp.DEMONSTRATIVE, question="x"), [item], False)
    assert conversation.focus.fiscal_years == [2021]


def test_another_city_takes_the_place_of_the_old_city_as_named_in_any_form():
    kodaira = PAPERLESS.model_copy(update={"topic": "小平の推進プログラムで、ペーパーレスの目標は？", "cities": ["小平市"]})
    city = read("狛江は？", Conversation(focus=kodaira))
    assert city.question == "狛江市の推進プログラムで、ペーパーレスの目標は？"
    both = read("府中市と狛江市は？", Conversation(focus=kodaira.model_copy(update={"topic": "小平市のDXは？"})))
    assert both.question == "狛江市、府中市のDXは？"
    # a city that starts a longer name (the council 「狛江市未来戦略会議」) is dropped from it, not replaced
    council = kodaira.model_copy(update={"topic": "狛江市未来戦略会議のGroup1は何を提案した？", "cities": ["狛江市"]})
    assert read("小平市は？", Conversation(focus=council)).question == "小平市 未来戦略会議のGroup1は何を提案した？"
    english = kodaira.model_copy(update={"topic": "What is Kodaira's paperless target?", "language": "en"})
    komae = read("What about Komae?", Conversation(focus=english))
    # searched with the Japanese name in front; shown (and kept as the topic) as a person writes it
    assert (komae.search, komae.question) == ("狛江市 What is paperless target?", "What is Komae's paperless target?")
    assert komae.note == "(Read as: “What is Komae's paperless target?”)"
    committee = PAPERLESS.model_copy(update={"titles": ["経営的な視点に立った市政運営"] * 2, "fiscal_years": [2020]})
    assert read("その中で押印の見直しは？", Conversation(focus=committee)).question == \
        "令和2年度 経営的な視点に立った市政運営 その中で押印の見直しは？"


def test_a_document_of_the_old_city_is_not_asked_of_another():
    kodaira = PAPERLESS.model_copy(update={
        "topic": "小平市の経営方針推進プログラムで、ペーパーレス化の目標値は？", "cities": ["小平市"],
        "documents": ["第1期小平市経営方針推進プログラム（素案）"]})
    printed = {"府中市": "見直し論点シート 行財政改革 ペーパーレス", "狛江市": "令和4年度 部の方針 行財政改革推進計画",
               "小平市": "経営方針推進プログラム 行財政改革"}

    def prints(text: str, cities: list[str]) -> bool:
        return any(text in printed[city] for city in cities)

    assert read("府中市は？", Conversation(focus=kodaira), held=prints).question == "府中市のペーパーレス化の目標値は？"
    # without the documents' text the name stays; a part of it the other city prints too is the topic itself
    assert read("府中市は？", Conversation(focus=kodaira)).question == \
        "府中市の経営方針推進プログラムで、ペーパーレス化の目標値は？"
    reform = kodaira.model_copy(update={"topic": "小平市の行財政改革の効果は？",
                                        "documents": ["小平市行財政改革推進プラン"]})
    assert read("狛江市は？", Conversation(focus=reform), held=prints).question == "狛江市の行財政改革の効果は？"
    # a document's year is no part of its name
    policy = kodaira.model_copy(update={"topic": "令和4年度 狛江市のロケ誘致は？", "cities": ["狛江市"],
                                        "documents": ["令和4年度 部の方針（案）"]})
    assert read("府中市は？", Conversation(focus=policy), held=prints).question == "令和4年度 府中市のロケ誘致は？"
    # a word that only starts like the name (行革 against 第6次行財政改革…) goes whole, not 「小平市の革の…」
    edition = kodaira.model_copy(update={"topic": "狛江の第6次行革の進捗報告でRPAは？", "cities": ["狛江市"],
                                         "documents": ["第6次行財政改革推進計画 令和3年度進捗状況報告書"]})
    assert read("小平市では？", Conversation(focus=edition), held=prints).question == "小平市の進捗報告でRPAは？"


def test_the_items_under_an_item(pipeline):
    records = {r.label: r for r in pipeline.index.records if r.source_file == "003_352194a5035fd7a3.txt"}
    under = {pipeline.index.records[pipeline.index.record_pos[i]].label
             for i in pipeline.retriever.sub_items(records["Group2 3"].id)}
    assert under == {"Group2 3-1", "Group2 3-2", "Group2 3-3"}
    assert pipeline.retriever.sub_items(records["Group2 3-1"].id) == []
    from assistant.app.document_page import neighbours

    same = pipeline.retriever.document_records("003_352194a5035fd7a3.txt")
    assert [r.label for r in same] == [r.label for r in pipeline.index.records
                                       if r.source_file == "003_352194a5035fd7a3.txt"]
    before, after = neighbours(same, records["Group2 3-1"])
    assert (before.label, after.label) == ("Group2 3", "Group2 3-2")


def test_a_facet_is_answered_by_the_item_under_the_one_cited(pipeline):
    _, (first, directions) = _turns(pipeline, ["狛江市の未来戦略会議Group2はどんな戦略を出した？", "その3つの方向性は？"])
    assert sorted(c.label for c in first.citations) == ["Group2 3", "Group2 表紙"]  # its strategy and its cover
    assert directions.citations[0].label == "Group2 3-1" and "働き方の改革" in directions.answer


def test_a_city_no_document_is_of_is_answered_where_the_documents_print_it(pipeline):
    # 調布市 has no documents, but 狛江市's report prints its row in a table; 小金井市's row it does not print
    _, (_, chofu, koganei, fuchu) = _turns(pipeline, [
        "狛江市の若年女性人口の変化率は、都内で何位？", "調布市は？", "小金井市は？", "府中市は？"])
    assert not chofu.abstained and chofu.citations[0].label == "Group1 1(3)" and "-24.9%" in chofu.answer
    assert koganei.abstained and koganei.reason == "city_not_in_corpus"
    assert koganei.reading.question.startswith("小金井市の若年女性人口")  # it took 調布市's place in the topic
    assert fuchu.abstained and fuchu.reason == "term_not_in_corpus"


def test_filters_keep_a_chats_records(corpus_records):
    first, second = corpus_records[:2]
    assert Filters(record_ids=[first.id]).allows(first) and not Filters(record_ids=[first.id]).allows(second)
    assert not Filters(exclude_ids=[first.id]).allows(first) and Filters(exclude_ids=[first.id]).allows(second)


def _turns(pipeline, questions):
    conversation = Conversation()
    return conversation, [pipeline.answer(q, conversation=conversation)[1] for q in questions]


def test_a_new_topic_without_a_city_is_answered_for_the_city_of_the_chat(pipeline):
    _, (_, telework) = _turns(pipeline, ["小平市の公有財産の売り払いの目標は？", "ところで、テレワークの取組は？"])
    assert telework.reading.follow_up == FollowUp.NEW and telework.reading.question == "ところで、テレワークの取組は？"
    assert [(c.label, c.source_file) for c in telework.citations] == [
        ("実施プログラム⑳", "002_b30adf6a2737dba3.txt")]


def test_paperless_then_its_department_year_and_another_city(pipeline):
    conversation, answers = _turns(pipeline, ["R3年度にペーパーレスで何をした？", "担当部署は？", "R4は？", "小平市では？"])
    first, department, r4, kodaira = answers
    assert [c.label for c in first.citations] == ["取組項目08"]
    assert department.answer.startswith("（取組項目08『5レスの推進』について）\n")
    assert "・推進部署: 政策室／情報政策課／関係各課（職員課／市民課） [1]" in department.answer
    assert [c.label for c in department.citations] == ["取組項目08"]
    # R4: 狛江市's plans for 令和4年度 (the department policies), not another city's
    assert r4.reading.question == "令和4年度にペーパーレスで何をした？"
    assert r4.citations[0].source_file == "001_d49a127c9747c6b0.txt"
    assert "ペーパーレス" in r4.answer
    assert kodaira.reading.question == "小平市 令和4年度にペーパーレスで何をした？"
    assert kodaira.citations[0].label == "実施プログラム⑫"
    assert [t.follow_up for t in conversation.turns] == [FollowUp.NEW, FollowUp.FACET, FollowUp.YEAR, FollowUp.CITY]
    assert conversation.focus.cities == ["小平市"]


def test_another_item_number_is_answered_by_that_item(pipeline):
    conversation, (_, nine, department) = _turns(pipeline, ["取組項目08のR3の取組は？", "取組項目09は？", "担当は？"])
    assert nine.reading.question == "取組項目9のR3の取組は?"
    assert nine.answer.startswith("（「取組項目9のR3の取組は?」として回答）\n")
    assert nine.citations[0].label == "取組項目09"
    assert department.citations[0].label == "取組項目09"
    assert [t.follow_up for t in conversation.turns] == [FollowUp.NEW, FollowUp.UNIT, FollowUp.FACET]


def test_what_else_naming_a_subject_leads_with_an_item_not_cited_yet(pipeline):
    # 「ほかに予定してる取組は？」 of the council office's policies: the one of its three the chat has not cited leads
    _, (first, besides) = _turns(pipeline, ["R4の議会事務局の方針で、本会議の中継に字幕を付ける話はある？",
                                            "議会事務局でほかに予定してる取組は？"])
    cited = [c.label for c in first.citations]
    assert besides.reading.besides_ids and besides.citations[0].label not in cited
    assert besides.citations[0].label == "議会事務局「円滑な議会運営のための補佐機能を向上させます」"
    # 「ほかにはどんなことが書いてあるの？」 names no subject: more of the items cited, none put behind
    conversation = Conversation()
    pipeline.answer("R4の議会事務局の方針で、本会議の中継に字幕を付ける話はある？", conversation=conversation)
    assert read("ほかにはどんなことが書いてあるの？", conversation).besides_ids == []
    assert read("その方針で、ほかに予定してる取組は？", conversation).besides_ids == []  # points into them
    # 「同じ…で、ほかに」 names the items' heading, not a point inside them (round 69-X)
    assert read("同じ議会事務局の方針で、ほかに予定してる取組は？", conversation).besides_ids == conversation.focus.record_ids


def test_what_else_under_the_same_heading_is_the_items_under_it(pipeline):
    # 「同じ方向性の中で、ほかには…」 of 取組項目08 (施策1 > 方向性2 > 基本事業2): the items beside it under the nearest
    # heading, the next one first, whatever their words; 「同じ項目でほかには？」 is more of 取組項目08 itself (round 69-X)
    from assistant.conversation import asks_same_heading

    conversation, (first, same) = _turns(pipeline, ["R3年度にペーパーレスで何をした？", "同じ方向性の中で、ほかにはどんな取組がある？"])
    assert first.citations[0].label == "取組項目08" and same.reading.follow_up == FollowUp.OTHERS
    assert [c.label for c in same.citations] == ["取組項目09", "取組項目07"]
    assert asks_same_heading("同じ章で他にはどんな提言がある？") and not asks_same_heading("他にはどんな提言がある？")
    assert not asks_same_heading("同じ項目でほかには？", ["取組項目08"])
    _, (_, more) = _turns(pipeline, ["R3年度にペーパーレスで何をした？", "同じ項目でほかには？"])
    assert more.reading.follow_up == FollowUp.DETAIL and more.citations[0].label == "取組項目08"


def test_another_city_is_answered_from_its_documents_of_another_year(pipeline):
    # the topic's year (令和3年度) is the conversation's, not the user's: 府中市's review of 令和2年度 answers
    _, (_, fuchu) = _turns(pipeline, ["狛江市は令和3年度にRPAをどの業務で使った？", "府中市は？"])
    assert fuchu.reading.follow_up == FollowUp.CITY and not fuchu.abstained
    assert [c.label for c in fuchu.citations][:2] == ["見直し論点シート 5-3 グループ①", "見直し論点シート 5-3 グループ②"]
    assert "AIやRPA等の新しい技術を導入" in fuchu.answer


def test_another_city_without_the_topics_figure_says_so_and_answers_with_its_item_on_the_topic(pipeline):
    # 「何施設？」 was asked of 小平市; 狛江市's item on 指定管理者制度 prints no count, 府中市 has no such item
    question = "小平市の指定管理者制度、今何施設に入ってて目標はどうなってる？"
    _, (_, komae, fuchu) = _turns(pipeline, [question, "狛江市は？", "府中市は？"])
    assert komae.reading.follow_up == FollowUp.CITY and not komae.abstained
    assert komae.answer.split("\n")[1] == "ご質問の数値は資料に記載されていません。"
    assert [c.label for c in komae.citations] == ["取組項目21"]
    assert "中学校における用務業務の一部を新たに委託化した" in komae.answer
    assert fuchu.abstained and fuchu.reason == "term_not_in_corpus"
    assert fuchu.answer.split("\n")[1] == "府中市の資料には「指定管理者制度」の記載が見つかりません（記載があるのは小平市、狛江市の資料です）。"


def test_another_city_whose_documents_print_nothing_of_the_topic_declines_naming_it(pipeline):
    _, (_, _, komae) = _turns(pipeline, ["小平市の職員提案制度って、応募件数の目標あるの？", "その制度っていつからやってるの？",
                                         "狛江市は？"])
    assert komae.reading.follow_up == FollowUp.CITY and komae.abstained and komae.reason == "term_not_in_corpus"
    assert komae.answer.split("\n")[1] == "狛江市の資料には「職員提案制度」の記載が見つかりません（記載があるのは小平市の資料です）。"


def test_more_detail_quotes_the_whole_item(pipeline):
    from assistant.passages import sentences

    _, (first, more) = _turns(pipeline, ["小平市の財政状況はどうなっている？", "もっと詳しく"])
    assert more.reading.follow_up == FollowUp.DETAIL
    assert [c.label for c in more.citations] == [c.label for c in first.citations] == ["第1章1(2)"]
    quoted = [line for line in more.answer.splitlines() if line.startswith("・")]
    assert len(quoted) == len(sentences(more.items[0].record.text)) > \
        len([line for line in first.answer.splitlines() if line.startswith("・") and line.endswith("[1]")])
    assert more.answer.startswith("（第1章1(2)『これからの自治体経営と行財政改革』について）")


def test_more_said_with_words_of_its_own_stays_on_the_topic(pipeline):
    _, (first, more) = _turns(pipeline, ["府中基地の跡地はこれからどうなる？", "整備の進め方について、もっと詳しく"])
    assert more.reading.follow_up == FollowUp.DEMONSTRATIVE
    assert [c.label for c in more.citations] == [c.label for c in first.citations] == [
        "見直し論点シート 5-2 グループ①", "見直し論点シート 5-2 グループ②"]
    assert more.answer.startswith("（見直し論点シート 5-2 グループ①『経営的な視点に立った市政運営』、")
    assert "エリアマネジメントの実現を目指す" in more.answer


def test_others_leave_out_what_was_shown(pipeline):
    _, (first, others) = _turns(pipeline, ["R3年度にペーパーレスで何をした？", "他には？"])
    shown = {c.label for c in first.citations}
    assert others.reading.follow_up == FollowUp.OTHERS
    assert others.citations and not shown & ({c.label for c in others.citations} | {e.record.label for e in others.nearby})


def test_others_of_a_compound_are_not_those_of_one_of_its_words(pipeline):
    # 合計特殊出生率 is 合計・特殊・出生・率 to the tokenizer: the items on 特殊詐欺 are not "else" on it
    _, (*_, others) = _turns(pipeline, [
        "What was Komae's total fertility rate in 2019, according to the future strategy meeting report?",
        "How far is that from what the city is aiming for?", "Anything else?"])
    assert others.reading.follow_up == FollowUp.OTHERS
    labels = [c.label for c in others.citations] + [e.record.label for e in others.nearby]
    assert labels and not any("総務部" in label for label in labels)


def test_others_that_nothing_else_answers_are_declined_as_such(pipeline):
    # the zero-carbon policy was quoted in full; the department's other policies are on other topics
    _, (_, others) = _turns(pipeline, ["環境部が今年度つくる脱炭素のシナリオって、どういう中身？", "ほかには？"])
    assert others.abstained and others.reason == "no_others"
    assert others.answer.splitlines()[1] == "これまでにお示しした記載のほかに、この話題に答える記載は資料に見つかりませんでした。"


def test_other_offices_are_the_topic_in_the_items_of_offices_not_discussed():
    policy = PAPERLESS.model_copy(update={"topic": "令和4年度の企画財政部の方針、DX戦略はどう書いてある？",
                                          "departments": ["企画財政部"], "fiscal_years": [2022]})
    for question in ("他の部では？", "ほかの課はどう？", "What about other departments?"):
        other = read(question, Conversation(focus=policy))
        assert (other.follow_up, other.exclude_departments, other.exclude_ids) == (
            FollowUp.OTHERS, ["企画財政部"], ["r-08"])
    other = read("他の部では？", Conversation(focus=policy))
    assert other.question == "令和4年度の方針、DX戦略はどう書いてある？"  # the office it named is left out
    assert other.note == "（「令和4年度の方針、DX戦略はどう書いてある？」の、ほかの部署の項目）"
    assert read("他には？", Conversation(focus=policy)).exclude_departments == []


def test_other_offices_answer_with_another_office_item(pipeline):
    conversation, (first, other) = _turns(pipeline, ["令和4年度の企画財政部の方針、DX戦略はどう書いてある？", "他の部では？"])
    assert [c.label for c in first.citations] == ["企画財政部「狛江市DX戦略の推進」"]
    assert other.reading.follow_up == FollowUp.OTHERS and other.reading.exclude_departments == ["企画財政部"]
    assert not other.abstained and conversation.focus.departments == ["子ども家庭部"]
    assert [c.label for c in other.citations] == ["子ども家庭部「狛江市DX戦略の推進」"]
    assert other.answer.startswith("（「令和4年度の方針、DX戦略はどう書いてある？」の、ほかの部署の項目）")


def test_a_new_topic_is_not_a_follow_up(pipeline):
    conversation, (_, tax) = _turns(pipeline, ["R3年度にペーパーレスで何をした？", "ところで、狛江市の市税の滞納にはどう対応してる？"])
    assert tax.reading.follow_up == FollowUp.NEW and tax.reading.note is None
    assert not tax.answer.startswith("（") and not tax.abstained
    assert conversation.focus.topic == "ところで、狛江市の市税の滞納にはどう対応してる？"
    conversation.clear()
    assert conversation.focus is None and conversation.turns == []


def test_a_follow_up_the_documents_do_not_answer_keeps_the_subject(pipeline):
    conversation, (first, missing, target) = _turns(
        pipeline, ["狛江市の財政調整基金の残高は？", "令和9年度は？", "目標値は？"])
    assert first.citations[0].label == "指標No.4"
    assert missing.abstained and missing.reason == "year_not_in_corpus"
    assert target.reading.follow_up == FollowUp.FACET and not target.abstained
    assert target.citations[0].label == "指標No.4" and "令和6年度末目標値" in target.answer
    assert [t.follow_up for t in conversation.turns] == [FollowUp.NEW, FollowUp.YEAR, FollowUp.FACET]


@pytest.mark.parametrize(("topic", "answering"), [
    ("狛江市の市税の徴収は？", 0),  # the item the answer led with
    ("小平市のDXの取組は？", 1),  # it prints no office (検討プログラム㉔): the next cited item that does
])
def test_a_department_facet_of_several_cited_items_asks_the_one_the_answer_led_with(pipeline, topic, answering):
    conversation = Conversation()
    _, first = pipeline.answer(topic, conversation=conversation)
    assert len(first.items) >= 2  # the point: several items were cited
    _, facet = pipeline.answer("担当は？", conversation=conversation)
    expected = first.items[answering].record
    assert [e.record.id for e in facet.items] == [expected.id]
    assert bool(first.items[0].record.departments) == (answering == 0)
    assert all(f"・{line} [1]" in facet.answer.splitlines() for line in department_lines(expected))


def test_the_department_of_an_item_that_prints_none_is_declined(pipeline):
    conversation = Conversation()
    _, first = pipeline.answer("小平市の自治体DXによるスマート自治体への転換は？", conversation=conversation)
    assert [e.record.label for e in first.items] == ["検討プログラム㉔"]
    _, facet = pipeline.answer("担当課は？", conversation=conversation)
    assert facet.abstained and facet.reason == "department_missing"
    assert "検討プログラム㉔『自治体DXによるスマート自治体への転換』には、担当部署の記載がありません。" in facet.answer


def test_a_figure_no_cited_item_prints_is_looked_for_in_their_documents(pipeline):
    conversation = Conversation()
    pipeline.answer("夜道が暗くて怖いんだけど、狛江市って街路灯つけてもらえるの？", conversation=conversation)
    pipeline.answer("防犯カメラは何台？", conversation=conversation)
    _, composed = pipeline.answer("予算はいくら？", conversation=conversation)
    assert not composed.abstained
    assert [c.label for c in composed.citations] == ["Group1 3-4"]  # the report's budget proposals
    assert "（ご質問の数値はGroup1 3-4『次年度予算に向けた提案』にあります）" in composed.answer
    assert "1,172,000 円" in composed.answer
    # nothing in the cited items' documents prints an amount on the topic: declined, as before
    fuchu = Conversation()
    pipeline.answer("府中基地跡地ってこれからどうなるの？", conversation=fuchu)
    _, composed = pipeline.answer("予算は？", conversation=fuchu)
    assert composed.abstained and composed.reason == "no_figure"


def test_a_figure_looked_for_elsewhere_stays_in_the_group_the_topic_names(pipeline):
    conversation = Conversation()
    pipeline.answer("狛江市の未来戦略会議のGroup2は、将来の市役所をどんな姿にしようと提案しているの？",
                    conversation=conversation)
    pipeline.answer("もっと詳しく。柱になっている方向性は？", conversation=conversation)
    _, composed = pipeline.answer("予算はどれくらい提案した？", conversation=conversation)
    # Group1 3-4 has the topic's words and a budget too, but the topic is Group2's
    assert [c.label for c in composed.citations] == ["Group2 3-3"]
    assert "（ご質問の数値はGroup2 3-3『今後の予算の提案』にあります）" in composed.answer
    assert "820,204円" in composed.answer


def test_what_comes_next_of_a_one_year_report_is_read_in_the_next_years_documents():
    report = PAPERLESS.model_copy(update={"covered_years": [2021]})
    conversation = Conversation(focus=report)
    years = {"狛江市": {2021, 2022}}
    city_years = lambda cities: {y for c in cities for y in years.get(c, ())}  # noqa: E731
    forward = read("これからどうなるの？", conversation, city_years=city_years)
    assert (forward.follow_up, forward.question) == (FollowUp.YEAR, "令和4年度にペーパーレスで何をした？")
    assert read("それ、今後はどうするの？", conversation, city_years=city_years).follow_up == FollowUp.YEAR
    # no document of the next year: a facet of the items discussed, which may say what comes next themselves
    years["狛江市"] = {2021}
    assert read("これからどうなるの？", conversation, city_years=city_years).follow_up == FollowUp.FACET
    # a plan covering the years ahead answers it itself
    plan = Conversation(focus=report.model_copy(update={"covered_years": [2021, 2022, 2023, 2024]}))
    years["狛江市"] = {2021, 2022, 2023, 2024}
    assert read("これからどうなるの？", plan, city_years=city_years).follow_up == FollowUp.FACET


def test_what_comes_next_is_answered_from_the_next_years_policies(pipeline):
    conversation = Conversation()
    pipeline.answer("狛江の市民センター改修、R3は市民の意見をどう集めた？", conversation=conversation)
    _, composed = pipeline.answer("それ、次はどうなるの？", conversation=conversation)
    assert composed.reading.follow_up == FollowUp.YEAR
    assert composed.items[0].record.document == "令和4年度 部の方針（案）"
    assert "市民センター改修基本構想" in composed.answer


def test_what_is_planned_for_the_next_year_comes_from_that_years_documents(pipeline):
    conversation = Conversation()
    pipeline.answer("R3年度にペーパーレスで何をした？", conversation=conversation)
    _, composed = pipeline.answer("R4年度はどうする予定？", conversation=conversation)
    assert composed.answer.splitlines()[0] == "（「令和4年度にペーパーレスで何をした？」として回答）"
    assert [(e.record.document, e.record.label) for e in composed.items][0] == (
        "令和4年度 部の方針（案）", "企画財政部「狛江市DX戦略の推進」")


def test_a_year_follow_up_naming_words_of_its_own_is_answered_by_the_item_that_holds_them(pipeline):
    conversation = Conversation()
    pipeline.answer("R4の企画財政部方針で、市民参加と市民協働の基本条例についてはどうするって？", conversation=conversation)
    _, composed = pipeline.answer("R3は市民協働のほうで何をやってた？", conversation=conversation)
    assert composed.reading.follow_up == FollowUp.YEAR
    assert composed.reading.own_terms == [["市民"], ["協働"]]
    # the R3 report's items on 市民協働, not the R4 policies the topic named (that year's none: declined before)
    assert not composed.abstained
    assert {e.record.document for e in composed.items} == {"狛江市第6次行財政改革推進計画 令和3年度進捗状況報告書"}
    assert "市民協働" in composed.answer


def test_a_year_turn_naming_its_own_subject_is_that_subject_in_that_year_when_the_topic_there_is_not(pipeline):
    conversation = Conversation()
    pipeline.answer("環境部が今年度つくる脱炭素のシナリオって、どういう中身？", conversation=conversation)
    _, composed = pipeline.answer("前の年度は脱炭素で何やってた？", conversation=conversation)
    # the topic in R3 (環境部's シナリオ) is in no R3 document; the turn's own subject is
    assert composed.reading.follow_up == FollowUp.YEAR
    assert composed.reading.question == "令和3年度は脱炭素で何やってた？"
    assert composed.answer.splitlines()[0] == "（「令和3年度は脱炭素で何やってた？」として回答）"
    assert not composed.abstained
    assert [(e.record.document, e.record.label) for e in composed.items][:1] == [
        ("狛江市第6次行財政改革推進計画 令和3年度進捗状況報告書", "取組項目03")]
    assert "エコロジーシアター" in composed.answer
    # a year turn that names nothing of its own has no subject of its own
    assert read("R3は？", conversation).own_subject == ""


def test_more_of_a_topic_naming_an_edition_keeps_the_edition_the_items_shown_mention(pipeline):
    conversation = Conversation()
    pipeline.answer("R4の企画財政部の方針で、前期基本計画推進プランや第6次行財政改革推進計画の取組は、どう扱うって書いてある？",
                    conversation=conversation)
    shown = conversation.focus.record_ids
    result, composed = pipeline.answer("他には？", conversation=conversation)
    # the items left out mention 第6次; those found besides them need not
    assert result.missing == [] and not composed.abstained
    assert not {e.record.id for e in composed.items} & set(shown)


def test_a_unit_of_a_report_asked_of_a_year_it_does_not_cover_is_left_out_of_the_topic(pipeline):
    conversation = Conversation()
    pipeline.answer("取組項目22（保育施設の民営化も含めたあり方の検討）って、R3年度は具体的に何を検討したの？",
                    conversation=conversation)
    _, composed = pipeline.answer("R4の部の方針だと、学童はどうするって？", conversation=conversation)
    # 取組項目22 is the R3 report's numbering; R4's policies are searched by the item's words
    assert composed.reading.question == "（保育施設の民営化も含めたあり方の検討）って、令和4年度は具体的に何を検討したの？"
    assert not composed.abstained
    assert [(e.record.document, e.record.label) for e in composed.items][0] == (
        "令和4年度 部の方針（案）", "子ども家庭部「保育所・学童クラブの待機児対策等の検討」")
    # a year its documents do cover keeps the unit (the R3 report's item, asked of R3 again), and so does a year no
    # document of the city covers (the answer declines it, citing the unit discussed)
    chat = conversation.model_copy(update={"focus": conversation.focus.model_copy(update={
        "topic": "取組項目22って、R2年度は何を検討した？", "covered_years": [2021]})})
    covered = lambda cities: {2021, 2022}  # noqa: E731
    assert read("R3は？", chat, city_years=covered).question.startswith("取組項目22")
    assert read("R5は？", chat, city_years=covered).question.startswith("取組項目22")
    assert read("R4は？", chat, city_years=covered).question.startswith("って、")


def test_a_document_named_by_the_topic_that_the_year_asked_does_not_print_is_left_out_of_the_topic(pipeline):
    conversation = Conversation()
    pipeline.answer("令和4年度の子ども家庭部の方針（案）で、保育所の待機児対策はどう書かれてる？", conversation=conversation)
    _, composed = pipeline.answer("前年度（令和3年度）は実際に何をしたの？", conversation=conversation)
    # the R3 report is another document: its items are not 子ども家庭部's policies (round 57); the office the name
    # begins in goes with it
    assert composed.reading.question == "令和3年度の子ども保育所の待機児対策はどう書かれてる？"
    assert not composed.abstained and composed.items[0].record.label == "取組項目22"
    # a name the year's documents print stays (the R3 report speaks of 未来戦略会議)
    chat = conversation.model_copy(update={"focus": conversation.focus.model_copy(update={
        "topic": "未来戦略会議の提案したWi-Fi整備の予算額は？", "documents": ["令和2年度 狛江市未来戦略会議 中間報告書"],
        "covered_years": [2020]})})
    covered = lambda cities: {2020, 2021, 2022}  # noqa: E731
    printed = lambda text, cities, years: text == "未来戦略会議"  # noqa: E731
    assert read("R3は？", chat, city_years=covered, year_held=printed).question == \
        "令和3年度 未来戦略会議の提案したWi-Fi整備の予算額は？"
    assert read("R3は？", chat, city_years=covered, year_held=lambda text, cities, years: False).question == \
        "令和3年度 提案したWi-Fi整備の予算額は？"


@pytest.mark.parametrize(("text", "left"), [
    ("取組項目22（保育施設の民営化も含めたあり方の検討）って何？", "（保育施設の民営化も含めたあり方の検討）って何？"),
    ("府中市の５－３の残された課題は？", "府中市のの残された課題は？"),  # cut from the text as written, full width
    ("Group2の提案①は？", "の提案①は？"),  # a bare number stays
    ("Komae's report has item 45 on ICT talent", "Komae's report has on ICT talent"),  # one space stays
    ("ペーパーレスで何をした？", "ペーパーレスで何をした？"),
])
def test_a_text_without_the_units_it_names(text, left):
    from assistant.labels import without_refs

    assert without_refs(text) == left


def test_another_city_with_a_demonstrative_is_the_topic_asked_there_with_the_words_typed():
    conversation = Conversation(focus=PAPERLESS)
    reading = read("小平市にもそういう計画ある？", conversation)
    assert reading.follow_up == FollowUp.CITY and reading.cities == ["小平市"]
    assert reading.question == "小平市 R3年度にペーパーレスで何をした？"
    assert reading.search == "小平市 R3年度にペーパーレスで何をした？ 小平市にもそういう計画ある？"
    assert read("小平市は？", conversation).search == ""  # nothing typed but the city: the topic alone


def test_a_year_the_cited_item_prints_a_value_of_is_asked_of_that_item(pipeline):
    conversation = Conversation()
    pipeline.answer("係長職以上の女性職員の割合は何%？", conversation=conversation)
    assert conversation.focus.value_years == [2018, 2020, 2021, 2024]  # the indicator table's columns
    _, composed = pipeline.answer("令和2年度は？", conversation=conversation)
    assert composed.answer.splitlines()[:2] == [
        "（「令和2年度 係長職以上の女性職員の割合は何%？」として回答）",
        "令和2年度末現状値 25.9（指標No.7 各役職段階にある職員に占める女性職員の割合） [1]"]


def test_a_year_follow_up_with_a_question_of_its_own_asks_no_figure_again(pipeline):
    # the topic asked a count (いくつの事業); 「R4年度はどう広げていく方針？」 asks how, of R4's policy, which prints none
    conversation, (_, composed) = _turns(pipeline, [
        "ふるさと納税の寄附金の使いみち、R3年度に見直したよね？いくつの事業にしたんだっけ？", "R4年度はどう広げていく方針？"])
    assert not composed.abstained
    assert composed.citations[0].label == "市民生活部「こまえ応援寄附金を充実させ、多くの方に応援してもらえる環境を整備します」"
    assert "ふるさと納税ポータルサイトを増やします" in composed.answer
    _, again = pipeline.answer("R2年度は？", conversation=conversation)  # only a year: the count is asked again
    assert again.abstained


def test_a_years_result_the_cited_year_by_year_list_does_not_print_is_declined(pipeline):
    # 実施プログラム⑨ lists the sale income of H29–R2; its schedule names 令和3年度, its target 「毎年2千万円以上」
    conversation, (_, missing) = _turns(pipeline, ["小平市の公有財産の売り払い収入って、直近どれくらいありました？",
                                                   "R3の実績は？"])
    assert missing.abstained and missing.reason == "figure_of_other_years"
    assert missing.answer.splitlines()[1] == (
        "ご質問の年の数値は資料に記載されていません（資料にあるのは2017、2018、2019、2020年の数値です）。")
    assert missing.citations[0].label == "実施プログラム⑨"
    _, printed = pipeline.answer("令和2年度の実績は？", conversation=conversation)
    assert not printed.abstained and printed.citations[0].label == "実施プログラム⑨"


def test_a_goal_of_a_later_year_is_asked_of_the_indicator_discussed(pipeline):
    _, (*_, goal) = _turns(pipeline, ["第6次行革の指標で、公共施設整備計画に沿った改修の進み具合って、R3年度末で何％まで来てる？",
                                      "R2年度末の時点では？", "それ、R6年度末までにどこまで持っていく目標？"])
    assert not goal.abstained and goal.citations[0].label == "指標No.2"
    assert "100.0" in goal.answer


def test_a_later_years_result_of_a_report_is_not_in_it(pipeline):
    # 府中市's committee report is of 令和2年度: it cannot say how 令和3年度 was judged
    _, (_, later) = _turns(pipeline, ["府中市の行財政運営部会で、5-3の進捗はどう評価されてる？", "R3は？"])
    assert later.abstained and later.reason == "result_after_documents"
    assert later.answer.splitlines()[1] == (
        "ご質問の年度（令和3年度（2021年度））の実績・結果は資料にありません（資料は令和2年度のものです）。")
    assert later.citations[0].label == "見直し論点シート 5-3 グループ①"


def test_a_rank_named_by_its_unit_is_not_a_question_about_the_office_in_charge(pipeline):
    # "section chief and above" names a rank; the year follow-up is answered with the indicator's value
    conversation, (_, back) = _turns(pipeline, [
        "What share of Komae city's supervisors, section chief and above, are women right now?",
        "And back in FY2018?"])
    assert not back.abstained
    assert back.answer.splitlines()[1] == "平成30年度末時点値: 28.3 (指標No.7 各役職段階にある職員に占める女性職員の割合) [1]"


def test_a_new_topic_printed_only_in_another_citys_documents_is_not_asked_of_the_chats_city(pipeline):
    # 議会だより is printed only in 狛江市's department policies: the chat's 小平市 does not get the preference
    _, (_, council) = _turns(pipeline, ["小平市の職員定数は？", "話変わるけど、議会だよりって何か変わるの？"])
    assert council.reading.context_cities == ["小平市"]
    assert council.citations[0].label == "議会事務局「わかりやすく、身近に感じる議会へ」"


def test_others_also_quote_the_rest_of_the_item_just_discussed(pipeline):
    conversation, (first, others) = _turns(pipeline, ["府中市役所の窓口の混雑対策って何かやってる？", "他には？"])
    led = first.items[0].record
    assert led.label == "見直し論点シート 5-3 グループ①"
    assert others.reading.follow_up == FollowUp.OTHERS
    # the sheet says more than the six sentences quoted: the rest answers too, and nothing is quoted twice
    assert led.id in others.quoted
    assert others.items[0].record.id == led.id  # first, though a listing is otherwise in its documents' order
    assert others.quoted[led.id] and not set(others.quoted[led.id]) & set(first.quoted[led.id])
    assert set(conversation.focus.shown_sentences) >= set(first.quoted[led.id]) | set(others.quoted[led.id])
    # besides it, items not shown before
    shown = {e.record.id for e in first.items}
    assert [e for e in others.items if e.record.id not in shown]


def test_others_quote_the_rest_of_every_item_discussed_in_the_order_cited(pipeline):
    questions = ["What has Fuchu done to shorten waiting times at the city hall service counters?", "anything else?"]
    _, (first, others) = _turns(pipeline, questions)
    cited = [e.record for e in first.items]
    assert sorted(r.label for r in cited) == ["見直し論点シート 5-3 グループ①", "見直し論点シート 5-3 グループ②"]
    # both sheets say more than was quoted: their rest answers first, in the order cited, before other items
    assert [e.record.label for e in others.items][:2] == [r.label for r in cited]
    for record in cited:
        assert others.quoted[record.id] and not set(others.quoted[record.id]) & set(first.quoted[record.id])


def test_more_detail_of_a_section_quoted_in_full_is_the_items_under_it(pipeline, corpus_records):
    from assistant.passages import sentences

    section = next(r for r in corpus_records if r.label == "Group2 3")  # 『戦略』: three sentences
    focus = Focus(topic="未来戦略会議Group2のモバイル市役所ってどういう構想？", record_ids=[section.id],
                  scope_ids=[section.id], items=["Group2 3『戦略』"], titles=[section.title], cities=[section.city],
                  shown_ids=[section.id], shown_sentences=sentences(section.text))  # all quoted already
    _, more = pipeline.answer("もっと詳しく", conversation=Conversation(focus=focus))
    assert more.reading.follow_up == FollowUp.DETAIL
    assert [c.label for c in more.citations] == ["Group2 3-1", "Group2 3-2", "Group2 3-3"]
    assert "行政手続きの電子化の推進" in more.answer


@pytest.mark.parametrize(("question", "done"), [
    ("それって実際に整備されたの？", True), ("で、そこに実際Wi-Fi入ったの？", True), ("それ、実現したの？", True),
    ("Was it actually installed?", True), ("Has that been implemented yet?", True),
    ("それの予算はいくら？", False), ("Did they train staff to actually use it?", False), ("実際の予算は？", False),
])
def test_a_follow_up_asking_whether_it_was_done(question, done):
    from assistant.conversation import asks_if_done

    assert asks_if_done(question) is done


def test_whether_a_proposal_was_carried_out_is_answered_where_the_city_reports_it(pipeline, corpus_records):
    from assistant.conversation import Turn
    from assistant.passages import sentences

    proposal = next(r for r in corpus_records if r.label == "Group2 3-3")  # a strategy meeting's budget proposal
    topic = "未来戦略会議Group2は予算で何を提案したの？"
    turns = [Turn(question=topic, interpreted_question=topic, follow_up=FollowUp.NEW, cited=[proposal.id]),
             Turn(question="そのwi-fiはどこに整備するの？", interpreted_question="そのwi-fiはどこに整備するの？",
                  follow_up=FollowUp.DEMONSTRATIVE, cited=[proposal.id])]
    focus = Focus(topic=topic, record_ids=[proposal.id], scope_ids=[proposal.id], items=["Group2 3-3『今後の予算の提案』"],
                  titles=[proposal.title], cities=["狛江市"], shown_ids=[proposal.id],
                  shown_sentences=sentences(proposal.text)[:4])
    _, done = pipeline.answer("それ、実際に設置された？", conversation=Conversation(turns=turns, focus=focus))
    # 「wi-fi」, the user's word the proposal has and few records have: the progress report's item reports it
    assert done.citations[0].label == "取組項目07"
    assert "（実施の状況は取組項目07『職場のオンライン環境の整備』にあります）" in done.answer.splitlines()
    assert "会議室にWi-Fiを設置" in done.answer
    _, budget = pipeline.answer("それの予算はいくら？", conversation=Conversation(turns=turns, focus=focus))
    assert "実施の状況" not in budget.answer
    # the line says where what was done is reported only when that item answers first (取組項目07 prints no 円:
    # a figure asked of it is answered by the proposal that prints one, without the line)
    _, cost = pipeline.answer("それ、実際に設置された費用はいくら？", conversation=Conversation(turns=turns, focus=focus))
    assert cost.citations[0].label != "取組項目07" and "実施の状況" not in cost.answer
    # the user named nothing rare (「もう一つのグループの予算提案は？」): the record elsewhere sharing the most rare words
    # of the sentences the chat quoted (あいとぴあ, wi-fi …) reports it
    asked = "もう一つのグループの予算提案は？"
    plain = [Turn(question=asked, interpreted_question=asked, follow_up=FollowUp.NEW, cited=[proposal.id])]
    _, done = pipeline.answer("それって実際に整備されたの？", conversation=Conversation(
        turns=plain, focus=focus.model_copy(update={"topic": asked})))
    assert done.citations[0].label == "取組項目07"
    assert "（実施の状況は取組項目07『職場のオンライン環境の整備』にあります）" in done.answer.splitlines()


def test_others_are_the_items_not_shown_that_have_the_topics_distinctive_word(pipeline, corpus_records):
    from assistant.retrieve import searchable_text

    conversation = Conversation()
    _, first = pipeline.answer("狛江でLINEを使ってる取組ってどんなのがある？", conversation=conversation)
    shown = {c.label for c in first.citations}
    assert "取組項目04" in shown
    _, others = pipeline.answer("他には？", conversation=conversation)
    # 「LINE」: the word of the topic the items shown have that the fewest records have; every other item with it
    with_line = {r.label for r in corpus_records if r.city == "狛江市" and "line" in searchable_text(r)}
    # (and the rest of the item the last answer led with, when it quoted only the sentences that answered)
    assert {c.label for c in others.citations} - {first.citations[0].label} == with_line - shown
    assert "都市建設部「DXの推進により、市民サービスを充実します」" in with_line - shown


def test_a_demonstratives_own_words_may_lead_to_another_item_than_the_one_discussed(pipeline):
    questions = ["都市建設部はDXで何をする予定？", "それとは別に、道路の整備はどの計画で進めるの？"]
    _, (dx, road) = _turns(pipeline, questions)
    discussed = dx.citations[0].label
    assert discussed == "都市建設部「DXの推進により、市民サービスを充実します」"
    assert road.reading.follow_up == FollowUp.DEMONSTRATIVE
    # searched by its own words too (in the chat's city), the answer leads with another item of 都市建設部
    assert road.citations[0].label != discussed and road.citations[0].label.startswith("都市建設部")
    # without that second search, the subject's item answers first
    settings = pipeline.settings.retrieval
    old = settings.own_search_weight
    settings.own_search_weight = 0.0
    try:
        _, (_, alone) = _turns(pipeline, questions)
    finally:
        settings.own_search_weight = old
    assert alone.citations[0].label == discussed


def test_who_was_responsible_is_answered_with_the_items_offices(pipeline):
    conversation = Conversation()
    pipeline.answer("What did Komae do to promote My Number cards in FY2021?", conversation=conversation)
    _, composed = pipeline.answer("Who was responsible?", conversation=conversation)
    assert "・推進部署: 市民課／関係各課 [1]" in composed.answer.splitlines()


def test_another_city_is_searched_with_the_titles_of_the_items_discussed_too(pipeline):
    conversation = Conversation()
    pipeline.answer("小平市はテレワークをどう進める予定？", conversation=conversation)
    result, composed = pipeline.answer("狛江市は？", conversation=conversation)
    assert composed.reading.titles and composed.reading.follow_up == FollowUp.CITY
    # 「テレワーク体制の整備」 in 狛江市's documents: its サテライトオフィス item, which the question's
    # 「どう進める予定」 alone ranks fourth
    assert "取組項目50" in [e.record.label for e in result.evidence[:2]]


def test_another_citys_items_holding_the_topics_distinctive_word_answer_first(pipeline):
    conversation = Conversation()
    _, first = pipeline.answer("What's Kodaira's target for the e-approval rate of internal documents?",
                               conversation=conversation)
    assert first.items[0].record.label == "実施プログラム⑫"
    # 決裁 is the topic's word ⑫ holds that the fewest of 狛江市's records do: the department policy that plans
    # 電子決裁 answers, before the strategy report's 「今後の課題」 that the rest of the question matches better
    result, composed = pipeline.answer("and komae?", conversation=conversation)
    assert composed.reading.follow_up == FollowUp.CITY
    assert composed.items[0].record.label == "企画財政部「狛江市DX戦略の推進」"


def test_a_department_facet_is_asked_of_the_item_the_chat_led_with(pipeline):
    conversation = Conversation()
    _, first = pipeline.answer("Did Komae's strategy group suggest any support for families with kids moving close "
                               "to their parents?", conversation=conversation)
    assert len(first.items) > 1 and first.items[0].record.label == "Group1 3-3⑥"
    # "departments" matches 子ども家庭部 in the third item's text, which says nothing of the item meant
    _, offices = pipeline.answer("Which departments would handle that?", conversation=conversation)
    assert [e.record.label for e in offices.items] == ["Group1 3-3⑥"]
    assert "・担当: 政策室、市民課 [1]" in offices.answer.splitlines()
    # the report prints no date for it; an English topic's words are not matched letter by letter in other
    # items' Japanese text to find one elsewhere ('s' and 'group' had led to Group2 1-5's 2026年度)
    _, when = pipeline.answer("When would that actually start?", conversation=conversation)
    assert when.abstained and "2026" not in when.answer


def test_a_year_the_chat_carries_is_no_word_of_the_topic_another_city_must_print(pipeline):
    # the topic's 令和元年度 is printed by 小平市's item only: it says when, not what 狛江市 is asked about
    _, (_, why, komae) = _turns(pipeline, ["小平市って使ってない市の土地を売ったりしてるの？", "なんで令和元年度はそんなに多いの？",
                                           "狛江は？"])
    assert [c.label for c in why.citations] == ["実施プログラム⑨"]
    assert "旧ごみ集積所の普通財産化" in why.answer
    assert komae.reading.follow_up == FollowUp.CITY and not komae.abstained
    assert [c.label for c in komae.citations] == ["取組項目19"]


def test_a_date_an_item_lacks_is_answered_by_the_rule_its_document_states_for_all_units_of_its_kind(pipeline):
    # 検討プログラム㉑ prints no date; 第2章2 says every 検討プログラム is studied until the end of 令和4年度
    _, (_, until) = _turns(pipeline, ["小平市の広報活動ガイドラインってどんなもの？", "その検討っていつまで？"])
    assert not until.abstained
    assert [c.label for c in until.citations] == ["第2章2", "検討プログラム㉑"]
    assert "・検討プログラムの検討期間は令和 4 年度末までとし、2 年間の検討の結果を中間見直しの際にプログラムに反映させます。 [1]" \
        in until.answer.splitlines()


@pytest.mark.parametrize("question, kind", [
    ("それについて部会の委員からはどんな意見が出たの？", RecordType.meeting_summary),
    ("それ、会議の場ではどんな意見が出てた？", RecordType.meeting_summary),
    ("anything else the members said about it at the meeting?", RecordType.meeting_summary),
    # an opinion the question holds, or citizens' opinions collected: no speaker at a meeting
    ("府中の部会で、新しい施設をつくるときに将来の修繕費まで考えておくべきって意見は出てた？", None),
    ("狛江の市民センター改修って、市民の意見はどうやって聞いたの？", None),
])
def test_what_was_said_at_a_meeting_asks_its_summary(question, kind):
    assert asked_record_type(question) == kind


def test_what_members_said_about_the_topic_leads_with_the_meetings_summary(pipeline):
    _, (issues, said) = _turns(pipeline, ["府中の部会の資料だと、行政評価にはどんな課題があるって？",
                                          "それに対して委員からはどんな意見が出てた？"])
    assert issues.citations[0].label.startswith("見直し論点シート")
    assert said.reading.follow_up == FollowUp.DEMONSTRATIVE
    assert said.citations[0].label == "グループ① 会議録"
    # what was said, not when, where and by whom it was recorded
    assert "開催日時" not in said.answer and "記録者" not in said.answer and "場所：" not in said.answer
