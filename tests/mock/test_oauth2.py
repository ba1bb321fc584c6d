"""OAuth 2.0 authorization code (RFC 6749 §4.1, §6; RFC 7009; RFC 7636): the authorization server
the mock serves itself, end to end in process, and its refusals; expiry on the injected clock."""

from __future__ import annotations

import base64
import copy
import hashlib
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from generator.errors import InputError
from generator.mock import engine_of
from generator.mock.errors import MockSetupError
from generator.mock.oauth2 import served_path

from . import authspecs
from .conftest import FakeClock, client_for

pytestmark = pytest.mark.anyio

CLIENT_ID = "mock-client"
SECRET = "mock-client-secret"
REDIRECT = "https://app.example.org/callback?from=mock"
OAUTH = authspecs.spec(
    credentials={
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "access_token": "demo-access-token",
        "refresh_token": "demo-refresh-token",
    },
    secret=("client_secret", "access_token", "refresh_token"),
    security_schemes={
        "oauth": {
            "type": "oauth2",
            "flows": {
                "authorizationCode": {
                    # Another host than the API's, as Mediagraph's (mediagraph.io beside api.mediagraph.io).
                    "authorizationUrl": "https://auth.example.com/oauth/authorize",
                    "tokenUrl": "https://auth.example.com/oauth/token",
                    "scopes": {"read": "read", "write": "write"},
                }
            },
        }
    },
    schemes={
        "oauth": {
            "kind": "oauth2-authorization-code",
            "client-id": "client_id",
            "client-secret": "client_secret",
            "access-token": "access_token",
            "refresh-token": "refresh_token",
            "revocation-url": "https://auth.example.com/oauth/revoke",
            "lifetime-seconds": 600,
        }
    },
    paths={"/me": {"get": authspecs.whoami("me", [{"oauth": []}])}},
)


