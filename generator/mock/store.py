"""The mock's records: one in-memory collection per declared resource (root `x-mock.resources`).

The store keeps the data rules a declaration states, whoever writes (the generic handlers of
`resources.py` or a vendor's business rules): ids of the declared kind, server-filled fields,
defaults, ownership by a principal, uniqueness, references between resources (must exist; cascade,
nullify or restrict on delete) and soft deletes. It knows nothing of HTTP requests; a refusal is a
`MockError` (404, 403, 409, 422) that the engine renders in the vendor's style.

Records are plain dicts, stored in creation order, each with its keys in the record schema's
order (undeclared keys last) so that a view of one is a plain copy; the owner and the deleted mark
are kept beside a record, not in it (unless the declaration names an owner field). Every record a
caller gets is the stored dict itself: views copy what they answer. Unique fields are indexed, so a create costs the
same with ten records stored or a hundred thousand (a load test creates that many): a field a
`unique` rule covers is changed through `update`, never on the dict directly.
"""

from __future__ import annotations

import copy
import json
import math
import random
import time
import uuid
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from generator.mock.errors import (
    MockError,
    MockSetupError,
    field_error,
    forbidden,
    not_found,
    validation_error,
)
from generator.mock.ids import ascii_int
from generator.model import Api
from generator.model.mockresources import Fill, Reference, ResourceDecl, Unique

Record = dict[str, Any]
Clock = Callable[[], float]

CONFLICT_MESSAGE: Final = "{field} {value!r} is already in use."
INVALID_REFERENCE_MESSAGE: Final = "{field} {value!r} names nothing."


@dataclass(slots=True)
class _Entry:
    record: Record
    owner: str | None
    deleted: bool = False


_IMMUTABLE: Final = (str, int, float, type(None))


def fresh_copy(value: Any) -> Any:
    """A copy of a declared value no record shares with another: `copy.deepcopy`, except for what
    most defaults are, immutable scalars and empty lists and objects (deepcopy's machinery was a
    tenth of a create's work)."""
    if isinstance(value, _IMMUTABLE):
        return value
    if not value and type(value) in (list, dict):
        return type(value)()
    return copy.deepcopy(value)


def timestamp(now: float, format: str, node: Mapping[str, Any] | None = None) -> Any:
    """`now` (Unix seconds) written in `format`: date-time | date | unix | unix-ms | a strftime
    pattern, or `schema`: as the field's schema types it (integer: Unix seconds, number: with the
    fraction, format date: the date, otherwise an RFC 3339 date-time)."""
    if format == "schema":
        node = node or {}
        kind = node.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "integer" in kinds:
            format = "unix"
        elif "number" in kinds:
            return now
        else:
            format = "date" if node.get("format") == "date" else "date-time"
    if format == "unix":
        return math.floor(now)
    if format == "unix-ms":
        return math.floor(now * 1000)
    if format == "date-time":
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))
    if format == "date":
        return time.strftime("%Y-%m-%d", time.gmtime(now))
    return time.strftime(format, time.gmtime(now))


def _typed(value: str, node: Mapping[str, Any] | None) -> Any:
    """A principal's id as the field's schema types it (an integer user id stays an integer)."""
    kind = (node or {}).get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    number = ascii_int(value.removeprefix("-"))
    if "integer" in kinds and number is not None:
        return -number if value.startswith("-") else number
    return value


_SHAPES: Final = 256
"""How many record shapes a collection remembers (`Collection._shape`): bounded, not a leak, when
clients write records of ever new shapes."""


@dataclass(frozen=True, slots=True)
class _Shape:
    """How records with one shape (the same keys in the same order) stand to the declared schema."""

    declared: tuple[str, ...]  # the schema's properties they have, in the schema's order
    undeclared: tuple[str, ...]  # their other keys, in their order
    canonical: bool  # the keys are already `declared` then `undeclared`: how the store keeps them

    @classmethod
    def of(cls, keys: tuple[str, ...], properties: Mapping[str, Any]) -> _Shape:
        present = set(keys)
        declared = tuple(name for name in properties if name in present)
        undeclared = tuple(name for name in keys if name not in properties)
        return cls(declared, undeclared, keys == declared + undeclared)


