"""Small specs with declared mock resources, built in tests: two API keys (two principals), a few
record schemas, and operations bound to resources (no vendor module unless a test brings one)."""

from __future__ import annotations

import copy
from typing import Any

KEY = {"X-Key": "key-one"}
OTHER = {"X-Other": "key-two"}
ERROR = {"$ref": "#/components/schemas/Error"}
REFUSALS = {
    status: {"description": "refused", "content": {"application/json": {"schema": ERROR}}}
    for status in ("400", "401", "403", "404", "409", "422")
}

SCHEMAS: dict[str, Any] = {
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
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "size": {"type": "integer"},
            "labels": {"type": "array", "items": {"type": "string"}},
            "shelf_id": {"type": ["integer", "null"]},
            "created": {"type": "string"},
        },
    },
    "ItemInput": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "size": {"type": "integer", "minimum": 0},
            "shelf_id": {"type": "integer", "minimum": 1},
            "labels": {
                "type": "string",
                "contentMediaType": "application/json",
                "contentSchema": {"type": "array", "items": {"type": "string"}},
                "x-json-encoded": True,
            },
            "title": {"type": "string"},
        },
    },
    "Shelf": {
        "type": "object",
        "required": ["id", "label"],
        "properties": {"id": {"type": "string"}, "label": {"type": "string"}},
    },
    "ShelfInput": {"type": "object", "required": ["label"], "properties": {"label": {"type": "string"}}},
}


def answer(schema: Any, status: str = "200", **headers: Any) -> dict[str, Any]:
    """`responses` with `schema` at `status` (+ headers given as name -> schema) and the refusals."""
    declared: dict[str, Any] = {"description": "ok"}
    if schema is not None:
        declared["content"] = {"application/json": {"schema": schema}}
    if headers:
        declared["headers"] = {name.replace("_", "-"): {"schema": node} for name, node in headers.items()}
    return {status: declared, **copy.deepcopy(REFUSALS)}


def body(schema: Any) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def query(name: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema or {"type": "string"}}


def path(name: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": schema or {"type": "integer"}}


def operation(operation_id: str, binding: Any, responses: dict[str, Any], **extra: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"operationId": operation_id, "x-doc-source": "test", "responses": responses}
    if binding is not None:
        found["x-mock"] = binding
    found.update(extra)
    return found


ITEM = {"$ref": "#/components/schemas/Item"}
ITEMS = {"type": "array", "items": ITEM}

RESOURCES: dict[str, Any] = {
    "items": {"schema": "Item", "owner": True, "filled": {"created": {"now": "date-time"}}},
    "shelves": {"schema": "Shelf", "id": {"field": "id", "kind": "uuid"}},
}

PATHS: dict[str, Any] = {
    "/items": {
        "get": operation(
            "listItems",
            {"resource": "items", "action": "list", "filters": {"name": {"query": "name"}}},
            answer(ITEMS),
            parameters=[query("name", {"type": "array", "items": {"type": "string"}})],
        ),
        "post": operation(
            "createItem",
            {"resource": "items", "action": "create"},
            answer(ITEM, "201"),
            requestBody=body(copy.deepcopy(SCHEMAS["ItemInput"])),
        ),
    },
    "/items/{item}": {
        "parameters": [path("item")],
        "get": operation("getItem", {"resource": "items", "action": "read"}, answer(ITEM)),
        "patch": operation(
            "updateItem",
            {"resource": "items", "action": "update"},
            answer(ITEM),
            requestBody=body(copy.deepcopy(SCHEMAS["ItemInput"])),
        ),
        "put": operation(
            "replaceItem",
            {"resource": "items", "action": "replace"},
            answer(ITEM),
            requestBody=body(copy.deepcopy(SCHEMAS["ItemInput"])),
        ),
        "delete": operation("deleteItem", {"resource": "items", "action": "delete"}, answer(None, "204")),
    },
}


def make_spec(
    resources: dict[str, Any] | None = None,
    paths: dict[str, Any] | None = None,
    *,
    schemas: dict[str, Any] | None = None,
    mock: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A spec (deep copies of the defaults above, `resources`/`paths` replacing them when given)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Resources", "version": "1"},
        "servers": [{"url": "https://api.example.test"}],
        "security": [{"one": []}, {"two": []}],
        "x-auth": {
            "credentials": {
                "key_one": {"description": "first key", "secret": True},
                "key_two": {"description": "second key", "secret": True},
            },
            "schemes": {
                "one": {"kind": "api-key", "credential": "key_one"},
                "two": {"kind": "api-key", "credential": "key_two"},
            },
        },
        "x-mock": {
            "credentials": {"key_one": {"default": KEY["X-Key"]}, "key_two": {"default": OTHER["X-Other"]}},
            "resources": copy.deepcopy(RESOURCES if resources is None else resources),
            **(mock or {}),
        },
        "paths": copy.deepcopy(PATHS if paths is None else paths),
        "components": {
            "securitySchemes": {
                "one": {"type": "apiKey", "in": "header", "name": "X-Key"},
                "two": {"type": "apiKey", "in": "header", "name": "X-Other"},
            },
            "schemas": {**copy.deepcopy(SCHEMAS), **(schemas or {})},
        },
    }
