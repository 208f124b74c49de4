"""The answer's first line: the figure or the date that was asked for, as printed.

A figure question gets 「令和3年度末現状値 27.3%（指標No.7 …）」 before the quoted sentences; a "when"
question gets the date as printed with its Western-calendar date, 「令和3年10月（2021年10月）」; a value
printed as a dash gets the statement that it is not printed, the note that says why, and the nearest
printed values. Everything comes from the item's own text or fields: no figure is computed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .jp import FIGURE_UNIT, NUMBER, era_to_western
from .query import ParsedQuery, date_asked_year, fiscal_years
from .schedule import Schedule, Step, asked_step, describe, holds_schedule, schedule
from .tokenize_ja import past_tense, surfaces, tokenize
from .types import Record

_WHEN = re.compile(r"何月|何年度?(?:に(?!な)|から|ごろ|頃)|(?:何|どの)年度(?!分)|時期|日程|\bwhen\b"
                   r"|\b(?:what|which) (?:fiscal )?(?:date|month|year)\b", re.I)
_TARGET = re.compile(r"目標|目指|めざ|target|goal|aim", re.I)
_DIGIT = re.compile(r"\d")
_DATE = re.compile(
    r"(?:(令和|平成)\s*(元|\d{1,2})\s*年(?:度)?\s*(?:(\d{1,2})\s*月)?\s*(?:(\d{1,2})\s*日)?"
    r"|(?<!\d)(20\d{2}|19\d{2})\s*年(?:度)?\s*(?:(\d{1,2})\s*月)?\s*(?:(\d{1,2})\s*日)?)"
)
# a fiscal year with its era abbreviated, as schedules and targets print it: a column key 「R8: 実施」 (a table row's
# cell under R8), a target's year 「全窓口（Ｒ８）」, a step of a schedule 「Ｒ７ 本庁舎 → Ｒ８ 支所」
ERA_KEY = re.compile(r"(?<![A-Za-z0-9])([RrHh])\s*(元|\d{1,2})\s*(?:年度?)?(?:\s*[:：]|(?=\s*[)）→～~]|\s+[^\s\d]))")
_UNIT_IN_TITLE = re.compile(r"[（(]\s*([^）)]{1,6})\s*[）)]\s*$")
_NOTE_MARK = re.compile(r"※\s*(\d+)")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


# 「いつ行けば空いているか前もってわかる方法は？」 asks for a way, not a date: the when is inside a clause that
# says what the way finds out (…か + わかる/知る/調べる + 方法/仕組み/サービス), and so in English ("a way to know when")
_WAY_TO_KNOW_WHEN = re.compile(
    r"(?:いつ|何月|何時)[^。？?]*?か[^。？?]{0,10}?(?:わか|分か|知|調べ|確認)[^。？?]{0,10}?"
    r"(?:方法|仕組み|しくみ|手段|サービス|アプリ|サイト|ツール|やり方)"
    r"|\b(?:way|ways|tool|app|service|method|site|website) to (?:know|find out|check|see|tell) when\b", re.I)


# "When COVID hit, which software did they use?": a clause opening a sentence with when and a subject, closed by a
# comma, says when something happened; it asks no date ("When did it start, and who ran it?" does: a verb follows)
_CLAUSE_OF_TIME = re.compile(r"(?:^|(?<=[.!?]\s))when\s+(?!(?:did|does|do|is|was|were|are|will|would|can|could|should|"
                             r"has|have|had|might|must)\b)[^,?.!]*,", re.I)


def without_time_clauses(text: str) -> str:
    """The text without its English clauses of time ("When COVID hit, …"), which ask no date."""
    return _CLAUSE_OF_TIME.sub(" ", text)


@lru_cache(maxsize=4096)
def _itsu_asked(text: str) -> bool:
    """Whether the text asks いつ (「いつから？」「いつ頃」), a word of its own: not 「いつも」「いつでも」「いつまでも」
    (always, any time), nor the letters of 「くらいついてる」."""
    words = surfaces(text) if "いつ" in text else []
    for i, word in enumerate(words):
        after = "".join(words[i + 1:i + 3])
        if word.startswith("いつ") and not (word == "いつ" and re.match(r"も|でも|までも", after)):
            return True
    return False


# "how many people applied when Komae recruited …", "what did they do when COVID hit": when after another question
# word, followed by no auxiliary and not after and/or/since/by/until, joins a clause of time; it asks no date
_OTHER_QUESTION_WORD = re.compile(r"\b(?:how|what|which|who|whom|whose|where|why)\b", re.I)
_WHEN_JOINING = re.compile(r"(?<!\band )(?<!\bor )(?<!\bsince )(?<!\bby )(?<!\buntil )(?<!\bfrom )(?<!\btill )"
                           r"\bwhen\s+(?!(?:did|does|do|is|was|were|are|will|would|can|could|should|has|have|had|"
                           r"might|must)\b)(?=[a-z])", re.I)


def _without_joining_when(text: str) -> str:
    """The text without a when that joins a clause of time to a question asked with another question word."""
    first = _OTHER_QUESTION_WORD.search(text)
    if first is None:
        return text
    return text[:first.end()] + _WHEN_JOINING.sub("at the time ", text[first.end():])


def asks_when(query: ParsedQuery) -> bool:
    return asks_when_in(query.normalized)


@lru_cache(maxsize=4096)
def asks_when_in(normalized: str) -> bool:
    """:func:`asks_when` of a question's normalized text (asked of one question many times an answer)."""
    text = _without_joining_when(without_time_clauses(normalized))
    return (bool(_WHEN.search(text)) or _itsu_asked(text)) and not _WAY_TO_KNOW_WHEN.search(text)


