"""Vendor business rules for the generic mock engine: one module per vendor, found by `x-mock.module`.

A vendor module defines `VENDOR = MockVendor(name, create_state)` and registers one handler per
operationId of the spec with `@VENDOR.operation("createUser")`. The engine dispatches by
operationId after routing, authentication, throttling and validation, so a handler deals with
business rules only. Every operation must have a handler: the vendor's, or a generic one (the
issue and refresh operations of `x-auth`, `generator.mock.tokens`), over which the vendor's wins;
`build_app` refuses to start otherwise.
Undocumented helper routes (e.g. the bytes behind a download URL) are registered with
`@VENDOR.helper("GET", "/_mock/...")`; they bypass the spec (no auth, no validation).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from generator.mock.context import HelperContext, RequestContext
from generator.mock.errors import MockSetupError
from generator.mock.options import MockOptions
from generator.mock.responses import MockResponse
from generator.model import Api

S = TypeVar("S")

Handler = Callable[[RequestContext[S]], Awaitable[MockResponse]]
HelperHandler = Callable[[HelperContext[S]], Awaitable[MockResponse]]

_MODULE_NAME = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass(frozen=True)
class VendorSetup:
    """What a vendor's state factory gets: the spec, the options and the generated models (if any)."""

    spec: Api
    options: MockOptions
    models: ModuleType | None


def require_models(setup: VendorSetup, names: tuple[str, ...]) -> Any:
    """The generated pydantic models module, refusing to start when one the handlers use is missing.

    A renamed schema would otherwise surface as an AttributeError in the middle of a request; at
    start-up it names the file to regenerate and what is missing."""
    models: Any = setup.models
    missing = [name for name in names if not hasattr(models, name)]
    if missing:
        raise MockSetupError("generated mock_models.py", None, f"missing models: {', '.join(missing)}")
    return models


class MockVendor(Generic[S]):
    """A vendor's handlers, helper routes and the factory of its in-memory state."""

    def __init__(
        self, name: str, create_state: Callable[[VendorSetup], S], *, needs_models: bool = False
    ) -> None:
        self.name = name
        self.create_state = create_state
        self.needs_models = needs_models  # the handlers use the generated pydantic models
        self.handlers: dict[str, Handler[S]] = {}
        self.helpers: list[tuple[str, str, HelperHandler[S]]] = []

    def operation(self, operation_id: str) -> Callable[[Handler[S]], Handler[S]]:
        """Register the handler of `operation_id` (decorator)."""

        def register(handler: Handler[S]) -> Handler[S]:
            if operation_id in self.handlers:
                raise MockSetupError(self.name, operation_id, "a second handler for the same operation")
            self.handlers[operation_id] = handler
            return handler

        return register

    def helper(self, method: str, path: str) -> Callable[[HelperHandler[S]], HelperHandler[S]]:
        """Register an undocumented helper route (decorator); `path` may hold `{name}` parameters."""

        def register(handler: HelperHandler[S]) -> HelperHandler[S]:
            self.helpers.append((method.upper(), path, handler))
            return handler

        return register

    def check_covers(
        self, spec: Api, generic: Collection[str] = (), gaps: Mapping[str, str] | None = None
    ) -> None:
        """Every operation of the spec has a handler (the vendor's, or one of `generic`) and every
        handler of the vendor an operation; `gaps` says why a token operation has no generic one."""
        declared = {operation.operation_id for operation in spec.operations}
        missing = sorted(declared - set(self.handlers) - set(generic))
        if missing:
            reasons = "".join(
                f"; the generic token handler cannot answer {name}: {(gaps or {})[name]}"
                for name in missing
                if name in (gaps or {})
            )
            raise MockSetupError(
                f"generator/mock/vendors/{self.name}.py",
                None,
                f"no handler for operations: {', '.join(missing)}{reasons}",
            )
        unknown = sorted(set(self.handlers) - declared)
        if unknown:
            raise MockSetupError(
                f"generator/mock/vendors/{self.name}.py",
                None,
                f"handlers for operations the spec does not declare: {', '.join(unknown)}",
            )


def load_vendor(module: str, label: str = "merged spec") -> MockVendor[Any]:
    """The `VENDOR` of `generator.mock.vendors.<module>`."""
    where = "$['x-mock']['module']"
    if not _MODULE_NAME.fullmatch(module):
        raise MockSetupError(label, where, f"not a module name: {module!r}")
    try:
        loaded = importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{module}":
            raise
        raise MockSetupError(label, where, f"no vendor module generator/mock/vendors/{module}.py") from None
    vendor = getattr(loaded, "VENDOR", None)
    if not isinstance(vendor, MockVendor):
        raise MockSetupError(
            f"generator/mock/vendors/{module}.py", None, "defines no `VENDOR = MockVendor(...)`"
        )
    return vendor
