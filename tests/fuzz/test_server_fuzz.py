"""schemathesis against every generated vendor's mock: all checks, in process and over loopback HTTP.

Each operation gets the examples, coverage and fuzzing phases (positive and negative data) with
`FUZZ_EXAMPLES` examples, in process: the mock's own code, the same as over HTTP, without a socket.
Over loopback, the stateful tests chain operations through the spec's OpenAPI links, every scenario
on a fresh mock, and the regression seeds at the end hold the HTTP stack (uvicorn, httptools, the
routes) to the spec; `vendorkit fuzz`'s whole run against each vendor's mock (`test_fuzz_command.py`:
examples, coverage, fuzzing and stateful phases) is over loopback too. Both kinds ran on both
transports before, with different draws of the same code under test: the second transport was a
third of the suite's fuzzing time.

Every check schemathesis has runs; the only deviations from its defaults are the vendor's own, in
its overlay next to the operation (`x-fuzz`: allowances with their reasons, and the schemathesis
workarounds it needs, see `generator/fuzz/workarounds.py`).

A vendor whose mock cannot be built is in none of the schemathesis tests below, and fails
`test_every_vendor_has_a_mock` and its stateful tests with the reason.
"""

from __future__ import annotations

import atexit
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
import schemathesis

from generator.fuzz.auth import apply_credentials
from tests.conftest import GENERATED
from tests.fuzz.conftest import FUZZ_EXAMPLES, MOCKED_VENDORS, STATEFUL_SCENARIOS, VENDORS, require_mock
from tests.support.fuzzing.target import in_process_target, loopback_target, stateful_settings

pytestmark = pytest.mark.fuzz

# schemathesis' pytest integration builds one test per operation at collection time, and already
# generates (and authenticates) the coverage-phase cases then: the mocks must be up during collection.
# The loopback ones serve the regression test at the end of this module.
IN_PROCESS = {v: in_process_target(GENERATED, v, max_examples=FUZZ_EXAMPLES) for v in MOCKED_VENDORS}
LOOPBACK = {v: loopback_target(GENERATED, v, max_examples=FUZZ_EXAMPLES) for v in MOCKED_VENDORS}
_SERVERS = ExitStack()
for _target in (*IN_PROCESS.values(), *LOOPBACK.values()):
    _SERVERS.callback(_target.close)  # takes the schemathesis workarounds off again
for _target in LOOPBACK.values():
    _SERVERS.enter_context(_target.served())
atexit.register(_SERVERS.close)  # in case no test of this module runs


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_vendor_has_a_mock(vendor: str) -> None:
    require_mock(vendor)


@pytest.fixture(scope="session", autouse=True)
def _stop_servers_at_session_end() -> Iterator[None]:
    """Stop the loopback mocks while pytest still captures output: at exit, their last log lines
    would go to closed streams and print "--- Logging error ---" tracebacks."""
    yield
    _SERVERS.close()


@pytest.fixture(autouse=True)
def fresh_mocks() -> None:
    """Every test starts on fresh mocks, so no test depends on what ran before it (or on which
    xdist worker it landed)."""
    for target in (*IN_PROCESS.values(), *LOOPBACK.values()):
        target.reset()


@schemathesis.pytest.parametrize(**{vendor: target.schema for vendor, target in IN_PROCESS.items()})
def test_mock_conforms_in_process(case: Any) -> None:
    case.call_and_validate()


# The stateful tests build their own schema: schemathesis learns from every response a schema sees
# (values to reuse, inferred links), and a stateful run must not depend on which tests ran before.
@pytest.mark.parametrize("vendor", VENDORS)
def test_stateful_over_http(vendor: str) -> None:
    require_mock(vendor)
    with loopback_target(GENERATED, vendor, max_examples=FUZZ_EXAMPLES) as target, target.served():
        target.state_machine().run(settings=stateful_settings(max_examples=STATEFUL_SCENARIOS))


def _operations_with_path_parameters() -> list[tuple[str, str, str]]:
    found = []
    for vendor in MOCKED_VENDORS:
        for result in IN_PROCESS[vendor].schema.get_all_operations():
            operation = result.ok()
            if any(True for _ in operation.path_parameters):
                found.append((vendor, operation.method.upper(), operation.path))
    return found


PATH_OPERATIONS = _operations_with_path_parameters()


@pytest.mark.parametrize("transport", ["in-process", "loopback"])
@pytest.mark.parametrize(
    ("vendor", "method", "path"), PATH_OPERATIONS, ids=[f"{v}-{m} {p}" for v, m, p in PATH_OPERATIONS]
)
def test_control_characters_in_path_parameters_get_a_documented_answer(
    vendor: str, method: str, path: str, transport: str
) -> None:
    """A regression seed for what fuzzing found: an id with a line feed (`%0A`) must get the API's
    own JSON error (404/422), like any other unknown id, not the web framework's text/plain 404
    (which a catch-all Starlette route gave over HTTP: its `.*` stops at a line feed)."""
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    target = (IN_PROCESS if transport == "in-process" else LOOPBACK)[vendor]
    operation = target.schema[path][method]
    case = operation.Case(
        path_parameters={parameter.name: "vendorkit\nfuzz" for parameter in operation.path_parameters}
    )
    apply_credentials(
        target.auth.credentials_for(method, path) or [],
        headers=case.headers,
        query=case.query,
        cookies=case.cookies,
    )
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )
