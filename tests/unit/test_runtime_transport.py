"""Retries, deadlines, rate limiting and error mapping of the client runtime (httpx mock transports)."""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from generator.runtime.base import AsyncResource, RequestOptions, Runtime, SyncResource
from generator.runtime.errors import (
    APIConnectionError,
    AuthenticationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)
from generator.runtime.ratelimit import RateLimiter
from generator.runtime.retry import RetryPolicy, retry_after_seconds
from tests.support.clock import FakeClock

Handler = Callable[[httpx.Request], httpx.Response]


class Provider:
    """Stands in for the generated AuthenticatedClient."""

    def __init__(self, handler: Handler) -> None:
        self.transport = httpx.MockTransport(handler)
        self._sync = httpx.Client(base_url="https://api.test", transport=self.transport)
        self._async = httpx.AsyncClient(base_url="https://api.test", transport=self.transport)

    def get_httpx_client(self) -> httpx.Client:
        return self._sync

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self._async


def parse_json(*, client: Any, response: httpx.Response) -> Any:
    return response.json()


def parse_strict(*, client: Any, response: httpx.Response) -> Any:
    return response.json()["id"]


class Recorder:
    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        item = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(item, Exception):
            raise item
        return item


def make(handler: Handler, **policy: Any) -> tuple[SyncResource, list[float]]:
    """A sync resource on a fake clock, and the list of the waits it made (backoff, pacing)."""
    clock = FakeClock()
    runtime = Runtime(client=Provider(handler), policy=RetryPolicy(**policy), clock=clock)
    return SyncResource(runtime), clock.slept


GET = {"method": "get", "url": "/v1/thing"}
POST = {"method": "post", "url": "/v1/thing", "json": {"a": 1}}


def test_success_is_parsed() -> None:
    resource, sleeps = make(Recorder(httpx.Response(200, json={"id": 7})))
    assert resource._request(GET, parse_strict) == 7
    assert sleeps == []


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_retryable_statuses_are_retried_for_idempotent_methods(status: int) -> None:
    recorder = Recorder(httpx.Response(status, json={}), httpx.Response(200, json={"id": 1}))
    resource, sleeps = make(recorder)
    assert resource._request(GET, parse_strict) == 1
    assert recorder.calls == 2 and len(sleeps) == 1


def test_post_is_not_retried_unless_asked() -> None:
    recorder = Recorder(httpx.Response(503, json={"message": "busy"}), httpx.Response(200, json={"id": 1}))
    resource, _ = make(recorder)
    with pytest.raises(InternalServerError):
        resource._request(POST, parse_strict)
    assert recorder.calls == 1
    recorder = Recorder(httpx.Response(503, json={}), httpx.Response(200, json={"id": 1}))
    resource, _ = make(recorder)
    assert resource._request(POST, parse_strict, RequestOptions(retry_non_idempotent=True)) == 1
    assert recorder.calls == 2


def test_retry_after_seconds_is_honoured() -> None:
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "3"}, json={}), httpx.Response(200, json={})
    )
    resource, sleeps = make(recorder)
    resource._request(GET, parse_json)
    assert sleeps == [3.0]


def test_retry_after_http_date_is_read_against_the_clock() -> None:
    clock = FakeClock()
    when = email.utils.formatdate(clock.time() + 5, usegmt=True)
    response = httpx.Response(429, headers={"Retry-After": when})
    assert retry_after_seconds(response, clock.time()) == 5.0
    recorder = Recorder(
        httpx.Response(503, headers={"Retry-After": when}, json={}), httpx.Response(200, json={})
    )
    runtime = Runtime(client=Provider(recorder), clock=clock)
    SyncResource(runtime)._request(GET, parse_json)
    assert clock.slept == [5.0]  # the date is read on the runtime's clock, not the system's


def test_max_retries_then_typed_error_with_retry_after() -> None:
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "1"}, json={"message": "Too Many Attempts."})
    )
    resource, sleeps = make(recorder, max_retries=3)
    with pytest.raises(RateLimitError) as error:
        resource._request(GET, parse_json)
    assert recorder.calls == 4 and sleeps == [1.0, 1.0, 1.0]
    assert error.value.retry_after == 1.0
    assert error.value.status_code == 429 and error.value.body == {"message": "Too Many Attempts."}
    assert "Too Many Attempts." in str(error.value)


def test_per_call_max_retries_override() -> None:
    recorder = Recorder(httpx.Response(503, json={}))
    resource, _ = make(recorder, max_retries=5)
    with pytest.raises(InternalServerError):
        resource._request(GET, parse_json, RequestOptions(max_retries=0))
    assert recorder.calls == 1


