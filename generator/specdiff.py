"""`vendorkit diff OLD NEW`: what changed in a vendor's contract between two merged specs.

A client's version follows from this (see `generator.versioning`): a breaking change means a major
release, an additive one a minor release. What counts as breaking is what can make code written
against the old client fail against the new one, or the new client fail against the API as the old
spec described it:

- an operation removed (or its client method renamed or moved to another resource);
- a parameter removed, a new required parameter, an optional one made required, one moved elsewhere;
- a request or response field removed, a new required request field, an enum value removed;
- a narrowed type (request and response), a widened response type (the typed client would meet
  values it cannot parse), a tighter request constraint (`maxLength`, `maximum`, `pattern`, ...);
- changed authentication (an operation's security requirements, a scheme's definition or `x-auth`);
- changed or removed paging (`x-pagination`).

Additions (operations, optional parameters and fields, enum values, paging where there was none,
looser request constraints, widened request types) are additive. Everything else (descriptions,
examples, the spec's own `info.version`) is no contract change.

The comparison reads the typed model of each spec (`generator.model`) for operations, parameters,
security and paging, and compares JSON Schemas structurally with `$ref`s followed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from generator.errors import InputError
from generator.model import Api, Operation
from generator.vendor_data import python_source

Level = Literal["none", "additive", "breaking"]
LEVELS: tuple[Level, ...] = ("none", "additive", "breaking")
EXIT_NO_BREAKING, EXIT_BREAKING = 0, 1
# Request constraints: (keyword, "upper" when a smaller value is tighter, "lower" when a larger one is).
BOUNDS = (
    ("maxLength", "upper"),
    ("maximum", "upper"),
    ("exclusiveMaximum", "upper"),
    ("maxItems", "upper"),
    ("maxProperties", "upper"),
    ("minLength", "lower"),
    ("minimum", "lower"),
    ("exclusiveMinimum", "lower"),
    ("minItems", "lower"),
    ("minProperties", "lower"),
)
EXACT = ("pattern", "multipleOf", "format", "const")


@dataclass(frozen=True)
class Change:
    """One difference: where (operation and place, or a security scheme) and what happened."""

    kind: Literal["breaking", "additive"]
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ContractDiff:
    """Every change between two specs, breaking ones apart from additive ones."""

    old_label: str
    new_label: str
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.kind == "breaking"]

    @property
    def additive(self) -> list[Change]:
        return [change for change in self.changes if change.kind == "additive"]

    @property
    def level(self) -> Level:
        if self.breaking:
            return "breaking"
        return "additive" if self.additive else "none"

    @property
    def exit_code(self) -> int:
        """0: no breaking change (none or only additive ones); 1: at least one breaking change."""
        return EXIT_BREAKING if self.breaking else EXIT_NO_BREAKING

    def report(self) -> str:
        lines = [f"{self.old_label} -> {self.new_label}: {self.level}"]
        for title, changes in (("Breaking changes", self.breaking), ("Additive changes", self.additive)):
            if changes:
                lines.append(f"{title} ({len(changes)}):")
                lines.extend(f"  - {change}" for change in changes)
        if not self.changes:
            lines.append("No contract change.")
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "old": self.old_label,
            "new": self.new_label,
            "level": self.level,
            "breaking": [{"where": c.where, "message": c.message} for c in self.breaking],
            "additive": [{"where": c.where, "message": c.message} for c in self.additive],
        }

    def to_json(self) -> str:
        return json.dumps(self.as_json(), indent=2, sort_keys=False)


def load_spec_api(path: Path) -> Api:
    """A merged spec file as the typed model; a missing or unreadable file is an `InputError`."""
    from generator.model import load_api
    from generator.specio import load_document

    if not path.is_file():
        raise InputError(
            file=str(path), location=None, message="no such file (expected a merged OpenAPI spec)"
        )
    document = load_document(path)
    if not isinstance(document, dict) or "paths" not in document:
        raise InputError(file=str(path), location="$", message="expected an OpenAPI document with `paths`")
    return load_api(document, str(path))


def diff_files(old: Path, new: Path) -> ContractDiff:
    return diff_apis(load_spec_api(old), load_spec_api(new))


def diff_apis(old: Api, new: Api) -> ContractDiff:
    """Every contract change from `old` to `new`, in a stable order (operations in path order)."""
    result = ContractDiff(old.label, new.label)
    _security_schemes(old, new, result.changes)
    old_ops = {_key(op): op for op in old.operations}
    new_ops = {_key(op): op for op in new.operations}
    for key in sorted(old_ops.keys() | new_ops.keys()):
        before, after = old_ops.get(key), new_ops.get(key)
        if after is None:
            assert before is not None
            result.changes.append(Change("breaking", _where(before), "operation removed"))
        elif before is None:
            result.changes.append(Change("additive", _where(after), "operation added"))
        else:
            _OperationDiff(old, new, before, after, result.changes).run()
    return result


def _key(operation: Operation) -> tuple[str, str]:
    """An operation's identity: method and path with its parameter names blanked (`/a/{}`)."""
    parts = [("{}" if part.startswith("{") else part) for part in operation.path.split("/")]
    return ("/".join(parts), operation.method)


