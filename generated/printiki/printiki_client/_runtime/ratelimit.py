"""Client-side pacing to the vendor's documented limit (e.g. JumpStory: 60 requests a minute).

A sliding-window log rather than a token bucket: a bucket of N refilling at N/T lets up to 2N
requests into some window of length T, which a server counting "N per T" answers with 429s.
The log hands out send times so that no window of length T holds more than N of them. One
limiter is shared by every request of a client, from threads and from asyncio tasks alike: the
reservation is taken under a plain lock (no awaiting while holding it), the wait happens outside,
on the limiter's clock (a test's fake clock moves instead of waiting).
"""

from __future__ import annotations

import threading
from collections import deque

from .clock import SYSTEM_CLOCK, Clock
from .flows import Wait


class RateLimiter:
    """At most `requests` sends in any `per_seconds` window (plus a safety margin).

    The server counts arrivals, the limiter counts departures; requests that leave on time can still
    arrive bunched (a slow first connection, a busy event loop). The window is therefore widened by
    `margin` seconds: 10% of the window, at most one second, unless given.
    """

    def __init__(
        self,
        requests: int,
        per_seconds: float,
        clock: Clock = SYSTEM_CLOCK,
        margin: float | None = None,
    ) -> None:
        if requests < 1 or per_seconds <= 0:
            raise ValueError("a rate limit needs requests >= 1 and per_seconds > 0")
        self.requests = requests
        self.per_seconds = per_seconds + (min(1.0, per_seconds * 0.1) if margin is None else margin)
        self._clock = clock
        self._sent: deque[float] = deque()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter({self.requests}/{self.per_seconds}s)"

    @property
    def clock(self) -> Clock:
        """The clock this limiter waits on."""
        return self._clock

    def reserve(self) -> float:
        """Book the next free send slot; returns how many seconds to wait before sending."""
        return self.reserve_within(None)[1]

    def reserve_within(self, limit: float | None) -> tuple[bool, float]:
        """(booked, seconds to wait): the next free slot is booked only when the wait for it is at
        most `limit` seconds (None: any wait), so a call whose deadline ends sooner can fail at
        once instead of sleeping first, and leaves the slot to others."""
        with self._lock:
            now = self._clock.monotonic()
            while self._sent and self._sent[0] <= now - self.per_seconds:
                self._sent.popleft()
            if len(self._sent) < self.requests:
                slot = now
            else:
                slot = self._sent[-self.requests] + self.per_seconds
            wait = max(0.0, slot - now)
            if limit is not None and wait > 0 and wait >= limit:
                return False, wait
            self._sent.append(slot)
            return True, wait

    def pacing(self) -> Wait:
        """Step of a flow (`flows.py`): book a slot, then wait for it on this limiter's clock."""
        return Wait(self._clock, self.reserve())

    def acquire(self) -> None:
        """Wait for a send slot (sync code)."""
        self.pacing().run()

    async def acquire_async(self) -> None:
        """Wait for a send slot without blocking the event loop."""
        await self.pacing().arun()
