"""OAuth 2.0 authorization code grant through the runtime, against a fake authorization server
(an `httpx.MockTransport`) that checks what RFC 6749 and RFC 7009 ask of a client."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from generator.errors import InputError
from generator.model import load_api
from generator.runtime.auth import VendorAuth
from generator.runtime.credentials import AuthConfigurationError
from generator.runtime.errors import BadRequestError
from generator.runtime.flows import run_sync
from generator.runtime.oauth2 import AsyncOAuth2, OAuth2, OAuth2Auth
from generator.runtime.routes import RouteTable
from generator.runtime.schemes import OAuth2AuthorizationCode
from generator.vendor_data import vendor_data
from tests.support.clock import FakeClock
from tests.support.oauth2 import CLIENT_ID, CLIENT_SECRET, REDIRECT, AuthorizationServer

BASE_URL = "https://api.vendor.test/api"


def scheme(**changes: Any) -> OAuth2AuthorizationCode:
    settings: dict[str, Any] = {
        "authorization_url": "/oauth/authorize",
        "token_url": "/oauth/token",
        "client_id": "client_id",
        "client_secret": "client_secret",
        "access_token": "access_token",
        "refresh_token": "refresh_token",
        "revocation_url": "/oauth/revoke",
        "scopes": ("read", "write"),
        "client_authentication": "basic",
        "lifetime_seconds": 3600.0,
        "renew_before_seconds": 60.0,
        **changes,
    }
    return OAuth2AuthorizationCode(**settings)


class Provider:
    """Stands in for the generated AuthenticatedClient: httpx clients carrying the vendor's auth."""

    def __init__(self, server: AuthorizationServer, auth: httpx.Auth) -> None:
        transport = httpx.MockTransport(server.handler)
        self.sync = httpx.Client(base_url=BASE_URL, transport=transport, auth=auth)
        self.asynchronous = httpx.AsyncClient(base_url=BASE_URL, transport=transport, auth=auth)

    def get_httpx_client(self) -> httpx.Client:
        return self.sync

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self.asynchronous


def signed_in(
    clock: FakeClock, credentials: dict[str, str | None] | None = None, **changes: Any
) -> tuple[VendorAuth, OAuth2Auth]:
    auth = VendorAuth(
        schemes={"oauth": scheme(**changes)},
        routes=RouteTable([("GET", "/me", [["oauth"]])], base_path="/api"),
        credentials={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, **(credentials or {})},
        clock=clock,
        base_url=BASE_URL,
    )
    return auth, auth.oauth2("oauth")


def test_authorization_url_asks_for_a_code_with_state_and_scopes() -> None:
    _, oauth = signed_in(FakeClock())
    request = oauth.authorization_url(REDIRECT)
    url = httpx.URL(request.url)
    assert (url.scheme, url.host, url.path) == (
        "https",
        "api.vendor.test",
        "/oauth/authorize",
    )  # relative to the base URL
    assert dict(url.params) == {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT,
        "state": request.state,
        "scope": "read write",
    }
    assert len(request.state) >= 32 and oauth.authorization_url(REDIRECT).state != request.state
    chosen = httpx.URL(oauth.authorization_url(REDIRECT, state="s-1", scopes=["read"]).url).params
    assert (chosen["state"], chosen["scope"]) == ("s-1", "read")
    absolute = signed_in(FakeClock(), authorization_url="https://login.vendor.test/authorize")[1]
    assert absolute.authorization_url(REDIRECT).url.startswith("https://login.vendor.test/authorize?")


