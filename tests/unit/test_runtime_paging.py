"""Every paging style, iterated by the runtime from the `Paging` data alone (sync and async, one
walk), against fake listings on `httpx.MockTransport`; and the `x-pagination` reader's errors."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from generator.errors import InputError
from generator.model import load_api
from generator.runtime.base import AsyncResource, Runtime, SyncResource
from generator.runtime.pagination import Paging

Handler = Callable[[httpx.Request], httpx.Response]
RECORDS = [{"id": n} for n in range(23)]


class Listing:
    """A fake paged API: records every request it answers."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    def query(self, name: str) -> list[str | None]:
        return [request.url.params.get(name) for request in self.requests]


class Provider:
    def __init__(self, handler: Handler) -> None:
        transport = httpx.MockTransport(handler)
        self.sync = httpx.Client(base_url="https://api.test/api", transport=transport)
        self.asynchronous = httpx.AsyncClient(base_url="https://api.test/api", transport=transport)

    def get_httpx_client(self) -> httpx.Client:
        return self.sync

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self.asynchronous


def parse_json(*, client: Any, response: httpx.Response) -> Any:
    return response.json()


def pages(handler: Handler, paging: Paging, request: dict[str, Any], asynchronous: bool) -> list[Any]:
    """Every page `_pages` yields, through the sync or the async resource."""
    runtime = Runtime(client=Provider(handler))
    if not asynchronous:
        return list(SyncResource(runtime)._pages(request, parse_json, paging))

    async def collect() -> list[Any]:
        return [page async for page in AsyncResource(runtime)._pages(request, parse_json, paging)]

    return asyncio.run(collect())


def ids(found: list[Any], field: str | None = None) -> list[int]:
    return [item["id"] for page in found for item in (page[field] if field else page)]


both = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


# -- page -----------------------------------------------------------------------------------------


def page_answer(total_header: bool, records: list[dict[str, int]] = RECORDS) -> Handler:
    def answer(request: httpx.Request) -> httpx.Response:
        number, size = int(request.url.params["page"]), int(request.url.params.get("per_page", 25))
        headers = {"Total-Entries": str(len(records))} if total_header else {}
        return httpx.Response(200, json=records[(number - 1) * size : number * size], headers=headers)

    return answer


@both
def test_page_numbers_in_the_query_until_a_short_page(asynchronous: bool) -> None:
    listing = Listing(page_answer(total_header=False))
    paging = Paging(style="page", page_param="page", size_param="per_page")
    found = pages(
        listing, paging, {"method": "get", "url": "/assets", "params": {"per_page": 10}}, asynchronous
    )
    assert [len(page) for page in found] == [10, 10, 3] and ids(found) == list(range(23))
    assert listing.query("page") == ["1", "2", "3"]


@both
def test_page_numbers_stop_at_the_total_header_without_asking_an_empty_page(asynchronous: bool) -> None:
    """Mediagraph's page/per_page with Total-Entries: 20 records in pages of 10 take two requests."""
    records = RECORDS[:20]
    paging = Paging(style="page", page_param="page", size_param="per_page", total_header="Total-Entries")
    listing = Listing(page_answer(total_header=True, records=records))
    found = pages(
        listing, paging, {"method": "get", "url": "/assets", "params": {"per_page": 10}}, asynchronous
    )
    assert ids(found) == list(range(20)) and listing.query("page") == ["1", "2"]
    without_total = Listing(page_answer(total_header=False, records=records))
    found = pages(
        without_total,
        Paging(style="page", page_param="page", size_param="per_page"),
        {"method": "get", "url": "/assets", "params": {"per_page": 10}},
        asynchronous,
    )
    assert [len(page) for page in found] == [10, 10]  # the empty third page ends it and is not yielded
    assert without_total.query("page") == ["1", "2", "3"]


@both
def test_page_number_and_size_in_the_body_counting_item_fields(asynchronous: bool) -> None:
    """JumpStory's searches: `page`/`size` in the JSON body; items under several fields; start 0 here."""

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        chunk = RECORDS[body["page"] * body["size"] : (body["page"] + 1) * body["size"]]
        return httpx.Response(200, json={"images": chunk[:2], "videos": chunk[2:], "total": 23})

    listing = Listing(answer)
    paging = Paging(
        style="page",
        location="body",
        page_param="page",
        size_param="size",
        items=("images", "videos"),
        start=0,
    )
    request = {"method": "post", "url": "/search", "json": {"query": "cats", "size": 5}}
    found = pages(listing, paging, request, asynchronous)
    assert [len(p["images"]) + len(p["videos"]) for p in found] == [5, 5, 5, 5, 3]
    assert [json.loads(r.content) for r in listing.requests][:2] == [
        {"query": "cats", "size": 5, "page": 0},
        {"query": "cats", "size": 5, "page": 1},
    ]
    assert request == {
        "method": "post",
        "url": "/search",
        "json": {"query": "cats", "size": 5},
    }  # not changed


