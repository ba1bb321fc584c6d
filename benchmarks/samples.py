"""Request bodies for the load runs, taken from the spec: its examples first, else a minimal valid instance.

The minimal instance holds only the required properties, each the smallest value its schema allows
(the first enum value, `minLength` characters, `minimum`, `minItems` items). A schema this cannot
satisfy (a `pattern`, a `not`) gives no sample; the caller then tries the next operation.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

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


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def media_examples(spec: Mapping[str, Any], media: Mapping[str, Any]) -> list[Any]:
    """The examples a media type object declares (`example`, `examples.*.value`), in order."""
    found = [media["example"]] if "example" in media else []
    for example in (media.get("examples") or {}).values():
        example = resolve(spec, example)
        if isinstance(example, Mapping) and "value" in example:
            found.append(example["value"])
    return found


def body_candidates(spec: Mapping[str, Any], media: Mapping[str, Any]) -> list[Any]:
    """Bodies to try for a JSON request body: declared examples, then a synthesized minimal one."""
    candidates = media_examples(spec, media)
    with contextlib.suppress(NoSample):
        candidates.append(minimal(spec, media.get("schema") or {}))
    return candidates


def minimal(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    """The smallest instance of `schema` this module knows to build (raises NoSample otherwise)."""
    schema = resolve(spec, schema)
    if depth > MAX_DEPTH or not isinstance(schema, Mapping):
        raise NoSample("schema too deep or not an object")
    for key in ("const", "default", "example"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    if "not" in schema:
        raise NoSample("`not` schemas are not synthesized")
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = minimal(spec, part, depth + 1)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return {**merged, **_object(spec, schema, depth)} if "properties" in schema else merged
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return minimal(spec, schema[key][0], depth + 1)
    return _typed(spec, schema, _type_of(schema), depth)


def _type_of(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
    return str(kind)


def _typed(spec: Mapping[str, Any], schema: Mapping[str, Any], kind: str, depth: int) -> Any:
    if kind == "object":
        return _object(spec, schema, depth)
    if kind == "array":
        items = schema.get("items") or {}
        return [minimal(spec, items, depth + 1) for _ in range(int(schema.get("minItems", 0)))]
    if kind == "string":
        return _string(schema)
    if kind in ("integer", "number"):
        return _number(schema, kind)
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    raise NoSample(f"type {kind!r}")


def _object(spec: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    value = {}
    for name in schema.get("required") or []:
        value[name] = minimal(spec, properties.get(name, {}), depth + 1)
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
