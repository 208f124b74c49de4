"""Limits for the public page that hold across browser sessions.

- :class:`RateLimiter`: a sliding one-minute window of questions.
- :class:`ClientLimits`: one window per client for the whole process, so opening a new browser session
  does not reset it. The client is the address the connection comes from (:func:`client_address`); behind
  a reverse proxy listed in ``ui.trusted_proxies``, the address that proxy reports in ``X-Forwarded-For``.
- :class:`AnswerSlots`: at most N answers computed at once for the whole process; beyond that a question
  waits a short while, then is politely turned away.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager


class RateLimiter:
    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self.per_minute = per_minute
        self.window = window
        self.times: deque[float] = deque()

    def _expire(self, now: float) -> None:
        while self.times and now - self.times[0] > self.window:
            self.times.popleft()

    def allow(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self._expire(now)
        if len(self.times) >= self.per_minute:
            return False
        self.times.append(now)
        return True

    def idle(self, now: float) -> bool:
        self._expire(now)
        return not self.times

    def wait_seconds(self, now: float | None = None) -> int:
        now = time.monotonic() if now is None else now
        return 0 if not self.times else max(1, int(self.window - (now - self.times[0])) + 1)


def _in(address: str, networks: list[str]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(n, strict=False) for n in networks)


def client_address(remote: str | None, forwarded_for: str | None, trusted_proxies: list[str]) -> str:
    """Who is asking: the connection's address, or — when that address is a trusted proxy — the nearest
    address in ``X-Forwarded-For`` that is not itself a trusted proxy. A header from anyone else is
    ignored: a client cannot choose its own key by sending one."""
    address = (remote or "").strip() or "unknown"
    if not forwarded_for or not _in(address, trusted_proxies):
        return address
    for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
        if not _in(hop, trusted_proxies):
            return hop
    return address


class ClientLimits:
    """A per-minute window per client, shared by every session of the process."""

    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self.per_minute, self.window = per_minute, window
        self._lock = threading.Lock()
        self._clients: dict[str, RateLimiter] = {}

    def allow(self, client: str, now: float | None = None) -> tuple[bool, int]:
        """(allowed, seconds to wait when it is not)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._clients) > 10_000:  # forget clients that have been quiet for a window
                self._clients = {k: v for k, v in self._clients.items() if not v.idle(now)}
            limiter = self._clients.setdefault(client, RateLimiter(self.per_minute, self.window))
            if limiter.allow(now):
                return True, 0
            return False, limiter.wait_seconds(now)


class AnswerSlots:
    """At most ``size`` answers computed at once; :meth:`slot` waits up to ``wait`` seconds for one."""

    def __init__(self, size: int, wait: float) -> None:
        self.size, self.wait = size, wait
        self._slots = threading.BoundedSemaphore(size)

    @contextmanager
    def slot(self) -> Iterator[bool]:
        """Yields True with a slot held, or False when none freed up in time (nothing to release then)."""
        got = self._slots.acquire(timeout=self.wait)
        try:
            yield got
        finally:
            if got:
                self._slots.release()