@both
def test_a_given_first_page_and_the_schema_default_size(asynchronous: bool) -> None:
    listing = Listing(page_answer(total_header=False))
    paging = Paging(style="page", page_param="page", size_param="per_page", default_size=25)
    found = pages(listing, paging, {"method": "get", "url": "/assets", "params": {"page": 1}}, asynchronous)
    assert [len(page) for page in found] == [23] and listing.query("page") == [
        "1"
    ]  # short: no second request


# -- offset ---------------------------------------------------------------------------------------


@both
def test_offset_moved_on_by_the_limit_until_the_total(asynchronous: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params.get("offset", 0)), int(request.url.params["limit"])
        return httpx.Response(200, json=RECORDS[offset : offset + limit], headers={"X-Total-Records": "23"})

    listing = Listing(answer)
    paging = Paging(style="offset", offset_param="offset", size_param="limit", total_header="X-Total-Records")
    found = pages(
        listing,
        paging,
        {"method": "get", "url": "/records", "params": {"limit": 5, "offset": 10}},
        asynchronous,
    )
    assert ids(found) == list(range(10, 23))
    assert listing.query("offset") == ["10", "15", "20"]


@both
def test_offset_following_the_next_header(asynchronous: bool) -> None:
    """Printiki: X-Pagination-Next names the next page's URL (relative to the API's host)."""

    def answer(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params.get("offset", 0)), int(request.url.params.get("limit", 20))
        headers = {"X-Total-Records": "23"}
        if offset + limit < len(RECORDS):
            headers["X-Pagination-Next"] = f"/api/records?offset={offset + limit}&limit={limit}"
        return httpx.Response(200, json=RECORDS[offset : offset + limit], headers=headers)

    listing = Listing(answer)
    paging = Paging(
        style="offset", offset_param="offset", size_param="limit", next_header="X-Pagination-Next"
    )
    found = pages(
        listing, paging, {"method": "get", "url": "/records", "params": {"limit": 10}}, asynchronous
    )
    assert [len(page) for page in found] == [10, 10, 3] and ids(found) == list(range(23))
    assert [str(r.url) for r in listing.requests][1:] == [
        "https://api.test/api/records?offset=10&limit=10",
        "https://api.test/api/records?offset=20&limit=10",
    ]


# -- link -----------------------------------------------------------------------------------------


@both
def test_rfc_8288_link_headers(asynchronous: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("from", 0))
        headers = {}
        if start + 10 < len(RECORDS):
            nxt = f"/api/events?from={start + 10}&per_page=10"
            headers["Link"] = f'<https://api.test/api/events?from=0>; rel="first", <{nxt}>; rel="next"'
        return httpx.Response(200, json=RECORDS[start : start + 10], headers=headers)

    listing = Listing(answer)
    found = pages(
        listing,
        Paging(style="link", size_param="per_page"),
        {"method": "get", "url": "/events", "params": {"per_page": 10}},
        asynchronous,
    )
    assert ids(found) == list(range(23)) and listing.query("from") == [None, "10", "20"]


@both
def test_a_link_to_the_same_page_ends_the_listing(asynchronous: bool) -> None:
    listing = Listing(
        lambda request: httpx.Response(
            200, json=[{"id": 1}], headers={"Link": f'<{request.url}>; rel="next"'}
        )
    )
    assert len(pages(listing, Paging(style="link"), {"method": "get", "url": "/events"}, asynchronous)) == 1


# -- cursor ---------------------------------------------------------------------------------------


@both
def test_cursor_from_a_field_of_the_answer(asynchronous: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("cursor", "c0")[1:])
        following = f"c{start + 10}" if start + 10 < len(RECORDS) else None
        return httpx.Response(200, json={"data": RECORDS[start : start + 10], "meta": {"next": following}})

    listing = Listing(answer)
    paging = Paging(style="cursor", cursor_param="cursor", next_cursor="meta.next", items=("data",))
    found = pages(listing, paging, {"method": "get", "url": "/feed", "params": {"tag": "x"}}, asynchronous)
    assert ids(found, "data") == list(range(23))
    assert listing.query("cursor") == [None, "c10", "c20"] and set(listing.query("tag")) == {"x"}