# 「なんでしょう」「どうしている」 ask no reason; 「なんで」「どうして」 alone do
_WHY = re.compile(r"なぜ|なんで(?!しょ|す)|何で(?!しょ|す)|どうして(?![いおるま])|理由|わけは|背景|要因|原因"
                  r"|(?:何|なに|なん)の(?:ため|目的)|(?:何|なに)を(?:ねら|狙)|ねらい|狙い|目的は|意図"
                  r"|(?:どういう|どんな|どのような)(?:考え|思い|狙い|意図)(?:から|で)"
                  r"|\bwhy\b|\breasons?\b|\bhow come\b|\bpurpose\b|\baim(?:s|ed)?\b", re.I)
# the connectives a Japanese sentence gives a reason or a cause with (a closed class of the grammar)
REASON = re.compile(r"ため|ので|ことから|から、|に伴い|に伴って|により|によって|を受け|背景|理由|要因|原因|ところ|を目的")


def asks_why(query: ParsedQuery) -> bool:
    """A question for a reason or a purpose (何のため, ねらい): its answer is a sentence that gives one (:data:`REASON`)."""
    return bool(_WHY.search(query.normalized))


# a rate or a share (電子決裁率, 割合, "what share"; not 効率 or 能率): its figures are in %, 割 or points
_RATE = re.compile(r"(?<![効能])率|割合|\b(?:rate|ratio|percentage|proportion|share)\b", re.I)
_RATE_COUNTERS = ("%", "％", "割", "ポイント")


def asks_rate(query: ParsedQuery) -> bool:
    return bool(_RATE.search(query.normalized))


def value_table(record: Record) -> list[tuple[str, str]]:
    """(field, value) pairs of a record's year-keyed values: 令和3年度末現状値 → 27.3."""
    return [(k, v) for k, v in record.fields.items()
            if ("値" in k or "実績" in k or "目標" in k) and fiscal_years(unicodedata.normalize("NFKC", k).lower())]


def _unit(record: Record) -> str:
    m = _UNIT_IN_TITLE.search(unicodedata.normalize("NFKC", record.title))
    return m.group(1).strip() if m else ""


def _printed(value: str) -> bool:
    return bool(_DIGIT.search(value.split("※")[0]))


