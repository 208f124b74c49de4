"""Process-wide resources (model + index), loaded once and shared by every session."""

from __future__ import annotations

import streamlit as st

from ..pipeline import Assistant
from ..settings import get_settings


@st.cache_resource(show_spinner="モデルと索引を読み込んでいます… (loading the model and index)")
def get_assistant() -> Assistant:
    return Assistant(get_settings())
