"""Every vendor's mock under hostile input, over real HTTP (issue 15).

For every operation of every generated vendor, authenticated as `vendorkit fuzz` authenticates:
malformed, deeply nested and non-finite JSON, invalid UTF-8 and NUL bytes, bodies and multipart parts
beyond the size limit, traversal file names, huge ids and ids in other scripts, huge query strings,
and request-smuggling framings sent as raw bytes. Every answer must be a 4xx (a body the parser
cannot read is a 4xx; a request the mock understood may be refused in the vendor's style), never a
500 and never a hang; each answer from the mock itself is checked against the merged spec
(`validate_responses`: an answer outside the vendor's declared error style becomes a 500 here).
The mocks never fetch a URL they are given: a listener stands in for every URL field and must see
no connection.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from generator.fuzz.auth import apply_credentials
from generator.model import Api, Operation
from tests.conftest import GENERATED
from tests.fuzz.conftest import MOCKED_VENDORS, VENDORS, require_mock
from tests.hostile.corpus import (
    HOSTILE_IDS,
    JSON_BODIES,
    JUNK_QUERY,
    MAX_BODY,
    SMUGGLING,
    TRAVERSAL_NAMES,
    body_operations,
    id_operations,
    json_operations,
    multipart_operations,
    smuggling_operations,
)
from tests.support.fuzzing.target import FuzzTarget, loopback_target

TIMEOUT = 10.0


@dataclass
class Hostile:
    """A served mock plus what authenticates a request to each operation."""

    api: Api
    target: FuzzTarget
    base_url: str
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=TIMEOUT))
    _credentials: dict[str, Any] = field(default_factory=dict)  # a token is obtained once per operation

    def auth(self, operation: Operation) -> tuple[dict[str, str], dict[str, str]]:
        """Headers (cookies among them) and query parameters that authenticate `operation`."""
        if operation.operation_id not in self._credentials:
            self._credentials[operation.operation_id] = self.target.auth.credentials_for(
                operation.method, operation.path
            )
        headers: dict[str, str] = {}
        query: dict[str, str] = {}
        cookies: dict[str, str] = {}
        if credentials := self._credentials[operation.operation_id]:
            apply_credentials(credentials, headers=headers, query=query, cookies=cookies)
        if cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        return headers, query


@pytest.fixture(scope="module", params=VENDORS)
def hostile(request: pytest.FixtureRequest) -> Iterator[Hostile]:
    vendor: str = request.param
    require_mock(vendor)
    options = {"validate_responses": True, "max_body_bytes": MAX_BODY}
    target = loopback_target(GENERATED, vendor, max_examples=1, mock_options=options)
    with target, target.served() as base_url:
        target.auth.ensure_subjects()
        hostile = Hostile(target.api, target, base_url)
        with hostile.client:
            yield hostile


def url_of(hostile: Hostile, operation: Operation, id_value: str | None = None) -> str:
    """The operation's URL with every path parameter filled (`id_value` for the first, if given)."""
    path = operation.path
    for index, parameter in enumerate(p for p in operation.parameters if p.location == "path"):
        value = id_value if (id_value is not None and index == 0) else "1"
        path = path.replace("{" + parameter.name + "}", value)
    return hostile.base_url + hostile.api.base_path + path


def send(hostile: Hostile, operation: Operation, **kwargs: Any) -> httpx.Response:
    headers, query = hostile.auth(operation)
    headers.update(kwargs.pop("headers", {}))
    url = kwargs.pop("url", None) or url_of(hostile, operation)
    return hostile.client.request(operation.method, url, params=query or None, headers=headers, **kwargs)


def assert_refused(answer: httpx.Response, what: str) -> None:
    assert 400 <= answer.status_code < 500, f"{what}: {answer.status_code} {answer.text[:300]}"


def test_malformed_json_bodies_are_refused(hostile: Hostile) -> None:
    for operation in json_operations(hostile.api):
        for what, body in JSON_BODIES.items():
            answer = send(hostile, operation, content=body, headers={"Content-Type": "application/json"})
            assert_refused(answer, f"{operation.operation_id}: {what}")


def test_bodies_beyond_the_limit_are_refused_before_they_are_read(hostile: Hostile) -> None:
    for operation, media in body_operations(hostile.api):
        content_type = media if not media.startswith("multipart/") else "multipart/form-data; boundary=x"
        answer = send(
            hostile, operation, content=b"x" * (MAX_BODY + 1), headers={"Content-Type": content_type}
        )
        assert_refused(answer, f"{operation.operation_id} {media}: a body beyond the limit")


def test_multipart_traversal_names_and_huge_parts_are_refused_or_sanitized(hostile: Hostile) -> None:
    for operation in multipart_operations(hostile.api):
        for name in TRAVERSAL_NAMES:
            answer = send(hostile, operation, files={"file": (name, b"\x89PNG\r\n\x1a\n" + b"0" * 64)})
            assert answer.status_code < 500, f"{operation.operation_id} {name!r}: {answer.status_code}"
            assert "../" not in answer.text and "..\\" not in answer.text, answer.text[:300]
        big = send(hostile, operation, files={"file": ("big.png", b"\x89PNG\r\n\x1a\n" + b"0" * MAX_BODY)})
        assert_refused(big, f"{operation.operation_id}: a part beyond the limit")


def test_hostile_ids_are_not_found_or_refused(hostile: Hostile) -> None:
    for operation in id_operations(hostile.api):
        for spelled in HOSTILE_IDS:
            answer = send(hostile, operation, url=url_of(hostile, operation, spelled))
            assert_refused(answer, f"{operation.operation_id} id {spelled[:20]!r}")


