"""Extractive answers: the documents' own sentences, grouped per item, every one cited.

No language model: numbers, names and amounts appear exactly as in the
document. The composer abstains when the evidence does not answer the question
(another city, another year, too weak a match, a missing status text, a figure
the documents do not state) and then shows the closest items it found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from pydantic import BaseModel, Field

from .absent import Missing, MissingKind, asked_sub_entries, entry_number
from .answer_type import AnswerType, asked_type, names
from .asked_record import header_sentences
from .conversation import Reading
from .jp import (
    FIGURE_UNIT,
    HOW_MANY,
    NUMBER,
    compact,
    counters_asked,
    relative_fiscal_years,
    relative_year_spans,
    without_indefinite_counts,
)
from .labels import find_refs, label_refs
from .lead import (
    ERA_KEY,
    REASON,
    asked_value,
    asks_rate,
    asks_start,
    asks_when,
    asks_when_in,
    asks_why,
    column_lead,
    date_lead,
    figure_lead,
    schedule_lead,
    series_lead,
    table_lead,
    value_table,
    when_lead,
    without_time_clauses,
    year_rows,
    year_series,
)
from .passages import sentences
from .query import (
    ParsedQuery,
    city_stem,
    fiscal_years,
    strip_years,
    year_spans,
    years_asked_each,
)
from .retrieve import SearchResult
from .settings import AnswerSettings
from .structure.departments import is_department_key
from .text_clean import PLACEHOLDER_LINE
from .tokenize_ja import tokenize
from .types import Citation, Evidence, Record, format_fiscal_years, reiwa

_QUANTITY = re.compile(
    rf"いくら|{HOW_MANY}|どれくらい|どのくらい|何人|何件|何回|何日|何%|何パーセント|何円|金額|数値|値は|割合|率は|比率|目標値|残高|"
    # English words whole: "strategy" holds rate, "administration" ratio, "evaluate" value
    r"\b(?:how many|how much|what percent|rates?|ratios?|amounts?|figures?|values?|balances?)\b"
)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_BULLET = re.compile(r"^(?:[・▽■●○◆◇•\-－‐]\s*)+")  # a list's line: 「・協力員ヒアリング（1人）」
_STATUS_WORDS = re.compile(r"状況|実績|何をし|何がされ|進捗|どうなっ|status|did|done|progress")
# (a rank named by its unit, "section chief and above", "department heads", asks for people, not an office)
_WHAT_ELSE = re.compile(r"(?:ほか|他)に(?:は|も)?(?:どんな|どういう|何|なに)|\bwhat else\b")
_DEPARTMENT = re.compile(r"担当|部署|どこの課|どの課|所管|推進部署|\bin charge\b|\b(?:department|section)s?\b(?!\s+(?:chief|head|manager|director|leader)s?\b)|\bwhich (?:office|division)"
                         r"|\bresponsible\b|\bwho (?:led|leads|ran|oversees|oversaw|manages|managed|handles|handled)\b")
# a budget or a cost named, asked how much or not (「予算で何を提案した？」): amounts in yen are what it is
_MONEY_NOUN = re.compile(r"予算|費用|経費|事業費|コスト|\b(?:budget|budgets|cost|costs|costing)\b")
_YEN = re.compile(rf"{NUMBER}\s*[万億千]?\s*円")
# A figure asked for with its unit: the answer must state a number in that unit.
# how much money, asked in words (「どれくらい経費が浮いたの？」「収入はどのくらい？」「事業費はどれくらい見込んでる？」;
# not 消費, which is used up in its own units): a unit asked only so says
# less about which of an item's figures answers than 何円 or いくら: any figure in yen in the item will do, in
# whatever sentence (「どのくらいお金が入った？」 of 「…1,587,050円の収入があった」)
_MONEY_IN_WORDS = re.compile(
    r"(費用|[一-龥]{1,4}(?<![消浪])費|コスト|予算|収入|歳入|支出|効果額|削減額|お金)[^。？?]{0,12}?"
    r"(どれ(くらい|ぐらい|だけ)|どの(くらい|ぐらい|程度))"
    r"|(どれ(くらい|ぐらい|だけ)|どの(くらい|ぐらい|程度))[^。？?]{0,6}?(費用|経費|コスト|お金|収入|予算)")
# an area asked for (「跡地の広さってどれくらい？」「延床面積は何㎡？」), not a target about one (「面積の目標は？」): like money
# asked in words, any figure in ㎡ or ha in the item will do (a meeting's answer, 「約3割の縮減を見込んでおります」,
# does not repeat the question's words); how much an area changes is also answered by a share
_AREA_IN_WORDS = re.compile(
    r"何\s*(?:m2|平米|平方|ヘクタール|坪)|(?:広さ|面積)(?:は|って|が|、|\s|今|現在|実際に?|具体的に"
    r"|(?:令和|平成|r|h)?\s*(?:元|\d{1,4})\s*年度?(?:末|当初)?(?:時点)?(?:で|に|の)?)*(?:どれ(?:くらい|ぐらい|だけ)"
    rf"|どの(?:くらい|ぐらい|程度)|{HOW_MANY}|何)|\bhow (?:big|large)\b|\bhow many (?:square|hectares)")
_AREA_CHANGE = re.compile(r"(?:広さ|面積)[^。？?]{0,12}?(?:どれ(?:くらい|ぐらい|だけ)|どの(?:くらい|ぐらい|程度)|何)[^。？?]{0,4}?"
                          r"(?:減|増|縮|削|広が|狭)")
_IN_WORDS = (_MONEY_IN_WORDS, _AREA_IN_WORDS, _AREA_CHANGE)  # a figure anywhere in the item answers these
# English: "how many" and the counted noun, with up to two words between ("how many new employees", "how many My
# Number cards"), none of them a verb: in "how many procedures could people do", procedures are counted
_GAP = r"(?:(?!(?:could|can|did|do|does|were|was|are|is|have|has|had|will|would|should|of)\b)[a-z]+ ){0,2}"
# "how many staff suggestions" counts suggestions: a word for people followed by a plural noun only qualifies it
_NOT_BEFORE_A_NOUN = r"(?!\s+(?!(?:is|was|has|does|were|are)\b)[a-z]{3,}s\b)"
# how many times: 回, or a count of occasions in any counter (「延べ42人」 counts each visit: 42 uses)
_OCCASIONS = rf"延べ\s*{NUMBER}\s*[^\d\s、。]"
_DATE_UNITS = r"年|月|日"
_DAY_UNITS = r"月|日"  # a month or a day asked (「何月に」, "on what date"): a year alone does not date it
_MONTH_ASKED = re.compile(r"何月|何日(?!間|かか|ほど|くらい|ぐらい|程度)|日付|日にち"
                          r"|\b(?:what|which) (?:date|month|day)\b|\bon what date\b")
_RATE_ASKED = re.compile(rf"(?:(?<![効能])率|割合)[^。？?、]{{0,12}}?(?:どの(?:くらい|ぐらい|程度)|どれ(?:くらい|ぐらい|だけ)|{HOW_MANY}|"
                         r"は\s*[？?]|って\s*[？?]|は\s*$)")
_RATE_UNITS = r"%|％|パーセント|割|ポイント|分の\s*\d"
_RATE_NAMED = re.compile(r"[一-龥]{2}(?<![効能])率")  # 「回収率」, 「出生率」 of 合計特殊出生率, 「支比率」 of 経常収支比率
_DECIMAL = re.compile(r"\d+\.\d+")
_BARE_RATIO = r"(?<![\d,.])\d+\.\d+(?![\d,.]|\s*[万億千百十]?\s*(?:[円人件枚回日時年月歳台]|[かヶカケ]月))"
# "how much overtime", "how much waste": an amount of something other than money
_NOT_MONEY = (r"\s+(?:[a-z]+\s+)?(?:time|overtime|leave|energy|electricity|power|water|gas|fuel|waste|garbage|rubbish|"
              r"paper|co2|carbon|emissions?|space|land|area|snow|rain)\b")
_UNITS = [
    # an amount asked for, not a cost mentioned (「費用の補助はある？」, "help with the cost of …")
    # (「上限額は？」「交付額って？」: an amount named by its kind and asked)
    (re.compile(rf"何円|いくら|金額|予算額|予算は|予算規模|費用は|[一-龥]額\s*(?:は|って)\s*(?:[？?]|$)|\bhow much\b(?!{_NOT_MONEY})|"
                r"\byen\b|"
                r"\bwhat (?:is|was|were|are|will be) the (?:cost|budget)"),
     r"円"),
    (_MONEY_IN_WORDS, r"円"),
    # people counted (「利用者数は？」 counts 人, not 事業者数's businesses)
    (re.compile(rf"何人|人数|(?<![業社])者数|how many {_GAP}(?:people|staff|persons|employees|participants|residents|citizens|members|users|applicants|workers)\b"
                rf"{_NOT_BEFORE_A_NOUN}"), r"人|名"),
    (re.compile(rf"何枚|how many {_GAP}(?:sheets|pages|cards|copies|tickets|certificates)"), r"枚"),
    (re.compile(rf"何件|how many {_GAP}(?:cases|applications|forms|requests|submissions)\b"), r"件"),
    (re.compile(r"何回|how many times"), r"回"),
    (re.compile(rf"how many {_GAP}(?:projects|programs|programmes|initiatives|schemes|services|measures)\b"),
     r"事業|件|本|つ|項目|施策"),
    # a length of time asked (「作業時間はどれくらい減った？」「何時間かかる？」), not a time of day (何時から)
    (re.compile(r"何時間|時間[^。？?]{0,12}?(?:どれ(?:くらい|ぐらい|だけ)|どの(?:くらい|ぐらい|程度))|\bhow many hours\b"
                r"|\bhow much (?:\w+ )?(?:time|overtime)\b"),
     r"時間|分(?!の)"),  # in hours or minutes (「７０分 → ４０分」), not a fraction (「2分の1」)
    (re.compile(r"何日|how many days"), r"日"),
    # how much of a quantity that is no money: in its own units ("how much floor space", "how much waste")
    (re.compile(r"\bhow much (?:\w+ )?(?:space|land|area)\b"), r"m2|平米|平方メートル|ha\b|ヘクタール|坪"),
    (re.compile(r"\bhow much (?:\w+ )?paper\b"), r"枚|kg|キロ|t\b|トン|箱|冊"),
    (re.compile(r"\bhow much (?:\w+ )?(?:waste|garbage|rubbish|co2|carbon|emissions?)\b"), r"kg|キロ|t\b|トン"),
    (re.compile(r"\bhow much (?:\w+ )?(?:energy|electricity|power)\b"), r"kwh|mwh|kw\b|ワット"),
    (re.compile(r"\bhow much (?:\w+ )?(?:water|gas|fuel)\b"), r"m3|立方メートル|リットル|l\b|トン"),
    (re.compile(r"何歳|\bhow old\b|\bwhat age\b"), r"歳"),
    (re.compile(r"何%|何パーセント|何割|\bwhat (?:percent(?:age)?|share|proportion|fraction)\b|\bpercentage of\b"), r"%|％|パーセント|割"),
    # a rate or a share asked by how much it is (「接種率って結局どのくらい？」「交付率は？」): a figure in %, 割, points or
    # a fraction, or a bare decimal (「出生率…1.30」), not a count the item prints (「約9,000枠」)
    (_RATE_ASKED, _RATE_UNITS),
    # (unless it asks for a way, ``asks_when``; 何年になる asks how many years)
    (re.compile(r"いつ|何月|何年度?(?:に(?!な)|から|ごろ|頃)|日時|\bwhen\b|\bwhat date"), _DATE_UNITS),
    (_AREA_IN_WORDS, r"m2|平米|平方メートル|ha\b|ヘクタール|坪"),
    (_AREA_CHANGE, r"%|％|パーセント|割"),
]


class ComposedAnswer(BaseModel):
    answer: str
    abstained: bool
    reason: str | None = Field(default=None, description="Why it abstained (machine-readable)")
    citations: list[Citation]
    items: list[Evidence] = Field(default_factory=list, description="Evidence shown, in citation order")
    nearby: list[Evidence] = Field(
        default_factory=list, description="Retrieved items that do not answer the question: 近い項目, not cited"
    )
    reading: Reading | None = Field(default=None, description="How a chat turn was read in its conversation")
    quoted: dict[str, list[str]] = Field(default_factory=dict,
                                         description="Record id -> the sentences of it the answer quotes")


@lru_cache(maxsize=100_000)
def _nfkc(text: str) -> str:
    """NFKC, lower case; cached: the same sentences and titles come back question after question."""
    return unicodedata.normalize("NFKC", text).lower()


def record_years(record: Record) -> set[int]:
    """Years a record speaks of: its document's fiscal years plus any year its text names, and, in the record of
    a one-year document, the years it names relative to that one (a report on 令和3年度 printing 「前年度平均の
    11.8日」 speaks of 令和2年度)."""
    return set(record.fiscal_years) | years_named(record)


def years_named(record: Record) -> set[int]:
    """The years a record's title and text name: as years, or relative to its one-year document's year."""
    return set(_years_named(record.title, record.text, tuple(record.fiscal_years)))


@lru_cache(maxsize=20_000)
def _years_named(title: str, text: str, document_years: tuple[int, ...]) -> frozenset[int]:
    """:func:`years_named` of a record's title, text and document years; cached (asked of the same records
    question after question, and reading every year of a long text costs a millisecond)."""
    text = _nfkc(title + "\n" + text)
    relative = relative_fiscal_years(text, document_years[0]) if len(document_years) == 1 else set()
    return frozenset(fiscal_years(text)) | relative


@lru_cache(maxsize=100_000)
def sentence_terms(sentence: str) -> frozenset[str]:
    """Tokens of a document sentence, cached: the same sentences come back question after question."""
    return frozenset(tokenize(sentence))


_FIELD_NUMBER = re.compile(r"^\s*(?:[ア-ン]|[A-Za-z]|\d{1,2}|[（(]\d{1,2}[）)])\s*[.．、)）]\s*")
_BRACKETED = re.compile(r"[【［\[][^】］\]]*[】］\]]")


def _is_heading(sentence: str, headings: set[str]) -> bool:
    """A line that only names a part of the item: a field's heading (「イ. 残された課題」), a bracketed
    sub-heading (「【安定的な行政サービスの提供】」), a label (「残された課題：」). (A numbered short line is
    content: 「(1) 行政手続きの電子化の推進」 is one of the three directions asked for.)"""
    text = sentence.strip()
    return text in headings or bool(_BRACKETED.fullmatch(text)) or (len(text) <= 30 and text.endswith(("：", ":")))




def _named(record: Record, query_terms: set[str]) -> list[tuple[str, str]]:
    best, named = 0.0, []
    for key, value in record.fields.items():
        words = set(tokenize(_FIELD_NUMBER.sub("", key)))
        if not words or not value:
            continue
        share = len(words & query_terms) / len(words)
        if share > best:
            best, named = share, [(key, value)]
        elif share == best and share:
            named.append((key, value))
    return named if best >= 0.5 else []


def named_fields(record: Record, query_terms: set[str]) -> list[str]:
    """The values of the record's fields whose heading the question names (「残された課題は？」 names
    「イ. 残された課題」; 「課題は？」 names 「現状や課題」 rather than 「今後、予想される新たなニーズ・課題」): the
    headings sharing the largest part of their words with the question, when that is at least half."""
    return [value for _, value in _named(record, query_terms)]


def asked_field_lines(record: Record, query_terms: set[str]) -> list[str]:
    """The fields the question names (:func:`named_fields`) that the item prints beside its body, not in it
    (a progress report's 「関連指標」 or 「基本事業の説明」 columns): 「関連指標: 指標No.3・4・5」, under their own heading.
    Fields in the body are quoted as its sentences; offices are printed when an office is asked."""
    body = re.sub(r"\s+", "", _nfkc(record.text))
    return [f"{key.strip()}: {value.strip()}" for key, value in _named(record, query_terms)
            if not is_department_key(key.strip()) and re.sub(r"\s+", "", _nfkc(value)) not in body]


_SECTION_KEYWORD = re.compile(r"([^\W\d_]{2,}?)\s*\d")  # 「基本事業3 …」's 基本事業, 「方向性2 …」's 方向性
_WHERE_PLACED = re.compile(r"属|入っ|入る|位置[づ付]|どの|belong|falls? under|comes? under|under which|part of")


def asked_heading_line(record: Record, question: str, query_terms: set[str], english: bool = False) -> str | None:
    """The headings an item is under, when the question asks which heading of a kind it is under (「どの基本事業に
    入ってる？」 of an item under 「施策2 … > 方向性2 … > 基本事業3 …」): the path down to the deepest heading of a kind
    the question names without its number (「Group2の報告で…」 names the one it means)."""
    text = _nfkc(question)
    if not _WHERE_PLACED.search(text):
        return None
    parts = [p.strip() for p in record.section.split(" > ") if p.strip()]
    named = [i for i, part in enumerate(parts) if (m := _SECTION_KEYWORD.match(_nfkc(part)))
             and (words := set(tokenize(m.group(1)))) and words <= query_terms
             and not re.search(re.escape(m.group(1)) + r"\s*\d", text)]
    if not named:
        return None
    return ("Under: " if english else "位置づけ: ") + " > ".join(parts[: named[-1] + 1])


# a line that is only a value: a table's or a box's cell printed under its label (「wi-fi の整備」 / 「820,204 円 (税込)」)
_BARE_VALUE = re.compile(rf"[約概]?\s*{NUMBER}\s*(?:{FIGURE_UNIT})?\s*(?:[（(][^）)]*[）)])?")


def _value_label(parts: list[str], i: int) -> int | None:
    """The index of the label a bare value is printed under: the short line just before it, itself no value
    and no sentence."""
    if i == 0 or not _BARE_VALUE.fullmatch(_nfkc(parts[i]).strip()):
        return None
    label = parts[i - 1].strip()
    if len(label) > 30 or label.endswith("。") or _BARE_VALUE.fullmatch(_nfkc(label)) or not _LETTER.search(label):
        return None
    return i - 1


_GRID_ROWS = 4  # the rows of a year grid quoted with its header, at most


def _grid_rows(parts: list[str], i: int) -> list[int]:
    """A schedule grid's header (「取組 令和７年度 令和８年度 令和９年度」: two fiscal years or more, and at most one
    other word) is quoted with the rows under it (「料金の改定 料金案の作成 条例改正・周知 新料金の適用」): the
    lines after it up to a sentence or a line that names a year (the next table's header)."""
    header = _nfkc(parts[i])
    years = fiscal_years(header)
    if len(set(years)) < 2 or "。" in header or len(strip_years(header).split()) > 1:
        return []
    rows = []
    for n in range(i + 1, min(len(parts), i + 1 + _GRID_ROWS)):
        line = _nfkc(parts[n])
        if "。" in line or fiscal_years(line):
            break
        rows.append(n)
    return rows


def _weighed(terms: set[str] | frozenset[str], weights: Mapping[str, float] | None) -> float:
    return float(len(terms)) if weights is None else sum(weights.get(t, 1.0) for t in terms)


_ENTRY_MENTION = re.compile(r"[(（]\s*\d{1,2}\s*[)）]|[①-⑳]")


def select_sentences(
    e: Evidence, query: ParsedQuery, query_terms: set[str], wants_number: bool, limit: int, sim_weight: float = 0.0,
    field_bonus: float = 0.0, reason_bonus: float = 0.0, exclude: frozenset[str] = frozenset(),
    weights: Mapping[str, float] | None = None, whole: bool = False, amounts: bool = False,
) -> list[str]:
    """The record's sentences that best answer the question, in document order; up to ``limit`` of those that
    share something with it (``whole``: up to ``limit`` of any, the item's body for 「もっと詳しく」).

    Score: question terms in the sentence; ``field_bonus`` in a field whose heading the question names
    (:func:`named_fields`); up to ``sim_weight`` for the sentence closest in meaning to the question
    (sentence vectors, falling off over 0.05 of cosine similarity); +1 if it names an asked fiscal
    year, +1.5 if it states a figure in the asked unit (人, 円 …), +0.5 for any number when a figure is
    asked; when a reason and no figure is asked, ``reason_bonus`` if it gives one (ため, ことから …). An
    indicator is a small table: all its lines are kept. ``exclude``: sentences quoted already (another item
    that prints the same text), never chosen. ``amounts``: the asker named a budget or a cost, though not how much
    (「予算で何を提案した？」): an amount in yen counts as the figure asked (its amounts are what was proposed).
    """
    record = e.record
    parts = sentences(PLACEHOLDER_LINE.sub("", record.text))  # 「【取組内容】（略）」 says nothing
    if not parts or record.record_type == "indicator":
        return parts
    figure = _figure_pattern(query) or (_YEN if amounts else None)
    # Within a one-year report every sentence is about that year; only a multi-year plan needs the year.
    years = set(query.fiscal_years) if len(record.fiscal_years) > 1 else set()
    sims = e.sentence_scores
    closest = max(sims.values(), default=0.0)
    in_named = {s for value in named_fields(record, query_terms) for s in sentences(value)}
    headings = {key.strip() for key in record.fields}
    why = reason_bonus if not wants_number and asks_why(query) else 0.0
    sub = asked_sub_entries(query.normalized)[-1:]  # 「未来予測の5つ目は？」: the entry (5) of the item that lists it, alone
    opens = [i for i, sentence in enumerate(parts) if sub and entry_number(sentence) == sub[0][2]]
    if opens and not whole:
        # up to the next entry, or a sentence that speaks of entries (「上記の予測（1）、（2）により…」)
        end = next((i for i in range(opens[0] + 1, len(parts))
                    if entry_number(parts[i]) is not None or _ENTRY_MENTION.search(parts[i])), len(parts))
        return parts[opens[0]:min(end, opens[0] + limit)]
    scored = []
    seen: set[str] = set()
    for i, sentence in enumerate(parts):
        if sentence in seen or sentence in exclude or (
                _is_heading(sentence, headings) and not (figure is not None and figure.search(_nfkc(sentence)))):
            continue  # a sentence printed twice is quoted once; a heading says nothing by itself, unless it holds
            # the figure or date asked (「【…調査（令和2年6月21日内閣府調査より転載）】」)
        seen.add(sentence)
        score = _weighed(sentence_terms(sentence) & query_terms, weights)
        label = _value_label(parts, i)
        if label is not None:  # a value answers with the words of its label
            score += _weighed(sentence_terms(parts[label]) & query_terms, weights)
        if sentence in in_named:
            score += field_bonus
        if i in sims and sim_weight:
            score += sim_weight * max(0.0, 1.0 - (closest - sims[i]) / 0.05)
        if years and years & set(fiscal_years(_nfkc(sentence))):
            score += 1
        if why and REASON.search(sentence):
            score += why
        if figure is not None and figure.search(sentence):
            score += 1.5
        elif wants_number and _DIGIT.search(sentence):
            score += 0.5
        scored.append((score, i))
    if not scored:
        return parts[:limit]
    best = sorted(scored, key=lambda si: (-si[0], si[1]))[:limit]
    if best[0][0] == 0:
        best = [(0, i) for _, i in sorted(scored, key=lambda si: si[1])[:limit]]
    elif not whole:  # a sentence that shares nothing with the question is no answer beside those that do (「記録者：…」)
        best = [(score, i) for score, i in best if score > 0]
    chosen = {i for _, i in best}
    chosen |= {label for i in list(chosen) if (label := _value_label(parts, i)) is not None}  # a value with its label
    chosen |= {row for i in list(chosen) for row in _grid_rows(parts, i)}  # a year grid's header with its rows
    return [parts[i] for i in sorted(chosen)]


def _as_field(line: str) -> str:
    """A field's line with its width, spaces and colons aside (「担当課：A／B」 is 「担当課: A/B」)."""
    return re.sub(r"[\s:]", "", _nfkc(line))


def department_lines(record: Record) -> list[str]:
    """The item's offices as it prints them, under its own headings (「推進部署: 市民課／関係各課」); an item
    that names them otherwise (a heading's 「（政策室）」): 「担当: 政策室」."""
    printed = [f"{key.strip()}: {value.strip()}" for key, value in record.fields.items()
               if value.strip() and is_department_key(key.strip())]
    return printed or [f"担当: {'、'.join(record.departments)}"]


_NOT_A_BASIS = r"(?!\s*(?:あたり|当たり|当り|につき))"  # 「1人当たり」「1件につき」: the basis of a rate, not an amount


def _figure_pattern(query: ParsedQuery, loose: bool = True, labelled: bool = False) -> re.Pattern[str] | None:
    """The figures in the unit a question asks for, or None when it asks for none. ``labelled``: a table's row
    whose label gives the unit in brackets and its values after it (「作成件数（件）　112　245　391」) counts too (it
    states the figure; which of its values is the one asked is not read from it)."""
    # (asked some twenty times an answer, of one question: built once)
    return _figure_pattern_of(query.normalized, loose, labelled)


@lru_cache(maxsize=4096)
def _figure_pattern_of(normalized: str, loose: bool, labelled: bool) -> re.Pattern[str] | None:
    when, month = asks_when_in(normalized), _asks_month_in(normalized)
    lowered = without_indefinite_counts(without_time_clauses(normalized).lower())
    units = [unit for pattern, unit in _UNITS if (loose or pattern not in _IN_WORDS) and pattern.search(lowered)
             and (unit != _DATE_UNITS or when)]
    units += [f"(?:つの)?(?:{counter})" for counter in counters_asked(lowered)]  # 「5つの事業」 counts 事業 too
    if _DATE_UNITS in units and month:  # 「令和７年度の何月に？」: a year or a schedule's year says no month
        units = [_DAY_UNITS if unit == _DATE_UNITS else unit for unit in units]
    if not units:
        return None
    counted = rf"{NUMBER}\s*(?:{'|'.join(units)}){_NOT_A_BASIS}"
    in_label = [unit for unit in units if unit not in (_DATE_UNITS, _DAY_UNITS)] if labelled else []
    if in_label:
        counted += rf"|[（(][^（()）]{{0,3}}(?:{'|'.join(in_label)})[)）][^。\n]{{0,40}}?\d"
    if _RATE_UNITS in units:
        counted = rf"{counted}|{_BARE_RATIO}"
    if _DATE_UNITS in units:  # a schedule's year column, 「R8: 実施」, dates what is printed under it
        counted = rf"{counted}|{ERA_KEY.pattern}"
    return re.compile(rf"{counted}|{_OCCASIONS}" if "回" in units else counted)


# (an English question asking yes or no, "Does Fuchu run a similar survey?", asks one of its own too)
_OWN_QUESTION = re.compile(r"どう|どんな|どの|どういう|何を|なにを|何が|なにが|\bhow\b|\bwhat\b|\bwhich\b|"
                           r"^\s*(?:and\s+)?(?:does|do|did|is|are|was|were|has|have|will|can)\s+(?!it\b|that\b|this\b|there\b|they\b)\w+\s+\w+")


def asks_month(query: ParsedQuery) -> bool:
    """A when-question asking the month or the day (「令和７年度の何月に？」, "On what date did it open?")."""
    return _asks_month_in(query.normalized)


def _asks_month_in(normalized: str) -> bool:
    return asks_when_in(normalized) and bool(_MONTH_ASKED.search(normalized.lower()))


def wants_no_figure(text: str) -> bool:
    """Whether a chat turn's own words ask a question of their own that wants no figure (「R4年度はどう広げていく
    方針？」 after 「いくつの事業にしたんだっけ？」), not only name the year or city the topic is asked again of
    (「R4は？」)."""
    lowered = without_indefinite_counts(without_time_clauses(_nfkc(text)))
    return bool(_OWN_QUESTION.search(lowered)) and not _QUANTITY.search(lowered) and not counters_asked(lowered) \
        and not any(pattern.search(lowered) for pattern, _ in _UNITS)


def _closeness(e: Evidence) -> float:
    return max(e.dense_score or 0.0, e.sentence_score or 0.0)


def nearly_as_good(e: Evidence, best: Evidence, key_terms: set[str], settings: AnswerSettings) -> bool:
    """As good as the best item on every signal: fused score, closeness in meaning, a question term in common."""
    return (e.score >= settings.answer_ratio * best.score
            and _closeness(e) >= _closeness(best) - settings.answer_margin
            and (not key_terms or bool(key_terms & set(e.matched_terms))))


def _only_close(e: Evidence, best: Evidence, key_terms: set[str], settings: AnswerSettings) -> bool:
    """The best item shares no word with the question, only closeness in meaning; ``e`` scores nearly as well
    and has a question word ("How many people did Komae hire?": 取組項目47 prints 採用, the best none)."""
    return (bool(key_terms) and not key_terms & set(best.matched_terms) and bool(key_terms & set(e.matched_terms))
            and e.score >= settings.answer_ratio * best.score)


def _same_subject(e: Evidence, best: Evidence, share: float) -> bool:
    """Whether ``e`` matches the question's words at least ``share`` as well as the best item does (keyword
    scores, which weigh rare words most): an item that prints the figure asked answers for the best only about
    the same thing ("What percentage of Komae residents had a My Number card?": not the share of residents
    satisfied with the city, which holds only 市民 and 割合 of it)."""
    return (e.bm25_score or 0.0) >= share * (best.bm25_score or 0.0)


def choose_items(result: SearchResult, settings: AnswerSettings) -> list[Evidence]:
    """The retrieved items that answer the question; the rest are only 近い項目.

    The best item always. Others when the question asks for them: every item a listing asks for, every
    unit it names by number, the best item of each city it compares. Otherwise a further item answers
    only when it is nearly as good on every signal: fused score at least ``answer_ratio`` of the best's,
    closeness in meaning within ``answer_margin`` of the best's, and a question term in common.
    """
    query, evidence = result.query, result.evidence
    if not evidence:
        return []
    if result.listed:
        wanted = set(result.listed)
        listed = [e for e in evidence if e.record.id in wanted]
        if listed:
            first = {i: n for n, i in enumerate(result.leads)}
            order = {i: n for n, i in enumerate(result.listed)}  # document order
            return sorted(listed, key=lambda e: (first.get(e.record.id, len(first)), order[e.record.id]))
    best = evidence[0]
    chosen = [best]
    named = set(result.referenced)
    key_terms = set(result.query_terms)
    for e in evidence[1:]:
        if len(chosen) >= settings.max_items:
            break
        if e.record.id in named or (nearly_as_good(e, best, key_terms, settings)
                                    and best.record.id not in result.overviews.get(e.record.id, [])):
            # (an overview of the document, a plan's table of its programs, adds nothing beside an item it lists)
            chosen.append(e)
    # Comparisons: make sure every named corpus city is represented, and every year asked about each on its own.
    for city in query.cities:
        if not any(e.record.city == city for e in chosen):
            match = next((e for e in evidence if e.record.city == city), None)
            if match:
                chosen.append(match)
    years = years_asked_each(query.normalized)
    for year in years if len(years) > 1 else []:
        if not any(year in e.record.fiscal_years for e in chosen):
            match = next((e for e in evidence if year in e.record.fiscal_years), None)
            if match:
                chosen.append(match)
    return chosen


_TITLE_UNIT = re.compile(r"[（(]\s*([^（）()\d]{1,4})\s*[）)]\s*$")  # 「市債残高（億円）」, 「…の割合 (%)」


_RATIO_TITLE = re.compile(r"(割合|比率|率)\s*$")  # 「…に占める女性職員の割合」: its values are shares (%)


def _other_unit(query: ParsedQuery, record: Record) -> bool:
    """The question asks for a figure in a unit (人, 件 …) and the table's title gives it another (%, 億円), in
    brackets or by naming a share (「…の割合」, 「…率」)."""
    title = unicodedata.normalize("NFKC", record.title)
    match = _TITLE_UNIT.search(title)
    unit = match.group(1) if match else ("%" if _RATIO_TITLE.search(title) else None)
    lowered = without_indefinite_counts(without_time_clauses(query.normalized).lower())
    if unit is None or asks_when(query):  # a date is no unit of the table's values
        return False
    asked = [u for pattern, u in _UNITS if pattern.search(lowered)] + counters_asked(lowered)
    return bool(asked) and not any(re.search(u, unit) for u in asked)


def unstated_figure(query: ParsedQuery, best: Evidence, terms: set[str] | None = None, line_chars: int = 0,
                    loose: bool = True, own: bool = False, header_chars: int = 0) -> bool:
    """The question asks for a figure that the item it is about does not state.

    An item with a table of values (an indicator): the table has no value for the year asked. (A value
    printed as a dash is answered: the lead line says it is not printed, why, and the values that are.)
    Otherwise: the question names a unit (円, 人, 枚 …) and no number in that unit is in the item; with
    ``terms`` (the question's words), none is in a sentence that has one of them (「交付率は何％？」 of an item
    whose only % is a paper-saving target), or the fiscal year the question asks (a list keyed by year:
    「・令和元年度:約 6,400 万円」), or in a line shorter than ``line_chars`` (a table's cell:
    「820,204 円 (税込)」 under the heading it belongs to; not a list's line, 「・協力員ヒアリング（1人）」, which
    names what it counts). A unit asked only in words (「どれくらいお金が入った」)
    needs a number in that unit anywhere in the item; with ``loose`` False it asks for none (the question is a
    chat's topic replayed in another year or city: 「R4は？」 asks what R4 holds of the topic). A date asked in a
    question's own words (``own``: not a chat's 「それいつまで？」, whose words are the topic's titles) is in a sentence
    sharing at least half as many of them as the sentence sharing most: 「いつ国に提出した？」 of an item whose
    「…利用計画を策定し、国へ提出した」 prints no date, and whose 「平成30年度末時点で、目標を超過」 shares only 計画.
    A field of a run of fields shares the run's words (「視察先：…深谷市」 dates 「視察日：…」); asked when, the
    sentence closest in meaning to the question (sentence vectors) counts as sharing them, whatever its words.
    Nor is it in the short fields that frame a meeting (``header_chars``: 「開催日時：令和2年9月19日…」) when the
    question does not ask about the meeting itself (:func:`_not_of_the_meeting`): they date the meeting, not what
    was said there. A date asked is not in months in brackets after a noun (「繁忙期（2～5月）」), nor is it the month
    the question states itself, nor, asked until when, a date something starts from (「平成27年1月から稼働した」).
    """
    record = best.record
    if asks_when(query) and not asks_month(query) and schedule_lead(query, record, terms or set(), False, bool(_UNTIL_ASKED.search(
            query.normalized.lower())), fallback=1 if asks_start(query) else 0, legend=best.legend) is not None:
        return False  # a schedule dates its steps (「令和9年度：運用開始」): the one asked, or asked from when, its start
    figure = _figure_pattern(query, loose, labelled=True)
    part = asked_part(query.normalized)  # 「…のうち、商品券には」: a figure of that part alone
    if value_table(record):
        asks_figure = bool(_QUANTITY.search(query.normalized.lower()) or _figure_pattern(query))
        if asks_figure and _other_unit(query, record):
            return True
        picked = asked_value(query, record)
        # a progress sheet's 「令和6年度実績: 北部地区複合施設の基本設計を完了（延床面積 約2,400㎡）」 is a value of the
        # table, but a sentence, with no figure in the unit asked (円) or of a group when a part of it is asked: judged
        # as the item's text is, below (an indicator's 「27.3」 is its value in the unit its title gives)
        prose = picked is not None and not _NUMERIC_VALUE.match(_nfkc(picked[1])) and (
            (figure is not None and not figure.search(_nfkc(picked[1]))) or (part and not of_part(picked[1], part,
                                                                                                query.normalized)))
        # …and a value printed with its own unit, not the one asked (「4.3億円」 for 「何件の寄附？」), states none
        own = _VALUE_UNIT.match(_nfkc(picked[1])) if picked is not None and figure is not None and not asks_when(
            query) else None
        if own and not figure.search(_nfkc(picked[1])):
            return True
        if not asks_figure or not prose:
            return asks_figure and table_lead(query, record, False) is None
    texts = [record.text, *record.fields.values()]
    unit = declared_unit(record.text)
    if figure is not None and unit and figure.search(f"1{unit}"):  # 「（単位：千円）」 over a table of bare figures
        texts = [in_declared_unit(t, unit) for t in texts]
    if figure is None:  # 「数値目標はある？」 "Is there a numeric target?": a number in any unit
        return bool(loose and _NUMBER_ASKED.search(query.normalized.lower())) and not any(
            _ANY_FIGURE.search(t) for t in texts)
    # a figure the question states itself (「170台くらいあるって聞いたけど、そのうち…は何台？」) is not the one it asks
    when = asks_when(query)
    stated = set() if when else {_digits(m.group()) for m in figure.finditer(query.normalized)}
    # a month the question states itself (「令和元年12月で契約が切れて…」) is not the date it asks; asked until when,
    # a date something starts from (「平成27年1月から稼働した」) is no end
    told = [re.sub(r"\s+", "", m.group()) for m in _DAY_OR_MONTH.finditer(query.normalized)] if when else []
    until = when and bool(_UNTIL_ASKED.search(query.normalized.lower()))
    # a rate asked by its name (「回収率はどれくらい？」): a bare decimal states it after that name only, not an
    # average grade's 「平均値：2.3」
    rates = _RATE_NAMED.findall(query.normalized) if _RATE_ASKED.search(query.normalized.lower()) else []

    def new_figure(text: str) -> bool:
        text = _nfkc(text)  # as the pattern is written: 「１２１，３００㎡」 is 「121,300m2」
        if when:  # 「繁忙期（2～5月）」: the months say which season is meant, not when anything happened
            text = _BOUNDING_DATE.sub("", _MONTHS_QUALIFYING.sub("", text))
            text = re.sub(r"\s+", "", text)
            for date in told:
                text = text.replace(date, " ")
            if until:
                text = _FROM_DATE.sub(" ", text)
        return any(_digits(m.group()) not in stated and (not rates or not _DECIMAL.fullmatch(m.group())
                                                         or any(r in text[:m.start()] for r in rates))
                   for m in figure.finditer(text))

    if terms is None or _figure_pattern(query, loose=False) is None:
        return not any(new_figure(t) for t in texts)
    asked = set(query.fiscal_years)
    units = set(_ASKED_COUNTER.findall(query.normalized))  # 「視察日：令和2年10月23日」 answers 「何日に行った？」
    every = [s for t in texts for s in sentences(t)]
    header = header_sentences(record, header_chars) if own and header_chars and when else frozenset()
    if header and _not_of_the_meeting(record, terms, header):
        every = [s for s in sentences(record.text) if s not in header]
    shared = _shared_terms(every, terms)
    need = max((len(words) for words in shared.values()), default=0) / 2 if own and when else 0
    # a date asked: the sentence closest in meaning is about what is asked, whatever its words (「SMSで連絡がきた…
    # いつから？」 of 「令和4年1月からはショートメッセージサービスにより…」, where only the item's other sentences share
    # 徴収). (Not an amount: an item's closest sentence may cost something else than the thing asked.)
    closest = _closest_sentence(best) if when else None
    every = [s for s in every if not part or of_part(s, part, query.normalized)]
    return not any(new_figure(s) and ((len(s) < line_chars and not _BULLET.match(s))
                                      or (shared[s] and len(shared[s]) >= need) or s == closest
                                      or (asked and asked & set(fiscal_years(s))) or _field_of(s, units))
                   for s in every)


def _shared_terms(every: list[str], terms: set[str]) -> dict[str, set[str]]:
    """The question's words each sentence shares; a field of a run of fields (「・視察先：埼玉県深谷市」
    「・視察日：令和2年10月23日（金）」) shares those of the whole run: together they describe one thing. A line
    with neither bullet nor label after a field is that field's value wrapped (「・講師：株式会社… 様」 then
    「株式会社… 様」, a second name): it stays in the run."""
    shared = {s: sentence_terms(s) & terms for s in every}
    run: list[str] = []
    for s in [*every, ""]:
        if s and _FIELD_LABEL.match(_BULLET.sub("", s.strip())):
            run.append(s)
            continue
        if s and run and not _BULLET.match(s.strip()) and not s.rstrip().endswith("。"):
            run.append(s)
            continue
        words = set().union(*(shared[f] for f in run)) if run else set()
        for f in run:
            shared[f] = words
        run = []
    return shared


def _closest_sentence(best: Evidence) -> str | None:
    """The sentence of the record closest in meaning to the question (sentence vectors), if any."""
    if not best.sentence_scores:
        return None
    parts = sentences(best.record.text)
    n = max(best.sentence_scores, key=best.sentence_scores.__getitem__)
    return parts[n] if n < len(parts) else None


_VALUE_UNIT = re.compile(rf"\s*[-+]?{NUMBER}\s*({FIGURE_UNIT}+)")  # 「4.3億円」: a value with its unit (円)
_NUMERIC_VALUE = re.compile(r"\s*(?:[-+]?\d|[-−—–ー―])")  # a table's value that is a figure: 27.3, 90.0以下, —※3

# a part of something asked (「事業費のうち、商品券にはいくら？」「売却した土地のうち、旧給食センター跡地は？」): the words
# after うち up to their particle
_PART_OF = re.compile(r"(?<![そこあど])のうち\s*[、,]?\s*([一-龥ァ-ヶーA-Za-z0-9][一-龥ぁ-んァ-ヶーA-Za-z0-9・]+?)(?:の分|分)?\s*(?:には|に|は|が|で|って|の)")
# a figure of a group its first member names (「旧給食センター跡地など3件」, 「宿泊型・日帰り型とも…延べ318人」)
_GROUPED_AFTER = re.compile(r"\s*(?:など|等|ほか|をはじめ|[・、と]\s*[一-龥ァ-ヶー][一-龥ぁ-んァ-ヶーA-Za-z0-9]{0,11}?\s*(?:を|の)?\s*"
                            r"(?:合わせ|あわせ|合計|計|とも(?!に)|\d+\s*(?:施設|件|か所|箇所|カ所|校|館|団体|事業)))")
# (「市民体育館と中央公園野球場の２施設で…年額計180万円」: a group counted, its figure the group's)
# a part asked as alone (「市民体育館だけの年額は？」「本庁舎のみの件数」): the words before だけ/のみ
_PART_ONLY = re.compile(r"([一-龥ァ-ヶーA-Za-z0-9][一-龥ぁ-んァ-ヶーA-Za-z0-9・]{1,15}?)(?:だけ|のみ|単独)(?:の|で|では|に|は)")


def asked_part(question: str) -> str:
    """The part of a whole a figure question asks for (「事業費のうち、商品券にはいくら？」: 商品券; 「市民体育館だけの年額は？」:
    市民体育館), or ""."""
    text = _nfkc(question)
    m = _PART_OF.search(text)
    if m is None and (only := _PART_ONLY.search(text)):  # the name right before だけ, not the words before it
        m = re.search(r"[一-龥ァ-ヶーA-Za-z0-9・]+$", only.group(1))
        return m.group(0) if m and not m.group(0).startswith("何") else ""
    return m.group(1) if m and not m.group(1).startswith("何") and re.search(r"[一-龥ァ-ヶーA-Za-z0-9]", m.group(1)) else ""


def of_part(sentence: str, part: str, question: str) -> bool:
    """Whether ``sentence`` speaks of the asked ``part`` by itself: names it, and not as the first of a group its
    figure counts together (「旧給食センター跡地など3件を…約1億2,000万円」), unless the question groups it so too."""
    text, asked, key = compact(sentence), compact(question), compact(part)
    at = text.find(key)
    return at >= 0 and (not _GROUPED_AFTER.match(text, at + len(key))
                        or bool(_GROUPED_AFTER.match(asked, asked.find(key) + len(key))))


# the unit a table's caption gives its figures in: 「（単位：千円）」「単位:人」
_DECLARED_UNIT = re.compile(r"単位\s*[：:]\s*([^\s)）、。]{1,6})")
# a figure printed bare (a table's cell): not part of a label (No.10), a date or a figure with its unit
_BARE_FIGURE = re.compile(r"(?<![\d,.．A-Za-z])(\d[\d,]*(?:\.\d+)?)(?=[ \t\u3000]|$)", re.M)


def declared_unit(text: str) -> str:
    """The unit an item's text says its figures are in (「財政効果額…（単位：千円）」: 千円), or ""."""
    m = _DECLARED_UNIT.search(_nfkc(text))
    return m.group(1) if m else ""


def in_declared_unit(text: str, unit: str) -> str:
    """``text`` with its bare figures written in ``unit`` (「合計 70,700 118,150」 -> 「合計 70,700千円 118,150千円」)."""
    return _BARE_FIGURE.sub(lambda m: f"{m.group(1)}{unit}", _nfkc(text))


# a date with its month (「令和4年4月1日」, 「2021年3月」)
_DATE = re.compile(r"(?:令和|平成|昭和|[rh])?\s*(?:\d+|元)\s*年\s*\d+\s*月")
# …and its day, when a question states one (「令和元年12月で契約が切れて…」)
_DAY_OR_MONTH = re.compile(rf"{_DATE.pattern}(?:\s*\d{{1,2}}\s*日)?")
# an end asked (「いつまで？」「何年度まで」 "until when", "by when")
_UNTIL_ASKED = re.compile(r"いつまで|何年度?まで|何月まで|\buntil when\b|\bby when\b|\bhow long\b|\buntil\b")
# a date as printed: a year (and month, day) or a month (and day)
_A_DATE = r"(?:(?:令和|平成|昭和)?(?:\d+|元)年度?(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?)"
# a date something starts from (「平成27年1月から稼働した」「令和3年度より」)
_FROM_DATE = re.compile(rf"{_A_DATE}(?:から|より|以降)")
# a date that bounds what a noun covers (「平成31年度以前の債権」: the debts from before it), not when anything happened
_BOUNDING_DATE = re.compile(rf"{_A_DATE}\s*以前の")
# months in brackets after a noun, no year (「繁忙期（2～5月）」「夏季(7月～9月)」): which part of the year is meant
_MONTHS_QUALIFYING = re.compile(r"(?<=[一-龥ァ-ヶー])\s*[（(]\s*\d{1,2}\s*月?\s*[～〜~\-－―]\s*\d{1,2}\s*月\s*[)）]")


def _not_of_the_meeting(record: Record, terms: set[str], header: frozenset[str]) -> bool:
    """Whether the question (``terms``) does not ask about the meeting whose short fields are ``header`` (its date,
    place, attendance): it names no word of the item's titles or field labels (「新しい庁舎はいつ完成する？」), or it
    names a word the item's body prints that neither the fields nor the titles do (「部会の資料で、人口はいつから
    減る？」). 「第3回の部会っていつどこでやった？」 names the meeting and nothing said at it."""
    titles = sentence_terms(" ".join([record.document, record.title, *record.fields]))
    framing = titles | sentence_terms(" ".join(header))
    body = frozenset().union(*(sentence_terms(s) for s in sentences(record.text) if s not in header))
    return not terms & titles or bool((terms & body) - framing)


def _digits(figure: str) -> str:
    """A printed figure's digits alone: 「約 1,604件」 and 「1604件」 are one figure."""
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", figure))


_FIELD_LABEL = re.compile(r"^[^：:。、]{1,15}[：:]")


def _field_of(sentence: str, units: set[str]) -> bool:
    """Whether ``sentence`` is a field whose label names one of ``units`` (「・視察日：…」 of 日)."""
    label = _FIELD_LABEL.match(_BULLET.sub("", sentence.strip()))
    return bool(label and units and any(u in label.group() for u in units))


_ASKED_COUNTER = re.compile(r"(?<=何)\s*([一-龥])")  # 何月, 何日, 何人, 何件
# a number asked for without its unit (what it counts is the item's to say)
_NUMBER_ASKED = re.compile(rf"数値目標|目標値|数値|数字|{HOW_MANY}|\bnumeric(?:al)?\b|\bquantitative\b|\btarget (?:figure|number|value)s?\b")
_RESULT_ASKED = re.compile(r"実際に|実績|結果|達成した|達成され|\bactually\b|\bactual\b|\bachieved\b|\bresulted\b")
# the value as it stands (「今はどのくらいの割合？」 "What is the rate now?") is a realised figure, unless a target is asked
_NOW_ASKED = re.compile(r"今は|今って|今の|いまは|(?<![一-龥])今(?=いくつ|何|どの|どれ|いくら)|現在|現状|これまで|今まで|いままで|\bnow\b|\bcurrently\b|\bcurrent\b|\bat present\b|\bso far\b")
_GOAL_WORDS = r"目標|目指|めざ|見込|\btarget|\baim|\bgoal"  # a goal: what a plan may set for any later year
_TARGET_ASKED = re.compile(rf"{_GOAL_WORDS}|予定|計画|つもり|\bplan")
_REALISED_WORDS = re.compile(r"現状|現在|実績")  # 「15件以上を目指します。(現状値:5件)」 prints the value as it stands
# whether a figure the question states was reached (「目標の90%って達成できた？」, "Did Kodaira reach its 90% target?")
_REACHED_ASKED = re.compile(r"達成でき|クリアでき|クリアした|\b(?:did|has|have) (?:\w+ ){0,2}(?:reach|reached|hit|meet|met)\b")
_TARGET_WORDS = re.compile(r"目標|目指|めざ|予定|見込|計画|以上を|以下に|程度を|図る|図り|となるよう|になるよう|ていきます|"
                           r"年度までに[^。]*(?<![たし])(?:する|します|ます)。?$")  # 「令和8年度までに120事業者へ拡大し…ます」


_STATED_FIGURE = re.compile(rf"{NUMBER}\s*({FIGURE_UNIT})")


def _stated_pattern(query: ParsedQuery) -> re.Pattern[str] | None:
    """The figures the question itself states (「50%を達成できた？」 -> 50%), as printed."""
    text = strip_years(query.normalized)  # 「令和3年度」 states a year, not a figure
    stated = list(dict.fromkeys(re.escape(m.group(0).replace(" ", "")) for m in _STATED_FIGURE.finditer(text)))
    return re.compile(rf"(?<![\d,.])(?:{'|'.join(stated)})") if stated else None


def only_targets(query: ParsedQuery, record: Record) -> list[str]:
    """The item's sentences holding the figure asked, when they are all targets (none: it is not so).

    A realised figure is asked (「実際に何％削減された」) and every figure of that unit the item prints
    stands in a sentence about a target or a plan (「20%以上の削減を目指す」); or the question asks whether a
    figure it states was reached (「実際に50%を達成できた？」「目標の90%って達成できた？」) and the item prints that
    figure only as a target."""
    lowered = query.normalized.lower()
    result_asked = bool(_RESULT_ASKED.search(lowered) or (_NOW_ASKED.search(lowered) and not _TARGET_ASKED.search(lowered)))
    if not result_asked and not _REACHED_ASKED.search(lowered):
        return []
    stated = _stated_pattern(query)
    if not result_asked and stated is None:  # 「目標は達成できてるの？」: no figure stated, the current value answers
        return []
    # a count asked without its unit (「事業者は今いくつ？」): a figure in any unit
    figure = _figure_pattern(query) or stated or (_ANY_FIGURE if _NUMBER_ASKED.search(lowered) else None)
    if figure is None:
        return []
    holding = _holding(record, figure)
    # a figure the question states (「実際に50%を達成できた？」) is judged where it stands; a figure it asks for may be
    # the 現状値 beside the target
    realised = _REALISED_WORDS if stated is None else None
    return holding if holding and all(_TARGET_WORDS.search(s) and not (realised and realised.search(s))
                                      and not _result_after_goal(s, figure) for s in holding) else []


_PAST_END = re.compile(r"(?:た|だ)[。.]?\s*$")  # 「…削減となった。」: what was done


def _result_after_goal(sentence: str, figure: re.Pattern[str]) -> bool:
    """A sentence that names a goal as its purpose and then reports what was done, the figure after the goal and
    the sentence in the past: 「事務負担軽減を目指し、…RPAを活用し、1,604件約4時間削減となった。」 (a target
    set, 「20%削減を目標とした。」, prints the figure before the goal word)."""
    text = _nfkc(sentence)
    goals = list(_TARGET_WORDS.finditer(text))
    return bool(goals and _PAST_END.search(text) and figure.search(text[goals[-1].end():]))


def only_results(query: ParsedQuery, record: Record, typed: str | None = None) -> list[str]:
    """The item's sentences holding the figure asked, when a target is asked (「3年後に利用率を何％にする目標？」) and
    none of them, nor the field it is printed under, is about a target or a plan (「令和5年度の利用件数は…申請件数
    の14.2％です」): the target is not printed (none: it is not so). Not of a table of values (its 目標値 is judged
    there), nor when the value as it stands is asked too."""
    lowered = _nfkc(typed) if typed else query.normalized.lower()
    figure = _figure_pattern(query)
    if (figure is None or value_table(record) or asks_when(query) or not re.search(_GOAL_WORDS, lowered)
            or _RESULT_ASKED.search(lowered) or _NOW_ASKED.search(lowered)):
        return []
    # a figure is a target when a target word comes before it in its sentence, or in the lines before it with no
    # sentence ended between (a table's header 「目標値（令和11年度）」 over its cells, a word wrapped 「（目\n標48.0％）」)
    text = re.sub(r"\s+", "", _nfkc(record.text))
    figures = list(figure.finditer(text))
    targets = [m for m in figures if _TARGET_WORDS.search(text[max(0, m.start() - 80):m.end()].rsplit("。", 1)[-1]
                                                          + text[m.end():m.end() + 60].split("。", 1)[0])]
    fields = [(s, key) for key, value in record.fields.items() for s in sentences(value) if figure.search(s)]
    if not (figures or fields) or targets or any(_TARGET_WORDS.search(f"{key} {s}") for s, key in fields):
        return []
    return list(dict.fromkeys([*(s for s in sentences(record.text) if figure.search(s)), *(s for s, _ in fields)]))


def _holding(record: Record, figure: re.Pattern[str]) -> list[str]:
    """The item's sentences (body and fields) that print a figure matching ``figure``, each once."""
    return list(dict.fromkeys(s for t in [record.text, *record.fields.values()] for s in sentences(t)
                              if figure.search(s)))


# 差 alone or as 差額/差分 (「差はどれくらい？」), not inside a word (時差出勤, 格差, 誤差: a chat's topic titles carry them)
_CHANGE_ASKED = re.compile(r"増|減|変化|変わ|比べ|比較|(?<![一-龥])差|差額|差分|伸び|上が|下が|改善|悪化|前年|前の年|\bchange|\bincrease|"
                           r"\bdecrease|\brise|\brose|\bfall|\bfell|\bgr[oe]w|\bdrop|\bcompared|\bmore than|"
                           r"\bless than|\bdifference")
_CHANGE_AFTER = re.compile(r"\s*の?\s*(?:増|減)")  # 「3,807時間の増」, 「10%増加」, 「5件減少」
_FROM_AFTER = re.compile(r"\s*から")  # a value printed with the one it came to: 「112人から287人に増えた」
_CHANGE_BEFORE = re.compile(r"(?:前年度?比|前年度?より|比べて?|比較して)\s*(?:約|で)?\s*$")  # 「前年度比 12%」
_PREVIOUS_BEFORE = re.compile(r"(?:前年度?|昨年度?)\s*(?:は|が|:|：)?\s*(?:約)?\s*$")  # 「（前年度 41.2％）」


def only_changes(query: ParsedQuery, record: Record, typed: str | None = None) -> list[str]:
    """The item's sentences holding the figure asked, when every such figure is a change (none: it is not so).

    An amount is asked (「全部で何時間だった？」, not 「どれくらい増えた？」) and every figure of that unit the item
    prints is a difference from another year (「前年度より3,807時間の増」): the amount itself is not printed.
    ``typed``: the user's own words, when the search text adds a chat's topic titles (read instead of it)."""
    lowered = _nfkc(typed) if typed else query.normalized.lower()
    figure = _figure_pattern(query)
    if figure is None or asks_when(query) or _CHANGE_ASKED.search(lowered):
        return []
    holding = _holding(record, figure)
    changes = all(_CHANGE_AFTER.match(s, m.end()) or _CHANGE_BEFORE.search(s, 0, m.start())
                  for s in holding for m in figure.finditer(s))
    return holding if changes else []


# a change from another year asked for (「前年度と比べてどれくらい増えた？」 "How much more … than the year before?")
_CHANGE_FROM = re.compile(
    r"前年度?(?:比|と比べ|より|から|に比べ)|前の年(?:と比べ|より|から)|昨年度?(?:比|と比べ|より|から)|去年(?:と比べ|より|から)|"
    r"どれ(?:くらい|ぐらい|だけ)(?:増|減|伸|上が|下が)|何(?:円|件|%|人|時間|ポイント)(?:くらい|ぐらい)?(?:増|減|上が|下が)|"
    r"いくら(?:増|減)|\bhow much (?:more|less|higher|lower)\b|\bhow many (?:more|fewer)\b|\bcompared (?:with|to)\b|"
    r"\b(?:increase|decrease|rise|rose|drop|fall|fell|grow|grew)\w* (?:from|over|since)\b|\b(?:up|down) from\b|"
    r"\byear[- ]on[- ]year\b")


def only_totals(query: ParsedQuery, record: Record, typed: str | None = None) -> list[str]:
    """The item's sentences holding the figure asked, when a change from another year is asked (「前年度と比べて
    いくら増えた？」) and the item prints the amount of one year only: no change (「前年度より3,807時間の増」) and
    no values of two years to take one from the other (none: it is not so)."""
    figure = _figure_pattern(query)
    if figure is None or asks_when(query) or not _CHANGE_FROM.search(_nfkc(typed) if typed
                                                                      else query.normalized.lower()):
        return []
    if len({key for key, _ in value_table(record)}) >= 2 or len(year_series(record)) >= 2:
        return []
    holding = _holding(record, figure)
    # a change printed (「前年度より3,807時間の増」), or the year before's value beside the year's (「68.5％（前年度 41.2％）」,
    # 「令和５年度の112人から令和６年度は287人に増えた」)
    changes = any(_CHANGE_AFTER.match(s, m.end()) or _FROM_AFTER.match(s, m.end()) or _CHANGE_BEFORE.search(s, 0, m.start())
                  or _PREVIOUS_BEFORE.search(s, 0, m.start()) for s in holding for m in figure.finditer(s))
    return [] if changes else holding


# a total or an amount actually reached asked (「助成した金額は合計でいくら？」 "how much in total"): a cap printed with
# its figure (「最大50,000円を助成」「1人10万円まで」) says how much one may get, not how much was given
_AMOUNT_ASKED = re.compile(r"合計|総額|総計|累計|全部で|実際に|\bin total\b|\btotal\b|\baltogether\b|\bactually\b")
_CAP_BEFORE = re.compile(r"(?:最大|上限|最高|限度額?)\s*(?:で|は)?\s*$")
_CAP_AFTER = re.compile(r"\s*(?:以内|以下|まで(?!に)|を上限|が上限|を限度)")


def only_caps(query: ParsedQuery, record: Record, typed: str | None = None) -> list[str]:
    """The item's sentences holding the figure asked, when a total or an amount actually reached is asked and every
    such figure the item prints is a cap (「資格取得にかかる費用の最大50,000円を助成する」: none: it is not so)."""
    lowered = _nfkc(typed) if typed else query.normalized.lower()
    figure = _figure_pattern(query)
    if figure is None or asks_when(query) or not _AMOUNT_ASKED.search(lowered):
        return []
    holding = _holding(record, figure)
    caps = all(_CAP_BEFORE.search(s, 0, m.start()) or _CAP_AFTER.match(s, m.end())
               for s in holding for m in figure.finditer(s))
    return holding if caps else []


# a figure printed only as a bound reached: 「経費回収率とも100%を上回っている」「1,000人を超える」「50%未満」
_FLOOR_AFTER = re.compile(r"\s*(?:を|が)?\s*(?:上回|下回|超え|超過|越え|以上|未満|に満たな|に届かな)")
_FLOOR_BEFORE = re.compile(r"(?:最低|少なくとも|最小)\s*(?:で|は)?\s*$")
# a question that asks for a target or a bound itself, which a bound answers (「目標は何%以上？」「100%を超えた？」)
_BOUND_ASKED = re.compile(rf"{_GOAL_WORDS}|上限|下限|基準|上回|下回|超え|越え|以上|以下|未満|以内|\bcap\b|\blimit|"
                          r"\bthreshold|\bmore than\b|\bless than\b|\bover\b|\bunder\b|\bat least\b|\bat most\b|"
                          r"\bexceed|\babove\b|\bbelow\b")


def only_bounds(query: ParsedQuery, record: Record, typed: str | None = None) -> list[str]:
    """The item's sentences holding the figure asked, when a value is asked (「経費回収率は何パーセントでしたか？」) and
    every such figure the item prints is a bound it was found above or below (「経常収支比率、経費回収率とも100%を上回っ
    ている」, 「1,000人を超える」, 「50%未満」): the value itself is not printed. A cap (「最大50,000円を助成」) is the
    answer to how much is given (:func:`only_caps` judges a total asked of one). Not when the question asks a target
    or a bound (a target is printed as one: 「90.0%以上」), nor of a table's values, which its own lead reads (none: it
    is not so)."""
    lowered = _nfkc(typed) if typed else query.normalized.lower()
    figure = _figure_pattern(query)
    if figure is None or asks_when(query) or _BOUND_ASKED.search(lowered) or value_table(record):
        return []
    holding = _holding(record, figure)
    if any(_TARGET_WORDS.search(s) for s in holding):  # 「経常経費の削減率20%以上を目指す」: a target, the answer
        return []
    bounded = all(_FLOOR_BEFORE.search(s, 0, m.start()) or _FLOOR_AFTER.match(s, m.end())
                  for s in holding for m in figure.finditer(s))
    return holding if holding and bounded else []


# a figure per person, household, case … asked (「市民ひとりあたりいくら？」, "per resident"): an item that prints only
# the whole amount does not state it
_PER_ASKED = re.compile(
    r"(?:一|1|ひと)\s*(?:人|り|世帯|件|台|日|回|校|施設)\s*(?:あたり|当たり|当り|につき)|人口\s*(?:あたり|当たり)"
    r"|\bper (?:person|capita|head|resident|citizen|employee|staff|worker|household|user|case|student|school)\b"
    r"|\bper-capita\b|\bfor each (?:person|resident|citizen|employee|household)\b")
_PER_PRINTED = re.compile(r"あたり|当たり|当り|につき|平均|\bper\b", re.I)


def only_whole_amounts(query: ParsedQuery, record: Record) -> list[str]:
    """A figure per person (household, case …) is asked, and the item prints figures of that kind on no such basis
    (nothing per anything, no average in the sentence, the table's title or its headings; a table: no value
    or sentence names one person, household … as its basis): what it does print —
    the sentences holding the figure, or the table's value (none: it is not so)."""
    lowered = query.normalized.lower()
    if not _PER_ASKED.search(lowered) or asks_when(query):
        return []
    if _PER_PRINTED.search(_nfkc(record.title)) or any(_PER_PRINTED.search(_nfkc(k)) for k in record.fields):
        return []
    if value_table(record):  # an indicator named per person in a cell of its own (「1人当たり時間外勤務（時間／月）」)
        if any(_PER_ASKED.search(_nfkc(v)) for v in [record.text, *record.fields.values()]):
            return []
        line = table_lead(query, record, False)
        return [line] if line else []
    figure = _figure_pattern(query) or (_ANY_FIGURE if _QUANTITY.search(lowered) else None)
    holding = _holding(record, figure) if figure is not None else []
    return [] if not holding or any(_PER_PRINTED.search(_nfkc(s)) for s in holding) else holding


_CALENDAR_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")  # 「2060年に」: a target year too far for a fiscal one


_PLANNED = re.compile(r"予算|提案|計画|目標|予定|方針|案")

# a year a figure is compared with (「2020年度比 300,000 円増」「令和2年度と比べ」): not the year the figure is of
# (not 「令和3年度より」, which may say from when)
_BASE_YEAR = re.compile(r"(?:令和|平成|[rh])?\s*(?:\d+|元)\s*年度?\s*(?:比|と比べ|と比較し|に比べ)")


def keyed_to_other_years(query: ParsedQuery, record: Record) -> list[str]:
    """A figure of one year is asked (「2020年の合計特殊出生率は？」), and every sentence of the item that
    holds such a figure names another year (「2019年には1.30」) while the year asked is named nowhere in it:
    the years it does print (none: it is not so). A report's figures that name no year are its own year's."""
    asked = set(query.fiscal_years)
    if not asked or value_table(record) or asks_when(query):
        return []
    series = year_series(record)
    if series and _RESULT_ASKED.search(query.normalized.lower()) and not asked & {y for y, _ in series}:
        # a year's result asked (「R3の実績は？」) of a year-by-year list without that year: its years are what it
        # prints, whatever else names the year asked (a schedule's 「令和3年度: 検討」, a target 「毎年…を目指します」)
        return [str(y) for y in sorted({y for y, _ in series})]
    if not (_QUANTITY.search(query.normalized.lower()) or _figure_pattern(query)):
        return []
    rows = year_rows(record)
    if len(rows) >= 2 and len(asked) == 1 and not asked & set(rows) and not asked & years_named(record):
        # a table keyed by year (「H28 5,710 …」 to 「R2 5,219 …」) asked of one year it has no row for
        return [str(y) for y in sorted(rows)]
    figure = _figure_pattern(query) or _ANY_FIGURE
    # (a year a figure is compared with, 「2020年度比 300,000 円増」, is not the year it is of)
    holding = [_BASE_YEAR.sub(" ", _nfkc(s)) for s in sentences(record.text) if figure.search(_nfkc(s))]
    if asked & set(record.fiscal_years):  # a report of the year asked: a day it names (「令和4年4月1日から」) is when
        holding = [_DATE.sub(" ", s) for s in holding]  # something happens, not the year its figures are of
    # (an item that proposes or plans, 「次年度予算に向けた提案」「今後の予算の提案」, prints figures of years to come)
    own = set(record.fiscal_years) if len(record.fiscal_years) == 1 and not _PLANNED.search(record.title) else set()
    topical = _topical(holding, query) if not asked & own else []
    of = figure_years(topical, figure, None) if topical else None
    if of and not asked & of and not any(asked & set(fiscal_years(s)) for s in topical):
        # the sentences about what is asked (「2019年に…犯罪の中で、自転車盗難が全体の約7割」 of 「2020年の自転車盗難の
        # 割合は？」) print it for another year, whatever figures of other things name no year (a one-year report
        # asked of its own year: its figures are that year's, 「令和4年度課税の…1,604件」 of the R3 report)
        return [str(y) for y in sorted(of)]
    unnamed = [s for s in holding if not (fiscal_years(s) or _CALENDAR_YEAR.search(s))]
    if not holding or (unnamed and (not own or asked & own or asked & years_named(record))):
        # figures naming no year are the report's own year's: asked of it, or of no one year's report, or of a
        # year the item names elsewhere (「令和2年度決算書を…作成した。…とも100%を上回っている」), they may be the year's
        return []
    holding = [s for s in holding if s not in unnamed]
    if unnamed and not holding:
        return [str(y) for y in sorted(own)]
    if asked & years_named(record):
        if asked & set(record.fiscal_years):
            return []  # a report's figures are its own year's, whatever year its sentences start from
        # another year than the report's is asked and named, but the figures may be of the report's: 「令和3年度に
        # おいて…合計11人を採用し、…令和4年度は、…日程を移動し」 prints no count of 令和4年度
        of = figure_years(holding, figure, record.fiscal_years[0] if len(record.fiscal_years) == 1 else None)
        return [] if of is None or asked & of else [str(y) for y in sorted(of)]
    printed = {y for s in holding for y in fiscal_years(s)} | {
        int(m.group(1)) for s in holding for m in _CALENDAR_YEAR.finditer(s)} | (own if unnamed else set())
    return [str(y) for y in sorted(printed)]


def _topical(sentences: list[str], query: ParsedQuery, least: int = 2) -> list[str]:
    """Of ``sentences``, those sharing the most of the question's words (years aside), at least ``least``: what
    the question asks about, among an item's sentences about other things too ([] when none shares that many)."""
    asked = sentence_terms(strip_years(query.normalized))
    shared = [len(sentence_terms(s) & asked) for s in sentences]
    most = max(shared, default=0)
    return [s for s, n in zip(sentences, shared, strict=True) if n == most] if most >= least else []


def figure_years(sentences: list[str], figure: re.Pattern[str], year: int | None) -> set[int] | None:
    """The years the ``figure``s of these (normalised) sentences of a text of fiscal ``year`` are of: each the year
    named last before it in its sentence (「令和3年度は…12.8日となり、前年度平均の11.8日より」: 12.8日 is
    令和3年度's, 11.8日 令和2年度's), else any its sentence names; None when one names none."""
    years: set[int] = set()
    for sentence in sentences:
        spans = year_spans(sentence)
        for start, end, offset in relative_year_spans(sentence):
            before = [y for _, e, y in spans if e <= start]
            base = before[-1] if before else year
            if base is not None:
                spans.append((start, end, base + offset))
        if not spans:
            return None
        spans.sort()
        for m in figure.finditer(sentence):
            before = [y for _, end, y in spans if end <= m.start()]
            years |= {before[-1]} if before else {y for _, _, y in spans}
    return years


def _first_line(query: ParsedQuery, best: Evidence, parts: list[str], query_terms: set[str], wants_number: bool,
                english: bool) -> str | None:
    """What was asked, stated first: the figure (or why it is not printed) or the date."""
    record = best.record
    figure = _figure_pattern(query)
    ordinals = {sentence: n for n, sentence in enumerate(sentences(record.text))}
    # the most relevant quoted sentence first: shared words, then closeness in meaning
    parts = sorted(parts, key=lambda p: (-len(sentence_terms(p) & query_terms),
                                         -best.sentence_scores.get(ordinals.get(p, -1), 0.0)))
    if asks_when(query) and not (value_table(record) and wants_number):
        # (a progress table's values answer a when question only when it asks a figure too)
        return when_lead(query, record, parts, query_terms, english, bool(_UNTIL_ASKED.search(query.normalized.lower())),
                         best.legend)
    if wants_number or figure is not None:
        if value_table(record):
            return table_lead(query, record, english)
        return (column_lead(query, record, query_terms, english) or series_lead(query, record, english)
                or figure_lead(parts, figure or _ANY_FIGURE, record, query_terms, english, asks_rate(query),
                               bool(_CHANGE_FROM.search(query.normalized.lower()))))
    # 「令和8年度はどこまで進む予定？」 of an item with a schedule: that year's step
    return schedule_lead(query, record, query_terms, english, until=False, when=False, legend=best.legend)


# any number with a unit, but not a date: 「2012年」「令和3年」「9月」 are when, not how much (「4年間」 is a figure)
# (nor a date's day, 「4月1日」, nor an item's number, 「取組項目23 財政指標…」「指標No.5」)
_ANY_FIGURE = re.compile(rf"(?<!令和)(?<!平成)(?<!昭和)(?<![\d,.])(?<!月)(?<!月 )(?<!項目)(?<!項目 )(?<!no\.)(?<!no\. )"
                         rf"(?<!No\.)(?<!No\. )(?!\d+\s*(?:年(?!間)|月))"
                         rf"(?:{NUMBER}\s*(?!歳){FIGURE_UNIT}{_NOT_A_BASIS}|\d+\.\d+(?![\d.]))")  # a rate printed bare: 「1.30」
# (an age, 「30-34歳」「20歳代」, names a group of people, not an amount: asked only as 何歳)


def _mentions_on_topic(result: SearchResult, cities: list[str]) -> bool:
    """A city outside the corpus is named as a place the best item speaks of (「世田谷区に回した」), not as the
    subject: the item mentions it and shares a word of the question besides it (a reference table that lists
    調布市 does not answer 「調布市のペーパーレスは？」)."""
    best = result.evidence[0]
    if not any(city in best.record.text for city in cities):
        return False
    named = {t for city in cities for t in (city, city_stem(city), *tokenize(city))}
    return bool((set(best.matched_terms) & set(result.query_terms)) - named)


def _year_unspoken(result: SearchResult, answering: list[Evidence], years_inherited: bool) -> set[int]:
    """The fiscal years the user asks (none when the chat supplied them or the search was of cited items) when
    none of the answering items speaks of them; else none. A chat's facet of the items it cited is asked of them,
    with the topic's year for choosing sentences: not a year to check; nor is the topic's year when another city
    is asked of it (「府中市は？」 of an FY2021 topic, and 府中市 reports FY2020)."""
    asked = set(result.query.fiscal_years)
    if result.scoped or years_inherited or any(asked & record_years(e.record) for e in answering):
        return set()
    return asked


# a result of a year: what was done, reached or judged then (「R3年度の評価はどうなった？」 "What were the results in 2021?")
_RESULT_OF_YEAR = re.compile(r"実績|結果|評価|成果|どうなった|どうだった|達成|進捗|\bresults?\b|\bachiev|\bprogress\b|"
                             r"\boutcomes?\b|\bactual")


_GOAL_ASKED = re.compile(_GOAL_WORDS)  # 「R6までにどこまで持っていく目標？」


def result_after_documents(result: SearchResult, answering: list[Evidence], years_inherited: bool) -> list[int]:
    """The fiscal years of the answering items' documents, when the user asks for a result of a later year: a
    report on 令和2年度 cannot hold 令和3年度's results, whatever it plans for that year (none: it is not so, or
    the user's words ask for a goal)."""
    asked = set(result.query.fiscal_years)
    items = answering or result.evidence[:1]
    own = (result.typed or result.query.normalized).lower()  # a chat's 「それ、R6までの目標は？」 of a 進捗率
    if not asked or years_inherited or not items or not _RESULT_OF_YEAR.search(own) or _GOAL_ASKED.search(own):
        return []
    years = {y for e in items for y in e.record.fiscal_years}
    if not all(e.record.fiscal_years for e in items) or max(years) >= min(asked):
        return []
    return sorted(years)


def _of_asked_year(result: SearchResult, answering: list[Evidence], settings: AnswerSettings,
                   years_inherited: bool) -> list[Evidence]:
    """The items that answer, or, when none speaks of the fiscal year the question asks and a close item that does
    is at least as close in meaning as the best (ranked below it only by keywords), that item (「令和元年度は
    いくら？」: the program whose list prints 令和元年度 answers, not the chapter on the plan's own years)."""
    asked = _year_unspoken(result, answering, years_inherited)
    if not asked:
        return answering
    best = _closeness(result.evidence[0])
    of_year = next((e for e in result.evidence[1:settings.max_items]
                    if asked & record_years(e.record) and _closeness(e) >= best), None)
    return [of_year] if of_year else answering


def _kind_rule(query: ParsedQuery, best: Evidence, others: list[Evidence]) -> list[tuple[Evidence, list[str]]]:
    """The figure or date an item does not print, stated for every unit of its kind by another item of its
    document: a sentence that names the kind without a number (「検討プログラムの検討期間は令和 4 年度末までとし」
    answers 「その検討っていつまで？」 of 検討プログラム㉑). That item and sentence, or none."""
    figure = _figure_pattern(query)
    kinds = {ref.kind for ref in label_refs(best.record.label)}
    if figure is None or not kinds:
        return []
    when = asks_when(query)
    for e in others:
        if e.record.source_file != best.record.source_file or kinds & {ref.kind for ref in label_refs(e.record.label)}:
            continue
        for sentence in sentences(e.record.text):
            text = _nfkc(sentence)
            # (the kind named, not units of it counted: 「「完了」は２取組、…全体の７５％が…」 states nothing of each)
            # (…as what the sentence speaks of, 「検討プログラムの検討期間は」, not a word of its verb's object,
            # 「…と連携して取組を進めます」)
            # (and, for a date, its period: 「各取組の進捗状況を点検する」 dates nothing of each)
            said = r"の[^。、]{0,8}?(?:期間|期限|時期|日程|スケジュール)" if when else r"(?:の|は|ごと|全体)"
            named = [kind for kind in kinds if re.search(rf"(?<![\d０-９])(?<!つの){re.escape(kind)}{said}", text)]
            states = date_lead([text], False) if when else figure.search(text)  # a date, not 「2 年間」
            if named and states and not any(ref.kind in named for ref in find_refs(text)):
                return [(e, [sentence])]
    return []


def _abstain_reason(result: SearchResult, corpus_cities: set[str], settings: AnswerSettings,
                    answering: list[Evidence], years_inherited: bool = False) -> str | None:
    query, evidence = result.query, result.evidence
    if not evidence:
        return "no_match"
    if query.cities and not set(query.cities) & corpus_cities and not _mentions_on_topic(result, query.cities):
        return "city_not_in_corpus"
    if result.missing:
        first = result.missing[0]
        if first.kind == MissingKind.ORDINAL:
            return "meeting_not_in_corpus" if first.asked.endswith("回") else "edition_not_in_corpus"
        return f"{first.kind.value}_not_in_corpus"
    best = evidence[0]
    if "no_status" in best.record.flags and _STATUS_WORDS.search(query.normalized.lower()):
        return "status_missing"
    if _year_unspoken(result, answering, years_inherited):  # one the answering items speak of, not any item found
        return "year_not_in_corpus"
    if result_after_documents(result, answering, years_inherited):
        return "result_after_documents"
    if result.referenced or result.listed or result.scoped:  # the question names units the corpus has
        return None
    dense = max(_closeness(e) for e in evidence[:3])  # its closest passage or sentence
    support = result.support()
    if dense < settings.abstain_below or (support < settings.min_support and dense < settings.abstain_unsupported_below):
        return "weak_match"
    return None


_REASONS_JA = {
    "no_match": "資料の中に、この質問に関係する記載が見つかりませんでした。",
    "city_not_in_corpus": "ご質問の自治体（{cities}）の資料は収録されていません。収録している自治体: {corpus}。",
    "status_missing": "{label}『{title}』の取組状況は、この資料（抽出テキスト）に記載がありません。",
    "year_not_in_corpus": "ご質問の年度（{years}）についての記載は資料に見つかりませんでした。",
    "result_after_documents": "ご質問の年度（{years}）の実績・結果は資料にありません（資料は{document_years}のものです）。",
    "weak_match": "資料の中に、この質問に直接答える記載は見つかりませんでした。",
    "no_others": "これまでにお示しした記載のほかに、この話題に答える記載は資料に見つかりませんでした。",
    "no_figure": "ご質問の数値は資料に記載されていません。",
    "no_date": "ご質問の時期（日付）は資料に記載されていません。",
    "figure_of_other_years": "ご質問の年の数値は資料に記載されていません（資料にあるのは{printed}年の数値です）。",
    "only_targets": "ご質問の実績の数値は資料に記載されていません（資料にあるのは目標・計画の数値です）。",
    "only_results": "ご質問の目標の数値は資料に記載されていません（資料にあるのは実績・現状の数値です）。",
    "only_changes": "ご質問の数値そのものは資料に記載されていません（資料にあるのは前の年などとの増減です）。",
    "only_totals": "ご質問の増減は資料に記載されていません（資料にあるのはその年の数値だけです）。",
    "only_whole_amounts": "ご質問の「1人あたり」などの数値は資料に記載されていません（資料にあるのは全体の数値です）。",
    "only_caps": "ご質問の合計・実績の数値は資料に記載されていません（資料にあるのは上限の数値です）。",
    "only_bounds": "ご質問の数値そのものは資料に記載されていません（資料にあるのは「〜を上回る」「〜未満」といった範囲の記載です）。",
    "edition_not_in_corpus": "ご質問の計画（{editions}）の資料は収録されていません。",
    "department_missing": "{label}『{title}』には、担当部署の記載がありません。",
    "org_not_named": "ご質問の事業者・製品などの名前は、資料に記載されていません。",
    "place_not_named": "ご質問の場所（建物・施設など）は、資料に具体的な記載がありません。",
    "hours_not_named": "ご質問の時間（営業時間・開始時刻など）は、資料に記載されていません。",
    "person_not_named": "ご質問の人の名前は、資料に記載されていません。",
    "names_not_named": "ご質問の具体的な名前（事業名・作品名など）は、資料に記載されていません。",
}
# what is missing, and what the documents hold instead
_MISSING_JA = {
    MissingKind.UNIT: "資料に「{asked}」はありません（資料にあるのは{available}です）。",
    MissingKind.ORDINAL: "ご質問の{asked}についての資料は収録されていません（資料にあるのは{available}です）。",
    MissingKind.OFFICE: "資料に「{asked}」という部署は見つかりません（近い項目の担当: {available}）。",
    MissingKind.TERM: "{where}の資料には「{asked}」の記載が見つかりません（記載があるのは{available}の資料です）。",
    MissingKind.PLACE: "資料に「{asked}」の記載はありません（収録している自治体: {where}）。",
    MissingKind.THING: "{where}の資料には「{asked}」についての記載がありません。",
}
_MISSING_EN = {
    MissingKind.UNIT: "The documents have no {asked} (they have {available}).",
    MissingKind.ORDINAL: "The documents do not cover the {asked} (they cover {available}).",
    MissingKind.OFFICE: "The documents mention no office called {asked} (offices of the closest items: {available}).",
    MissingKind.TERM: "The documents of {where} do not mention {asked} (the documents of {available} do).",
    MissingKind.PLACE: "The documents do not mention {asked} (they cover {where}).",
    MissingKind.THING: "The documents of {where} say nothing about {asked}.",
}


# the reasons that say a figure (or date) is not printed as it was asked
_FIGURE_REASONS = frozenset({"no_figure", "figure_of_other_years", "only_targets", "only_results", "only_changes", "only_totals",
                             "only_whole_amounts", "only_caps",
                             "only_bounds"})


def missing_lines(missing: list[Missing], english: bool) -> list[str]:
    templates = _MISSING_EN if english else _MISSING_JA
    lines = []
    things = [m for m in missing if m.kind is MissingKind.THING]
    if len(things) > 1:  # the things a question asks about that no document prints: one line names them all
        asked = ", ".join(m.asked for m in things) if english else "」「".join(m.asked for m in things)
        missing = [m for m in missing if m.kind is not MissingKind.THING]
        missing.append(things[0].model_copy(update={"asked": asked}))
    for m in missing:
        sep = ", " if english else "、"
        line = templates[m.kind].format(asked=m.asked, available=sep.join(m.available) or "\0", where=sep.join(m.where))
        # nothing of that kind nearby: say only what is missing, without the brackets that would list it
        line = re.sub(r"\s*[（(][^（()）]*\0[^（()）]*[)）]", "", line)
        lines.append(line)
    return lines
_REASONS_EN = {
    "no_match": "The documents contain nothing on this question.",
    "city_not_in_corpus": "The documents do not cover {cities}; they cover {corpus}.",
    "status_missing": "The document states no status for {label} ({title}).",
    "year_not_in_corpus": "The documents say nothing about fiscal year {years}.",
    "result_after_documents": "The documents do not report results for fiscal year {years}: they are of {document_years}.",
    "weak_match": "The documents do not answer this question directly.",
    "no_others": "Nothing else in the documents answers this beyond what was already shown.",
    "no_figure": "The documents do not state that figure.",
    "no_date": "The documents do not state when.",
    "figure_of_other_years": "The documents state that figure for {printed} only, not for the year asked.",
    "only_targets": "The documents state no actual figure for this, only a target or a plan.",
    "only_results": "The documents state no target for this, only the actual or current figure.",
    "only_changes": "The documents do not state that figure itself, only how much it changed.",
    "only_totals": "The documents do not state the change, only the figure of one year.",
    "only_whole_amounts": "The documents do not state the figure per person (or per household, case …), only the "
                          "whole amount.",
    "only_caps": "The documents do not state the total or the amount actually reached, only a cap.",
    "only_bounds": "The documents do not state that figure itself, only a bound (more than, less than …).",
    "edition_not_in_corpus": "The documents do not include that plan ({editions}).",
    "department_missing": "The document names no office in charge of {label} ({title}).",
    "org_not_named": "The documents do not name the company, vendor or product asked about.",
    "place_not_named": "The documents do not say where: they name no building, site or facility for it.",
    "hours_not_named": "The documents do not state the hours or the time of day asked about.",
    "person_not_named": "The documents do not name the person asked about.",
    "names_not_named": "The documents do not name the things asked about (which projects, works, facilities …).",
}


def answer_sentence(sentence: str) -> str:
    """The answer adds its own bullet: drop the document's (・, ▽, -) so it is not doubled."""
    return _BULLET.sub("", sentence).strip() or sentence


def citation(e: Evidence, quote: str) -> Citation:
    r = e.record
    return Citation(
        source_file=r.source_file, label=r.label, title=r.title, section=r.section, page=r.page,
        score=round(e.score, 6), quote=quote,
    )


def nearby_citations(composed: ComposedAnswer, settings: AnswerSettings) -> list[Citation]:
    """The 近い項目 as citations (their first sentences as the quote), for the ``ask --json`` contract."""
    return [citation(e, _quote(sentences(e.record.text)[:1], settings.quote_chars)) for e in composed.nearby]


def _quote(parts: list[str], limit: int) -> str:
    text = " ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def compose(result: SearchResult, settings: AnswerSettings, corpus_cities: set[str] | None = None,
            quote_by: str | None = None, years_inherited: bool = False,
            shown: frozenset[str] = frozenset(), replayed: bool = False,
            on_topic: frozenset[str] = frozenset(), own_words: str | None = None,
            unquoted: frozenset[str] = frozenset()) -> ComposedAnswer:
    """``quote_by``: the words that choose the quoted sentences when they are not the searched text (a chat's
    「それって学童も入ってる？」 is searched with the topic's titles, but quoted by its own words).
    ``years_inherited``: the searched text's years come from the conversation, not from the user's words
    (「小平市では？」 after a question about R6): they choose, they do not decline.
    ``shown``: sentences a chat has quoted already (「他には？」): not quoted again.
    ``unquoted``: sentences that answer nothing of this question (a meeting's date and place, asked what was said).
    ``replayed``: the searched text is a chat's topic asked again (「R4は？」「小平市では？」): a figure it asked for only
    in words (「どれくらい収入あった？」) declines nothing, the user's own words asked for none.
    ``own_words``: what the user typed in a replayed turn; when it asks its own question for no figure
    (:func:`wants_no_figure`), the topic's figure is not asked again.
    ``on_topic``: a chat's other city (「何施設？」 then 「狛江は？」): its records that hold the topic's distinctive word.
    The user asks what this city does on the topic: when such a record answers first, a figure it does not print is
    said in the first line, and the items answer."""
    query, evidence = result.query, result.evidence
    english = query.language == "en"
    reasons = _REASONS_EN if english else _REASONS_JA
    corpus_cities = corpus_cities if corpus_cities is not None else {e.record.city for e in evidence}
    answering = _of_asked_year(result, choose_items(result, settings), settings, years_inherited)
    reason = _abstain_reason(result, corpus_cities, settings, answering, years_inherited)
    # a city the question names chose the documents: its words (府中, 市) choose no sentence within them
    city_words = {t for city in query.cities for t in tokenize(city)}
    query_terms = set(tokenize(quote_by or query.search_text)) - city_words
    wants_number = bool(_QUANTITY.search(query.normalized.lower()))
    amounts = bool(_MONEY_NOUN.search((own_words or quote_by or query.normalized).lower()))  # the asker's own words

    items = [] if reason else answering
    chosen_labels = {(e.record.city, e.record.label) for e in items}
    compared = [e for e in result.other_editions if (e.record.city, e.record.label) in chosen_labels]
    if len(query.fiscal_years) >= 2:  # 「R3とR4で何が変わった？」: each named year's edition, side by side
        items = sorted(items + compared, key=lambda e: (e.record.label, min(e.record.fiscal_years, default=0)))
        compared = []

    def quote(e: Evidence, exclude: frozenset[str] = frozenset(), limit: int = settings.max_sentences_per_item
              ) -> list[str]:
        return select_sentences(e, query, query_terms, wants_number, limit, settings.sentence_weight,
                                settings.named_field_bonus, settings.reason_bonus, exclude | shown | unquoted,
                                result.term_weights or None if settings.rare_words_weigh_more else None,
                                limit >= settings.detail_sentences, amounts)

    picked: list[tuple[Evidence, list[str]]] = []
    quoted: frozenset[str] = frozenset()
    # 「どんなものがありますか？一覧で教えてください」 of one item, not of units of a kind: the first item in full
    # (so does 「ほかにどんなものが挙がってる？」 asked in one question: what else the item lists)
    whole = settings.detail_sentences if (query.listing and query.list_prefix is None) or (
        not quote_by and _WHAT_ELSE.search(query.normalized)) else None
    for e in items:
        chosen = quote(e, limit=whole) if whole and not picked else quote(e)
        if quoted & set(chosen):  # the text an earlier item printed too: quoted once, and the item's own besides
            fresh = quote(e, quoted)
            order = {s: i for i, s in enumerate(sentences(e.record.text))}
            chosen = sorted(set(fresh) | (quoted & set(chosen)), key=lambda s: order.get(s, 0))
        if chosen:
            picked.append((e, chosen))
            quoted |= set(chosen)
    if not reason and not picked:
        reason = "no_match"
    def first_answering(candidates: Iterable[Evidence]) -> list[tuple[Evidence, list[str]]]:
        """The first candidate with sentences to quote, and those sentences (none: [])."""
        e = next(iter(candidates), None)
        chosen = e and quote(e)
        return [(e, chosen)] if chosen else []

    # the figure must be about what is asked; a chat's facet (「いつ頃？」) is asked of items known to be on topic
    # (the unit asked, 「何月何日」's 月 and 日, says nothing of what it is asked of: every date has them)
    figure_terms = None if result.scoped else set(result.query_terms) - set(_ASKED_COUNTER.findall(query.normalized))
    figure_asked = not (replayed and own_words and wants_no_figure(own_words))
    if not reason and figure_asked and unstated_figure(query, picked[0][0], figure_terms, settings.figure_line_chars,
                                                       not replayed, not (quote_by or replayed),
                                                       settings.header_field_chars):
        # a chat's 「予算は？」 about the items it cited: the one of them that states it answers; a question
        # of its own: an item nearly as good as the best that states it
        # (a month asked, which fewer items print than a year: any item found on the same subject may date it)
        others = evidence[1:] if result.scoped else [
            e for e in evidence[1:settings.max_items] if (asks_month(query) or nearly_as_good(
                e, evidence[0], set(result.query_terms), settings) or _only_close(e, evidence[0], set(result.query_terms),
                                                                                  settings))
            and _same_subject(e, evidence[0], settings.figure_item_keyword_share)]
        stating = first_answering(e for e in others
                                  if not unstated_figure(query, e, figure_terms, settings.figure_line_chars, not replayed,
                                                         not (quote_by or replayed), settings.header_field_chars))
        rule = [] if stating else _kind_rule(query, picked[0][0], evidence[1:settings.max_items])
        if stating or rule:
            picked = stating or [*rule, *picked]
        else:
            reason = "no_figure"
    kind = None if reason else asked_type(query.text)
    # the name must be in the sentence that answers (a LINE elsewhere in the item names no maker of the AI system)
    # (a person: in a quoted sentence that says the role asked, 記録者：山本宏太 for 「記録係は誰？」)
    if kind is not None and not any(names(kind, chosen if kind is AnswerType.PERSON else quote(e, limit=1), query.text,
                                          (e.record.city, city_stem(e.record.city)))
                                    for e, chosen in picked):
        reason = f"{kind.value}_not_named"  # 「どこの事業者？」 of an item that names none
    printed_years = [] if reason or years_inherited else keyed_to_other_years(query, picked[0][0].record)
    if printed_years:
        reason = "figure_of_other_years"
    targets = [] if reason else only_targets(query, picked[0][0].record)
    if targets:
        reason = "only_targets"
    elif not reason and (targets := only_results(query, picked[0][0].record, result.typed)):
        reason = "only_results"
    elif not reason:
        targets = only_changes(query, picked[0][0].record, result.typed)  # quoted like targets: what it does print
        reason = "only_changes" if targets else None
        if not reason:
            targets = only_totals(query, picked[0][0].record, result.typed)
            reason = "only_totals" if targets else None
        if not reason:
            targets = only_whole_amounts(query, picked[0][0].record)
            reason = "only_whole_amounts" if targets else None
        if not reason:
            targets = only_caps(query, picked[0][0].record, result.typed)
            reason = "only_caps" if targets else None
        if not reason:
            targets = only_bounds(query, picked[0][0].record, result.typed)
            reason = "only_bounds" if targets else None
    if not reason and result.scoped and _DEPARTMENT.search(query.normalized.lower()):
        # a chat's 「担当は？」: the item the chat led with, when it names its office (the words 部, 課 and department
        # match items that name offices in their text, which says nothing of the item meant); else the first
        # cited item that names its office
        led = [e for e in evidence if e.record.id in result.leads[:1] and e.record.departments]
        if led and picked[0][0] is not led[0]:
            picked = first_answering(led) or picked
        if not picked[0][0].record.departments:
            holder = first_answering(e for e in evidence if e.record.departments)
            picked, reason = (holder, None) if holder else (picked, "department_missing")

    unstated = ""  # a figure of the topic this city does not print: said first, then what its items do say
    if reason in _FIGURE_REASONS and picked and picked[0][0].record.id in on_topic:
        unstated = reasons["no_date" if reason == "no_figure" and asks_when(query) else reason].format(
            printed="、".join(printed_years))
        reason = None
    if reason == "weak_match" and shown:  # 「他には？」 that nothing else answers: said as that
        reason = "no_others"
    if reason:
        shown = evidence[: settings.max_items]
        if targets and picked[0][0] not in shown:
            shown = [picked[0][0], *shown[:-1]]
        best = evidence[0].record if evidence else None
        shown_reason = "no_date" if reason == "no_figure" and asks_when(query) else reason  # 「いつまで？」
        message = reasons.get(shown_reason, reasons["weak_match"]).format(
            cities="、".join(query.cities),
            corpus="、".join(sorted({e.record.city for e in evidence})) or "-",
            years="、".join(f"{reiwa(y)}年度（{y}年度）" for y in query.fiscal_years),
            editions="、".join(query.editions),
            label=best.label if best else "",
            title=best.title if best else "",
            printed="、".join(printed_years),
            document_years=format_fiscal_years(result_after_documents(result, answering, years_inherited)),
        )
        lines = missing_lines(result.missing, english) if reason.endswith("_not_in_corpus") and result.missing \
            else [message]
        if targets:  # what the item does print: the target, quoted
            number = shown.index(picked[0][0]) + 1
            lines += [f"・{answer_sentence(s)} [{number}]" for s in targets[:2]]
        if shown:
            lines.append("Closest items in the documents:" if english else "近い項目（参考）:")
            lines += [f"[{i}] {e.record.citation_text()}" for i, e in enumerate(shown, start=1)]
        citations = [citation(e, _quote(sentences(e.record.text)[:2], settings.quote_chars)) for e in shown]
        return ComposedAnswer(answer="\n".join(lines), abstained=True, reason=reason, citations=citations, items=shown)

    listed_total, wanted = len(result.listed), set(result.listed)
    capped = listed_total > sum(1 for e in evidence if e.record.id in wanted)  # retrieval kept max_listed of them
    if english:
        lead = "From the documents (quoted in Japanese, with sources):"
        if capped:
            lead = (f"From the documents (quoted in Japanese, with sources; {len(picked)} of {listed_total} matching "
                    "items: filter by city, document or year to see the rest):")
    elif capped:
        lead = (f"資料に基づく回答です（該当する{listed_total}件のうち{len(picked)}件の記載。"
                "市・資料・年度で絞り込むと残りも確認できます）。")
    else:
        lead = f"資料に基づく回答です（{len(picked)}件の記載）。"
    lines = [lead]
    first = _first_line(query, picked[0][0], picked[0][1], query_terms, wants_number, english)
    if result.edition_year is not None and result.edition_document and picked:
        document = result.edition_document
        lines.insert(0, f"According to the FY{result.edition_year} edition ({document}):" if english
                     else f"{reiwa(result.edition_year)}年度版（{document}）によると:")
    citations = []
    asks_department = bool(_DEPARTMENT.search(query.normalized.lower()))
    line_of: dict[str, int] = {}  # a sentence quoted already: its line, which cites each item that prints it
    for n, (e, parts) in enumerate(picked, start=1):
        lines.append(f"■ [{n}] {e.record.citation_text()}")
        offices = department_lines(e.record) if asks_department and e.record.departments else []
        lines += [f"・{line} [{n}]" for line in offices]
        printed = {_as_field(line) for line in offices}  # 「担当課：…／…」 in the body, printed above as its field
        heading = asked_heading_line(e.record, quote_by or query.normalized, query_terms, english)
        lines += [f"・{line} [{n}]" for line in ([heading] if heading else []) + asked_field_lines(e.record, query_terms)]
        for s in parts:
            if _as_field(s) in printed:
                continue
            if s in line_of:
                lines[line_of[s]] += f"[{n}]"
            else:
                line_of[s] = len(lines)
                lines.append(f"・{answer_sentence(s)} [{n}]")
        citations.append(citation(e, _quote(parts, settings.quote_chars)))
    if compared:  # the same units in the earlier editions, one citation away
        lines.append("Other editions:" if english else "他の年度の版:")
        for e in compared:
            parts = quote(e, limit=1)
            n = len(citations) + 1
            lines.append(f"■ [{n}] {e.record.citation_text()}")
            lines += [f"・{answer_sentence(s)} [{n}]" for s in parts]
            citations.append(citation(e, _quote(parts, settings.quote_chars)))
    if first and not unstated:
        lines.insert(0, f"{first} [1]")
    if unstated:
        lines.insert(0, unstated)
    answering = {e.record.id for e, _ in picked} | {e.record.id for e in compared}
    nearby = [e for e in evidence if e.record.id not in answering][: settings.nearby_items]
    return ComposedAnswer(
        answer="\n".join(lines), abstained=False, citations=citations, items=[e for e, _ in picked], nearby=nearby,
        quoted={e.record.id: parts for e, parts in picked},
    )
