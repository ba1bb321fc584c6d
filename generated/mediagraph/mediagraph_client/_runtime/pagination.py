"""Every page of a paged operation, for each paging style, from the `Paging` data alone.

A resource's `<method>_pages()` builds the first request as its `<method>()` does (the generated
`_get_kwargs`), and `PageWalk` derives each next request from the request just sent and its
answer: a new page number, offset or cursor in the query or the body, or the URL the answer
names (a header, an RFC 8288 `Link`). The walk is plain data work, no I/O, so the sync and the
async resource drive the same walk (`base.py`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from .errors import UnexpectedResponseError

STYLES = ("page", "offset", "link", "cursor")

MAX_PAGES = 10_000
"""A guard against an API that never says "last page" (each page is a request, so this is large)."""


@dataclass(frozen=True)
class Paging:
    """How an operation pages (`x-pagination`), read the same way by the client and the mock.

    - `page`: a page number (`page_param`, first page `start`) and a size (`size_param`); the
      last page is the first empty or short one, or the one that reaches `total_header`
      (JumpStory's searches in the body; Mediagraph's `page`/`per_page` with `Total-Entries`).
    - `offset`: `offset_param` and `size_param` (the limit); the next page's URL is in
      `next_header` when given (Printiki's `X-Pagination-Next`, total in `X-Total-Records`),
      otherwise the offset moves on by the limit until a short page or `total_header`.
    - `link`: the next page's URL is the `rel="next"` target of an RFC 8288 `Link` header.
    - `cursor`: the answer names the next page's cursor (`next_cursor`, a dotted field, or
      `next_header`), sent back as `cursor_param`; an empty or missing cursor ends the listing.

    `location` says where the parameters go (`query` or `body`); `items` names the answer's fields
    that hold the items (none: the answer is the list itself).
    """

    style: Literal["page", "offset", "link", "cursor"]
    location: Literal["query", "body"] = "query"
    page_param: str | None = None
    size_param: str | None = None
    offset_param: str | None = None
    cursor_param: str | None = None
    next_cursor: str | None = None
    next_header: str | None = None
    total_header: str | None = None
    items: tuple[str, ...] = ()
    start: int = 1
    default_size: int | None = None
    max_size: int | None = None

    @property
    def follows_server(self) -> bool:
        """Whether the answer names the next page (a URL or a cursor) rather than the client counting."""
        return self.style in ("link", "cursor") or self.next_header is not None


def count_items(body: Any, item_fields: Sequence[str]) -> int | None:
    """How many items an answer holds: the length of a list answer, or of its (dotted) item
    fields; None when that cannot be told (an object answer without item fields)."""
    if isinstance(body, list):
        return len(body)
    if not item_fields:
        return None
    total = 0
    for name in item_fields:
        value = _dig(body, name)
        if isinstance(value, list):
            total += len(value)
    return total


def _dig(body: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(body, dict):
            return None
        body = body.get(part)
    return body


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class PageWalk:
    """The requests of one listing, one after another: `next_request()` gives the request to send
    (None: the listing is over), `keep(response)` reads its answer, says whether the page counts
    (an empty page that ends a counted listing does not), and works out the next request.

    Counted styles (`page`, `offset` without `next_header`) stop at the first empty page, at a
    page shorter than the page size, or when `total_header` says every item has been seen. Styles
    that follow the server (`next_header`, `link`, `cursor`) yield every page the server answers
    and stop when it names no next page, or names the page just fetched again; a next page on
    another host raises `UnexpectedResponseError` (the client's credentials would go with it).
    """

    def __init__(self, paging: Paging, request: dict[str, Any]) -> None:
        self.paging = paging
        first = _copy(request)
        inputs = self._inputs(first)
        self._size = _int(inputs.get(paging.size_param or "")) or paging.default_size
        if paging.style == "page" and paging.page_param:
            inputs.setdefault(paging.page_param, paging.start)
        self._pending: dict[str, Any] | None = first
        self._current = first
        self._fetched = 0
        self._seen = 0

    def next_request(self) -> dict[str, Any] | None:
        request, self._pending = self._pending, None
        if request is None or self._fetched >= MAX_PAGES:
            return None
        self._fetched += 1
        self._current = request
        return request

    def keep(self, response: httpx.Response) -> bool:
        if self.paging.follows_server:
            self._pending = self._followed(response)
            return True
        count = count_items(_json(response), self.paging.items)
        if count == 0:
            return False
        if count is not None and not self._last(response, count):
            self._pending = self._counted_on(count)
        return True  # an answer that cannot be counted ends the listing (the model requires `items`)

    # -- counted styles ---------------------------------------------------------------------------

    def _last(self, response: httpx.Response, count: int) -> bool:
        self._seen += count
        if self._size is not None and count < self._size:
            return True
        total = _int_header(response, self.paging.total_header)
        return total is not None and self._end_of_page(count) >= total

    def _end_of_page(self, count: int) -> int:
        """How many items of the whole listing lie up to the end of the page just read."""
        paging, inputs = self.paging, self._inputs(self._current)
        if paging.style == "offset" and paging.offset_param:
            return (_int(inputs.get(paging.offset_param)) or 0) + count
        if paging.page_param and self._size is not None:
            return ((_int(inputs.get(paging.page_param)) or paging.start) - paging.start) * self._size + count
        return self._seen

    def _counted_on(self, count: int) -> dict[str, Any]:
        paging, request = self.paging, _copy(self._current)
        inputs = self._inputs(request)
        if paging.style == "page" and paging.page_param:
            inputs[paging.page_param] = (_int(inputs.get(paging.page_param)) or paging.start) + 1
        elif paging.offset_param:
            inputs[paging.offset_param] = (_int(inputs.get(paging.offset_param)) or 0) + (self._size or count)
        return request

    # -- styles that follow the server ------------------------------------------------------------

    def _followed(self, response: httpx.Response) -> dict[str, Any] | None:
        if self.paging.style == "cursor":
            return self._with_cursor(self._cursor(response))
        paging = self.paging
        link = (
            response.headers.get(paging.next_header)
            if paging.next_header
            else response.links.get("next", {}).get("url")
        )
        if not link or (url := response.request.url.join(link)) == response.request.url:
            return None
        if (url.scheme, url.host, url.port) != (
            response.request.url.scheme,
            response.request.url.host,
            response.request.url.port,
        ):
            # The client's credentials would follow the link: refuse rather than send them elsewhere.
            raise UnexpectedResponseError(response, ValueError(f"the next page is on another host ({url.host})"))
        request = {key: value for key, value in self._current.items() if key != "params"}
        request["url"] = str(url)  # the link carries the query
        return request

    def _cursor(self, response: httpx.Response) -> str | None:
        paging = self.paging
        if paging.next_cursor:
            value = _dig(_json(response), paging.next_cursor)
            return str(value) if value not in (None, "") else None
        return response.headers.get(paging.next_header) if paging.next_header else None

    def _with_cursor(self, cursor: str | None) -> dict[str, Any] | None:
        name = self.paging.cursor_param
        if not cursor or not name or str(self._inputs(self._current).get(name)) == cursor:
            return None
        request = _copy(self._current)
        self._inputs(request)[name] = cursor
        return request

    def _inputs(self, request: dict[str, Any]) -> dict[str, Any]:
        """The dict the paging parameters go in: the query, or the JSON (or form) body."""
        if self.paging.location == "query":
            key = "params"
        else:
            key = "data" if isinstance(request.get("data"), dict) else "json"
        inputs = request.get(key)
        if not isinstance(inputs, dict):
            inputs = request[key] = {}
        return inputs


def _copy(request: dict[str, Any]) -> dict[str, Any]:
    """The request with its own copies of the dicts a walk changes."""
    return {
        key: dict(value) if key in ("params", "json", "data") and isinstance(value, dict) else value
        for key, value in request.items()
    }


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


def _int_header(response: httpx.Response, name: str | None) -> int | None:
    value = response.headers.get(name) if name else None
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
