"""Optional generation: a LangChain chat model writes the answer from the same evidence.

Only used when ``answer.llm_provider`` is set. Every citation the model makes is
checked against the evidence it was given: unknown ``[n]`` markers and item
labels that were not retrieved are removed and flagged. Any failure falls back
to the extractive answer.
"""

from __future__ import annotations

import logging
import re

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from .compose import ComposedAnswer
from .query import ParsedQuery
from .settings import AnswerSettings
from .types import Evidence

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "あなたは自治体の計画文書について答えるアシスタントです。"
    "与えられた資料の記載だけを根拠に答え、資料にないことは推測せず『資料に記載がありません』と答えてください。"
    "数値・名称・金額は資料のとおりに書き、他の市や他の年度の数値で代用しないでください。"
    "各文の末尾に、根拠とした資料の番号を [1] のように付けてください。"
)
_MARKER = re.compile(r"\[(\d{1,3})\]")
_LABEL = re.compile(r"(取組項目\s*\d{1,3}|指標No\.\s*\d|(?:実施|検討)プログラム[①-⑳㉑-㉟])")


def chat_model(settings: AnswerSettings) -> BaseChatModel:
    if settings.llm_provider == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(model=settings.llm_model or "gpt-4o-mini", base_url=settings.llm_base_url, temperature=0)
    if settings.llm_provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=settings.llm_model or "qwen2.5", base_url=settings.llm_base_url, temperature=0)
    raise ValueError(f"unknown llm_provider {settings.llm_provider!r} (use 'openai' or 'ollama')")


def evidence_prompt(query: ParsedQuery, items: list[Evidence]) -> str:
    blocks = [f"[{n}] {e.record.citation_text()}\n{e.record.text}" for n, e in enumerate(items, start=1)]
    return "資料:\n\n" + "\n\n".join(blocks) + f"\n\n質問: {query.text}"


def check_citations(text: str, items: list[Evidence]) -> tuple[str, list[str]]:
    """Remove citation markers and item labels that are not among ``items``; return (text, flags)."""
    flags: list[str] = []
    known_labels = {re.sub(r"\s", "", e.record.label) for e in items}

    def marker(m: re.Match[str]) -> str:
        if 1 <= int(m.group(1)) <= len(items):
            return m.group(0)
        flags.append(f"removed unknown citation [{m.group(1)}]")
        return ""

    def label(m: re.Match[str]) -> str:
        if re.sub(r"\s", "", m.group(1)) in known_labels:
            return m.group(0)
        flags.append(f"removed label not in the evidence: {m.group(1)}")
        return "（出典外の項目）"

    text = _MARKER.sub(marker, text)
    text = _LABEL.sub(label, text)
    return text, flags


def generate(
    query: ParsedQuery, evidence: list[Evidence], composed: ComposedAnswer, settings: AnswerSettings,
    model: BaseChatModel | None = None,
) -> ComposedAnswer:
    if composed.abstained or not composed.items:
        return composed
    items = composed.items
    try:
        model = model or chat_model(settings)
        reply = model.invoke([SystemMessage(SYSTEM_PROMPT), HumanMessage(evidence_prompt(query, items))])
        text = str(reply.content).strip()
    except Exception as exc:  # noqa: BLE001 - a model server problem must not break answering
        log.warning("chat model failed (%s); using the extractive answer", exc)
        return composed
    text, flags = check_citations(text, items)
    if not _MARKER.search(text):
        log.warning("chat model answer had no valid citation; using the extractive answer")
        return composed
    if flags:
        text += "\n\n※ 確認できない出典を削除しました: " + "; ".join(flags)
    return composed.model_copy(update={"answer": text})
