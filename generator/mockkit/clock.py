"""A clock a test moves by hand, shared by a vendor's mock and its client (`generator.runtime.clock.Clock`).

`sleep` and `asleep` do not wait: they move the clock on by the time asked and record it, so token
expiry, throttling and retry backoff run at once in a test, and the test can assert how long the
code would have waited (`clock.slept`). `advance(seconds)` moves it by hand.
"""

from __future__ import annotations

import threading


class ManualClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self.now += max(0.0, seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def __repr__(self) -> str:
        return f"ManualClock(now={self.now})"
