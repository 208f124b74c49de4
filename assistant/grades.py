"""Items listed by the grade a progress report gives them: 「評価がＤだったのはどの取組？」「Ｃ評価の取組は？」
"Which items were rated C?".

Progress reports grade each item in a field of their own (「評価 Ｂ」「達成状況：Ｄ」「【評価】Ａ 順調に進んでいる」
「評価(R6): A」, or ◎○△×). The field names are data (the ``grade`` row of ``data/table_headers.tsv``); a grade is a
letter A–E or one of ◎○△×, printed right after the field's name. A question naming a grade with a grade word, or
an English one "rated/graded C", asks for the items so graded, whichever of the grade fields the document uses.
A field may print a status instead (「進捗状況: 遅れ」; the statuses are the ``grade_status`` row): a question naming
one of those the documents print, asking which items (「遅れている取組はどれ？」), lists the items with it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .data import data_rows
from .tokenize_ja import content_lemmas

_GRADE = r"[a-e◎○△×]"


@cache
def _row(role: str) -> str:
    return next(w for r, w in data_rows("table_headers.tsv") if r == role)


@lru_cache(maxsize=1)
def _status_line() -> re.Pattern[str]:
    """A grade field whose whole value is a status (「進捗状況: 遅れ」「【進捗】完了」)."""
    return re.compile(rf"^\s*[【\[〔(（]?(?:{_row('grade')})[^:：】\]〕)）\s]{{0,8}}[】\]〕)）]?\s*[:：]?\s*"
                      rf"({_row('grade_status')})\s*$", re.M)


@lru_cache(maxsize=1)
def _status_after() -> re.Pattern[str]:
    """A status right after a grade: 「Ａ 順調に進んでいる」「Ｃ やや遅れている」."""
    return re.compile(rf"\s*[:：]?\s*({_row('grade_status')})")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _row("grade")
    asked = re.compile(rf"(?:{words})(?:が|は|の|で|を)?\s*[「『\"]?({_GRADE})[」』\"]?(?![a-z])"
                       rf"|(?<![a-z])[「『\"]?({_GRADE})[」』\"]?\s*(?:評価|判定|ランク|評定)")
    # a line of the record: the field's name (in brackets, with a year: 「評価(r6)」), then the grade
    printed = re.compile(rf"^\s*[【\[〔(（]?(?:{words})[^:：】\]〕)）\s]{{0,8}}[】\]〕)）]?\s*[:：]?\s*({_GRADE})(?=\s|$|[（(、。])",
                         re.M)
    english = re.compile(r"\b(?:rated|graded|rating of|grade of|grade|graded as|rated as|got an?|received an?|given an?)"
                         r"\s+[\"'“‘]?([A-E])\b(?!\.\w)"
                         r"|\b([A-E])[- ](?:rating|grade|rated|graded)\b")
    return asked, printed, english


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


# which items, how many, all of them: a listing; or the grade said of the items asked for (「Ｃ評価の取組」「評価がＤの事業」)
_WHICH = re.compile(r"どの(?!くらい|ぐらい|程度|よう)|どれ(?!くらい|ぐらい|だけ)|何件|いくつ|一覧|全部|すべて|全て|\bwhich\b|\bhow many\b|\blist\b"
                    r"|\b(?:what|any) (?:other )?(?:items|initiatives|measures|projects|programs|programmes|policies)\b"
                    r"|\bany of the\b")
_OF_ITEMS = re.compile(rf"{_GRADE}[」』\"]?\s*(?:評価|判定|評定)?\s*(?:だった|となった|になった|とされた|の)\s*"
                       r"(?:取組|取り組み|項目|事業|施策|プログラム)")

# a status said of the items asked for: 「遅れている取組」「完了した事業」「順調に進んでいる項目」
_ITEM_NOUN = r"(?:取組|取り組み|項目|事業|施策|プログラム)"
# the items asked for: 「…取組ってほかに何がある？」「…事業はありますか」
_ASKS_ITEMS = re.compile(rf"{_ITEM_NOUN}(?:は|って|が|の)?\s*(?:ほかに|他に)?\s*(?:何が|なにが|どれが)?\s*"
                         r"(?:どれ|ある|あり|教え|何|[?？])")

# a share of the items so graded (「A評価とB評価を合わせた割合は？」) is a figure of the summary, not a listing
_SHARE = re.compile(r"割合|比率|パーセント|[%％]|\bpercent|\bshare\b|\bproportion\b")


def asked_grade(question: str) -> str | None:
    """The grade a question lists items by (``a``–``e`` or ◎○△×), if it asks which items have one: 「評価がＤだったの
    はどの取組？」「Ｃ評価の取組は？」, not 「評価はＡでしたか？」 of one item."""
    asked, _, english = _patterns()
    text = _norm(question)
    found = asked.search(text) or english.search(unicodedata.normalize("NFKC", question))
    if found is None or not (_WHICH.search(text) or _OF_ITEMS.search(text) or _ASKS_ITEMS.search(text)) \
            or _SHARE.search(text):
        return None
    return next((g.lower() for g in found.groups() if g), None)


def grades(text: str) -> set[str]:
    """The grades a record's text gives it in a grade field, and the status it prints there (「遅れ」), alone or
    after the grade (「【評価】Ａ 順調に進んでいる」: ``a`` and 順調)."""
    text = _norm(text)
    found = {m.group(1) for m in _status_line().finditer(text)}
    status = _status_after()
    for m in _patterns()[1].finditer(text):
        found.add(m.group(1))
        after = status.match(text, m.end())
        if after:
            found.add(after.group(1))
    return found




def asked_status(question: str, statuses: set[str]) -> str | None:
    """The status a question lists items by (「遅れている取組はどれ？」「完了した事業は何件？」), of ``statuses`` (those
    the documents print in a grade field), if it asks which items have it; the longest named (やや遅れ, not 遅れ)."""
    text = _norm(question)
    if _SHARE.search(text):
        return None
    for status in sorted(statuses, key=len, reverse=True):
        if not status or status[0].isascii() or status in "◎○△×" or status not in text:
            continue
        stem = re.escape(status)
        if _WHICH.search(text) or re.search(rf"{stem}[^。、？?\s]{{0,8}}?{_ITEM_NOUN}", text):
            return status
    return None


# a legend's entry: a grade, then what it means (「A：計画どおり又は計画以上」「B おおむね計画どおり（一部未達成）」)
_ENTRY = re.compile(r"(?:^|(?<=\s))([A-EＡ-Ｅ◎○△×])\s*[:：]?\s*([^\sA-EＡ-Ｅ◎○△×:：][^\n:：]{1,40}?)(?=\s+[A-EＡ-Ｅ◎○△×]\s*[:：]|\s*$)",
                    re.M)
_NEGATED = re.compile(r"[未不非無][一-龥]{1,4}")
_LEGEND_MIN = 3  # grades a record must explain to be a legend


def legend(text: str) -> dict[str, set[str]]:
    """What each grade means, if ``text`` is a legend explaining at least three: grade -> its description's
    content lemmas (「C：計画より遅れ」 -> {計画, 遅れ})."""
    entries: dict[str, set[str]] = {}
    for m in _ENTRY.finditer(unicodedata.normalize("NFKC", text)):
        meant = _NEGATED.sub(" ", m.group(2))  # 「一部未達成」 does not say 達成
        entries.setdefault(m.group(1).lower(), set()).update(content_lemmas(meant))
    return entries if len(entries) >= _LEGEND_MIN else {}




def asked_by_meaning(question: str, legends: dict[str, dict[str, set[str]]]) -> dict[str, str]:
    """The grade a question asks items by in the words of a document's legend (「予定より遅れが出ていると判定され
    た事業はありますか」 of 「C：計画より遅れ」), per document (``legends``: source -> grade -> lemmas). A lemma counts
    by how few of the legend's grades use it (遅れ, said of C only, counts 1; 計画, said of three, a third); the
    grade scoring highest, at least 1 and above every other, is asked."""
    text = _norm(question)
    if not legends or not (_WHICH.search(text) or _ASKS_ITEMS.search(text)) or _SHARE.search(text):
        return {}  # (no legend: the question is not tokenized for nothing)
    asked = content_lemmas(question)
    out = {}
    for source, grades_meant in legends.items():
        use: dict[str, int] = {}
        for lemmas in grades_meant.values():
            for lemma in lemmas:
                use[lemma] = use.get(lemma, 0) + 1
        scores = sorted(((sum(1 / use[w] for w in lemmas & asked), grade) for grade, lemmas in grades_meant.items()),
                        reverse=True)
        if scores and scores[0][0] >= 1 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
            out[source] = scores[0][1]
    return out
