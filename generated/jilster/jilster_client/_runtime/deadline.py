"""A call's deadline, carried by its requests so that every wait and every request of the call keeps it.

`RequestOptions.deadline` bounds a whole call: pacing, each try, the backoff between tries, and the
requests the call triggers on the way (a login, a token refresh, an OAuth refresh) that the auth flow
sends inside httpx. The send loop (`base.exchange`) knows the deadline; the auth flow does not see the
loop, only the request. So the loop writes the moment the call must end (on the client's clock's
`monotonic` time) into the request's httpx extensions, and the auth flow's driver (`flows.FlowAuth`)
bounds each request it sends with it: its timeout is cut to what is left, and a request that would
start after the deadline is not sent (`APITimeoutError`, naming that request).
"""

from __future__ import annotations

from typing import Any

import httpx

from .clock import Clock
from .errors import APITimeoutError
from .record import Record
from .redaction import redact_url

DEADLINE = "vendorkit.deadline"
"""httpx extension key: the call's `Deadline`."""

CALL = "vendorkit.call"
"""httpx extension key: the request is a facade call of one of the spec's operations, so the auth
flow must find its operation (and its credentials) or refuse to send it (`auth.VendorAuth`)."""

TIMEOUT_KEYS = ("connect", "read", "write", "pool")
_TIMEOUT_KEY_SET = frozenset(TIMEOUT_KEYS)


class Deadline(Record):
    """When a call must end: `at` seconds on `clock`'s `monotonic` time (the client's clock, so a
    test's fake clock moves it). One is built per call (the default policy has a deadline)."""

    __slots__ = ("at", "clock")

    def __init__(self, clock: Clock, at: float) -> None:
        self.clock = clock
        self.at = at

    def remaining(self) -> float:
        return self.at - self.clock.monotonic()


def with_deadline(request: dict[str, Any], deadline: Deadline | None) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request`, marked as a facade call (`CALL`) and
    carrying the call's deadline (if any), without an empty `params`."""
    extensions = dict(request.get("extensions") or {})
    extensions[CALL] = True
    if deadline is not None:
        extensions[DEADLINE] = deadline
    shaped = {**request, "extensions": extensions}
    if "params" in shaped and not shaped["params"]:
        # A generated `_get_kwargs` passes `params={}` when no query parameter is set: httpx then
        # merges it into the client's and rebuilds the URL, the same URL, at a cost on every call.
        del shaped["params"]
    return shaped


def bounded(request: httpx.Request, call: httpx.Request) -> httpx.Request:
    """`request` (the call's own or one it triggers) with its timeout cut to what is left of the
    deadline that `call` carries; raises `APITimeoutError` when nothing is left."""
    deadline = call.extensions.get(DEADLINE)
    if not isinstance(deadline, Deadline):
        return request
    remaining = deadline.remaining()
    if remaining <= 0:
        raise APITimeoutError(
            request.method,
            redact_url(str(request.url)),
            detail="not sent: the call's deadline ran out before this request",
        )
    timeout = request.extensions.get("timeout") or {}
    if len(timeout) == len(TIMEOUT_KEYS) and None not in timeout.values() and max(timeout.values()) <= remaining:
        return request  # already within the deadline (the send loop clamped the call's own timeout)
    request.extensions["timeout"] = {
        key: remaining if timeout.get(key) is None else min(float(timeout[key]), remaining) for key in TIMEOUT_KEYS
    }
    return request


def too_late(method: str, url: str, wait: float, remaining: float, what: str) -> APITimeoutError:
    """The error for a wait that cannot end before the deadline: raised at once, not after waiting."""
    return APITimeoutError(
        method,
        redact_url(url),
        detail=f"not sent: {what} would wait {wait:.3g} s, the call's deadline leaves {max(remaining, 0):.3g} s",
    )
