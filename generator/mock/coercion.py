"""Wire strings to typed values, per schema, before JSON Schema validation.

Path, query, header and form values arrive as strings. A value is converted only when the schema
asks for another type *and* the string spells that type exactly (`"42"` for an integer, `"true"`
for a boolean); otherwise it stays a string and validation reports "must be an integer". That is
the behaviour schemathesis expects: what the schema accepts once serialised is accepted, the rest
is refused with 4xx. The shape of every schema (types, items, properties) is read once at start-up
into a `WireShape`, so requests never resolve `$ref`s.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from generator.model import Resolver, SchemaRef

_INTEGER: Final = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NUMBER: Final = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_MAX_DEPTH: Final = 8
_MAX_INTEGER_DIGITS: Final = 4000  # below Python's int-from-string limit (4300 digits)


@dataclass(frozen=True)
class WireShape:
    """The parts of a schema that decide how a wire string is read."""

    types: frozenset[str] = frozenset()
    items: WireShape | None = None
    properties: Mapping[str, WireShape] = field(default_factory=dict)
    binary: bool = False  # a file in multipart bodies (`format: binary` or a non-JSON contentMediaType)

    def is_array(self) -> bool:
        return "array" in self.types

    def is_object(self) -> bool:
        return "object" in self.types


ANY_SHAPE: Final = WireShape()


def wire_shape(resolver: Resolver, schema: SchemaRef | None) -> WireShape:
    if schema is None:
        return ANY_SHAPE
    return _shape(resolver, schema.resolved, schema.pointer, 0)


def _shape(resolver: Resolver, node: Any, pointer: str, depth: int) -> WireShape:
    node, pointer = resolver.follow(node, pointer)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return ANY_SHAPE
    types: set[str] = set()
    declared = node.get("type")
    if isinstance(declared, str):
        types.add(declared)
    elif isinstance(declared, list):
        types.update(str(name) for name in declared)
    if "const" in node or "enum" in node:
        values = [node["const"]] if "const" in node else list(node.get("enum") or [])
        types.update(_json_type(value) for value in values)
    items: WireShape | None = None
    properties: dict[str, WireShape] = {}
    for keyword in ("allOf", "anyOf", "oneOf"):
        for index, sub in enumerate(node.get(keyword) or []):
            shape = _shape(resolver, sub, f"{pointer}/{keyword}/{index}", depth + 1)
            types.update(shape.types)
            items = items or shape.items
            for name, prop in shape.properties.items():
                properties.setdefault(name, prop)
    if "items" in node:
        items = _shape(resolver, node["items"], f"{pointer}/items", depth + 1)
    for name, prop in (node.get("properties") or {}).items():
        escaped = name.replace("~", "~0").replace("/", "~1")
        properties[name] = _shape(resolver, prop, f"{pointer}/properties/{escaped}", depth + 1)
    if "integer" in types and "number" in types:
        types.discard("integer")
    media = node.get("contentMediaType")
    binary = node.get("format") == "binary" or (
        isinstance(media, str) and "json" not in media and "contentSchema" not in node
    )
    return WireShape(types=frozenset(types), items=items, properties=properties, binary=binary)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def coerce_scalar(value: str, shape: WireShape) -> Any:
    """`value` as the type the schema asks for, when it spells that type exactly; else unchanged."""
    types = shape.types
    if not types or types == {"string"}:
        return value
    if "integer" in types and _INTEGER.fullmatch(value) and len(value) <= _MAX_INTEGER_DIGITS:
        return int(value)
    if "number" in types and _NUMBER.fullmatch(value):
        number = float(value)
        if math.isfinite(number):
            return (
                int(number)
                if number.is_integer() and "." not in value and "e" not in value.lower()
                else number
            )
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    if "null" in types and value in ("", "null") and "string" not in types:
        return None
    return value


def coerce_values(values: Sequence[str], shape: WireShape, *, explode: bool, separator: str = ",") -> Any:
    """A parameter given once or repeated: arrays collect items, scalars take the first value.

    A repeated scalar parameter keeps the list, so validation reports it as not the expected type.
    """
    if shape.is_array():
        item_shape = shape.items or ANY_SHAPE
        raw: list[str] = (
            list(values)
            if explode
            else [part for value in values for part in (value.split(separator) if value else [])]
        )
        return [coerce_scalar(item, item_shape) for item in raw]
    if len(values) == 1:
        return coerce_scalar(values[0], shape)
    return list(values)


def coerce_deep_object(
    pairs: Sequence[tuple[str, str]], name: str, shape: WireShape
) -> dict[str, Any] | None:
    """`name[key]=value` query pairs (style deepObject) as an object, or None when there are none."""
    prefix = name + "["
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key.startswith(prefix) and key.endswith("]"):
            prop = key[len(prefix) : -1]
            found[prop] = coerce_scalar(value, shape.properties.get(prop, ANY_SHAPE))
    return found or None


def coerce_form(
    fields: Mapping[str, Sequence[Any]], shape: WireShape, is_text: Callable[[Any], bool]
) -> dict[str, Any]:
    """Form fields (multipart or urlencoded) as the object the body schema describes.

    Text values are coerced per property; files are left as they are (the caller checks them).
    `key[]` repetitions are accepted for array properties, as PHP/Laravel clients send them.
    """
    body: dict[str, Any] = {}
    for key, values in fields.items():
        name = key[:-2] if key.endswith("[]") and key[:-2] in shape.properties else key
        prop = shape.properties.get(name, ANY_SHAPE)
        if prop.is_array():
            item = prop.items or ANY_SHAPE
            collected = body.setdefault(name, [])
            if isinstance(collected, list):
                collected.extend(coerce_scalar(value, item) if is_text(value) else value for value in values)
            continue
        converted = [coerce_scalar(value, prop) if is_text(value) else value for value in values]
        body[name] = converted[0] if len(converted) == 1 else converted
    return body
