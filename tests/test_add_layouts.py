"""End to end: every layout test document added with plain ``add`` (no --kind, no --force) to a copy of
the corpus, then asked its questions: the first citation is the expected unit and page.

The gate here runs on a few seed cases (it is not what this test is about, and the full eval set takes a
minute per document); each document must still pass it, self-retrieval included. The verdicts on the
full eval set are measured separately (see the README, "Index, evaluation and gated updates")."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from layouts import case_params, corpus_copy, layout_cases

from assistant.corpus import meta_path
from assistant.index_store import current_version
from assistant.pipeline import Assistant
from assistant.query import detect_language
from assistant.settings import Settings
from assistant.types import DocumentKind, DocumentMeta
from assistant.update import add_document

ROOT = Path(__file__).resolve().parent.parent
CASES = layout_cases()


@pytest.fixture(scope="module")
def grown(tmp_path_factory, settings: Settings, st_model, published_index):
    """A copy of the seed corpus and of the session's published index, then every layout document added."""
    root = tmp_path_factory.mktemp("grown")
    grown = corpus_copy(root, settings, {"q001", "q009", "q023"})
    outcomes = {}
    for case in CASES:
        doc = case.expected["document"]
        outcomes[case.name] = add_document(
            grown, case.document, city=doc["city"], title=doc["title"], year=doc["fiscal_years"],
            published=doc["published"], model=st_model,
        )
    return grown, st_model, outcomes


@pytest.mark.parametrize("case", case_params(CASES))
def test_add_without_kind_detects_the_layout_and_publishes(grown, case):
    settings, _, outcomes = grown
    outcome = outcomes[case.name]
    assert outcome.published and not outcome.forced, outcome.summary()
    assert outcome.messages[0].startswith(f"{case.document.name}: {len(case.outline())} records read as generic")
    meta = DocumentMeta.model_validate(json.loads(meta_path(settings.corpus_dir / case.document.name).read_text()))
    assert meta.kind == DocumentKind.generic and meta.kind_detected
    assert current_version(settings.index_dir) == outcomes[CASES[-1].name].version


def _named(case, asked: str) -> str:
    """With many documents of many towns, a question names its town as a resident would (in English, in Latin
    letters: asked as written)."""
    city = case.expected["document"]["city"]
    return asked if city in asked or detect_language(asked) == "en" else f"{city}の{asked}"


def _asked(grown, case, question: dict):
    """The answer to one of the document's questions."""
    settings, model, _ = grown
    return Assistant(settings, model=model).ask(_named(case, question["question"]))


def _cites_and_states(case, question: dict, result) -> None:
    """The first citation is the expected unit (or one it may equally be), and the answer states the facts."""
    assert not result.abstained, (question, result.answer)
    first = result.citations[0]
    # a document may print the same unit twice (a sheet and its row in the summary table): either answers
    answers = [(question["label"], question["page"]), *((a["label"], a["page"]) for a in question.get("also", []))]
    assert first.source_file == case.document.name and (first.label, first.page) in answers, (
        question, result.citations[:3])
    # what the answer must state (as printed, width-normalised): anywhere, or on its first line (a "when"
    # question's date, said before the quotes)
    answer = unicodedata.normalize("NFKC", result.answer)
    lead = answer.splitlines()[0]
    assert all(unicodedata.normalize("NFKC", f) in answer for f in question.get("facts", [])), (question, answer)
    assert all(unicodedata.normalize("NFKC", f) in lead for f in question.get("first_line", [])), (question, lead)


QUESTIONS = [pytest.param(case, n, id=f"{case.name}#{n}")
             for case in CASES for n in range(len(case.expected["questions"]))]


@pytest.mark.parametrize(("case", "n"), QUESTIONS)
def test_the_added_document_answers_its_questions(grown, case, n):
    question = case.expected["questions"][n]
    _cites_and_states(case, question, _asked(grown, case, question))


DECLINED = [pytest.param(case, n, id=f"{case.name}#declined{n}")
            for case in CASES for n in range(len(case.expected.get("declined", [])))]


@pytest.mark.parametrize(("case", "n"), DECLINED)
def test_the_added_document_declines_what_it_does_not_hold(grown, case, n):
    """A near miss written blind against the document (round 54-L): something it discusses, asked for a detail it
    does not print (a unit past its last, another meeting or edition, a year it does not cover, a figure, a name
    or place not printed, a service never mentioned): the answer says the documents do not answer."""
    question = case.expected["declined"][n]
    result = _asked(grown, case, question)
    assert result.abstained, (question, result.answer)


TURNS = [pytest.param(case, d, t, id=f"{case.name}#dialogue{d}.{t}")
         for case in CASES for d, dialogue in enumerate(case.expected.get("dialogues", []))
         for t, turn in enumerate(dialogue["turns"]) if "missed" not in turn]


@pytest.mark.parametrize(("case", "d", "t"), TURNS)
def test_the_added_document_holds_a_conversation(grown, case, d, t):
    """A chat about the document, written blind (round 67-D): the first turn names its subject (the town put in
    front, as for a question), the next ones are typed as a chat user types them (「担当課は？」, "Who is in charge of
    that?", 「他には？」, a new subject without the town) and read against the turns before. Each turn answers like a
    question (its unit first, its facts stated), or declines what the document does not print. A turn that fails
    is kept with its failure (``missed``) and still asked before the later ones."""
    settings, model, _ = grown
    turns = case.expected["dialogues"][d]["turns"]
    asked = [_named(case, turns[0]["question"]), *(turn["question"] for turn in turns[1:])]
    result = Assistant(settings, model=model).ask(asked[t], history=asked[:t])
    if turns[t]["answerable"]:
        _cites_and_states(case, turns[t], result)
    else:
        assert result.abstained, (turns[t], result.answer)
