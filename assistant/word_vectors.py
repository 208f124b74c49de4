"""Weak query expansion from word vectors: a question's word the corpus never uses -> its nearest corpus word.

The vectors are GiNZA's (the PyPI package ``ja-ginza`` 5.3.0, MIT: 20,000 rows × 300, shared by some
480,000 word forms), trained on general Japanese text. They relate some everyday words to the documents'
administrative ones (現金–キャッシュレス, 水浸し–浸水) that neither the synonym dictionary nor
the embedding model bridges. Only a word the corpus never uses triggers an expansion, only towards a word
the corpus does use, only above ``RetrievalSettings.word_vector_similarity``; the expansion counts at the
synonym weight. ``make install`` downloads the package without its dependencies (spaCy is not needed) and
:func:`export` keeps only what this needs: the vector rows, and each word form's row.

spaCy stores the rows under 64-bit hashes of the word forms (MurmurHash64A, seed 1): :func:`spacy_hash`
computes them so that the word forms of ``strings.json`` find their rows.
"""

from __future__ import annotations

import json
import logging
import sys
import zipfile
from pathlib import Path

import msgpack
import numpy as np

from .jp import CONTENT_CHAR, JAPANESE_CHAR

log = logging.getLogger(__name__)

WORDS = "words.txt"  # the word forms, one per line
ROWS = "rows.npy"  # each word form's row
VECTORS = "vectors.npy"  # rows × dimensions, float16
_VOCAB = "ja_ginza/ja_ginza-5.3.0/vocab/"
_MAX_WORD_CHARS = 12  # longer forms are phrases no question writes as one word
_BLOCK_ROWS = 2048  # vector rows compared with the corpus words at a time
_MASK = (1 << 64) - 1


def spacy_hash(text: str) -> int:
    """spaCy's key of a string: MurmurHash64A of its UTF-8 bytes with seed 1."""
    data = text.encode("utf-8")
    m, r = 0xC6A4A7935BD1E995, 47
    h = (1 ^ (len(data) * m)) & _MASK
    end = len(data) - len(data) % 8
    for i in range(0, end, 8):
        k = int.from_bytes(data[i:i + 8], "little")
        k = (k * m) & _MASK
        k ^= k >> r
        k = (k * m) & _MASK
        h ^= k
        h = (h * m) & _MASK
    rest = data[end:]
    if rest:
        h ^= int.from_bytes(rest, "little")
        h = (h * m) & _MASK
    h ^= h >> r
    h = (h * m) & _MASK
    h ^= h >> r
    return h


def export(wheel: Path, out: Path) -> int:
    """Write the Japanese word forms (up to 12 characters) of the ja-ginza wheel, their rows, and the rows;
    returns the number of word forms. Raises ``ValueError`` naming the file when it is not that package."""
    try:
        with zipfile.ZipFile(wheel) as z:
            strings = json.loads(z.read(_VOCAB + "strings.json"))
            key2row = msgpack.unpackb(z.read(_VOCAB + "key2row"), strict_map_key=False)
            with z.open(_VOCAB + "vectors") as f:
                matrix = np.load(f)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ValueError(f"{wheel} is not the ja-ginza 5.3.0 wheel: {exc}") from exc
    words = {}
    for word in strings:
        if isinstance(word, str) and len(word) <= _MAX_WORD_CHARS and "\n" not in word and JAPANESE_CHAR.search(word):
            row = key2row.get(spacy_hash(word))
            if row is not None:
                words[word] = int(row)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / VECTORS, matrix.astype(np.float16))
    np.save(out / ROWS, np.asarray(list(words.values()), dtype=np.int32))
    (out / WORDS).write_text("\n".join(words), encoding="utf-8")
    return len(words)


def _holds_a_known_word(word: str, known: set[str], longest: int = _MAX_WORD_CHARS) -> bool:
    """Whether ``word`` is, or contains, a corpus word (of two characters or more, at most ``longest``): 経常収支比率
    is the corpus's 経常・収支・比率 in one form, for the keyword search to find, not a word to replace."""
    size = len(word)
    return any(word[i:j] in known for i in range(size - 1) for j in range(i + 2, min(size, i + longest) + 1))


def neighbours(directory: Path | None, vocabulary: set[str], min_similarity: float, top: int
               ) -> dict[str, list[str]]:
    """For each word form the corpus does not use, in whole or in part: the corpus words (of two characters or
    more) whose vectors are at least ``min_similarity`` close to its own, closest first, at most ``top``; both
    with a kanji or a katakana. Empty, with a warning, when the vectors are not installed."""
    if top <= 0:
        return {}
    if directory is None or not (directory / WORDS).exists():
        log.warning("word vectors %s not installed (make install exports them): no word-vector expansion",
                    directory)
        return {}
    try:
        forms = (directory / WORDS).read_text(encoding="utf-8").split("\n")
        rows = np.load(directory / ROWS)
        matrix = np.load(directory / VECTORS).astype(np.float32)
        if len(forms) != len(rows):
            raise ValueError(f"{len(forms)} word forms but {len(rows)} rows")
    except (OSError, ValueError) as exc:
        raise ValueError(f"word vectors in {directory} cannot be read: {exc}") from exc
    row_of = {word: row for word, row in zip(forms, rows.tolist(), strict=True) if word in vocabulary}
    # a word written in kana alone is matched inside any question that has those two kana (「てる」, 「える」): only
    # words with a kanji or katakana expand or are expanded to
    targets = sorted(w for w in row_of if len(w) >= 2 and CONTENT_CHAR.search(w))
    if not targets:
        return {}
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
    columns = np.ascontiguousarray(matrix[[row_of[w] for w in targets]].T)  # dimensions × corpus words
    # each row's ``top`` closest corpus words and their similarity, a block of rows at a time in one buffer: the
    # whole rows × corpus words matrix is hundreds of MB, and writing fresh memory is slow on some machines
    count = min(top, len(targets))
    best = np.empty((len(matrix), count), dtype=np.int64)
    closeness = np.empty((len(matrix), count), dtype=np.float32)
    buffer = np.empty((min(_BLOCK_ROWS, len(matrix)), len(targets)), dtype=np.float32)
    for start in range(0, len(matrix), _BLOCK_ROWS):
        block = matrix[start:start + _BLOCK_ROWS]
        similarity = np.matmul(block, columns, out=buffer[:len(block)])
        order = similarity.argmax(axis=1)[:, None] if count == 1 else np.argsort(-similarity, axis=1)[:, :count]
        best[start:start + len(block)] = order
        closeness[start:start + len(block)] = np.take_along_axis(similarity, order, axis=1)
    enough = closeness >= min_similarity
    close = enough[:, 0]
    known = {w for w in vocabulary if len(w) >= 2}
    longest = max(map(len, known), default=2)
    nearest: dict[int, list[str]] = {}  # a close row's corpus words, close enough, closest first
    out: dict[str, list[str]] = {}
    rows_of = rows.tolist()
    for i in np.nonzero(close[rows])[0].tolist():  # the word forms whose row has a corpus word close enough
        word, row = forms[i], rows_of[i]
        if not CONTENT_CHAR.search(word) or _holds_a_known_word(word, known, longest):
            continue
        if row not in nearest:
            nearest[row] = [targets[j] for j, ok in zip(best[row].tolist(), enough[row].tolist(), strict=True) if ok]
        near = [w for w in nearest[row] if w not in word and word not in w]
        if near:
            out[word] = near
    return out


if __name__ == "__main__":  # python -m assistant.word_vectors WHEEL OUT_DIR (make install)
    count = export(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{count} word forms with vectors written to {sys.argv[2]}")
