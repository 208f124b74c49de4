"""Hybrid retrieval on the real corpus with the real model: Japanese, English, eras, paraphrases, references."""

import pytest

from assistant.lc_retriever import PlanRetriever
from assistant.retrieve import Filters

K000 = "000_3dacb80f56827af3.txt"
K001 = "001_d49a127c9747c6b0.txt"
K002 = "002_b30adf6a2737dba3.txt"
K003 = "003_352194a5035fd7a3.txt"
K004 = "004_ac35853668981a4b.txt"


def top_labels(pipeline, question, k=5, filters=None):
    return [(e.record.source_file, e.record.label) for e in pipeline.search(question, k=k, filters=filters).evidence]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("what did we do on paperless in R3", (K000, "取組項目08")),
        ("R3年度にペーパーレスで何をした？", (K000, "取組項目08")),
        ("令和3年度のペーパーレスの取組", (K000, "取組項目08")),
        ("2021年度 ペーパーレス", (K000, "取組項目08")),
        ("FY2021 paperless", (K000, "取組項目08")),
        ("取組項目8の状況", (K000, "取組項目08")),
        ("item 10", (K000, "取組項目10")),
        ("プログラム⑫の担当課は？", (K002, "実施プログラム⑫")),
        ("小平市で文書の電子化の担当課は？", (K002, "実施プログラム⑫")),
        ("指標No.4の値", (K000, "指標No.4")),
        ("財政調整基金残高の令和3年度末の値は？", (K000, "指標No.4")),
        ("マイナンバーカードの申請支援は何日実施しましたか", (K000, "取組項目10")),
        ("未来戦略会議Group1の次年度予算に向けた提案", (K003, "Group1 3-4")),
        ("府中市のグループ①の会議はいつ開かれた？", (K004, "グループ① 会議録")),
    ],
)
def test_first_result(pipeline, question, expected):
    assert top_labels(pipeline, question)[0] == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("紙の使用を減らすために狛江市は何をしましたか？", (K000, "取組項目08")),
        ("市役所に行かずに手続きできるようになりますか", (K000, "取組項目09")),
        ("How is Kodaira going to prepare telework for its staff?", (K002, "実施プログラム⑳")),
        ("職員が自宅で仕事をできるようにする取組", (K000, "取組項目50")),
    ],
)
def test_paraphrase_and_english_in_top5(pipeline, question, expected):
    assert expected in top_labels(pipeline, question)


def test_a_question_comparing_cities_finds_an_item_of_each(pipeline):
    question = "スマホが苦手な人への配慮を狛江市と府中市はどう考えてる？"
    assert [e.record.city for e in pipeline.search(question, k=10).evidence][:5] == ["狛江市"] * 5  # 府中市 lower
    evidence = pipeline.search(question, k=5).evidence
    # 狛江市's items outrank 府中市's; its lowest gives way to 府中市's best
    assert [e.record.city for e in evidence].count("府中市") == 1
    # (groups ① and ② of sheet 5-3 print the same text: either is 府中市's best)
    assert evidence[-1].record.source_file == K004
    assert evidence[-1].record.label in ("見直し論点シート 5-3 グループ①", "見直し論点シート 5-3 グループ②")
    assert {e.record.city for e in evidence[:4]} == {"狛江市"}


def test_results_are_one_per_record_best_first(pipeline):
    evidence = pipeline.search("DXの推進", k=10).evidence
    ids = [e.record.id for e in evidence]
    assert len(ids) == len(set(ids)) == 10
    scores = [e.score for e in evidence]
    assert scores == sorted(scores, reverse=True)


def test_filters(pipeline):
    assert {s for s, _ in top_labels(pipeline, "ペーパーレス", k=8, filters=Filters(cities=["小平市"]))} == {K002}
    assert {s for s, _ in top_labels(pipeline, "DX", k=8, filters=Filters(source_files=[K001]))} == {K001}
    years = Filters(fiscal_years=[2020])
    assert {s for s, _ in top_labels(pipeline, "テレワーク", k=8, filters=years)} <= {K003, K004}
    dept = pipeline.search("研修", k=5, filters=Filters(departments=["職員課"])).evidence
    assert dept and all(any("職員課" in d for d in e.record.departments) for e in dept)


def test_listing_returns_every_item_of_the_kind(pipeline):
    labels = top_labels(pipeline, "小平市の検討プログラムを全部挙げてください", k=5)
    assert {label for _, label in labels[:8]} == {f"検討プログラム{c}" for c in "㉑㉒㉓㉔㉕㉖㉗㉘"}


