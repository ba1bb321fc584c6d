"""Throttling from `x-rate-limit`: per credential, fixed window, 429 with Retry-After."""

from __future__ import annotations

from typing import Any

import pytest

from generator.mock import engine_of
from generator.mock.errors import ErrorKind, MockError
from generator.mock.ratelimit import RateLimiter, rate_limiter_for
from generator.model import RateLimit

from .conftest import FakeClock, client_for, user_headers

pytestmark = pytest.mark.anyio


def test_fixed_window_with_retry_after() -> None:
    clock = FakeClock(100.0)
    limiter = RateLimiter(2, 60, clock)
    assert limiter.hit("a") == {"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "1"}
    clock.advance(10)
    assert limiter.hit("a")["X-RateLimit-Remaining"] == "0"
    clock.advance(0.5)
    with pytest.raises(MockError) as refused:
        limiter.hit("a")
    assert refused.value.kind is ErrorKind.RATE_LIMITED
    assert refused.value.headers["Retry-After"] == "50"  # ceil(160 - 110.5)
    assert limiter.hit("b")["X-RateLimit-Remaining"] == "1"  # another credential
    clock.advance(49.5)  # the window of "a" opened at 100 and ends at 160
    assert limiter.hit("a")["X-RateLimit-Remaining"] == "1"


def test_limiter_options() -> None:
    clock = FakeClock()
    declared = RateLimit(requests=60, per_seconds=60)
    limiter = rate_limiter_for(declared, "spec-default", clock)
    assert limiter is not None and (limiter.requests, limiter.per_seconds) == (60, 60.0)
    explicit = rate_limiter_for(declared, (5, 1.5), clock)
    assert explicit is not None and (explicit.requests, explicit.per_seconds) == (5, 1.5)
    assert rate_limiter_for(declared, None, clock) is None
    assert rate_limiter_for(None, "spec-default", clock) is None


async def test_throttle_per_token_over_http_semantics(mini_app: Any, clock: FakeClock) -> None:
    app = mini_app(rate_limit="spec-default")  # mini spec: 3 requests per 10 s
    assert engine_of(app).limiter is not None
    async with client_for(app) as client:
        alice = await user_headers(client, "alice")  # the admin key's own budget
        bob = await user_headers(client, "bob")
        for remaining in ("2", "1", "0"):
            ok = await client.get("/items", headers=alice)
            assert ok.status_code == 200 and ok.headers["x-ratelimit-remaining"] == remaining
        clock.advance(4)
        throttled = await client.get("/items", headers=alice)
        assert throttled.status_code == 429
        assert throttled.json() == {"message": "Too many requests; retry after 6 seconds."}
        assert throttled.headers["retry-after"] == "6"
        assert (await client.get("/items", headers=bob)).status_code == 200
        clock.advance(6)
        assert (await client.get("/items", headers=alice)).status_code == 200


async def test_failed_authentication_is_not_counted(mini_app: Any) -> None:
    async with client_for(mini_app(rate_limit=(1, 60))) as client:
        for _ in range(3):
            assert (await client.get("/items", headers={"Authorization": "Bearer nope"})).status_code == 401
        user = await user_headers(client)
        assert (await client.get("/items", headers=user)).status_code == 200
        assert (await client.get("/items", headers=user)).status_code == 429