def _pick(query: ParsedQuery, table: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The value asked for: of the year named, else the target when a target is asked, else the latest."""
    if not table:
        return None
    if query.fiscal_years:
        named = [(k, v) for k, v in table
                 if set(query.fiscal_years) & set(fiscal_years(unicodedata.normalize("NFKC", k).lower()))]
        if not named:
            return None  # the table has no value for the year asked
        targets = [kv for kv in named if ("目標" in kv[0]) == bool(_TARGET.search(query.normalized))]
        return (targets or named)[0]
    if _TARGET.search(query.normalized):
        return next(((k, v) for k, v in table if "目標" in k), table[-1])
    results = [(k, v) for k, v in table if "目標" not in k]
    return (results or table)[-1]


def asked_value(query: ParsedQuery, record: Record) -> tuple[str, str] | None:
    """The (field, value) of the record's table of values that the question asks for (see :func:`table_lead`)."""
    return _pick(query, value_table(record))


def _note(record: Record, value: str) -> str | None:
    """The note a value refers to (※3 → the line starting ※3)."""
    m = _NOTE_MARK.search(value)
    if not m:
        return None
    for line in [*record.fields.values(), *record.text.splitlines()]:
        if re.match(rf"\s*※\s*{m.group(1)}(?!\d)", line) and line.strip() != value.strip():
            return line.strip()
    return None


def _with_unit(value: str, unit: str) -> str:
    """「90.0以下」 with unit % -> 「90.0%以下」; a value that carries its unit keeps it."""
    shown = value.split("※")[0].strip()
    if not unit or unit in shown:
        return shown
    m = re.match(r"^([-+]?[\d,.]+)(.*)$", shown)
    return f"{m.group(1)}{unit}{m.group(2)}" if m else shown + unit


def _name(record: Record) -> str:
    return f"{record.label} {record.title}"


def table_lead(query: ParsedQuery, record: Record, english: bool) -> str | None:
    """For a record with a table of values: the value asked for, or the statement that it is not printed."""
    table = value_table(record)
    picked = _pick(query, table)
    if picked is None:
        return None
    key, value = picked
    unit = _unit(record)
    if _printed(value):
        shown = _with_unit(value, unit)
        return (f"{key}: {shown} ({_name(record)})" if english
                else f"{key} {shown}（{_name(record)}）")
    note = _note(record, value)
    nearest = "、".join(f"{k} {_with_unit(v, unit)}" for k, v in table if _printed(v))
    head, says, printed, sep = _UNPRINTED_EN if english else _UNPRINTED_JA
    parts = [head.format(key=key, name=_name(record))]
    parts += [says.format(note=note)] if note else []
    parts += [printed.format(values=nearest)] if nearest else []
    return sep.join(parts)


_UNPRINTED_JA = ("{key}は記載されていません（{name}）。", "注記: {note}", "記載のある値: {values}。", "")
_UNPRINTED_EN = ("{key} is not printed ({name}).", "The note says: {note}", "Printed values: {values}.", " ")


def _western(m: re.Match[str]) -> tuple[int, str | None, str | None]:
    if m.group(1):
        return era_to_western(m.group(1), m.group(2)), m.group(3), m.group(4)
    return int(m.group(5)), m.group(6), m.group(7)


# the end of a period printed after its start: 「2020年6月29日-7月8日」「令和3年4月～令和4年3月」「1月から3月」
_RANGE_END = re.compile(
    r"\s*(?:-|－|–|~|～|〜|から)\s*(?:(令和|平成)\s*(元|\d{1,2})\s*年(?:度)?|((?:19|20)\d{2})\s*年(?:度)?)?"
    r"\s*(?:(\d{1,2})\s*月)?\s*(?:(\d{1,2})\s*日)?")


def _range_end(text: str, start: int, year: int, month: str | None) -> tuple[str, int, str | None, str | None] | None:
    """The end of a period that starts at ``text[:start]``: (as printed, its year, month, day), or None."""
    m = _RANGE_END.match(text, start)
    if m is None or not (m.group(1) or m.group(3) or m.group(4) or m.group(5)):  # a dash before no date
        return None
    if m.group(1):
        end_year = era_to_western(m.group(1), m.group(2))
    elif m.group(3):
        end_year = int(m.group(3))
    else:  # 「令和3年10月～3月」: the next March
        end_year = year + 1 if month and m.group(4) and int(m.group(4)) < int(month) else year
    return m.group(0), end_year, m.group(4), m.group(5)


def _as_western(year: int, month: str | None, day: str | None, fiscal: bool, english: bool) -> str:
    if english:
        if month and 1 <= int(month) <= 12:
            return f"{_MONTHS[int(month) - 1]} {int(day)}, {year}" if day else f"{_MONTHS[int(month) - 1]} {year}"
        return f"FY{year}"
    if fiscal and not month:
        return f"{year}年度"
    return f"{year}年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")


# a value's year before an arrow to another: 「○窓口（Ｒ５）→全窓口（Ｒ８）」 is a target's base, not when it is reached
_BASE_YEAR = re.compile(r"[(（]\s*(?:(?:令和|平成)\s*(?:元|\d{1,2})\s*年度?|[RrHh]\s*(?:元|\d{1,2})(?:\s*年度)?|(?:19|20)\d\d\s*年度?)"
                        r"(?:末|時点)?\s*[)）]\s*[→⇒]")


