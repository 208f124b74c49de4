"""Optional generation: a chat model's answer keeps only citations that point at retrieved records.

The chat model is a stand-in (LangChain's FakeListChatModel): a model server is not ours and not
installable here. Retrieval and the extractive fallback are the real ones.
"""

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.llm_answer import check_citations, evidence_prompt, generate


def _answer(pipeline, question):
    result, composed = pipeline.answer(question)
    return result, composed


def test_prompt_carries_numbered_evidence_with_citations(pipeline):
    result, composed = _answer(pipeline, "what did we do on paperless in R3")
    prompt = evidence_prompt(result.query, composed.items)
    assert prompt.startswith("資料:\n\n[1] 狛江市第6次行財政改革推進計画 令和3年度進捗状況報告書 取組項目08『5レスの推進』(P.10)")
    assert prompt.endswith("質問: what did we do on paperless in R3")


def test_unknown_markers_and_labels_are_removed_and_flagged(pipeline):
    result, composed = _answer(pipeline, "R3年度にペーパーレスで何をした？")
    n = len(composed.items)
    text = f"ペーパーレスの基本方針を策定しました [1]。取組項目99でも進めました [{n + 1}]。"
    cleaned, flags = check_citations(text, composed.items)
    assert "[1]" in cleaned and f"[{n + 1}]" not in cleaned
    assert "取組項目99" not in cleaned
    assert flags == [f"removed unknown citation [{n + 1}]", "removed label not in the evidence: 取組項目99"]


def test_generated_answer_replaces_the_extractive_one_with_checked_citations(pipeline):
    result, composed = _answer(pipeline, "R3年度にペーパーレスで何をした？")
    model = FakeListChatModel(responses=["「狛江市のペーパーレスの取組に関する基本の方針」を策定しました [1] [9]。"])
    out = generate(result.query, result.evidence, composed, pipeline.settings.answer, model=model)
    assert out.answer.startswith("「狛江市のペーパーレスの取組に関する基本の方針」を策定しました [1] 。")
    assert "※ 確認できない出典を削除しました: removed unknown citation [9]" in out.answer
    assert out.citations == composed.citations and not out.abstained


def test_falls_back_to_extractive_without_valid_citations_or_on_errors(pipeline):
    result, composed = _answer(pipeline, "R3年度にペーパーレスで何をした？")
    uncited = FakeListChatModel(responses=["ペーパーレスを進めました。"])
    assert generate(result.query, result.evidence, composed, pipeline.settings.answer, model=uncited) == composed

    class Broken(FakeListChatModel):
        def _call(self, *args, **kwargs):
            raise ConnectionError("no model server")

    broken = Broken(responses=["x"])
    assert generate(result.query, result.evidence, composed, pipeline.settings.answer, model=broken) == composed


def test_abstentions_are_never_sent_to_the_model(pipeline):
    result, composed = _answer(pipeline, "調布市の令和3年度のペーパーレスの取組は？")
    model = FakeListChatModel(responses=["調布市では紙を減らしました [1]。"])
    assert generate(result.query, result.evidence, composed, pipeline.settings.answer, model=model) == composed
