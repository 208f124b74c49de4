"""Cited extractive answers on real records: exact citations, verbatim numbers, abstention, nothing uncited."""

import re

import pytest

from assistant.jp import counters_asked

CITATION_LINE = re.compile(r"^■ \[(\d+)\] ")
CITED_SENTENCE = re.compile(r"^・.+ \[(\d+)\]$")


LEAD_LINE = re.compile(r"^(?:資料に基づく回答です|From the documents|令和\S+年度版（|According to the FY)")
STATED_LINE = re.compile(r"^\S.* \[(\d+)\]$")  # the figure or date asked for, stated first


def assert_every_sentence_cited(answer: str, n_citations: int) -> None:
    body = [line for line in answer.splitlines() if not LEAD_LINE.match(line)]
    assert body, answer
    for line in body:
        m = CITATION_LINE.match(line) or CITED_SENTENCE.match(line) or STATED_LINE.match(line)
        assert m, f"uncited line: {line!r}"
        assert 1 <= int(m.group(1)) <= n_citations


def test_canonical_staff_question(pipeline):
    result = pipeline.ask("what did we do on paperless in R3")
    assert not result.abstained
    first = result.citations[0]
    assert (first.source_file, first.label, first.title, first.page) == (
        "000_3dacb80f56827af3.txt", "取組項目08", "5レスの推進", 10
    )
    assert first.section == "施策1 質の高い行政運営の推進 > 方向性2 事務の簡素化・効率化 > 基本事業2 デジタル化の推進"
    lines = result.answer.splitlines()
    assert lines[0] == "From the documents (quoted in Japanese, with sources):"
    assert lines[1] == "■ [1] 狛江市第6次行財政改革推進計画 令和3年度進捗状況報告書 取組項目08『5レスの推進』(P.10)"
    assert "狛江市のペーパーレスの取組に関する基本の方針" in result.answer
    assert_every_sentence_cited(result.answer, len(result.citations))


def test_quotes_are_document_text(pipeline, corpus_records):
    result = pipeline.ask("R3年度にペーパーレスで何をした？")
    texts = {(r.source_file, r.label): r.text for r in corpus_records}
    for citation in result.citations:
        for part in citation.quote.removesuffix("…").split(" "):
            assert part in texts[(citation.source_file, citation.label)]


def test_numbers_appear_verbatim(pipeline):
    result = pipeline.ask("財政調整基金残高の令和3年度末の値は？")
    assert not result.abstained
    assert result.citations[0].label == "指標No.4"
    assert "令和3年度末現状値: 20.1" in result.answer
    assert "令和6年度末目標値: 20.0" in result.answer
    assert_every_sentence_cited(result.answer, len(result.citations))


def test_counts_are_quoted_with_their_units(pipeline):
    result = pipeline.ask("マイナンバーカードの申請支援は何日実施して、延べ何人が利用しましたか？")
    assert not result.abstained and result.citations[0].label == "取組項目10"
    assert "実施日数23日、延べ人数470人" in result.answer


def test_department_question_lists_the_departments(pipeline):
    result = pipeline.ask("小平市で文書の電子化・ペーパーレス化の担当課は？")
    assert result.citations[0].label == "実施プログラム⑫"
    assert "・担当課: 総務課" in result.answer  # as the item prints it, under its own heading


def test_comparison_cites_both_cities(pipeline):
    result = pipeline.ask("狛江市と小平市のペーパーレスの取組を比べるとどう違いますか？")
    cited = {(c.source_file, c.label) for c in result.citations}
    assert ("000_3dacb80f56827af3.txt", "取組項目08") in cited
    assert ("002_b30adf6a2737dba3.txt", "実施プログラム⑫") in cited
    assert_every_sentence_cited(result.answer, len(result.citations))


def test_listing_under_a_heading(pipeline):
    result = pipeline.ask("方向性2 事務の簡素化・効率化の取組項目を全部")
    labels = [c.label for c in result.citations if c.source_file.startswith("000")]
    assert labels == [f"取組項目{n:02d}" for n in range(4, 14)]


def test_a_long_listing_is_capped_and_says_how_many_match(settings, pipeline):
    from assistant.pipeline import Assistant

    retrieval = settings.retrieval.model_copy(update={"max_listed": 6})
    capped = Assistant(settings.model_copy(update={"retrieval": retrieval}), model=pipeline.model, index=pipeline.index)
    result = capped.ask("方向性2 事務の簡素化・効率化の取組項目を全部")
    labels = [c.label for c in result.citations if c.source_file.startswith("000")]
    assert len(labels) == 6 and set(labels) <= {f"取組項目{n:02d}" for n in range(4, 14)}
    assert result.answer.splitlines()[0] == (
        "資料に基づく回答です（該当する10件のうち6件の記載。市・資料・年度で絞り込むと残りも確認できます）。"
    )
    full = pipeline.ask("方向性2 事務の簡素化・効率化の取組項目を全部")
    assert full.answer.splitlines()[0] == f"資料に基づく回答です（{len(full.citations)}件の記載）。"


@pytest.mark.parametrize(
    "question, reason, must_say",
    [
        ("調布市の令和3年度のペーパーレスの取組は？", "city_not_in_corpus", "調布市"),
        ("取組項目24の令和3年度の取組状況は？", "status_missing", "取組項目24"),
        # the city named: in a corpus of several cities another plan may state some cost
        ("狛江市のマイナサポートセンターの開設にかかった費用は何円ですか？", "no_figure", "記載されていません"),
        # a count asked with its counter (何施設, いくつの団体, 施設はいくつ): a number with that counter
        ("狛江市で指定管理者制度を導入している施設は何施設ありますか？", "no_figure", "記載されていません"),
        # the only % of the item found is another thing's (東京都's paper saving)
        ("狛江でマイナンバーカードを持ってる人の割合は何%？", "no_figure", "記載されていません"),
        # a count asked of a table of shares (「…の割合」: its values are %, whatever its title's brackets say)
        ("係長職以上の女性職員は何人？", "no_figure", "記載されていません"),
        # an English count with words before the counted noun ("My Number cards" -> 枚): the item counts people helped
        ("How many My Number cards did Komae issue in FY2021?", "no_figure", "The documents do not state that figure"),
        # a list's short line counts its own thing (「・利用支援サービス協力員ヒアリング（1人）」), no table cell
        ("How many residents took part in Komae's citizen workshops?", "no_figure", "The documents do not state that figure"),
        # money asked in words (どれくらい…経費) of an item that prints counts and hours, no yen
        ("粗大ごみの申請書の入力をAI-OCRにして、経費はどれくらい浮いた？", "no_figure", "記載されていません"),
        # an area asked for (no document prints one in ㎡ or ha); a target about an area is answered (below)
        ("府中市の市民1人当たりの公共施設の延床面積って、今どのくらいなの？", "no_figure", "記載されていません"),
        ("小平市の第2期経営方針推進プログラムにはどんなプログラムがありますか？", "edition_not_in_corpus", "第2期"),
        ("今日の天気は？", "weak_match", "見つかりませんでした"),
        # an English question naming a place no document names (JMnedict lists France as a place)
        ("What's the capital of France?", "place_not_in_corpus", "The documents do not mention France"),
        # a Japanese question naming a place no document prints (UniDic's 固有名詞・地名)
        ("新宿駅前に市の職員が使えるサテライトオフィスはある？", "place_not_in_corpus", "資料に「新宿」の記載はありません"),
        # a yes/no question about a thing no document prints, nor any synonym of it (電子書籍)
        # a name the question quotes that no document prints, asked in any way
        ("狛江市の「ふるさと応援住宅」について教えて", "thing_not_in_corpus",
         "狛江市の資料には「ふるさと応援住宅」についての記載がありません"),
        ("狛江の新しい図書館では電子書籍の貸し出しも始まりますか？", "thing_not_in_corpus",
         "狛江市の資料には「電子書籍」についての記載がありません"),
        # what a question asking what it says names with 「…について」, printed nowhere (バス)
        ("Group2の中間報告の技術の進歩例で、自動運転の車やバスについては何て書いてある？", "thing_not_in_corpus",
         "小平市、府中市、狛江市の資料には「バス」についての記載がありません"),
        # a compound whose words each appear but no item holds together (病児: only 保育 is printed), and a
        # loanword made of two printed ones (シェア, サイクル) that no document prints whole
        ("子どもが熱を出したときに預けられる病児保育、狛江市にはありますか？", "thing_not_in_corpus",
         "狛江市の資料には「病児保育」についての記載がありません"),
        ("狛江市でシェアサイクルを導入する計画はありますか？", "thing_not_in_corpus",
         "狛江市の資料には「シェアサイクル」についての記載がありません"),
        # a count so far (これまでに) of an item that prints only a yearly target (「1年に1業務以上、…拡大していきます」)
        ("小平市では、RPAみたいな自動化の仕組みを、これまでに何業務くらい入れてるんですか？", "only_targets",
         "資料にあるのは目標・計画の数値です"),
        # near misses: named things the documents do not hold, and what they hold instead
        ("狛江市の指標No.9の目標値は？", "unit_not_in_corpus", "資料にあるのは指標1〜7です"),
        ("未来戦略会議のGroup4はどんな提案をした？", "unit_not_in_corpus", "グループ1〜2"),
        # the n-th entry of a list the item answering lists fewer of
        ("未来戦略会議Group1の未来予測（仮説）の6つ目は？", "unit_not_in_corpus", "「未来予測（仮説）」の(1)〜(5)"),
        # an entry under a numbered heading that holds four
        ("未来戦略会議のGroup1の1(5)って何？", "unit_not_in_corpus", "資料にあるのは1(1)〜1(4)です"),
        ("小平市の推進プログラムの第1章3には何が書いてある？", "unit_not_in_corpus", "資料にあるのは第1章1〜第1章2です"),
        # a thing the document named (by its year and title) does not print and another of its city's does
        ("令和4年度の部の方針で、RPAの対象業務はどう広げる？", "term_not_in_corpus",
         "狛江市 令和4年度 部の方針（案）の資料には「RPA」の記載が見つかりません"),
        ("府中市の部会の第1回ではどんな意見が出た？", "meeting_not_in_corpus", "資料にあるのは第3回です"),
        # of a question naming two cities, the clause naming one asks that city (小平市 prints 職員定数, 府中市 not)
        ("府中市の職員定数って何人？小平市の推進プログラムだと960人だけど。", "term_not_in_corpus",
         "府中市の資料には「職員定数」の記載が見つかりません（記載があるのは小平市の資料です）"),
        # …and so do the clauses after it that name no city
        ("府中市の部会の資料って、職員定数は何人になってる？小平市だと960人だけど。", "term_not_in_corpus",
         "府中市の資料には「職員定数」の記載が見つかりません（記載があるのは小平市の資料です）"),
        # a document named by a year and its title's words that no document so titled covers
        ("R5年度の教育部の方針だと、コミュニティ・スクールはどう進める？", "edition_not_in_corpus",
         "ご質問のR5年度の教育部の方針についての資料は収録されていません（資料にあるのは狛江市 令和4年度 部の方針（案）です）"),
        ("令和4年度の行革の進捗報告書では、ペーパーレスはどうなった？", "edition_not_in_corpus",
         "資料にあるのは狛江市第6次行財政改革推進計画 令和3年度進捗状況報告書です"),
        # …or by the one word of its title no other document's holds, as the noun the year qualifies
        ("令和3年度の部会では、公共施設のことはどうまとまったんですか？", "edition_not_in_corpus",
         "ご質問の令和3年度の部会についての資料は収録されていません（資料にあるのは府中市 第3回 部会検討結果報告書（行財政運営部会）です）"),
        ("狛江市の行政改革推進課はどんな業務を担当していますか？", "office_not_in_corpus", "「行政改革推進課」"),
        # a thing only another city's documents name (狛江市's 指標No.4), asked of 小平市
        ("小平市の財政調整基金はいくら残っていますか？", "term_not_in_corpus", "記載があるのは狛江市の資料です"),
    ],
)
def test_abstains_when_the_documents_do_not_answer(pipeline, question, reason, must_say):
    _, composed = pipeline.answer(question)
    assert composed.abstained and composed.reason == reason
    assert must_say in composed.answer
    result = pipeline.ask(question)
    assert result.abstained


def test_a_section_asked_by_its_chapter_and_number_is_that_section(pipeline):
    result, composed = pipeline.answer("小平市の推進プログラムの第1章2には何が書いてある？")
    assert result.evidence[0].record.label == "第1章2" and not composed.abstained


def test_an_entry_asked_by_its_headings_title_is_the_item_that_lists_it(pipeline):
    # 「未来予測の5つ目」: Group1 2 lists (1)〜(5) under that title; not Group1 5 (the member list) by the bare 5
    result, composed = pipeline.answer("未来戦略会議Group1の未来予測の5つ目は？")
    assert not composed.abstained
    assert result.evidence[0].record.label == "Group1 2"
    # and it alone is quoted
    bullets = [line for line in composed.answer.splitlines() if line.startswith("・")]
    assert len(bullets) == 1 and bullets[0].startswith("・(5) 新学習指導要領では")


def test_a_dash_value_is_answered_with_its_note_and_the_printed_values(pipeline):
    _, composed = pipeline.answer("経常収支比率の令和3年度末の値は何%ですか？")
    assert not composed.abstained
    assert composed.answer.splitlines()[0] == (
        "令和3年度末現状値は記載されていません（指標No.3 経常収支比率 (%)）。"
        "注記: ※3 経常収支比率については、7月末に確定するため、記載なしとしています。"
        "記載のある値: 平成30年度末時点値 89.6%、令和2年度末現状値 88.7%、令和6年度末目標値 90.0%以下。 [1]")


