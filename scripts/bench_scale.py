"""Scale benchmark: hybrid search over a synthetic corpus of 100,000 records (``--n``).

    .venv/bin/python scripts/bench_scale.py                 # 100,000 records (~10-15 min on 2 cores)
    .venv/bin/python scripts/bench_scale.py --n 20000       # quicker
    .venv/bin/python scripts/bench_scale.py --json out.json
    .venv/bin/python scripts/bench_scale.py --backend milvus   # also through Milvus (Milvus Lite started here)

What it does:

1. ``assistant.synthetic.generate`` makes ``--n`` records recombined from the real corpus (cities from
   ``assistant/data/municipalities.tsv``), and ``assistant.passages.make_passages`` splits them into
   passages exactly as the indexer does.
2. **Embedding approximation.** Embedding every synthetic passage with the real model on 2 CPU cores
   would take hours, so only the pool of *real* sentences and titles is embedded with the real model
   (``encode_passages``, "passage: " prompt); every synthetic passage gets the L2-normalized mean of
   the vectors of its title and of the real sentences its lines come from. City names and quantities
   that the generator rewrote, and the heading line (city, label, section), do not change a vector.
   Such mean vectors are smoother than true embeddings (they cluster around a few hundred
   sentences), so approximate-search recall and dense rankings are indicative, not exact; latency,
   build time and memory depend only on sizes and are faithful.
3. Indexes: exact FAISS ``IndexFlatIP`` and approximate HNSW, both through ``assistant.dense_index.build``
   (HNSW by lowering ``approximate_above`` to 0, with the module's M / efConstruction / efSearch), plus
   an IVF-Flat index (skip with ``--no-ivf``; nlist = 4·√N, nprobe 16); BM25 (``assistant.bm25_index.KeywordIndex``)
   over fugashi tokens (``assistant.tokenize_ja.tokenize``) of every passage. Tokenizing is timed
   (``--workers`` processes; the CPU time summed over workers is what the serial indexer would spend).
4. Queries: the 138 eval questions plus perturbations (another city, another year, reworded endings)
   up to ``--queries`` (200). Latency is the full hybrid ``assistant.retrieve.Retriever.search`` — real
   question encoding with the app's encoder (``load_query_encoder``) + FAISS + BM25 + fusion — over a
   ``LoadedIndex`` built in memory,
   after one warm-up pass, the dense variants interleaved query by query (background load hits them
   alike); also ``compose`` (the extractive answer) on top, and a per-stage breakdown.
5. Recall@10 (and @200, the depth the retriever asks FAISS for) of the approximate dense indexes
   against the exact one, for the same query vectors; and how often the final top-5 records agree.

6. ``--backend milvus``: the same passages, vectors and BM25 weights written into a Milvus collection by the
   milvus backend (HNSW by default, ``--milvus-index flat`` for exact), searched through the same
   ``Retriever`` (interleaved with the others), with its insert time, its dense and BM25 request times and
   its recall against exact FAISS.

Memory is the process RSS (``/proc/self/statm``) after each step and ``ru_maxrss`` at the end; the
model (~1.3 GB with torch) is loaded first, so deltas are what each step added.
Prints a Markdown table; no asserts.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import resource
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import numpy as np  # noqa: E402
from bench_common import peak_mb, percentile, rss_mb  # noqa: E402  (also sets the offline environment)

TARGET_P95_MS = 150.0


def _tokenize_batch(texts: list[str]) -> list[list[str]]:
    from assistant.tokenize_ja import tokenize

    return [tokenize(t) for t in texts]


def tokenize_all(texts: list[str], workers: int) -> tuple[list[list[str]], float, float]:
    """Tokens of every text; (tokens, wall seconds, CPU seconds summed over all workers)."""
    started = time.perf_counter()
    cpu0 = time.process_time()
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if workers <= 1:
        tokens = _tokenize_batch(texts)
    else:
        size = 2000
        batches = [texts[i : i + size] for i in range(0, len(texts), size)]
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            tokens = [t for batch in pool.imap(_tokenize_batch, batches) for t in batch]
    children1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (time.process_time() - cpu0) + (children1.ru_utime - children0.ru_utime) + (
        children1.ru_stime - children0.ru_stime
    )
    return tokens, time.perf_counter() - started, cpu


def passage_vectors(corpus, passages, records_by_id, pool_vecs, title_vecs) -> np.ndarray:
    """Normalized mean of (title vector, vectors of the real sentences on the passage's lines)."""
    from assistant.passages import heading, sentences

    index_of = {r.id: i for i, r in enumerate(corpus.records)}
    dim = pool_vecs.shape[1]
    out = np.empty((len(passages), dim), dtype=np.float32)
    cache: dict[int, dict[str, int]] = {}
    for pos, p in enumerate(passages):
        i = index_of[p.record_id]
        record = records_by_id[p.record_id]
        lines_of = cache.get(i)
        if lines_of is None:
            lines_of = dict(zip(sentences(record.text), corpus.sentence_ids[i], strict=True))
            cache = {i: lines_of}  # passages of one record are consecutive
        body = p.text[len(heading(record)) + 1 :]
        ids = [lines_of[line] for line in body.split("\n") if line in lines_of]
        vec = title_vecs[corpus.title_ids[i]] + (pool_vecs[ids].sum(axis=0) if ids else 0.0)
        out[pos] = vec / max(np.linalg.norm(vec), 1e-12)
    return out


_ERA = re.compile(r"(令和|R|r)\s*(元|\d{1,2})")
_ENDINGS = ["について教えてください。", "はどうなっていますか？", "の状況は？", "を知りたい。"]


def make_queries(base: list[str], cities: list[str], real_cities: list[str], total: int, seed: int) -> list[str]:
    """The eval questions, then perturbed copies (city, year, ending) until ``total``."""
    rng = random.Random(seed)
    out = list(base)
    while len(out) < total:
        q = rng.choice(base)
        kind = rng.randrange(3)
        if kind == 0 and any(c in q for c in real_cities):
            real = next(c for c in real_cities if c in q)
            q = q.replace(real, rng.choice(cities))
        elif kind == 1 and _ERA.search(q):
            q = _ERA.sub(lambda m: f"{m.group(1)}{(1 if m.group(2) == '元' else int(m.group(2))) + rng.choice([-1, 1, 2])}", q, count=1)
        else:
            q = re.sub(r"[。？?]$", "", q) + rng.choice(_ENDINGS)
        out.append(q)
    return out[:total]


def time_search(retrievers: dict, queries: list[str], settings) -> dict[str, dict]:
    """Warm, then time ``Retriever.search`` (+ ``compose``) per query, the indexes interleaved query by
    query so that background load hits them alike."""
    from assistant.compose import compose
    from assistant.query import parse_query

    parsed = [parse_query(q) for q in queries]
    for retriever in retrievers.values():  # warm-up
        for q in parsed:
            retriever.search(q, k=settings.answer.max_items)
    search_ms = {name: [] for name in retrievers}
    compose_ms = {name: [] for name in retrievers}
    results = {name: [] for name in retrievers}
    for q in parsed:
        for name, retriever in retrievers.items():
            started = time.perf_counter()
            result = retriever.search(q, k=settings.answer.max_items)
            mid = time.perf_counter()
            compose(result, settings.answer, set(retriever.corpus_cities))
            end = time.perf_counter()
            search_ms[name].append((mid - started) * 1000)
            compose_ms[name].append((end - mid) * 1000)
            results[name].append(result)
    out = {}
    for name in retrievers:
        s_ms, c_ms = search_ms[name], compose_ms[name]
        total = [a + b for a, b in zip(s_ms, c_ms, strict=True)]
        slowest = max(range(len(queries)), key=lambda i: total[i])
        out[name] = {
            "p50_ms": statistics.median(s_ms),
            "p95_ms": percentile(s_ms, 95),
            "max_ms": max(s_ms),
            "answer_p50_ms": statistics.median(total),
            "answer_p95_ms": percentile(total, 95),
            "answer_max_ms": max(total),
            "slowest": f"{queries[slowest]} ({s_ms[slowest]:.0f} ms search + {c_ms[slowest]:.0f} ms compose, "
            f"{len(results[name][slowest].evidence)} evidence records)",
            "top5": [[e.record.id for e in r.evidence[:5]] for r in results[name]],
        }
    return out


def stage_breakdown(retrievers: dict, queries: list[str], model) -> dict[str, dict[str, float]]:
    """Median ms of each stage, timed separately: query encoding, FAISS (per index), BM25."""
    from assistant import dense_index
    from assistant.embeddings import encode_queries
    from assistant.query import parse_query

    enc, kw = [], []
    den: dict[str, list[float]] = {name: [] for name in retrievers}
    first = next(iter(retrievers.values()))
    k = first.settings.candidates * 4
    for q in queries:
        pq = parse_query(q)
        t0 = time.perf_counter()
        vec = encode_queries(model, [pq.search_text])[0]
        enc.append((time.perf_counter() - t0) * 1000)
        for name, retriever in retrievers.items():
            t1 = time.perf_counter()
            dense_index.search(retriever.index.search.index_dense, vec, k)
            den[name].append((time.perf_counter() - t1) * 1000)
        t2 = time.perf_counter()
        first.index.search.index_keyword.scores(pq.search_text)
        kw.append((time.perf_counter() - t2) * 1000)
    return {
        name: {"encode": statistics.median(enc), "faiss": statistics.median(den[name]), "bm25": statistics.median(kw)}
        for name in retrievers
    }


def recall(exact, approx, qvecs: np.ndarray, k: int) -> float:
    """Share of the exact top-k ids that the approximate index returns (by id)."""
    _, e = exact.search(qvecs, k)
    _, a = approx.search(qvecs, k)
    return float(np.mean([len(set(x) & set(y)) / k for x, y in zip(e.tolist(), a.tolist(), strict=True)]))


def score_recall(exact, approx, vectors: np.ndarray, qvecs: np.ndarray, k: int) -> float:
    """Tie-tolerant recall: share of the approximate top-k whose true score reaches the exact k-th score.

    Mean vectors have many near-ties; a different passage with the same score is not a miss here.
    """
    es, _ = exact.search(qvecs, k)
    _, a = approx.search(qvecs, k)
    hits = []
    for q, kth, ids in zip(qvecs, es[:, -1], a, strict=True):
        ids = ids[ids >= 0]
        true = vectors[ids] @ q
        hits.append(float(np.sum(true >= kth - 1e-5)) / k)
    return float(np.mean(hits))


def faiss_ms(index, qvecs: np.ndarray, k: int) -> float:
    """Median ms of one single-query search (as the retriever does it)."""
    times = []
    for q in qvecs:
        t = time.perf_counter()
        index.search(q.reshape(1, -1), k)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def build_milvus(args, settings, records, passages, vectors, keyword, manifest, step) -> dict:
    """The same passages, vectors and BM25 weights written into a Milvus collection (HNSW, as at this size
    Milvus is worth it) through the milvus backend, and loaded back as the app would."""
    import tempfile

    from assistant.backend import BackendKind, VersionContent
    from assistant.english_terms import EnglishTerms
    from assistant.milvus_backend import MilvusBackend
    from assistant.milvus_lite import MilvusLiteServer
    from assistant.settings import MilvusSettings
    from assistant.synonyms import CorpusSynonyms

    tmp = Path(tempfile.mkdtemp(prefix="bench-milvus-"))
    server = None if args.milvus_uri else MilvusLiteServer(tmp / "milvus").start()
    uri = args.milvus_uri or server.uri
    own = settings.model_copy(update={"backend": BackendKind.MILVUS, "index_dir": tmp / "index",
                                      "milvus": MilvusSettings(uri=uri, prefix="bench")})
    backend = MilvusBackend(own)
    content = VersionContent(records=records, passages=passages, passage_vectors=vectors, sentence_keys=[],
                             sentence_vectors=np.zeros((0, vectors.shape[1]), dtype=np.float32), keyword=keyword,
                             synonyms=CorpusSynonyms({}), english=EnglishTerms({}),
                             approximate_above=0 if args.milvus_index == "hnsw" else len(passages))
    hnsw = args.milvus_index == "hnsw"
    fields = manifest.model_dump(exclude={"files"}) | {"version": "vbench"}
    t = time.perf_counter()
    backend.write(content, fields)
    step(f"Milvus: insert passages (dense + sparse BM25 + scalars), {args.milvus_index.upper()} index, load",
         time.perf_counter() - t, f"{uri}{' (Milvus Lite, started here)' if server else ''}"
         + (f"; M=32 efConstruction=80, ef={own.milvus.hnsw_ef}" if hnsw else ""))
    t = time.perf_counter()
    loaded = backend.load("vbench")
    step("Milvus: load version (files + collection check)", time.perf_counter() - t)

    def stop() -> None:
        backend.call("drop", lambda c: c.drop_collection(backend.collection_of("vbench")))
        if server is not None:
            server.stop()
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)

    return {"index": loaded, "backend": backend, "collection": backend.collection_of("vbench"), "stop": stop,
            "ef": own.milvus.hnsw_ef, "name": f"Milvus {args.milvus_index.upper()}"}


