"""Many sessions sharing one cached ``Assistant``: no errors, no cross-talk, and a safe index hot-swap.

The Streamlit app caches one ``Assistant`` per process and every browser session asks through it
from its own thread. Here 50 threads stand in for 50 sessions; each thread's answers must be
exactly the answers the same questions get when asked one at a time.
"""

from __future__ import annotations

import json
import shutil
import statistics
import threading
import time
from collections import defaultdict

import pytest

from assistant.evaluate import load_cases
from assistant.index_store import MANIFEST, current_version, load_version, publish, versions_dir
from assistant.pipeline import Assistant
from assistant.settings import Settings

THREADS = 50
LOAD_SECONDS = 8.0  # threads start no new question after this (each finishes the one it is on)
POOL = 13  # distinct eval questions (prime: every stride 1..POOL-1 gives a full, distinct order)
SWAP_THREADS = 10
SWAP_QUESTIONS = 6


def _key(result) -> tuple:
    """What must not differ between a threaded and a sequential answer."""
    return (result.answer, result.abstained, tuple((c.source_file, c.label, c.page) for c in result.citations))


@pytest.fixture(scope="module")
def questions(settings) -> list[str]:
    cases = load_cases(settings.eval.qa_file)
    # every kind of question, in a fixed order: spread the pool over the file
    step = max(1, len(cases) // POOL)
    return [c.question for c in cases[::step]][:POOL]


@pytest.fixture(scope="module")
def expected(pipeline, questions) -> dict[str, tuple]:
    """The single-threaded answers, computed before any thread starts."""
    return {q: _key(pipeline.ask(q)) for q in questions}


def _sequence(i: int, questions: list[str]) -> list[str]:
    """Thread i's question order: every question once, from offset i % n in steps of 1 + i // n."""
    n = len(questions)
    start, stride = i % n, 1 + i // n
    assert stride < n
    return [questions[(start + k * stride) % n] for k in range(n)]


def _run_threads(n: int, target) -> list[BaseException]:
    errors: list[BaseException] = []
    lock = threading.Lock()

    def wrapped(i: int) -> None:
        try:
            target(i)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=wrapped, args=(i,), name=f"session-{i}") for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a session thread hung"
    return errors


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def test_fifty_sessions_get_their_own_answers(pipeline, questions, expected):
    assert len({tuple(_sequence(i, questions)) for i in range(THREADS)}) == THREADS
    answers: dict[int, list[tuple[str, tuple]]] = defaultdict(list)
    latencies: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)
    deadline = [0.0]

    def session(i: int) -> None:
        start.wait()
        if i == 0:
            deadline[0] = time.perf_counter() + LOAD_SECONDS
        while deadline[0] == 0.0:
            time.sleep(0.001)
        for q in _sequence(i, questions):
            t0 = time.perf_counter()
            result = pipeline.ask(q)
            elapsed = time.perf_counter() - t0
            with lock:
                answers[i].append((q, _key(result)))
                latencies.append(elapsed)
            if time.perf_counter() > deadline[0]:
                break

    began = time.perf_counter()
    errors = _run_threads(THREADS, session)
    wall = time.perf_counter() - began
    assert not errors, f"{len(errors)} sessions failed, first: {errors[0]!r}"
    assert set(answers) == set(range(THREADS)), "every session got at least one answer"

    mismatched = [(i, q) for i, got in answers.items() for q, key in got if key != expected[q]]
    assert not mismatched, f"{len(mismatched)} answers differ from the sequential ones, e.g. {mismatched[:3]}"

    total = len(latencies)
    print(
        f"\nload test: {THREADS} sessions, {total} answers in {wall:.1f}s ({total / wall:.2f}/s); "
        f"latency p50 {statistics.median(latencies):.2f}s, p95 {_percentile(latencies, 95):.2f}s, "
        f"max {max(latencies):.2f}s"
    )


# -- hot swap ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def swap_settings(settings, published_index, tmp_path_factory) -> Settings:
    """Own index dir, holding a copy of the session's published version (published there too)."""
    index_dir = tmp_path_factory.mktemp("swap_index")
    shutil.copytree(published_index, versions_dir(index_dir) / published_index.name)
    publish(index_dir, published_index.name)
    return settings.model_copy(update={"index_dir": index_dir})


@pytest.fixture(scope="module")
def second_version(swap_settings, st_model, corpus_records):
    """A smaller, different version (two documents' shortest records), built but not published."""
    from assistant.indexer import build_version

    by_doc: dict[str, list] = defaultdict(list)
    for r in corpus_records:
        by_doc[r.source_file].append(r)
    docs = sorted(by_doc)
    # 狛江市 and 府中市 only: a 小平市 question gets another answer from this version
    subset = [r for doc in docs[-2:] for r in sorted(by_doc[doc], key=lambda r: len(r.text))[:3]]
    assert "小平市" not in {r.city for r in subset}
    path = build_version(swap_settings, st_model, records=subset, progress=False, notes=["test: hot swap"])
    assert path.name != current_version(swap_settings.index_dir)
    return path