@pytest.mark.parametrize(("question", "first_line"), [
    ("係長職以上の女性職員の割合の令和6年度末の目標値は？",
     "令和6年度末目標値 35.0（指標No.7 各役職段階にある職員に占める女性職員の割合） [1]"),
    ("狛江ロケーションサービスの令和3年度の収入はいくら？", "1,587,050円（取組項目34 狛江ロケーションサービスの推進） [1]"),
    # the same list line answers a question that names what it counts
    ("利用支援サービス協力員のヒアリングは何人にした？", "1人（取組項目16 市民センター改修に伴う各施設整備の推進） [1]"),
    # money asked in words: a figure in yen anywhere in the item answers, in a sentence sharing no word with it
    ("狛江のロケ地サービスで、令和3年度はどのくらいお金が入った？", "1,587,050円（取組項目34 狛江ロケーションサービスの推進） [1]"),
    # multipliers in a row (千万), and 以上 read as what follows the unit, not as part of it
    ("小平市の公有財産の売り払い収入は毎年いくらを目指していますか？",
     "2千万円以上（実施プログラム⑨ 公有財産の売り払い及び貸付） [1]"),
    # a year-by-year list in prose: the year asked, or the latest when the latest is asked
    ("小平市の普通財産の売り払い収入は令和元年度にいくらでしたか？",
     "令和元年度:約6,400万円（実施プログラム⑨ 公有財産の売り払い及び貸付） [1]"),
    ("小平市の公有財産の売り払い収入って、直近どれくらいありました？",
     "令和2年度:約5,600万円（実施プログラム⑨ 公有財産の売り払い及び貸付） [1]"),
    # a rate printed without a unit is a figure; 「2012年以降」 in the same sentence is a date, not one
    ("狛江市の合計特殊出生率はどのくらい？", "1.30（Group1 1(2) 合計特殊出生率の停滞） [1]"),
])
def test_a_figure_question_states_the_figure_first(pipeline, question, first_line):
    _, composed = pipeline.answer(question)
    assert composed.answer.splitlines()[0] == first_line


def test_a_count_printed_with_its_counter_is_answered(pipeline):
    _, composed = pipeline.answer("狛江市で防犯カメラを何台設置しましたか？")
    assert not composed.abstained
    assert composed.answer.splitlines()[0].startswith("約170台（Group1 3-3①")
    # 「5つの事業」 counts 事業 as well as 「5事業」 does
    _, composed = pipeline.answer("ふるさと納税の寄附金の使いみち、R3年度に見直したよね？いくつの事業にしたんだっけ？")
    assert composed.answer.splitlines()[0] == "5つの事業（取組項目33 ふるさと納税制度の活用） [1]"


@pytest.mark.parametrize(("own_words", "expected"), [
    ("R4年度はどう広げていく方針？", True),
    ("what about next year's plan?", True),
    ("R4は？", False),  # only a year: the topic is asked again, its figure with it
    ("R4はいくつ？", False),
    ("R4は何人？", False),
    ("how many in FY2022?", False),
    # a yes-or-no question of its own, not of "it" (round 55)
    ("does fuchu run a similar survey of residents?", True),
    ("does fuchu publish a figure like that?", False),
    ("is it in kodaira too?", False),
])
def test_a_replayed_turn_asks_no_figure_when_its_own_question_wants_none(own_words, expected):
    from assistant.compose import wants_no_figure

    assert wants_no_figure(own_words) is expected


@pytest.mark.parametrize(("question", "counters"), [
    ("公の施設は、現在いくつありますか", ["施設"]),
    ("いくつの団体が参加しましたか", ["団体"]),
    ("街路灯は何基新設された？", ["基"]),
    ("何か所に設置した？", ["か所|箇所|カ所|ヶ所|ヵ所|ケ所"]),
    ("これまでに何業務くらい入れてる？", ["業務"]),
    ("チラシは何部くらい刷る予定？", ["部"]),  # copies
    ("何台かの車で回る予定はある？", []),  # a few cars, not how many
    ("全部で何台か教えて", ["台"]),
    ("目標値はいくつ？", []),  # a value, not a count of things
    ("何課が担当？", []),  # an office asked, not a count
    ("返礼品は何品追加されたんですか？", ["品"]),  # goods counted (round 54)
    ("何棟の施設を改修した？", ["棟"]),
])
def test_the_counter_a_count_question_asks_for(question, counters):
    assert counters_asked(question) == counters


def test_a_year_the_table_does_not_print_is_declined(pipeline):
    _, composed = pipeline.answer("係長職以上の女性職員の割合の令和元年度末の値は何%？")
    assert composed.abstained


def test_missing_status_is_not_borrowed_from_a_neighbour(pipeline, corpus_records):
    result = pipeline.ask("取組項目24の令和3年度の取組状況は？")
    neighbours = [r for r in corpus_records if r.label in ("取組項目22", "取組項目26")]
    for r in neighbours:
        assert r.text[:30] not in result.answer
    assert result.citations[0].label == "取組項目24"


def test_abstention_never_substitutes_another_city(pipeline):
    result = pipeline.ask("八王子市の市債残高は令和3年度末でいくらですか？")
    assert result.abstained
    assert "184.3" not in result.answer  # 狛江市's figure must not stand in for 八王子市's


def test_english_abstention_is_in_english(pipeline):
    _, composed = pipeline.answer("How much did it cost to open the My Number support center in Komae?")
    assert composed.abstained and composed.reason in ("no_figure", "weak_match")
    assert composed.answer.startswith("The documents do not ")
    assert "Closest items in the documents:" in composed.answer


def test_a_listing_by_office_lists_the_units_that_office_heads(pipeline, corpus_records):
    result = pipeline.ask("環境部の方針を全部教えてください")
    expected = {r.label for r in corpus_records if r.label.startswith("環境部「")}
    assert expected and {c.label for c in result.citations} == expected


def test_a_listing_by_heading_words_lists_the_units_under_that_heading(pipeline, corpus_records):
    result = pipeline.ask("狛江市の計画で自主財源に関する取組項目を全部挙げて")
    expected = {r.label for r in corpus_records if "自主財源" in r.section and r.label.startswith("取組項目")}
    assert expected and {c.label for c in result.citations} == expected


def test_units_asked_under_a_heading_named_by_its_title_are_listed(pipeline, corpus_records):
    # no 全部 or 一覧: 「…に位置づけられている取組項目は何ですか」 asks which units are under the heading quoted
    result = pipeline.ask("「財政規律の維持」に位置づけられている取組項目は何ですか？")
    assert [c.label for c in result.citations] == ["取組項目23", "取組項目24", "取組項目25"]
    # a report's heading without numbered units of the kind asked: the units right under it
    result = pipeline.ask("Group1の中間報告書で「移住施策」として挙げられている施策は何ですか？")
    assert [c.label for c in result.citations] == ["Group1 3-3①", "Group1 3-3②", "Group1 3-3③"]
    # the heading named inside a group named by its number (the chapter's title, not Group1's)
    result = pipeline.ask("Group2の報告書の「将来予測/現状分析」の章にはどんな項目がありますか？")
    assert [c.label for c in result.citations] == [f"Group2 1-{n}" for n in range(1, 6)]


def test_a_heading_named_by_most_of_its_titles_words_lists_its_units(pipeline):
    # 基本事業1 規律ある財政運営: 規律, 財政, 運営 (and ある) all in the question, in another order
    result = pipeline.ask("財政運営の規律を守る基本事業には、どの取組項目がありますか？")
    assert [c.label for c in result.citations] == ["取組項目23", "取組項目24", "取組項目25"]


def test_units_asked_by_another_word_under_a_quoted_heading_are_listed(pipeline):
    # 提案 is no unit kind: the heading quoted says which units, every one under it
    result = pipeline.ask("Group1の報告書で「移住施策」として挙げられている提案はどれですか？")
    assert [c.label for c in result.citations] == ["Group1 3-3①", "Group1 3-3②", "Group1 3-3③"]


def test_which_heading_holds_an_item_is_no_listing(pipeline):
    result = pipeline.ask("狛江市第6次行財政改革推進計画で、市民協働に対する理解を深める取組は、どの基本事業に位置づけられていますか？")
    # (the plan's chapters right under its title, 1, 2 and 6, are not listed as if asked)
    labels = [c.label for c in result.citations]
    assert not result.abstained and "取組項目42" in labels and not {"2", "6"} & set(labels)


def test_a_heading_title_no_document_of_the_city_has_is_missing(pipeline):
    _, composed = pipeline.answer("狛江市の行財政改革推進計画の「公共施設の長寿命化の推進」という基本事業には、どんな取組項目がありますか？")
    assert composed.abstained
    assert composed.answer.splitlines()[0].startswith("資料に「公共施設の長寿命化の推進」はありません（資料にあるのは")
    # the heading is 狛江市's: 小平市's 方向性 are named instead
    _, composed = pipeline.answer("小平市の経営方針推進プログラムで、方向性「財政規律の維持」に入っている実施プログラムは何ですか？")
    assert composed.abstained and "「職員と職場の活性化」" in composed.answer
    # a name the documents print is no heading missing
    _, composed = pipeline.answer("Group1の「次はこまえ、次もこまえ」プロジェクトとはどんな施策ですか？")
    assert not composed.abstained


def test_a_result_asked_of_a_target_is_declined(pipeline):
    _, composed = pipeline.answer("小平市で自治体クラウドにした結果、実際に経常経費は何％減りましたか？")
    assert composed.abstained and composed.reason == "only_targets"
    assert "目標・計画" in composed.answer


def test_an_amount_printed_only_as_a_change_is_declined_with_the_change_quoted(pipeline):
    _, composed = pipeline.answer("令和3年度の狛江市職員の超過勤務は合計何時間でしたか？")
    assert composed.abstained and composed.reason == "only_changes"
    assert composed.answer.splitlines()[1].startswith("・令和3年度の時間外勤務の総時間数は、前年度より3,807時間の増")
    # the change asked: answered with it
    _, composed = pipeline.answer("令和3年度の狛江市職員の超過勤務は前年度より何時間増えましたか？")
    assert not composed.abstained and "3,807時間" in composed.answer.splitlines()[0]


def test_a_number_that_is_the_basis_of_a_rate_is_no_figure_of_its_unit():
    from assistant.compose import _ANY_FIGURE, _figure_pattern
    from assistant.query import parse_query

    per_person = "市民1人当たりの公共施設の延床面積を増加させないことを目標とした。"
    assert _ANY_FIGURE.search(per_person) is None  # 「1人当たり」 states no number of people
    assert _figure_pattern(parse_query("何人が回答した？")).search(per_person) is None
    assert _ANY_FIGURE.findall("合計11人を採用し、1人あたりの平均は10時間の増。") == ["11人", "10時間"]


def test_a_rate_asked_by_how_much_it_is_wants_a_share_not_a_count(pipeline):
    from assistant.compose import _figure_pattern
    from assistant.query import parse_query

    rate = _figure_pattern(parse_query("接種率って結局どのくらいだったの？"))
    assert rate.findall("予約枠を提供（約9,000枠）し、接種率は64.3%、前年の1.30から0.5ポイント増えた。") == \
        ["64.3%", "1.30", "0.5ポイント"]
    assert rate.search("ほぼ100パーセントに近い電子決裁率") and not rate.search("約9,000枠、2.5万人")
    assert _figure_pattern(parse_query("電子決裁率を上げるために何をする？")) is None  # a rate named, not asked
    # Komae lent Setagaya vaccination slots (a count); Setagaya's vaccination rate is printed nowhere
    _, composed = pipeline.answer("狛江が世田谷区にワクチンの予約枠を回したって聞いたけど、世田谷区の接種率はどのくらい？")
    assert composed.abstained


def test_a_rate_asked_by_name_is_not_an_average_grade_printed_bare(pipeline):
    # Fuchu's sheet prints 「平均値：2.3」 (a progress grade) and no response rate of its survey (round 54)
    _, composed = pipeline.answer("府中市の市民意識調査の回収率はどれくらい？")
    assert composed.abstained and composed.reason == "no_figure"
    # a bare decimal after the rate named states it: 「出生率は…2019年には1.30」
    _, composed = pipeline.answer("狛江市の出生率は2019年にどれくらい？")
    assert not composed.abstained and "1.30" in composed.answer


def test_a_field_shares_the_words_of_its_run_of_fields():
    from assistant.compose import _shared_terms

    every = ["・視察先：埼玉県深谷市", "・視察日：令和2年10月23日（金）", "深谷市役所は駅の近くにある。", "・目的：情報収集"]
    shared = _shared_terms(every, {"視察", "深谷", "情報"})
    assert shared["・視察日：令和2年10月23日（金）"] == {"視察", "深谷"}  # with 視察先's line
    assert shared["深谷市役所は駅の近くにある。"] == {"深谷"}  # prose ends the run
    assert shared["・目的：情報収集"] == {"情報"}
    # a field's value wrapped onto a line of its own (a second lecturer) stays in the run, and the next field with it
    every = ["・講師：株式会社ミナミ 取締役 様", "株式会社キタ 第二部 様", "・実施日：令和2年11月11日（水）", "・内容 「デジタル化」"]
    shared = _shared_terms(every, {"講師", "デジタル"})
    assert shared["・実施日：令和2年11月11日（水）"] == {"講師"}
    assert shared["・内容 「デジタル化」"] == {"デジタル"}  # no label: the run ended


