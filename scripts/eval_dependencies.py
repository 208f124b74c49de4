"""Fill each eval case's ``depends_on`` from its gold records and from what it asks for that the corpus
does not hold (a city, a fiscal year, a plan edition), so the gate can tell which cases a new or changed
document may change. Prints what it would write; ``--write`` rewrites eval/qa.jsonl in place.

    .venv/bin/python scripts/eval_dependencies.py [--write]
"""

from __future__ import annotations

import argparse
import json
import logging

from assistant.corpus import load_corpus
from assistant.evaluate import Absent, Dependencies, EvalCase
from assistant.query import parse_query
from assistant.settings import get_settings


def dependencies(case: EvalCase, corpus_cities: set[str], years_by_city: dict[str, set[int]],
                 titles_by_city: dict[str, list[str]]) -> Dependencies:
    documents = sorted({g.source_file for g in case.gold})
    absent: list[Absent] = []
    if not case.answerable:
        query = parse_query(case.question)
        for city in query.cities:
            if city not in corpus_cities:
                absent.append(Absent(city=city))
        named = [c for c in query.cities if c in corpus_cities]
        for city in named or ([None] if query.fiscal_years or query.editions else []):
            covered = years_by_city.get(city, set()) if city else set().union(*years_by_city.values())
            missing = [y for y in query.fiscal_years if y not in covered]
            if missing:
                absent.append(Absent(city=city, fiscal_years=missing))
            titles = titles_by_city.get(city, []) if city else [t for ts in titles_by_city.values() for t in ts]
            for edition in query.editions:
                if not any(edition in t.replace(" ", "") for t in titles):
                    absent.append(Absent(city=city, edition=edition))
    return Dependencies(documents=documents, absent=absent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    settings = get_settings()
    loaded = load_corpus(settings.corpus_dir)
    cities = {d.city for d in loaded.documents}
    years: dict[str, set[int]] = {}
    for meta in loaded.documents:  # the years the documents are about, not every year their text mentions
        years.setdefault(meta.city, set()).update(meta.fiscal_years)
    titles: dict[str, list[str]] = {}
    for meta in loaded.documents:
        titles.setdefault(meta.city, []).append(meta.title)
    path = settings.eval.qa_file
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        case = EvalCase.model_validate(row)
        row["depends_on"] = dependencies(case, cities, years, titles).model_dump(exclude_defaults=True)
        if row["depends_on"].get("absent"):
            print(row["id"], case.question[:50], json.dumps(row["depends_on"]["absent"], ensure_ascii=False))
    if args.write:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {len(rows)} cases to {path}")


if __name__ == "__main__":
    main()
