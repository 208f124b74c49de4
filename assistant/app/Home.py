"""Streamlit entry point: `python -m assistant serve` (or `make run`) starts it."""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="自治体計画 Q&A", page_icon="📘", layout="centered")

from assistant.app import public_page, staff_page  # noqa: E402

staff = st.Page(staff_page.render, title="職員用", icon="🏛️", url_path="staff")
public = st.Page(public_page.render, title="市民向け", icon="💬", url_path="public")


def _root() -> None:
    # The default page is always served at "/", never at its url_path: a default staff page
    # made /staff a "Page not found" dialog. The root now forwards to /staff instead.
    st.switch_page(staff)


root = st.Page(_root, title="職員用", url_path="home", default=True, visibility="hidden")
st.navigation([root, staff, public]).run()
