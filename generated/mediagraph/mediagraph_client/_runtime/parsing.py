"""Parsing an answer into a chosen model, for operations the base generator cannot type alone.

Used where one method and path serve several documented operations (`x-sdk-variants`: the spec's
response is a `oneOf`, each facade method knows which branch it asked for) and where the entity
sits inside an envelope (`x-envelope`: `{status, message, data}`, maybe with a success flag).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

import httpx

from .errors import EnvelopeFailureError

T = TypeVar("T", covariant=True)


class FromDict(Protocol[T]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> T: ...


def entity_parser(
    model: FromDict[Any],
    *,
    many: bool,
    envelope: str | None,
    success_field: str | None = None,
    message_field: str = "message",
    failure_messages: tuple[str, ...] = (),
) -> Callable[..., Any]:
    """A `_parse_response`-compatible parser: unwrap `envelope`, then build one model or a list.

    An envelope that says the call failed although the status is a success (`success_field` is
    false, or the message is one of `failure_messages`) raises `EnvelopeFailureError` with the
    message, before the data (often absent then) is looked at."""

    def parse(*, client: object, response: httpx.Response) -> Any:
        body = json.loads(response.content)
        if isinstance(body, dict) and (success_field is not None or failure_messages):
            message = body.get(message_field)
            failed = success_field is not None and body.get(success_field) is False
            if failed or (isinstance(message, str) and message in failure_messages):
                raise EnvelopeFailureError(response, message if isinstance(message, str) else "")
        if envelope is not None:
            body = body[envelope]
        if many:
            if not isinstance(body, list):
                raise TypeError(f"expected a list, got {type(body).__name__}")
            return [model.from_dict(item) for item in body]
        return model.from_dict(body)

    return parse
