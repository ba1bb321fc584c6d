"""Authentication as an httpx.Auth flow, configured from the spec's `x-auth` metadata.

Why an auth flow: httpx lets an `Auth.auth_flow` yield a request, look at the response and yield
another. That is exactly what token renewal needs (issue or refresh a token, retry once after a
401) and it keeps auth out of the transport, so retries, mocks and `MockTransport` tests all see
the real requests.

The kinds of scheme the five vendors need:
- `static-bearer`: `Authorization: Bearer <credential>` (JumpStory admin secret);
- `query-api-key`: the credential as a query parameter (Storyly `token=`);
- `http-basic`: user/password from credentials, plus extra headers (Mediagraph personal access
  token as the password of an empty user, with an `OrganizationId` header);
- `issued-bearer`: a bearer token the API itself issues (JumpStory user JWT, Jilster login,
  Printiki login, Mediagraph OAuth access token), renewed before it expires and once after a
  401, by its refresh operation while that is possible and by issuing a new one otherwise.

Values in the configuration are templates: `$credential.<name>`, `$subject` (whom the client acts
for), `$token` and `$refresh_token` (the current tokens); anything else is literal.

Renewal is single-flight: however many requests find the token stale at once, one of them renews
it while the others wait (a `threading.Lock` for sync clients, an `asyncio.Lock` for async ones).
The renewal itself is one generator (`_renewal`) that both flows drive.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from .errors import ApiError, UnexpectedResponseError, error_for
from .redaction import Secret
from .routes import Requirement, RouteTable
from .schemes import ApiKey, HttpBasic, IssuedBearer, Scheme, StaticBearer, TokenCall

Clock = Callable[[], float]


class AuthConfigurationError(Exception):
    """The client was built without a credential an operation needs, or x-auth is malformed."""


class TokenRenewalError(ApiError):
    """A token can be neither refreshed nor issued; the message names the call, never a credential."""


# -- token state ----------------------------------------------------------------------------------


@dataclass
class _IssuedToken:
    value: Secret
    expires_at: float
    lifetime: float
    refresh_value: Secret | None = None
    refreshable_until: float | None = None


@dataclass
class _TokenSlot:
    """The current token of one issued scheme, and the locks that make its renewal single-flight."""

    token: _IssuedToken | None = None
    thread_lock: threading.Lock = field(default_factory=threading.Lock)
    _async_lock: asyncio.Lock | None = None
    _async_loop: asyncio.AbstractEventLoop | None = None

    def async_lock(self) -> asyncio.Lock:
        # An asyncio.Lock belongs to one event loop; tests and apps may run several loops in turn.
        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_loop is not loop:
            self._async_lock, self._async_loop = asyncio.Lock(), loop
        return self._async_lock


def _dig(body: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        body = body[part]
    return body


def _jwt_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT, read without verifying it (the server verifies; we only schedule)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"])
    except (IndexError, ValueError, KeyError, TypeError, binascii.Error):
        return None


# -- the auth flow --------------------------------------------------------------------------------


class VendorAuth(httpx.Auth):
    """Applies, per request, the security requirement the spec declares for that operation."""

    def __init__(
        self,
        *,
        schemes: Mapping[str, Scheme],
        routes: RouteTable,
        credentials: Mapping[str, str | None],
        subject: str | None = None,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
    ) -> None:
        self._schemes = dict(schemes)
        self._routes = routes
        self._credentials = {name: Secret(value) for name, value in credentials.items() if value}
        self._subject = subject
        self._clock = clock
        self._wall_clock = wall_clock
        self._slots = {name: _TokenSlot() for name, s in schemes.items() if isinstance(s, IssuedBearer)}
        for name, slot in self._slots.items():
            slot.token = self._initial_token(self._schemes[name])  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"VendorAuth(credentials={sorted(self._credentials)}, subject={self._subject!r})"

    # -- templates --------------------------------------------------------------------------------

    def _fill(self, template: str, token: _IssuedToken | None = None) -> str:
        if template == "$subject":
            if self._subject is None:
                raise AuthConfigurationError("this operation needs a subject (e.g. a user id) and none was given")
            return self._subject
        if template.startswith("$credential."):
            name = template.removeprefix("$credential.")
            if name not in self._credentials:
                raise AuthConfigurationError(f"missing credential {name!r}")
            return self._credentials[name].reveal()
        if template == "$token":
            return token.value.reveal() if token else ""
        if template == "$refresh_token":
            return token.refresh_value.reveal() if token and token.refresh_value else ""
        return template

    def _available(self, template: str) -> bool:
        if template == "$subject":
            return self._subject is not None
        if template.startswith("$credential."):
            return template.removeprefix("$credential.") in self._credentials
        return True

    # -- choosing what to apply -----------------------------------------------------------------

    def _requirement_for(self, request: httpx.Request) -> Requirement:
        route = self._routes.find(request.method, request.url.path)
        if route is None or not route.requirements:
            return ()
        for requirement in route.requirements:
            if all(self._can_satisfy(name) for name in requirement):
                return requirement
        wanted = " or ".join("+".join(r) or "none" for r in route.requirements)
        raise AuthConfigurationError(
            f"{request.method} {route.template} needs {wanted}; the client has "
            f"credentials {sorted(self._credentials)} and subject {self._subject!r}"
        )

    def _can_satisfy(self, scheme_name: str, depth: int = 0) -> bool:
        scheme = self._schemes.get(scheme_name)
        if isinstance(scheme, StaticBearer | ApiKey):
            return scheme.credential in self._credentials
        if isinstance(scheme, HttpBasic):
            return all(self._available(t) for t in (scheme.username, scheme.password, *scheme.headers.values()))
        if isinstance(scheme, IssuedBearer) and depth < 3:
            if self._slots[scheme_name].token is not None and scheme.issue is None:
                return True
            call = scheme.issue
            if call is None:
                return False
            templates = [t for t in call.templates() if t not in ("$token", "$refresh_token")]
            return all(self._available(t) for t in templates) and (
                call.auth is None or self._can_satisfy(call.auth, depth + 1)
            )
        return False

    def _apply_plain(self, request: httpx.Request, scheme_name: str) -> None:
        """Apply a scheme that needs no token from the API."""
        scheme = self._schemes[scheme_name]
        if isinstance(scheme, StaticBearer):
            request.headers["Authorization"] = f"Bearer {self._fill('$credential.' + scheme.credential)}"
            for header, template in scheme.headers.items():
                request.headers[header] = self._fill(template)
        elif isinstance(scheme, ApiKey):
            value = self._fill("$credential." + scheme.credential)
            if scheme.location == "query":
                request.url = _with_query_param(request.url, scheme.name, value)
            elif scheme.location == "header":
                request.headers[scheme.name] = value
            else:
                request.headers["Cookie"] = f"{scheme.name}={value}"
        elif isinstance(scheme, HttpBasic):
            pair = f"{self._fill(scheme.username)}:{self._fill(scheme.password)}".encode()
            request.headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
            for header, template in scheme.headers.items():
                request.headers[header] = self._fill(template)

    def _issued_in(self, requirement: Requirement) -> tuple[str, IssuedBearer] | None:
        for name in requirement:
            scheme = self._schemes[name]
            if isinstance(scheme, IssuedBearer):
                return name, scheme
        return None

    # -- issuing and refreshing -----------------------------------------------------------------

    def _initial_token(self, scheme: IssuedBearer) -> _IssuedToken | None:
        """A token the user passed in (e.g. an OAuth access token), treated as valid for now."""
        if not scheme.initial_token or not self._available(scheme.initial_token):
            return None
        value = self._fill(scheme.initial_token)
        refresh = (
            Secret(self._fill(scheme.initial_refresh_token))
            if scheme.initial_refresh_token and self._available(scheme.initial_refresh_token)
            else None
        )
        lifetime = scheme.lifetime_seconds
        expiry = _jwt_expiry(value) if scheme.answer.lifetime_from_jwt else None
        if expiry is not None:
            lifetime = expiry - self._wall_clock()
        return _IssuedToken(Secret(value), self._clock() + lifetime, max(lifetime, 0.0), refresh_value=refresh)

    def _is_fresh(self, token: _IssuedToken | None, scheme: IssuedBearer) -> bool:
        """Fresh until `renew-before-seconds` before expiry, but never renew in the first 3/4 of its life.

        The cap matters for short lifetimes (a mock issuing 2-second tokens): renewing 60 s early
        would mean a new token for every request.
        """
        if token is None:
            return False
        margin = min(scheme.renew_before_seconds, token.lifetime / 4)
        return self._clock() < token.expires_at - margin

    def _token_request(self, template: httpx.Request, call: TokenCall, token: _IssuedToken | None) -> httpx.Request:
        path = call.path
        for name, value in call.path_params.items():
            path = path.replace("{" + name + "}", quote(self._fill(value, token), safe=""))
        query = {name: self._fill(value, token) for name, value in call.query.items()}
        url = template.url.copy_with(path=self._routes.base_path + path, query=None)
        if query:
            url = url.copy_merge_params(query)
        headers = {"Accept": "application/json"}
        kwargs: dict[str, Any] = {}
        if call.body is not None:
            payload = {key: self._fill(value, token) for key, value in call.body.items()}
            kwargs["data" if call.body_format == "form" else "json"] = payload
        request = httpx.Request(
            call.method,
            url,
            headers=headers,
            extensions={"timeout": template.extensions.get("timeout", {})},
            **kwargs,
        )
        if call.bearer:
            request.headers["Authorization"] = f"Bearer {self._fill(call.bearer, token)}"
        elif call.auth:
            self._apply_plain(request, call.auth)
        return request

    def _accept(
        self, response: httpx.Response, scheme: IssuedBearer, call: TokenCall, previous: _IssuedToken | None
    ) -> _IssuedToken:
        if response.status_code >= 400:
            raise error_for(response)  # e.g. AuthenticationError when the admin key is wrong
        try:
            body = json.loads(response.content)
            value = str(_dig(body, scheme.answer.token_field))
        except (ValueError, KeyError, TypeError) as exc:
            raise UnexpectedResponseError(response, exc) from None
        now = self._clock()
        lifetime = scheme.lifetime_seconds
        answer = scheme.answer
        if answer.lifetime_field and isinstance(body.get(answer.lifetime_field), int | float):
            lifetime = float(body[answer.lifetime_field])
        elif answer.expires_at_field and body.get(answer.expires_at_field) is not None:
            with contextlib.suppress(TypeError, ValueError):
                lifetime = float(body[answer.expires_at_field]) - self._wall_clock()
        elif answer.lifetime_from_jwt and (expiry := _jwt_expiry(value)) is not None:
            lifetime = expiry - self._wall_clock()
        refresh: Secret | None = previous.refresh_value if previous else None
        if answer.refresh_token_field:
            with contextlib.suppress(KeyError, TypeError):
                refresh = Secret(str(_dig(body, answer.refresh_token_field)))
        refreshable_until = previous.refreshable_until if previous and call is scheme.refresh else None
        if refreshable_until is None and scheme.refreshable_seconds is not None:
            refreshable_until = now + scheme.refreshable_seconds
        return _IssuedToken(Secret(value), now + lifetime, max(lifetime, 0.0), refresh, refreshable_until)

    def _can_refresh(self, scheme: IssuedBearer, token: _IssuedToken | None) -> bool:
        if scheme.refresh is None or token is None:
            return False
        if token.refreshable_until is not None and self._clock() >= token.refreshable_until:
            return False
        return token.refresh_value is not None or scheme.renewal != "refresh-token"

    def _renewal(
        self, template: httpx.Request, scheme: IssuedBearer, current: _IssuedToken | None
    ) -> Generator[httpx.Request, httpx.Response, _IssuedToken]:
        """Refresh while possible, else issue anew; yields the token requests, returns the new token."""
        if self._can_refresh(scheme, current):
            assert scheme.refresh is not None
            response = yield self._token_request(template, scheme.refresh, current)
            if response.status_code < 400 or scheme.issue is None:
                return self._accept(response, scheme, scheme.refresh, current)
        if scheme.issue is None:
            raise TokenRenewalError("the token expired and can be neither refreshed nor issued anew")
        response = yield self._token_request(template, scheme.issue, current)
        return self._accept(response, scheme, scheme.issue, None)

    # -- the flows: the same decisions, sync and async ---------------------------------------------

    def _prepare(self, request: httpx.Request) -> tuple[str, IssuedBearer] | None:
        requirement = self._requirement_for(request)
        issued = self._issued_in(requirement)
        for name in requirement:
            if issued is None or name != issued[0]:
                self._apply_plain(request, name)
        return issued

    @staticmethod
    def _set_bearer(request: httpx.Request, token: _IssuedToken) -> None:
        request.headers["Authorization"] = f"Bearer {token.value.reveal()}"

    def _must_renew(self, after_401: bool, slot: _TokenSlot, used: _IssuedToken | None, scheme: IssuedBearer) -> bool:
        """Checked under the slot's lock, so only the first of many waiting requests renews.

        Before sending: renew unless the current token is fresh. After a 401: renew unless somebody
        else already replaced the token this request used.
        """
        return slot.token is used if after_401 else not self._is_fresh(slot.token, scheme)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        issued = self._prepare(request)
        if issued is None:
            yield request
            return
        name, scheme = issued
        slot = self._slots[name]
        used = slot.token
        for after_401 in (False, True):
            if after_401 or not self._is_fresh(used, scheme):
                with slot.thread_lock:
                    if self._must_renew(after_401, slot, used, scheme):
                        slot.token = yield from self._drive_sync(self._renewal(request, scheme, slot.token))
                    used = slot.token
            assert used is not None
            self._set_bearer(request, used)
            response = yield request
            if response.status_code != 401 or not scheme.renew_on_401:
                return

    @staticmethod
    def _drive_sync(
        renewal: Generator[httpx.Request, httpx.Response, _IssuedToken],
    ) -> Generator[httpx.Request, httpx.Response, _IssuedToken]:
        try:
            token_request = next(renewal)
            while True:
                response = yield token_request
                response.read()
                token_request = renewal.send(response)
        except StopIteration as done:
            token: _IssuedToken = done.value
            return token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        issued = self._prepare(request)
        if issued is None:
            yield request
            return
        name, scheme = issued
        slot = self._slots[name]
        used = slot.token
        for after_401 in (False, True):
            if after_401 or not self._is_fresh(used, scheme):
                async with slot.async_lock():
                    if self._must_renew(after_401, slot, used, scheme):
                        # An async generator cannot `yield from`: drive the renewal by hand.
                        renewal = self._renewal(request, scheme, slot.token)
                        try:
                            token_request = next(renewal)
                            while True:
                                token_response = yield token_request
                                await token_response.aread()
                                token_request = renewal.send(token_response)
                        except StopIteration as done:
                            slot.token = done.value
                    used = slot.token
            assert used is not None
            self._set_bearer(request, used)
            response = yield request
            if response.status_code != 401 or not scheme.renew_on_401:
                return


def _with_query_param(url: httpx.URL, name: str, value: str) -> httpx.URL:
    """`url` with `name=value` added to its query: what `copy_merge_params` gives, in one URL parse
    instead of three (a third of the auth flow's cost per call for query-key vendors, see
    `make bench`). A query that may already hold `name` takes the merging path."""
    query = url.query.decode("ascii")
    if name in query or url.fragment:
        return url.copy_merge_params({name: value})
    separator = "&" if query else "?"
    return httpx.URL(f"{url}{separator}{urlencode({name: value})}")
