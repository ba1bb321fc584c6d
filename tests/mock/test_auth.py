"""Authentication by kind, one verifier each: static bearer (+ headers), API key in the query, a
header or a cookie, HTTP basic (+ headers), issued JWTs (claims, expiry, revocation, the
refreshable window); 401 (invalid) / 401 (missing) / 403 (another scheme's credential)."""

from __future__ import annotations

import base64
import copy
from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest

from generator.errors import InputError
from generator.mock import engine_of
from generator.mock.auth import TokenService
from generator.mock.errors import MockSetupError

from . import authspecs
from .conftest import ADMIN_KEY, FakeClock, admin, client_for, mini_spec, user_headers

pytestmark = pytest.mark.anyio


def test_token_service_claims_expiry_and_revocation() -> None:
    clock = FakeClock(1000.5)
    tokens = TokenService({"user": 900}, clock)
    token, lifetime = tokens.issue("user", "alice")
    assert lifetime == 900
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["sub"] == "alice" and claims["scope"] == "user"
    assert claims["iat"] == 1000 and claims["exp"] == 1900 and claims["auth_time"] == 1000
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    assert tokens.verify(token) == ("user", "alice")
    clock.advance(899)
    assert tokens.verify(token) == ("user", "alice")
    clock.advance(0.5)
    assert tokens.verify(token) is None  # exp reached
    fresh, _ = tokens.issue("user", "alice")
    tokens.revoke("user", "alice")
    assert tokens.verify(fresh) is None
    after, _ = tokens.issue("user", "alice")
    assert tokens.verify(after) == ("user", "alice")


def test_tokens_of_another_secret_or_tampered_are_refused() -> None:
    clock = FakeClock()
    mine, other = TokenService({"user": 60}, clock), TokenService({"user": 60}, clock)
    token, _ = other.issue("user", "alice")
    assert mine.verify(token) is None
    good, _ = mine.issue("user", "alice")
    head, payload, signature = good.split(".")
    assert mine.verify(f"{head}.{payload}.{signature[:-2]}AA") is None
    forged = jwt.encode(
        {"sub": "alice", "scope": "user", "iat": 0, "exp": 2e9, "gen": 0},
        "a guessed secret of 32+ bytes......",
        algorithm="HS256",
    )
    assert mine.verify(forged) is None
    assert mine.verify("not-a-jwt") is None


def test_lifetime_override() -> None:
    tokens = TokenService({"user": 900}, FakeClock(), lifetime_override=2.5)
    assert tokens.issue("user", "bob")[1] == 3


async def test_missing_or_invalid_credentials_are_401(mini: httpx.AsyncClient) -> None:
    for headers, message in (
        ({}, "Credentials are required."),
        ({"Authorization": "Basic abc"}, "Credentials are required."),
        ({"Authorization": "Bearer"}, "Credentials are required."),
        ({"Authorization": "Bearer nope"}, "The credentials are invalid or expired."),
    ):
        response = await mini.get("/items", headers=headers)
        assert response.status_code == 401, headers
        assert response.json() == {"message": message}
        assert response.headers["www-authenticate"] == "Bearer"


async def test_static_bearer_is_compared_exactly(mini: httpx.AsyncClient) -> None:
    assert (await mini.post("/tokens/alice", headers=admin())).status_code == 200
    for wrong in (ADMIN_KEY + "x", ADMIN_KEY[:-1], ADMIN_KEY.upper(), "é" + ADMIN_KEY):
        response = await mini.post(
            "/tokens/alice", headers={"Authorization": f"Bearer {wrong}".encode("latin-1")}
        )
        assert response.status_code == 401


async def test_scopes_are_kept_apart(mini: httpx.AsyncClient) -> None:
    user = await user_headers(mini)
    assert (await mini.get("/items", headers=user)).status_code == 200
    admin_on_user_endpoint = await mini.get("/items", headers=admin())
    assert admin_on_user_endpoint.status_code == 403
    assert admin_on_user_endpoint.json() == {
        "message": "The credentials do not grant access to this operation."
    }
    user_on_admin_endpoint = await mini.post("/tokens/bob", headers=user)
    assert user_on_admin_endpoint.status_code == 403


