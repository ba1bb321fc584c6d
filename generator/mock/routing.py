"""Routing: OpenAPI path templates compiled to matchers, most specific first.

`/v1/archive/index` (all literal) is found by one dict lookup; templated paths are tried in order
of specificity, literal segments before parameters from left to right, so `/v1/user/{id}/token`
never shadows `/v1/user/search/token` whatever the order in the spec. Matching happens on the raw
(percent-encoded) path, and each captured parameter is decoded on its own, so an encoded `/`
inside a parameter value stays inside that value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import unquote

T = TypeVar("T")

_PARAMETER = re.compile(r"\{([^{}/]+)\}")


@dataclass
class PathRoute(Generic[T]):
    """One path template and the targets (operations) declared for each of its methods."""

    template: str
    pattern: re.Pattern[str] | None
    parameters: tuple[str, ...]
    methods: dict[str, T] = field(default_factory=dict)

    @property
    def allowed(self) -> str:
        """The `Allow` header value: the declared methods in a stable order."""
        return ", ".join(sorted(self.methods))

    def specificity(self) -> tuple[int, ...]:
        return tuple(1 if "{" in segment else 0 for segment in self.template.strip("/").split("/"))


@dataclass(slots=True)
class RouteMatch(Generic[T]):
    route: PathRoute[T]
    path_params: dict[str, str]


def compile_template(template: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """A regex for a templated path (None for a literal one) and its parameter names in order."""
    names = tuple(_PARAMETER.findall(template))
    if not names:
        return None, ()
    parts: list[str] = []
    position = 0
    for index, found in enumerate(_PARAMETER.finditer(template)):
        parts.append(re.escape(template[position : found.start()]))
        parts.append(f"(?P<p{index}>[^/]+)")
        position = found.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts)), names


def normalize_path(raw_path: str, base_path: str = "") -> str:
    """Strip the server's base path (when the request carries it) and a trailing slash."""
    if base_path and (raw_path == base_path or raw_path.startswith(base_path + "/")):
        raw_path = raw_path[len(base_path) :] or "/"
    if len(raw_path) > 1 and raw_path.endswith("/"):
        raw_path = raw_path.rstrip("/") or "/"
    return raw_path


class Router(Generic[T]):
    """Maps (path, method) to targets; tells apart unknown paths (404) from unknown methods (405)."""

    def __init__(self, base_path: str = "") -> None:
        self.base_path = base_path.rstrip("/")
        self._literal: dict[str, PathRoute[T]] = {}
        # Templated routes by their first segment when it is literal (`/v1/items/{id}` under "v1"):
        # a path is tried against those of its own first segment only, then against the routes
        # whose first segment is a parameter (less specific than any literal one, so the order
        # of specificity holds). A request for `/v1/...` never tries the `/_mock/...` helpers.
        self._templated: dict[str, list[PathRoute[T]]] = {}
        self._templated_head: list[PathRoute[T]] = []
        self._by_template: dict[str, PathRoute[T]] = {}

    def add(self, method: str, template: str, target: T) -> None:
        route = self._by_template.get(template)
        if route is None:
            pattern, names = compile_template(template)
            route = PathRoute(template=template, pattern=pattern, parameters=names)
            self._by_template[template] = route
            if pattern is None:
                self._literal[template] = route
            else:
                head = _first_segment(template)
                group = self._templated_head if "{" in head else self._templated.setdefault(head, [])
                group.append(route)
                group.sort(key=PathRoute.specificity)
        route.methods[method.upper()] = target

    @property
    def has_routes(self) -> bool:
        return bool(self._by_template)

    def routes(self) -> Iterable[PathRoute[T]]:
        return self._by_template.values()

    def match(self, raw_path: str) -> RouteMatch[T] | None:
        """The route for a raw (still percent-encoded) request path, or None (404)."""
        path = normalize_path(raw_path, self.base_path)
        route = self._literal.get(unquote(path)) if "%" in path else self._literal.get(path)
        if route is not None:
            return RouteMatch(route, {})
        candidates = self._templated.get(_first_segment(path))
        if candidates is None:
            if not self._templated_head:  # e.g. any API path against the helpers' `/_mock/...`
                return None
            candidates = self._templated_head
        elif self._templated_head:
            candidates = [*candidates, *self._templated_head]
        for route in candidates:
            assert route.pattern is not None
            found = route.pattern.fullmatch(path)
            if found is not None:
                values = found.groups()
                return RouteMatch(
                    route,
                    {name: unquote(value) for name, value in zip(route.parameters, values, strict=True)},
                )
        return None


def _first_segment(path: str) -> str:
    """`v1` of `/v1/items/{id}` (and of a request path `/v1/items/4`)."""
    return path.split("/", 2)[1] if path.startswith("/") and len(path) > 1 else path
