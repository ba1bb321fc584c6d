"""The hostile requests tried against every vendor's mock, as data: which operations get which
inputs. The tests in this folder send exactly these cases, and `tally` counts them for the README's
table of what was tried and held (`python -m tests.hostile.corpus` prints the table; a test checks the
README carries the current one)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass

from generator.model import Api, Operation

MAX_BODY = 64 * 1024  # the mocks' body limit in these tests: "beyond the limit" stays cheap to send

JSON_BODIES = {
    "truncated JSON": b'{"a": ',
    "deeply nested JSON": b"[" * 100_000 + b"]" * 100_000,
    "NaN": b'{"a": NaN, "b": Infinity}',
    "invalid UTF-8": b'{"a": "\xff\xfe\xfd"}',
    "raw NUL byte": b'{"a": "\x00"}',
    "lone surrogate escape": b'{"a": "\\ud800"}',
    "a huge number": b'{"a": 1' + b"0" * 5000 + b"}",
}
TRAVERSAL_NAMES = ("../../../../etc/passwd", "..\\..\\boot.ini", "a\x00.png", "/" * 300 + "x.png")
HOSTILE_IDS = ("9" * 5000, "%C2%B2", "%EF%BC%91", "%00", "..%2F..%2Fetc%2Fpasswd", "-1", "1e309", "%FF")
JUNK_QUERY = "&".join(f"k{n}=" + "v" * 40 for n in range(1200))  # ~55 KB
SMUGGLING = {
    "Content-Length and Transfer-Encoding": (
        b"Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\n\r\n"
    ),
    "two Content-Lengths": b"Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}",
    "negative Content-Length": b"Content-Length: -5\r\n\r\n{}",
    "Content-Length in another script": "Content-Length: \u00b2\r\n\r\n{}".encode(),
    "obfuscated Transfer-Encoding": b"Transfer-Encoding: xchunked\r\n\r\n{}",
    "bad chunk size": b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    "NUL in a header": b"X-Test: a\x00b\r\nContent-Length: 2\r\n\r\n{}",
}
CLIENT_FAULT_CALLS = 40  # calls of each client against its mock in fault mode (tests/e2e/)
BAD_CREDENTIALS = (
    "none",
    "wrong",
    "alg: none",
    "re-signed",
    "another instance's",
    "expired",
    "another scheme's",
)


def media_types(operation: Operation) -> list[str]:
    return [media.media_type for media in operation.request_body.content] if operation.request_body else []


def json_operations(api: Api) -> list[Operation]:
    return [operation for operation in api.operations if "application/json" in media_types(operation)]


def body_operations(api: Api) -> Iterator[tuple[Operation, str]]:
    for operation in api.operations:
        for media in media_types(operation):
            yield operation, media


def multipart_operations(api: Api) -> list[Operation]:
    return [op for op in api.operations if any(m.startswith("multipart/") for m in media_types(op))]


def id_operations(api: Api) -> list[Operation]:
    return [op for op in api.operations if any(p.location == "path" for p in op.parameters)]


def smuggling_operations(api: Api) -> list[Operation]:
    return [op for op in api.operations if op.method in ("POST", "PUT", "PATCH")][:3]


@dataclass(frozen=True)
class Tally:
    operations: int
    hostile_requests: int
    secured_operations: int


def tally(api: Api) -> Tally:
    """How many hostile requests the corpus sends to `api`'s mock, and to how many secured operations
    each kind of bad credential goes."""
    requests = (
        len(json_operations(api)) * len(JSON_BODIES)
        + len(list(body_operations(api)))
        + len(multipart_operations(api)) * (len(TRAVERSAL_NAMES) + 1)
        + len(id_operations(api)) * len(HOSTILE_IDS)
        + len(api.operations)  # the junk query string
        + len(smuggling_operations(api)) * len(SMUGGLING)
    )
    return Tally(len(api.operations), requests, sum(1 for op in api.operations if op.security))


def table(vendors: list[str]) -> str:
    """The README's table: per vendor what the hostile, auth and load tests send, and what broke."""
    from tests.conftest import GENERATED
    from tests.hostile.load import planned_requests
    from tests.support.fuzzing.target import load_api

    lines = [
        "| vendor | operations | hostile requests | secured operations | load run requests | client calls under faults | failures |",
        "|---|---|---|---|---|---|---|",
    ]
    for vendor in vendors:
        api = load_api(GENERATED, vendor)
        counts = tally(api)
        lines.append(
            f"| {api.client_name} | {counts.operations} | {counts.hostile_requests:,} | "
            f"{counts.secured_operations} | {planned_requests(api):,} | {CLIENT_FAULT_CALLS} | 0 |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    from tests.conftest import generated_vendors

    sys.stdout.write(table(generated_vendors()) + "\n")
