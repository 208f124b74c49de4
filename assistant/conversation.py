"""Conversation state and follow-up questions: 「担当部署は？」 after 「R3年度にペーパーレスで何をした？」.

A chat turn is read against what the conversation is about (its *focus*: the topic question, the items the
last answer cited, their city and fiscal years) before anything is searched. Rules, no language model:

- a question that is only a facet (「担当は？」「目標値は？」「いつから？」"Which department?") asks about
  the items just cited: it is searched among those items only;
- a question with a demonstrative (それ/その取組/this/it) and words of its own asks about the same topic:
  the topic is searched again with those words, in the same city;
- only a year or era (「R4は？」「前年度は？」) or only another city (「小平市では？」): the topic question
  again, with that year or in that city;
- a request for more: 「もっと詳しく」「続き」 (the whole body of the item) or 「他には？」 (the items of the
  topic not shown yet);
- anything else names its own subject and starts a new topic.

The word lists are data (``assistant/data/followup_words.tsv``). ``Conversation`` is what a page or the
terminal chat keeps between turns; ``ask --json --history`` rebuilds it by replaying earlier questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher
from enum import StrEnum
from functools import lru_cache

from pydantic import BaseModel, Field

from .data import data_rows
from .english_terms import lemma, stopwords
from .jp import normalize_width
from .labels import another_unit, find_refs, label_refs, swap_refs, without_refs
from .lead import value_table, year_series
from .query import (
    city_stem,
    detect_language,
    fiscal_years,
    municipalities,
    municipality_romaji,
    replace_years,
    strip_years,
)
from .tokenize_ja import (
    action_nouns,
    adverbial_words,
    demonstratives,
    normalize,
    tagged_tokens,
    tokenize,
    verbal_nouns,
)
from .types import Record, reiwa


class FollowUp(StrEnum):
    NEW = "new"  # names its own subject: a new topic
    FACET = "facet"  # a property of the items just cited
    DEMONSTRATIVE = "demonstrative"  # refers back, with words of its own
    YEAR = "year"  # the same topic, another fiscal year
    CITY = "city"  # the same topic, another city
    UNIT = "unit"  # the same topic, another numbered unit (「グループ②は？」 after グループ①'s opinions)
    DETAIL = "detail"  # more of the item just cited
    OTHERS = "others"  # the topic's items not shown yet


class Role(StrEnum):
    FACET = "facet"
    GENERIC = "generic"
    DEMONSTRATIVE = "demonstrative"
    DETAIL = "detail"
    OTHERS = "others"
    WHOLE = "whole"  # 全部, 全文: alone, more of the item; with words of its own, a listing (「方針を全部教えて」)
    CHANGE = "change"
    HALL = "hall"  # the municipality's own office (役場, town hall): where a question is asked, not its subject


class Focus(BaseModel):
    """What the conversation is about after a turn."""

    topic: str = Field(description="The topic as a self-contained question (the question that opened it, "
                                   "or its reading in another year or city)")
    language: str = "ja"
    record_ids: list[str] = Field(default_factory=list, description="Items the last answer cited")
    scope_ids: list[str] = Field(default_factory=list, description="Those items and the items under them: what a "
                                                                   "facet of them is searched among")
    items: list[str] = Field(default_factory=list, description="Those items as 「label『title』」, for the reading line")
    labels: list[str] = Field(default_factory=list, description="Those items' labels (「5-3 グループ①」): a follow-up "
                                                                 "naming another unit of theirs asks of that unit")
    titles: list[str] = Field(default_factory=list, description="Those items' titles: the topic in the documents' words")
    documents: list[str] = Field(default_factory=list, description="The names of those items' documents")
    vocabulary: set[str] = Field(default_factory=set, description="The words of those items (keyword tokens)")
    cities: list[str] = Field(default_factory=list, description="Cities of the cited items")
    departments: list[str] = Field(default_factory=list, description="Offices of the cited items")
    fiscal_years: list[int] = Field(default_factory=list, description="Fiscal years the topic question names")
    shown_ids: list[str] = Field(default_factory=list, description="Every item cited since the topic opened")
    shown_sentences: list[str] = Field(default_factory=list, description="Every sentence quoted since the topic "
                                       "opened (「他には？」 quotes the rest of the item just discussed)")
    value_years: list[int] = Field(default_factory=list, description="Years the cited items print a value of (a "
                                   "table's 令和2年度末現状値, a list's 「令和2年度:約5,600万円」)")
    covered_years: list[int] = Field(default_factory=list, description="Fiscal years the cited items' documents "
                                                                      "cover (a plan's four years, a report's one)")
    declined: str = Field(default="", description="A new question the last turn asked and the documents did not "
                          "answer (「話変わるけど、展示コーナーはもうできたの？」): what a bare 「R4は？」 or 「小平市は？」 "
                          "right after it asks of, though the items cited before stay the chat's")


class Turn(BaseModel):
    question: str
    interpreted_question: str
    follow_up: FollowUp
    cited: list[str] = Field(default_factory=list, description="Record ids the answer cited")
    abstained: bool = False


class Conversation(BaseModel):
    """The turns of one chat and its focus. Pages keep one per browser session; ``/new`` clears it."""

    turns: list[Turn] = Field(default_factory=list)
    focus: Focus | None = None

    def clear(self) -> None:
        self.turns.clear()
        self.focus = None


class Reading(BaseModel):
    """How a question is read in its conversation, before retrieval."""

    follow_up: FollowUp = FollowUp.NEW
    question: str = Field(description="The question as read: self-contained, shown and reported")
    search: str = Field(default="", description="What is searched (a facet among the cited items: the facet "
                                                "words alone, so they choose the sentences); empty: ``question``")
    language: str = "ja"
    record_ids: list[str] = Field(default_factory=list, description="Search only these items (a facet, more)")
    about_ids: list[str] = Field(default_factory=list, description="Items the question is about as if it named "
                                                                   "them (「もっと詳しく」: every one is answered)")
    exclude_ids: list[str] = Field(default_factory=list, description="Items not to answer with again (他には)")
    exclude_departments: list[str] = Field(default_factory=list, description="「他の部では？」: items of only these "
                                                                             "offices are not answered with")
    prefer_ids: list[str] = Field(default_factory=list, description="A facet of several cited items: the item the "
                                                                    "last answer led with, unless the facet's words "
                                                                    "point to another")
    quote_by: str = Field(default="", description="The words that choose the quoted sentences, when not the "
                                                  "searched text (a demonstrative's own words); empty: the search")
    own_terms: list[list[str]] = Field(default_factory=list, description="A demonstrative's or a year turn's own "
                                       "words, each as the documents' words (an English word: its Japanese words): of "
                                       "the items found first, the one that holds most of them answers")
    besides_ids: list[str] = Field(default_factory=list, description="「他に民間の力を使う取組はある？」: the items "
                                   "the last answer cited, which the turn asks besides (an item it does not cite leads)")
    titles: list[str] = Field(default_factory=list, description="Another city asked of the topic: the titles of "
                                                                "the items the last answer cited, searched there too")
    cities: list[str] = Field(default_factory=list, description="Search only these cities")
    own_subject: str = Field(default="", description="A year turn naming a subject of its own (「前の年度は脱炭素で何"
                             "やってた？」): that subject in that year, asked when the topic in that year finds "
                             "nothing of the year")
    own_search: str = Field(default="", description="A demonstrative's own words, searched alone, with a year it "
                            "says relative to the topic's written out (「その放課後クラブ、前の年度は？」 -> 「…令和3年度は？」): "
                            "empty when that is the question as typed")
    context_cities: list[str] = Field(default_factory=list, description="A new topic that names no city: the "
                                                                          "city the chat was about, preferred")
    note: str | None = Field(default=None, description="The one-line reading shown above a follow-up's answer")


@lru_cache(maxsize=1)
def roles() -> dict[str, Role]:
    return {row[0].strip(): Role(row[1].strip()) for row in data_rows("followup_words.tsv")}


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Words that say nothing of a subject (今, 本当, 知りたい, "please")."""
    return frozenset(w for w, role in roles().items() if role == Role.GENERIC)


