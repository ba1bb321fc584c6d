"""Reading a merged spec into the typed model (`Api`), once, with errors that name file and JSONPath."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any, Final
from urllib.parse import urlsplit

from generator.errors import InputError
from generator.model.api import (
    HTTP_METHODS,
    Api,
    Encoding,
    Header,
    JsonObject,
    Link,
    MediaType,
    Operation,
    Parameter,
    RateLimit,
    RequestBody,
    Response,
    SchemaRef,
    SecurityScheme,
)
from generator.model.auth import read_auth
from generator.model.fuzzing import read_fuzz
from generator.model.mockdecl import read_binding, read_mock
from generator.model.mockresources import check_mock
from generator.model.pointers import jsonpath, pointer_join
from generator.model.resolver import Resolver
from generator.model.sdk import SdkReader, snake
from generator.model.secrets import read_secret_fields
from generator.model.transfers import read_download, read_workflows

_DEFAULT_STYLE: Final = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


def _extensions(node: Any) -> dict[str, Any]:
    return (
        {key: value for key, value in node.items() if key.startswith("x-")} if isinstance(node, dict) else {}
    )


def plain_json(document: Mapping[str, Any], label: str) -> JsonObject:
    """A deep copy with JSON types only (YAML may produce dates): the model never shares its input."""
    try:
        copied = json.loads(json.dumps(document, default=str))
    except (TypeError, ValueError) as exc:
        raise InputError(
            file=label, location="$", message=f"the spec is not JSON-compatible: {exc}"
        ) from None
    if not isinstance(copied, dict):
        raise InputError(file=label, location="$", message="expected an OpenAPI document (a mapping)")
    return copied


class _Parser:
    def __init__(self, document: JsonObject, label: str) -> None:
        self.document = document
        self.label = label
        self.resolver = Resolver(document, label)

    def error(self, pointer: str, message: str) -> InputError:
        return InputError(file=self.label, location=jsonpath(pointer), message=message)

    # -- the document ---------------------------------------------------------------------------

    def api(self, vendor_hint: str) -> Api:
        document = self.document
        if not isinstance(document.get("paths"), dict):
            raise self.error("", "expected an OpenAPI document with `paths`")
        components = document.get("components") or {}
        schemes = self.security_schemes(components.get("securitySchemes") or {})
        schemas = {
            name: self.resolver.schema(node, pointer_join("/components/schemas", name))
            for name, node in (components.get("schemas") or {}).items()
        }
        reader = SdkReader(self.label, frozenset(schemas), self.resolver.property)
        root_security = self.security(document.get("security"), "/security", schemes)
        operations = tuple(self.operations(root_security, schemes, reader))
        by_id: dict[str, Operation] = {}
        for operation in operations:
            if operation.operation_id in by_id:
                raise self.error(
                    operation.pointer,
                    f"operationId {operation.operation_id!r} also used at {by_id[operation.operation_id].location}",
                )
            by_id[operation.operation_id] = operation
        auth = read_auth(document.get("x-auth"), self.label, by_id, schemes)
        info = document.get("info") or {}
        sdk = document.get("x-sdk") or {}
        if not isinstance(sdk, dict):
            raise self.error("/x-sdk", "expected {client-name}")
        client_name = sdk.get("client-name") or vendor_hint.title() or "Client"
        if not isinstance(client_name, str) or not client_name.isidentifier():
            raise self.error("/x-sdk/client-name", "expected a Python class name")
        api = Api(
            document=document,
            label=self.label,
            title=str(info.get("title") or "API"),
            version=str(info.get("version") or ""),
            default_base_url=self.default_base_url(),
            base_path=urlsplit(self.default_base_url()).path.rstrip("/"),
            operations=operations,
            security_schemes=schemes,
            schemas=schemas,
            extensions=_extensions(document),
            resolver=self.resolver,
            auth=auth,
            client_name=client_name,
            rate_limit=self.rate_limit(document.get("x-rate-limit")),
            mock=read_mock(document.get("x-mock"), self.label, auth, vendor_hint),
            workflows=read_workflows(document.get("x-sdk-workflows"), self.label, by_id),
            secret_fields=read_secret_fields(document, self.label),
        )
        check_mock(api)  # declared mock resources and bindings against the spec they sit in
        return api

    def default_base_url(self) -> str:
        """The first server URL with its variables replaced by their defaults, no trailing slash."""
        servers = self.document.get("servers") or [{"url": "/"}]
        if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
            return ""
        url = str(servers[0].get("url") or "")
        for name, variable in (servers[0].get("variables") or {}).items():
            url = url.replace("{" + name + "}", str((variable or {}).get("default", "")))
        return url.rstrip("/")

    def rate_limit(self, raw: Any) -> RateLimit | None:
        if raw is None:
            return None
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("requests"), int)
            or raw["requests"] < 1
            or not isinstance(raw.get("per-seconds"), int | float)
            or raw["per-seconds"] <= 0
        ):
            raise self.error(
                "/x-rate-limit", "expected {requests: <n >= 1>, per-seconds: <seconds > 0>, scope}"
            )
        scope = raw.get("scope", "credential")
        if scope != "credential":
            raise self.error("/x-rate-limit/scope", f"unsupported scope {scope!r} (known: credential)")
        return RateLimit(int(raw["requests"]), float(raw["per-seconds"]), scope)

    def security_schemes(self, raw: Any) -> dict[str, SecurityScheme]:
        if not isinstance(raw, dict):
            raise self.error("/components/securitySchemes", "expected a mapping of security schemes")
        found = {}
        for name, node in raw.items():
            pointer = pointer_join("/components/securitySchemes", name)
            scheme, _ = self.resolver.follow(node, pointer)
            if not isinstance(scheme, dict) or not isinstance(scheme.get("type"), str):
                raise self.error(pointer, "a security scheme needs a `type`")
            found[name] = SecurityScheme(
                name=name,
                type=scheme["type"],
                scheme=str(scheme.get("scheme") or ""),
                location=str(scheme.get("in") or ""),
                parameter=str(scheme.get("name") or ""),
                flows=dict(scheme.get("flows") or {}),
                extensions=_extensions(scheme),
            )
        return found

    def security(
        self, value: Any, pointer: str, schemes: Mapping[str, SecurityScheme]
    ) -> tuple[Mapping[str, tuple[str, ...]], ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.error(pointer, "security must be a list of requirement objects")
        for index, requirement in enumerate(value):
            for name in requirement:
                if name not in schemes:
                    raise self.error(pointer_join(pointer, index, name), f"unknown security scheme {name!r}")
        return tuple({name: tuple(scopes or ()) for name, scopes in item.items()} for item in value)

    # -- operations -----------------------------------------------------------------------------

    def operations(
        self,
        root_security: tuple[Mapping[str, tuple[str, ...]], ...],
        schemes: Mapping[str, SecurityScheme],
        reader: SdkReader,
    ) -> Iterator[Operation]:
        for path, raw_item in self.document["paths"].items():
            item_pointer = pointer_join("/paths", path)
            item, item_pointer = self.resolver.follow(raw_item, item_pointer)
            if not isinstance(item, dict):
                raise self.error(item_pointer, "a path item must be an object")
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                raw = item.get(method)
                if not isinstance(raw, dict):
                    continue
                pointer = pointer_join(item_pointer, method)
                operation_id = raw.get("operationId")
                if not isinstance(operation_id, str) or not operation_id:
                    raise self.error(
                        pointer, "missing operationId (names the client method and mock handler)"
                    )
                tags = raw.get("tags") or []
                if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
                    raise self.error(pointer_join(pointer, "tags"), "expected a list of tag names")
                security = (
                    self.security(raw["security"], pointer_join(pointer, "security"), schemes)
                    if "security" in raw
                    else root_security
                )
                parameters = self.parameters(shared, pointer_join(item_pointer, "parameters"), raw, pointer)
                body = self.request_body(raw.get("requestBody"), pointer)
                responses = self.responses(raw.get("responses") or {}, pointer)
                sdk = reader.operation(raw, pointer, parameters, body, responses)
                fuzz = read_fuzz(raw.get("x-fuzz"), self.label, pointer_join(pointer, "x-fuzz"))
                operation = Operation(
                    operation_id=operation_id,
                    method=method.upper(),
                    path=path,
                    pointer=pointer,
                    tags=tuple(tags),
                    summary=str(raw.get("summary") or ""),
                    description=str(raw.get("description") or ""),
                    parameters=parameters,
                    request_body=body,
                    responses=responses,
                    security=security,
                    extensions=_extensions(raw),
                    resource=snake(tags[0]) if tags else "default",
                    sdk_name=sdk.sdk_name,
                    pagination=sdk.pagination,
                    variants=sdk.variants,
                    envelope=sdk.envelope,
                    mock=read_binding(raw.get("x-mock"), self.label, pointer_join(pointer, "x-mock")),
                    fuzz_allowances=fuzz.allowances,
                    fuzz_workarounds=fuzz.workarounds,
                )
                download = read_download(
                    raw.get("x-sdk-download"), self.label, pointer_join(pointer, "x-sdk-download"), operation
                )
                yield replace(operation, download=download) if download is not None else operation

    def parameters(
        self, shared: list[Any], shared_pointer: str, operation: JsonObject, pointer: str
    ) -> tuple[Parameter, ...]:
        """Path-item parameters, overridden by the operation's own of the same name and location."""
        found: dict[tuple[str, str], Parameter] = {}
        sources = [
            (shared, shared_pointer),
            (operation.get("parameters") or [], pointer_join(pointer, "parameters")),
        ]
        for parameters, base in sources:
            if not isinstance(parameters, list):
                raise self.error(base, "parameters must be a list")
            for index, raw in enumerate(parameters):
                parameter, where = self.resolver.follow(raw, pointer_join(base, index))
                spec = self.parameter(parameter, where)
                key = spec.name.lower() if spec.location == "header" else spec.name
                found[(spec.location, key)] = spec
        return tuple(found.values())

    def parameter(self, parameter: Any, pointer: str) -> Parameter:
        if not isinstance(parameter, dict) or not isinstance(parameter.get("name"), str):
            raise self.error(pointer, "a parameter needs a name")
        location = parameter.get("in")
        if location not in _DEFAULT_STYLE:
            raise self.error(pointer, f"unsupported parameter location {location!r}")
        style = str(parameter.get("style") or _DEFAULT_STYLE[location])
        schema: SchemaRef | None = None
        content_media_type: str | None = None
        if "schema" in parameter:
            schema = self.resolver.schema(parameter["schema"], pointer_join(pointer, "schema"))
        elif isinstance(parameter.get("content"), dict) and parameter["content"]:
            content_media_type, media = next(iter(parameter["content"].items()))
            if isinstance(media, dict) and "schema" in media:
                schema = self.resolver.schema(
                    media["schema"], pointer_join(pointer, "content", content_media_type, "schema")
                )
        return Parameter(
            name=parameter["name"],
            location=location,
            required=bool(parameter.get("required", location == "path")),
            schema=schema,
            style=style,
            explode=bool(parameter.get("explode", style == "form")),
            description=str(parameter.get("description") or ""),
            content_media_type=content_media_type,
        )

    def content(self, content: Any, pointer: str) -> tuple[MediaType, ...]:
        if not isinstance(content, dict):
            return ()
        media_types = []
        for media_type, media in content.items():
            where = pointer_join(pointer, media_type)
            media = media if isinstance(media, dict) else {}
            schema = (
                self.resolver.schema(media["schema"], pointer_join(where, "schema"))
                if "schema" in media
                else None
            )
            encoding = {
                str(name): Encoding(
                    content_type=str(value["contentType"]) if value.get("contentType") else None
                )
                for name, value in (media.get("encoding") or {}).items()
                if isinstance(value, dict)
            }
            examples: list[Any] = []
            if "example" in media:
                examples.append(media["example"])
            for example in (media.get("examples") or {}).values():
                resolved, _ = self.resolver.follow(example, where)
                if isinstance(resolved, dict) and "value" in resolved:
                    examples.append(resolved["value"])
            media_types.append(
                MediaType(
                    media_type=media_type.lower(),
                    schema=schema,
                    encoding=encoding,
                    examples=tuple(examples),
                    extensions=_extensions(media),
                )
            )
        return tuple(media_types)

    def request_body(self, body: Any, pointer: str) -> RequestBody | None:
        if body is None:
            return None
        body, where = self.resolver.follow(body, pointer_join(pointer, "requestBody"))
        if not isinstance(body, dict):
            raise self.error(where, "requestBody must be an object")
        return RequestBody(
            required=bool(body.get("required", False)),
            content=self.content(body.get("content"), pointer_join(where, "content")),
            extensions=_extensions(body),
        )

    def responses(self, responses: Any, pointer: str) -> dict[str, Response]:
        if not isinstance(responses, dict):
            raise self.error(pointer_join(pointer, "responses"), "responses must be an object")
        parsed = {}
        for status, raw in responses.items():
            response, where = self.resolver.follow(raw, pointer_join(pointer, "responses", status))
            if not isinstance(response, dict):
                raise self.error(where, "a response must be an object")
            headers = []
            for name, raw_header in (response.get("headers") or {}).items():
                header, header_where = self.resolver.follow(raw_header, pointer_join(where, "headers", name))
                schema = None
                if isinstance(header, dict) and "schema" in header:
                    schema = self.resolver.schema(header["schema"], pointer_join(header_where, "schema"))
                required = bool(header.get("required", False)) if isinstance(header, dict) else False
                headers.append(Header(name=name, required=required, schema=schema))
            links = []
            for name, raw_link in (response.get("links") or {}).items():
                link, _ = self.resolver.follow(raw_link, pointer_join(where, "links", name))
                if isinstance(link, dict) and isinstance(link.get("operationId"), str):
                    links.append(
                        Link(
                            name=name,
                            operation_id=link["operationId"],
                            parameters={str(k): str(v) for k, v in (link.get("parameters") or {}).items()},
                            request_body=link.get("requestBody"),
                        )
                    )
            key = str(status).upper()
            key = key if key != "DEFAULT" else "default"
            parsed[key] = Response(
                status=key,
                description=str(response.get("description") or ""),
                content=self.content(response.get("content"), pointer_join(where, "content")),
                headers=tuple(headers),
                links=tuple(links),
            )
        return parsed


def load_api(document: Mapping[str, Any], label: str, vendor: str = "") -> Api:
    """The typed model of a merged spec (`label` names it in errors; `vendor` is its name, used for
    defaults such as the facade's class name and mock environment variables)."""
    return _Parser(plain_json(document, label), label).api(vendor)
