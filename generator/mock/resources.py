"""Generic handlers of bound operations: create, read, list, update, replace and delete of a declared
resource (operation `x-mock`, see `generator/model/mockresources.py`), over the mock's `Store`.

`resource_handlers(api, rules, views)` gives one handler per bound operation; the engine uses it for
every operation the vendor module does not handle itself. A handler runs, in this order:

1. chooses the operation's binding (the first whose `when` query parameter is present);
2. reads the id and `filters` from the path, query or body, and the record's fields from the body
   (`body` names the part holding them; `request-names` rename; kept are the fields the request
   body declares that the record has -- a schema property, a reference, a unique field, the key --
   so posted system fields are ignored; `x-json-encoded` fields are stored decoded; files are left
   to rules);
3. finds the record (read, update, replace, delete: not found unless it exists, is visible to the
   principal and matches the filters; a shared record nobody owns cannot be changed: 403), or the
   records of a list (visible, matching the filters; a filter on a reference names a record that
   must exist);
4. runs the vendor's rule for the operation, if any (`@VENDOR.rule`): business rules on a `Step`;
5. writes through the store (ids, filled fields, defaults, uniqueness, references, cascades);
6. answers the record(s) through the resource's view (`@VENDOR.view`, default: the schema's
   properties), in the resource's envelope, a list one page at a time per `x-pagination`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, Final

import anyio.to_thread

from generator.mock.body import UploadedFile
from generator.mock.context import RequestContext, raw_request_path
from generator.mock.errors import MockSetupError
from generator.mock.paging import Page, Pager, request_url
from generator.mock.responses import MockResponse
from generator.mock.store import Collection, Record, equal
from generator.model import Api, Operation
from generator.model.mockresources import Binding, ResourceDecl, Source, success_status

Rule = Callable[[RequestContext[Any], "Step"], None]
"""A vendor's business rule for one bound operation: looks at the `Step`, changes it, or refuses."""
View = Callable[[RequestContext[Any], Record], Any]
"""How a vendor answers a record of one resource (default: the record schema's properties)."""

_NO_BODY: Final = frozenset({204, 304})


@dataclass(slots=True)
class Step:
    """What a bound operation is about to do, for a vendor rule to look at, change or refuse.

    - `values` (create, update, replace): the record fields about to be written;
    - `record` (read, update, replace, delete): the record found (not yet changed);
    - `records` (list): the records found, in list order, before paging (a rule may filter, order);
    - `headers`: added to the answer; `after`: callables run once the write is done.
    """

    action: str
    collection: Collection
    requester: str | None
    values: dict[str, Any] = field(default_factory=dict)
    record: Record | None = None
    records: list[Record] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    after: list[Callable[[], None]] = field(default_factory=list)


def requester_of(ctx: RequestContext[Any]) -> str | None:
    """Who owns what a request creates: the token's subject, else the presented credential (its
    hash: every API key is its own principal); None for an anonymous request."""
    principal = ctx.principal
    if principal is None:
        return None
    return principal.subject if principal.subject is not None else principal.credential_key


def default_view(collection: Collection, record: Record) -> Any:
    """The record as its schema declares it: the schema's properties the record has, in the
    schema's order (all of the record when the schema declares none)."""
    return collection.declared_view(record)


def enveloped(
    collection: Collection, data: Any, *, has_data: bool = True, members: Mapping[str, Any] | None = None
) -> Any:
    """`data` in the resource's envelope (as is, when it has none); `members` (a binding's
    `envelope.with`, e.g. the operation's own message) replace the resource's members."""
    envelope = collection.decl.envelope
    if envelope is None:
        return data if has_data else None
    return {**envelope.wrap(data, has_data=has_data), **(members or {})}


