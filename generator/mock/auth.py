"""Authentication as the spec declares it: one verifier per kind of `x-auth` scheme.

Each security scheme of `api.auth.schemes` (the typed objects of `generator.runtime.schemes`, the
same the client runtime sends from) gets one verifier with one job: find its credential in a
request and say whether it is absent, incomplete, invalid, or accepted (and for whom).

- `StaticBearerVerifier` (`static-bearer`): `Authorization: Bearer <credential>`, compared in
  constant time with the mock's value of the credential; its extra `headers` too.
- `ApiKeyVerifier` (`api-key`): the key in its query parameter, header or cookie. A key in the
  URL is a secret like any other: nothing here logs or echoes the query.
- `HttpBasicVerifier` (`http-basic`): `Authorization: Basic`, user name and password compared in
  constant time with the scheme's templates filled from the mock's credentials; its extra
  `headers` (Mediagraph's `OrganizationId: $credential.organization_id`) too.
- `IssuedBearerVerifier` (`issued-bearer`): a JWT the mock signed itself (`TokenService`), of
  this scheme, unexpired and unrevoked on the injected clock. On the scheme's own renewal
  operation, when it renews by posting the expired token as bearer (`renewal == "expired-token"`),
  an expired token is accepted while its session is within `refreshable_seconds` of its login.
- `OAuth2Verifier` (`oauth2-authorization-code`): an access token the mock's own authorization
  server issued (`generator.mock.oauth2`), unexpired and unrevoked.

Extra headers are templates: `$credential.<name>` must equal that credential's value, a literal
itself, `$subject` any non-empty value. A credential sent without a header it needs is incomplete.

Outcomes, from the operation's security requirements (any one of them, all its schemes):
accepted -> the `Principal`; a valid credential of a scheme the operation does not accept (the
admin key on a user endpoint) -> forbidden (403); a credential the operation's schemes refuse
(wrong, expired, revoked) -> unauthenticated (401); nothing, or an incomplete credential ->
missing-credentials (401 unless the vendor's style says otherwise: Jilster answers 400). 401s
carry `WWW-Authenticate` with the challenges of the operation's schemes (`Bearer`, `Basic`).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Final, Protocol

from starlette.datastructures import Headers, QueryParams

from generator.mock.basic import decode_basic, equal_secrets
from generator.mock.errors import ErrorKind, MockError, MockSetupError
from generator.mock.oauth2 import AuthorizationServer
from generator.mock.options import Clock
from generator.mock.tokenservice import TokenService, token_lifetimes
from generator.model import Api, Operation
from generator.runtime.schemes import (
    SUBJECT,
    TOKEN,
    ApiKey,
    HttpBasic,
    IssuedBearer,
    OAuth2AuthorizationCode,
    StaticBearer,
    credential_of,
)

__all__ = [
    "Accepted",
    "Authentication",
    "Authenticator",
    "Principal",
    "Refused",
    "TokenService",
    "Verifier",
    "build_authentication",
]

BEARER_CHALLENGE: Final = "Bearer"


# Principal, Presented and Accepted are made for every request: slotted, not frozen (a frozen
# dataclass sets each field through object.__setattr__, several times the cost).
@dataclass(slots=True)
class Principal:
    """Who made an authenticated request: the scheme that accepted it and, for issued tokens, the
    subject. `credential_key` identifies the presented credential (a hash, never the secret) for
    per-credential rate limiting."""

    scheme: str
    subject: str | None
    credential_key: str
    expires: float = math.inf
    """When the credential lapses by time alone (an issued token's expiry; `inf`: never)."""


@dataclass(slots=True)
class Presented:
    """Where a request carries credentials."""

    headers: Headers
    query: QueryParams
    cookies: Mapping[str, str]

    def bearer(self) -> str | None:
        raw = self.headers.get("authorization")
        if raw is None:
            return None
        kind, _, token = raw.strip().partition(" ")
        token = token.strip()
        return token if kind.lower() == "bearer" and token else None


class Refused(Enum):
    ABSENT = "absent"
    """Nothing of the scheme was sent."""
    INCOMPLETE = "incomplete"
    """Its credential was sent without a header the scheme needs."""
    INVALID = "invalid"
    """Sent, but wrong, expired or revoked."""


@dataclass(slots=True)
class Accepted:
    subject: str | None
    credential_key: str
    expires: float = math.inf


Verdict = Accepted | Refused


class Verifier(Protocol):
    """Checks the credential of one scheme in a request."""

    @property
    def challenge(self) -> str | None:
        """The `WWW-Authenticate` challenge of the scheme (None: it has none)."""

    def verify(self, presented: Presented, operation: Operation) -> Verdict: ...


def credential_key(value: str) -> str:
    """A stable, non-reversible key of a presented credential (rate limiting per credential)."""
    key = _KEYS.get(value)
    if key is None:
        key = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        if len(_KEYS) >= _KEYS_KEPT:
            _KEYS.clear()
        _KEYS[value] = key
    return key


_KEYS: dict[str, str] = {}
"""The keys of the credentials presented last (each is sent again and again: one hash per request
otherwise, twice for a request with a body); cleared when `_KEYS_KEPT` are held."""
_KEYS_KEPT: Final = 1024


@dataclass(frozen=True)
class RequiredHeaders:
    """Headers a scheme sends with its credential: lower-case name -> the value (None: `$subject`,
    any non-empty value)."""

    expected: Mapping[str, bytes | None] = field(default_factory=dict, repr=False)

    def check(self, headers: Headers) -> Refused | None:
        """None when every header is there and right; INCOMPLETE when one is missing, INVALID
        when one is wrong."""
        if not self.expected:  # most schemes
            return None
        for name, value in self.expected.items():
            sent = headers.get(name)
            if not sent:
                return Refused.INCOMPLETE
            if value is not None and not equal_secrets(sent, value):
                return Refused.INVALID
        return None


@dataclass(frozen=True)
class StaticBearerVerifier:
    secret: bytes = field(repr=False)
    headers: RequiredHeaders = field(default_factory=RequiredHeaders)
    challenge: str | None = BEARER_CHALLENGE

    def verify(self, presented: Presented, operation: Operation) -> Verdict:
        token = presented.bearer()
        if token is None:
            return Refused.ABSENT
        if not equal_secrets(token, self.secret):
            return Refused.INVALID
        return self.headers.check(presented.headers) or Accepted(None, credential_key(token))


@dataclass(frozen=True)
class ApiKeyVerifier:
    location: str  # query | header | cookie
    parameter: str
    secret: bytes = field(repr=False)
    challenge: str | None = None

    def verify(self, presented: Presented, operation: Operation) -> Verdict:
        if self.location == "query":
            value = presented.query.get(self.parameter)
        elif self.location == "header":
            value = presented.headers.get(self.parameter)
        else:
            value = presented.cookies.get(self.parameter)
        if not value:
            return Refused.ABSENT
        return Accepted(None, credential_key(value)) if equal_secrets(value, self.secret) else Refused.INVALID


@dataclass(frozen=True)
class HttpBasicVerifier:
    username: bytes = field(repr=False)
    password: bytes = field(repr=False)
    headers: RequiredHeaders = field(default_factory=RequiredHeaders)
    challenge: str | None = 'Basic realm="api", charset="UTF-8"'

    def verify(self, presented: Presented, operation: Operation) -> Verdict:
        raw = presented.headers.get("authorization")
        found = decode_basic(raw)
        if found is None:
            return Refused.INVALID if raw and raw.strip().lower().startswith("basic") else Refused.ABSENT
        # Both compared every time: how long a refusal takes says nothing of which part was wrong.
        user_ok = equal_secrets(found[0], self.username)
        password_ok = equal_secrets(found[1], self.password)
        if not (user_ok and password_ok):
            return Refused.INVALID
        return self.headers.check(presented.headers) or Accepted(None, credential_key(raw or ""))


@dataclass(frozen=True)
class IssuedBearerVerifier:
    scheme: str
    tokens: TokenService
    renewal_operations: frozenset[str] = frozenset()
    """Operations that renew this scheme by the expired token sent as bearer."""
    refreshable_seconds: float | None = None
    challenge: str | None = BEARER_CHALLENGE

    def verify(self, presented: Presented, operation: Operation) -> Verdict:
        token = presented.bearer()
        if token is None:
            return Refused.ABSENT
        found = self.tokens.valid(token)
        if found is not None and found.scope == self.scheme:
            return Accepted(found.subject, credential_key(token), found.expires)
        if operation.operation_id in self.renewal_operations:
            claims = self.tokens.renewable(token, self.scheme, self.refreshable_seconds)
            if claims is not None:
                window = self.refreshable_seconds
                until = math.inf if window is None else claims.login_time + window
                return Accepted(claims.subject, credential_key(token), until)
        return Refused.INVALID


@dataclass(frozen=True)
class OAuth2Verifier:
    server: AuthorizationServer
    challenge: str | None = BEARER_CHALLENGE

    def verify(self, presented: Presented, operation: Operation) -> Verdict:
        token = presented.bearer()
        if token is None:
            return Refused.ABSENT
        found = self.server.access_of(token)
        return Refused.INVALID if found is None else Accepted(found[0], credential_key(token), found[1])


_NO_COOKIE_VERIFIERS: Final = (
    StaticBearerVerifier,
    ApiKeyVerifier,
    HttpBasicVerifier,
    IssuedBearerVerifier,
    OAuth2Verifier,
)
"""The verifiers that never read a cookie (an API key does when its location is `cookie`)."""


class Authenticator:
    """Decides who sent a request, or refuses it (see the module docstring for the outcomes)."""

    def __init__(self, verifiers: Mapping[str, Verifier]) -> None:
        self._verifiers = dict(verifiers)
        self.reads_cookies = not all(
            isinstance(verifier, _NO_COOKIE_VERIFIERS)
            and not (isinstance(verifier, ApiKeyVerifier) and verifier.location == "cookie")
            for verifier in self._verifiers.values()
        )
        """Whether any scheme is read from a cookie: when none is, the engine passes no cookies
        (parsing them for every request was work no verifier used)."""

    def reconfirm(
        self,
        operation: Operation,
        principal: Principal,
        headers: Headers,
        query: QueryParams,
        cookies: Mapping[str, str],
    ) -> Principal | None:
        """`authenticate` again, for a request whose body came after its head was authenticated
        (its user may have been deleted, its token revoked meanwhile). A scheme whose verdict holds
        whatever the mock's state (a static bearer, an API key, basic auth: compared with fixed
        secrets) keeps its principal; the scheme of a one-scheme requirement is verified again on
        its own; anything else goes through `authenticate`, as does every refusal (for its error)."""
        verifier = self._verifiers.get(principal.scheme)
        if isinstance(verifier, StaticBearerVerifier | ApiKeyVerifier | HttpBasicVerifier):
            return principal
        if verifier is not None and any(
            len(requirement) == 1 and principal.scheme in requirement for requirement in operation.security
        ):
            decided = verifier.verify(Presented(headers, query, cookies), operation)
            if isinstance(decided, Accepted):
                if (
                    decided.subject == principal.subject
                    and decided.credential_key == principal.credential_key
                    and decided.expires == principal.expires
                ):
                    return principal
                return Principal(principal.scheme, decided.subject, decided.credential_key, decided.expires)
        return self.authenticate(operation, headers, query, cookies)

    def authenticate(
        self, operation: Operation, headers: Headers, query: QueryParams, cookies: Mapping[str, str]
    ) -> Principal | None:
        """The principal of a request to `operation` (None for public operations); raise a refusal."""
        if operation.anonymous:
            return None
        presented = Presented(headers, query, cookies)
        verifiers = self._verifiers
        verdicts: dict[str, Verdict] = {}  # each scheme verified once per request
        for requirement in operation.security:
            if len(requirement) == 1:  # most requirements: one scheme
                (name,) = requirement
                decided = verdicts.get(name)
                if decided is None:
                    decided = verdicts[name] = verifiers[name].verify(presented, operation)
                if isinstance(decided, Accepted):
                    return Principal(name, decided.subject, decided.credential_key, decided.expires)
                continue
            found: list[Verdict] = []
            for name in requirement:
                decided = verdicts.get(name)
                if decided is None:
                    decided = verdicts[name] = verifiers[name].verify(presented, operation)
                found.append(decided)
            first = found[0]
            if isinstance(first, Accepted) and all(isinstance(item, Accepted) for item in found):
                expires = min(item.expires for item in found if isinstance(item, Accepted))
                return Principal(next(iter(requirement)), first.subject, first.credential_key, expires)

        def verdict(name: str) -> Verdict:
            if name not in verdicts:
                verdicts[name] = verifiers[name].verify(presented, operation)
            return verdicts[name]

        required = list(dict.fromkeys(name for requirement in operation.security for name in requirement))
        if any(isinstance(verdict(name), Accepted) for name in self._verifiers if name not in required):
            raise MockError(ErrorKind.FORBIDDEN)
        kind = (
            ErrorKind.UNAUTHENTICATED
            if any(verdict(name) is Refused.INVALID for name in required)
            else ErrorKind.MISSING_CREDENTIALS
        )
        challenges = dict.fromkeys(
            challenge for name in required if (challenge := self._verifiers[name].challenge) is not None
        )
        headers_out = {"WWW-Authenticate": ", ".join(challenges)} if challenges else {}
        raise MockError(kind, headers=headers_out)


@dataclass(frozen=True)
class Authentication:
    """The mock's authentication, built from `x-auth`: token service, authorization servers and
    the authenticator of every request."""

    tokens: TokenService
    servers: Mapping[str, AuthorizationServer]
    authenticator: Authenticator


class _Builder:
    def __init__(self, api: Api, credentials: Mapping[str, str]) -> None:
        self.api = api
        self.credentials = credentials

    def where(self, name: str, key: str) -> str:
        return f"$['x-auth']['schemes']['{name}']['{key}']"

    def value(self, template: str, name: str, key: str) -> bytes | None:
        """The value a template stands for (None for `$subject`: any value)."""
        if template == SUBJECT:
            return None
        credential = credential_of(template)
        if credential is None:
            return template.encode()
        value = self.credentials.get(credential)
        if not value:
            raise MockSetupError(
                self.api.label,
                self.where(name, key),
                f"no value for credential {credential!r} (set it in the mock's credentials)",
            )
        return value.encode("utf-8", "surrogatepass")

    def secret(self, template: str, name: str, key: str) -> bytes:
        value = self.value(template, name, key)
        if value is None:
            raise MockSetupError(self.api.label, self.where(name, key), "$subject cannot be checked here")
        return value

    def headers(self, templates: Mapping[str, str], name: str) -> RequiredHeaders:
        return RequiredHeaders(
            {header.lower(): self.value(template, name, "headers") for header, template in templates.items()}
        )


def build_authentication(
    api: Api, credentials: Mapping[str, str], clock: Clock, lifetime_override: float | None = None
) -> Authentication:
    """Verifiers for every scheme of `x-auth`; a credential a verifier needs and the mock has no
    value for stops start-up (`MockSetupError` naming the scheme)."""
    lifetimes, refresh_lifetimes = token_lifetimes(api.auth)
    tokens = TokenService(lifetimes, clock, lifetime_override, refresh_lifetimes=refresh_lifetimes)
    build = _Builder(api, credentials)
    servers: dict[str, AuthorizationServer] = {}
    verifiers: dict[str, Verifier] = {}
    for name, scheme in api.auth.schemes.items():
        if isinstance(scheme, StaticBearer):
            verifiers[name] = StaticBearerVerifier(
                build.secret(f"$credential.{scheme.credential}", name, "credential"),
                build.headers(scheme.headers, name),
            )
        elif isinstance(scheme, ApiKey):
            parameter = scheme.name.lower() if scheme.location == "header" else scheme.name
            secret = build.secret(f"$credential.{scheme.credential}", name, "credential")
            verifiers[name] = ApiKeyVerifier(scheme.location, parameter, secret)
        elif isinstance(scheme, HttpBasic):
            verifiers[name] = HttpBasicVerifier(
                build.secret(scheme.username, name, "username"),
                build.secret(scheme.password, name, "password"),
                build.headers(scheme.headers, name),
            )
        elif isinstance(scheme, IssuedBearer):
            renewal = scheme.refresh
            by_bearer = renewal is not None and scheme.renewal == "expired-token" and renewal.bearer == TOKEN
            verifiers[name] = IssuedBearerVerifier(
                name,
                tokens,
                frozenset({renewal.operation_id}) if renewal is not None and by_bearer else frozenset(),
                scheme.refreshable_seconds,
            )
        elif isinstance(scheme, OAuth2AuthorizationCode):
            servers[name] = AuthorizationServer(
                name,
                scheme,
                credentials,
                clock,
                base_path=api.base_path,
                label=api.label,
                lifetime_override=lifetime_override,
            )
            verifiers[name] = OAuth2Verifier(servers[name])
    return Authentication(tokens=tokens, servers=servers, authenticator=Authenticator(verifiers))
