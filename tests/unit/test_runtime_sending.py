"""`runtime/sending.py`: a facade call's `httpx.Request` is the one `client.request` would build."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from generator.runtime.sending import RequestBuilder, send_async, send_sync


def _echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"url": str(request.url), "body": request.read().decode()})


def _same(built: httpx.Request, expected: httpx.Request) -> None:
    assert built.method == expected.method
    assert built.url == expected.url
    assert built.headers.multi_items() == expected.headers.multi_items()
    assert built.extensions == expected.extensions
    assert built.read() == expected.read()


CASES: list[dict[str, Any]] = [
    {"method": "get", "url": "/v1/items"},
    {"method": "get", "url": "/v1/items/a%2Fb", "params": {"page": 2, "q": "x y"}},
    {"method": "post", "url": "/v1/items", "json": {"name": "n", "tags": ["a"]}},
    {"method": "post", "url": "/v1/items", "data": {"name": "n"}, "headers": {"X-Call": "1"}},
    {"method": "put", "url": "/v1/items", "content": b"raw", "headers": {"Content-Type": "text/plain"}},
    {"method": "get", "url": "/v1/items", "params": {}, "extensions": {"vendorkit.call": True}},
    {"method": "get", "url": "/v1/items", "extensions": {"timeout": {"connect": 1, "read": 2}}},
]


@pytest.mark.parametrize("kwargs", CASES)
@pytest.mark.parametrize("timeout", [None, 2.5])
def test_builds_what_build_request_builds(kwargs: dict[str, Any], timeout: float | None) -> None:
    client = httpx.Client(
        base_url="https://api.example.com/base",
        headers={"Authorization": "Bearer t", "User-Agent": "ua"},
        params={"key": "k"},
        cookies={"session": "s"},
        timeout=httpx.Timeout(7.0, connect=3.0),
    )
    built = RequestBuilder().build(client, dict(kwargs), timeout)
    assert built is not None
    arguments = dict(kwargs)
    expected = client.build_request(**arguments, **({} if timeout is None else {"timeout": timeout}))
    _same(built, expected)


def test_remembered_url_follows_the_clients_base_url_and_headers() -> None:
    client = httpx.Client(base_url="https://one.example.com/v")
    builder = RequestBuilder()
    first = builder.build(client, {"method": "get", "url": "/x"}, None)
    assert first is not None and str(first.url) == "https://one.example.com/v/x"
    client.base_url = httpx.URL("https://two.example.com/w")
    client.headers["X-Later"] = "yes"
    second = builder.build(client, {"method": "get", "url": "/x"}, None)
    assert second is not None and str(second.url) == "https://two.example.com/w/x"
    assert second.headers["X-Later"] == "yes"


def test_remembered_urls_stay_bounded() -> None:
    client = httpx.Client(base_url="https://api.example.com")
    builder = RequestBuilder()
    for number in range(2000):
        request = builder.build(client, {"method": "get", "url": f"/items/{number}"}, None)
        assert request is not None and request.url.path == f"/items/{number}"
    assert len(builder._urls) <= 512


def test_a_subclass_that_changes_a_step_is_used_through_its_own_request() -> None:
    class Tagging(httpx.Client):
        def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
            request = super().build_request(*args, **kwargs)
            request.headers["X-Tagged"] = "1"
            return request

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    client = Tagging(base_url="https://api.example.com", transport=httpx.MockTransport(answer))
    builder = RequestBuilder()
    assert builder.build(client, {"method": "get", "url": "/x"}, None) is None
    send_sync(builder, client, {"method": "get", "url": "/x"}, 1.5)
    assert seen[0].headers["X-Tagged"] == "1"
    assert seen[0].extensions["timeout"] == dict.fromkeys(("connect", "read", "write", "pool"), 1.5)


def test_unknown_arguments_and_per_request_cookies_go_through_client_request() -> None:
    client = httpx.Client(base_url="https://api.example.com")
    builder = RequestBuilder()
    assert builder.build(client, {"method": "get", "url": "/x", "cookies": {"a": "b"}}, None) is None
    assert builder.build(client, {"method": "get", "url": httpx.URL("/x")}, None) is None


def test_sends_with_auth_event_hooks_and_cookies_of_the_client() -> None:
    hooks: list[str] = []

    def auth(request: httpx.Request) -> httpx.Request:
        request.headers["Authorization"] = "Bearer from-auth"
        return request

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={"auth": request.headers.get("Authorization"), "cookie": request.headers.get("Cookie")},
            headers={"Set-Cookie": "next=2; Path=/"},
        )

    client = httpx.Client(
        base_url="https://api.example.com",
        transport=httpx.MockTransport(answer),
        cookies={"first": "1"},
        event_hooks={
            "request": [lambda request: hooks.append(f"request {request.url.path}")],
            "response": [lambda response: hooks.append(f"response {response.status_code}")],
        },
    )
    builder = RequestBuilder()
    first = send_sync(builder, client, {"method": "get", "url": "/a", "auth": auth}, None).json()
    second = send_sync(builder, client, {"method": "get", "url": "/a"}, None).json()
    assert first == {"auth": "Bearer from-auth", "cookie": "first=1"}
    assert second["auth"] is None and "next=2" in second["cookie"]
    assert hooks == ["request /a", "response 200", "request /a", "response 200"]


def test_async_sends_what_sync_sends() -> None:
    async def main() -> Any:
        async with httpx.AsyncClient(
            base_url="https://api.example.com/base", transport=httpx.MockTransport(_echo)
        ) as client:
            response = await send_async(
                RequestBuilder(), client, {"method": "post", "url": "/x", "json": {"a": 1}}, 3.0
            )
            return response.request.extensions["timeout"], response.json()

    timeout, body = asyncio.run(main())
    assert timeout == dict.fromkeys(("connect", "read", "write", "pool"), 3.0)
    assert body == {"url": "https://api.example.com/base/x", "body": '{"a":1}'}
