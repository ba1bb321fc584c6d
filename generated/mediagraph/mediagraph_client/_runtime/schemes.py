"""The kinds of authentication a vendor can declare in `x-auth`, one frozen dataclass per kind.

These objects are the one model of a vendor's auth: the generator validates `x-auth` into them
(`generator.model.auth`, with errors naming the file and JSONPath), renders them as they are into
each package's `_vendor.py`, and the client runtime (`auth.py`), the mock's verifiers and fuzzing
all read the same objects. This module imports nothing but the standard library, so a published
package carries it unchanged.

String values marked "template" are filled per request: `$credential.<name>` (a value the user
gave the client), `$subject` (whom the client acts for), `$token` / `$refresh_token` (the tokens
held now); anything else is literal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

CREDENTIAL_PREFIX = "$credential."
SUBJECT = "$subject"
TOKEN = "$token"
REFRESH_TOKEN = "$refresh_token"


def credential_of(template: str) -> str | None:
    """The credential a template names (`$credential.admin_key` -> `admin_key`), else None."""
    return template.removeprefix(CREDENTIAL_PREFIX) if template.startswith(CREDENTIAL_PREFIX) else None


@dataclass(frozen=True)
class StaticBearer:
    """`Authorization: Bearer <credential>` with a key the user holds (JumpStory's admin secret)."""

    credential: str
    headers: Mapping[str, str] = field(default_factory=dict)
    """Extra headers sent with it (templates)."""

    kind = "static-bearer"


@dataclass(frozen=True)
class ApiKey:
    """A key the user holds, sent as a query parameter, header or cookie (Storyly's `?token=`).

    `location` and `name` are those of the OpenAPI `apiKey` security scheme it stands for.
    A key in the query string is redacted from logs, reprs and errors like any other secret.
    """

    credential: str
    location: Literal["query", "header", "cookie"]
    name: str

    kind = "api-key"


@dataclass(frozen=True)
class HttpBasic:
    """HTTP basic auth from templates, plus extra headers (Mediagraph: a personal access token as
    the password of an empty user name, with an `OrganizationId` header)."""

    username: str
    password: str
    headers: Mapping[str, str] = field(default_factory=dict)

    kind = "http-basic"


@dataclass(frozen=True)
class TokenCall:
    """An operation that issues or renews a token, and what to send to it.

    `auth` names the scheme that authenticates the call itself (JumpStory's admin secret issuing
    user tokens); `bearer` sends a token of this scheme instead (`$refresh_token` for a refresh
    token, `$token` to post the current, possibly expired, token). `path_params`, `query` and
    `body` hold templates; `body_format` is `json` or `form`.
    """

    operation_id: str
    method: str
    path: str
    auth: str | None = None
    bearer: str | None = None
    path_params: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)
    body: Mapping[str, str] | None = None
    body_format: Literal["json", "form"] = "json"

    def templates(self) -> tuple[str, ...]:
        """Every template of the call (what must be fillable to make it)."""
        return (
            *self.path_params.values(),
            *self.query.values(),
            *(self.body or {}).values(),
            *((self.bearer,) if self.bearer else ()),
        )


@dataclass(frozen=True)
class TokenAnswer:
    """Where an issuing or renewing answer holds the token and how long it lives (dotted fields).

    The lifetime comes from the first that is present: `lifetime_field` (seconds),
    `expires_at_field` (Unix time), the token's own `exp` claim (`lifetime_from_jwt`), else the
    scheme's documented `lifetime_seconds`.
    """

    token_field: str = "token"
    refresh_token_field: str | None = None
    lifetime_field: str | None = None
    expires_at_field: str | None = None
    lifetime_from_jwt: bool = False


@dataclass(frozen=True)
class IssuedBearer:
    """A bearer token the API issues from one of its own operations, renewed before it expires.

    The ways the five vendors issue and renew (each a combination of the fields below):
    - credentials in the body of a login (`issue.body` with `$credential.*`: Printiki, Jilster);
    - issued by an admin credential for a subject (`issue.auth` + `$subject` in `issue.path_params`:
      JumpStory's user tokens);
    - renewed with a refresh token (`refresh.bearer` or `refresh.body` with `$refresh_token`:
      Printiki);
    - renewed by posting the expired token (`$token` in `refresh`: Jilster, refreshable for
      `refreshable_seconds` after the login).
    Renewal refreshes while that is possible and issues anew otherwise; a token is renewed
    `renew_before_seconds` before it expires and once after a 401 (`renew_on_401`).
    """

    issue: TokenCall | None
    refresh: TokenCall | None = None
    answer: TokenAnswer = field(default_factory=TokenAnswer)
    lifetime_seconds: float = 300.0
    refreshable_seconds: float | None = None
    after_refresh_window: Literal["issue", "error"] = "issue"
    """Once `refreshable_seconds` after a login are over: log in again (`issue`), or raise
    `RefreshWindowExpiredError` (`error`: the vendor ends the session there, Jilster's 12 hours)."""
    renew_before_seconds: float = 30.0
    renew_on_401: bool = True
    initial_token: str | None = None
    initial_refresh_token: str | None = None

    kind = "issued-bearer"

    @property
    def needs_subject(self) -> bool:
        return self.issue is not None and SUBJECT in self.issue.templates()

    @property
    def renewal(self) -> Literal["refresh-token", "expired-token"] | None:
        """How `refresh` renews: with a refresh token, by posting the current (expired) token, or
        not at all."""
        if self.refresh is None:
            return None
        return "refresh-token" if REFRESH_TOKEN in self.refresh.templates() else "expired-token"


@dataclass(frozen=True)
class OAuth2AuthorizationCode:
    """OAuth 2.0 authorization code grant (RFC 6749 §4.1) with refresh (§6) and revocation (RFC 7009).

    The user authorizes the app once in a browser (`authorization_url`); the code it gets back is
    exchanged at `token_url` for an access token and a refresh token. The client then sends the
    access token as a bearer, refreshes it at `refresh_url` (default `token_url`) before it
    expires and once after a 401, and can revoke it at `revocation_url`. Client id and secret,
    and tokens the user already holds, are credentials (`client_id`, `client_secret`,
    `access_token`, `refresh_token` name them). URLs may be relative to the API's base URL.
    """

    authorization_url: str
    token_url: str
    client_id: str
    client_secret: str | None = None
    refresh_url: str | None = None
    revocation_url: str | None = None
    scopes: tuple[str, ...] = ()
    access_token: str | None = None
    refresh_token: str | None = None
    client_authentication: Literal["body", "basic"] = "body"
    lifetime_seconds: float = 3600.0
    renew_before_seconds: float = 60.0
    renew_on_401: bool = True
    # The authorization server also reads token/revocation parameters from the query string (where
    # a vendor's docs put them); the mock honours it, the client still sends a form body (RFC 6749).
    accept_query_parameters: bool = False

    kind = "oauth2-authorization-code"


Scheme = StaticBearer | ApiKey | HttpBasic | IssuedBearer | OAuth2AuthorizationCode
KINDS: tuple[str, ...] = tuple(
    cls.kind for cls in (StaticBearer, ApiKey, HttpBasic, IssuedBearer, OAuth2AuthorizationCode)
)

Requirement = tuple[str, ...]
"""Scheme names that must all be applied (one entry of an OpenAPI `security` list)."""
