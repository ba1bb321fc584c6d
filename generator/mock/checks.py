"""Request validation against the spec, as small named checks (like schemathesis's checks.py).

`compile_request` prepares, once per operation at start-up, everything a check needs: compiled
validators, the wire shapes of parameters and bodies, `x-json-encoded` fields and `x-upload` rules.
Each `check_*` function then looks at one part of a request and returns what it accepted plus
Laravel-style field errors, or raises a `MockError` for a refusal of its own:

- `check_path_parameters`  invalid path value -> 404 (422/400 where 404 is not declared)
- `check_query_parameters` / `check_header_parameters` / `check_cookie_parameters` -> field errors
- `check_content_type`     undeclared media type -> 415
- `check_json_body`        malformed JSON -> 400; schema violations -> field errors
- `check_form_body`        malformed form -> 400; files where text belongs and back, object parts
                           that are no JSON document -> field errors
- `check_json_encoded_fields`  strings that must hold a JSON document (`x-json-encoded`) -> field errors
- `check_uploads`          `x-upload` rules -> 413 / 422

`validate_request` runs them in order and raises one 422 with every field error found.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from starlette.datastructures import Headers, QueryParams

from generator.mock.body import FormFields, UploadedFile, decode_json_text, is_text, parse_form, parse_json
from generator.mock.coercion import (
    WireShape,
    coerce_deep_object,
    coerce_form,
    coerce_scalar,
    coerce_values,
    wire_shape,
)
from generator.mock.errors import FieldErrors, MockError, validation_error
from generator.mock.schemas import SchemaRegistry, attribute_name
from generator.mock.uploads import UploadRule, check_upload, upload_rule
from generator.model import Operation, Parameter, Resolver, SchemaRef
from generator.model.pointers import pointer_join

# Header parameters OpenAPI says to ignore: they are described by other means.
_IGNORED_HEADERS: Final = frozenset({"accept", "content-type", "authorization"})
_FORM_TYPES: Final = frozenset({"multipart/form-data", "application/x-www-form-urlencoded"})
_SEPARATORS: Final = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


@dataclass(frozen=True)
class CompiledParameter:
    spec: Parameter
    shape: WireShape

    @property
    def name(self) -> str:
        return self.spec.name


@dataclass(frozen=True)
class CompiledMedia:
    media_type: str
    kind: str  # json | form | text | binary
    schema: SchemaRef | None
    shape: WireShape
    json_encoded: Mapping[str, SchemaRef | None] = field(default_factory=dict)
    upload: UploadRule | None = None


@dataclass(frozen=True)
class CompiledRequest:
    operation: Operation
    path: tuple[CompiledParameter, ...]
    query: tuple[CompiledParameter, ...]
    headers: tuple[CompiledParameter, ...]
    cookies: tuple[CompiledParameter, ...]
    body_required: bool
    media: tuple[CompiledMedia, ...]


@dataclass
class ValidatedRequest:
    """The parts of a request that passed validation, typed per schema."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    cookies: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    media_type: str | None = None
    files: dict[str, UploadedFile] = field(default_factory=dict)
    decoded: dict[str, Any] = field(default_factory=dict)  # x-json-encoded fields, decoded


def media_kind(media_type: str) -> str:
    if media_type == "application/json" or media_type.endswith("+json"):
        return "json"
    if media_type in _FORM_TYPES:
        return "form"
    if media_type.startswith("text/"):
        return "text"
    return "binary"


def _json_encoded_fields(resolver: Resolver, schema: SchemaRef | None) -> dict[str, SchemaRef | None]:
    """Top-level properties whose string value holds a JSON document, with their contentSchema."""
    if schema is None or not isinstance(schema.resolved, dict):
        return {}
    found: dict[str, SchemaRef | None] = {}
    base = schema.pointer
    target, base = resolver.follow(schema.resolved, base)
    for name, prop in (target.get("properties") or {}).items() if isinstance(target, dict) else ():
        prop_pointer = pointer_join(base, "properties", name)
        resolved, prop_pointer = resolver.follow(prop, prop_pointer)
        if not isinstance(resolved, dict):
            continue
        media = resolved.get("contentMediaType")
        encoded = resolved.get("x-json-encoded") is True or (isinstance(media, str) and "json" in media)
        if encoded:
            content = resolved.get("contentSchema")
            found[name] = (
                resolver.schema(content, pointer_join(prop_pointer, "contentSchema"))
                if content is not None
                else None
            )
    return found