def remote_stages(retriever, queries: list[str], qvecs: np.ndarray) -> dict[str, float]:
    """Median ms of the Milvus backend's dense and BM25 searches (each one request), as the retriever sends them."""
    from assistant.filters import Filters
    from assistant.query import parse_query

    scope = retriever.scope(Filters())
    search, wanted = retriever.index.search, retriever.settings.candidates
    dense, bm25 = [], []
    for q, vec in zip(queries, qvecs, strict=True):
        weights, _ = retriever.keyword_weights(parse_query(q).keyword_text)
        t = time.perf_counter()
        search.dense(vec, scope, wanted)
        t1 = time.perf_counter()
        if weights:
            search.keyword(weights, scope, wanted)
            bm25.append((time.perf_counter() - t1) * 1000)
        dense.append((t1 - t) * 1000)
    return {"faiss": statistics.median(dense), "bm25": statistics.median(bm25) if bm25 else 0.0}


def milvus_recall(milvus: dict, flat, vectors: np.ndarray, qvecs: np.ndarray) -> tuple[float, float, float]:
    """recall@10, recall@200 (ids) and tie-tolerant recall@10 of the Milvus HNSW search against exact FAISS."""
    backend, collection = milvus["backend"], milvus["collection"]

    def search(k: int) -> list[list[int]]:
        hits = backend.call("search", lambda c: c.search(
            collection, data=qvecs.tolist(), anns_field="dense", limit=k, filter="kind == 0",
            output_fields=["ordinal"], search_params={"metric_type": "COSINE", "params": {"ef": max(milvus["ef"], k)}}))
        return [[int(h["entity"]["ordinal"]) for h in row] for row in hits]

    out = []
    for k in (10, 200):
        _, exact = flat.search(qvecs, k)
        got = search(k)
        out.append(float(np.mean([len(set(e) & set(g)) / k for e, g in zip(exact.tolist(), got, strict=True)])))
    es, _ = flat.search(qvecs, 10)
    tolerant = [float(np.sum(vectors[ids] @ q >= kth - 1e-5)) / 10
                for q, kth, ids in zip(qvecs, es[:, -1], search(10), strict=True)]
    return out[0], out[1], float(np.mean(tolerant))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="synthetic records (default 100000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="tokenizer processes")
    parser.add_argument("--no-ivf", dest="ivf", action="store_false", help="skip the IVF-Flat variant")
    parser.add_argument("--no-persist", dest="persist", action="store_false",
                        help="skip writing the HNSW index to a temporary directory and loading it back")
    parser.add_argument("--backend", choices=["files", "milvus"], default="files",
                        help="milvus: also build the index into Milvus (HNSW) and search through it, beside the files "
                             "backend's variants")
    parser.add_argument("--milvus-index", choices=["hnsw", "flat"], default="hnsw",
                        help="the Milvus collection's dense index (flat: exact, to compare rankings with exact FAISS)")
    parser.add_argument("--milvus-uri", help="a running Milvus server (default: start Milvus Lite in a temporary "
                                             "directory)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    wall = time.perf_counter()
    load_start = os.getloadavg()

    import faiss

    from assistant import dense_index
    from assistant.bm25_index import KeywordIndex
    from assistant.corpus import load_corpus
    from assistant.embeddings import (
        encode_passages,
        encode_queries,
        load_query_encoder,
        load_sentence_transformer,
    )
    from assistant.english_terms import EnglishTerms
    from assistant.evaluate import load_cases
    from assistant.files_backend import FilesSearch
    from assistant.index_store import LoadedIndex, Manifest
    from assistant.passages import make_passages
    from assistant.query import municipalities
    from assistant.retrieve import Retriever
    from assistant.sentence_index import SentenceIndex
    from assistant.settings import get_settings
    from assistant.synonyms import CorpusSynonyms
    from assistant.synthetic import generate

    settings = get_settings()
    steps: list[tuple[str, float, float, str]] = []  # (step, seconds, RSS after, note)

    def step(name: str, seconds: float, note: str = "") -> None:
        steps.append((name, seconds, rss_mb(), note))
        print(f"[{time.perf_counter() - wall:6.0f}s] {name}: {seconds:.2f}s {note}", file=sys.stderr, flush=True)

    t = time.perf_counter()
    model = load_sentence_transformer(settings)  # embeds the pool of real sentences (as the indexer would)
    encode_queries(model, ["ウォームアップ"])
    step("load model", time.perf_counter() - t)
    t = time.perf_counter()
    encoder = load_query_encoder(settings)  # embeds questions, as the app does
    encode_queries(encoder, ["ウォームアップ"])
    step("load question encoder", time.perf_counter() - t, getattr(encoder, "runtime", type(encoder).__name__))

    real = load_corpus(settings.corpus_dir, strict=True).records
    cities = [name for name, _ in municipalities()]
    t = time.perf_counter()
    corpus = generate(real, args.n, seed=args.seed, cities=cities)
    records = corpus.records
    step("generate synthetic records", time.perf_counter() - t, f"{len(records)} records, {len(cities)} cities")

    t = time.perf_counter()
    passages = make_passages(records, settings.chunk.max_passage_tokens, settings.chunk.passage_overlap_sentences)
    step("make_passages", time.perf_counter() - t, f"{len(passages)} passages")

    t = time.perf_counter()
    pool_vecs = encode_passages(model, list(corpus.pool), batch_size=settings.embedding.batch_size)
    title_vecs = encode_passages(model, list(corpus.titles), batch_size=settings.embedding.batch_size)
    step("embed real sentence pool (model)", time.perf_counter() - t,
         f"{len(corpus.pool)} sentences + {len(corpus.titles)} titles")

    t = time.perf_counter()
    by_id = {r.id: r for r in records}
    vectors = passage_vectors(corpus, passages, by_id, pool_vecs, title_vecs)
    step("passage vectors = mean of pool vectors", time.perf_counter() - t)

    t = time.perf_counter()
    flat = dense_index.build(vectors, approximate_above=len(vectors) + 1)
    step("FAISS exact (IndexFlatIP)", time.perf_counter() - t,
         f"{dense_index.kind(flat)}; chosen automatically at {len(vectors):,} passages: "
         f"{'approximate' if len(vectors) > settings.retrieval.approximate_above else 'exact'} "
         f"(approximate_above={settings.retrieval.approximate_above:,})")
    t = time.perf_counter()
    hnsw = dense_index.build(vectors, approximate_above=0)
    step("FAISS HNSW (dense_index, approximate_above=0)", time.perf_counter() - t,
         f"M={dense_index.HNSW_M} efC={dense_index.HNSW_EF_CONSTRUCTION} efS={dense_index.HNSW_EF_SEARCH}")
    ivf = None
    if args.ivf:
        t = time.perf_counter()
        nlist = max(16, min(int(4 * np.sqrt(len(vectors))), len(vectors) // 39))
        quantizer = faiss.IndexFlatIP(vectors.shape[1])
        ivf = faiss.IndexIVFFlat(quantizer, vectors.shape[1], nlist, faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(args.seed)
        sample = vectors[rng.choice(len(vectors), size=min(len(vectors), 40 * nlist), replace=False)]
        ivf.train(sample)
        ivf.add(vectors)
        ivf.nprobe = 16
        step("FAISS IVF-Flat", time.perf_counter() - t, f"nlist={nlist} nprobe=16")

    tokens, tok_wall, tok_cpu = tokenize_all([p.text for p in passages], args.workers)
    step("tokenize (fugashi)", tok_wall,
         f"{args.workers} workers; CPU {tok_cpu:.0f}s summed ≈ serial indexer time; "
         f"{tok_cpu / len(passages) * 1000:.2f} ms/passage")
    t = time.perf_counter()
    keyword = KeywordIndex.build(tokens)
    del tokens
    step("BM25 index (bm25s)", time.perf_counter() - t)

    manifest = Manifest(
        version="synthetic", created_at="-", model=settings.embedding.model, model_fingerprint="-",
        embedding_dim=int(vectors.shape[1]), tokenizer="fugashi+unidic-lite", corpus_checksum="-",
        settings_hash=settings.index_settings_hash(),
        counts={"records": len(records), "passages": len(passages)}, dense_kind="flat", build_seconds=0.0, files={},
    )
    t = time.perf_counter()
    # No sentence vectors here (the synthetic passage vectors are pool means; sentences have no such stand-in):
    # retrieval runs with sentence_vectors off, so the figures are passage + BM25 only.
    no_sentences = SentenceIndex.build([], np.zeros((0, vectors.shape[1]), dtype=np.float32), len(vectors) + 1)
    settings = settings.model_copy(update={"retrieval": settings.retrieval.model_copy(
        update={"sentence_vectors": False})})
    position = {r.id: i for i, r in enumerate(records)}
    owners = [position[p.record_id] for p in passages]
    searches = {"exact (FlatIP)": flat, "HNSW": hnsw} | ({"IVF-Flat": ivf} if ivf is not None else {})
    exact_index = LoadedIndex(path=Path("synthetic"), manifest=manifest, records=records, passages=passages,
                              search=FilesSearch(flat, keyword, no_sentences, owners), synonyms=CorpusSynonyms({}),
                              english=EnglishTerms({}))
    retrievers = {"exact (FlatIP)": Retriever(exact_index, encoder, settings.retrieval)}
    step("LoadedIndex + Retriever", time.perf_counter() - t)
    for name, dense in searches.items():
        if name not in retrievers:
            retrievers[name] = Retriever(replace(exact_index, search=FilesSearch(dense, keyword, no_sentences, owners)),
                                         encoder, settings.retrieval)

    milvus = None
    if args.backend == "milvus":
        milvus = build_milvus(args, settings, records, passages, vectors, keyword, manifest, step)
        retrievers[milvus["name"]] = Retriever(milvus["index"], encoder, settings.retrieval)

    if args.persist:
        import tempfile

        from assistant.index_store import load_version, write_version

        with tempfile.TemporaryDirectory() as tmp:
            fields = manifest.model_dump(exclude={"files"}) | {"dense_kind": "hnsw", "version": "vsynthetic"}
            t = time.perf_counter()
            def write_files(directory: Path) -> None:
                dense_index.save(hnsw, directory / "dense.faiss")
                keyword.save(directory / "bm25")
                no_sentences.save(directory)

            path = write_version(Path(tmp), records=records, passages=passages, synonyms=CorpusSynonyms({}),
                                 english=EnglishTerms({}), manifest_fields=fields, write_files=write_files)
            write_s = time.perf_counter() - t
            size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20
            t = time.perf_counter()
            del_unverified = load_version(path, verify=False)
            parse_s = time.perf_counter() - t
            del del_unverified
            t = time.perf_counter()
            loaded = load_version(path)
            load_s = time.perf_counter() - t
            t = time.perf_counter()
            Retriever(loaded, encoder, settings.retrieval)
            retr_s = time.perf_counter() - t
            del loaded
        step("write_version (HNSW) to disk", write_s, f"{size:.0f} MB on disk")
        step("load_version (verify checksums + parse)", load_s,
             f"without verify {parse_s:.2f}s; + Retriever() {retr_s:.2f}s: what app start pays")

    base = [c.question for c in load_cases(settings.eval.qa_file)][: args.queries]
    queries = make_queries(base, cities, sorted({r.city for r in real}), args.queries, args.seed)
    qvecs = encode_queries(encoder, queries, batch_size=settings.embedding.batch_size)

    t = time.perf_counter()
    runs = time_search(retrievers, queries, settings)
    local = {name: r for name, r in retrievers.items() if hasattr(r.index.search, "index_dense")}
    for name, stages in stage_breakdown(local, queries, encoder).items():
        runs[name]["stages"] = stages
    if milvus is not None:
        runs[milvus["name"]]["stages"] = remote_stages(retrievers[milvus["name"]], queries, qvecs) | {
            "encode": runs[next(iter(local))]["stages"]["encode"]}
    print(f"[{time.perf_counter() - wall:6.0f}s] queries: {time.perf_counter() - t:.0f}s", file=sys.stderr, flush=True)
    rss_after_queries = rss_mb()

    approx = {"HNSW": hnsw} | ({"IVF-Flat": ivf} if ivf is not None else {})
    recalls = {name: (recall(flat, idx, qvecs, 10), recall(flat, idx, qvecs, 200),
                      score_recall(flat, idx, vectors, qvecs, 10)) for name, idx in approx.items()}
    if milvus is not None:
        recalls[milvus["name"]] = milvus_recall(milvus, flat, vectors, qvecs)
    sweep = [("exact (FlatIP)", "-", 1.0, 1.0, 1.0, faiss_ms(flat, qvecs, 200))]
    for ef in (64, 128, 256, 512):
        hnsw.hnsw.efSearch = ef
        sweep.append(("HNSW", f"efSearch={ef}", recall(flat, hnsw, qvecs, 10), recall(flat, hnsw, qvecs, 200),
                      score_recall(flat, hnsw, vectors, qvecs, 10), faiss_ms(hnsw, qvecs, 200)))
    hnsw.hnsw.efSearch = dense_index.HNSW_EF_SEARCH
    if ivf is not None:
        for nprobe in (16, 64):
            ivf.nprobe = nprobe
            sweep.append(("IVF-Flat", f"nprobe={nprobe}", recall(flat, ivf, qvecs, 10), recall(flat, ivf, qvecs, 200),
                          score_recall(flat, ivf, vectors, qvecs, 10), faiss_ms(ivf, qvecs, 200)))
        ivf.nprobe = 16
    exact_top5 = runs["exact (FlatIP)"]["top5"]
    agree = {
        name: float(np.mean([len(set(a) & set(b)) / max(1, len(a)) for a, b in zip(exact_top5, runs[name]["top5"], strict=True)]))
        for name in [*approx, *([milvus["name"]] if milvus is not None else [])]
    }

    # -- report ----------------------------------------------------------------------------------
    total_wall = time.perf_counter() - wall
    print(f"# Scale benchmark: {len(records):,} synthetic records, {len(passages):,} passages "
          f"({len({r.source_file for r in records}):,} synthetic documents)\n")
    print("Dense vectors are an APPROXIMATION: each synthetic passage's vector is the normalized mean of the real "
          f"model's vectors of its title and its real sentences ({len(corpus.pool)} sentences + "
          f"{len(corpus.titles)} titles embedded); query vectors are real.\n")
    print("## Build\n")
    print("| step | seconds | RSS after (MB) | note |")
    print("|---|---|---|---|")
    for name, seconds, rss, note in steps:
        print(f"| {name} | {seconds:.2f} | {rss:.0f} | {note} |")
    index_build = sum(s for n, s, _, _ in steps if n.startswith(("make_passages", "FAISS HNSW", "tokenize", "BM25")))
    print(f"\nIndex build as the indexer would do it with HNSW (passages + HNSW + tokenize wall + BM25; "
          f"real passage embedding excluded): {index_build:.1f}s; with serial tokenizing: "
          f"{index_build - tok_wall + tok_cpu:.1f}s.\n")
    print(f"## Query latency ({len(queries)} queries: {len(base)} eval questions + perturbations; warm)\n")
    print("| dense index | hybrid search p50 (ms) | p95 (ms) | max (ms) | search+compose p50 (ms) | p95 (ms) | max (ms) "
          "| stage medians: encode / dense k=200 (FAISS or Milvus) / BM25 (ms) | dense recall@10 vs exact | recall@200 | top-5 records same as exact | target p95 ≤ 150 ms |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, r in runs.items():
        s = r.get("stages")
        stages = f"{s['encode']:.1f} / {s['faiss']:.1f} / {s['bm25']:.1f}" if s else "-"
        rec = recalls.get(name)
        print(f"| {name} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['max_ms']:.0f} | {r['answer_p50_ms']:.1f} | "
              f"{r['answer_p95_ms']:.1f} | {r['answer_max_ms']:.0f} | {stages} | "
              f"{f'{rec[0]:.3f} (tie-tolerant {rec[2]:.3f})' if rec else '1 (reference)'} | {f'{rec[1]:.3f}' if rec else '1'} | "
              f"{f'{agree[name]:.3f}' if name in agree else '-'} | "
              f"{'met' if r['p95_ms'] <= TARGET_P95_MS else 'NOT met'} |")
    print()
    print(f"## Dense index parameters ({len(queries)} real query vectors, single-query search, k=200)\n")
    print("| index | parameter | recall@10 (ids) | recall@200 (ids) | recall@10 (tie-tolerant) | FAISS ms/query (median) |")
    print("|---|---|---|---|---|---|")
    for name, param, r10, r200, rs, ms in sweep:
        print(f"| {name} | {param} | {r10:.3f} | {r200:.3f} | {rs:.3f} | {ms:.2f} |")
    print()
    for name, r in runs.items():
        print(f"- slowest with {name}: {r['slowest']}")
    print(f"- memory: RSS after queries {rss_after_queries:.0f} MB; ru_maxrss {peak_mb():.0f} MB "
          f"(model loaded first: {steps[0][2]:.0f} MB)")
    print(f"- load average at start {load_start[0]:.1f}, at end {os.getloadavg()[0]:.1f} (2 CPU cores)")
    print(f"- wall time {total_wall:.0f}s")
    if milvus is not None:
        milvus["stop"]()
    if args.json:
        payload = {
            "n": len(records), "passages": len(passages),
            "steps": [{"step": n, "seconds": s, "rss_mb": r, "note": no} for n, s, r, no in steps],
            "runs": {k: {kk: vv for kk, vv in v.items() if kk != "top5"} for k, v in runs.items()},
            "recall": recalls, "top5_agreement": agree, "sweep": sweep, "peak_rss_mb": peak_mb(), "wall_s": total_wall,
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