def test_which_items_are_under_headings_named_one_under_another(pipeline):
    labels = top_labels(pipeline, "施策1の方向性2の基本事業2にはどんな取組項目がある？", k=5)
    assert [label for _, label in labels[:3]] == ["取組項目07", "取組項目08", "取組項目09"]  # 基本事業2 デジタル化の推進
    # a path whose headings each exist but not under one another: missing, with what is under its existing part
    missing = pipeline.search("第6次行革推進計画の施策2・方向性1にある「基本事業2」には、どんな取組項目が入っていますか？").missing
    assert [(m.asked, m.available) for m in missing] == [("施策2・方向性1・基本事業2", ["施策2・方向性1・基本事業1"])]
    # the same with the 方向性 quoted by its title, now a record of its own (its text above its items): it is the
    # parent of what is asked, not the unit asked
    missing = pipeline.search("第6次行革の施策2・方向性1（財政規律の維持）の基本事業2には、どんな取組項目が入っていますか？").missing
    assert [(m.asked, m.available) for m in missing] == [("施策2・方向性1・基本事業2", ["施策2・方向性1・基本事業1"])]


def test_a_heading_kept_as_a_record_answers_of_itself_and_lists_the_items_under_it(pipeline):
    assert top_labels(pipeline, "施策2 方向性1『財政規律の維持』には何が書かれている？", k=1) == [
        ("000_3dacb80f56827af3.txt", "施策2 方向性1")]
    result = pipeline.search("施策2の方向性1にはどんな取組項目がある？", k=5)
    assert [e.record.label for e in result.evidence[:4]] == ["施策2 方向性1", "取組項目23", "取組項目24", "取組項目25"]
    listed = {e.record.id: e.record.label for e in result.evidence if e.record.id in result.listed}
    assert sorted(listed.values()) == ["取組項目23", "取組項目24", "取組項目25"]  # what the answer lists


def test_langchain_retriever_returns_documents_with_metadata(pipeline):
    retriever = PlanRetriever(assistant=pipeline, k=3)
    docs = retriever.invoke("what did we do on paperless in R3")
    assert len(docs) == 3
    first = docs[0]
    assert first.metadata["label"] == "取組項目08" and first.metadata["page"] == 10
    assert first.metadata["source_file"] == K000
    assert "狛江市のペーパーレスの取組に関する基本の方針" in first.page_content


@pytest.mark.parametrize(
    "filters",
    [
        Filters(cities=["小平市"]),
        Filters(cities=["狛江市", "府中市"], fiscal_years=[2021]),
        Filters(source_files=["002_b30adf6a2737dba3.txt"], fiscal_years=[2023, 2024]),
        Filters(departments=["企画"]),
        Filters(departments=["総務部", "教育"], cities=["狛江市"]),
        Filters(fiscal_years=[1999]),
        Filters(cities=["調布市"]),
    ],
)
def test_filter_mask_follows_the_per_record_rule(corpus_records, filters):
    from assistant.filters import FilterIndex

    mask = FilterIndex(corpus_records).mask(filters)
    expected = [filters.allows(r) for r in corpus_records]
    assert mask.tolist() == expected
    assert 0 <= mask.sum() < len(corpus_records)


@pytest.mark.parametrize(
    "question, expected",
    [
        # 「5-3」 is printed only as the parent of two sheets: it names both
        ("府中市の5-3の進捗は？", ["見直し論点シート 5-3 グループ①", "見直し論点シート 5-3 グループ②"]),
        ("府中市の5-2と5-3の課題は？", ["見直し論点シート 5-2 グループ①", "見直し論点シート 5-2 グループ②",
                                 "見直し論点シート 5-3 グループ①", "見直し論点シート 5-3 グループ②"]),
        # a group the document does not have names nothing (and is reported missing)
        ("府中市の5-3のグループ③の意見は？", []),
        # 「Group2」 heads a whole report: too many items to name them all
        ("未来戦略会議のGroup2の提案は？", []),
        # an item's whole title, quoted
        ("「継続的かつ安定的な市政運営」の進捗はどう評価されてる？",
         ["見直し論点シート 5-3 グループ①", "見直し論点シート 5-3 グループ②"]),
        ("「ペーパーレスの推進」はどうなっている？", []),  # not a whole title
    ],
)
def test_units_named_as_parents_or_by_quoted_title(pipeline, question, expected):
    result = pipeline.search(question)
    labels = sorted(pipeline.index.records[pipeline.index.record_pos[i]].label for i in result.referenced)
    assert labels == expected
    assert sorted(e.record.label for e in result.evidence[:len(expected)]) == expected
    if "グループ③" in question:
        assert [m.asked for m in result.missing] == ["グループ3"]


