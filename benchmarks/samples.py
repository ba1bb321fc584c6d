"""Request bodies for the load runs, taken from the model: its examples first, else a minimal valid instance.

The examples are the media type's (`MediaType.examples`, `$ref`s already followed by the model);
the minimal instance holds only the required properties, each the smallest value its schema allows
(the first enum value, `minLength` characters, `minimum`, `minItems` items), with every `$ref`
followed by the model's one resolver. A schema this cannot satisfy (a `pattern`, a `not`) gives no
sample; the caller then tries the next operation.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from generator.model import Api, MediaType, SchemaRef
from generator.model.pointers import pointer_join

FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "email": "bench@example.com",
    "uri": "https://example.com/bench",
    "url": "https://example.com/bench",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
}
MAX_DEPTH = 12


class NoSample(Exception):
    """The schema asks for something this module does not synthesize."""


def body_candidates(api: Api, media: MediaType) -> list[Any]:
    """Bodies to try for a JSON request body: declared examples, then a synthesized minimal one."""
    candidates = list(media.examples)
    if media.schema is not None:
        with contextlib.suppress(NoSample):
            candidates.append(minimal(api, media.schema))
    return candidates


def minimal(api: Api, schema: SchemaRef, depth: int = 0) -> Any:
    """The smallest instance of `schema` this module knows to build (raises NoSample otherwise)."""
    node = schema.resolved
    if depth > MAX_DEPTH or not isinstance(node, Mapping):
        raise NoSample("schema too deep or not an object")
    for key in ("const", "default", "example"):
        if key in node:
            return node[key]
    if isinstance(node.get("examples"), list) and node["examples"]:
        return node["examples"][0]
    if node.get("enum"):
        return node["enum"][0]
    if "not" in node:
        raise NoSample("`not` schemas are not synthesized")
    if node.get("allOf"):
        merged: dict[str, Any] = {}
        for index, _ in enumerate(node["allOf"]):
            value = minimal(api, _sub(api, schema, "allOf", index), depth + 1)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return {**merged, **_object(api, schema, depth)} if "properties" in node else merged
    for key in ("oneOf", "anyOf"):
        if node.get(key):
            return minimal(api, _sub(api, schema, key, 0), depth + 1)
    return _typed(api, schema, _type_of(node), depth)


def _sub(api: Api, schema: SchemaRef, *path: str | int) -> SchemaRef:
    """A subschema of `schema` (`properties/name`, `items`, `allOf/0`), its `$ref`s followed; the
    empty schema (anything) where `schema` does not say."""
    _, target = api.resolver.follow(schema.raw, schema.pointer)
    node: Any = schema.node
    for part in path:
        node = node.get(part, {}) if isinstance(node, Mapping) else node[part]
    return api.resolver.schema(node, pointer_join(target, *path))


def _type_of(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
    return str(kind)


def _typed(api: Api, schema: SchemaRef, kind: str, depth: int) -> Any:
    node = schema.node
    if kind == "object":
        return _object(api, schema, depth)
    if kind == "array":
        count = int(node.get("minItems", 0))
        return [minimal(api, _sub(api, schema, "items"), depth + 1) for _ in range(count)]
    if kind == "string":
        return _string(node)
    if kind in ("integer", "number"):
        return _number(node, kind)
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    raise NoSample(f"type {kind!r}")


def _object(api: Api, schema: SchemaRef, depth: int) -> dict[str, Any]:
    value = {}
    for name in schema.node.get("required") or []:
        value[name] = minimal(api, _sub(api, schema, "properties", name), depth + 1)
    return value


def _string(schema: Mapping[str, Any]) -> str:
    if schema.get("format") in FORMATS:
        return FORMATS[str(schema["format"])]
    if "pattern" in schema:
        raise NoSample(f"pattern {schema['pattern']!r}")
    length = max(int(schema.get("minLength", 1)), 1)
    text = ("bench" * (length // 5 + 1))[:length]
    return text[: int(schema["maxLength"])] if "maxLength" in schema else text


def _number(schema: Mapping[str, Any], kind: str) -> int | float:
    step = schema.get("multipleOf") or 1
    value: float = 1
    if "minimum" in schema:
        value = (
            max(value, float(schema["minimum"])) if float(schema["minimum"]) > 0 else float(schema["minimum"])
        )
    if "exclusiveMinimum" in schema and isinstance(schema["exclusiveMinimum"], int | float):
        value = max(value, float(schema["exclusiveMinimum"]) + (1 if kind == "integer" else 0.5))
    if step and value % step:
        value = (value // step + 1) * step
    if "maximum" in schema and value > float(schema["maximum"]):
        raise NoSample("minimum above maximum after rounding")
    return int(value) if kind == "integer" else value
