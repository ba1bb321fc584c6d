"""The mock's request journal: what was asked and answered, for tests that assert on traffic.

Every request the vendor API part of the mock answers (control endpoints excepted) leaves one entry:
sequence number, time (the mock's clock), method, path as sent, query string, status and the
operationId it matched. Secrets never enter the journal: headers (Authorization, cookies, API key
headers) and bodies (passwords, client secrets, uploads) are not kept at all, and the value of every
query parameter that can carry a credential (the spec's `apiKey` query parameters, parameters of
`format: password`, names like token/key/secret/password/signature) is masked before it is stored.

The journal holds the last `capacity` entries (default 10 000), so a long-running mock's memory
stays bounded. `GET /__vendorkit/requests` (see `generator.mock.control`) reads it through `select`.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request

from generator.mock.context import raw_request_path
from generator.model import Api
from generator.runtime.redaction import MASK, SENSITIVE_QUERY_KEYS

DEFAULT_CAPACITY: Final = 10_000
_REDACTED_KEPT: Final = 256
_SECRET_NAME: Final = re.compile(r"pass(word|wd)?|secret|token|key|signature|credential|auth", re.IGNORECASE)


def secret_query_names(api: Api) -> frozenset[str]:
    """Lower-cased names of the query parameters of `api` that can carry a credential."""
    names = {name.lower() for name in SENSITIVE_QUERY_KEYS}
    for scheme in api.security_schemes.values():
        if scheme.type == "apiKey" and scheme.location == "query" and scheme.parameter:
            names.add(scheme.parameter.lower())
    for operation in api.operations:
        for parameter in operation.parameters:
            schema = parameter.schema.node if parameter.schema is not None else {}
            if parameter.location == "query" and schema.get("format") == "password":
                names.add(parameter.name.lower())
    return frozenset(names)


def redact_query(query: str, secret_names: Iterable[str]) -> str:
    """`query` with the value of each credential-bearing parameter replaced by `***`."""
    if not query:
        return ""
    names = frozenset(secret_names)
    pairs = [
        (key, MASK if key.lower() in names or _SECRET_NAME.search(key) else value)
        for key, value in parse_qsl(query, keep_blank_values=True)
    ]
    return urlencode(pairs, safe="*")


@dataclass(frozen=True)
class Entry:
    """One request the mock answered."""

    seq: int
    time: float
    method: str
    path: str
    query: str
    status: int
    operation: str | None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class JournalFilter:
    """Which entries `Journal.select` returns; None matches anything.

    `status` is one status (`404`) or a class (`4` for 4xx); `path_prefix` matches the path as sent;
    `since` keeps entries at or after that time (Unix seconds on the mock's clock).
    """

    method: str | None = None
    path_prefix: str | None = None
    status: int | None = None
    status_class: int | None = None
    since: float | None = None
    operation: str | None = None

    def matches(self, entry: Entry) -> bool:
        return (
            (self.method is None or entry.method == self.method.upper())
            and (self.path_prefix is None or entry.path.startswith(self.path_prefix))
            and (self.status is None or entry.status == self.status)
            and (self.status_class is None or entry.status // 100 == self.status_class)
            and (self.since is None or entry.time >= self.since)
            and (self.operation is None or entry.operation == self.operation)
        )


class Journal:
    """The last `capacity` requests, oldest first; safe to write from the loop and worker threads."""

    def __init__(
        self, clock: Callable[[], float], secret_names: Iterable[str], capacity: int = DEFAULT_CAPACITY
    ) -> None:
        self._clock = clock
        self._secret_names = frozenset(secret_names)
        # Entries are kept as plain tuples (the query already redacted) and made `Entry`s when read:
        # a frozen dataclass per request was a tenth of the journal's cost of a request.
        self._entries: deque[tuple[int, float, str, str, str, int, str | None]] = deque(maxlen=capacity)
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._redacted: dict[bytes, str] = {}  # query string as sent -> as journaled

    def record(
        self, request: Request, status: int, operation: str | None = None, raw_path: str | None = None
    ) -> None:
        """Journal a request that was answered `status`; `raw_path` is its path as sent, when known."""
        scope = request.scope
        query = scope.get("query_string", b"")
        redacted = self._redacted.get(query) if query else ""
        if redacted is None:  # a query not seen lately: redacted now, kept for the next time
            redacted = redact_query(query.decode("latin-1"), self._secret_names)
            if len(self._redacted) >= _REDACTED_KEPT:
                self._redacted.clear()
            self._redacted[query] = redacted
        path = raw_path if raw_path is not None else raw_request_path(scope)
        with self._lock:
            self._entries.append(
                (next(self._numbers), self._clock(), scope["method"], path, redacted, status, operation)
            )

    def select(self, where: JournalFilter = JournalFilter()) -> list[Entry]:
        with self._lock:
            entries = [Entry(*fields) for fields in self._entries]
        return [entry for entry in entries if where.matches(entry)]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
