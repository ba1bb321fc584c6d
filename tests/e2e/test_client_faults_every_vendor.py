"""Every vendor's generated client against its own mock in fault mode, over loopback (issue 15).

The mock drops connections, answers 429/503 with `Retry-After`, sends HTML error pages and cuts
bodies short at seeded rates; the client calls each read it can make with the mock's demo
credentials (logins and token renewals included, which meet the same faults). Every call must end
as a typed answer or as the package's own `APIError` (never a `KeyError`, a JSON error or a raw
httpx exception), and the retries must get most reads through. Waits run on an injected clock.
`tests/e2e/test_faults.py` goes through JumpStory's client fault by fault.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest

from generator.mock import FaultOptions, MockOptions, background_server, load_vendor_app, resolve_credentials
from generator.model import Api, Operation
from generator.runtime.schemes import IssuedBearer
from tests.conftest import GENERATED
from tests.fuzz.conftest import VENDORS, require_mock
from tests.hostile.corpus import CLIENT_FAULT_CALLS as CALLS
from tests.support.clock import FakeClock
from tests.support.fuzzing.target import load_api

FAULTS = FaultOptions(
    error_rate=0.15, drop_rate=0.1, html_rate=0.05, broken_body_rate=0.05, retry_after_seconds=1, seed=15
)


def plain_reads(api: Api, facade: Any) -> list[Operation]:
    """GETs with no required parameter, one documented answer each, that the facade's own
    credentials authenticate (no per-user token a subject would need)."""
    subject_schemes = {
        name
        for name, scheme in api.auth.schemes.items()
        if isinstance(scheme, IssuedBearer) and scheme.needs_subject
    }
    found = []
    for operation in api.operations:
        if operation.method != "GET" or operation.variants or not operation.sdk_name:
            continue
        if any(p.required and p.location in ("path", "query") for p in operation.parameters):
            continue
        if operation.security and all(
            set(requirement) & subject_schemes for requirement in operation.security
        ):
            continue
        if hasattr(getattr(facade, operation.resource, None), operation.sdk_name):
            found.append(operation)
    return found


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_client_meets_faults_with_answers_or_its_own_typed_errors(vendor: str) -> None:
    require_mock(vendor)
    api = load_api(GENERATED, vendor)
    credentials = resolve_credentials(api, {}, environ={})
    options = MockOptions(credentials=credentials, rate_limit=None, faults=FAULTS)
    package = importlib.import_module(f"{vendor}_client")
    facade_class = getattr(package, api.client_name)
    accepted = inspect.signature(facade_class).parameters
    given = {name: value for name, value in credentials.items() if name in accepted}
    clock = FakeClock()
    outcomes: dict[str, int] = {"answered": 0, "typed error": 0}
    with background_server(load_vendor_app(vendor, GENERATED, options)) as base_url:
        client = facade_class(base_url=base_url + api.base_path, clock=clock, rate_limit=False, **given)
        reads = plain_reads(api, client)
        assert reads, f"{vendor}: no read its client can make with the demo credentials alone"
        for number in range(CALLS):
            operation = reads[number % len(reads)]
            method = getattr(getattr(client, operation.resource), operation.sdk_name)
            try:
                method()
            except package.APIError:
                outcomes["typed error"] += 1
            else:
                outcomes["answered"] += 1
        client.close()
    assert outcomes["answered"] >= CALLS // 2, f"{vendor}: {outcomes}"
    assert clock.slept, f"{vendor}: no retry waited (on the injected clock): {outcomes}"