@lru_cache(maxsize=1)
def _changes() -> list[str]:
    return [w for w, role in roles().items() if role == Role.CHANGE and not w.isascii()]


_RELATIVE_YEAR = [
    (re.compile(r"前年度|前の年度?|昨年度|去年度?|前年|\b(?:the )?previous (?:fiscal )?year\b|\blast (?:fiscal )?year\b|"
                r"\bthe year before\b"), -1),
    (re.compile(r"翌年度|次の年度?|来年度|次年度|来年|翌年|\bnext (?:fiscal )?year\b|\bthe (?:following|year after)\b"),
     1),
]
# of those, the years said relative to the topic's (「前の年度」), not to the asker's now (「去年度」「来年度」, which the chat's
# year may not be the base of)
_TOPIC_RELATIVE_YEAR = re.compile(r"前年度|前の年度?|前年|翌年度|次の年度?|翌年|次年度|\bthe previous (?:fiscal )?year\b|"
                                  r"\bthe year (?:before|after)\b|\bthe following (?:fiscal )?year\b")


# 「これからどうなるの？」: what comes after the topic's year, which a later year's documents tell
_FORWARD = re.compile(r"今後|これから|この先|次は|\bgoing forward\b|\bfrom now on\b|\bin (?:the )?future\b|\bnext\b")
# 「ほかにも…」「他に…」「ほかの取組は？」: more of the same, not 「図書館以外」 (another subject)
_BESIDES = re.compile(r"(?:ほか|他)(?:に|の(?=取組|取り組み|事業|施策|項目|対策|意見))")
# 「他に…取組ある？」「ほかの事業は？」: other items, whatever words they share with the one discussed
_OTHER_ITEMS = re.compile(r"(?:ほか|他)(?:に|の)[^。？?]{0,24}?(?:取組|取り組み|事業|施策|項目|プログラム)"
                          r"|(?:取組|取り組み|事業|施策|項目|プログラム)(?:って|は|で|の)?、?(?:ほか|他)に")
_SAME_BESIDES = re.compile(r"同じ([^？?。、]{0,12}?)(?:で|の中で|の中に|では)、?(?:ほか|他)")


_ITEM_NOUNS = frozenset({"項目", "取組", "取り組み", "事業", "件", "話", "内容", "部分", "点", "ところ", "もの"})
"""What 「同じ…でほかには？」 says of the item discussed itself (「同じ項目で」), not of a heading above it."""


def asks_same_heading(question: str, labels: list[str] | None = None) -> bool:
    """「同じ章で他にはどんな提言がある？」「同じ施策の中で、ほかには？」: other items under the heading of the one
    discussed; not 「同じ項目でほかには？」 of 取組項目08 (``labels``: the items discussed), more of that item."""
    same = _SAME_BESIDES.search(question)
    if same is None:
        return False
    named = normalize_width(same.group(1)).strip()
    # the item's own kind (方向性 of 「施策1 方向性3」; 施策 there is its heading's) or a word for an item
    kinds = {refs[-1].kind for label in labels or [] if (refs := label_refs(label))}
    return not (named in _ITEM_NOUNS or any(named and kind.endswith(named) for kind in kinds))
