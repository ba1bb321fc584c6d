"""The plain data our client templates render, extracted from a merged spec's `x-` metadata.

Parser apart from rendering: everything a template needs is computed here as plain values
(strings, tuples, dicts), so the templates stay dumb and this module is unit-testable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.errors import InputError
from generator.merge import iter_operations
from generator.vendors import Vendor


@dataclass(frozen=True)
class Credential:
    name: str
    description: str
    secret: bool


@dataclass(frozen=True)
class Pagination:
    """An operation's `x-pagination`, with the page size the spec defaults to (if any)."""

    style: str
    location: str
    page_param: str | None
    size_param: str | None
    default_size: int | None
    item_fields: tuple[str, ...]
    next_header: str | None = None


@dataclass(frozen=True)
class Returns:
    """How a facade method reads its 2xx answer: a component schema, maybe a list, maybe enveloped."""

    schema: str
    many: bool = False
    envelope: str | None = None


@dataclass(frozen=True)
class Variant:
    """One documented operation that shares its method and path with others (`x-sdk-variants`)."""

    name: str
    summary: str
    description: str
    parameters: dict[str, str]
    returns: Returns


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    resource: str
    sdk_name: str
    summary: str
    pagination: Pagination | None = None
    variants: tuple[Variant, ...] = ()
    envelope: Returns | None = None


@dataclass(frozen=True)
class VendorData:
    name: str
    client_class: str
    title: str
    default_base_url: str
    credentials: tuple[Credential, ...]
    subject_argument: str | None
    schemes: dict[str, dict[str, Any]]
    routes: tuple[tuple[str, str, tuple[tuple[str, ...], ...]], ...]
    rate_limit: dict[str, Any] | None
    operations: tuple[Operation, ...]
    resources: dict[str, tuple[Operation, ...]] = field(default_factory=dict)
    parameter_encodings: dict[tuple[str, str, str], str] = field(default_factory=dict)
    """(METHOD, path, parameter name) -> "json" | "csv" for query parameters the base generator would get wrong."""

    def operation_at(self, method: str, path: str) -> Operation:
        for operation in self.operations:
            if operation.method == method.upper() and operation.path == path:
                return operation
        raise KeyError(f"{method} {path}")


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).replace("-", "_").lower()


def _default_base_url(spec: dict[str, Any]) -> str:
    servers = spec.get("servers") or [{"url": "/"}]
    url = str(servers[0]["url"])
    for name, variable in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return url.rstrip("/")


def _resolve_operation(
    reference: str, operations: dict[str, tuple[str, str]], label: str, where: str
) -> dict[str, str]:
    if reference not in operations:
        raise InputError(
            file=label,
            location=where,
            message=f"names operationId {reference!r}, which the spec does not have",
        )
    method, path = operations[reference]
    return {"operationId": reference, "method": method, "path": path}


def _schemes(auth: dict[str, Any], operations: dict[str, tuple[str, str]], label: str) -> dict[str, Any]:
    """x-auth schemes with the operationIds of token calls resolved to the method and path to call.

    `issued-by: <operationId>` (shorthand) and `issue: {operation: ...}` / `refresh: {operation: ...}`
    both name operations of the spec; the client runtime needs their method and path.
    """
    resolved: dict[str, Any] = {}
    for name, scheme in (auth.get("schemes") or {}).items():
        scheme = dict(scheme)
        where = f"$['x-auth']['schemes']['{name}']"
        if isinstance(scheme.get("issued-by"), str):
            scheme["issued-by"] = _resolve_operation(
                scheme["issued-by"], operations, label, f"{where}['issued-by']"
            )
        for step in ("issue", "refresh"):
            call = scheme.get(step)
            if isinstance(call, dict) and isinstance(call.get("operation"), str):
                target = _resolve_operation(
                    call["operation"], operations, label, f"{where}['{step}']['operation']"
                )
                scheme[step] = {**{k: v for k, v in call.items() if k != "operation"}, **target}
        resolved[name] = scheme
    return resolved


def _body_property(spec: dict[str, Any], operation: dict[str, Any], name: str) -> dict[str, Any]:
    content = (operation.get("requestBody") or {}).get("content") or {}
    schema = (content.get("application/json") or {}).get("schema") or {}
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    prop = (schema.get("properties") or {}).get(name) or {}
    return prop if isinstance(prop, dict) else {}


def _pagination(spec: dict[str, Any], operation: dict[str, Any], label: str, where: str) -> Pagination | None:
    config = operation.get("x-pagination")
    if not config:
        return None
    style, location = config.get("style"), config.get("in", "body")
    if style == "offset" and location == "query":
        return Pagination(
            style=style,
            location=location,
            page_param=None,
            size_param=config.get("limit-param", "limit"),
            default_size=None,
            item_fields=tuple(config.get("items") or ()),
            next_header=str(config.get("next-header", "X-Pagination-Next")),
        )
    if style != "page" or location != "body":
        raise InputError(
            file=label,
            location=f"{where}['x-pagination']",
            message=(
                f"unsupported pagination (style {style!r} in {location!r}); "
                "supported: style page in body, style offset in query"
            ),
        )
    size_param = config.get("size-param")
    default = _body_property(spec, operation, size_param).get("default") if size_param else None
    return Pagination(
        style=style,
        location=location,
        page_param=config.get("page-param", "page"),
        size_param=size_param,
        default_size=default if isinstance(default, int) else None,
        item_fields=tuple(config.get("items") or ()),
    )


