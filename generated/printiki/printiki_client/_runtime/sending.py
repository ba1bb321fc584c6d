"""Sending a facade call's request: `httpx.Client.request`, without the work that is the same every call.

`client.request(**kwargs)` is `client.build_request(...)` then `client.send(...)`. Building merges
the call's URL into the client's `base_url` (two URL parses and a copy, about 15 us: most of what
httpx spends before sending), its headers, cookies and query into the client's, and its timeout.
Here the merged URL of a path is remembered per client (the client's `base_url` object and the
path give the same URL every time; a changed `base_url` drops what was remembered), and the rest is
merged as `build_request` merges it: the client's headers, cookies and params as they are at this
call (so a caller who changes `client.headers` between calls is obeyed), event hooks, auth,
redirects and transport run in `client.send` as usual.

A client whose class overrides `request`, `build_request` or a `_merge_*` step (a caller's subclass)
is used through its own `request`, as is a request carrying anything else (per-request cookies:
httpx warns about them).
"""

from __future__ import annotations

from typing import Any

import httpx
from httpx._client import USE_CLIENT_DEFAULT

TIMEOUT_KEYS = ("connect", "read", "write", "pool")
_BUILT = frozenset({"method", "url", "params", "headers", "json", "content", "data", "files", "extensions"})
_SENT = frozenset({"auth", "follow_redirects"})
_KNOWN = _BUILT | _SENT
_OVERRIDABLE = ("request", "build_request", "send", "_merge_url", "_merge_headers", "_merge_queryparams")
_MAX_URLS = 512

_plain_classes: dict[type, bool] = {}


def _plain(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether `client` builds requests as httpx's own classes do (no subclass changes a step)."""
    cls = type(client)
    plain = _plain_classes.get(cls)
    if plain is None:
        base: type = httpx.AsyncClient if isinstance(client, httpx.AsyncClient) else httpx.Client
        plain = all(getattr(cls, name, None) is getattr(base, name) for name in _OVERRIDABLE)
        _plain_classes[cls] = plain
    return plain


class RequestBuilder:
    """Builds the `httpx.Request` of a call as `client.build_request` would, remembering merged URLs."""

    __slots__ = ("_base", "_urls")

    def __init__(self) -> None:
        self._base: httpx.URL | None = None
        self._urls: dict[str, httpx.URL] = {}

    def url(self, client: httpx.Client | httpx.AsyncClient, url: str) -> httpx.URL:
        """`client._merge_url(url)`, remembered while the client's `base_url` stays the same object."""
        base = client.base_url
        if base is not self._base:
            self._base, self._urls = base, {}
        merged = self._urls.get(url)
        if merged is None:
            if len(self._urls) >= _MAX_URLS:  # paths with ids: keep the memory bounded
                self._urls = {}
            self._urls[url] = merged = client._merge_url(url)
        return merged

    def build(
        self, client: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any], timeout: float | None
    ) -> httpx.Request | None:
        """The request `client.request(**kwargs, timeout=timeout)` would send (`timeout`: seconds for
        each of connect/read/write/pool; None: the client's), or None when only `client.request` can
        build it (see the module's docstring)."""
        if not _plain(client) or not _KNOWN.issuperset(kwargs) or not isinstance(kwargs["url"], str):
            return None
        headers = kwargs.get("headers")
        if headers:
            merged_headers = httpx.Headers(client.headers)
            merged_headers.update(headers)
        else:
            merged_headers = client.headers  # `Request` copies it
        params = kwargs.get("params")
        if params or client.params:
            params = client._merge_queryparams(params)
        extensions = kwargs.get("extensions")
        extensions = {} if extensions is None else dict(extensions)
        if "timeout" not in extensions:
            if timeout is None:
                extensions["timeout"] = client.timeout.as_dict()
            else:
                extensions["timeout"] = dict.fromkeys(TIMEOUT_KEYS, timeout)
        request = httpx.Request(
            kwargs["method"],
            self.url(client, kwargs["url"]),
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            json=kwargs.get("json"),
            params=params,
            headers=merged_headers,
            cookies=client.cookies or None,
            extensions=extensions,
        )
        return request


def send_sync(
    builder: RequestBuilder, client: httpx.Client, kwargs: dict[str, Any], timeout: float | None
) -> httpx.Response:
    """`client.request(**kwargs, timeout=timeout)`, built by `builder`."""
    request = builder.build(client, kwargs, timeout)
    if request is None:
        return client.request(**_with_timeout(kwargs, timeout))
    return client.send(
        request,
        auth=kwargs.get("auth", USE_CLIENT_DEFAULT),
        follow_redirects=kwargs.get("follow_redirects", USE_CLIENT_DEFAULT),
    )


async def send_async(
    builder: RequestBuilder, client: httpx.AsyncClient, kwargs: dict[str, Any], timeout: float | None
) -> httpx.Response:
    """`await client.request(**kwargs, timeout=timeout)`, built by `builder`."""
    request = builder.build(client, kwargs, timeout)
    if request is None:
        return await client.request(**_with_timeout(kwargs, timeout))
    return await client.send(
        request,
        auth=kwargs.get("auth", USE_CLIENT_DEFAULT),
        follow_redirects=kwargs.get("follow_redirects", USE_CLIENT_DEFAULT),
    )


def _with_timeout(kwargs: dict[str, Any], timeout: float | None) -> dict[str, Any]:
    return kwargs if timeout is None else {**kwargs, "timeout": timeout}
