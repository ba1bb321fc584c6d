"""A call's deadline bounds every wait and every request of the call: pacing, token requests, backoff.

And a token request the call triggers follows its own method's retry rule and is named in errors
(issue 13). JumpStory's facade over httpx mock transports, on the fake clock: nothing sleeps.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable

import httpx
import pytest
from jumpstory_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncJumpStory,
    InternalServerError,
    JumpStory,
    RequestOptions,
)
from jumpstory_client._runtime.ratelimit import RateLimiter

from generator.runtime import errors
from generator.runtime.base import RequestOptions as RuntimeOptions
from generator.runtime.base import Runtime
from generator.runtime.flows import run_sync
from generator.runtime.ratelimit import RateLimiter as RuntimeRateLimiter
from generator.runtime.transfers import download_flow, download_sink
from tests.support.clock import FakeClock

BASE_URL = "https://api.jumpstory.test"
Handler = Callable[[httpx.Request], httpx.Response]


def user_client(clock: FakeClock, handler: Handler, **options: object) -> JumpStory:
    return JumpStory(
        admin_key="admin-k",
        user_id="u1",
        base_url=BASE_URL,
        clock=clock,
        httpx_args={"transport": httpx.MockTransport(handler)},
        **options,
    )


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/token"):
        return httpx.Response(200, json={"token": "user-jwt", "expire_seconds": 900})
    return httpx.Response(200, json=[])


def test_a_client_rate_limiter_whose_wait_outlasts_the_deadline_raises_at_once() -> None:
    clock = FakeClock()
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(200, json=[])

    limiter = RateLimiter(2, 3.0, clock=clock)
    with JumpStory(
        admin_key="k", base_url=BASE_URL, clock=clock, rate_limit=limiter,
        httpx_args={"transport": httpx.MockTransport(handler)},
    ) as client:  # fmt: skip
        client.users.list()
        client.users.list()
        started = clock.now
        with pytest.raises(
            APITimeoutError, match=r"GET /v1/user .*rate limiter would wait 3\.3 s.* leaves 0\.5 s"
        ):
            client.users.list(request_options=RequestOptions(deadline=0.5))
        assert clock.now == started and clock.slept == []  # raised before waiting
        assert len(sent) == 2
        client.users.list(request_options=RequestOptions(deadline=5.0))  # the refused call booked no slot
        assert clock.slept == [pytest.approx(3.3)] and len(sent) == 3


def test_jumpstory_default_pacing_with_a_short_deadline_raises_at_once() -> None:
    clock = FakeClock()
    with JumpStory(
        admin_key="k", base_url=BASE_URL, clock=clock, httpx_args={"transport": httpx.MockTransport(answer)}
    ) as client:
        for _ in range(60):  # JumpStory documents 60 requests a minute
            client.users.list(request_options=RequestOptions(deadline=2.0))
        with pytest.raises(APITimeoutError, match="rate limiter"):
            client.users.list(request_options=RequestOptions(deadline=2.0))
    assert clock.slept == []


def test_async_pacing_keeps_the_deadline_too() -> None:
    clock = FakeClock()

    async def run() -> None:
        async with AsyncJumpStory(
            admin_key="k", base_url=BASE_URL, clock=clock, rate_limit=RateLimiter(1, 10.0, clock=clock),
            httpx_args={"transport": httpx.MockTransport(answer)},
        ) as client:  # fmt: skip
            await client.users.list()
            with pytest.raises(APITimeoutError):
                await client.users.list(request_options=RequestOptions(deadline=1.0))

    asyncio.run(run())
    assert clock.slept == []


class SlowServer:
    """Answers after `latency` seconds of the fake clock; a request whose timeout is shorter times out
    after its timeout (as httpx would), so the clock shows how long the call really took."""

    def __init__(self, clock: FakeClock, latency: float) -> None:
        self.clock = clock
        self.latency = latency
        self.sent: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(f"{request.method} {request.url.path}")
        timeout = request.extensions["timeout"]["read"]
        if timeout is not None and timeout < self.latency:
            self.clock.advance(timeout)
            raise httpx.ReadTimeout("timed out", request=request)
        self.clock.advance(self.latency)
        return answer(request)


def test_the_latency_of_a_token_request_counts_against_the_deadline() -> None:
    clock = FakeClock()
    server = SlowServer(clock, latency=0.7)
    started = clock.now
    with user_client(clock, server, rate_limit=False) as client, pytest.raises(APITimeoutError) as timed_out:
        client.archive.index(request_options=RequestOptions(deadline=1.0))
    assert clock.now - started <= 1.0  # 0.7 s for the token, then the GET was given the 0.3 s left
    assert server.sent == ["POST /v1/user/u1/token", "GET /v1/archive/index"]
    assert timed_out.value.method == "GET"


def test_a_token_request_is_not_sent_once_the_deadline_has_run_out() -> None:
    clock = FakeClock()
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path}")
        clock.advance(0.5)
        if request.url.path.endswith("/token"):
            return answer(request)
        return httpx.Response(401, json={"message": "Unauthenticated."})

    # login 0.5 s + GET 0.5 s (answered 401): the renewal after the 401 would start at the deadline
    with (
        user_client(clock, handler, rate_limit=False) as client,
        pytest.raises(APITimeoutError, match=r"POST .*/v1/user/u1/token failed: not sent"),
    ):
        client.archive.index(request_options=RequestOptions(deadline=1.0))
    assert sent == ["POST /v1/user/u1/token", "GET /v1/archive/index"]


def test_a_login_post_is_not_retried_like_the_get_that_needed_it_and_is_named_in_the_error() -> None:
    clock = FakeClock()
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path}")
        if request.url.path.endswith("/token"):
            raise httpx.RemoteProtocolError("dropped", request=request)
        return httpx.Response(200, json=[])

    with user_client(clock, handler, rate_limit=False) as client, pytest.raises(APIConnectionError) as failed:
        client.archive.index()
    assert sent == ["POST /v1/user/u1/token"]  # once: a POST may have been applied
    assert (failed.value.method, failed.value.url) == ("POST", f"{BASE_URL}/v1/user/u1/token")
    assert str(failed.value).startswith(f"POST {BASE_URL}/v1/user/u1/token failed")


def test_the_get_itself_is_still_retried_and_a_retryable_token_answer_follows_the_posts_rule() -> None:
    clock = FakeClock()
    answers = [httpx.Response(503, json={}), httpx.Response(503, json={})]
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path}")
        if request.url.path.endswith("/token"):
            return answer(request)
        return answers.pop() if answers else httpx.Response(200, json=[])

    with user_client(clock, handler, rate_limit=False) as client:
        assert client.archive.index() == []
    assert sent == ["POST /v1/user/u1/token"] + ["GET /v1/archive/index"] * 3
    assert len(clock.slept) == 2

    def busy_login(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path}")
        return httpx.Response(503, json={"message": "busy"})

    sent.clear()
    with (
        user_client(clock, busy_login, rate_limit=False) as client,
        pytest.raises(InternalServerError, match=r"POST .*/v1/user/u1/token answered HTTP 503"),
    ):
        client.archive.index()
    assert sent == ["POST /v1/user/u1/token"]


def test_backoff_that_would_end_after_the_deadline_is_not_waited() -> None:
    clock = FakeClock()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": "5"}, json={})

    transport = httpx.MockTransport(handler)
    with (
        JumpStory(
            admin_key="k",
            base_url=BASE_URL,
            clock=clock,
            rate_limit=False,
            httpx_args={"transport": transport},
        ) as client,
        pytest.raises(InternalServerError),
    ):
        client.users.list(request_options=RequestOptions(deadline=4.0))
    assert clock.slept == []


def test_a_download_keeps_the_deadline_at_the_rate_limiter_too() -> None:
    clock = FakeClock()
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    class Provider:
        http = httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler))

        def get_httpx_client(self) -> httpx.Client:
            return self.http

        def get_async_httpx_client(self) -> httpx.AsyncClient:
            raise NotImplementedError

    limiter = RuntimeRateLimiter(1, 10.0, clock=clock, margin=0.0)
    limiter.reserve()  # another call took the window's only slot
    runtime = Runtime(client=Provider(), limiter=limiter, clock=clock)
    with (
        download_sink(io.BytesIO()) as sink,
        pytest.raises(errors.APITimeoutError, match="rate limiter would wait 10 s"),
    ):
        run_sync(
            download_flow(runtime, {"method": "get", "url": "/files/1"}, sink, RuntimeOptions(deadline=1.0))
        )
    assert sent == [] and clock.slept == []