# a date something is to be done by: 「令和８年度までに６０件」
_BY_DATE = re.compile(r"\s*(?:末|中)?\s*(?:まで|迄)")


# a year in brackets after a figure, 「年間１２，０００時間（Ｒ１０）」: when a target is to be reached, not when anything starts
_FIGURE_YEAR = re.compile(r"(\d[\d,.]*\s*[^\s\d（()）→]{0,4}?)\s*[（(]\s*(?:(?:令和|平成)\s*(?:元|\d{1,2})\s*年度?"
                          r"|[RrHh]\s*(?:元|\d{1,2})(?:\s*年度)?|(?:19|20)\d\d\s*年度?)(?:末|時点)?\s*[)）]")


def _nearest(text: str, matches: list[re.Match[str]], words: set[str]) -> re.Match[str]:
    """Of the dates ``matches`` of one sentence, the one whose clause (up to a comma) holds most of the question's
    words (「委託契約の締結が令和6年12月にずれ込んだため、新しいホームページの公開を令和7年10月に延期した」 asked when
    it is 公開: 令和7年10月); the first when none holds more. A period's end goes with its start."""
    lowered = text.lower()
    asked = [w.lower() for w in words if len(w) >= 2 and not _DATE_WORD.search(w)]
    starts = [m for m in matches if not _RANGE_GLUE.search(text[: m.start()])] or matches
    bounds = [0, *(m.end() for m in re.finditer(r"[、，,。]", lowered)), len(lowered)]

    def held(m: re.Match[str]) -> int:
        left = max(b for b in bounds if b <= m.start())
        right = min(b for b in bounds if b >= m.end())
        return sum(w in lowered[left:right] for w in asked)

    return max(starts, key=held)


_DATE_WORD = re.compile(r"年|月|日|令和|平成|西暦|\d|いつ")  # a question's words of time say nothing of which date
_RANGE_GLUE = re.compile(r"(?:から|より|[-－–~～〜])\s*$")


def date_lead(sentences: list[str], english: bool, asked_year: int | None = None, planned: bool = False,
              until: bool = False, since: int | None = None, figure_years: bool = True,
              words: set[str] | None = None) -> str | None:
    """For a "when" question: the first date printed in the quoted sentences (the whole period when it is one:
    「2020年6月29日-7月8日」), with its Western date when it is printed in an era; with ``asked_year`` (the question
    asks a month of that year: 「2022年の何月から？」), the first date of that year, when one is printed. ``planned``
    (the question asks of what is to come): a target's base year before its arrow is not the date; ``until`` (asked
    until when): a date printed with まで first (「令和５年度末の１８件で、令和８年度までに６０件」: 令和８年度). ``since``:
    no date of an earlier year (a plan's question of what is to come: not the 平成26年度 its fees were last revised in);
    ``figure_years`` False: not a figure's year in brackets (:data:`_FIGURE_YEAR`). ``words`` (the question's): of the
    dates of the sentence chosen, the one nearest them (:func:`_nearest`)."""
    texts = [unicodedata.normalize("NFKC", sentence) for sentence in sentences]
    if planned:
        texts = [_BASE_YEAR.sub("→", text) for text in texts]
    if not figure_years:
        texts = [_FIGURE_YEAR.sub(r"\1", text) for text in texts]
    found = [(text, m) for text in texts for m in _DATE.finditer(text) if since is None or _western(m)[0] >= since]
    bounds = [(text, m) for text, m in found if _BY_DATE.match(text, m.end())] if until else []
    chosen = next(((text, m) for text, m in found if _western(m)[0] == asked_year),
                  bounds[0] if bounds else found[0] if found else None)
    if chosen is not None and words and not bounds and _western(chosen[1])[0] != asked_year:
        text = chosen[0]
        chosen = (text, _nearest(text, [m for t, m in found if t is text], words))
    if chosen is not None:
        text, m = chosen
        year, month, day = _western(m)
        fiscal = "年度" in m.group(0)
        western = _as_western(year, month, day, fiscal, english)
        printed = m.group(0)
        end = _range_end(text, m.end(), year, month)
        if end is not None:
            end_printed, end_year, end_month, end_day = end
            printed += end_printed
            western += (" – " if english else "～") + _as_western(end_year, end_month,
                                                               end_day, fiscal, english)
        printed = re.sub(r"\s+", "", printed)
        era = bool(m.group(1)) or (end is not None and bool(re.search(r"令和|平成", end[0])))
        if english:
            return f"When: {printed} ({western})"
        return f"時期: {printed}（{western}）" if era else f"時期: {printed}"
    keyed = next((m for text in texts for m in ERA_KEY.finditer(text)
                  if since is None or _key_year(m) >= since), None)
    if keyed is not None:
        year = _key_year(keyed)
        printed = f"{keyed.group(1).upper()}{keyed.group(2)}"
        return f"When: {printed} (FY{year})" if english else f"時期: {printed}（{year}年度）"
    return None


