"""Time ``add`` of a 100-record document (a 推進計画 item table written here) into a temporary copy of the
corpus and the published index, through the full eval gate. The model is loaded before timing.

    .venv/bin/python scripts/bench_add.py [--runs 3]
"""

from __future__ import annotations

import argparse
import logging
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from assistant.embeddings import load_sentence_transformer
from assistant.settings import get_settings
from assistant.update import add_document

AREAS = ["窓口業務", "公共施設", "市税収納", "職員研修", "文書管理", "契約事務", "公用車", "広報紙", "保育施設", "図書館"]
ACTIONS = ["見直し", "デジタル化", "民間委託", "統合", "料金改定", "予約制導入", "キャッシュレス化", "外部評価", "共同運営", "廃止検討"]


def document(n: int = 100) -> str:
    lines = ["れいわ市行財政改革推進計画 取組一覧（令和5年度）", "", "No.\t取組項目\t取組内容\t所管課"]
    for i in range(n):
        area, action = AREAS[i // len(ACTIONS) % len(AREAS)], ACTIONS[i % len(ACTIONS)]
        lines.append(f"{i + 1}\t{area}の{action}\t{area}について{action}を進め、令和{5 + i % 3}年度までに"
                     f"費用を{1 + i % 9}割減らす（取組{i + 1}）。\t{area[:2]}課")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    settings = get_settings()
    model = load_sentence_transformer(settings)
    times = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            shutil.copytree(settings.corpus_dir, root / "corpus", ignore=shutil.ignore_patterns("pending"))
            shutil.copytree(settings.index_dir, root / "index")
            doc = root / "reiwa_items.txt"
            doc.write_text(document(), encoding="utf-8")
            copy = settings.model_copy(update={"corpus_dir": root / "corpus", "index_dir": root / "index"})
            started = time.perf_counter()
            outcome = add_document(copy, doc, city="れいわ市", title="れいわ市行財政改革推進計画", year=[2023], model=model)
            times.append(time.perf_counter() - started)
            records = next((m for m in outcome.messages if "records read as" in m), "").splitlines()[0]
            retrieval = next((line.strip() for line in outcome.summary().splitlines() if "self-retrieval" in line), "")
            print(f"run {run + 1}: {times[-1]:.1f} s  published={outcome.published}  {records}  {retrieval}")
    print(f"add of a 100-record document, full gate: median {statistics.median(times):.1f} s "
          f"(min {min(times):.1f}, max {max(times):.1f}, {len(times)} runs)")


if __name__ == "__main__":
    main()
