"""The NumPy question encoder against sentence-transformers: same vectors, same rankings, no torch."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from sample import spread

from assistant.embeddings import encode_passages, encode_queries, load_query_encoder
from assistant.evaluate import load_cases
from assistant.model_convert import converted_model_dir
from assistant.query_encoder import NumpyE5Encoder, UnsupportedModel, read_safetensors
from assistant.settings import EmbeddingSettings

QUESTIONS = 400  # eval questions compared one by one (evenly spaced: the time stays flat as the set grows)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def numpy_encoder(settings, st_model):
    return load_query_encoder(settings.model_copy(update={
        "embedding": settings.embedding.model_copy(update={"query_runtime": "numpy"})}))


@pytest.fixture(scope="module")
def eval_questions(settings) -> list[str]:
    return spread([c.question for c in load_cases(settings.eval.qa_file)], QUESTIONS)


def test_the_numpy_runtime(numpy_encoder):
    assert isinstance(numpy_encoder, NumpyE5Encoder)
    assert numpy_encoder.get_embedding_dimension() == 384
    assert (numpy_encoder.query_prompt, numpy_encoder.document_prompt) == ("query: ", "passage: ")


def test_question_vectors_equal_sentence_transformers(numpy_encoder, st_model, eval_questions):
    ours = encode_queries(numpy_encoder, eval_questions)
    reference = encode_queries(st_model, eval_questions)
    assert ours.dtype == np.float32 and ours.shape == reference.shape == (len(eval_questions), 384)
    cos = (ours * reference).sum(1)
    print(f"{len(eval_questions)} questions: cosine min {cos.min():.8f}, max |diff| {np.abs(ours - reference).max():.2e}")
    assert cos.min() >= 0.99999
    assert np.abs(ours - reference).max() < 1e-4
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_passage_vectors_and_truncation_equal_sentence_transformers(numpy_encoder, st_model, corpus_records):
    texts = [r.text for r in corpus_records[:12]]
    longest = max(corpus_records, key=lambda r: len(r.text)).text
    long_text = longest * 3  # well over 512 tokens: both must cut at the same token
    assert len(numpy_encoder.token_ids("passage: " + long_text)) == 512
    assert numpy_encoder.token_ids("passage: " + long_text) == st_model.tokenize(["passage: " + long_text])["input_ids"][0].tolist()
    ours = encode_passages(numpy_encoder, [*texts, long_text])
    reference = encode_passages(st_model, [*texts, long_text])
    assert (ours * reference).sum(1).min() >= 0.99999


def test_rankings_and_answers_equal_sentence_transformers(settings, pipeline, numpy_encoder, eval_questions):
    from assistant.pipeline import Assistant

    fast = Assistant(settings, model=numpy_encoder)
    for question in eval_questions:
        (found_a, answer_a), (found_b, answer_b) = fast.answer(question), pipeline.answer(question)
        assert [e.record.id for e in found_a.evidence] == [e.record.id for e in found_b.evidence], question
        assert (answer_a.answer, answer_a.abstained, answer_a.reason) == (answer_b.answer, answer_b.abstained, answer_b.reason), question
        assert [c.label for c in answer_a.citations] == [c.label for c in answer_b.citations], question


def test_concurrent_encoding_gives_the_serial_vectors(numpy_encoder, eval_questions):
    questions = eval_questions[:40]
    serial = encode_queries(numpy_encoder, questions)
    out = np.zeros_like(serial)
    errors: list[BaseException] = []

    def work(rows: range) -> None:
        try:
            for i in rows:
                out[i] = encode_queries(numpy_encoder, [questions[i]])[0]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(range(t, len(questions), 8),)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    np.testing.assert_array_equal(out, serial)


def test_safetensors_are_memory_mapped_not_read(settings, st_model):
    tensors = read_safetensors(converted_model_dir(settings) / "model.safetensors")
    word = tensors["embeddings.word_embeddings.weight"]
    assert word.shape == (250037, 384) and word.dtype == np.float16
    assert isinstance(word.base, np.memmap) or isinstance(word, np.memmap)
    assert len(tensors) == 199


def _model_copy(settings, tmp_path: Path) -> Path:
    copy = tmp_path / "model"
    shutil.copytree(converted_model_dir(settings), copy)
    return copy


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("config.json", '"model_type": "bert"', '"model_type": "xlm-roberta"', "model_type is 'xlm-roberta'"),
        ("config.json", '"hidden_act": "gelu"', '"hidden_act": "relu"', "hidden_act is 'relu'"),
        ("1_Pooling/config.json", '"pooling_mode": "mean"', '"pooling_mode": "cls"', "pooling_mode is 'cls'"),
        ("modules.json", "normalize.Normalize", "normalize.Other", "modules is"),
    ],
)
def test_unsupported_models_are_refused_by_name(settings, st_model, tmp_path, file, old, new, message):
    copy = _model_copy(settings, tmp_path)
    path = copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(UnsupportedModel) as err:
        NumpyE5Encoder(copy)
    assert str(copy) in str(err.value) and message in str(err.value)


def test_truncated_weights_are_refused(settings, st_model, tmp_path):
    copy = _model_copy(settings, tmp_path)
    (copy / "model.safetensors").write_bytes(b"\xff" * 16)
    with pytest.raises(UnsupportedModel, match="not a safetensors file"):
        NumpyE5Encoder(copy)


def test_auto_falls_back_to_sentence_transformers_and_numpy_refuses(settings, st_model, tmp_path):
    """A model the NumPy runtime does not run (CLS pooling): 'auto' loads sentence-transformers, 'numpy' says why not."""
    copy = _model_copy(settings, tmp_path)
    pooling = copy / "1_Pooling" / "config.json"
    pooling.write_text(pooling.read_text(encoding="utf-8").replace('"pooling_mode": "mean"', '"pooling_mode": "cls"'),
                       encoding="utf-8")
    auto = settings.model_copy(update={"embedding": EmbeddingSettings(model=str(copy), query_runtime="auto")})
    model = load_query_encoder(auto)
    assert type(model).__name__ == "SentenceTransformer"
    forced = settings.model_copy(update={"embedding": EmbeddingSettings(model=str(copy), query_runtime="numpy")})
    with pytest.raises(UnsupportedModel, match="pooling_mode is 'cls'"):
        load_query_encoder(forced)


def test_answering_imports_neither_torch_nor_sentence_transformers(settings, published_index):
    """The app's start-up path: published index + question encoder + answer, in a fresh process."""
    code = (
        "import sys, json\n"
        "from assistant.pipeline import Assistant\n"
        "from assistant.settings import Settings\n"
        "a = Assistant(Settings())\n"
        "r = a.ask('R3年度にペーパーレスで何をした？')\n"
        "print(json.dumps({'labels': [c.label for c in r.citations], 'runtime': getattr(a.model, 'runtime', None),"
        " 'torch': 'torch' in sys.modules, 'st': 'sentence_transformers' in sys.modules,"
        " 'transformers': 'transformers' in sys.modules}))\n"
    )
    env = {**os.environ, "PLAN_INDEX_DIR": str(settings.index_dir),
           "PLAN_EMBEDDING__MODELS_DIR": str(settings.embedding.models_dir), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["runtime"] == "onnx"
    assert result["labels"][0].startswith("取組項目08")
    assert (result["torch"], result["st"], result["transformers"]) == (False, False, False)
