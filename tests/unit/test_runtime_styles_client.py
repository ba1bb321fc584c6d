"""A generated client for the auth kinds and paging styles the present vendors do not use.

`tests/fixtures/styles` is a small vendor with OAuth 2.0 (authorization code, refresh,
revocation), HTTP basic with an extra header, an API key in a header, and one listing per paging
style. It is generated here, type-checked with `mypy --strict` (the facade renders `client.oauth`
only for such vendors, so no package in generated/ covers it), and driven through its facade
against a fake authorization server and fake listings on `httpx.MockTransport`.
"""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.support.clock import FakeClock
from tests.support.fixtures import generate_fixture_vendor, imported_client
from tests.support.oauth2 import CLIENT_ID, CLIENT_SECRET, REDIRECT, AuthorizationServer

BASE_URL = "https://api.styles.test/api"
RECORDS = [{"id": n, "name": f"item {n}"} for n in range(23)]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_fixture_vendor("styles", tmp_path_factory.mktemp("styles")) / "styles"


@pytest.fixture(scope="module")
def styles(generated: Path) -> Iterator[ModuleType]:
    with imported_client(generated.parent, "styles") as package:
        yield package


def test_the_generated_package_is_mypy_strict_clean(generated: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "styles_client"],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def facade(
    styles: ModuleType, handler: Any, clock: FakeClock, *, asynchronous: bool = False, **credentials: str
) -> Any:
    cls = styles.AsyncStyles if asynchronous else styles.Styles
    return cls(
        base_url=BASE_URL,
        rate_limit=False,
        clock=clock,
        httpx_args={"transport": httpx.MockTransport(handler)},
        **credentials,
    )


# -- OAuth 2.0 through the facade ------------------------------------------------------------------