async def test_a_token_expires_on_the_injected_clock(mini_app: Any, clock: FakeClock) -> None:
    async with client_for(mini_app()) as client:
        user = await user_headers(client)
        clock.advance(59)
        assert (await client.get("/items", headers=user)).status_code == 200
        clock.advance(1)
        assert (await client.get("/items", headers=user)).status_code == 401


async def test_token_lifetime_option(mini_app: Any, clock: FakeClock) -> None:
    async with client_for(mini_app(token_lifetime_seconds=5)) as client:
        issued = await client.post("/tokens/alice", headers=admin())
        assert issued.json()["expires"] == 5
        user = {"Authorization": f"Bearer {issued.json()['token']}"}
        clock.advance(5)
        assert (await client.get("/items", headers=user)).status_code == 401


async def test_revoked_subject_is_401(mini: httpx.AsyncClient) -> None:
    alice, bob = await user_headers(mini, "alice"), await user_headers(mini, "bob")
    assert (await mini.delete("/tokens/alice", headers=admin())).status_code == 200
    assert (await mini.get("/items", headers=alice)).status_code == 401
    assert (await mini.get("/items", headers=bob)).status_code == 200
    again = await user_headers(mini, "alice")
    assert (await mini.get("/items", headers=again)).status_code == 200


async def test_public_operations_need_no_credentials(mini: httpx.AsyncClient) -> None:
    response = await mini.get("/public")
    assert response.status_code == 200 and response.json() == {"subject": None}


async def test_principal_reaches_the_handler(mini_app: Any) -> None:
    app = mini_app()
    async with client_for(app) as client:
        await client.get("/items", headers=await user_headers(client, "carol"))
        principal = engine_of(app).state.seen[-1].principal
        assert principal.scheme == "user" and principal.subject == "carol"
        assert ADMIN_KEY not in principal.credential_key


def test_credentials_come_from_options_or_the_declared_default(mini_app: Any) -> None:
    assert engine_of(mini_app()).credentials == {"admin_key": ADMIN_KEY}
    assert engine_of(mini_app(credentials={"admin_key": "other"})).credentials == {"admin_key": "other"}


def test_unknown_kind_or_missing_credential_stops_start_up(mini_app: Any) -> None:
    from generator.mock import MockOptions, build_app

    from .conftest import make_mini_vendor

    spec = mini_spec()
    spec["x-auth"]["schemes"]["admin"]["kind"] = "magic"
    with pytest.raises(InputError, match="unknown kind 'magic'"):
        build_app(spec, MockOptions(), vendor=make_mini_vendor())
    spec = mini_spec()
    del spec["x-mock"]["credentials"]
    with pytest.raises(MockSetupError, match="no value for credential 'admin_key'"):
        build_app(spec, MockOptions(), vendor=make_mini_vendor())


def test_renewable_tokens_stay_renewable_only_within_the_window_of_their_login() -> None:
    clock = FakeClock(1000.0)
    tokens = TokenService({"jwt": 120}, clock)
    first = tokens.issue_token("jwt", "alice")
    clock.advance(121)
    assert tokens.verify(first.token) is None  # expired ...
    assert tokens.renewable(first.token, "jwt", 3600) is not None  # ... but renewable
    assert tokens.renewable(first.token, "other", 3600) is None
    clock.advance(3000)
    # A renewal keeps the session's login time, so renewing again does not extend the window.
    second = tokens.issue_token("jwt", "alice", login_time=first.login_time)
    assert second.login_time == first.login_time == 1000
    clock.advance(480)  # 3601 s after the login
    assert tokens.renewable(second.token, "jwt", 3600) is None
    assert tokens.renewable(second.token, "jwt", None) is not None  # no window declared
    tokens.revoke("jwt", "alice")
    assert tokens.renewable(second.token, "jwt", None) is None


def test_revoking_a_scheme_revokes_its_refresh_tokens() -> None:
    tokens = TokenService({"user": 60}, FakeClock(), refresh_lifetimes={"user#refresh": 600})
    refresh = tokens.issue_token("user#refresh", "bob").token
    assert tokens.verify(refresh) == ("user#refresh", "bob")
    tokens.revoke("user", "bob")
    assert tokens.verify(refresh) is None