def test_english_words_the_documents_print_as_they_are_count_as_found(pipeline):
    # RPA is printed in the documents: not a word nothing translates, and it counts in the question's support
    result = pipeline.search("Where did Komae use RPA?")
    assert result.untranslated == [] and "rpa" in result.query_terms
    assert result.support() == 1.0


def test_an_english_place_name_the_documents_print_in_japanese_is_translated(pipeline):
    # "Tama" is a place to JMnedict (多摩, 多磨 …); the documents print 多摩川: a word of the question, no missing place
    result = pipeline.search("Is Komae planning anything to make the Tama River bank a nicer place to spend time?")
    assert result.missing == [] and "tama" not in result.untranslated and "多摩" in result.query.expansions
    assert result.evidence[0].record.label == "環境部「豊かで多様な自然と共生する水と緑のまちづくりを推進します」"


def test_a_named_city_is_a_filter_not_a_keyword(pipeline):
    # 「KOMAE」 is printed in one item's project name; the city named in a question only filters and ranks by city
    result = pipeline.search("What did Komae do about vaccination?")
    assert all("komae" not in e.matched_terms for e in result.evidence)
    assert {e.record.city for e in result.evidence} == {"狛江市"}


def test_an_office_the_question_names_ranks_the_items_it_is_in_charge_of(pipeline, settings):
    from assistant.pipeline import Assistant

    # 取組項目08 (推進部署 … 市民課) holds the cashless fees; 市民生活部's policy ties with it on the words alone
    question = "市民課の窓口で証明書の手数料を現金以外で払える？"
    assert pipeline.search(question).evidence[0].record.label == "取組項目08"
    retrieval = settings.retrieval.model_copy(update={"office_boost": 0.0})
    plain = Assistant(settings.model_copy(update={"retrieval": retrieval}), model=pipeline.model, index=pipeline.index)
    first, second = plain.search(question).evidence[:2]
    assert {first.record.label, second.record.label} == {"取組項目08", "市民生活部「市民の利便性向上を図るためDX化を推進します」"}
    assert first.score - pipeline.search(question).evidence[0].score < 0
    # an item that names the office in its text, not as the office in charge, ranks with the items it is in charge
    # of: a proposal's budget line 「委託費（街路灯等新設設置） 1,172,000 円（道路交通課・2020年度比 300,000 円増）」 is
    # not pushed below the chapter on street lights that 道路交通課 is in charge of
    budget = "未来戦略会議Group1の2021年度提案予算で、道路交通課の街路灯等新設の委託費はいくら？"
    assert pipeline.search(budget).evidence[0].record.label == "Group1 3-4"
    assert plain.search(budget).evidence[0].record.label == "Group1 3-4"  # first by words and meaning alike


def test_of_the_first_two_items_the_one_holding_more_of_the_own_words_goes_first():
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult, holding_most_first
    from assistant.types import Evidence, Record

    def item(label: str, text: str) -> Evidence:
        record = Record(id=f"r-{label}", source_file="x.txt", city="A市", document="A市の報告", kind="generic",
                        record_type="section", fiscal_years=[2021], label=label, number=None, title=f"{label}の題",
                        section="", departments=[], page=None, text=text)
        return Evidence(record=record, score=1.0)

    office = item("50", "サテライトオフィスを試行した。在宅勤務の環境を整えた。")
    hours = item("49", "在宅勤務の対象者を全職員に広げた。時差出勤を拡充した。")
    other = item("51", "在宅勤務の対象者と時差出勤の対象者を見直した。")
    result = SearchResult(query=parse_query("在宅勤務の対象は？"), evidence=[office, hours, other])
    words = [["在宅"], ["勤務"], ["対象"]]
    assert [e.record.label for e in holding_most_first(result, words, 2).evidence] == ["49", "50", "51"]
    # a tie keeps the order; so do no words; only the first ``among`` items are weighed
    assert [e.record.label for e in holding_most_first(result, [["在宅"]], 2).evidence] == ["50", "49", "51"]
    assert holding_most_first(result, [], 2) is result
    assert [e.record.label for e in holding_most_first(result, words, 1).evidence] == ["50", "49", "51"]
    # a word is held in any of its forms (an English word's Japanese words)
    assert [e.record.label for e in holding_most_first(result, [["対象者", "対象"], ["出勤"]], 2).evidence][0] == "49"


