"""Parity of the milvus backend with the files backend on the seed corpus.

    .venv/bin/python scripts/backend_parity.py                 # starts Milvus Lite in a temporary directory
    .venv/bin/python scripts/backend_parity.py --milvus-uri http://127.0.0.1:19530

The published files index (``index/``) is copied into Milvus with its own vectors (``build --vectors-from``:
nothing is embedded again), then every Q&A question is searched through both backends, without a filter
and under each of three filters (a city, a department word, a fiscal year): the share of questions with
the same top-5 records in the same order, and every difference. Then the whole eval set (questions and
dialogues) is evaluated through both: metrics side by side, with latency. Prints Markdown; no asserts.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import bench_common  # noqa: F401  (sets the offline environment)

FILTERS = {
    "none": {},
    "city 府中市": {"cities": ["府中市"]},
    "department 企画": {"departments": ["企画"]},
    "year 2021": {"fiscal_years": [2021]},
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--milvus-uri")
    args = parser.parse_args()

    from assistant.backend import BackendKind
    from assistant.embeddings import load_sentence_transformer
    from assistant.evaluate import evaluate, load_cases, load_dialogues
    from assistant.files_backend import FilesBackend
    from assistant.filters import Filters
    from assistant.indexer import build_version
    from assistant.milvus_backend import MilvusBackend
    from assistant.milvus_lite import MilvusLiteServer
    from assistant.pipeline import Assistant
    from assistant.settings import MilvusSettings, get_settings

    settings = get_settings()
    files_backend = FilesBackend(settings.index_dir)
    version = files_backend.current()
    if version is None:
        print(f"no published index in {settings.index_dir}: run `make run` or `python -m assistant build` first")
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="parity-"))
    server = None if args.milvus_uri else MilvusLiteServer(tmp / "milvus").start()
    try:
        own = settings.model_copy(update={
            "backend": BackendKind.MILVUS, "index_dir": tmp / "index",
            "milvus": MilvusSettings(uri=args.milvus_uri or server.uri, prefix="parity")})
        model = load_sentence_transformer(settings)
        backend = MilvusBackend(own)
        path = build_version(own, model, progress=False, backend=backend, vectors_from=files_backend)
        backend.publish(path.name)
        files = Assistant(settings)
        milvus = Assistant(own)

        cases = load_cases(settings.eval.qa_file, "all")
        print(f"# Files vs Milvus backend: index {version} (files) copied to {path.name} (Milvus, "
              f"{'Milvus Lite started here' if server else args.milvus_uri})\n")
        print(f"## Top-5 records ({len(cases)} Q&A questions per filter)\n")
        print("| filter | same top-5, same order | same top-5 set |")
        print("|---|---|---|")
        differences = []
        totals = [0, 0, 0]
        for name, spec in FILTERS.items():
            f = Filters(**spec)
            same = same_set = 0
            for case in cases:
                a = [e.record.id for e in files.retriever.search(case.question, k=5, filters=f).evidence]
                b = [e.record.id for e in milvus.retriever.search(case.question, k=5, filters=f).evidence]
                same += a == b
                same_set += set(a) == set(b)
                if a != b:
                    labels = {e.record.id: e.record.label for e in files.retriever.search(case.question, k=5,
                                                                                          filters=f).evidence}
                    labels.update({e.record.id: e.record.label for e in milvus.retriever.search(
                        case.question, k=5, filters=f).evidence})
                    differences.append((name, case.id, case.question, [labels[i] for i in a], [labels[i] for i in b]))
            totals[0] += same
            totals[1] += same_set
            totals[2] += len(cases)
            print(f"| {name} | {same / len(cases):.3f} ({same}/{len(cases)}) | {same_set / len(cases):.3f} |")
        print(f"| all | {totals[0] / totals[2]:.3f} ({totals[0]}/{totals[2]}) | {totals[1] / totals[2]:.3f} |\n")
        if differences:
            print("Differences (files → milvus):\n")
            for name, cid, question, a, b in differences:
                print(f"- [{name}] {cid} {question}: {a} → {b}")
            print()

        dialogues = load_dialogues(settings.eval.dialogues_file, "all")
        reports = {"files": evaluate(files, cases, "-", "all", dialogues),
                   "milvus": evaluate(milvus, cases, "-", "all", dialogues)}
        print(f"## Eval metrics ({len(cases)} questions + {sum(len(d.turns) for d in dialogues)} dialogue turns)\n")
        print("| metric | files | milvus | difference |")
        print("|---|---|---|---|")
        for metric, value in reports["files"].overall.items():
            other = reports["milvus"].overall.get(metric)
            if isinstance(value, float) and isinstance(other, float):
                print(f"| {metric} | {value:.3f} | {other:.3f} | {other - value:+.3f} |")
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
