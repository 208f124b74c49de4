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
        # every test here comes from 127.0.0.1: the per-client limit is tested on its own app (pdf_app)
        "PLAN_UI__PUBLIC_RATE_PER_MINUTE": "1000",
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


def _pages(browser, url: str):
    """open(path, width, height) -> a fresh page (new browser context = new Streamlit session) of the app
    at ``url``; the contexts are closed when the generator ends."""
    contexts = []

    def _open(path: str, width: int = 1280, height: int = 900):
        ctx = browser.new_context(viewport={"width": width, "height": height}, locale="ja-JP")
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(30_000)
        page.goto(url + path)
        return page

    yield _open
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def open_page(browser, app):
    yield from _pages(browser, app.url)


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
    ("/public", "市役所に行かずに手続きできるようになりますか", "取組項目09"),
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


# -- issue 13: a chat, sources people can open, limits that hold across sessions ----------------------------

PAPERLESS = "R3年度にペーパーレスで何をした？"
PAPERLESS_OFFICES = "政策室、情報政策課、職員課、市民課"
PAPERLESS_PRINTED = "推進部署: 政策室／情報政策課／関係各課（職員課／市民課）"  # the answer quotes the item's own line
READING_08 = "（取組項目08『5レスの推進』について）"


def _follow_up_then_new_topic(page) -> None:
    ask(page, PAPERLESS)
    answer = ask(page, "担当部署は？")
    text = answer.inner_text()
    assert READING_08 in text, text  # how the follow-up was read, above the answer
    assert PAPERLESS_PRINTED in text
    assert text.index(READING_08) < text.index(PAPERLESS_PRINTED)
    page.get_by_role("button", name="新しい話題").click()
    page.get_by_test_id("stChatMessage").first.wait_for(state="detached", timeout=30_000)
    alone = ask(page, "担当部署は？").inner_text()
    assert READING_08 not in alone and "について）" not in alone.splitlines()[0]


def test_staff_follow_up_reads_the_conversation_and_new_topic_clears_it(open_page):
    _follow_up_then_new_topic(open_page("/staff"))


def test_public_follow_up_at_phone_width(open_page):
    page = open_page("/public", width=390, height=844)
    _follow_up_then_new_topic(page)
    doc_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert doc_width <= 391, f"horizontal scroll: document is {doc_width}px wide"


def test_staff_filters_speak_japanese(open_page):
    page = open_page("/staff")
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_text("絞り込み").wait_for(timeout=FIRST_ANSWER_MS)
    sidebar.get_by_text("部署").wait_for()
    html = sidebar.inner_html()
    assert html.count("選択してください") == 4 and "Choose options" not in html


def _open_first_source(page, answer):
    source = answer.get_by_test_id("stExpander").filter(
        has=page.locator("summary", has_text=re.compile(r"\[1\] \S")))
    if source.locator("details[open]").count() == 0 and source.locator("details").get_attribute("open") is None:
        source.locator("summary").click()  # the staff page opens the first source itself
    link = source.get_by_role("link", name="資料の該当箇所を開く")
    link.wait_for(timeout=30_000)
    link.click()
    page.wait_for_url(re.compile(r"/document\?item=r-[0-9a-f]+"), timeout=30_000)
    page.get_by_role("link", name="チャットに戻る").wait_for(timeout=FIRST_ANSWER_MS)


def test_a_citation_opens_the_document_view_at_the_cited_item(open_page):
    page = open_page("/public")
    answer = ask(page, PAPERLESS)
    assert "000_3dacb80f56827af3" not in main_text(page)  # no file name where a citizen reads
    _open_first_source(page, answer)
    body = page.locator("main")
    body.get_by_text("狛江市第6次行財政改革推進計画 令和3年度進捗状況報告書").first.wait_for()
    # the page renders top to bottom: wait for the item's last header line before reading the text
    body.get_by_text("担当 " + PAPERLESS_OFFICES).first.wait_for(timeout=30_000)
    text = body.inner_text()
    assert "取組項目08『5レスの推進』（P.10）" in text
    assert "担当 " + PAPERLESS_OFFICES in text
    assert "000_3dacb80f56827af3" not in text
    # the quoted sentences are highlighted in the item's text
    marked = page.locator("[data-testid=stVerticalBlock].st-key-cited_item span").filter(
        has_text="セミセルフレジを導入")
    marked.first.wait_for(timeout=30_000)  # the page renders top to bottom: wait, then count
    page.get_by_test_id("stDownloadButton").first.wait_for(timeout=30_000)
    assert page.get_by_test_id("stDownloadButton").count() == 1
    page.get_by_role("link", name="チャットに戻る").click()
    page.wait_for_url(re.compile(r"/public$"))
    page.get_by_test_id("stChatMessage").first.wait_for(timeout=30_000)
    assert PAPERLESS in main_text(page)  # the chat is still there


