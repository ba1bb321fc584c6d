"""A vendor's error style as data (`x-mock.errors`): the body, status and wording of every refusal.

The engine raises `MockError`s that say what went wrong (a kind, field problems, parameters); the
style of the vendor renders them. It is read from root `x-mock.errors` of the merged spec, every
mistake reported with the file and JSONPath, over a neutral default that holds no vendor's words:

```yaml
x-mock:
  errors:
    body: {message: "{message}", errors: "{errors}"}     # the body of every kind (a template)
    validation: {status: 422, message: The request is invalid.}
    missing-credentials: {status: 400, message: No token was sent., body: {error: "{message}"}}
    route-not-found: {message: "No route {route}."}
    too-large: {message: ["{first_error}", "At most {kilobytes} KB."]}
    fields:                                              # field errors of validation
      key: dotted             # how a field is written as a key: dotted (a.b.0) | brackets (a[b][0]) | pointer (/a/b/0)
      root: body              # the key of a problem with the whole body
      attribute: words        # {attribute} in messages: key | words (underscores as spaces) | sentence (words, capitalised)
      types: {boolean: true or false}                    # how {expected} names JSON types
      messages: {required: "The {attribute} is missing.", default: "The {attribute} is invalid."}
```

(`overlays/jumpstory/quirks.yaml` has a complete one.)

Templates: in a message, `{name}` is replaced by a parameter of the kind (`KIND_PARAMS`, plus
`reason` -- the HTTP reason phrase of the status sent -- and `status`); a list of messages means
the first whose placeholders all have values (a too large upload has a `first_error`, a too large
body has none). In a body, a string that is exactly `{name}` becomes the value itself (`{status}`
a number, `{errors}` an object of field -> messages, `{error_messages}` a list of every field
message, `{first_error}` the first one), and a member whose value is absent (no field errors, a
parameter another kind has) is left out.

A kind the style does not declare takes, attribute by attribute, what its parent kind declares
(`missing-credentials`, `login-failed` and `refresh-failed` -> `unauthenticated`; `route-not-found`
-> `not-found`), else the neutral default of its own kind; a field rule without a message takes the
style's `default` message, else the neutral one. A message a vendor module passes itself
(`not_found("No such file.")`) replaces the kind's message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Final, Literal

from generator.mock.errors import ErrorKind, FieldProblem, MockError, MockSetupError
from generator.mock.responses import MockResponse, declared_status
from generator.model import Operation
from generator.model.pointers import jsonpath, pointer_join

ROOT: Final = "/x-mock/errors"

COMMON_PARAMS: Final = frozenset({"reason", "status"})
KIND_PARAMS: Final[Mapping[ErrorKind, frozenset[str]]] = {
    ErrorKind.VALIDATION: frozenset({"first_error"}),
    ErrorKind.NOT_FOUND: frozenset(),
    ErrorKind.ROUTE_NOT_FOUND: frozenset({"method", "path", "route"}),
    ErrorKind.METHOD_NOT_ALLOWED: frozenset({"method", "path", "route", "allowed"}),
    ErrorKind.UNAUTHENTICATED: frozenset(),
    ErrorKind.MISSING_CREDENTIALS: frozenset(),
    ErrorKind.LOGIN_FAILED: frozenset(),
    ErrorKind.REFRESH_FAILED: frozenset(),
    ErrorKind.FORBIDDEN: frozenset(),
    ErrorKind.CONFLICT: frozenset(),
    ErrorKind.MALFORMED_BODY: frozenset({"format", "detail"}),
    ErrorKind.UNSUPPORTED_MEDIA_TYPE: frozenset({"media_type", "expected"}),
    ErrorKind.TOO_LARGE: frozenset({"max_bytes", "kilobytes", "first_error"}),
    ErrorKind.RATE_LIMITED: frozenset({"retry_after"}),
    ErrorKind.SERVER_ERROR: frozenset(),
    ErrorKind.OTHER: frozenset(),
}
"""The parameters each kind's message may quote (besides `reason` and `status`)."""

PARENTS: Final[Mapping[ErrorKind, ErrorKind]] = {
    ErrorKind.MISSING_CREDENTIALS: ErrorKind.UNAUTHENTICATED,
    ErrorKind.LOGIN_FAILED: ErrorKind.UNAUTHENTICATED,
    ErrorKind.REFRESH_FAILED: ErrorKind.UNAUTHENTICATED,
    ErrorKind.ROUTE_NOT_FOUND: ErrorKind.NOT_FOUND,
}

