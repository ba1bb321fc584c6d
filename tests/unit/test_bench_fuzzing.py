"""The fuzzing benchmark's fixed-response app and the recorder that gives it its answers.

The app is the baseline the mock's share of a fuzz run is measured against (issue 18): it must
answer each operation with the one answer kept for it, read the request body, and refuse paths and
methods of no operation; the recorder keeps each operation's first 2xx answer over earlier others.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from benchmarks.fuzzing import FixedApp, Recorder
from generator.model import load_api
from tests.mock.conftest import MINI_SPEC

pytestmark = pytest.mark.anyio

JSON = [(b"content-type", b"application/json")]


class Answers:
    """An ASGI app answering each request with the next of `answers` (status, body)."""

    def __init__(self, *answers: tuple[int, bytes]) -> None:
        self.answers = list(answers)
        self.resets = 0

    def reset(self) -> None:
        self.resets += 1

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        status, body = self.answers.pop(0)
        await send({"type": "http.response.start", "status": status, "headers": JSON})
        await send({"type": "http.response.body", "body": body})


def client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def test_the_recorder_keeps_each_operations_first_success_over_earlier_refusals() -> None:
    api = load_api(MINI_SPEC, "mini")
    inner = Answers((401, b'{"e":1}'), (200, b"[1]"), (200, b"[2]"), (500, b"{}"), (422, b"{}"))
    recorder = Recorder(api, inner)
    async with client(recorder) as http:
        for _ in range(3):
            await http.get("/items")
        await http.post("/items", json={})
        await http.post("/items", json={})
        recorder.reset()
    assert inner.resets == 1
    assert recorder.answers["listItems"][0] == 200 and recorder.answers["listItems"][2] == b"[1]"
    assert recorder.answers["createItem"][0] == 422  # a 500 is never kept


async def test_the_fixed_app_answers_each_operation_its_answer_and_404_elsewhere() -> None:
    api = load_api(MINI_SPEC, "mini")
    fixed = FixedApp(api, {"listItems": (200, [*JSON, (b"content-length", b"3")], b"[1]")})
    async with client(fixed) as http:
        listed = await http.get("/base/items?limit=2")
        assert (listed.status_code, listed.content) == (200, b"[1]")
        assert (await http.post("/items", json={"name": "x"})).status_code == 404  # no answer kept
        assert (await http.get("/nowhere")).status_code == 404


async def test_the_fixed_app_replays_the_mocks_401_for_the_credentials_it_refused() -> None:
    """schemathesis' `ignored_auth` check sends a second probe only after the first is refused: a
    fixed app answering its probes 200 would make its run send fewer requests than the mock's."""
    api = load_api(MINI_SPEC, "mini")
    inner = Answers((200, b"[1]"), (401, b'{"e":"no auth"}'), (401, b'{"e":"bad"}'), (200, b"[2]"))
    recorder = Recorder(api, inner)
    good, bad = {"Authorization": "Bearer good"}, {"Authorization": "Bearer bad"}
    async with client(recorder) as http:
        await http.get("/base/items", headers=good)
        await http.get("/base/items")
        await http.get("/base/items", headers=bad)
        await http.get("/base/items", headers={"Authorization": "Bearer later"})
    fixed = FixedApp(api, recorder.answers, recorder.others, recorder.refusals)
    async with client(fixed) as http:
        assert (await http.get("/base/items", headers=good)).status_code == 200
        refused = await http.get("/base/items")
        assert (refused.status_code, refused.content) == (401, b'{"e":"no auth"}')  # the first 401 kept
        assert (await http.get("/base/items", headers=bad)).status_code == 401
        assert (await http.get("/base/items", headers={"Authorization": "Bearer new"})).status_code == 200
        assert (await http.post("/base/items", headers=bad, json={})).status_code == 404  # no answer kept


async def test_a_credential_the_mock_also_accepted_is_not_replayed_as_refused() -> None:
    api = load_api(MINI_SPEC, "mini")
    token = {"Authorization": "Bearer t"}
    recorder = Recorder(api, Answers((200, b"[1]"), (401, b"{}")))  # refused once revoked, say
    async with client(recorder) as http:
        await http.get("/base/items", headers=token)
        await http.get("/base/items", headers=token)
    fixed = FixedApp(api, recorder.answers, recorder.others, recorder.refusals)
    async with client(fixed) as http:
        assert (await http.get("/base/items", headers=token)).status_code == 200
