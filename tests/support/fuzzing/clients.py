"""Driving a generated client package with generated data: its typed calls and its response parsers.

Client fuzzing checks what we ship, so inputs go through the same typed surface a user calls: the
facade method (`client.<resource>.<x-sdk-name>(...)`), with path and query values converted to the
annotated types (enums, models) and the body built with `Model.from_dict(case.body)`. Everything is
found from the merged spec and the package itself (`vendor_data` names resources and methods exactly
as the templates did; `_get_kwargs` annotations give the types), so every vendor works unchanged.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from generator.errors import InputError
from generator.model import Api
from generator.model import Operation as ApiOperation
from generator.model import Parameter as ApiParameter
from generator.runtime.schemes import ApiKey
from generator.vendor_data import VendorData, vendor_data

FIELD_PREFIX = "field_"  # openapi-python-client's default, used by our config


@dataclass(frozen=True)
class Parameter:
    """A spec parameter and the keyword the generated functions take for it."""

    name: str
    location: str
    python_name: str
    default: Any = None  # the schema's `default`: what a server assumes when the value is absent
    has_default: bool = False


@dataclass(frozen=True)
class ClientOperation:
    """One operation as the generated package exposes it."""

    operation_id: str
    method: str
    path: str
    resource: str
    sdk_name: str
    module: types.ModuleType
    parameters: tuple[Parameter, ...]
    spec: ApiOperation
    body_schemas: Mapping[str, Any]  # media type -> request body schema ($refs at the top resolved)
    # `x-sdk-variants`: (facade method, {query parameter: required | omit}) per documented operation
    variants: tuple[tuple[str, Mapping[str, str]], ...] = ()
    auth_query: frozenset[str] = frozenset()  # query parameters that carry credentials (`?token=`)
    # facade method -> the field of the answer it returns unwrapped (`x-envelope`, a variant's `envelope`)
    envelopes: Mapping[str, str | None] = field(default_factory=dict)

    def variant_for(self, query: Mapping[str, Any]) -> str | None:
        """The facade method of the variant whose parameter rules `query` satisfies (None: none does)."""
        for name, rules in self.variants:
            if all((rule == "required") == (param in query) for param, rule in rules.items()):
                return name
        return None

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def hints(self) -> dict[str, Any]:
        """Evaluated annotations of the module's `_get_kwargs` (the typed inputs of the operation)."""
        return typing.get_type_hints(self.module._get_kwargs)


def add_generated_packages_to_path(generated_dir: Path) -> list[str]:
    """Put every `generated/<vendor>/` holding a `<vendor>_client` package on sys.path (not installed)."""
    added: list[str] = []
    for folder in sorted(
        p for p in generated_dir.glob("*") if (p / f"{p.name}_client" / "__init__.py").is_file()
    ):
        entry = str(folder.resolve())
        if entry not in sys.path:
            sys.path.insert(0, entry)
            added.append(entry)
    return added


class GeneratedClient:
    """A vendor's generated package, the model of its merged spec and the operations it offers."""

    def __init__(self, vendor: str, api: Api, package: types.ModuleType) -> None:
        self.vendor = vendor
        self.api = api
        self.package = package
        self.data: VendorData = vendor_data(api, vendor)

    @classmethod
    def load(cls, generated_dir: Path, vendor: str, api: Api) -> GeneratedClient:
        add_generated_packages_to_path(generated_dir)
        return cls(vendor, api, importlib.import_module(f"{vendor}_client"))

    @property
    def facade_class(self) -> Any:
        return getattr(self.package, self.data.client_class)

    def operations(self) -> list[ClientOperation]:
        return [self.operation(op.operation_id) for op in self.api.operations]

    def operation(self, operation_id: str) -> ClientOperation:
        meta = self.api.operation(operation_id)
        module = self._endpoint_module(operation_id)
        accepted = set(inspect.signature(module._get_kwargs).parameters)
        body = meta.request_body
        return ClientOperation(
            operation_id=operation_id,
            method=meta.method,
            path=meta.path,
            resource=meta.resource,
            sdk_name=meta.sdk_name,
            module=module,
            parameters=tuple(self._parameter(p, accepted, meta.path) for p in meta.parameters),
            spec=meta,
            body_schemas={
                media.media_type: media.schema.node if media.schema is not None else {}
                for media in (body.content if body is not None else ())
            },
            variants=tuple((variant.name, dict(variant.parameters)) for variant in meta.variants),
            envelopes={
                meta.sdk_name: meta.envelope.envelope if meta.envelope else None,
                **{variant.name: variant.returns.envelope for variant in meta.variants},
            },
            auth_query=self._auth_query(meta),
        )

    def _auth_query(self, operation: ApiOperation) -> frozenset[str]:
        """Query parameters the operation's security schemes put credentials in (API keys in the query)."""
        names = {name for requirement in operation.requirements for name in requirement}
        schemes = self.api.auth.schemes
        return frozenset(
            scheme.name
            for name in names
            if isinstance(scheme := schemes.get(name), ApiKey) and scheme.location == "query"
        )

    def _endpoint_module(self, operation_id: str) -> types.ModuleType:
        from openapi_python_client.strings import PythonIdentifier

        name = PythonIdentifier(operation_id, FIELD_PREFIX)
        api = importlib.import_module(f"{self.package.__name__}.api")
        for tag_dir in sorted(Path(next(iter(api.__path__))).iterdir()):
            if (tag_dir / f"{name}.py").is_file():
                return importlib.import_module(f"{api.__name__}.{tag_dir.name}.{name}")
        raise InputError(
            file=self.package.__name__, location=operation_id, message=f"no generated module {name}.py"
        )

    def _parameter(self, parameter: ApiParameter, accepted: set[str], path: str) -> Parameter:
        from openapi_python_client.strings import PythonIdentifier

        name, location = parameter.name, parameter.location
        for candidate in (
            PythonIdentifier(name, FIELD_PREFIX),
            PythonIdentifier(f"{name}_{location}", FIELD_PREFIX),
        ):
            if candidate in accepted:
                return Parameter(name, location, str(candidate), parameter.default, parameter.has_default)
        raise InputError(
            file=path, location=f"{location} parameter {name}", message="not a keyword of _get_kwargs"
        )

    def facade(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, str],
        subject: str | None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> Any:
        """The sync facade with every credential and the subject, pacing and retries off (fuzzing wants
        each request to be exactly one call of the generated code)."""
        kwargs: dict[str, Any] = {
            name: credentials.get(name) for name in (c.name for c in self.data.credentials)
        }
        if self.data.subject_argument:
            kwargs[self.data.subject_argument] = subject
        return self.facade_class(
            **kwargs, base_url=base_url, rate_limit=False, max_retries=0, httpx_args=dict(httpx_args or {})
        )

    def plain_client(self, base_url: str = "http://localhost") -> Any:
        """An unauthenticated generated `Client`, which is what `_parse_response` needs."""
        return self.package.Client(base_url=base_url, raise_on_unexpected_status=False)