class Collection:
    """The records of one declared resource."""

    def __init__(self, decl: ResourceDecl, store: Store, properties: Mapping[str, Mapping[str, Any]]) -> None:
        self.decl = decl
        self.name = decl.name
        self.store = store
        self.properties = properties  # the record schema's properties, resolved (empty: none declared)
        # Read on every write and lookup: plain attributes, not properties of `decl`.
        self.id_field: Final = decl.id.field
        self._folds_case: Final = decl.id.kind in ("uuid", "guid")
        self._entries: dict[Any, _Entry] = {}
        # per `unique` rule: (owner, the values' identities) -> keys of the live records holding them
        self._unique: list[dict[tuple[Hashable, ...], set[Any]]] = [{} for _ in decl.unique]
        self._next_id = decl.id.start
        self._serials: dict[str, int] = {}
        self._random = random.Random(f"{store.seed}-{decl.name}")
        # What only the server writes (filled fields; the id too unless it is a key), made once.
        filled = frozenset(fill.field for fill in decl.filled)
        self._server_fields = {True: filled, False: filled | {decl.id.field}}
        self._shapes: dict[tuple[str, ...], _Shape] = {}

    # -- identity ---------------------------------------------------------------------------------

    def key(self, value: Any) -> Any:
        """The dictionary key of an id (UUIDs and GUIDs compare case-insensitively)."""
        if self._folds_case and isinstance(value, str):
            return value.lower()
        return value

    def _generate(self, generator: str, counter: str) -> Any:
        if generator == "serial":
            number = self._serials.get(counter, 1)
            self._serials[counter] = number + 1
            return number
        made = str(uuid.UUID(int=self._random.getrandbits(128), version=4))
        return made.upper() if generator == "guid" else made

    def new_id(self) -> Any:
        kind = self.decl.id.kind
        if kind == "integer":
            while self._next_id in self._entries:
                self._next_id += 1
            self._next_id += 1
            return self._next_id - 1
        if kind == "key":
            raise MockSetupError(self.name, self.decl.pointer, "a key is given by the client, never made")
        return self._generate(kind, self.id_field)

    # -- who sees what ----------------------------------------------------------------------------

    def owner_of(self, record: Record) -> str | None:
        entry = self._entries.get(self.key(record.get(self.id_field)))
        return entry.owner if entry is not None else None

    def _visible(self, entry: _Entry, requester: str | None) -> bool:
        if entry.deleted:
            return False
        ownership = self.decl.owner
        if ownership is None:
            return True
        if entry.owner is None:
            return ownership.unowned == "shared"
        return entry.owner == requester

    def records(
        self,
        requester: str | None = None,
        *,
        everyone: bool = False,
        where: Callable[[Record], bool] | None = None,
    ) -> list[Record]:
        """The records `requester` may see (every live record when `everyone`), in list order; with
        `where`, only those it keeps, chosen before sorting so that a filter keeping a few of many
        records sorts only those few."""
        if everyone and where is None:  # a vendor's own walk (a search): one test per record
            found = [entry.record for entry in self._entries.values() if not entry.deleted]
        else:
            found = [
                entry.record
                for entry in self._entries.values()
                if not entry.deleted
                and (everyone or self._visible(entry, requester))
                and (where is None or where(entry.record))
            ]
        if self.decl.order and len(found) > 1:
            order = self.decl.order
            if len(order) == 1:
                (name,) = order
                found.sort(key=lambda record: _order_key(record.get(name)))
            else:
                found.sort(key=lambda record: tuple(_order_key(record.get(name)) for name in order))
        return found

    def declared_view(self, record: Record) -> Record:
        """A copy of the record holding the schema's properties it has, in the schema's order (all of
        the record when the schema declares none).

        The store keeps each record's keys in that order (`_in_declared_order`), so the copy is a
        plain `dict` copy, made by C code: picking Mediagraph's 25 of 40 asset properties by name
        took 6 us a record, the copy 1.8 us. A record a vendor rule gave a new key directly is
        picked by name."""
        if not self.properties:
            return dict(record)
        shape = self._shape(record)
        if not shape.canonical:
            return {name: record[name] for name in shape.declared}
        view = dict(record)
        for name in shape.undeclared:
            del view[name]
        return view

    def _shape(self, record: Record) -> _Shape:
        keys = tuple(record)
        shape = self._shapes.get(keys)
        if shape is None:
            if len(self._shapes) >= _SHAPES:
                self._shapes.clear()
            shape = self._shapes[keys] = _Shape.of(keys, self.properties)
        return shape

    def _in_declared_order(self, record: Record) -> Record:
        """`record`, or a copy of it with its keys in the schema's order (undeclared keys last)."""
        if not self.properties:
            return record
        shape = self._shape(record)
        if shape.canonical:
            return record
        return {name: record[name] for name in (*shape.declared, *shape.undeclared)}

    def get(self, value: Any, requester: str | None = None, *, everyone: bool = False) -> Record | None:
        """The record with this id if `requester` may see it (any live one when `everyone`)."""
        try:
            entry = self._entries.get(self.key(value))
        except TypeError:  # an unhashable value names nothing
            return None
        if entry is None or entry.deleted or not (everyone or self._visible(entry, requester)):
            return None
        return entry.record

    def find(
        self, field: str, value: Any, requester: str | None = None, *, everyone: bool = False
    ) -> Record | None:
        """The first visible record whose `field` equals `value` (the id field: a direct lookup)."""
        if field == self.id_field:
            return self.get(value, requester, everyone=everyone)
        return next(
            (r for r in self.records(requester, everyone=everyone) if equal(r.get(field), value)), None
        )

    def require(self, value: Any, requester: str | None = None, *, field: str | None = None) -> Record:
        """As `find` (by `field`, default the id), or 404 not found."""
        record = self.find(field or self.id_field, value, requester)
        if record is None:
            raise self.not_found(value)
        return record

    def not_found(self, value: Any) -> MockError:
        message = self.decl.messages.get("not-found")
        return not_found(_format(message, id=value)) if message is not None else not_found()

    def check_writable(self, record: Record, requester: str | None) -> None:
        """A shared record nobody owns (`owner.unowned: shared`) is read-only: 403."""
        if self.decl.owner is not None and self.owner_of(record) is None:
            message = self.decl.messages.get("forbidden")
            raise forbidden(_format(message, id=record.get(self.id_field))) if message else forbidden()

    # -- writes -----------------------------------------------------------------------------------

    def _fill(
        self, record: Record, fills: Iterable[Fill], requester: str | None, *, missing_only: bool
    ) -> None:
        for fill in fills:
            if missing_only and fill.field in record:
                continue
            node = self.properties.get(fill.field)
            if fill.source == "now":
                record[fill.field] = timestamp(self.store.clock(), str(fill.value), node)
            elif fill.source == "value":
                record[fill.field] = fresh_copy(fill.value)
            elif fill.source == "principal":
                record[fill.field] = _typed(requester, node) if requester is not None else None
            else:
                record[fill.field] = self._generate(str(fill.value), fill.field)

    def _writable(self, values: Mapping[str, Any], *, keep_id: bool) -> Record:
        """`values` without what only the server writes (the id unless it is a key, filled fields)."""
        server = self._server_fields[keep_id]
        return {name: value for name, value in values.items() if name not in server}

    def create(self, values: Mapping[str, Any], requester: str | None = None) -> Record:
        """A new record from the client's `values`, owned by `requester` when the resource is owned."""
        record: Record = {}
        is_key = self.decl.id.kind == "key"
        if not is_key:
            record[self.id_field] = None  # placeholder: the id comes first in the record
        if self.decl.defaults:
            record.update({name: fresh_copy(value) for name, value in self.decl.defaults.items()})
        record.update(self._writable(values, keep_id=is_key))
        self._fill(record, self.decl.filled, requester, missing_only=False)
        owner = requester if self.decl.owner is not None else None
        if self.decl.owner is not None and self.decl.owner.field is not None:
            record[self.decl.owner.field] = (
                _typed(requester, self.properties.get(self.decl.owner.field)) if requester else None
            )
        if is_key:
            if record.get(self.id_field) is None:
                raise field_error(self.id_field, f"{self.id_field} is required.")
            taken = self._entries.get(self.key(record[self.id_field]))
            if taken is not None and not taken.deleted:
                rule = next((u for u in self.decl.unique if u.fields == (self.id_field,)), None)
                raise self._conflict(rule or Unique(fields=(self.id_field,)), record)
        self._check(record, None, owner)
        if not is_key:
            record[self.id_field] = self.new_id()
        return self._insert(record, owner)

    def add(self, record: Record, owner: str | None = None) -> Record:
        """Insert a record as given (seeding, or a vendor rule that built it): a missing id, filled
        field or default is completed; no uniqueness or reference check."""
        record = dict(record)
        for name, value in self.decl.defaults.items():
            record.setdefault(name, fresh_copy(value))
        self._fill(record, self.decl.filled, owner, missing_only=True)
        if record.get(self.id_field) is None:
            record[self.id_field] = self.new_id()
        if self.decl.owner is not None and self.decl.owner.field is not None:
            value = record.get(self.decl.owner.field)
            owner = str(value) if value is not None else owner
        return self._insert(record, owner if self.decl.owner is not None else None)

    def _insert(self, record: Record, owner: str | None) -> Record:
        record = self._in_declared_order(record)
        key = self.key(record[self.id_field])
        if self.decl.id.kind == "integer" and isinstance(key, int) and key >= self._next_id:
            self._next_id = key + 1
        replaced = self._entries.pop(key, None)  # a soft-deleted key given again: the new record replaces it
        if replaced is not None:
            self._unindex(key, replaced)
        entry = self._entries[key] = _Entry(record, owner)
        self._index(key, entry)
        return record

    # -- the unique index ------------------------------------------------------------------------

    def _unique_key(self, rule: int, record: Record, owner: str | None) -> tuple[Hashable, ...] | None:
        """Where a record sits in a rule's index (None: a value is missing, the rule does not apply)."""
        fields = self.decl.unique[rule].fields
        scope = owner if self.decl.owner is not None else None
        if len(fields) == 1:  # most rules (a unique name, label, email): no lists or generators
            value = record.get(fields[0])
            return None if value is None else (scope, identity(value))
        values = [record.get(name) for name in fields]
        if any(value is None for value in values):
            return None
        return (scope, *(identity(value) for value in values))

    def _index(self, key: Any, entry: _Entry) -> None:
        for rule, index in enumerate(self._unique):
            found = self._unique_key(rule, entry.record, entry.owner)
            if found is not None and not entry.deleted:
                index.setdefault(found, set()).add(key)

    def _unindex(self, key: Any, entry: _Entry) -> None:
        for rule, index in enumerate(self._unique):
            found = self._unique_key(rule, entry.record, entry.owner)
            if found is None or found not in index:
                continue
            index[found].discard(key)
            if not index[found]:
                del index[found]

    def update(
        self,
        record: Record,
        values: Mapping[str, Any],
        requester: str | None = None,
        *,
        reset: Iterable[str] = (),
    ) -> Record:
        """Change a stored record: `values` merge into it; a field of `reset` that `values` lacks
        falls back to its default, or is removed (a replace resets every field its body may carry).
        Filled fields with `on-update` are set again; the id, filled fields and the owner stay."""
        owner = self.owner_of(record)
        changed = self._writable(values, keep_id=False)
        new = dict(record)
        kept = {fill.field for fill in self.decl.filled} | {self.id_field}
        if self.decl.owner is not None and self.decl.owner.field is not None:
            kept.add(self.decl.owner.field)
        for name in reset:
            if name in kept or name in changed:
                continue
            if name in self.decl.defaults:
                new[name] = fresh_copy(self.decl.defaults[name])
            else:
                new.pop(name, None)
        new.update(changed)
        self._fill(
            new, (fill for fill in self.decl.filled if fill.on == "write"), requester, missing_only=False
        )
        self._check(new, record, owner)
        new = self._in_declared_order(new)
        key = self.key(record[self.id_field])
        entry = self._entries.get(key)
        if entry is not None:
            self._unindex(key, entry)
        record.clear()
        record.update(new)
        if entry is not None:
            self._index(key, entry)
        return record

    def _check(self, record: Record, current: Record | None, owner: str | None) -> None:
        """Uniqueness and references of `record` (replacing `current`, if any)."""
        for number, rule in enumerate(self.decl.unique):
            found = self._unique_key(number, record, owner)
            for key in self._unique[number].get(found, ()) if found is not None else ():
                other = self._entries[key].record
                if other is not current and all(
                    equal(other.get(name), record.get(name)) for name in rule.fields
                ):
                    raise self._conflict(rule, record)
        for reference in self.decl.references:
            value = record.get(reference.field)
            if value is None or (current is not None and equal(current.get(reference.field), value)):
                continue
            if self.store[reference.resource].get(value, owner) is None:
                raise self.invalid_reference(reference, value)

    def _conflict(self, rule: Unique, record: Record) -> MockError:
        name = rule.fields[0]
        message = _format(
            rule.message or self.decl.messages.get("conflict") or CONFLICT_MESSAGE,
            field=name,
            value=record.get(name),
        )
        if rule.status == 422:
            return validation_error({name: [message]}, status=422)
        return MockError(rule.status, message)

    def invalid_reference(self, reference: Reference, value: Any) -> MockError:
        if reference.status == 422:
            message = _format(
                reference.message or INVALID_REFERENCE_MESSAGE, field=reference.field, value=value
            )
            return validation_error({reference.field: [message]}, status=422)
        target = self.store[reference.resource]
        return (
            not_found(_format(reference.message, field=reference.field, value=value))
            if reference.message
            else target.not_found(value)
        )

    def delete(self, record: Record) -> None:
        """Delete a record (softly, when declared), with what refers to it per `on-delete`."""
        self.store.check_restrict(self, record)
        self.remove(record)

    def remove(self, record: Record) -> None:
        """Delete a record and follow references to it (no `restrict` check: `delete` does that)."""
        entry = self._entries.get(self.key(record.get(self.id_field)))
        if entry is None or entry.deleted:
            return
        key = self.key(record.get(self.id_field))
        self._unindex(key, entry)
        soft = self.decl.soft_delete
        if soft is not None:
            entry.deleted = True
            if soft.field is not None:
                record[soft.field] = (
                    timestamp(self.store.clock(), soft.now, self.properties.get(soft.field))
                    if soft.now
                    else soft.value
                )
        else:
            del self._entries[key]
        self.store.cascade(self, record)

    def owned_by(self, owner: str) -> list[Record]:
        """The live records `owner` owns (none when the resource is not owned)."""
        if self.decl.owner is None:
            return []
        return [
            entry.record for entry in self._entries.values() if entry.owner == owner and not entry.deleted
        ]

    def referring(self, reference: Reference, value: Any) -> list[Record]:
        """Live records whose `reference.field` names `value` (any owner)."""
        return [r for r in self.records(everyone=True) if equal(r.get(reference.field), value)]