def test_a_date_in_the_fields_of_a_visit_or_in_the_sentence_closest_in_meaning_is_the_date_asked(pipeline):
    # Group2 5-1 prints 「・視察先：埼玉県深谷市」 and on the next line 「・視察日：令和2年10月23日（金）」; its 目的 line
    # shares more of the question's words than the date's line does alone (round 56)
    _, composed = pipeline.answer("未来戦略会議のGroup2が先進事例の情報収集で深谷市を視察したのはいつ？")
    assert not composed.abstained and composed.answer.startswith("時期: 令和2年10月23日（2020年10月23日）")
    # Group2 5-2's 講師 field runs over two lines (two lecturers) before its 実施日 (round 58)
    _, composed = pipeline.answer("Group2が外部講師を招いて庁内レクを受けたのはいつですか？")
    assert not composed.abstained and composed.answer.startswith("時期: 令和2年11月11日（2020年11月11日）")
    # 取組項目26: 「令和4年1月からはショートメッセージサービスにより…」 shares no word with the question (SMS, 払い忘れ);
    # only its other sentences share the glossary's 徴収
    _, composed = pipeline.answer("税金の払い忘れの連絡がSMSで届くようになったのはいつから？")
    assert not composed.abstained and composed.answer.startswith("時期: 令和4年1月（2022年1月）")


def test_a_cost_asked_in_words_wants_yen_and_a_date_bounding_a_noun_dates_nothing(pipeline):
    from assistant.compose import _figure_pattern
    from assistant.query import parse_query

    cost = _figure_pattern(parse_query("複合化の事業費はどのくらいかかる？"))
    assert cost.search("事業費は約3億2,000万円とする。") and not cost.search("令和6年度に着工する。")
    assert _figure_pattern(parse_query("電力の消費はどのくらい減った？")) is None  # 消費 is no cost
    # 実施プログラム④ prints no cost of the 小平第十一小学校 project
    _, composed = pipeline.answer("小平第十一小学校の複合化って、事業費はどのくらいの見込み？")
    assert composed.abstained
    # 取組項目28 prints 「平成31年度以前の債権」 (the debts from before it), not when the ordinance was made
    _, composed = pipeline.answer("狛江市債権管理条例はいつできたの？")
    assert composed.abstained


def test_a_question_asking_two_years_each_its_own_thing_is_answered_from_each_years_documents(pipeline):
    # 取組項目31 (the R3 report: the sewerage accounts) and the R4 環境部 policy on sewerage management
    _, composed = pipeline.answer("下水道の経営、R3年度は会計をどうしていて、R4年度の環境部の方針では何を目指してる？")
    assert {c.label for c in composed.citations} >= {"取組項目31", "環境部「持続可能な下水道による安全で快適なまちづくりを推進します」"}


def test_whether_a_change_is_asked_is_read_from_the_users_words_not_the_chats_topic_titles(corpus_records):
    from assistant.compose import only_changes
    from assistant.query import parse_query

    item = next(r for r in corpus_records if r.label == "取組項目52" and r.source_file.startswith("000"))
    # a chat's 「その総時間数そのものは何時間？」 searched after the titles 「人の意識の変化」「時差出勤制度…」: no change asked
    searched = parse_query("令和3年度 ワーク・ライフ・バランスの推進、人の意識の変化 その総時間数そのものは何時間？")
    assert only_changes(searched, item) == []  # 変化 in a title reads as a change asked
    held = only_changes(searched, item, typed="その総時間数そのものは何時間？")
    assert len(held) == 1 and "前年度より3,807時間の増" in held[0]
    assert only_changes(parse_query("時差出勤の職員の超過勤務は合計何時間？"), item) == held  # 時差 is no 差


def test_a_change_asked_of_one_year_amount_is_declined_with_the_amount_quoted(pipeline):
    _, composed = pipeline.answer("狛江市のロケの収入、前年度と比べていくら増えたの？")
    assert composed.abstained and composed.reason == "only_totals"
    assert composed.answer.splitlines()[:2] == [
        "ご質問の増減は資料に記載されていません（資料にあるのはその年の数値だけです）。",
        "・撮影の誘致を積極的に行い、110件（延べ136箇所）の作品を受注し、1,587,050円の収入があった。 [1]"]
    _, composed = pipeline.answer("How much more did Komae earn from film location shoots than the year before?")
    assert composed.abstained and composed.reason == "only_totals"
    # an indicator that prints two years' values holds the change: answered
    _, composed = pipeline.answer("狛江市の市債残高は前年度からどれくらい減った？")
    assert not composed.abstained and composed.citations[0].label == "指標No.5"


def test_a_figure_printed_with_the_year_befores_beside_it_holds_the_change(corpus_records):
    from assistant.compose import only_totals
    from assistant.query import parse_query

    item = next(r for r in corpus_records if r.label == "取組項目08" and r.source_file.startswith("000"))
    asked = parse_query("電子決裁率は前年度と比べてどのくらい上がりましたか？")
    beside = item.model_copy(update={"text": "電子決裁率：68.5％（前年度 41.2％）", "fields": {}})
    alone = item.model_copy(update={"text": "電子決裁率：68.5％", "fields": {}})
    assert only_totals(asked, beside) == [] and only_totals(asked, alone) == ["電子決裁率：68.5％"]
    # a value printed with the one it came from holds the change too (round 69-X: 「112人から287人に増えた」)
    came = item.model_copy(update={"text": "テレワークの利用者は、令和５年度の112人から令和６年度は287人に増えた。", "fields": {}})
    assert only_totals(parse_query("テレワークの利用者は前年度と比べて何人増えた？"), came) == []


def test_a_number_of_users_is_counted_in_people():
    from assistant.compose import _figure_pattern
    from assistant.query import parse_query

    users = _figure_pattern(parse_query("市民体育館の令和６年度の利用者数は？"))  # round 69-X
    assert users.search("延べ318人") and not users.search("27施設")
    assert _figure_pattern(parse_query("参入した事業者数は？")) is None  # businesses: no count of people


def test_a_change_asked_leads_with_the_value_and_the_one_it_came_from():
    from assistant.jp import NUMBER
    from assistant.lead import figure_lead

    sentence = "テレワークの利用者は、令和５年度の112人から令和６年度は287人に増えた。"
    record = _item("第1章", [], sentence).record
    figure = re.compile(rf"{NUMBER}\s*人")  # (the figure asked: 何人)
    assert figure_lead([sentence], figure, record, set(), False, change=True) == "112人→287人（第1章 第1章の題）"
    assert figure_lead([sentence], figure, record, set(), False) == "112人（第1章 第1章の題）"  # no change asked


def test_a_figure_per_person_of_an_item_that_prints_only_the_whole_amount_is_declined():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    def answer(question: str, item):
        return compose(SearchResult(query=parse_query(question), evidence=[item], query_terms=["市債"]), AnswerSettings())

    whole = _item("取組項目24", ["財政課"], "市債の残高は184億円となった。")
    for question in ("市債って市民ひとりあたりに直すといくら？", "How much municipal debt is there per resident?"):
        declined = answer(question, whole)
        assert declined.abstained and declined.reason == "only_whole_amounts"
        assert declined.answer.splitlines()[1] == "・市債の残高は184億円となった。 [1]"
    assert not answer("市債の残高はいくら？", whole).abstained
    per_person = _item("取組項目24", ["財政課"], "市民1人当たりの市債残高は19万円となった。")
    assert not answer("市債って市民ひとりあたりに直すといくら？", per_person).abstained
    # an indicator's table: its value is quoted, unless its title is per person
    table = whole.model_copy(update={"record": whole.record.model_copy(update={
        "title": "市債残高（億円）", "text": "一般会計の市債残高の推移。", "fields": {"令和3年度末現状値": "184.3", "令和6年度末目標値": "185.0"}})})
    declined = answer("令和3年度末の市債、市民1人当たりではいくら？", table)
    assert declined.reason == "only_whole_amounts" and "184.3" in declined.answer.splitlines()[1]
    titled = table.model_copy(update={"record": table.record.model_copy(update={"title": "市民1人当たり市債残高（万円）"})})
    assert answer("令和3年度末の市債、市民1人当たりではいくら？", titled).reason != "only_whole_amounts"
    # …or a cell of its own names the indicator per person (a progress sheet's 「1人当たり時間外勤務（時間／月）」)
    celled = table.model_copy(update={"record": table.record.model_copy(update={
        "fields": {**table.record.fields, "指標": "市民1人当たり市債残高（万円）"}})})
    assert answer("令和3年度末の市債、市民1人当たりではいくら？", celled).reason != "only_whole_amounts"


def test_a_share_asked_in_english_is_a_percentage():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    def answer(question: str, text: str):
        return compose(SearchResult(query=parse_query(question), evidence=[_item("取組項目10", ["市民課"], text)],
                                    query_terms=["マイナンバー", "カード"]), AnswerSettings())

    counts = "マイナンバーカードの申請を延べ470人に支援した。"
    for question in ("What share of residents had a My Number card?", "What proportion of residents hold the card?",
                     "マイナンバーカードを持ってる人は何割？"):
        assert answer(question, counts).reason == "no_figure"
    assert not answer("What share of residents had a My Number card?", "マイナンバーカードの交付率は45.2%となった。").abstained
    # a percentage printed in katakana is a percentage
    assert not answer("マイナンバーカードの交付率は何パーセント？", "マイナンバーカードの交付率は45.2パーセントとなった。").abstained


def test_a_count_of_occasions_answers_how_many_times(pipeline):
    # 「延べ42人」 counts each use of the satellite offices: it is the number of times asked
    for question in ("How many times did Komae staff use satellite offices in FY2021?", "狛江市のサテライトオフィスは何回利用された？"):
        _, composed = pipeline.answer(question)
        assert not composed.abstained and "延べ42人" in composed.answer.splitlines()[0]


def test_a_word_for_people_before_a_noun_does_not_ask_for_people(pipeline):
    # "staff suggestions" are suggestions: a count of them (15件以上), not of people (人)
    _, composed = pipeline.answer("How many staff suggestions a year is Kodaira aiming for?")
    assert not composed.abstained
    assert composed.answer.splitlines()[0] == "Figure: 15件以上 (実施プログラム⑰ 職員提案制度の見直し) [1]"


def test_an_english_word_holding_a_figure_word_asks_for_no_figure(pipeline):
    # "administration" holds ratio and "strategy" rate: neither asks for a figure, so none leads the answer
    for question in ("How is Fuchu's basic policy 5-3 on continuous and stable administration progressing?",
                     "What did Komae's future strategy meeting propose for street lights?"):
        _, composed = pipeline.answer(question)
        assert not composed.abstained and not composed.answer.startswith("Figure:")


def test_a_result_that_is_printed_is_answered(pipeline):
    _, composed = pipeline.answer("狛江ロケーションサービスの実際の収入はいくらでしたか？")
    assert not composed.abstained
    assert composed.answer.splitlines()[0] == "1,587,050円（取組項目34 狛江ロケーションサービスの推進） [1]"


def test_a_target_about_an_area_is_not_a_question_for_an_area(pipeline):
    _, composed = pipeline.answer("府中市の部会で、公共施設の延床面積の目標について何か意見出てた？")
    assert not composed.abstained
    assert composed.citations[0].source_file == "004_ac35853668981a4b.txt"


def _item(label: str, departments: list[str], text: str):
    from assistant.types import Evidence, Record

    record = Record(id=f"r-{label}", source_file="x.txt", city="A市", document="A市の計画", kind="generic",
                    record_type="section", fiscal_years=[2021], label=label, number=None, title=f"{label}の題",
                    section="", departments=departments, page=None, text=text)
    return Evidence(record=record, score=1.0, dense_score=0.9)


@pytest.mark.parametrize(("sentence", "shown"), [
    ("第6次総合計画に基づき、拠点を3施設に集約する。", "3施設"),  # an edition is no figure
    ("第2期の計画では、申請の50%を電子化する。", "50%"),
    ("条例第5条を改正し、手数料を1,000円とする。", "1,000円"),  # nor an article
    ("第3次計画を策定した。", None),
    ("市制施行100周年を見据えて計画を立てた。", None),  # nor an anniversary
    # a total stands for its parts printed before it, not for a target in the same counter
    ("一般事務5人、保健師2人、保育士2人の合計9人を採用した。", "合計9人"),
    ("毎年度1施設以上の導入を目指し、現在は合計46施設で導入している。", "1施設以上"),
    # a bound said with a verb is shown as one; a bound denied is none
    ("経常収支比率、経費回収率とも100%を上回っていることを確認した。", "100%を上回る"),
    ("人口が8万人を超えることはないと見込まれる。", "8万人"),
    ("オンラインで申請できる手続は86手続となった。", "86手続"),  # counted in 手続, not 手 (round 54-L)
])
def test_an_ordinal_is_not_a_figure(sentence, shown):
    from assistant.jp import FIGURE_UNIT, NUMBER
    from assistant.lead import figure_lead

    record = _item("第1章", [], sentence).record
    lead = figure_lead([sentence], re.compile(rf"{NUMBER}\s*{FIGURE_UNIT}"), record, set(), False)
    assert lead == (f"{shown}（第1章 第1章の題）" if shown else None)


@pytest.mark.parametrize(("sentence", "shown"), [
    ("令和3年度の職員定数と同水準を維持します。(令和3年4月1日現在:960人)", "960人"),  # 1日 is a date's day
    ("関連する取組項目23 財政指標の目標達成に向けた取組の推進", None),  # 23 is an item's number
])
def test_any_figure_is_no_date_and_no_items_number(sentence, shown):
    from assistant.compose import _ANY_FIGURE
    from assistant.lead import figure_lead

    record = _item("第1章", [], sentence).record
    lead = figure_lead([sentence], _ANY_FIGURE, record, set(), False)
    assert lead == (f"{shown}（第1章 第1章の題）" if shown else None)