def test_another_item_is_one_numbered_like_the_item_discussed():
    from assistant.retrieve import above, first_peer
    from assistant.types import Evidence, Record

    def item(label: str, title: str, section: str, source: str = "x.txt") -> Evidence:
        record = Record(id=f"{source}-{label}", source_file=source, city="A市", document="A市の計画", kind="generic",
                        record_type="section", fiscal_years=[2025], label=label, number=None, title=title,
                        section=section, departments=[], page=None, text=f"{title}を進める。")
        return Evidence(record=record, score=1.0)

    policy = item("基本目標1", "健康的な生活習慣の定着", "第3章 分野別の取組")
    lead = item("基本目標3 (2)", "食育の推進", "第3章 分野別の取組 > 基本目標3 地域でつながり支え合う健康づくり")
    overview = item("第2章 2", "施策の体系", "第2章 計画の基本的な考え方")
    sibling = item("基本目標3 (1)", "地域の健康づくり活動の支援", lead.record.section)
    cousin = item("基本目標1 (1)", "栄養・食生活", "第3章 分野別の取組 > 基本目標1 健康的な生活習慣の定着")
    elsewhere = item("基本目標1 (1)", "栄養・食生活", "第3章", source="y.txt")
    # the parent and an overview stand above the item; its peers and another document's items do not
    assert above(policy.record, lead.record) and above(overview.record, lead.record)
    assert not above(sibling.record, lead.record) and not above(elsewhere.record, lead.record)
    found = [overview, sibling, elsewhere, cousin, lead]
    assert first_peer(found, lead.record, set(), []) is sibling
    # one whose title names a word of the turn (食 of 「食に関する取組はほかにも？」) first; shown ones are not others
    assert first_peer(found, lead.record, set(), ["食"]) is cousin
    assert first_peer(found, lead.record, {sibling.record.id}, []) is cousin
    assert first_peer([overview, elsewhere], lead.record, set(), []) is None
    assert first_peer(found, policy.record, set(), []) is None  # no other 基本目標N among them


def test_an_item_under_the_first_that_matches_more_of_the_question_answers_first():
    from assistant.retrieve import children_first
    from assistant.types import Evidence, Record

    def item(label: str, section: str, matched: list[str]) -> Evidence:
        record = Record(id=label, source_file="x.txt", city="A市", document="A市のプラン", kind="generic",
                        record_type="section", fiscal_years=[2025], label=label, number=None, title=label,
                        section=section, departments=[], page=None, text="。")
        return Evidence(record=record, score=1.0, matched_terms=matched)

    policy = item("基本方針1", "4 改革の基本方針", ["市役所", "窓口"])
    online = item("基本方針1 (1)", "4 改革の基本方針 > 基本方針1", ["窓口"])
    cashless = item("基本方針1 (3)", "4 改革の基本方針 > 基本方針1", ["窓口", "カード", "スマートフォン"])
    other = item("基本方針2 (1)", "4 改革の基本方針 > 基本方針2", ["窓口", "カード", "スマートフォン", "支払"])
    under = {"基本方針1": ["基本方針1 (1)", "基本方針1 (2)", "基本方針1 (3)"]}.get
    labels = lambda found: [e.record.label for e in found]  # noqa: E731
    assert labels(children_first([policy, online, cashless, other], lambda i: under(i, []), 3)) == [
        "基本方針1 (3)", "基本方針1", "基本方針1 (1)", "基本方針2 (1)"]
    # beyond the first ``among``, matching no more than the parent, or not under it: as found
    assert labels(children_first([policy, online, other, cashless], lambda i: under(i, []), 3)) == [
        "基本方針1", "基本方針1 (1)", "基本方針2 (1)", "基本方針1 (3)"]
    assert labels(children_first([online, policy, cashless], lambda i: under(i, []), 3)) == [
        "基本方針1 (1)", "基本方針1", "基本方針1 (3)"]


