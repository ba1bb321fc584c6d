"""Authentication as the spec declares it: security requirements + root `x-auth` schemes, by kind.

Kinds (see docs/extensions.md):
- `static-bearer`: the bearer must equal a configured credential (`x-auth.schemes.<s>.credential`
  names it, `MockOptions.credentials` holds its value); compared in constant time.
- `query-api-key`: the same check for a credential sent as a query parameter (Storyly's
  `?token=...`): the security scheme must be `apiKey` `in: query`, and `param`, when given, must
  name the same parameter. The value sits in the URL, so nothing here ever logs or echoes the query.
- `issued-bearer`: a JWT the mock signed itself (HS256, a random per-process secret) through
  `TokenService.issue`, which vendor handlers call from the issuing operation. Claims: `sub`
  (the subject, e.g. a user id), `scope` (the scheme name), `iat`, `exp`, and `gen`, the subject's
  generation: `TokenService.revoke` (a deleted user) bumps it, so every earlier token stops working.

Outcomes: no credential, or one that is invalid or expired -> 401 `{"message": "Unauthenticated."}`
(with `WWW-Authenticate: Bearer` only when a bearer scheme would have been accepted);
a valid credential of a scheme the operation does not accept (the admin key on a user endpoint, a
user token on an admin endpoint) -> 403. Expiry uses the injected clock, not the wall clock.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import jwt
from starlette.datastructures import Headers, QueryParams

from generator.mock.errors import MockError, MockSetupError, forbidden, unauthenticated
from generator.mock.options import Clock
from generator.model import Api, Operation
from generator.runtime.schemes import ApiKey, IssuedBearer, Scheme, StaticBearer

_ALGORITHM: Final = "HS256"
_REQUIRED_CLAIMS: Final = ["sub", "scope", "iat", "exp", "gen"]
WWW_AUTHENTICATE: Final = {"WWW-Authenticate": "Bearer"}
_VERIFIED_CACHE_SIZE: Final = 4096


@dataclass(frozen=True)
class Principal:
    """Who made an authenticated request: the scheme that accepted it and, for issued tokens, the
    subject. `credential_key` identifies the presented credential (a hash, never the secret) for
    per-credential rate limiting."""

    scheme: str
    subject: str | None
    credential_key: str


@dataclass(frozen=True)
class SchemeConfig:
    """One security scheme: where its credential travels and how it is verified."""

    name: str
    scheme: Scheme
    location: str  # "header" | "query" | "cookie"
    parameter: str  # header (lower case), query or cookie name
    bearer: bool  # the value is `Bearer <token>`

    @property
    def credential(self) -> str | None:
        """The credential a static scheme compares with (None: the mock issues the tokens)."""
        return self.scheme.credential if isinstance(self.scheme, StaticBearer | ApiKey) else None


def scheme_configs(api: Api) -> dict[str, SchemeConfig]:
    """Every scheme of `x-auth` (validated by the model) with where its credential travels."""
    configs: dict[str, SchemeConfig] = {}
    for name, scheme in api.auth.schemes.items():
        if isinstance(scheme, StaticBearer | IssuedBearer):
            configs[name] = SchemeConfig(name, scheme, "header", "authorization", True)
        elif isinstance(scheme, ApiKey):
            parameter = scheme.name.lower() if scheme.location == "header" else scheme.name
            configs[name] = SchemeConfig(name, scheme, scheme.location, parameter, False)
        else:
            raise MockSetupError(
                api.label,
                f"$['x-auth']['schemes']['{name}']['kind']",
                f"the mock cannot verify {scheme.kind} yet",
            )
    return configs


class TokenService:
    """Issues and verifies the mock's own JWTs; vendor handlers issue, the authenticator verifies."""

    def __init__(
        self,
        lifetimes: Mapping[str, float],
        clock: Clock,
        lifetime_override: float | None = None,
        secret: bytes | None = None,
    ) -> None:
        self._lifetimes = dict(lifetimes)
        self._clock = clock
        self._override = lifetime_override
        self._secret = secret or secrets.token_bytes(64)
        self._generations: dict[tuple[str, str], int] = {}
        self._last_issued: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        # Signature checks cost ~100 us; a token's claims never change, so each is checked once.
        self._verified: OrderedDict[str, tuple[str, str, float, int] | None] = OrderedDict()

    def lifetime(self, scheme: str) -> float:
        if scheme not in self._lifetimes:
            raise KeyError(f"{scheme!r} is not an issued-bearer scheme")
        return self._override if self._override is not None else self._lifetimes[scheme]

    def issue(self, scheme: str, subject: str) -> tuple[str, int]:
        """A new token of `scheme` for `subject` and its lifetime in whole seconds (rounded up)."""
        lifetime = self.lifetime(scheme)
        issued_at = math.floor(self._clock())
        claims = {
            "sub": subject,
            "scope": scheme,
            "iat": issued_at,
            "exp": issued_at + lifetime,
            "gen": self._generations.get((scheme, subject), 0),
        }
        # Equal claims sign to the same bytes; logins in a loop (a load test) need not pay for it again.
        last = self._last_issued.get((scheme, subject))
        if last is not None and last[0] == claims:
            return last[1], math.ceil(lifetime)
        token = jwt.encode(claims, self._secret, algorithm=_ALGORITHM)
        self._last_issued[(scheme, subject)] = (claims, token)
        return token, math.ceil(lifetime)

    def revoke(self, scheme: str, subject: str) -> None:
        """Invalidate every token issued so far for `subject` (e.g. the user was deleted)."""
        key = (scheme, subject)
        self._generations[key] = self._generations.get(key, 0) + 1

    def verify(self, token: str) -> tuple[str, str] | None:
        """`(scheme, subject)` of a valid, unexpired, unrevoked token of ours; None otherwise."""
        if token in self._verified:
            self._verified.move_to_end(token)
            claims = self._verified[token]
        else:
            claims = self._decode(token)
            self._verified[token] = claims
            if len(self._verified) > _VERIFIED_CACHE_SIZE:
                self._verified.popitem(last=False)
        if claims is None:
            return None
        scheme, subject, expires, generation = claims
        if self._clock() >= expires or generation != self._generations.get((scheme, subject), 0):
            return None
        return scheme, subject

    def _decode(self, token: str) -> tuple[str, str, float, int] | None:
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
        scheme, subject, expires, generation = claims["scope"], claims["sub"], claims["exp"], claims["gen"]
        if not isinstance(scheme, str) or scheme not in self._lifetimes or not isinstance(subject, str):
            return None
        if not isinstance(expires, int | float) or not isinstance(generation, int):
            return None
        return scheme, subject, float(expires), generation


