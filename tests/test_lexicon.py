"""Query expansion from kept lexical resources, restricted to a corpus: the Sudachi synonym dictionary
(assistant/synonyms.py) and JMdict's English glosses (assistant/english_terms.py). Both real
dictionaries, as installed by `make install`, over a small corpus text."""

from __future__ import annotations

import re

import pytest

from assistant.english_terms import build as build_english
from assistant.english_terms import compounds, normalize_gloss, related_forms
from assistant.settings import get_settings
from assistant.synonyms import TOKENS_SUFFIX, CorpusSynonyms, member_tokens, read_dictionary
from assistant.synonyms import build as build_synonyms
from assistant.tokenize_ja import keyword_tokens, tokenize
from assistant.word_vectors import export, neighbours, spacy_hash

TEXT = ("市税の滞納者に督促状を送付した。使用料及び手数料を見直す。時間外勤務を縮減する。議会中継に字幕を付ける。"
        "妊娠中の健康診査を助成する。クレジットカードで納付できる。備考欄に記す。")
TOKENS = tokenize(TEXT)
VOCABULARY = set(TOKENS)
JOINED = compounds([TOKENS])


@pytest.fixture(scope="module")
def synonyms() -> CorpusSynonyms:
    return CorpusSynonyms.restrict(read_dictionary(get_settings().synonyms_file), VOCABULARY)


@pytest.mark.parametrize(("question", "expected"), [
    ("税金を払い忘れた人への催促", ["督促"]),
    ("公民館の料金", ["手数料"]),
    ("残業を減らす", ["時間外勤務"]),
    ("天気", []),
    ("督促状は届く？", []),  # the corpus's own word needs no synonym
])
def test_synonyms_bring_citizen_words_to_the_corpus_words(synonyms, question, expected):
    assert synonyms.expand(question) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # pieces that reach into a run of Japanese between ASCII words are looked up, longest first, each character once
    ("remind tax 催促 please", ["督促"]),
    ("wifi の DX推進 and 窓口申請", ["無線LAN", "デジタル化", "カウンター"]),  # 口申 overlaps 窓口, found first
    ("dx推進", ["デジタル化"]),  # a key that starts with Latin letters
    ("wifi", ["無線LAN"]),  # an ASCII word is looked up whole
    ("tax payment reminder", []),
])
def test_synonyms_are_found_in_japanese_runs_of_a_mixed_text(text, expected):
    synonyms = CorpusSynonyms({"催促": ["督促"], "dx推進": ["デジタル化"], "窓口": ["カウンター"], "口申": ["誤り"],
                               "wifi": ["無線LAN"]})
    assert synonyms.expand(text) == expected


def test_a_damaged_synonym_dictionary_is_named(tmp_path):
    broken = tmp_path / "synonyms.json"
    broken.write_text("[{", encoding="utf-8")
    with pytest.raises(ValueError, match="synonyms.json"):
        read_dictionary(broken)


@pytest.fixture(scope="module")
def english():
    return build_english(None, VOCABULARY, JOINED)


@pytest.mark.parametrize(("question", "groups", "untranslated"), [
    ("Will council broadcasts have subtitles?", [["字幕"]], ["council", "broadcasts"]),
    ("help with the cost of pregnancy checkups", [["妊娠"]], ["cost", "checkups"]),
    ("can I pay city tax by credit card", [["市税"], ["クレジットカード", "カード"]], ["pay"]),
    ("What's the capital of France?", [], ["capital", "france"]),
    # inflected words meet the glosses in their dictionary forms (reviewed, reviewing -> review; subtitled -> subtitle)
    ("Will the fees be reviewed?", [["見直す"]], ["fees"]),
    ("reviewing fees", [["見直す"]], ["fees"]),
    ("subtitled broadcasts", [["字幕"]], ["broadcasts"]),
    # a phrase that steers the conversation says nothing of the subject: no 備考 for "note"
    ("On a different note, will the fees be reviewed?", [["見直す"]], ["fees"]),
    ("By the way, can you tell me if the fees are reviewed?", [["見直す"]], ["fees"]),
    ("Is there a note on the fees?", [["記す", "備考", "備考欄"]], ["fees"]),
    # a stop word in any of its forms says nothing of the subject: 「used」「asked」 as 「use」「ask」
    ("Were the fees they asked for used for subtitles?", [["字幕"]], ["fees"]),
    # a hyphenated word no gloss has whole is its words: 「subtitle-broadcasts」 as 「subtitle broadcasts」
    ("Are there subtitle-broadcasts?", [["字幕"]], ["broadcasts"]),
])
def test_english_phrases_become_the_corpus_words(english, question, groups, untranslated):
    assert english.translate(question) == (groups, untranslated)


