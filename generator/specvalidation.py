"""OpenAPI 3.1 validation of a spec: openapi-spec-validator, its Schema Object check run by jsonschema-rs first.

openapi-spec-validator checks each Schema Object of a spec against the OpenAPI 3.1 schema dialect
with the Python jsonschema library: that was 85-93% of validating a spec (2.1 of 2.5 s of CPU for
Mediagraph's hand-written and merged specs, 0.9 of 1.0 s for Printiki's). `OpenAPI31Validator` is
openapi-spec-validator's own 3.1 validator with one keyword validator replaced through its extension
point (`keyword_validators`): a Schema Object is first checked by jsonschema-rs against the same
dialect meta-schemas (from openapi-schema-validator's registry), and its regular expressions by the
same Python format checker (`regex` is the only format of the meta-schemas that checker knows). A
schema both accept is valid; anything else goes to the Python check, which reports exactly the error
it always has. So the verdicts and messages are openapi-spec-validator's: only the work on valid
schemas is done in Rust. Another dialect (`$schema`, `jsonSchemaDialect`) is checked in Python only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, Protocol

import jsonschema_rs
from jsonschema_path import SchemaPath
from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords

OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"
_OAS31_VOCABULARY = "https://spec.openapis.org/oas/3.1/meta/base"


class FormatChecker(Protocol):
    """What this module asks of a jsonschema `FormatChecker`."""

    def conforms(self, instance: object, format: str) -> bool: ...


@cache
def _dialect_validator() -> Any:
    """jsonschema-rs for the OpenAPI 3.1 dialect; formats are left to the Python checker."""
    registry = jsonschema_rs.Registry(
        [(_OAS31_VOCABULARY, OPENAPI_SPECIFICATIONS.contents(_OAS31_VOCABULARY))]
    )
    dialect = OPENAPI_SPECIFICATIONS.contents(OAS31_DIALECT)
    return jsonschema_rs.Draft202012Validator(dialect, registry=registry, validate_formats=False)


def _regex_positions(node: Any) -> Iterator[str]:
    """Every string the 2020-12 meta-schema may check as `format: regex`: a `pattern` value and a
    `patternProperties` name, anywhere (over-approximated: an example or a property named `pattern`
    counts too, which can only send a valid schema to the Python check)."""
    todo = [node]
    while todo:
        current = todo.pop()
        if isinstance(current, dict):
            pattern = current.get("pattern")
            if isinstance(pattern, str):
                yield pattern
            named = current.get("patternProperties")
            if isinstance(named, dict):
                yield from (name for name in named if isinstance(name, str))
            todo.extend(current.values())
        elif isinstance(current, list):
            todo.extend(current)


def accepted_fast(schema: Any, format_checker: FormatChecker) -> bool:
    """Whether jsonschema-rs and the Python regex format check both accept `schema` as a Schema
    Object of the OpenAPI 3.1 dialect (False: let the Python check decide and explain)."""
    if not _dialect_validator().is_valid(schema):
        return False
    return all(format_checker.conforms(pattern, "regex") for pattern in _regex_positions(schema))


class _SchemaValidator(keywords.OpenAPIV31SchemaValidator):
    """openapi-spec-validator's Schema Object validator, its meta-schema check tried in Rust first."""

    def _get_schema_checker(self, schema: SchemaPath, schema_value: Any) -> Callable[[Any], None]:
        python_check = super()._get_schema_checker(schema, schema_value)
        if self._get_schema_dialect_id(schema, schema_value) != OAS31_DIALECT:
            return python_check
        format_checker = self.schema_validator_format_checker

        def check(value: Any) -> None:
            if not accepted_fast(value, format_checker):
                python_check(value)

        return check


class OpenAPI31Validator(OpenAPIV31SpecValidator):
    """`OpenAPIV31SpecValidator` with the Schema Object check above; the same verdicts and errors."""

    keyword_validators = {  # noqa: RUF012 - openapi-spec-validator's own class attribute, replaced
        **OpenAPIV31SpecValidator.keyword_validators,
        "schema": _SchemaValidator,
    }