def compile_request(operation: Operation, resolver: Resolver, registry: SchemaRegistry) -> CompiledRequest:
    """Everything the checks need for `operation`; compiles all its validators now."""
    by_location: dict[str, list[CompiledParameter]] = {"path": [], "query": [], "header": [], "cookie": []}
    for parameter in operation.parameters:
        if parameter.location == "header" and parameter.name.lower() in _IGNORED_HEADERS:
            continue
        if parameter.schema is not None:
            registry.validator(parameter.schema)
        by_location[parameter.location].append(
            CompiledParameter(parameter, wire_shape(resolver, parameter.schema))
        )
    media: list[CompiledMedia] = []
    body = operation.request_body
    for declared in body.content if body else ():
        if declared.schema is not None:
            registry.validator(declared.schema)
        encoded = _json_encoded_fields(resolver, declared.schema)
        for content_schema in encoded.values():
            if content_schema is not None:
                registry.validator(content_schema)
        # x-upload sits on the media type (or, less precisely, on the request body or operation).
        raw_rule = declared.extensions.get("x-upload")
        if raw_rule is None and body is not None:
            raw_rule = body.extensions.get("x-upload", operation.extensions.get("x-upload"))
        rule = upload_rule(
            raw_rule,
            resolver.label,
            pointer_join(operation.pointer, "requestBody", "content", declared.media_type, "x-upload"),
        )
        media.append(
            CompiledMedia(
                media_type=declared.media_type,
                kind=media_kind(declared.media_type),
                schema=declared.schema,
                shape=wire_shape(resolver, declared.schema),
                json_encoded=encoded,
                upload=rule if media_kind(declared.media_type) == "form" else None,
            )
        )
    return CompiledRequest(
        operation=operation,
        path=tuple(by_location["path"]),
        query=tuple(by_location["query"]),
        headers=tuple(by_location["header"]),
        cookies=tuple(by_location["cookie"]),
        body_required=bool(body and body.required),
        media=tuple(media),
    )


def _parameter_value(parameter: CompiledParameter, values: list[str]) -> Any:
    spec = parameter.spec
    if spec.content_media_type is not None:
        try:
            return decode_json_text(values[0])
        except (ValueError, RecursionError):
            return values[0]
    separator = _SEPARATORS.get(spec.style, ",")
    explode = spec.explode if spec.location == "query" else False
    return coerce_values(values, parameter.shape, explode=explode, separator=separator)


def _validate_parameter(
    registry: SchemaRegistry, parameter: CompiledParameter, value: Any, errors: FieldErrors
) -> None:
    if parameter.spec.schema is not None:
        errors.update(registry.field_errors(parameter.spec.schema, value, root=parameter.name))


def _required(name: str) -> list[str]:
    return [f"The {attribute_name(name)} field is required."]


def check_path_parameters(
    request: CompiledRequest, registry: SchemaRegistry, raw: Mapping[str, str]
) -> dict[str, Any]:
    """Typed path parameters; a value the schema rejects names no resource: 404."""
    values: dict[str, Any] = {}
    errors: FieldErrors = {}
    for parameter in request.path:
        value = _parameter_value(parameter, [raw.get(parameter.name, "")])
        _validate_parameter(registry, parameter, value, errors)
        values[parameter.name] = value
    if errors:
        raise MockError(404, "Not Found.", alternatives=(422, 400))
    return values


def check_query_parameters(
    request: CompiledRequest, registry: SchemaRegistry, query: QueryParams
) -> tuple[dict[str, Any], FieldErrors]:
    values: dict[str, Any] = {}
    errors: FieldErrors = {}
    pairs: list[tuple[str, str]] | None = None
    for parameter in request.query:
        name = parameter.name
        raw = query.getlist(name)
        if not raw and parameter.shape.is_array():
            raw = query.getlist(name + "[]")
        if not raw and parameter.spec.style == "deepObject":
            pairs = pairs if pairs is not None else query.multi_items()
            deep = coerce_deep_object(pairs, name, parameter.shape)
            if deep is not None:
                _validate_parameter(registry, parameter, deep, errors)
                values[name] = deep
                continue
        if not raw:
            if parameter.spec.required:
                errors[name] = _required(name)
            continue
        value = _parameter_value(parameter, raw)
        _validate_parameter(registry, parameter, value, errors)
        values[name] = value
    return values, errors