def oauth_spec(**changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(OAUTH)
    document["x-auth"]["schemes"]["oauth"].update(changes)
    return document


@pytest.fixture
async def server(clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(authspecs.app(oauth_spec(), clock, "me")) as client:
        yield client


async def authorize(client: httpx.AsyncClient, **params: str) -> dict[str, list[str]]:
    """The query of the redirect the authorization endpoint answers."""
    query = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT,
        "state": "xyz",
        **params,
    }
    response = await client.get("/oauth/authorize", params=query)
    assert response.status_code == 302, response.text
    location = urlsplit(response.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == "https://app.example.org/callback"
    return parse_qs(location.query)


async def token(client: httpx.AsyncClient, **form: str) -> httpx.Response:
    return await client.post("/oauth/token", data={"client_id": CLIENT_ID, "client_secret": SECRET, **form})


async def exchange(client: httpx.AsyncClient, **params: str) -> dict[str, Any]:
    code = (await authorize(client, **params))["code"][0]
    answer = await token(client, grant_type="authorization_code", code=code, redirect_uri=REDIRECT)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def bearer(value: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {value}"}


async def test_authorize_code_token_call_refresh_revoke(server: httpx.AsyncClient, clock: FakeClock) -> None:
    redirected = await authorize(server, scope="read", login_hint="alice")
    assert redirected["state"] == ["xyz"] and redirected["from"] == ["mock"]
    answer = await token(
        server, grant_type="authorization_code", code=redirected["code"][0], redirect_uri=REDIRECT
    )
    assert answer.status_code == 200
    assert answer.headers["cache-control"] == "no-store"
    tokens = answer.json()
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 600 and tokens["scope"] == "read"
    me = await server.get("/v1/me", headers=bearer(tokens["access_token"]))
    assert me.status_code == 200 and me.json() == {"scheme": "oauth", "subject": "alice"}

    clock.advance(600)  # the access token expires on the injected clock
    expired = await server.get("/v1/me", headers=bearer(tokens["access_token"]))
    assert expired.status_code == 401 and expired.headers["www-authenticate"] == "Bearer"
    renewed = await token(server, grant_type="refresh_token", refresh_token=tokens["refresh_token"])
    assert renewed.status_code == 200 and renewed.json()["refresh_token"] == tokens["refresh_token"]
    fresh = renewed.json()["access_token"]
    assert (await server.get("/v1/me", headers=bearer(fresh))).json()["subject"] == "alice"

    revoked = await server.post(
        "/oauth/revoke",
        data={"token": tokens["refresh_token"], "client_id": CLIENT_ID, "client_secret": SECRET},
    )
    assert revoked.status_code == 200
    assert (await server.get("/v1/me", headers=bearer(fresh))).status_code == 401
    again = await token(server, grant_type="refresh_token", refresh_token=tokens["refresh_token"])
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


async def test_revoking_an_access_token_keeps_the_grant(server: httpx.AsyncClient) -> None:
    tokens = await exchange(server)
    form = {"client_id": CLIENT_ID, "client_secret": SECRET}
    assert (
        await server.post("/oauth/revoke", data={"token": tokens["access_token"], **form})
    ).status_code == 200
    assert (await server.get("/v1/me", headers=bearer(tokens["access_token"]))).status_code == 401
    renewed = await token(server, grant_type="refresh_token", refresh_token=tokens["refresh_token"])
    assert (await server.get("/v1/me", headers=bearer(renewed.json()["access_token"]))).status_code == 200
    unknown = await server.post("/oauth/revoke", data={"token": "never-issued", **form})
    assert unknown.status_code == 200  # RFC 7009 §2.2
    unauthenticated = await server.post("/oauth/revoke", data={"token": tokens["refresh_token"]})
    assert unauthenticated.status_code == 401 and unauthenticated.json()["error"] == "invalid_client"


async def test_a_code_works_once_and_a_second_use_revokes_its_tokens(server: httpx.AsyncClient) -> None:
    code = (await authorize(server))["code"][0]
    first = await token(server, grant_type="authorization_code", code=code, redirect_uri=REDIRECT)
    assert first.status_code == 200
    second = await token(server, grant_type="authorization_code", code=code, redirect_uri=REDIRECT)
    assert second.status_code == 400 and second.json()["error"] == "invalid_grant"
    assert (await server.get("/v1/me", headers=bearer(first.json()["access_token"]))).status_code == 401


async def test_codes_expire_and_must_come_with_their_redirect_uri(
    server: httpx.AsyncClient, clock: FakeClock
) -> None:
    code = (await authorize(server))["code"][0]
    other = await token(
        server, grant_type="authorization_code", code=code, redirect_uri="https://evil.example/cb"
    )
    assert other.status_code == 400 and other.json()["error"] == "invalid_grant"
    code = (await authorize(server))["code"][0]
    clock.advance(600)
    late = await token(server, grant_type="authorization_code", code=code, redirect_uri=REDIRECT)
    assert late.status_code == 400 and late.json()["error"] == "invalid_grant"


async def test_pkce_s256(server: httpx.AsyncClient) -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    code = (await authorize(server, code_challenge=challenge, code_challenge_method="S256"))["code"][0]
    wrong = await token(
        server, grant_type="authorization_code", code=code, redirect_uri=REDIRECT, code_verifier="x"
    )
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    code = (await authorize(server, code_challenge=challenge, code_challenge_method="S256"))["code"][0]
    right = await token(
        server, grant_type="authorization_code", code=code, redirect_uri=REDIRECT, code_verifier=verifier
    )
    assert right.status_code == 200


async def test_authorization_refusals(server: httpx.AsyncClient) -> None:
    # An unknown client or a bad redirect_uri is not redirected (RFC 6749 §4.1.2.1).
    for params in (
        {"client_id": "someone-else"},
        {"redirect_uri": "/relative"},
        {"redirect_uri": REDIRECT + "#x"},
    ):
        query = {"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": REDIRECT, **params}
        refused = await server.get("/oauth/authorize", params=query)
        assert refused.status_code == 400 and refused.json()["error"] == "invalid_request", params
    # Other errors go back to the client.
    assert (await authorize(server, response_type="token"))["error"] == ["unsupported_response_type"]
    assert (await authorize(server, scope="read admin"))["error"] == ["invalid_scope"]
    assert (await authorize(server, scope="read admin"))["state"] == ["xyz"]
    posted = await server.post(
        "/oauth/authorize", data={"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": REDIRECT}
    )
    assert posted.status_code == 302 and "code=" in posted.headers["location"]


async def test_token_endpoint_refusals(server: httpx.AsyncClient) -> None:
    tokens = await exchange(server)
    wrong_secret = await server.post(
        "/oauth/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": CLIENT_ID,
            "client_secret": "no",
        },
    )
    assert wrong_secret.status_code == 401 and wrong_secret.json()["error"] == "invalid_client"
    assert SECRET not in wrong_secret.text
    basic = httpx.BasicAuth(CLIENT_ID, SECRET)  # this client authenticates in the body
    by_header = await server.post(
        "/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        auth=basic,
    )
    assert by_header.status_code == 401
    assert (await token(server, grant_type="password")).json()["error"] == "unsupported_grant_type"
    assert (await token(server)).json()["error"] == "invalid_request"
    narrower = await token(
        server, grant_type="refresh_token", refresh_token=tokens["refresh_token"], scope="read"
    )
    assert narrower.json()["scope"] == "read"
    wider = await token(
        server, grant_type="refresh_token", refresh_token=tokens["refresh_token"], scope="admin"
    )
    assert wider.json()["error"] == "invalid_scope"
    as_json = await server.post("/oauth/token", json={"grant_type": "refresh_token"})
    assert as_json.status_code == 400 and as_json.json()["error"] == "invalid_request"
    repeated = await server.post(
        "/oauth/token",
        content=f"grant_type=refresh_token&grant_type=refresh_token&client_id={CLIENT_ID}&client_secret={SECRET}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert repeated.json()["error"] == "invalid_request"
    assert (await server.get("/oauth/token")).status_code == 405


async def test_client_authentication_by_basic(clock: FakeClock) -> None:
    app = authspecs.app(oauth_spec(**{"client-authentication": "basic"}), clock, "me")
    async with client_for(app) as client:
        code = (await authorize(client))["code"][0]
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
        in_body = await client.post(
            "/oauth/token", data={**form, "client_id": CLIENT_ID, "client_secret": SECRET}
        )
        assert in_body.status_code == 401 and in_body.headers["www-authenticate"] == 'Basic realm="oauth"'
        answer = await client.post("/oauth/token", data=form, auth=httpx.BasicAuth(CLIENT_ID, SECRET))
        assert answer.status_code == 200
        assert (await client.get("/v1/me", headers=bearer(answer.json()["access_token"]))).status_code == 200


async def test_a_public_client_sends_its_id_only(clock: FakeClock) -> None:
    document = oauth_spec()
    del document["x-auth"]["schemes"]["oauth"]["client-secret"]
    async with client_for(authspecs.app(document, clock, "me")) as client:
        code = (await authorize(client))["code"][0]
        answer = await client.post(
            "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": REDIRECT,
                "client_id": CLIENT_ID,
            },
        )
        assert answer.status_code == 200


async def test_demo_tokens_of_the_credentials(server: httpx.AsyncClient, clock: FakeClock) -> None:
    clock.advance(10 * 365 * 24 * 3600)  # the demo access token does not expire ...
    me = await server.get("/v1/me", headers=bearer("demo-access-token"))
    assert me.status_code == 200 and me.json()["subject"] == "user"
    renewed = await token(server, grant_type="refresh_token", refresh_token="demo-refresh-token")
    assert renewed.status_code == 200
    form = {"token": "demo-refresh-token", "client_id": CLIENT_ID, "client_secret": SECRET}
    assert (await server.post("/oauth/revoke", data=form)).status_code == 200
    assert (
        await server.get("/v1/me", headers=bearer("demo-access-token"))
    ).status_code == 401  # ... until revoked


def test_where_the_endpoints_are_served() -> None:
    assert served_path("https://auth.example.com/oauth/token", "/v1") == "/oauth/token"
    # RFC 3986 against the base URL, as OpenAPI says and the client runtime does (httpx.URL.join)
    assert served_path("oauth/token", "/v1") == "/oauth/token"
    assert served_path("/oauth/token", "/v1") == "/oauth/token"
    assert served_path("oauth/token", "/v1/") == "/v1/oauth/token"
    assert served_path("../oauth/token", "/v1/api/") == "/v1/oauth/token"
    assert served_path("https://api.example.com/v1/oauth/token", "/v1") == "/v1/oauth/token"


async def test_relative_urls_resolve_against_the_base_url(clock: FakeClock) -> None:
    """RFC 3986 against `https://api.example.com/v1`: `oauth/token` replaces the last segment, so
    the mock serves it where the client runtime (`httpx.URL.join`) sends it."""
    document = copy.deepcopy(OAUTH)
    flow = document["components"]["securitySchemes"]["oauth"]["flows"]["authorizationCode"]
    flow.update(authorizationUrl="oauth/authorize", tokenUrl="oauth/token", refreshUrl="oauth/refresh")
    app = authspecs.app(document, clock, "me")
    assert sorted(engine_of(app).oauth) == [
        "/oauth/authorize",
        "/oauth/refresh",
        "/oauth/revoke",
        "/oauth/token",
    ]
    assert httpx.URL("https://api.example.com/v1").join("oauth/refresh").path == "/oauth/refresh"
    async with client_for(app) as client:
        renewed = await client.post(
            "/oauth/refresh",
            data={
                "grant_type": "refresh_token",
                "refresh_token": "demo-refresh-token",
                "client_id": CLIENT_ID,
                "client_secret": SECRET,
            },
        )
        assert renewed.status_code == 200


def test_setup_errors(clock: FakeClock) -> None:
    document = copy.deepcopy(OAUTH)
    document["paths"]["/oauth/token"] = {"post": authspecs.whoami("clash", [{"oauth": []}])}
    document["servers"] = [{"url": "https://api.example.com"}]
    with pytest.raises(MockSetupError, match=r"serves /oauth/token for oauth, but clash has that path"):
        authspecs.app(document, clock, "me", "clash")
    document = copy.deepcopy(OAUTH)
    del document["x-mock"]["credentials"]["client_secret"]
    with pytest.raises(MockSetupError) as missing:
        authspecs.app(document, clock, "me")
    assert missing.value.location == "$['x-auth']['schemes']['oauth']['client-secret']"
    assert SECRET not in repr(engine_of(authspecs.app(oauth_spec(), clock, "me")).auth._verifiers)


async def test_token_parameters_in_the_query_string_when_the_scheme_accepts_them(clock: FakeClock) -> None:
    """`accept-query-parameters` (Mediagraph: "POST https://mediagraph.io/oauth/token?grant_type=
    authorization_code&..."): the token and revocation endpoints read the query string as well as
    a form body; each parameter once. Without the key, a query string is not read."""
    async with client_for(
        authspecs.app(oauth_spec(**{"accept-query-parameters": True}), clock, "me")
    ) as server:
        code = (await authorize(server))["code"][0]
        query = {"client_id": CLIENT_ID, "client_secret": SECRET, "grant_type": "authorization_code"}
        answer = await server.post("/oauth/token", params={**query, "code": code, "redirect_uri": REDIRECT})
        assert answer.status_code == 200, answer.text
        tokens = answer.json()
        mixed = await server.post(
            "/oauth/token",
            params={"grant_type": "refresh_token", "client_id": CLIENT_ID},
            data={"refresh_token": tokens["refresh_token"], "client_secret": SECRET},
        )
        assert mixed.status_code == 200, mixed.text
        twice = await server.post(
            "/oauth/token", params={**query, "code": "x"}, data={"code": "y", "redirect_uri": REDIRECT}
        )
        assert twice.status_code == 400 and twice.json()["error"] == "invalid_request"
        revoked = await server.post(
            "/oauth/revoke",
            params={"token": tokens["refresh_token"], "client_id": CLIENT_ID, "client_secret": SECRET},
        )
        assert revoked.status_code == 200
        assert (await server.get("/v1/me", headers=bearer(mixed.json()["access_token"]))).status_code == 401
    async with client_for(authspecs.app(oauth_spec(), clock, "me")) as strict:
        code = (await authorize(strict))["code"][0]
        refused = await strict.post("/oauth/token", params={**query, "code": code, "redirect_uri": REDIRECT})
        assert refused.status_code == 400 and refused.json()["error"] == "invalid_request"


def test_accept_query_parameters_must_be_a_flag(clock: FakeClock) -> None:
    with pytest.raises(InputError) as refused:
        authspecs.app(oauth_spec(**{"accept-query-parameters": "yes"}), clock, "me")
    assert "$['x-auth']['schemes']['oauth']['accept-query-parameters']" in str(refused.value)
    assert "expected true or false" in str(refused.value)
