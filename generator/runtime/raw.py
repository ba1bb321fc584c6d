"""Raw access to a call's HTTP answer (`client.archive.with_raw_response.get_file(...)`), as
openai-python's `.with_raw_response` offers it.

`resource.with_raw_response` is the same resource in raw mode: each method takes the same
arguments and goes through the same runtime (auth, pacing, retries, deadline, typed errors for an
error status), but returns an `APIResponse` holding the status, the headers and the answer's bytes;
`.parse()` gives what the ordinary method would have returned. Operations that do not answer once
(`*_pages`, `*_all`, downloads to a file, workflows) have no raw form and say so.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import httpx

R = TypeVar("R")


class APIResponse:
    """The answer to one call: `status_code`, `headers`, `http_response`, and `parse()` for the typed value."""

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], Any]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: Any = None
        self._done = False

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> Any:
        """The typed value the ordinary method returns (parsed once, then kept)."""
        if not self._done:
            self._parsed = self._parse(self.http_response)
            self._done = True
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"


def _raw_clone(resource: R) -> R:
    clone = copy.copy(resource)
    setattr(clone, "_raw", True)  # noqa: B010 - the resources read it in `_request`
    return clone


def _raw_method(resource: Any, name: str) -> Any:
    """The method, when it answers once; checked before the call, so nothing is sent in vain."""
    if name not in getattr(resource, "_raw_methods", frozenset()):
        raise AttributeError(
            f"{type(resource).__name__}.{name} has no raw response (only methods that answer once have one)"
        )
    return getattr(resource, name)


class RawResponses(Generic[R]):
    """`resource.with_raw_response`: each method of `resource`, returning an `APIResponse`."""

    def __init__(self, resource: R) -> None:
        self._resource = _raw_clone(resource)

    def __getattr__(self, name: str) -> Callable[..., APIResponse]:
        method = _raw_method(self._resource, name)

        def call(*args: Any, **kwargs: Any) -> APIResponse:
            value = method(*args, **kwargs)
            assert isinstance(value, APIResponse)
            return value

        return call


class AsyncRawResponses(Generic[R]):
    """`resource.with_raw_response` of an async resource: each method, awaited, gives an `APIResponse`."""

    def __init__(self, resource: R) -> None:
        self._resource = _raw_clone(resource)

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse]]:
        method = _raw_method(self._resource, name)

        async def call(*args: Any, **kwargs: Any) -> APIResponse:
            value = await method(*args, **kwargs)
            assert isinstance(value, APIResponse)
            return value

        return call