@pytest.mark.parametrize(("gloss", "normalized"), [
    ("(esp.) credit card", "credit card"),
    ("to reduce", "reduce"),
    ("a tax", "tax"),
])
def test_glosses_are_normalized(gloss, normalized):
    assert normalize_gloss(gloss) == normalized


def test_an_english_word_keeps_the_forms_whose_first_senses_it_names():
    # 「old」 is 古い's first sense; 大きい means old only in its fifth (「older」, met in dictionary form)
    english = build_english(None, set(tokenize("古い建物と大きい建物を借りる。職員を雇う。")), set())
    assert english.translate("old buildings")[0] == [["古い", "大きい"], ["建物"]]
    assert english.words("hire") == ["借りる", "雇う"]


def test_a_form_of_be_starts_no_phrase_whose_rest_has_a_gloss():
    # JMdict glosses 支える (a line that is engaged) as "to be busy": 「are busiest」 is the adjective alone, 繁忙
    english = build_english(None, set(tokenize("繁忙期に窓口を支える。担当課が請求する。")), set())
    assert english.translate("Which months are busiest?") == ([["繁忙"]], ["months"])
    assert english.translate("Is the desk busy?") == ([["繁忙"]], ["desk"])
    # 「in charge」 has no gloss of its own: 「is in charge」 is 「to be in charge」, 担当
    assert english.translate("Who is in charge?")[0] == [["担当"]]


def test_a_fiscal_year_is_a_year_not_a_subject():
    # in 「fiscal year」 「fiscal」 only names the year (not 財政, 会計), which the question's years say already
    english = build_english(None, set(tokenize("財政の健全化。会計年度の予算。定年を引き上げる。")), set())
    assert english.translate("From which fiscal year will the retirement age rise?") == ([["定年"]], ["rise"])


def test_words_of_the_answer_s_form_and_of_the_documents_name_no_subject():
    # a date in the Western calendar, roughly, according to the report: what the answer looks like and where it
    # is, not what it is about (報告, 暦, 日付 would count as words the items must print)
    english = build_english(None, set(tokenize("報告書を公表した。暦の日付。窓口を開設した。")), set())
    assert english.translate("According to the report, on what date (Western calendar) did the help desk open?"
                             ) == ([["開設"]], ["desk"])


def test_an_adjective_of_a_corpus_word_names_that_word_after_its_own_translations():
    # JMdict glosses 基本的 "basic"; the corpus says 基本 only in compounds (基本目標), and the tokenizer keeps no 的
    english = build_english(None, set(tokenize("3つの基本目標。行政の効率化。事務を行う。")), set())
    assert english.translate("What are the basic goals?") == ([["基本"], ["目標"]], [])
    assert english.words("efficient") == ["効率"]
    # a word that meets a form of its own keeps that (administrative: administration's words, not 事務的's)
    assert english.words("administrative") == english.words("administration") == ["行政", "事務"]


def test_a_verb_meets_the_gloss_of_its_noun():
    # JMdict glosses the する-nouns 提案 and 導入 as "proposal" and "introduction", never as the verbs
    english = build_english(None, set(tokenize("予算を提案する。制度を導入する。裏面を見る。")), set())
    assert english.translate("What did they propose?") == ([["提案"]], [])
    # an adverb of time is no subject: 「back」 is not 裏面 here
    assert english.translate("What was proposed back then, and has anything actually been introduced yet?") == (
        [["提案"], ["導入"]], [])
    assert english.translate("Was it introduced?") == ([["導入"]], [])
    assert english.translate("Did they frobnicate?") == ([], ["frobnicate"])