# -- one verifier per kind, on a spec of the kinds no present vendor uses -------------------------

KINDS = authspecs.spec(
    credentials={
        "admin_key": "admin-secret",
        "tenant": "t-1",
        "header_key": "header-secret",
        "cookie_key": "cookie-secret",
        "query_key": "query-secret",
        "pat": "personal-access-token",
        "organization_id": "100",
    },
    secret=("admin_key", "header_key", "cookie_key", "query_key", "pat"),
    security_schemes={
        "admin": {"type": "http", "scheme": "bearer"},
        "headerKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        "cookieKey": {"type": "apiKey", "in": "cookie", "name": "session"},
        "queryKey": {"type": "apiKey", "in": "query", "name": "key"},
        "basic": {"type": "http", "scheme": "basic"},
    },
    schemes={
        "admin": {
            "kind": "static-bearer",
            "credential": "admin_key",
            "headers": {"X-Tenant": "$credential.tenant"},
        },
        "headerKey": {"kind": "api-key", "credential": "header_key"},
        "cookieKey": {"kind": "api-key", "credential": "cookie_key"},
        "queryKey": {"kind": "api-key", "credential": "query_key", "param": "key"},
        # Mediagraph: a personal access token as the password of an empty user name, plus a header.
        "basic": {
            "kind": "http-basic",
            "username": "",
            "password": "$credential.pat",
            "headers": {"OrganizationId": "$credential.organization_id"},
        },
    },
    paths={
        "/admin": {"get": authspecs.whoami("admin", [{"admin": []}])},
        "/header": {"get": authspecs.whoami("header", [{"headerKey": []}])},
        "/cookie": {"get": authspecs.whoami("cookie", [{"cookieKey": []}])},
        "/query": {"get": authspecs.whoami("query", [{"queryKey": []}])},
        "/basic": {"get": authspecs.whoami("basic", [{"basic": []}])},
        "/either": {"get": authspecs.whoami("either", [{"basic": []}, {"headerKey": []}])},
    },
)
OPERATIONS = ("admin", "header", "cookie", "query", "basic", "either")


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


@pytest.fixture
async def kinds(clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(authspecs.app(copy.deepcopy(KINDS), clock, *OPERATIONS)) as client:
        client.base_url = httpx.URL("http://testserver/v1")
        yield client


async def test_static_bearer_needs_its_extra_header(kinds: httpx.AsyncClient) -> None:
    bearer = {"Authorization": "Bearer admin-secret"}
    ok = await kinds.get("/admin", headers={**bearer, "X-Tenant": "t-1"})
    assert ok.status_code == 200 and ok.json() == {"scheme": "admin", "subject": None}
    missing = await kinds.get("/admin", headers=bearer)
    assert missing.status_code == 401 and missing.json() == {"message": "Credentials are required."}
    wrong = await kinds.get("/admin", headers={**bearer, "X-Tenant": "t-2"})
    assert wrong.status_code == 401 and wrong.json() == {"message": "The credentials are invalid or expired."}
    wrong_key = await kinds.get("/admin", headers={"Authorization": "Bearer admin-secreT", "X-Tenant": "t-1"})
    assert wrong_key.status_code == 401 and wrong_key.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("path", "sent", "right"),
    [
        ("/header", lambda value: {"headers": {"X-Api-Key": value}}, "header-secret"),
        ("/cookie", lambda value: {"headers": {"Cookie": f"session={value}"}}, "cookie-secret"),
        ("/query", lambda value: {"params": {"key": value}}, "query-secret"),
    ],
)
async def test_api_key_in_a_header_a_cookie_or_the_query(
    kinds: httpx.AsyncClient, path: str, sent: Any, right: str
) -> None:
    ok = await kinds.get(path, **sent(right))
    assert ok.status_code == 200 and ok.json()["subject"] is None
    wrong = await kinds.get(path, **sent(right + "x"))
    assert wrong.status_code == 401 and wrong.json() == {"message": "The credentials are invalid or expired."}
    assert "www-authenticate" not in wrong.headers  # an API key has no challenge
    assert right not in wrong.text
    missing = await kinds.get(path)
    assert missing.status_code == 401 and missing.json() == {"message": "Credentials are required."}


