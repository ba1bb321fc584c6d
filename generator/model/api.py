"""The typed model of a merged spec: what every part of vendorkit reads instead of the raw document.

Client generation, the mock engine, fuzzing and the benchmarks all need the same facts about a
vendor (its operations with their parameters, bodies, responses and security, and our `x-`
vocabulary), so the merged spec is parsed once into these frozen objects (`generator.model.load_api`)
with every `$ref` followed by one resolver and every problem reported with the file and JSONPath.

Schemas stay JSON Schema: a `SchemaRef` keeps the JSON pointer of the schema in the merged document
(validators are compiled from it, so `$ref`s inside resolve exactly as written) and its content
with top-level `$ref`s followed (for looking at `type`, `properties`, `default`, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from generator.model.pointers import jsonpath

if TYPE_CHECKING:
    from generator.model.auth import AuthModel
    from generator.model.fuzzing import FuzzAllowance
    from generator.model.mockdecl import MockDeclaration, OperationBinding
    from generator.model.resolver import Resolver
    from generator.model.sdk import Returns, SdkVariant
    from generator.model.secrets import SecretField
    from generator.model.transfers import DownloadDecl, WorkflowDecl
    from generator.runtime.pagination import Paging
    from generator.runtime.schemes import Requirement

JsonObject = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SchemaRef:
    """A schema of the merged spec: where it is written (`pointer`), the node as written (`raw`,
    maybe a `$ref`) and its content with top-level `$ref`s followed (`resolved`)."""

    pointer: str
    raw: Any
    resolved: JsonObject | bool

    @property
    def node(self) -> JsonObject:
        """The resolved content as a mapping (`{}` for the boolean schemas)."""
        return self.resolved if isinstance(self.resolved, dict) else {}


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: SchemaRef | None
    style: str
    explode: bool
    description: str = ""
    content_media_type: str | None = None  # `content:` parameters (a JSON document in one value)

    @property
    def default(self) -> Any:
        return self.schema.node.get("default") if self.schema is not None else None

    @property
    def has_default(self) -> bool:
        return self.schema is not None and "default" in self.schema.node

    @property
    def encoding(self) -> str | None:
        """How a query value is sent where the base generator would get it wrong: `json` for
        `x-json-encoded` (a JSON document in one value), `csv` for an array with `explode: false`."""
        if self.location != "query" or self.schema is None:
            return None
        if self.schema.node.get("x-json-encoded"):
            return "json"
        if self.schema.node.get("type") == "array" and not self.explode:
            return "csv"
        return None


@dataclass(frozen=True)
class Encoding:
    """A multipart part's declared encoding (`encoding.<part>`)."""

    content_type: str | None


@dataclass(frozen=True)
class MediaType:
    media_type: str  # lower case
    schema: SchemaRef | None
    encoding: Mapping[str, Encoding] = field(default_factory=dict)
    examples: tuple[Any, ...] = ()
    extensions: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_json(self) -> bool:
        return self.media_type == "application/json" or self.media_type.endswith("+json")


@dataclass(frozen=True)
class RequestBody:
    required: bool
    content: tuple[MediaType, ...]
    extensions: Mapping[str, Any] = field(default_factory=dict)

    def media(self, media_type: str) -> MediaType | None:
        return next((media for media in self.content if media.media_type == media_type), None)

    @property
    def json(self) -> MediaType | None:
        """The first JSON media type of the body, if any."""
        return next((media for media in self.content if media.is_json), None)


@dataclass(frozen=True)
class Header:
    name: str
    required: bool
    schema: SchemaRef | None


