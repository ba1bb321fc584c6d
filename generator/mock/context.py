"""What a vendor handler sees: the validated request, who sent it, and the mock's services."""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Final, Generic, TypeVar
from urllib.parse import quote

from starlette.datastructures import Headers, QueryParams
from starlette.requests import Request, cookie_parser, empty_receive, empty_send
from starlette.types import Receive, Scope, Send

from generator.mock.auth import Principal, TokenService
from generator.mock.body import UploadedFile
from generator.mock.errors import unauthenticated
from generator.mock.options import Clock
from generator.mock.store import Store
from generator.mock.urls import UrlSigner
from generator.model import Operation

S = TypeVar("S")
_HOST: Final = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?"
)


def raw_request_path(scope: Mapping[str, Any]) -> str:
    """The request path as sent (percent-encoded), without the query string.

    Servers differ: uvicorn's `raw_path` is the path alone, httpx's ASGI transport appends the query.
    Kept in the scope once found (control, routing and the journal each ask).
    """
    found = scope.get(_RAW_PATH)
    if found is not None:
        return str(found)
    raw = scope.get("raw_path")
    if isinstance(raw, bytes) and raw:
        path = raw.decode("latin-1").split("?", 1)[0]
    else:
        path = quote(str(scope.get("path", "/")))
    if isinstance(scope, dict):
        scope[_RAW_PATH] = path
    return path


_RAW_PATH: Final = "vendorkit.raw_path"
_NO_QUERY: Final = QueryParams("")


class IndexedHeaders(Headers):
    """Starlette's immutable request headers, looked up in a dict made on first use (a lookup
    scanned every header and encoded the name each time; the mock looks up several per request)."""

    _index: dict[str, str] | None = None

    @classmethod
    def of_scope(cls, scope: MutableMapping[str, Any]) -> IndexedHeaders:
        """`IndexedHeaders(scope=scope)` without the general constructor's argument checks."""
        headers = cls.__new__(cls)
        headers._list = scope["headers"] = list(scope["headers"])
        return headers

    def _indexed(self) -> dict[str, str]:
        index = self._index
        if index is None:
            # Read last to first, so a repeated header keeps its first value (as `Headers.get`).
            index = self._index = {
                key.decode("latin-1"): value.decode("latin-1") for key, value in reversed(self._list)
            }
        return index

    def get(self, key: str, default: Any = None) -> Any:
        return self._indexed().get(key.lower(), default)

    def __getitem__(self, key: str) -> str:
        return self._indexed()[key.lower()]

    def __contains__(self, key: Any) -> bool:
        return isinstance(key, str) and key.lower() in self._indexed()


class MockRequest(Request):
    """Starlette's request, without parsing an empty query string (most requests have none), with
    headers indexed for lookups. Headers and cookies are made on first use and kept in attributes
    that default to None on the class (Starlette asks `hasattr`, which fails, raising, on the first
    read of each request)."""

    _indexed_headers: IndexedHeaders | None = None
    _parsed_cookies: dict[str, str] | None = None

    def __init__(self, scope: Scope, receive: Receive = empty_receive, send: Send = empty_send) -> None:
        # Starlette's own two constructors, in one (one is made per request); a test holds the
        # attributes the same as `Request`'s.
        if scope["type"] != "http":
            raise ValueError(f"MockRequest needs an http scope, not {scope['type']!r}")
        self.scope = scope
        self._receive = receive
        self._send = send
        self._stream_consumed = False
        self._is_disconnected = False
        self._form = None

    @property
    def headers(self) -> Headers:
        headers = self._indexed_headers
        if headers is None:
            headers = self._indexed_headers = IndexedHeaders.of_scope(self.scope)
        return headers

    @property
    def cookies(self) -> dict[str, str]:
        cookies = self._parsed_cookies
        if cookies is None:
            header = self.headers.get("cookie")
            cookies = self._parsed_cookies = cookie_parser(header) if header else {}
        return cookies

    @property
    def query_params(self) -> QueryParams:
        raw = self.scope.get("query_string")
        if not raw:
            return _NO_QUERY
        # Clients send the same query again and again (an API key in it, the same filters):
        # parsed once, the immutable result shared.
        parsed = _QUERIES.get(raw)
        if parsed is None:
            parsed = QueryParams(raw)
            if len(_QUERIES) >= _QUERIES_KEPT:
                _QUERIES.clear()
            _QUERIES[raw] = parsed
        return parsed


