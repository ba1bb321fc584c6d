"""Request validation against the spec, as small named checks (like schemathesis's checks.py).

`compile_request` prepares, once per operation at start-up, everything a check needs: compiled
validators, the wire shapes of parameters and bodies, `x-json-encoded` fields and `x-upload` rules.
Each `check_*` function then looks at one part of a request and returns what it accepted plus
the field problems found (which rule each field broke; the vendor's error style words them), or
raises a `MockError` for a refusal of its own:

- `check_path_parameters`  invalid path value -> 404 (422/400 where 404 is not declared)
- `check_query_parameters` / `check_header_parameters` / `check_cookie_parameters` -> field errors
- `check_content_type`     undeclared media type -> 415
- `check_json_body`        malformed JSON -> 400; schema violations -> field errors
- `check_form_body`        malformed form -> 400; files where text belongs and back, object parts
                           that are no JSON document -> field errors
- `check_json_encoded_fields`  strings that must hold a JSON document (`x-json-encoded`) -> field errors
- `check_uploads`          `x-upload` rules -> 413 / 422

`validate_request` runs them in order and raises one validation error with every problem found.
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
from generator.mock.errors import ErrorKind, FieldProblem, MockError, validation_error
from generator.mock.schemas import SchemaRegistry
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
    query_plan: tuple[tuple[CompiledParameter, str, str | None, bool, bool], ...] = field(
        init=False, repr=False, compare=False
    )
    """Per query parameter, read once at start-up: (parameter, name, its `name[]` form when an
    array, deepObject style, required)."""

    query_always: tuple[tuple[CompiledParameter, str, str | None, bool, bool], ...] = field(
        init=False, repr=False, compare=False
    )
    """The entries of `query_plan` that matter when the query is empty: deepObject or required."""

    accepted_media: str = field(init=False, repr=False, compare=False)
    """The declared media types as a 415 names them."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "accepted_media", ", ".join(media.media_type for media in self.media))
        plan = tuple(
            (
                parameter,
                parameter.spec.name,
                parameter.spec.name + "[]" if parameter.shape.is_array() else None,
                parameter.spec.style == "deepObject",
                bool(parameter.spec.required),
            )
            for parameter in self.query
        )
        object.__setattr__(self, "query_plan", plan)
        object.__setattr__(self, "query_always", tuple(entry for entry in plan if entry[3] or entry[4]))


@dataclass(slots=True)
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


Problems = list[FieldProblem]


def _validate_parameter(
    registry: SchemaRegistry, parameter: CompiledParameter, value: Any, problems: Problems
) -> None:
    if parameter.spec.schema is not None:
        problems.extend(registry.problems(parameter.spec.schema, value, root=(parameter.name,)))


def _required(name: str) -> FieldProblem:
    return FieldProblem((name,), "required")


def check_path_parameters(
    request: CompiledRequest, registry: SchemaRegistry, raw: Mapping[str, str]
) -> dict[str, Any]:
    """Typed path parameters; a value the schema rejects names no resource: 404."""
    values: dict[str, Any] = {}
    problems: Problems = []
    for parameter in request.path:
        value = _parameter_value(parameter, [raw.get(parameter.name, "")])
        _validate_parameter(registry, parameter, value, problems)
        values[parameter.name] = value
    if problems:
        raise MockError(ErrorKind.NOT_FOUND, alternatives=(422, 400))
    return values


def check_query_parameters(
    request: CompiledRequest, registry: SchemaRegistry, query: QueryParams
) -> tuple[dict[str, Any], Problems]:
    values: dict[str, Any] = {}
    errors: Problems = []
    if not request.query_plan:  # no query parameter declared: nothing sent is looked at
        return values, errors
    pairs: list[tuple[str, str]] | None = None
    # Every value by name, read once: `QueryParams.getlist` scans all pairs on each call, which
    # for an operation with 70 query parameters was most of its validation time.
    index: dict[str, list[str]] = {}
    for key, item in query.multi_items():
        index.setdefault(key, []).append(item)
    for parameter, name, array_name, deep_object, required in (
        request.query_plan if index else request.query_always
    ):
        raw = index.get(name)
        if raw is None and array_name is not None:
            raw = index.get(array_name)
        if raw is None and deep_object:
            pairs = pairs if pairs is not None else query.multi_items()
            deep = coerce_deep_object(pairs, name, parameter.shape)
            if deep is not None:
                _validate_parameter(registry, parameter, deep, errors)
                values[name] = deep
                continue
        if raw is None:
            if required:
                errors.append(_required(name))
            continue
        value = _parameter_value(parameter, raw)
        _validate_parameter(registry, parameter, value, errors)
        values[name] = value
    return values, errors


