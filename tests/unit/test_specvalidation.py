"""`generator.specvalidation.OpenAPI31Validator` judges specs exactly as openapi-spec-validator's own
3.1 validator does, and checks the Schema Objects of valid specs without the Python meta-schema check."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

import generator.specvalidation as specvalidation
from generator import merge
from generator.specvalidation import OpenAPI31Validator
from generator.vendors import Project

ROOT = Path(__file__).resolve().parents[2]
VENDORS = Project(ROOT).vendor_names()


def _document(schema: Any, **extra: Any) -> dict[str, Any]:
    """A small spec holding `schema` as a component, a parameter's schema and a response's."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "parameters": [{"name": "q", "in": "query", "schema": copy.deepcopy(schema)}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": copy.deepcopy(schema)}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Thing": copy.deepcopy(schema)}},
        **extra,
    }


def _errors(validator: type[OpenAPIV31SpecValidator], document: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (type(error).__name__, list(error.absolute_path), error.message)
        for error in validator(document).iter_errors()
    ]


SCHEMAS = [
    {"type": "string"},
    {"type": "strin"},
    {"properties": {"a": {"type": 3}}},
    {"discriminator": {"propertyName": 3}},
    {"properties": {"a": {"discriminator": {"propertyName": 3}}}},
    {"properties": {"a": {"xml": {"attribute": "no"}}}},
    {"items": {"minLength": -1}},
    {"pattern": "[a"},  # not a regular expression: only the Python format check says so
    {"patternProperties": {"(unclosed": {"type": "string"}}},
    {"pattern": "^[a-z]+$", "properties": {"pattern": {"type": "string", "example": "[not checked"}}},
    {"required": ["a", "a"]},
    {"enum": []},
    {"anyOf": []},
    {"type": "object", "required": ["missing"], "allOf": [{"properties": {"x": {}}}]},
    {"type": "integer", "default": "not an integer"},
    {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "nope"},
    {"$schema": "https://example.com/unknown-dialect", "type": "string"},
]


VALID = {0, 9, 11}  # the indexes of the valid schemas above


@pytest.mark.parametrize(("index", "schema"), list(enumerate(SCHEMAS)))
def test_the_same_errors_as_openapi_spec_validator(index: int, schema: Any) -> None:
    document = _document(schema)
    found = _errors(OpenAPI31Validator, document)
    assert found == _errors(OpenAPIV31SpecValidator, document)
    assert bool(found) == (index not in VALID)


def test_a_dialect_named_by_the_document_is_honoured() -> None:
    document = _document({"type": "nope"}, jsonSchemaDialect="https://json-schema.org/draft/2020-12/schema")
    expected = _errors(OpenAPIV31SpecValidator, document)
    assert expected and _errors(OpenAPI31Validator, document) == expected


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_schema_of_the_vendor_specs_is_accepted_without_the_python_check(
    vendor: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    verdicts: list[bool] = []
    fast = specvalidation.accepted_fast

    def counted(schema: Any, format_checker: Any) -> bool:
        verdicts.append(fast(schema, format_checker))
        return verdicts[-1]

    monkeypatch.setattr(specvalidation, "accepted_fast", counted)
    spec = Project(ROOT).vendor(vendor)
    document = merge.load_spec(spec, ROOT)
    for checked in (document, merge.merge_overlays(document, spec)):
        assert list(OpenAPI31Validator(checked).iter_errors()) == []
    assert verdicts and all(verdicts)
