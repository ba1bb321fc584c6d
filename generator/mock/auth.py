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
from generator.mock.spec import SPEC_LABEL, ApiSpec, OperationSpec

STATIC_BEARER: Final = "static-bearer"
ISSUED_BEARER: Final = "issued-bearer"
QUERY_API_KEY: Final = "query-api-key"
KINDS: Final = (STATIC_BEARER, ISSUED_BEARER, QUERY_API_KEY)
_STATIC_KINDS: Final = (STATIC_BEARER, QUERY_API_KEY)  # compared with a configured credential
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
    kind: str
    location: str  # "header" | "query" | "cookie"
    parameter: str  # header (lower case), query or cookie name
    bearer: bool  # the value is `Bearer <token>`
    credential: str | None = None  # static-bearer / query-api-key: the credential's name
    lifetime_seconds: float | None = None  # issued-bearer: documented lifetime


def scheme_configs(spec: ApiSpec) -> dict[str, SchemeConfig]:
    """Read `components.securitySchemes` + `x-auth.schemes`; every used scheme must be known."""
    x_auth = spec.extensions.get("x-auth") or {}
    described: Mapping[str, Any] = x_auth.get("schemes") or {}
    configs: dict[str, SchemeConfig] = {}
    for name, scheme in spec.security_schemes.items():
        where = f"/components/securitySchemes/{name}"
        meta = described.get(name)
        if not isinstance(meta, dict):
            raise MockSetupError(SPEC_LABEL, "/x-auth/schemes", f"no entry for security scheme {name!r}")
        kind = meta.get("kind")
        if kind not in KINDS:
            raise MockSetupError(
                SPEC_LABEL,
                f"/x-auth/schemes/{name}/kind",
                f"unknown kind {kind!r} (known: {', '.join(KINDS)})",
            )
        scheme_type = scheme.get("type")
        if scheme_type == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            location, parameter, bearer = "header", "authorization", True
        elif scheme_type == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
            location, parameter, bearer = scheme["in"], str(scheme.get("name", "")), False
            parameter = parameter.lower() if location == "header" else parameter
        else:
            raise MockSetupError(SPEC_LABEL, where, "the mock supports http bearer and apiKey schemes only")
        if kind == QUERY_API_KEY:
            _check_query_api_key(name, meta, location, parameter)
        lifetime = meta.get("lifetime-seconds")
        configs[name] = SchemeConfig(
            name=name,
            kind=kind,
            location=location,
            parameter=parameter,
            bearer=bearer,
            credential=meta.get("credential") if kind in _STATIC_KINDS else None,
            lifetime_seconds=float(lifetime) if isinstance(lifetime, int | float) else None,
        )
        if kind in _STATIC_KINDS and not isinstance(configs[name].credential, str):
            raise MockSetupError(SPEC_LABEL, f"/x-auth/schemes/{name}", f"{kind} needs `credential`")
    for operation in spec.operations:
        for requirement in operation.security or ():
            for used in requirement:
                if used not in configs:
                    raise MockSetupError(
                        SPEC_LABEL, f"{operation.pointer}/security", f"unknown security scheme {used!r}"
                    )
    return configs


def _check_query_api_key(name: str, meta: Mapping[str, Any], location: str, parameter: str) -> None:
    """A query-api-key scheme must be an `apiKey` in the query, named as `param` says (if it says)."""
    if location != "query":
        raise MockSetupError(
            SPEC_LABEL,
            f"/components/securitySchemes/{name}",
            "a query-api-key scheme must be `type: apiKey, in: query`",
        )
    param = meta.get("param")
    if param is not None and param != parameter:
        raise MockSetupError(
            SPEC_LABEL,
            f"/x-auth/schemes/{name}/param",
            f"{param!r} differs from the security scheme's query parameter {parameter!r}",
        )


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
        self, schemes: Mapping[str, SchemeConfig], credentials: Mapping[str, str], tokens: TokenService
    ):
        self._schemes = dict(schemes)
        self._tokens = tokens
        self._static: dict[str, bytes] = {}
        for scheme in schemes.values():
            if scheme.kind in _STATIC_KINDS:
                assert scheme.credential is not None
                value = credentials.get(scheme.credential)
                if not value:
                    raise MockSetupError(
                        SPEC_LABEL,
                        f"/x-auth/schemes/{scheme.name}/credential",
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
        if scheme.kind in _STATIC_KINDS:
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
        self, operation: OperationSpec, headers: Headers, query: QueryParams, cookies: Mapping[str, str]
    ) -> Principal | None:
        """The principal of a request to `operation` (None for public operations); raise 401/403."""
        if operation.security is None:
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
