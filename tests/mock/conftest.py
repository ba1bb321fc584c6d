"""Fixtures of the mock engine tests: a controllable clock, a small spec with its own test vendor,
ASGI clients, and the JumpStory merged spec + generated models built from the current inputs."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.mock import MockOptions, build_app
from generator.mock.context import RequestContext
from generator.mock.errors import MockError
from generator.mock.responses import MockResponse, json_response
from generator.mock.vendors import MockVendor, VendorSetup
from tests.support.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]
ADMIN_KEY = "test-admin-key"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
GIF = b"GIF89a" + b"\x00" * 32


def _error(ref: str = "#/components/schemas/Error") -> dict[str, Any]:
    return {"description": "error", "content": {"application/json": {"schema": {"$ref": ref}}}}


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


ERRORS = {status: _error() for status in ("400", "401", "403", "404", "413", "415", "422", "429")}
ERRORS["429"] = {
    **_error(),
    "headers": {"Retry-After": {"required": True, "schema": {"type": "integer", "minimum": 0}}},
}
ITEM = {"$ref": "#/components/schemas/Item"}

MINI_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Mini API", "version": "1"},
    "servers": [{"url": "https://api.example.com/base"}],
    "security": [{"user": []}],
    "x-auth": {
        "credentials": {"admin_key": {"description": "Admin key", "secret": True}},
        "subject-argument": "user_id",
        "schemes": {
            "admin": {"kind": "static-bearer", "credential": "admin_key"},
            "user": {
                "kind": "issued-bearer",
                "issue": {"operation": "issueToken", "auth": "admin", "path-params": {"subject": "$subject"}},
                "lifetime-seconds": 60,
            },
        },
    },
    "x-rate-limit": {"requests": 3, "per-seconds": 10, "scope": "credential"},
    "x-mock": {
        "module": "mini",
        "credentials": {
            "admin_key": {"option": "--admin-key", "env": "MINI_MOCK_ADMIN_KEY", "default": ADMIN_KEY}
        },
    },
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 10},
                    },
                    {"name": "tag", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "active", "in": "query", "schema": {"type": "boolean"}},
                ],
                "responses": {"200": _ok({"type": "array", "items": ITEM}), **ERRORS},
            },
            "post": {
                "operationId": "createItem",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "count": {"type": "integer", "minimum": 0},
                                    "kind": {"type": "string", "enum": ["a", "b"]},
                                    "homepage": {"type": "string", "format": "uri"},
                                    "labels": {
                                        "type": "string",
                                        "contentMediaType": "application/json",
                                        "contentSchema": {"type": "array", "items": {"type": "string"}},
                                        "x-json-encoded": True,
                                    },
                                },
                            }
                        }
                    },
                },
                "responses": {"200": _ok(ITEM), **ERRORS},
            },
        },
        "/items/{item}": {
            "parameters": [{"$ref": "#/components/parameters/ItemId"}],
            "get": {"operationId": "getItem", "responses": {"200": _ok(ITEM), **ERRORS}},
            "delete": {
                "operationId": "deleteItem",
                "responses": {
                    "200": _ok({"type": "object"}),
                    **{status: _error() for status in ("401", "403", "404", "429")},
                },
            },
        },
        "/tokens/{subject}": {
            "post": {
                "operationId": "issueToken",
                "security": [{"admin": []}],
                "parameters": [
                    {"name": "subject", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": _ok(
                        {
                            "type": "object",
                            "required": ["token", "expires"],
                            "properties": {"token": {"type": "string"}, "expires": {"type": "integer"}},
                        }
                    ),
                    **ERRORS,
                },
            },
            "delete": {
                "operationId": "revokeTokens",
                "security": [{"admin": []}],
                "parameters": [
                    {"name": "subject", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": _ok({"type": "object"}), **ERRORS},
            },
        },
        "/upload": {
            "post": {
                "operationId": "upload",
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "copies": {"type": "integer", "minimum": 1},
                                },
                            },
                            "x-upload": {
                                "field": "file",
                                "extensions": ["png", "jpg"],
                                "media-types": ["image/png", "image/jpeg"],
                                "max-bytes": 100,
                            },
                        }
                    },
                },
                "responses": {"200": _ok({"type": "object"}), **ERRORS},
            }
        },
        "/traced": {
            "get": {
                "operationId": "traced",
                "parameters": [
                    {
                        "name": "X-Request-Id",
                        "in": "header",
                        "required": True,
                        "schema": {"type": "string", "format": "uuid"},
                    }
                ],
                "responses": {"200": _ok({"type": "object"}), **ERRORS},
            }
        },
        "/public": {
            "get": {
                "operationId": "publicInfo",
                "security": [],
                "responses": {"200": _ok({"type": "object"}), "429": _error()},
            }
        },
        "/fragile": {
            "get": {
                "operationId": "fragile",
                "responses": {"200": _ok(ITEM), "401": _error(), "429": _error()},
            }
        },
    },
    "components": {
        "parameters": {
            "ItemId": {
                "name": "item",
                "in": "path",
                "required": True,
                "schema": {"type": "integer", "minimum": 1},
            }
        },
        "securitySchemes": {
            "admin": {"type": "http", "scheme": "bearer"},
            "user": {"type": "http", "scheme": "bearer"},
        },
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["message"],
                "properties": {
                    "message": {"type": "string"},
                    "errors": {
                        "type": "object",
                        "additionalProperties": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
            "Item": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
            },
        },
    },
}


class MiniState:
    def __init__(self, setup: VendorSetup) -> None:
        self.items: dict[int, dict[str, Any]] = {}
        self.next_id = 1
        self.fragile_mode = "ok"
        self.seen: list[RequestContext[MiniState]] = []


def make_mini_vendor() -> MockVendor[MiniState]:
    vendor: MockVendor[MiniState] = MockVendor("mini", MiniState)
    Ctx = RequestContext[MiniState]

    @vendor.operation("listItems")
    async def list_items(ctx: Ctx) -> MockResponse:
        ctx.state.seen.append(ctx)
        return json_response(list(ctx.state.items.values())[: ctx.query.get("limit", 10)])

    @vendor.operation("createItem")
    async def create_item(ctx: Ctx) -> MockResponse:
        ctx.state.seen.append(ctx)
        item = {"id": ctx.state.next_id, "name": ctx.json_body()["name"]}
        ctx.state.items[item["id"]] = item
        ctx.state.next_id += 1
        return json_response(item)

    def find(ctx: Ctx) -> dict[str, Any]:
        item = ctx.state.items.get(ctx.path["item"])
        if item is None:
            raise MockError(404, "No such item.")
        return item

    @vendor.operation("getItem")
    async def get_item(ctx: Ctx) -> MockResponse:
        return json_response(find(ctx))

    @vendor.operation("deleteItem")
    async def delete_item(ctx: Ctx) -> MockResponse:
        del ctx.state.items[find(ctx)["id"]]
        return json_response({})

    @vendor.operation("issueToken")
    async def issue_token(ctx: Ctx) -> MockResponse:
        token, lifetime = ctx.tokens.issue("user", ctx.path["subject"])
        return json_response({"token": token, "expires": lifetime})

    @vendor.operation("revokeTokens")
    async def revoke_tokens(ctx: Ctx) -> MockResponse:
        ctx.tokens.revoke("user", ctx.path["subject"])
        return json_response({})

    @vendor.operation("upload")
    async def upload(ctx: Ctx) -> MockResponse:
        ctx.state.seen.append(ctx)
        return json_response({"size": ctx.files["file"].size})

    @vendor.operation("traced")
    async def traced(ctx: Ctx) -> MockResponse:
        return json_response({"id": ctx.headers["X-Request-Id"]})

    @vendor.operation("publicInfo")
    async def public_info(ctx: Ctx) -> MockResponse:
        return json_response({"subject": ctx.principal})

    @vendor.operation("fragile")
    async def fragile(ctx: Ctx) -> MockResponse:
        mode = ctx.state.fragile_mode
        if mode == "crash":
            raise RuntimeError("boom")
        if mode == "bad-body":
            return json_response({"id": "not an integer", "name": 1})
        if mode == "forbidden":
            raise MockError(403, "Not yours.")
        return json_response({"id": 1, "name": "fine"})

    return vendor


def mini_spec() -> dict[str, Any]:
    return copy.deepcopy(MINI_SPEC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mini_app(clock: FakeClock) -> Callable[..., Any]:
    """`mini_app(**options)`: the mini spec's app, strict (response checks on, bugs raised)."""

    def make(**overrides: Any) -> Any:
        options: dict[str, Any] = {
            "clock": clock,
            "rate_limit": None,
            "validate_responses": True,
            "raise_server_errors": True,
            **overrides,
        }
        return build_app(mini_spec(), MockOptions(**options), vendor=make_mini_vendor())

    return make