# asked from when: a start (「いつから使える？」「何年度から受けられる？」 "from which year", "when will … start")
_FROM_ASKED = re.compile(r"いつから|何年度?から|何月から|始ま|開始|スタート|ようにな|\bstart|\bbegin|\blaunch|\broll(?:ing)? out"
                         r"|\bintroduc|\bbe able to\b|\bfrom (?:when|which)", re.I)


_PAST_EN = re.compile(r"\b(?:did|was|were|had)\b", re.I)


def asked_clause(text: str) -> str:
    """The clause a Japanese question asks with, its last (「…見直されると聞きましたが、新しい料金になるのはいつから
    ですか？」 -> 「新しい料金になるのはいつからですか」); an English question whole."""
    return re.split(r"[、,，。]", text.rstrip("？?。!！ "))[-1]


def asks_past(query: ParsedQuery) -> bool:
    """A question about what was done, or has stayed so till now (「いつから始めたの？」「いつから変わっていないの？」
    "When did … start"), in the clause it asks with: a past event, which no plan's schedule dates."""
    if query.language == "en":
        return bool(_PAST_EN.search(query.normalized))
    return past_tense(asked_clause(query.normalized))


def asks_start(query: ParsedQuery) -> bool:
    """A question for when something starts, still to come (「いつから使えるの？」 "When will … start"), not when it
    started (:func:`asks_past`)."""
    return bool(_FROM_ASKED.search(query.normalized)) and not asks_past(query)


def schedule_lead(query: ParsedQuery, record: Record, query_terms: set[str], english: bool, until: bool,
                  when: bool = True, fallback: int = 2, legend: dict[str, str] | None = None) -> str | None:
    """For a "when" question (``when``) on an item that prints a schedule (:mod:`assistant.schedule`): the step
    asked (:func:`~assistant.schedule.asked_step`, ``fallback`` saying how far to go when the question names none),
    with its year as printed and in the Western calendar, and the whole schedule; for a question that names a fiscal
    year (「令和8年度はどこまで進む？」, not ``when``), that year's step. None: no schedule, or no step asked."""
    found = schedule(record, legend)
    if found is None or (not when and not query.fiscal_years):
        return None
    # the item's own words (手続 of 行政手続のオンライン化) say what it is, not which of its steps is asked
    words = query_terms - set(tokenize(record.title))
    step = asked_step(found, query.fiscal_years, words, tokenize, until, fallback)
    if step is None:
        return None
    return describe(found, step, english, "When" if english and when else "Planned" if english else
                    "時期" if when else "予定")


def _key_year(m: re.Match[str]) -> int:
    return era_to_western("令和" if m.group(1).lower() == "r" else "平成", m.group(2))


# a question of what is planned (「いつから新しい料金になる予定？」), not of since when something is (「いつからある制度？」)
_PLANNED = re.compile(r"予定|見込|見通し|今後|これから|\bwill\b|\bgoing to\b|\bplann?(?:ed|ing)?\b|\bexpected\b")


