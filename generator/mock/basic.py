"""HTTP Basic credentials (RFC 7617) as a request carries them in `Authorization`."""

from __future__ import annotations

import base64
import binascii
import functools
import hmac
from typing import Final


def decode_basic(authorization: str | None) -> tuple[str, str] | None:
    """`(user, password)` of `Authorization: Basic <base64(user:password)>`, or None when the header
    is absent, of another scheme or not decodable (the user ends at the first colon, RFC 7617 §2).

    A client sends the same header on every request: the last few headers of a usual length are
    decoded once (decoding it on every request was 7% of the instructions of a basic-auth search)."""
    if authorization is None:
        return None
    if len(authorization) <= _CACHED_LENGTH:
        return _decode_cached(authorization)
    return _decode(authorization)


_CACHED_LENGTH: Final = 512


def _decode(authorization: str) -> tuple[str, str] | None:
    kind, _, encoded = authorization.strip().partition(" ")
    if kind.lower() != "basic" or not encoded.strip():
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, password = decoded.partition(":")
    return (user, password) if colon else None


_decode_cached: Final = functools.lru_cache(maxsize=256)(_decode)


def equal_secrets(given: str, expected: bytes) -> bool:
    """Constant-time comparison of a presented credential with the expected one."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected)
