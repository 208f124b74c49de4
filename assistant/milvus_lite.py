"""Run a Milvus Lite server (the ``milvus-lite`` package's gRPC server, the API of Milvus Standalone and
Distributed) on a free loopback port: for tests, benchmarks and trying the milvus backend on one machine.

    python -m assistant.milvus_lite --data-dir /tmp/milvus      # prints the URI, serves until Ctrl-C
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MilvusLiteServer:
    """``with MilvusLiteServer(dir) as server: server.uri`` — started and answering inside, stopped after."""

    def __init__(self, data_dir: Path, port: int | None = None, startup_seconds: float = 60.0) -> None:
        self.data_dir = Path(data_dir)
        self.port = port or free_port()
        self.uri = f"http://127.0.0.1:{self.port}"
        self.startup_seconds = startup_seconds
        self.process: subprocess.Popen | None = None
        self.log = self.data_dir.parent / f"{self.data_dir.name}.log"

    def start(self) -> MilvusLiteServer:
        program = shutil.which("milvus-lite") or str(Path(sys.executable).with_name("milvus-lite"))
        if not Path(program).exists():
            raise RuntimeError("the milvus-lite server is not installed (pip install milvus-lite)")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [program, "server", "--data-dir", str(self.data_dir), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.startup_seconds
        from pymilvus import MilvusClient

        from .milvus_backend import grpc_options
        from .settings import MilvusSettings

        keepalive = MilvusSettings().keepalive_seconds

        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"milvus-lite exited with {self.process.returncode}: {self._tail()}")
            try:
                client = MilvusClient(uri=self.uri, timeout=2, grpc_options=grpc_options(keepalive))
                client.list_collections()
                client.close()
                return self
            except Exception:  # noqa: BLE001 - not answering yet
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"milvus-lite did not answer on {self.uri} within {self.startup_seconds:.0f}s: "
                                       f"{self._tail()}") from None
                time.sleep(0.2)

    def _tail(self) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-500:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> MilvusLiteServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--port", type=int, default=None)
    args = parser.parse_args()
    with MilvusLiteServer(args.data_dir, args.port) as server:
        print(f"PLAN_BACKEND=milvus PLAN_MILVUS__URI={server.uri}", flush=True)
        try:
            server.process.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
