"""Streamlit entry point: `python -m assistant serve` (or `make run`) starts it."""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="自治体計画 Q&A", page_icon="📘", layout="centered")

from assistant.app import public_page, staff_page  # noqa: E402

pages = [
    st.Page(staff_page.render, title="職員用", icon="🏛️", url_path="staff", default=True),
    st.Page(public_page.render, title="市民向け", icon="💬", url_path="public"),
]
st.navigation(pages).run()
