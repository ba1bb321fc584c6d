"""The authorization server of an `oauth2-authorization-code` scheme, served by the mock itself.

A vendor's OAuth 2.0 endpoints are not operations of its spec, yet a client cannot be tested
without them; so the mock serves, at the paths of the scheme's URLs:

- `authorizationUrl` (GET or POST, RFC 6749 §4.1.1): approves at once (there is no user to ask)
  and redirects to `redirect_uri` with `code` and `state`. `client_id` must be the mock's and
  `redirect_uri` an absolute http(s) URI without fragment, else 400 without a redirect (§4.1.2.1);
  `response_type` other than `code` and scopes the scheme does not declare are redirected errors.
  PKCE (RFC 7636, `plain` and `S256`) is honoured when the client sends a challenge. The
  resource owner is `login_hint` when given (a test can act as several users), else `user`.
- `tokenUrl` (and `refreshUrl`, when another path; POST form, §4.1.3 and §6): grant types
  `authorization_code` (a code lives 10 minutes and works once: a second use revokes what the
  first issued, §4.1.2) and `refresh_token` (the refresh token is kept, not rotated). The client
  authenticates as the scheme says (`client-authentication`: `body` sends `client_id` and
  `client_secret` as form fields, `basic` in `Authorization: Basic`; a scheme without a client
  secret is a public client that sends `client_id` only). Answers and errors are RFC 6749 JSON
  (§5.1, §5.2) with `Cache-Control: no-store`.
- `revocation-url` (POST form, RFC 7009): revokes an access token, or a refresh token and every
  access token of its grant; answers 200 for unknown tokens too.

URLs that are absolute (another host in the spec, e.g. `https://mediagraph.io/oauth/token` beside
`https://api.mediagraph.io`) are served at their path on the mock, from its root; relative URLs
are resolved against the API's base URL as OpenAPI says (RFC 3986, the same as the client runtime:
with the base `https://host/api`, both `/oauth/token` and `oauth/token` are `/oauth/token`, and
with `https://host/api/`, `oauth/token` is `/api/oauth/token`). Access tokens are opaque random strings that live the scheme's
`lifetime-seconds` on the injected clock. Demo tokens of the scheme's `access-token` and
`refresh-token` credentials (when the mock has values for them) are valid from the start; the demo
access token does not expire (a long fuzzing run must not lose it) until it is revoked.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import parse_qsl, unquote_plus, urlencode, urljoin, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from generator.mock.basic import decode_basic
from generator.mock.body import read_body
from generator.mock.errors import MockError, MockSetupError
from generator.mock.options import Clock
from generator.runtime.schemes import OAuth2AuthorizationCode

CODE_SECONDS: Final = 600
DEMO_SUBJECT: Final = "user"
_FORM: Final = "application/x-www-form-urlencoded"
_MAX_FORM_BYTES: Final = 64 * 1024
_NO_STORE: Final = {"Cache-Control": "no-store", "Pragma": "no-cache"}
_PRUNE_EVERY: Final = 256

Endpoint = Callable[[Request], Awaitable[Response]]


def served_path(url: str, base_path: str) -> str:
    """Where the mock serves a URL of the scheme: its path once resolved against the API's base URL
    (RFC 3986; see the module docstring). `base_path` is the path of the spec's server URL."""
    return urlsplit(urljoin(f"http://mock{base_path or '/'}", url)).path or "/"


