"""Did the client send what it was given? Comparing a captured request with the generated case.

A typed client can pass every round trip through its own models and still put something else on
the wire (a dropped field, a number turned into a string, a Python repr in a form field). So client
fuzzing captures the request the client really sent and compares it, part by part, with the case
schemathesis generated. Values are compared as the wire carries them: path segments and query
values as text, JSON bodies as JSON (a property with `x-json-encoded` as the document it encodes),
multipart parts as bytes or text (objects and arrays as JSON documents, per OpenAPI's default part
encoding). Credentials the client adds to the query (`?token=`) are its auth, not part of the case.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, parse_qsl, unquote

import httpx


def same_json(parsed: Any, wire: Any) -> bool:
    """Whether two JSON values are the same data. Equal, except that a `format: date-time` string
    may be another RFC 3339 spelling of the same instant and offset: a client parses
    "2024-04-17T16:33:22.113Z" into a datetime whose `isoformat()` is
    "2024-04-17T16:33:22.113000+00:00" (Mediagraph's Rails timestamps), and sends it that way."""
    if isinstance(parsed, dict) and isinstance(wire, dict):
        return parsed.keys() == wire.keys() and all(same_json(parsed[key], wire[key]) for key in parsed)
    if isinstance(parsed, list) and isinstance(wire, list):
        return len(parsed) == len(wire) and all(same_json(a, b) for a, b in zip(parsed, wire, strict=True))
    if parsed == wire:
        return True
    if isinstance(parsed, str) and isinstance(wire, str) and "T" in parsed.upper() and "T" in wire.upper():
        try:
            left, right = datetime.fromisoformat(parsed), datetime.fromisoformat(wire)
        except ValueError:
            return False
        return left == right and left.utcoffset() == right.utcoffset()
    return False


def text_of(value: Any) -> str:
    """A scalar as a URL, header or form part carries it (JSON spelling for booleans and null)."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def path_values(template: str, path: str) -> dict[str, str] | None:
    """The decoded path parameters of `path` (as sent) for a spec path `template`; None if no match."""
    names = re.findall(r"\{([^{}/]+)\}", template)
    literals = re.split(r"\{[^{}/]+\}", template)
    pattern = "([^/]+)".join(re.escape(literal) for literal in literals)
    found = re.fullmatch(pattern, path)
    if found is None:
        return None
    return {name: unquote(value) for name, value in zip(names, found.groups(), strict=True)}


def query_values(request: httpx.Request) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for key, value in parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True):
        values.setdefault(key, []).append(value)
    return values


def expected_query(query: Mapping[str, Any]) -> dict[str, list[str]]:
    """What form-style (explode) query serialisation of `query` puts on the wire."""
    expected: dict[str, list[str]] = {}
    for key, value in query.items():
        items = value if isinstance(value, list) else [value]
        if items:  # an empty exploded array puts nothing in the query string
            expected[key] = [text_of(item) for item in items]
    return expected


def decode_json_encoded(body: Any, fields: Sequence[str]) -> Any:
    """`body` with each `x-json-encoded` field replaced by the JSON document its string holds."""
    if not isinstance(body, dict):
        return body
    decoded = dict(body)
    for name in fields:
        if isinstance(decoded.get(name), str):
            with contextlib.suppress(ValueError):
                decoded[name] = json.loads(decoded[name])
    return decoded


def json_encoded_fields(schema: Any) -> list[str]:
    """Top-level properties of a body schema whose string carries a JSON document."""
    properties = schema.get("properties") if isinstance(schema, Mapping) else None
    return [
        name
        for name, prop in (properties or {}).items()
        if isinstance(prop, Mapping)
        and (prop.get("x-json-encoded") or str(prop.get("contentMediaType", "")).endswith("json"))
    ]


def multipart_parts(request: httpx.Request) -> dict[str, list[bytes]]:
    """The parts of a multipart request body, by field name (raw bytes of each part)."""
    content_type = request.headers.get("content-type", "")
    raw = b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + request.content
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    parts: dict[str, list[bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            parts.setdefault(name, []).append(payload)
    return parts


def expected_multipart(body: Mapping[str, Any]) -> dict[str, list[bytes]]:
    """The part contents OpenAPI's default encoding gives `body`: files as bytes, others as text/JSON."""
    expected: dict[str, list[bytes]] = {}
    for name, value in body.items():
        items = value if isinstance(value, list) else [value]
        expected[name] = [
            item if isinstance(item, bytes) else text_of(item).encode("utf-8") for item in items
        ]
    return expected


def body_mismatch(request: httpx.Request, expected: Any, media_type: str | None, schema: Any) -> str | None:
    """Why the sent body differs from `expected` (None when it is the same on the wire)."""
    if expected is None:
        return (
            f"sent a body ({len(request.content)} bytes) although none was given" if request.content else None
        )
    if media_type and media_type.startswith("multipart/"):
        sent_parts = multipart_parts(request)
        wanted = expected_multipart(expected)
        differing = [
            f"{name!r}: sent {_parts(sent_parts.get(name))}, expected {_parts(wanted.get(name))}"
            for name in sorted(set(sent_parts) | set(wanted))
            if not _same_parts(sent_parts.get(name), wanted.get(name), expected.get(name))
        ]
        return "multipart parts differ: " + "; ".join(differing) if differing else None
    if media_type == "application/x-www-form-urlencoded" and isinstance(expected, Mapping):
        sent_fields = parse_qs(request.content.decode("utf-8", "replace"), keep_blank_values=True)
        wanted_fields = expected_form(expected)
        if sent_fields != wanted_fields:
            return f"form body differs: sent {_short(sent_fields)}, expected {_short(wanted_fields)}"
        return None
    try:
        sent = json.loads(request.content)
    except ValueError:
        return f"sent a body that is not JSON: {request.content[:200]!r}"
    fields = json_encoded_fields(schema)
    if not same_json(decode_json_encoded(sent, fields), decode_json_encoded(expected, fields)):
        return f"JSON body differs: sent {_short(sent)}, expected {_short(expected)}"
    return None


def expected_form(body: Mapping[str, Any]) -> dict[str, list[str]]:
    """The fields OpenAPI's default form encoding gives `body` (style form, explode true): an array
    repeats its field (Rails' `ids[]=1&ids[]=2`), scalars as text, null as an empty field (as
    httpx, and schemathesis itself, send it)."""
    expected: dict[str, list[str]] = {}
    for name, value in body.items():
        items = value if isinstance(value, list) else [value]
        if items:
            expected[name] = ["" if item is None else text_of(item) for item in items]
    return expected


def _same_parts(sent: list[bytes] | None, wanted: list[bytes] | None, value: Any) -> bool:
    """Whether the parts sent carry `value`: bytes as they are, an object or array as the JSON
    document it is (key order and escaping are the serialiser's choice, not a different value)."""
    if sent == wanted:
        return True
    items = value if isinstance(value, list) else [value]
    if sent is None or len(sent) != len(items) or not any(isinstance(i, dict | list) for i in items):
        return False
    for part, item in zip(sent, items, strict=True):
        if isinstance(item, dict | list):
            try:
                if json.loads(part) != item:
                    return False
            except ValueError:
                return False
        elif part != (item if isinstance(item, bytes) else text_of(item).encode("utf-8")):
            return False
    return True


def _parts(parts: list[bytes] | None) -> str:
    if parts is None:
        return "nothing"
    return (
        "[" + ", ".join(repr(p) if len(p) <= 60 else f"<{len(p)} bytes {p[:12]!r}...>" for p in parts) + "]"
    )


def _short(value: Any, limit: int = 400) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."
