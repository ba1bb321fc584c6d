"""What our client templates render, as plain values computed from the typed model of the spec.

Parser apart from rendering: `generator.model` has read and validated the merged spec; this module
only arranges its facts the way the templates use them (names, routes, the auth objects as Python
source), so the templates stay dumb and this module is unit-testable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from generator.errors import InputError
from generator.model import Api, CredentialSpec, Operation
from generator.model.pointers import jsonpath
from generator.model.transfers import WorkflowDecl
from generator.runtime.schemes import IssuedBearer, OAuth2AuthorizationCode, Scheme


@dataclass(frozen=True)
class VendorData:
    name: str
    client_class: str
    title: str
    default_base_url: str
    credentials: tuple[CredentialSpec, ...]
    subject_argument: str | None
    schemes: Mapping[str, Scheme]
    routes: tuple[tuple[str, str, tuple[tuple[str, ...], ...]], ...]
    rate_limit: dict[str, Any] | None
    operations: tuple[Operation, ...]
    resources: dict[str, tuple[Operation, ...]] = field(default_factory=dict)
    parameter_encodings: dict[tuple[str, str, str], str] = field(default_factory=dict)
    """(METHOD, path, parameter name) -> "json" | "csv" for query parameters the base generator would get wrong."""
    oauth_scheme: str | None = None
    """The OAuth 2.0 scheme the facade offers as `client.oauth` (a vendor has at most one)."""
    workflows: tuple[WorkflowDecl, ...] = ()
    """`x-sdk-workflows`: facade methods that upload a file between API calls."""

    @property
    def transfers(self) -> bool:
        """Whether the package offers downloads or workflows (then it exports their types and errors)."""
        return bool(self.workflows) or any(operation.download for operation in self.operations)

    def operation_at(self, method: str, path: str) -> Operation:
        for operation in self.operations:
            if operation.method == method.upper() and operation.path == path:
                return operation
        raise KeyError(f"{method} {path}")

    @property
    def ends_sessions(self) -> bool:
        """Whether a scheme stops at the end of its refresh window (`after-refresh-window: error`):
        the facade then offers `reauthenticate()` and the package exports `RefreshWindowExpiredError`."""
        return any(
            isinstance(scheme, IssuedBearer) and scheme.after_refresh_window == "error"
            for scheme in self.schemes.values()
        )

    @property
    def scheme_classes(self) -> list[str]:
        """Names of the `_runtime.schemes` classes the rendered `AUTH_SCHEMES` uses."""
        return sorted({name for scheme in self.schemes.values() for name in _class_names(scheme)})

    def schemes_source(self) -> str:
        """`AUTH_SCHEMES` as Python source: the typed scheme objects, constructed by keyword."""
        return (
            "{"
            + ", ".join(f"{name!r}: {python_source(scheme)}" for name, scheme in self.schemes.items())
            + "}"
        )


def python_source(value: Any) -> str:
    """Python source that rebuilds `value` (dataclasses by keyword, only the fields that differ
    from their default, so the rendered file stays readable)."""
    if is_dataclass(value) and not isinstance(value, type):
        arguments = []
        for item in fields(value):
            current = getattr(value, item.name)
            default = item.default_factory() if callable(item.default_factory) else item.default
            if current != default:
                arguments.append(f"{item.name}={python_source(current)}")
        return f"{type(value).__name__}({', '.join(arguments)})"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{python_source(k)}: {python_source(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        items = [python_source(item) for item in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return repr(value)


def paging_constant(operation: Operation) -> str:
    """The name of the module constant holding an operation's `Paging` in its resource module."""
    return f"_{operation.sdk_name.upper()}_PAGING"


def pages_docstring(operation: Operation) -> str:
    """The docstring of `<method>_pages()`: how it finds the next page and when it stops."""
    paging = operation.pagination
    assert paging is not None
    where = "in the body" if paging.location == "body" else "in the query"
    total = f", or once `{paging.total_header}` items have been seen" if paging.total_header else ""
    if paging.style == "page":
        size = f", `{paging.size_param}` items each" if paging.size_param else ""
        how = f"asks pages {paging.start}, {paging.start + 1}, ... as `{paging.page_param}` {where}{size}"
        ends = f"the first empty page or one shorter than the page size{total}"
    elif paging.style == "offset" and paging.next_header:
        how = f"follows the `{paging.next_header}` header from page to page"
        ends = "an answer without it"
    elif paging.style == "offset":
        how = f"moves `{paging.offset_param}` on by `{paging.size_param}` {where}"
        ends = f"the first empty page or one shorter than the limit{total}"
    elif paging.style == "link":
        how = 'follows the `rel="next"` target of the `Link` header'
        ends = "an answer without one"
    else:
        source = (
            f"the answer's `{paging.next_cursor}`"
            if paging.next_cursor
            else f"the `{paging.next_header}` header"
        )
        how = f"sends {source} back as `{paging.cursor_param}` {where}"
        ends = "an answer without a cursor"
    return f"Every page of `{operation.sdk_name}`: {how}; stops at {ends}."


def _oauth_scheme(api: Api) -> str | None:
    names = [name for name, scheme in api.auth.schemes.items() if isinstance(scheme, OAuth2AuthorizationCode)]
    if len(names) > 1:
        raise InputError(
            file=api.label,
            location=jsonpath("/x-auth/schemes"),
            message=f"the facade offers one OAuth 2.0 scheme as `client.oauth`; found {', '.join(names)}",
        )
    return names[0] if names else None


def _class_names(value: Any) -> set[str]:
    if not is_dataclass(value) or isinstance(value, type):
        return set()
    found = {type(value).__name__}
    for item in fields(value):
        found |= _class_names(getattr(value, item.name))
    return found


def vendor_data(api: Api, name: str) -> VendorData:
    encodings: dict[tuple[str, str, str], str] = {}
    for operation in api.operations:
        for parameter in operation.parameters:
            if parameter.encoding is not None:
                encodings[(operation.method, operation.path, parameter.name)] = parameter.encoding
    rate = api.rate_limit
    return VendorData(
        name=name,
        client_class=api.client_name,
        title=api.title,
        default_base_url=api.default_base_url,
        credentials=api.auth.credentials,
        subject_argument=api.auth.subject_argument,
        schemes=api.auth.schemes,
        routes=tuple(
            (op.method, op.path, tuple(tuple(sorted(r)) for r in op.security)) for op in api.operations
        ),
        rate_limit={"requests": rate.requests, "per-seconds": rate.per_seconds} if rate else None,
        operations=api.operations,
        resources=api.by_tag(),
        parameter_encodings=encodings,
        oauth_scheme=_oauth_scheme(api),
        workflows=api.workflows,
    )
