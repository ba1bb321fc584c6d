"""OAuth 2.0 authorization code grant (RFC 6749 §4.1) with refresh (§6) and revocation (RFC 7009).

`OAuth2Auth` sends the access token as a bearer and refreshes it (a `TokenKeeper`); it also
builds the authorization URL and exchanges a code, since those set the tokens it keeps. A
facade offers them as `client.oauth` (`OAuth2` / `AsyncOAuth2`):

    request = client.oauth.authorization_url(redirect_uri="https://app.example/callback")
    # send the user to request.url; on the callback check `state` == request.state, then:
    tokens = client.oauth.exchange_code(code, redirect_uri="https://app.example/callback")
    ...                                   # calls are authenticated and refreshed from now on
    client.oauth.revoke()                 # sign out: the server forgets the grant, the client too

Token endpoints take form bodies and answer `{access_token, token_type, expires_in,
refresh_token, scope}` (RFC 6749 §5.1); the client authenticates in the body (`client_id`,
`client_secret`) or with HTTP basic (`client_authentication`). URLs may be relative to the base
URL (resolved as RFC 3986 references, like OpenAPI's).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote_plus

import httpx

from .base import HttpxClientProvider
from .clock import SYSTEM_CLOCK, Clock
from .credentials import AuthConfigurationError, Credentials
from .errors import error_for
from .flows import Flow, ReadBody, run_async, run_sync
from .plain_auth import basic_authorization
from .redaction import Secret
from .schemes import CREDENTIAL_PREFIX, OAuth2AuthorizationCode, TokenAnswer
from .token_auth import HeldToken, TokenKeeper, held, jwt_expiry, read_token_answer

TOKEN_ANSWER = TokenAnswer(token_field="access_token", refresh_token_field="refresh_token", lifetime_field="expires_in")
"""Where an RFC 6749 §5.1 answer holds the tokens and the lifetime."""


@dataclass(frozen=True)
class AuthorizationRequest:
    """Where to send the user (`url`), and the `state` to compare with the one the callback gets."""

    url: str
    state: str


@dataclass(frozen=True)
class OAuth2Tokens:
    """The tokens a client holds, to store and pass back later (`access_token=`, `refresh_token=`).

    `expires_at` is a Unix time on the client's clock. The reprs never show the tokens.
    """

    access_token: str | None = field(repr=False)
    refresh_token: str | None = field(repr=False)
    expires_at: float


class OAuth2Auth(TokenKeeper):
    """Bearer auth with an OAuth 2.0 access token, refreshed with the refresh token."""

    def __init__(
        self,
        scheme: OAuth2AuthorizationCode,
        credentials: Credentials,
        *,
        base_url: str = "",
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(
            clock=clock, renew_before_seconds=scheme.renew_before_seconds, renew_on_401=scheme.renew_on_401
        )
        self.scheme = scheme
        self._credentials = credentials
        self._base_url = httpx.URL(base_url)
        self.token = self._initial_token()

    def __repr__(self) -> str:
        return f"OAuth2Auth(credentials={self._credentials!r})"

    def _initial_token(self) -> HeldToken | None:
        """Tokens the user passed in: the access token lives the documented lifetime (or until its
        `exp`, when it is a JWT); a refresh token alone is refreshed before the first call."""
        access = self._credentials.get(self.scheme.access_token)
        refresh = self._credentials.get(self.scheme.refresh_token)
        if access is None and refresh is None:
            return None
        lifetime = self.scheme.lifetime_seconds
        expiry = jwt_expiry(access.reveal()) if access is not None else None
        if expiry is not None:
            lifetime = expiry - self.clock.time()
        return HeldToken(access, self.clock.monotonic() + lifetime, max(lifetime, 0.0), refresh)

    def url(self, reference: str) -> httpx.URL:
        """An endpoint URL of the scheme, resolved against the client's base URL."""
        return self._base_url.join(reference)

    def can_renew(self, current: HeldToken | None) -> bool:
        client_id = CREDENTIAL_PREFIX + self.scheme.client_id
        return current is not None and current.refresh is not None and self._credentials.has(client_id)

    def renewal(self, request: httpx.Request, current: HeldToken | None) -> Flow[HeldToken]:
        assert current is not None and current.refresh is not None
        form = {"grant_type": "refresh_token", "refresh_token": current.refresh.reveal()}
        url = self.scheme.refresh_url or self.scheme.token_url
        response = yield self._token_endpoint(url, form, request.extensions.get("timeout"))
        yield ReadBody(response)
        return held(
            read_token_answer(response, TOKEN_ANSWER, self.clock),
            self.clock,
            self.scheme.lifetime_seconds,
            current,
        )

    def authorization_url(
        self, redirect_uri: str, *, state: str | None = None, scopes: Iterable[str] | None = None
    ) -> AuthorizationRequest:
        """The URL that asks the user to authorize the client (§4.1.1); `state` is random unless
        given, `scopes` default to every scope the spec declares."""
        state = state or secrets.token_urlsafe(24)
        params = {
            "response_type": "code",
            "client_id": self._credentials.fill(CREDENTIAL_PREFIX + self.scheme.client_id),
            "redirect_uri": redirect_uri,
            "state": state,
        }
        chosen = tuple(self.scheme.scopes if scopes is None else scopes)
        if chosen:
            params["scope"] = " ".join(chosen)
        return AuthorizationRequest(str(self.url(self.scheme.authorization_url).copy_merge_params(params)), state)

    def exchange_code(self, code: str, redirect_uri: str) -> Flow[OAuth2Tokens]:
        """Exchange an authorization code for tokens (§4.1.3) and keep them."""
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        response = yield self._token_endpoint(self.scheme.token_url, form, None)
        yield ReadBody(response)
        token = held(read_token_answer(response, TOKEN_ANSWER, self.clock), self.clock, self.scheme.lifetime_seconds)
        yield from self.replace(token)
        return self._tokens(token)

    def revoke(self) -> Flow[None]:
        """Revoke the grant (RFC 7009): the refresh token when held (the server then invalidates
        its access tokens too), else the access token; then forget both."""
        if self.scheme.revocation_url is None:
            raise AuthConfigurationError("the API documents no token revocation endpoint (revocation-url)")
        token = self.token
        secret: Secret | None = token.value if token else None
        hint = "access_token"
        if token is not None and token.refresh is not None:
            secret, hint = token.refresh, "refresh_token"
        if secret is not None:
            form = {"token": secret.reveal(), "token_type_hint": hint}
            response = yield self._token_endpoint(self.scheme.revocation_url, form, None)
            yield ReadBody(response)
            if response.status_code >= 400:
                raise error_for(response, self.clock.time())
        yield from self.replace(None)

    def tokens_of(self, token: HeldToken | None) -> OAuth2Tokens | None:
        return self._tokens(token) if token is not None else None

    def _tokens(self, token: HeldToken) -> OAuth2Tokens:
        expires_at = self.clock.time() + (token.expires_at - self.clock.monotonic())
        return OAuth2Tokens(
            access_token=token.value.reveal() if token.value else None,
            refresh_token=token.refresh.reveal() if token.refresh else None,
            expires_at=expires_at,
        )

    def _token_endpoint(self, url: str, form: dict[str, str], timeout: object) -> httpx.Request:
        """A POST to a token endpoint with the client's authentication (RFC 6749 §2.3.1): HTTP basic
        with the form-encoded id and secret, or both in the body (a public client: the id only)."""
        credentials, scheme = self._credentials, self.scheme
        client_id = credentials.fill(CREDENTIAL_PREFIX + scheme.client_id)
        secret = credentials.get(scheme.client_secret)
        headers = {"Accept": "application/json"}
        if scheme.client_authentication == "basic" and secret is not None:
            headers["Authorization"] = basic_authorization(quote_plus(client_id), quote_plus(secret.reveal()))
        else:
            form = {**form, "client_id": client_id}
            if secret is not None:
                form["client_secret"] = secret.reveal()
        extensions = {"timeout": timeout} if timeout else {}
        return httpx.Request("POST", self.url(url), headers=headers, data=form, extensions=extensions)


