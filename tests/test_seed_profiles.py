"""The five seed layouts as profiles: the same records as recorded before the structural layer came
in (``tests/data/seed_records.jsonl``: label, id, page, title, section, departments, number, type,
flags, years and a hash of the fields), from the text, from a layout-kept PDF-style text (spaces
instead of tabs, no Markdown marks), from a PDF of that text, and from single-feature edits of 000."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from layouts import SEED_RECORDS, seed_files
from pdf_style import pdf_style
from seed_variants import VARIANTS
from test_pdf import chunks, write_pdf

from assistant.corpus import read_lines, read_meta
from assistant.pdf_text import pdf_lines
from assistant.readers import get_reader
from assistant.settings import get_settings
from assistant.types import Record

SEEDS = [get_settings().corpus_dir / name for name in seed_files()]
GOLDEN = SEED_RECORDS
PROGRESS = "000_3dacb80f56827af3.txt"


def _row(record: Record) -> dict:
    data = record.model_dump()
    row = {k: data[k] for k in ("source_file", "label", "id", "page", "title", "section", "departments",
                                 "number", "record_type", "flags", "fiscal_years")}
    fields = json.dumps(data["fields"], ensure_ascii=False, sort_keys=True).encode()
    return row | {"fields_sha": hashlib.sha256(fields).hexdigest()[:16]}


def _golden(name: str) -> list[dict]:
    rows = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["source_file"] == name]


def _read(path: Path, lines: list[str]) -> list[Record]:
    meta = read_meta(path)
    return get_reader(meta.kind)(lines, meta)


def _content(record: Record) -> tuple:
    """What a PDF keeps: everything but blank lines (pypdf reports no vertical gaps) and pages."""
    def solid(text: str) -> str:
        return "\n".join(line for line in text.splitlines() if line.strip())

    return (record.label, record.title, record.section, tuple(record.departments), solid(record.text),
            tuple(sorted((k, solid(v)) for k, v in record.fields.items())), tuple(record.flags))


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_profile_gives_the_recorded_records(path):
    assert [_row(r) for r in _read(path, read_lines(path))] == _golden(path.name)


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_profile_reads_pdf_style_text_into_the_same_records(path):
    assert [_row(r) for r in _read(path, pdf_style(read_lines(path)))] == _golden(path.name)


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_profile_reads_a_pdf_of_the_pdf_style_text_into_the_same_records(path, tmp_path):
    pdf = write_pdf(tmp_path / f"{path.stem}.pdf", chunks(pdf_style(read_lines(path)), 70))
    original = _read(path, read_lines(path))
    from_pdf = _read(path, pdf_lines(pdf))
    assert [_content(r) for r in from_pdf] == [_content(r) for r in original]


@pytest.mark.parametrize("variant", list(VARIANTS), ids=list(VARIANTS))
def test_progress_report_profile_tolerates_a_new_editions_changes(variant):
    path = next(p for p in SEEDS if p.name == PROGRESS)
    original = _read(path, read_lines(path))
    edited = VARIANTS[variant](read_lines(path))
    assert edited != read_lines(path)
    got = _read(path, edited)

    def seen(r: Record) -> tuple:  # the department key is printed as the edition prints it
        return (r.label, r.title, tuple(r.departments), r.page, r.text.replace("担当課", "推進部署"),
                tuple(sorted(r.fields.values())), tuple(r.flags))

    assert [seen(r) for r in got] == [seen(r) for r in original]
