"""The merged spec as the mock needs it: operations with their parameters, bodies, responses, security.

Parsed once at start-up into frozen dataclasses. Every schema keeps its JSON pointer in the merged
document so `schemas.SchemaRegistry` can compile a validator for it with `$ref`s resolved exactly
as written (no copying or rewriting of schemas). Local `$ref`s of parameters, request bodies,
responses and headers are followed here; anything the mock cannot handle is a `MockSetupError`
naming the place.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urlsplit

from generator.mock.errors import MockSetupError

HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_LABEL: Final = "merged spec"

JsonObject = dict[str, Any]


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_join(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_pointer_token(str(token)) for token in tokens)


def pointer_tokens(pointer: str) -> list[str]:
    if pointer in ("", "#"):
        return []
    body = pointer[1:] if pointer.startswith("#") else pointer
    return [token.replace("~1", "/").replace("~0", "~") for token in body.split("/")[1:]]


@dataclass(frozen=True)
class SchemaRef:
    """A schema of the merged spec: its pointer (for compiling) and its content with `$ref`s followed
    at the top level (for looking at `type`, `properties`, ... when coercing wire values)."""

    pointer: str
    resolved: JsonObject | bool


@dataclass(frozen=True)
class ParameterSpec:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: SchemaRef | None
    style: str
    explode: bool
    content_media_type: str | None = None  # `content:` parameters (a JSON document in one value)


@dataclass(frozen=True)
class MediaTypeSpec:
    media_type: str
    schema: SchemaRef | None
    extensions: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RequestBodySpec:
    required: bool
    content: tuple[MediaTypeSpec, ...]
    extensions: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class HeaderSpec:
    name: str
    required: bool
    schema: SchemaRef | None


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # "200", "4XX" or "default"
    content: tuple[MediaTypeSpec, ...]
    headers: tuple[HeaderSpec, ...]


@dataclass(frozen=True)
class OperationSpec:
    operation_id: str
    method: str  # upper case
    path: str
    pointer: str
    parameters: tuple[ParameterSpec, ...]
    request_body: RequestBodySpec | None
    responses: Mapping[str, ResponseSpec]
    security: tuple[Mapping[str, tuple[str, ...]], ...] | None  # None: no authentication
    extensions: Mapping[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method} {self.path} ({self.operation_id})"

    def declared_response(self, status: int) -> ResponseSpec | None:
        """The response object that covers `status`: exact code, then `4XX` style ranges, then default."""
        return (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get("default")
        )

    def declares(self, status: int) -> bool:
        """Whether `status` is documented explicitly (exact code or range); `default` does not count."""
        return str(status) in self.responses or f"{str(status)[0]}XX" in self.responses


@dataclass(frozen=True)
class ApiSpec:
    """What the mock reads from the merged spec."""

    document: JsonObject
    title: str
    base_path: str
    operations: tuple[OperationSpec, ...]
    security_schemes: Mapping[str, JsonObject]
    extensions: Mapping[str, Any]

    def operation(self, operation_id: str) -> OperationSpec:
        for operation in self.operations:
            if operation.operation_id == operation_id:
                return operation
        raise KeyError(operation_id)


class Resolver:
    """Follows local `$ref`s (`#/components/...`) and reports where a broken one is."""

    def __init__(self, document: JsonObject) -> None:
        self.document = document

    def get(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer_tokens(pointer):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise KeyError(pointer)
        return node

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#"):
                raise MockSetupError(SPEC_LABEL, pointer, f"only local $refs are supported, found {ref!r}")
            if ref in seen:
                raise MockSetupError(SPEC_LABEL, pointer, f"$ref cycle through {ref!r}")
            seen.add(ref)
            try:
                node = self.get(ref)
            except KeyError:
                raise MockSetupError(SPEC_LABEL, pointer, f"$ref {ref!r} points at nothing") from None
            pointer = ref[1:]
        return node, pointer

    def schema(self, node: Any, pointer: str) -> SchemaRef:
        resolved, _ = self.follow(node, pointer)
        if not isinstance(resolved, dict | bool):
            raise MockSetupError(SPEC_LABEL, pointer, "a schema must be an object or a boolean")
        return SchemaRef(pointer=pointer, resolved=resolved)


def parse_spec(document: JsonObject) -> ApiSpec:
    """Read the merged spec; raise `MockSetupError` for anything the mock cannot serve."""
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise MockSetupError(SPEC_LABEL, "$", "expected an OpenAPI document with `paths`")
    resolver = Resolver(document)
    root_security = _security(document.get("security"), "/security")
    operations = tuple(_operations(document, resolver, root_security))
    seen: dict[str, str] = {}
    for operation in operations:
        if operation.operation_id in seen:
            raise MockSetupError(
                SPEC_LABEL,
                operation.pointer,
                f"operationId {operation.operation_id!r} also used at {seen[operation.operation_id]}",
            )
        seen[operation.operation_id] = operation.pointer
    components = document.get("components") or {}
    schemes = components.get("securitySchemes") or {}
    info = document.get("info") or {}
    return ApiSpec(
        document=document,
        title=str(info.get("title") or "API"),
        base_path=_base_path(document),
        operations=operations,
        security_schemes={
            name: resolver.follow(scheme, pointer_join("/components/securitySchemes", name))[0]
            for name, scheme in schemes.items()
        },
        extensions={key: value for key, value in document.items() if key.startswith("x-")},
    )


def _base_path(document: JsonObject) -> str:
    """Path of the first server URL (variables replaced by their defaults), without a trailing slash."""
    servers = document.get("servers") or []
    if not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url") or "")
    for name, variable in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str((variable or {}).get("default", "")))
    return urlsplit(url).path.rstrip("/")


def _security(value: Any, pointer: str) -> tuple[Mapping[str, tuple[str, ...]], ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise MockSetupError(SPEC_LABEL, pointer, "security must be a list of requirement objects")
    return tuple({name: tuple(scopes or ()) for name, scopes in item.items()} for item in value)


def _operations(
    document: JsonObject, resolver: Resolver, root_security: tuple[Mapping[str, tuple[str, ...]], ...] | None
) -> Iterator[OperationSpec]:
    for path, item in document["paths"].items():
        item_pointer = pointer_join("/paths", path)
        item, item_pointer = resolver.follow(item, item_pointer)
        if not isinstance(item, dict):
            raise MockSetupError(SPEC_LABEL, item_pointer, "a path item must be an object")
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            pointer = pointer_join(item_pointer, method)
            operation_id = operation.get("operationId")
            if not isinstance(operation_id, str) or not operation_id:
                raise MockSetupError(SPEC_LABEL, pointer, "missing operationId (names the mock handler)")
            security = (
                _security(operation["security"], pointer_join(pointer, "security"))
                if "security" in operation
                else root_security
            )
            if security is not None and (not security or any(not requirement for requirement in security)):
                security = None  # `[]` or an empty requirement `{}`: anonymous access allowed
            yield OperationSpec(
                operation_id=operation_id,
                method=method.upper(),
                path=path,
                pointer=pointer,
                parameters=_parameters(
                    resolver, shared, pointer_join(item_pointer, "parameters"), operation, pointer
                ),
                request_body=_request_body(resolver, operation.get("requestBody"), pointer),
                responses=_responses(resolver, operation.get("responses") or {}, pointer),
                security=security,
                extensions={key: value for key, value in operation.items() if key.startswith("x-")},
            )


def _parameters(
    resolver: Resolver, shared: list[Any], shared_pointer: str, operation: JsonObject, pointer: str
) -> tuple[ParameterSpec, ...]:
    found: dict[tuple[str, str], ParameterSpec] = {}
    sources = [
        (shared, shared_pointer),
        (operation.get("parameters") or [], pointer_join(pointer, "parameters")),
    ]
    for parameters, base in sources:
        for index, raw in enumerate(parameters):
            parameter, where = resolver.follow(raw, pointer_join(base, index))
            spec = _parameter(resolver, parameter, where)
            found[(spec.location, spec.name.lower() if spec.location == "header" else spec.name)] = spec
    return tuple(found.values())


_DEFAULT_STYLE: Final = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


def _parameter(resolver: Resolver, parameter: Any, pointer: str) -> ParameterSpec:
    if not isinstance(parameter, dict) or not isinstance(parameter.get("name"), str):
        raise MockSetupError(SPEC_LABEL, pointer, "a parameter needs a name")
    location = parameter.get("in")
    if location not in _DEFAULT_STYLE:
        raise MockSetupError(SPEC_LABEL, pointer, f"unsupported parameter location {location!r}")
    style = str(parameter.get("style") or _DEFAULT_STYLE[location])
    schema: SchemaRef | None = None
    content_media_type: str | None = None
    if "schema" in parameter:
        schema = resolver.schema(parameter["schema"], pointer_join(pointer, "schema"))
    elif isinstance(parameter.get("content"), dict) and parameter["content"]:
        content_media_type, media = next(iter(parameter["content"].items()))
        if isinstance(media, dict) and "schema" in media:
            schema = resolver.schema(
                media["schema"], pointer_join(pointer, "content", content_media_type, "schema")
            )
    return ParameterSpec(
        name=parameter["name"],
        location=location,
        required=bool(parameter.get("required", location == "path")),
        schema=schema,
        style=style,
        explode=bool(parameter.get("explode", style == "form")),
        content_media_type=content_media_type,
    )


def _content(resolver: Resolver, content: Any, pointer: str) -> tuple[MediaTypeSpec, ...]:
    if not isinstance(content, dict):
        return ()
    media_types = []
    for media_type, media in content.items():
        where = pointer_join(pointer, media_type)
        schema = None
        if isinstance(media, dict) and "schema" in media:
            schema = resolver.schema(media["schema"], pointer_join(where, "schema"))
        extensions = (
            {key: value for key, value in media.items() if key.startswith("x-")}
            if isinstance(media, dict)
            else {}
        )
        media_types.append(MediaTypeSpec(media_type=media_type.lower(), schema=schema, extensions=extensions))
    return tuple(media_types)


def _request_body(resolver: Resolver, body: Any, pointer: str) -> RequestBodySpec | None:
    if body is None:
        return None
    body, where = resolver.follow(body, pointer_join(pointer, "requestBody"))
    if not isinstance(body, dict):
        raise MockSetupError(SPEC_LABEL, where, "requestBody must be an object")
    return RequestBodySpec(
        required=bool(body.get("required", False)),
        content=_content(resolver, body.get("content"), pointer_join(where, "content")),
        extensions={key: value for key, value in body.items() if key.startswith("x-")},
    )


def _responses(resolver: Resolver, responses: Any, pointer: str) -> dict[str, ResponseSpec]:
    if not isinstance(responses, dict):
        raise MockSetupError(SPEC_LABEL, pointer_join(pointer, "responses"), "responses must be an object")
    parsed = {}
    for status, raw in responses.items():
        response, where = resolver.follow(raw, pointer_join(pointer, "responses", status))
        if not isinstance(response, dict):
            raise MockSetupError(SPEC_LABEL, where, "a response must be an object")
        headers = []
        for name, raw_header in (response.get("headers") or {}).items():
            header, header_where = resolver.follow(raw_header, pointer_join(where, "headers", name))
            schema = None
            if isinstance(header, dict) and "schema" in header:
                schema = resolver.schema(header["schema"], pointer_join(header_where, "schema"))
            required = bool(header.get("required", False)) if isinstance(header, dict) else False
            headers.append(HeaderSpec(name=name, required=required, schema=schema))
        key = str(status).upper()
        parsed[key if key != "DEFAULT" else "default"] = ResponseSpec(
            status=key,
            content=_content(resolver, response.get("content"), pointer_join(where, "content")),
            headers=tuple(headers),
        )
    return parsed
