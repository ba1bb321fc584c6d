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
from typing import Any, TypeVar

T = TypeVar("T")

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
