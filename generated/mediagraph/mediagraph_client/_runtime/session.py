"""Building the authenticated httpx-backed client a facade works through."""

from __future__ import annotations

import platform
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .auth import VendorAuth
from .clock import SYSTEM_CLOCK, Clock
from .ratelimit import RateLimiter
from .redaction import install_log_redaction
from .routes import RouteTable
from .schemes import Scheme

DEFAULT_TIMEOUT_SECONDS = 30.0


def build_auth(
    *,
    base_url: str,
    schemes: Mapping[str, Scheme],
    routes: Any,
    credentials: Mapping[str, str | None],
    subject: str | None,
    clock: Clock = SYSTEM_CLOCK,
) -> VendorAuth:
    """The vendor's auth flow for a base URL, from the `_vendor.py` data (and, since every client is
    built here, the redaction of httpx's own request log lines, which show query-string tokens)."""
    install_log_redaction()
    return VendorAuth(
        schemes=schemes,
        routes=RouteTable(routes, base_path=urlsplit(base_url).path),
        credentials=credentials,
        subject=subject,
        clock=clock,
        base_url=base_url,
    )


def default_rate_limiter(config: Mapping[str, Any] | None, clock: Clock = SYSTEM_CLOCK) -> RateLimiter | None:
    """A limiter for the vendor's documented throttle (`x-rate-limit`), or None when it has none."""
    if not config:
        return None
    return RateLimiter(int(config["requests"]), float(config["per-seconds"]), clock=clock)


def user_agent(package: str, version: str, generator_version: str) -> str:
    """`<package>/<version> (vendorkit <version>; python <version>)`: what a server's logs should show."""
    return f"{package}/{version} (vendorkit {generator_version}; python {platform.python_version()})"
