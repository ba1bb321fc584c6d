"""A clock tests move by hand, for the client runtime and the mock alike (`generator.runtime.clock.Clock`).

`sleep` and `asleep` do not wait: they move the clock on by the time asked for and record it, so
a test of expiry, pacing or backoff runs at once and can assert how long the code would have
waited. Calling the clock gives the wall time (what the mock's internals read).
"""

from __future__ import annotations

import threading


class FakeClock:
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