def client_for(app: Any, *, raise_app_exceptions: bool = True) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


@pytest.fixture
async def mini(mini_app: Callable[..., Any]) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(mini_app()) as client:
        yield client


def admin() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_KEY}"}


async def user_headers(client: httpx.AsyncClient, subject: str = "alice") -> dict[str, str]:
    response = await client.post(f"/tokens/{subject}", headers=admin())
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


# -- JumpStory: merged spec and models built from the current specs/ and overlays/ ------------------


@pytest.fixture(scope="session")
def jumpstory_spec() -> dict[str, Any]:
    from generator.merge import build_merged_spec
    from generator.vendors import Project

    project = Project(ROOT)
    return build_merged_spec(project.vendor("jumpstory"), ROOT)


@pytest.fixture(scope="session")
def jumpstory_models(jumpstory_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    from generator.mock.loader import load_models
    from generator.modelgen import generate_mock_models

    path = tmp_path_factory.mktemp("jumpstory-models") / "mock_models.py"
    generate_mock_models(jumpstory_spec, "specs/jumpstory.yaml", path)
    return load_models(path, "jumpstory_tests")


@pytest.fixture
async def jumpstory(
    jumpstory_spec: dict[str, Any], jumpstory_models: ModuleType, clock: FakeClock
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of a fresh JumpStory mock (no throttle, answers checked against the spec, handler
    bugs raised) on the test's clock."""
    from generator.mock import MockOptions, build_app

    options = MockOptions(clock=clock, rate_limit=None, validate_responses=True, raise_server_errors=True)
    async with client_for(build_app(jumpstory_spec, options, models=jumpstory_models)) as client:
        yield client
