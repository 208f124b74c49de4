"""Streamlit entry point: `python -m assistant serve` (or `make run`) starts it."""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="自治体計画 Q&A", page_icon="📘", layout="centered")

from assistant.app import document_page, public_page, staff_page  # noqa: E402

staff = staff_page.page()
public = public_page.page()


def _root() -> None:
    # The default page is always served at "/", never at its url_path: a default staff page
    # made /staff a "Page not found" dialog. The root now forwards to /staff instead.
    st.switch_page(staff)


root = st.Page(_root, title="職員用", url_path="home", default=True, visibility="hidden")
st.navigation([root, staff, public, document_page.page()]).run()