def test_a_headword_of_several_tokens_is_found_in_the_corpus():
    # the tokenizer cuts マイナンバーカード in three and 合計特殊出生率 in four; JMdict has each as one headword
    tokens = tokenize("マイナンバーカードの交付を進める。合計特殊出生率が低い。")
    assert compounds([["マイ", "ナンバー", "カード"]]) == {"マイナンバー", "ナンバーカード", "マイナンバーカード"}
    english = build_english(None, set(tokens), compounds([tokens]))
    assert english.translate("my number card")[0] == [["マイナンバーカード"]]
    assert english.translate("total fertility rate")[0] == [["合計特殊出生率"]]
    assert english.translate("my number card")[0] != build_english(None, set(tokens), compounds([tokens], 2)
                                                                    ).translate("my number card")[0]


def test_a_headword_joined_by_no_is_found_in_the_corpus():
    # the keyword tokens drop particles (道の駅 -> 道, 駅): the text itself gives the forms joined by の
    from assistant.english_terms import particle_compounds

    text = "道の駅こはる野の売上げは過去最高となった。"
    assert {"道の駅", "市の財政", "財政の健全化"} <= particle_compounds([text, "市の財政の健全化を図る。"])
    tokens = tokenize(text)
    english = build_english(None, set(tokens), compounds([tokens]) | particle_compounds([text]))
    assert english.translate("roadside station")[0] == [["道の駅"]]
    assert build_english(None, set(tokens), compounds([tokens])).translate("roadside station")[0] != [["道の駅"]]


def test_an_adverb_meets_the_gloss_of_its_adjective():
    # JMdict glosses 電子 as "electronic" and 公開 as "public", never as the adverbs
    english = build_english(None, set(tokenize("文書を電子で決裁する。情報を公開する。")), set())
    assert english.words("electronically") == english.words("electronic") == ["電子"]
    assert "公開" in english.words("publicly")
    assert related_forms("administrative") == ["administration"]
    assert related_forms("early") == [] and related_forms("only") == []  # not 「ear」, 「on」


def test_the_dictionary_is_read_through_its_index_with_the_same_glosses():
    from assistant.english_terms import default_dictionary, read_glosses

    path = default_dictionary()
    wanted = {"税", "提案", "ｄｘ", "dx", "マイナンバーカード", "電子決裁"}
    keep = lambda form: form.lower() in wanted  # noqa: E731 (ＤＸ and DX: any case of a Latin form)
    narrowed = sorted(read_glosses(path, keep, wanted))
    assert narrowed == sorted(read_glosses(path, keep))
    assert {form for form, _, _ in narrowed} >= {"税", "提案", "マイナンバーカード"}


def test_a_place_an_english_question_names_is_known_by_its_name():
    from assistant.english_terms import capitalized_words, place_forms

    assert capitalized_words("What's the capital of France? And Osaka's plan.") == ["France", "Osaka"]
    assert capitalized_words("Komae set up a desk. On what date (Western calendar)?") == ["Western"]
    assert capitalized_words("Is the RPA used by DX staff?") == []  # acronyms are terms, not names
    assert place_forms("France") and place_forms("Osaka")
    assert not place_forms("Western") and not place_forms("December")


def test_an_english_place_name_is_known_by_its_japanese_forms():
    from assistant.english_terms import place_forms

    assert "多摩" in place_forms("Tama") and "新宿" in place_forms("Shinjuku")
    assert place_forms("Western") == ()


def test_a_damaged_english_dictionary_is_named(tmp_path):
    from assistant.english_terms import place_forms

    damaged = tmp_path / "jamdict.db"
    damaged.write_bytes(b"not a database" * 100)
    with pytest.raises(ValueError, match="jamdict.db"):
        build_english(damaged, {"税"}, set())
    with pytest.raises(ValueError, match="jamdict.db"):
        place_forms("France", damaged)


@pytest.mark.parametrize("text, expected", [
    ("再生紙の購入枚数", ["再生", "紙", "購入", "枚数"]),  # 紙 is a suffix of 再生紙 to UniDic
    ("コピー用紙", ["コピー", "紙"]),  # 用 says what for: not a term
    ("使用料を免除", ["使用", "料", "免除"]),
    ("文書の電子化と利用者の利便性", ["文書", "電子", "利用", "利便"]),  # 化, 者, 性 are not terms
])
def test_keyword_terms_keep_the_nouns_unidic_splits_off_a_compound(text, expected):
    assert keyword_tokens(text) == expected
    assert "紙" not in tokenize(text)  # the other stages' words are unchanged


