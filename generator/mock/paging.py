"""One page of a list, as the operation's paging style (`x-pagination`, a `Paging`) says to answer it.

The client runtime reads the same `Paging` to walk the pages, so what the mock sends here is what
the runtime follows:

- `page`: page number `page_param` (first page `start`) and size `size_param`; `total_header`
  carries the number of items; `next_header`, when declared, the next page's URL.
- `offset`: `offset_param` and the limit `size_param`; `next_header` holds the next page's absolute
  URL while there is one (Printiki's `X-Pagination-Next`), `total_header` the total.
- `link`: an RFC 8288 `Link` header with the `rel="next"` (and `rel="prev"`) page's URL; the page
  travels in the operation's `page` (or `offset`) query parameter.
- `cursor`: an opaque cursor for the next page in the answer field `next_cursor` or the header
  `next_header` (null / absent on the last page), accepted back in `cursor_param`.

A size not given is the size parameter's default (`default_size`), else its maximum (`max_size`),
else every item is on one page; no page is larger than `max_size`.
URLs keep every query parameter of the request and set the paging ones; they are absolute.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Final
from urllib.parse import quote, urlencode

from generator.mock.errors import MockSetupError, field_error
from generator.model import Operation
from generator.runtime.pagination import Paging

_CURSOR: Final = re.compile(r"o:(0|[1-9][0-9]{0,17})")
INVALID_CURSOR: Final = "The {name} is not a cursor this API gave out."

UrlFor = Callable[[Mapping[str, str]], str]
"""The absolute URL of the same request with these query parameters set (the others kept)."""


@dataclass(slots=True)
class Page:
    """The items of the requested page and what the answer says about the others."""

    items: list[Any]
    headers: dict[str, str] = field(default_factory=dict)
    next_cursor: str | None = None  # cursor style with `next_cursor`: the field's value


@dataclass(frozen=True)
class Pager:
    """The paging of one listed operation, checked at start-up against the spec."""

    paging: Paging
    position_param: str | None  # the page number (page, link) or offset (offset, link) parameter
    by_offset: bool  # the position is an offset, not a page number
    default_offset: int
    previous_header: str | None = None

    @cached_property
    def default_size(self) -> int | None:
        """The page size when none is asked for: the declared default, else the maximum."""
        return self.paging.default_size if self.paging.default_size is not None else self.paging.max_size

    @cached_property
    def links(self) -> bool:
        """Whether a page points at others (a next cursor, next/previous URLs or a Link header)."""
        paging = self.paging
        return (
            paging.style in ("cursor", "link")
            or paging.next_header is not None
            or self.previous_header is not None
        )

    @classmethod
    def of(cls, operation: Operation, label: str, previous_header: str | None = None) -> Pager | None:
        paging = operation.pagination
        if paging is None:
            return None
        where = f"{operation.location}['x-pagination']"
        urls = paging.style == "link" or (
            paging.style in ("page", "offset") and paging.next_header is not None
        )
        if (urls or previous_header is not None) and paging.location != "query":
            raise MockSetupError(
                label, where, "page URLs (next/previous/Link) need the paging parameters in the query"
            )
        position, by_offset = paging.page_param, False
        if paging.style == "offset":
            position, by_offset = paging.offset_param, True
        elif paging.style == "link":
            if operation.parameter("page", "query") is not None:
                position = "page"
            elif operation.parameter("offset", "query") is not None:
                position, by_offset = "offset", True
            else:
                raise MockSetupError(
                    label,
                    where,
                    "Link paging in the mock needs a `page` or `offset` query parameter to point at",
                )
        elif paging.style == "cursor":
            position = None
        default_offset = 0
        if by_offset and position is not None:
            parameter = operation.parameter(position, "query")
            default = parameter.default if parameter is not None else None
            default_offset = default if isinstance(default, int) and not isinstance(default, bool) else 0
        return cls(paging, position, by_offset, default_offset, previous_header)

    def page(self, items: Sequence[Any], given: Mapping[str, Any], url_for: UrlFor) -> Page:
        """The page `given` (the request's typed paging values) asks for, out of `items`."""
        paging = self.paging
        asked = _integer(given.get(paging.size_param)) if paging.size_param else None
        size = self.default_size if asked is None else asked
        if size is not None and paging.max_size is not None and size > paging.max_size:
            size = paging.max_size
        total = len(items)
        if paging.style == "cursor":
            offset = self._cursor_offset(given)
        elif self.by_offset:
            asked = _integer(given.get(self.position_param)) if self.position_param else None
            offset = asked if asked is not None else self.default_offset
        else:
            number = _integer(given.get(self.position_param)) if self.position_param else None
            number = number if number is not None else paging.start
            offset = (
                (number - paging.start) * size
                if size is not None
                else (0 if number == paging.start else total)
            )
        end = total if size is None else offset + size
        chosen = list(items[offset:end])
        headers: dict[str, str] = {}
        if paging.total_header is not None:
            headers[paging.total_header] = str(total)
        if not self.links:
            return Page(chosen, headers)
        has_next = size is not None and end < total
        previous = None if offset <= 0 or total == 0 or size is None else max(0, min(offset, total) - size)

        def url(position: int) -> str:
            values: dict[str, str] = {}
            if paging.size_param is not None and size is not None:
                values[paging.size_param] = str(size)
            if self.position_param is not None:
                values[self.position_param] = str(
                    position if self.by_offset else paging.start + position // (size or 1)
                )
            return url_for(values)

        next_cursor = None
        if paging.style == "cursor":
            next_cursor = encode_cursor(end) if has_next else None
            if paging.next_header is not None and next_cursor is not None:
                headers[paging.next_header] = next_cursor
        elif paging.style == "link":
            links = []
            if has_next:
                links.append(f'<{url(end)}>; rel="next"')
            if previous is not None:
                links.append(f'<{url(previous)}>; rel="prev"')
            if links:
                headers["Link"] = ", ".join(links)
        elif paging.next_header is not None and has_next:
            headers[paging.next_header] = url(end)
        if self.previous_header is not None and previous is not None:
            headers[self.previous_header] = url(previous)
        return Page(chosen, headers, next_cursor)

    def _cursor_offset(self, given: Mapping[str, Any]) -> int:
        name = self.paging.cursor_param or "cursor"
        cursor = given.get(name)
        if cursor is None or cursor == "":
            return 0
        offset = decode_cursor(cursor)
        if offset is None:
            raise field_error(name, INVALID_CURSOR.format(name=name))
        return offset


def encode_cursor(offset: int) -> str:
    """An opaque cursor for the item at `offset` (URL-safe base64, no padding)."""
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: Any) -> int | None:
    """The offset a cursor of `encode_cursor` points at, or None for anything else."""
    if not isinstance(cursor, str) or len(cursor) > 32:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    found = _CURSOR.fullmatch(text)
    return int(found.group(1)) if found and encode_cursor(int(found.group(1))) == cursor else None


def _integer(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def request_url(
    base_url: str, raw_path: str, query: Sequence[tuple[str, str]], replaced: Mapping[str, str]
) -> str:
    """`base_url + raw_path` with the request's query, `replaced` parameters set (appended last)."""
    kept = [(key, value) for key, value in query if key not in replaced]
    encoded = urlencode([*kept, *replaced.items()], quote_via=quote, safe=",")
    return f"{base_url}{raw_path}?{encoded}" if encoded else f"{base_url}{raw_path}"