def test_sign_in_with_oauth_use_refresh_and_revoke(styles: ModuleType) -> None:
    clock = FakeClock()
    server = AuthorizationServer(clock)
    client = facade(styles, server.handler, clock, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    with pytest.raises(styles.AuthConfigurationError, match=r"GET /assets/\{asset_id\} needs oauth"):
        client.assets.get_asset(1)  # not signed in: refused before anything is sent
    assert server.calls == []

    request = client.oauth.authorization_url(redirect_uri=REDIRECT, scopes=["read"])
    url = httpx.URL(request.url)
    assert url.host == "auth.styles.test" and url.params["state"] == request.state
    assert (url.params["client_id"], url.params["scope"], url.params["response_type"]) == (
        CLIENT_ID,
        "read",
        "code",
    )

    tokens = client.oauth.exchange_code("code-1", redirect_uri=REDIRECT)
    assert isinstance(tokens, styles.OAuth2Tokens) and tokens.refresh_token == "rt-1"
    assert client.assets.get_asset(1).id == 1
    clock.advance(3600 - 30)  # the facade's clock reaches the auth: refreshed before it expires
    assert client.assets.get_asset(1).id == 1
    assert [path for path, _ in server.calls] == ["/oauth/token", "/oauth/token"]
    assert client.oauth.tokens.refresh_token == "rt-2"
    assert "rt-2" not in repr(client.oauth.tokens) and CLIENT_SECRET not in repr(client)

    client.oauth.revoke()
    assert server.calls[-1] == ("/oauth/revoke", {"token": "rt-2", "token_type_hint": "refresh_token"})
    with pytest.raises(styles.AuthConfigurationError):
        client.assets.get_asset(1)


def test_tokens_held_from_an_earlier_sign_in_and_the_async_client(styles: ModuleType) -> None:
    clock = FakeClock()
    server = AuthorizationServer(clock)
    server.refresh.add("rt-earlier")

    async def scenario() -> list[int]:
        async with facade(
            styles,
            server.handler,
            clock,
            asynchronous=True,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            refresh_token="rt-earlier",
        ) as client:
            me = await asyncio.gather(*(client.assets.get_asset(1) for _ in range(5)))
            await client.oauth.revoke()
            return [m.id for m in me]

    assert asyncio.run(scenario()) == [1] * 5
    assert [form.get("grant_type", "revoke") for _, form in server.calls] == ["refresh_token", "revoke"]


def test_personal_token_is_basic_auth_with_the_organization_header(styles: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=RECORDS[:3], headers={"Total-Entries": "3"})

    client = facade(styles, handler, FakeClock(), personal_token="pat-1", organization_id="100")
    assert [item.id for item in client.assets.list_assets()] == [0, 1, 2]
    assert seen[0].headers["Authorization"] == "Basic " + base64.b64encode(b":pat-1").decode()
    assert seen[0].headers["OrganizationId"] == "100"


# -- every paging style through the facade ---------------------------------------------------------


def listing(request: httpx.Request) -> httpx.Response:
    """The fake API behind every paged operation of the fixture (authenticated by an API key or a
    personal token; the auth is not what these tests look at)."""
    params, path = request.url.params, request.url.path.removeprefix("/api")
    if path == "/assets":
        page, size = int(params["page"]), int(params["per_page"])
        return httpx.Response(
            200, json=RECORDS[(page - 1) * size : page * size], headers={"Total-Entries": "23"}
        )
    if path == "/assets/search":
        body = json.loads(request.content)
        start = body["page"] * body["size"]
        return httpx.Response(200, json={"hits": RECORDS[start : start + body["size"]], "total": 23})
    if path == "/records":
        offset, limit = int(params.get("offset", 0)), int(params["limit"])
        return httpx.Response(200, json=RECORDS[offset : offset + limit], headers={"X-Total-Records": "23"})
    start = int(params.get("from", params.get("cursor", params.get("after", "0"))))
    chunk, following = RECORDS[start : start + 10], str(start + 10) if start + 10 < 23 else None
    if path == "/events":
        link = {"Link": f'</api/events?from={following}>; rel="next"'} if following else {}
        return httpx.Response(200, json=chunk, headers=link)
    if path == "/feed":
        return httpx.Response(200, json={"data": chunk, "meta": {"next": following}})
    return httpx.Response(200, json=chunk, headers={"X-Next-Cursor": following} if following else {})


def paged_calls(styles: ModuleType, client: Any) -> dict[str, Any]:
    body = styles.models.SearchAssetsBody(query="cats", size=5)
    return {
        "page (query, Total-Entries)": client.assets.list_assets_pages(per_page=10),
        "page (body, start 0)": client.assets.search_assets_pages(body=body),
        "offset (limit, X-Total-Records)": client.records.list_records_pages(limit=7),
        "link": client.events.list_events_pages(),
        "cursor (field)": client.events.read_feed_pages(),
        "cursor (header)": client.events.list_changes_pages(),
    }


def item_ids(page: Any) -> list[int]:
    items = page if isinstance(page, list) else (page.hits if hasattr(page, "hits") else page.data)
    return [item.id for item in items]


EXPECTED_PAGES = {
    "page (query, Total-Entries)": [10, 10, 3],
    "page (body, start 0)": [5, 5, 5, 5, 3],
    "offset (limit, X-Total-Records)": [7, 7, 7, 2],
    "link": [10, 10, 3],
    "cursor (field)": [10, 10, 3],
    "cursor (header)": [10, 10, 3],
}


def test_every_paging_style_through_the_sync_facade(styles: ModuleType) -> None:
    client = facade(styles, listing, FakeClock(), personal_token="p", organization_id="1", api_key="k")
    for style, pages in paged_calls(styles, client).items():
        found = [item_ids(page) for page in pages]
        assert [len(ids) for ids in found] == EXPECTED_PAGES[style], style
        assert [i for ids in found for i in ids] == list(range(23)), style


def test_every_paging_style_through_the_async_facade(styles: ModuleType) -> None:
    async def scenario() -> dict[str, list[list[int]]]:
        client = facade(
            styles,
            listing,
            FakeClock(),
            asynchronous=True,
            personal_token="p",
            organization_id="1",
            api_key="k",
        )
        return {
            style: [item_ids(page) async for page in pages]
            for style, pages in paged_calls(styles, client).items()
        }

    for style, found in asyncio.run(scenario()).items():
        assert [len(ids) for ids in found] == EXPECTED_PAGES[style], style
        assert [i for ids in found for i in ids] == list(range(23)), style
