"""Which security requirement applies to a request, found from its method and path.

The generated endpoint functions build plain httpx requests; rather than threading the operation
through every call, the auth flow recognises the operation from the request line using the spec's
path templates. This also covers requests a user sends through `client.get_httpx_client()`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .record import Record

MAX_REMEMBERED = 1024
"""Request lines whose route a `RouteTable` remembers before it starts over."""

Requirement = tuple[str, ...]
"""Scheme names that must all be applied (one entry of an OpenAPI `security` list)."""


class Route(Record):
    """One operation's method, path template, security requirements and the template's pattern."""

    __slots__ = ("method", "pattern", "requirements", "template")

    def __init__(
        self, method: str, template: str, requirements: tuple[Requirement, ...], pattern: re.Pattern[str]
    ) -> None:
        self.method = method
        self.template = template
        self.requirements = requirements
        self.pattern = pattern


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", template)
    regex = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(regex + "/?")


class RouteTable:
    """Maps (method, path) to the security requirements declared for that operation."""

    def __init__(
        self, routes: Sequence[tuple[str, str, Sequence[Sequence[str]]]], base_path: str = ""
    ) -> None:
        self._base_path = base_path.rstrip("/")
        by_method: dict[str, list[Route]] = {}
        # Literal segments win over parameters: try templates with fewer parameters first.
        for method, template, requirements in sorted(routes, key=lambda r: (r[1].count("{"), r[1])):
            route = Route(method.upper(), template, tuple(tuple(r) for r in requirements), _compile(template))
            by_method.setdefault(route.method, []).append(route)
        self._by_method = by_method
        # Most clients call a handful of paths over and over: remember the answers (bounded, since
        # paths with ids are many). Saves a scan of every template's regex per request.
        self._found: dict[tuple[str, str], Route | None] = {}

    @property
    def base_path(self) -> str:
        """Path prefix of the client's base URL (`/api` in `https://host/api`), without a trailing slash."""
        return self._base_path

    def find(self, method: str, path: str) -> Route | None:
        key = (method, path)
        try:
            return self._found[key]
        except KeyError:
            pass
        route = self._scan(method, path)
        if len(self._found) >= MAX_REMEMBERED:
            self._found.clear()
        self._found[key] = route
        return route

    def _scan(self, method: str, path: str) -> Route | None:
        if self._base_path and path.startswith(self._base_path):
            path = path[len(self._base_path) :]
        for route in self._by_method.get(method.upper(), ()):
            if route.pattern.fullmatch(path):
                return route
        return None