def when_lead(query: ParsedQuery, record: Record, parts: list[str], query_terms: set[str], english: bool,
              until: bool, legend: dict[str, str] | None = None) -> str | None:
    """For a "when" question: the date as printed, or the step of the item's schedule asked (``parts``: the quoted
    sentences, most relevant first; ``until``: asked until when).

    An item without a schedule: the date its sentences print (:func:`date_lead`). With one: asked until when, or
    about what was done or has stayed so (:func:`asks_past`), the date the sentences print, else the schedule's (a
    deadline is printed with what it bounds, a target's 「全１４校区（Ｒ１０）」; a past fact is no step of a plan).
    Asked of what is to come: a step the question names (its year, or a word of its stage) unless a sentence with
    a date of the item's period shares more of the question's words (a progress sheet's 「公開を令和7年10月に延期した」
    over its plan's 「令和7年度: 公開」); else that sentence's date; else, asked from when, the step that starts
    something; else any date printed (a target's year too); else the schedule's first step. ``legend``: the marks
    its document explains (a schedule of ○ and ●)."""
    found = schedule(record, legend)
    asked_year = date_asked_year(query.normalized)
    past = asks_past(query)
    if found is None:  # a plan asked what is planned: a date of its period first (not 「平成28年度の改定から据え置かれ」)
        since = min(record.fiscal_years) if _PLANNED.search(query.normalized) and not past \
            and len(record.fiscal_years) > 1 else None
        return date_lead(parts, english, asked_year, planned=not past, until=until, since=since, words=query_terms) \
            or date_lead(parts, english, asked_year, planned=not past, until=until, words=query_terms)
    sentences = [p for p in parts if not holds_schedule(p)]  # a schedule's years are its steps
    if until or past:
        return date_lead(sentences, english, asked_year, planned=not past, until=until, words=query_terms) or \
            schedule_lead(query, record, query_terms, english, until, legend=legend)
    since = min(record.fiscal_years, default=None)
    with_date = [p for p in sentences if date_lead([p], english, asked_year, True, since=since, figure_years=False)]
    prose = date_lead(with_date[:1], english, asked_year, True, since=since, figure_years=False, words=query_terms)
    shared = len(set(tokenize(with_date[0])) & query_terms) if with_date else 0
    words = query_terms - set(tokenize(record.title))  # the item's own words say what it is, not which step
    named = asked_step(found, query.fiscal_years, words, tokenize, until, fallback=0)
    if named is not None and (query.fiscal_years or len(
            {w for w in tokenize(f"{named.stage} {named.meaning}") if len(w) >= 2} & words) >= shared):
        return _described(found, named, english)
    if prose:
        return prose
    step = asked_step(found, query.fiscal_years, set(), tokenize, until, fallback=1 if asks_start(query) else 0)
    if step is not None:
        return _described(found, step, english)
    return date_lead(sentences, english, asked_year, planned=True, words=query_terms) or _described(
        found, asked_step(found, query.fiscal_years, set(), tokenize, until), english)


def _described(found: Schedule, step: Step, english: bool) -> str:
    return describe(found, step, english, "When" if english else "時期")


_SERIES = re.compile(  # 「令和2年度:約5,600万円」, or 「（令和5年度 8,460万円）」 (a fiscal year, spaced from its value)
    rf"(?:(令和|平成)\s*(元|\d{{1,2}})|(?<!\d)((?:19|20)\d\d))\s*(?:年度?\s*[:：]\s*|年度\s+)"
    rf"((?:約|およそ|概ね)?\s*{NUMBER}\s*{FIGURE_UNIT})"
)
_LATEST = re.compile(r"直近|最新|最近|現在|いま|今|\blatest\b|\bmost recent\b|\brecent(?:ly)?\b|\bcurrent(?:ly)?\b|"
                     r"\bnow\b", re.I)


def year_series(record: Record) -> list[tuple[int, str]]:
    """A year-by-year list printed in prose, 「・令和元年度:約 6,400 万円 ・令和2年度:約 5,600 万円」:
    (fiscal year, 「令和2年度:約5,600万円」 as printed), in the order printed."""
    out: list[tuple[int, str]] = []
    for text in [record.text, *(v for k, v in record.fields.items() if v not in record.text)]:
        for m in _SERIES.finditer(unicodedata.normalize("NFKC", text)):
            era, number, western, value = m.groups()
            year = era_to_western(era, number) if era else int(western)
            shown = re.sub(r"\s+", "", m.group(0))
            if (year, shown) not in out:
                out.append((year, shown))
    return out


# a table's row keyed by a year, its values bare under a header line (「H28 5,710 6,228」「令和2年度 12.3 45」)
_YEAR_ROW = re.compile(r"^\s*(?:(令和|平成|[RH])\s*(元|\d{1,2})|((?:19|20)\d\d))\s*(?:年度?)?\s*[:：]?\s+"
                       r"(?:[△▲-]?\d[\d,.]*\s*[%％]?\s*){1,12}$")
_ERA_LETTER = {"R": "令和", "H": "平成"}


def year_rows(record: Record) -> list[int]:
    """The years a table of the item keys its rows by (「H28 5,710 6,228」 … 「R2 5,219 5,986」), in order."""
    return list(_year_rows(record.text))


