"""The fuzzing auth plan and provider against a small spec and an httpx mock transport (no mock server).

These pin the generic behaviour the real fuzz runs rely on: requirements per operation, subject
provisioning inferred from links, token issuing and re-provisioning, redaction of every secret, and
credentials for every kind of scheme (OAuth2 against a fake authorization server).
"""

from __future__ import annotations

import base64
import io
import json
import typing
from typing import Any

import httpx
import pytest

from generator.errors import InputError
from generator.fuzz.auth import FuzzAuth, FuzzAuthError
from generator.fuzz.plan import build_plan
from generator.fuzz.redact import MASK, RedactingWriter, redact
from generator.model import load_api
from generator.runtime.schemes import KINDS, IssuedBearer, Scheme

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ2ZW5kb3JraXQtZnV6eiJ9.c2lnbmF0dXJlLXZhbHVl"

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "x-auth": {
        "credentials": {"admin_key": {"secret": True}},
        "subject-argument": "user_id",
        "schemes": {
            "admin": {"kind": "static-bearer", "credential": "admin_key"},
            "user": {
                "kind": "issued-bearer",
                "issue": {"operation": "issueToken", "auth": "admin", "path-params": {"id": "$subject"}},
                "token-field": "token",
                "lifetime-seconds": 900,
                "renew-before-seconds": 60,
            },
        },
    },
    "x-mock": {"credentials": {"admin_key": {"env": "TEST_FUZZ_ADMIN_KEY", "default": "demo-key"}}},
    "components": {
        "securitySchemes": {
            "admin": {"type": "http", "scheme": "bearer"},
            "user": {"type": "http", "scheme": "bearer"},
        }
    },
    "paths": {
        "/users": {
            "post": {
                "operationId": "createUser",
                "tags": ["users"],
                "security": [{"admin": []}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "links": {
                            "Token": {
                                "operationId": "issueToken",
                                "parameters": {"id": "$request.body#/user_id"},
                            }
                        },
                    }
                },
            }
        },
        "/users/{id}/token": {
            "post": {
                "operationId": "issueToken",
                "tags": ["users"],
                "security": [{"admin": []}],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "security": [{"user": []}],
                "responses": {},
            }
        },
        "/health": {"get": {"operationId": "health", "tags": ["things"], "responses": {}}},
    },
}


class FakeApi:
    """Users must be created before a token is issued for them; `forget()` deletes them all."""

    def __init__(self) -> None:
        self.users: set[str] = set()
        self.calls: list[str] = []

    def forget(self) -> None:
        self.users.clear()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(f"{request.method} {request.url.path}")
        if request.headers.get("Authorization") != "Bearer demo-key":
            return httpx.Response(401, json={"message": "Unauthenticated."})
        if request.url.path == "/users":
            self.users.add(json.loads(request.content)["user_id"])
            return httpx.Response(200, json={"token": "unused"})
        subject = request.url.path.split("/")[2]
        if subject not in self.users:
            return httpx.Response(404, json={"message": "Not found."})
        return httpx.Response(200, json={"token": f"{JWT}-{len(self.calls)}"})


def make_auth(api: FakeApi, environ: dict[str, str] | None = None) -> FuzzAuth:
    plan = build_plan("t", load_api(SPEC, "t"), environ=environ or {})
    return FuzzAuth(
        plan, lambda: httpx.Client(base_url="http://api.test", transport=httpx.MockTransport(api))
    )


def test_plan_reads_requirements_credentials_and_provisioning() -> None:
    plan = build_plan("t", load_api(SPEC, "t"), environ={"TEST_FUZZ_ADMIN_KEY": "from-env"})
    assert plan.credentials == {"admin_key": "from-env"}
    assert plan.secrets == ("from-env",)
    assert plan.requirement_for("get", "/things") == ("user",)
    assert plan.requirement_for("GET", "/health") == ()
    assert isinstance(plan.schemes["user"], IssuedBearer)
    provisioning = plan.provisioning["user"]
    assert provisioning.operation.operation_id == "createUser"
    assert provisioning.body == {"user_id": "{subject}"}
    assert plan.token_refresh_seconds == 840