def check_header_parameters(
    request: CompiledRequest, registry: SchemaRegistry, headers: Headers
) -> tuple[dict[str, Any], Problems]:
    values: dict[str, Any] = {}
    errors: Problems = []
    for parameter in request.headers:
        raw = headers.getlist(parameter.name)
        if not raw:
            if parameter.spec.required:
                errors.append(_required(parameter.name))
            continue
        value = _parameter_value(parameter, [", ".join(raw)])
        _validate_parameter(registry, parameter, value, errors)
        values[parameter.name] = value
    return values, errors


def check_cookie_parameters(
    request: CompiledRequest, registry: SchemaRegistry, cookies: Mapping[str, str]
) -> tuple[dict[str, Any], Problems]:
    values: dict[str, Any] = {}
    errors: Problems = []
    for parameter in request.cookies:
        if parameter.name not in cookies:
            if parameter.spec.required:
                errors.append(_required(parameter.name))
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
            raise _unsupported("none", request.accepted_media)
        return None
    for media in request.media:
        if _media_matches(media.media_type, actual):
            return media
    if not has_body and not request.body_required:
        return None
    raise _unsupported(actual, request.accepted_media)


def _unsupported(media_type: str, accepted: str) -> MockError:
    return MockError(
        ErrorKind.UNSUPPORTED_MEDIA_TYPE,
        alternatives=(400,),
        params={"media_type": media_type, "expected": accepted},
    )


def _missing_body(media: CompiledMedia | None, registry: SchemaRegistry) -> Problems:
    """Problems of a required body that was not sent: its required fields, or the body itself."""
    if media is not None and media.schema is not None and "object" in media.shape.types:
        problems = registry.problems(media.schema, {})
        if problems:
            return problems
    return [FieldProblem((), "body")]


def check_json_body(
    media: CompiledMedia, registry: SchemaRegistry, data: bytes, rewrite: Callable[[Any], Any] | None = None
) -> tuple[Any, Problems]:
    body = parse_json(data)
    if rewrite is not None:
        body = rewrite(body)
    if media.schema is None:
        return body, []
    return body, registry.problems(media.schema, body)


def _without_files(value: Any) -> Any:
    if isinstance(value, UploadedFile):
        return ""
    if isinstance(value, list):
        return [_without_files(item) for item in value]
    return value


def check_files_and_text(media: CompiledMedia, body: Mapping[str, Any]) -> Problems:
    """Binary properties must be file parts (rule `file`), every other property text (`text`)."""
    problems: Problems = []
    for name, value in body.items():
        prop = media.shape.properties.get(name)
        if prop is None:
            continue
        items = value if isinstance(value, list) else [value]
        wants_file = prop.binary or bool(prop.items and prop.items.binary)
        if wants_file and not all(isinstance(item, UploadedFile) for item in items):
            problems.append(FieldProblem((name,), "file"))
        elif not wants_file and any(isinstance(item, UploadedFile) for item in items):
            problems.append(FieldProblem((name,), "text"))
    return problems


def decode_json_parts(media: CompiledMedia, body: dict[str, Any]) -> Problems:
    """Decode, in place, multipart parts whose property is an object: OpenAPI's default encoding of
    an object part is application/json (Storyly's `data` part is such a JSON document). A part that
    does not parse stays text and gets the problem `json` here, not a misleading "must be an object"."""
    problems: Problems = []
    if media.media_type != "multipart/form-data":
        return problems
    for name, value in body.items():
        prop = media.shape.properties.get(name)
        if prop is None or not prop.is_object() or "string" in prop.types or not isinstance(value, str):
            continue
        try:
            body[name] = decode_json_text(value)
        except (ValueError, RecursionError):
            problems.append(FieldProblem((name,), "json"))
    return problems


async def check_form_body(
    media: CompiledMedia, registry: SchemaRegistry, data: bytes, headers: Headers
) -> tuple[dict[str, Any], dict[str, UploadedFile], Problems]:
    fields: FormFields = await parse_form(data, headers, media.media_type)
    body = coerce_form(fields, media.shape, is_text)
    problems = check_files_and_text(media, body)
    problems.extend(decode_json_parts(media, body))
    if media.schema is not None:
        # A part already refused (a file where text belongs, a data part that is no JSON) is not
        # also reported for what its placeholder value breaks in the schema.
        refused = {problem.path[0] for problem in problems}
        instance = {name: _without_files(value) for name, value in body.items()}
        problems.extend(
            problem
            for problem in registry.problems(media.schema, instance)
            if not problem.path or problem.path[0] not in refused
        )
    files = {name: value for name, value in body.items() if isinstance(value, UploadedFile)}
    return body, files, problems


