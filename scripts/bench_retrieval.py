"""Retrieval benchmark: build time, and warm query latency of dense, BM25 and hybrid search.

    .venv/bin/python scripts/bench_retrieval.py [--passes 3]

Uses the published index and the real model. Build time is a full build of the seed corpus into a
temporary index directory (every passage embedded, nothing reused). Latency: every eval question once
as warm-up, then ``--passes`` timed passes; dense = query encoding + FAISS + per-record merge,
BM25 = fugashi tokens + bm25s scores, hybrid = ``Retriever.search`` (both + fusion + boosts).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from assistant.backend import open_backend
from assistant.embeddings import encode_queries, load_sentence_transformer
from assistant.evaluate import load_cases
from assistant.indexer import build_version
from assistant.query import parse_query
from assistant.retrieve import Filters, Retriever
from assistant.settings import get_settings


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    settings = get_settings()
    model = load_sentence_transformer(settings)

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build_version(settings.model_copy(update={"index_dir": Path(tmp)}), model, progress=False)
        build_s = time.perf_counter() - started

    index = open_backend(settings).load(open_backend(settings).current())
    retriever = Retriever(index, model, settings.retrieval)
    queries = [parse_query(c.question) for c in load_cases(settings.eval.qa_file, "all")]
    scope = retriever.scope(Filters())
    runs = {
        "dense": lambda q: retriever.dense(encode_queries(model, [q.search_text])[0], scope),
        "BM25": lambda q: retriever.keyword(q.keyword_text, scope),
        "hybrid": lambda q: retriever.search(q),
    }
    for run in runs.values():  # warm-up
        for q in queries:
            run(q)
    timings: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.passes):
        for q in queries:
            for name, run in runs.items():
                t = time.perf_counter()
                run(q)
                timings[name].append((time.perf_counter() - t) * 1000)

    print(f"# Retrieval benchmark (index {index.path.name}, {len(index.records)} records, "
          f"{len(index.passages)} passages, {len(queries)} questions x {args.passes} passes)\n")
    print(f"index build from scratch (parse + embed + FAISS + BM25): {build_s:.1f} s\n")
    print("| search | p50 (ms) | p95 (ms) | mean (ms) |")
    print("|---|---|---|---|")
    for name, values in timings.items():
        print(f"| {name} | {percentile(values, 50):.1f} | {percentile(values, 95):.1f} | {statistics.mean(values):.1f} |")
    print(f"\nload average (1 min) at end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