_ALSO_IN = re.compile(r"(?:市|[一-龥]{2})(?:の[^、。？?]{0,10}?)?(?:でも|にも)(?!とづ|基づ)")  # 「小平市でも…」「府中の部会でも…」
_ELLIPTICAL_WORDS = 2  # a question of more words than this names a subject of its own
# a short question opening with which or what kind of (「どの建物を…」「どんな人が…」) asks it of the topic
_WHICH = re.compile(r"(?:で、|じゃあ、?|それで、?)?(?:どの|どんな|どういう|どこの|何の|なんの)")
_WHICH_WORDS = 3
_CITY_OWN_WORDS = 3  # another city with a demonstrative and at most this many words: the topic asked there
_KANA_ONLY = re.compile(r"^[ぁ-ゖー]$")
_WORD = re.compile(r"[a-z]{2,}")
# a demonstrative of likeness, not of the item itself: 「同じような取組、ほかにある？」 asks for other items,
# 「同じ項目でほかには？」「その中でほかには？」 "anything else in it?" for more of the item
_LIKENESS = re.compile(r"同じ\s*(?:よう|様)|同じ\s*[a-eａ-ｅA-EＡ-Ｅ◎○△×]?\s*(?:評価|判定|評定|ランク)|同様|似|そういう|こういう|ああいう|そんな|"
                       r"こんな|\b(?:similar|likewise|like (?:that|this|it)|"
                       r"comparable|equivalent)\b", re.IGNORECASE)
# 「他の部では？」 "What about other departments?": the topic's items of offices not discussed yet
_OTHER_OFFICES = re.compile(r"(?:他|ほか|別)の(?:部署|部局|部|課|係|所管)|\bother (?:departments?|divisions?|sections?|offices?)\b")
# whether what was discussed (a proposal, a plan) was carried out: 「それって実際に整備されたの？」「実現した？」
# "Was it actually installed?": answered where the city reports what it did, not by the proposal again
_DONE = re.compile(r"実際に?[^。？?]{0,12}?(?:され|した|でき|入っ|始ま)|実現し|実施され|整備され|設置され|導入され"
                   r"|\b(?:actually|really|ever) (?:done|built|installed|implemented|introduced|set up|carried out|happened)\b"
                   r"|\b(?:was|were|has|have|did) (?:it|that|this|they|those|these) (?:\w+ ){0,2}?"
                   r"(?:done|built|installed|implemented|introduced|set up|carried out|completed|happen|happened)\b")


def asks_if_done(question: str) -> bool:
    """Whether a follow-up asks if what was discussed was carried out."""
    return bool(_DONE.search(_normalize(question)))


_CONTRACTION = re.compile(r"n['’]t\b|['’](?:re|s|ll|ve|d|m)\b")  # "they're", "don't": no word of their own


def _normalize(text: str) -> str:
    return normalize(text).strip()


class Parts(BaseModel):
    """The words of a question, sorted by what they do in a conversation."""

    cities: list[str] = Field(default_factory=list)
    years: list[int] = Field(default_factory=list)
    year_shift: int = 0
    roles: list[Role] = Field(default_factory=list)
    content: list[str] = Field(default_factory=list, description="Words that name a subject")
    nouns: list[str] = Field(default_factory=list, description="Those of them that are nouns (Japanese only): "
                                                                "none, and the question has no subject of its own")
    predicates: list[str] = Field(default_factory=list, description="Those that are verbs or adjectives (Japanese "
                                                                     "only): what the question says of a subject")
    pointers: list[str] = Field(default_factory=list, description="Its English words that refer back (it, that)")


def split_question(question: str) -> Parts:
    text = _normalize(question)
    cities = [name for name, pattern in municipalities() if pattern.search(text)]
    years = fiscal_years(text)
    shift = 0
    for pattern, delta in _RELATIVE_YEAR:
        if pattern.search(text):
            shift, text = delta, pattern.sub(" ", text)
    text = strip_years(text)
    for name, romaji in municipality_romaji():
        if name in cities:
            text = text.replace(name, " ").replace(city_stem(name), " ").replace(romaji.lower(), " ")
    lexicon = roles()
    classes: dict[str, str] = {}  # a Japanese word's part of speech
    if detect_language(text) == "en":
        stop = stopwords()
        text = _CONTRACTION.sub(" ", text)
        # an inflected word counts as its dictionary form (「started」, 「targets」: start, target)
        words = [w if w in lexicon else lemma(w) for w in _WORD.findall(text) if w in lexicon or w not in stop]
    else:
        tagged = tagged_tokens(text)
        classes = dict(tagged)
        words = [w for w, _ in tagged if not _KANA_ONLY.match(w) and not w.isdigit()]
        words += [w for w in _WORD.findall(text) if w in lexicon]
    found = [lexicon[w] for w in words if w in lexicon]
    pointers = [w for w in words if w.isascii() and lexicon.get(w) == Role.DEMONSTRATIVE]
    # demonstratives are pronouns and adnominals, which the keyword tokenizer drops: found in the text
    found += [Role.DEMONSTRATIVE for w in sorted(demonstratives()) if w in text and w not in words]
    # 「ところで、…」 opens a new subject; 「その意見のところで…」「言ったところで」 name a place in the subject
    found += [Role.CHANGE for w in _changes() if re.search(rf"(?<![のたるだ]){re.escape(w)}", text)]
    modifiers = adverbial_words(text)  # 「そもそも」「今後」 ask how or when of the subject, they name none
    content = [w for w in words if w not in lexicon and w not in modifiers]
    actions = action_nouns(text) if classes else set()  # 「参加してる」: a noun said as a verb
    nouns = [w for w in content if classes.get(w) == "名詞" and w not in actions]
    predicates = [w for w in content if classes.get(w) in ("動詞", "形容詞", "形状詞") or w in actions]
    return Parts(cities=cities, years=years, year_shift=shift, roles=found, content=content, nouns=nouns,
                 predicates=predicates, pointers=pointers)