BODY_VALUES: Final = frozenset(
    {"message", "status", "kind", "errors", "error_messages", "first_error", "reason"}
).union(*KIND_PARAMS.values())
"""What a body template may hold."""

FIELD_RULES: Final = frozenset(
    {
        # JSON Schema 2020-12 assertions, by keyword
        "type",
        "enum",
        "const",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "format",
        "maxItems",
        "minItems",
        "uniqueItems",
        "contains",
        "maxProperties",
        "minProperties",
        "required",
        "dependentRequired",
        "additionalProperties",
        "propertyNames",
        "anyOf",
        "oneOf",
        "not",
        # the engine's own rules
        "body",
        "file",
        "text",
        "json",
        "upload-type",
        "upload-size",
        # any rule without a message of its own
        "default",
    }
)
FIELD_PARAMS: Final = frozenset(
    {"attribute", "field", "limit", "expected", "format", "types", "max_bytes", "kilobytes", "keyword"}
)
JSON_TYPES: Final = frozenset({"string", "integer", "number", "boolean", "array", "object", "null"})

KeyStyle = Literal["dotted", "brackets", "pointer"]
AttributeStyle = Literal["key", "words", "sentence"]
_KEY_STYLES: Final = ("dotted", "brackets", "pointer")
_ATTRIBUTE_STYLES: Final = ("key", "words", "sentence")
_KIND_KEYS: Final = frozenset({"status", "message", "body", "description"})
_FIELD_KEYS: Final = frozenset(
    {"key", "root", "attribute", "types", "type-separator", "messages", "description"}
)
_ROOT_KEYS: Final = frozenset({"body", "fields", "description"}).union(kind.value for kind in ErrorKind)
_PLACEHOLDER: Final = re.compile(r"\{([a-z_]+)\}")

NEUTRAL: Final[Mapping[str, Any]] = {
    "description": "The engine's own default: plain statements, no vendor's wording.",
    "body": {"message": "{message}", "errors": "{errors}"},
    "validation": {"status": 422, "message": "The request is invalid."},
    "not-found": {"status": 404, "message": "The resource does not exist."},
    "route-not-found": {"status": 404, "message": "No operation is served at {path}."},
    "method-not-allowed": {
        "status": 405,
        "message": "{method} is not allowed on {path}; allowed: {allowed}.",
    },
    "unauthenticated": {"status": 401, "message": "The credentials are invalid or expired."},
    "missing-credentials": {"status": 401, "message": "Credentials are required."},
    "login-failed": {"status": 401, "message": "The login credentials are wrong."},
    "refresh-failed": {"status": 401, "message": "The token cannot be renewed."},
    "forbidden": {"status": 403, "message": "The credentials do not grant access to this operation."},
    "conflict": {"status": 409, "message": "The request conflicts with the current state."},
    "malformed-body": {"status": 400, "message": "Malformed {format} body: {detail}"},
    "unsupported-media-type": {
        "status": 415,
        "message": "Content-Type {media_type} is not accepted; expected {expected}.",
    },
    "too-large": {"status": 413, "message": "The content is larger than the {max_bytes} bytes allowed."},
    "rate-limited": {"status": 429, "message": "Too many requests; retry after {retry_after} seconds."},
    "server-error": {"status": 500, "message": "{reason}"},
    "other": {"status": 400, "message": "{reason}"},
    "fields": {
        "key": "dotted",
        "root": "body",
        "attribute": "key",
        "type-separator": " or ",
        "types": {
            "string": "a string",
            "integer": "an integer",
            "number": "a number",
            "boolean": "a boolean",
            "array": "an array",
            "object": "an object",
            "null": "null",
        },
        "messages": {
            "required": "{attribute} is required.",
            "additionalProperties": "{attribute} is not allowed.",
            "type": "{attribute} must be {expected}.",
            "enum": "{attribute} must be one of the allowed values.",
            "const": "{attribute} must be the allowed value.",
            "minLength": "{attribute} must be at least {limit} characters long.",
            "maxLength": "{attribute} must be at most {limit} characters long.",
            "minimum": "{attribute} must be at least {limit}.",
            "maximum": "{attribute} must be at most {limit}.",
            "exclusiveMinimum": "{attribute} must be greater than {limit}.",
            "exclusiveMaximum": "{attribute} must be less than {limit}.",
            "multipleOf": "{attribute} must be a multiple of {limit}.",
            "minItems": "{attribute} must have at least {limit} items.",
            "maxItems": "{attribute} must have at most {limit} items.",
            "uniqueItems": "{attribute} must not repeat an item.",
            "minProperties": "{attribute} must have at least {limit} members.",
            "maxProperties": "{attribute} must have at most {limit} members.",
            "pattern": "{attribute} does not match the required pattern.",
            "format": "{attribute} must be a valid {format}.",
            "body": "The request body is required.",
            "file": "{attribute} must be a file.",
            "text": "{attribute} must not be a file.",
            "json": "{attribute} must hold a JSON document.",
            "upload-type": "{attribute} must be a file of type {types}.",
            "upload-size": "{attribute} must not be larger than {max_bytes} bytes.",
            "default": "{attribute} is invalid ({keyword}).",
        },
    },
}
"""The style of a vendor that declares none, written as an `x-mock.errors` value (the vendor's
declarations are laid over it)."""