def _where(operation: Operation) -> str:
    return f"{operation.method} {operation.path} ({operation.operation_id})"


def _security_schemes(old: Api, new: Api, out: list[Change]) -> None:
    def shape(api: Api, name: str) -> str:
        scheme = api.security_schemes[name]
        return json.dumps(
            [scheme.type, scheme.scheme, scheme.location, scheme.parameter, scheme.flows, scheme.extensions],
            sort_keys=True,
            default=str,
        )

    for name in sorted(old.security_schemes.keys() | new.security_schemes.keys()):
        where = f"security scheme {name!r}"
        if name not in new.security_schemes:
            out.append(Change("breaking", where, "removed"))
        elif name not in old.security_schemes:
            out.append(Change("additive", where, "added"))
        elif shape(old, name) != shape(new, name):
            out.append(Change("breaking", where, "changed (type, location, flows or x-auth)"))


class _OperationDiff:
    """The changes of one operation present in both specs."""

    def __init__(self, old: Api, new: Api, before: Operation, after: Operation, out: list[Change]) -> None:
        self.old, self.new, self.before, self.after, self.out = old, new, before, after, out
        self.where = _where(after)

    def add(self, kind: Literal["breaking", "additive"], message: str) -> None:
        self.out.append(Change(kind, self.where, message))

    def run(self) -> None:
        before, after = self.before, self.after
        if (before.resource, before.sdk_name) != (after.resource, after.sdk_name):
            self.add(
                "breaking",
                f"client method {before.resource}.{before.sdk_name} is now {after.resource}.{after.sdk_name}",
            )
        self._security()
        self._paging()
        self._parameters()
        self._body()
        self._responses()

    def _security(self) -> None:
        def requirements(operation: Operation) -> list[list[tuple[str, tuple[str, ...]]]]:
            return sorted(sorted(requirement.items()) for requirement in operation.security)

        if requirements(self.before) != requirements(self.after):
            self.add("breaking", "authentication changed (security requirements)")

    def _paging(self) -> None:
        before, after = self.before.pagination, self.after.pagination
        if before is None and after is not None:
            self.add("additive", "paging added")
        elif before is not None and after is None:
            self.add("breaking", "paging removed")
        elif before is not None and after is not None and python_source(before) != python_source(after):
            self.add("breaking", "paging changed (x-pagination)")

    def _parameters(self) -> None:
        old = {p.name: p for p in self.before.parameters}
        new = {p.name: p for p in self.after.parameters}
        for name in sorted(old.keys() | new.keys()):
            before, after = old.get(name), new.get(name)
            if after is None:
                assert before is not None
                self.add("breaking", f"{before.location} parameter {name!r} removed")
            elif before is None:
                if after.required:
                    self.add("breaking", f"new required {after.location} parameter {name!r}")
                else:
                    self.add("additive", f"optional {after.location} parameter {name!r} added")
            else:
                if before.location != after.location:
                    self.add(
                        "breaking", f"parameter {name!r} moved from {before.location} to {after.location}"
                    )
                if after.required and not before.required:
                    self.add("breaking", f"{after.location} parameter {name!r} is now required")
                elif before.required and not after.required:
                    self.add("additive", f"{after.location} parameter {name!r} is now optional")
                _Schemas(self, "request").compare(
                    _raw(before.schema), _raw(after.schema), f"parameter {name!r}"
                )

    def _body(self) -> None:
        before, after = self.before.request_body, self.after.request_body
        if before is None and after is None:
            return
        if after is None:
            self.add("breaking", "request body removed")
            return
        if before is None:
            self.add("breaking" if after.required else "additive", "request body added")
            return
        if after.required and not before.required:
            self.add("breaking", "request body is now required")
        old = {media.media_type: media for media in before.content}
        new = {media.media_type: media for media in after.content}
        for media_type in sorted(old.keys() - new.keys()):
            self.add("breaking", f"request body type {media_type} removed")
        for media_type in sorted(new.keys() - old.keys()):
            self.add("additive", f"request body type {media_type} added")
        for media_type in sorted(old.keys() & new.keys()):
            _Schemas(self, "request").compare(
                _raw(old[media_type].schema), _raw(new[media_type].schema), f"request body ({media_type})"
            )

    def _responses(self) -> None:
        def successes(operation: Operation) -> dict[str, Any]:
            return {status: r for status, r in operation.responses.items() if status.startswith("2")}

        old, new = successes(self.before), successes(self.after)
        for status in sorted(old.keys() - new.keys()):
            self.add("breaking", f"response {status} removed")
        for status in sorted(new.keys() - old.keys()):
            self.add("additive", f"response {status} added")
        for status in sorted(old.keys() & new.keys()):
            before = {media.media_type: media for media in old[status].content}
            after = {media.media_type: media for media in new[status].content}
            for media_type in sorted(before.keys() - after.keys()):
                self.add("breaking", f"response {status} type {media_type} removed")
            for media_type in sorted(before.keys() & after.keys()):
                _Schemas(self, "response").compare(
                    _raw(before[media_type].schema),
                    _raw(after[media_type].schema),
                    f"response {status} ({media_type})",
                )


