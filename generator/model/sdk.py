"""SDK hints of a spec, typed: facade names, envelopes, several documented operations on one
method and path (`x-sdk-variants`), and paging styles (`x-pagination`).

Each reader gets the raw extension value, where it sits (a JSON pointer) and what it may refer to,
and either returns the typed value or raises an `InputError` naming the file, the JSONPath and
what was expected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.errors import InputError
from generator.model.api import Parameter, RequestBody, Response, SchemaRef
from generator.model.pointers import jsonpath, pointer_join
from generator.runtime.pagination import STYLES, Paging

PropertyLookup = Callable[[SchemaRef | None, str], SchemaRef | None]

_COMMON_PAGING_KEYS = frozenset({"style", "in", "items"})
PAGING_KEYS: Mapping[str, frozenset[str]] = {
    "page": _COMMON_PAGING_KEYS | {"page-param", "size-param", "total-header", "start"},
    "offset": _COMMON_PAGING_KEYS | {"offset-param", "limit-param", "next-header", "total-header"},
    "link": _COMMON_PAGING_KEYS | {"size-param"},
    "cursor": _COMMON_PAGING_KEYS | {"cursor-param", "next-cursor", "next-header", "size-param"},
}
"""The keys of `x-pagination` per style (docs/extensions.md, "Paging")."""


def snake(name: str) -> str:
    """`issueUserToken` -> `issue_user_token`, `story-groups` -> `story_groups`."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).replace("-", "_").replace(" ", "_").lower()


@dataclass(frozen=True)
class Returns:
    """How a facade method reads its 2xx answer: a component schema, maybe a list, maybe enveloped."""

    schema: str
    many: bool = False
    envelope: str | None = None  # the answer's field holding it
    outcome: EnvelopeOutcome | None = None  # how the envelope says the call failed (x-envelope only)


@dataclass(frozen=True)
class EnvelopeOutcome:
    """How an envelope tells a failure that arrives with a 2xx status (`x-envelope` keys
    `success-field`, `message-field`, `failure-messages`): the success flag is false, or the
    message is one the docs list as a failure (Jilster's uploads: `success: true`,
    "Invalid filetype"). The facade raises `EnvelopeFailureError` carrying the message."""

    success_field: str | None = None
    message_field: str = "message"
    failure_messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class SdkVariant:
    """One documented operation that shares its method and path with others (`x-sdk-variants`)."""

    name: str
    summary: str
    description: str
    parameters: Mapping[str, str]  # query parameter -> "required" | "omit"
    returns: Returns
    doc_source: str = ""


@dataclass(frozen=True)
class OperationSdk:
    sdk_name: str
    variants: tuple[SdkVariant, ...] = ()
    envelope: Returns | None = None
    pagination: Paging | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


