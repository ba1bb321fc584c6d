"""The OpenAPI Overlay 1.0.0 engine: validate Overlay documents and apply them to OpenAPI documents.

Specification: https://spec.openapis.org/overlay/v1.0.0.html. Overlays are how vendorkit keeps the
hand-written spec (the API as the vendor documents it) apart from authentication, quirks and
generator hints, so an overlay that silently does nothing or does something unexpected would corrupt
every generated artefact. Hence this module is strict where the specification leaves room:

- Targets are RFC 9535 JSONPath queries evaluated by python-jsonpath in its RFC 9535-strict mode, so
  a target means the same here as in any other conforming tool (no python-jsonpath extensions).
- A target that matches nothing is an error (the specification allows it), because it almost always
  means the spec changed under the overlay. Opt out per action with `x-allow-empty-target: true`.
- An action with both `update` and `remove: true` is an error (the specification says `update` "has
  no impact" then), because the author clearly meant something that will not happen.
- An action with neither `update` nor `remove: true` is an error: it would do nothing.

Every error is an `OverlayError` naming the overlay file, the location inside the overlay document
(`actions[2].target`, or `actions[2] (target "...")` for problems found while applying) and what was
expected. Applying never mutates the input document and is deterministic: key order is preserved and
new keys are appended at the end.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from jsonpath import CompoundJSONPath, JSONPath, JSONPathEnvironment, JSONPathError, JSONPathMatch

from generator.errors import InputError
from generator.specio import load_document

ALLOW_EMPTY_TARGET: Final = "x-allow-empty-target"
"""Action extension: `true` lets the action's target match nothing without an error."""

_OVERLAY_FIELDS: Final = ("overlay", "info", "extends", "actions")
_INFO_FIELDS: Final = ("title", "version")
_ACTION_FIELDS: Final = ("target", "description", "update", "remove")
_SUPPORTED_VERSION: Final = re.compile(r"1\.0\.\d+")
_IDENTIFIER: Final = re.compile(r"[A-Za-z_$][A-Za-z0-9_$-]*")
_TARGET_EXAMPLE: Final = "an RFC 9535 JSONPath query such as \"$.paths['/v1/items'].get\""

# RFC 9535-strict: no python-jsonpath extensions (unions with `|`, keys selectors, ...), no
# surrounding whitespace, a leading `$` required.
_JSONPATH: Final = JSONPathEnvironment(strict=True)


class OverlayError(InputError):
    """A bad Overlay document, or an action that cannot be applied to the document it targets."""


class _NoUpdate:
    """Type of `NO_UPDATE`; a class of its own so `update: null` stays distinguishable from absence."""

    def __repr__(self) -> str:
        return "NO_UPDATE"

    def __copy__(self) -> _NoUpdate:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> _NoUpdate:
        # A singleton: copied or pickled actions must still compare equal and report has_update False.
        return self

    def __reduce__(self) -> str:
        return "NO_UPDATE"


NO_UPDATE: Final = _NoUpdate()
"""The `update` of an action that has no `update` field (an explicit `update: null` is `None`)."""


@dataclass(frozen=True)
class OverlayAction:
    """One validated Action Object; `index` is its position in the overlay's `actions` array."""

    index: int
    target: str
    description: str | None
    update: object
    remove: bool
    allow_empty: bool

    @property
    def has_update(self) -> bool:
        """Whether the action has an `update` field (whose value may be `None`)."""
        return self.update is not NO_UPDATE

    @property
    def location(self) -> str:
        """How errors found while applying the action point at it: `actions[3] (target "$.x")`."""
        return f'actions[{self.index}] (target "{self.target}")'


@dataclass(frozen=True)
class Overlay:
    """A validated Overlay document; `source` is the file name used in error messages."""

    source: str
    title: str
    version: str
    extends: str | None
    actions: tuple[OverlayAction, ...]


# --------------------------------------------------------------------------------------------------
# Loading and validation
# --------------------------------------------------------------------------------------------------


def load_overlay(path: Path) -> Overlay:
    """Read a YAML or JSON Overlay file and validate it; every problem is an `OverlayError`."""
    source = _display_path(path)
    try:
        data = load_document(path)
    except InputError as exc:
        raise OverlayError(source, exc.location, exc.message) from None
    return parse_overlay(data, source)