Translate = Callable[[str], list[str]]
"""An English word -> the corpus's Japanese words for it (``EnglishTerms.words``)."""
Held = Callable[[str, list[str]], bool]
"""(a text, cities) -> whether those cities' documents print it (``Inventory.prints``)."""
Years = Callable[[list[str]], set[int]]
"""cities -> the fiscal years their documents speak of (``Inventory.years``)."""
YearHeld = Callable[[str, list[str], list[int]], bool]
"""(a text, cities, fiscal years) -> whether those cities' documents of those years print it
(``Inventory.prints_in_years``)."""


def _unused(parts: Parts, focus: Focus, translate: Translate | None = None) -> list[str]:
    """The question's words that neither the cited items nor the topic's question use (the words the user asked the
    topic in count: 「子ども以外だと？」 after 「子どもたちの声…」; an English word counts through its Japanese words)."""
    asked = set(tokenize(focus.topic))

    def used(word: str) -> bool:
        return word in focus.vocabulary or word in asked or (
            word.isascii() and translate is not None and any(w in focus.vocabulary for w in translate(word)))

    return [word for word in parts.content if not used(word)]


def elliptical(parts: Parts, focus: Focus, translate: Translate | None = None) -> bool:
    """A short question without a subject of its own whose words the cited items or the topic's question already
    use (「交付率は？」 after a question about マイナンバーカード; "Which months are busiest?" when the items print
    繁忙期): it asks about those items. Anything longer, naming a city, or using a word the items do not is a new
    topic."""
    return (not parts.cities and 0 < len(parts.content) <= _ELLIPTICAL_WORDS and bool(focus.vocabulary)
            and not _unused(parts, focus, translate))


# English pronouns, which refer to a noun of their own question as often as to the chat's subject ("…the counter
# wait, and is there a plan to make it shorter?"); not the determiners (that plan, this item)
_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_OWN_SUBJECT_WORDS = 3  # an English question with a pronoun and this many words the chat has not used: a new subject


def own_subject(parts: Parts, focus: Focus, translate: Translate | None = None) -> bool:
    """An English question whose only words referring back are pronouns and which says enough the chat has not
    (「And the furusato nozei thank-you gifts — how many local businesses offer them now?」): its pronoun refers to its
    own subject."""
    return (bool(parts.pointers) and set(parts.pointers) <= _PRONOUNS
            and not {Role.OTHERS, Role.DETAIL} & set(parts.roles)  # "What else …", "more": of the chat's subject
            and len(_unused(parts, focus, translate)) >= _OWN_SUBJECT_WORDS)


def _facet_of_an_action(question: str, parts: Parts, found: set[Role]) -> bool:
    """A Japanese question of one noun naming an action and a facet's words (「工事が終わるのはいつ頃？」「進捗状況の
    評価は？」「交付率は？」): when, how far or how much of something done for the topic, not a subject of its own."""
    return (Role.FACET in found and not parts.cities and len(parts.content) == 1 and parts.nouns == parts.content
            and detect_language(_normalize(question)) != "en" and parts.nouns[0] in verbal_nouns(question))


def _shares_a_noun(parts: Parts, focus: Focus) -> bool:
    """Whether a noun of the question is one the cited items or the topic's question use (会社 of 不動産会社)."""
    asked = set(tokenize(focus.topic))
    return any(noun in focus.vocabulary or noun in asked for noun in parts.nouns)


def zero_subject(question: str, parts: Parts) -> bool:
    """A Japanese question whose words say something (a verb or an adjective: 「混むのっていつ頃？」「なんでそんなに
    多いの？」) and no noun of which names a subject: it is said of what the chat is about. 「ありがとう」 says
    nothing of anything."""
    return (not parts.cities and bool(parts.predicates) and not parts.nouns
            and detect_language(_normalize(question)) != "en")


def classify(question: str, focus: Focus | None, translate: Translate | None = None) -> tuple[FollowUp, Parts]:
    """What kind of turn ``question`` is, given the conversation's focus (None: nothing to follow)."""
    parts = split_question(question)
    if focus is None:
        return FollowUp.NEW, parts
    found = set(parts.roles)
    if Role.CHANGE in found:  # 「ところで、…」「話は変わるけど…」, "Separately, …"
        return FollowUp.NEW, parts
    if parts.content:
        refers = Role.DEMONSTRATIVE in found and not own_subject(parts, focus, translate)
        if refers and not parts.cities:
            return FollowUp.DEMONSTRATIVE, parts
        if refers and set(parts.cities) != set(focus.cities) \
                and len([w for w in parts.content if w not in parts.predicates]) <= _CITY_OWN_WORDS:
            # 「小平市もそういうのやってる？」「狛江市にも同じような職員提案の制度はある？」 "Does Fuchu publish a
            # figure like that?": the topic, in that city (its verbs not counted: 「市民が使えるそういう仕事場を作る話」)
            return FollowUp.CITY, parts
        if refers and set(parts.cities) <= set(focus.cities) \
                and len([w for w in parts.content if w not in parts.predicates]) <= _CITY_OWN_WORDS:
            # 「それと比べて、狛江はどうなの？」 in a chat about 狛江市's items: the city it is about already
            return FollowUp.DEMONSTRATIVE, parts
        if parts.cities and set(parts.cities) != set(focus.cities) \
                and not [w for w in parts.content if w not in parts.predicates]:
            # 「府中市ではどう位置づけてる？」「小平市ではどう進めてる？」: another city and only how it acts, no subject of
            # its own: the topic, in that city
            return FollowUp.CITY, parts
        other_items = Role.OTHERS in found and bool(_OTHER_ITEMS.search(question))
        if not other_items and (
                elliptical(parts, focus, translate) or _facet_of_an_action(question, parts, found)):
            # (「他に市民が参加しやすくなる取組ある？」 uses the cited item's words too, and asks for other items; 「債権
            # 管理で、ほかにやったことは？」 asks what else the item did)
            return FollowUp.FACET, parts
        if parts.cities and set(parts.cities) != set(focus.cities) and _ALSO_IN.search(_normalize(question)) \
                and _shares_a_noun(parts, focus):
            # 「府中の部会でも、民間の会社に話を聞いたりしてる？」 after 不動産会社への聞き取り: the topic, in that city
            return FollowUp.CITY, parts
        more = Role.DETAIL in found or other_items or (Role.OTHERS in found and _BESIDES.search(question))
        if more and not parts.cities and detect_language(_normalize(question)) != "en":
            # 「もっと詳しく、どんな団体に話を聞いたの？」「どんな工事をしたのかもっと詳しく」「ほかにも申請を手伝って
            # もらえる機会はあった？」: of the topic, in its own words
            return FollowUp.DEMONSTRATIVE, parts
        if zero_subject(question, parts) or (
                not parts.cities and len(parts.content) <= _WHICH_WORDS and _WHICH.match(_normalize(question))):
            # 「どの建物を使う想定なの？」: which of the topic's things, not a subject of its own
            return FollowUp.FACET, parts
        return FollowUp.NEW, parts
    if parts.cities and set(parts.cities) != set(focus.cities):
        return FollowUp.CITY, parts
    if Role.OTHERS in found:
        if Role.DEMONSTRATIVE in found and not _LIKENESS.search(question) \
                and not asks_same_heading(question, focus.labels):
            return FollowUp.DETAIL, parts  # 「同じ項目でほかには？」 "Anything else they said about it?"
        return FollowUp.OTHERS, parts
    if found & {Role.DETAIL, Role.WHOLE} and Role.FACET not in found:
        return FollowUp.DETAIL, parts
    if (parts.years or parts.year_shift) and Role.FACET not in found:
        return FollowUp.YEAR, parts
    if not found and not parts.years and not parts.year_shift and not parts.cities:
        # nothing at all but particles and question marks (「いつから？」 tokenizes to nothing)
        return (FollowUp.FACET, parts) if question.strip() else (FollowUp.NEW, parts)
    return FollowUp.FACET, parts