class Store:
    """Every declared resource's collection, seeded from the declaration (`seed`)."""

    def __init__(
        self,
        api: Api,
        *,
        seed: int = 0,
        clock: Clock = time.time,
        properties: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None,
    ) -> None:
        """`properties`: each resource's record properties as `resource_properties(api)` gives them
        (a mock that resets keeps them; they are read from the spec, never changed)."""
        self.seed = seed
        self.clock = clock
        self.collections: dict[str, Collection] = {}
        if properties is None:
            properties = resource_properties(api)
        for decl in api.mock.resources:
            self.collections[decl.name] = Collection(decl, self, properties[decl.name])
        for decl in api.mock.resources:
            for record in decl.seed:
                self.collections[decl.name].add(copy.deepcopy(dict(record)))

    def __getitem__(self, name: str) -> Collection:
        try:
            return self.collections[name]
        except KeyError:
            raise MockSetupError("x-mock.resources", None, f"no resource {name!r} is declared") from None

    def __contains__(self, name: str) -> bool:
        return name in self.collections

    def _references_to(self, target: Collection) -> Iterator[tuple[Collection, Reference]]:
        for collection in self.collections.values():
            for reference in collection.decl.references:
                if reference.resource == target.name:
                    yield collection, reference

    def check_restrict(self, target: Collection, record: Record, seen: set[int] | None = None) -> None:
        """409 when a `restrict` reference (directly, or through a cascade) still names `record`."""
        seen = seen if seen is not None else set()
        if id(record) in seen:
            return
        seen.add(id(record))
        value = record.get(target.id_field)
        for collection, reference in self._references_to(target):
            referring = collection.referring(reference, value)
            if reference.on_delete == "restrict" and referring:
                message = target.decl.messages.get("conflict") or f"{collection.name} still refer to it."
                raise MockError(409, _format(message, id=value))
            if reference.on_delete == "cascade":
                for child in referring:
                    self.check_restrict(collection, child, seen)

    def cascade(self, target: Collection, record: Record) -> None:
        """What refers to a deleted `record` follows its reference's `on-delete`."""
        value = record.get(target.id_field)
        for collection, reference in self._references_to(target):
            for child in collection.referring(reference, value):
                if reference.on_delete == "cascade":
                    collection.remove(child)
                elif reference.on_delete == "nullify":
                    child[reference.field] = None

    def purge_owner(self, owner: str) -> None:
        """Delete every record `owner` owns, in every owned resource (their account is gone)."""
        for collection in self.collections.values():
            for record in collection.owned_by(owner):
                collection.remove(record)


