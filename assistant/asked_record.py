"""The kind of record a question asks for by its wording, where the wording says it: what members said at a
meeting (「それについて委員からどんな意見が出た？」) is in the meeting's summary, not in the review sheet the meeting
discussed, which a search by the topic finds first. The patterns are data (``data/records_asked.tsv``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .data import data_rows
from .tokenize_ja import normalize
from .types import RecordType


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


__all__ = ["asked_record_type"]
