"""The one reader of `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.

Used by the retry loop (how long to wait before the next try) and by `RateLimitError.retry_after`
(what the caller is told), so both read the header the same way.
"""

from __future__ import annotations

import time
from datetime import UTC
from email.utils import parsedate_to_datetime

import httpx


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from `now` (epoch seconds, default the system time) that `value` asks to wait;
    None when absent or unreadable. A date in the past means 0."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if seconds == seconds and seconds != float("inf") else None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # RFC 9110 dates are GMT; `-0000` parses as unzoned
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


def retry_after_seconds(response: httpx.Response, now: float | None = None) -> float | None:
    """The response's `Retry-After`, as seconds from `now`; None when absent or unreadable."""
    return parse_retry_after(response.headers.get("Retry-After"), now)