@pytest.mark.parametrize(("question", "shown"), [
    ("電子決裁率は？", "90%以上、62.3%"),  # a rate: its figures in %, not the period the target is for
    ("What is the e-approval rate now?", "90%以上、62.3%"),
    ("業務の効率はどのくらい？", "4年間"),  # 効率 is no rate
])
def test_a_rate_asked_leads_with_its_percentages(question, shown):
    from assistant.jp import FIGURE_UNIT, NUMBER
    from assistant.lead import asks_rate, figure_lead
    from assistant.query import parse_query

    sentence = "4年間で電子決裁対象文書の電子決裁率90%以上を目指します。(令和3年4月1日現在:62.3%)"
    record = _item("第1章", [], sentence).record
    lead = figure_lead([sentence], re.compile(rf"{NUMBER}\s*{FIGURE_UNIT}"), record, set(), False,
                       asks_rate(parse_query(question)))
    assert lead == f"{shown}（第1章 第1章の題）"


def test_whether_a_stated_figure_was_reached_is_declined_when_it_is_only_a_target():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    query = parse_query("電子申請の割合は実際に40%を達成できましたか？")
    planned = _item("実施プログラム④", ["情報政策課"],
                    "申請の電子化を進める。4年間で電子申請の割合が40%以上となるよう取り組みます。(令和3年4月1日現在:5%)")
    declined = compose(SearchResult(query=query, evidence=[planned], query_terms=["電子", "申請", "割合"]),
                       AnswerSettings())
    assert declined.abstained and declined.reason == "only_targets"
    assert declined.answer.splitlines()[:2] == [
        "ご質問の実績の数値は資料に記載されていません（資料にあるのは目標・計画の数値です）。",
        "・4年間で電子申請の割合が40%以上となるよう取り組みます。(令和3年4月1日現在:5%) [1]",
    ]  # the note printed after the target's full stop is part of its sentence: the current value, quoted with it
    # the same figure printed as a result is answered
    reached = _item("実施プログラム④", ["情報政策課"], "令和3年度に電子申請の割合は40%となった。")
    assert not compose(SearchResult(query=query, evidence=[reached], query_terms=["電子", "申請", "割合"]),
                       AnswerSettings()).abstained


def test_a_chats_department_facet_goes_to_the_cited_item_that_names_one():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    query = parse_query("担当課は？")
    overview = _item("第1章", [], "計画の概要を述べる。")
    program = _item("実施プログラム⑫", ["総務課"], "文書の電子化を進める。")
    answered = compose(SearchResult(query=query, evidence=[overview, program], scoped=True), AnswerSettings())
    assert not answered.abstained and [e.record.label for e in answered.items] == ["実施プログラム⑫"]
    assert "・担当: 総務課 [1]" in answered.answer.splitlines()
    # none of the cited items names an office: said so, not guessed
    declined = compose(SearchResult(query=query, evidence=[overview], scoped=True), AnswerSettings())
    assert declined.abstained and declined.reason == "department_missing"
    assert declined.answer.splitlines()[0] == "第1章『第1章の題』には、担当部署の記載がありません。"
    # a question of its own (not a chat's facet) is not declined for it
    assert not compose(SearchResult(query=query, evidence=[overview]), AnswerSettings()).reason == "department_missing"


def test_an_office_printed_as_a_field_and_in_the_body_is_quoted_once():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    item = _item("B-4", ["シティプロモーション課", "商工観光課"],
                 "担当課：シティプロモーション課／商工観光課\n体験型の返礼品を開発します。")
    item = item.model_copy(update={"record": item.record.model_copy(
        update={"fields": {"担当課": "シティプロモーション課/商工観光課"}})})
    answered = compose(SearchResult(query=parse_query("B-4の担当課は？"), evidence=[item], query_terms=["担当"]),
                       AnswerSettings())
    lines = answered.answer.splitlines()
    assert [line for line in lines if "担当課" in line] == ["・担当課: シティプロモーション課/商工観光課 [1]"]


def test_a_count_asked_of_a_table_of_another_unit_is_declined():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings
    from assistant.types import Evidence, Record

    table = Record(id="r-5", source_file="x.txt", city="A市", document="A市の報告", kind="generic",
                   record_type="indicator", fiscal_years=[2021], label="指標No.5", number=5, title="市債残高（億円）",
                   section="", departments=[], page=None, text="市債残高（億円）",
                   fields={"令和3年度末現状値": "184.3", "令和6年度末目標値": "185.0"})
    evidence = [Evidence(record=table, score=1.0, dense_score=0.9)]
    asked = compose(SearchResult(query=parse_query("市債残高は何億円？"), evidence=evidence), AnswerSettings())
    assert not asked.abstained and "184.3" in asked.answer
    people = compose(SearchResult(query=parse_query("市債残高は何人？"), evidence=evidence), AnswerSettings())
    assert people.abstained and people.reason == "no_figure"


def test_a_figure_of_a_year_the_item_prints_only_for_other_years_is_declined():
    from assistant.compose import compose, keyed_to_other_years
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    rate = _item("1(2)", [], "合計特殊出生率は2019年には1.30となっている。2060年に1.80を目指している。")
    rate = rate.model_copy(update={"record": rate.record.model_copy(update={"fiscal_years": [2020]})})  # a 2020 report
    ask = lambda q, e, **kw: compose(SearchResult(query=parse_query(q), evidence=[e]), AnswerSettings(), **kw)  # noqa: E731
    declined = ask("2020年の合計特殊出生率は？", rate)
    assert declined.abstained and declined.reason == "figure_of_other_years"
    assert declined.answer.splitlines()[0] == "ご質問の年の数値は資料に記載されていません（資料にあるのは2019、2060年の数値です）。"
    assert not ask("2019年の合計特殊出生率は？", rate).abstained
    # the year came from the conversation, not from the question: it does not decline
    assert not ask("2020年の合計特殊出生率は？", rate, years_inherited=True).abstained
    # a report's figure that names no year is its own year's (this item is of 2021)
    report = _item("06", [], "RPAを活用し、1,604件の処理を自動化した。令和4年度は対象業務を広げる。")
    assert not ask("令和3年度にRPAで何件処理した？", report).abstained
    # …so another year's is not printed in it, unless the item names that year (its figures may be that year's)
    support = _item("10", [], "令和3年10月から毎週水曜に申請支援を行った。実施日数23日、延べ人数470人")
    assert keyed_to_other_years(parse_query("令和2年度は延べ何人を手伝った？"), support.record) == ["2021"]
    settled = _item("31", [], "令和2年度決算書を作成した。経常収支比率とも100%を上回っていることを確認した。")
    assert keyed_to_other_years(parse_query("令和2年度の経常収支比率は何%？"), settled.record) == []
    # …nor of a proposal or a plan, whose figures are of years to come (「次年度予算に向けた提案」)
    proposal = _item("3-4", [], "街路灯等新設委託 1,172,000円")
    proposal = proposal.model_copy(update={"record": proposal.record.model_copy(update={"title": "次年度予算に向けた提案"})})
    assert keyed_to_other_years(parse_query("令和4年度の委託費はいくら？"), proposal.record) == []
    # …unless the sentences about what is asked name the year their figure is of (「2019年に…約7割」), whatever
    # the proposal's other figures; a year a figure is compared with (「2020年度比」) is no such year
    crime = proposal.model_copy(update={"record": proposal.record.model_copy(update={
        "fiscal_years": [2020], "text": "2019年に市内で発生した犯罪の中で、自転車盗難が全体の約7割を占める。\n"
                                         "委託費(街路灯等新設) 1,172,000 円(2020年度比 300,000 円増)"})})
    assert keyed_to_other_years(parse_query("2020年に起きた犯罪のうち自転車盗難の割合は？"), crime.record) == ["2019"]
    assert keyed_to_other_years(parse_query("2019年の自転車盗難の割合は？"), crime.record) == []
    assert keyed_to_other_years(parse_query("令和3年度の街路灯等新設の委託費はいくら？"), crime.record) == []
    # a year's result asked of a year-by-year list without that year, whatever else names the year (a schedule)
    sales = _item("⑨", [], "売り払い収入は次のとおりです。・令和元年度:約6,400万円 ・令和2年度:約5,600万円\n"
                           "毎年2千万円以上の収入を目指します。スケジュール: 令和3年度: 実施")
    declined = ask("R3の実績は？", sales)
    assert declined.abstained and declined.reason == "figure_of_other_years"
    assert declined.answer.splitlines()[0] == "ご質問の年の数値は資料に記載されていません（資料にあるのは2019、2020年の数値です）。"
    assert not ask("令和2年度の実績は？", sales).abstained
    assert not ask("R3の目標は？", sales).abstained  # a target, not a result: 「毎年2千万円以上」 answers
    # another year than the report's asked and named, but each count is the year named last before it
    hired = _item("47", [], "令和3年度において一般事務5人、保育士2人の合計11人を採用したが、令和4年度は、上半期に採用試験の"
                            "日程を移動する。一方、令和3年度の取得は12.8日となり、前年度平均の11.8日より1日の増となった。")
    declined = ask("R4年度は何人採用できたの？", hired)
    assert declined.abstained and declined.reason == "figure_of_other_years"
    assert declined.answer.splitlines()[0] == "ご質問の年の数値は資料に記載されていません（資料にあるのは2021年の数値です）。"
    previous = compose(SearchResult(query=parse_query("令和2年度の取得は平均何日？"), evidence=[hired], query_terms=["取得"]),
                       AnswerSettings())
    assert not previous.abstained  # 前年度平均の11.8日: of the year before the one named last before it
    assert not ask("令和3年度は何人採用できたの？", hired).abstained  # the report's own year
    # a table keyed by year, its values bare under a header of ages: no row for the year asked
    table = _item("1(1)②", [], "2016～2020年の人口の内訳を分析した。\n\n30-34歳 35-39歳\nH28 5,710 6,228\nH29 5,584 6,190\n"
                              "R2 5,219 5,986")
    table = table.model_copy(update={"record": table.record.model_copy(update={"fiscal_years": [2020]})})
    from assistant.lead import year_rows
    assert year_rows(table.record) == [2016, 2017, 2020]
    from assistant.compose import keyed_to_other_years
    assert keyed_to_other_years(parse_query("30～34歳の人って、令和3年にはどれくらいいたの？"), table.record) == [
        "2016", "2017", "2020"]
    assert keyed_to_other_years(parse_query("30～34歳の人って、平成29年にはどれくらいいたの？"), table.record) == []
    # an age names a group, not an amount: no figure lead 「34歳」 for a question that states it
    assert "34歳" not in ask("30～34歳の人って、平成29年にはどれくらいいたの？", table).answer.splitlines()[0]
    assert not ask("30～34歳の人って、平成29年にはどれくらいいたの？", table).abstained
    # a report of the year asked: a day its sentence names is when something happens, not the figure's year
    dated = _item("33", [], "令和4年4月1日からの使いみち改訂に向け、5つの事業を使いみちに決定した。")
    counted = lambda q: compose(SearchResult(query=parse_query(q), evidence=[dated], query_terms=["事業"]),  # noqa: E731
                                AnswerSettings())
    assert not counted("R3年度にいくつの事業にした？").abstained
    assert counted("R2年度にいくつの事業にした？").abstained  # a year the report is not of


def test_a_one_year_report_speaks_of_the_year_before_when_it_prints_the_year_before():
    from assistant.compose import compose
    from assistant.jp import relative_fiscal_years
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    assert relative_fiscal_years("前年度より1日の増。翌年度に拡大し、昨年度は…", 2021) == {2020, 2022}
    assert relative_fiscal_years("年度ごとに見直す", 2021) == set()
    leave = _item("52", [], "令和3年度の年次有給休暇の取得は、一人当たりで年間平均12.8日となり、前年度平均の11.8日より1日の増となった。")
    leave = leave.model_copy(update={"record": leave.record.model_copy(update={"fiscal_years": [2021]})})
    ask = lambda q, e: compose(SearchResult(query=parse_query(q), evidence=[e], query_terms=["有給", "休暇", "取得"]),  # noqa: E731
                               AnswerSettings())
    assert not ask("令和2年度の年休の取得は1人平均何日？", leave).abstained
    declined = ask("令和元年度の年休の取得は1人平均何日？", leave)
    assert declined.abstained and declined.reason == "year_not_in_corpus"
    # a plan of several years: 「前年度」 says no year
    plan = leave.model_copy(update={"record": leave.record.model_copy(update={"fiscal_years": [2021, 2022]})})
    assert ask("令和2年度の年休の取得は1人平均何日？", plan).abstained


def test_a_chats_facet_is_not_declined_for_the_topics_year():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    # 「担当は？」 of items the chat cited carries the topic's year (令和2年度) to choose sentences; an item of
    # another year among them still answers. A question of its own about that year is declined.
    query = parse_query("令和2年度 担当課は？")
    policy = _item("子ども家庭部", ["子育て支援課"], "子育て世帯の転入を支援する。")  # fiscal_years [2021]
    assert not compose(SearchResult(query=query, evidence=[policy], scoped=True), AnswerSettings()).abstained
    declined = compose(SearchResult(query=query, evidence=[policy]), AnswerSettings())
    assert declined.abstained and declined.reason == "year_not_in_corpus"


def test_a_chats_amount_facet_goes_to_the_cited_item_that_states_one():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    query = parse_query("予算は？")
    plan = _item("3-1", [], "三つの方向性を示す。")
    budget = _item("3-3", [], "Wi-Fi の整備を提案する。【予算規模】 820,204 円 (税込)")
    answered = compose(SearchResult(query=query, evidence=[plan, budget], scoped=True), AnswerSettings())
    assert not answered.abstained and [e.record.label for e in answered.items] == ["3-3"]
    assert answered.answer.splitlines()[0] == "820,204円（3-3 3-3の題） [1]"
    # a question of its own: an item nearly as good as the best that states it answers (a near tie) …
    tie = compose(SearchResult(query=query, evidence=[plan, budget.model_copy(update={"score": 0.99})]),
                  AnswerSettings())
    assert not tie.abstained and [e.record.label for e in tie.items] == ["3-3"]
    # … a clearly weaker one does not: the best item does not state it, and that is said
    weaker = budget.model_copy(update={"score": 0.9})
    declined = compose(SearchResult(query=query, evidence=[plan, weaker]), AnswerSettings())
    assert declined.abstained and declined.reason == "no_figure"
    farther = budget.model_copy(update={"score": 0.99, "dense_score": 0.85})
    assert compose(SearchResult(query=query, evidence=[plan, farther]), AnswerSettings()).reason == "no_figure"


