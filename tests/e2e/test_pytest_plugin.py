"""The vendorkit-mocks pytest plugin, run by pytest's own `pytester` as a user's suite would use it
(issue 17): per vendor an in-process and a loopback fixture yielding an authenticated client of the
vendor's package and the mock's state; the marker's fault mode, clock and seed; isolation per test
by default, sharing when asked; a clear error when the client package is missing."""

from __future__ import annotations

import os

import pytest

from tests.conftest import GENERATED, generated_vendors

pytest_plugins = ["pytester"]

PLUGIN = "generator.mockkit.pytest_plugin"  # installed as vendorkit_mocks.mockkit.pytest_plugin (pytest11)

USER_SUITE = """
import httpx
import pytest

from storyly_client.models import SegmentCreate


def test_in_process_client_state_and_journal(jumpstory_mock):
    assert jumpstory_mock.client.users.list() == []
    assert [entry.operation for entry in jumpstory_mock.requests()] == ["listUsers"]
    assert jumpstory_mock.requests(status=200)[0].path == "/v1/user"
    assert jumpstory_mock.base_url.startswith("http://jumpstory.mock")


def test_isolated_one(storyly_mock):
    segment = storyly_mock.client.segments.create(body=SegmentCreate(label="vip"))
    assert segment.label == "vip"
    assert [record["label"] for record in storyly_mock.store["segments"].records(everyone=True)] == ["vip"]


def test_isolated_two(storyly_mock):
    assert storyly_mock.client.segments.list() == []


@pytest.mark.vendorkit_mock(shared=True)
def test_shared_one(storyly_mock):
    storyly_mock.client.segments.create(body=SegmentCreate(label="kept"))


@pytest.mark.vendorkit_mock(shared=True)
def test_shared_two(storyly_mock):
    assert [segment.label for segment in storyly_mock.client.segments.list()] == ["kept"]


@pytest.mark.vendorkit_mock(clock="manual", faults={"error_rate": 1.0, "error_statuses": (503,), "seed": 1})
def test_fault_mode_on_a_manual_clock(jumpstory_mock):
    import jumpstory_client

    with pytest.raises(jumpstory_client.APIError):
        jumpstory_mock.client.users.list()
    assert jumpstory_mock.settings.clock.slept  # the retries waited on the shared manual clock
    assert {entry.status for entry in jumpstory_mock.requests()} == {503}


@pytest.mark.vendorkit_mock(seed=9)
def test_loopback_server(jumpstory_mock_server):
    assert jumpstory_mock_server.base_url.startswith("http://127.0.0.1:")
    health = httpx.get(jumpstory_mock_server.root_url + "/__vendorkit/health").json()
    assert health["seed"] == 9
    assert jumpstory_mock_server.client.users.list() == []


def test_missing_client_package(mediagraph_mock, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "mediagraph_client", None)
    with pytest.raises(ImportError, match=r"needs the package mediagraph-client \\(import name mediagraph_client\\)"):
        mediagraph_mock.client
    assert mediagraph_mock.http().get("/__vendorkit/health").json()["vendor"] == "mediagraph"
"""


def run_suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, *args: str) -> pytest.RunResult:
    """The user's suite in a pytest of its own (a subprocess, with the client packages on its path):
    an in-process run would drop the modules it imported first (schemathesis' among them) from
    `sys.modules` afterwards, leaving this session with two copies of them."""
    path = os.pathsep.join(str(GENERATED / vendor) for vendor in generated_vendors())
    monkeypatch.setenv("PYTHONPATH", path)
    return pytester.runpytest_subprocess("-p", PLUGIN, "-p", "no:cacheprovider", "-q", *args)


def test_a_users_suite_gets_fixtures_markers_and_isolation(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(test_integration=USER_SUITE)
    result = run_suite(pytester, monkeypatch)
    result.assert_outcomes(passed=8)


def test_a_bad_marker_is_a_usage_error_naming_the_keywords(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(
        test_bad="""
import pytest

@pytest.mark.vendorkit_mock(colour="red")
def test_it(storyly_mock):
    pass
"""
    )
    result = run_suite(pytester, monkeypatch)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*vendorkit_mock: unknown keyword colour; expected *seed*shared*"])


def test_the_fixtures_are_listed_per_vendor(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_suite(pytester, monkeypatch, "--fixtures")
    for vendor in ("jumpstory", "printiki", "storyly", "jilster", "mediagraph"):
        result.stdout.fnmatch_lines([f"{vendor}_mock*", f"{vendor}_mock_server*"], consecutive=False)
