"""Keeping secrets out of reprs, logs, exception messages and tracebacks.

A `Secret` wraps a credential so that the only way to get the value is to ask for it by name
(`reveal()`), at the one place it goes on the wire. `redact_url` and `redact_headers` scrub what
logging and error messages show of a request.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MASK = "***"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
SENSITIVE_QUERY_KEYS = frozenset({"token", "access_token", "refresh_token", "api_key", "apikey", "key", "secret"})


class Secret:
    """A credential whose repr and str never show the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def redact_url(url: str, extra_keys: Iterable[str] = ()) -> str:
    """The URL with the values of credential-bearing query parameters masked."""
    keys = SENSITIVE_QUERY_KEYS | {k.lower() for k in extra_keys}
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = [(k, MASK if k.lower() in keys else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(pairs, safe="*")))


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of the headers with credential-bearing values masked."""
    return {k: (MASK if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}