def _raw(schema: Any) -> Any:
    return None if schema is None else schema.raw


class _Schemas:
    """Structural JSON Schema comparison; `direction` says whether the client sends or receives it."""

    def __init__(self, operation: _OperationDiff, direction: Literal["request", "response"]) -> None:
        self.operation = operation
        self.direction = direction
        self.seen: set[tuple[str, str, str]] = set()

    def compare(self, old: Any, new: Any, where: str) -> None:
        old_refs, new_refs = _ref_of(old), _ref_of(new)
        if old_refs is not None and new_refs is not None:
            key = (old_refs, new_refs, self.direction)
            if key in self.seen:  # a recursive schema: each pair of definitions once
                return
            self.seen.add(key)
        old = _flatten(self.operation.old.document, old)
        new = _flatten(self.operation.new.document, new)
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            return
        self._types(old, new, where)
        self._enum(old, new, where)
        if self.direction == "request":
            self._constraints(old, new, where)
        self._properties(old, new, where)
        if isinstance(old.get("items"), Mapping) and isinstance(new.get("items"), Mapping):
            self.compare(old["items"], new["items"], f"{where}[]")
        for keyword in ("anyOf", "oneOf"):
            before, after = old.get(keyword), new.get(keyword)
            if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
                for index, (left, right) in enumerate(zip(before, after, strict=True)):
                    self.compare(left, right, f"{where} {keyword}[{index}]")

    def add(self, kind: Literal["breaking", "additive"], message: str) -> None:
        self.operation.add(kind, message)

    def _types(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> None:
        before, after = _types(self.operation.old.document, old), _types(self.operation.new.document, new)
        if before is None or after is None or before == after:
            if before is not None and after is None:  # a type dropped altogether: anything goes now
                self._widened(where, before, {"any"})
            return
        narrowed, widened = before - after, after - before
        if narrowed and not ("integer" in narrowed and "number" in after):
            self.add("breaking", f"{where}: type narrowed from {_show(before)} to {_show(after)}")
        elif widened:
            self._widened(where, before, after)

    def _widened(self, where: str, before: set[str], after: set[str]) -> None:
        message = f"{where}: type widened from {_show(before)} to {_show(after)}"
        if self.direction == "request":
            self.add("additive", message)
        else:
            self.add("breaking", message + " (the client may receive values it cannot parse)")

    def _enum(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> None:
        before, after = old.get("enum"), new.get("enum")
        if not isinstance(before, list) or not isinstance(after, list):
            if isinstance(after, list) and not isinstance(before, list) and self.direction == "request":
                self.add("breaking", f"{where}: now limited to {_values(after)}")
            return
        removed = [value for value in before if value not in after]
        added = [value for value in after if value not in before]
        if removed:
            self.add("breaking", f"{where}: enum value(s) removed: {_values(removed)}")
        if added:
            self.add("additive", f"{where}: enum value(s) added: {_values(added)}")

    def _constraints(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> None:
        for keyword, side in BOUNDS:
            before: Any = old.get(keyword)
            after: Any = new.get(keyword)
            if not _number(after) or before == after:
                if _number(before) and after is None:
                    self.add("additive", f"{where}: {keyword} {before} dropped")
                continue
            tighter = not _number(before) or (after < before if side == "upper" else after > before)
            was = "none" if before is None else before
            self.add(
                "breaking" if tighter else "additive",
                f"{where}: {keyword} {'narrowed' if tighter else 'loosened'} from {was} to {after}",
            )
        for keyword in EXACT:
            before, after = old.get(keyword), new.get(keyword)
            if after is not None and before != after:
                self.add("breaking", f"{where}: {keyword} changed from {before!r} to {after!r}")
            elif before is not None and after is None:
                self.add("additive", f"{where}: {keyword} {before!r} dropped")

    def _properties(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> None:
        before, after = old.get("properties"), new.get("properties")
        if not isinstance(before, Mapping) or not isinstance(after, Mapping):
            return
        old_required = set(old.get("required") or ())
        new_required = set(new.get("required") or ())
        for name in sorted(before.keys() | after.keys()):
            place = f"{where} field {name!r}"
            if name not in after:
                self.add("breaking", f"{place} removed")
            elif name not in before:
                if self.direction == "request" and name in new_required:
                    self.add("breaking", f"new required {place}")
                else:
                    self.add("additive", f"{place} added")
            else:
                if self.direction == "request" and name in new_required and name not in old_required:
                    self.add("breaking", f"{place} is now required")
                if self.direction == "response" and name in old_required and name not in new_required:
                    self.add("breaking", f"{place} is no longer always present")
                self.compare(before[name], after[name], place)


def _ref_of(schema: Any) -> str | None:
    return schema.get("$ref") if isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str) else None


def _resolve(document: Mapping[str, Any], schema: Any) -> Any:
    """`schema` with `$ref`s at its top followed (to a depth of 32, against a cycle of refs)."""
    for _ in range(32):
        ref = _ref_of(schema)
        if ref is None or not ref.startswith("#/"):
            return schema
        node: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part) if isinstance(node, Mapping) else None
        if node is None:
            return schema
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**node, **siblings} if siblings and isinstance(node, Mapping) else node
    return schema


def _flatten(document: Mapping[str, Any], schema: Any) -> Any:
    """`schema` resolved, with an `allOf` of objects merged into one (properties and required)."""
    schema = _resolve(document, schema)
    if not isinstance(schema, Mapping) or not isinstance(schema.get("allOf"), list):
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for part in schema["allOf"]:
        part = _flatten(document, part)
        if isinstance(part, Mapping):
            properties.update(part.get("properties") or {})
            required.extend(name for name in part.get("required") or [] if name not in required)
            for key, value in part.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _types(document: Mapping[str, Any], schema: Mapping[str, Any]) -> set[str] | None:
    """The JSON types a schema admits, or None when it does not say (then types are not compared)."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(item) for item in declared}
    for keyword in ("anyOf", "oneOf"):
        members = schema.get(keyword)
        if isinstance(members, list):
            found: set[str] = set()
            for member in members:
                resolved = _flatten(document, member)
                kinds = _types(document, resolved) if isinstance(resolved, Mapping) else None
                if kinds is None:
                    return None
                found |= kinds
            return found
    if "properties" in schema:
        return {"object"}
    return None


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _show(types: set[str]) -> str:
    return "|".join(sorted(types))


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(value) for value in values)
