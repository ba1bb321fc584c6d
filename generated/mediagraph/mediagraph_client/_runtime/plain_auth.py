"""The kinds of auth that need nothing from the API: the credential goes on the request as it is.

One small `httpx.Auth` per kind, like httpx's `BasicAuth`: each can authenticate an
`httpx.Client` on its own (`auth=ApiKeyAuth(...)`), and `VendorAuth` calls their `apply` for the
schemes an operation's security requirement combines.
"""

from __future__ import annotations

import base64
from collections.abc import Generator, Mapping
from urllib.parse import urlencode

import httpx

from .credentials import Credentials
from .schemes import CREDENTIAL_PREFIX, ApiKey, HttpBasic, StaticBearer


class PlainAuth(httpx.Auth):
    """Base of the plain kinds: `apply` puts the credential on the request.

    The credentials a client holds do not change in its life, so the headers they make are worked
    out once, on the first request that needs them (`_headers`), not on every request."""

    _made: tuple[tuple[str, str], ...] | None = None

    def _headers(self) -> tuple[tuple[str, str], ...]:
        made = self._made
        if made is None:
            self._made = made = tuple(self._make_headers())
        return made

    def _make_headers(self) -> list[tuple[str, str]]:
        return []

    def satisfiable(self) -> bool:
        """Whether the client holds everything this scheme sends."""
        raise NotImplementedError

    def apply(self, request: httpx.Request) -> None:
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request


def _filled(templates: Mapping[str, str], credentials: Credentials) -> list[tuple[str, str]]:
    return [(header, credentials.fill(template)) for header, template in templates.items()]


class StaticBearerAuth(PlainAuth):
    """`Authorization: Bearer <credential>` (+ extra headers) with a key the user holds."""

    def __init__(self, scheme: StaticBearer, credentials: Credentials) -> None:
        self.scheme = scheme
        self._credentials = credentials

    def satisfiable(self) -> bool:
        return self._credentials.has_all((CREDENTIAL_PREFIX + self.scheme.credential, *self.scheme.headers.values()))

    def _make_headers(self) -> list[tuple[str, str]]:
        token = self._credentials.fill(CREDENTIAL_PREFIX + self.scheme.credential)
        return [("Authorization", f"Bearer {token}"), *_filled(self.scheme.headers, self._credentials)]

    def apply(self, request: httpx.Request) -> None:
        headers = request.headers
        for name, value in self._headers():
            headers[name] = value


class ApiKeyAuth(PlainAuth):
    """A key the user holds, as a query parameter, a header or a cookie."""

    def __init__(self, scheme: ApiKey, credentials: Credentials) -> None:
        self.scheme = scheme
        self._credentials = credentials

    def satisfiable(self) -> bool:
        return self._credentials.has(CREDENTIAL_PREFIX + self.scheme.credential)

    def apply(self, request: httpx.Request) -> None:
        value = self._credentials.fill(CREDENTIAL_PREFIX + self.scheme.credential)
        name = self.scheme.name
        if self.scheme.location == "query":
            request.url = with_query_param(request.url, name, value)
        elif self.scheme.location == "header":
            request.headers[name] = value
        else:
            cookie = request.headers.get("Cookie")
            request.headers["Cookie"] = f"{cookie}; {name}={value}" if cookie else f"{name}={value}"


class HttpBasicAuth(PlainAuth):
    """HTTP basic auth from templates, plus extra headers (e.g. Mediagraph's `OrganizationId`)."""

    def __init__(self, scheme: HttpBasic, credentials: Credentials) -> None:
        self.scheme = scheme
        self._credentials = credentials

    def satisfiable(self) -> bool:
        scheme = self.scheme
        return self._credentials.has_all((scheme.username, scheme.password, *scheme.headers.values()))

    def _make_headers(self) -> list[tuple[str, str]]:
        fill = self._credentials.fill
        authorization = basic_authorization(fill(self.scheme.username), fill(self.scheme.password))
        return [("Authorization", authorization), *_filled(self.scheme.headers, self._credentials)]

    def apply(self, request: httpx.Request) -> None:
        headers = request.headers
        for name, value in self._headers():
            headers[name] = value


def basic_authorization(username: str, password: str) -> str:
    """The `Authorization` value of HTTP basic auth (RFC 7617)."""
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


def with_query_param(url: httpx.URL, name: str, value: str) -> httpx.URL:
    """`url` with `name=value` added to its query: what `copy_merge_params` gives, in one URL parse
    instead of three (a third of the auth flow's cost per call for query-key vendors, see
    `make bench`). A query that may already hold `name` takes the merging path."""
    query = url.query.decode("ascii")
    if name in query or url.fragment:
        return url.copy_merge_params({name: value})
    separator = "&" if query else "?"
    return httpx.URL(f"{url}{separator}{urlencode({name: value})}")
