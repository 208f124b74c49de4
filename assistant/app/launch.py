"""Starting the Streamlit app: :func:`serve` (what ``python -m assistant serve`` runs: the server,
with the model and index loading in the background as it starts), and a context manager for tests
and scripts that need the app on a free loopback port (stopped with its process group)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOME = Path(__file__).with_name("Home.py")
# Debian's Chromium for headless checks of the running app (no browser download); the
# background-networking flags keep it from reaching for hosts this closed network refuses.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def streamlit_args(port: int, host: str = "localhost") -> list[str]:
    return ["run", str(HOME), "--server.port", str(port), "--server.address", host, "--server.headless", "true",
            "--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal"]


def serve(port: int, host: str = "localhost") -> int:
    """Run the Streamlit server in this process; the shared assistant starts loading at once."""
    from streamlit.web import cli as streamlit_cli

    from .resources import preload

    preload()
    try:
        streamlit_cli.main(args=streamlit_args(port, host), prog_name="streamlit", standalone_mode=True)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    return 0


def serve_command(port: int, host: str = "localhost") -> list[str]:
    """The command a user runs (``python -m assistant serve``), for starting the app as a process."""
    return [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--host", host]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@contextmanager
def running_app(env_overrides: dict[str, str], log_path: Path, timeout: float = 90.0) -> Iterator[str]:
    """Run the app on a free loopback port until it answers its health check; yield its base URL.

    Raises RuntimeError (with the tail of the app's log) if it exits or does not answer in time.
    """
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "TOKENIZERS_PARALLELISM": "false", **env_overrides}
    with log_path.open("w") as log:
        proc = subprocess.Popen(serve_command(port, "127.0.0.1"), cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200 and r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not answer within {timeout:.0f} s:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.5)
        yield url
    finally:
        _stop(proc)
