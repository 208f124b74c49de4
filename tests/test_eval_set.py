"""The known Q&A set (eval/qa.jsonl) is consistent with the corpus and covers what it should."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest
from layouts import seed_files

from assistant.corpus import load_corpus
from assistant.evaluate import load_cases
from assistant.settings import get_settings

ROOT = Path(__file__).resolve().parents[1]
QA_FILE = ROOT / "eval" / "qa.jsonl"

# Issue 12: at least 60 paraphrases sharing no content word with their gold title (check_eval enforces the
# rule on every paraphrase case), 40 near-miss unanswerables, 20 English questions.
KIND_MINIMUM = {
    "single_item": 4, "number": 4, "multi_item": 4, "cross_document": 4, "listing": 4,
    "english": 20, "paraphrase": 60, "era": 4, "citizen": 4, "when": 4, "unanswerable": 10, "near_miss": 40,
}


def _load_checker():
    spec = importlib.util.spec_from_file_location("check_eval", ROOT / "scripts" / "check_eval.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def checker():
    return _load_checker()


@pytest.fixture(scope="module")
def records():
    return load_corpus(get_settings().corpus_dir, strict=True).records


@pytest.fixture(scope="module")
def cases():
    return load_cases(QA_FILE)


@pytest.fixture(scope="module")
def gold_records(cases, records):
    by_key = {(r.source_file, r.label): r for r in records}
    return {c.id: [by_key[(g.source_file, g.label)] for g in c.gold if (g.source_file, g.label) in by_key]
            for c in cases}


def test_every_line_is_json():
    for n, line in enumerate(QA_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                json.loads(line)
            except json.JSONDecodeError as exc:
                pytest.fail(f"eval/qa.jsonl line {n}: {exc}")


def test_no_problems(checker, cases, records):
    problems = checker.check(cases, records)
    assert problems == [], "\n".join(problems)


def test_checker_catches_problems(checker, cases, records):
    broken = [c.model_copy(deep=True) for c in cases[:3]]
    broken[0].facts = ["この文字列はどの文書にもない"]
    broken[1].gold_page = 999
    broken[2].id = broken[0].id
    problems = checker.check(broken, records)
    assert any("no gold record" in p for p in problems)
    assert any("gold_page 999" in p for p in problems)
    assert any("used 2 times" in p for p in problems)


def test_size(cases):
    assert len(cases) >= 100


def test_kinds(cases):
    kinds = Counter(c.kind for c in cases)
    assert set(kinds) == set(KIND_MINIMUM), kinds
    for kind, minimum in KIND_MINIMUM.items():
        assert kinds[kind] >= minimum, f"{kind}: {kinds[kind]} < {minimum}"


def test_answerable_flag(cases, checker):
    for c in cases:
        assert c.answerable == (c.kind not in checker.UNANSWERABLE_KINDS), c.id


def test_every_seed_document_has_answerable_cases(cases):
    """The seeds, by name: a document added later needs no eval cases of its own for the tests to pass."""
    per_doc = Counter(d for c in cases if c.answerable for d in {g.source_file for g in c.gold})
    for source_file in seed_files():
        assert per_doc[source_file] >= 3, f"{source_file}: {per_doc[source_file]} answerable cases"


def test_dependencies_name_the_gold_documents(cases):
    for c in cases:
        assert c.depends_on.documents == sorted({g.source_file for g in c.gold}), c.id


def test_cases_a_new_document_could_answer_say_so(cases):
    """The unanswerable cases that ask for a city, year or edition the corpus lacks record it."""
    absent = {c.id: c.depends_on.absent for c in cases if c.depends_on.absent}
    assert {"q117", "q121", "q128", "q129"} <= set(absent)
    assert absent["q129"][0].edition == "第2期" and absent["q129"][0].city == "小平市"
    assert all(c.answerable is False for c in cases if c.id in absent)


def test_cities_and_years(cases, records, gold_records):
    covered = [r for c in cases for r in gold_records[c.id]]
    cities = {r.city for r in covered}
    assert {r.city for r in records if r.source_file in seed_files()} <= cities
    years = {y for r in covered for y in r.fiscal_years}
    assert {2020, 2021, 2022} <= years


def test_languages_and_users(cases):
    assert {c.language for c in cases} == {"ja", "en"}
    assert {c.user_type for c in cases} == {"staff", "citizen"}


def test_splits(cases):
    dev = [c for c in cases if c.split == "dev"]
    test = [c for c in cases if c.split == "test"]
    assert dev
    assert {c.kind for c in test} == set(KIND_MINIMUM)


def test_coverage_report(checker, cases, records):
    report = checker.coverage(cases, records)
    assert sum(report["kind"].values()) == len(cases)
    assert sum(report["split"].values()) == len(cases)


# Issue 13: at least 40 dialogues of 2–4 turns; every follow-up kind, and topic changes that are not follow-ups.
DIALOGUE_MINIMUM = {"facet": 10, "demonstrative": 5, "year": 5, "city": 5, "more": 5, "topic_change": 5}


@pytest.fixture(scope="module")
def dialogues():
    from assistant.evaluate import load_dialogues

    return load_dialogues(ROOT / "eval" / "dialogues.jsonl")


def test_dialogues_are_consistent_with_the_corpus(checker, dialogues, records):
    problems = checker.check_dialogues(dialogues, records)
    assert problems == [], "\n".join(problems)


def test_dialogues_cover_every_kind_of_turn(dialogues):
    assert len(dialogues) >= 40
    counts = Counter(t.follow_up for d in dialogues for t in d.turns)
    short = {k: (counts[k], n) for k, n in DIALOGUE_MINIMUM.items() if counts[k] < n}
    assert not short, f"too few turns of a kind (have, need): {short}"
    assert {d.language for d in dialogues} == {"ja", "en"}
    assert {d.user_type for d in dialogues} == {"staff", "citizen"}
    assert {d.split for d in dialogues} == {"dev", "test"}


def test_dialogue_checker_catches_problems(checker, dialogues, records):
    broken = [d.model_copy(deep=True) for d in dialogues[:2]]
    broken[0].turns[0].follow_up = "facet"
    broken[1].turns[1].gold[0].label = "取組項目999" if broken[1].turns[1].gold else broken[1].turns[1].gold
    problems = checker.check_dialogues(broken, records)
    assert any("not 'new'" in p for p in problems)