def _parameter_encodings(
    spec: dict[str, Any], path: str, method: str, op: dict[str, Any]
) -> dict[tuple[str, str, str], str]:
    """Query parameters sent as JSON text (`x-json-encoded`) or comma-separated (`explode: false` arrays)."""
    item = spec["paths"][path]
    found: dict[tuple[str, str, str], str] = {}
    for parameter in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        ref = parameter.get("$ref") if isinstance(parameter, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
            parameter = spec["components"]["parameters"][ref.rsplit("/", 1)[1]]
        if not isinstance(parameter, dict) or parameter.get("in") != "query":
            continue
        schema = parameter.get("schema") or {}
        key = (method.upper(), path, str(parameter["name"]))
        if schema.get("x-json-encoded"):
            found[key] = "json"
        elif schema.get("type") == "array" and parameter.get("explode") is False:
            found[key] = "csv"
    return found


def _returns(config: Any, spec: dict[str, Any], label: str, where: str) -> Returns:
    if not isinstance(config, dict) or not isinstance(config.get("schema"), str):
        raise InputError(
            file=label, location=where, message="expected {schema: <components.schemas name>, list, envelope}"
        )
    if config["schema"] not in (spec.get("components") or {}).get("schemas", {}):
        raise InputError(
            file=label, location=where, message=f"no schema {config['schema']!r} in components.schemas"
        )
    return Returns(
        schema=config["schema"],
        many=bool(config.get("list", False)),
        envelope=config.get(
            "envelope", config.get("field")
        ),  # `field` in x-envelope, `envelope` in a variant
    )


def _variants(op: dict[str, Any], spec: dict[str, Any], label: str, where: str) -> tuple[Variant, ...]:
    found = []
    query = {p.get("name") for p in _resolved_parameters(spec, op) if p.get("in") == "query"}
    for index, entry in enumerate(op.get("x-sdk-variants") or []):
        at = f"{where}['x-sdk-variants'][{index}]"
        parameters = dict(entry.get("parameters") or {})
        for name, rule in parameters.items():
            if name not in query or rule not in ("required", "omit"):
                raise InputError(
                    file=label,
                    location=f"{at}['parameters']['{name}']",
                    message="expected a query parameter: required | omit",
                )
        found.append(
            Variant(
                name=str(entry["name"]),
                summary=str(entry.get("summary") or entry["name"]),
                description=str(entry.get("description") or ""),
                parameters=parameters,
                returns=_returns(entry.get("returns"), spec, label, f"{at}['returns']"),
            )
        )
    return tuple(found)


def _resolved_parameters(spec: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    resolved = []
    for parameter in op.get("parameters") or []:
        ref = parameter.get("$ref") if isinstance(parameter, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
            parameter = spec["components"]["parameters"][ref.rsplit("/", 1)[1]]
        if isinstance(parameter, dict):
            resolved.append(parameter)
    return resolved


def vendor_data(vendor: Vendor, spec: dict[str, Any], label: str = "merged spec") -> VendorData:
    auth = spec.get("x-auth") or {}
    sdk = spec.get("x-sdk") or {}
    root_security = spec.get("security") or []
    operations: list[Operation] = []
    encodings: dict[tuple[str, str, str], str] = {}
    routes = []
    by_id: dict[str, tuple[str, str]] = {}
    for path, method, op in iter_operations(spec):
        security = op.get("security", root_security)
        requirements = tuple(tuple(sorted(req)) for req in security)
        routes.append((method.upper(), path, requirements))
        encodings.update(_parameter_encodings(spec, path, method, op))
        by_id[op["operationId"]] = (method.upper(), path)
        operations.append(
            Operation(
                operation_id=op["operationId"],
                method=method.upper(),
                path=path,
                resource=_snake(op["tags"][0]),
                sdk_name=op.get("x-sdk-name") or _snake(op["operationId"]),
                summary=str(op.get("summary") or ""),
                pagination=_pagination(spec, op, label, f"$['paths']['{path}']['{method}']"),
                variants=_variants(op, spec, label, f"$['paths']['{path}']['{method}']"),
                envelope=(
                    _returns(op["x-envelope"], spec, label, f"$['paths']['{path}']['{method}']['x-envelope']")
                    if op.get("x-envelope")
                    else None
                ),
            )
        )
    resources: dict[str, tuple[Operation, ...]] = {}
    for operation in operations:
        resources[operation.resource] = (*resources.get(operation.resource, ()), operation)
    credentials = tuple(
        Credential(
            name=name, description=str(meta.get("description", "")), secret=bool(meta.get("secret", True))
        )
        for name, meta in (auth.get("credentials") or {}).items()
    )
    rate = spec.get("x-rate-limit")
    return VendorData(
        name=vendor.name,
        client_class=str(sdk.get("client-name") or vendor.name.title()),
        title=str(spec.get("info", {}).get("title", vendor.name)),
        default_base_url=_default_base_url(spec),
        credentials=credentials,
        subject_argument=auth.get("subject-argument"),
        schemes=_schemes(auth, by_id, label),
        routes=tuple(routes),
        rate_limit=dict(rate) if isinstance(rate, dict) else None,
        operations=tuple(operations),
        resources=resources,
        parameter_encodings=encodings,
    )
