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

Clock = Callable[[], float]


class AuthConfigurationError(Exception):
    """The client was built without a credential an operation needs, or x-auth is malformed."""


class TokenRenewalError(ApiError):
    """A token can be neither refreshed nor issued; the message names the call, never a credential."""


# -- scheme configuration -----------------------------------------------------------------------


@dataclass(frozen=True)
class StaticBearer:
    """`Authorization: Bearer <credential>` with a key the user holds."""

    credential: str
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class QueryApiKey:
    """The credential sent as a query parameter (`?token=...`); logs and errors redact it."""

    credential: str
    param: str


@dataclass(frozen=True)
class HttpBasic:
    """HTTP basic auth from templates, plus extra headers (e.g. an organization id)."""

    username: str
    password: str
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TokenCall:
    """An operation that issues or refreshes a token, and how to call it."""

    method: str
    path: str
    auth: str | None = None
    path_params: Mapping[str, str] = field(default_factory=dict)
    body: Mapping[str, str] | None = None
    body_format: str = "json"
    bearer: str | None = None


@dataclass(frozen=True)
class IssuedBearer:
    """A bearer token obtained from the API and renewed before it expires (see module docstring)."""

    issue: TokenCall | None
    refresh: TokenCall | None
    token_field: str
    refresh_token_field: str | None = None
    lifetime_field: str | None = None
    expires_at_field: str | None = None
    lifetime_from_jwt: bool = False
    lifetime_seconds: float = 300.0
    refreshable_seconds: float | None = None
    renew_before_seconds: float = 30.0
    renew_on_401: bool = True
    initial_token: str | None = None
    initial_refresh_token: str | None = None
    needs_subject: bool = False


Scheme = StaticBearer | QueryApiKey | HttpBasic | IssuedBearer


def _call_from_config(config: Mapping[str, Any]) -> TokenCall:
    return TokenCall(
        method=str(config["method"]).upper(),
        path=str(config["path"]),
        auth=config.get("auth"),
        path_params=dict(config.get("path-params") or {}),
        body=dict(config["body"]) if config.get("body") is not None else None,
        body_format=str(config.get("body-format", "json")),
        bearer=config.get("bearer"),
    )


def _issued_from_config(config: Mapping[str, Any]) -> IssuedBearer:
    issue = config.get("issue")
    if issue is None and isinstance(config.get("issued-by"), Mapping):
        # Shorthand: `issued-by` (resolved to method/path), `issue-auth`, `subject-param`.
        issue = {
            **config["issued-by"],
            "auth": config.get("issue-auth"),
            "path-params": {config["subject-param"]: "$subject"} if config.get("subject-param") else {},
        }
    issue_call = _call_from_config(issue) if issue else None
    refresh_call = _call_from_config(config["refresh"]) if config.get("refresh") else None
    templates = [
        *(issue_call.path_params.values() if issue_call else ()),
        *((issue_call.body or {}).values() if issue_call else ()),
    ]
    return IssuedBearer(
        issue=issue_call,
        refresh=refresh_call,
        token_field=str(config.get("token-field", "token")),
        refresh_token_field=config.get("refresh-token-field"),
        lifetime_field=config.get("lifetime-field"),
        expires_at_field=config.get("expires-at-field"),
        lifetime_from_jwt=bool(config.get("lifetime-from-jwt", False)),
        lifetime_seconds=float(config.get("lifetime-seconds", 300)),
        refreshable_seconds=float(config["refreshable-seconds"]) if config.get("refreshable-seconds") else None,
        renew_before_seconds=float(config.get("renew-before-seconds", 30)),
        renew_on_401=bool(config.get("renew-on-401", True)),
        initial_token=config.get("initial-token"),
        initial_refresh_token=config.get("initial-refresh-token"),
        needs_subject="$subject" in templates,
    )


def scheme_from_config(config: Mapping[str, Any]) -> Scheme:
    """Build a scheme from an `x-auth.schemes.<name>` entry as rendered into `_vendor.py`."""
    kind = config.get("kind")
    if kind == "static-bearer":
        return StaticBearer(credential=config["credential"], headers=dict(config.get("headers") or {}))
    if kind == "query-api-key":
        return QueryApiKey(credential=config["credential"], param=config["param"])
    if kind == "http-basic":
        return HttpBasic(
            username=str(config.get("username", "")),
            password=str(config["password"]),
            headers=dict(config.get("headers") or {}),
        )
    if kind == "issued-bearer":
        return _issued_from_config(config)
    raise AuthConfigurationError(f"unsupported auth scheme kind {kind!r}")


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

    requires_response_body = True

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
        if isinstance(scheme, StaticBearer | QueryApiKey):
            return scheme.credential in self._credentials
        if isinstance(scheme, HttpBasic):
            return all(self._available(t) for t in (scheme.username, scheme.password, *scheme.headers.values()))
        if isinstance(scheme, IssuedBearer) and depth < 3:
            if self._slots[scheme_name].token is not None and scheme.issue is None:
                return True
            call = scheme.issue
            if call is None:
                return False
            templates = [*call.path_params.values(), *(call.body or {}).values()]
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
        elif isinstance(scheme, QueryApiKey):
            request.url = _with_query_param(request.url, scheme.param, self._fill("$credential." + scheme.credential))
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
        expiry = _jwt_expiry(value) if scheme.lifetime_from_jwt else None
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
        url = template.url.copy_with(path=self._routes.base_path + path, query=None)
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
            value = str(_dig(body, scheme.token_field))
        except (ValueError, KeyError, TypeError) as exc:
            raise UnexpectedResponseError(response, exc) from None
        now = self._clock()
        lifetime = scheme.lifetime_seconds
        if scheme.lifetime_field and isinstance(body.get(scheme.lifetime_field), int | float):
            lifetime = float(body[scheme.lifetime_field])
        elif scheme.expires_at_field and body.get(scheme.expires_at_field) is not None:
            with contextlib.suppress(TypeError, ValueError):
                lifetime = float(body[scheme.expires_at_field]) - self._wall_clock()
        elif scheme.lifetime_from_jwt and (expiry := _jwt_expiry(value)) is not None:
            lifetime = expiry - self._wall_clock()
        refresh: Secret | None = previous.refresh_value if previous else None
        if scheme.refresh_token_field:
            with contextlib.suppress(KeyError, TypeError):
                refresh = Secret(str(_dig(body, scheme.refresh_token_field)))
        refreshable_until = previous.refreshable_until if previous and call is scheme.refresh else None
        if refreshable_until is None and scheme.refreshable_seconds is not None:
            refreshable_until = now + scheme.refreshable_seconds
        return _IssuedToken(Secret(value), now + lifetime, max(lifetime, 0.0), refresh, refreshable_until)

    def _can_refresh(self, scheme: IssuedBearer, token: _IssuedToken | None) -> bool:
        if scheme.refresh is None or token is None:
            return False
        if token.refreshable_until is not None and self._clock() >= token.refreshable_until:
            return False
        uses_refresh_token = "$refresh_token" in (
            scheme.refresh.bearer,
            *(scheme.refresh.body or {}).values(),
        )
        return token.refresh_value is not None or not uses_refresh_token

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
