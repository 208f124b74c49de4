"""The milvus backend against a running Milvus server (Milvus Lite's gRPC server on a loopback port, the API
of Milvus Standalone and Distributed): build through the CLI, publish by alias, answer, gate, roll back,
restore on a machine without the files, concurrent questions, and the same results as the files backend.
"""

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

from assistant.backend import BackendKind, Scope, open_backend
from assistant.evaluate import evaluate, load_cases
from assistant.filters import Filters
from assistant.index_store import IndexProblem
from assistant.milvus_backend import MilvusBackend, expression
from assistant.milvus_lite import MilvusLiteServer, free_port
from assistant.pipeline import Assistant
from assistant.settings import MilvusSettings, Settings
from assistant.update import build_and_publish, rollback

ROOT = Path(__file__).resolve().parent.parent
K004 = "004_ac35853668981a4b.txt"
GATE_CASES = 40  # the gate's cycle is tested, not the whole eval set (parity below covers QUESTIONS of them)
QUESTIONS = 400  # questions compared between the backends (evenly spaced: the time stays flat as the set grows)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with MilvusLiteServer(tmp_path_factory.mktemp("milvus") / "data") as running:
        yield running


@pytest.fixture(scope="module")
def mv(tmp_path_factory, settings: Settings, published_index, server) -> Settings:
    """Settings of the milvus backend over a copy of the corpus, gated on part of the Q&A set."""
    from layouts import dialogue_subset

    root = tmp_path_factory.mktemp("mv")
    shutil.copytree(ROOT / "corpus", root / "corpus", ignore=shutil.ignore_patterns("pending"))
    rows = (ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
    (root / "qa.jsonl").write_text("\n".join(rows[:GATE_CASES]) + "\n", encoding="utf-8")
    chats = dialogue_subset(root, {"d001"})
    return settings.model_copy(update={
        "corpus_dir": root / "corpus", "index_dir": root / "index", "backend": BackendKind.MILVUS,
        "milvus": MilvusSettings(uri=server.uri, prefix="t", refresh_seconds=0, timeout_seconds=20),
        "eval": settings.eval.model_copy(update={"qa_file": root / "qa.jsonl", "dialogues_file": chats,
                                                 "keep_versions": 3}),
    })


def cli(args, mv: Settings, **env):
    full = dict(os.environ, HF_HUB_OFFLINE="1", PLAN_BACKEND="milvus", PLAN_MILVUS__URI=mv.milvus.uri,
                PLAN_MILVUS__PREFIX=mv.milvus.prefix, PLAN_INDEX_DIR=str(mv.index_dir),
                PLAN_CORPUS_DIR=str(mv.corpus_dir), PLAN_EVAL__QA_FILE=str(mv.eval.qa_file),
                PLAN_EVAL__DIALOGUES_FILE=str(mv.eval.dialogues_file),
                PLAN_EMBEDDING__MODELS_DIR=str(mv.embedding.models_dir))
    full.update(env)
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=ROOT, env=full, capture_output=True,
                          text=True, timeout=900)


@pytest.fixture(scope="module")
def built(mv: Settings, settings: Settings) -> str:
    """The seed index built into Milvus by the CLI, reusing the session's files-backend vectors."""
    proc = cli(["build", "--no-progress", "--vectors-from", str(settings.index_dir)], mv)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "embedding 0 of" in proc.stderr  # every vector came from the files index: nothing embedded
    assert "published" in proc.stderr and "NOT published" not in proc.stderr
    return MilvusBackend(mv).current()


def test_build_publishes_by_alias(built, mv: Settings):
    backend = MilvusBackend(mv)
    client = backend.client
    assert client.describe_alias("t_current")["collection_name"] == backend.collection_of(built)
    manifest = next(m for m in backend.versions() if m.version == built)
    assert manifest.backend == "milvus" and manifest.collection == backend.collection_of(built)
    local = mv.index_dir / "versions" / built
    assert (local / "records.jsonl").is_file() and not (local / "dense.faiss").exists()
    stored = client.query(manifest.collection, filter="", output_fields=["count(*)"])[0]["count(*)"]
    assert stored == manifest.counts["passages"] + manifest.counts["sentences"]
    assert not (mv.index_dir / "CURRENT").exists()  # the alias is the only pointer