def _credential_key(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class Authenticator:
    """Decides 401 / 403 / who for each request, from the operation's security requirements."""

    def __init__(
        self,
        schemes: Mapping[str, SchemeConfig],
        credentials: Mapping[str, str],
        tokens: TokenService,
        label: str = "merged spec",
    ):
        self._schemes = dict(schemes)
        self._tokens = tokens
        self._static: dict[str, bytes] = {}
        for scheme in schemes.values():
            if scheme.credential is not None:
                value = credentials.get(scheme.credential)
                if not value:
                    raise MockSetupError(
                        label,
                        f"$['x-auth']['schemes']['{scheme.name}']['credential']",
                        f"no value for credential {scheme.credential!r} (set it in the mock's credentials)",
                    )
                self._static[scheme.name] = value.encode()

    def _presented(
        self, scheme: SchemeConfig, headers: Headers, query: QueryParams, cookies: Mapping[str, str]
    ) -> str | None:
        if scheme.location == "header":
            raw = headers.get(scheme.parameter)
        elif scheme.location == "query":
            raw = query.get(scheme.parameter)
        else:
            raw = cookies.get(scheme.parameter)
        if raw is None:
            return None
        if not scheme.bearer:
            return raw or None
        kind, _, token = raw.strip().partition(" ")
        token = token.strip()
        return token if kind.lower() == "bearer" and token else None

    def _accepts(
        self, scheme: SchemeConfig, value: str, verified: dict[str, tuple[str, str] | None]
    ) -> str | None:
        """The subject ("" for static credentials) when `value` is valid for `scheme`, else None."""
        if scheme.credential is not None:
            return (
                ""
                if hmac.compare_digest(value.encode("utf-8", "surrogatepass"), self._static[scheme.name])
                else None
            )
        if value not in verified:
            verified[value] = self._tokens.verify(value)
        found = verified[value]
        return found[1] if found is not None and found[0] == scheme.name else None

    def authenticate(
        self, operation: Operation, headers: Headers, query: QueryParams, cookies: Mapping[str, str]
    ) -> Principal | None:
        """The principal of a request to `operation` (None for public operations); raise 401/403."""
        if operation.anonymous:
            return None
        verified: dict[str, tuple[str, str] | None] = {}
        valid: dict[str, tuple[str, str]] = {}  # scheme -> (subject, credential value)
        for scheme in self._schemes.values():
            value = self._presented(scheme, headers, query, cookies)
            if value is None:
                continue
            subject = self._accepts(scheme, value, verified)
            if subject is not None:
                valid[scheme.name] = (subject, value)
        for requirement in operation.security:
            if all(name in valid for name in requirement):
                name = next(iter(requirement))
                subject, value = valid[name]
                return Principal(scheme=name, subject=subject or None, credential_key=_credential_key(value))
        if valid:
            raise forbidden("This action is unauthorized.")
        error: MockError = unauthenticated()
        if any(self._schemes[name].bearer for requirement in operation.security for name in requirement):
            error.headers.update(WWW_AUTHENTICATE)
        raise error