def test_two_rankings_are_fused_and_an_item_only_the_second_found_joins():
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult, fuse_rankings
    from assistant.types import Evidence, Record

    def item(label: str, text: str) -> Evidence:
        record = Record(id=f"r-{label}", source_file="x.txt", city="A市", document="A市の報告", kind="generic",
                        record_type="section", fiscal_years=[2021], label=label, number=None, title=f"{label}の題",
                        section="", departments=[], page=None, text=text)
        return Evidence(record=record, score=1.0, matched_terms=["ignored"])

    dx, plan, road = item("DX", "電子申請を広げる。"), item("計画", "計画を立てる。"), item("道路", "道路の整備計画を進める。")
    subject = SearchResult(query=parse_query("DXの推進 道路の整備はどの計画で？"), evidence=[dx, plan],
                           query_terms=["道路", "整備", "計画"])
    own = SearchResult(query=parse_query("道路の整備はどの計画で？"), evidence=[road, plan])
    # 計画: 1/(2+2) + 0.5/(2+2); DX: 1/(2+1); 道路: 0.5/(2+1)
    fused = fuse_rankings(subject, own, 0.5, 2.0)
    assert [e.record.label for e in fused.evidence] == ["計画", "DX"]
    # a tie goes to the first ranking's item (DX and 道路 both 1/3 at weight 1)
    assert [e.record.label for e in fuse_rankings(subject, own, 1.0, 2.0).evidence] == ["計画", "DX"]
    # weighed more, the item only the second ranking found joins (2/3 against DX's 1/3) ...
    fused = fuse_rankings(subject, own, 2.0, 2.0)
    assert [e.record.label for e in fused.evidence] == ["計画", "道路"]
    # ... its terms counted against the first question's terms
    assert fused.evidence[1].matched_terms == ["道路", "整備", "計画"]
    assert fuse_rankings(subject, own, 0.0, 2.0) is subject


def test_a_noun_unidic_splits_off_a_compound_is_a_keyword(pipeline):
    """「紙」 finds the items that print it only inside a compound UniDic cuts with 紙 as a suffix: the 再生紙
    whose purchases 取組項目08 counts (it had no keyword score at all for 紙)."""
    retriever = pipeline.retriever
    scores, terms = retriever.keyword("紙", retriever.scope(Filters()))
    found = {(retriever.index.records[pos].source_file, retriever.index.records[pos].label) for pos in scores}
    assert terms == ["紙"]
    assert {(K000, "取組項目08"), (K000, "取組項目16")} <= found


def test_an_everyday_word_finds_the_documents_word_through_word_vectors(pipeline):
    """水浸し is in no document; GiNZA's vectors put it next to 浸水, which the sewerage policy uses."""
    assert "浸水" in pipeline.retriever.index.synonyms.expand("大雨で家が水浸しにならないように何かしてる？")
    assert (K001, "環境部「持続可能な下水道による安全で快適なまちづくりを推進します」") in top_labels(
        pipeline, "大雨で家が水浸しにならないように何かしてる？", k=3)


def test_the_words_naming_a_document_count_less_than_the_words_of_the_item_asked(pipeline, settings):
    from assistant.pipeline import Assistant

    # 「未来戦略会議」「Group」 name the report: its cover page, which prints little else, gains nothing by them
    question = "未来戦略会議のGroup2が提案してるモバイル市役所って何？"

    def lead(assistant) -> float:  # how far the section on the strategy leads the cover page (negative: behind)
        scores = {e.record.label: e.score for e in assistant.search(question, k=5).evidence}
        return scores["Group2 3"] - scores["Group2 表紙"]

    retrieval = settings.retrieval.model_copy(update={"document_words_weight": 1.0})
    plain = Assistant(settings.model_copy(update={"retrieval": retrieval}), model=pipeline.model, index=pipeline.index)
    assert lead(plain) < 0 <= lead(pipeline)
    retriever = pipeline.retriever
    named = {"未来": 1.0, "会議": 1.0, "モバイル": 1.0}
    assert retriever._without_document_words(named) == {"未来": 0.5, "会議": 0.5, "モバイル": 1.0}
    assert retriever._without_document_words({"未来": 1.0, "会議": 1.0}) == {"未来": 1.0, "会議": 1.0}
    assert retriever._without_document_words({"未来": 1.0, "モバイル": 1.0}) == {"未来": 1.0, "モバイル": 1.0}


