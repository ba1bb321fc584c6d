"""A fake OAuth 2.0 authorization server in front of a fake API, for an `httpx.MockTransport`.

It checks what RFC 6749 and RFC 7009 ask of a client: form-encoded token requests, the client's
authentication (HTTP basic with the form-encoded id and secret, or both in the body), codes bound
to their redirect URI, refresh tokens (rotated unless told not to), revocation; and it lets API
requests through only with an unexpired access token, on the test's clock.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

import httpx

from tests.support.clock import FakeClock

REDIRECT = "https://app.example/callback"
CLIENT_ID, CLIENT_SECRET = "client-1", "client-secret-1"


@dataclass
class AuthorizationServer:
    """Issues codes' tokens, refreshes (rotating refresh tokens unless told not to), revokes, and
    serves the API's `GET /api/...` requests to valid access tokens only. Records every token endpoint call."""

    clock: FakeClock
    client_authentication: str = "basic"
    rotate: bool = True
    codes: dict[str, str] = field(default_factory=lambda: {"code-1": REDIRECT})
    access: dict[str, float] = field(default_factory=dict)  # token -> expiry (wall time)
    refresh: set[str] = field(default_factory=set)
    calls: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    issued: int = 0
    refuse_all: bool = False
    api: Callable[[httpx.Request], httpx.Response] | None = None
    """Answers the API's own requests once their access token is checked (default `{"id": 1}`)."""

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path.startswith("/api/"):
            token = request.headers.get("Authorization", "").removeprefix("Bearer ")
            ok = self.access.get(token, 0.0) > self.clock.time() and not self.refuse_all
            return httpx.Response(
                200 if ok else 401, json={"id": 1} if ok else {"message": "Unauthenticated."}
            )
        form = dict(parse_qsl(request.content.decode()))
        assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
        self.calls.append((request.url.path, form))
        if not self.client_is_authenticated(request, form):
            return httpx.Response(401, json={"error": "invalid_client"})
        if request.url.path == "/oauth/revoke":
            self.refresh.discard(form["token"])
            self.access.pop(form["token"], None)
            return httpx.Response(200)
        grant = form.get("grant_type")
        if grant == "authorization_code" and self.codes.pop(form.get("code", ""), None) == form.get(
            "redirect_uri"
        ):
            return self.tokens(new_refresh=True)
        if grant == "refresh_token" and form.get("refresh_token") in self.refresh:
            if self.rotate:
                self.refresh.discard(form["refresh_token"])
            return self.tokens(new_refresh=self.rotate)
        return httpx.Response(
            400, json={"error": "invalid_grant", "error_description": "The code is invalid."}
        )

    def client_is_authenticated(self, request: httpx.Request, form: dict[str, str]) -> bool:
        if self.client_authentication == "basic":
            scheme_name, _, encoded = request.headers.get("Authorization", "").partition(" ")
            user, _, password = base64.b64decode(encoded).decode().partition(":") if encoded else ("", "", "")
            return scheme_name == "Basic" and (unquote_plus(user), unquote_plus(password)) == (
                CLIENT_ID,
                CLIENT_SECRET,
            )
        return (form.get("client_id"), form.get("client_secret")) == (CLIENT_ID, CLIENT_SECRET)

    def tokens(self, *, new_refresh: bool) -> httpx.Response:
        self.issued += 1
        access = f"at-{self.issued}"
        self.access[access] = self.clock.time() + 3600
        body: dict[str, Any] = {"access_token": access, "token_type": "Bearer", "expires_in": 3600}
        if new_refresh:
            body["refresh_token"] = f"rt-{self.issued}"
            self.refresh.add(body["refresh_token"])
        return httpx.Response(200, json=body)
