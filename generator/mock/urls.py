"""Links the mock puts into bodies: absolute URLs back to itself, optionally signed and expiring.

Vendors hand out short-lived download URLs ("20_MINUTE_EXPIRE_URL"). The mock signs such URLs
like Laravel's temporary signed routes: `?expires=<epoch>&signature=<HMAC-SHA256 of path+expires>`,
with a per-process random key, and its helper routes refuse a URL that was altered or has expired.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import quote

from generator.mock.ids import ascii_int
from generator.mock.options import Clock


class UrlSigner:
    def __init__(self, clock: Clock, key: bytes | None = None) -> None:
        self._clock = clock
        self._key = key or secrets.token_bytes(32)

    def _signature(self, path: str, expires: int) -> str:
        return hmac.new(self._key, f"{path}?expires={expires}".encode(), hashlib.sha256).hexdigest()

    def sign(self, base_url: str, path: str, ttl_seconds: int) -> str:
        """`base_url + path` with `expires` and `signature` query parameters."""
        expires = int(self._clock()) + ttl_seconds
        quoted = quote(path)
        return (
            f"{base_url.rstrip('/')}{quoted}?expires={expires}&signature={self._signature(quoted, expires)}"
        )

    def verify(self, raw_path: str, expires: str | None, signature: str | None) -> bool:
        """Whether a request to `raw_path` carries an unaltered, unexpired signature."""
        deadline = ascii_int(expires)
        if deadline is None or signature is None:
            return False
        expected = self._signature(raw_path, deadline)
        return hmac.compare_digest(expected, signature) and self._clock() < deadline
