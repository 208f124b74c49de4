"""The kind of thing a question asks for by name, and whether an answer names one.

「どこの事業者が入るの？」 asks for an organisation, 「具体的にどの建物になるの？」 for a place. An item on the
topic that names none (「公民連携事業を進めた」, 「南部地域に整備する」) does not answer, however close it is:
the answer says the name is not printed. A name the question itself gives (南部) is no answer to it. The
question and sentence patterns are data (``data/answer_types.tsv``); places are also UniDic's place names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache

from .data import data_rows
from .tokenize_ja import place_names


class AnswerType(StrEnum):
    ORG = "org"  # a company, a vendor, a product, an operator
    PLACE = "place"  # a building, a site, a facility


@lru_cache(maxsize=1)
def _patterns() -> dict[tuple[AnswerType, str], re.Pattern[str]]:
    grouped: dict[tuple[AnswerType, str], list[str]] = {}
    for kind, role, pattern in data_rows("answer_types.tsv"):
        if role == "common":
            continue
        grouped.setdefault((AnswerType(kind), role), []).append(pattern)
    return {key: re.compile("|".join(f"(?:{p})" for p in patterns)) for key, patterns in grouped.items()}


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """Words in Latin letters that name no one (AI, OCR, Wi-Fi)."""
    return frozenset(w for kind, role, pattern in data_rows("answer_types.tsv") if role == "common"
                     for w in pattern.split("|"))


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def asked_type(question: str) -> AnswerType | None:
    """The kind of name ``question`` asks for, if it asks for one."""
    text = _nfkc(question)
    return next((kind for kind in AnswerType if (p := _patterns().get((kind, "asks"))) and p.search(text)), None)


def names(kind: AnswerType, sentences: Iterable[str], question: str) -> list[str]:
    """The names of that kind ``sentences`` give that ``question`` does not."""
    asked = _nfkc(question)
    text = _nfkc("\n".join(sentences))
    found = [m.group(0) for m in _patterns()[(kind, "states")].finditer(text)]
    if kind == AnswerType.PLACE:
        found += place_names(text)
    return [name for name in dict.fromkeys(found) if name not in asked and name not in _common()]