# a year said relative to now or to another year, in a topic that a year follow-up asks again of another year
_SAID_YEAR = re.compile(r"今年度|本年度|前年度|昨年度|来年度|次年度|翌年度|今年|去年|来年|"
                        r"\b(?:this|last|next|the previous) (?:fiscal )?year\b", re.IGNORECASE)


def _in_year(topic: str, year_words: str) -> str:
    """The topic asked of another year: its year expression replaced (:func:`replace_years`), and a year it says
    relative to now replaced too (「環境部が今年度つくるシナリオは？」 -> 「環境部が令和3年度つくるシナリオは？」), not
    left to contradict the year asked."""
    first = _SAID_YEAR.search(topic)
    if first is None:
        return replace_years(topic, year_words)
    if fiscal_years(_normalize(topic)):
        return replace_years(re.sub(r"\s{2,}", " ", _SAID_YEAR.sub(" ", topic)).strip(), year_words)
    return f"{topic[:first.start()]}{year_words}{_SAID_YEAR.sub('', topic[first.end():])}"


def _said_in_year(question: str, year_words: str) -> str:
    """A turn's own question with the year it asks written out: a year said relative to the topic's replaced
    (「前の年度は脱炭素で何やってた？」 -> 「令和3年度は脱炭素で何やってた？」), as is one said relative to now or named."""
    for pattern, _ in _RELATIVE_YEAR:
        if pattern.search(question):
            return pattern.sub(year_words, question, count=1)
    return _in_year(question, year_words)


def _said_relative(question: str, year_words: str) -> str:
    """``question`` with a year it says relative to the topic's (「前の年度」「翌年度」) written out as
    ``year_words``: its words (前, 年度) are no subject to search by. Unchanged when it says none."""
    if year_words and _TOPIC_RELATIVE_YEAR.search(question):
        return _TOPIC_RELATIVE_YEAR.sub(year_words, question, count=1)
    return question


def _year_text(year: int, language: str) -> str:
    return f"FY{year}" if language == "en" else f"{reiwa(year)}年度"


_NAME_GOES_ON = re.compile(r"[一-龥ァ-ヶー々A-Za-z0-9]")  # 「狛江市未来戦略会議」: the city starts a longer name


_MIN_NAME = 4  # shortest part of a document's name taken for that name (プログラム, not 計画)
_AFTER_NAME = re.compile(r"\s*(?:では|で|の|に|は)?[、,]?\s*")
_WORD_GOES_ON = re.compile(r"[一-龥ァ-ヶー々]*")
_KANJI = re.compile(r"[一-龥々]")


def _shared_run(a: str, b: str) -> str:
    """The longest run of characters ``a`` and ``b`` share (the first in ``a``, if several are as long)."""
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return a[match.a:match.a + match.size]


def _without_documents(topic: str, documents: list[str], new: list[str], held: Held | None) -> str:
    """The topic without the name of the old city's document it names (「小平市の経営方針推進プログラムで、…」
    asked of 府中市 is 「府中市の…」): a name another city's documents do not print, searched there, finds only
    what shares its words (「経営」). A part of the name those documents print too (行財政改革) is the topic."""
    if held is None:
        return topic
    for document in documents:
        run = _shared_run(topic, strip_years(document)).strip()  # 「令和4年度」 is a year, not a name
        if len(run) < _MIN_NAME or held(run, new):
            continue
        start = topic.index(run)
        end = start + len(run)
        if _WORD_GOES_ON.match(run[-1]):  # 「第6次行革」 shares 「第6次行」 with 第6次行財政改革…: the whole word goes
            end = _WORD_GOES_ON.match(topic, end).end()
        while start and _KANJI.match(topic[start - 1]) and _KANJI.match(topic[start]):
            # 「子ども家庭部の方針（案）で、」 shares 「部の方針（案）」 with 部の方針（案）: the word it begins in goes too
            # (an office of that document, which another document's items are not in the charge of)
            start -= 1
        end = _AFTER_NAME.match(topic, end).end()
        topic = (topic[:start] + topic[end:]).strip()
    return topic


