"""Small specs for the auth kinds and error styles no present vendor uses (HTTP basic with a header,
API keys in a header or a cookie, OAuth 2.0, a login renewed by the expired token, ...), and a
vendor whose operations answer who called them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from starlette.applications import Starlette

from generator.mock import MockOptions, build_app
from generator.mock.context import RequestContext
from generator.mock.responses import MockResponse, json_response
from generator.mock.vendors import MockVendor, VendorSetup
from tests.support.clock import FakeClock

ERROR = {
    "type": "object",
    "required": ["message"],
    "properties": {
        "message": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    },
}
WHO = {
    "type": "object",
    "required": ["scheme"],
    "properties": {"scheme": {"type": "string"}, "subject": {"type": ["string", "null"]}},
}


def errors(*statuses: int, schema: str = "Error") -> dict[str, Any]:
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {str(status): {"description": "error", "content": content} for status in statuses}


def ok(schema: dict[str, Any], status: int = 200) -> dict[str, Any]:
    return {str(status): {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def whoami(operation_id: str, security: list[dict[str, list[str]]], *statuses: int) -> dict[str, Any]:
    """An operation answering the scheme and subject that authenticated it."""
    return {
        "operationId": operation_id,
        "security": security,
        "responses": {**ok(WHO), **errors(*(statuses or (400, 401, 403)))},
    }


def spec(
    *,
    credentials: dict[str, str],
    security_schemes: dict[str, Any],
    schemes: dict[str, Any],
    paths: dict[str, Any],
    errors_style: dict[str, Any] | None = None,
    secret: Iterable[str] = (),
    schemas: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A spec with the given credentials (name -> the mock's demo value), schemes and paths."""
    mock: dict[str, Any] = {"credentials": {name: {"default": value} for name, value in credentials.items()}}
    if errors_style is not None:
        mock["errors"] = errors_style
    hidden = set(secret)
    return {
        "openapi": "3.1.0",
        "info": {"title": "Auth kinds", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "x-auth": {
            "credentials": {name: {"description": name, "secret": name in hidden} for name in credentials},
            "subject-argument": "user_id",
            "schemes": schemes,
        },
        "x-mock": mock,
        "paths": paths,
        "components": {
            "securitySchemes": security_schemes,
            "schemas": {"Error": ERROR, **(schemas or {})},
        },
    }


def who_vendor(*operation_ids: str) -> MockVendor[None]:
    """A vendor whose handlers answer `{"scheme", "subject"}` of the caller."""

    def create(setup: VendorSetup) -> None:
        return None

    vendor: MockVendor[None] = MockVendor("who", create)

    async def who(ctx: RequestContext[None]) -> MockResponse:
        principal = ctx.principal
        return json_response(
            {"scheme": principal.scheme, "subject": principal.subject}
            if principal is not None
            else {"scheme": "none", "subject": None}
        )

    for operation_id in operation_ids:
        vendor.operation(operation_id)(who)
    return vendor


def app(document: dict[str, Any], clock: FakeClock, *operation_ids: str, **options: Any) -> Starlette:
    """The strict mock of `document` (answers checked against the spec, bugs raised) whose
    `operation_ids` answer who called them; every other operation needs a generic handler."""
    settings: dict[str, Any] = {
        "clock": clock,
        "rate_limit": None,
        "validate_responses": True,
        "raise_server_errors": True,
        **options,
    }
    return build_app(document, MockOptions(**settings), vendor=who_vendor(*operation_ids))
