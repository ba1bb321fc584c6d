"""Authentication by kind: static bearer, issued JWTs (claims, expiry, revocation), scopes -> 401/403."""

from __future__ import annotations

from typing import Any

import httpx
import jwt
import pytest

from generator.errors import InputError
from generator.mock import engine_of
from generator.mock.auth import TokenService
from generator.mock.errors import MockSetupError

from .conftest import ADMIN_KEY, FakeClock, admin, client_for, mini_spec, user_headers

pytestmark = pytest.mark.anyio


def test_token_service_claims_expiry_and_revocation() -> None:
    clock = FakeClock(1000.5)
    tokens = TokenService({"user": 900}, clock)
    token, lifetime = tokens.issue("user", "alice")
    assert lifetime == 900
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["sub"] == "alice" and claims["scope"] == "user"
    assert claims["iat"] == 1000 and claims["exp"] == 1900
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
    for headers in (
        {},
        {"Authorization": "Bearer nope"},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer"},
    ):
        response = await mini.get("/items", headers=headers)
        assert response.status_code == 401, headers
        assert response.json() == {"message": "Unauthenticated."}
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
    assert admin_on_user_endpoint.json() == {"message": "This action is unauthorized."}
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
