"""Records -> passages: the text that is embedded and tokenized.

Each passage starts with the record's heading (label, title, section) so a
slice of a long record still says which item it belongs to. Records longer
than ``max_passage_tokens`` are split at sentence boundaries with a small
overlap; results are always reported per record.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .types import Passage, Record

_SENTENCE_END = re.compile(r"(?<=[。！？])")


def heading(record: Record) -> str:
    return f"{record.city} {record.label} {record.title}\n{record.section}"


def approx_tokens(text: str) -> int:
    """Rough XLM-R token count: ~1 token per 1.3 Japanese characters, ~1 per 4 ASCII."""
    ascii_chars = sum(1 for c in text if c.isascii())
    return int((len(text) - ascii_chars) / 1.3 + ascii_chars / 4) + 1


_NOTE_AFTER = re.compile(r"([（(][^（）()。]{1,80}[）)])\s*(.*)", re.DOTALL)


_SHORT_EXCLAMATION = 6  # characters: 「どこでも！」 is part of a phrase, 「ご協力をお願いします！」 a sentence


def _phrases(pieces: list[str]) -> list[str]:
    """Pieces split after 。！？, with each short exclamation joined to the piece after it."""
    out: list[str] = []
    carried = ""
    for piece in pieces:
        short = piece.endswith("！") and len(re.sub(r"^[\W_]+", "", piece.strip())) <= _SHORT_EXCLAMATION
        piece = carried + piece
        carried = piece if short else ""
        if not short:
            out.append(piece)
    return [*out, carried] if carried else out


def sentences(text: str) -> list[str]:
    """The sentences of ``text``: split after 。！？ and at line ends. A note in brackets printed after a
    sentence's full stop belongs to that sentence (「1年に15件以上を目指します。(現状値:5件)」), and so does a
    line that is only such a note (「委託費 1,172,000 円」 and the line under it, 「（2020年度比 300,000 円増）」).
    Short exclamations in a row are one phrase (「いつでも！どこでも！だれでもかんたん！」)."""
    out: list[str] = []
    for line in text.split("\n"):
        first = len(out)
        for piece in _phrases(_SENTENCE_END.split(line)):
            piece = piece.strip()
            if not piece:
                continue
            note = _NOTE_AFTER.fullmatch(piece) if out else None
            if note and (len(out) > first or not note.group(2).strip()):  # a line that is only a note: too
                out[-1] = f"{out[-1]}{note.group(1)}"
                piece = note.group(2).strip()
                if not piece:
                    continue
            out.append(piece)
    return out


def split_record(
    record: Record,
    max_tokens: int,
    overlap: int = 1,
    count: Callable[[str], int] = approx_tokens,
) -> list[Passage]:
    head = heading(record)
    budget = max(32, max_tokens - count(head))
    parts = sentences(record.text) or [record.text]
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0
    fresh = 0  # sentences in ``current`` that are not overlap carried from the previous chunk
    for sentence in parts:
        n = count(sentence)
        if fresh and size + n > budget:
            chunks.append(current)
            current = current[-overlap:] if overlap else []
            size = sum(count(s) for s in current)
            fresh = 0
        current.append(sentence)
        size += n
        fresh += 1
    if fresh or not chunks:
        chunks.append(current)
    return [
        Passage(record_id=record.id, ordinal=i, text=f"{head}\n" + "\n".join(chunk))
        for i, chunk in enumerate(chunks)
    ]


def make_passages(records: list[Record], max_tokens: int, overlap: int = 1) -> list[Passage]:
    passages: list[Passage] = []
    for record in records:
        passages.extend(split_record(record, max_tokens, overlap))
    return passages
