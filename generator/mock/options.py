"""Options of a mock server instance: credentials, token lifetime, throttle, clock, strictness.

One frozen dataclass, so a test states exactly what it changes (`MockOptions(clock=fake.now)`)
and everything else keeps the behaviour the spec documents.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Literal

from generator.mock.faults import FaultOptions
from generator.runtime.clock import SYSTEM_CLOCK
from generator.runtime.clock import Clock as InjectedClock

Clock = Callable[[], float]
"""Seconds since the epoch, like `time.time`: what the mock's parts read (`MockOptions.clock.time`)."""

SPEC_DEFAULT: Final = "spec-default"

RateLimitOption = tuple[int, float] | None | Literal["spec-default"]
"""`(requests, per_seconds)`, `None` (no throttle) or "spec-default" (root `x-rate-limit`)."""


@dataclass(frozen=True)
class MockOptions:
    """How one mock app behaves where the spec leaves a choice to the operator.

    - `credentials`: values of the credentials named in root `x-auth.credentials` (e.g.
      `{"admin_key": "demo-admin-key"}`); a missing one falls back to `x-mock.credentials.<name>.default`.
      `resolve_credentials` (in `generator.mock.server`) adds CLI overrides and environment variables.
    - `token_lifetime_seconds`: lifetime of tokens the mock issues; `None` keeps each scheme's
      documented `lifetime-seconds`.
    - `rate_limit`: `(requests, per_seconds)`, `None` to disable, or "spec-default" for `x-rate-limit`.
    - `clock`: the time source of token expiry, throttling and timestamps in bodies: the same
      `generator.runtime.clock.Clock` a client takes, so a test moves both sides' time at once.
    - `seed`: makes seeded data (a vendor's stock library, ids) deterministic.
    - `public_base_url`: base of the links the mock puts into bodies (file URLs); by default the
      scheme and host the request came to.
    - `max_body_bytes`: larger request bodies are refused with 413 before they are parsed.
    - `validate_responses`: check every answer against the declared response (status, media type,
      schema, required headers) and treat a mismatch as a server bug. Tests turn it on.
    - `raise_server_errors`: let a bug in a handler propagate (tests) instead of answering 500.
    - `faults`: latency, injected 429/5xx and broken bodies for testing clients (off by default).
    - `state_file`: an SQLite file that keeps the records, vendor state and issued tokens across
      restarts (`vendorkit mock --state FILE`, `generator.mock.persistence`); None keeps them in memory.
    """

    credentials: Mapping[str, str] = field(default_factory=dict)
    token_lifetime_seconds: float | None = None
    rate_limit: RateLimitOption = SPEC_DEFAULT
    clock: InjectedClock = SYSTEM_CLOCK
    seed: int = 0
    public_base_url: str | None = None
    max_body_bytes: int = 8 * 1024 * 1024
    validate_responses: bool = False
    raise_server_errors: bool = False
    faults: FaultOptions | None = None
    state_file: Path | None = None