@pytest.mark.parametrize("client_authentication", ["basic", "body"])
def test_code_exchange_then_calls_carry_the_access_token(client_authentication: str) -> None:
    clock = FakeClock()
    server = AuthorizationServer(clock, client_authentication=client_authentication)
    auth, oauth = signed_in(clock, client_authentication=client_authentication)
    provider = Provider(server, auth)
    helper = OAuth2(oauth, provider)
    with pytest.raises(AuthConfigurationError, match="GET /me needs oauth"):
        provider.sync.get("/me")  # not signed in yet: refused before sending
    assert server.calls == []
    tokens = helper.exchange_code("code-1", redirect_uri=REDIRECT)
    assert (tokens.access_token, tokens.refresh_token) == ("at-1", "rt-1")
    assert tokens.expires_at == pytest.approx(clock.time() + 3600)
    assert server.calls == [
        (
            "/oauth/token",
            {"grant_type": "authorization_code", "code": "code-1", "redirect_uri": REDIRECT}
            | (
                {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
                if client_authentication == "body"
                else {}
            ),
        )
    ]
    assert provider.sync.get("/me").json() == {"id": 1}
    assert "at-1" not in repr(tokens) and "rt-1" not in repr(tokens) and "rt-1" not in repr(helper)


def test_a_refused_code_is_a_typed_error_without_secrets() -> None:
    clock = FakeClock()
    auth, oauth = signed_in(clock)
    helper = OAuth2(oauth, Provider(AuthorizationServer(clock), auth))
    with pytest.raises(BadRequestError) as refused:
        helper.exchange_code("not-a-code", redirect_uri=REDIRECT)
    assert "The code is invalid." in str(refused.value)
    assert CLIENT_SECRET not in str(refused.value) and helper.tokens is None


def test_the_access_token_is_refreshed_before_it_expires_and_rotation_is_kept() -> None:
    clock = FakeClock()
    server = AuthorizationServer(clock)
    auth, oauth = signed_in(clock)
    provider = Provider(server, auth)
    OAuth2(oauth, provider).exchange_code("code-1", redirect_uri=REDIRECT)
    clock.advance(3600 - 30)  # inside the 60 s renew-before window
    assert provider.sync.get("/me").status_code == 200
    assert server.calls[-1] == ("/oauth/token", {"grant_type": "refresh_token", "refresh_token": "rt-1"})
    clock.advance(3600 - 30)
    assert provider.sync.get("/me").status_code == 200
    assert server.calls[-1][1]["refresh_token"] == "rt-2"  # the rotated refresh token was kept
    server.rotate = False  # an answer without a refresh token: keep using the one held
    for _ in range(2):
        clock.advance(3600 - 30)
        assert provider.sync.get("/me").status_code == 200
    assert [form["refresh_token"] for _, form in server.calls[-2:]] == ["rt-3", "rt-3"]


def test_a_401_refreshes_once_then_the_401_is_returned() -> None:
    clock = FakeClock()
    server = AuthorizationServer(clock)
    auth, _ = signed_in(clock, {"access_token": "at-held", "refresh_token": "rt-held"})
    server.refresh.add("rt-held")  # the server knows the refresh token; "at-held" is unknown to it
    provider = Provider(server, auth)
    assert provider.sync.get("/me").status_code == 200  # 401 -> refreshed -> retried
    assert [path for path, _ in server.calls] == ["/oauth/token"]
    server.refuse_all = True  # no access token works any more, not even a fresh one
    assert provider.sync.get("/me").status_code == 401  # one renewal, then the answer stands
    assert len(server.calls) == 2


def test_a_refresh_token_alone_is_refreshed_before_the_first_call_at_the_refresh_url() -> None:
    clock = FakeClock()
    server = AuthorizationServer(clock)
    server.refresh.add("rt-held")
    auth, _ = signed_in(clock, {"refresh_token": "rt-held"}, refresh_url="oauth/refresh")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/oauth/refresh":  # relative to the base URL's path
            request = httpx.Request(
                "POST",
                request.url.copy_with(path="/oauth/token"),
                headers=request.headers,
                content=request.content,
            )
        return server.handler(request)

    with httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler), auth=auth) as client:
        assert client.get("/me").status_code == 200
    assert server.calls[0][1] == {"grant_type": "refresh_token", "refresh_token": "rt-held"}


def test_revoke_revokes_the_grant_and_the_client_forgets_it() -> None:
    clock = FakeClock()
    server = AuthorizationServer(clock)
    auth, oauth = signed_in(clock)
    provider = Provider(server, auth)
    helper = OAuth2(oauth, provider)
    helper.exchange_code("code-1", redirect_uri=REDIRECT)
    helper.revoke()
    assert server.calls[-1] == ("/oauth/revoke", {"token": "rt-1", "token_type_hint": "refresh_token"})
    assert server.refresh == set() and helper.tokens is None
    with pytest.raises(AuthConfigurationError):
        provider.sync.get("/me")  # nothing left to authenticate with: refused before sending
    assert server.calls[-1][0] == "/oauth/revoke"
    without = OAuth2(signed_in(clock, revocation_url=None)[1], provider)
    with pytest.raises(AuthConfigurationError, match="revocation"):
        without.revoke()


def test_the_async_helper_and_single_flight_refresh() -> None:
    clock = FakeClock()
    server = AuthorizationServer(clock)
    auth, oauth = signed_in(clock)
    provider = Provider(server, auth)
    helper = AsyncOAuth2(oauth, provider)

    async def run() -> list[int]:
        await helper.exchange_code("code-1", redirect_uri=REDIRECT)
        clock.advance(3600)
        statuses = [
            r.status_code
            for r in await asyncio.gather(*(provider.asynchronous.get("/me") for _ in range(20)))
        ]
        await helper.revoke()
        return statuses

    assert asyncio.run(run()) == [200] * 20
    assert [path for path, _ in server.calls] == ["/oauth/token", "/oauth/token", "/oauth/revoke"]
    assert helper.tokens is None


def test_a_client_without_a_secret_sends_its_id_in_the_body() -> None:
    clock = FakeClock()
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"access_token": "at", "expires_in": 60})

    auth = VendorAuth(
        schemes={"oauth": scheme(client_secret=None)},
        routes=RouteTable([]),
        credentials={"client_id": CLIENT_ID},
        clock=clock,
        base_url=BASE_URL,
    )
    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        run_sync(auth.oauth2("oauth").exchange_code("c", REDIRECT), http)
    assert "Authorization" not in seen[0].headers
    assert dict(httpx.QueryParams(seen[0].content.decode()))["client_id"] == CLIENT_ID
    assert "client_secret" not in seen[0].content.decode()


def test_a_vendor_offers_at_most_one_oauth_scheme_on_its_facade() -> None:
    flow = {"authorizationCode": {"authorizationUrl": "/a", "tokenUrl": "/t", "scopes": {}}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {
            "securitySchemes": {
                "one": {"type": "oauth2", "flows": flow},
                "two": {"type": "oauth2", "flows": flow},
            }
        },
        "x-auth": {
            "credentials": {"id": {}},
            "schemes": {
                "one": {"kind": "oauth2-authorization-code", "client-id": "id"},
                "two": {"kind": "oauth2-authorization-code", "client-id": "id"},
            },
        },
    }
    with pytest.raises(InputError, match=r"t\.yaml.*\['x-auth'\]\['schemes'\].*found one, two"):
        vendor_data(load_api(document, "t.yaml"), "t")
