"""Benchmark: the ONNX Runtime question encoder (int8 encoder layers) against the float32 NumPy encoder.

    .venv/bin/python scripts/bench_encoder.py [--passes 3]

Both encoders are loaded in one process from the converted model (``python -m assistant model``) and
asked every question of the eval set (eval/qa.jsonl and every dialogue turn). Prints:

* agreement: cosine between the two vectors of each question (min, mean); over the published index,
  how often the best item is the same, and the mean overlap of the top-5 items (Assistant.search);
* speed: per-question encoding time, the two encoders interleaved question by question (one warm-up pass,
  then ``--passes`` timed passes), p50 / p95 each and their ratio.

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
from assistant.settings import get_settings


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=3)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
