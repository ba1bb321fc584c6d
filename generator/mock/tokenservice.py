"""The mock's own bearer tokens: JWTs it signs and verifies for `issued-bearer` schemes.

Signed with HS256 and a random per-process secret, so no token of another process (or a forged
one) is ever accepted. Claims:

- `sub`: whom the token is for (a user id, an account);
- `scope`: the scheme it belongs to, or `<scheme>#refresh` for a refresh token the mock issues
  for a scheme that renews with one but has no scheme of its own for it (`refresh_scope`);
- `iat`, `exp`: issued at, expires (the injected clock, never the wall clock);
- `gen`: the subject's generation: `revoke` (a deleted user) bumps it, so every earlier token of
  the scheme -- and its refresh tokens -- stops working;
- `auth_time`: when the session's login happened, kept by every renewal: a scheme renewed by
  posting the expired token (`renewal == "expired-token"`) is renewable only within
  `refreshable_seconds` of it.

A vendor module may add the claims the vendor's docs show in its tokens (`extra_claims`, e.g.
Printiki's `iss` and `data`, the logged-in user's record); they never replace the claims above.
"""

from __future__ import annotations

import math
import secrets
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import jwt

from generator.mock.options import Clock
from generator.model import AuthModel

_ALGORITHM: Final = "HS256"
_REQUIRED_CLAIMS: Final = ["sub", "scope", "iat", "exp", "gen", "auth_time"]
_OWN_CLAIMS: Final = frozenset(_REQUIRED_CLAIMS)
_VERIFIED_CACHE_SIZE: Final = 4096
REFRESH_SUFFIX: Final = "#refresh"
DEFAULT_REFRESH_SECONDS: Final = 30 * 24 * 3600.0
"""Lifetime of a refresh token the mock issues when the scheme states no `refreshable-seconds`."""


@dataclass(frozen=True)
class TokenClaims:
    """What the mock reads from one of its tokens."""

    scope: str
    subject: str
    expires: float
    generation: int
    login_time: float


@dataclass(slots=True)
class IssuedToken:
    token: str
    lifetime: int
    """Whole seconds it lives (rounded up)."""
    expires_at: int
    """Unix time it expires (its `exp` claim, rounded down: a client never believes it valid longer)."""
    login_time: int


def base_scheme(scope: str) -> str:
    """The scheme a scope belongs to (`userToken#refresh` -> `userToken`)."""
    return scope.removesuffix(REFRESH_SUFFIX)


def refresh_scope(auth: AuthModel, name: str) -> str | None:
    """The scope of the refresh tokens of issued scheme `name` (None: it has none).

    When another scheme is issued by the same operation into the field where `name`'s answer holds
    its refresh token (Printiki: `refreshToken`, the `refresh_token` of the login), the refresh
    token is a token of that scheme; otherwise the mock issues `<name>#refresh` tokens."""
    scheme = auth.issued()[name]
    if scheme.renewal != "refresh-token":
        return None
    field_name = scheme.answer.refresh_token_field
    if field_name is not None and scheme.issue is not None:
        for other_name, other in auth.issued().items():
            if (
                other_name != name
                and other.issue is not None
                and other.issue.operation_id == scheme.issue.operation_id
                and other.answer.token_field == field_name
            ):
                return other_name
    return name + REFRESH_SUFFIX


def token_lifetimes(auth: AuthModel) -> tuple[dict[str, float], dict[str, float]]:
    """`(lifetimes, refresh_lifetimes)`: the documented lifetime of every issued scheme, and of the
    `#refresh` scopes the mock issues itself (`refreshable-seconds`, else DEFAULT_REFRESH_SECONDS)."""
    lifetimes = {name: scheme.lifetime_seconds for name, scheme in auth.issued().items()}
    refresh: dict[str, float] = {}
    for name, scheme in auth.issued().items():
        scope = refresh_scope(auth, name)
        if scope is not None and scope.endswith(REFRESH_SUFFIX):
            refresh[scope] = scheme.refreshable_seconds or DEFAULT_REFRESH_SECONDS
    return lifetimes, refresh


