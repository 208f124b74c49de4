"""The generic reader alone on each corpus document with a profile: coverage and how many of the
profile's units it recovers (same title and number). Prints one row per document and the misses.

    .venv/bin/python scripts/generic_on_seeds.py
"""

from __future__ import annotations

import logging

from assistant.corpus import document_files, parse_file, read_lines
from assistant.ingest import coverage_report, missed_units
from assistant.readers import get_reader
from assistant.settings import get_settings
from assistant.types import DocumentKind


def main() -> None:
    logging.disable(logging.WARNING)
    total = found = 0
    print(f"{'document':28} {'kind':20} {'profile':>8} {'cov':>6} {'generic':>8} {'cov':>6} {'recovered':>10}")
    misses = []
    for path in document_files(get_settings().corpus_dir):
        profile = parse_file(path)
        profile.records = [r for r in profile.records if "outside_profile" not in r.flags]  # its own
        if profile.meta.kind == DocumentKind.generic:
            continue
        meta = profile.meta.model_copy(update={"kind": DocumentKind.generic})
        lines = read_lines(path)
        records = get_reader(DocumentKind.generic)(lines, meta)
        report = coverage_report(lines, meta, records)
        missed = missed_units(profile.records, records)
        total += len(profile.records)
        found += len(profile.records) - len(missed)
        misses += [(path.name, r) for r in missed]
        print(f"{path.name:28} {profile.meta.kind.value:20} {len(profile.records):>8} "
              f"{profile.report.coverage:>6.1%} {len(records):>8} {report.coverage:>6.1%} "
              f"{len(profile.records) - len(missed):>4}/{len(profile.records):<5}")
    print(f"recovered {found}/{total} = {found / total:.1%}")
    for name, record in misses:
        print(f"  missed {name[:3]} {record.label} ({record.number}) {record.title[:40]}")


if __name__ == "__main__":
    main()