def resource_properties(api: Api) -> dict[str, Mapping[str, Mapping[str, Any]]]:
    """Per declared resource, its record schema's properties, resolved (empty: none declared)."""
    return {decl.name: _properties(api, decl) for decl in api.mock.resources}


def _properties(api: Api, decl: ResourceDecl) -> dict[str, Mapping[str, Any]]:
    schema = api.schemas.get(decl.schema)
    properties = schema.node.get("properties") if schema is not None else None
    if not isinstance(properties, dict):
        return {}
    found: dict[str, Mapping[str, Any]] = {}
    for name in properties:
        resolved = api.property_schema(schema, name)
        found[name] = resolved.node if resolved is not None else {}
    return found


def identity(value: Any) -> Hashable:
    """A hashable stand-in for a stored value, equal exactly where `equal` says the values are."""
    if type(value) is str:  # the usual unique value, tested first
        return ("string", value)
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, int | float):
        return ("number", value)
    if isinstance(value, str):
        return ("string", value)
    return ("json", json.dumps(value, sort_keys=True, default=str))


def equal(left: Any, right: Any) -> bool:
    """Equality of stored and requested values; a number never equals a boolean."""
    if isinstance(left, bool) != isinstance(right, bool):
        return False
    if isinstance(left, str) and isinstance(right, str):
        return left == right
    return bool(left == right)


def _order_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, bool | int | float):
        return (1, value)
    return (2, str(value))


def _format(template: str | None, **values: Any) -> str:
    """A declared message with `{id}`, `{field}` or `{value}` filled in (unknown names stay as written)."""
    if template is None:
        return ""

    class _Keep(dict[str, Any]):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    try:
        return template.format_map(_Keep(values))
    except (ValueError, AttributeError, IndexError):
        return template