def test_a_glossary_row_weighs_as_the_one_word_it_stands_for(pipeline, settings):
    """「ネットで」 is searched as オンライン and 電子申請, four index terms: together they weigh as the one word the
    question used, or they outweigh 「セミナー」, the word that names the item asked (Group2 5-3 『セミナー等』)."""
    from assistant.pipeline import Assistant
    from assistant.query import parse_query

    question = "若手職員のGroup2の中間報告で、情報集めのために受けたセミナーを全部挙げてほしい。ネットで見たものもある？"
    retriever = pipeline.retriever
    weights = retriever._row_weighted(parse_query(question), {"オン": 1.0, "ライン": 1.0, "電子": 1.0, "申請": 1.0,
                                                              "セミナー": 1.0, "職員": 1.0})
    assert weights == {"オン": 0.25, "ライン": 0.25, "電子": 0.25, "申請": 0.25, "セミナー": 1.0, "職員": 1.0}
    # a term the question uses itself keeps its own weight (「電子申請をネットで…」: 電子, 申請 are the asker's)
    assert retriever._row_weighted(parse_query("電子申請はネットでできる？"), {"オン": 1.0, "ライン": 1.0, "電子": 1.0}) == {
        "オン": 0.5, "ライン": 0.5, "電子": 1.0}
    assert top_labels(pipeline, question)[0] == (K003, "Group2 5-3")
    retrieval = settings.retrieval.model_copy(update={"expansion_row_weight": 0.0})
    plain = Assistant(settings.model_copy(update={"retrieval": retrieval}), model=pipeline.model, index=pipeline.index)
    assert [(e.record.source_file, e.record.label) for e in plain.search(question).evidence][0] != (K003, "Group2 5-3")


def test_an_english_translation_that_tags_to_no_word_names_no_subject(pipeline):
    # "earn" translates to 得る, とる, 上げる, 挙げる: とる tags to no word, and the phrase is all verbs; 実施プログラム⑨
    # prints 公有財産 and its 売り払い収入 by year (round 59)
    result = pipeline.search("How much does Kodaira earn from selling off public property?")
    assert "とる" in result.predicates and result.support() == 0.5
    _, composed = pipeline.answer("How much does Kodaira earn from selling off public property?")
    assert not composed.abstained and composed.citations[0].label == "実施プログラム⑨"


def test_support_counts_only_words_that_say_what_is_asked_about():
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.types import Evidence, Record

    record = Record(id="r", source_file="x.txt", city="A市", document="A市の方針", kind="generic", record_type="section",
                    fiscal_years=[2022], label="環境部「脱炭素」", number=None, title="脱炭素", section="",
                    departments=["環境部"], page=None, text="ゼロカーボンシナリオを策定します。")
    found = Evidence(record=record, score=1.0, matched_terms=["環境", "シナリオ"])
    asked = lambda terms: SearchResult(query=parse_query("q"), evidence=[found], query_terms=terms).support()  # noqa: E731
    # 今 and 本当 say nothing of a subject: two of the three other words are found
    assert asked(["環境", "今", "シナリオ", "本当", "中身"]) == 2 / 3
    assert asked(["環境", "シナリオ", "中身", "策定"]) == 2 / 4
    # what the question asks of its subject, in the asker's verbs (延びる, 始まる; the documents write 延長, 開始),
    # counts neither way: its nouns say what it is about
    verbs = SearchResult(query=parse_query("q"), evidence=[found], query_terms=["環境", "延びる", "シナリオ", "始まる"],
                         predicates=["延びる", "始まる"])
    assert verbs.support() == 1.0
    # an English phrase whose translations are all verbs ("put aside": おく, とる) counts neither way either
    english = SearchResult(query=parse_query("q"), evidence=[found], query_terms=["環境", "シナリオ", "おく", "とる", "日々"],
                           term_groups=[["環境"], ["シナリオ"], ["おく", "とる"], ["日々"]], predicates=["おく", "とる"])
    assert english.support() == 2 / 3
    # a phrase counts once, found by any of its words: a glossary phrase (補助金) as much as a translated one
    # (交付金 or 助成金), whose words (交付, 助成, 補助) the keyword search also asks
    subsidies = SearchResult(query=parse_query("How many subsidies were paid, and the total?").model_copy(
        update={"expansions": ["補助金", "交付金", "助成金", "総額"]}), evidence=[found.model_copy(
            update={"matched_terms": ["交付", "補助", "総額"]})],
        query_terms=["補助", "交付", "助成", "総額", "給与"], term_groups=[["交付金", "助成金"], ["総額"], ["給与"]])
    assert subsidies.support() == 3 / 4


def test_a_japanese_questions_verbs_and_adjectives_are_its_predicates(pipeline):
    result, _ = pipeline.answer("定年が延びる制度っていつから始まる予定ですか？")
    assert result.predicates == ["延びる", "始まる"]
    assert result.query_terms == ["定年", "延びる", "制度", "始まる", "予定"]
    result, _ = pipeline.answer("Which police station does Fuchu work with to tackle bicycle theft?")
    assert result.predicates == ["取り組む"]  # of an English question: among its translations ("tackle")