def test_plan_names_the_place_of_a_broken_scheme() -> None:
    broken = {**SPEC, "x-auth": {"schemes": {"user": {"kind": "no-such-kind"}}}}
    with pytest.raises(InputError, match=r"x-auth.*schemes.*user.*no-such-kind"):
        load_api(broken, "t")


def test_static_credential_and_no_auth() -> None:
    auth = make_auth(FakeApi())
    (credential,) = auth.credentials_for("POST", "/users") or []
    assert (credential.location, credential.name, credential.value) == (
        "header",
        "Authorization",
        "Bearer demo-key",
    )
    assert "demo-key" not in repr(credential)
    assert auth.credentials_for("GET", "/health") is None


def test_issued_token_provisions_the_subject_once_and_again_after_it_vanished() -> None:
    api = FakeApi()
    auth = make_auth(api)
    (first,) = auth.credentials_for("GET", "/things") or []
    assert first.name == "Authorization" and first.value.startswith(f"Bearer {JWT}")
    assert api.calls == ["POST /users", "POST /users/vendorkit-fuzz/token"]
    auth.credentials_for("GET", "/things")
    assert api.calls[2:] == ["POST /users/vendorkit-fuzz/token"]
    api.forget()
    auth.credentials_for("GET", "/things")
    assert api.calls[3:] == [
        "POST /users/vendorkit-fuzz/token",
        "POST /users",
        "POST /users/vendorkit-fuzz/token",
    ]
    assert all(token in auth.secrets for token in ("demo-key", first.value.removeprefix("Bearer ")))


def test_a_failing_issuer_is_a_clear_error() -> None:
    auth = make_auth(FakeApi(), environ={"TEST_FUZZ_ADMIN_KEY": "wrong"})
    with pytest.raises(FuzzAuthError, match=r"createUser \(POST /users\) failed with HTTP 401"):
        auth.credentials_for("GET", "/things")


def test_redaction_masks_known_secrets_and_any_jwt() -> None:
    assert redact(f"key demo-key token {JWT}x", ["demo-key"]) == f"key {MASK} token {MASK}"
    target = io.StringIO()
    writer = RedactingWriter(target, lambda: ["demo-key"])
    writer.write("Authorization: Bearer demo-")
    writer.write("key\nnext")
    writer.flush()
    assert target.getvalue() == f"Authorization: Bearer {MASK}\nnext"


# -- every kind of scheme ------------------------------------------------------------------------------

CLIENT_SECRET = "demo-client-secret"
REFRESH_TOKEN = "demo-refresh-token"


def _operation(operation_id: str, scheme: str) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": ["things"], "security": [{scheme: []}], "responses": {}}


