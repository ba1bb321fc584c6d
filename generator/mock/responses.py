"""Answers: what handlers return (`MockResponse`), which status to use, and rendering to HTTP.

Every status the mock sends must be documented for the operation. The engine knows what it wants
to say (401, 404, 413, ...); `declared_status` turns that into the closest status the operation
declares, e.g. a JumpStory-owned collection a user may not change is 403 where the spec declares
403 and 404 where it does not. Error bodies are the vendor's error style's (`errorstyle`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import orjson  # pinned by vendorkit and by the vendorkit-mocks package
from starlette.responses import Response

from generator.model import Operation
from generator.model import Response as DeclaredResponse

JSON: Final = "application/json"

# What to answer instead of a status the operation does not declare, in order of preference.
FALLBACKS: Final[Mapping[int, tuple[int, ...]]] = {
    400: (422,),
    401: (403, 400),
    403: (404, 401),
    404: (422, 400),
    409: (422, 400),
    413: (422, 400),
    415: (422, 400),
    422: (400,),
    429: (503,),
}
_NO_BODY: Final = frozenset({204, 304})


@dataclass(slots=True)
class MockResponse:
    """A handler's answer: a JSON value (default) or raw bytes with their media type."""

    body: Any = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = None
    raw: bool = False


def json_response(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> MockResponse:
    return MockResponse(body=body, status=status, headers=dict(headers or {}))


def binary_response(data: bytes, media_type: str, headers: Mapping[str, str] | None = None) -> MockResponse:
    return MockResponse(body=data, status=200, headers=dict(headers or {}), media_type=media_type, raw=True)


def declared_status(operation: Operation | None, wanted: int, alternatives: tuple[int, ...] = ()) -> int:
    """`wanted` if the operation documents it, else the first documented alternative or fallback."""
    if operation is None or operation.declares(wanted):
        return wanted
    for candidate in (*alternatives, *FALLBACKS.get(wanted, ())):
        if operation.declares(candidate):
            return candidate
    return wanted


def response_media_type(declared: DeclaredResponse | None, response: MockResponse) -> str:
    """The media type to send: the handler's, else the declared JSON one, else application/json."""
    if response.media_type:
        return response.media_type
    if declared is not None:
        for media in declared.content:
            if media.media_type == JSON or media.media_type.endswith("+json"):
                return media.media_type
    return JSON


def encode_json(body: Any) -> bytes:
    """Compact UTF-8 JSON; orjson where it can (the same JSON values as the standard library's compact,
    non-ASCII form), the standard library for what orjson refuses (non-string keys, integers past
    64 bits, unpaired surrogates)."""
    try:
        return orjson.dumps(body)
    except TypeError:
        return _encode_json_stdlib(body)


def _encode_json_stdlib(body: Any) -> bytes:
    text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    try:
        return text.encode()
    except UnicodeEncodeError:  # an unpaired surrogate: only the escaped form is valid UTF-8
        return json.dumps(body, allow_nan=False, separators=(",", ":")).encode()


def render(
    response: MockResponse, declared: DeclaredResponse | None, extra_headers: Mapping[str, str]
) -> Response:
    """The HTTP response; `extra_headers` (rate-limit counters) never override the handler's."""
    headers = {**extra_headers, **response.headers} if extra_headers else response.headers
    if response.status in _NO_BODY:
        return Response(status_code=response.status, headers=headers)
    media_type = response_media_type(declared, response)
    content = response.body if response.raw else encode_json(response.body)
    if media_type.startswith("text/") or not isinstance(content, bytes):
        return Response(content=content, status_code=response.status, headers=headers, media_type=media_type)
    return _bytes_response(content, response.status, headers, media_type)


def _bytes_response(content: bytes, status: int, headers: Mapping[str, str], media_type: str) -> Response:
    """`Response(content, status, headers, media_type)` for bytes of a non-text media type, with the
    same headers, built without its general-purpose steps (a tenth of a simple answer's time)."""
    answer = Response.__new__(Response)
    answer.status_code = status
    answer.media_type = media_type
    answer.background = None
    answer.body = content
    raw = [(key.lower().encode("latin-1"), value.encode("latin-1")) for key, value in headers.items()]
    if headers:
        keys = {key for key, _ in raw}
        if b"content-length" not in keys and status >= 200:
            raw.append((b"content-length", str(len(content)).encode("latin-1")))
        if b"content-type" not in keys:
            raw.append((b"content-type", media_type.encode("latin-1")))
    else:
        if status >= 200:
            raw.append((b"content-length", str(len(content)).encode("latin-1")))
        raw.append((b"content-type", media_type.encode("latin-1")))
    answer.raw_headers = raw
    return answer
