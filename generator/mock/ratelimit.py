"""Throttling as documented by root `x-rate-limit` (`requests` per `per-seconds`, per credential).

A fixed window per key that opens with the key's first request, as Laravel's throttle middleware
does: `requests` are allowed until `per-seconds` after that first request, then the window
starts over. A refused request gets 429 with `Retry-After` (whole seconds until the window ends,
at least 1); every throttled response carries `X-RateLimit-Limit` / `X-RateLimit-Remaining`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from generator.mock.errors import ErrorKind, MockError, MockSetupError
from generator.mock.options import SPEC_DEFAULT, Clock, RateLimitOption
from generator.model import RateLimit

_PRUNE_EVERY = 1024


@dataclass
class _Window:
    started: float
    count: int


class RateLimiter:
    """Counts requests per key in fixed windows; `hit` raises 429 when the key is over the limit."""

    def __init__(self, requests: int, per_seconds: float, clock: Clock) -> None:
        if requests < 1 or per_seconds <= 0:
            raise ValueError("a rate limit needs requests >= 1 and per_seconds > 0")
        self.requests = requests
        self.per_seconds = per_seconds
        self._clock = clock
        self._windows: dict[str, _Window] = {}
        self._hits = 0

    def hit(self, key: str) -> dict[str, str]:
        """Count one request of `key`; the rate-limit headers to send, or MockError(429)."""
        now = self._clock()
        self._hits += 1
        if self._hits % _PRUNE_EVERY == 0:
            self._prune(now)
        window = self._windows.get(key)
        if window is None or now >= window.started + self.per_seconds:
            window = self._windows[key] = _Window(started=now, count=0)
        if window.count >= self.requests:
            retry_after = max(1, math.ceil(window.started + self.per_seconds - now))
            raise MockError(
                ErrorKind.RATE_LIMITED,
                params={"retry_after": retry_after},
                headers={
                    "Retry-After": str(retry_after),
                    "X-RateLimit-Limit": str(self.requests),
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": str(math.ceil(window.started + self.per_seconds)),
                },
            )
        window.count += 1
        return {
            "X-RateLimit-Limit": str(self.requests),
            "X-RateLimit-Remaining": str(self.requests - window.count),
        }

    def _prune(self, now: float) -> None:
        expired = [key for key, window in self._windows.items() if now >= window.started + self.per_seconds]
        for key in expired:
            del self._windows[key]


def rate_limiter_for(declared: RateLimit | None, option: RateLimitOption, clock: Clock) -> RateLimiter | None:
    """The limiter the options ask for: the spec's `x-rate-limit`, an explicit one, or none."""
    if option is None:
        return None
    if isinstance(option, tuple):
        requests, per_seconds = option
        return RateLimiter(int(requests), float(per_seconds), clock)
    if option != SPEC_DEFAULT:
        raise MockSetupError(
            "options", "rate_limit", f"expected (requests, per_seconds), None or {SPEC_DEFAULT!r}"
        )
    if declared is None:
        return None
    return RateLimiter(declared.requests, declared.per_seconds, clock)
