"""The synthetic corpus generator: deterministic, valid, unique, recombined from the real records."""

from __future__ import annotations

import random

import pytest

from assistant.passages import sentences
from assistant.synthetic import (
    generate,
    localize,
    redraw_quantities,
    shift_era_years,
    synthetic_records,
    vocabulary,
)
from assistant.types import Record, record_id

N = 600


@pytest.fixture(scope="module")
def corpus(corpus_records):
    return generate(corpus_records, N, seed=7)


def test_same_seed_same_records(corpus_records, corpus):
    again = generate(corpus_records, N, seed=7)
    assert [r.model_dump() for r in again.records] == [r.model_dump() for r in corpus.records]
    assert again.sentence_ids == corpus.sentence_ids


def test_other_seed_other_records(corpus_records, corpus):
    other = synthetic_records(corpus_records, N, seed=8)
    assert [r.id for r in other] != [r.id for r in corpus.records]


def test_prefix_property(corpus_records, corpus):
    """A smaller corpus with the same seed is a prefix of a larger one."""
    small = synthetic_records(corpus_records, 100, seed=7)
    assert [r.id for r in small] == [r.id for r in corpus.records[:100]]


@pytest.mark.parametrize("n", [0, 1, 37])
def test_exact_count(corpus_records, n):
    assert len(synthetic_records(corpus_records, n, seed=1)) == n


def test_unique_ids_and_labels(corpus):
    records = corpus.records
    assert len(records) == N
    assert len({r.id for r in records}) == N
    assert len({(r.source_file, r.label) for r in records}) == N  # how citations and eval name a record
    assert len({r.source_file for r in records}) > 1


def test_fields_valid(corpus_records, corpus):
    real_kinds = {(r.kind, r.record_type) for r in corpus_records}
    real_cities = {r.city for r in corpus_records}
    for r in corpus.records:
        assert Record.model_validate(r.model_dump()) == r  # round-trips through the schema
        assert r.id == record_id(r.source_file, r.label, r.text)
        assert (r.kind, r.record_type) in real_kinds
        assert r.city in real_cities
        assert r.source_file.startswith("syn") and r.source_file.endswith(".txt")
        assert r.text.strip() and r.title.strip() and r.label.strip()  # a top-level unit has no section
        assert r.fiscal_years and all(2010 <= y <= 2035 for y in r.fiscal_years)
        assert r.document
        assert all(isinstance(v, str) for v in r.fields.values())
    # every record of one synthetic document shares city, document title and kind
    by_file: dict[str, set] = {}
    for r in corpus.records:
        by_file.setdefault(r.source_file, set()).add((r.city, r.document, r.kind))
    assert all(len(v) == 1 for v in by_file.values())


def test_text_recombines_real_sentences(corpus_records, corpus):
    vocab = vocabulary(corpus_records)
    assert corpus.pool == vocab.pool
    for r, ids, title_id in zip(corpus.records, corpus.sentence_ids, corpus.title_ids, strict=True):
        lines = sentences(r.text)
        assert len(lines) == len(ids)  # one real sentence per line, recoverable by the passage splitter
        assert len(set(ids)) == len(ids)
        assert 0 <= title_id < len(corpus.titles)
        # same record type: every sentence id is in that type's pool
        assert set(ids) <= set(vocab.sentences_by_type[str(r.record_type)])


def test_cities_parameter(corpus_records):
    records = synthetic_records(corpus_records, 200, seed=3, cities=["調布市", "三鷹市"])
    assert {r.city for r in records} <= {"調布市", "三鷹市"}
    assert not any("狛江市" in r.text or "狛江市" in r.document for r in records)


def test_helpers():
    assert localize("狛江市の狛江らしさ", ["狛江市"], "調布市") == "調布市の調布らしさ"
    assert shift_era_years("令和3年度 令和元年", 2) == "令和5年度 令和3年"
    assert shift_era_years("令和元年度", -1) == "平成30年度"
    out = redraw_quantities("1,172,000 円、令和3年12月、取組項目08、45人", random.Random(0))
    assert "令和3年12月" in out and "取組項目08" in out
    assert len(out) == len("1,172,000 円、令和3年12月、取組項目08、45人")
    assert out.split(" 円")[0].count(",") == 2


def test_negative_n(corpus_records):
    with pytest.raises(ValueError):
        synthetic_records(corpus_records, -1)
