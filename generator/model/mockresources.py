"""Declared mock resources (root `x-mock.resources`) and operation bindings (operation `x-mock`), typed.

A resource is a collection of records the mock keeps; a binding says that an operation is a plain
create, read, list, update, replace or delete of one. The mock serves a bound operation with no
vendor Python (`generator/mock/resources.py` over `generator/mock/store.py`):

```yaml
x-mock:
  envelope: {field: data, with: {status: ok, message: success}}   # default of every resource
  resources:
    stories:
      schema: Story                       # components.schemas: the record's shape (answers keep its properties)
      id: {field: id, kind: integer}      # integer | uuid | guid | key (the client gives it)
      filled:                             # set by the server; a client's value is ignored
        ts_created: {now: "%Y-%m-%d %H:%M:%S"}
        ts_updated: {now: "%Y-%m-%d %H:%M:%S", on-update: true}
        views: {value: 0}
      defaults: {status: 1}               # when the client gives none
      owner: {field: user_id}             # records belong to the authenticated principal
      unique: [{fields: [title], status: 409}]
      references: {story_group_id: {resource: storyGroups, on-delete: cascade}}

paths: {/story: {get: {x-mock: {resource: stories, action: list, filters: {story_group_id: {query: story_group_id}}}}}}
```

`read_resources` / `read_bindings` check each declaration's own shape; `check_mock(api)` then checks
them against the spec (schemas, parameters, body properties and response headers they name). Every
problem is an `InputError` naming the file, the JSONPath and what was expected.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as default
from typing import TYPE_CHECKING, Any, Final, Literal

from generator.errors import InputError
from generator.model.pointers import jsonpath, pointer_join

if TYPE_CHECKING:
    from generator.model.api import Api, Operation

IdKind = Literal["integer", "uuid", "guid", "key"]
Action = Literal["create", "read", "list", "update", "replace", "delete"]
ID_KINDS: Final[tuple[IdKind, ...]] = ("integer", "uuid", "guid", "key")
ACTIONS: Final[tuple[Action, ...]] = ("create", "read", "list", "update", "replace", "delete")
GENERATORS: Final = ("serial", "uuid", "guid")
NOW_FORMATS: Final = ("schema", "date-time", "date", "unix", "unix-ms")
ON_DELETE: Final = ("cascade", "nullify", "restrict", "keep")
LOCATIONS: Final = ("path", "query", "body")
_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


@dataclass(frozen=True)
class IdSpec:
    """The record field that identifies a record, and who makes its value."""

    field: str = "id"
    kind: IdKind = "integer"
    start: int = 1  # the first integer id


@dataclass(frozen=True)
class Fill:
    """A server-filled field: `now` (a timestamp), `value` (a constant), `principal` (who asked) or
    `generate` (serial | uuid | guid); `on-update: true` sets it again on every update (`on: write`)."""

    field: str
    source: Literal["now", "value", "principal", "generate"]
    value: Any = None  # value: the constant; now: the format; generate: the generator
    on: Literal["create", "write"] = "create"


@dataclass(frozen=True)
class Ownership:
    """Records belong to the principal that created them; others' records answer not found.

    `field`: the record field holding the owner (else the owner is kept beside the record). A record
    without an owner (seeded) is hidden from everyone (`unowned: hidden`) or readable by everyone and
    changeable by nobody (`unowned: shared`, 403 on update, replace and delete)."""

    field: str | None = None
    unowned: Literal["hidden", "shared"] = "hidden"


@dataclass(frozen=True)
class SoftDelete:
    """Deleted records stay stored (ids are never reused) but are gone for every action; `field`
    gets `now` (a timestamp format, as `Fill`) or `value` when given."""

    field: str | None = None
    now: str | None = None
    value: Any = True


@dataclass(frozen=True)
class Unique:
    """No two visible records (of the same owner, when owned) share the values of `fields`."""

    fields: tuple[str, ...]
    status: int = 409  # 409 conflict, or 422 (a validation error of the first field)
    message: str | None = None


@dataclass(frozen=True)
class Reference:
    """`field` names a record of `resource`: it must exist (else `status`), and deleting that record
    `on_delete`: cascade (delete this one too), nullify, restrict (409) or keep."""

    field: str
    resource: str
    on_delete: Literal["cascade", "nullify", "restrict", "keep"] = "keep"
    status: int = 404  # 404 not found, or 422 (a validation error of the field)
    message: str | None = None


@dataclass(frozen=True)
class Envelope:
    """Answers wrapped as `{**with, field: <answer>}`; an answer without data is `with` alone."""

    field: str
    members: Mapping[str, Any] = default(default_factory=dict)

    def wrap(self, data: Any, *, has_data: bool = True) -> Any:
        return {**self.members, self.field: data} if has_data else dict(self.members)


@dataclass(frozen=True)
class ResourceDecl:
    """One entry of root `x-mock.resources`."""

    name: str
    pointer: str
    schema: str
    id: IdSpec = IdSpec()
    filled: tuple[Fill, ...] = ()
    defaults: Mapping[str, Any] = default(default_factory=dict)
    request_names: Mapping[str, str] = default(default_factory=dict)  # request field -> record field
    owner: Ownership | None = None
    soft_delete: SoftDelete | None = None
    unique: tuple[Unique, ...] = ()
    references: tuple[Reference, ...] = ()
    order: tuple[str, ...] = ()  # list order (default: creation order)
    messages: Mapping[str, str] = default(default_factory=dict)  # not-found, forbidden, conflict
    envelope: Envelope | None = None
    seed: tuple[Mapping[str, Any], ...] = ()

    def reference(self, name: str) -> Reference | None:
        return next((ref for ref in self.references if ref.field == name), None)


@dataclass(frozen=True)
class Source:
    """Where a request value comes from: a path or query parameter, or a field of the body."""

    location: Literal["path", "query", "body"]
    name: str

    def __str__(self) -> str:
        return f"{self.location} {self.name!r}"


@dataclass(frozen=True)
class Binding:
    """One operation `x-mock` entry: the operation is `action` on `resource`."""

    resource: str
    action: Action
    pointer: str
    id: Source | None = None  # read, update, replace, delete: where the id comes from
    key: str | None = None  # the record field the id is matched with (default: the resource's id field)
    filters: Mapping[str, Source] = default(default_factory=dict)  # record field -> request value
    body: str | None = None  # the body field holding the record's fields (a multipart `data` part)
    status: int | None = None  # success status (default: the operation's first declared 2xx)
    answer: Literal["record", "empty", "value"] = "record"
    value: Any = None  # answer: value -> this body
    envelope: bool = True  # False: answer without the resource's envelope
    envelope_with: Mapping[str, Any] = default(default_factory=dict)  # {with: ...}: members of this answer
    when: str | None = None  # chosen when this query parameter is present (several bindings)
    previous_header: str | None = None  # paged list: header holding the previous page's URL


@dataclass(frozen=True)
class OperationBinding:
    """An operation's `x-mock`: one binding, or several told apart by `when` (the last one without)."""

    bindings: tuple[Binding, ...]
    pointer: str