class OAuthError(Exception):
    """An RFC 6749 §5.2 error answer."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(error, description)
        self.error = error
        self.description = description
        self.status = status

    def response(self, challenge: str | None = None) -> Response:
        headers = dict(_NO_STORE)
        if self.status == 401 and challenge:
            headers["WWW-Authenticate"] = challenge
        body = {"error": self.error, "error_description": self.description}
        return JSONResponse(body, self.status, headers=headers)


@dataclass
class _Grant:
    """One authorization: who approved which client for which scopes, and what it issued."""

    client_id: str
    subject: str
    scope: str
    refresh_token: str
    access_tokens: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Code:
    client_id: str
    redirect_uri: str
    scope: str
    subject: str
    expires: float
    challenge: str | None
    challenge_method: str


@dataclass(frozen=True)
class _Access:
    grant: _Grant
    expires: float | None  # None: the demo token, valid until revoked


@dataclass(frozen=True)
class Client:
    """The client the mock knows: its id and, for a confidential client, its secret."""

    client_id: str
    secret: str | None = field(repr=False)


class AuthorizationServer:
    """The OAuth 2.0 endpoints of one scheme and the tokens they issued."""

    def __init__(
        self,
        name: str,
        scheme: OAuth2AuthorizationCode,
        credentials: Mapping[str, str],
        clock: Clock,
        *,
        base_path: str = "",
        label: str = "merged spec",
        lifetime_override: float | None = None,
    ) -> None:
        self.name = name
        self.scheme = scheme
        self._clock = clock
        self._lifetime = lifetime_override if lifetime_override is not None else scheme.lifetime_seconds
        self.client = Client(
            client_id=_required(credentials, scheme.client_id, name, "client-id", label),
            secret=_required(credentials, scheme.client_secret, name, "client-secret", label)
            if scheme.client_secret
            else None,
        )
        self._scopes = frozenset(scheme.scopes)
        self._codes: dict[str, _Code] = {}
        self._used_codes: dict[str, _Grant] = {}
        self._grants: dict[str, _Grant] = {}  # by refresh token
        self._access: dict[str, _Access] = {}
        self._issued = 0
        self.endpoints: dict[str, dict[str, Endpoint]] = {}
        self._add(served_path(scheme.authorization_url, base_path), ("GET", "POST"), self.authorize)
        self._add(served_path(scheme.token_url, base_path), ("POST",), self.token)
        if scheme.refresh_url:
            self._add(served_path(scheme.refresh_url, base_path), ("POST",), self.token)
        if scheme.revocation_url:
            self._add(served_path(scheme.revocation_url, base_path), ("POST",), self.revoke)
        self._demo_tokens(credentials)

    def _add(self, path: str, methods: tuple[str, ...], endpoint: Endpoint) -> None:
        for method in methods:
            self.endpoints.setdefault(path, {})[method] = endpoint

    def _demo_tokens(self, credentials: Mapping[str, str]) -> None:
        access = credentials.get(self.scheme.access_token) if self.scheme.access_token else None
        refresh = credentials.get(self.scheme.refresh_token) if self.scheme.refresh_token else None
        if not access and not refresh:
            return
        grant = _Grant(
            client_id=self.client.client_id,
            subject=DEMO_SUBJECT,
            scope=" ".join(sorted(self._scopes)),
            refresh_token=refresh or secrets.token_urlsafe(32),
        )
        self._grants[grant.refresh_token] = grant
        if access:
            grant.access_tokens.add(access)
            self._access[access] = _Access(grant, None)

    # -- what the verifier asks ----------------------------------------------------------------------

    def subject_of(self, access_token: str) -> str | None:
        """The resource owner of a valid, unexpired, unrevoked access token; None otherwise."""
        found = self.access_of(access_token)
        return None if found is None else found[0]

    def access_of(self, access_token: str) -> tuple[str, float] | None:
        """`(resource owner, expiry)` of a valid, unexpired, unrevoked access token (expiry `inf`
        for the demo token, valid until revoked); None otherwise."""
        found = self._access.get(access_token)
        if found is None or (found.expires is not None and self._clock() >= found.expires):
            return None
        return found.grant.subject, math.inf if found.expires is None else found.expires

    # -- authorization endpoint ----------------------------------------------------------------------

    async def authorize(self, request: Request) -> Response:
        try:
            if request.method == "POST":
                params = await _params(request, self.scheme)
            else:
                params = _single(list(request.query_params.multi_items()))
            redirect_uri = self._check_client_and_redirect(params)
        except OAuthError as error:
            return error.response()
        state = params.get("state")
        try:
            code = self._new_code(params, redirect_uri)
        except OAuthError as error:
            return _redirect(
                redirect_uri, {"error": error.error, "error_description": error.description}, state
            )
        return _redirect(redirect_uri, {"code": code}, state)

    def _check_client_and_redirect(self, params: Mapping[str, str]) -> str:
        client_id = params.get("client_id")
        if not client_id or not hmac.compare_digest(client_id.encode(), self.client.client_id.encode()):
            raise OAuthError("invalid_request", "unknown client_id")
        redirect_uri = params.get("redirect_uri", "")
        parts = urlsplit(redirect_uri)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.fragment or "#" in redirect_uri:
            raise OAuthError(
                "invalid_request", "redirect_uri must be an absolute http(s) URI without fragment"
            )
        return redirect_uri

    def _new_code(self, params: Mapping[str, str], redirect_uri: str) -> str:
        if params.get("response_type") != "code":
            raise OAuthError("unsupported_response_type", "response_type must be code")
        scope = _granted_scope(params.get("scope"), self._scopes, any_scope=not self._scopes)
        challenge = params.get("code_challenge")
        method = params.get("code_challenge_method", "plain")
        if challenge is not None and method not in ("plain", "S256"):
            raise OAuthError("invalid_request", "code_challenge_method must be plain or S256")
        code = secrets.token_urlsafe(24)
        self._codes[code] = _Code(
            client_id=self.client.client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            subject=params.get("login_hint") or DEMO_SUBJECT,
            expires=self._clock() + CODE_SECONDS,
            challenge=challenge,
            challenge_method=method,
        )
        return code

    # -- token endpoint ------------------------------------------------------------------------------

    async def token(self, request: Request) -> Response:
        try:
            params = await _params(request, self.scheme)
            self._authenticate_client(request, params)
            grant_type = params.get("grant_type")
            if grant_type == "authorization_code":
                return self._answer(*self._exchange_code(params))
            if grant_type == "refresh_token":
                return self._answer(*self._refresh(params))
            if grant_type is None:
                raise OAuthError("invalid_request", "grant_type is required")
            raise OAuthError("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")
        except OAuthError as error:
            return error.response(self._challenge())

    def _challenge(self) -> str | None:
        return 'Basic realm="oauth"' if self.scheme.client_authentication == "basic" else None

    def _authenticate_client(self, request: Request, params: Mapping[str, str]) -> None:
        """RFC 6749 §2.3.1, as the scheme's `client-authentication` says; 401 invalid_client else."""
        header = decode_basic(request.headers.get("authorization"))
        in_body = "client_secret" in params
        if header is not None and in_body:
            raise OAuthError("invalid_request", "use one client authentication method, not two")
        if self.client.secret is not None and self.scheme.client_authentication == "basic":
            if header is None:
                raise OAuthError("invalid_client", "client authentication (HTTP Basic) is required", 401)
            client_id, secret = unquote_plus(header[0]), unquote_plus(header[1])
            if "client_id" in params and params["client_id"] != client_id:
                raise OAuthError("invalid_request", "client_id differs from the authenticated client")
        else:
            if header is not None:
                raise OAuthError("invalid_client", "this client authenticates in the request body", 401)
            client_id, secret = params.get("client_id", ""), params.get("client_secret", "")
        valid_id = hmac.compare_digest(client_id.encode(), self.client.client_id.encode())
        valid_secret = self.client.secret is None or hmac.compare_digest(
            secret.encode(), self.client.secret.encode()
        )
        if not (valid_id and valid_secret):
            raise OAuthError("invalid_client", "client authentication failed", 401)

    def _exchange_code(self, params: Mapping[str, str]) -> tuple[_Grant, str]:
        code = params.get("code")
        if not code:
            raise OAuthError("invalid_request", "code is required")
        used = self._used_codes.get(code)
        if used is not None:  # §4.1.2: a code used twice revokes what it gave
            self._revoke_grant(used)
            raise OAuthError("invalid_grant", "the code was used already")
        found = self._codes.pop(code, None)
        if found is None or self._clock() >= found.expires:
            raise OAuthError("invalid_grant", "unknown or expired code")
        if params.get("redirect_uri") != found.redirect_uri:
            raise OAuthError("invalid_grant", "redirect_uri differs from the authorization request's")
        if found.challenge is not None and not _pkce_matches(found, params.get("code_verifier")):
            raise OAuthError("invalid_grant", "code_verifier does not match the code_challenge")
        grant = _Grant(found.client_id, found.subject, found.scope, secrets.token_urlsafe(32))
        self._grants[grant.refresh_token] = grant
        self._used_codes[code] = grant
        return grant, grant.scope

    def _refresh(self, params: Mapping[str, str]) -> tuple[_Grant, str]:
        refresh_token = params.get("refresh_token")
        if not refresh_token:
            raise OAuthError("invalid_request", "refresh_token is required")
        grant = self._grants.get(refresh_token)
        if grant is None:
            raise OAuthError("invalid_grant", "unknown or revoked refresh token")
        return grant, _granted_scope(params.get("scope"), frozenset(grant.scope.split()), any_scope=False)

    def _answer(self, grant: _Grant, scope: str) -> Response:
        access_token = secrets.token_urlsafe(32)
        expires = self._clock() + self._lifetime
        grant.access_tokens.add(access_token)
        self._access[access_token] = _Access(grant, expires)
        self._issued += 1
        if self._issued % _PRUNE_EVERY == 0:
            self._prune()
        body = {
            "access_token": access_token,
            "token_type": "Bearer",
            "expires_in": math.floor(self._lifetime),
            "refresh_token": grant.refresh_token,
            "scope": scope,
        }
        return JSONResponse(body, headers=_NO_STORE)

    def _prune(self) -> None:
        now = self._clock()
        for token in [
            token
            for token, access in self._access.items()
            if access.expires is not None and now >= access.expires
        ]:
            self._access[token].grant.access_tokens.discard(token)
            del self._access[token]
        for code in [code for code, found in self._codes.items() if now >= found.expires]:
            del self._codes[code]

    # -- revocation endpoint (RFC 7009) --------------------------------------------------------------

    async def revoke(self, request: Request) -> Response:
        try:
            params = await _params(request, self.scheme)
            self._authenticate_client(request, params)
            token = params.get("token")
            if not token:
                raise OAuthError("invalid_request", "token is required")
        except OAuthError as error:
            return error.response(self._challenge())
        grant = self._grants.get(token)
        if grant is not None:
            self._revoke_grant(grant)
        else:
            access = self._access.pop(token, None)
            if access is not None:
                access.grant.access_tokens.discard(token)
        return Response(status_code=200, headers=_NO_STORE)

    def _revoke_grant(self, grant: _Grant) -> None:
        self._grants.pop(grant.refresh_token, None)
        for token in grant.access_tokens:
            self._access.pop(token, None)
        grant.access_tokens.clear()