def test_huge_query_strings_are_never_a_server_error(hostile: Hostile) -> None:
    for operation in hostile.api.operations:
        answer = send(hostile, operation, url=url_of(hostile, operation) + "?" + JUNK_QUERY)
        assert answer.status_code < 500, f"{operation.operation_id}: {answer.status_code} {answer.text[:200]}"


def raw_exchange(base_url: str, data: bytes) -> bytes:
    """Send `data` as is on a fresh connection; everything the server answers until it closes or
    goes quiet (a server that hangs fails the `recv` timeout)."""
    parts = urlsplit(base_url)
    with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=TIMEOUT) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received


def test_smuggling_framings_are_refused(hostile: Hostile) -> None:
    for operation in smuggling_operations(hostile.api):
        headers, _ = hostile.auth(operation)
        path = urlsplit(url_of(hostile, operation)).path
        head = f"{operation.method} {path} HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\n"
        head += "".join(f"{name}: {value}\r\n" for name, value in headers.items())
        for what, rest in SMUGGLING.items():
            answer = raw_exchange(hostile.base_url, head.encode() + rest)
            statuses = [
                int(line.split()[1]) for line in answer.split(b"\r\n") if line.startswith(b"HTTP/1.1 ")
            ]
            assert statuses, f"{operation.operation_id} {what}: no answer"
            assert 400 <= statuses[0] < 500, f"{operation.operation_id} {what}: {answer[:300]!r}"
            assert len(statuses) == 1, f"{operation.operation_id} {what}: a second request was read"


def url_fields(schema: Any) -> list[str]:
    """Top-level string properties that take a URL (`format: uri`/`url`, or named `*_url`/`url`)."""
    if not isinstance(schema, dict):
        return []
    return [
        name
        for name, node in (schema.get("properties") or {}).items()
        if isinstance(node, dict)
        and (node.get("format") in ("uri", "url", "iri") or name == "url" or name.endswith("_url"))
    ]


def example_of(schema: Any, examples: tuple[Any, ...] = ()) -> dict[str, Any]:
    for candidate in (
        *examples,
        *(schema.get("examples") or [] if isinstance(schema, dict) else []),
        schema.get("example") if isinstance(schema, dict) else None,
    ):
        if isinstance(candidate, dict):
            return dict(candidate)
    return {}


def baited_requests(api: Api, operation: Operation, bait: str) -> Iterator[dict[str, Any]]:
    """httpx keyword arguments of requests whose URL fields (in a JSON body, or in a JSON part of a
    multipart body) all hold `bait`, the rest of the body taken from the docs' examples."""
    for media in operation.request_body.content if operation.request_body else ():
        if media.schema is None:
            continue
        if media.media_type == "application/json":
            fields = url_fields(media.schema.resolved)
            if fields:
                body = example_of(media.schema.resolved, media.examples) | {name: bait for name in fields}
                yield {"content": json.dumps(body).encode(), "headers": {"Content-Type": "application/json"}}
        elif media.media_type.startswith("multipart/") and isinstance(media.schema.resolved, dict):
            for part in media.schema.resolved.get("properties") or {}:
                part_schema = api.resolver.property(media.schema, part)
                fields = url_fields(part_schema.resolved if part_schema else None)
                if part_schema and fields:
                    body = example_of(part_schema.resolved) | {name: bait for name in fields}
                    yield {"files": {part: (None, json.dumps(body), "application/json")}}


@pytest.mark.parametrize("vendor", MOCKED_VENDORS)
def test_the_mocks_never_fetch_urls_they_are_given(vendor: str) -> None:
    hits: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            hits.append(connection.recv(200))
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    bait = f"http://127.0.0.1:{listener.getsockname()[1]}/bait.png"
    target = loopback_target(GENERATED, vendor, max_examples=1)
    tried: list[str] = []
    try:
        with target, target.served() as base_url:
            target.auth.ensure_subjects()
            hostile = Hostile(target.api, target, base_url)
            with hostile.client:
                for operation in hostile.api.operations:
                    for request in baited_requests(hostile.api, operation, bait):
                        answer = send(hostile, operation, **request)
                        assert answer.status_code < 500, f"{operation.operation_id}: {answer.text[:200]}"
                        tried.append(f"{operation.operation_id} {answer.status_code}")
    finally:
        stop.set()
        thread.join()
        listener.close()
    assert hits == [], f"the {vendor} mock fetched a URL it was given: {hits[0][:100]!r}"
    if vendor in ("jumpstory", "storyly"):  # vendors whose docs take URLs (image_url, media_url)
        assert any(" 2" in line for line in tried), f"no baited request was accepted: {tried}"


def test_memory_per_hostile_request_is_bounded(hostile: Hostile) -> None:
    """The largest hostile inputs (a body just under the limit, deep nesting, a huge query) make the
    mock allocate in proportion to the body limit, not to what the client claims or sends after it.
    The server runs in this process, so tracemalloc sees its allocations."""
    import tracemalloc

    operations = json_operations(hostile.api)[:5]
    tracemalloc.start()
    try:
        for operation in operations:
            tracemalloc.reset_peak()
            baseline = tracemalloc.get_traced_memory()[0]
            for body in (b'{"a": "' + b"x" * (MAX_BODY - 16) + b'"}', JSON_BODIES["deeply nested JSON"]):
                send(hostile, operation, content=body, headers={"Content-Type": "application/json"})
            peak = tracemalloc.get_traced_memory()[1] - baseline
            assert peak < 32 * MAX_BODY, f"{operation.operation_id}: {peak} bytes at the peak"
    finally:
        tracemalloc.stop()