def check_json_encoded_fields(
    media: CompiledMedia, registry: SchemaRegistry, body: Any
) -> tuple[dict[str, Any], Problems]:
    """Decode string fields that carry a JSON document and validate them against `contentSchema`."""
    decoded: dict[str, Any] = {}
    problems: Problems = []
    if not media.json_encoded or not isinstance(body, dict):
        return decoded, problems
    for name, content_schema in media.json_encoded.items():
        value = body.get(name)
        if not isinstance(value, str):
            continue
        try:
            # A string the schema accepts (e.g. a `\\ud800` escape its pattern allows) is accepted.
            document = decode_json_text(value, replace_lone_surrogates=True)
        except (ValueError, RecursionError):
            problems.append(FieldProblem((name,), "json"))
            continue
        if content_schema is not None:
            found = registry.problems(content_schema, document, root=(name,))
            if found:
                problems.extend(found)
                continue
        decoded[name] = document
    return decoded, problems


def check_uploads(media: CompiledMedia, files: Mapping[str, UploadedFile]) -> None:
    if media.upload is not None and media.upload.field in files:
        check_upload(media.upload, files[media.upload.field])


async def validate_request(
    request: CompiledRequest,
    registry: SchemaRegistry,
    path_params: Mapping[str, str],
    query: QueryParams,
    headers: Headers,
    cookies: Callable[[], Mapping[str, str]],
    read_body: Callable[[], Awaitable[bytes]],
    rewrite: Callable[[Any], Any] | None = None,
) -> ValidatedRequest:
    """Run every check; raise the first refusal of its own (404, 415, 400, 413) or one validation
    error with every problem found. `cookies` gives the request's cookies (called only for an
    operation that declares a cookie parameter); `read_body` is an async callable giving the
    (size-limited) body bytes. `rewrite` turns another documented form of a JSON body into the
    spec's before it is validated (`MockVendor.also_accepts`)."""
    # A check with nothing declared to look at is not called (most operations have no path,
    # header or cookie parameter): a call each, on every request, was a measurable share of a
    # mock's work per request.
    path = check_path_parameters(request, registry, path_params) if request.path else {}
    query_values, problems = check_query_parameters(request, registry, query)
    header_values: dict[str, Any] = {}
    if request.headers:
        header_values, found = check_header_parameters(request, registry, headers)
        problems.extend(found)
    cookie_values: dict[str, Any] = {}
    if request.cookies:
        cookie_values, found = check_cookie_parameters(request, registry, cookies())
        problems.extend(found)
    validated = ValidatedRequest(path, query_values, header_values, cookie_values)
    if request.media:
        data: bytes = await read_body()
        media = check_content_type(request, headers.get("content-type"), has_body=bool(data))
        validated.media_type = media.media_type if media else None
        if not data:
            if request.body_required:
                problems.extend(
                    _missing_body(media or (request.media[0] if len(request.media) == 1 else None), registry)
                )
        elif media is not None:
            if media.kind == "json":
                validated.body, found = check_json_body(media, registry, data, rewrite)
            elif media.kind == "form":
                validated.body, validated.files, found = await check_form_body(media, registry, data, headers)
            else:
                validated.body, found = _check_raw_body(media, registry, data)
            problems.extend(found)
            if not found and media.json_encoded:
                validated.decoded, found = check_json_encoded_fields(media, registry, validated.body)
                problems.extend(found)
            if not problems and media.upload is not None:
                check_uploads(media, validated.files)
    if problems:
        raise validation_error(problems)
    return validated


def _check_raw_body(media: CompiledMedia, registry: SchemaRegistry, data: bytes) -> tuple[Any, Problems]:
    """text/* bodies are strings validated against their schema; other media types stay bytes."""
    if media.kind == "text":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise MockError(
                ErrorKind.MALFORMED_BODY, params={"format": "text", "detail": "the body is not valid UTF-8."}
            ) from None
        value = coerce_scalar(text, media.shape)
        return value, registry.problems(media.schema, value) if media.schema is not None else []
    return data, []
