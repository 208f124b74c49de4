"""A per-session sliding-window rate limit for the public page."""

from __future__ import annotations

import time
from collections import deque


class RateLimiter:
    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self.per_minute = per_minute
        self.window = window
        self.times: deque[float] = deque()

    def allow(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        while self.times and now - self.times[0] > self.window:
            self.times.popleft()
        if len(self.times) >= self.per_minute:
            return False
        self.times.append(now)
        return True

    def wait_seconds(self, now: float | None = None) -> int:
        now = time.monotonic() if now is None else now
        return 0 if not self.times else max(1, int(self.window - (now - self.times[0])) + 1)