@dataclass(frozen=True)
class KindStyle:
    """How one kind of refusal is answered: its status, message template and body template."""

    status: int
    messages: tuple[str, ...]
    """Message templates: the first whose placeholders all have values is used."""
    body: Any

    def message(self, values: Mapping[str, object]) -> str:
        for template in self.messages:
            if all(values.get(name) is not None for name in _PLACEHOLDER.findall(template)):
                return fill(template, values)
        return fill(self.messages[-1], values)


@dataclass(frozen=True)
class FieldStyle:
    """How field problems are keyed and worded."""

    key: KeyStyle
    root: str
    attribute: AttributeStyle
    types: Mapping[str, str]
    type_separator: str
    messages: Mapping[str, str]
    default: str
    """The message of a rule without one of its own (the vendor's `default`, else the neutral one's)."""

    def key_of(self, path: Sequence[str | int]) -> str:
        if not path:
            return self.root
        parts = [str(part) for part in path]
        if self.key == "brackets":
            return parts[0] + "".join(f"[{part}]" for part in parts[1:])
        if self.key == "pointer":
            return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)
        return ".".join(parts)

    def attribute_of(self, key: str) -> str:
        if self.attribute == "key":
            return key
        words = key.replace("_", " ")
        return words[:1].upper() + words[1:] if self.attribute == "sentence" else words

    def message(self, problem: FieldProblem) -> str:
        if problem.message is not None:
            return problem.message
        key = self.key_of(problem.path)
        values: dict[str, object] = {
            "attribute": self.attribute_of(key),
            "field": key,
            "keyword": problem.rule,
        }
        values.update(problem.params)
        types = problem.params.get("types")
        if problem.rule == "type" and isinstance(types, list | tuple):
            values["expected"] = self.type_separator.join(
                self.types.get(str(name), str(name)) for name in types
            )
        return fill(self.messages.get(problem.rule, self.default), values)


@dataclass(frozen=True)
class ErrorStyle:
    """A vendor's error style, resolved for every kind; renders `MockError`s."""

    kinds: Mapping[ErrorKind, KindStyle]
    fields: FieldStyle

    def field_errors(self, problems: Sequence[FieldProblem]) -> dict[str, list[str]]:
        """Field key -> messages, in the order found (a message repeated for a key is kept once)."""
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            messages = grouped.setdefault(self.fields.key_of(problem.path), [])
            message = self.fields.message(problem)
            if message not in messages:
                messages.append(message)
        return grouped

    def render(self, error: MockError, operation: Operation | None) -> MockResponse:
        """The answer to `error` for `operation` (None outside an operation): a status the
        operation declares (see `declared_status`), the style's body and the error's headers."""
        kind = self.kinds[error.kind]
        status = declared_status(operation, error.status or kind.status, error.alternatives)
        errors = self.field_errors(error.problems)
        messages = [message for found in errors.values() for message in found]
        values: dict[str, object] = {"reason": reason_phrase(status), "status": status, **error.params}
        if messages:
            values["first_error"] = messages[0]
        message = error.message if error.message is not None else kind.message(values)
        values.update(
            message=message,
            kind=error.kind.value,
            errors=errors or None,
            error_messages=messages or None,
        )
        present, body = fill_body(kind.body, values)
        return MockResponse(body if present else None, status, headers=dict(error.headers))


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple | frozenset | set):
        return ", ".join(_text(item) for item in value)
    return str(value)