def test_a_city_outside_the_corpus_is_answered_only_where_an_item_speaks_of_it(pipeline):
    _, subject = pipeline.answer("調布市のペーパーレスは？")  # 調布市 is in a reference table, not on paperless
    assert subject.abstained and subject.reason == "city_not_in_corpus"
    _, place = pipeline.answer("世田谷区の若年女性人口の変化率は？")  # the table that lists it answers
    assert not place.abstained and place.items[0].record.label == "Group1 1(3)"
    assert "・(参考) 世田谷区 149,574人 112,151人 -25.0% [1]" in place.answer.splitlines()


def test_the_field_the_question_names_is_quoted_and_headings_are_not(pipeline, corpus_records):
    sheet = next(r for r in corpus_records if r.label == "見直し論点シート 5-3 グループ①")
    from assistant.compose import named_fields, select_sentences
    from assistant.tokenize_ja import tokenize

    named = named_fields(sheet, set(tokenize("その施策の残された課題は？")))
    assert named == [sheet.fields["イ. 残された課題"]]
    assert named_fields(sheet, set(tokenize("担当は？"))) == []  # one word of 「主担当部」's three
    result = pipeline.search("府中市の5-3の残された課題は？")
    evidence = next(e for e in result.evidence if e.record.id == sheet.id)
    quoted = select_sentences(evidence, result.query, set(result.query_terms), False, 6, 0.0, 3.0)
    assert any("窓口での待ち時間の短縮と混雑の緩和" in s for s in quoted)
    assert len(quoted) == len(set(quoted))  # a sentence printed twice is quoted once
    assert not [s for s in quoted if s.startswith("【") and s.endswith("】")]  # sub-headings say nothing alone


def test_a_why_question_quotes_the_sentence_that_gives_the_reason():
    from assistant.compose import select_sentences
    from assistant.query import parse_query

    item = _item("Group1 3-4", ["政策室"], "街路灯を新設する。街路灯の設置費を計上する。街路灯の点検を行う。"
                 "ヒアリングで夜道が暗いとの声が多かったため、明るさを優先する。委託費は50万円とする。")
    why = parse_query("なんで街路灯なの？")
    assert "ヒアリングで夜道が暗いとの声が多かったため、明るさを優先する。" in select_sentences(
        item, why, {"街路灯"}, False, 3, reason_bonus=2.0)
    assert "ヒアリングで夜道が暗いとの声が多かったため、明るさを優先する。" not in select_sentences(
        item, why, {"街路灯"}, False, 3)
    # a purpose is asked like a reason (「何をねらって」「何のため」 "what is the aim"); a goal (「何を目指す」) is not
    for asked in ("その街路灯は何をねらって新設するの？", "街路灯は何のために新設するの？", "What is the aim of the street lights?"):
        assert "ヒアリングで夜道が暗いとの声が多かったため、明るさを優先する。" in select_sentences(
            item, parse_query(asked), {"街路灯"}, False, 3, reason_bonus=2.0), asked
    assert "ヒアリングで夜道が暗いとの声が多かったため、明るさを優先する。" not in select_sentences(
        item, parse_query("街路灯で何を目指すの？"), {"街路灯"}, False, 3, reason_bonus=2.0)
    # 「どういう考えから」 asks the thinking behind it; 「…を目的に」 gives a purpose
    aim = _item("5-2", ["政策課"], "街路灯を新設した。街路灯の点検を行った。街路灯の台帳を整えた。"
                "夜道の不安をなくすことを目的に、街路灯を増やした。")
    assert "夜道の不安をなくすことを目的に、街路灯を増やした。" in select_sentences(
        aim, parse_query("それって、どういう考えからなんですか？"), {"街路灯"}, False, 3, reason_bonus=2.0)
    assert "夜道の不安をなくすことを目的に、街路灯を増やした。" not in select_sentences(
        aim, parse_query("街路灯はどんな考え方で整備する？"), {"街路灯"}, False, 3, reason_bonus=2.0)
    # 「なんでしょう」 asks no reason: the sentences that share its word, in order
    assert select_sentences(item, parse_query("街路灯の取組はなんでしょう"), {"街路灯"}, False, 3, reason_bonus=2.0) == [
        "街路灯を新設する。", "街路灯の設置費を計上する。", "街路灯の点検を行う。"]


def test_a_budget_named_brings_its_amounts_though_no_amount_is_asked(pipeline):
    """「予算で何を提案した？」 does not ask how much, but a budget proposal is its amounts: the total line is quoted
    (it shares no word with the question). A follow-up in the same chat asking where (「それはどこに整備する？」) names
    no budget of its own: the amounts are no answer to it."""
    from assistant.compose import select_sentences
    from assistant.query import parse_query

    item = _item("Group1 3-4", ["政策室"], "街路灯の設置に係る予算の拡充を提案する。\nPR用のチラシを作成する。\n"
                 "防犯カメラの設置を推進する。\n(1) 委託費（街路灯等新設設置） 1,172,000 円\n合計 500,000 円")
    asked = parse_query("Group1は次年度予算で何を提案したの？")
    assert "合計 500,000 円" not in select_sentences(item, asked, {"予算", "提案"}, False, 3)
    assert "合計 500,000 円" in select_sentences(item, asked, {"予算", "提案"}, False, 3, amounts=True)
    assert "500,000 円" in pipeline.answer("狛江市の未来戦略会議のGroup1って次年度予算で何を提案したの？")[1].answer
    from assistant.conversation import Conversation

    chat = Conversation()
    pipeline.answer("未来戦略会議Group2は予算で何を提案したの？", conversation=chat)
    where = pipeline.answer("そのwi-fiはどこに整備するの？", conversation=chat)[1]
    assert not where.abstained and "あいとびあセンター" in where.answer


def test_only_sentences_that_share_something_with_the_question_are_quoted_unless_the_whole_item_is_asked():
    from assistant.compose import select_sentences
    from assistant.query import parse_query

    minutes = _item("グループ① 会議録", [], "記録者：山本宏太、上野紘美\n場所：北庁舎 3階会議室\n"
                    "正規職員の人材育成強化がやはり重要となる。\n人事異動を定期的に行う。")
    asked = parse_query("職員の育成で何か具体策って出てる？")
    assert select_sentences(minutes, asked, {"職員", "育成"}, False, 6) == ["正規職員の人材育成強化がやはり重要となる。"]
    # 「もっと詳しく」: the item's body, in order
    assert len(select_sentences(minutes, asked, {"職員", "育成"}, False, 6, whole=True)) == 4
    # a question that shares nothing with any sentence: the item's first sentences
    assert select_sentences(minutes, parse_query("どうだった？"), set(), False, 2) == [
        "記録者：山本宏太、上野紘美", "場所：北庁舎 3階会議室"]


def test_a_value_printed_under_its_label_answers_with_the_labels_words():
    from assistant.compose import select_sentences
    from assistant.query import parse_query

    item = _item("Group2 3-3", ["政策室"], "今後の予算として、庁舎以外への wi-fi の整備を提案する。\n庁舎の会議室を活用する。\n"
                 "オンライン会議の体制を整える。\n【予算規模】\nwi-fi の整備\n820,204 円 (税込)\n+\nsimfree-pc の増配")
    asked = parse_query("wi-fi の整備の予算はいくら？")
    quoted = select_sentences(item, asked, {"wi", "fi", "整備", "予算"}, True, 2)
    # the cell's value comes with its label, though the value shares no word with the question
    assert quoted == ["今後の予算として、庁舎以外への wi-fi の整備を提案する。", "wi-fi の整備", "820,204 円 (税込)"]
    # a value line under a sentence is no labelled cell: it scores by itself
    item = _item("取組項目01", ["政策室"], "委託費を計上した。\n1,172,000 円")
    assert select_sentences(item, parse_query("整備の予算はいくら？"), {"予算"}, True, 1) == ["1,172,000 円"]


def test_a_when_question_of_an_item_that_prints_no_date_says_the_date_is_missing():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    item = _item("検討プログラム㉓", ["政策課"], "ふるさと納税を更に充実させる検討を進める。")
    declined = compose(SearchResult(query=parse_query("ふるさと納税の検討はいつまでにまとめるの？"), evidence=[item],
                                    query_terms=["ふるさと", "納税", "検討"]), AnswerSettings())
    assert declined.abstained and declined.reason == "no_figure"
    assert declined.answer.splitlines()[0] == "ご質問の時期（日付）は資料に記載されていません。"
    english = compose(SearchResult(query=parse_query("By when will they finish the study?"), evidence=[item],
                                   query_terms=["検討"]), AnswerSettings())
    assert english.abstained and english.answer.splitlines()[0] == "The documents do not state when."


def test_a_way_to_find_out_when_is_asked_for_the_way_not_a_date():
    from assistant.compose import compose
    from assistant.lead import asks_when
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    item = _item("見直し論点シート 5-3", ["総合窓口課"], "ホームページ上で年間の窓口混雑予想カレンダーを公開した。")
    for question in ("いつ行けば空いてるか前もってわかる方法ある？", "Is there a way to know when the counters are quiet?"):
        assert not asks_when(parse_query(question))
        answered = compose(SearchResult(query=parse_query(question), evidence=[item], query_terms=["窓口", "混雑"]),
                           AnswerSettings())
        assert not answered.abstained and "窓口混雑予想カレンダー" in answered.answer
    for question in ("いつから空いてるか知りたい", "窓口はいつ空いてる？", "When will the counters be quiet?"):
        assert asks_when(parse_query(question))


@pytest.mark.parametrize(("question", "when"), [
    # when joining a clause of time to a question asked with another question word asks no date
    ("How many people applied when Komae recruited citizen members by lot?", False),
    ("What did the city do when COVID hit?", False),
    # …but when with an auxiliary, after and, or as the question word does
    ("Which section handled it and when did it start?", True), ("Who ran it and when?", True),
    ("How many staff took leave, and when was the system created?", True), ("What is the target and by when?", True),
    ("Do you know when it opened?", True),
    # 何年 asks a date when it asks around which year, from which or in which; 何年になる asks how many years
    ("人口は何年ごろから減り始める？", True), ("何年頃に完成する？", True), ("何年から始めた？", True),
    ("協定を結んでから何年になる？", False),
])
def test_when_after_another_question_word_joins_a_clause_of_time(question, when):
    from assistant.lead import asks_when
    from assistant.query import parse_query

    assert asks_when(parse_query(question)) is when


def test_how_many_projects_is_counted_in_projects_not_in_people():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    question = parse_query("How many projects are evaluated each year?")
    people = _item("5-2", [], "全ての事務事業を対象に行政評価を実施している。市民3,000人を対象に意識調査を行う。")
    declined = compose(SearchResult(query=question, evidence=[people], query_terms=["事業", "評価"]), AnswerSettings())
    assert declined.abstained and declined.reason == "no_figure"
    counted = _item("5-2", [], "対象とする事務事業は412事業である。")
    answered = compose(SearchResult(query=question, evidence=[counted], query_terms=["事業", "評価"]), AnswerSettings())
    assert not answered.abstained and answered.answer.splitlines()[0].startswith("Figure: 412事業")


def test_a_clause_of_time_asks_no_date_and_a_bracketed_heading_holding_the_date_asked_is_quoted():
    from assistant.compose import compose
    from assistant.lead import asks_when
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    tools = _item("Group2 1-4", [], "Web会議を実施（使用ソフト：Cisco Webex Meetings）。")
    question = "When COVID hit, staff started meeting online. Which software do they use?"
    assert not asks_when(parse_query(question))
    answered = compose(SearchResult(query=parse_query(question), evidence=[tools], query_terms=["会議", "ソフト"]),
                       AnswerSettings())
    assert not answered.abstained and "Cisco Webex Meetings" in answered.answer
    for asked in ("When did it start, and who ran it?", "Since when?", "Tell me when it opened.", "それいつから？",
                  "いつ頃終わる？", "いつの調査？"):
        assert asks_when(parse_query(asked))
    # いつ only as a word of its own: not always (いつも), any time (いつでも), nor the letters of 「くらいついてる」
    for asked in ("窓口はいつも混んでるけど、何かしてる？", "住民票はいつでも取れる？", "防犯カメラは何台くらいついてるの？",
                  "How many suggestions were adopted since it started in 1998?"):  # since a year: no when
        assert not asks_when(parse_query(asked))
    survey = _item("Group2 1-3", [], "【生活意識の変化に関する調査（令和2年6月21日内閣府調査より転載）】\n"
                   "本調査から、人々の意識が変化してきていることが分かる。")
    dated = compose(SearchResult(query=parse_query("引用してる内閣府の調査って、いつのもの？"), evidence=[survey],
                                 query_terms=["内閣府", "調査"]), AnswerSettings())
    assert dated.answer.splitlines()[0] == "時期: 令和2年6月21日（2020年6月21日） [1]"


