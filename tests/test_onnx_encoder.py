"""The ONNX Runtime question encoder (int8 encoder layers) against the float32 NumPy encoder."""

from __future__ import annotations

import json
import os
import shutil

import numpy as np
import pytest
from sample import spread

from assistant import onnx_encoder
from assistant.embeddings import encode_queries, load_query_encoder
from assistant.evaluate import load_cases, load_dialogues
from assistant.model_convert import converted_model_dir
from assistant.onnx_encoder import GRAPH_FILE, GRAPH_INFO, OnnxE5Encoder, build_graph
from assistant.pipeline import Assistant
from assistant.query_encoder import NumpyE5Encoder

QUESTIONS = 800  # eval questions and topic-opening turns compared (evenly spaced: the time stays flat as the set grows)


def _runtime(settings, runtime: str):
    return settings.model_copy(update={"embedding": settings.embedding.model_copy(update={"query_runtime": runtime})})


@pytest.fixture(scope="module")
def onnx_model(settings, st_model):
    return load_query_encoder(settings)  # the default runtime


@pytest.fixture(scope="module")
def numpy_model(settings, st_model):
    return load_query_encoder(_runtime(settings, "numpy"))


@pytest.fixture(scope="module")
def questions(settings) -> list[str]:
    # a chat's 「担当は？」 is never searched alone (it is read against the conversation first): only the turns
    # that name their own subject are questions whose ranking means something
    turns = [case.question for d in load_dialogues(settings.eval.dialogues_file) for case in d.cases()
             if case.kind in ("turn_new", "turn_topic_change")]
    return spread([c.question for c in load_cases(settings.eval.qa_file)] + turns, QUESTIONS)


def test_the_default_runtime_is_onnx(onnx_model):
    assert isinstance(onnx_model, OnnxE5Encoder) and onnx_model.runtime == "onnx"
    assert onnx_model.get_embedding_dimension() == 384


def test_question_threads_change_the_time_not_the_vectors(settings, onnx_model, questions):
    assert onnx_model.session.get_session_options().intra_op_num_threads == settings.embedding.query_threads == 2
    one = OnnxE5Encoder(onnx_model.path, settings.embedding.max_seq_length, threads=1)
    assert one.session.get_session_options().intra_op_num_threads == 1
    asked = questions[::10]
    cosines = np.sum(encode_queries(one, asked) * encode_queries(onnx_model, asked), axis=1)
    assert cosines.min() > 0.99999


def test_float_graph_computes_what_numpy_computes(numpy_model):
    """Before quantization the graph is the model: the same pooled vector to float32 rounding."""
    import onnxruntime as ort

    session = ort.InferenceSession(onnx_encoder.encoder_graph(numpy_model).SerializeToString())
    for text in ("query: R3年度にペーパーレスで何をした？", "query: " + "市役所の手続き" * 60):
        x = numpy_model._embeddings(numpy_model.token_ids(text))
        assert np.allclose(session.run(None, {"x": x})[0], numpy_model._pooled(x), atol=1e-4)


def test_int8_question_vectors_stay_close_to_float32(onnx_model, numpy_model, questions):
    ours = encode_queries(onnx_model, questions)
    exact = encode_queries(numpy_model, questions)
    cosine = (ours * exact).sum(axis=1)
    assert ours.dtype == np.float32 and np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    # int8 rounding moves a question by a little more now and then (0.9897 for 「話変わるけど、議会だよりって何か
    #変わるの？」): the set grows, so a share is bounded, and the worst case more loosely
    assert np.mean(cosine < 0.99) <= 0.01 and cosine.min() >= 0.98, (cosine.min(), questions[int(cosine.argmin())])


def test_rankings_stay_close_to_float32(settings, published_index, onnx_model, numpy_model, questions):
    """On the seed corpus: the best item is the same for at least 93% of the eval questions (every third one)."""
    fast, exact = Assistant(settings, model=onnx_model), Assistant(settings, model=numpy_model)
    same_best = overlap = 0
    asked = questions[::3]
    for q in asked:
        a = [e.record.id for e in fast.search(q, k=5).evidence]
        b = [e.record.id for e in exact.search(q, k=5).evidence]
        same_best += a[:1] == b[:1]
        overlap += len(set(a) & set(b)) / max(len(b), 1)
    assert same_best / len(asked) >= 0.93 and overlap / len(asked) >= 0.88, (same_best, overlap, len(asked))


