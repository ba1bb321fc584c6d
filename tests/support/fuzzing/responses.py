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

from generator.model import Api, Operation


@dataclass(frozen=True)
class DeclaredResponse:
    """A 2xx response of an operation with a JSON body schema."""

    status: int
    media_type: str
    schema: Mapping[str, Any]


def success_responses(operation: Operation) -> list[DeclaredResponse]:
    """The operation's 2xx responses whose body is JSON with a schema (others have nothing to parse)."""
    found: list[DeclaredResponse] = []
    for response in operation.success_responses():
        for media in response.content:
            if media.is_json and media.schema is not None:
                found.append(DeclaredResponse(int(response.status), media.media_type, media.schema.raw))
    return found


def body_strategy(api: Api, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid against `schema` (an OpenAPI 3.1 schema, i.e. JSON Schema 2020-12) of `api`."""
    from schemathesis.generation.jsonschema.builder import build
    from schemathesis.specs.openapi.formats import format_lengths_for, get_default_format_strategies

    rooted = {**schema, "components": api.document.get("components") or {}}
    formats = get_default_format_strategies()
    strategy: st.SearchStrategy[Any] = build(
        rooted, draft=jsonschema_rs.Draft202012, formats=formats, format_lengths=format_lengths_for(formats)
    )
    return strategy


def validator(api: Api, schema: Mapping[str, Any]) -> jsonschema_rs.Validator:
    """A 2020-12 validator for `schema` with the spec's components resolvable (to confirm a body)."""
    return jsonschema_rs.Draft202012Validator({**schema, "components": api.document.get("components") or {}})
