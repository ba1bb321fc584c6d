"""Authorization holds at the moment of the write, and half a body is never acted on (issue 15).

A request is authenticated on its head; its body may come much later. Sending half the body of a
create-folder request, deleting the user, then sending the rest created the folder, and a user
re-created with the same id saw it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.mock import MockOptions, build_app
from generator.mock.app import engine_of

from .conftest import FakeClock, client_for

pytestmark = pytest.mark.anyio

ADMIN = {"Authorization": "Bearer demo-admin-key"}


async def new_user(jumpstory: httpx.AsyncClient, user_id: str = "alice") -> dict[str, str]:
    answer = await jumpstory.post("/v1/user", json={"user_id": user_id}, headers=ADMIN)
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def body_in_two_halves(data: bytes, between: Callable[[], Awaitable[None]]) -> AsyncIterator[bytes]:
    """A request body that runs `between` after its first half has gone out (httpx's ASGI transport
    hands the application each chunk as it asks for it, so the request head is already checked)."""

    async def chunks() -> AsyncIterator[bytes]:
        yield data[: len(data) // 2]
        await between()
        yield data[len(data) // 2 :]

    return chunks()


async def create_folder_in_halves(
    jumpstory: httpx.AsyncClient, user: dict[str, str], name: str, between: Callable[[], Awaitable[None]]
) -> httpx.Response:
    """POST /v1/archive/folder as `user`, running `between` once half of its JSON body has gone out."""
    data = json.dumps({"name": name}).encode()
    return await jumpstory.post(
        "/v1/archive/folder",
        content=body_in_two_halves(data, between),
        headers={**user, "Content-Type": "application/json", "Content-Length": str(len(data))},
    )


async def test_a_user_deleted_while_the_body_arrives_writes_nothing(jumpstory: httpx.AsyncClient) -> None:
    alice = await new_user(jumpstory)

    async def delete_alice() -> None:
        assert (await jumpstory.delete("/v1/user/alice", headers=ADMIN)).status_code == 200

    answer = await create_folder_in_halves(jumpstory, alice, "Late folder", delete_alice)
    assert answer.status_code == 401, answer.text
    again = await new_user(jumpstory)
    assert (await jumpstory.get("/v1/archive/index", headers=again)).json() == []


async def test_a_token_that_expires_while_the_body_arrives_writes_nothing(
    jumpstory: httpx.AsyncClient, clock: FakeClock
) -> None:
    """No other request runs meanwhile: only time changed, and the token's expiry (900 s) is checked."""
    alice = await new_user(jumpstory)

    async def let_it_expire() -> None:
        clock.advance(901)

    answer = await create_folder_in_halves(jumpstory, alice, "Late folder", let_it_expire)
    assert answer.status_code == 401, answer.text


async def test_a_body_that_came_with_its_head_is_not_authenticated_twice(
    jumpstory_spec: dict[str, Any],
    jumpstory_models: ModuleType,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing but time can have changed (no request began, none other is open): the credential's
    expiry alone is checked. Another request meanwhile, and it is authenticated in full again."""
    options = MockOptions(clock=clock, rate_limit=None, validate_responses=True, raise_server_errors=True)
    app = build_app(jumpstory_spec, options, models=jumpstory_models)
    engine = engine_of(app)
    checked: list[str] = []
    reconfirm = engine.auth.reconfirm

    def counting(*args: Any) -> Any:
        checked.append(args[0].operation_id)
        return reconfirm(*args)

    monkeypatch.setattr(engine.auth, "reconfirm", counting)
    async with client_for(app) as js:
        alice = await new_user(js)
        created = await js.post("/v1/archive/folder", json={"name": "Whole"}, headers=alice)
        assert created.status_code == 200, created.text
        assert checked == []

        async def another_request() -> None:
            assert (await js.get("/v1/archive/index", headers=alice)).status_code == 200

        halves = await create_folder_in_halves(js, alice, "Halves", another_request)
        assert halves.status_code == 200, halves.text
        assert checked == ["createArchiveFolder"]


async def test_an_upload_whose_user_is_deleted_midway_stores_nothing(jumpstory: httpx.AsyncClient) -> None:
    alice = await new_user(jumpstory)
    multipart = httpx.Request(
        "POST", "http://mock/v1/archive/file", files={"file": ("fox.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64)}
    )
    data = multipart.read()

    async def delete_alice() -> None:
        await jumpstory.delete("/v1/user/alice", headers=ADMIN)

    answer = await jumpstory.post(
        "/v1/archive/file",
        content=body_in_two_halves(data, delete_alice),
        headers={
            **alice,
            "Content-Type": multipart.headers["Content-Type"],
            "Content-Length": str(len(data)),
        },
    )
    assert answer.status_code == 401, answer.text
    again = await new_user(jumpstory)
    assert (await jumpstory.get("/v1/archive/index", headers=again)).json() == []


async def test_half_a_body_then_a_disconnect_is_never_acted_on(
    jumpstory_spec: dict[str, Any], jumpstory_models: ModuleType, clock: FakeClock
) -> None:
    options = MockOptions(clock=clock, rate_limit=None, validate_responses=True)
    app = build_app(jumpstory_spec, options, models=jumpstory_models)
    async with client_for(app) as js:
        alice = await new_user(js)
    data = json.dumps({"name": "x"}).encode() + b"  "  # valid JSON even when cut after the object
    events = iter(
        [
            {"type": "http.request", "body": data[: len(data) - 2], "more_body": True},
            {"type": "http.disconnect"},
        ]
    )
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return next(events)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    headers.append((b"authorization", alice["Authorization"].encode()))
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/v1/archive/folder",
        "raw_path": b"/v1/archive/folder",
        "query_string": b"",
        "headers": headers,
        "http_version": "1.1",
        "scheme": "http",
        "server": ("mock", 80),
        "client": ("test", 1),
        "root_path": "",
    }
    await app(scope, receive, send)
    assert 400 <= sent[0]["status"] < 500  # in the vendor's style (JumpStory: 422)
    async with client_for(app) as js:
        assert (await js.get("/v1/archive/index", headers=alice)).json() == []


async def test_a_long_search_runs_off_the_loop_and_others_are_answered_meanwhile(
    jumpstory_spec: dict[str, Any],
    jumpstory_models: ModuleType,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """issue 15: one heavy archive search held the event loop and another client's GET waited 8.8 s.
    The search rule (`off_loop=True`) runs in a worker thread: here it cannot finish until another
    request has been answered, which could never happen if it ran on the loop."""
    import threading

    import anyio

    from generator.mock.vendors.jumpstory import VENDOR

    other_answered = threading.Event()
    search = VENDOR.rules["searchArchive"]

    def waiting_search(ctx: Any, step: Any) -> None:
        assert other_answered.wait(timeout=10), "the loop answered nobody while the search ran"
        search(ctx, step)

    monkeypatch.setitem(VENDOR.rules, "searchArchive", waiting_search)
    assert "searchArchive" in VENDOR.off_loop_rules
    options = MockOptions(clock=clock, rate_limit=None, validate_responses=True, raise_server_errors=True)
    async with client_for(build_app(jumpstory_spec, options, models=jumpstory_models)) as client:
        alice = await new_user(client)

        async def other_client() -> None:
            assert (await client.get("/v1/archive/index", headers=alice)).status_code == 200
            other_answered.set()

        with anyio.fail_after(20):
            async with anyio.create_task_group() as group:
                group.start_soon(other_client)
                searched = await client.post("/v1/archive/search", json={"query": "fox"}, headers=alice)
        assert searched.status_code == 200 and other_answered.is_set()