@pytest.mark.parametrize(("text", "key"), [
    ("現金", 17307401669311437398), ("a", 11901859001352538922), ("abcdefghi", 13885881106499164936),
])
def test_word_forms_find_their_vector_rows_by_spacy_s_hash(text, key):
    assert spacy_hash(text) == key  # the values spaCy's hash_string gives


def test_a_word_the_corpus_never_uses_is_expanded_to_its_nearest_corpus_word():
    vocabulary = set(keyword_tokens("キャッシュレス決済に対応し、浸水被害を減らす。"))
    near = neighbours(get_settings().word_vectors_dir, vocabulary, 0.6, 1)
    assert near["現金"] == ["キャッシュレス"] and near["水浸し"] == ["浸水"]
    assert "浸水" not in near and "浸水被害" not in near  # the corpus's own words, whole or in part
    assert "カフェ" not in near  # nothing in this corpus is close enough
    assert all(re.search(r"[ァ-ヶ一-龥]", word) for word in near)  # no kana-only word matched inside any question


def test_no_neighbours_asked_reads_nothing_and_warns_of_nothing(tmp_path, caplog):
    vocabulary = set(keyword_tokens("キャッシュレス決済に対応する。"))
    assert neighbours(get_settings().word_vectors_dir, vocabulary, 0.6, 0) == {}
    assert neighbours(tmp_path / "absent", vocabulary, 0.6, 0) == {}
    assert not caplog.records
    assert neighbours(tmp_path / "absent", vocabulary, 0.6, 1) == {}
    assert "not installed" in caplog.text


def test_a_file_that_is_not_the_vector_package_is_named(tmp_path):
    bogus = tmp_path / "ja_ginza-5.3.0-py3-none-any.whl"
    bogus.write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="ja_ginza-5.3.0-py3-none-any.whl"):
        export(bogus, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_members_tokens_are_kept_next_to_the_dictionary_and_rebuilt_when_it_changes(tmp_path):
    import json
    import os

    dictionary = tmp_path / "synonyms.json"
    group = lambda *words: {"items": [{"midashi": w, "expandControl": 0} for w in words]}  # noqa: E731
    dictionary.write_text(json.dumps([group("催促", "督促"), group("料金", "手数料")], ensure_ascii=False), "utf-8")
    kept = tmp_path / ("synonyms.json" + TOKENS_SUFFIX)
    first = build_synonyms(dictionary, VOCABULARY)
    assert first.expand("税金の催促") == ["督促"] and kept.is_file()
    tokens = json.loads(kept.read_text("utf-8"))["tokens"]
    assert tokens["手数料"] == tokenize("手数料")
    # kept: the same synonyms from the kept tokens (a poisoned entry shows they are read, not recomputed)
    poisoned = json.loads(kept.read_text("utf-8"))
    poisoned["tokens"]["督促"] = ["一度もない語"]
    kept.write_text(json.dumps(poisoned, ensure_ascii=False), "utf-8")
    assert build_synonyms(dictionary, VOCABULARY).expand("税金の催促") == []
    # the dictionary changes: its tokens are computed again
    dictionary.write_text(json.dumps([group("催促", "督促")], ensure_ascii=False), "utf-8")
    os.utime(dictionary, ns=(1, 1))
    assert build_synonyms(dictionary, VOCABULARY).expand("税金の催促") == ["督促"]
    assert json.loads(kept.read_text("utf-8"))["tokens"] == {"催促": tokenize("催促"), "督促": tokenize("督促")}
    # a damaged file is rebuilt, not trusted
    kept.write_text("{not json", "utf-8")
    assert member_tokens(dictionary, read_dictionary(dictionary)) == {"催促": tokenize("催促"), "督促": tokenize("督促")}


def test_synonyms_from_kept_tokens_are_those_of_tokenizing_every_word():
    dictionary = get_settings().synonyms_file
    groups = read_dictionary(dictionary)
    assert CorpusSynonyms.restrict(groups, VOCABULARY, member_tokens(dictionary, groups)).mapping == \
        CorpusSynonyms.restrict(groups, VOCABULARY).mapping