def _without_names(text: str, names: list[str]) -> str:
    """``text`` without ``names`` (longest first) and the particle after each (「企画財政部の方針」 -> 「方針」)."""
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(re.escape(name) + _AFTER_NAME.pattern, "", text)
    return text


def _shown_with_cities(text: str, old: list[str], new: list[str]) -> str | None:
    """An English topic asked of other cities as a person writes it, the new city's romaji where the old one's
    stood ("How does Kodaira collect …" -> "How does Komae collect …"); None: no old romaji in it."""
    romaji = dict(municipality_romaji())
    names = [romaji[name] for name in old if name in romaji]
    wanted = [romaji[name].title() if name in romaji else name for name in new]
    if not names or not wanted:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    if not pattern.search(text):
        return None
    return pattern.sub(" and ".join(wanted), text)


def _with_cities(text: str, old: list[str], new: list[str]) -> str:
    """The topic asked of other cities. A Japanese name of an old city standing alone is replaced where it
    stands (「小平の…」 -> 「狛江市の…」); one that starts a longer name (「狛江市未来戦略会議」) is dropped from it,
    as is an old city's romaji, and the new cities go in front (English retrieval does better on
    「狛江市 How does … collect …」 than on the romaji put in place)."""
    joined = "、".join(new)
    names = sorted({n for name in old for n in (name, city_stem(name)) if len(n) >= 2}, key=len, reverse=True)
    if not names:
        return f"{joined} {text}".strip()
    pattern = re.compile("|".join(re.escape(n) for n in names))
    alone = False

    def swap(m: re.Match[str]) -> str:
        nonlocal alone
        if _NAME_GOES_ON.match(text, m.end()):
            return ""
        alone = True
        return joined

    replaced = pattern.sub(swap, text)
    if alone:
        return replaced
    for name, romaji in municipality_romaji():
        if name in old:
            replaced = re.sub(r"\b" + re.escape(romaji) + r"(?:'s)?", " ", replaced, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", f"{joined} {replaced}").strip()


def printed_years(record: Record) -> set[int]:
    """Years a record prints a value of: its table's year-keyed fields, its year-by-year list."""
    years = {y for key, _ in value_table(record) for y in fiscal_years(_normalize(key))}
    return years | {year for year, _ in year_series(record)}


def _forward_year(question: str, kind: FollowUp, parts: Parts, focus: Focus, city_years: Years | None) -> int | None:
    """The year after the topic's documents, when a facet or demonstrative asks what comes next (今後, これから,
    次は, going forward) and the chat's cities have documents of that year; None otherwise. A plan that covers
    the years ahead answers it itself (「それって今後変わるの？」 of a four-year programme)."""
    if kind not in (FollowUp.FACET, FollowUp.DEMONSTRATIVE) or parts.years or parts.year_shift:
        return None
    if city_years is None or not focus.covered_years or not _FORWARD.search(_normalize(question)):
        return None
    after = max(focus.covered_years) + 1
    return after if after in city_years(focus.cities) else None


def item_names(records: list[Record]) -> list[str]:
    return [f"{r.label}『{r.title}』" for r in records]


def read(question: str, conversation: Conversation | None, translate: Translate | None = None,
         held: Held | None = None, city_years: Years | None = None, year_held: YearHeld | None = None) -> Reading:
    """Read ``question`` in its conversation: what to search, where, and the line that shows the reading.
    ``translate`` gives an English word's Japanese words, so an English follow-up can be recognised by them;
    ``held`` says whether a city's documents print a text (a document's name, asked of another city);
    ``city_years`` which years a city's documents speak of (「これからどうなるの？」 of a one-year report);
    ``year_held`` whether a city's documents of some years print a text (a document's name, asked of another
    year)."""
    focus = conversation.focus if conversation is not None else None
    kind, parts = classify(question, focus, translate)
    language = detect_language(_normalize(question))
    if kind == FollowUp.NEW or focus is None:
        # a new topic in the same chat is most likely asked of the same city, unless it names one
        context = focus.cities if focus is not None and len(focus.cities) == 1 and not parts.cities else []
        return Reading(question=question, language=language, context_cities=context)
    if focus.declined and kind in (FollowUp.YEAR, FollowUp.CITY) and not parts.content:
        # 「R4は？」 right after a new question the documents did not answer asks that question in R4, not the items
        # cited before it
        declined = split_question(focus.declined)
        focus = Focus(topic=focus.declined, language=detect_language(_normalize(focus.declined)),
                      cities=declined.cities or focus.cities, fiscal_years=declined.years)
    if not parts.content and not re.search(r"[a-z]{2}", _normalize(strip_years(question))):
        language = focus.language  # 「R4は？」 after an English question stays English
    refs = find_refs(question)
    if refs and kind not in (FollowUp.CITY, FollowUp.DEMONSTRATIVE) \
            and another_unit(refs, [label_refs(label) for label in focus.labels]):
        # 「グループ②は？」 after グループ①'s opinions, 「取組項目09は？」 after 取組項目08: not a facet of the items
        # discussed but the topic asked of the unit it names; a topic that names no such unit: a question of its own
        # (one that points back with words of its own, "Did group 2 add anything to that point?", is read as such)
        topic = swap_refs(focus.topic, refs)
        if topic is not None:
            note = f"(Read as: “{topic}”)" if language == "en" else f"（「{topic}」として回答）"
            return Reading(follow_up=FollowUp.UNIT, question=topic, search=f"{topic} {question}" if parts.content else "",
                           language=language, cities=focus.cities, note=note)
        context = focus.cities if len(focus.cities) == 1 and not parts.cities else []
        return Reading(question=question, language=language, context_cities=context)
    english = language == "en"
    items = "、".join(focus.items)
    about = (f"(About {items})" if english else f"（{items}について）") if items else None
    years = parts.years or ([y + parts.year_shift for y in focus.fiscal_years] if parts.year_shift else [])
    year_words = " ".join(_year_text(y, language) for y in years)

    if kind == FollowUp.FACET and years and focus.covered_years \
            and not set(years) <= {*focus.covered_years, *focus.value_years}:
        kind = FollowUp.YEAR  # 「R4年度はどうする予定？」 of an R3 report's item: the topic in R4's documents
    forward = _forward_year(question, kind, parts, focus, city_years)
    if forward:  # 「そこ、これからどうなるの？」 of an R3 report's item: the same subject in R4's documents
        kind, years = FollowUp.YEAR, [forward]
        year_words = _year_text(forward, language)
    if kind in (FollowUp.FACET, FollowUp.DETAIL) and focus.record_ids:
        asked = question if kind == FollowUp.FACET else ("Tell me more about" if english else "詳しく")
        keep_years = years or focus.fiscal_years
        prefix = " ".join(_year_text(y, language) for y in keep_years)
        # searched among the cited items only: the facet's own words choose the item and its sentences
        search = f"{prefix} {question}".strip() if kind == FollowUp.FACET else focus.topic
        detail = kind == FollowUp.DETAIL
        return Reading(follow_up=kind, question=f"{prefix} {items} {asked}".strip(), search=search,
                       language=language, record_ids=focus.record_ids if detail else focus.scope_ids,
                       about_ids=focus.record_ids if detail else [], note=about,
                       prefer_ids=[] if detail else focus.record_ids[:1])
    if kind == FollowUp.YEAR and years and set(years) <= set(focus.value_years):
        # the cited items print a value for that year (「前の年は？」 of an indicator): asked of them
        topic = _in_year(focus.topic, year_words)
        note = f"(Read as: “{topic}”)" if english else f"（「{topic}」として回答）"
        return Reading(follow_up=kind, question=topic, language=language, record_ids=focus.scope_ids,
                       prefer_ids=focus.record_ids[:1], cities=focus.cities, note=note)
    search = own_subject = own_search = ""
    own: list[list[str]] = []  # the turn's own words: of the items found first, the one holding most answers
    if kind == FollowUp.YEAR or (kind == FollowUp.FACET and years):
        topic = _in_year(focus.topic, year_words)
        if kind == FollowUp.YEAR and years and not set(years) & set(focus.covered_years) and not any(
                len(_shared_run(question, strip_years(d)).strip()) >= _MIN_NAME for d in focus.documents) and (
                city_years is not None and set(years) & city_years(focus.cities)):
            # a year the topic's documents do not cover and other documents of the chat's cities do, asked of no
            # document of the topic's (「前の年の部の方針は？」 is): a unit the topic names is numbered in them, not in
            # that year's (「取組項目22（保育施設の…）って」 asked of R4): the topic without it. A year no document
            # covers keeps the unit discussed. The topic's document name goes too, unless that year's documents print
            # it (「令和4年度の…部の方針（案）で」 asked of R3, whose report is another document; 「未来戦略会議の…」,
            # which the R3 report speaks of, stays)
            topic = without_refs(topic)
            if year_held is not None:
                topic = _without_documents(topic, focus.documents, focus.cities,
                                           lambda run, cities: year_held(run, cities, years))
        if kind == FollowUp.YEAR and parts.nouns:
            # 「R3は市民協働のほうで何をやってた？」: the topic in that year, searched with what the turn names too,
            # and the item that holds those words first
            search = f"{topic} {question}"
            own = [[w] for w in dict.fromkeys(parts.nouns) if len(w) >= 2]
            own_subject = _said_in_year(question, year_words)
    elif kind == FollowUp.CITY:
        topic = _with_cities(_without_documents(focus.topic, focus.documents, parts.cities, held), focus.cities,
                             parts.cities)
        # English: searched as 「狛江市 How does … collect …」, shown and kept as "How does Komae collect …"
        shown = _shown_with_cities(focus.topic, focus.cities, parts.cities) if focus.language == "en" else None
        if shown:
            search, topic = topic, shown
        if parts.content:  # 「小平市にもそういう計画ある？」 "a numeric target for that": what it asks of the topic
            search = f"{search or topic} {question}"
    elif kind == FollowUp.DEMONSTRATIVE:
        subject = "、".join(dict.fromkeys(focus.titles))  # グループ① and ② of one sheet share a title
        said = _said_relative(question, year_words)
        if subject and not fiscal_years(_normalize(said)):  # the topic's year, unless the question names one
            subject = " ".join([*(_year_text(y, language) for y in focus.fiscal_years), subject])
        topic = f"{subject or focus.topic} {said}"
        own_search = said if said != question else ""
    else:  # OTHERS, or a facet or 「もっと」 when the last answer cited nothing: the topic again
        topic = focus.topic
    cities = parts.cities if kind == FollowUp.CITY else focus.cities
    exclude = focus.shown_ids if kind == FollowUp.OTHERS else []
    offices = focus.departments if kind == FollowUp.OTHERS and _OTHER_OFFICES.search(_normalize(question)) else []
    if offices:  # the topic without the offices it named: 「企画財政部の方針、DX戦略は？」 -> 「方針、DX戦略は？」
        topic = re.sub(r"\s+", " ", _without_names(topic, offices)).strip()
    if english:
        note = f"(Read as: “{topic}”)" if kind != FollowUp.OTHERS else (
            f"(Other departments on: “{topic}”)" if offices else f"(Other items on: “{topic}”)")
    else:
        note = f"（「{topic}」として回答）" if kind != FollowUp.OTHERS else (
            f"（「{topic}」の、ほかの部署の項目）" if offices else f"（「{topic}」の、ほかの項目）")
    if kind == FollowUp.DEMONSTRATIVE and about:
        note = about
    # (an English question's words are not the documents': its search text, translated, quotes instead)
    quote_by = question if kind == FollowUp.DEMONSTRATIVE and not english else ""
    if kind == FollowUp.DEMONSTRATIVE:  # a word of one character (中, 後, 金) says too little
        words = [(translate(w) if translate else []) if english else [w] for w in dict.fromkeys(parts.content)]
        own = [forms for forms in ([f for f in w if len(f) >= 2] for w in words) if forms]
    # 「他に民間の力を使う取組はある？」: besides the items just cited, naming what of (no word points into them,
    # 「その方針の…ほかに」; 「ほかにはどんなことが書いてあるの？」 names nothing: more of them)
    # (「同じ章で他にはどんな提言がある？」: 同じ names the items' heading, beside them, not a point inside them)
    pointing = Role.DEMONSTRATIVE in parts.roles and not asks_same_heading(question, focus.labels) \
        and not (_OTHER_ITEMS.search(question) and _LIKENESS.search(question))  # 「同じＢ評価で…ほかに…取組」
    besides = kind == FollowUp.DEMONSTRATIVE and not pointing \
        and bool(_BESIDES.search(question) or _OTHER_ITEMS.search(question)) and Role.OTHERS in parts.roles \
        and bool(parts.nouns)
    if besides:  # the line says other items are answered, not the one discussed
        note = f"(Other items on: “{topic}”)" if english else f"（「{topic}」の、ほかの項目）"
    return Reading(follow_up=kind, question=topic, search=search, language=language, cities=cities,
                   exclude_ids=exclude, exclude_departments=offices, note=note,
                   quote_by=quote_by, own_terms=own, besides_ids=focus.record_ids if besides else [],
                   titles=list(dict.fromkeys(focus.titles)) if kind == FollowUp.CITY else [],
                   own_subject=own_subject, own_search=own_search)


def remember(conversation: Conversation, question: str, reading: Reading, cited: list[Record],
             abstained: bool, scope: list[str] | None = None, quoted: list[str] | None = None) -> None:
    """Record a turn and move the focus: a new topic, or the same topic with the items now cited (and
    ``quoted``, the sentences the answer quoted)."""
    conversation.turns.append(Turn(question=question, interpreted_question=reading.question,
                                   follow_up=reading.follow_up, cited=[r.id for r in cited], abstained=abstained))
    focus = conversation.focus
    opens = reading.follow_up in (FollowUp.NEW, FollowUp.YEAR, FollowUp.CITY, FollowUp.UNIT) or focus is None
    topic = reading.question if opens else focus.topic
    # a follow-up that names a year of its own (「R3年度はもう始まってた？」 of an R4 policy) moves the topic there
    years = fiscal_years(_normalize(topic)) if opens else (fiscal_years(_normalize(question)) or focus.fiscal_years)
    if opens and not years and cited and len(cited[0].fiscal_years) == 1:
        # the answer led with a one-year report's item: 「前の年は？」 is the year before that report's
        years = list(cited[0].fiscal_years)
    if not cited and focus is not None:
        # a follow-up that found nothing (R5 when the documents stop at R4) leaves the focus where it was, and so
        # does a new question declined (「令和3年度の部会では…？」 of a 令和2年度 one): the next turn's 「公共施設の課題は？」
        # is still about the items last cited; a bare 「R4は？」 asks the declined question in R4
        declined = reading.question if reading.follow_up == FollowUp.NEW else ""
        named = reading.cities if reading.follow_up == FollowUp.NEW else []  # the town a declined question named
        conversation.focus = focus.model_copy(update={"declined": declined, "cities": named or focus.cities})
        return
    shown = [] if reading.follow_up == FollowUp.NEW or focus is None else list(focus.shown_ids)
    shown += [r.id for r in cited if r.id not in shown]
    sentences_shown = [] if reading.follow_up == FollowUp.NEW or focus is None else list(focus.shown_sentences)
    sentences_shown += [s for s in quoted or [] if s not in sentences_shown]
    conversation.focus = Focus(
        topic=topic,
        language=reading.language if opens else focus.language,
        record_ids=[r.id for r in cited] or ([] if opens else focus.record_ids),
        scope_ids=(list(dict.fromkeys([*(r.id for r in cited), *(scope or [])])) if cited
                   else ([] if opens else focus.scope_ids)),
        items=item_names(cited) or ([] if opens else focus.items),
        labels=[r.label for r in cited] or ([] if opens else focus.labels),
        titles=[r.title for r in cited] or ([] if opens else focus.titles),
        documents=list(dict.fromkeys(r.document for r in cited)) or ([] if opens else focus.documents),
        vocabulary=({w for r in cited for w in tokenize(f"{r.title}\n{r.text}")} if cited
                    else (set() if opens else focus.vocabulary)),
        # the city a city follow-up asked, though no document is of it and another city's item answered (「調布市は？」
        # of a table in 狛江市's report): the next 「府中市は？」 takes its place in the topic
        cities=(reading.cities if reading.follow_up == FollowUp.CITY else sorted({r.city for r in cited})) or reading.cities,
        departments=(list(dict.fromkeys(d for r in cited for d in r.departments)) if cited
                     else ([] if opens else focus.departments)),
        fiscal_years=years,
        value_years=(sorted({y for r in cited for y in printed_years(r)}) if cited
                     else ([] if opens else focus.value_years)),
        covered_years=(sorted({y for r in cited for y in r.fiscal_years}) if cited
                       else ([] if opens else focus.covered_years)),
        shown_ids=shown,
        shown_sentences=sentences_shown,
    )


__all__ = ["Conversation", "Focus", "FollowUp", "Reading", "Turn", "classify", "read", "remember", "split_question"]