def check_header_parameters(
    request: CompiledRequest, registry: SchemaRegistry, headers: Headers
) -> tuple[dict[str, Any], FieldErrors]:
    values: dict[str, Any] = {}
    errors: FieldErrors = {}
    for parameter in request.headers:
        raw = headers.getlist(parameter.name)
        if not raw:
            if parameter.spec.required:
                errors[parameter.name] = _required(parameter.name)
            continue
        value = _parameter_value(parameter, [", ".join(raw)])
        _validate_parameter(registry, parameter, value, errors)
        values[parameter.name] = value
    return values, errors


def check_cookie_parameters(
    request: CompiledRequest, registry: SchemaRegistry, cookies: Mapping[str, str]
) -> tuple[dict[str, Any], FieldErrors]:
    values: dict[str, Any] = {}
    errors: FieldErrors = {}
    for parameter in request.cookies:
        if parameter.name not in cookies:
            if parameter.spec.required:
                errors[parameter.name] = _required(parameter.name)
            continue
        value = _parameter_value(parameter, [cookies[parameter.name]])
        _validate_parameter(registry, parameter, value, errors)
        values[parameter.name] = value
    return values, errors


def request_media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _media_matches(declared: str, actual: str) -> bool:
    if declared == actual or declared == "*/*":
        return True
    if declared.endswith("/*"):
        return actual.startswith(declared[:-1])
    return False


def check_content_type(
    request: CompiledRequest, content_type: str | None, has_body: bool
) -> CompiledMedia | None:
    """The declared media type the body is sent as; None when there is no body to read. 415 else."""
    if not request.media:
        return None
    actual = request_media_type(content_type)
    if not actual:
        if has_body:
            raise MockError(415, "The request body needs a Content-Type header.", alternatives=(400,))
        return None
    for media in request.media:
        if _media_matches(media.media_type, actual):
            return media
    if not has_body and not request.body_required:
        return None
    accepted = ", ".join(media.media_type for media in request.media)
    raise MockError(415, f"Unsupported Content-Type {actual!r}; expected {accepted}.", alternatives=(400,))


def _missing_body(media: CompiledMedia | None, registry: SchemaRegistry) -> FieldErrors:
    """Errors for a required body that was not sent: its required fields, or the body itself."""
    if media is not None and media.schema is not None and "object" in media.shape.types:
        errors = registry.field_errors(media.schema, {})
        if errors:
            return errors
    return {"body": ["The request body is required."]}


def check_json_body(media: CompiledMedia, registry: SchemaRegistry, data: bytes) -> tuple[Any, FieldErrors]:
    body = parse_json(data)
    if media.schema is None:
        return body, {}
    return body, registry.field_errors(media.schema, body)


def _without_files(value: Any) -> Any:
    if isinstance(value, UploadedFile):
        return ""
    if isinstance(value, list):
        return [_without_files(item) for item in value]
    return value


def check_files_and_text(media: CompiledMedia, body: Mapping[str, Any]) -> FieldErrors:
    """Binary properties must be file parts, every other property text."""
    errors: FieldErrors = {}
    for name, value in body.items():
        prop = media.shape.properties.get(name)
        if prop is None:
            continue
        items = value if isinstance(value, list) else [value]
        wants_file = prop.binary or bool(prop.items and prop.items.binary)
        label = attribute_name(name)
        if wants_file and not all(isinstance(item, UploadedFile) for item in items):
            errors[name] = [f"The {label} field must be a file."]
        elif not wants_file and any(isinstance(item, UploadedFile) for item in items):
            errors[name] = [f"The {label} field must not be a file."]
    return errors


def decode_json_parts(media: CompiledMedia, body: dict[str, Any]) -> FieldErrors:
    """Decode, in place, multipart parts whose property is an object: OpenAPI's default encoding of
    an object part is application/json (Storyly's `data` part is such a JSON document). A part that
    does not parse stays text and gets a field error here, not a misleading "must be an object"."""
    errors: FieldErrors = {}
    if media.media_type != "multipart/form-data":
        return errors
    for name, value in body.items():
        prop = media.shape.properties.get(name)
        if prop is None or not prop.is_object() or "string" in prop.types or not isinstance(value, str):
            continue
        try:
            body[name] = decode_json_text(value)
        except (ValueError, RecursionError):
            errors[name] = [f"The {attribute_name(name)} field must be a valid JSON document."]
    return errors


