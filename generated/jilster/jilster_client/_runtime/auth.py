"""A vendor's auth: per request, the security requirement of its operation, applied.

The generated endpoint functions build plain httpx requests; `VendorAuth` recognises the
operation from the request line (`routes.py`), picks the first of its security requirements
(OpenAPI: alternatives, each a set of schemes applied together) that the client can satisfy,
and applies each scheme of it through that scheme's own `httpx.Auth`:

- `StaticBearer`, `ApiKey`, `HttpBasic` (`plain_auth.py`): the credential goes on as it is;
- `IssuedBearer` (`issued_auth.py`) and `OAuth2AuthorizationCode` (`oauth2.py`): a token the
  API hands out, renewed before it expires and once after a 401, single-flight
  (`token_auth.py`); at most one of them per requirement (both send `Authorization`).

A request whose operation needs credentials the client does not hold raises
`AuthConfigurationError` before anything is sent: it never goes out bare. So does a facade call
(marked by the send loop, `deadline.CALL`) whose path matches no operation: its credentials could
not be chosen. A request the route table does not know that the user built
(`client.get_httpx_client()`) is sent as it is.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Mapping
from contextlib import aclosing
from typing import TYPE_CHECKING

import httpx

from .clock import SYSTEM_CLOCK, Clock
from .credentials import AuthConfigurationError, Credentials
from .deadline import CALL, bounded
from .flows import Flow, FlowAuth, drive_async, drive_sync
from .issued_auth import IssuedBearerAuth
from .plain_auth import ApiKeyAuth, HttpBasicAuth, PlainAuth, StaticBearerAuth
from .routes import Requirement, RouteTable
from .schemes import ApiKey, HttpBasic, IssuedBearer, OAuth2AuthorizationCode, Scheme, StaticBearer
from .token_auth import HeldToken, TokenKeeper, TokenRenewalError

if TYPE_CHECKING:  # imported when a vendor has such a scheme: most do not, and import time counts
    from .oauth2 import OAuth2Auth

__all__ = ("AuthConfigurationError", "TokenRenewalError", "VendorAuth")

SchemeAuth = PlainAuth | TokenKeeper


class VendorAuth(FlowAuth):
    """Applies, per request, the security requirement the spec declares for that operation."""

    def __init__(
        self,
        *,
        schemes: Mapping[str, Scheme],
        routes: RouteTable,
        credentials: Mapping[str, str | None],
        subject: str | None = None,
        clock: Clock = SYSTEM_CLOCK,
        base_url: str = "",
    ) -> None:
        self._routes = routes
        self._credentials = Credentials(credentials, subject)
        plain: dict[str, PlainAuth] = {}
        for name, scheme in schemes.items():
            if isinstance(scheme, StaticBearer):
                plain[name] = StaticBearerAuth(scheme, self._credentials)
            elif isinstance(scheme, ApiKey):
                plain[name] = ApiKeyAuth(scheme, self._credentials)
            elif isinstance(scheme, HttpBasic):
                plain[name] = HttpBasicAuth(scheme, self._credentials)
        self._auths: dict[str, SchemeAuth] = dict(plain)
        self._splits: dict[Requirement, tuple[TokenKeeper | None, tuple[PlainAuth, ...]]] = {}
        self._plain_ok: dict[Requirement, bool] = {}
        for name, scheme in schemes.items():
            if isinstance(scheme, IssuedBearer):
                self._auths[name] = IssuedBearerAuth(
                    scheme, self._credentials, call_auth=plain, base_path=routes.base_path, clock=clock
                )
            elif isinstance(scheme, OAuth2AuthorizationCode):
                from .oauth2 import OAuth2Auth

                self._auths[name] = OAuth2Auth(scheme, self._credentials, base_url=base_url, clock=clock)

    def __repr__(self) -> str:
        return f"VendorAuth(credentials={self._credentials.names}, subject={self._credentials.subject!r})"

    def scheme_auth(self, name: str) -> SchemeAuth:
        """The `httpx.Auth` of one scheme (e.g. the OAuth2 one, for `client.oauth`)."""
        return self._auths[name]

    def oauth2(self, name: str) -> OAuth2Auth:
        from .oauth2 import OAuth2Auth

        auth = self._auths[name]
        if not isinstance(auth, OAuth2Auth):
            raise TypeError(f"{name!r} is not an OAuth 2.0 scheme")
        return auth

    def reauthenticate(self) -> None:
        """Forget every issued token, so the next call logs in again (a new session)."""
        for auth in self._auths.values():
            if isinstance(auth, IssuedBearerAuth):
                auth.reauthenticate()

    def requirement_for(self, request: httpx.Request) -> Requirement:
        """The first requirement of the request's operation the client can satisfy, in the spec's
        order (an empty one, "no auth", always can); `()` for an operation without security."""
        # The path as sent, still percent-encoded: an id holding "/" (`x%2Fy`) is one segment on the
        # wire, while the decoded path would have an extra one and match no route (and so get no
        # credential).
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        route = self._routes.find(request.method, raw_path)
        if route is None and request.extensions.get(CALL):
            raise AuthConfigurationError(
                f"{request.method} {request.url.path} is sent for an operation of the spec but matches none "
                "of its paths: not sent, as its credentials cannot be chosen"
            )
        if route is None or not route.requirements:
            return ()
        for requirement in route.requirements:
            if self._satisfiable(requirement):
                return requirement
        wanted = " or ".join("+".join(requirement) or "none" for requirement in route.requirements)
        raise AuthConfigurationError(
            f"{request.method} {route.template} needs {wanted}; the client has credentials "
            f"{self._credentials.names} and subject {self._credentials.subject!r}"
        )

    def flow(self, request: httpx.Request) -> Flow[None]:
        keeper, plain = self._split(self.requirement_for(request))
        for auth in plain:
            auth.apply(request)
        if keeper is None:
            yield request
        else:
            yield from keeper.flow(request)

    def _satisfiable(self, requirement: Requirement) -> bool:
        """Whether the client can apply every scheme of `requirement`. Plain schemes depend only on
        the credentials, fixed for the client's life: their answer is remembered (every call asks);
        a token keeper's depends on the token it holds, and is asked each time."""
        plain_ok = self._plain_ok.get(requirement)
        keeper, plain = self._split(requirement)
        if plain_ok is None:
            self._plain_ok[requirement] = plain_ok = all(auth.satisfiable() for auth in plain)
        return plain_ok and (keeper is None or keeper.satisfiable())

    def _split(self, requirement: Requirement) -> tuple[TokenKeeper | None, tuple[PlainAuth, ...]]:
        """The requirement's token keeper (if any) and its plain schemes, remembered per requirement
        (a spec has few; every call asks)."""
        try:
            return self._splits[requirement]
        except KeyError:
            pass
        keeper: TokenKeeper | None = None
        plain: list[PlainAuth] = []
        for name in requirement:
            auth = self._auths[name]
            if isinstance(auth, TokenKeeper):
                keeper = auth
            else:
                plain.append(auth)
        self._splits[requirement] = split = (keeper, tuple(plain))
        return split

    # The two drivers below are `flow` run by `FlowAuth`'s, with a fast path for what nearly every
    # call is: plain credentials and/or a fresh token, put on the request and sent, with no flow
    # (and no generator per layer) unless a renewal is due or the API answers 401. Every other case
    # runs `flow` itself, so both paths do the same thing.

    def _fast(self, request: httpx.Request) -> tuple[TokenKeeper | None, HeldToken | None] | None:
        """(keeper, token used) once the request is authorized without a flow; None: run `flow`."""
        keeper, plain = self._split(self.requirement_for(request))
        used = None
        if keeper is not None and (used := keeper.ready()) is None:
            return None
        for auth in plain:
            auth.apply(request)
        if keeper is not None:
            keeper.authorize(request, used)
        return keeper, used

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        fast = self._fast(request)
        if fast is None:
            yield from drive_sync(self.flow(request), request)
            return
        keeper, used = fast
        response = yield bounded(request, request)
        if keeper is not None and keeper.rejected(used, response):
            yield from drive_sync(keeper.after_rejection(request, used, response), request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        fast = self._fast(request)
        if fast is None:
            flow = drive_async(self.flow(request), request)
        else:
            keeper, used = fast
            response = yield bounded(request, request)
            if keeper is None or not keeper.rejected(used, response):
                return
            flow = drive_async(keeper.after_rejection(request, used, response), request)
        async with aclosing(flow):  # async generators have no `yield from`: pass requests and answers on
            try:
                step = await flow.__anext__()
                while True:
                    step = await flow.asend((yield step))
            except StopAsyncIteration:
                return
