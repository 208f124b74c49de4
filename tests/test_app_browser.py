"""End to end: the Streamlit app, started on a loopback port, driven in headless Chromium.

Uses Debian's chromium (/usr/bin/chromium, installed by `make test`); Playwright never
downloads a browser. Without it every test here skips, loudly.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.app.launch import CHROMIUM, CHROMIUM_ARGS, running_app

pytestmark = pytest.mark.browser

FIRST_ANSWER_MS = 90_000  # the first question of the server loads the model and the index
EXPANDER_TITLES = "[data-testid=stExpander] summary [data-testid=stMarkdownContainer]"
PUBLIC_NOTICE = "このページの回答は、市が公表した下記の資料の記載だけをもとに自動で作成しています。"


@dataclass
class App:
    url: str
    feedback_file: Path


@pytest.fixture(scope="session")
def chromium() -> str:
    """Session-scoped and listed first, so a missing browser skips before the index is built."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"BROWSER TESTS SKIPPED: {CHROMIUM} is missing "
                    "(`make browser` or `apt-get install chromium` installs it)")
    pytest.importorskip("playwright.sync_api", reason="BROWSER TESTS SKIPPED: playwright is not installed")
    return CHROMIUM


@pytest.fixture(scope="module")
def app(chromium, settings, published_index, tmp_path_factory) -> App:
    """The app on a free loopback port over the session's published index; stopped at the end."""
    tmp = tmp_path_factory.mktemp("app")
    feedback_file = tmp / "feedback.jsonl"
    log_path = tmp / "streamlit.log"
    env = {
        "PLAN_INDEX_DIR": str(settings.index_dir),
        "PLAN_EMBEDDING__MODELS_DIR": str(settings.embedding.models_dir),
        "PLAN_UI__FEEDBACK_FILE": str(feedback_file),
    }
    try:
        with running_app(env, log_path) as url:
            yield App(url, feedback_file)
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module")
def browser(app, chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def open_page(browser, app):
    """open_page(path, width, height) -> a fresh page (new browser context = new Streamlit session)."""
    contexts = []

    def _open(path: str, width: int = 1280, height: int = 900):
        ctx = browser.new_context(viewport={"width": width, "height": height}, locale="ja-JP")
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(30_000)
        page.goto(app.url + path)
        return page

    yield _open
    for ctx in contexts:
        ctx.close()


def ask(page, question: str, timeout_ms: int = FIRST_ANSWER_MS):
    """Ask through the chat input; return the assistant's chat message once fully rendered."""
    box = page.get_by_test_id("stChatInputTextArea")
    box.wait_for(state="visible", timeout=timeout_ms)
    messages = page.get_by_test_id("stChatMessage")
    before = messages.count()
    box.fill(question)
    box.press("Enter")
    answer = messages.nth(before + 1)
    answer.wait_for(timeout=timeout_ms)
    # The 👍/👎 widget is the last thing a turn renders: once it is there, so are the sources.
    try:
        answer.get_by_test_id("stFeedback").wait_for(timeout=timeout_ms)
    except Exception:
        pytest.fail(f"no complete answer to {question!r}; the message says:\n{answer.inner_text()}")
    return answer


def main_text(page) -> str:
    """All text of the main area, including the bodies of collapsed expanders."""
    return page.locator("main").text_content() or ""


def test_staff_page_answers_in_english_with_item_and_page(open_page):
    page = open_page("/staff")
    answer = ask(page, "what did we do on paperless in R3")
    assert "From the documents (quoted in Japanese, with sources):" in answer.inner_text()
    headers = [h.strip() for h in answer.locator(EXPANDER_TITLES).all_inner_texts()]
    assert any("取組項目08" in h and "P.10" in h for h in headers), headers
    assert "Page not found" not in page.locator("body").inner_text()


def test_public_page_answers_with_sources_and_no_scores(open_page):
    page = open_page("/public")
    notice = page.get_by_text(PUBLIC_NOTICE)
    notice.wait_for(state="visible", timeout=FIRST_ANSWER_MS)
    answer = ask(page, "市役所に行かずに手続きできるようになりますか")
    assert "出典（根拠となる記載）" in answer.inner_text()
    headers = [h.strip() for h in answer.locator(EXPANDER_TITLES).all_inner_texts()]
    sources = [h for h in headers if re.match(r"\[\d+\] \S", h)]
    assert sources, headers
    assert notice.is_visible()
    text = main_text(page)
    assert not re.search(r"\bscore\b|\bdense\b|\bbm25\b", text, re.IGNORECASE), "internal scores on the public page"


def test_public_page_renders_html_as_text(open_page):
    page = open_page("/public")
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    attacks = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>"]
    for attack in attacks:
        ask(page, attack)
    page.wait_for_timeout(1000)  # give an injected onerror handler the chance to fire
    text = page.locator("main").inner_text()
    for attack in attacks:
        assert attack in text, f"{attack!r} is not shown literally"
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator("main script").count() == 0
    assert dialogs == []


def test_feedback_is_recorded(open_page, app):
    page = open_page("/public")
    question = "マイナンバーカードの申請を手伝ってもらえますか"
    answer = ask(page, question)
    answer.get_by_role("radio", name="Thumbs up").click()
    comment = answer.get_by_label("ご意見（任意）")
    comment.wait_for(state="visible")
    comment.fill("わかりやすい")
    comment.press("Enter")
    page.wait_for_timeout(500)
    answer.get_by_role("button", name="送信").click()
    deadline = time.monotonic() + 30
    while not (app.feedback_file.exists() and app.feedback_file.read_text(encoding="utf-8").strip()):
        assert time.monotonic() < deadline, "no feedback row written in 30 s"
        time.sleep(0.2)
    time.sleep(0.5)  # a second (duplicate) row would appear now
    rows = [json.loads(line) for line in app.feedback_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 1, rows
    assert rows[0]["rating"] == 1
    assert rows[0]["question"] == question
    assert rows[0]["page"] == "public"
    assert rows[0]["comment"] == "わかりやすい"


def test_public_page_fits_a_phone(open_page):
    page = open_page("/public", width=390, height=844)
    ask(page, "市役所に行かずに手続きできるようになりますか")
    page.wait_for_timeout(500)
    doc_width, main_width, main_visible = page.evaluate(
        "() => { const m = document.querySelector('main');"
        " return [document.documentElement.scrollWidth, m.scrollWidth, m.clientWidth]; }")
    assert doc_width <= 391, f"horizontal scroll: document is {doc_width}px wide"
    assert main_width <= main_visible + 1, f"horizontal overflow inside main: {main_width} > {main_visible}"


def test_root_opens_the_staff_page(open_page):
    page = open_page("/")
    page.get_by_text("自治体計画 Q&A（職員用）").wait_for(timeout=FIRST_ANSWER_MS)
    page.wait_for_url(re.compile(r"/staff$"))
    assert "Page not found" not in page.locator("body").inner_text()


CONCURRENT = [  # (page, question, the item its first source must be)
    ("/staff", "R3年度にペーパーレスで何をした？", "取組項目08"),
    ("/staff", "財政調整基金残高の令和3年度末の値は？", "指標No.4"),
    ("/public", "市役所に行かずに手続きできるようになりますか", "実施プログラム⑭"),
    ("/public", "府中市の公共施設マネジメントについて", "見直し論点シート 5-2"),
]


def test_concurrent_browser_sessions_get_their_own_answers(open_page):
    """Four browser sessions ask at the same moment; each page shows its own question and answer only."""
    pages = [open_page(path) for path, _, _ in CONCURRENT]
    boxes = [page.get_by_test_id("stChatInputTextArea") for page in pages]
    for box in boxes:
        box.wait_for(state="visible", timeout=FIRST_ANSWER_MS)
    for box, (_, question, _) in zip(boxes, CONCURRENT, strict=True):
        box.fill(question)
    started = time.perf_counter()
    for box in boxes:  # all four questions are in flight before any answer is awaited
        box.press("Enter")
    latencies = []
    for page, (_, question, label) in zip(pages, CONCURRENT, strict=True):
        messages = page.get_by_test_id("stChatMessage")
        answer = messages.nth(1)
        answer.get_by_test_id("stFeedback").wait_for(timeout=FIRST_ANSWER_MS)
        latencies.append(time.perf_counter() - started)
        assert messages.count() == 2, f"{question}: {messages.count()} chat messages"
        assert question in messages.nth(0).inner_text()
        headers = [h.strip() for h in answer.locator(EXPANDER_TITLES).all_inner_texts()]
        first = next(h for h in headers if re.match(r"\[\d+\] ", h))
        assert first.startswith(f"[1] {label}"), (question, headers)
        chat = " ".join(messages.all_text_contents())  # the example buttons above the chat list questions too
        others = [q for _, q, _ in CONCURRENT if q != question]
        assert not any(q in chat for q in others), f"another session's question is in the chat of {question!r}"
    print(f"\n4 concurrent browser sessions: answers visible after {', '.join(f'{s:.2f}' for s in latencies)} s")


def test_missing_index_shows_a_plain_error_without_paths(browser, settings, tmp_path):
    """An app started without a published index says so on the page: no path, no stack trace."""
    from assistant.app.resources import UNAVAILABLE

    empty = tmp_path / "no-index"
    empty.mkdir()
    env = {"PLAN_INDEX_DIR": str(empty), "PLAN_EMBEDDING__MODELS_DIR": str(settings.embedding.models_dir)}
    with running_app(env, tmp_path / "streamlit.log") as url:
        ctx = browser.new_context(locale="ja-JP")
        try:
            page = ctx.new_page()
            page.goto(url + "/public")
            page.get_by_text(UNAVAILABLE).wait_for(timeout=FIRST_ANSWER_MS)
            body = page.locator("body").inner_text()
        finally:
            ctx.close()
    assert str(empty) not in body and "/tmp" not in body and "/work" not in body
    assert "Traceback" not in body and "IndexProblem" not in body
    assert "no published index" in (tmp_path / "streamlit.log").read_text(encoding="utf-8")  # the log has the detail
