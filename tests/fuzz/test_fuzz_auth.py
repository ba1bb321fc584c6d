"""The fuzzing auth plan and provider against a small spec and an httpx mock transport (no mock server).

These pin the generic behaviour the real fuzz runs rely on: requirements per operation, subject
provisioning inferred from links, token issuing and re-provisioning, redaction of every secret.
"""

from __future__ import annotations

import io
import json
from typing import Any

import httpx
import pytest

from generator.errors import InputError
from generator.fuzz.auth import FuzzAuth, FuzzAuthError
from generator.fuzz.plan import build_plan
from generator.fuzz.redact import MASK, RedactingWriter, redact
from generator.model import load_api
from generator.runtime.schemes import IssuedBearer

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