def test_the_graph_is_built_once_and_rebuilt_when_stale_or_damaged(settings, st_model, tmp_path, monkeypatch):
    model_dir = tmp_path / "model"
    shutil.copytree(converted_model_dir(settings), model_dir,
                    ignore=shutil.ignore_patterns(GRAPH_FILE, GRAPH_INFO))
    graph = build_graph(model_dir)
    info = json.loads((model_dir / GRAPH_INFO).read_text(encoding="utf-8"))
    assert graph == model_dir / GRAPH_FILE and info["builder_version"] == onnx_encoder.BUILDER_VERSION
    built = graph.stat().st_mtime_ns
    assert build_graph(model_dir).stat().st_mtime_ns == built  # up to date: not rebuilt

    graph.write_bytes(graph.read_bytes()[:1000])  # damaged
    OnnxE5Encoder(model_dir).encode_query("狛江市のペーパーレス")  # rebuilt, loads
    assert json.loads((model_dir / GRAPH_INFO).read_text(encoding="utf-8"))["graph_sha256"] == info["graph_sha256"]

    weights = model_dir / "model.safetensors"  # other weights (a new conversion): rebuilt
    stat = weights.stat()
    os.utime(weights, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    before = graph.stat().st_mtime_ns
    build_graph(model_dir)
    assert graph.stat().st_mtime_ns != before
    assert json.loads((model_dir / GRAPH_INFO).read_text(encoding="utf-8"))["weights"] == [
        stat.st_size, stat.st_mtime_ns + 10**9]

    monkeypatch.setattr(onnx_encoder, "BUILDER_VERSION", onnx_encoder.BUILDER_VERSION + 1)
    build_graph(model_dir)
    assert json.loads((model_dir / GRAPH_INFO).read_text(encoding="utf-8"))["builder_version"] == \
        onnx_encoder.BUILDER_VERSION
    assert not [p for p in model_dir.iterdir() if p.name.startswith("tmp")]  # no temporary files left


@pytest.fixture
def without_onnxruntime(monkeypatch):
    """``import onnxruntime`` fails, as where it is not installed."""
    import builtins

    real_import = builtins.__import__

    def no_onnxruntime(name, *args, **kwargs):
        if name.split(".")[0] == "onnxruntime":
            raise ImportError("No module named 'onnxruntime'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_onnxruntime)


def test_without_onnx_runtime_auto_runs_numpy(settings, st_model, without_onnxruntime):
    assert type(load_query_encoder(settings)) is NumpyE5Encoder
    with pytest.raises(ImportError):
        load_query_encoder(_runtime(settings, "onnx"))


# -- passages for an index build ------------------------------------------------------------------------------
def _passage_runtime(settings, runtime: str):
    return settings.model_copy(update={"embedding": settings.embedding.model_copy(update={"passage_runtime": runtime})})


def test_passages_are_embedded_by_the_float32_graph_as_sentence_transformers_embeds_them(settings, st_model,
                                                                                         corpus_records):
    from assistant.embeddings import encode_passages, load_passage_encoder
    from assistant.onnx_encoder import PASSAGE_GRAPH_FILE, PASSAGE_GRAPH_INFO, OnnxPassageEncoder
    from assistant.passages import make_passages

    encoder = load_passage_encoder(settings)
    assert isinstance(encoder, OnnxPassageEncoder) and encoder.workers == settings.embedding.build_workers == 2
    model_dir = converted_model_dir(settings)
    info = json.loads((model_dir / PASSAGE_GRAPH_INFO).read_text(encoding="utf-8"))
    assert info["quantization"] == "none (float32)" and (model_dir / PASSAGE_GRAPH_FILE).is_file()
    texts = [p.text for p in make_passages(corpus_records, 400)][::9]  # short and long ones, in document order
    ours = encode_passages(encoder, texts, progress=True)
    exact = encode_passages(st_model, texts)
    assert ours.shape == exact.shape == (len(texts), 384) and ours.dtype == np.float32
    assert (ours * exact).sum(axis=1).min() >= 0.99999  # row by row: the workers keep the order
    assert np.allclose(encoder.encode_document(texts[3]), ours[3], atol=1e-6)  # one text alone: one vector


def test_passages_at_int8_precision_stay_close_to_float32_and_make_another_index(settings, corpus_records):
    from assistant.embeddings import encode_passages, load_passage_encoder
    from assistant.passages import make_passages

    int8 = settings.model_copy(update={"embedding": settings.embedding.model_copy(
        update={"passage_precision": "int8"})})
    encoder, exact = load_passage_encoder(int8), load_passage_encoder(settings)
    assert (encoder.runtime, encoder.quantized, exact.runtime, exact.quantized) == (
        "onnx-int8", True, "onnx-float32", False)
    texts = [p.text for p in make_passages(corpus_records, 400)][::9]
    close = (encode_passages(encoder, texts) * encode_passages(exact, texts)).sum(axis=1)
    assert 0.98 <= close.min() and close.max() < 0.99999  # another graph's vectors, in the same order
    # vectors of one precision are never reused for an index of the other
    assert int8.index_settings_hash() != settings.index_settings_hash()


def test_passages_fall_back_to_sentence_transformers_without_onnx_runtime(settings, st_model, without_onnxruntime):
    from assistant.embeddings import load_passage_encoder

    assert type(load_passage_encoder(settings)).__name__ == "SentenceTransformer"
    with pytest.raises(ImportError):
        load_passage_encoder(_passage_runtime(settings, "onnx"))
