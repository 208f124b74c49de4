"""Sentence vectors beside passage vectors (assistant/sentence_index.py): which sentence of which record."""

from __future__ import annotations

import numpy as np

from assistant.sentence_index import SentenceIndex
from assistant.types import Record


def _record(label: str, text: str) -> Record:
    return Record(id=label, source_file="a.txt", city="A市", document="報告書", kind="generic", record_type="section",
                  fiscal_years=[2021], label=label, number=None, title=f"{label}の題", section="", departments=[],
                  page=None, text=text)


def test_sentences_keep_their_record_and_place(tmp_path):
    records = [_record("1", "督促状を送付した。\n以上。\n納付を勧めた。"), _record("2", "字幕を付ける。")]
    keys, texts = SentenceIndex.units(records)
    assert keys == [(0, 0), (0, 2), (1, 0)]  # 「以上。」 is too short to match anything
    assert texts == ["1の題：督促状を送付した。", "1の題：納付を勧めた。", "2の題：字幕を付ける。"]

    vectors = np.eye(3, 4, dtype=np.float32)  # one direction per sentence
    index = SentenceIndex.build(keys, vectors, approximate_above=1000)
    query = np.asarray([0.1, 0.9, 0.0, 0.0], dtype=np.float32)
    best = index.search(query, 3)  # record -> its best sentence's score, best record first
    assert list(best) == [0, 1] and {k: round(v, 3) for k, v in best.items()} == {0: 0.9, 1: 0.0}
    assert {k: round(v, 3) for k, v in index.scores_in(0, query).items()} == {0: 0.1, 2: 0.9}

    index.save(tmp_path)
    loaded = SentenceIndex.load(tmp_path)
    assert loaded.owner.tolist() == [0, 0, 1] and loaded.ordinal.tolist() == [0, 2, 0]
    assert {k: round(v, 3) for k, v in loaded.scores_in(1, query).items()} == {0: 0.0}


class _Recording:
    """The real model, noting the texts it is asked to embed."""

    def __init__(self, model) -> None:
        self.model = model
        self.seen: list[str] = []

    def encode_document(self, texts, **options):
        self.seen += list(texts)
        return self.model.encode_document(texts, **options)


def test_a_text_printed_twice_is_embedded_once(settings, st_model):
    from assistant.backend import text_key
    from assistant.indexer import embed_incrementally

    model = _Recording(st_model)
    texts = ["表題：市税を納める。", "表題：窓口を延長する。", "表題：市税を納める。"]
    vectors = embed_incrementally(settings, model, texts, "fingerprint", progress=False, known={})
    assert model.seen == ["表題：市税を納める。", "表題：窓口を延長する。"]
    assert vectors.shape == (3, 384) and np.array_equal(vectors[0], vectors[2])
    assert not np.array_equal(vectors[0], vectors[1])
    # a rebuild embeds only what is new, and reuses the rest
    known = {text_key(t): v for t, v in zip(texts, vectors, strict=True)}
    again = embed_incrementally(settings, model, [*texts, "表題：字幕を付ける。"], "fingerprint", progress=False,
                                known=known)
    assert model.seen[2:] == ["表題：字幕を付ける。"]
    assert np.array_equal(again[:3], vectors)