def parse_overlay(data: object, source: str) -> Overlay:
    """Validate an already-loaded Overlay document (`source` names it in errors)."""
    root = _expect_mapping(data, source, "$", "an Overlay document (a mapping with overlay, info, actions)")
    _reject_unknown_fields(root, _OVERLAY_FIELDS, source, "")
    _check_overlay_version(root, source)
    title, version = _parse_info(root, source)
    return Overlay(
        source=source,
        title=title,
        version=version,
        extends=_optional_string(root, "extends", source, "", "a URI reference to the target document"),
        actions=_parse_actions(root, source),
    )


def _display_path(path: Path) -> str:
    """The path relative to the working directory when below it: short, and the same on every machine."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _check_overlay_version(root: Mapping[Any, Any], source: str) -> None:
    """Only Overlay 1.0.x is implemented; a later version may mean semantics this engine lacks."""
    version = _required_string(root, "overlay", source, "", 'the Overlay Specification version "1.0.0"')
    if not _SUPPORTED_VERSION.fullmatch(version):
        raise OverlayError(
            source, "overlay", f'unsupported Overlay version "{version}"; expected 1.0.x (e.g. "1.0.0")'
        )


def _parse_info(root: Mapping[Any, Any], source: str) -> tuple[str, str]:
    """The Info Object: its `title` and `version` are both required strings."""
    if "info" not in root:
        raise OverlayError(
            source, "info", "missing required field (expected an object with title and version)"
        )
    info = _expect_mapping(root["info"], source, "info", "an object with title and version")
    _reject_unknown_fields(info, _INFO_FIELDS, source, "info")
    title = _required_string(info, "title", source, "info", "a string describing the overlay's purpose")
    version = _required_string(info, "version", source, "info", "a string versioning the overlay")
    return title, version


def _parse_actions(root: Mapping[Any, Any], source: str) -> tuple[OverlayAction, ...]:
    """The `actions` array: required, non-empty, each item a valid Action Object."""
    if "actions" not in root:
        raise OverlayError(
            source, "actions", "missing required field (expected a non-empty array of actions)"
        )
    actions = root["actions"]
    if not isinstance(actions, list):
        raise OverlayError(
            source, "actions", f"expected a non-empty array of actions, got {_describe(actions)}"
        )
    if not actions:
        raise OverlayError(source, "actions", "expected at least one action, got an empty array")
    return tuple(_parse_action(item, index, source) for index, item in enumerate(actions))


def _parse_action(data: object, index: int, source: str) -> OverlayAction:
    """One Action Object: a valid target plus exactly one modifier (`update` or `remove: true`)."""
    location = f"actions[{index}]"
    action = _expect_mapping(data, source, location, "an action object with a target and update or remove")
    _reject_unknown_fields(action, _ACTION_FIELDS, source, location)
    target = _required_string(action, "target", source, location, _TARGET_EXAMPLE)
    _compile_target(target, source, f"{location}.target")
    description = _optional_string(action, "description", source, location, "a string")
    remove = _optional_boolean(action, "remove", source, location)
    allow_empty = _optional_boolean(action, ALLOW_EMPTY_TARGET, source, location)
    _check_modifiers(action, remove, source, location)
    update = _clone(action["update"]) if "update" in action else NO_UPDATE
    return OverlayAction(index, target, description, update, remove, allow_empty)


def _check_modifiers(action: Mapping[Any, Any], remove: bool, source: str, location: str) -> None:
    """Exactly one of `update` and `remove: true`; anything else is a mistake of the overlay's author."""
    if remove and "update" in action:
        raise OverlayError(
            source,
            location,
            'expected either "update" or "remove: true", not both (split it into two actions)',
        )
    if not remove and "update" not in action:
        raise OverlayError(
            source, location, 'expected an "update" value or "remove: true"; this action would do nothing'
        )


def _expect_mapping(value: object, source: str, location: str, expected: str) -> Mapping[Any, Any]:
    """`value` as a mapping, or an error saying what was expected there."""
    if not isinstance(value, dict):
        raise OverlayError(source, location, f"expected {expected}, got {_describe(value)}")
    return value


def _reject_unknown_fields(
    mapping: Mapping[Any, Any], allowed: Sequence[str], source: str, location: str
) -> None:
    """Fixed fields and `x-` extensions only: a misspelt field would otherwise be silently ignored."""
    for key in mapping:
        if isinstance(key, str) and (key in allowed or key.startswith("x-")):
            continue
        raise OverlayError(
            source,
            _child(location, str(key)),
            f"unknown field; expected one of {', '.join(allowed)} or an x- extension",
        )


