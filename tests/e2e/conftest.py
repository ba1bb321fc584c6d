"""JumpStory mocks over real HTTP on loopback for the client end-to-end tests.

Besides the session's shared mock (`running_mock` in tests/conftest.py), two purpose-built ones:
tokens that expire within seconds (renewal) and a throttle small enough to hit quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from generator.mock import MockOptions, background_server, load_vendor_app
from tests.conftest import GENERATED, RunningMock


@dataclass(frozen=True)
class MockServer:
    base_url: str
    admin_key: str
    token_lifetime: float = 900.0
    rate_limit: tuple[int, float] = (0, 0.0)


ADMIN_KEY = "e2e-admin-key"


def _serve(options: MockOptions) -> Iterator[str]:
    with background_server(load_vendor_app("jumpstory", GENERATED, options)) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def jumpstory_mock(running_mock: Callable[[str], RunningMock]) -> MockServer:
    mock = running_mock("jumpstory")
    return MockServer(base_url=mock.base_url, admin_key=mock.credentials["admin_key"])


@pytest.fixture(scope="module")
def short_token_mock() -> Iterator[MockServer]:
    lifetime = 1.5
    options = MockOptions(
        credentials={"admin_key": ADMIN_KEY}, token_lifetime_seconds=lifetime, rate_limit=None
    )
    for base_url in _serve(options):
        yield MockServer(base_url, ADMIN_KEY, token_lifetime=lifetime)


@pytest.fixture
def throttled_mock() -> Iterator[MockServer]:
    limit = (3, 2.0)
    options = MockOptions(credentials={"admin_key": ADMIN_KEY}, rate_limit=limit)
    for base_url in _serve(options):
        yield MockServer(base_url, ADMIN_KEY, rate_limit=limit)