@dataclass(frozen=True)
class Link:
    """An OpenAPI link: the operation a response leads to and where its parameters come from."""

    name: str
    operation_id: str
    parameters: Mapping[str, str]
    request_body: Any = None


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX" or "default"
    description: str
    content: tuple[MediaType, ...]
    headers: tuple[Header, ...]
    links: tuple[Link, ...] = ()

    @property
    def is_success(self) -> bool:
        return self.status.isdigit() and 200 <= int(self.status) < 300


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    pointer: str
    tags: tuple[str, ...]
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: Mapping[str, Response]
    security: tuple[Mapping[str, tuple[str, ...]], ...]
    """The requirements that apply (the operation's own or the root's); `()` means none."""
    extensions: Mapping[str, Any]
    # Our `x-` vocabulary of the operation, typed (see generator.model.sdk / mockdecl / fuzzing).
    resource: str = "default"
    """The client resource (attribute of the facade) the operation belongs to: its first tag, snake case."""
    sdk_name: str = ""
    pagination: Paging | None = None
    variants: tuple[SdkVariant, ...] = ()
    envelope: Returns | None = None
    mock: OperationBinding | None = None
    fuzz_allowances: tuple[FuzzAllowance, ...] = ()
    fuzz_workarounds: tuple[str, ...] = ()
    """Names of the schemathesis workarounds fuzzing applies to this operation (`x-fuzz.workarounds`)."""
    download: DownloadDecl | None = None
    """`x-sdk-download`: the facade also streams the binary answer to a file, resuming (transfers.py)."""

    @property
    def label(self) -> str:
        return f"{self.method} {self.path} ({self.operation_id})"

    @property
    def location(self) -> str:
        """The JSONPath of the operation, for error messages."""
        return jsonpath(self.pointer)

    @cached_property
    def anonymous(self) -> bool:
        """Whether the operation may be called without credentials (no requirement, or an empty one);
        worked out once (the mock asks on every request)."""
        return not self.security or any(not requirement for requirement in self.security)

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        """The non-empty requirements as sorted tuples of scheme names."""
        return tuple(tuple(sorted(requirement)) for requirement in self.security if requirement)

    def parameters_in(self, location: str) -> tuple[Parameter, ...]:
        return tuple(parameter for parameter in self.parameters if parameter.location == location)

    def parameter(self, name: str, location: str | None = None) -> Parameter | None:
        return next(
            (p for p in self.parameters if p.name == name and (location is None or p.location == location)),
            None,
        )

    def declared_response(self, status: int) -> Response | None:
        """The response object that covers `status`: exact code, then `4XX` style ranges, then default."""
        return (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get("default")
        )

    def declares(self, status: int) -> bool:
        """Whether `status` is documented explicitly (exact code or range); `default` does not count."""
        return str(status) in self.responses or f"{str(status)[0]}XX" in self.responses

    def success_responses(self) -> tuple[Response, ...]:
        return tuple(response for response in self.responses.values() if response.is_success)


@dataclass(frozen=True)
class SecurityScheme:
    """An entry of `components.securitySchemes`, as the spec declares it."""

    name: str
    type: str  # http | apiKey | oauth2 | openIdConnect | mutualTLS
    scheme: str = ""  # http: bearer | basic | ...
    location: str = ""  # apiKey: query | header | cookie
    parameter: str = ""  # apiKey: the parameter's name
    flows: Mapping[str, Any] = field(default_factory=dict)  # oauth2
    extensions: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_bearer(self) -> bool:
        return (self.type == "http" and self.scheme.lower() == "bearer") or self.type == "oauth2"


@dataclass(frozen=True)
class RateLimit:
    """Root `x-rate-limit`: the vendor's documented throttle."""

    requests: int
    per_seconds: float
    scope: str = "credential"


@dataclass(frozen=True)
class Api:
    """A vendor's merged spec, read once (see the module docstring)."""

    document: JsonObject
    label: str
    title: str
    version: str
    default_base_url: str
    base_path: str
    operations: tuple[Operation, ...]
    security_schemes: Mapping[str, SecurityScheme]
    schemas: Mapping[str, SchemaRef]
    extensions: Mapping[str, Any]
    resolver: Resolver
    auth: AuthModel
    client_name: str
    rate_limit: RateLimit | None
    mock: MockDeclaration
    workflows: tuple[WorkflowDecl, ...] = ()
    """Root `x-sdk-workflows`: facade methods that run several calls and an upload (transfers.py)."""
    secret_fields: tuple[SecretField, ...] = ()
    """Properties marked `x-sdk-secret` (secrets.py): masked in the generated models' reprs."""

    def operation(self, operation_id: str) -> Operation:
        for operation in self.operations:
            if operation.operation_id == operation_id:
                return operation
        raise KeyError(operation_id)

    def operation_at(self, method: str, path: str) -> Operation:
        for operation in self.operations:
            if operation.method == method.upper() and operation.path == path:
                return operation
        raise KeyError(f"{method.upper()} {path}")

    def by_tag(self) -> dict[str, tuple[Operation, ...]]:
        """Operations per client resource (first tag, snake case), in document order."""
        found: dict[str, tuple[Operation, ...]] = {}
        for operation in self.operations:
            found[operation.resource] = (*found.get(operation.resource, ()), operation)
        return found

    def property_schema(self, schema: SchemaRef | None, name: str) -> SchemaRef | None:
        """The schema of property `name` of an object schema (top-level `$ref`s followed)."""
        return self.resolver.property(schema, name)
