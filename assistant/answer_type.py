"""The kind of thing a question asks for by name, and whether an answer names one.

「どこの事業者が入るの？」 asks for an organisation, 「具体的にどの建物になるの？」 for a place, 「何時まで開いてる？」
for a time of day, 「座長は誰？」 for a person, 「具体的にどの事業？」 for names of things. An item on the
topic that names none (「公民連携事業を進めた」, 「南部地域に整備する」) does not answer, however close it is:
the answer says the name is not printed. A name the question itself gives (南部) is no answer to it. The
question and sentence patterns are data (``data/answer_types.tsv``); places are also UniDic's place names, and
people are UniDic's person names only (a family and a given name, or a name with さん/氏).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache

from .data import data_rows
from .tokenize_ja import content_lemmas, normalize, person_names, place_names, proper_nouns


class AnswerType(StrEnum):
    ORG = "org"  # a company, a vendor, a product, an operator
    PLACE = "place"  # a building, a site, a facility
    HOURS = "hours"  # a time of day: opening hours, what time something starts
    PERSON = "person"  # a named person: a chair, a speaker, a note-taker
    NAMES = "names"  # the names of several things: which projects, which films, a list of facilities


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


def names(kind: AnswerType, sentences: Iterable[str], question: str, given: Iterable[str] = ()) -> list[str]:
    """The names of that kind ``sentences`` give that ``question`` does not, nor ``given`` (the city of the
    document: 「どこの会場で？」 is not answered by 狛江 of 「狛江市立地適正化計画の策定に向けて…を開催」)."""
    patterns, common = _data()
    sentences = list(sentences)
    asked = normalize(question)
    text = normalize("\n".join(sentences))
    found = [m.group(0) for m in p.finditer(text)] if (p := patterns.get((kind, "states"))) else []
    if kind == AnswerType.PLACE:
        found += place_names(text)
    elif kind == AnswerType.NAMES:
        found += proper_nouns(text)
    elif kind == AnswerType.PERSON:  # a name beside the role asked (記録者：山本宏太 for 記録係は誰), not any name
        words = content_lemmas(question)
        found += [name for sentence in sentences for name in person_names(sentence)
                  if not words or words & content_lemmas(sentence)]
    known = set(given)
    kind_asked = _WHICH_KIND.search(asked) if kind == AnswerType.PLACE else None
    if kind_asked:  # 「どこの学校？」: a school by its name (「狛江第三小学校」), not 「小学校4校の体育館」 or 「全小中学校」
        found = [place for name in found if (place := _place_of_kind(name, kind_asked.group(1)))]
    return [name for name in dict.fromkeys(found) if name not in asked and name not in common and name not in known]


# which one of a kind of place is asked (「どこの学校？」「どの公園？」): the answer names one of that kind
_WHICH_KIND = re.compile(r"(?:どこの|どちらの|どの)(小学校|中学校|学校|公園|駅|図書館|公民館|保育園|保育所|幼稚園|病院)")
# what names no one place before its kind: 「全小中学校」「各小学校」「市内の公園」「市立図書館」
_GENERIC_STEM = re.compile(r"^(?:全|各|市内|町内|市立|町立|村立|公立|私立|近隣|他|その他|一部|対象|小中|新|既存|当該)")


def _place_of_kind(name: str, kind: str) -> str:
    """The place of the ``kind`` asked that ``name`` names by words of its own (「小平第十一小学校」 of
    「初めての小学校の更新である小平第十一小学校」 for 学校), or "" (「小学校4校の体育館」, 「全小中学校」)."""
    for m in re.finditer(rf"(?:[小中])?{kind}" if kind == "学校" else kind, name):
        stem = re.search(r"[一-龥々ァ-ヶーA-Za-z0-9]*$", name[:m.start()]).group()
        if len(stem) >= 2 and not _GENERIC_STEM.match(stem):
            return stem + m.group()
    return ""