def test_ask_answers_through_milvus_like_the_files_backend(built, mv: Settings, pipeline):
    question = "R3年度にペーパーレスで何をした？"
    proc = cli(["ask", "--json", question], mv)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout)
    files = pipeline.ask(question)
    assert got["answer"] == files.answer
    assert [(c["source_file"], c["label"], c["page"]) for c in got["citations"]] == \
        [(c.source_file, c.label, c.page) for c in files.citations]
    assert got["citations"][0]["label"] == "取組項目08"


def test_same_top5_as_the_files_backend(built, mv: Settings, settings: Settings, pipeline, st_model):
    """Q&A questions (QUESTIONS, evenly spaced), unfiltered or under a filter: the same top-5 records in the same order for
    ≥ 98% (`scripts/backend_parity.py` compares every question under every filter)."""
    milvus = Assistant(mv, model=st_model)
    files = pipeline
    questions = spread([c.question for c in load_cases(settings.eval.qa_file, "all")], QUESTIONS)
    filters = [Filters(), Filters(cities=["府中市"]), Filters(departments=["企画"]), Filters(fiscal_years=[2021])]
    same = total = 0
    different = []
    for i, question in enumerate(questions):
        f = filters[i % len(filters)]
        a = [e.record.id for e in files.retriever.search(question, k=5, filters=f).evidence]
        b = [e.record.id for e in milvus.retriever.search(question, k=5, filters=f).evidence]
        total += 1
        same += a == b
        if a != b:
            different.append(question)
    assert same / total >= 0.98, different


def test_eval_metrics_match_the_files_backend(built, mv: Settings, settings: Settings, pipeline, st_model):
    cases = spread(load_cases(settings.eval.qa_file, "dev"), QUESTIONS)
    milvus = evaluate(Assistant(mv, model=st_model), cases, "-", "dev")
    files = evaluate(pipeline, cases, "-", "dev")
    compared = [name for name, value in files.overall.items() if "latency" not in name and isinstance(value, float)]
    assert "hit@5" in compared and "fact_coverage" in compared
    for name in compared:
        assert abs(milvus.overall[name] - files.overall[name]) <= 0.01, name


def test_filters_become_milvus_expressions(built, mv: Settings, pipeline, st_model):
    """The expression selects exactly the records the files backend's mask allows."""
    milvus = Assistant(mv, model=st_model).retriever
    backend = MilvusBackend(mv)
    collection = backend.collection_of(built)
    for f in [Filters(cities=["府中市"]), Filters(departments=["企画"]), Filters(fiscal_years=[2022, 2023]),
              Filters(cities=["小平市"], departments=["総務"]), Filters(source_files=[K004]),
              Filters(exclude_ids=[milvus.index.records[0].id])]:
        scope = milvus.scope(f)
        rows = backend.client.query(collection, filter=expression(scope, 0), output_fields=["rec"], limit=16_384)
        assert {r["rec"] for r in rows} == set(np.flatnonzero(scope.mask).tolist()), f
    quoted = Scope(Filters(cities=['a"b\\c']), np.ones(1, dtype=bool))
    assert expression(quoted, 0) == 'kind == 0 and city in ["a\\"b\\\\c"]'
    assert backend.client.query(collection, filter=expression(quoted, 0), output_fields=["rec"], limit=5) == []


def test_gate_refuses_publishes_and_rolls_back(built, mv: Settings, st_model):
    backend = MilvusBackend(mv)
    removed = mv.corpus_dir / K004
    saved = removed.read_bytes(), (mv.corpus_dir / f"{K004}.meta.json").read_bytes()
    removed.unlink()
    (mv.corpus_dir / f"{K004}.meta.json").unlink()
    try:
        worse = build_and_publish(mv, progress=False, model=st_model)
        assert not worse.published and "eval gate: FAILED" in worse.summary()
        assert backend.current() == built  # the alias did not move
        assert backend.collection_of(worse.version) in backend.client.list_collections()  # kept for review

        forced = build_and_publish(mv, force=True, progress=False, model=st_model)
        assert forced.published and backend.current() == forced.version
        serving = Assistant(mv, model=st_model)
        assert all(c.source_file != K004 for c in serving.ask("府中市のグループ①の会議はいつ開かれた？").citations)
    finally:
        removed.write_bytes(saved[0])
        (mv.corpus_dir / f"{K004}.meta.json").write_bytes(saved[1])

    proc = cli(["index", "rollback"], mv)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == f"published {built}"
    assert backend.current() == built
    serving.refresh()  # a running app follows the alias
    assert serving.index.path.name == built
    assert serving.ask("府中市のグループ①の会議はいつ開かれた？").citations[0].source_file == K004
    listed = cli(["index", "list"], mv).stdout
    assert f"* {built}" in listed and forced.version in listed
    assert rollback(mv, forced.version) == forced.version and backend.current() == forced.version
    assert rollback(mv) == built

    # keep 2: the oldest version that is not published goes, with its collection and its files in Milvus
    assert backend.prune(2) == [worse.version]
    assert backend.collection_of(worse.version) not in backend.client.list_collections()
    assert [m.version for m in backend.versions()] == [built, forced.version]
    assert not (mv.index_dir / "versions" / worse.version).exists()


