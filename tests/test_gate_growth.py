"""The gate judges growth fairly: what a change touches is listed for review, the rest must not get
worse, new documents must find their own records, and a refused document waits in corpus/pending/."""

from __future__ import annotations

from pathlib import Path

import pytest
from layouts import corpus_copy

from assistant.evaluate import Absent, CaseResult, Dependencies, EvalReport
from assistant.gate import CorpusChange, compare, corpus_change, first_sentence
from assistant.index_store import current_version, read_manifest, versions_dir
from assistant.pipeline import Assistant
from assistant.settings import Settings
from assistant.types import DocumentKind, DocumentMeta, Record
from assistant.update import PENDING, accept_document, add_document

ROOT = Path(__file__).resolve().parent.parent


def _case(id: str, *, answerable=True, top="000.txt#取組項目08", abstained=False, rr=1.0, documents=("000.txt",),
          absent=()) -> CaseResult:
    return CaseResult(
        id=id, question=f"question {id}", kind="single_item" if answerable else "unanswerable",
        answerable=answerable, documents=list(documents) if answerable else [], retrieved=[top], cited=[top],
        abstained=abstained, hit1=float(rr == 1.0), hit5=float(rr > 0), rr=rr, recall5=float(rr > 0),
        facts_found=1, facts_total=1, page_ok=True, citations_valid=True, latency_ms=1.0, answer="",
        depends_on=Dependencies(documents=list(documents), absent=list(absent)),
    )


def _report(cases: list[CaseResult]) -> EvalReport:
    from assistant.evaluate import metrics

    return EvalReport(index_version="v", qa_checksum="x", split="all", overall=metrics(cases), by_kind={},
                      by_document={}, failing=[], cases=cases)


SETTINGS = Settings()
CHOFU = {"chofu.txt": ("調布市", "調布市行財政改革 令和3年度取組状況", [2021])}


def test_a_case_a_new_document_answers_is_for_review_not_a_failure():
    before = [_case("a"), _case("u", answerable=False, abstained=True, documents=(), absent=[Absent(city="調布市")])]
    after = [_case("a"), _case("u", answerable=False, abstained=False, top="chofu.txt#1", documents=(),
                               absent=[Absent(city="調布市")])]
    decision = compare(_report(after), _report(before), SETTINGS, CorpusChange(added=["chofu.txt"]), CHOFU)
    assert decision.passed, decision.lines()
    assert decision.review == ["u question u  — now answerable from chofu.txt"]
    assert decision.candidate_count == 1


def test_an_answer_that_moves_to_the_new_document_is_for_review():
    before = [_case("a"), _case("b")]
    after = [_case("a"), _case("b", top="chofu.txt#3", rr=0.0)]
    decision = compare(_report(after), _report(before), SETTINGS, CorpusChange(added=["chofu.txt"]), CHOFU)
    assert decision.passed and decision.review == ["b question b  — now answered from chofu.txt"]


def test_a_case_that_now_also_cites_the_new_document_is_for_review():
    """The answer is the same, but it cites the new document's item as well: no case written before that document
    can count the item as right, so the cited precision it loses is not judged."""
    before = [_case("a"), _case("b").model_copy(update={"cited_relevant": 1})]
    after = [_case("a"), _case("b").model_copy(update={"retrieved": ["000.txt#取組項目08", "chofu.txt#3"],
                                                         "cited": ["000.txt#取組項目08", "chofu.txt#3"],
                                                         "cited_relevant": 1})]
    decision = compare(_report(after), _report(before), SETTINGS, CorpusChange(added=["chofu.txt"]), CHOFU)
    assert decision.passed and decision.review == ["b question b  — changed with chofu.txt among its results"]


def test_a_regression_the_change_does_not_explain_fails():
    before = [_case("a"), _case("b")]
    after = [_case("a"), _case("b", top="000.txt#取組項目09", rr=0.0)]
    decision = compare(_report(after), _report(before), SETTINGS, CorpusChange(added=["chofu.txt"]), CHOFU)
    assert not decision.passed
    assert "hit@1 fell from 1.000 to 0.500 (tolerance 0.010)" in decision.problems
    assert decision.worse == ["b question b  top: 000.txt#取組項目09  (was 000.txt#取組項目08)"]


def test_a_turn_after_a_turn_answered_differently_is_for_review():
    """The first turn's regression counts; the follow-up read against another answer is for review."""
    def turn(id: str, follow_up: str, **kw) -> CaseResult:
        return _case(id, **kw).model_copy(update={"follow_up": follow_up, "kind": f"turn_{follow_up}"})

    before = [turn("d1.1", "new"), turn("d1.2", "facet"), turn("d2.1", "new"), turn("d2.2", "facet")]
    after = [turn("d1.1", "new", top="000.txt#取組項目09", rr=0.5), turn("d1.2", "facet", top="000.txt#取組項目09",
                                                                       rr=0.0),
             turn("d2.1", "new"), turn("d2.2", "facet", top="000.txt#取組項目09", rr=0.0)]
    decision = compare(_report(after), _report(before), SETTINGS, CorpusChange(added=["chofu.txt"]), CHOFU)
    assert decision.review == ["d1.2 question d1.2  — an earlier turn of its dialogue was answered differently"]
    assert decision.candidate_count == 3
    assert [w.split()[0] for w in decision.worse] == ["d1.1", "d2.2"]  # a follow-up that alone got worse counts


