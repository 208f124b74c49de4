"""Damaged index and corpus files: a clear error naming the file (and line), never a stray exception.

Every test damages its own temporary copy; the session's index and the real corpus are never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.corpus import document_files, load_corpus, load_document
from assistant.files_backend import FilesBackend
from assistant.index_store import (
    CURRENT,
    MANIFEST,
    IndexProblem,
    load_version,
    publish,
    versions_dir,
)
from assistant.readers import DocumentFormatError
from assistant.settings import ROOT, get_settings

CORPUS = get_settings().corpus_dir


def _one_line(exc: BaseException) -> str:
    message = str(exc)
    assert message and "\n" not in message, f"not a one-line message: {message!r}"
    assert "Traceback" not in message
    return message


# -- index ----------------------------------------------------------------------------
@pytest.fixture()
def index_copy(tmp_path, published_index) -> Path:
    """An index dir holding a published copy of the session's version; returns the version's path."""
    index_dir = tmp_path / "index"
    target = versions_dir(index_dir) / published_index.name
    shutil.copytree(published_index, target)
    publish(index_dir, published_index.name)
    return target


def _truncate(file: Path, keep: float = 0.5) -> None:
    data = file.read_bytes()
    file.write_bytes(data[: int(len(data) * keep)])


def _manifest(version: Path) -> dict:
    return json.loads((version / MANIFEST).read_text(encoding="utf-8"))


def test_intact_copy_loads(index_copy):
    loaded = load_version(index_copy)
    assert loaded.search.passage_count == len(loaded.passages) > 0


@pytest.mark.parametrize("verify", [True, False], ids=["verified", "unverified"])
def test_truncated_dense_index_names_the_file(index_copy, verify):
    _truncate(index_copy / "dense.faiss")
    with pytest.raises(IndexProblem) as info:
        load_version(index_copy, verify=verify)
    assert "dense.faiss" in _one_line(info.value)


@pytest.mark.parametrize(
    "name", ["records.jsonl", "passages.jsonl", "bm25/vocab.index.json", "bm25/data.csc.index.npy", "bm25/params.index.json"]
)
@pytest.mark.parametrize("verify", [True, False], ids=["verified", "unverified"])
def test_any_truncated_file_names_the_file(index_copy, name, verify):
    _truncate(index_copy / name, 0.6)
    with pytest.raises(IndexProblem) as info:
        load_version(index_copy, verify=verify)
    message = _one_line(info.value)
    assert (name if verify else name.split("/")[0]) in message


def test_truncated_jsonl_names_the_line(index_copy):
    file = index_copy / "records.jsonl"
    lines = file.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3][: len(lines[3]) // 2]
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(IndexProblem) as info:
        load_version(index_copy, verify=False)
    assert "records.jsonl line 4" in _one_line(info.value)


def test_missing_file(index_copy):
    (index_copy / "passages.jsonl").unlink()
    for verify in (True, False):
        with pytest.raises(IndexProblem, match=r"passages\.jsonl is missing"):
            load_version(index_copy, verify=verify)


def test_wrong_checksum_in_manifest(index_copy):
    manifest = _manifest(index_copy)
    manifest["files"]["records.jsonl"] = "0" * 64
    (index_copy / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexProblem) as info:
        load_version(index_copy)
    message = _one_line(info.value)
    assert "records.jsonl" in message and "checksum" in message


def test_manifest_without_checksums_is_refused(index_copy):
    manifest = _manifest(index_copy)
    manifest["files"] = {}
    (index_copy / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexProblem, match="lists no checksum for records.jsonl"):
        load_version(index_copy)


@pytest.mark.parametrize(
    "content",
    [b"this is not JSON {", b"", b"\x89PNG\r\n\x1a\n\x00\xff\xfe", b"[1, 2, 3]", b'{"version": "v1"}', b"null"],
    ids=["text", "empty", "binary", "array", "fields-missing", "null"],
)
def test_manifest_that_is_not_a_manifest(index_copy, content):
    (index_copy / MANIFEST).write_bytes(content)
    with pytest.raises(IndexProblem) as info:
        load_version(index_copy)
    assert MANIFEST in _one_line(info.value)


def test_missing_manifest(index_copy):
    (index_copy / MANIFEST).unlink()
    with pytest.raises(IndexProblem, match=MANIFEST):
        load_version(index_copy)


@pytest.mark.parametrize(
    "pointer", [b"\xff\xfe\x00garbage", b"../../../etc\n", b"v-does-not-exist\n"], ids=["binary", "escape", "unknown"]
)
def test_damaged_current_pointer(index_copy, pointer):
    index_dir = index_copy.parent.parent
    (index_dir / CURRENT).write_bytes(pointer)
    backend = FilesBackend(index_dir)  # the way the app reads it
    with pytest.raises(IndexProblem) as info:
        backend.load(backend.current())
    _one_line(info.value)


def test_assistant_refuses_a_damaged_index(index_copy, settings, st_model):
    from assistant.pipeline import Assistant

    _truncate(index_copy / "dense.faiss")
    with pytest.raises(IndexProblem, match="dense.faiss"):
        Assistant(settings.model_copy(update={"index_dir": index_copy.parent.parent}), model=st_model)


def test_assistant_refuses_an_index_cut_into_words_by_another_tokenizer(index_copy, settings, st_model):
    from assistant.pipeline import Assistant

    manifest = _manifest(index_copy)
    manifest["tokenizer"] = "fugashi+unidic-lite"  # an index built before keyword terms kept compound nouns
    (index_copy / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexProblem) as info:
        Assistant(settings.model_copy(update={"index_dir": index_copy.parent.parent}), model=st_model)
    assert "'fugashi+unidic-lite'" in _one_line(info.value) and "python -m assistant build" in str(info.value)


def test_cli_ask_with_a_damaged_index_exits_2_with_one_line(index_copy, settings):
    _truncate(index_copy / "dense.faiss")
    env = dict(os.environ)
    env.update(
        PLAN_INDEX_DIR=str(index_copy.parent.parent),
        PLAN_EMBEDDING__MODELS_DIR=str(settings.embedding.models_dir),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "ペーパーレスの取組は？"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr[-2000:]
    assert "dense.faiss" in errors[0]
    assert proc.stdout == ""


# -- corpus ----------------------------------------------------------------------------
@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def _records_by_file(records) -> dict[str, list]:
    out: dict[str, list] = {}
    for r in records:
        out.setdefault(r.source_file, []).append(r)
    return out


def _meta(corpus: Path, name: str) -> dict:
    return json.loads((corpus / f"{name}.meta.json").read_text(encoding="utf-8"))


def _smallest_document(corpus: Path) -> str:
    return min((p for p in corpus.glob("*.txt")), key=lambda p: p.stat().st_size).name


def test_shift_jis_document_is_reported_and_the_others_load(corpus_copy, corpus_records):
    name = _smallest_document(corpus_copy)
    doc = corpus_copy / name
    text = doc.read_text(encoding="utf-8")
    doc.write_bytes(text.encode("cp932", errors="replace"))
    first_non_ascii = next(n for n, line in enumerate(text.splitlines(), start=1) if not line.isascii())

    loaded = load_corpus(corpus_copy, strict=False)
    assert len(loaded.errors) == 1
    error = loaded.errors[0]
    assert error.source_file == name and error.line == first_non_ascii
    message = _one_line(error)
    assert message.startswith(f"{name}:{first_non_ascii}:") and "UTF-8" in message and "Shift_JIS" in message

    expected = _records_by_file(corpus_records)
    got = _records_by_file(loaded.records)
    assert set(got) == set(expected) - {name}
    for source, records in got.items():
        assert [r.id for r in records] == [r.id for r in expected[source]]

    with pytest.raises(DocumentFormatError, match=name):
        load_corpus(corpus_copy, strict=True)


def test_metadata_with_missing_fields(corpus_copy):
    name = _smallest_document(corpus_copy)
    meta = _meta(corpus_copy, name)
    del meta["city"], meta["fiscal_years"]
    (corpus_copy / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DocumentFormatError) as info:
        load_document(corpus_copy / name)
    message = _one_line(info.value)
    assert f"{name}.meta.json" in message and "'city'" in message and "'fiscal_years'" in message
    assert "missing" in message


def test_metadata_with_an_unknown_kind(corpus_copy):
    name = _smallest_document(corpus_copy)
    meta = _meta(corpus_copy, name)
    meta["kind"] = "annual_budget"
    (corpus_copy / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DocumentFormatError) as info:
        load_document(corpus_copy / name)
    message = _one_line(info.value)
    assert f"{name}.meta.json" in message and "annual_budget" in message and "progress_report" in message


@pytest.mark.parametrize(
    "content", ["[]", "not json", '{"source_file": 1,', "\ufeff{}"], ids=["array", "text", "cut", "bom-empty-object"]
)
def test_metadata_that_is_not_an_object(corpus_copy, content):
    name = _smallest_document(corpus_copy)
    (corpus_copy / f"{name}.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(DocumentFormatError) as info:
        load_document(corpus_copy / name)
    assert f"{name}.meta.json" in _one_line(info.value)


def test_missing_metadata_file(corpus_copy):
    name = _smallest_document(corpus_copy)
    (corpus_copy / f"{name}.meta.json").unlink()
    with pytest.raises(DocumentFormatError, match=rf"{name}.meta.json is missing"):
        load_document(corpus_copy / name)


RANDOM_JAPANESE = "\n".join(
    [
        "令和3年度の市民アンケートの結果について",
        "本市では、市民の皆様の声を施策に反映するため、毎年アンケートを実施しています。",
        "回答数は1,234件で、前年度より増加しました。",
        "満足度が高かった項目は、公園の整備と図書館サービスでした。",
        "今後も、いただいたご意見を参考に、より良いまちづくりに取り組んでまいります。",
    ]
    * 5
)


@pytest.mark.parametrize(
    "kind", ["progress_report", "department_policies", "program_draft", "strategy_report", "committee_report"]
)
def test_document_whose_layout_does_not_match_its_kind(corpus_copy, kind):
    name = "999_random.txt"
    (corpus_copy / name).write_text(RANDOM_JAPANESE, encoding="utf-8")
    meta = dict(
        source_file=name, city="狛江市", title="市民アンケート結果", kind=kind, fiscal_years=[2021],
        published="令和4年3月", page_source="なし",
    )
    (corpus_copy / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DocumentFormatError) as info:
        load_document(corpus_copy / name)
    assert info.value.source_file == name
    assert _one_line(info.value).startswith(name)
    if kind == "progress_report":  # the whole corpus still loads, without it
        loaded = load_corpus(corpus_copy, strict=False)
        assert [e.source_file for e in loaded.errors] == [name]
        assert len(loaded.documents) == len(document_files(corpus_copy)) - 1  # every other document


def test_a_document_in_a_format_not_read_is_reported_not_skipped(corpus_copy, corpus_records):
    """A 「計画.doc」 put in the corpus with its metadata (a Word 97-2003 file): named as not read, with what to save it
    as; a stray file without metadata is no document; the other documents load."""
    name = _smallest_document(corpus_copy)
    (corpus_copy / "keikaku.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)  # an OLE2 header
    (corpus_copy / "keikaku.doc.meta.json").write_text(
        json.dumps({**_meta(corpus_copy, name), "source_file": "keikaku.doc"}, ensure_ascii=False), encoding="utf-8")
    (corpus_copy / "notes.bak").write_text("メモ", encoding="utf-8")
    loaded = load_corpus(corpus_copy, strict=False)
    assert [str(e) for e in loaded.errors] == [
        "keikaku.doc: unsupported file type, a Word 97-2003 document: save it as .docx (Word: 名前を付けて保存 → Word "
        "文書) (readable: .txt, .pdf, .html, .htm, .docx, .odt, .pptx, .xlsx, .xls, .ods, .csv)"]
    assert len(loaded.records) == len(corpus_records)
    with pytest.raises(DocumentFormatError, match=r"keikaku\.doc: unsupported file type"):
        load_corpus(corpus_copy, strict=True)


def test_adding_a_document_in_a_format_not_read_says_what_to_save_it_as(settings, tmp_path):
    from assistant.errors import BuildError
    from assistant.update import add_document

    slides = tmp_path / "shiryo.ppt"
    slides.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    with pytest.raises(BuildError, match=r"shiryo\.ppt: unsupported file type, a PowerPoint 97-2003 presentation: "
                                         r"save it as \.pptx"):
        add_document(settings, slides, city="狛江市", title="資料", year=[2024])
