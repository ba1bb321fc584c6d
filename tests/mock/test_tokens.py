"""Generic token operations (`generator.mock.tokens`): logins, admin-issued tokens, renewal with a
refresh token and by the expired token, answered from `x-auth` alone; typed answer fields; the
operations they cannot answer; vendor handlers first."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from generator.mock import MockOptions, build_app, engine_of
from generator.mock.errors import MockSetupError
from generator.mock.loader import load_vendor_api, load_vendor_models
from generator.mock.vendors import MockVendor, load_vendor
from tests.conftest import GENERATED

from . import authspecs
from .conftest import ADMIN_KEY, FakeClock, admin, client_for, make_mini_vendor, mini_spec

pytestmark = pytest.mark.anyio

EMAIL, PASSWORD = "user@example.com", "pa55word"
CREDENTIALS = {"email": {"type": "string"}, "password": {"type": "string"}}


def body(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    schema = {"type": "object", "required": required, "properties": properties}
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def post(
    operation_id: str, request: dict[str, Any], answer: str, refusals: dict[str, Any], status: int = 200
) -> dict[str, Any]:
    """An anonymous POST answering the schema `answer`, or `refusals`."""
    return {
        "operationId": operation_id,
        "security": [],
        "requestBody": request,
        "responses": {**authspecs.ok({"$ref": f"#/components/schemas/{answer}"}, status), **refusals},
    }


LOGIN = authspecs.spec(
    credentials={"email": EMAIL, "password": PASSWORD},
    secret=("password",),
    security_schemes={"session": {"type": "http", "scheme": "bearer"}},
    schemes={
        "session": {
            "kind": "issued-bearer",
            "issue": {
                "operation": "login",
                "body": {"email": "$credential.email", "password": "$credential.password"},
            },
            "refresh": {"operation": "refresh", "body": {"refresh_token": "$refresh_token"}},
            "token-field": "auth.access_token",
            "refresh-token-field": "auth.refresh_token",
            "lifetime-field": "auth.expires_in",
            "expires-at-field": "auth.expires",
            "lifetime-seconds": 60,
            "refreshable-seconds": 3600,
        }
    },
    paths={
        "/login": {
            "post": post(
                "login", body(CREDENTIALS, ["email", "password"]), "Session", authspecs.errors(401, 422), 201
            )
        },
        "/refresh": {
            "post": post(
                "refresh",
                body({"refresh_token": {"type": "string"}}, ["refresh_token"]),
                "Session",
                authspecs.errors(401, 422),
            )
        },
        "/me": {"get": authspecs.whoami("me", [{"session": []}])},
    },
    schemas={
        "Session": {
            "type": "object",
            "required": ["auth", "token_type", "issuer", "version", "region"],
            "properties": {
                "auth": {
                    "type": "object",
                    "required": ["access_token", "expires_in", "expires"],
                    "additionalProperties": False,
                    "properties": {
                        "access_token": {"type": "string"},
                        "refresh_token": {"type": "string"},
                        "expires_in": {"type": "integer"},
                        # a Unix time sent as a string of digits, as Printiki documents `expires`
                        "expires": {"type": "string", "pattern": "^[0-9]+$"},
                    },
                },
                "token_type": {"type": "string", "enum": ["bearer"]},
                "issuer": {"const": "mock"},
                "version": {"type": "integer", "default": 2},
                "region": {"type": "string", "example": "eu"},
            },
        }
    },
)


@pytest.fixture
async def login_api(clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(authspecs.app(copy.deepcopy(LOGIN), clock, "me")) as client:
        client.base_url = httpx.URL("http://testserver/v1")
        yield client


def bearer(value: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {value}"}


async def test_login_answers_every_field_typed_as_declared(
    login_api: httpx.AsyncClient, clock: FakeClock
) -> None:
    answer = await login_api.post("/login", json={"email": EMAIL, "password": PASSWORD})
    assert answer.status_code == 201
    session = answer.json()
    # Required properties x-auth does not fill: their enum, const, default or example.
    assert (session["token_type"], session["issuer"], session["version"], session["region"]) == (
        "bearer",
        "mock",
        2,
        "eu",
    )
    assert session["auth"]["expires_in"] == 60
    assert session["auth"]["expires"] == str(int(clock.now) + 60)
    me = await login_api.get("/me", headers=bearer(session["auth"]["access_token"]))
    assert me.json() == {"scheme": "session", "subject": EMAIL}  # the non-secret credential


async def test_a_wrong_login_is_refused(login_api: httpx.AsyncClient) -> None:
    for sent in ({"email": EMAIL, "password": "wrong"}, {"email": "x@example.com", "password": PASSWORD}):
        refused = await login_api.post("/login", json=sent)
        assert refused.status_code == 401 and refused.json() == {
            "message": "The login credentials are wrong."
        }
        assert PASSWORD not in refused.text
    invalid = await login_api.post("/login", json={"email": EMAIL})
    assert invalid.status_code == 422


async def test_renewal_with_the_refresh_token(login_api: httpx.AsyncClient, clock: FakeClock) -> None:
    session = (await login_api.post("/login", json={"email": EMAIL, "password": PASSWORD})).json()["auth"]
    clock.advance(60)
    assert (await login_api.get("/me", headers=bearer(session["access_token"]))).status_code == 401
    renewed = await login_api.post("/refresh", json={"refresh_token": session["refresh_token"]})
    assert renewed.status_code == 200
    fresh = renewed.json()["auth"]
    assert fresh["refresh_token"] == session["refresh_token"]  # kept, not rotated
    assert (await login_api.get("/me", headers=bearer(fresh["access_token"]))).json()["subject"] == EMAIL
    # The access token is no refresh token, and the refresh token no access token.
    wrong = await login_api.post("/refresh", json={"refresh_token": fresh["access_token"]})
    assert wrong.status_code == 401 and wrong.json() == {"message": "The token cannot be renewed."}
    assert (await login_api.get("/me", headers=bearer(session["refresh_token"]))).status_code == 401
    clock.advance(3600)  # the refresh token lives `refreshable-seconds`
    late = await login_api.post("/refresh", json={"refresh_token": session["refresh_token"]})
    assert late.status_code == 401


# -- renewal by the expired token, in Jilster's error style ----------------------------------------

JILSTER_STYLE = {
    "body": {"success": False, "message": "{message}"},
    "validation": {"status": 400, "message": "{first_error}"},
    "unauthenticated": {"message": "Token is invalid", "body": {"error": "{message}"}},
    "missing-credentials": {"status": 400, "message": "Token not provided"},
    "login-failed": {"message": "Invalid credentials"},
    "refresh-failed": {"message": "Could not refresh token"},
}
TOKEN_ANSWER = {"type": "object", "required": ["token"], "properties": {"token": {"type": "string"}}}
JILSTER_ERRORS = {
    "400": {
        "description": "error",
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Failure"},
                        {"$ref": "#/components/schemas/AuthError"},
                    ]
                }
            }
        },
    },
    **authspecs.errors(401, schema="AuthError"),
}


def jwt_scheme(issue: str, refresh: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "issued-bearer",
        "issue": {
            "operation": issue,
            "body": {"email": "$credential.email", "password": "$credential.password"},
        },
        "refresh": refresh,
        "lifetime-seconds": 120,
        "refreshable-seconds": 43200,  # "A token is valid for 2 minutes, but is refreshable for 12 hours."
    }


EXPIRED = authspecs.spec(
    credentials={"email": EMAIL, "password": PASSWORD},
    secret=("password",),
    errors_style=JILSTER_STYLE,
    security_schemes={
        "jwt": {"type": "http", "scheme": "bearer"},
        "jwtBearer": {"type": "http", "scheme": "bearer"},
    },
    schemes={
        "jwt": jwt_scheme("authenticate", {"operation": "refreshToken", "body": {"token": "$token"}}),
        "jwtBearer": jwt_scheme("authenticateBearer", {"operation": "refreshBearer", "bearer": "$token"}),
    },
    paths={
        "/authenticate": {
            "post": post("authenticate", body(CREDENTIALS, ["email", "password"]), "Token", JILSTER_ERRORS)
        },
        "/authenticate/bearer": {
            "post": post(
                "authenticateBearer", body(CREDENTIALS, ["email", "password"]), "Token", JILSTER_ERRORS
            )
        },
        "/refresh": {
            "post": post(
                "refreshToken", body({"token": {"type": "string"}}, ["token"]), "Token", JILSTER_ERRORS
            )
        },
        "/refresh/bearer": {
            "post": {
                "operationId": "refreshBearer",
                "security": [{"jwtBearer": []}],
                "responses": {**authspecs.ok({"$ref": "#/components/schemas/Token"}), **JILSTER_ERRORS},
            }
        },
        "/me": {
            "get": {
                **authspecs.whoami("me", [{"jwt": []}, {"jwtBearer": []}]),
                "responses": {**authspecs.ok(authspecs.WHO), **JILSTER_ERRORS},
            }
        },
    },
    schemas={
        "Token": TOKEN_ANSWER,
        "Failure": {
            "type": "object",
            "required": ["success", "message"],
            "additionalProperties": False,
            "properties": {"success": {"const": False}, "message": {"type": "string"}},
        },
        "AuthError": {
            "type": "object",
            "required": ["error"],
            "additionalProperties": False,
            "properties": {"error": {"type": "string"}},
        },
    },
)


@pytest.fixture
async def jilster(clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(authspecs.app(copy.deepcopy(EXPIRED), clock, "me")) as client:
        client.base_url = httpx.URL("http://testserver/v1")
        yield client


async def login(client: httpx.AsyncClient, path: str = "/authenticate") -> str:
    answer = await client.post(path, json={"email": EMAIL, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["token"]
    return token


async def test_renewal_by_the_expired_token_within_the_refreshable_window(
    jilster: httpx.AsyncClient, clock: FakeClock
) -> None:
    token = await login(jilster)
    clock.advance(121)
    expired = await jilster.get("/me", headers=bearer(token))
    assert expired.status_code == 401 and expired.json() == {"error": "Token is invalid"}
    renewed = (await jilster.post("/refresh", json={"token": token})).json()["token"]
    assert (await jilster.get("/me", headers=bearer(renewed))).json() == {"scheme": "jwt", "subject": EMAIL}
    clock.advance(43200 - 121 - 1)  # one second before the window of the login closes
    again = (await jilster.post("/refresh", json={"token": renewed})).json()["token"]
    clock.advance(1)  # a renewal does not open a new window: it counts from the login
    refused = await jilster.post("/refresh", json={"token": again})
    assert refused.status_code == 401 and refused.json() == {"error": "Could not refresh token"}
    assert (await jilster.post("/refresh", json={"token": "not-a-token"})).status_code == 401


async def test_renewal_by_the_expired_token_as_bearer(jilster: httpx.AsyncClient, clock: FakeClock) -> None:
    token = await login(jilster, "/authenticate/bearer")
    clock.advance(3600)
    renewed = await jilster.post("/refresh/bearer", headers=bearer(token))
    assert renewed.status_code == 200
    assert (await jilster.get("/me", headers=bearer(renewed.json()["token"]))).json()["scheme"] == "jwtBearer"
    # Only the renewal accepts an expired token, and only its own scheme's.
    assert (await jilster.get("/me", headers=bearer(token))).status_code == 401
    other = await login(jilster)
    clock.advance(121)
    assert (await jilster.post("/refresh/bearer", headers=bearer(other))).status_code == 401
    clock.advance(43200)
    late = await jilster.post("/refresh/bearer", headers=bearer(token))
    assert late.status_code == 401 and late.json() == {"error": "Token is invalid"}


async def test_jilster_style_refusals(jilster: httpx.AsyncClient) -> None:
    missing = await jilster.get("/me")
    assert missing.status_code == 400 and missing.json() == {"error": "Token not provided"}
    wrong = await jilster.post("/authenticate", json={"email": EMAIL, "password": "nope"})
    assert wrong.status_code == 401 and wrong.json() == {"error": "Invalid credentials"}
    invalid = await jilster.post("/authenticate", json={"email": EMAIL})
    assert invalid.status_code == 400 and invalid.json() == {
        "success": False,
        "message": "password is required.",
    }


# -- a token an admin issues for a subject; what cannot be answered; vendor handlers first ---------


def without(vendor: MockVendor[Any], *operation_ids: str) -> MockVendor[Any]:
    """The vendor without the handlers of `operation_ids` (so the generic ones answer them)."""
    copied: MockVendor[Any] = MockVendor(vendor.name, vendor.create_state, needs_models=vendor.needs_models)
    copied.handlers = {
        name: handler for name, handler in vendor.handlers.items() if name not in operation_ids
    }
    copied.helpers = list(vendor.helpers)
    return copied


def strict(clock: FakeClock) -> MockOptions:
    return MockOptions(clock=clock, rate_limit=None, validate_responses=True, raise_server_errors=True)


async def test_a_token_an_admin_issues_for_a_subject(clock: FakeClock) -> None:
    document = mini_spec()
    document["x-auth"]["schemes"]["user"]["lifetime-field"] = "expires"
    app = build_app(document, strict(clock), vendor=without(make_mini_vendor(), "issueToken"))
    assert "issueToken" in engine_of(app).token_operations.handlers
    async with client_for(app) as client:
        issued = await client.post("/tokens/zoe", headers=admin())
        assert issued.status_code == 200 and issued.json()["expires"] == 60
        user = bearer(issued.json()["token"])
        assert (await client.get("/items", headers=user)).status_code == 200
        assert engine_of(app).state.seen[-1].principal.subject == "zoe"
        refused = await client.post("/tokens/zoe", headers=bearer(ADMIN_KEY + "x"))
        assert refused.status_code == 401


def test_an_operation_the_generic_handler_cannot_answer_needs_a_vendor_handler(clock: FakeClock) -> None:
    # The mini spec's token answer requires `expires`, which x-auth does not say how to fill.
    with pytest.raises(MockSetupError) as error:
        build_app(mini_spec(), strict(clock), vendor=without(make_mini_vendor(), "issueToken"))
    assert "no handler for POST /tokens/{subject} (issueToken)" in str(error.value)
    assert "its 200 answer needs what x-auth does not give (expires)" in str(error.value)


def test_vendor_handlers_win(clock: FakeClock) -> None:
    document = mini_spec()
    document["x-auth"]["schemes"]["user"]["lifetime-field"] = "expires"
    vendor = make_mini_vendor()
    engine = engine_of(build_app(document, strict(clock), vendor=vendor))
    assert "issueToken" in engine.token_operations.handlers
    assert engine.handlers["issueToken"] is vendor.handlers["issueToken"]


async def test_printiki_refresh_answered_from_its_auth_model(clock: FakeClock) -> None:
    """Printiki's refresh token is a token of its own scheme (`refreshToken`), issued by the vendor's
    login; the generic handler renews the access token and types `expires` as the string it is."""
    vendor = without(load_vendor("printiki"), "refreshToken")
    api = load_vendor_api("printiki", GENERATED)
    app = build_app(api, strict(clock), vendor=vendor, models=load_vendor_models("printiki", GENERATED))
    async with client_for(app) as client:
        session = await client.post("/api/auth/login", json={"username": "demo", "password": "demo-password"})
        assert session.status_code == 201
        clock.advance(900)
        renewed = await client.get("/api/auth/refresh", headers=bearer(session.json()["refresh_token"]))
        assert renewed.status_code == 200
        assert renewed.json()["expires"] == str(int(clock.now) + 900)
        assert renewed.json()["refresh_token"] == session.json()["refresh_token"]
        cognito = await client.get("/api/user/cognito", headers=bearer(renewed.json()["access_token"]))
        assert cognito.status_code == 200
        refused = await client.get("/api/auth/refresh", headers=bearer(renewed.json()["access_token"]))
        assert refused.status_code == 403  # an access token where the refresh token belongs