def test_cases_of_a_changed_document_are_for_review_but_a_removed_one_counts():
    before = [_case("a"), _case("b", documents=("001.txt",), top="001.txt#x")]
    after = [_case("a"), _case("b", documents=("001.txt",), top="000.txt#y", rr=0.0)]
    changed = compare(_report(after), _report(before), SETTINGS, CorpusChange(changed=["001.txt"]))
    assert changed.passed and changed.review == ["b question b  — depends on a changed document"]
    removed = compare(_report(after), _report(before), SETTINGS, CorpusChange(removed=["001.txt"]))
    assert not removed.passed and removed.review == []


def _record(source: str, label: str, text: str) -> Record:
    meta = DocumentMeta(source_file=source, city="x市", title="t", kind=DocumentKind.generic, fiscal_years=[2023],
                        published="", page_source="")
    return Record.create(meta, label=label, text=text, record_type="section", number=None, title=label,
                         section="", departments=[], page=None)


def test_corpus_change_compares_records_per_document():
    old = [_record("a.txt", "1", "x"), _record("b.txt", "1", "y"), _record("c.txt", "1", "z")]
    new = [_record("a.txt", "1", "x"), _record("b.txt", "1", "y2"), _record("d.txt", "1", "w")]
    change = corpus_change(old, new)
    assert (change.added, change.changed, change.removed) == (["d.txt"], ["b.txt"], ["c.txt"])


def test_first_sentence():
    assert first_sentence(_record("a.txt", "1", "窓口の待ち時間を短縮します。次に予約制を入れます。")) == "窓口の待ち時間を短縮します。"
    # a slide's field name over the sentence (「令和６年度の取組」) is no sentence; a record of lines only gives its first
    assert first_sentence(_record("a.txt", "2", "令和６年度の取組\n対象手続を広げました。\n成果と課題")) == "対象手続を広げました。"
    assert first_sentence(_record("a.txt", "3", "担当課：市民課\n窓口の予約制を始めた")) == "窓口の予約制を始めた"


# ----------------------------------------------------------------------------- end to end on a copy

CHOFU_DOC = """調布市行財政改革推進計画 令和3年度取組状況

1　ペーパーレスの推進
担当課：行政経営課
令和3年度は庁内会議の資料をタブレット端末で配布し、会議資料の印刷を前年度から約4割削減しました。

2　電子申請の拡大
担当課：情報政策課
令和3年度は住民票の写しの請求など28手続を新たにオンライン化しました。
"""

# Twelve units that say the same thing: no title or sentence can find its own unit among its twins.
TWINS_DOC = "\n".join(
    f"{n}　取組の推進\n担当課：企画課\n関係機関と連携して取組を推進します。\n" for n in range(1, 13)
)


@pytest.fixture(scope="module")
def grown(tmp_path_factory, settings: Settings, st_model, published_index):
    """A copy of the corpus and of the published index, gated on a small eval set: four seed cases and the
    unanswerable 調布市 case."""
    root = tmp_path_factory.mktemp("growth")
    grown = corpus_copy(root, settings, {"q001", "q002", "q009", "q023", "q121"})
    return grown, st_model


def test_a_document_that_answers_an_unanswerable_case_is_listed_for_review_and_published(grown, tmp_path):
    settings, model = grown
    doc = tmp_path / "chofu_r3.txt"
    doc.write_text(CHOFU_DOC, encoding="utf-8")
    outcome = add_document(settings, doc, city="調布市", title="調布市行財政改革推進計画 令和3年度取組状況",
                           year=[2021], model=model)
    text = outcome.summary()
    assert outcome.published and not outcome.forced, text
    assert "q121 調布市の令和3年度のペーパーレスの取組は？  — now answerable from chofu_r3.txt" in text
    assert "self-retrieval chofu_r3.txt: 2/2 = 100.0%" in text
    answer = Assistant(settings, model=model).ask("調布市の令和3年度のペーパーレスの取組は？")
    assert not answer.abstained and answer.citations[0].source_file == "chofu_r3.txt"


def test_a_refused_document_waits_in_pending_and_accept_publishes_it(grown, tmp_path):
    settings, model = grown
    published = current_version(settings.index_dir)
    doc = tmp_path / "twins.txt"
    doc.write_text(TWINS_DOC, encoding="utf-8")
    outcome = add_document(settings, doc, city="ふたご市", title="ふたご市 取組一覧", year=[2023], model=model)
    assert not outcome.published
    assert "twins.txt: only" in outcome.summary() and "own title and first sentence" in outcome.summary()
    pending = settings.corpus_dir / PENDING
    assert sorted(p.name for p in pending.iterdir() if p.name.startswith("twins")) == [
        "twins.txt", "twins.txt.meta.json", "twins.txt.report.txt"]
    assert "eval gate: FAILED" in (pending / "twins.txt.report.txt").read_text(encoding="utf-8")
    assert not (settings.corpus_dir / "twins.txt").exists()
    assert current_version(settings.index_dir) == published

    accepted = accept_document(settings, "twins.txt", model=model)
    assert accepted.published and accepted.forced
    assert (settings.corpus_dir / "twins.txt").exists() and not (pending / "twins.txt").exists()
    manifest = read_manifest(versions_dir(settings.index_dir) / current_version(settings.index_dir))
    assert "twins.txt accepted after review although the eval gate failed" in manifest.notes
