"""Vendor business rules for the generic mock engine: one optional module per vendor (`x-mock.module`).

Plain create, read, list, update and delete are declared (root `x-mock.resources`, operation
`x-mock`) and served by `generator.mock.resources`; a vendor module holds what the docs state beyond
that. It defines `VENDOR = MockVendor(name, create_state)` and registers:

- `@VENDOR.operation("createUser")`: the whole handler of an operation (it wins over a binding);
- `@VENDOR.rule("updateArchiveFile")`: a business rule run by the generic handler of a bound
  operation, on the `Step` it is about to take (see `generator.mock.resources.Step`);
- `@VENDOR.view("archiveFiles")`: how records of a resource are answered (computed fields);
- `@VENDOR.also_accepts("updateArchiveFile")`: where the docs contradict themselves (a table against
  a sample) and the spec types the form it argues for, a function rewriting the other documented
  form of a JSON body into the spec's form before validation, so the mock accepts both (issue 14);
  it returns anything else unchanged, which validation then refuses as before;
- `@VENDOR.helper("GET", "/_mock/...")`: an undocumented helper route (e.g. the bytes behind a
  download URL); helpers bypass the spec (no auth, no validation).

The engine dispatches by operationId after routing, authentication, throttling and validation, so
a handler deals with business rules only. Every operation must have a handler (the vendor's, a
binding's, or a generic token operation's); `build_app` refuses to start otherwise, naming it.
`create_state` gets the spec, the options, the models and the store (to seed records); its result
is `ctx.state`.
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
from generator.mock.resources import Step
from generator.mock.responses import MockResponse
from generator.mock.store import Record, Store
from generator.model import Api

S = TypeVar("S")

Handler = Callable[[RequestContext[S]], Awaitable[MockResponse]]
HelperHandler = Callable[[HelperContext[S]], Awaitable[MockResponse]]
Rule = Callable[[RequestContext[S], Step], None]
View = Callable[[RequestContext[S], Record], Any]
Rewrite = Callable[[Any], Any]

_MODULE_NAME = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass(frozen=True)
class VendorSetup:
    """What a vendor's state factory gets: the spec, the options, the generated models (if any) and
    the store of the declared resources (to seed records the declaration cannot list)."""

    spec: Api
    options: MockOptions
    models: ModuleType | None
    store: Store


def require_models(setup: VendorSetup, names: tuple[str, ...]) -> Any:
    """The generated pydantic models module, refusing to start when one the handlers use is missing.

    A renamed schema would otherwise surface as an AttributeError in the middle of a request; at
    start-up it names the file to regenerate and what is missing."""
    models: Any = setup.models
    missing = [name for name in names if not hasattr(models, name)]
    if missing:
        raise MockSetupError("generated mock_models.py", None, f"missing models: {', '.join(missing)}")
    return models


def _no_state(setup: VendorSetup) -> None:
    return None


class MockVendor(Generic[S]):
    """A vendor's handlers, rules, views, helper routes and the factory of its in-memory state."""

    def __init__(
        self, name: str, create_state: Callable[[VendorSetup], S], *, needs_models: bool = False
    ) -> None:
        self.name = name
        self.create_state = create_state
        self.needs_models = needs_models  # the handlers use the generated pydantic models
        self.handlers: dict[str, Handler[S]] = {}
        self.rules: dict[str, Rule[S]] = {}
        self.off_loop_rules: set[str] = set()  # operations whose rule runs in a worker thread
        self.views: dict[str, View[S]] = {}
        self.rewrites: dict[str, Rewrite] = {}  # operationId -> the other documented body form
        self.helpers: list[tuple[str, str, HelperHandler[S]]] = []

    @staticmethod
    def plain(label: str) -> MockVendor[None]:
        """The vendor of a spec without `x-mock.module`: everything is declared, nothing written."""
        vendor: MockVendor[None] = MockVendor(label, _no_state)
        vendor.written = False
        return vendor

    written = True  # False: no module (x-mock.module absent)

    @property
    def source(self) -> str:
        """Where the vendor's rules are written, or would be (for start-up errors)."""
        return f"generator/mock/vendors/{self.name}.py" if self.written else "a module named by x-mock.module"

    def operation(self, operation_id: str) -> Callable[[Handler[S]], Handler[S]]:
        """Register the handler of `operation_id` (decorator)."""

        def register(handler: Handler[S]) -> Handler[S]:
            if operation_id in self.handlers:
                raise MockSetupError(self.name, operation_id, "a second handler for the same operation")
            self.handlers[operation_id] = handler
            return handler

        return register

    def rule(self, operation_id: str, *, off_loop: bool = False) -> Callable[[Rule[S]], Rule[S]]:
        """Register the business rule of a bound operation (decorator).

        `off_loop`: the rule may take long (a search over many records) and runs in a worker thread,
        so the event loop keeps answering other clients meanwhile. It gets the records already
        listed and must only read the store (another request may write it at the same time).
        """

        def register(rule: Rule[S]) -> Rule[S]:
            if operation_id in self.rules:
                raise MockSetupError(self.name, operation_id, "a second rule for the same operation")
            self.rules[operation_id] = rule
            if off_loop:
                self.off_loop_rules.add(operation_id)
            return rule

        return register

    def also_accepts(self, operation_id: str) -> Callable[[Rewrite], Rewrite]:
        """Register the rewrite of a JSON body's other documented form into the spec's (decorator).

        The function gets the parsed body and returns it in the spec's form; it must leave what is
        not the other documented form unchanged, so validation refuses it as before."""

        def register(rewrite: Rewrite) -> Rewrite:
            if operation_id in self.rewrites:
                raise MockSetupError(self.name, operation_id, "a second body rewrite for the same operation")
            self.rewrites[operation_id] = rewrite
            return rewrite

        return register

    def view(self, resource: str) -> Callable[[View[S]], View[S]]:
        """Register how records of a declared resource are answered (decorator)."""

        def register(view: View[S]) -> View[S]:
            if resource in self.views:
                raise MockSetupError(self.name, resource, "a second view of the same resource")
            self.views[resource] = view
            return view

        return register

    def helper(self, method: str, path: str) -> Callable[[HelperHandler[S]], HelperHandler[S]]:
        """Register an undocumented helper route (decorator); `path` may hold `{name}` parameters."""

        def register(handler: HelperHandler[S]) -> HelperHandler[S]:
            self.helpers.append((method.upper(), path, handler))
            return handler

        return register

    def check_covers(
        self, spec: Api, *others: Collection[str], gaps: Mapping[str, str] | None = None
    ) -> None:
        """Every operation has a handler, the vendor's or one of `others` (bound operations, generic
        token operations); every handler, rule and view of the vendor belongs to the spec. `gaps`
        says why an issue/refresh operation has no generic token handler."""
        declared = {operation.operation_id for operation in spec.operations}
        covered = set(self.handlers).union(*others)
        missing = [operation for operation in spec.operations if operation.operation_id not in covered]
        if missing:
            reasons = "".join(
                f"; the generic token handler cannot answer {operation.operation_id}: "
                f"{(gaps or {})[operation.operation_id]}"
                for operation in missing
                if operation.operation_id in (gaps or {})
            )
            raise MockSetupError(
                spec.label,
                None,
                f"no handler for {', '.join(operation.label for operation in missing)}: bind it to a "
                f"resource (operation x-mock) or write it in {self.source}{reasons}",
            )
        unknown = sorted(set(self.handlers) - declared)
        if unknown:
            raise MockSetupError(
                self.source, None, f"handlers for operations the spec does not declare: {', '.join(unknown)}"
            )
        unknown = sorted(set(self.rewrites) - declared)
        if unknown:
            raise MockSetupError(
                self.source,
                None,
                f"body rewrites for operations the spec does not declare: {', '.join(unknown)}",
            )
        bound = {operation.operation_id for operation in spec.operations if operation.mock is not None}
        stray = sorted(name for name in self.rules if name not in bound or name in self.handlers)
        if stray:
            raise MockSetupError(
                self.source,
                None,
                f"rules for operations no binding serves (operation x-mock): {', '.join(stray)}",
            )
        resources = {resource.name for resource in spec.mock.resources}
        unknown = sorted(set(self.views) - resources)
        if unknown:
            raise MockSetupError(
                self.source,
                None,
                f"views of resources x-mock.resources does not declare: {', '.join(unknown)}",
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