_QUERIES: dict[bytes, QueryParams] = {}
_QUERIES_KEPT: Final = 256


@dataclass(frozen=True)
class Services(Generic[S]):
    """Per-app services shared by every request: vendor state, the records of the declared resources,
    token service, clock, link signing."""

    state: S
    store: Store
    tokens: TokenService
    clock: Clock
    links: UrlSigner
    models: ModuleType | None
    public_base_url: str | None

    def base_url(self, request: Request) -> str:
        """Where clients reach this mock: the configured public URL, else the scheme and Host the
        request came to (a Host header that is no valid host falls back to the listening address)."""
        if self.public_base_url:
            return self.public_base_url.rstrip("/")
        scheme = "https" if request.scope.get("scheme") in ("https", "wss") else "http"
        host = request.headers.get("host", "")
        if not _HOST.fullmatch(host):
            server = request.scope.get("server") or ("localhost", None)
            host = f"{server[0]}:{server[1]}" if server[1] else str(server[0])
            host = host if _HOST.fullmatch(host) else "localhost"
        return f"{scheme}://{host}"


class _ServiceAccess(Generic[S]):
    """What every context offers from the app's services (the state, the store, signed links, the
    clock); the contexts below are dataclasses holding `services`."""

    services: Services[S]

    @property
    def state(self) -> S:
        return self.services.state

    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def links(self) -> UrlSigner:
        return self.services.links

    def now(self) -> float:
        return self.services.clock()


@dataclass(frozen=True, init=False)
class RequestContext(_ServiceAccess[S]):
    """A request to a spec operation after routing, authentication, throttling and validation.

    `path`, `query`, `headers` hold typed values per schema; `body` is the JSON document or the
    form fields (files as `UploadedFile`); `decoded` holds the decoded value of every
    `x-json-encoded` field (the wire string stays in `body`).
    """

    operation: Operation
    request: Request
    services: Services[S]
    principal: Principal | None
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    files: dict[str, UploadedFile]
    decoded: dict[str, Any]

    def __init__(
        self,
        operation: Operation,
        request: Request,
        services: Services[S],
        principal: Principal | None,
        path: dict[str, Any],
        query: dict[str, Any],
        headers: dict[str, Any],
        body: Any,
        files: dict[str, UploadedFile],
        decoded: dict[str, Any],
    ) -> None:
        # One is made per request: the fields are written in one go rather than one
        # `object.__setattr__` each, as a frozen dataclass's own __init__ does (about a fifth of
        # its cost); the instance stays frozen to handlers.
        object.__setattr__(
            self,
            "__dict__",
            {
                "operation": operation,
                "request": request,
                "services": services,
                "principal": principal,
                "path": path,
                "query": query,
                "headers": headers,
                "body": body,
                "files": files,
                "decoded": decoded,
            },
        )

    @property
    def tokens(self) -> TokenService:
        return self.services.tokens

    @property
    def models(self) -> ModuleType | None:
        return self.services.models

    @property
    def base_url(self) -> str:
        return self.services.base_url(self.request)

    @property
    def subject(self) -> str:
        """The subject (user) of the issued token that authenticated this request; 401 if none."""
        if self.principal is None or self.principal.subject is None:
            raise unauthenticated()
        return self.principal.subject

    def json_body(self) -> dict[str, Any]:
        """The body as an object (`{}` when none was sent)."""
        return self.body if isinstance(self.body, dict) else {}


@dataclass(frozen=True)
class HelperContext(_ServiceAccess[S]):
    """A request to an undocumented helper route of a vendor (e.g. serving uploaded bytes)."""

    request: Request
    services: Services[S]
    path: dict[str, str]

    def signature_valid(self) -> bool:
        """Whether the request URL carries a valid, unexpired signature (see `UrlSigner`)."""
        raw_path = raw_request_path(self.request.scope)
        query = self.request.query_params
        return self.links.verify(raw_path, query.get("expires"), query.get("signature"))
