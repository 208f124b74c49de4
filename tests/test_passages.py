"""Records -> passages: long records are split at sentences and keep their record id and heading."""

from assistant.passages import approx_tokens, make_passages, split_record


def _record(corpus_records, label, source="000_3dacb80f56827af3.txt"):
    return next(r for r in corpus_records if r.label == label and r.source_file == source)


def test_short_record_is_one_passage_with_its_heading(corpus_records):
    record = _record(corpus_records, "取組項目13")
    passages = split_record(record, max_tokens=400)
    assert len(passages) == 1
    assert passages[0].record_id == record.id
    assert passages[0].text.startswith("狛江市 取組項目13 情報セキュリティ研修の実施\n")
    assert record.text in passages[0].text


def test_long_record_is_split_with_overlap_and_every_sentence_kept(corpus_records):
    record = max(corpus_records, key=lambda r: len(r.text))
    passages = split_record(record, max_tokens=200, overlap=1)
    assert len(passages) > 1
    assert [p.ordinal for p in passages] == list(range(len(passages)))
    assert all(p.record_id == record.id for p in passages)
    body = "".join(p.text for p in passages)
    for sentence in record.text.replace("。", "。\n").splitlines():
        if sentence.strip():
            assert sentence.strip() in body
    # no passage is made only of the overlap sentence
    assert all(approx_tokens(p.text) > 40 for p in passages)


def test_every_record_yields_passages(corpus_records):
    passages = make_passages(corpus_records, max_tokens=400)
    assert {p.record_id for p in passages} == {r.id for r in corpus_records}


def test_sentences_split_at_full_stops_and_lines_and_keep_a_trailing_note():
    from assistant.passages import sentences

    # a note in brackets after the full stop belongs to its sentence: the current value beside the target
    assert sentences("応募件数について、1年に15件以上を目指します。(現状値:5件) 研修を行う。\n次の行。") == [
        "応募件数について、1年に15件以上を目指します。(現状値:5件)", "研修を行う。", "次の行。"]
    # so does a line that is only a note: the change printed under an amount
    assert sentences("(1) 委託費 1,172,000 円\n\n（2020年度比 300,000 円増）\n(2) 印刷製本費 100,000 円") == [
        "(1) 委託費 1,172,000 円（2020年度比 300,000 円増）", "(2) 印刷製本費 100,000 円"]
    assert sentences("（前の行）\n本文。") == ["（前の行）", "本文。"]
    assert sentences("導入した。（R4） ご協力をお願いします！次は？") == ["導入した。（R4）", "ご協力をお願いします！", "次は？"]
    # short exclamations in a row are one phrase (a slogan), ended by the first piece that is not one
    assert sentences("～いつでも！どこでも！だれでもかんたん！\n最前線！") == ["～いつでも！どこでも！だれでもかんたん！", "最前線！"]
    assert sentences("(前置き)本文です。\n\n") == ["(前置き)本文です。"]