@lru_cache(maxsize=20_000)
def _year_rows(text: str) -> tuple[int, ...]:
    """:func:`year_rows` of a record's text; cached (asked of the same records question after question)."""
    years: list[int] = []
    for line in unicodedata.normalize("NFKC", text).splitlines():
        m = _YEAR_ROW.match(line)
        if m:
            era, number, western = m.group(1), m.group(2), m.group(3)
            year = era_to_western(_ERA_LETTER.get(era, era), number) if era else int(western)
            if year not in years:
                years.append(year)
    return tuple(years)


_CELL_VALUE = re.compile(r"[約△▲-]?\d[\d,.]*\s*(?:%|％)?|[―—–-]+")


class ColumnCell(NamedTuple):
    header: str  # as printed: 「目標値（令和８年度）」
    years: tuple[int, ...]
    value: str


def year_columns(record: Record) -> list[tuple[str, list[ColumnCell]]]:
    """A table whose columns are years, its header line ending in two or more cells that name one (「指標名（単位）
    令和４年度 令和５年度 令和６年度 目標値（令和８年度）」) and each row under it in as many bare values after its
    label (「（成果）利用者の満足度（％） 91.2 93.5 95.0 95.0」): (row label, its cells under their headers), in the
    order printed. Cells are split at spaces, so a header cell that holds a space is no column."""
    return list(_year_columns(record.text))


@lru_cache(maxsize=20_000)
def _year_columns(text: str) -> tuple[tuple[str, list[ColumnCell]], ...]:
    rows: list[tuple[str, list[ColumnCell]]] = []
    header: list[tuple[str, tuple[int, ...]]] = []
    for line in text.splitlines():
        cells = line.split()
        if len(cells) >= 3 and header and all(_CELL_VALUE.fullmatch(unicodedata.normalize("NFKC", c))
                                              for c in cells[-len(header):]) and len(cells) > len(header):
            label = " ".join(cells[:-len(header)])
            if not _CELL_VALUE.fullmatch(unicodedata.normalize("NFKC", label)):
                rows.append((label, [ColumnCell(h, years, v) for (h, years), v in zip(header, cells[-len(header):],
                                                                                        strict=True)]))
                continue
        header = []
        run: list[tuple[str, tuple[int, ...]]] = []
        for cell in reversed(cells):
            years = tuple(fiscal_years(unicodedata.normalize("NFKC", cell).lower()))
            if len(years) != 1:
                break
            run.insert(0, (cell, years))
        if len(run) >= 2 and len(run) < len(cells):
            header = run
    return tuple(rows)


def column_lead(query: ParsedQuery, record: Record, query_terms: set[str], english: bool) -> str | None:
    """For a figure question naming a year (or a target) on an item with a table of year columns: the value in
    the column of that year (the target's, when a target is asked) of the row whose label shares the most words
    with the question, 「目標値（令和８年度） 95.0（（成果）利用者の満足度（％）、2-1-02 産後ケア事業）」. None when no row
    shares a word, or the cell prints no figure (the figure checks say so)."""
    target = bool(_TARGET.search(query.normalized))
    if not query.fiscal_years and not target:
        return None
    best: tuple[int, str, ColumnCell] | None = None
    for label, cells in year_columns(record):
        shared = len(set(tokenize(label)) & query_terms)
        if not shared or (best is not None and shared <= best[0]):
            continue
        chosen = [c for c in cells if set(c.years) & set(query.fiscal_years)] if query.fiscal_years else cells
        chosen = [c for c in chosen if ("目標" in c.header) == target] or (chosen if query.fiscal_years else [])
        if chosen:
            best = (shared, label, chosen[0])
    if best is None or not _DIGIT.search(best[2].value):
        return None
    _, label, cell = best
    return (f"{cell.header}: {cell.value} ({label}, {_name(record)})" if english
            else f"{cell.header} {cell.value}（{label}、{_name(record)}）")


def series_lead(query: ParsedQuery, record: Record, english: bool) -> str | None:
    """For a figure question on an item that prints a year-by-year list: the value of the year asked, or the
    latest year's when the question asks for the latest (「直近どれくらい？」) and not for a target."""
    series = year_series(record)
    if not series:
        return None
    if query.fiscal_years:
        picked = [shown for year, shown in series if year in query.fiscal_years]
    elif len(series) >= 2 and _LATEST.search(query.normalized) and not _TARGET.search(query.normalized):
        latest = max(year for year, _ in series)
        picked = [shown for year, shown in series if year == latest]
    else:
        return None
    if not picked:
        return None
    shown = "、".join(picked)
    return f"Figure: {shown} ({_name(record)})" if english else f"{shown}（{_name(record)}）"


