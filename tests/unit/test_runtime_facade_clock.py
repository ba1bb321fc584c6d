"""A generated facade hands its `clock=` to everything that reads or waits on time: the vendor's
default pacing, retry backoff and `Retry-After`, and token expiry (JumpStory's package, on a mock
transport and a fake clock)."""

from __future__ import annotations

import httpx
from jumpstory_client import JumpStory, RequestOptions
from jumpstory_client.models import CreateArchiveFolderBody

from tests.support.clock import FakeClock

BASE_URL = "https://js.test"


def test_the_default_pacing_waits_on_the_facade_clock() -> None:
    clock = FakeClock()
    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(clock.now)
        return httpx.Response(200, json=[])

    with JumpStory(
        admin_key="k", base_url=BASE_URL, clock=clock, httpx_args={"transport": httpx.MockTransport(handler)}
    ) as client:
        for _ in range(61):  # JumpStory documents 60 requests a minute
            client.users.list(request_options=RequestOptions(deadline=120.0))  # the default 60 s is too short
    assert clock.slept == [61.0]  # one wait: the window plus the limiter's one-second margin
    assert sent_at[-1] - sent_at[0] == 61.0


def test_retry_waits_and_token_expiry_use_the_facade_clock() -> None:
    clock = FakeClock()
    answers = [httpx.Response(503, headers={"Retry-After": "7"}, json={})]
    issued: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            issued.append(clock.now)
            return httpx.Response(200, json={"token": f"t{len(issued)}", "expire_seconds": 900})
        if answers:
            return answers.pop()
        if request.method == "GET":
            return httpx.Response(200, json=[])
        return httpx.Response(200, json={"id": 1, "name": "f", "type": "folder", "files": []})

    with JumpStory(
        admin_key="k",
        user_id="alice",
        base_url=BASE_URL,
        rate_limit=False,
        clock=clock,
        httpx_args={"transport": httpx.MockTransport(handler)},
    ) as user:
        assert user.archive.index() == []  # 503 + Retry-After: waits 7 s on the clock, then succeeds
        assert clock.slept == [7.0]
        clock.advance(900 - 60 - 7 - 1)
        user.archive.create_folder(body=CreateArchiveFolderBody(name="x"))
        assert len(issued) == 1  # still fresh on the facade's clock
        clock.advance(2)
        user.archive.create_folder(body=CreateArchiveFolderBody(name="y"))
    assert len(issued) == 2  # inside the renew-before window: renewed
