"""Work the runtime does once instead of per request, and checks it skips when they cannot fail:
the same requests go out (`plain_auth.py`, `deadline.bounded`, `record.Record`)."""

from __future__ import annotations

import base64

import httpx
import pytest

from generator.runtime.credentials import AuthConfigurationError, Credentials
from generator.runtime.deadline import DEADLINE, TIMEOUT_KEYS, Deadline, bounded
from generator.runtime.errors import APITimeoutError
from generator.runtime.flows import Wait
from generator.runtime.plain_auth import HttpBasicAuth, StaticBearerAuth
from generator.runtime.schemes import HttpBasic, StaticBearer
from tests.support.clock import FakeClock


class CountingCredentials(Credentials):
    fills = 0

    def fill(self, template: str, token: object = None, refresh_token: object = None) -> str:
        CountingCredentials.fills += 1
        return super().fill(template)


def _request() -> httpx.Request:
    return httpx.Request("GET", "https://api.example.com/x", headers={"Authorization": "old"})


def test_plain_headers_are_made_once_and_set_on_every_request() -> None:
    CountingCredentials.fills = 0
    credentials = CountingCredentials({"pat": "p4ss", "org": "42"})
    scheme = HttpBasic(username="", password="$credential.pat", headers={"OrganizationId": "$credential.org"})
    auth = HttpBasicAuth(scheme, credentials)
    for _ in range(3):
        request = _request()
        auth.apply(request)
        assert request.headers.get_list("Authorization") == ["Basic " + base64.b64encode(b":p4ss").decode()]
        assert request.headers["OrganizationId"] == "42"
    assert CountingCredentials.fills == 3  # username, password, header: once for the client's life

    bearer = StaticBearerAuth(
        StaticBearer(credential="key", headers={"X-Org": "acme"}), Credentials({"key": "k"})
    )
    request = _request()
    bearer.apply(request)
    assert request.headers["Authorization"] == "Bearer k" and request.headers["X-Org"] == "acme"


def test_a_missing_credential_still_raises_on_every_request() -> None:
    auth = StaticBearerAuth(StaticBearer(credential="key"), Credentials({}))
    for _ in range(2):
        with pytest.raises(AuthConfigurationError):
            auth.apply(_request())


def _call(clock: FakeClock, left: float, timeout: dict[str, float | None]) -> httpx.Request:
    return httpx.Request(
        "GET",
        "https://api.example.com/x",
        extensions={DEADLINE: Deadline(clock, clock.monotonic() + left), "timeout": dict(timeout)},
    )


def test_bounded_keeps_a_timeout_already_within_the_deadline_and_cuts_a_longer_one() -> None:
    clock = FakeClock()
    within = _call(clock, 10.0, dict.fromkeys(TIMEOUT_KEYS, 5.0))
    assert bounded(within, within).extensions["timeout"] == dict.fromkeys(TIMEOUT_KEYS, 5.0)
    longer = _call(clock, 10.0, {"connect": 5.0, "read": 30.0, "write": None, "pool": 1.0})
    assert bounded(longer, longer).extensions["timeout"] == {
        "connect": 5.0,
        "read": 10.0,
        "write": 10.0,
        "pool": 1.0,
    }
    partial = _call(clock, 10.0, {"read": 1.0})
    assert bounded(partial, partial).extensions["timeout"] == {
        "connect": 10.0,
        "read": 1.0,
        "write": 10.0,
        "pool": 10.0,
    }
    over = _call(clock, 0.0, dict.fromkeys(TIMEOUT_KEYS, 5.0))
    with pytest.raises(APITimeoutError):
        bounded(over, over)


def test_records_compare_and_print_by_field() -> None:
    clock = FakeClock()
    assert Wait(clock, 1.0) == Wait(clock, 1.0) and Wait(clock, 1.0) != Wait(clock, 2.0)
    assert repr(Wait(clock, 1.5)).startswith("Wait(clock=") and "seconds=1.5" in repr(Wait(clock, 1.5))
    assert Deadline(clock, 3.0) != Wait(clock, 3.0)
    with pytest.raises(TypeError):
        hash(Wait(clock, 1.0))
