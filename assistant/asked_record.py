"""The kind of record a question asks for by its wording, where the wording says it: what members said at a
meeting (「それについて委員からどんな意見が出た？」) is in the meeting's summary, not in the review sheet the meeting
discussed, which a search by the topic finds first. The patterns are data (``data/records_asked.tsv``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .data import data_rows
from .passages import sentences
from .tokenize_ja import normalize
from .types import Record, RecordType


@lru_cache(maxsize=1)
def _patterns() -> dict[RecordType, re.Pattern[str]]:
    grouped: dict[RecordType, list[str]] = {}
    for kind, pattern in data_rows("records_asked.tsv"):
        grouped.setdefault(RecordType(kind), []).append(pattern)
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns)) for kind, patterns in grouped.items()}


def asked_record_type(question: str) -> RecordType | None:
    """The kind of record ``question`` asks for by its wording, if it says one."""
    text = normalize(question).lower()
    return next((kind for kind, pattern in _patterns().items() if pattern.search(text)), None)


def header_sentences(record: Record, max_chars: int) -> frozenset[str]:
    """The sentences at the head of ``record`` that print one of its short fields (「開催日時：令和2年9月19日…」
    「場所：…」「記録者：…」, a value of at most ``max_chars``), up to its first other sentence: what frames a meeting,
    not what was said at it (a plan item's 「目標値：…（Ｒ１０）」 after its text frames nothing)."""
    short = [key for key, value in (record.fields or {}).items() if len(value) <= max_chars]
    head: list[str] = []
    for sentence in sentences(record.text):
        if not any(sentence.startswith(f"{key}：") for key in short):
            break
        head.append(sentence)
    return frozenset(head)


__all__ = ["asked_record_type", "header_sentences"]