class TokenService:
    """Issues and verifies the mock's own JWTs; handlers issue, the verifiers check them."""

    def __init__(
        self,
        lifetimes: Mapping[str, float],
        clock: Clock,
        lifetime_override: float | None = None,
        secret: bytes | None = None,
        *,
        refresh_lifetimes: Mapping[str, float] | None = None,
    ) -> None:
        self._lifetimes = dict(lifetimes)
        self._refresh_lifetimes = dict(refresh_lifetimes or {})  # not shortened by the override
        self._clock = clock
        self._override = lifetime_override
        self._secret = secret or secrets.token_bytes(64)
        self._generations: dict[tuple[str, str], int] = {}
        self._last_issued: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        # Signature checks cost ~100 us; a token's claims never change, so each is checked once.
        self._decoded: OrderedDict[str, TokenClaims | None] = OrderedDict()

    def now(self) -> float:
        return self._clock()

    def lifetime(self, scope: str) -> float:
        if scope in self._refresh_lifetimes:
            return self._refresh_lifetimes[scope]
        if scope not in self._lifetimes:
            raise KeyError(f"{scope!r} is not an issued-bearer scheme")
        return self._override if self._override is not None else self._lifetimes[scope]

    def issue(
        self, scope: str, subject: str, *, extra_claims: Mapping[str, Any] | None = None
    ) -> tuple[str, int]:
        """A new token of `scope` for `subject` and its lifetime in whole seconds (rounded up)."""
        issued = self.issue_token(scope, subject, extra_claims=extra_claims)
        return issued.token, issued.lifetime

    def issue_token(
        self,
        scope: str,
        subject: str,
        *,
        login_time: float | None = None,
        extra_claims: Mapping[str, Any] | None = None,
    ) -> IssuedToken:
        """A new token of `scope` for `subject`; `login_time` carries a session's login over a
        renewal (default: now, a new login); `extra_claims` are the vendor's documented claims."""
        lifetime = self.lifetime(scope)
        issued_at = math.floor(self._clock())
        session = issued_at if login_time is None else math.floor(login_time)
        clash = sorted(_OWN_CLAIMS.intersection(extra_claims)) if extra_claims else None
        if clash:
            raise ValueError(f"extra claims may not replace the mock's own: {', '.join(clash)}")
        claims = {
            **(extra_claims or {}),
            "sub": subject,
            "scope": scope,
            "iat": issued_at,
            "exp": issued_at + lifetime,
            "gen": self._generations.get((base_scheme(scope), subject), 0),
            "auth_time": session,
        }
        # Equal claims sign to the same bytes; logins in a loop (a load test) need not pay for it again.
        last = self._last_issued.get((scope, subject))
        if last is not None and last[0] == claims:
            token = last[1]
        else:
            token = jwt.encode(claims, self._secret, algorithm=_ALGORITHM)
            self._last_issued[(scope, subject)] = (claims, token)
        return IssuedToken(
            token=token,
            lifetime=math.ceil(lifetime),
            expires_at=math.floor(issued_at + lifetime),
            login_time=session,
        )

    def revoke(self, scheme: str, subject: str) -> None:
        """Invalidate every token (and refresh token) of `scheme` issued so far for `subject`."""
        key = (base_scheme(scheme), subject)
        self._generations[key] = self._generations.get(key, 0) + 1

    def inspect(self, token: str) -> TokenClaims | None:
        """The claims of a token this service signed and has not revoked, expired or not."""
        if token in self._decoded:
            self._decoded.move_to_end(token)
            claims = self._decoded[token]
        else:
            claims = self._decode(token)
            self._decoded[token] = claims
            if len(self._decoded) > _VERIFIED_CACHE_SIZE:
                self._decoded.popitem(last=False)
        if claims is None:
            return None
        if claims.generation != self._generations.get((base_scheme(claims.scope), claims.subject), 0):
            return None
        return claims

    def verify(self, token: str) -> tuple[str, str] | None:
        """`(scope, subject)` of a valid, unexpired, unrevoked token of ours; None otherwise."""
        claims = self.valid(token)
        return None if claims is None else (claims.scope, claims.subject)

    def valid(self, token: str) -> TokenClaims | None:
        """The claims of a valid, unexpired, unrevoked token of ours; None otherwise."""
        claims = self.inspect(token)
        if claims is None or self._clock() >= claims.expires:
            return None
        return claims

    def renewable(self, token: str, scope: str, refreshable_seconds: float | None) -> TokenClaims | None:
        """The claims of a token of `scope`, expired or not, whose session began less than
        `refreshable_seconds` ago (None: no limit) -- what a renewal by the expired token accepts."""
        claims = self.inspect(token)
        if claims is None or claims.scope != scope:
            return None
        if refreshable_seconds is not None and self._clock() >= claims.login_time + refreshable_seconds:
            return None
        return claims

    def _decode(self, token: str) -> TokenClaims | None:
        """The claims that matter of a token signed by this service, or None."""
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[_ALGORITHM],
                options={"verify_exp": False, "verify_iat": False, "require": _REQUIRED_CLAIMS},
            )
        except jwt.InvalidTokenError:
            return None
        scope, subject, expires = claims["scope"], claims["sub"], claims["exp"]
        generation, login_time = claims["gen"], claims["auth_time"]
        if not isinstance(scope, str) or not isinstance(subject, str):
            return None
        if scope not in self._lifetimes and scope not in self._refresh_lifetimes:
            return None
        if not isinstance(expires, int | float) or not isinstance(login_time, int | float):
            return None
        if not isinstance(generation, int):
            return None
        return TokenClaims(scope, subject, float(expires), generation, float(login_time))
