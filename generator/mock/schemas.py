"""JSON Schema validation against the merged spec, compiled once; failures as field problems.

Validators are jsonschema-rs Draft 2020-12 validators over a registry that holds the whole merged
spec, so every `$ref` resolves exactly as written. Why jsonschema-rs rather than the `jsonschema`
package: schemathesis, which holds the mock to the spec, validates and *negates* data with
jsonschema-rs; using the same engine means the mock rejects exactly what schemathesis considers
invalid, down to `format` (e.g. `uri`, `email`) and ECMA-262 regex details, where `jsonschema` would
silently accept unknown formats. It is also compiled Rust, which matters for the benchmark.

Failures are `FieldProblem`s (the field's path, the keyword that failed and what it asked for),
never messages: the vendor's error style words them (`generator.mock.errorstyle`).

Each schema is compiled from `{"$ref": "<registry uri>#<pointer>"}` so the schema keeps its place
in the document. Compiling is cached by pointer and done for every operation at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final
from urllib.parse import quote

import jsonschema_rs

from generator.mock.errors import FieldProblem, MockSetupError
from generator.mock.errorstyle import NEUTRAL_STYLE
from generator.model import SchemaRef
from generator.model.api import JsonObject
from generator.model.pointers import jsonpath

SPEC_URI: Final = "urn:vendorkit:merged-spec"
MAX_REPORTED_ERRORS: Final = 50


class SchemaRegistry:
    """Compiled validators for schemas of one merged spec."""

    def __init__(self, document: JsonObject, label: str) -> None:
        self.label = label
        try:
            self._registry = jsonschema_rs.Registry([(SPEC_URI, document)], draft=jsonschema_rs.Draft202012)
        except (ValueError, jsonschema_rs.ReferencingError) as exc:
            raise MockSetupError(
                label, "$", f"cannot load the spec as JSON Schema resources: {exc}"
            ) from None
        self._validators: dict[str, jsonschema_rs.Validator] = {}

    def validator(self, schema: SchemaRef) -> jsonschema_rs.Validator:
        """The compiled validator of a schema of the spec (compiled on first use, then cached)."""
        validator = self._validators.get(schema.pointer)
        if validator is None:
            reference = {"$ref": f"{SPEC_URI}#{quote(schema.pointer, safe='/~')}"}
            try:
                validator = jsonschema_rs.Draft202012Validator(
                    reference, registry=self._registry, validate_formats=True
                )
            except (ValueError, jsonschema_rs.ReferencingError) as exc:
                message = getattr(exc, "message", None) or str(exc).splitlines()[0]
                raise MockSetupError(
                    self.label, jsonpath(schema.pointer), f"invalid schema: {message}"
                ) from None
            self._validators[schema.pointer] = validator
        return validator

    def problems(
        self, schema: SchemaRef, instance: Any, root: Sequence[str | int] = ()
    ) -> list[FieldProblem]:
        """What is wrong with `instance` (empty when valid); paths start at `root`."""
        validator = self.validator(schema)
        if validator.is_valid(instance):
            return []
        return field_problems(validator.iter_errors(instance), tuple(root))

    def field_errors(
        self, schema: SchemaRef, instance: Any, root: Sequence[str | int] = ()
    ) -> dict[str, list[str]]:
        """The problems of `instance` in the engine's neutral wording (for diagnostics, e.g. an
        answer of the mock that does not match its schema)."""
        return NEUTRAL_STYLE.field_errors(self.problems(schema, instance, root))


# The parameters of jsonschema-rs error kinds that field messages may quote, by our name.
_PARAMS: Final = {"limit": "limit", "multiple_of": "limit", "types": "types", "format": "format"}


def field_problems(
    errors: Iterable[jsonschema_rs.ValidationError], root: tuple[str | int, ...] = ()
) -> list[FieldProblem]:
    """One problem per failed keyword (per unexpected or missing property), at most MAX_REPORTED_ERRORS
    errors read: the rule is the keyword itself, so the vendor's style words it."""
    found: list[FieldProblem] = []
    kinds = jsonschema_rs.ValidationErrorKind
    for count, error in enumerate(errors):
        if count >= MAX_REPORTED_ERRORS:
            break
        kind = error.kind
        path = (*root, *error.instance_path)
        if isinstance(kind, kinds.Required):
            found.append(FieldProblem((*path, kind.property), "required"))
        elif isinstance(kind, kinds.AdditionalProperties | kinds.UnevaluatedProperties):
            found.extend(FieldProblem((*path, name), "additionalProperties") for name in kind.unexpected)
        else:
            keyword = error.schema_path[-1] if error.schema_path else "default"
            details = kind.as_dict()
            params = {ours: details[theirs] for theirs, ours in _PARAMS.items() if theirs in details}
            found.append(FieldProblem(path, str(keyword), params))
    return found
