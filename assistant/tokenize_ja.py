"""Japanese keyword tokens for BM25: fugashi (MeCab) with the unidic-lite dictionary.

Content words only (nouns, verbs, adjectives, unknown words), in dictionary
form, NFKC-normalized and lower-cased. One tagger per thread: MeCab taggers are
not safe to share across Streamlit's session threads.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple

import fugashi

from .data import data_rows
from .jp import CONTENT_CHAR

TOKENIZER_NAME = "fugashi+unidic-lite+suffixes"

_KEEP_POS = {"名詞", "動詞", "形容詞", "形状詞", "接頭辞", "副詞", "感動詞"}
_DROP_POS2 = {"数詞"}  # numbers are kept separately below (digits only)
_STOP = {
    "する", "為る", "なる", "成る", "できる", "出来る", "ある", "有る", "いる", "居る", "れる", "られる",
    "こと", "事", "もの", "物", "よう", "様", "ため", "為", "等", "など", "とき", "時", "ところ", "所",
    "何", "どう", "いう", "言う", "思う", "おる", "くる", "来る", "行う", "ない", "無い",
}
_REFERRING_ADVERBS = {"こう", "そう", "ああ", "どう"}  # the closed class of demonstrative adverbs
_ASCII_WORD = re.compile(r"[a-z0-9]+")
# suffixes that say how, when, how many or of what kind rather than what (利用者, 電子化, 必要性, 翌日 …)
_GRAMMATICAL_SUFFIX = set("等化性者人方次状末日内型歳間後目用下外上中系向様毎別際度分式以的氏達側前年月回件個名台枚点位割倍")

_local = threading.local()


def _tagger() -> fugashi.Tagger:
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        tagger = fugashi.Tagger()
        _local.tagger = tagger
    return tagger


def surfaces(text: str) -> list[str]:
    """The words of the text as written, in order (every word: particles too)."""
    return [w.surface for w in _tagger()(text)]


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def tokenize(text: str) -> list[str]:
    """Content-word tokens of ``text`` (may be empty)."""
    return [token for token, _ in tagged_tokens(text)]


def tagged_tokens(text: str) -> list[tuple[str, str]]:
    """The tokens of :func:`tokenize`, each with its part of speech (UniDic's first level: 名詞, 動詞 …)."""
    # a question is tokenized by several stages, and field headings recur in every item: short texts are kept
    return list(_tagged_kept(text) if len(text) <= _KEPT_CHARS else _tagged(text))


def keyword_tokens(text: str) -> list[str]:
    """The index terms of ``text`` for keyword search: :func:`tokenize`'s words and the noun-like suffixes
    UniDic splits off a compound (紙 of 再生紙 and コピー用紙, 料 of 使用料, 税 of 市民税), so that a
    question's 「紙」 finds the 「再生紙」 a record counts. Grammatical ones (化, 性, 者 …) are not terms."""
    return [token for token, _ in (_tagged_kept(text, True) if len(text) <= _KEPT_CHARS else _tagged(text, True))]


_KEPT_CHARS = 300


@lru_cache(maxsize=4096)
def _tagged_kept(text: str, suffixes: bool = False) -> tuple[tuple[str, str], ...]:
    return _tagged(text, suffixes)


def _tagged(text: str, suffixes: bool = False) -> tuple[tuple[str, str], ...]:
    text = normalize(text)
    if not text.strip():
        return []
    tokens: list[tuple[str, str]] = []
    for word in _tagger()(text):
        feature = word.feature
        pos1 = feature.pos1
        surface = word.surface
        if pos1 == "名詞" and feature.pos2 in _DROP_POS2:
            if surface.isdigit():
                tokens.append((str(int(surface)), pos1))
            continue
        if pos1 == "接尾辞":
            if not (suffixes and feature.pos2 == "名詞的" and CONTENT_CHAR.search(surface)
                    and surface not in _GRAMMATICAL_SUFFIX):
                continue
        elif pos1 not in _KEEP_POS:
            continue
        base = feature.orthBase if pos1 in {"動詞", "形容詞"} and feature.orthBase else surface
        base = base.lower()
        if base in _STOP or not base.strip():
            continue
        if base.isascii():
            tokens.extend((part, pos1) for part in _ASCII_WORD.findall(base))
        else:
            tokens.append((base, pos1))
    return tuple(tokens)


_LEMMA_POS = {"名詞", "動詞", "形容詞", "形状詞"}


def content_lemmas(text: str) -> set[str]:
    """The dictionary forms (UniDic lemmas) of the content words of ``text``: nouns other than numbers
    and place names, verbs, adjectives, adjectival nouns; auxiliary-like words (する, なる, こと …)
    dropped. What "shares no word with" means when the eval set checks that a paraphrase avoids the
    words of its gold record's title."""
    return set(lemma_spellings(text))


def lemma_spellings(text: str) -> dict[str, set[str]]:
    """The content words of ``text`` (as :func:`content_lemmas` counts them) by lemma, each with the spellings
    ``text`` writes it in: {虫歯: {むし歯}, 子供: {子ども, こども}}."""
    spellings: dict[str, set[str]] = {}
    for word in _tagger()(normalize(text)):
        feature = word.feature
        if feature.pos1 not in _LEMMA_POS or feature.pos2 == "数詞" or feature.pos3 == "地名":
            continue
        if feature.pos2 == "非自立可能" and feature.pos1 == "名詞":
            continue
        lemma = (feature.lemma or word.surface).split("-")[0].lower()
        if lemma in _STOP or word.surface in _STOP or not lemma.strip() or not any(c.isalnum() for c in lemma):
            continue
        spellings.setdefault(lemma, set()).add(word.surface)
    return spellings


def kana_reading(text: str) -> str:
    """``text`` read in katakana, word by word as UniDic reads it (a word it has no reading for: as written)."""
    return "".join(w.feature.kana or w.surface for w in _tagger()(normalize(text)))


def past_tense(text: str) -> bool:
    """Whether ``text`` says something of the past or of a state lasting till now: the auxiliary た (「始めた」
    「導入したの？」), or て + いる (「変わっていない」「変わってない」)."""
    words = list(_tagger()(normalize(text)))
    return any((w.feature.pos1 == "助動詞" and w.feature.lemma in ("た", "てる"))
               or (w.surface in ("て", "で") and n + 1 < len(words) and words[n + 1].feature.lemma == "居る")
               for n, w in enumerate(words))


def suffixes(text: str) -> set[str]:
    """The noun-forming suffixes of ``text`` as written (向け of 子ども向け, 書 of 申請書): they say what kind of
    thing the noun before them names, not a thing of their own."""
    return {w.surface for w in _tagger()(normalize(text)) if w.feature.pos1 == "接尾辞" and w.feature.pos2 == "名詞的"}


def action_nouns(text: str) -> set[str]:
    """The nouns of ``text`` said as actions, followed by する or できる (「参加してるの？」「導入できる？」): they say
    what is done, not what of."""
    words = list(_tagger()(normalize(text)))
    return {word.surface.lower() for word, after in zip(words, words[1:], strict=False)
            if word.feature.pos1 == "名詞" and after.feature.lemma in ("為る", "出来る")}


def verbal_nouns(text: str) -> set[str]:
    """The nouns of ``text`` that name an action (UniDic サ変可能: 工事, 評価, 交付), as written."""
    return {word.surface.lower() for word in _tagger()(normalize(text))
            if word.feature.pos1 == "名詞" and word.feature.pos3 == "サ変可能"}


def proper_nouns(text: str) -> list[str]:
    """The proper nouns (UniDic 固有名詞: places, people, names of things) of ``text``, as written; not an era
    before its year (令和4年: a date, not a name)."""
    words = list(_tagger()(normalize(text)))
    return [word.surface for word, after in zip(words, [*words[1:], None], strict=True)
            if word.feature.pos2 == "固有名詞" and not (after is not None and after.feature.pos2 == "数詞")]


def place_names(text: str) -> list[str]:
    """The place names (UniDic 固有名詞・地名) of ``text``, as written."""
    return [word.surface for word in _tagger()(normalize(text))
            if word.feature.pos2 == "固有名詞" and word.feature.pos3 == "地名"]


_HONORIFICS = frozenset({"さん", "氏", "様", "先生"})


def person_names(text: str) -> list[str]:
    """The people ``text`` names (山本宏太, 鹿野 恭佑, 家田莊子さん): a UniDic family name followed by a given name,
    or a person's name, with at most one more noun (a given name UniDic does not know), followed by さん, 氏, 様 or
    先生. A family name alone is often a place (中和泉) or a misread word."""
    words = [w for w in _tagger()(normalize(text)) if w.surface.strip()]
    out, given = [], -1  # given: the index of the last word read as a given name
    for i, word in enumerate(words[:-1]):
        if i == given or word.feature.pos2 != "固有名詞" or word.feature.pos3 != "人名":
            continue
        after, then = words[i + 1], words[i + 2] if i + 2 < len(words) else None
        if word.feature.pos4 == "姓" and after.feature.pos3 == "人名" and after.feature.pos4 == "名":
            out.append(word.surface + after.surface)
            given = i + 1
        elif after.surface in _HONORIFICS:
            out.append(word.surface)
        elif after.feature.pos1 == "名詞" and then is not None and then.surface in _HONORIFICS:
            out.append(word.surface + after.surface)
    return out


def adverbial_words(text: str) -> set[str]:
    """The words of ``text`` that can only modify (adverbs, and nouns used as adverbs: そもそも, 今後, 一番), as
    ``tokenize`` writes them: they say how or when, never what a question is about. The こそあど adverbs
    (そう, こう) are not among them: they point back to what was said."""
    out: set[str] = set()
    for word in _tagger()(normalize(text)):
        feature = word.feature
        if word.surface in _REFERRING_ADVERBS:
            continue
        if feature.pos1 == "副詞" or (feature.pos1 == "名詞" and feature.pos3 == "副詞可能"):
            out.add(word.surface.lower())
    return out


# nouns that point to a person as a pronoun does (「自分で書かなくていい」): no thing of their own
_SELF = ("自分", "自身", "各自", "本人", "自ら")


def noun_compounds(text: str) -> list[list[str]]:
    """Runs of adjacent nouns (with their prefixes, noun-forming suffixes, and na-adjective stems that go
    before a noun: 特殊 of 合計特殊出生率), as surface tokens: 「小平市の財政調整基金の残高」 -> [財政, 調整, 基金],
    [残高]. Numbers, pronouns and place names break a run. What a question names as one thing (財政調整基金, 混雑予想カレンダー)."""
    runs: list[list[str]] = []
    run: list[str] = []
    words = list(_tagger()(normalize(text)))

    def nominal(i: int, in_run: bool) -> bool:
        feature = words[i].feature
        if feature.pos1 == "名詞":
            return feature.pos2 not in ("数詞", "代名詞") and feature.pos3 != "地名" and words[i].surface not in (
                "市", "町", "村", "区", *_SELF)
        return (feature.pos1 == "接尾辞" and feature.pos2 == "名詞的" and in_run) or (feature.pos1 == "接頭辞" and not in_run)

    for i, word in enumerate(words):
        noun = nominal(i, bool(run))
        if word.feature.pos1 == "形状詞" and i + 1 < len(words):  # 特殊 of 合計特殊出生率, 適正 of 適正化: not 特殊な
            noun = nominal(i + 1, True)
        if noun:
            run.append(word.surface)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


# the words a question asks what, which, how, when or how much with: it asks for something the items print
# (not said as an indefinite: 「どこかの市で」「誰か」「いつでも」「どれも」 ask yes or no; 「どこかな？」 asks where)
_INDEFINITE = r"(?!か(?![らな]|しら|[？?。]|$)|でも|も)"
_INTERROGATIVE = re.compile(r"何(?!か|とか|らか)|なに(?!か)|なんで(?!しょ|す)|どの|どんな|どう(?!か)|どっち|幾|"
                            rf"(?:どこ|どれ|どちら|誰|だれ|いつ|いくら|いくつ){_INDEFINITE}")
_ASKS = re.compile(r"(?:[？?]|(?:か|の|かな|かしら|っけ)[。！!]?)\s*(?:[（(][^（()）]*[)）])?\s*$")  # a sentence that asks: 「…ありますか。」「…やってる？」
_AGREEMENT = re.compile(r"(?:じゃ|では)ない(?:です)?か[。！!]?\s*$")
_CLAUSE_NOUNS = frozenset({"とき", "時", "際", "場合", "ため"})  # 「…買うとき、」: the clause before is a circumstance
_NAME_CHARS = re.compile(r"[一-龥々ァ-ヶー]{2,}")
# a noun followed by する/できる is an action (「クリアした」), by the copula a property (「タダなの」), not a thing
_PREDICATE_AFTER = frozenset({"為る", "出来る", "だ", "です"})


def _asked_sentences(text: str) -> list[str]:
    """The sentences of a question that ask (a question mark, or か, の, かな … at the end); not one said to be
    agreed with before the last (「春は市役所が混むじゃないですか。」). An ellipsis ends a sentence too (「自己負担が
    きつい…市で何か助成してくれる？」 asks about 助成, not 負担)."""
    sentences = [s for s in re.split(r"(?<=[。？?！!])|(?<=\.\.\.)|(?<=・・・)", normalize(text)) if s.strip()]
    asked = [s for s in sentences if _ASKS.search(s)]
    return [s for n, s in enumerate(asked) if n == len(asked) - 1 or not _AGREEMENT.search(s)]


def _asked_clauses(text: str, paid_for: bool = False) -> list[list]:
    """The tagged words of each clause a Japanese yes/no question asks with: each sentence that asks (a question
    mark, or か, の, かな … at its end), from its last subordinate-clause boundary on (…たら、…けど、…ので、…とき、);
    with ``paid_for``, from the boundary before that when it asks for a payment, which is a payment for what that
    clause names. None when it asks what, which or how (何, どこ, いつ, どう …): it asks for something the items
    print."""
    asked = _asked_sentences(text)
    if any(_INTERROGATIVE.search(s) for s in asked):
        return []
    clauses = []
    for words in _tagged_sentences(asked):
        starts = [0, *(i + 1 for i, word in enumerate(words) if _ends_a_clause(word))]
        start = starts[-1]
        if paid_for and len(starts) > 1 and any(_PAYMENT.match(w.surface) for w in words[start:]):
            # a payment asked (「…補助金をもらえますか」) is a payment for what the clause before names: 「自転車用の
            # ヘルメットを買うと、補助金をもらえますか？」 asks about ヘルメット as much as 補助金
            start = starts[-2]
        clauses.append(words[start:])
    return clauses


_PAYMENT = re.compile(r"補助|助成|給付|支給|還付|手当")  # a payment for something (補助金, 助成制度, 給付金)


class _Word(NamedTuple):
    """A tagged word kept past the next call of the tagger: fugashi reads a node's features from the tagger's
    buffer, which the next text tagged overwrites (「副業や兼業は…？働き方改革の…？」: 副業 read as a verb)."""

    surface: str
    feature: Any


def _tagged_sentences(sentences: list[str]) -> list[list[_Word]]:
    return [[_Word(w.surface, w.feature) for w in _tagger()(sentence)] for sentence in sentences]


def _ends_a_clause(word) -> bool:
    """Whether a clause ends after ``word``: a conjunctive particle but て and で (…けど、…ので), a conditional
    (…たら、…なら), or a noun of circumstance (…とき、…場合)."""
    feature = word.feature
    return (feature.pos1 == "助詞" and feature.pos2 == "接続助詞" and word.surface not in ("て", "で")) or (
        feature.pos1 == "助動詞" and (feature.cForm or "").startswith("仮定形")) or word.surface in _CLAUSE_NOUNS


_ABOUT_VERBS = frozenset({"つい", "関し", "関する"})  # 「…について」「…に関して」: に and one of these


def _about_clauses(text: str) -> list[list]:
    """The tagged words of what a Japanese question that asks what, which or how names as its subject with
    「…について」「…に関して」: the phrase before it, from the last comma or clause boundary on (「技術の進歩例で、
    自動運転の車やバスについては何て書いてある？」 -> 自動運転の車やバス). A yes/no question's clause is
    :func:`_asked_clauses`'; this is the rest. Only a phrase of nouns: one with a verb or adjective describes."""
    asked = [s for s in _asked_sentences(text) if _INTERROGATIVE.search(s)]
    clauses = []
    for words in _tagged_sentences(asked):
        start = 0
        for i, word in enumerate(words):
            if word.surface in ("、", ",", "，", *_CLAUSE_NOUNS) or word.feature.pos2 == "接続助詞":  # …て、 too
                start = i + 1
            elif word.surface == "に" and i + 1 < len(words) and words[i + 1].surface in _ABOUT_VERBS:
                # a phrase of nouns names a thing; one with a verb or adjective describes it in the asker's own
                # words (「仕事の誤りや不正を防ぐ仕組みについて」), which the documents may say otherwise
                if i > start and not any(w.feature.pos1 in ("動詞", "形容詞") for w in words[start:i]):
                    clauses.append(words[start:i])
                start = i + 2
    return clauses


def _names_a_thing(words: list, i: int) -> bool:
    """Whether ``words[i]`` is a noun that names a thing: of two kanji or katakana or more, no number, pronoun,
    adverbial noun, place or person, nor a noun said as an action or a property (「クリアした」「タダなの」)."""
    feature = words[i].feature
    if feature.pos1 != "名詞" or feature.pos2 in ("数詞", "代名詞", "非自立可能") or feature.pos3 == "地名":
        return False
    if _after_quotative(words, i) or _after_demonstrative(words, i) or words[i].surface in chat_words():
        return False
    return _said_as_thing(words, i) and bool(_NAME_CHARS.fullmatch(words[i].surface))


@lru_cache(maxsize=1)
def _chat_roles() -> dict[str, str]:
    """The Japanese words of a chat with their roles (``followup_words.tsv``)."""
    return {row[0].strip(): row[1].strip() for row in data_rows("followup_words.tsv") if not row[0].strip().isascii()}


@lru_cache(maxsize=1)
def demonstratives() -> frozenset[str]:
    """The Japanese words that point back in a chat (その, この, 同じ …)."""
    return frozenset(w for w, role in _chat_roles().items() if role == "demonstrative")


@lru_cache(maxsize=1)
def chat_words() -> frozenset[str]:
    """The Japanese words of a chat's own business that name nothing asked about: a new topic's marker (別件,
    ところで), a word that says nothing of a subject (部分, 実際), a property asked of an item (中身, 目標値: whether
    it is printed is the facet's and the figure's checks to judge), a request for more (詳細, 続き): every role
    but a demonstrative's."""
    return frozenset(w for w, role in _chat_roles().items() if role != "demonstrative")


def _after_demonstrative(words: list, i: int) -> bool:
    """Whether ``words[i]`` is in a run of nouns right after その, この, 同じ …: what was said before, named again
    (「その節目の年に、何かやるんですか？」 after a question on 35周年), not a thing asked about."""
    j = i
    while j > 0 and words[j - 1].feature.pos1 in ("名詞", "接頭辞"):
        j -= 1
    return j > 0 and words[j - 1].surface in demonstratives()


def _after_quotative(words: list, i: int) -> bool:
    """Whether ``words[i]`` follows 「という」「っていう」「といった」: the kind of what is said before it (「…のか、という
    疑問は出た？」 asks about the doubt's content, not about 疑問)."""
    j = i - 2 if i >= 1 and words[i - 1].surface == "た" else i - 1  # といった
    return j >= 1 and words[j].feature.lemma == "言う" and words[j - 1].surface in ("と", "って", "て")  # なんていう


def _said_as_thing(words: list, i: int) -> bool:
    """Whether the noun ``words[i]`` is said as a thing: not adverbial nor a counter, not a person's name, and not
    a noun said as an action or a property (「クリアした」「タダなの」)."""
    feature = words[i].feature
    if feature.pos3 in ("副詞可能", "助数詞可能") or feature.pos4 in ("姓", "名"):
        return False
    after = words[i + 1].feature if i + 1 < len(words) else None
    return not (after is not None and after.lemma in _PREDICATE_AFTER)


def asked_things(text: str) -> list[tuple[str, str]]:
    """What a Japanese yes/no question asks about: the nouns of the clause it asks with (:func:`_asked_clauses`),
    each with the run of nouns it stands in (「狛江の新しい図書館って、電子書籍の貸し出しもやってくれるのかな？」 ->
    (書籍, 電子書籍), (図書, 図書館) …): 「生ごみ処理機を買うとき、補助金は出ますか？」 asks about 補助金 for 生ごみ
    処理機 (its words judged one by one: the compounds of that clause are not asked, :func:`asked_compounds`);
    「道路の陥没を見つけたら、市に知らせられる？」 about nothing the circumstance names. Only nouns
    that name a thing (:func:`_names_a_thing`); not words written with hiragana (困りごと). A request or a
    statement asks nothing, nor a question that asks what, which or how: []."""
    return _things(_asked_clauses(text, paid_for=True))


def about_things(text: str) -> list[tuple[str, str]]:
    """What a Japanese question that asks what or how names as its subject (:func:`_about_clauses`), as
    :func:`asked_things` gives them: 「自動運転の車やバスについては何て書いてある？」 -> (自動, 自動運転), (運転, 自動運転),
    (バス, バス)."""
    return _things(_about_clauses(text))


def _things(clauses: list[list]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for words in clauses:
        runs = ["".join(run) for run in noun_compounds("".join(w.surface for w in words))]
        for i, word in enumerate(words):
            if _names_a_thing(words, i):
                out.append((word.surface, next((run for run in runs if word.surface in run), word.surface)))
    return list(dict.fromkeys(out))


_QUOTED_NAME = re.compile(r"[「『\"“]([^」』\"”]{2,20})[」』\"”]")
_PLACEHOLDER = re.compile(r"[〇○●◯×＊*]{2}")  # 「〇〇レス」: any thing, no name


def quoted_names(text: str) -> list[str]:
    """The names a Japanese question quotes (「お試し住宅」は提案されてる？): a quoted run of at most 20 characters
    that ends with a noun and holds no particle or auxiliary, so names a thing rather than quotes words said
    (「病院で診てもらってください」); not a placeholder (「〇〇レス」)."""
    out = []
    for name in _QUOTED_NAME.findall(normalize(text)):
        words = list(_tagger()(name))
        if not words or _PLACEHOLDER.search(name) or words[-1].feature.pos1 not in ("名詞", "接尾辞"):
            continue
        if any(w.feature.pos1 in ("助詞", "助動詞") for w in words):
            continue
        out.append(name)
    return list(dict.fromkeys(out))


_KATAKANA_WORD = re.compile(r"[ァ-ヶー]+")
_KANJI_SUFFIX = re.compile(r"[一-龥々]+")
_PART_CHARS = re.compile(r"[一-龥々ァ-ヶー]{2,}|[a-z][a-z0-9]+")


def asked_compounds(text: str) -> list[tuple[str, list[tuple[str, ...]]]]:
    """The compounds a Japanese yes/no question asks about, each with the words that make it up, every word with
    the forms it may be printed in: runs of two or more nouns in the clause it asks with (:func:`_asked_clauses`),
    a kanji suffix kept with its noun as well as left off (病児 of 病児保育; 健診代 or 健診), adjacent katakana words
    as one (シェアサイクル, not シェア・サイクル): 「子どもが熱を出したときに預けられる病児保育はありますか？」 ->
    [(病児保育, [(病児,), (保育,)])]. The words are those that name things, each form two kanji or katakana or
    more, or a name in Latin letters; a noun said as a property (「使用料タダなの？」's タダ), written in hiragana
    (「現金なしで」) or adverbial (以外) is in the run but no word of it. Not the clause a payment is asked for
    (:func:`asked_things`): a situation described in the asker's words (「通信講座を受けたり…するとき、補助って出て
    る？」 of 通信教育の助成) is no compound to find whole."""
    return _compounds(_asked_clauses(text))


def about_compounds(text: str) -> list[tuple[str, list[tuple[str, ...]]]]:
    """The compounds of what a question that asks what or how names as its subject (:func:`_about_clauses`), as
    :func:`asked_compounds` gives them: 「自動運転の車やバスについては何て書いてある？」 -> [(自動運転, [(自動,), (運転,)])]."""
    return _compounds(_about_clauses(text))


def _compounds(clauses: list[list]) -> list[tuple[str, list[tuple[str, ...]]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in clauses:
        run: list[tuple[str, str, bool]] = []  # each word: (as written, its stem before a suffix, a thing?)
        tokens = 0
        for i, word in enumerate([*words, None]):
            feature = word.feature if word is not None else None
            if feature is not None and feature.pos1 == "接尾辞" and feature.pos2 == "名詞的" and run and (
                    _KANJI_SUFFIX.fullmatch(word.surface)):
                written, stem, thing = run[-1]
                run[-1] = (written + word.surface, stem, thing)
            elif feature is not None and feature.pos1 == "名詞" and feature.pos2 not in ("数詞", "代名詞") and (
                    feature.pos3 != "地名"):
                thing = _said_as_thing(words, i)
                if run and _KATAKANA_WORD.fullmatch(word.surface) and _KATAKANA_WORD.fullmatch(run[-1][0]):
                    joined = run[-1][0] + word.surface
                    run[-1] = (joined, joined, run[-1][2] and thing)
                else:
                    run.append((word.surface, word.surface, thing))
            else:  # the run ends
                forms = [tuple(dict.fromkeys(f for f in (w, stem) if _PART_CHARS.fullmatch(f)))
                         for w, stem, thing in run if thing]
                if tokens >= 2 and any(forms):
                    out.setdefault("".join(w for w, _, _ in run), [f for f in forms if f])
                run, tokens = [], 0
                continue
            tokens += 1
    return list(out.items())
