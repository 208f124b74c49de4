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
from functools import lru_cache

from .data import data_rows

_GRADE = r"[a-e◎○△×]"


@lru_cache(maxsize=1)
def _row(role: str) -> str:
    return next(w for r, w in data_rows("table_headers.tsv") if r == role)


@lru_cache(maxsize=1)
def _status_line() -> re.Pattern[str]:
    """A grade field whose whole value is a status (「進捗状況: 遅れ」「【進捗】完了」)."""
    return re.compile(rf"^\s*[【\[〔(（]?(?:{_row('grade')})[^:：】\]〕)）\s]{{0,8}}[】\]〕)）]?\s*[:：]?\s*"
                      rf"({_row('grade_status')})\s*$", re.M)


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

# a share of the items so graded (「A評価とB評価を合わせた割合は？」) is a figure of the summary, not a listing
_SHARE = re.compile(r"割合|比率|パーセント|[%％]|\bpercent|\bshare\b|\bproportion\b")


def asked_grade(question: str) -> str | None:
    """The grade a question lists items by (``a``–``e`` or ◎○△×), if it asks which items have one: 「評価がＤだったの
    はどの取組？」「Ｃ評価の取組は？」, not 「評価はＡでしたか？」 of one item."""
    asked, _, english = _patterns()
    text = _norm(question)
    found = asked.search(text) or english.search(unicodedata.normalize("NFKC", question))
    if found is None or not (_WHICH.search(text) or _OF_ITEMS.search(text)) or _SHARE.search(text):
        return None
    return next((g.lower() for g in found.groups() if g), None)


def grades(text: str) -> set[str]:
    """The grades a record's text gives it in a grade field, and the status it prints there (「遅れ」)."""
    text = _norm(text)
    return {m.group(1) for m in _patterns()[1].finditer(text)} | {m.group(1) for m in _status_line().finditer(text)}


# a status said of the items asked for: 「遅れている取組」「完了した事業」「順調に進んでいる項目」
_ITEM_NOUN = r"(?:取組|取り組み|項目|事業|施策|プログラム)"


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
