"""Check the known Q&A set (eval/qa.jsonl) against the parsed corpus and print its coverage.

    .venv/bin/python scripts/check_eval.py [path/to/qa.jsonl]    (without a path: eval/dialogues.jsonl too)

For every case: the schema is valid; ids are unique; every gold (source_file, label)
is a record of the corpus; gold_page is the page of the first gold record (null
when that record has none, null when there is no gold); every fact occurs in the heading,
offices, text or a field value of at least one gold record (after NFKC and without
whitespace); answerable cases have gold; unanswerable cases have no facts. The
dialogues (eval/dialogues.jsonl) are checked turn by turn the same way (`check_dialogues`).
Exits 1 and lists the problems if there are any.

``check(cases, records)`` and ``coverage(cases, records)`` are importable (the
test loads this file by path).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.evaluate import EvalCase

ROOT = Path(__file__).resolve().parents[1]

KINDS = (
    "single_item", "number", "multi_item", "cross_document", "listing",
    "english", "paraphrase", "era", "citizen", "when", "unanswerable", "near_miss",
)
UNANSWERABLE_KINDS = ("unanswerable", "near_miss")
# dialogue turns (eval/dialogues.jsonl): the kind of turn; answerable or not whatever the kind
FOLLOW_UPS = ("new", "facet", "demonstrative", "year", "city", "more", "topic_change")
TURN_KINDS = tuple(f"turn_{f}" for f in FOLLOW_UPS)
LANGUAGES = ("ja", "en")
USER_TYPES = ("staff", "citizen")
SPLITS = ("dev", "test")


def norm(text: str) -> str:
    """NFKC, no whitespace: how facts are compared with the record text."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _get(record: Any, name: str) -> Any:
    return record[name] if isinstance(record, dict) else getattr(record, name)


def _key(source_file: str, label: str) -> str:
    return f"{source_file}#{label}"


def _as_case(case: Any) -> EvalCase:
    return case if isinstance(case, EvalCase) else EvalCase.model_validate(case)


def check(cases: list[Any], records: list[Any]) -> list[str]:
    """Problems found in ``cases`` (EvalCase objects or dicts) against ``records``; empty when all is well."""
    by_key = {_key(_get(r, "source_file"), _get(r, "label")): r for r in records}
    problems: list[str] = []
    seen: Counter[str] = Counter()
    for n, raw in enumerate(cases, start=1):
        try:
            case = _as_case(raw)
        except ValidationError as exc:
            errors = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            ident = raw.get("id") if isinstance(raw, dict) else None
            problems.append(f"{ident or f'case #{n}'}: invalid schema: {errors}")
            continue
        where = case.id or f"case #{n}"
        if isinstance(raw, dict):
            for extra in sorted(set(raw) - set(EvalCase.model_fields)):
                problems.append(f"{where}: unknown field {extra!r}")
        seen[case.id] += 1
        if not case.id.strip():
            problems.append(f"{where}: empty id")
        if not case.question.strip():
            problems.append(f"{where}: empty question")
        if case.kind not in KINDS + TURN_KINDS:
            problems.append(f"{where}: unknown kind {case.kind!r} (expected one of {', '.join(KINDS)})")
        if case.language not in LANGUAGES:
            problems.append(f"{where}: language {case.language!r} is not ja/en")
        if case.user_type not in USER_TYPES:
            problems.append(f"{where}: user_type {case.user_type!r} is not staff/citizen")
        if case.split not in SPLITS:
            problems.append(f"{where}: split {case.split!r} is not dev/test")
        if case.kind in KINDS and (case.kind in UNANSWERABLE_KINDS) != (not case.answerable):
            problems.append(f"{where}: kind {case.kind!r} does not agree with answerable={case.answerable}")

        gold_records = []
        gold_keys = [_key(g.source_file, g.label) for g in case.gold]
        for key in sorted({k for k in gold_keys if gold_keys.count(k) > 1}):
            problems.append(f"{where}: gold {key} listed twice")
        for key in gold_keys:
            record = by_key.get(key)
            if record is None:
                problems.append(f"{where}: gold {key} is not a record of the corpus")
            else:
                gold_records.append(record)

        if case.gold:
            first = by_key.get(gold_keys[0])
            if first is not None:
                page = _get(first, "page")
                if case.gold_page != page:
                    problems.append(
                        f"{where}: gold_page {case.gold_page} but {gold_keys[0]} states page {page}"
                    )
        elif case.gold_page is not None:
            problems.append(f"{where}: gold_page {case.gold_page} without any gold record")

        if case.answerable:
            if not case.gold:
                problems.append(f"{where}: answerable case without gold")
        elif case.facts:
            problems.append(f"{where}: unanswerable case with facts")

        for key in (_key(g.source_file, g.label) for g in case.related):
            if key not in by_key:
                problems.append(f"{where}: related {key} is not a record of the corpus")
            elif key in gold_keys:
                problems.append(f"{where}: related {key} is also gold")
        if case.kind == "paraphrase" and gold_records:
            shared = paraphrase_overlap(case.question, _get(gold_records[0], "title"))
            if shared:
                problems.append(f"{where}: paraphrase shares {sorted(shared)} with its gold title")

        haystacks = []
        for record in gold_records:
            # what an answer prints of a record: its heading (label, title), the headings it is under (asked
            # 「どの方向性に入ってる？」), its offices, its text and fields
            parts = [_get(record, "label"), _get(record, "title"), _get(record, "section"),
                     *(_get(record, "departments") or []),
                     _get(record, "text"), *(_get(record, "fields") or {}).values()]
            haystacks.append("\n".join(norm(p) for p in parts))
        for fact in case.facts:
            if not norm(fact):
                problems.append(f"{where}: empty fact")
            elif gold_records and not any(norm(fact) in h for h in haystacks):
                problems.append(f"{where}: fact {fact!r} is in no gold record's heading, text or fields")
    for case_id, count in sorted(seen.items()):
        if count > 1:
            problems.append(f"{case_id}: id used {count} times")
    return problems


