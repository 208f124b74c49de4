"""Screenshots of both chat pages at desktop and phone widths, for checking the layout by eye.

    .venv/bin/python scripts/screenshots.py            # -> screenshots/*.png

Starts the Streamlit app on a free loopback port against the real index in ``index/``
(building it first if it is missing), asks one question on each page in headless
Chromium (Debian's ``/usr/bin/chromium``; no browser download) and saves
``{staff,public}-{desktop,phone}.png``. Japanese needs a CJK font (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assistant.app.launch import CHROMIUM, CHROMIUM_ARGS, running_app

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}
QUESTIONS = {
    "staff": "R3年度にペーパーレスで何をした？",
    "public": "市役所に行かずに手続きできるようになりますか",
}
# Widest content: the document's, and the scrolling <main>'s against its visible width.
OVERFLOW_JS = """() => { const m = document.querySelector('main');
  return [document.documentElement.scrollWidth, m.scrollWidth, m.clientWidth]; }"""


def ask(page, question: str, timeout_ms: int = 120_000) -> None:
    """Type a question into the chat input, press Enter and wait for the assistant's answer."""
    box = page.get_by_test_id("stChatInputTextArea")
    box.wait_for(timeout=timeout_ms)
    before = page.get_by_test_id("stChatMessage").count()
    box.fill(question)
    box.press("Enter")
    # The answer is the second chat message of the new turn; its sources are expanders under it.
    page.get_by_test_id("stChatMessage").nth(before + 1).wait_for(timeout=timeout_ms)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout_ms)
    page.wait_for_timeout(500)


def ensure_index() -> None:
    if (ROOT / "index" / "CURRENT").exists():
        return
    py = [sys.executable, "-m", "assistant", "build", "--if-missing"]
    if subprocess.call(py, cwd=ROOT) != 0:
        print("build refused (eval gate?); retrying with --force", file=sys.stderr)
        subprocess.check_call([*py, "--force"], cwd=ROOT)


def main() -> int:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk", file=sys.stderr)
        return 2
    ensure_index()
    OUT.mkdir(exist_ok=True)
    feedback = OUT / "feedback.jsonl"  # never write screenshot clicks into the real feedback file
    env = {"PLAN_INDEX_DIR": str(ROOT / "index"), "PLAN_UI__FEEDBACK_FILE": str(feedback)}
    with running_app(env, OUT / "streamlit.log") as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for page_name, question in QUESTIONS.items():
                for view, (w, h) in VIEWPORTS.items():
                    ctx = browser.new_context(viewport={"width": w, "height": h}, locale="ja-JP")
                    page = ctx.new_page()
                    page.goto(f"{url}/{page_name}")
                    ask(page, question)
                    overflow = page.evaluate(OVERFLOW_JS)
                    # Streamlit scrolls inside <main>, so a "full page" screenshot would show only the
                    # viewport: grow the viewport to the chat's height instead.
                    tall = page.evaluate("document.querySelector('main').scrollHeight")
                    page.set_viewport_size({"width": w, "height": max(h, tall)})
                    page.wait_for_timeout(500)
                    path = OUT / f"{page_name}-{view}.png"
                    page.screenshot(path=str(path), full_page=True)
                    print(f"{path.relative_to(ROOT)}  width {w}: document scrollWidth {overflow[0]}, "
                          f"main scrollWidth {overflow[1]}/{overflow[2]}")
                    ctx.close()
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