async def check_form_body(
    media: CompiledMedia, registry: SchemaRegistry, data: bytes, headers: Headers
) -> tuple[dict[str, Any], dict[str, UploadedFile], FieldErrors]:
    fields: FormFields = await parse_form(data, headers, media.media_type)
    body = coerce_form(fields, media.shape, is_text)
    errors = check_files_and_text(media, body)
    errors.update(decode_json_parts(media, body))
    if media.schema is not None:
        instance = {name: _without_files(value) for name, value in body.items()}
        for name, messages in registry.field_errors(media.schema, instance).items():
            errors.setdefault(name, messages)
    files = {name: value for name, value in body.items() if isinstance(value, UploadedFile)}
    return body, files, errors


def check_json_encoded_fields(
    media: CompiledMedia, registry: SchemaRegistry, body: Any
) -> tuple[dict[str, Any], FieldErrors]:
    """Decode string fields that carry a JSON document and validate them against `contentSchema`."""
    decoded: dict[str, Any] = {}
    errors: FieldErrors = {}
    if not media.json_encoded or not isinstance(body, dict):
        return decoded, errors
    for name, content_schema in media.json_encoded.items():
        value = body.get(name)
        if not isinstance(value, str):
            continue
        try:
            # A string the schema accepts (e.g. a `\\ud800` escape its pattern allows) is accepted.
            document = decode_json_text(value, replace_lone_surrogates=True)
        except (ValueError, RecursionError):
            errors[name] = [f"The {attribute_name(name)} field must be a valid JSON string."]
            continue
        if content_schema is not None:
            found = registry.field_errors(content_schema, document, root=name)
            if found:
                errors.update(found)
                continue
        decoded[name] = document
    return decoded, errors


def check_uploads(media: CompiledMedia, files: Mapping[str, UploadedFile]) -> None:
    if media.upload is not None and media.upload.field in files:
        check_upload(media.upload, files[media.upload.field])


async def validate_request(
    request: CompiledRequest,
    registry: SchemaRegistry,
    path_params: Mapping[str, str],
    query: QueryParams,
    headers: Headers,
    cookies: Mapping[str, str],
    read_body: Callable[[], Awaitable[bytes]],
) -> ValidatedRequest:
    """Run every check; raise the first refusal of its own (404, 415, 400, 413) or one 422 with all
    field errors. `read_body` is an async callable giving the (size-limited) body bytes."""
    validated = ValidatedRequest(path=check_path_parameters(request, registry, path_params))
    errors: FieldErrors = {}
    validated.query, found = check_query_parameters(request, registry, query)
    errors.update(found)
    validated.headers, found = check_header_parameters(request, registry, headers)
    errors.update(found)
    validated.cookies, found = check_cookie_parameters(request, registry, cookies)
    errors.update(found)
    if request.media:
        data: bytes = await read_body()
        media = check_content_type(request, headers.get("content-type"), has_body=bool(data))
        validated.media_type = media.media_type if media else None
        if not data:
            if request.body_required:
                errors.update(
                    _missing_body(media or (request.media[0] if len(request.media) == 1 else None), registry)
                )
        elif media is not None:
            if media.kind == "json":
                validated.body, found = check_json_body(media, registry, data)
            elif media.kind == "form":
                validated.body, validated.files, found = await check_form_body(media, registry, data, headers)
            else:
                validated.body, found = _check_raw_body(media, registry, data)
            errors.update(found)
            if not found:
                validated.decoded, found = check_json_encoded_fields(media, registry, validated.body)
                errors.update(found)
            if not errors:
                check_uploads(media, validated.files)
    if errors:
        raise validation_error(errors)
    return validated


def _check_raw_body(media: CompiledMedia, registry: SchemaRegistry, data: bytes) -> tuple[Any, FieldErrors]:
    """text/* bodies are strings validated against their schema; other media types stay bytes."""
    if media.kind == "text":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise MockError(400, "The request body is not valid UTF-8.") from None
        value = coerce_scalar(text, media.shape)
        return value, registry.field_errors(media.schema, value) if media.schema is not None else {}
    return data, {}