_TOTAL = ("合計", "計")


class _Figure(NamedTuple):
    preferred: bool  # counted in a word of the question
    total: bool  # 「合計11人」
    bare: bool  # no 約, 合計, 以上 … around it: may be a part of a total
    counter: str
    shown: str


# a figure printed as a bound with a verb: 「100%を上回っている」「基準を下回った」「目標を超える」 (shown: を上回る)
# (affirmed only: 「…を超えることはない」「上回らず」 state no bound)
_BOUND = re.compile(r"\s*を\s*(上回(?=[っるり])|下回(?=[っるり])|超え(?=[るたて]))(?!ることは|ることも)")


def _from_to(text: str, figure: re.Pattern[str], found: list[_Figure]) -> list[_Figure]:
    """The figures with a value followed by 「から」 and the next of its counter shown as one: 「112人→287人」."""
    ends = [m.end() for m in figure.finditer(text)]
    if len(ends) != len(found):
        return found
    out: list[_Figure] = []
    skip = -1
    for n, f in enumerate(found):
        if n == skip:
            continue
        after = n + 1
        if after < len(found) and found[after].counter == f.counter and re.match(r"\s*から", text[ends[n]:]):
            nxt = found[after]
            out.append(f._replace(preferred=f.preferred or nxt.preferred, shown=f"{f.shown}→{nxt.shown}"))
            skip = after
        else:
            out.append(f)
    return out


def figure_lead(sentences: list[str], figure: re.Pattern[str], record: Record, query_terms: set[str],
                english: bool, rate: bool = False, change: bool = False) -> str | None:
    """For a figure question on prose: the figures of the most relevant sentence (given first) that has one,
    with 約 / 程度 / a range as printed; those counted in a word of the question (枠, 件 …) preferred, and
    for a ``rate`` those in %, 割 or points (「4年間で電子決裁率90%以上を目指します。(現在:62.3%)」 -> 90%以上、62.3%,
    not 4年間); for a ``change`` asked, a value and the one it came from, 「112人→287人」. A total
    stands for the bare figures of its counter printed before it, its parts (「一般事務5人、…保健師2人の合計11人」:
    合計11人; 「1施設以上」 is no part of 「合計46施設」)."""
    for sentence in sentences:
        text = unicodedata.normalize("NFKC", sentence)
        found: list[_Figure] = []
        for m in figure.finditer(text):
            prefix = re.search(r"(約|およそ|概ね|最大|最小|年間|合計|計)\s*$", text[: m.start()])
            tail = re.match(r"\s*(程度|以上|以下|未満|超|前後|増|減|[〜~～-]\s*\d[\d,.]*\s*\S?)", text[m.end():])
            bound = None if tail else _BOUND.match(text[m.end():])  # 「100%を上回っている」: a bound, not the value
            counter = re.sub(rf"^{NUMBER}\s*", "", m.group(0))
            shown = re.sub(r"\s+", "", (prefix.group(1) if prefix else "") + m.group(0) + (tail.group(0) if tail else ""))
            if bound:
                shown += f"を{bound.group(1)}る"
            found.append(_Figure(
                bool(counter) and (any(counter.startswith(t) or t.startswith(counter) for t in query_terms if t)
                                   or (rate and counter.startswith(_RATE_COUNTERS))),
                bool(prefix) and prefix.group(1) in _TOTAL, not prefix and not tail and not bound, counter, shown))
        # the bare figures a total follows in the same counter are its parts: the total stands for them
        totals = [(n, f.counter) for n, f in enumerate(found) if f.total]
        found = [f for n, f in enumerate(found) if not (f.bare and any(n < t and f.counter == c for t, c in totals))]
        if change:  # a change asked, a value printed with the one it came from (「112人から287人に増えた」): both
            found = _from_to(text, figure, found)
        if found:
            asked = [f.shown for f in found if f.preferred]
            shown = "、".join(dict.fromkeys(asked[:3])) if asked else found[0].shown
            return f"Figure: {shown} ({_name(record)})" if english else f"{shown}（{_name(record)}）"
    return None


__all__ = ["asked_clause", "asked_value", "asks_past", "asks_rate", "asks_start", "asks_when", "date_lead", "figure_lead",
           "schedule_lead", "series_lead", "table_lead", "value_table", "when_lead", "year_series"]
