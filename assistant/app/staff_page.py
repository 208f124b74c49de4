"""The staff page: filters, scores and every retrieved source."""

from __future__ import annotations

import streamlit as st

from ..retrieve import Filters
from .chat import PageStyle, ask, conversation, history, new_topic_button, render_turn
from .resources import assistant_for_page

STYLE = PageStyle(name="staff", show_scores=True, show_all_sources=True)
EXAMPLES = [
    "R3年度にペーパーレスで何をした？",
    "what did we do on paperless in R3",
    "小平市の文書の電子化・ペーパーレス化の担当課は？",
    "財政調整基金残高の令和3年度末の値は？",
    "方向性2 事務の簡素化・効率化の取組項目を全部",
]


def _filters(assistant) -> Filters:
    records = assistant.index.records
    with st.sidebar:
        st.header("絞り込み")
        choose = "選択してください"
        cities = st.multiselect("市", sorted({r.city for r in records}), placeholder=choose)
        docs = {r.source_file: f"{r.city} {r.document}" for r in records}
        sources = st.multiselect("資料", sorted(docs), format_func=lambda s: docs[s], placeholder=choose)
        years = st.multiselect("年度", sorted({y for r in records for y in r.fiscal_years}),
                               format_func=lambda y: f"{y}年度", placeholder=choose)
        departments = st.multiselect("部署", sorted({d for r in records for d in r.departments}), placeholder=choose)
        st.caption(f"索引 {assistant.index.manifest.version} · {len(records)}件")
    return Filters(cities=cities, source_files=sources, fiscal_years=years, departments=departments)


def page() -> st.Page:
    """The page object (the same in the navigation and in every link to it)."""
    return st.Page(render, title="職員用", icon="🏛️", url_path="staff")


def render() -> None:
    st.title("自治体計画 Q&A（職員用）")
    st.caption("回答は収録資料の記載のみから作成し、取組項目・ページを必ず示します。根拠を確認してからご利用ください。")
    assistant = assistant_for_page()
    filters = _filters(assistant)
    turns = history("staff")

    pending = None
    with st.container():
        cols = st.columns(2)
        for i, example in enumerate(EXAMPLES):
            if cols[i % 2].button(example, key=f"ex_staff_{i}", use_container_width=True):
                pending = example

    # Short placeholder: a longer one wraps and is cut off in the chat box at phone width.
    question = st.chat_input("質問を入力してください", key="q_staff",
                             max_chars=assistant.settings.answer.max_question_chars)
    question = question or pending
    if question:
        turns.append(ask(assistant, question, filters, conversation("staff")))
    for turn in turns:
        render_turn(turn, STYLE)
    if turns:
        new_topic_button("staff")
