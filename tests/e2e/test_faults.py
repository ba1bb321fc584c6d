"""The generated JumpStory client against a misbehaving mock over real HTTP on loopback.

What it shows: the client retries what is safe (idempotent calls through 429/502/503, dropped
connections and timeouts; non-idempotent ones only when asked), surfaces everything else as a
typed error with the status and the body kept, and never runs past its deadline.

Faults are queued with `fail_next` for precise scenarios (they apply after authentication, so a
queued fault would also hit a token issuance: user clients get their token before faults are
queued), and drawn at seeded rates only in the soak test. Injected 429/503 say `Retry-After: 0`
and the clients' backoff is shortened, so the file runs in a few seconds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import pytest
from jumpstory_client import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncJumpStory,
    InternalServerError,
    JumpStory,
    RateLimitError,
    RequestOptions,
    UnexpectedResponseError,
)
from jumpstory_client.models import CreateArchiveFolderBody, CreateUserBody

from generator.mock import (
    FaultOptions,
    MockEngine,
    MockOptions,
    background_server,
    engine_of,
    load_vendor_app,
)
from generator.mock.faults import FaultInjector
from tests.conftest import GENERATED

ADMIN_KEY = "faults-admin-key"
QUIET = FaultOptions(retry_after_seconds=0)  # no fault unless queued; injected 429/503 say Retry-After: 0
Client = TypeVar("Client", JumpStory, AsyncJumpStory)


@dataclass(frozen=True)
class FaultyMock:
    base_url: str
    engine: MockEngine

    @property
    def faults(self) -> FaultInjector:
        return self.engine.faults

    def has_user(self, user_id: str) -> bool:
        return self.engine.services.store["users"].get(user_id) is not None


@pytest.fixture(scope="module")
def faulty_mock() -> Iterator[FaultyMock]:
    app = load_vendor_app(
        "jumpstory",
        GENERATED,
        MockOptions(credentials={"admin_key": ADMIN_KEY}, rate_limit=None, faults=QUIET),
    )
    with background_server(app) as base_url:
        yield FaultyMock(base_url, engine_of(app))


@pytest.fixture(autouse=True)
def no_leftover_faults(faulty_mock: FaultyMock) -> Iterator[None]:
    faulty_mock.faults.configure(QUIET)
    yield
    faulty_mock.faults.configure(QUIET)


def quick_backoff(client: Client) -> Client:
    """Retry after a few milliseconds instead of up to 0.5 s, 1 s, ... when no Retry-After is given.

    The facade exposes retries, deadline and timeout but not the backoff base, so this reaches into
    the runtime its resources share (`_runtime`, one per facade client)."""
    runtime = client.users._runtime
    runtime.policy = dataclasses.replace(runtime.policy, backoff_base=0.01)
    return client


def admin_client(mock: FaultyMock, sent: list[str] | None = None, **settings: Any) -> JumpStory:
    """An admin client; `sent` collects `METHOD path` of every request it sends (retries included)."""
    settings = {"max_retries": 4, "timeout": 5.0, "deadline": 10.0, **settings}
    if sent is not None:

        def record(request: httpx.Request) -> None:
            sent.append(f"{request.method} {request.url.path}")

        settings["httpx_args"] = {"event_hooks": {"request": [record]}}
    return quick_backoff(JumpStory(admin_key=ADMIN_KEY, base_url=mock.base_url, rate_limit=False, **settings))


def user_client(admin: JumpStory, user_id: str) -> JumpStory:
    """A user (created without faults) whose token is already issued."""
    admin.users.create(body=CreateUserBody(user_id=user_id))
    user = quick_backoff(admin.as_user(user_id))
    user.archive.index()
    return user


@pytest.fixture
def admin(faulty_mock: FaultyMock) -> Iterator[JumpStory]:
    with admin_client(faulty_mock) as client:
        if not faulty_mock.has_user("somebody"):
            client.users.create(body=CreateUserBody(user_id="somebody"))  # the user list is never empty
        yield client


# -- retried: idempotent calls through retryable statuses and dropped connections -------------------


def test_get_is_retried_through_503_502_429_and_a_dropped_connection(
    faulty_mock: FaultyMock, admin: JumpStory
) -> None:
    faulty_mock.faults.fail_next(503, 502, 429, "drop")
    assert admin.users.list()  # four failed tries, the fifth answers
    assert faulty_mock.faults.pending == 0

    user = user_client(admin, "retried")
    faulty_mock.faults.fail_next("drop", "html:502", 503)
    assert user.archive.index() == []
    assert faulty_mock.faults.pending == 0


def test_retry_after_is_honoured(faulty_mock: FaultyMock, admin: JumpStory) -> None:
    faulty_mock.faults.configure(FaultOptions(retry_after_seconds=1))
    faulty_mock.faults.fail_next(429)
    started = time.monotonic()
    assert admin.users.list()
    assert time.monotonic() - started >= 0.9  # waited as asked (the backoff alone is a few ms)


def test_a_timed_out_get_is_retried(faulty_mock: FaultyMock) -> None:
    sent: list[str] = []
    with admin_client(faulty_mock, sent) as admin:
        faulty_mock.faults.fail_next("slow:1")
        assert isinstance(admin.users.list(request_options=RequestOptions(timeout=0.2)), list)
    assert sent == ["GET /v1/user", "GET /v1/user"]


# -- not retried: non-idempotent calls, unless asked ------------------------------------------------


def test_post_is_not_retried_by_default(faulty_mock: FaultyMock, admin: JumpStory) -> None:
    faulty_mock.faults.fail_next(503)
    with pytest.raises(InternalServerError) as server_error:
        admin.users.create(body=CreateUserBody(user_id="once"))
    assert server_error.value.status_code == 503
    assert server_error.value.body == {"message": "Service Unavailable"}

    faulty_mock.faults.fail_next("drop")
    with pytest.raises(APIConnectionError) as dropped:
        admin.users.create(body=CreateUserBody(user_id="once"))
    assert not isinstance(dropped.value, APITimeoutError)
    assert isinstance(dropped.value.cause, httpx.RemoteProtocolError)
    assert dropped.value.method == "POST"

    faulty_mock.faults.fail_next(429)
    with pytest.raises(RateLimitError) as throttled:
        admin.users.create(body=CreateUserBody(user_id="once"))
    assert throttled.value.retry_after == 0

    assert faulty_mock.faults.pending == 0  # one try each
    assert not faulty_mock.has_user("once")  # injected answers never reach the handler


def test_a_timed_out_post_is_not_retried(faulty_mock: FaultyMock) -> None:
    sent: list[str] = []
    with admin_client(faulty_mock, sent) as admin:
        faulty_mock.faults.fail_next("slow:1")
        with pytest.raises(APITimeoutError) as timed_out:
            admin.users.create(
                body=CreateUserBody(user_id="slow"), request_options=RequestOptions(timeout=0.2)
            )
    assert timed_out.value.method == "POST"
    assert sent == ["POST /v1/user"]  # it may have been applied: not sent again


def test_post_is_retried_when_asked(faulty_mock: FaultyMock, admin: JumpStory) -> None:
    faulty_mock.faults.fail_next(503, "drop", "html:502")
    token = admin.users.create(
        body=CreateUserBody(user_id="persistent"),
        request_options=RequestOptions(retry_non_idempotent=True, max_retries=3),
    )
    assert token.token and faulty_mock.faults.pending == 0
    assert faulty_mock.has_user("persistent")


# -- typed errors once the retries are used up -------------------------------------------------------


def test_exhausted_retries_raise_typed_errors_with_status_and_body(faulty_mock: FaultyMock) -> None:
    faults = faulty_mock.faults
    with admin_client(faulty_mock, max_retries=2) as admin:
        faults.fail_next(503, 503, 503)
        with pytest.raises(InternalServerError) as unavailable:
            admin.users.list()
        assert unavailable.value.status_code == 503 and faults.pending == 0
        assert unavailable.value.body == {"message": "Service Unavailable"}

        faults.fail_next(429, 429, 429)
        with pytest.raises(RateLimitError) as throttled:
            admin.users.list()
        assert throttled.value.retry_after == 0 and throttled.value.body == {"message": "Too Many Attempts."}

        faults.fail_next("html:502", "html:502", "html:502")
        with pytest.raises(InternalServerError) as bad_gateway:
            admin.users.list()
        assert bad_gateway.value.status_code == 502
        assert isinstance(bad_gateway.value.body, str) and "502 Bad Gateway" in bad_gateway.value.body

        faults.fail_next("drop", "drop", "drop")
        with pytest.raises(APIConnectionError) as dropped:
            admin.users.list()
        assert isinstance(dropped.value.cause, httpx.RemoteProtocolError) and faults.pending == 0

        with pytest.raises(ValueError, match="not an error status"):
            faults.fail_next(502, 200)  # 200 is no fault: refused, nothing queued
    assert faults.pending == 0


def test_request_options_can_turn_retries_off(faulty_mock: FaultyMock, admin: JumpStory) -> None:
    faulty_mock.faults.fail_next(503, 503)
    with pytest.raises(InternalServerError):
        admin.users.list(request_options=RequestOptions(max_retries=0))
    assert faulty_mock.faults.pending == 1


# -- success statuses with bodies that are not what the spec says -------------------------------------


def test_truncated_and_html_success_bodies_are_unexpected_response_errors(
    faulty_mock: FaultyMock, admin: JumpStory
) -> None:
    faulty_mock.faults.fail_next("broken")
    with pytest.raises(UnexpectedResponseError) as truncated:
        admin.users.list()
    assert truncated.value.status_code == 200
    assert truncated.value.content.startswith(b'[{"id":')
    with pytest.raises(ValueError):
        json.loads(truncated.value.content)

    faulty_mock.faults.fail_next("html")
    with pytest.raises(UnexpectedResponseError) as html:
        admin.users.list()
    assert html.value.status_code == 200 and html.value.content.startswith(b"<!DOCTYPE html>")
    assert html.value.response.headers["Content-Type"].startswith("text/html")
    assert faulty_mock.faults.pending == 0  # a success is never retried, whatever its body


def test_a_broken_body_comes_after_the_handler_ran(faulty_mock: FaultyMock, admin: JumpStory) -> None:
    faulty_mock.faults.fail_next("broken")
    with pytest.raises(UnexpectedResponseError):
        admin.users.create(body=CreateUserBody(user_id="half-heard"))
    assert faulty_mock.has_user("half-heard")  # created, though the client could not read the answer


# -- timeouts and the deadline ------------------------------------------------------------------------


def test_latency_beyond_the_timeout_is_a_timeout_error(faulty_mock: FaultyMock, admin: JumpStory) -> None:
    faulty_mock.faults.fail_next("slow:1")
    with pytest.raises(APITimeoutError) as timed_out:
        admin.users.list(request_options=RequestOptions(timeout=0.2, max_retries=0))
    assert isinstance(timed_out.value.cause, httpx.TimeoutException)


def test_the_deadline_bounds_retries_of_slow_answers(faulty_mock: FaultyMock) -> None:
    faulty_mock.faults.configure(FaultOptions(latency_seconds=0.6))
    deadline = 0.8
    sent: list[str] = []
    with admin_client(faulty_mock, sent, max_retries=20) as admin:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            admin.users.list(request_options=RequestOptions(timeout=0.25, deadline=deadline))
        assert time.monotonic() - started < 3 * deadline  # gave up instead of trying 21 times
    assert 2 <= len(sent) < 21  # retried while the deadline allowed


def test_a_deadline_shorter_than_the_latency_cuts_the_call_short(faulty_mock: FaultyMock) -> None:
    faulty_mock.faults.configure(FaultOptions(latency_seconds=0.6))
    deadline = 0.3
    with admin_client(faulty_mock, timeout=30.0, deadline=deadline) as admin:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            admin.users.list()
        assert time.monotonic() - started < 3 * deadline


def test_the_client_timeout_holds_when_a_deadline_is_set(faulty_mock: FaultyMock) -> None:
    faulty_mock.faults.configure(FaultOptions(latency_seconds=0.6))
    admin = admin_client(faulty_mock, timeout=0.25, deadline=10.0, max_retries=0)
    with admin, pytest.raises(APITimeoutError):  # the client's 0.25 s, not what is left of the deadline
        admin.users.list()


def test_a_retry_after_beyond_the_deadline_gives_up_at_once(
    faulty_mock: FaultyMock, admin: JumpStory
) -> None:
    faulty_mock.faults.configure(FaultOptions(retry_after_seconds=30))
    faulty_mock.faults.fail_next(503, 503)
    deadline = 1.0
    started = time.monotonic()
    with pytest.raises(InternalServerError) as unavailable:
        admin.users.list(request_options=RequestOptions(deadline=deadline))
    assert time.monotonic() - started < 3 * deadline
    assert unavailable.value.status_code == 503 and faulty_mock.faults.pending == 1


# -- the async client --------------------------------------------------------------------------------


def test_async_client_retries_and_times_out(faulty_mock: FaultyMock) -> None:
    faults = faulty_mock.faults

    async def flow() -> None:
        async with AsyncJumpStory(
            admin_key=ADMIN_KEY, base_url=faulty_mock.base_url, rate_limit=False, max_retries=3
        ) as admin:
            quick_backoff(admin)
            faults.fail_next(503, "drop", 429)
            assert isinstance(await admin.users.list(), list)
            assert faults.pending == 0

            faults.fail_next(503)
            with pytest.raises(InternalServerError):
                await admin.users.create(body=CreateUserBody(user_id="async-once"))

            faults.fail_next("slow:1")
            with pytest.raises(APITimeoutError):
                await admin.users.list(request_options=RequestOptions(timeout=0.2, max_retries=0))

            faults.configure(FaultOptions(latency_seconds=0.6))
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await admin.users.list(request_options=RequestOptions(timeout=0.25, deadline=0.8))
            assert time.monotonic() - started < 3 * 0.8

    asyncio.run(flow())
    assert not faulty_mock.has_user("async-once")


# -- a seeded soak: every call succeeds or raises a typed error ---------------------------------------


def test_soak_every_call_succeeds_or_raises_a_typed_error(faulty_mock: FaultyMock, admin: JumpStory) -> None:
    user = user_client(admin, "soaked")
    faulty_mock.faults.configure(
        FaultOptions(
            error_rate=0.2,
            error_statuses=(429, 500, 502, 503, 504),
            drop_rate=0.1,
            html_rate=0.05,
            broken_body_rate=0.05,
            retry_after_seconds=0,
            seed=2024,
        )
    )
    calls = [
        lambda: admin.users.list(),
        lambda: user.archive.index(),
        lambda: user.collections.list(),
        lambda: user.archive.create_folder(body=CreateArchiveFolderBody(name="soak")),
    ]
    outcomes: dict[str, int] = {}
    started = time.monotonic()
    for number in range(100):
        try:
            calls[number % len(calls)]()
            outcome = "ok"
        except APIError as error:  # anything else (a raw httpx error, a KeyError) fails the test
            outcome = type(error).__name__
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert outcomes["ok"] >= 50 and len(outcomes) > 1, outcomes
    assert set(outcomes) <= {
        "ok",
        "InternalServerError",
        "RateLimitError",
        "APIConnectionError",
        "UnexpectedResponseError",
    }
    assert time.monotonic() - started < 30  # loose: no call hung (100 calls take a few seconds at most)
    user.close()


# -- faults while a user token is issued --------------------------------------------------------------


@pytest.mark.parametrize("fault", [503, "html", "broken", "drop"])
def test_a_fault_on_token_issuance_is_retried_or_typed(
    faulty_mock: FaultyMock, admin: JumpStory, fault: int | str
) -> None:
    admin.users.create(body=CreateUserBody(user_id=f"fresh-{fault}"))
    user = quick_backoff(admin.as_user(f"fresh-{fault}"))
    faulty_mock.faults.fail_next(fault)  # hits POST /v1/user/{id}/token, sent before GET /v1/archive
    try:
        assert user.archive.index() == []
    except (InternalServerError, UnexpectedResponseError) as error:
        assert error.status_code == (503 if fault == 503 else 200) and fault != "drop"
    except APIConnectionError as error:  # the token POST follows a POST's rule, not the GET's: not retried
        assert (
            fault == "drop" and error.method == "POST" and error.url.endswith(f"/v1/user/fresh-{fault}/token")
        )
    finally:
        user.close()
    assert faulty_mock.faults.pending == 0
