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


def _wait_until_listening(host: str, port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)


def serve(port: int, host: str = "localhost") -> int:
    """Run the Streamlit server in this process; the shared assistant loads once the port is open."""
    # Loading holds the GIL for long stretches (the tokenizer alone ~1 s), so it waits for the
    # server to listen and then overlaps the browser fetching and starting Streamlit's page.
    # Median of 5 to a first answer in a browser (scripts/bench.py --only-app): 3.7-3.9 s; loading
    # as soon as Streamlit was imported 4.8 s; before importing it 5.3 s; before the server 4.8 s.
    from streamlit.web import cli as streamlit_cli

    from .resources import preload

    preload(wait=lambda: _wait_until_listening(host, port))
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


def stop_app(proc: subprocess.Popen) -> None:
    """Stop an app started by :func:`start_app`, with its whole process group."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def start_app(env_overrides: dict[str, str], log_path: Path) -> tuple[subprocess.Popen, str]:
    """Launch ``python -m assistant serve`` on a free loopback port, output to ``log_path``; (process, base URL)."""
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "TOKENIZERS_PARALLELISM": "false", **env_overrides}
    with log_path.open("w") as log:
        proc = subprocess.Popen(serve_command(port, "127.0.0.1"), cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    return proc, f"http://127.0.0.1:{port}"


def wait_until_healthy(proc: subprocess.Popen, url: str, log_path: Path, timeout: float) -> None:
    """Return once the server answers its health check; RuntimeError (with the log's tail) if it
    exits first or does not answer within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200 and r.read().strip() == b"ok":
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"the app did not answer within {timeout:.0f} s:\n{log_path.read_text()[-3000:]}")
        time.sleep(0.05)


@contextmanager
def running_app(env_overrides: dict[str, str], log_path: Path, timeout: float = 90.0) -> Iterator[str]:
    """Run the app on a free loopback port until it answers its health check; yield its base URL.

    Raises RuntimeError (with the tail of the app's log) if it exits or does not answer in time.
    """
    proc, url = start_app(env_overrides, log_path)
    try:
        wait_until_healthy(proc, url, log_path, timeout)
        yield url
    finally:
        stop_app(proc)