def typed_arguments(
    operation: ClientOperation,
    *,
    path_parameters: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    headers: Mapping[str, Any] | None,
    cookies: Mapping[str, Any] | None,
    body: Any,
    has_body: bool,
    part_content_types: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Keyword arguments for the facade method / `_get_kwargs`, converted to their annotated types.

    File fields get the name and media type schemathesis would send with them (`<field>.<ext>` of
    the content's format, the part's chosen content type): `Model.from_dict` can only give a file
    its bytes, and a part without a filename is not a file to a server (PHP, for one).
    """
    hints = operation.hints()
    containers = {"path": path_parameters, "query": query, "header": headers, "cookie": cookies}
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        container = containers.get(parameter.location) or {}
        if parameter.name in container:
            annotation = hints.get(parameter.python_name, Any)
            arguments[parameter.python_name] = to_typed(container[parameter.name], annotation)
    if has_body and "body" in hints:
        arguments["body"] = to_typed(plain_body(body), hints["body"])
        name_files(arguments["body"], part_content_types or {})
    return arguments


def name_files(model: Any, content_types: Mapping[str, str]) -> None:
    """Give each unnamed `File` attribute of a body model a file name and media type, in place."""
    from schemathesis.core.file_samples import file_extension

    for name, value in _attrs_items(model):
        if type(value).__name__ == "File" and getattr(value, "file_name", "") is None:
            payload = value.payload
            data = payload.getvalue() if isinstance(payload, BytesIO) else b""
            extension = file_extension(data)
            value.file_name = f"{name}.{extension}" if extension else name
            value.mime_type = value.mime_type or content_types.get(name)


def _attrs_items(model: Any) -> list[tuple[str, Any]]:
    """The fields of a generated (attrs) model with their values; nothing for other values."""
    fields = getattr(type(model), "__attrs_attrs__", ())
    return [(field.name, getattr(model, field.name)) for field in fields]


def plain_body(body: Any) -> Any:
    """schemathesis' body with its `Binary` wrappers replaced by the bytes they hold."""
    data = getattr(body, "data", None)
    if isinstance(body, str) and isinstance(data, bytes):
        return data
    if isinstance(body, dict):
        return {key: plain_body(value) for key, value in body.items()}
    if isinstance(body, list):
        return [plain_body(value) for value in body]
    return body


def _union_members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def to_typed(value: Any, annotation: Any) -> Any:
    """Convert a JSON-like value to what a generated signature annotates (enum, model, file, list)."""
    members = [
        m for m in _union_members(annotation) if getattr(m, "__name__", "") != "Unset" and m is not type(None)
    ]
    if value is None or not members:
        return value
    for member in members:
        converted = _convert_one(value, member)
        if converted is not _NO_MATCH:
            return converted
    return value


class _NoMatch:
    pass


_NO_MATCH = _NoMatch()


def _convert_one(value: Any, member: Any) -> Any:
    origin = typing.get_origin(member)
    if origin in (list, Sequence) and isinstance(value, list):
        (item_type,) = typing.get_args(member) or (Any,)
        return [to_typed(item, item_type) for item in value]
    if not isinstance(member, type):
        return _NO_MATCH
    if issubclass(member, enum.Enum):
        try:
            return member(value)
        except ValueError:
            return _NO_MATCH
    from_dict: Callable[[Any], Any] | None = getattr(member, "from_dict", None)
    if from_dict is not None and isinstance(value, Mapping):
        return from_dict(value)
    if member.__name__ == "File" and isinstance(value, bytes | bytearray):
        file_class: Any = member
        return file_class(payload=BytesIO(bytes(value)))
    if member in (int, float, str, bool) and isinstance(value, member):
        return value
    return _NO_MATCH


def jsonable(value: Any) -> Any:
    """What a parsed client value stands for as JSON: models via `to_dict()`, enums by value."""
    to_dict: Callable[[], Any] | None = getattr(value, "to_dict", None)
    if to_dict is not None and not isinstance(value, type):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    return value