def _required_string(mapping: Mapping[Any, Any], key: str, source: str, location: str, expected: str) -> str:
    """The string at `key`; missing or of another type is an error saying what was expected."""
    if key not in mapping:
        raise OverlayError(source, _child(location, key), f"missing required field (expected {expected})")
    return _string_value(mapping[key], source, _child(location, key), expected)


def _optional_string(
    mapping: Mapping[Any, Any], key: str, source: str, location: str, expected: str
) -> str | None:
    """The string at `key`, or None when the field is absent (an explicit null is an error)."""
    if key not in mapping:
        return None
    return _string_value(mapping[key], source, _child(location, key), expected)


def _string_value(value: object, source: str, location: str, expected: str) -> str:
    """`value` if it is a string; YAML turns unquoted `1.0` into a number, so the error says to quote it."""
    if isinstance(value, str):
        return value
    hint = " (quote it in YAML)" if isinstance(value, int | float) and not isinstance(value, bool) else ""
    raise OverlayError(source, location, f"expected {expected}, got {_describe(value)}{hint}")


def _optional_boolean(mapping: Mapping[Any, Any], key: str, source: str, location: str) -> bool:
    """The boolean at `key`, False when absent; `"true"` (a string) is an error, not truthy."""
    value = mapping.get(key, False)
    if not isinstance(value, bool):
        raise OverlayError(source, _child(location, key), f"expected true or false, got {_describe(value)}")
    return value


def _child(location: str, key: str) -> str:
    """Location of `key` inside `location`: `actions[1].target`, or `info["odd key"]` when needed."""
    if _IDENTIFIER.fullmatch(key):
        return f"{location}.{key}" if location else key
    quoted = '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{location}[{quoted}]" if location else f"$[{quoted}]"


def _describe(value: object) -> str:
    """A short JSON-flavoured description of a value for error messages: `a number (1.0)`."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"a string ({shown!r})"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return f"a {type(value).__name__} ({value!r})"


# --------------------------------------------------------------------------------------------------
# JSONPath
# --------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _compiled(target: str) -> JSONPath | CompoundJSONPath:
    """Compile once per distinct target: validation and application both need the query."""
    return _JSONPATH.compile(target)


def _compile_target(target: str, source: str, location: str) -> JSONPath | CompoundJSONPath:
    """The compiled target, or an error quoting the target and the JSONPath parser's message."""
    try:
        return _compiled(target)
    except JSONPathError as exc:
        raise OverlayError(
            source, location, f'invalid JSONPath "{target}": {_jsonpath_message(exc)}'
        ) from None


def _jsonpath_message(exc: JSONPathError) -> str:
    """The parser's message on one line (its own rendering spans several lines with a caret)."""
    if exc.token is None:
        return str(exc.message)
    # The end-of-query token has index -1; report the end of the query string instead.
    offset = exc.token.index if exc.token.index >= 0 else len(exc.token.path)
    return f"{exc.message} (at offset {offset})"


def _select(document: dict[str, Any], action: OverlayAction, source: str) -> list[JSONPathMatch]:
    """The nodes the action's target selects, each once, in document order."""
    query = _compile_target(action.target, source, f"actions[{action.index}].target")
    try:
        matches = list(query.finditer(document))
    except JSONPathError as exc:
        raise OverlayError(
            source, action.location, f"cannot evaluate the target: {_jsonpath_message(exc)}"
        ) from None
    return _unique(matches)


def _unique(matches: Iterable[JSONPathMatch]) -> list[JSONPathMatch]:
    """Drop repeated nodes (RFC 9535 allows `$['a','a']`): updating or removing one node twice is wrong."""
    seen: set[tuple[int | str, ...]] = set()
    unique: list[JSONPathMatch] = []
    for match in matches:
        if match.parts not in seen:
            seen.add(match.parts)
            unique.append(match)
    return unique


# --------------------------------------------------------------------------------------------------
# Application
# --------------------------------------------------------------------------------------------------


def apply_overlay(document: dict[str, Any], overlay: Overlay) -> dict[str, Any]:
    """A new document: `overlay`'s actions applied in order to a copy of `document`."""
    return apply_overlays(document, (overlay,))