def _required(credentials: Mapping[str, str], name: str | None, scheme: str, key: str, label: str) -> str:
    value = credentials.get(name) if name else None
    if not value:
        raise MockSetupError(
            label,
            f"$['x-auth']['schemes']['{scheme}']['{key}']",
            f"no value for credential {name!r} (set it in the mock's credentials, x-mock.credentials)",
        )
    return value


def _granted_scope(requested: str | None, allowed: frozenset[str], *, any_scope: bool) -> str:
    """The scope granted: what was asked, each one allowed (`any_scope`: a scheme that declares no
    scopes takes whatever is asked), else everything allowed (RFC 6749 §3.3, §6)."""
    if requested is None or not requested.strip():
        return " ".join(sorted(allowed))
    asked = requested.split()
    unknown = [scope for scope in asked if scope not in allowed]
    if unknown and not any_scope:
        raise OAuthError("invalid_scope", f"scope {unknown[0]!r} is not available")
    return " ".join(asked)


def _single(items: list[tuple[str, str]]) -> dict[str, str]:
    """Parameters that appear once each (RFC 6749 §3.1, §3.2: a repeated one is invalid_request)."""
    found: dict[str, str] = {}
    for name, value in items:
        if name in found:
            raise OAuthError("invalid_request", f"parameter {name!r} is repeated")
        found[name] = value
    return found


