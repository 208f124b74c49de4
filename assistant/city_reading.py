"""A municipality named in Latin letters: does "Hiiragino" or "Yamabukizawa" name ひいらぎ野市 or やまぶき沢町?

The municipality list (``data/municipalities.tsv``) gives the romaji of the cities it knows; a town added with
its documents is not in it, and its name's reading is not certain (野 is の or や, 沢 さわ or ざわ). So the question's
word is read as kana (jaconv: "yamabukizawa" -> やまぶきざわ) and compared with every reading the name can have:
its kana as written, each kanji read by one of KANJIDIC's readings (on, kun, and the readings used in names; in
``jamdict-data``), or UniDic's reading of the whole. Long vowels and voicing are not told apart (ちゅう and ちゅ,
さわ and ざわ): romaji as people write it drops the one, and a compound's second word takes the other.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import jaconv

from .english_terms import default_dictionary
from .query import city_stem
from .tokenize_ja import kana_reading

_KANJI = re.compile(r"[一-龥々]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_VOICED = str.maketrans("がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ", "かきくけこさしすせそたちつてとはひふへほはひふへほう")
_MAX_READINGS = 5_000  # a name of many kanji: its readings are not all tried


def _key(kana: str) -> str:
    """A reading as compared: hiragana, unvoiced, long vowels and doubled consonants written short."""
    text = jaconv.kata2hira(kana).translate(_VOICED)
    text = re.sub(r"(?<=[おこそとのほもよろょごぞどぼぽ])う|(?<=[うくすつぬふむゆるゅ])う|ー|っ", "", text)
    return re.sub(r"(.)\1+", r"\1", text)


@lru_cache(maxsize=4096)
def _kanji_readings(kanji: str, dictionary: str) -> tuple[str, ...]:
    """KANJIDIC's readings of ``kanji`` in hiragana (okurigana left off), its name readings (nanori) too."""
    try:
        db = sqlite3.connect(f"file:{dictionary}?mode=ro", uri=True)
    except sqlite3.Error:
        return ()
    try:
        row = db.execute("SELECT ID FROM character WHERE literal = ?", (kanji,)).fetchone()
        if row is None:
            return ()
        values = [v for (v,) in db.execute(
            "SELECT r.value FROM reading r JOIN rm_group g ON g.ID = r.gid WHERE g.cid = ? AND r.r_type IN "
            "('ja_on', 'ja_kun')", row)]
        values += [v for (v,) in db.execute("SELECT value FROM nanori WHERE cid = ?", row)]
    except sqlite3.Error:
        return ()
    finally:
        db.close()
    return tuple(dict.fromkeys(jaconv.kata2hira(v.split(".")[0].strip("-")) for v in values if v.strip("-")))


def readings(name: str, dictionary: Path | None = None) -> frozenset[str]:
    """The compared keys (:func:`_key`) of the readings the municipality ``name``'s stem (ひいらぎ野 of ひいらぎ野市) can
    have; none when no kanji dictionary is installed and the stem has kanji."""
    stem = city_stem(name)
    path = dictionary or default_dictionary()
    keys = {_key(kana_reading(stem))}
    partial = [""]
    for char in stem:
        options = _kanji_readings(char, str(path)) if _KANJI.fullmatch(char) and path else (char,)
        if not options:
            return frozenset(keys)
        partial = [p + o for p in partial for o in options][:_MAX_READINGS]
    return frozenset(keys | {_key(p) for p in partial})


def named_in_latin(text: str, cities: Sequence[str], dictionary: Path | None = None) -> list[str]:
    """The ``cities`` ``text`` names in Latin letters by the reading of their stem, as one word or two ("Hiiragino
    City", "Yamabuki Sawa"): 「In Yamabukizawa town, …」 -> [やまぶき沢町]."""
    if not cities:  # (every city the corpus is of is in the municipality list: no reading to compare)
        return []
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    spans = {*words, *("".join(pair) for pair in zip(words, words[1:], strict=False))}
    keys = {_latin_key(w) for w in spans if len(w) >= 3}
    path = dictionary or default_dictionary()
    return [city for city in cities if keys & _city_keys(city, path)]


@lru_cache(maxsize=16_384)
def _latin_key(word: str) -> str:
    """A Latin-letter word's reading as compared (:func:`_key`): jaconv's conversion runs some 300 replacements,
    and a question's everyday words recur."""
    return _key(jaconv.alphabet2kana(word))


@lru_cache(maxsize=256)
def _city_keys(city: str, dictionary: Path | None) -> frozenset[str]:
    return readings(city, dictionary)


def latin_forms(text: str, cities: Iterable[str], dictionary: Path | None = None) -> list[str]:
    """The Latin-letter words of ``text`` that name one of ``cities`` (lowercased): "hiiragino"."""
    cities = list(cities)
    if not cities:
        return []
    path = dictionary or default_dictionary()
    keys = frozenset().union(*(_city_keys(c, path) for c in cities))
    return [w.lower() for w in _LATIN_WORD.findall(text) if len(w) >= 3 and _latin_key(w.lower()) in keys]


__all__ = ["latin_forms", "named_in_latin", "readings"]
