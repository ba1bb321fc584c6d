"""Bearer tokens the API hands out, kept fresh: the renewal every such kind shares.

`IssuedBearerAuth` (a token from one of the API's operations) and `OAuth2Auth` (an OAuth access
token) differ only in how they get a new token; both are a `TokenKeeper`, which decides *when*:
before sending when the token is stale, and once more after a 401. Renewal is single-flight:
however many requests (threads of a sync client, tasks of an async one) find the token stale at
once, the first takes the keeper's gate and renews; the others wait at the gate and then find
the token fresh, so they renew nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Callable
from typing import Any

import httpx

from .clock import SYSTEM_CLOCK, Clock
from .credentials import AuthConfigurationError
from .errors import APIError, UnexpectedResponseError, error_for
from .flows import Flow, FlowAuth, Gate, ReadBody
from .record import Record
from .redaction import Secret
from .schemes import TokenAnswer


class TokenRenewalError(APIError):
    """A token can be neither refreshed nor issued; the message names the call, never a credential."""


class RefreshWindowExpiredError(TokenRenewalError):
    """The session's refresh window is over (`after-refresh-window: error`): the token can no longer
    be refreshed, and the vendor wants a new login to be the user's decision, not a silent one.
    `reauthenticate()` on the client's auth (or a new client) starts a new session."""


class HeldToken(Record):
    """A token held now. `value` None: only a refresh token is held (renew before the first use).

    `expires_at`: when it expires, on the clock's `monotonic` time; `refreshable_until`: until when
    (monotonic) the refresh call accepts it (a login's refresh window), if limited."""

    __slots__ = ("expires_at", "lifetime", "refresh", "refreshable_until", "value")

    def __init__(
        self,
        value: Secret | None,
        expires_at: float,
        lifetime: float,
        refresh: Secret | None = None,
        refreshable_until: float | None = None,
    ) -> None:
        self.value = value
        self.expires_at = expires_at
        self.lifetime = lifetime
        self.refresh = refresh
        self.refreshable_until = refreshable_until


class TokenKeeper(FlowAuth):
    """Sends `Authorization: Bearer <token>`, renewing the token before it expires and after a 401.

    Subclasses say how to renew (`renewal`, a flow that yields the token requests and returns the
    new token) and whether they can (`can_renew`).
    """

    def __init__(
        self,
        *,
        clock: Clock = SYSTEM_CLOCK,
        renew_before_seconds: float,
        renew_on_401: bool,
        token: HeldToken | None = None,
    ) -> None:
        self.clock = clock
        self.token = token
        self.gate = Gate()
        self._renew_before = renew_before_seconds
        self._renew_on_401 = renew_on_401

    def can_renew(self, current: HeldToken | None) -> bool:
        raise NotImplementedError

    def renewal(self, request: httpx.Request, current: HeldToken | None) -> Flow[HeldToken]:
        """Yields the token requests (and `ReadBody` steps) and returns the new token; `request` is
        the API request that needs it (its URL and timeout are the token calls' defaults)."""
        raise NotImplementedError

    def satisfiable(self) -> bool:
        """Whether the keeper holds a token or can get one."""
        return (self.token is not None and self.token.value is not None) or self.can_renew(self.token)

    def fresh(self, token: HeldToken | None) -> bool:
        """Fresh until `renew_before_seconds` before expiry, but never renewed in the first 3/4 of its
        life: a server issuing 2-second tokens would otherwise get a renewal before every request."""
        if token is None or token.value is None:
            return False
        margin = min(self._renew_before, token.lifetime / 4)
        return self.clock.monotonic() < token.expires_at - margin

    def flow(self, request: httpx.Request) -> Flow[None]:
        used = self.token
        if not self.fresh(used):
            used = yield from self._renewed(request, unless=lambda: self.fresh(self.token))
        response = yield _authorized(request, used)
        if self.rejected(used, response):
            yield from self.after_rejection(request, used, response)

    def ready(self) -> HeldToken | None:
        """The token to send now when it needs no renewal first, else None.

        The fast path of `VendorAuth`: a call whose token is fresh runs no flow of this keeper
        (it puts the token on with `authorize`) unless the API rejects it (`rejected`, then
        `after_rejection`)."""
        used = self.token
        return used if self.fresh(used) else None

    @staticmethod
    def authorize(request: httpx.Request, token: HeldToken | None) -> httpx.Request:
        """`request` with `Authorization: Bearer <token>`."""
        return _authorized(request, token)

    def rejected(self, used: HeldToken | None, response: httpx.Response) -> bool:
        """Whether `response` is a 401 to the token `used` that calls for one renewal and a resend."""
        return response.status_code == 401 and self._renew_on_401 and self.can_renew(used)

    def after_rejection(self, request: httpx.Request, used: HeldToken | None, response: httpx.Response) -> Flow[None]:
        """After a 401 to the token `used`: renew it (unless another request already did) and resend once."""
        yield ReadBody(response)  # frees the connection before the token call
        rejected = used
        used = yield from self._renewed(request, unless=lambda: self.token is not rejected)
        yield _authorized(request, used)

    def _renewed(self, request: httpx.Request, unless: Callable[[], bool]) -> Flow[HeldToken | None]:
        """The token after renewing it under the gate, unless `unless()` says another request already did."""
        release = yield self.gate.hold()
        try:
            if not unless() and self.can_renew(self.token):
                self.token = yield from self.renewal(request, self.token)
            return self.token
        finally:
            release()

    def replace(self, token: HeldToken | None) -> Flow[None]:
        """Set the token under the gate (a code exchange or a revocation, outside a request)."""
        release = yield self.gate.hold()
        try:
            self.token = token
        finally:
            release()


