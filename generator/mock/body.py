"""Reading request bodies: size limit, JSON decoding, form and multipart parsing.

The body is read once, up to `max_bytes` (more is refused with 413 before parsing), then decoded
by media type. Every way a body can be malformed ends in a `MockError` (malformed-body or
too-large) carrying the parser's reason, never in an exception escaping the engine.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any, Final

import orjson
from starlette.datastructures import Headers, UploadFile
from starlette.formparsers import FormParser, MultiPartException, MultiPartParser
from starlette.types import Receive

from generator.mock.errors import ErrorKind, MockError

_MAX_FORM_FIELDS: Final = 1000
_SURROGATE_ESCAPE: Final = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")  # after json.loads, any left is unpaired
_MAX_FORM_FILES: Final = 100
_DIGITS_AS_ZERO: Final = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER: Final = b"0" * 19


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart body, read into memory (bodies are size-limited)."""

    filename: str
    content_type: str | None
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def extension(self) -> str:
        """Lower-case extension without the dot (`"jpg"`), or "" when the name has none."""
        name = self.filename.rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def too_large(max_bytes: int) -> MockError:
    return MockError(ErrorKind.TOO_LARGE, params={"max_bytes": max_bytes, "kilobytes": max_bytes // 1024})


def malformed(what: str, detail: str) -> MockError:
    """400 for a body that cannot be read as `what` (JSON, multipart, form, text); `detail` is the
    parser's reason (never the body itself)."""
    return MockError(ErrorKind.MALFORMED_BODY, params={"format": what, "detail": detail})


async def read_body(receive: Receive, headers: Headers, max_bytes: int) -> bytes:
    """The whole request body; 413 as soon as it is known to exceed `max_bytes`."""
    declared = headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and (len(declared) > 18 or int(declared) > max_bytes):
        raise too_large(max_bytes)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":  # never act on half a body
            raise malformed("request body", "the connection closed before the body was complete")
        chunk = message.get("body", b"")
        if chunk:
            size += len(chunk)
            if size > max_bytes:
                raise too_large(max_bytes)
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise ValueError(f"the number {text[:20]} is out of range")
    return number


def _replace_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_replace_lone_surrogates(key): _replace_lone_surrogates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace_lone_surrogates(item) for item in value]
    return value


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_lone_surrogate(key) or _has_lone_surrogate(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(item) for item in value)
    return False


_DECODER: Final = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite)


def decode_json_text(text: str | bytes, *, replace_lone_surrogates: bool = False) -> Any:
    """A JSON document; raises ValueError (or RecursionError) for invalid JSON and for what JSON
    allows but no client can mean: NaN/Infinity, numbers beyond float range, and unpaired
    surrogates (`"\\ud800"`, which no UTF-8 text can carry) unless asked to replace those by U+FFFD."""
    if isinstance(text, bytes):
        # orjson first (a tenth of the time for a small body): it takes the same documents, except
        # that it reads an integer past 64 bits as a float (no run of 19 digits: none can be one),
        # and it refuses everything refused below, plus a BOM and UTF-16/32, which the standard
        # library then decides as before, with its own reasons.
        try:
            document = orjson.loads(text)
        except orjson.JSONDecodeError:
            pass
        else:
            if _LONG_NUMBER not in text.translate(_DIGITS_AS_ZERO):  # a third of a regex search's time
                return document
    return decode_json_standard(text, replace_lone_surrogates=replace_lone_surrogates)


def decode_json_standard(text: str | bytes, *, replace_lone_surrogates: bool = False) -> Any:
    """`decode_json_text` by the standard library alone: what the orjson path must agree with."""
    # `json.loads(text, parse_constant=..., parse_float=...)` without building a decoder each time.
    if isinstance(text, str):
        if text.startswith("\ufeff"):
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        document = _DECODER.decode(text)
    else:
        document = _DECODER.decode(text.decode(json.detect_encoding(text), "surrogatepass"))
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    if _SURROGATE_ESCAPE.search(raw) and _has_lone_surrogate(document):
        if not replace_lone_surrogates:
            raise ValueError("a string holds an unpaired UTF-16 surrogate")
        document = _replace_lone_surrogates(document)
    return document


def parse_json(data: bytes) -> Any:
    """The JSON document of a body; 400 "Malformed JSON body" with the parser's reason otherwise."""
    try:
        return decode_json_text(data)
    except json.JSONDecodeError as exc:
        raise malformed("JSON", f"{exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
    except UnicodeDecodeError:
        raise malformed("JSON", "the body is not valid UTF-8.") from None
    except ValueError as exc:
        raise malformed("JSON", f"{exc}.") from None
    except RecursionError:
        raise malformed("JSON", "nested too deeply.") from None


async def _replay(data: bytes) -> AsyncGenerator[bytes, None]:
    yield data


FormFields = dict[str, list[str | UploadedFile]]


async def parse_form(data: bytes, headers: Headers, media_type: str) -> FormFields:
    """Fields of a multipart or urlencoded body, each name with all its values in order."""
    parser: MultiPartParser | FormParser
    if media_type == "multipart/form-data":
        parser = MultiPartParser(
            headers,
            _replay(data),
            max_files=_MAX_FORM_FILES,
            max_fields=_MAX_FORM_FIELDS,
            max_part_size=len(data) + 1,
        )
        what = "multipart"
    else:
        parser = FormParser(headers, _replay(data), max_fields=_MAX_FORM_FIELDS, max_part_size=len(data) + 1)
        what = "form"
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise malformed(what, exc.message) from None
    except Exception as exc:  # python-multipart raises several types for malformed input
        raise malformed(what, str(exc)) from None
    fields: FormFields = {}
    try:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                content = await value.read()
                fields.setdefault(name, []).append(
                    UploadedFile(filename=value.filename or "", content_type=value.content_type, data=content)
                )
            else:
                fields.setdefault(name, []).append(value)
    finally:
        await form.close()
    return fields


def is_text(value: object) -> bool:
    return isinstance(value, str)
