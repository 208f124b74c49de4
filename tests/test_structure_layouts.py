"""The generic reader on documents in layouts unlike the seeds: exact outlines, layout detection,
the same outline from a PDF of one of them, and a document with no structure at all."""

from __future__ import annotations

import pytest
from layouts import case_params, layout_cases
from test_pdf import write_pdf

from assistant.formats import document_lines
from assistant.ingest import detect_layout
from assistant.readers import generic
from assistant.settings import IngestSettings
from assistant.structure.lines import _FOOTER
from assistant.types import DocumentKind

CASES = layout_cases()


def test_the_layout_corpus_has_at_least_eight_documents():
    assert len(CASES) >= 8


@pytest.mark.parametrize("case", case_params(CASES))
def test_generic_reader_gives_the_hand_written_outline(case):
    records = generic.read(document_lines(case.document), case.meta())
    got = [(r.label, r.title, r.departments, r.page) for r in records]
    assert got == case.outline()


@pytest.mark.parametrize("case", case_params(CASES))
def test_layout_detection_reads_it_with_the_generic_reader(case):
    parsed = detect_layout(document_lines(case.document), case.meta(), IngestSettings())
    assert parsed.meta.kind == DocumentKind.generic
    assert parsed.meta.kind_detected
    assert parsed.report.coverage >= 0.95, parsed.report.text()
    assert [r.label for r in parsed.records] == [r[0] for r in case.outline()]
    assert "progress_report" in parsed.report.candidates  # every profile was tried and said why not


def test_a_pdf_made_from_a_text_document_gives_the_same_outline(tmp_path):
    """Each page of b1 (its printed footers end the pages) drawn on its own PDF page."""
    case = next(c for c in CASES if c.name.startswith("b1_"))
    pages: list[list[str]] = [[]]
    for line in case.document.read_text(encoding="utf-8").splitlines():
        if _FOOTER.match(line.replace(" ", "").strip()):
            pages.append([])
        else:
            pages[-1].append(line)
    path = write_pdf(tmp_path / "b1_chapter_plan.pdf", [p for p in pages if any(s.strip() for s in p)])
    records = generic.read(document_lines(path), case.meta(source_file=path.name))
    assert [(r.label, r.title, r.departments, r.page) for r in records] == case.outline()


def test_a_document_without_structure_becomes_one_record_per_paragraph_run_with_a_warning(tmp_path):
    text = "\n".join(
        f"令和4年度は市民の皆様から{n}件のご意見をいただき、担当課で内容を確認のうえ回答しました。" * 3 for n in range(12)
    )
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    case = CASES[0]
    parsed = detect_layout(document_lines(path), case.meta(source_file=path.name), IngestSettings())
    assert parsed.meta.kind == DocumentKind.generic
    assert [r.label for r in parsed.records] == ["段落1", "段落2"]  # ~130 characters a line, 800 a record
    assert all(r.flags == ["no_structure"] for r in parsed.records)
    assert parsed.report.coverage == 1.0
    assert any("no headings" in w for w in parsed.report.warnings)