def apply_overlays(document: dict[str, Any], overlays: Sequence[Overlay]) -> dict[str, Any]:
    """A new document: each overlay applied in sequence, each action seeing the previous one's result.

    The input is copied first and never modified, even when `overlays` is empty.
    """
    result: dict[str, Any] = _clone(document)
    for overlay in overlays:
        for action in overlay.actions:
            _apply_action(result, action, overlay.source)
    return result


def _apply_action(document: dict[str, Any], action: OverlayAction, source: str) -> None:
    """Apply one action in place to the working copy."""
    matches = _select(document, action, source)
    if not matches:
        if action.allow_empty:
            return
        raise OverlayError(
            source,
            action.location,
            f"the target matches nothing (add `{ALLOW_EMPTY_TARGET}: true` to the action if expected)",
        )
    _reject_primitive_nodes(matches, action, source)
    if action.remove:
        _remove_nodes(document, matches, action, source)
    elif action.has_update:
        _update_nodes(matches, action, source)


def _reject_primitive_nodes(matches: Sequence[JSONPathMatch], action: OverlayAction, source: str) -> None:
    """Overlay 1.0.0: "The result of the `target` JSONPath expression MUST be zero or more objects or
    arrays (not primitive types or `null` values)" -- for updates and removals alike."""
    for match in matches:
        if isinstance(match.obj, dict | list):
            continue
        hint = (
            "primitive values cannot be removed on their own in Overlay 1.0.0; remove the containing object"
            if action.remove
            else "to change a property, target the object containing it and update it with {property: value}"
        )
        raise OverlayError(
            source,
            action.location,
            f"the target selects {_describe(match.obj)} at {match.path}, but targets must select objects "
            f"or arrays; {hint}",
        )


def _update_nodes(matches: Sequence[JSONPathMatch], action: OverlayAction, source: str) -> None:
    """Merge the update into every selected object, or append it to every selected array.

    Overlay 1.0.0, Action Object, `update`: "If the `target` selects an object node, the value of this
    field MUST be an object with the properties and values to merge with the selected node. If the
    `target` selects an array, the value of this field MUST be an entry to append to the array."
    So on an array node the value is appended as ONE entry, even when it is itself an array (1.1.0
    changed this to concatenation; this engine implements 1.0.0).
    """
    update = action.update
    for match in matches:
        node = match.obj
        if isinstance(node, list):
            node.append(_clone(update))
        elif isinstance(node, dict) and isinstance(update, dict):
            _merge_object(node, update)
        else:
            raise OverlayError(
                source,
                action.location,
                f"the target selects an object at {match.path}, so update must be an object of properties "
                f"to merge, got {_describe(update)}",
            )


def _merge_object(node: dict[Any, Any], update: Mapping[Any, Any]) -> None:
    """Recursive merge, Overlay 1.0.0: "the properties in the `update` object are recursively merged
    with the properties in the target object with the same names; new properties are added".

    Objects merge into objects, arrays are appended to arrays, any other value replaces the old one in
    place (so key order is kept); new keys go at the end. Values are copied, never shared.
    """
    for key, value in update.items():
        current = node.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge_object(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(_clone(item) for item in value)
        else:
            node[key] = _clone(value)


def _remove_nodes(
    document: dict[str, Any], matches: Sequence[JSONPathMatch], action: OverlayAction, source: str
) -> None:
    """Remove every selected node from the object or array containing it.

    All containers are looked up before anything is removed, and array elements go from the highest
    index down, so removing one match never shifts another match's index.
    """
    if any(not match.parts for match in matches):
        raise OverlayError(
            source, action.location, "the target selects the document root ($), which cannot be removed"
        )
    removals = [(_resolve(document, match.parts[:-1]), match.parts[-1]) for match in matches]
    removals.sort(key=lambda removal: -removal[1] if isinstance(removal[1], int) else 0)
    for container, key in removals:
        del container[key]


def _resolve(document: dict[str, Any], parts: Sequence[int | str]) -> Any:
    """The node at a normalized path (keys and indices from the root)."""
    node: Any = document
    for part in parts:
        node = node[part]
    return node


def _clone(value: Any) -> Any:
    """Deep copy of JSON-like data in which nothing is shared.

    Unlike `copy.deepcopy`, a YAML alias (one object reachable from two places) becomes two independent
    copies, so merging into one place can never change another; an update value applied to several
    nodes is copied for each of them for the same reason.
    """
    if isinstance(value, dict):
        return {key: _clone(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clone(item) for item in value]
    return copy.deepcopy(value)