def test_the_named_citys_words_choose_no_quoted_sentence():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    item = _item("5-2", ["政策課"], "市役所の庁舎を移転する。無作為に抽出した市民に聞く調査を行う。")
    item = item.model_copy(update={"record": item.record.model_copy(update={"city": "府中市"})})
    query = parse_query("府中市の声の調査は？")
    assert query.cities == ["府中市"]
    one = AnswerSettings(max_sentences_per_item=1, sentence_weight=0.0)
    composed = compose(SearchResult(query=query, evidence=[item], query_terms=["調査"]), one)
    # 「市」 of 「府中市」 would tie 「市役所の…」 with the sentence that shares 「調査」: only 「調査」 chooses
    assert composed.answer.splitlines()[2] == "・無作為に抽出した市民に聞く調査を行う。 [1]"


def test_a_question_naming_a_city_is_quoted_by_its_own_words(pipeline):
    composed = pipeline.answer("府中市はどうやって市民の声聞いてるの？")[1]
    assert "無作為に抽出した3,000人の市民" in composed.answer


def test_a_sentence_two_items_print_is_quoted_once_citing_both():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    shared = "紙文書の削減に取り組む。"
    first = _item("シート グループ①", ["政策課"], f"{shared}窓口の混雑を減らす。")
    second = _item("シート グループ②", ["政策課"], f"{shared}電子決裁率はほぼ100パーセントに達した。")
    first, second = (e.model_copy(update={"score": score, "matched_terms": ["削減"]})
                     for e, score in ((first, 1.0), (second, 0.99)))
    query = parse_query("紙文書の削減は？")
    composed = compose(SearchResult(query=query, evidence=[first, second], query_terms=["紙", "文書", "削減"]),
                       AnswerSettings(max_sentences_per_item=1, sentence_weight=0.0, answer_ratio=0.9))
    lines = composed.answer.splitlines()
    assert lines[2:] == ["・紙文書の削減に取り組む。 [1][2]", lines[3], "・電子決裁率はほぼ100パーセントに達した。 [2]"]
    assert lines[3].startswith("■ [2]")
    assert composed.quoted[second.record.id] == [shared, "電子決裁率はほぼ100パーセントに達した。"]


def test_a_figure_counts_as_stated_only_in_a_sentence_about_what_is_asked():
    from assistant.compose import unstated_figure
    from assistant.query import parse_query

    prose = _item("1-5", [], "マイナンバーカードの申請を支援した。東京都はコピー用紙を2016年度比50%削減する方針を掲げる。")
    rate = parse_query("マイナンバーカードの交付率は何％？")
    terms = {"マイナンバー", "カード", "交付", "率"}
    assert not unstated_figure(rate, prose)  # a % somewhere in the item
    assert unstated_figure(rate, prose, terms, 30)  # but about paper, not the card
    assert not unstated_figure(rate, _item("1-6", [], "マイナンバーカードの交付率は45%となった。"), terms, 30)
    # a table's cell states it under a heading that is another line
    table = _item("3-3", [], "【予算規模】\nwi-fi の整備\n820,204 円 (税込)")
    budget = parse_query("wi-fi整備の予算はいくら円？")
    assert not unstated_figure(budget, table, {"予算", "整備"}, 30)
    assert unstated_figure(budget, table, {"予算", "整備"}, 10)
    # printed in full-width characters, as Japanese documents print them: 「１２１，３００㎡」 is 121,300 m2
    area = _item("3", [], "町の公共施設は８４施設、延床面積は約１２万１千㎡です。")
    asked = parse_query("町の公共施設の延床面積はどのくらいですか？")
    assert not unstated_figure(asked, area)
    assert not unstated_figure(asked, area, {"公共", "施設", "延床", "面積"}, 30)
    # an area asked with a year between (「延床面積は、平成30年度末で実際どれくらい？」, round 56) asks for m2: a count of
    # people printed nearby is not it
    dated = parse_query("延床面積は、平成30年度末で実際どれくらいでしたか？")
    assert not unstated_figure(dated, area)
    assert unstated_figure(dated, _item("3", [], "無作為に抽出した3,000人の市民を対象に調査を実施した。"))


def test_a_figure_in_a_table_row_whose_label_gives_the_unit_and_a_time_in_minutes_are_stated():
    """「何件作成？」 of a sheet whose row reads 「個別避難計画の作成件数（件）　112　245　391」: the unit is in the label,
    the values after it; 「時間をどれくらい短くする？」 of 「平均所要時間　７０分 → ４０分」: a time is in minutes as
    well as hours. Both were declined as figures not printed (round C's layout questions)."""
    from assistant.compose import unstated_figure
    from assistant.query import parse_query

    sheet = _item("事業番号102", [], "区分 指標名（単位） 令和3年度 令和4年度 令和5年度\n"
                  "活動指標 個別避難計画の作成件数（件） 112 245 391\n成果指標 計画作成率（％） 4.9 10.6 16.9")
    count = parse_query("個別避難計画は令和5年度に何件作成されましたか？")
    assert not unstated_figure(count, sheet, {"個別", "避難", "計画", "作成"}, 30)
    assert unstated_figure(parse_query("個別避難計画の作成にかかった費用はいくら円？"), sheet, {"計画", "作成"}, 30)
    target = _item("【No.5】", ["市民課"], "【目標】転入手続の平均所要時間　７０分 → ４０分")
    time = parse_query("転入の手続にかかる時間をどれくらい短くする計画ですか？")
    assert not unstated_figure(time, target, {"転入", "手続", "時間"}, 30)
    assert unstated_figure(time, _item("No.6", [], "補助率を2分の1以内にそろえる。"), {"時間"}, 30)  # a fraction


def test_a_date_asked_in_a_questions_own_words_is_in_a_sentence_about_what_it_asks():
    from assistant.compose import unstated_figure
    from assistant.query import parse_query

    item = _item("5-2", [], "駅前跡地の利用計画を策定し、国へ提出した。平成30年度末時点で、計画の目標を超過している。")
    when = parse_query("駅前跡地の利用計画はいつ国に提出した？")
    terms = {"駅前", "跡地", "利用", "計画", "国", "提出"}
    assert unstated_figure(when, item, terms, 10, own=True)  # the submission is printed without a date
    assert not unstated_figure(when, item, terms, 10)  # a chat's topic words: any sentence sharing one
    dated = _item("5-3", [], "駅前跡地の利用計画を令和2年3月に国へ提出した。計画の目標は超過している。")
    assert not unstated_figure(when, dated, terms, 10, own=True)
    # months in brackets after a noun say which season is meant, not when anything happened
    season = _item("5-3", [], "窓口の繁忙期（2～5月）の混雑を減らすため、コンビニ交付サービスを開始した。")
    start = parse_query("コンビニ交付サービスはいつから始まった？")
    assert unstated_figure(start, season, {"コンビニ", "交付", "サービス", "始まる"}, 10, own=True)
    # the month the question states is not the one it asks; asked until when, a date things start from is no end
    system = _item("5-3", [], "平成27年1月から稼働した基幹システムは、令和元年12月末で契約期間満了となり、更新した。")
    terms = {"基幹", "システム", "契約", "更新"}
    until = parse_query("基幹システムは令和元年12月で契約が切れて更新したけど、更新後の契約はいつまで？")
    assert unstated_figure(until, system, terms, 10, own=True)
    assert not unstated_figure(parse_query("基幹システムの契約はいつまでだった？"), system, terms, 10, own=True)
    assert not unstated_figure(parse_query("基幹システムはいつから稼働した？"), system, terms, 10, own=True)


@pytest.mark.parametrize(("question", "text", "caps"), [
    ("助成した金額は合計でいくら？", "資格取得にかかる費用の最大50,000円を助成する制度を5人が利用した。", True),
    ("How much was paid in total?", "1人10万円までを補助する。", True),
    ("助成した金額は合計でいくら？", "資格取得助成として計250,000円を助成した。", False),  # the amount given
    ("助成の上限はいくら？", "資格取得にかかる費用の最大50,000円を助成する。", False),  # the cap is what is asked
])
def test_a_total_asked_of_an_item_that_prints_only_a_cap(question, text, caps):
    from assistant.compose import only_caps
    from assistant.query import parse_query

    found = only_caps(parse_query(question), _item("62", [], text).record)
    assert found == ([text] if caps else [])


def test_a_table_captioned_with_its_unit_states_figures_in_that_unit():
    """「（単位：千円）」 over a table of bare figures: an amount asked in 円 is stated by them (before, no figure in 円
    was printed and the question was declined); a count asked in 件 is not."""
    from assistant.compose import declared_unit, in_declared_unit, unstated_figure
    from assistant.query import parse_query

    text = ("取組による令和６年度の財政効果額を区分ごとに示します。 （単位：千円）\n区分 令和５年度 令和６年度 増減\n"
            "歳入の確保（No.10） 18,400 41,250 22,850\n合計 70,700 118,150 47,450")
    item = _item("別表2", [], text)
    terms = {"財政", "効果", "合計"}
    assert not unstated_figure(parse_query("令和6年度の財政効果額は、合計でいくらでしたか？"), item, terms, 10, own=True)
    assert unstated_figure(parse_query("財政効果のあった取組は合計で何件？"), item, terms, 10, own=True)
    assert declared_unit(text) == "千円"
    assert in_declared_unit("合計 70,700 118,150 47,450", "千円") == "合計 70,700千円 118,150千円 47,450千円"
    assert in_declared_unit("使用料の見直し（No.10） 令和6年度", "千円") == "使用料の見直し(no.10) 令和6年度"


@pytest.mark.parametrize(("question", "text", "bounds"), [
    ("経費回収率は令和2年度決算で何パーセントでしたか？", "経常収支比率、経費回収率とも100%を上回っていることを確認した。", True),
    ("What percentage was the cost recovery rate?", "経費回収率は100%を超えている。", True),
    ("参加者は何人だった？", "研修には延べ1,000人を超える職員が参加した。", True),
    ("経費回収率は何％？", "経費回収率は102.3%となった。", False),  # the value itself
    ("経費回収率は100%を上回った？", "経費回収率は100%を上回っている。", False),  # the bound is what is asked
    ("削減率は？", "4年間で経常経費の削減率20%以上を目指す。", False),  # a target printed as a bound: the answer
    ("資格取得の補助はいくら？", "資格取得にかかる費用の最大50,000円を助成する。", False),  # a cap says how much is given
])
def test_a_value_asked_of_an_item_that_prints_only_a_bound_it_reached(question, text, bounds):
    from assistant.compose import only_bounds
    from assistant.query import parse_query

    found = only_bounds(parse_query(question), _item("31", [], text).record)
    assert found == ([text] if bounds else [])


def test_a_month_asked_of_a_year_leads_with_a_date_of_that_year():
    from assistant.lead import date_lead

    text = ["令和3年9月にプランを策定し、令和4年12月から各種休暇の申請を電子化する。"]
    assert date_lead(text, False) == "時期: 令和3年9月（2021年9月）"
    assert date_lead(text, False, 2022) == "時期: 令和4年12月（2022年12月）"
    assert date_lead(text, False, 2030) == "時期: 令和3年9月（2021年9月）"  # none of that year: the first


def test_a_meetings_date_does_not_date_what_was_said_at_it():
    from assistant.compose import unstated_figure
    from assistant.query import parse_query
    from assistant.types import Evidence, Record

    text = ("開催日時：令和2年9月19日（土）午前10時～12時\n場所：市役所北庁舎\n"
            "人口が減少すると数値も増加してしまうため検討が必要。")
    record = Record(id="r-m", source_file="x.txt", city="A市", document="A市 第3回 部会検討結果報告書",
                    kind="generic", record_type="meeting_summary", fiscal_years=[2020], label="グループ① 会議録",
                    number=None, title="5-2 市政運営", section="", departments=[], page=None, text=text,
                    fields={"開催日時": "令和2年9月19日（土）午前10時～12時", "場所": "市役所北庁舎"})
    minutes = Evidence(record=record, score=1.0, dense_score=0.9)
    population = parse_query("人口は何年ごろから減り始めるの？")
    assert unstated_figure(population, minutes, {"人口", "減る", "始める"}, 60, own=True, header_chars=60)
    assert not unstated_figure(population, minutes, {"人口", "減る", "始める"}, 60, own=True)  # fields counted
    meeting = parse_query("第3回の部会はいつやった？")  # names nothing but the meeting: its date answers
    assert not unstated_figure(meeting, minutes, {"部会", "やる"}, 60, own=True, header_chars=60)
    # …while a question naming no word of the item's titles or field labels asks of something else
    hall = parse_query("新しい庁舎はいつごろ完成するの？")
    assert unstated_figure(hall, minutes, {"新しい", "庁舎", "完成"}, 60, own=True, header_chars=60)


def test_a_rare_word_weighs_more_than_common_ones_when_quoting():
    from assistant.compose import select_sentences
    from assistant.query import parse_query

    item = _item("5-2", [], "職員の雇用形態は様々である。経験者採用を通じ、多様な人材を確保する。")
    query = parse_query("How does the city want to change the way it hires staff?")
    terms = {"職員", "雇用", "採用"}  # "staff" -> 職員, "hire" -> 雇用, 採用
    assert select_sentences(item, query, terms, False, 1) == ["職員の雇用形態は様々である。"]  # two words to one
    weights = {"職員": 0.2, "雇用": 0.8, "採用": 2.0}  # 職員 is printed nearly everywhere, 採用 rarely
    assert select_sentences(item, query, terms, False, 1, weights=weights) == [
        "経験者採用を通じ、多様な人材を確保する。"]


def test_a_line_standing_for_text_left_out_is_never_quoted():
    from assistant.compose import select_sentences
    from assistant.query import parse_query

    item = _item("取組10", ["市民課"], "【取組内容】（略）\n【目標】窓口の手続を見直し、待ち時間を30分以内にする。\n（略）")
    chosen = select_sentences(item, parse_query("取組10の取組内容は？"), {"取組", "内容"}, False, 5, whole=True)
    assert chosen == ["【目標】窓口の手続を見直し、待ち時間を30分以内にする。"]


