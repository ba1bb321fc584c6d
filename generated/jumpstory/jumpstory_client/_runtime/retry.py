"""When and how long to wait before trying a request again.

Only what is safe is retried: connection failures and 408/429/502/503/504, and by default only for
idempotent methods (a POST that timed out may have been applied). `Retry-After` (seconds or an
HTTP date) wins over the computed backoff; exponential backoff with full jitter spreads clients
that failed together. A total deadline bounds the whole call, waits included, so a call never
hangs past it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

import httpx

from .retry_after import retry_after_seconds

__all__ = ("RetryPolicy", "is_retryable_exception", "is_retryable_status", "retry_after_seconds")

RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries; every field can be overridden per client and per call."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    deadline: float | None = 60.0
    retry_non_idempotent: bool = False
    max_retry_after: float = 60.0

    def merged(self, **overrides: object) -> RetryPolicy:
        """This policy with the given non-None fields replaced (per-call options)."""
        changes = {key: value for key, value in overrides.items() if value is not None}
        return replace(self, **changes) if changes else self  # type: ignore[arg-type]

    def allows_method(self, method: str) -> bool:
        return self.retry_non_idempotent or method.upper() in IDEMPOTENT_METHODS

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Full-jitter exponential backoff for the given retry number (1 = first retry)."""
        ceiling = min(self.backoff_max, self.backoff_base * (2 ** (attempt - 1)))
        return (rng or random).uniform(0, ceiling)


def is_retryable_status(status: int) -> bool:
    return status in RETRYABLE_STATUSES


def is_retryable_exception(error: Exception) -> bool:
    """Transport failures where the request may not have reached the server, or timed out."""
    return isinstance(error, httpx.TransportError) and not isinstance(error, httpx.UnsupportedProtocol)
