"""``python -m assistant chat``: the chat in a terminal, over the same ``Assistant`` and ``Conversation``.

Line editing and history with the arrow keys come from ``readline`` (the standard library's binding of
GNU readline). Commands: ``/new`` (a new topic), ``/sources N`` (the N-th cited item in full), ``/help``;
Ctrl-D or ``/quit`` ends the chat.
"""

from __future__ import annotations

import sys
from typing import TextIO

from .conversation import Conversation
from .filters import Filters
from .index_store import IndexProblem
from .pipeline import Assistant, QuestionError
from .types import AnswerResult, Record

HELP = """質問を入力してください（続けて「担当部署は？」「R4は？」などと聞けます）。
  /new        新しい話題（これまでの会話を忘れます）
  /sources N  回答の出典 [N] の全文を表示
  /help       この説明
  /quit, Ctrl-D  終了"""


def record_text(record: Record) -> str:
    """A cited item in full: where it is, who is in charge, and its text."""
    page = f" P.{record.page}" if record.page is not None else ""
    lines = [f"{record.label}『{record.title}』{page}", f"{record.city} {record.document}（{record.fiscal_year}）"]
    if record.section:
        lines.append(f"区分: {record.section}")
    if record.departments:
        lines.append(f"担当: {'、'.join(record.departments)}")
    return "\n".join([*lines, "", record.text])


def run_chat(assistant: Assistant, filters: Filters | None = None, stdin: TextIO | None = None,
             stdout: TextIO | None = None) -> int:
    try:
        import readline  # noqa: F401 - arrow keys and history for input()
    except ImportError:  # not on every platform; the chat works without it
        pass
    from .cli import format_answer

    out = stdout or sys.stdout
    conversation = Conversation()
    last: AnswerResult | None = None
    print(HELP, file=out, flush=True)
    while True:
        try:
            line = input("質問> ") if stdin is None else _read(stdin, out)
        except EOFError:
            print("\n終了します。", file=out, flush=True)
            return 0
        except KeyboardInterrupt:
            print("\n（入力を取り消しました。終了は Ctrl-D）", file=out, flush=True)
            continue
        line = line.strip()
        if not line:
            continue
        if line in ("/quit", "/exit"):
            print("終了します。", file=out, flush=True)
            return 0
        if line == "/help":
            print(HELP, file=out, flush=True)
            continue
        if line == "/new":
            conversation.clear()
            last = None
            print("新しい話題にしました。", file=out, flush=True)
            continue
        if line.startswith("/sources"):
            print(_source(assistant, last, line), file=out, flush=True)
            continue
        if line.startswith("/"):
            print(f"知らないコマンドです: {line}（/help で一覧）", file=out, flush=True)
            continue
        try:
            last = assistant.ask(line, filters=filters, conversation=conversation)
        except QuestionError as exc:
            print(str(exc), file=out, flush=True)
            continue
        except IndexProblem as exc:
            print(f"索引を読み込めません: {exc}", file=out, flush=True)
            return 2
        print(format_answer(last), file=out, flush=True)


def _read(stdin: TextIO, out: TextIO) -> str:
    print("質問> ", end="", file=out, flush=True)
    line = stdin.readline()
    if not line:
        raise EOFError
    return line


def _source(assistant: Assistant, last: AnswerResult | None, line: str) -> str:
    if last is None or not (last.citations or last.nearby):
        return "表示できる出典がありません（先に質問してください）。"
    cited = last.citations or last.nearby
    arg = line.removeprefix("/sources").strip()
    if not arg.isdigit() or not 1 <= int(arg) <= len(cited):
        return f"出典の番号を 1〜{len(cited)} で指定してください（例: /sources 1）。"
    c = cited[int(arg) - 1]
    record = assistant.record(c.source_file, c.label)
    return record_text(record) if record is not None else f"{c.label} は現在の索引にありません。"