def test_another_machine_restores_a_version_from_milvus(built, mv: Settings, tmp_path, st_model):
    elsewhere = mv.model_copy(update={"index_dir": tmp_path / "index"})  # only the Milvus address is shared
    assistant = Assistant(elsewhere, model=st_model)
    assert assistant.index.path == tmp_path / "index" / "versions" / built
    original = (mv.index_dir / "versions" / built / "records.jsonl").read_bytes()
    assert (assistant.index.path / "records.jsonl").read_bytes() == original
    assert assistant.ask("R3年度にペーパーレスで何をした？").citations[0].label == "取組項目08"


def test_concurrent_questions_get_the_sequential_answers(built, mv: Settings, settings: Settings, st_model):
    assistant = Assistant(mv, model=st_model)
    questions = [c.question for c in load_cases(settings.eval.qa_file, "test")][:12]
    expected = {q: assistant.ask(q).answer for q in questions}
    errors: list[BaseException] = []
    got: dict[tuple[int, str], str] = {}

    def worker(n: int) -> None:
        try:
            for q in questions[n % 3::2]:
                got[(n, q)] = assistant.ask(q).answer
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(got) > 8 and all(answer == expected[q] for (_, q), answer in got.items())


def test_problems_name_the_server_or_the_collection(built, mv: Settings, st_model):
    down = mv.model_copy(update={"milvus": mv.milvus.model_copy(
        update={"uri": f"http://127.0.0.1:{free_port()}", "timeout_seconds": 2})})
    with pytest.raises(IndexProblem, match="Milvus at http://127.0.0.1:"):
        Assistant(down, model=st_model)
    proc = cli(["ask", "--json", "ペーパーレス"], down, PLAN_MILVUS__TIMEOUT_SECONDS="2")
    assert proc.returncode != 0 and "Milvus at http://127.0.0.1:" in proc.stderr and "Traceback" not in proc.stderr

    # nothing published under another prefix: said so, with the server
    other = mv.model_copy(update={"milvus": mv.milvus.model_copy(update={"prefix": "other"})})
    with pytest.raises(IndexProblem, match=f"no published index .*Milvus {mv.milvus.uri}"):
        Assistant(other, model=st_model)

    # a version whose collection is missing is refused, naming the collection
    backend = MilvusBackend(mv)
    gone = backend.collection_of(built) + "_copy"
    manifest_dir = mv.index_dir / "versions" / built
    assert gone not in backend.client.list_collections()
    manifest = json.loads((manifest_dir / "manifest.json").read_text(encoding="utf-8"))
    manifest["collection"] = gone
    (manifest_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    try:
        with pytest.raises(IndexProblem, match=gone):
            backend.load(built)
    finally:
        manifest["collection"] = backend.collection_of(built)
        (manifest_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_files_backend_is_the_default(settings: Settings):
    assert settings.backend is BackendKind.FILES
    assert open_backend(settings).kind is BackendKind.FILES


def test_sparse_weights_give_the_bm25_scores():
    """What Milvus stores per passage: its BM25 weight per term, so a query's inner product is its BM25 score."""
    from assistant.bm25_index import KeywordIndex

    tokens = [["市税", "徴収", "督促"], ["督促", "督促", "催告"], ["市税", "徴収", "督促"], [], ["公民館", "使用料"]]
    index = KeywordIndex.build(tokens)
    weights = index.document_weights()
    assert weights[0] == weights[2]  # the same text (another edition) is indexed once and weighs the same
    for query in (["督促"], ["市税", "催告"], ["使用料", "督促", "徴収"]):
        expected = index.scores_of(query)
        got = [sum(w.get(index.vocab[t], 0.0) for t in query) for w in weights]
        assert np.allclose(got, expected, atol=1e-6)
        assert expected.max() > 0
    assert weights[3] and all(v > 0 for w in weights for v in w.values())  # an empty passage keeps a term