def fill(template: str, values: Mapping[str, object]) -> str:
    """`template` with each `{name}` replaced by its value (an unknown name stays as written)."""

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        return match.group(0) if value is None else _text(value)

    return _PLACEHOLDER.sub(replace, template)


def fill_body(template: Any, values: Mapping[str, object]) -> tuple[bool, Any]:
    """`(present, value)` of a body template: `"{name}"` alone is the value itself; a string that
    quotes an absent value, and a member or item whose value is absent, are left out."""
    if isinstance(template, str):
        whole = _PLACEHOLDER.fullmatch(template)
        if whole is not None:
            value = values.get(whole.group(1))
            return value is not None, value
        names = _PLACEHOLDER.findall(template)
        if any(values.get(name) is None for name in names):
            return False, None
        return True, fill(template, values)
    if isinstance(template, Mapping):
        members = {key: fill_body(item, values) for key, item in template.items()}
        return True, {key: value for key, (present, value) in members.items() if present}
    if isinstance(template, list):
        items = [fill_body(item, values) for item in template]
        return True, [value for present, value in items if present]
    return True, template


# -- reading x-mock.errors ---------------------------------------------------------------------------


class _Reader:
    """Reads one `x-mock.errors` value; every error names the file and the JSONPath."""

    def __init__(self, label: str) -> None:
        self.label = label

    def error(self, pointer: str, message: str) -> MockSetupError:
        return MockSetupError(self.label, jsonpath(pointer), message)

    def mapping(self, value: Any, pointer: str, allowed: frozenset[str], what: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.error(pointer, f"expected {what}")
        unknown = sorted(str(key) for key in set(value) - allowed)
        if unknown:
            raise self.error(
                pointer_join(pointer, unknown[0]),
                f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})",
            )
        return value

    def template(self, value: Any, pointer: str, allowed: frozenset[str]) -> str:
        if not isinstance(value, str):
            raise self.error(pointer, "expected a string (a template)")
        unknown = sorted(set(_PLACEHOLDER.findall(value)) - allowed)
        if unknown:
            raise self.error(
                pointer,
                f"unknown placeholder {{{unknown[0]}}} (here: {', '.join(sorted(allowed)) or 'none'})",
            )
        return value

    def messages(self, value: Any, pointer: str, allowed: frozenset[str]) -> tuple[str, ...]:
        """A message template, or a list of them (the first whose values are all present is used)."""
        if isinstance(value, list) and value:
            return tuple(
                self.template(item, pointer_join(pointer, index), allowed) for index, item in enumerate(value)
            )
        if isinstance(value, list):
            raise self.error(pointer, "expected a message template or a non-empty list of them")
        return (self.template(value, pointer, allowed),)

    def body(self, value: Any, pointer: str) -> Any:
        """A body template: JSON whose strings may hold placeholders of `BODY_VALUES`."""
        if isinstance(value, str):
            return self.template(value, pointer, BODY_VALUES)
        if isinstance(value, Mapping):
            return {str(key): self.body(item, pointer_join(pointer, str(key))) for key, item in value.items()}
        if isinstance(value, list):
            return [self.body(item, pointer_join(pointer, index)) for index, item in enumerate(value)]
        if value is None or isinstance(value, bool | int | float):
            return value
        raise self.error(pointer, "expected a JSON value (the body template)")

    def status(self, value: Any, pointer: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 400 <= value <= 599:
            raise self.error(pointer, "expected an HTTP error status (400..599)")
        return value

    def kind(self, kind: ErrorKind, raw: Any) -> dict[str, Any]:
        pointer = pointer_join(ROOT, kind.value)
        config = self.mapping(raw, pointer, _KIND_KEYS, "an object {status, message, body}")
        found: dict[str, Any] = {}
        if "status" in config:
            found["status"] = self.status(config["status"], pointer_join(pointer, "status"))
        if "message" in config:
            found["message"] = self.messages(
                config["message"], pointer_join(pointer, "message"), KIND_PARAMS[kind] | COMMON_PARAMS
            )
        if "body" in config:
            found["body"] = self.body(config["body"], pointer_join(pointer, "body"))
        return found

    def choice(
        self, config: Mapping[str, Any], key: str, pointer: str, choices: tuple[str, ...]
    ) -> str | None:
        value = config.get(key)
        if value is not None and value not in choices:
            raise self.error(pointer_join(pointer, key), f"expected one of {', '.join(choices)}")
        return value

    def fields(self, raw: Any) -> dict[str, Any]:
        pointer = pointer_join(ROOT, "fields")
        config = self.mapping(
            raw, pointer, _FIELD_KEYS, "an object {key, root, attribute, types, type-separator, messages}"
        )
        found: dict[str, Any] = {}
        for key, choices in (("key", _KEY_STYLES), ("attribute", _ATTRIBUTE_STYLES)):
            value = self.choice(config, key, pointer, choices)
            if value is not None:
                found[key] = value
        for key in ("root", "type-separator"):
            if key in config:
                if not isinstance(config[key], str):
                    raise self.error(pointer_join(pointer, key), "expected a string")
                found[key] = config[key]
        if "types" in config:
            at = pointer_join(pointer, "types")
            types = self.mapping(config["types"], at, JSON_TYPES, "a mapping of JSON types to their names")
            found["types"] = {
                name: self.template(text, pointer_join(at, name), frozenset()) for name, text in types.items()
            }
        if "messages" in config:
            at = pointer_join(pointer, "messages")
            messages = self.mapping(
                config["messages"], at, FIELD_RULES, "a mapping of rules to message templates"
            )
            found["messages"] = {
                rule: self.template(text, pointer_join(at, rule), FIELD_PARAMS)
                for rule, text in messages.items()
            }
        return found

    def read(self, raw: Any) -> ErrorStyle:
        declared: dict[str, Any] = {}
        if raw is not None:
            config = self.mapping(raw, ROOT, _ROOT_KEYS, "an object (the vendor's error style)")
            if "body" in config:
                declared["body"] = self.body(config["body"], pointer_join(ROOT, "body"))
            for kind in ErrorKind:
                if kind.value in config:
                    declared[kind.value] = self.kind(kind, config[kind.value])
            if "fields" in config:
                declared["fields"] = self.fields(config["fields"])
        return _resolve(declared)


def _resolve(declared: Mapping[str, Any]) -> ErrorStyle:
    """The style with every attribute of every kind settled: declared > parent's declared > neutral."""

    def attribute(kind: ErrorKind, name: str) -> Any:
        current: ErrorKind | None = kind
        while current is not None:
            value = declared.get(current.value, {}).get(name)
            if value is not None:
                return value
            current = PARENTS.get(current)
        return None

    root_body = declared.get("body", NEUTRAL["body"])
    kinds = {
        kind: KindStyle(
            status=attribute(kind, "status") or NEUTRAL[kind.value]["status"],
            messages=attribute(kind, "message") or (NEUTRAL[kind.value]["message"],),
            body=attribute(kind, "body") if attribute(kind, "body") is not None else root_body,
        )
        for kind in ErrorKind
    }
    neutral_fields: Mapping[str, Any] = NEUTRAL["fields"]
    fields: Mapping[str, Any] = declared.get("fields", {})
    own_messages: Mapping[str, str] = fields.get("messages", {})
    messages = {**neutral_fields["messages"], **own_messages}
    return ErrorStyle(
        kinds=kinds,
        fields=FieldStyle(
            key=fields.get("key", neutral_fields["key"]),
            root=fields.get("root", neutral_fields["root"]),
            attribute=fields.get("attribute", neutral_fields["attribute"]),
            types={**neutral_fields["types"], **fields.get("types", {})},
            type_separator=fields.get("type-separator", neutral_fields["type-separator"]),
            # A rule the vendor does not word takes the vendor's default before the neutral wording.
            messages={
                rule: text
                for rule, text in messages.items()
                if rule in own_messages or "default" not in own_messages
            },
            default=messages["default"],
        ),
    )


def read_error_style(raw: Any, label: str) -> ErrorStyle:
    """The style of root `x-mock.errors` (None: the neutral default); `MockSetupError` naming
    `label` and the JSONPath of a mistake."""
    return _Reader(label).read(raw)


NEUTRAL_STYLE: Final = read_error_style(None, "neutral error style")
