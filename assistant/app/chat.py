"""The chat shared by both pages: one conversation per browser session, asking through
``Assistant.answer(conversation=…)`` under the process-wide cap on answers computed at once, and the
sources, each opening the document view at the cited item."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

import streamlit as st

from ..compose import ComposedAnswer
from ..conversation import Conversation, FollowUp
from ..index_store import IndexProblem
from ..passages import sentences
from ..pipeline import Assistant, QuestionError
from ..retrieve import Filters, SearchResult
from ..settings import get_settings
from . import document_page
from .feedback import record_feedback
from .resources import limits
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


BUSY = "ただいま質問が集中しています。少し時間をおいて、もう一度お試しください。"


def history(page: str) -> list[Turn]:
    key = f"history_{page}"
    if key not in st.session_state:
        st.session_state[key] = []
    return st.session_state[key]


def conversation(page: str) -> Conversation:
    """The page's conversation in this browser session: what follow-up questions are read against."""
    key = f"conversation_{page}"
    if key not in st.session_state:
        st.session_state[key] = Conversation()
    return st.session_state[key]


def new_topic_button(page: str) -> None:
    """新しい話題: forget the conversation (and the turns shown), so the next question stands alone."""
    if st.button("新しい話題", key=f"new_topic_{page}", icon="🆕", help="これまでの会話を忘れて、新しい質問として聞きます"):
        conversation(page).clear()
        history(page).clear()
        st.rerun()  # the turns above were drawn before the click was seen


def ask(assistant: Assistant, question: str, filters: Filters | None, chat: Conversation | None = None) -> Turn:
    turn_id = uuid.uuid4().hex[:12]
    try:
        with limits()[1].slot() as got:
            if not got:  # every answer slot stayed busy for the whole wait
                return Turn(turn_id, question, None, None, error=BUSY)
            result, composed = assistant.answer(question, filters=filters, conversation=chat)
        return Turn(turn_id, question, composed, result)
    except QuestionError as exc:
        return Turn(turn_id, question, None, None, error=str(exc))
    except IndexProblem as exc:
        log.error("index problem: %s", exc)
        return Turn(turn_id, question, None, None, error="索引を読み込めません。管理者に連絡してください。")
    except Exception:  # noqa: BLE001 - never show a stack trace or a path on a page
        log.exception("answer failed")
        return Turn(turn_id, question, None, None, error="回答の作成中にエラーが発生しました。時間をおいて再度お試しください。")


def render_answer_text(composed: ComposedAnswer) -> None:
    answer = composed.answer
    reading = composed.reading
    if reading is not None and reading.note and reading.follow_up != FollowUp.NEW and answer.startswith(reading.note):
        # how the follow-up was read, in one short line above the answer
        st.caption(escape_markdown(reading.note))
        answer = answer[len(reading.note):].lstrip("\n")
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
            st.markdown(f"**資料** {escape_markdown(r.city)} {escape_markdown(r.document)}"
                        f"（{escape_markdown(r.fiscal_year)}）{escape_markdown(page)}")
            quoted = set(turn.composed.quoted.get(r.id, []))
            marks = [str(i) for i, s in enumerate(sentences(r.text)) if s in quoted]
            st.page_link(document_page.page(), label="資料の該当箇所を開く", icon="📄",
                         query_params={"item": r.id, "hl": ",".join(marks), "from": style.name})
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
        render_answer_text(turn.composed)
        with st.expander("回答をコピー"):
            st.code(turn.composed.answer, language=None)
        render_sources(turn, style)
        render_feedback(turn, style.name)
