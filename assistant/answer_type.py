"""The kind of thing a question asks for by name, and whether an answer names one.

「どこの事業者が入るの？」 asks for an organisation, 「具体的にどの建物になるの？」 for a place, 「何時まで開いてる？」
for a time of day. An item on the
topic that names none (「公民連携事業を進めた」, 「南部地域に整備する」) does not answer, however close it is:
the answer says the name is not printed. A name the question itself gives (南部) is no answer to it. The
question and sentence patterns are data (``data/answer_types.tsv``); places are also UniDic's place names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache

from .data import data_rows
from .tokenize_ja import normalize, place_names


class AnswerType(StrEnum):
    ORG = "org"  # a company, a vendor, a product, an operator
    PLACE = "place"  # a building, a site, a facility
    HOURS = "hours"  # a time of day: opening hours, what time something starts


@lru_cache(maxsize=1)
def _data() -> tuple[dict[tuple[AnswerType, str], re.Pattern[str]], frozenset[str]]:
    """The patterns per (type, role), and the words in Latin letters that name no one (AI, OCR, Wi-Fi)."""
    grouped: dict[tuple[AnswerType, str], list[str]] = {}
    common: set[str] = set()
    for kind, role, pattern in data_rows("answer_types.tsv"):
        if role == "common":
            common.update(pattern.split("|"))
        else:
            grouped.setdefault((AnswerType(kind), role), []).append(pattern)
    return ({key: re.compile("|".join(f"(?:{p})" for p in patterns)) for key, patterns in grouped.items()},
            frozenset(common))


def asked_type(question: str) -> AnswerType | None:
    """The kind of name ``question`` asks for, if it asks for one."""
    text = normalize(question)
    patterns = _data()[0]
    return next((kind for kind in AnswerType if (p := patterns.get((kind, "asks"))) and p.search(text)), None)


def names(kind: AnswerType, sentences: Iterable[str], question: str) -> list[str]:
    """The names of that kind ``sentences`` give that ``question`` does not."""
    patterns, common = _data()
    asked = normalize(question)
    text = normalize("\n".join(sentences))
    found = [m.group(0) for m in patterns[(kind, "states")].finditer(text)]
    if kind == AnswerType.PLACE:
        found += place_names(text)
    return [name for name in dict.fromkeys(found) if name not in asked and name not in common]