@pytest.fixture(scope="module")
def pdf_app(chromium, settings, st_model, tmp_path_factory) -> App:
    """A second app over a corpus of one PDF (the committee report drawn 9 lines a page), with a public
    limit of 2 questions a minute per client and one answer computed at once."""
    from test_pdf import COMMITTEE, chunks, pdf_document, seed_lines

    from assistant.index_store import publish
    from assistant.indexer import build_version

    tmp = tmp_path_factory.mktemp("pdf_app")
    corpus = tmp / "corpus"
    corpus.mkdir()
    pdf_document(corpus, COMMITTEE, chunks(seed_lines(COMMITTEE), 9))
    own = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp / "index"})
    publish(own.index_dir, build_version(own, st_model, progress=False).name)
    env = {"PLAN_CORPUS_DIR": str(corpus), "PLAN_INDEX_DIR": str(own.index_dir),
           "PLAN_EMBEDDING__MODELS_DIR": str(settings.embedding.models_dir),
           "PLAN_UI__FEEDBACK_FILE": str(tmp / "feedback.jsonl"), "PLAN_UI__PUBLIC_RATE_PER_MINUTE": "2",
           "PLAN_UI__MAX_CONCURRENT_ANSWERS": "1", "PLAN_UI__QUEUE_WAIT_SECONDS": "60"}
    try:
        with running_app(env, tmp / "streamlit.log") as url:
            yield App(url, tmp / "feedback.jsonl")
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture
def open_pdf_page(browser, pdf_app):
    yield from _pages(browser, pdf_app.url)


def test_a_pdf_citation_shows_its_printed_page(open_pdf_page):
    page = open_pdf_page("/staff")
    answer = ask(page, "府中基地の跡地ってこれからどうなるの？")
    headers = [h.strip() for h in answer.locator(EXPANDER_TITLES).all_inner_texts()]
    first = next(h for h in headers if h.startswith("[1] "))
    cited_page = int(re.search(r"P\.(\d+)", first).group(1))
    _open_first_source(page, answer)
    image = page.get_by_test_id("stImage").first
    image.wait_for(timeout=60_000)
    assert f"P.{cited_page}" in page.get_by_test_id("stImage").first.inner_text()
    assert f"印刷されたページ（P.{cited_page}）" in page.locator("main").inner_text()
    # the <img> is in the page before its PNG has loaded: wait for the load, then measure it
    page.wait_for_function("() => { const i = document.querySelector('[data-testid=stImage] img');"
                           " return i && i.complete && i.naturalWidth > 0; }", timeout=30_000)
    width = page.evaluate("() => document.querySelector('[data-testid=stImage] img').naturalWidth")
    assert width > 500  # a rendered A4 page, not a placeholder


def test_public_limit_holds_across_new_browser_sessions(open_pdf_page):
    """Each question from a new browser session: the third within a minute from the same client is refused."""
    answered = []
    for n in range(3):
        page = open_pdf_page("/public")
        box = page.get_by_test_id("stChatInputTextArea")
        box.wait_for(state="visible", timeout=FIRST_ANSWER_MS)
        box.fill(f"府中市の公共施設マネジメントについて（{n}）")
        box.press("Enter")
        outcome = page.get_by_test_id("stFeedback").or_(page.get_by_text("質問が続いています"))
        outcome.first.wait_for(timeout=FIRST_ANSWER_MS)
        answered.append(page.get_by_test_id("stFeedback").count() == 1)
    assert answered == [True, True, False]


def test_one_answer_at_a_time_queues_concurrent_sessions(open_pdf_page):
    """With one answer slot, three sessions asking at once are all answered, one after another."""
    pages = [open_pdf_page("/staff") for _ in range(3)]
    boxes = [p.get_by_test_id("stChatInputTextArea") for p in pages]
    for box in boxes:
        box.wait_for(state="visible", timeout=FIRST_ANSWER_MS)
        box.fill("府中基地の跡地の利用計画は？")
    for box in boxes:
        box.press("Enter")
    for page in pages:
        page.get_by_test_id("stFeedback").wait_for(timeout=FIRST_ANSWER_MS)
        assert "質問が集中しています" not in page.locator("main").inner_text()
