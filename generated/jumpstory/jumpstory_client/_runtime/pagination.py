"""Iterating every page of a paged operation, for each paging style the vendors use.

- `page`: a page number in the body or query (JumpStory searches): ask page 1, 2, … until a page
  comes back empty or shorter than the page size.
- `offset`: offset/limit query parameters with the total in `X-Total-Records` and the next page's
  URL in `X-Pagination-Next` (Printiki): follow the header while it is present.

The generated facade renders a `<method>_pages()` for each operation the spec marks with
`x-pagination`; the fetching itself is a callable, so this module knows nothing of the vendor.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

T = TypeVar("T")

STYLES = ("page", "offset", "link", "cursor")


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


MAX_PAGES = 10_000
"""A guard against an API that never returns a short page (each page is a request, so this is large)."""


def count_items(page: Any, item_fields: Sequence[str]) -> int:
    """How many items a page holds: the length of a list answer, or of its item fields."""
    if isinstance(page, list):
        return len(page)
    total = 0
    for name in item_fields:
        value = getattr(page, name, None)
        if isinstance(value, list):
            total += len(value)
    return total


def iterate_pages(
    fetch: Callable[[int], T], *, start: int, size: int | None, item_fields: Sequence[str]
) -> Iterator[T]:
    """Yield pages `start`, `start + 1`, … until one is empty or holds fewer than `size` items."""
    for number in range(start, start + MAX_PAGES):
        page = fetch(number)
        count = count_items(page, item_fields)
        if count == 0:
            return
        yield page
        if size is not None and count < size:
            return


async def aiterate_pages(
    fetch: Callable[[int], Awaitable[T]], *, start: int, size: int | None, item_fields: Sequence[str]
) -> AsyncIterator[T]:
    """The async twin of `iterate_pages`."""
    for number in range(start, start + MAX_PAGES):
        page = await fetch(number)
        count = count_items(page, item_fields)
        if count == 0:
            return
        yield page
        if size is not None and count < size:
            return


def number_or(value: Any, default: int | None) -> int | None:
    """An int field of a request model, or the default when it is UNSET/None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else default