class _OAuth2Helper:
    def __init__(self, auth: OAuth2Auth, client: HttpxClientProvider) -> None:
        self._auth = auth
        self._client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}(authorized={self._auth.satisfiable()})"

    def authorization_url(
        self, *, redirect_uri: str, state: str | None = None, scopes: Iterable[str] | None = None
    ) -> AuthorizationRequest:
        """Where to send the user to authorize this client; compare the callback's `state` with
        `request.state`, then pass its `code` to `exchange_code`."""
        return self._auth.authorization_url(redirect_uri, state=state, scopes=scopes)

    @property
    def tokens(self) -> OAuth2Tokens | None:
        """The tokens held now (they change when refreshed): store them to resume later."""
        return self._auth.tokens_of(self._auth.token)


class OAuth2(_OAuth2Helper):
    """`client.oauth` of a sync client: authorize, exchange the code, revoke."""

    def exchange_code(self, code: str, *, redirect_uri: str) -> OAuth2Tokens:
        """Exchange the callback's code for tokens; the client uses and refreshes them from now on."""
        return run_sync(self._auth.exchange_code(code, redirect_uri), self._client.get_httpx_client())

    def revoke(self) -> None:
        """Revoke the grant at the revocation endpoint and forget the tokens."""
        run_sync(self._auth.revoke(), self._client.get_httpx_client())


class AsyncOAuth2(_OAuth2Helper):
    """`client.oauth` of an async client: authorize, exchange the code, revoke."""

    async def exchange_code(self, code: str, *, redirect_uri: str) -> OAuth2Tokens:
        """Exchange the callback's code for tokens; the client uses and refreshes them from now on."""
        return await run_async(self._auth.exchange_code(code, redirect_uri), self._client.get_async_httpx_client())

    async def revoke(self) -> None:
        """Revoke the grant at the revocation endpoint and forget the tokens."""
        await run_async(self._auth.revoke(), self._client.get_async_httpx_client())