def test_hot_swap_under_load(swap_settings, st_model, second_version, questions, expected):
    asked = questions[:SWAP_QUESTIONS]
    # The answers of the new version, asked alone (an Assistant pinned to that version).
    pinned = Assistant(swap_settings, model=st_model, index=load_version(second_version))
    expected_new = {q: _key(pinned.ask(q)) for q in asked}
    assert any(expected_new[q] != expected[q] for q in asked), "the two versions must answer differently"

    assistant = Assistant(swap_settings, model=st_model)
    old_name = assistant.index.path.name
    assert old_name != second_version.name
    published = threading.Event()
    stop = threading.Event()
    results: list[tuple[str, tuple, bool]] = []  # question, answer, asked after the publish returned
    lock = threading.Lock()

    def session(i: int) -> None:
        n = 0
        while not stop.is_set() or n == 0:
            q = asked[(i + n) % len(asked)]
            after = published.is_set()
            result = assistant.ask(q)
            with lock:
                results.append((q, _key(result), after))
            n += 1

    def publisher() -> None:
        time.sleep(1.5)
        publish(swap_settings.index_dir, second_version.name)
        published.set()
        time.sleep(3.0)
        stop.set()

    pub = threading.Thread(target=publisher)
    pub.start()
    errors = _run_threads(SWAP_THREADS, session)
    pub.join()
    assert not errors, f"{len(errors)} sessions failed during the swap, first: {errors[0]!r}"

    # Every answer is wholly the old version's or wholly the new one's: never a mix or a half-loaded index.
    mixed = [(q, key) for q, key, _ in results if key not in (expected[q], expected_new[q])]
    assert not mixed, f"{len(mixed)} answers match neither version, e.g. {mixed[:2]}"
    # A question asked after the publish returned is answered from the new version.
    late = [(q, key) for q, key, after in results if after and key != expected_new[q]]
    assert not late, f"{len(late)} answers after the publish came from the old index"
    assert any(after for _, _, after in results), "no question was asked after the publish"
    assert assistant.index.path.name == second_version.name
    assert assistant.refresh() is False  # already on the new version: nothing to do


def test_a_swap_between_retrieval_and_composing_does_not_mix_indexes(
    swap_settings, st_model, published_index, second_version, monkeypatch
):
    """Regression: ``answer`` composed with the *new* index's cities a result retrieved from the old one
    ("ご質問の自治体（小平市）の資料は収録されていません。収録している自治体: 小平市")."""
    question = "小平市の検討プログラム㉒では公園についてどんな手法を検討しますか？"
    assistant = Assistant(
        swap_settings, model=st_model, index=load_version(versions_dir(swap_settings.index_dir) / published_index.name)
    )
    alone = _key(assistant.ask(question))
    assert not alone[1], "answered from the old index"
    old = assistant.retriever
    original = old.search

    def search_then_swap(*args, **kwargs):
        result = original(*args, **kwargs)
        assistant._set_index(load_version(second_version))  # what refresh() does in another session
        return result

    monkeypatch.setattr(old, "search", search_then_swap)
    assert _key(assistant.ask(question)) == alone
    assert assistant.index.path == second_version


def test_refresh_picks_up_a_new_version_and_keeps_a_broken_one_out(swap_settings, st_model, second_version):
    assistant = Assistant(swap_settings, model=st_model)
    current = current_version(swap_settings.index_dir)
    other = next(
        d.name for d in versions_dir(swap_settings.index_dir).iterdir()
        if d.is_dir() and not d.name.startswith(".") and d.name != current
    )
    time.sleep(0.01)  # a distinct CURRENT mtime even on coarse clocks
    publish(swap_settings.index_dir, other)
    assert assistant.refresh() is True
    assert assistant.index.path.name == other
    assert assistant.refresh() is False

    # A published version whose files are damaged is not swapped in; the loaded index keeps answering.
    broken = versions_dir(swap_settings.index_dir) / "v-broken"
    shutil.copytree(versions_dir(swap_settings.index_dir) / current, broken)
    manifest = json.loads((broken / MANIFEST).read_text(encoding="utf-8"))
    manifest["version"] = broken.name
    (broken / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (broken / "dense.faiss").write_bytes((broken / "dense.faiss").read_bytes()[:100])
    time.sleep(0.01)
    publish(swap_settings.index_dir, broken.name)
    assert assistant.refresh() is False
    assert assistant.index.path.name == other
    assert assistant.ask("ペーパーレスの取組は？").answer
    publish(swap_settings.index_dir, current)  # leave the swap dir consistent