@pytest.mark.parametrize(("question", "figure", "stated"), [
    # "how much" asks for money, unless it asks how much of something else (round 70-Y)
    ("How much overtime did each employee work on average in FY2024?", "年間の時間外勤務は平均133時間だった。", True),
    ("How much overtime did each employee work on average in FY2024?", "委託費は1,200千円だった。", False),
    ("How much did the system cost?", "委託費は1,200千円だった。", True),
    ("How much did the system cost?", "年間の時間外勤務は平均133時間だった。", False),
    ("How much floor space was freed up?", "書庫の延べ約380m2を空けた。", True),
    ("How much floor space was freed up?", "保管スペースに余裕ができ、費用は1,200千円減った。", False),
])
def test_how_much_asks_for_money_unless_it_names_another_quantity(question, figure, stated):
    from assistant.compose import _figure_pattern
    from assistant.query import parse_query

    pattern = _figure_pattern(parse_query(question))
    assert pattern is not None and bool(pattern.search(figure)) is stated


def test_the_unit_asked_is_not_what_a_date_is_asked_of():
    from assistant.compose import unstated_figure
    from assistant.query import parse_query

    item = _item("48", [], "ドローン推進員を選出し、国際ドローン展を視察した。未来戦略会議を令和3年10月に設置した。")
    asked = parse_query("国際ドローン展を視察したのは何月何日？")
    terms = {"国際", "ドローン", "展", "視察", "月", "日"}
    # the only date is another sentence's, which shares nothing with the question but 月 (the unit asked)
    assert unstated_figure(asked, item, terms - {"月", "日"}, 10)
    assert not unstated_figure(asked, item, terms, 10)  # with 月 counted, the other sentence would answer
    # a field whose label names the unit asked states it: 「視察日：…」
    visit = _item("5-1", [], "・視察先：埼玉県深谷市\n・視察日：令和2年10月23日（金）")
    assert not unstated_figure(parse_query("先進事例を見に行ったのは何日？"), visit, {"先進", "事例"}, 10)


def test_a_length_of_time_asked_needs_hours_in_a_sentence_about_it():
    from assistant.compose import unstated_figure
    from assistant.query import parse_query

    item = _item("06", [], "給与支払報告書のエラー処理にRPAを活用し、1,604件約4時間削減となった。\n"
                           "AI-OCRを導入し、手作業で入力をしていた約24,000件の粗大ごみ申請書について事務効率化を図った。")
    asked = parse_query("粗大ごみの申請書をAIで読むようにして、作業時間はどれくらい減ったの？")
    # the hours saved are another task's; the sentence on 粗大ごみ counts forms, not hours
    assert unstated_figure(asked, item, {"粗大", "ごみ", "申請", "書", "作業"}, 10)
    assert not unstated_figure(parse_query("給与支払報告書のエラー処理で何時間減った？"), item, {"給与", "エラー"}, 10)
    assert not unstated_figure(parse_query("粗大ごみの申請書は何件？"), item, {"粗大", "ごみ"}, 10)
    assert not unstated_figure(parse_query("何時から使える？"), _item("06", [], "令和4年度から運用する。"))
    # 「いくつ」 with no counter asks for a number in any unit: a plan that prints none does not state it
    plan = _item("市民生活部", [], "市内事業者に対し返礼品登録の募集を行い、魅力ある返礼品の充実を図ります。")
    assert unstated_figure(parse_query("お礼の品は令和4年度に実際にいくつ増えたの？"), plan)
    assert not unstated_figure(parse_query("お礼の品は令和3年度にいくつ増えたの？"), _item(
        "33", [], "返礼品を新たに11品追加した。"))


def test_a_figure_the_question_states_is_not_the_figure_it_asks():
    from assistant.compose import unstated_figure
    from assistant.query import parse_query

    item = _item("3-3①", [], "市内には約170台の防犯カメラが設置されている。\n自転車盗難を重点防犯対策とする。")
    terms = {"防犯", "カメラ", "町会"}
    # it knows of about 170 and asks how many of them were put up by neighbourhood associations: not printed
    assert unstated_figure(parse_query("防犯カメラが170台くらいあるけど、そのうち町会が付けたのは何台？"), item, terms, 10)
    assert not unstated_figure(parse_query("防犯カメラは市内に何台ある？"), item, terms, 10)
    # 「何人かで」 is some people, not a question of how many
    group = _item("都市", [], "まちづくりグループの活動促進に向け、専門家派遣等について周知します。")
    assert not unstated_figure(parse_query("ご近所の何人かでグループを作ります。専門の人を送ってくれますか？"), group)
    assert unstated_figure(parse_query("専門家は何人派遣した？"), group)
    # a year the question names is no figure it states: 令和3年6月 still answers when in 令和3年度 it started
    started = _item("08", [], "令和3年6月にセミセルフレジを導入した。")
    assert not unstated_figure(parse_query("令和3年度、セミセルフレジはいつ導入した？"), started, {"セミ", "レジ"}, 10)


def test_a_number_asked_without_its_unit_needs_a_number_in_the_item():
    from assistant.compose import unstated_figure
    from assistant.query import parse_query

    plain = _item("㉕", [], "統計データを使いやすい形で提供するための基盤整備を検討します。")
    counted = _item("⑫", [], "4年間で電子決裁率が80%以上となるよう取り組みます。")
    for question in ("数値目標とかある？", "Is there a numeric target for it?"):
        assert unstated_figure(parse_query(question), plain)
        assert not unstated_figure(parse_query(question), counted)
    assert not unstated_figure(parse_query("目標は？"), plain)  # a target in words is answered by the words
    assert not unstated_figure(parse_query("数値目標とかある？"), plain, loose=False)  # a topic replayed elsewhere


@pytest.mark.parametrize(("question", "declined"), [
    ("電子申請の割合、目標の40%って達成できたんですか？", True),  # the figure it states, reached?
    ("Did the city reach its 40% target for online applications?", True),
    ("電子申請の割合の目標は達成できてるの？", False),  # no figure stated: the current value answers
    ("令和3年度の電子申請の割合の目標は達成できた？", False),  # 令和3年度 states a year, not a figure
])
def test_whether_a_figure_the_question_states_was_reached(question, declined):
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    planned = _item("実施プログラム④", ["情報政策課"],
                    "申請の電子化を進める。4年間で電子申請の割合が40%以上となるよう取り組みます。(令和3年4月1日現在:5%)")
    composed = compose(SearchResult(query=parse_query(question), evidence=[planned],
                                    query_terms=["電子", "申請", "割合"]), AnswerSettings())
    assert (composed.reason == "only_targets") is declined


@pytest.mark.parametrize(("keyword_score", "answered"), [(6.0, True), (3.0, False)])
def test_a_figure_is_taken_from_a_neighbouring_item_only_about_the_same_thing(keyword_score, answered):
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    query = parse_query("マイナンバーカードを持っている市民の割合は何%？")
    best = _item("取組項目10", ["市民課"], "マイナンバーカードの申請支援を行った。延べ470人が利用した。")
    best = best.model_copy(update={"bm25_score": 9.0, "matched_terms": ["マイナンバー", "カード", "市民"]})
    other = _item("指標No.1", [], "市民の割合 48.3%")
    other = other.model_copy(update={"bm25_score": keyword_score, "matched_terms": ["市民", "割合"]})
    composed = compose(SearchResult(query=query, evidence=[best, other],
                                    query_terms=["マイナンバー", "カード", "市民", "割合"]), AnswerSettings())
    # the best item prints no share; the neighbour does, and answers only when it matches the question nearly
    # as well (keyword scores weigh the rare words): otherwise its 48.3% is another thing's share
    assert (not composed.abstained and composed.items[0].record.label == "指標No.1") is answered
    assert (composed.reason == "no_figure") is not answered


def test_a_share_of_another_thing_is_not_the_figure_asked(pipeline):
    _, composed = pipeline.answer("What percentage of Komae residents had a My Number card by the end of FY2021?")
    assert composed.abstained and composed.reason == "no_figure"


def test_an_item_of_the_asked_year_answers_when_it_is_at_least_as_close_in_meaning_as_the_best():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    chapter = _item("第1章", [], "自治体経営の考え方を示し、計画期間の歳入の確保に努めます。")  # of the plan's years only
    sales = _item("⑨", [], "売り払い収入は次のとおりです。・令和元年度:約 6,400 万円 ・令和2年度:約 5,600 万円")
    ask = lambda closeness: compose(SearchResult(query=parse_query("令和元年度の売り払い収入はいくら？"), evidence=[  # noqa: E731
        chapter, sales.model_copy(update={"score": 0.5, "dense_score": closeness})]), AnswerSettings())
    answered = ask(0.9)  # as close as the chapter ranked above it by keywords
    assert not answered.abstained and [c.label for c in answered.citations] == ["⑨"]
    assert answered.answer.splitlines()[0] == "令和元年度:約6,400万円（⑨ ⑨の題） [1]"
    declined = ask(0.85)  # less close: the year is not there
    assert declined.abstained and declined.reason == "year_not_in_corpus"


def test_a_figure_in_a_line_keyed_by_the_asked_year_is_stated():
    from assistant.compose import unstated_figure
    from assistant.query import parse_query

    sales = _item("⑨", [], "売り払い収入は次のとおりです。\n・平成30年度:約 2,000 万円 ・令和元年度:約 6,400 万円")
    terms = {"土地", "売る"}  # the question's words, printed in no sentence of the item
    assert not unstated_figure(parse_query("土地を売って令和元年度はいくら入った？"), sales, terms)
    assert unstated_figure(parse_query("土地を売って令和3年度はいくら入った？"), sales, terms)


@pytest.mark.parametrize(("question", "printed", "declined"), [
    ("町会の設置率って、今は何％なの？", "未整備地区を解消し、町会設置率100%を目指します。", True),  # only the target
    ("What percentage of districts have a neighbourhood association now?", "未整備地区を解消し、町会設置率100%を目指します。", True),
    ("町会の設置率の目標は、今は何％？", "未整備地区を解消し、町会設置率100%を目指します。", False),  # the target asked
    ("町会の設置率って、今は何％なの？", "町会設置率100%を目指します。(現状値:85%)", False),  # the value as it stands
    ("町会の設置率、実際に100%を達成できた？", "町会設置率100%を目指します。(現状値:85%)", True),  # its 100%: a target
    # a goal named as the purpose, then what was done: the figure after the goal, the sentence in the past
    ("町会の設置率は実際に何％になった？", "町会の活性化を目指し、未整備地区で説明会を開き、町会設置率は92%となった。", False),
    ("町会の設置率は実際に何％になった？", "町会設置率92%を目標とした。", True),  # a target set: the figure before
])
def test_a_figure_asked_as_it_stands_now_is_not_answered_by_a_target(question, printed, declined):
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    item = _item("地域コミュニティ", ["地域活性課"], printed)
    composed = compose(SearchResult(query=parse_query(question), evidence=[item],
                                    query_terms=["町会", "設置", "率"]), AnswerSettings())
    assert (composed.reason == "only_targets") is declined


@pytest.mark.parametrize(("question", "declined"), [
    ("令和3年度の評価はどうなった？", True),  # a result of a year after the report's
    ("What were the results in FY2021?", True),
    ("令和2年度の評価はどうなった？", False),  # the report's own year
    ("令和3年度は何をする予定？", False),  # a plan for the later year may be printed
    ("令和6年度末までにどこまで進捗させる目標？", False),  # a goal for a later year: any plan may set one
    ("What progress target is set for FY2024?", False),
])
def test_a_result_of_a_year_after_the_documents_year_is_not_in_it(question, declined):
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    sheet = _item("5-3", [], "進捗状況は「やや遅れている」。令和3年度から窓口業務委託を拡大する予定である。")
    sheet = sheet.model_copy(update={"record": sheet.record.model_copy(update={"fiscal_years": [2020]})})
    composed = compose(SearchResult(query=parse_query(question), evidence=[sheet], query_terms=["進捗"]),
                       AnswerSettings())
    assert (composed.reason == "result_after_documents") is declined
    if declined and not question.isascii():
        assert composed.answer.splitlines()[0] == (
            "ご質問の年度（令和3年度（2021年度））の実績・結果は資料にありません（資料は令和2年度のものです）。")


def test_a_list_asked_of_one_item_quotes_all_of_it():
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    works = [f"第{n}小学校改修工事" for n in range(1, 10)]
    item = _item("15", ["施設課"], "整備スケジュールに基づき設計及び工事を行った。\n" + "\n".join(works))
    ask = lambda q: compose(SearchResult(query=parse_query(q), evidence=[item], query_terms=["工事"]),  # noqa: E731
                            AnswerSettings())
    listed = ask("どんな工事をしたの？一覧で教えて")
    assert all(w in listed.answer for w in works)
    # asked without a list: as many sentences as any answer quotes, the one before the list among them
    quoted = ask("どんな工事をしたの？").answer
    assert "設計及び工事を行った" in quoted
    assert sum(w in quoted for w in works) == AnswerSettings().max_sentences_per_item - 1
    # 「ほかにどんな…」 asked in one question is asked of the whole list too; said in a chat of the item discussed
    # (its own words choose the sentences) it is not
    assert all(w in ask("第1小学校の工事のほかにどんな工事をしたの？").answer for w in works)
    chat = compose(SearchResult(query=parse_query("改修 第1小学校の工事のほかにどんな工事をしたの？"), evidence=[item],
                                query_terms=["工事"]), AnswerSettings(), quote_by="第1小学校の工事のほかにどんな工事をしたの？")
    assert sum(w in chat.answer for w in works) < len(works)