def check_dialogues(dialogues: list[Any], records: list[Any]) -> list[str]:
    """Problems in the dialogues: every turn as a case (above), and each dialogue opens a topic."""
    problems: list[str] = []
    cases = []
    for dialogue in dialogues:
        if not 2 <= len(dialogue.turns) <= 4:
            problems.append(f"{dialogue.id}: {len(dialogue.turns)} turns (expected 2–4)")
        if dialogue.turns and dialogue.turns[0].follow_up != "new":
            problems.append(f"{dialogue.id}: the first turn is {dialogue.turns[0].follow_up!r}, not 'new'")
        for n, turn in enumerate(dialogue.turns[1:], start=2):
            if turn.follow_up == "new":
                problems.append(f"{dialogue.id}.{n}: a later turn that opens a topic is 'topic_change'")
        cases += dialogue.cases()
    return problems + check(cases, records)


def paraphrase_overlap(question: str, title: str) -> set[str]:
    """Content-word lemmas a paraphrase question shares with its gold record's title (should be none)."""
    from assistant.tokenize_ja import content_lemmas

    return content_lemmas(question) & content_lemmas(title)


def coverage(cases: list[Any], records: list[Any]) -> dict[str, dict[str, int]]:
    """Counts per kind, document, fiscal year, city, user_type, split and language.

    Documents, fiscal years and cities are counted over the cases' gold records
    (a case counts once per document / year / city it touches).
    """
    by_key = {_key(_get(r, "source_file"), _get(r, "label")): r for r in records}
    out: dict[str, Counter[str]] = {
        name: Counter() for name in
        ("kind", "document", "document_answerable", "fiscal_year", "city", "user_type", "split", "language",
         "answerable")
    }
    for raw in cases:
        try:
            case = _as_case(raw)
        except ValidationError:
            continue
        out["kind"][case.kind] += 1
        out["user_type"][case.user_type] += 1
        out["split"][case.split] += 1
        out["language"][case.language] += 1
        out["answerable"]["answerable" if case.answerable else "unanswerable"] += 1
        gold = [by_key[k] for k in (_key(g.source_file, g.label) for g in case.gold) if k in by_key]
        if not gold:
            out["document"]["(no gold)"] += 1
        docs = {_get(r, "source_file") for r in gold}
        years = {y for r in gold for y in _get(r, "fiscal_years")}
        cities = {_get(r, "city") for r in gold}
        for d in docs:
            out["document"][d] += 1
            if case.answerable:
                out["document_answerable"][d] += 1
        for y in years:
            out["fiscal_year"][str(y)] += 1
        for c in cities:
            out["city"][c] += 1
    return {name: dict(sorted(counter.items())) for name, counter in out.items()}


def load_cases_raw(path: Path) -> tuple[list[Any], list[str]]:
    """Cases as dicts (schema is checked by ``check``), plus JSON syntax problems."""
    cases, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"{path.name}:{n}: not valid JSON: {exc}")
    return cases, problems


def load_records() -> list[Any]:
    from assistant.corpus import load_corpus
    from assistant.settings import get_settings

    return load_corpus(get_settings().corpus_dir).records


def main(argv: list[str]) -> int:
    from assistant.settings import get_settings

    path = Path(argv[0]) if argv else get_settings().eval.qa_file
    cases, problems = load_cases_raw(path)
    records = load_records()
    problems += check(cases, records)
    if not argv:  # the dialogues beside the questions, turn by turn
        from assistant.evaluate import load_dialogues

        dialogues = load_dialogues(get_settings().eval.dialogues_file)
        problems += check_dialogues(dialogues, records)
        print(f"{get_settings().eval.dialogues_file}: {len(dialogues)} dialogues")
    print(f"{path}: {len(cases)} cases, {len(records)} corpus records")
    for name, counts in coverage(cases, records).items():
        print(f"  {name:20s} " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(f"  - {p}")
        return 1
    print("OK: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
