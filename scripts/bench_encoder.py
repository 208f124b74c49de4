"""Benchmark: the ONNX Runtime question encoder (int8 encoder layers) against the float32 NumPy encoder.

    .venv/bin/python scripts/bench_encoder.py [--passes 3]

Both encoders are loaded in one process from the converted model (``python -m assistant model``) and
asked every question of the eval set (eval/qa.jsonl and every dialogue turn). Prints:

* agreement: cosine between the two vectors of each question (min, mean); over the published index,
  how often the best item is the same, and the mean overlap of the top-5 items (Assistant.search);
* speed: per-question encoding time, the two encoders interleaved question by question (one warm-up pass,
  then ``--passes`` timed passes), p50 / p95 each and their ratio;
* the ONNX encoder's time and the questions' length in tokens by language (Japanese, English): an English
  question is longer in tokens, and its time grows with them;
* with ``--operators``: the ONNX encoder's time by operator type (ONNX Runtime's profiler, one pass), which
  says what is left to speed up (the int8 matrix products, on a CPU without VNNI).

No asserts: ``tests/test_onnx_encoder.py`` holds the bounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

import numpy as np

from assistant.embeddings import encode_queries, load_query_encoder
from assistant.evaluate import load_cases, load_dialogues
from assistant.pipeline import Assistant
from assistant.query import parse_query
from assistant.settings import get_settings


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--operators", action="store_true", help="the ONNX encoder's time by operator type")
    args = parser.parse_args()
    settings = get_settings()

    def runtime(name: str):
        embedding = settings.embedding.model_copy(update={"query_runtime": name})
        return load_query_encoder(settings.model_copy(update={"embedding": embedding}))

    fast, exact = runtime("onnx"), runtime("numpy")
    questions = [c.question for c in load_cases(settings.eval.qa_file)]
    questions += [c.question for d in load_dialogues(settings.eval.dialogues_file) for c in d.cases()]

    a, b = encode_queries(fast, questions), encode_queries(exact, questions)
    cosine = (a * b).sum(axis=1)
    print(f"questions: {len(questions)}")
    print(f"cosine onnx vs numpy: min {cosine.min():.4f}, mean {cosine.mean():.4f}")

    ours, theirs = Assistant(settings, model=fast), Assistant(settings, model=exact)
    same_best, overlap = 0, 0.0
    for q in questions:
        x = [e.record.id for e in ours.search(q, k=5).evidence]
        y = [e.record.id for e in theirs.search(q, k=5).evidence]
        same_best += x[:1] == y[:1]
        overlap += len(set(x) & set(y)) / max(len(y), 1)
    print(f"same best item: {same_best / len(questions):.3f}; top-5 overlap: {overlap / len(questions):.3f} "
          f"(index {ours.index.path.name})")

    encoders = {"onnx": fast, "numpy": exact}
    times: dict[str, list[float]] = {name: [] for name in encoders}
    for q in questions:  # warm-up
        for encoder in encoders.values():
            encoder.encode_query([q])
    names = list(encoders)
    for _ in range(args.passes):
        for i, q in enumerate(questions):
            for name in names[i % 2:] + names[: i % 2]:
                started = time.perf_counter()
                encoders[name].encode_query([q])
                times[name].append((time.perf_counter() - started) * 1000)
    for name, values in times.items():
        print(f"{name}: p50 {statistics.median(values):.1f} ms, p95 {percentile(values, 95):.1f} ms "
              f"({len(values)} calls)")
    print(f"onnx / numpy: p50 {statistics.median(times['onnx']) / statistics.median(times['numpy']):.2f}×, "
          f"p95 {percentile(times['onnx'], 95) / percentile(times['numpy'], 95):.2f}×")
    by_language(fast, questions, times["onnx"])
    if args.operators:
        operators(fast, questions)
    return 0


def by_language(encoder, questions: list[str], onnx_times: list[float]) -> None:
    """The ONNX encoder's p50 / p95 time and the questions' p50 / p95 length in tokens, per language."""
    languages = [parse_query(q).language for q in questions]
    tokens = [len(encoder.token_ids(encoder.query_prompt + q)) for q in questions]
    for language in sorted(set(languages)):
        rows = [i for i, lang in enumerate(languages) if lang == language]
        chosen = set(rows)  # the times are pass after pass, each in the questions' order
        spent = [t for n, t in enumerate(onnx_times) if n % len(questions) in chosen]
        counts = [tokens[i] for i in rows]
        print(f"onnx, {language} ({len(rows)} questions): p50 {statistics.median(spent):.1f} ms, p95 "
              f"{percentile(spent, 95):.1f} ms; tokens p50 {statistics.median(counts):.0f}, p95 "
              f"{percentile(counts, 95):.0f}")


def operators(encoder, questions: list[str]) -> None:
    """The ONNX encoder's graph run once per question under ONNX Runtime's profiler: time per operator type."""
    import json
    import tempfile
    from collections import Counter

    import onnxruntime as ort

    from assistant.onnx_encoder import build_graph

    with tempfile.TemporaryDirectory() as tmp:
        options = ort.SessionOptions()
        options.intra_op_num_threads = get_settings().embedding.query_threads
        options.enable_profiling = True
        options.profile_file_prefix = f"{tmp}/encoder"
        session = ort.InferenceSession(str(build_graph(encoder.path)), options, providers=["CPUExecutionProvider"])
        for q in questions:
            session.run(None, {"x": encoder._embeddings(encoder.token_ids(encoder.query_prompt + q))})
        with open(session.end_profiling(), encoding="utf-8") as f:
            events = json.load(f)
    spent: Counter[str] = Counter()
    for event in events:
        if event.get("cat") == "Node" and event["name"].endswith("_kernel_time"):
            spent[event["args"]["op_name"]] += event["dur"]
    total = sum(spent.values())
    for op, microseconds in spent.most_common(6):
        print(f"  {op}: {100 * microseconds / total:.1f}% ({microseconds / len(questions) / 1000:.2f} ms per question)")


if __name__ == "__main__":
    sys.exit(main())
