"""The public page: plain Japanese, no internal scores, length and rate limits."""

from __future__ import annotations

import streamlit as st

from ..corpus import load_corpus
from ..settings import get_settings
from .chat import PageStyle, ask, conversation, history, new_topic_button, render_turn
from .rate_limit import client_address
from .resources import assistant_for_page, limits

STYLE = PageStyle(name="public", show_scores=False, show_all_sources=False)
EXAMPLES = [
    "市役所に行かずに手続きできるようになりますか",
    "マイナンバーカードの申請を手伝ってもらえますか",
    "市の借金は減っていますか",
]


@st.cache_data(show_spinner=False)
def _documents() -> list[tuple[str, str, str | None, str]]:
    settings = get_settings()
    loaded = load_corpus(settings.corpus_dir)
    return [(m.source_file, f"{m.city} {m.title}（{m.published}）", m.url, (settings.corpus_dir / m.source_file).read_text(encoding="utf-8", errors="replace") if m.source_file.endswith(".txt") else "")
            for m in loaded.documents]


def _notice() -> None:
    st.info(
        "このページの回答は、市が公表した下記の資料の記載だけをもとに自動で作成しています。"
        "資料に書かれていないことにはお答えできません。正確な内容は必ず元の資料でご確認ください。",
        icon="ℹ️",
    )
    with st.expander("回答のもとになっている資料"):
        for source, title, url, text in _documents():
            if url:
                st.link_button(title, url)
            else:
                st.download_button(f"{title} をダウンロード", text, file_name=source, key=f"dl_{source}")


def page() -> st.Page:
    """The page object (the same in the navigation and in every link to it)."""
    return st.Page(render, title="市民向け", icon="💬", url_path="public")


def render() -> None:
    settings = get_settings()
    st.title("市の計画について質問する")
    _notice()
    assistant = assistant_for_page()
    turns = history("public")

    pending = None
    for i, example in enumerate(EXAMPLES):
        if st.button(example, key=f"ex_public_{i}", use_container_width=True):
            pending = example
    question = st.chat_input(f"質問を入力してください（{settings.ui.public_max_chars}文字まで）", key="q_public",
                             max_chars=settings.ui.public_max_chars)
    question = question or pending
    refused = None
    if question:
        # one limit per client for the whole server: a new browser session does not reset it
        client = client_address(st.context.ip_address, st.context.headers.get("X-Forwarded-For"),
                                settings.ui.trusted_proxies)
        allowed, wait = limits()[0].allow(client)
        if allowed:
            turns.append(ask(assistant, question[: settings.ui.public_max_chars], None, conversation("public")))
        else:
            refused = f"質問が続いています。{wait}秒ほど待ってから、もう一度お試しください。"
    for turn in turns:
        render_turn(turn, STYLE)
    if refused:
        st.warning(refused)
    if turns:
        new_topic_button("public")
