"""Bound lists answer one page at a time, in every paging style `x-pagination` names: page number
and size (query or body) with a total header, offset/limit with the next and previous URLs in
headers, RFC 8288 Link headers, and an opaque cursor in a field or a header."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from generator.mock import MockOptions, build_app
from generator.mock.errors import MockSetupError
from generator.mock.paging import decode_cursor, encode_cursor

from .conftest import client_for
from .resource_spec import ITEMS, KEY, answer, body, make_spec, operation, query

pytestmark = pytest.mark.anyio

SEVEN = [{"name": f"n{number}"} for number in range(1, 8)]
INTEGER = {"type": "integer", "minimum": 0}


def listing(
    paging: dict[str, Any], parameters: list[dict[str, Any]], responses: dict[str, Any], **binding: Any
) -> dict[str, Any]:
    found = operation(
        "listItems", {"resource": "items", "action": "list", **binding}, responses, parameters=parameters
    )
    found["x-pagination"] = paging
    return found


def app_for(
    list_operation: dict[str, Any], method: str = "get", resources: dict[str, Any] | None = None
) -> Any:
    spec = make_spec(
        resources or {"items": {"schema": "Item", "seed": SEVEN}}, {"/items": {method: list_operation}}
    )
    return build_app(spec, MockOptions(rate_limit=None, validate_responses=True, raise_server_errors=True))


def names(response: httpx.Response, field: str | None = None) -> list[str]:
    items = response.json() if field is None else response.json()[field]
    return [item["name"] for item in items]


async def test_page_and_size_in_the_query_with_a_total() -> None:
    paged = listing(
        {"style": "page", "page-param": "page", "size-param": "per_page", "total-header": "Total-Entries"},
        [
            query("page", {"type": "integer", "minimum": 1}),
            query("per_page", {"type": "integer", "minimum": 1, "default": 3}),
        ],
        answer(ITEMS, Total_Entries=INTEGER),
    )
    async with client_for(app_for(paged)) as client:
        first = await client.get("/items", headers=KEY)
        assert names(first) == ["n1", "n2", "n3"] and first.headers["total-entries"] == "7"
        third = await client.get("/items", params={"page": 3}, headers=KEY)
        assert names(third) == ["n7"]
        assert names(await client.get("/items", params={"page": 2, "per_page": 5}, headers=KEY)) == [
            "n6",
            "n7",
        ]
        assert (await client.get("/items", params={"page": 9}, headers=KEY)).json() == []


async def test_page_in_the_body_from_a_start_of_zero_without_a_declared_size_default() -> None:
    paged = listing(
        {"style": "page", "in": "body", "page-param": "page", "size-param": "size", "start": 0},
        [],
        answer(ITEMS),
    )
    paged["requestBody"] = body(
        {"type": "object", "properties": {"page": INTEGER, "size": {"type": "integer", "minimum": 1}}}
    )
    async with client_for(app_for(paged, "post")) as client:
        assert len((await client.post("/items", json={}, headers=KEY)).json()) == 7  # no size: one page
        assert (await client.post("/items", json={"page": 1}, headers=KEY)).json() == []
        assert names(await client.post("/items", json={"page": 1, "size": 4}, headers=KEY)) == [
            "n5",
            "n6",
            "n7",
        ]


async def test_without_a_default_size_the_maximum_is_a_page() -> None:
    paged = listing(
        {"style": "page", "page-param": "page", "size-param": "per_page"},
        [
            query("page", {"type": "integer", "minimum": 1}),
            query("per_page", {"type": "integer", "minimum": 1, "maximum": 4}),
        ],
        answer(ITEMS),
    )
    async with client_for(app_for(paged)) as client:
        assert names(await client.get("/items", headers=KEY)) == ["n1", "n2", "n3", "n4"]
        assert names(await client.get("/items", params={"page": 2}, headers=KEY)) == ["n5", "n6", "n7"]
        assert names(await client.get("/items", params={"per_page": 2}, headers=KEY)) == ["n1", "n2"]


async def test_offset_and_limit_with_next_and_previous_urls() -> None:
    paged = listing(
        {
            "style": "offset",
            "offset-param": "offset",
            "limit-param": "limit",
            "next-header": "X-Next",
            "total-header": "X-Total",
        },
        [
            query("offset", {"type": "integer", "minimum": 0, "default": 0}),
            query("limit", {"type": "integer", "minimum": 1, "default": 3}),
            query("q"),
        ],
        answer(ITEMS, X_Next={"type": "string"}, X_Previous={"type": "string"}, X_Total=INTEGER),
        **{"previous-header": "X-Previous"},
    )
    async with client_for(app_for(paged)) as client:
        first = await client.get("/items", params={"q": "a b"}, headers=KEY)
        assert names(first) == ["n1", "n2", "n3"] and first.headers["x-total"] == "7"
        assert "x-previous" not in first.headers
        following = urlsplit(first.headers["x-next"])
        assert f"{following.scheme}://{following.netloc}{following.path}" == "http://testserver/items"
        assert parse_qs(following.query) == {"q": ["a b"], "limit": ["3"], "offset": ["3"]}
        second = await client.get(first.headers["x-next"], headers=KEY)
        assert names(second) == ["n4", "n5", "n6"]
        assert parse_qs(urlsplit(second.headers["x-previous"]).query)["offset"] == ["0"]
        last = await client.get(second.headers["x-next"], headers=KEY)
        assert names(last) == ["n7"] and "x-next" not in last.headers
        beyond = await client.get("/items", params={"offset": 20, "limit": 2}, headers=KEY)
        assert beyond.json() == [] and parse_qs(urlsplit(beyond.headers["x-previous"]).query)["offset"] == [
            "5"
        ]


async def test_rfc_8288_link_headers() -> None:
    paged = listing(
        {"style": "link", "size-param": "per_page"},
        [
            query("page", {"type": "integer", "minimum": 1}),
            query("per_page", {"type": "integer", "minimum": 1, "default": 2}),
        ],
        answer(ITEMS, Link={"type": "string"}),
    )
    async with client_for(app_for(paged)) as client:
        first = await client.get("/items", headers=KEY)
        assert names(first) == ["n1", "n2"]
        links = httpx.Response(200, headers={"link": first.headers["link"]}).links
        assert set(links) == {"next"}
        following = parse_qs(urlsplit(links["next"]["url"]).query)
        assert following == {"per_page": ["2"], "page": ["2"]}
        seen = names(first)
        url = links["next"]["url"]
        while url:
            page = await client.get(url, headers=KEY)
            seen += names(page)
            links = httpx.Response(200, headers={"link": page.headers.get("link", "")}).links
            assert "prev" in links
            url = links.get("next", {}).get("url")
        assert seen == [f"n{number}" for number in range(1, 8)]


async def test_a_cursor_in_a_field_of_the_envelope() -> None:
    paged = listing(
        {"style": "cursor", "cursor-param": "after", "size-param": "limit", "next-cursor": "meta.next"},
        [query("after"), query("limit", {"type": "integer", "minimum": 1, "default": 3})],
        answer({"type": "object", "properties": {"data": ITEMS, "meta": {"type": "object"}}}),
    )
    resources = {"items": {"schema": "Item", "seed": SEVEN, "envelope": {"field": "data"}}}
    async with client_for(app_for(paged, resources=resources)) as client:
        seen: list[str] = []
        cursor: str | None = None
        for _ in range(5):
            page = await client.get("/items", params={"after": cursor} if cursor else {}, headers=KEY)
            seen += names(page, "data")
            cursor = page.json()["meta"]["next"]
            if cursor is None:
                break
        assert seen == [f"n{number}" for number in range(1, 8)]
        invalid = await client.get("/items", params={"after": "not-a-cursor"}, headers=KEY)
        assert invalid.status_code == 422 and set(invalid.json()["errors"]) == {"after"}


async def test_a_cursor_in_a_header() -> None:
    paged = listing(
        {"style": "cursor", "cursor-param": "cursor", "size-param": "limit", "next-header": "X-Cursor"},
        [query("cursor"), query("limit", {"type": "integer", "minimum": 1, "default": 4})],
        answer(ITEMS, X_Cursor={"type": "string"}),
    )
    async with client_for(app_for(paged)) as client:
        first = await client.get("/items", headers=KEY)
        assert names(first) == ["n1", "n2", "n3", "n4"]
        rest = await client.get("/items", params={"cursor": first.headers["x-cursor"]}, headers=KEY)
        assert names(rest) == ["n5", "n6", "n7"] and "x-cursor" not in rest.headers


def test_cursors_are_opaque_and_checked() -> None:
    assert decode_cursor(encode_cursor(0)) == 0 and decode_cursor(encode_cursor(12345)) == 12345
    for forged in ("", "bzo=", "bzotMQ", "bzowMQ", "x" * 40, 5, "bzoxMA=="):
        assert decode_cursor(forged) is None, forged


def test_url_paging_needs_query_parameters() -> None:
    paged = listing({"style": "link", "in": "body"}, [], answer(ITEMS, Link={"type": "string"}))
    paged["requestBody"] = body({"type": "object", "properties": {"page": INTEGER}})
    with pytest.raises(MockSetupError, match="need the paging parameters in the query"):
        app_for(paged, "post")
    unpointed = listing(
        {"style": "link", "size-param": "per_page"},
        [query("per_page", INTEGER)],
        answer(ITEMS, Link={"type": "string"}),
    )
    with pytest.raises(MockSetupError, match="needs a `page` or `offset` query parameter"):
        app_for(unpointed)
