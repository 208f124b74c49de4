"""The chat shared by both pages: history, asking through ``Assistant.answer``, rendering sources."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

import streamlit as st

from ..compose import ComposedAnswer
from ..index_store import IndexProblem
from ..pipeline import Assistant, QuestionError
from ..retrieve import Filters, SearchResult
from ..settings import get_settings
from .feedback import record_feedback
from .safe_text import escape_markdown, highlight

log = logging.getLogger(__name__)


@dataclass
class PageStyle:
    name: str  # "staff" or "public"
    show_scores: bool
    show_all_sources: bool


@dataclass
class Turn:
    id: str
    question: str
    composed: ComposedAnswer | None
    result: SearchResult | None
    error: str | None = None


def history(page: str) -> list[Turn]:
    key = f"history_{page}"
    if key not in st.session_state:
        st.session_state[key] = []
    return st.session_state[key]


def ask(assistant: Assistant, question: str, filters: Filters | None) -> Turn:
    turn_id = uuid.uuid4().hex[:12]
    try:
        result, composed = assistant.answer(question, filters=filters)
        return Turn(turn_id, question, composed, result)
    except QuestionError as exc:
        return Turn(turn_id, question, None, None, error=str(exc))
    except IndexProblem as exc:
        log.error("index problem: %s", exc)
        return Turn(turn_id, question, None, None, error="索引を読み込めません。管理者に連絡してください。")
    except Exception:  # noqa: BLE001 - never show a stack trace or a path on a page
        log.exception("answer failed")
        return Turn(turn_id, question, None, None, error="回答の作成中にエラーが発生しました。時間をおいて再度お試しください。")


def render_answer_text(answer: str) -> None:
    lines = []
    for line in answer.splitlines():
        text = escape_markdown(line)
        lines.append(f"**{text}**" if line.startswith("■") else text)
    st.markdown("  \n".join(lines))


def render_sources(turn: Turn, style: PageStyle) -> None:
    assert turn.composed is not None and turn.result is not None
    cited = {(e.record.source_file, e.record.label) for e in turn.composed.items}
    evidence = turn.result.evidence if style.show_all_sources else turn.composed.items + turn.composed.nearby
    if not evidence:
        return
    title = "出典（根拠となる記載）" if not turn.composed.abstained else "近い項目（参考）"
    st.markdown(f"**{title}**")
    for n, e in enumerate(evidence, start=1):
        if not style.show_all_sources and n == len(turn.composed.items) + 1 and not turn.composed.abstained:
            st.markdown("**近い項目（回答には使っていません）**")
        r = e.record
        page = f" P.{r.page}" if r.page is not None else ""
        mark = "" if (r.source_file, r.label) in cited else "（回答では未使用）"
        header = f"[{n}] {r.label}『{r.title}』{page} — {r.city} {r.document}{mark}"
        with st.expander(header, expanded=style.name == "staff" and n == 1):
            st.markdown(f"**区分** {escape_markdown(r.section or '-')}")
            if r.departments:
                st.markdown(f"**担当** {escape_markdown('、'.join(r.departments))}")
            st.markdown(f"**資料** {escape_markdown(r.source_file)}（{escape_markdown(r.fiscal_year)}）{escape_markdown(page)}")
            if style.show_scores:
                dense = "-" if e.dense_score is None else f"{e.dense_score:.3f}"
                bm25 = "-" if e.bm25_score is None else f"{e.bm25_score:.2f}"
                st.caption(f"score {e.score:.4f} · dense {dense} · bm25 {bm25}")
            if r.flags:
                st.caption("注: " + "、".join("取組状況の記載なし" if f == "no_status" else f for f in r.flags))
            # Hard breaks: a record's lines (indicator tables, schedules) otherwise run into one paragraph.
            terms = [t for t in e.matched_terms if len(t) >= 2 and not t.isdigit()]
            st.markdown(highlight(r.text, terms).replace("\n", "  \n"))


def render_feedback(turn: Turn, page: str) -> None:
    assert turn.composed is not None
    rating = st.feedback("thumbs", key=f"fb_{turn.id}")
    if rating is None:
        return
    comment = st.text_input("ご意見（任意）", key=f"fbc_{turn.id}", max_chars=500)
    if st.button("送信", key=f"fbs_{turn.id}"):
        record_feedback(
            get_settings().ui.feedback_file,
            page=page,
            question=turn.question,
            answer=turn.composed.answer,
            citations=[f"{c.source_file}#{c.label}" for c in turn.composed.citations],
            rating=int(rating),
            comment=comment,
        )
        st.toast("ありがとうございました。フィードバックを記録しました。")


def render_turn(turn: Turn, style: PageStyle) -> None:
    with st.chat_message("user"):
        st.markdown(escape_markdown(turn.question))
    with st.chat_message("assistant"):
        if turn.error:
            st.warning(turn.error)
            return
        assert turn.composed is not None
        if turn.composed.abstained:
            st.info("資料からは回答できませんでした。", icon="ℹ️")
        render_answer_text(turn.composed.answer)
        with st.expander("回答をコピー"):
            st.code(turn.composed.answer, language=None)
        render_sources(turn, style)
        render_feedback(turn, style.name)