def test_deadline_stops_retrying_when_the_wait_would_pass_it() -> None:
    recorder = Recorder(httpx.Response(503, headers={"Retry-After": "30"}, json={}))
    resource, sleeps = make(recorder, max_retries=10, deadline=10.0)
    with pytest.raises(InternalServerError):
        resource._request(GET, parse_json)
    assert recorder.calls == 1 and sleeps == []


def test_connection_errors_are_retried_then_typed() -> None:
    recorder = Recorder(httpx.ConnectError("refused"))
    resource, sleeps = make(recorder, max_retries=2)
    with pytest.raises(APIConnectionError) as error:
        resource._request(GET, parse_json)
    assert recorder.calls == 3 and len(sleeps) == 2
    assert "GET" in str(error.value)


@pytest.mark.parametrize(
    ("status", "error_type"),
    [(401, AuthenticationError), (404, NotFoundError), (409, ConflictError), (422, UnprocessableEntityError)],
)
def test_statuses_map_to_typed_errors(status: int, error_type: type[Exception]) -> None:
    resource, _ = make(Recorder(httpx.Response(status, json={"message": "no"})))
    with pytest.raises(error_type) as error:
        resource._request(GET, parse_json)
    assert error.value.method == "GET" and error.value.path == "/v1/thing"  # type: ignore[attr-defined]


def test_body_not_matching_the_spec_is_a_typed_error_keeping_the_raw_body() -> None:
    resource, _ = make(Recorder(httpx.Response(200, content=b"<html>oops</html>")))
    with pytest.raises(UnexpectedResponseError) as error:
        resource._request(GET, parse_strict)
    assert error.value.content == b"<html>oops</html>"


def test_secrets_in_query_are_redacted_from_errors() -> None:
    resource, _ = make(Recorder(httpx.Response(404, json={})))
    with pytest.raises(NotFoundError) as error:
        resource._request(
            {"method": "get", "url": "/v1/apps", "params": {"token": "s3cret-token"}}, parse_json
        )
    assert "s3cret-token" not in str(error.value) and "s3cret-token" not in error.value.url


def test_retry_waits_pass_on_the_clock_and_count_against_the_deadline() -> None:
    recorder = Recorder(httpx.Response(503, headers={"Retry-After": "1"}, json={}))
    resource, sleeps = make(recorder, max_retries=10, deadline=2.5)
    with pytest.raises(InternalServerError):
        resource._request(GET, parse_json)
    assert recorder.calls == 3 and sleeps == [1.0, 1.0]  # a third wait would pass the deadline


def test_async_resource_retries_the_same_way() -> None:
    recorder = Recorder(
        httpx.Response(502, json={}),
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(200, json={"id": 3}),
    )
    clock = FakeClock()
    runtime = Runtime(client=Provider(recorder), clock=clock)
    assert asyncio.run(AsyncResource(runtime)._request(GET, parse_strict)) == 3
    assert recorder.calls == 3
    assert len(clock.slept) == 2 and clock.slept[1] == 2.0  # backoff, then Retry-After, both on the clock


def test_rate_limiter_never_lets_more_than_n_into_a_window() -> None:
    clock = FakeClock(now=0.0)
    limiter = RateLimiter(3, 10.0, clock=clock, margin=0.0)
    assert [limiter.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.reserve() == 10.0  # the 4th waits until the 1st leaves the window
    sends = [0.0, 0.0, 0.0, 10.0]
    for step in [0.5, 1.0, 0.0, 7.0, 0.2, 0.2, 11.0, 0.0, 0.0, 0.0, 0.0]:
        clock.advance(step)
        sends.append(clock.now + limiter.reserve())
    sends.sort()
    for start in sends:
        assert sum(1 for t in sends if start <= t < start + 10.0) <= 3


@pytest.mark.parametrize("asynchronous", [False, True])
def test_requests_are_paced_on_the_clock(asynchronous: bool) -> None:
    """Five calls through a limit of 2 per 10 s: the runtime waits (on the fake clock) instead of
    sending a third request into the window."""
    clock = FakeClock(now=0.0)
    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(clock.now)
        return httpx.Response(200, json={"id": 1})

    runtime = Runtime(
        client=Provider(handler), limiter=RateLimiter(2, 10.0, clock=clock, margin=0.0), clock=clock
    )
    if asynchronous:

        async def calls() -> None:
            resource = AsyncResource(runtime)
            for _ in range(5):
                await resource._request(GET, parse_strict)

        asyncio.run(calls())
    else:
        for _ in range(5):
            SyncResource(runtime)._request(GET, parse_strict)
    assert sent_at == [0.0, 0.0, 10.0, 10.0, 20.0]
    assert clock.slept == [10.0, 10.0]