class BoundAction:
    """One binding of an operation, compiled at start-up."""

    def __init__(
        self,
        api: Api,
        operation: Operation,
        binding: Binding,
        rule: Rule | None,
        view: View | None,
        *,
        rule_off_loop: bool = False,
    ) -> None:
        decl = api.mock.resource(binding.resource)
        if decl is None:  # the model checked this; a hand-built spec may not have been
            raise MockSetupError(api.label, binding.pointer, f"no resource {binding.resource!r}")
        self.operation = operation
        self.binding = binding
        self.decl: ResourceDecl = decl
        self.rule = rule
        self.rule_off_loop = rule_off_loop
        self.view = view
        status = binding.status or success_status(operation)
        if status is None:
            raise MockSetupError(api.label, operation.location, "declares no 2xx response to answer with")
        self.status = status
        self.id_source = binding.id or self._only_path_parameter(api)
        # request field -> record field, for the fields a request may set (None: any field)
        self.inputs = self._inputs(api)
        # A replace sets every field its body may carry: from the body, or back to the default.
        replaced = self.inputs.values() if self.inputs is not None else (self._record_fields(api) or ())
        self.replaced = frozenset(replaced) if binding.action == "replace" else frozenset()
        self.pager = (
            Pager.of(operation, api.label, binding.previous_header) if binding.action == "list" else None
        )

    def _only_path_parameter(self, api: Api) -> Source | None:
        if self.binding.action in ("create", "list"):
            return None
        path = self.operation.parameters_in("path")
        if len(path) != 1:
            raise MockSetupError(
                api.label, self.binding.pointer, "names no id and the operation has no single path parameter"
            )
        return Source("path", path[0].name)

    def _inputs(self, api: Api) -> dict[str, str] | None:
        """The body fields a request may set, each with the record field it sets: the properties the
        body (or its `body` part) declares, under their record names (`request-names`), that the
        record has (see `_record_fields`). None: the body declares no properties, so any field of
        the record is taken."""
        body = self.operation.request_body
        requested: set[str] = set()
        declared = False
        for media in body.content if body is not None else ():
            schema = media.schema
            if self.binding.body is not None:
                schema = api.property_schema(schema, self.binding.body)
            properties = schema.node.get("properties") if schema is not None else None
            if isinstance(properties, dict):
                declared = True
                requested.update(properties)
        recorded = self._record_fields(api)
        if not declared:
            if recorded is None:
                return None
            renamed = {name: field for name, field in self.decl.request_names.items() if field in recorded}
            return {**{name: name for name in recorded}, **renamed}
        found = {name: self.decl.request_names.get(name, name) for name in sorted(requested)}
        return {name: field for name, field in found.items() if recorded is None or field in recorded}

    def _record_fields(self, api: Api) -> frozenset[str] | None:
        """The fields a record has: its schema's properties, references, unique fields, the key."""
        schema = api.schemas.get(self.decl.schema)
        properties = schema.node.get("properties") if schema is not None else None
        if not isinstance(properties, dict):
            return None
        fields = set(properties) | {ref.field for ref in self.decl.references}
        fields |= {name for rule in self.decl.unique for name in rule.fields}
        if self.decl.id.kind == "key":
            fields.add(self.decl.id.field)
        return frozenset(fields)

    # -- the request --------------------------------------------------------------------------------

    def fields(self, ctx: RequestContext[Any]) -> dict[str, Any]:
        """The body object (or its `body` part) the record's fields come from."""
        body = ctx.body if isinstance(ctx.body, dict) else {}
        if self.binding.body is not None:
            part = body.get(self.binding.body)
            return part if isinstance(part, dict) else {}
        return body

    def value(self, ctx: RequestContext[Any], source: Source) -> Any:
        if source.location == "path":
            return ctx.path.get(source.name)
        if source.location == "query":
            return ctx.query.get(source.name)
        return self.fields(ctx).get(source.name)

    def values(self, ctx: RequestContext[Any]) -> dict[str, Any]:
        """The record fields the request gives (see the module docstring, step 2)."""
        found: dict[str, Any] = {}
        for name, value in self.fields(ctx).items():
            if isinstance(value, UploadedFile):
                continue
            if self.binding.body is None and name in ctx.decoded:
                value = ctx.decoded[name]
            if self.inputs is None:
                found[self.decl.request_names.get(name, name)] = value
            elif name in self.inputs:
                found[self.inputs[name]] = value
        return found

    def filters(self, ctx: RequestContext[Any]) -> dict[str, Any]:
        if not self.binding.filters:  # most bindings
            return {}
        given = {name: self.value(ctx, source) for name, source in self.binding.filters.items()}
        return {name: value for name, value in given.items() if value is not None}

    # -- the answer ---------------------------------------------------------------------------------

    def render(self, ctx: RequestContext[Any], collection: Collection, record: Record) -> Any:
        return self.view(ctx, record) if self.view is not None else default_view(collection, record)

    def answer(
        self, ctx: RequestContext[Any], collection: Collection, record: Record | None, step: Step
    ) -> MockResponse:
        binding = self.binding
        if binding.answer == "value":
            return MockResponse(binding.value, self.status, headers=step.headers)
        if binding.answer == "empty" or record is None:
            body = (
                enveloped(collection, None, has_data=False, members=binding.envelope_with)
                if binding.envelope
                else None
            )
            if body is None or self.status in _NO_BODY:
                return MockResponse(
                    b"" if self.status not in _NO_BODY else None, self.status, step.headers, raw=True
                )
            return MockResponse(body, self.status, headers=step.headers)
        data = self.render(ctx, collection, record)
        return MockResponse(
            enveloped(collection, data, members=binding.envelope_with) if binding.envelope else data,
            self.status,
            headers=step.headers,
        )

    def list_answer(
        self, ctx: RequestContext[Any], collection: Collection, page: Page, step: Step
    ) -> MockResponse:
        items = [self.render(ctx, collection, record) for record in page.items]
        paging = self.operation.pagination
        body: Any = items
        if self.binding.envelope and collection.decl.envelope is not None:
            body = enveloped(collection, items, members=self.binding.envelope_with)
        elif paging is not None and paging.items:
            body = {paging.items[0]: items}
        if (
            paging is not None
            and paging.style == "cursor"
            and paging.next_cursor is not None
            and isinstance(body, dict)
        ):
            _set_dotted(body, paging.next_cursor, page.next_cursor)
        return MockResponse(body, self.status, headers={**step.headers, **page.headers})

    # -- the actions --------------------------------------------------------------------------------

    async def run(self, ctx: RequestContext[Any]) -> MockResponse:
        collection = ctx.store[self.binding.resource]
        requester = requester_of(ctx)
        step = Step(self.binding.action, collection, requester)
        filters = self.filters(ctx)
        if self.binding.action == "list":
            return await self.list_records(ctx, collection, step, filters)
        if self.binding.action == "create":
            step.values = {**self.values(ctx), **filters}
            if self.id_source is not None:
                step.values[collection.id_field] = self.value(ctx, self.id_source)
            await self._rule(ctx, step)
            return self._done(ctx, collection, collection.create(step.values, requester), step)
        assert self.id_source is not None
        wanted = self.value(ctx, self.id_source)
        found = collection.find(self.binding.key or collection.id_field, wanted, requester)
        if found is None or not all(_matches(found.get(name), value) for name, value in filters.items()):
            raise collection.not_found(wanted)
        step.record = record = found
        if self.binding.action != "read":
            collection.check_writable(record, requester)
        if self.binding.action in ("update", "replace"):
            step.values = self.values(ctx)
        await self._rule(ctx, step)
        if self.binding.action in ("update", "replace"):
            collection.update(record, step.values, requester, reset=self.replaced)
        elif self.binding.action == "delete":
            collection.delete(record)
        return self._done(ctx, collection, record, step)

    async def list_records(
        self, ctx: RequestContext[Any], collection: Collection, step: Step, filters: Mapping[str, Any]
    ) -> MockResponse:
        for name, value in filters.items():
            reference = self.decl.reference(name)
            parent = ctx.store[reference.resource] if reference is not None else None
            if (
                reference
                and parent
                and not isinstance(value, list)
                and parent.get(value, step.requester) is None
            ):
                raise collection.invalid_reference(reference, value)
        wanted = list(filters.items())
        step.records = collection.records(
            step.requester,
            where=(lambda record: all(_matches(record.get(name), value) for name, value in wanted))
            if wanted
            else None,
        )
        await self._rule(ctx, step)
        if self.pager is None:
            page = Page(step.records)
        else:
            given = (
                ctx.query
                if self.operation.pagination and self.operation.pagination.location == "query"
                else self.fields(ctx)
            )
            page = self.pager.page(step.records, given, lambda replaced: _url(ctx, replaced))
        return self.list_answer(ctx, collection, page, step)

    async def _rule(self, ctx: RequestContext[Any], step: Step) -> None:
        if self.rule is None:
            return
        if self.rule_off_loop:  # a long read (a search): other clients are answered meanwhile
            await anyio.to_thread.run_sync(self.rule, ctx, step)
        else:
            self.rule(ctx, step)

    def _done(
        self, ctx: RequestContext[Any], collection: Collection, record: Record, step: Step
    ) -> MockResponse:
        for then in step.after:
            then()
        return self.answer(ctx, collection, record, step)