def kinds_spec(credentials: dict[str, Any], oauth2: dict[str, Any] | None = None) -> dict[str, Any]:
    """One operation per kind of scheme (`generator.runtime.schemes.KINDS`), API keys in every place."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "kinds", "version": "1"},
        "x-auth": {
            "credentials": {
                "admin_key": {},
                "api_key": {},
                "username": {"secret": False},
                "password": {},
                "organization": {"secret": False},
                "client_id": {"secret": False},
                "client_secret": {},
                "access_token": {},
                "refresh_token": {},
            },
            "schemes": {
                "bearer": {"kind": "static-bearer", "credential": "admin_key"},
                "queryKey": {"kind": "api-key", "credential": "api_key"},
                "headerKey": {"kind": "api-key", "credential": "api_key"},
                "cookieKey": {"kind": "api-key", "credential": "api_key"},
                "basic": {
                    "kind": "http-basic",
                    "username": "$credential.username",
                    "password": "$credential.password",
                    "headers": {"OrganizationId": "$credential.organization"},
                },
                "login": {
                    "kind": "issued-bearer",
                    "issue": {
                        "operation": "login",
                        "body": {"username": "$credential.username", "password": "$credential.password"},
                    },
                    "token-field": "token",
                    "lifetime-seconds": 600,
                },
                "oauth": {
                    "kind": "oauth2-authorization-code",
                    "client-id": "client_id",
                    "client-secret": "client_secret",
                    "access-token": "access_token",
                    "refresh-token": "refresh_token",
                    "lifetime-seconds": 7200,
                    **(oauth2 or {}),
                },
            },
        },
        "x-mock": {"credentials": credentials},
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "queryKey": {"type": "apiKey", "in": "query", "name": "token"},
                "headerKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
                "cookieKey": {"type": "apiKey", "in": "cookie", "name": "session"},
                "basic": {"type": "http", "scheme": "basic"},
                "login": {"type": "http", "scheme": "bearer"},
                "oauth": {
                    "type": "oauth2",
                    "flows": {
                        "authorizationCode": {
                            "authorizationUrl": "/oauth/authorize",
                            "tokenUrl": "/oauth/token",
                            "scopes": {"read": "read", "write": "write"},
                        }
                    },
                },
            }
        },
        "paths": {
            "/bearer": {"get": _operation("withBearer", "bearer")},
            "/query": {"get": _operation("withQueryKey", "queryKey")},
            "/header": {"get": _operation("withHeaderKey", "headerKey")},
            "/cookie": {"get": _operation("withCookieKey", "cookieKey")},
            "/basic": {"get": _operation("withBasic", "basic")},
            "/login": {"post": {"operationId": "login", "tags": ["things"], "responses": {}}},
            "/issued": {"get": _operation("withLogin", "login")},
            "/oauth": {"get": _operation("withOAuth", "oauth")},
        },
    }


ALL_CREDENTIALS: dict[str, Any] = {
    "admin_key": {"default": "demo-admin"},
    "api_key": {"default": "demo-api-key"},
    "username": {"default": "demo"},
    "password": {"default": "demo-password"},
    "organization": {"default": "42"},
    "client_id": {"default": "demo-client"},
    "client_secret": {"default": CLIENT_SECRET},
    "refresh_token": {"default": REFRESH_TOKEN},
}


class FakeAuthorizationServer:
    """An OAuth 2.0 authorization server (RFC 6749) that approves at once, plus a login operation.

    The token endpoint rotates refresh tokens: each refresh answers a new one and forgets the old.
    """

    def __init__(self, *, authorize_redirects: bool = True) -> None:
        self.authorize_redirects = authorize_redirects
        self.refresh_tokens = {REFRESH_TOKEN}
        self.codes: set[str] = set()
        self.calls: list[tuple[str, dict[str, str]]] = []
        self.issued = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/login":
            return httpx.Response(200, json={"token": f"{JWT}-login"})
        if path == "/oauth/authorize":
            params = dict(request.url.params)
            self.calls.append(("authorize", params))
            if not self.authorize_redirects:
                return httpx.Response(200, text="<form>Allow access?</form>")
            code = f"code-{len(self.codes)}"
            self.codes.add(code)
            location = httpx.URL(params["redirect_uri"]).copy_merge_params(
                {"code": code, "state": params["state"]}
            )
            return httpx.Response(302, headers={"Location": str(location)})
        if path == "/oauth/token":
            form = dict(httpx.QueryParams(request.content.decode()))
            self.calls.append(("token", {**form, "authorization": request.headers.get("Authorization", "")}))
            return self.token(form, request.headers.get("Authorization"))
        return httpx.Response(404)

    def token(self, form: dict[str, str], authorization: str | None) -> httpx.Response:
        basic = "Basic " + base64.b64encode(f"demo-client:{CLIENT_SECRET}".encode()).decode()
        client_ok = authorization == basic or (
            form.get("client_id") == "demo-client" and form.get("client_secret") == CLIENT_SECRET
        )
        if not client_ok:
            return httpx.Response(401, json={"error": "invalid_client"})
        grant = form.get("grant_type")
        if grant == "refresh_token" and form.get("refresh_token") in self.refresh_tokens:
            self.refresh_tokens.discard(form["refresh_token"])
        elif grant == "authorization_code" and form.get("code") in self.codes:
            self.codes.discard(form["code"])
        else:
            return httpx.Response(400, json={"error": "invalid_grant"})
        self.issued += 1
        refresh = f"rotated-refresh-{self.issued}"
        self.refresh_tokens.add(refresh)
        return httpx.Response(
            200,
            json={
                "access_token": f"access-{self.issued}",
                "token_type": "Bearer",
                "expires_in": 7200,
                "refresh_token": refresh,
            },
        )


def kinds_auth(
    server: FakeAuthorizationServer,
    credentials: dict[str, Any] | None = None,
    oauth2: dict[str, Any] | None = None,
    *,
    spec: dict[str, Any] | None = None,
    mock: bool = False,
    hosts: list[str] | None = None,
) -> FuzzAuth:
    document = spec or kinds_spec(ALL_CREDENTIALS if credentials is None else credentials, oauth2)
    plan = build_plan("kinds", load_api(document, "kinds.yaml"), environ={})

    def record(request: httpx.Request) -> httpx.Response:
        if hosts is not None:
            hosts.append(request.url.host)
        return server(request)

    return FuzzAuth(
        plan,
        lambda: httpx.Client(base_url="http://api.test", transport=httpx.MockTransport(record)),
        mock=mock,
    )


def sent(auth: FuzzAuth, method: str, path: str) -> list[tuple[str, str, str]]:
    return [(c.location, c.name, c.value) for c in auth.credentials_for(method, path) or []]


def test_the_plan_knows_every_kind_of_scheme() -> None:
    api = load_api(kinds_spec(ALL_CREDENTIALS), "kinds.yaml")
    plan = build_plan("kinds", api, environ={})
    assert {type(scheme) for scheme in plan.schemes.values()} == set(typing.get_args(Scheme))
    assert {scheme.kind for scheme in plan.schemes.values()} == set(KINDS)
    assert all(plan.satisfiable(name) for name in plan.schemes)
    assert plan.token_refresh_seconds == 570.0  # the login's 600 s, renewed 30 s before expiry


def test_fuzz_auth_sends_every_kind_where_its_scheme_says() -> None:
    server = FakeAuthorizationServer()
    auth = kinds_auth(server)
    basic = "Basic " + base64.b64encode(b"demo:demo-password").decode()
    assert sent(auth, "GET", "/bearer") == [("header", "Authorization", "Bearer demo-admin")]
    assert sent(auth, "GET", "/query") == [("query", "token", "demo-api-key")]
    assert sent(auth, "GET", "/header") == [("header", "X-Api-Key", "demo-api-key")]
    assert sent(auth, "GET", "/cookie") == [("cookie", "session", "demo-api-key")]
    assert sent(auth, "GET", "/basic") == [
        ("header", "Authorization", basic),
        ("header", "OrganizationId", "42"),
    ]
    assert sent(auth, "GET", "/issued") == [("header", "Authorization", f"Bearer {JWT}-login")]
    assert sent(auth, "GET", "/oauth") == [("header", "Authorization", "Bearer access-1")]
    for secret in (
        "demo-admin",
        "demo-api-key",
        "demo-password",
        basic,
        CLIENT_SECRET,
        REFRESH_TOKEN,
        "access-1",
    ):
        assert secret in auth.secrets


def test_oauth2_refreshes_with_the_demo_refresh_token_then_the_rotated_one() -> None:
    server = FakeAuthorizationServer()
    auth = kinds_auth(server)
    assert auth.issue("oauth") == "access-1"
    assert auth.issue("oauth") == "access-2"
    grants = [(call["grant_type"], call["refresh_token"]) for kind, call in server.calls if kind == "token"]
    assert grants == [("refresh_token", REFRESH_TOKEN), ("refresh_token", "rotated-refresh-1")]
    assert all(call["client_id"] == "demo-client" for _, call in server.calls)  # body authentication
    assert "rotated-refresh-1" in auth.secrets
    auth.forget_subjects()  # a fresh server knows the demo refresh token again
    server.refresh_tokens.add(REFRESH_TOKEN)
    assert auth.issue("oauth") == "access-3"


def test_oauth2_authenticates_the_client_with_http_basic_when_declared() -> None:
    server = FakeAuthorizationServer()
    auth = kinds_auth(server, oauth2={"client-authentication": "basic"})
    assert auth.issue("oauth") == "access-1"
    (_, call), *_ = server.calls
    assert call["authorization"].startswith("Basic ") and "client_secret" not in call
    assert call["authorization"] in auth.secrets


def test_oauth2_without_tokens_runs_the_authorization_code_flow() -> None:
    server = FakeAuthorizationServer()
    without_tokens = {k: v for k, v in ALL_CREDENTIALS.items() if k != "refresh_token"}
    auth = kinds_auth(server, without_tokens)
    assert auth.issue("oauth") == "access-1"
    (authorize_kind, authorize), (token_kind, token) = server.calls
    assert authorize_kind == "authorize" and token_kind == "token"
    assert authorize["response_type"] == "code" and authorize["client_id"] == "demo-client"
    assert authorize["scope"] == "read write" and authorize["redirect_uri"] == token["redirect_uri"]
    assert token["grant_type"] == "authorization_code" and token["code"] == "code-0"
    assert "code-0" in auth.secrets
    # The rotated refresh token from that answer is used from now on.
    assert auth.issue("oauth") == "access-2"
    assert server.calls[-1][1]["refresh_token"] == "rotated-refresh-1"


def test_oauth2_endpoints_of_another_host_are_on_the_mock_when_fuzzing_one() -> None:
    """A vendor's authorization server may live on another host (Mediagraph: mediagraph.io beside
    api.mediagraph.io); the mock serves it at its path, the real API leaves it where it is."""
    without_tokens = {k: v for k, v in ALL_CREDENTIALS.items() if k != "refresh_token"}
    spec = kinds_spec(without_tokens)
    flow = spec["components"]["securitySchemes"]["oauth"]["flows"]["authorizationCode"]
    flow.update(
        authorizationUrl="https://auth.other.test/oauth/authorize",
        tokenUrl="https://auth.other.test/oauth/token",
    )
    for mock, expected in ((True, ["api.test", "api.test"]), (False, ["auth.other.test", "auth.other.test"])):
        hosts: list[str] = []
        auth = kinds_auth(FakeAuthorizationServer(), spec=spec, mock=mock, hosts=hosts)
        assert auth.issue("oauth") == "access-1"
        assert hosts == expected


def test_oauth2_falls_back_to_the_code_flow_when_the_refresh_token_was_revoked() -> None:
    server = FakeAuthorizationServer()
    server.refresh_tokens.clear()  # e.g. fuzzing called the revocation endpoint
    auth = kinds_auth(server)
    assert auth.issue("oauth") == "access-1"
    assert [kind for kind, _ in server.calls] == ["token", "authorize", "token"]


def test_oauth2_uses_a_held_access_token_when_there_is_no_refresh_token() -> None:
    server = FakeAuthorizationServer()
    credentials = {
        **{k: v for k, v in ALL_CREDENTIALS.items() if k != "refresh_token"},
        "access_token": {"default": "held-access"},
    }
    assert kinds_auth(server, credentials).issue("oauth") == "held-access"
    assert server.calls == []


def test_an_authorization_server_that_waits_for_a_user_is_a_clear_error() -> None:
    server = FakeAuthorizationServer(authorize_redirects=False)
    without_tokens = {k: v for k, v in ALL_CREDENTIALS.items() if k != "refresh_token"}
    auth = kinds_auth(server, without_tokens)
    with pytest.raises(
        FuzzAuthError, match=r"authorization endpoint of oauth .* HTTP 200 without a redirect"
    ):
        auth.issue("oauth")


def test_a_redirect_with_another_state_is_refused() -> None:
    class WrongState(FakeAuthorizationServer):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            response = super().__call__(request)
            if request.url.path == "/oauth/authorize":
                location = httpx.URL(response.headers["Location"]).copy_set_param("state", "forged")
                return httpx.Response(302, headers={"Location": str(location)})
            return response

    without_tokens = {k: v for k, v in ALL_CREDENTIALS.items() if k != "refresh_token"}
    with pytest.raises(FuzzAuthError, match="another state"):
        kinds_auth(WrongState(), without_tokens).issue("oauth")
