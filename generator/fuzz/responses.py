"""Schema-valid response bodies, generated from an operation's declared success responses.

The other half of client fuzzing: whatever a conforming server may answer must parse into the
client's models and come back out unchanged (`parsed.to_dict() == body`). The bodies come from
schemathesis' own JSON Schema engine (the one it generates request bodies with), fed the response
schema with the spec's `components` at its root so `#/components/...` references resolve as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
from hypothesis import strategies as st

JSON_MEDIA_TYPES = ("application/json",)


@dataclass(frozen=True)
class DeclaredResponse:
    """A 2xx response of an operation with a JSON body schema."""

    status: int
    media_type: str
    schema: Mapping[str, Any]


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for token in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def success_responses(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> list[DeclaredResponse]:
    """The operation's 2xx responses whose body is JSON with a schema (others have nothing to parse)."""
    found: list[DeclaredResponse] = []
    for code, response in (operation.get("responses") or {}).items():
        if not (str(code).isdigit() and 200 <= int(code) < 300):
            continue
        content = (_resolve(spec, response) or {}).get("content") or {}
        for media_type, media in content.items():
            is_json = media_type in JSON_MEDIA_TYPES or media_type.endswith("+json")
            if is_json and isinstance(media, Mapping) and "schema" in media:
                found.append(DeclaredResponse(int(code), media_type, media["schema"]))
    return found


def body_strategy(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid against `schema` (an OpenAPI 3.1 schema, i.e. JSON Schema 2020-12) of `spec`."""
    from schemathesis.generation.jsonschema.builder import build
    from schemathesis.specs.openapi.formats import format_lengths_for, get_default_format_strategies

    rooted = {**schema, "components": spec.get("components") or {}}
    formats = get_default_format_strategies()
    strategy: st.SearchStrategy[Any] = build(
        rooted, draft=jsonschema_rs.Draft202012, formats=formats, format_lengths=format_lengths_for(formats)
    )
    return strategy


def validator(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> jsonschema_rs.Validator:
    """A 2020-12 validator for `schema` with the spec's components resolvable (to confirm a body)."""
    return jsonschema_rs.Draft202012Validator({**schema, "components": spec.get("components") or {}})
