"""Process-wide resources: one ``Assistant`` (question encoder + published index) for every session.

``python -m assistant serve`` starts loading it in a background thread while the server starts
(:func:`preload`), so it is normally ready before the first page opens; a page that comes earlier
waits for the same load under a spinner. Sessions share it: ``Assistant`` is thread-safe and swaps
to a newly published index by itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from .rate_limit import AnswerSlots, ClientLimits

if TYPE_CHECKING:
    from ..pipeline import Assistant

# Streamlit and the pipeline are imported where they are used, so importing this module is cheap.

log = logging.getLogger(__name__)

_lock = threading.Lock()
_assistant: Assistant | None = None

UNAVAILABLE = "回答の準備ができていません（索引またはモデルを読み込めません）。管理者に連絡してください。"


def get_assistant() -> Assistant:
    """The shared assistant, loaded by the first caller; concurrent callers wait for that load."""
    global _assistant
    if _assistant is None:
        with _lock:
            if _assistant is None:
                from ..pipeline import Assistant
                from ..settings import get_settings

                _assistant = Assistant(get_settings())
    return _assistant


def is_loaded() -> bool:
    return _assistant is not None


def preload(wait: Callable[[], None] | None = None) -> threading.Thread:
    """Load the assistant and answer one question in a daemon thread, after ``wait()`` returns.

    A failure is logged; the first page retries the load and reports it.
    """

    def run() -> None:
        if wait is not None:
            wait()
        try:
            # one question through the whole path loads what is lazy (the fugashi dictionary, the
            # query parser's tables), so the first visitor's question is as fast as any other
            get_assistant().answer("R3年度にペーパーレスで何をした？")
            log.info("model and index loaded")
        except Exception:  # noqa: BLE001 - the page reports it without details
            log.exception("preloading the assistant failed")

    thread = threading.Thread(target=run, name="assistant-preload", daemon=True)
    thread.start()
    return thread


_limits_lock = threading.Lock()
_limits: tuple[ClientLimits, AnswerSlots] | None = None


def limits() -> tuple[ClientLimits, AnswerSlots]:
    """The process-wide per-client limit of the public page and the cap on answers computed at once."""
    global _limits
    with _limits_lock:
        if _limits is None:
            from ..settings import get_settings

            ui = get_settings().ui
            _limits = (ClientLimits(ui.public_rate_per_minute), AnswerSlots(ui.max_concurrent_answers,
                                                                             ui.queue_wait_seconds))
        return _limits


def assistant_for_page() -> Assistant:
    """The shared assistant, or a plain error on the page (no paths, no stack trace) and stop."""
    import streamlit as st

    try:
        if is_loaded():
            return get_assistant()
        with st.spinner("モデルと索引を読み込んでいます… (loading the model and index)"):
            return get_assistant()
    except Exception:  # noqa: BLE001
        log.exception("the assistant could not be loaded")
        st.error(UNAVAILABLE)
        st.stop()
        raise  # st.stop() raises; this line only satisfies type checkers
