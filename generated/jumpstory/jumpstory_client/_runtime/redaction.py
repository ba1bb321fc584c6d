"""Keeping secrets out of reprs, logs, exception messages and tracebacks.

A `Secret` wraps a credential so that the only way to get the value is to ask for it by name
(`reveal()`), at the one place it goes on the wire. `redact_url` and `redact_headers` scrub what
logging and error messages show of a request.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MASK = "***"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
SENSITIVE_QUERY_KEYS = frozenset(
    {"token", "access_token", "refresh_token", "api_key", "apikey", "key", "secret"}
    # The authorisation of pre-signed URLs (S3, Google Cloud Storage, Azure SAS, generic signers):
    # an upload URL is a credential for as long as it lives.
    | {"signature", "sig", "x-amz-signature", "x-amz-credential", "x-amz-security-token"}
    | {"x-goog-signature", "x-goog-credential"}
)


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


class _RedactUrls(logging.Filter):
    """Masks credential query values in URL arguments of httpx's own log lines: httpx logs every
    request as `HTTP Request: GET <url> ...` at INFO, and a query-string token (`?token=...`) would
    otherwise reach whatever handler the application configured."""

    vendorkit_redaction = True

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any("?" in str(arg) for arg in args):
            record.args = tuple(_redacted_arg(arg) for arg in args)
        elif isinstance(record.msg, str) and "?" in record.msg:
            record.msg = " ".join(redact_url(part) if "?" in part else part for part in record.msg.split(" "))
        return True


def _redacted_arg(arg: Any) -> Any:
    text = str(arg)
    return redact_url(text) if "?" in text and "://" in text else arg


def install_log_redaction(logger_names: Iterable[str] = ("httpx",)) -> None:
    """Attach the URL-redacting filter to the HTTP library's loggers (once per logger)."""
    for name in logger_names:
        logger = logging.getLogger(name)
        if not any(getattr(f, "vendorkit_redaction", False) for f in logger.filters):
            logger.addFilter(_RedactUrls())


SECRET_KEYS = frozenset(
    {"token", "access_token", "refresh_token", "id_token", "password", "secret", "api_key", "apikey"}
)
"""Names of fields an answer did not declare (a model's `additional_properties`) that are masked anyway."""


def redacted_repr(model: Any, secret_fields: tuple[str, ...]) -> str:
    """`Model(a=1, token='***')`: the repr attrs gives a generated model, with the named fields
    (marked `x-sdk-secret` in the spec) and undeclared fields named like credentials masked.
    An unset or empty field shows as it is: there is nothing to hide."""
    parts = []
    for field in type(model).__attrs_attrs__:
        value = getattr(model, field.name)
        if field.name == "additional_properties" and isinstance(value, dict):
            value = {key: (MASK if str(key).lower() in SECRET_KEYS and item else item) for key, item in value.items()}
        elif field.name in secret_fields and value:
            value = MASK
        parts.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"