class BoundOperation:
    """An operation's bindings: the first whose `when` parameter is present (or the last) answers."""

    def __init__(self, actions: list[BoundAction]) -> None:
        self.actions = actions

    async def __call__(self, ctx: RequestContext[Any]) -> MockResponse:
        for action in self.actions:
            when = action.binding.when
            if when is None or ctx.query.get(when) is not None:
                return await action.run(ctx)
        raise AssertionError("the last binding has no `when`")  # the model guarantees a fallback


def resource_handlers(
    api: Api,
    rules: Mapping[str, Rule] | None = None,
    views: Mapping[str, View] | None = None,
    off_loop: AbstractSet[str] = frozenset(),
) -> dict[str, BoundOperation]:
    """A handler for every operation bound to a declared resource (operation `x-mock`); the rules of
    the operations in `off_loop` run in a worker thread."""
    rules = rules or {}
    views = views or {}
    handlers: dict[str, BoundOperation] = {}
    for operation in api.operations:
        if operation.mock is None:
            continue
        rule = rules.get(operation.operation_id)
        handlers[operation.operation_id] = BoundOperation(
            [
                BoundAction(
                    api,
                    operation,
                    binding,
                    rule,
                    views.get(binding.resource),
                    rule_off_loop=operation.operation_id in off_loop,
                )
                for binding in operation.mock.bindings
            ]
        )
    return handlers


def _matches(stored: Any, wanted: Any) -> bool:
    """A filter value: equal, or any of a list of values (an exploded query parameter)."""
    if isinstance(wanted, list) and not isinstance(stored, list):
        return any(equal(stored, item) for item in wanted)
    return equal(stored, wanted)


def _url(ctx: RequestContext[Any], replaced: Mapping[str, str]) -> str:
    return request_url(
        ctx.base_url, raw_request_path(ctx.request.scope), ctx.request.query_params.multi_items(), replaced
    )


def _set_dotted(body: dict[str, Any], path: str, value: Any) -> None:
    node = body
    *parents, last = path.split(".")
    for name in parents:
        child = node.get(name)
        if not isinstance(child, dict):
            child = node[name] = {}
        node = child
    node[last] = value