async def _params(request: Request, scheme: OAuth2AuthorizationCode) -> dict[str, str]:
    """The form body's parameters; with `accept_query_parameters`, the query string's as well (a
    request may carry them in either place, but each parameter once)."""
    if not scheme.accept_query_parameters:
        return await _form(request)
    items = list(request.query_params.multi_items())
    if request.headers.get("content-type") or int(request.headers.get("content-length") or 0):
        items.extend((await _form(request)).items())
    return _single(items)


async def _form(request: Request) -> dict[str, str]:
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != _FORM:
        raise OAuthError("invalid_request", f"the body must be {_FORM}")
    try:
        data = await read_body(request.receive, request.headers, _MAX_FORM_BYTES)
        text = data.decode("utf-8")
    except (MockError, UnicodeDecodeError):
        raise OAuthError("invalid_request", "the body is not a readable form") from None
    return _single(parse_qsl(text, keep_blank_values=True))


def _pkce_matches(code: _Code, verifier: str | None) -> bool:
    if not verifier:
        return False
    if code.challenge_method == "S256":
        digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
        computed = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    else:
        computed = verifier
    return hmac.compare_digest(computed.encode(), (code.challenge or "").encode())


def _redirect(redirect_uri: str, params: Mapping[str, str], state: str | None) -> Response:
    query = dict(params)
    if state is not None:
        query["state"] = state
    separator = "&" if urlsplit(redirect_uri).query else "?"
    return RedirectResponse(redirect_uri + separator + urlencode(query), status_code=302)