async def test_http_basic_with_its_header(kinds: httpx.AsyncClient) -> None:
    organization = {"OrganizationId": "100"}
    ok = await kinds.get("/basic", headers={**basic("", "personal-access-token"), **organization})
    assert ok.status_code == 200 and ok.json() == {"scheme": "basic", "subject": None}
    for headers, message in (
        ({**basic("", "personal-access-token")}, "Credentials are required."),  # no OrganizationId
        (
            {**basic("", "personal-access-token"), "OrganizationId": "101"},
            "The credentials are invalid or expired.",
        ),
        (
            {**basic("someone", "personal-access-token"), **organization},
            "The credentials are invalid or expired.",
        ),
        ({**basic("", "wrong"), **organization}, "The credentials are invalid or expired."),
        ({"Authorization": "Basic !!!", **organization}, "The credentials are invalid or expired."),
        (organization, "Credentials are required."),
    ):
        refused = await kinds.get("/basic", headers=headers)
        assert refused.status_code == 401, headers
        assert refused.json() == {"message": message}, headers
        assert refused.headers["www-authenticate"].startswith('Basic realm="api"')
        assert "personal-access-token" not in refused.text


async def test_any_one_requirement_is_enough_and_others_are_forbidden(kinds: httpx.AsyncClient) -> None:
    by_key = await kinds.get("/either", headers={"X-Api-Key": "header-secret"})
    assert by_key.json() == {"scheme": "headerKey", "subject": None}
    by_basic = await kinds.get(
        "/either", headers={**basic("", "personal-access-token"), "OrganizationId": "100"}
    )
    assert by_basic.json() == {"scheme": "basic", "subject": None}
    # A valid credential of a scheme the operation does not accept.
    other = await kinds.get("/either", params={"key": "query-secret"})
    assert other.status_code == 403
    refused = await kinds.get("/either")
    assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Basic")


def test_a_credential_a_verifier_needs_must_have_a_value(clock: FakeClock) -> None:
    document = copy.deepcopy(KINDS)
    del document["x-mock"]["credentials"]["organization_id"]
    with pytest.raises(MockSetupError) as error:
        authspecs.app(document, clock, *OPERATIONS)
    assert error.value.location == "$['x-auth']['schemes']['basic']['headers']"
    assert "organization_id" in str(error.value)
    document = copy.deepcopy(KINDS)
    del document["x-mock"]["credentials"]["pat"]
    with pytest.raises(MockSetupError, match=r"\['basic'\]\['password'\].*'pat'"):
        authspecs.app(document, clock, *OPERATIONS)


def test_verifiers_never_show_their_secrets(clock: FakeClock) -> None:
    engine = engine_of(authspecs.app(copy.deepcopy(KINDS), clock, *OPERATIONS))
    shown = repr(engine.auth._verifiers)
    for secret in ("admin-secret", "header-secret", "cookie-secret", "query-secret", "personal-access-token"):
        assert secret not in shown


def test_refresh_tokens_the_mock_issues_live_the_refreshable_window_or_30_days() -> None:
    from generator.mock.tokenservice import DEFAULT_REFRESH_SECONDS, token_lifetimes
    from generator.model import load_api

    document = mini_spec()
    user = document["x-auth"]["schemes"]["user"]
    user["refresh"] = {"operation": "revokeTokens", "path-params": {"subject": "$refresh_token"}}
    user["refresh-token-field"] = "refresh"
    assert token_lifetimes(load_api(document, "mini").auth) == (
        {"user": 60},
        {"user#refresh": DEFAULT_REFRESH_SECONDS},
    )
    assert DEFAULT_REFRESH_SECONDS == 30 * 24 * 3600
    user["refreshable-seconds"] = 3600
    assert token_lifetimes(load_api(document, "mini").auth)[1] == {"user#refresh": 3600}
