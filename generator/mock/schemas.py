"""JSON Schema validation against the merged spec, compiled once, with Laravel-style messages.

Validators are jsonschema-rs Draft 2020-12 validators over a registry that holds the whole merged
spec, so every `$ref` resolves exactly as written. Why jsonschema-rs rather than the `jsonschema`
package: schemathesis, which holds the mock to the spec, validates and *negates* data with
jsonschema-rs; using the same engine means the mock rejects exactly what schemathesis considers
invalid, down to `format` (e.g. `uri`, `email`) and ECMA-262 regex details, where `jsonschema` would
silently accept unknown formats. It is also compiled Rust, which matters for the benchmark.

Each schema is compiled from `{"$ref": "<registry uri>#<pointer>"}` so the schema keeps its place
in the document. Compiling is cached by pointer and done for every operation at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final
from urllib.parse import quote

import jsonschema_rs

from generator.mock.errors import FieldErrors, MockSetupError
from generator.model import SchemaRef
from generator.model.api import JsonObject
from generator.model.pointers import jsonpath

SPEC_URI: Final = "urn:vendorkit:merged-spec"
MAX_REPORTED_ERRORS: Final = 50

_TYPE_NAMES: Final = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "an array",
    "object": "an object",
    "null": "null",
}


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

    def field_errors(self, schema: SchemaRef, instance: Any, root: str = "") -> FieldErrors:
        """Laravel-style errors of `instance` (empty when valid); field paths start at `root`."""
        validator = self.validator(schema)
        if validator.is_valid(instance):
            return {}
        return laravel_errors(validator.iter_errors(instance), root)


def field_path(root: str, instance_path: Sequence[str | int]) -> str:
    """Dot notation as Laravel reports it: `resources.photos.0`; the root alone for the whole value."""
    parts = [root] if root else []
    parts.extend(str(part) for part in instance_path)
    return ".".join(parts) if parts else "body"


def attribute_name(path: str) -> str:
    """Laravel's display name of a field: underscores become spaces (`user_id` -> `user id`)."""
    return path.replace("_", " ")


def laravel_errors(errors: Iterable[jsonschema_rs.ValidationError], root: str = "") -> FieldErrors:
    """Group validation errors by field path with Laravel's wording of what was expected."""
    grouped: FieldErrors = {}
    for count, error in enumerate(errors):
        if count >= MAX_REPORTED_ERRORS:
            break
        for path, message in _messages(error, root):
            messages = grouped.setdefault(path, [])
            if message not in messages:
                messages.append(message)
    return grouped


def _type_phrase(types: Sequence[str]) -> str:
    return " or ".join(_TYPE_NAMES.get(name, name) for name in types)


def _messages(error: jsonschema_rs.ValidationError, root: str) -> list[tuple[str, str]]:
    kind = error.kind
    path = field_path(root, error.instance_path)
    attribute = attribute_name(path)
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
        missing = field_path(root, [*error.instance_path, kind.property])
        return [(missing, f"The {attribute_name(missing)} field is required.")]
    if isinstance(
        kind,
        jsonschema_rs.ValidationErrorKind.AdditionalProperties
        | jsonschema_rs.ValidationErrorKind.UnevaluatedProperties,
    ):
        found = []
        for name in kind.unexpected:
            extra = field_path(root, [*error.instance_path, name])
            found.append((extra, f"The {attribute_name(extra)} field is prohibited."))
        return found
    return [(path, _message(error, attribute))]


def _message(error: jsonschema_rs.ValidationError, attribute: str) -> str:
    kind = error.kind
    kinds = jsonschema_rs.ValidationErrorKind
    if isinstance(kind, kinds.Type):
        return f"The {attribute} field must be {_type_phrase(kind.types)}."
    if isinstance(kind, kinds.Enum | kinds.Constant):
        return f"The selected {attribute} is invalid."
    if isinstance(kind, kinds.MinLength):
        return f"The {attribute} field must be at least {kind.limit} characters."
    if isinstance(kind, kinds.MaxLength):
        return f"The {attribute} field must not be greater than {kind.limit} characters."
    if isinstance(kind, kinds.Minimum):
        return f"The {attribute} field must be at least {kind.limit}."
    if isinstance(kind, kinds.Maximum):
        return f"The {attribute} field must not be greater than {kind.limit}."
    if isinstance(kind, kinds.ExclusiveMinimum):
        return f"The {attribute} field must be greater than {kind.limit}."
    if isinstance(kind, kinds.ExclusiveMaximum):
        return f"The {attribute} field must be less than {kind.limit}."
    if isinstance(kind, kinds.MultipleOf):
        return f"The {attribute} field must be a multiple of {kind.multiple_of}."
    if isinstance(kind, kinds.MinItems):
        return f"The {attribute} field must have at least {kind.limit} items."
    if isinstance(kind, kinds.MaxItems):
        return f"The {attribute} field must not have more than {kind.limit} items."
    if isinstance(kind, kinds.UniqueItems):
        return f"The {attribute} field has a duplicate value."
    if isinstance(kind, kinds.Pattern):
        return f"The {attribute} field format is invalid."
    if isinstance(kind, kinds.Format):
        return f"The {attribute} field must be a valid {kind.format}."
    return f"The {attribute} field is invalid: {error.message}."
