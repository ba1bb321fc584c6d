"""The bases of the generated resources: `base.py`'s send loop plus what a client adds to each call.

- the client's auth goes with every request (`auth=`), so a client brought with `http_client=` or
  shared by `with_options()` copies authenticates as the client that sends, and the caller's
  `httpx.Client` is never changed;
- the client's headers (`User-Agent`, `default_headers=`) go with each request when the httpx client
  is not the one the facade built (that one holds them already, at no cost per call);
- per call `RequestOptions(extra_headers=, extra_query=, extra_body=)` are merged last;
- `with_raw_response` (`raw.py`) and `<method>_all()`: every item of every page.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

import httpx

from .base import (
    AsyncResource,
    HttpxClientProvider,
    Parser,
    RequestOptions,
    Runtime,
    SyncResource,
    _parsed,
    exchange,
)
from .clock import SYSTEM_CLOCK, Clock
from .credentials import AuthConfigurationError
from .environment import MissingCredentialError
from .flows import run_async, run_sync
from .ratelimit import RateLimiter
from .raw import APIResponse, AsyncRawResponses, RawResponses
from .retry import RetryPolicy
from .sending import RequestBuilder


class ClientRuntime(Runtime):
    """`Runtime` plus what the facade adds to every request it sends.

    `auth`: sent with each request when the httpx client is not the facade's own (which holds it
    already); `headers`: sent with each request (empty when the httpx client holds them already);
    `base_url`: joined to each request's path when the httpx client is not the facade's own (whose
    base URL it is); `missing_credentials`: set when the client holds no credential, what a call
    that needs one raises."""

    __slots__ = ("auth", "base_url", "headers", "missing_credentials")

    def __init__(
        self,
        client: HttpxClientProvider,
        policy: RetryPolicy | None = None,
        timeout: float | None = None,
        limiter: RateLimiter | None = None,
        logger: logging.Logger | None = None,
        clock: Clock = SYSTEM_CLOCK,
        builder: RequestBuilder | None = None,
        auth: httpx.Auth | None = None,
        headers: Mapping[str, str] | None = None,
        base_url: str | None = None,
        missing_credentials: MissingCredentialError | None = None,
    ) -> None:
        super().__init__(client, policy, timeout, limiter, logger, clock, builder)
        self.auth = auth
        self.headers = {} if headers is None else headers
        self.base_url = base_url
        self.missing_credentials = missing_credentials

    @property
    def per_request(self) -> bool:
        """Whether requests need anything added (a caller's httpx client, a `with_options` copy)."""
        return self.auth is not None or bool(self.headers) or self.base_url is not None


def _missing(runtime: Runtime, error: AuthConfigurationError) -> AuthConfigurationError:
    """A call refused for want of a credential, by a client given none: `MissingCredentialError`,
    naming the environment variables looked up."""
    missing = runtime.missing_credentials if isinstance(runtime, ClientRuntime) else None
    if missing is None or isinstance(error, MissingCredentialError):
        return error
    return MissingCredentialError(missing.client, missing.arguments, missing.env_vars)


def shaped(runtime: Runtime, request: dict[str, Any], options: RequestOptions | None) -> dict[str, Any]:
    """The request as sent: the client's auth and headers, then the call's `extra_*` options."""
    if isinstance(runtime, ClientRuntime):
        if runtime.auth is not None:
            request["auth"] = runtime.auth  # each call's request dict is its own (`_get_kwargs`, `PageWalk`)
        if runtime.headers:
            request = {**request, "headers": {**runtime.headers, **(request.get("headers") or {})}}
        if runtime.base_url is not None and str(request["url"]).startswith("/"):
            request["url"] = runtime.base_url.rstrip("/") + request["url"]
    if options is None:
        return request
    if options.extra_headers:
        request = {**request, "headers": {**(request.get("headers") or {}), **options.extra_headers}}
    if options.extra_query:
        request = {**request, "params": {**(request.get("params") or {}), **options.extra_query}}
    if options.extra_body:
        request = _with_body(request, options.extra_body)
    return request


def _with_body(request: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """`extra_body` merged into a JSON or form body (a request without a body gets a JSON one)."""
    for key in ("json", "data"):
        body = request.get(key)
        if isinstance(body, dict):
            return {**request, key: {**body, **extra}}
    if request.get("json") is None and not any(request.get(key) for key in ("data", "content", "files")):
        return {**request, "json": dict(extra)}
    raise TypeError("extra_body needs a JSON object or form body; this operation sends another kind of body")


def items_of(page: Any, fields: tuple[tuple[str, ...], ...]) -> Iterator[Any]:
    """The items of one parsed page: the page itself when it is a list, else its item fields in order."""
    if isinstance(page, list):
        yield from page
        return
    for path in fields:
        value = page
        for name in path:
            value = getattr(value, name, None)
        if isinstance(value, list):
            yield from value


class ClientResource(SyncResource):
    """Base of a generated sync resource."""

    _raw = False
    _raw_methods: frozenset[str] = frozenset()

    @property
    def with_raw_response(self) -> RawResponses[Any]:
        """This resource's methods returning the `APIResponse` (status, headers, `.parse()`)."""
        return RawResponses(self)

    def _send(self, request: dict[str, Any], options: RequestOptions | None) -> httpx.Response:
        runtime = self._runtime
        if options is not None or (isinstance(runtime, ClientRuntime) and runtime.per_request):
            request = shaped(runtime, request, options)
        try:
            return run_sync(exchange(runtime, request, options))
        except AuthConfigurationError as error:
            raise _missing(runtime, error) from error

    def _request(self, request: dict[str, Any], parse: Parser, options: RequestOptions | None = None) -> Any:
        # One frame per call fewer than going through `SyncResource._request` (the facade's hot path).
        if self._raw:
            return APIResponse(self._send(request, options), self._parser(parse))
        return _parsed(self._runtime.client, self._send(request, options), parse)

    def _parser(self, parse: Parser) -> Any:
        client = self._runtime.client
        return lambda response: _parsed(client, response, parse)

    def _items(self, pages: Iterable[Any], fields: tuple[tuple[str, ...], ...]) -> Iterator[Any]:
        for page in pages:
            yield from items_of(page, fields)


class AsyncClientResource(AsyncResource):
    """Base of a generated async resource."""

    _raw = False
    _raw_methods: frozenset[str] = frozenset()

    @property
    def with_raw_response(self) -> AsyncRawResponses[Any]:
        """This resource's methods returning the `APIResponse` (status, headers, `.parse()`)."""
        return AsyncRawResponses(self)

    async def _send(self, request: dict[str, Any], options: RequestOptions | None) -> httpx.Response:
        runtime = self._runtime
        if options is not None or (isinstance(runtime, ClientRuntime) and runtime.per_request):
            request = shaped(runtime, request, options)
        try:
            return await run_async(exchange(runtime, request, options))
        except AuthConfigurationError as error:
            raise _missing(runtime, error) from error

    async def _request(
        self, request: dict[str, Any], parse: Parser, options: RequestOptions | None = None
    ) -> Any:
        if self._raw:
            return APIResponse(await self._send(request, options), self._parser(parse))
        return _parsed(self._runtime.client, await self._send(request, options), parse)

    def _parser(self, parse: Parser) -> Any:
        client = self._runtime.client
        return lambda response: _parsed(client, response, parse)

    async def _items(
        self, pages: AsyncIterator[Any], fields: tuple[tuple[str, ...], ...]
    ) -> AsyncIterator[Any]:
        async for page in pages:
            for item in items_of(page, fields):
                yield item