class _Reader:
    def __init__(self, label: str) -> None:
        self.label = label

    def error(self, pointer: str, message: str) -> InputError:
        return InputError(file=self.label, location=jsonpath(pointer), message=message)

    def mapping(
        self, raw: Any, pointer: str, expected: str, keys: frozenset[str] | None = None
    ) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            raise self.error(pointer, f"expected {expected}")
        if keys is not None:
            unknown = sorted(set(raw) - keys)
            if unknown:
                raise self.error(
                    pointer_join(pointer, unknown[0]), f"unknown key (allowed: {', '.join(sorted(keys))})"
                )
        return raw

    def name(self, raw: Any, pointer: str, what: str) -> str:
        if not isinstance(raw, str) or not _NAME.fullmatch(raw):
            raise self.error(pointer, f"expected {what} (a name)")
        return raw

    def names(self, raw: Any, pointer: str, what: str) -> tuple[str, ...]:
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not items:
            raise self.error(pointer, f"expected a list of {what}")
        return tuple(self.name(item, pointer_join(pointer, index), what) for index, item in enumerate(items))

    def status(self, raw: Any, pointer: str, allowed: tuple[int, ...]) -> int:
        if raw not in allowed or isinstance(raw, bool):
            raise self.error(pointer, f"expected one of {', '.join(map(str, allowed))}")
        return int(raw)

    def message(self, raw: Any, pointer: str) -> str | None:
        if raw is not None and not isinstance(raw, str):
            raise self.error(pointer, "expected the message text")
        return raw

    def now_format(self, raw: Any, pointer: str) -> str:
        if not isinstance(raw, str) or not (raw in NOW_FORMATS or "%" in raw):
            raise self.error(
                pointer, f"expected a timestamp format: {' | '.join(NOW_FORMATS)} or a strftime pattern"
            )
        return raw

    # -- resources ------------------------------------------------------------------------------

    def resource(self, name: str, raw: Any, pointer: str, default_envelope: Envelope | None) -> ResourceDecl:
        raw = self.mapping(raw, pointer, "a resource {schema, id, filled, owner, ...}", _RESOURCE_KEYS)
        self.name(name, pointer, "a resource name")
        if "schema" not in raw:
            raise self.error(
                pointer_join(pointer, "schema"), "missing: the components.schemas name of a record"
            )
        schema = self.name(raw["schema"], pointer_join(pointer, "schema"), "a components.schemas name")
        decl_id = self.id_spec(raw.get("id"), pointer_join(pointer, "id"))
        filled = self.filled(raw.get("filled"), pointer_join(pointer, "filled"))
        if any(fill.field == decl_id.field for fill in filled):
            raise self.error(
                pointer_join(pointer, "filled", decl_id.field), "the id field is filled by its kind"
            )
        envelope = default_envelope
        if "envelope" in raw:
            envelope = self.envelope(raw["envelope"], pointer_join(pointer, "envelope"))
        return ResourceDecl(
            name=name,
            pointer=pointer,
            schema=schema,
            id=decl_id,
            filled=filled,
            defaults=dict(
                self.mapping(raw.get("defaults") or {}, pointer_join(pointer, "defaults"), "field: value")
            ),
            request_names=self.request_names(
                raw.get("request-names"), pointer_join(pointer, "request-names")
            ),
            owner=self.owner(raw.get("owner"), pointer_join(pointer, "owner")),
            soft_delete=self.soft_delete(raw.get("soft-delete"), pointer_join(pointer, "soft-delete")),
            unique=self.unique(raw.get("unique"), pointer_join(pointer, "unique")),
            references=self.references(raw.get("references"), pointer_join(pointer, "references")),
            order=self.names(raw["order"], pointer_join(pointer, "order"), "field names")
            if "order" in raw
            else (),
            messages=self.messages(raw.get("messages"), pointer_join(pointer, "messages")),
            envelope=envelope,
            seed=self.seed(raw.get("seed"), pointer_join(pointer, "seed")),
        )

    def id_spec(self, raw: Any, pointer: str) -> IdSpec:
        if raw is None:
            return IdSpec()
        raw = self.mapping(raw, pointer, "{field, kind: integer | uuid | guid | key, start}", _ID_KEYS)
        kind = raw.get("kind", "integer")
        if kind not in ID_KINDS:
            raise self.error(pointer_join(pointer, "kind"), f"expected {' | '.join(ID_KINDS)}")
        start = raw.get("start", 1)
        if not isinstance(start, int) or isinstance(start, bool) or (kind != "integer" and "start" in raw):
            raise self.error(
                pointer_join(pointer, "start"), "expected the first integer id (integer ids only)"
            )
        return IdSpec(
            field=self.name(raw.get("field", "id"), pointer_join(pointer, "field"), "a field"),
            kind=kind,
            start=start,
        )

    def filled(self, raw: Any, pointer: str) -> tuple[Fill, ...]:
        found = []
        for name, entry in self.mapping(
            raw or {}, pointer, "field: {now | value | principal | generate}"
        ).items():
            at = pointer_join(pointer, name)
            self.name(name, at, "a field")
            entry = self.mapping(
                entry,
                at,
                "{now: <format>} | {value: <json>} | {principal: true} | {generate: serial | uuid | guid}",
                _FILL_KEYS,
            )
            sources = [key for key in ("now", "value", "principal", "generate") if key in entry]
            if len(sources) != 1:
                raise self.error(at, "expected exactly one of now, value, principal, generate")
            source = sources[0]
            value: Any = entry[source]
            if source == "now":
                value = self.now_format(value, pointer_join(at, "now"))
            elif source == "generate" and value not in GENERATORS:
                raise self.error(pointer_join(at, "generate"), f"expected {' | '.join(GENERATORS)}")
            elif source == "principal" and value is not True:
                raise self.error(pointer_join(at, "principal"), "expected true")
            refresh = entry.get("on-update", False)
            if not isinstance(refresh, bool):
                raise self.error(
                    pointer_join(at, "on-update"), "expected true (set again on every update) or false"
                )
            found.append(Fill(field=name, source=source, value=value, on="write" if refresh else "create"))  # type: ignore[arg-type]
        return tuple(found)

    def request_names(self, raw: Any, pointer: str) -> dict[str, str]:
        names = self.mapping(raw or {}, pointer, "request field: record field")
        return {
            self.name(key, pointer_join(pointer, key), "a request field"): self.name(
                value, pointer_join(pointer, key), "a record field"
            )
            for key, value in names.items()
        }

    def owner(self, raw: Any, pointer: str) -> Ownership | None:
        if raw is None or raw is False:
            return None
        if raw is True:
            return Ownership()
        raw = self.mapping(raw, pointer, "true or {field, unowned: hidden | shared}", _OWNER_KEYS)
        unowned = raw.get("unowned", "hidden")
        if unowned not in ("hidden", "shared"):
            raise self.error(pointer_join(pointer, "unowned"), "expected hidden | shared")
        owner_field = raw.get("field")
        if owner_field is not None:
            self.name(owner_field, pointer_join(pointer, "field"), "a field")
        return Ownership(field=owner_field, unowned=unowned)

    def soft_delete(self, raw: Any, pointer: str) -> SoftDelete | None:
        if raw is None or raw is False:
            return None
        if raw is True:
            return SoftDelete()
        raw = self.mapping(raw, pointer, "true or {field, now | value}", _SOFT_DELETE_KEYS)
        if "now" in raw and "value" in raw:
            raise self.error(pointer, "expected one of now, value")
        soft_field = raw.get("field")
        if soft_field is None and ("now" in raw or "value" in raw):
            raise self.error(pointer_join(pointer, "field"), "missing: the field that marks a deleted record")
        return SoftDelete(
            field=self.name(soft_field, pointer_join(pointer, "field"), "a field")
            if soft_field is not None
            else None,
            now=self.now_format(raw["now"], pointer_join(pointer, "now")) if "now" in raw else None,
            value=raw.get("value", True),
        )

    def unique(self, raw: Any, pointer: str) -> tuple[Unique, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise self.error(pointer, "expected a list of field names or {fields, status, message}")
        found = []
        for index, entry in enumerate(raw):
            at = pointer_join(pointer, index)
            if isinstance(entry, str):
                found.append(Unique(fields=(self.name(entry, at, "a field"),)))
                continue
            entry = self.mapping(entry, at, "a field name or {fields, status, message}", _UNIQUE_KEYS)
            found.append(
                Unique(
                    fields=self.names(entry.get("fields"), pointer_join(at, "fields"), "field names"),
                    status=self.status(entry.get("status", 409), pointer_join(at, "status"), (409, 422)),
                    message=self.message(entry.get("message"), pointer_join(at, "message")),
                )
            )
        return tuple(found)

    def references(self, raw: Any, pointer: str) -> tuple[Reference, ...]:
        found = []
        for name, entry in self.mapping(
            raw or {}, pointer, "field: {resource, on-delete, status, message}"
        ).items():
            at = pointer_join(pointer, name)
            self.name(name, at, "a field")
            if isinstance(entry, str):
                entry = {"resource": entry}
            entry = self.mapping(
                entry, at, "a resource name or {resource, on-delete, status, message}", _REFERENCE_KEYS
            )
            on_delete = entry.get("on-delete", "keep")
            if on_delete not in ON_DELETE:
                raise self.error(pointer_join(at, "on-delete"), f"expected {' | '.join(ON_DELETE)}")
            found.append(
                Reference(
                    field=name,
                    resource=self.name(entry.get("resource"), pointer_join(at, "resource"), "a resource"),
                    on_delete=on_delete,
                    status=self.status(entry.get("status", 404), pointer_join(at, "status"), (404, 422)),
                    message=self.message(entry.get("message"), pointer_join(at, "message")),
                )
            )
        return tuple(found)

    def messages(self, raw: Any, pointer: str) -> dict[str, str]:
        messages = self.mapping(raw or {}, pointer, "{not-found, forbidden, conflict}: text", _MESSAGE_KEYS)
        for key, text in messages.items():
            if not isinstance(text, str):
                raise self.error(pointer_join(pointer, key), "expected the message text")
        return dict(messages)

    def envelope(self, raw: Any, pointer: str) -> Envelope | None:
        if raw is None or raw is False:
            return None
        raw = self.mapping(raw, pointer, "{field, with: {member: value}}", _ENVELOPE_KEYS)
        envelope_field = self.name(
            raw.get("field"), pointer_join(pointer, "field"), "the answer's field holding the data"
        )
        members = self.mapping(raw.get("with") or {}, pointer_join(pointer, "with"), "member: value")
        return Envelope(field=envelope_field, members=dict(members))

    def seed(self, raw: Any, pointer: str) -> tuple[Mapping[str, Any], ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list) or not all(isinstance(item, Mapping) for item in raw):
            raise self.error(pointer, "expected a list of records")
        return tuple(dict(item) for item in raw)

    # -- bindings -------------------------------------------------------------------------------

    def source(self, raw: Any, pointer: str) -> Source:
        raw = self.mapping(
            raw, pointer, "{path: <name>} | {query: <name>} | {body: <field>}", frozenset(LOCATIONS)
        )
        if len(raw) != 1:
            raise self.error(pointer, "expected exactly one of path, query, body")
        location, name = next(iter(raw.items()))
        if not isinstance(name, str) or not name:
            raise self.error(pointer_join(pointer, location), "expected a parameter or field name")
        return Source(location=location, name=name)

    def binding(self, raw: Any, pointer: str) -> Binding:
        raw = self.mapping(raw, pointer, "{resource, action, id, filters, ...}", _BINDING_KEYS)
        for required in ("resource", "action"):
            if required not in raw:
                raise self.error(pointer_join(pointer, required), f"missing: the binding's {required}")
        action = raw["action"]
        if action not in ACTIONS:
            raise self.error(pointer_join(pointer, "action"), f"expected {' | '.join(ACTIONS)}")
        filters = self.mapping(
            raw.get("filters") or {},
            pointer_join(pointer, "filters"),
            "record field: {path | query | body: name}",
        )
        answer = raw.get("answer", "empty" if action == "delete" else "record")
        value = None
        if isinstance(answer, Mapping):
            answer = self.mapping(
                answer,
                pointer_join(pointer, "answer"),
                "record | empty | {value: <json>}",
                frozenset({"value"}),
            )
            value, answer = answer.get("value"), "value"
        elif answer not in ("record", "empty"):
            raise self.error(pointer_join(pointer, "answer"), "expected record | empty | {value: <json>}")
        status = raw.get("status")
        if status is not None and (
            not isinstance(status, int) or isinstance(status, bool) or not 200 <= status < 300
        ):
            raise self.error(pointer_join(pointer, "status"), "expected a 2xx status")
        envelope = raw.get("envelope", True)
        envelope_with: Mapping[str, Any] = {}
        if isinstance(envelope, Mapping):
            where = pointer_join(pointer, "envelope")
            given = self.mapping(envelope, where, "{with: {member: value}}", frozenset({"with"}))
            envelope_with = dict(
                self.mapping(given.get("with"), pointer_join(where, "with"), "member: value")
            )
            envelope = True
        if not isinstance(envelope, bool):
            raise self.error(
                pointer_join(pointer, "envelope"), "expected true, false or {with: {member: value}}"
            )
        return Binding(
            resource=self.name(
                raw["resource"], pointer_join(pointer, "resource"), "a resource of x-mock.resources"
            ),
            action=action,
            pointer=pointer,
            id=self.source(raw["id"], pointer_join(pointer, "id")) if "id" in raw else None,
            key=self.name(raw["key"], pointer_join(pointer, "key"), "a record field")
            if "key" in raw
            else None,
            filters={
                self.name(name, pointer_join(pointer, "filters", name), "a record field"): self.source(
                    source, pointer_join(pointer, "filters", name)
                )
                for name, source in filters.items()
            },
            body=self.name(raw["body"], pointer_join(pointer, "body"), "a body field")
            if "body" in raw
            else None,
            status=status,
            answer=answer,
            value=value,
            envelope=envelope,
            envelope_with=envelope_with,
            when=self.name(raw["when"], pointer_join(pointer, "when"), "a query parameter")
            if "when" in raw
            else None,
            previous_header=(
                self.message(raw["previous-header"], pointer_join(pointer, "previous-header"))
                if "previous-header" in raw
                else None
            ),
        )


_RESOURCE_KEYS: Final = frozenset(
    {
        "schema",
        "id",
        "filled",
        "defaults",
        "request-names",
        "owner",
        "soft-delete",
        "unique",
        "references",
        "order",
        "messages",
        "envelope",
        "seed",
        "description",
    }
)
_ID_KEYS: Final = frozenset({"field", "kind", "start"})
_FILL_KEYS: Final = frozenset({"now", "value", "principal", "generate", "on-update"})
_OWNER_KEYS: Final = frozenset({"field", "unowned"})
_SOFT_DELETE_KEYS: Final = frozenset({"field", "now", "value"})
_UNIQUE_KEYS: Final = frozenset({"fields", "status", "message"})
_REFERENCE_KEYS: Final = frozenset({"resource", "on-delete", "status", "message"})
_MESSAGE_KEYS: Final = frozenset({"not-found", "forbidden", "conflict"})
_ENVELOPE_KEYS: Final = frozenset({"field", "with"})
_BINDING_KEYS: Final = frozenset(
    {
        "resource",
        "action",
        "id",
        "key",
        "filters",
        "body",
        "status",
        "answer",
        "envelope",
        "when",
        "previous-header",
        "description",
    }
)


def read_resources(
    raw: Any, envelope: Any, label: str, root: str
) -> tuple[tuple[ResourceDecl, ...], Envelope | None]:
    """Root `x-mock.resources` and the default envelope `x-mock.envelope` (`root` points at `x-mock`)."""
    reader = _Reader(label)
    default = reader.envelope(envelope, pointer_join(root, "envelope"))
    where = pointer_join(root, "resources")
    declared = reader.mapping(raw or {}, where, "a mapping of resource names to {schema, id, ...}")
    return (
        tuple(
            reader.resource(name, entry, pointer_join(where, name), default)
            for name, entry in declared.items()
        ),
        default,
    )


def read_bindings(raw: Any, label: str, pointer: str) -> OperationBinding | None:
    """An operation's `x-mock` (None when it has none): one binding or a list told apart by `when`."""
    if raw is None:
        return None
    reader = _Reader(label)
    if isinstance(raw, Mapping):
        bindings: tuple[Binding, ...] = (reader.binding(raw, pointer),)
    elif isinstance(raw, list) and raw:
        bindings = tuple(
            reader.binding(entry, pointer_join(pointer, index)) for index, entry in enumerate(raw)
        )
    else:
        raise reader.error(pointer, "expected a binding {resource, action, ...} or a list of them")
    for binding in bindings[:-1]:
        if binding.when is None:
            raise reader.error(
                pointer_join(binding.pointer, "when"),
                "missing: every binding but the last names the query parameter that chooses it",
            )
    if bindings[-1].when is not None:
        raise reader.error(
            pointer_join(bindings[-1].pointer, "when"), "the last binding is the fallback: no `when`"
        )
    return OperationBinding(bindings=bindings, pointer=pointer)


# -- against the spec -----------------------------------------------------------------------------


def success_status(operation: Operation) -> int | None:
    """The lowest 2xx status the operation declares (what a binding answers by default)."""
    return min((int(r.status) for r in operation.success_responses()), default=None)


def check_mock(api: Api) -> None:
    """The declared resources and every operation's bindings against the spec they sit in."""
    checker = _Checker(api)
    for resource in api.mock.resources:
        checker.resource(resource)
    for operation in api.operations:
        if operation.mock is not None:
            for binding in operation.mock.bindings:
                checker.binding(operation, binding)


class _Checker:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.reader = _Reader(api.label)
        self.resources = {resource.name: resource for resource in api.mock.resources}

    def error(self, pointer: str, message: str) -> InputError:
        return self.reader.error(pointer, message)

    def properties(self, resource: ResourceDecl) -> frozenset[str] | None:
        """The record schema's properties (None: it declares none, so any field is fine)."""
        properties = self.api.schemas[resource.schema].node.get("properties")
        return frozenset(properties) if isinstance(properties, dict) else None

    def resource(self, resource: ResourceDecl) -> None:
        if resource.schema not in self.api.schemas:
            raise self.error(
                pointer_join(resource.pointer, "schema"),
                f"no schema {resource.schema!r} in components.schemas",
            )
        properties = self.properties(resource)
        if properties is not None:  # a reference may be a field the answers do not show
            properties = properties | {reference.field for reference in resource.references}
        answered: list[tuple[str, str]] = [
            *((fill.field, pointer_join(resource.pointer, "filled", fill.field)) for fill in resource.filled),
            *((name, pointer_join(resource.pointer, "defaults", name)) for name in resource.defaults),
            *((name, pointer_join(resource.pointer, "order")) for name in resource.order),
        ]
        if resource.owner is not None and resource.owner.field is not None:
            answered.append((resource.owner.field, pointer_join(resource.pointer, "owner", "field")))
        for name, where in answered:
            if properties is not None and name not in properties:
                raise self.error(
                    where, f"{name!r} is neither a property of schema {resource.schema!r} nor a reference"
                )
        for reference in resource.references:
            if reference.resource not in self.resources:
                raise self.error(
                    pointer_join(resource.pointer, "references", reference.field, "resource"),
                    f"no resource {reference.resource!r} in x-mock.resources",
                )
        for index, record in enumerate(resource.seed):
            if resource.id.kind == "key" and resource.id.field not in record:
                raise self.error(
                    pointer_join(resource.pointer, "seed", index),
                    f"a seeded record needs its key {resource.id.field!r}",
                )

    def binding(self, operation: Operation, binding: Binding) -> None:
        resource = self.resources.get(binding.resource)
        if resource is None:
            raise self.error(
                pointer_join(binding.pointer, "resource"),
                f"no resource {binding.resource!r} in x-mock.resources",
            )
        needs_id = binding.action in ("read", "update", "replace", "delete")
        if binding.id is not None:
            if binding.action == "list" or (binding.action == "create" and resource.id.kind != "key"):
                raise self.error(
                    pointer_join(binding.pointer, "id"),
                    f"a {binding.action} takes no id"
                    + (" (the resource's ids are made by the server)" if binding.action == "create" else ""),
                )
            self.source(operation, binding, binding.id, pointer_join(binding.pointer, "id"))
        elif needs_id:
            path = operation.parameters_in("path")
            if len(path) != 1:
                raise self.error(
                    pointer_join(binding.pointer, "id"),
                    f"missing: where the id comes from ({{path | query | body: name}}; the operation has "
                    f"{len(path)} path parameters)",
                )
        for name, source in binding.filters.items():
            self.source(operation, binding, source, pointer_join(binding.pointer, "filters", name))
        if binding.when is not None and operation.parameter(binding.when, "query") is None:
            raise self.error(
                pointer_join(binding.pointer, "when"),
                f"the operation has no query parameter {binding.when!r}",
            )
        if binding.body is not None and self.body_property(operation, None, binding.body) is None:
            raise self.error(
                pointer_join(binding.pointer, "body"), f"the request body has no property {binding.body!r}"
            )
        status = binding.status or success_status(operation)
        if status is None or str(status) not in operation.responses:
            raise self.error(
                pointer_join(binding.pointer, "status"),
                f"the operation declares no {status or '2xx'} response to answer with",
            )
        if binding.previous_header is not None and (binding.action != "list" or operation.pagination is None):
            raise self.error(
                pointer_join(binding.pointer, "previous-header"),
                "only a paged list (x-pagination) has a previous page",
            )
        if binding.action == "list":
            self.paging(operation, binding, resource, str(status))

    def paging(self, operation: Operation, binding: Binding, resource: ResourceDecl, status: str) -> None:
        """The headers a paged list sends are declared by the answer; a cursor field has an object to sit in."""
        paging = operation.pagination
        if paging is None:
            return
        sent = [paging.total_header, paging.next_header, binding.previous_header]
        if paging.style == "link":
            sent.append("Link")
        declared = {header.name.lower() for header in operation.responses[status].headers}
        for header in sent:
            if header is not None and header.lower() not in declared:
                raise self.error(
                    pointer_join(operation.pointer, "responses", status, "headers"),
                    f"the paged list of {binding.resource!r} sends {header} ({paging.style} paging): declare it",
                )
        enveloped = binding.envelope and resource.envelope is not None
        if paging.next_cursor is not None and not enveloped and not paging.items:
            raise self.error(
                pointer_join(operation.pointer, "x-pagination", "next-cursor"),
                "a cursor in the answer needs an object answer: an envelope or x-pagination.items",
            )

    def source(self, operation: Operation, binding: Binding, source: Source, pointer: str) -> None:
        if source.location in ("path", "query"):
            if operation.parameter(source.name, source.location) is None:
                raise self.error(pointer, f"the operation has no {source.location} parameter {source.name!r}")
        elif self.body_property(operation, binding.body, source.name) is None:
            where = f"the body's {binding.body!r} part" if binding.body else "the request body"
            raise self.error(pointer, f"{where} has no property {source.name!r}")

    def body_property(self, operation: Operation, within: str | None, name: str) -> object | None:
        """The schema of body property `name` (inside property `within`), in any of the body's media types."""
        body = operation.request_body
        if body is None:
            return None
        for media in body.content:
            schema = media.schema
            if within is not None:
                schema = self.api.property_schema(schema, within)
            found = self.api.property_schema(schema, name)
            if found is not None:
                return found
        return None
