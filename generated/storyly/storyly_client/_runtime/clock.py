"""Time, injected: the one clock a client (and, in tests, the mock it talks to) reads and waits on.

Token expiry, renewal margins, client-side pacing, retry backoff and deadlines all depend on time.
Reading it through one object lets a test move time forward instead of waiting for it: pass the
same clock to the facade (`clock=`) and to the mock (`MockOptions(clock=...)`), advance it, and
both sides see a token expire at once. `SYSTEM_CLOCK` is the real one.
"""

from __future__ import annotations

import time
import time as _time_module  # the class body below names a method `time`
from typing import Protocol


class Clock(Protocol):
    """What the runtime reads and waits on."""

    def time(self) -> float:
        """Seconds since the epoch (wall time: token `exp` claims, `expires` fields)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (expiry, pacing, deadlines)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait (sync clients)."""
        ...

    async def asleep(self, seconds: float) -> None:
        """Wait without blocking the event loop (async clients)."""
        ...


class SystemClock:
    """The real clock: `time.time`, `time.monotonic`, `time.sleep`, `asyncio.sleep`.

    `time` and `monotonic` are the `time` module's own functions, not methods wrapping them: a call
    reads the clock several times (deadline, pacing, logging), and a Python-level wrapper doubles
    the cost of each read."""

    time = staticmethod(_time_module.time)
    monotonic = staticmethod(_time_module.monotonic)

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        if seconds > 0:
            import asyncio  # on first use: the package does not import asyncio (import time counts)

            await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()