@both
def test_cursor_from_a_header_sent_back_in_the_body(asynchronous: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        after = json.loads(request.content).get("after") or "0"
        start = int(after)
        headers = {"X-Next-Cursor": str(start + 10)} if start + 10 < len(RECORDS) else {}
        return httpx.Response(200, json=RECORDS[start : start + 10], headers=headers)

    listing = Listing(answer)
    paging = Paging(style="cursor", location="body", cursor_param="after", next_header="X-Next-Cursor")
    found = pages(listing, paging, {"method": "post", "url": "/changes", "json": {}}, asynchronous)
    assert ids(found) == list(range(23))
    assert [json.loads(r.content) for r in listing.requests] == [{}, {"after": "10"}, {"after": "20"}]


# -- the x-pagination reader ----------------------------------------------------------------------


def spec(pagination: Any, *, answer: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "x-pagination": pagination,
                    "parameters": [
                        {"name": "page", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "per_page",
                            "in": "query",
                            "schema": {"type": "integer", "default": 30, "maximum": 100},
                        },
                        {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": answer or {"type": "array", "items": {}}}
                            },
                        }
                    },
                }
            }
        },
    }


def test_the_reader_builds_the_paging_with_the_size_schema() -> None:
    api = load_api(
        spec({"style": "page", "size-param": "per_page", "total-header": "Total-Entries"}), "t.yaml"
    )
    assert api.operation("listThings").pagination == Paging(
        style="page",
        page_param="page",
        size_param="per_page",
        total_header="Total-Entries",
        default_size=30,
        max_size=100,
    )


@pytest.mark.parametrize(
    ("pagination", "where", "what"),
    [
        ({"style": "pages"}, "['style']", "expected a paging style: page | offset | link | cursor"),
        (
            {"style": "page", "next-cursor": "x"},
            "['next-cursor']",
            "'next-cursor' is not a key of the page style",
        ),
        ({"style": "page", "page-param": "p"}, "['page-param']", "the operation has no query parameter 'p'"),
        ({"style": "cursor"}, "['x-pagination']", "one of next-cursor (a dotted field) or next-header"),
        ({"style": "link", "in": "path"}, "['in']", "expected query | body"),
        ({"style": "page", "total-header": 3}, "['total-header']", "expected a header or field name"),
        ({"style": "page", "start": "1"}, "['start']", "expected the first page's number"),
    ],
)
def test_reader_errors_name_the_file_and_json_path(pagination: Any, where: str, what: str) -> None:
    with pytest.raises(InputError) as error:
        load_api(spec(pagination), "specs/t.yaml")
    message = str(error.value)
    assert "specs/t.yaml" in message and "$['paths']['/things']['get']" in message
    assert where in message and what in message


def test_a_counted_style_needs_items_unless_the_answer_is_a_list() -> None:
    envelope = {"type": "object", "properties": {"data": {"type": "array"}}}
    with pytest.raises(InputError, match=r"\['items'\].*name the fields that hold the items"):
        load_api(spec({"style": "page"}, answer=envelope), "t.yaml")
    paged = load_api(spec({"style": "page", "items": ["data"]}, answer=envelope), "t.yaml")
    assert paged.operation("listThings").pagination is not None
    following = load_api(spec({"style": "link"}, answer=envelope), "t.yaml")  # the server says where it ends
    assert following.operation("listThings").pagination is not None


@both
def test_without_a_known_limit_the_offset_moves_by_the_items_counted(asynchronous: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        return httpx.Response(200, json=RECORDS[offset : offset + 8])  # the server's own page size

    listing = Listing(answer)
    paging = Paging(style="offset", offset_param="offset", size_param="limit")
    found = pages(listing, paging, {"method": "get", "url": "/records"}, asynchronous)
    assert ids(found) == list(range(23)) and listing.query("offset") == [None, "8", "16", "23"]


@both
def test_no_listing_runs_beyond_the_page_limit(asynchronous: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.runtime.pagination as pagination

    monkeypatch.setattr(pagination, "MAX_PAGES", 4)

    def endless(request: httpx.Request) -> httpx.Response:
        cursor = int(request.url.params.get("cursor", 0))
        return httpx.Response(200, json={"data": [{"id": cursor}], "next": cursor + 1})

    listing = Listing(endless)
    paging = Paging(style="cursor", next_cursor="next", cursor_param="cursor", items=("data",))
    assert len(pages(listing, paging, {"method": "get", "url": "/feed"}, asynchronous)) == 4
    same = Listing(lambda request: httpx.Response(200, json={"data": [], "next": "c1"}))
    assert (
        len(pages(same, paging, {"method": "get", "url": "/feed", "params": {"cursor": "c1"}}, asynchronous))
        == 1
    )


@both
def test_a_next_page_on_another_host_is_refused(asynchronous: bool) -> None:
    from generator.runtime.errors import UnexpectedResponseError

    listing = Listing(
        lambda request: httpx.Response(
            200, json=[{"id": 1}], headers={"Link": '<https://evil.test/x?token=t>; rel="next"'}
        )
    )
    with pytest.raises(UnexpectedResponseError, match="another host"):
        pages(listing, Paging(style="link"), {"method": "get", "url": "/events"}, asynchronous)
    assert len(listing.requests) == 1