def _authorized(request: httpx.Request, token: HeldToken | None) -> httpx.Request:
    if token is None or token.value is None:
        raise AuthConfigurationError(
            f"{request.method} {request.url.path} needs a token that the client neither holds nor can get"
        )
    request.headers["Authorization"] = f"Bearer {token.value.reveal()}"
    return request


# -- reading token answers ------------------------------------------------------------------------


class TokenFacts(Record):
    """What a token answer says: the token, how long it lives (seconds from now), a refresh token."""

    __slots__ = ("lifetime", "refresh", "value")

    def __init__(self, value: Secret, lifetime: float | None, refresh: Secret | None) -> None:
        self.value = value
        self.lifetime = lifetime
        self.refresh = refresh


def read_token_answer(response: httpx.Response, answer: TokenAnswer, clock: Clock) -> TokenFacts:
    """The facts of a token call's answer (its body already read); an error status raises the
    typed error of that answer, a body without the token raises `UnexpectedResponseError`."""
    if response.status_code >= 400:
        raise error_for(response, clock.time())  # e.g. AuthenticationError when the admin key is wrong
    try:
        body = json.loads(response.content)
        value = dig(body, answer.token_field)
        if not isinstance(value, str) or not value:
            raise TypeError(f"{answer.token_field} is not a token")
    except (ValueError, KeyError, TypeError) as exc:
        raise UnexpectedResponseError(response, exc) from None
    return TokenFacts(Secret(value), _lifetime(body, value, answer, clock), _refresh_token(body, answer))


def _lifetime(body: Any, token: str, answer: TokenAnswer, clock: Clock) -> float | None:
    """Seconds the token lives, from the first field that says it (see `TokenAnswer`), else None."""
    if answer.lifetime_field:
        seconds = _number(_dig_or_none(body, answer.lifetime_field))
        if seconds is not None:
            return seconds
    if answer.expires_at_field:
        expires = _number(_dig_or_none(body, answer.expires_at_field))
        if expires is not None:
            return expires - clock.time()
    if answer.lifetime_from_jwt and (expiry := jwt_expiry(token)) is not None:
        return expiry - clock.time()
    return None


def _refresh_token(body: Any, answer: TokenAnswer) -> Secret | None:
    value = _dig_or_none(body, answer.refresh_token_field) if answer.refresh_token_field else None
    return Secret(value) if isinstance(value, str) and value else None


def _number(value: Any) -> float | None:
    """A number, or a string holding one (Printiki's `expires` is a Unix time in a string)."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def dig(body: Any, dotted: str) -> Any:
    """`body["a"]["b"]` for `a.b`; raises KeyError/TypeError when absent."""
    for part in dotted.split("."):
        body = body[part]
    return body


def _dig_or_none(body: Any, dotted: str) -> Any:
    try:
        return dig(body, dotted)
    except (KeyError, TypeError, IndexError):
        return None


def jwt_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT, read without verifying it (the server verifies; we only schedule)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"])
    except (IndexError, ValueError, KeyError, TypeError, binascii.Error):
        return None


def held(
    facts: TokenFacts,
    clock: Clock,
    fallback_lifetime: float,
    previous: HeldToken | None = None,
    refreshable_until: float | None = None,
) -> HeldToken:
    """A `HeldToken` from an answer's facts, expiring after its lifetime (else the documented one);
    a refresh token the answer does not renew is kept from `previous`."""
    lifetime = facts.lifetime if facts.lifetime is not None else fallback_lifetime
    refresh = facts.refresh or (previous.refresh if previous else None)
    return HeldToken(facts.value, clock.monotonic() + lifetime, max(lifetime, 0.0), refresh, refreshable_until)