class SdkReader:
    """Reads the SDK hints of one spec (`label` names the file in errors)."""

    def __init__(self, label: str, schema_names: frozenset[str], property_schema: PropertyLookup) -> None:
        self.label = label
        self.schema_names = schema_names
        self.property_schema = property_schema

    def error(self, pointer: str, message: str) -> InputError:
        return InputError(file=self.label, location=jsonpath(pointer), message=message)

    def operation(
        self,
        raw: Mapping[str, Any],
        pointer: str,
        parameters: tuple[Parameter, ...],
        body: RequestBody | None,
        responses: Mapping[str, Response] | None = None,
    ) -> OperationSdk:
        operation_id = str(raw.get("operationId") or "")
        sdk_name = raw.get("x-sdk-name", snake(operation_id))
        if not isinstance(sdk_name, str) or not sdk_name.isidentifier():
            raise self.error(pointer_join(pointer, "x-sdk-name"), "expected a Python identifier")
        envelope = raw.get("x-envelope")
        return OperationSdk(
            sdk_name=sdk_name,
            variants=self.variants(raw.get("x-sdk-variants"), pointer, parameters),
            envelope=(
                self.envelope(envelope, pointer_join(pointer, "x-envelope")) if envelope is not None else None
            ),
            pagination=self.pagination(
                raw.get("x-pagination"), pointer_join(pointer, "x-pagination"), parameters, body, responses
            ),
        )

    def envelope(self, config: Any, pointer: str) -> Returns:
        """`x-envelope`: `{schema, list, field}` plus how a failure with a 2xx status shows
        (`success-field`, `message-field`, `failure-messages`; see `EnvelopeOutcome`)."""
        returns = self.returns(config, pointer, key="field")
        assert isinstance(config, Mapping)
        unknown = sorted(set(config) - _ENVELOPE_KEYS)
        if unknown:
            raise self.error(
                pointer_join(pointer, unknown[0]),
                f"unknown key (allowed: {', '.join(sorted(_ENVELOPE_KEYS))})",
            )
        if not {"success-field", "failure-messages"} & set(config):
            return returns
        success = config.get("success-field")
        if success is not None and (not isinstance(success, str) or not success):
            raise self.error(pointer_join(pointer, "success-field"), "expected the answer's boolean field")
        message = config.get("message-field", "message")
        if not isinstance(message, str) or not message:
            raise self.error(pointer_join(pointer, "message-field"), "expected the answer's message field")
        failures = config.get("failure-messages") or []
        if not isinstance(failures, list) or not all(isinstance(item, str) and item for item in failures):
            raise self.error(pointer_join(pointer, "failure-messages"), "expected a list of messages")
        outcome = EnvelopeOutcome(success, message, tuple(failures))
        return Returns(returns.schema, returns.many, returns.envelope, outcome)

    def returns(self, config: Any, pointer: str, *, key: str) -> Returns:
        """`{schema, list, <key>}` where `key` names the envelope field (`field` or `envelope`)."""
        if not isinstance(config, Mapping) or not isinstance(config.get("schema"), str):
            raise self.error(pointer, f"expected {{schema: <components.schemas name>, list, {key}}}")
        if config["schema"] not in self.schema_names:
            raise self.error(
                pointer_join(pointer, "schema"), f"no schema {config['schema']!r} in components.schemas"
            )
        envelope = config.get(key)
        if envelope is not None and not isinstance(envelope, str):
            raise self.error(pointer_join(pointer, key), "expected the name of the answer's field, or null")
        return Returns(schema=config["schema"], many=bool(config.get("list", False)), envelope=envelope)

    def variants(
        self, config: Any, pointer: str, parameters: tuple[Parameter, ...]
    ) -> tuple[SdkVariant, ...]:
        if config is None:
            return ()
        where = pointer_join(pointer, "x-sdk-variants")
        if not isinstance(config, list) or not config:
            raise self.error(where, "expected a non-empty list of {name, summary, parameters, returns}")
        query = {parameter.name for parameter in parameters if parameter.location == "query"}
        found = []
        for index, entry in enumerate(config):
            at = pointer_join(where, index)
            if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
                raise self.error(at, "expected {name, summary, description, parameters, returns}")
            rules = entry.get("parameters") or {}
            for name, rule in rules.items():
                if name not in query or rule not in ("required", "omit"):
                    raise self.error(
                        pointer_join(at, "parameters", name), "expected a query parameter: required | omit"
                    )
            found.append(
                SdkVariant(
                    name=entry["name"],
                    summary=str(entry.get("summary") or entry["name"]),
                    description=str(entry.get("description") or ""),
                    parameters=dict(rules),
                    returns=self.returns(entry.get("returns"), pointer_join(at, "returns"), key="envelope"),
                    doc_source=str(entry.get("x-doc-source") or ""),
                )
            )
        return tuple(found)

    def pagination(
        self,
        config: Any,
        pointer: str,
        parameters: tuple[Parameter, ...],
        body: RequestBody | None,
        responses: Mapping[str, Response] | None = None,
    ) -> Paging | None:
        """`x-pagination` as a `Paging`: the keys its style takes (see `PAGING_KEYS`), every parameter
        it names present where `in` says, and a way to count items where the client counts them."""
        if config is None:
            return None
        if not isinstance(config, Mapping) or config.get("style") not in STYLES:
            raise self.error(pointer_join(pointer, "style"), f"expected a paging style: {' | '.join(STYLES)}")
        style = config["style"]
        unknown = sorted(set(config) - PAGING_KEYS[style])
        if unknown:
            raise self.error(
                pointer_join(pointer, unknown[0]),
                f"{unknown[0]!r} is not a key of the {style} style (its keys: {', '.join(sorted(PAGING_KEYS[style]))})",
            )
        location = config.get("in", "body" if style == "page" and body is not None else "query")
        if location not in ("query", "body"):
            raise self.error(pointer_join(pointer, "in"), "expected query | body")
        body_schema = body.json.schema if body is not None and body.json is not None else None

        def named(key: str, default: str | None = None) -> str | None:
            value = config.get(key, default)
            if value is None:
                return None
            if not isinstance(value, str):
                raise self.error(pointer_join(pointer, key), "expected a parameter name")
            if self._input(value, location, parameters, body_schema) is None:
                raise self.error(
                    pointer_join(pointer, key),
                    f"the operation has no {'body property' if location == 'body' else 'query parameter'} {value!r}",
                )
            return value

        def text(key: str) -> str | None:
            value = config.get(key)
            if value is not None and (not isinstance(value, str) or not value):
                raise self.error(pointer_join(pointer, key), "expected a header or field name")
            return value

        page_param = named("page-param", "page") if style == "page" else None
        size_param = named("limit-param", "limit") if style == "offset" else named("size-param")
        offset_param = named("offset-param", "offset") if style == "offset" else None
        cursor_param = named("cursor-param", "cursor") if style == "cursor" else None
        next_cursor, next_header, total_header = (
            text("next-cursor"),
            text("next-header"),
            text("total-header"),
        )
        if style == "cursor" and bool(next_cursor) == bool(next_header):
            raise self.error(
                pointer, "a cursor style needs one of next-cursor (a dotted field) or next-header"
            )
        items = config.get("items") or ()
        if not isinstance(items, list | tuple) or not all(isinstance(item, str) and item for item in items):
            raise self.error(pointer_join(pointer, "items"), "expected a list of (dotted) field names")
        counted = style == "page" or (style == "offset" and next_header is None)
        if counted and not items and not _answers_a_list(responses):
            raise self.error(
                pointer_join(pointer, "items"),
                f"the {style} style counts items to find the last page: the answer is not a list, so name "
                "the fields that hold the items",
            )
        size_schema = self._input(size_param, location, parameters, body_schema) if size_param else None
        default_size = size_schema.node.get("default") if size_schema is not None else None
        max_size = size_schema.node.get("maximum") if size_schema is not None else None
        start = config.get("start", 1)
        if not isinstance(start, int) or isinstance(start, bool):
            raise self.error(pointer_join(pointer, "start"), "expected the first page's number")
        return Paging(
            style=style,
            location=location,
            page_param=page_param,
            size_param=size_param,
            offset_param=offset_param,
            cursor_param=cursor_param,
            next_cursor=next_cursor,
            next_header=next_header,
            total_header=total_header,
            items=tuple(items),
            start=start,
            default_size=default_size if isinstance(default_size, int) else None,
            max_size=max_size if isinstance(max_size, int) else None,
        )

    def _input(
        self,
        name: str | None,
        location: str,
        parameters: tuple[Parameter, ...],
        body_schema: SchemaRef | None,
    ) -> SchemaRef | None:
        """The schema of a paging input: a query parameter or a body property (None: no such input)."""
        if name is None:
            return None
        if location == "body":
            return self.property_schema(body_schema, name)
        parameter = next((p for p in parameters if p.name == name and p.location == "query"), None)
        if parameter is None:
            return None
        return parameter.schema or SchemaRef(pointer="", raw={}, resolved={})


_ENVELOPE_KEYS = frozenset(
    {"schema", "list", "field", "success-field", "message-field", "failure-messages", "description"}
)


def _answers_a_list(responses: Mapping[str, Response] | None) -> bool:
    """Whether the operation's 2xx JSON answer is an array (each page is the list of items)."""
    for response in (responses or {}).values():
        for media in response.content if response.is_success else ():
            if media.is_json and media.schema is not None and media.schema.node.get("type") == "array":
                return True
    return False
