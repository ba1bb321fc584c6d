"""pytest plugin of vendorkit-mocks (entry point `pytest11`): a fixture pair per vendor.

For every vendor the package carries (`jumpstory`, `printiki`, ...):

- `<vendor>_mock`: the mock in-process, answering through an ASGI transport (no port);
- `<vendor>_mock_server`: the mock on a free 127.0.0.1 port (`.base_url` is a real URL).

Each yields a `VendorMock`: `.client` is a ready, authenticated client of the vendor's package
(`jumpstory_client.JumpStory`), `.new_async_client()` its async twin, `.state`/`.store`/`.engine`
the mock's state to seed and assert on, `.requests(...)` the journal, `.reset()`.

Configure with the marker (on a test, class or module):

    @pytest.mark.vendorkit_mock(seed=7, faults=FaultOptions(error_rate=0.2, seed=1), clock="manual",
                                rate_limit="spec-default", credentials={...}, shared=False)

- `clock="manual"` gives mock and client one `ManualClock` (`mock.settings.clock`), or pass a clock;
- `faults` the fault mode (`generator.mock.FaultOptions`, or a dict of its fields);
- `shared=True` hands the test the one mock of the session for that vendor (built with the default
  settings, never reset): state carries over between the tests that share it. Without it (the
  default) every test gets its own mock, seeded afresh.

`--vendorkit-mock-shared` shares by default for a whole run (a marker's `shared=False` still isolates).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack
from dataclasses import fields
from typing import Any

import pytest

from generator.mock import FaultOptions
from generator.mockkit.clock import ManualClock
from generator.mockkit.data import vendor_names
from generator.mockkit.harness import MockSettings, VendorMock

MARKER = "vendorkit_mock"
_SETTINGS = {item.name for item in fields(MockSettings)}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("vendorkit-mocks")
    group.addoption(
        "--vendorkit-mock-shared",
        action="store_true",
        default=False,
        help="share one mock per vendor across the session unless a test's marker says shared=False",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(seed=0, faults=None, clock=None, rate_limit=None, credentials=None, "
        "token_lifetime_seconds=None, shared=False): how the vendorkit mock fixtures behave",
    )


def settings_of(request: pytest.FixtureRequest) -> tuple[MockSettings, bool]:
    """The test's `MockSettings` and whether it shares the session's mock, from its markers
    (the closest marker wins per keyword) and the command line."""
    given: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keywords only, got {marker.args!r}")
        given.update(marker.kwargs)
    shared = bool(given.pop("shared", request.config.getoption("vendorkit_mock_shared")))
    unknown = sorted(set(given) - _SETTINGS)
    if unknown:
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER}: unknown keyword {', '.join(unknown)}; expected "
            f"{', '.join(sorted(_SETTINGS | {'shared'}))}"
        )
    if given.get("clock") == "manual":
        given["clock"] = ManualClock()
    faults = given.get("faults")
    if isinstance(faults, dict):
        given["faults"] = FaultOptions(**faults)
    if given.get("credentials") is None:
        given.pop("credentials", None)
    if shared and given:
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER}(shared=True) uses the session's mock as it is; "
            f"it cannot also set {', '.join(sorted(given))}"
        )
    return MockSettings(**given), shared


Starter = Callable[[str, MockSettings], AbstractContextManager[VendorMock]]


@pytest.fixture(scope="session")
def _vendorkit_shared_mocks() -> Iterator[Callable[[str, str, Starter], VendorMock]]:
    """The session's shared mocks, one per vendor and kind, started on first use."""
    started: dict[tuple[str, str], VendorMock] = {}
    with ExitStack() as stack:

        def get(vendor: str, kind: str, start: Starter) -> VendorMock:
            if (vendor, kind) not in started:
                started[vendor, kind] = stack.enter_context(start(vendor, MockSettings()))
            return started[vendor, kind]

        yield get


def _fixture(vendor: str, kind: str, start: Starter) -> Any:
    def fixture(
        request: pytest.FixtureRequest, _vendorkit_shared_mocks: Callable[[str, str, Starter], VendorMock]
    ) -> Iterator[VendorMock]:
        settings, shared = settings_of(request)
        if shared:
            yield _vendorkit_shared_mocks(vendor, kind, start)
            return
        with start(vendor, settings) as mock:
            yield mock

    fixture.__doc__ = (
        f"The {vendor} mock {'in-process (ASGI transport)' if kind == 'mock' else 'on a free loopback port'}:"
        f" a VendorMock (.client, .state, .store, .requests(), .reset()); see the vendorkit_mock marker."
    )
    return pytest.fixture(name=f"{vendor}_{kind}")(fixture)


def _register() -> None:
    for vendor in vendor_names():
        globals()[f"{vendor}_mock"] = _fixture(vendor, "mock", VendorMock.in_process)
        globals()[f"{vendor}_mock_server"] = _fixture(vendor, "mock_server", VendorMock.on_port)


_register()
