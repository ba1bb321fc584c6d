"""JumpStory mocks over real HTTP on loopback for the client end-to-end tests.

Besides the session's shared mock (`running_mock` in tests/conftest.py), two purpose-built ones on a
`FakeClock` that the tests share with the client and move by hand: one to let tokens expire
(renewal), one with a throttle small enough to hit quickly (pacing). Nothing waits in real time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from generator.mock import MockOptions, background_server, load_vendor_app
from tests.conftest import GENERATED, RunningMock
from tests.support.clock import FakeClock


@dataclass(frozen=True)
class MockServer:
    base_url: str
    admin_key: str
    token_lifetime: float = 900.0
    rate_limit: tuple[int, float] = (0, 0.0)
    clock: FakeClock = field(default_factory=FakeClock)
    """The mock's clock (a fake one for the purpose-built mocks: give it to the client too)."""


ADMIN_KEY = "e2e-admin-key"


def _serve(options: MockOptions) -> Iterator[str]:
    with background_server(load_vendor_app("jumpstory", GENERATED, options)) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def jumpstory_mock(running_mock: Callable[[str], RunningMock]) -> MockServer:
    mock = running_mock("jumpstory")
    return MockServer(base_url=mock.base_url, admin_key=mock.credentials["admin_key"])


@pytest.fixture(scope="module")
def clocked_mock() -> Iterator[MockServer]:
    """Tokens live their documented 900 s, on a fake clock the tests move."""
    clock = FakeClock()
    options = MockOptions(credentials={"admin_key": ADMIN_KEY}, rate_limit=None, clock=clock)
    for base_url in _serve(options):
        yield MockServer(base_url, ADMIN_KEY, clock=clock)


@pytest.fixture
def throttled_mock() -> Iterator[MockServer]:
    """3 requests per 2 s, counted on a fake clock."""
    limit, clock = (3, 2.0), FakeClock()
    options = MockOptions(credentials={"admin_key": ADMIN_KEY}, rate_limit=limit, clock=clock)
    for base_url in _serve(options):
        yield MockServer(base_url, ADMIN_KEY, rate_limit=limit, clock=clock)