@pytest.mark.parametrize(("best_matches", "answered"), [([], True), (["採用"], False)])
def test_a_figure_comes_from_an_item_with_the_questions_word_when_the_best_has_none(best_matches, answered):
    from assistant.compose import compose
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult
    from assistant.settings import AnswerSettings

    close = _item("1-3", [], "人の意識が変化し、働き方も多様になっている。").model_copy(
        update={"score": 1.0, "dense_score": 0.84, "matched_terms": best_matches, "bm25_score": 0.9})
    hired = _item("47", ["職員課"], "一般事務5人、保健師2人、保育士4人の合計11人を採用した。").model_copy(
        update={"score": 0.98, "dense_score": 0.80, "matched_terms": ["採用"], "bm25_score": 2.4})
    composed = compose(SearchResult(query=parse_query("How many people did the city hire?"), evidence=[close, hired],
                                    query_terms=["採用"]), AnswerSettings())
    # closer in meaning by 0.04 (beyond answer_margin), but the best shares no word of the question
    assert (not composed.abstained and composed.citations[0].label == "47") is answered


@pytest.mark.parametrize(("sentence", "japanese", "english"), [
    ("2020年6月29日-7月8日にかけて実施したアンケート調査", "時期: 2020年6月29日-7月8日",
     "When: 2020年6月29日-7月8日 (June 29, 2020 – July 8, 2020)"),
    ("令和3年度から令和6年度までの4年間", "時期: 令和3年度から令和6年度（2021年度～2024年度）",
     "When: 令和3年度から令和6年度 (FY2021 – FY2024)"),
    ("令和3年10月～3月に試行した", "時期: 令和3年10月~3月（2021年10月～2022年3月）",
     "When: 令和3年10月~3月 (October 2021 – March 2022)"),
    ("令和4年1月16日に開催し", "時期: 令和4年1月16日（2022年1月16日）", "When: 令和4年1月16日 (January 16, 2022)"),
    ("令和3年度から運用した", "時期: 令和3年度（2021年度）", "When: 令和3年度 (FY2021)"),
    ("2021年9月発足を目指す", "時期: 2021年9月", "When: 2021年9月 (September 2021)"),  # Western already: not twice
    # a fiscal year with its era abbreviated: a schedule's column key, a target's year, a step of a schedule
    ("R8: 実施", "時期: R8（2026年度）", "When: R8 (FY2026)"),
    ("キャッシュレス対応の窓口 全窓口（Ｒ８）", "時期: R8（2026年度）", "When: R8 (FY2026)"),
    ("工程：Ｒ７ 本庁舎 → Ｒ８ 支所", "時期: R7（2025年度）", "When: R7 (FY2025)"),
])
def test_a_when_lead_prints_the_whole_period_and_its_western_dates(sentence, japanese, english):
    from assistant.lead import date_lead

    assert date_lead([sentence], False) == japanese
    assert date_lead(["H28 5,710 6,228"], False) is None  # a table's year row is no date of what is asked
    assert date_lead([sentence], True) == english


def test_an_overview_listing_the_best_item_does_not_answer_beside_it():
    from assistant.compose import choose_items
    from assistant.query import parse_query
    from assistant.retrieve import SearchResult, overviews
    from assistant.settings import AnswerSettings
    from assistant.types import Evidence, Record

    def record(label: str, title: str, text: str) -> Record:
        return Record(id=f"r-{label}", source_file="x.txt", city="A市", document="A市の計画", kind="generic",
                      record_type="section", fiscal_years=[2021], label=label, number=None, title=title, section="",
                      departments=[], page=None, text=text)

    programs = [record("①", "テレワーク体制の整備", "実証実験で課題を整理し、テレワークの制度を検討する。"),
                record("②", "公有財産の売り払い", "未利用地を売り払う。"),
                record("③", "窓口業務の委託化", "窓口業務を委託する。")]
    table = record("体系", "推進プログラムの体系", "① テレワーク体制の整備\n② 公有財産の売り払い\n③ 窓口業務の委託化")
    minutes = record("会議録", "第3回会議録", "テレワーク体制の整備について、委員から意見が出た。")
    listed = overviews([*programs, table, minutes], least=3, title_chars=6)
    assert listed == {"r-体系": frozenset({"r-①", "r-②", "r-③"})}  # minutes that discuss one program list nothing
    best, beside = (Evidence(record=r, score=1.0, dense_score=0.9, matched_terms=["テレワーク"])
                    for r in (programs[0], table))
    result = SearchResult(query=parse_query("テレワークはどう進める？"), evidence=[best, beside], query_terms=["テレワーク"],
                          overviews={i: sorted(v) for i, v in listed.items()})
    assert [e.record.label for e in choose_items(result, AnswerSettings())] == ["①"]
    unlisted = result.model_copy(update={"overviews": {}})
    assert [e.record.label for e in choose_items(unlisted, AnswerSettings())] == ["①", "体系"]


def test_a_field_printed_beside_the_body_and_the_headings_above_are_given_when_asked(pipeline):
    """A progress report prints each item's 基本事業 (the heading it is under, and its 説明) and 関連指標 in columns beside
    its year's text: asked for them, the answer gives them under their own names; asked something else, not."""
    result = pipeline.ask("取組項目58はどの基本事業に属していて、その説明はどうなってる？")
    assert result.citations[0].label == "取組項目58"
    lines = result.answer.splitlines()
    assert ("・位置づけ: 施策3 組織づくり・人財育成の推進 > 方向性3 誰もが活躍できる職場づくり > "
            "基本事業1 意欲や適性を活かす人事制度 [1]") in lines
    assert any(line.startswith("・基本事業の説明: 職員の意欲を高め、人財育成を実効性のあるものにするため") for line in lines)
    assert_every_sentence_cited(result.answer, len(result.citations))
    result = pipeline.ask("取組項目37の関連指標は？")
    assert "・関連指標: 指標No.3・4・5 [1]" in result.answer.splitlines()
    result = pipeline.ask("取組項目37では令和3年度に何をした？")
    assert "関連指標" not in result.answer and "基本事業" not in result.answer and "位置づけ" not in result.answer


def test_several_and_going_on_are_no_how_many():
    """「いくつか」 (several) and 「…していくつもり」 (いく + つもり: intends to go on) ask for no number."""
    from assistant.compose import unstated_figure
    from assistant.query import parse_query

    prose = _item("2-1", [], "公園の整備は、民間事業者の活力を活用して進める。")
    terms = {"公園", "整備"}
    assert not unstated_figure(parse_query("小平市は公園の整備をどんな方法で進めていくつもりですか？"), prose, terms, 30)
    assert not unstated_figure(parse_query("いくつかの課で公園の整備を進めているの？"), prose, terms, 30)
    assert unstated_figure(parse_query("公園はいくつありますか？"), prose, terms, 30)


def test_the_fields_that_frame_a_meeting_are_those_at_its_head():
    from assistant.asked_record import header_sentences
    from assistant.types import Record

    def record(text: str, fields: dict[str, str]) -> Record:
        return Record(id="r-1", source_file="x.txt", city="A市", document="A市の計画", kind="generic",
                      record_type="section", fiscal_years=[2025], label="1", number=None, title="担い手づくり",
                      section="", departments=[], page=None, text=text, fields=fields)

    minutes = record("開催日時：令和2年9月19日\n場所：会議室\n委員から意見が出た。",
                     {"開催日時": "令和2年9月19日", "場所": "会議室"})
    assert header_sentences(minutes, 60) == {"開催日時：令和2年9月19日", "場所：会議室"}
    # a plan item's target after its text frames nothing: its year may be the date asked
    item = record("話し合う場を小学校区ごとに設置する。\n目標値：話合いの場がある小学校区 ６校区→全１４校区（Ｒ１０）",
                  {"目標値": "話合いの場がある小学校区 ６校区→全１４校区（Ｒ１０）"})
    assert header_sentences(item, 60) == frozenset()


@pytest.mark.parametrize(("question", "part"), [
    ("健康ポイント事業の事業費のうち、商品券にはいくら使っているんですか？", "商品券"),
    ("売却した市有地のうち、旧給食センター跡地はいくらで売れたんですか？", "旧給食センター跡地"),
    ("R2年度の売り払い収入約5,600万円のうち、旧ごみ集積所の売却分っていくらだった？", "旧ごみ集積所"),
    ("そのうち実際に受診したのは何人？", ""),  # そのうち: of what was just said
    ("1年のうちで特に窓口が混み合うのは何月？", ""),  # のうちで: within, no part named
    ("ネーミングライツで市民体育館だけの年額はいくらですか？", "市民体育館"),  # だけ: that one alone (round 69-X)
])
def test_the_part_of_a_whole_a_figure_question_asks_for(question, part):
    from assistant.compose import asked_part

    assert asked_part(question) == part


def test_a_figure_of_a_group_does_not_state_one_of_its_members():
    """「…のうち、旧給食センター跡地は」 asks that site alone: the sale of 「旧給食センター跡地など3件」 states none
    (round 54-L); a sentence that names the part by itself does; so does the group, when the question asks it."""
    from assistant.compose import of_part

    # a group counted (「市民体育館と中央公園野球場の２施設で…年額計180万円」) states no figure of one of them (round 69-X)
    assert not of_part("市民体育館と中央公園野球場の２施設で契約した（年額計180万円）。", "市民体育館", "市民体育館だけの年額は？")

    grouped = "旧給食センター跡地など3件を売却し、約1億2,000万円の収入を得た。"
    assert not of_part(grouped, "旧給食センター跡地", "市有地のうち、旧給食センター跡地はいくらで売れた？")
    assert of_part("旧給食センター跡地は約5,000万円で売却した。", "旧給食センター跡地", "市有地のうち、旧給食センター跡地は？")
    assert of_part(grouped, "旧給食センター跡地", "市有地のうち、旧給食センター跡地などの売却額は？")
    assert not of_part("宿泊型・日帰り型とも利用枠を拡大し、延べ318人が利用した。", "宿泊型", "利用者のうち、宿泊型は何人？")
    assert not of_part("事業費（千円） 9,870 10,560", "商品券", "事業費のうち、商品券にはいくら？")


@pytest.mark.parametrize(("question", "text", "results"), [
    # a target asked of an item that prints the value as it stands only (round 54-L)
    ("オンライン申請の利用率は、3年後に何％を目標にしているんですか？", "利用件数は申請件数全体の14.2％です。", True),
    ("オンライン申請の利用率の目標は何％？", "利用率を令和8年度に30％とすることを目指す。", False),  # a target printed
    ("オンライン申請の利用率の目標と今の値は？", "利用件数は申請件数全体の14.2％です。", False),  # the value now asked too
    ("利用率の目標は何％？", "令和5年度の実績は14.2％。目標値は今後定める。", True),
])
def test_a_target_asked_of_an_item_that_prints_only_results(question, text, results):
    from assistant.compose import only_results
    from assistant.query import parse_query

    found = only_results(parse_query(question), _item("3", [], text).record)
    assert bool(found) is results


def test_a_target_printed_under_a_field_named_so_is_a_target():
    from assistant.compose import only_results
    from assistant.query import parse_query
    from assistant.types import Record

    record = _item("4", [], "提案件数を増やす。").record
    record = Record.model_validate({**record.model_dump(), "fields": {"目標": "年15件以上"}})
    assert only_results(parse_query("提案件数の目標は何件？"), record) == []


def test_a_figure_of_a_year_is_read_from_its_column():
    """A table whose columns are years: the cell under the year asked, of the row the question names; a target
    asked is the target column's."""
    from assistant.lead import column_lead
    from assistant.query import parse_query
    from assistant.tokenize_ja import tokenize

    text = ("成果指標 指標名（単位） 令和４年度 令和５年度 令和６年度 目標値（令和８年度）\n"
            "成果指標 （活動）延べ利用日数（日） 92 118 163 180\n"
            "成果指標 （成果）利用者の満足度（％） 91.2 93.5 95.0 95.0\n"
            "事業費（千円） 4,260 5,310 7,080 ―")
    record = _item("2-1-02", ["子育て支援課"], text).record.model_copy(update={"title": "産後ケア事業"})

    def lead(question: str) -> str | None:
        query = parse_query(question)
        return column_lead(query, record, set(tokenize(question)), False)

    assert lead("利用者の満足度は令和8年度に何％を目標にしていますか？") == (
        "目標値（令和８年度） 95.0（成果指標 （成果）利用者の満足度（％）、2-1-02 産後ケア事業）")
    assert lead("延べ利用日数は令和5年度に何日？") == "令和５年度 118（成果指標 （活動）延べ利用日数（日）、2-1-02 産後ケア事業）"
    assert lead("事業費は令和8年度いくら？") is None  # a dash: not printed, said by the figure checks
    assert lead("満足度は令和3年度に何％？") is None  # no column of that year
    assert lead("職員数は令和5年度に何人？") is None  # no row the question names


def test_a_month_asked_is_not_answered_by_a_year():
    """「令和７年度の何月に？」, "On what date …?": a month or a day dates it, a fiscal year or a schedule's year
    column does not; 「いつ？」 is answered by either."""
    from assistant.compose import _figure_pattern
    from assistant.query import parse_query

    month = _figure_pattern(parse_query("生成AIの研修は令和７年度の何月に実施されますか？"))
    assert month.search("研修は令和7年10月に行います") and not month.search("令和7年度に研修を行います")
    assert not _figure_pattern(parse_query("On what date did the help desk open?")).search("R4: 開設")
    when = _figure_pattern(parse_query("生成AIの研修はいつ実施されますか？"))
    assert when.search("令和7年度に研修を行います")
    # 何日かかる counts days, it asks no date
    assert _figure_pattern(parse_query("申請から交付まで何日かかりますか？")).search("14日")
