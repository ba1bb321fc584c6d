"""`vendorkit fuzz`: the whole run against the mock it starts, a failing server, and input errors.

The report must never show a credential: neither the demo admin key nor an issued token, even when
a (broken) server echoes them back in a body that schemathesis prints.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from generator.cli import main
from generator.fuzz import run_fuzz
from generator.fuzz.allowances import describe_allowances
from generator.fuzz.plan import build_plan
from generator.fuzz.redact import JWT_PATTERN
from generator.fuzz.workarounds import declared, describe_workarounds
from generator.vendors import Project
from tests.conftest import GENERATED, ROOT
from tests.fuzz.conftest import VENDORS, require_mock
from tests.support.fuzzing.target import load_api, mock_factory

pytestmark = pytest.mark.fuzz

EXAMPLES = 2


def assert_no_secrets(output: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in output
    assert not JWT_PATTERN.search(output), "an issued token reached the report"


@pytest.mark.parametrize("vendor", VENDORS)
def test_fuzzing_the_mock_it_starts_passes_and_prints_no_secret(vendor: str) -> None:
    require_mock(vendor)
    out = io.StringIO()
    code = run_fuzz(Project(ROOT), vendor, base_url=None, max_examples=EXAMPLES, seed=1, out=out)
    report = out.getvalue()
    assert code == 0, report
    assert "Stateful" in report and "Coverage" in report
    api = load_api(GENERATED, vendor)
    assert_no_secrets(report, list(build_plan(vendor, api).secrets))
    # What the run does not hold the API to is in its report: every allowance and workaround, and
    # what each workaround did.
    for line in (*describe_allowances(api), *describe_workarounds(api)):
        assert f"  - {line}\n" in report
    for name in declared(api):
        assert f"vendorkit: workaround {name}: " in report


class LeakyServerError:
    """Wraps a mock so that authenticated requests to some operations answer 500 with the request's
    Authorization header in the body, the worst case for a report that prints response bodies."""

    def __init__(self, app: Any, method: str, path_pattern: str) -> None:
        self.app = app
        self.method = method
        self.pattern = re.compile(path_pattern)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        leak = headers.get("authorization", "")
        targeted = scope["type"] == "http" and scope["method"] == self.method
        if not (targeted and self.pattern.fullmatch(scope["path"]) and leak.startswith("Bearer ")):
            await self.app(scope, receive, send)
            return
        body = json.dumps({"message": "boom", "debug": leak}).encode()
        start = {
            "type": "http.response.start",
            "status": 500,
            "headers": [(b"content-type", b"application/json")],
        }
        await send(start)
        await send({"type": "http.response.body", "body": body})


@pytest.fixture
def leaky_jumpstory() -> Iterator[str]:
    from generator.mock import background_server

    spec = load_api(GENERATED, "jumpstory")
    app = mock_factory(GENERATED, "jumpstory", spec, build_plan("jumpstory", spec, environ={}))
    with background_server(LeakyServerError(app, "GET", r"/v1/archive/index|/v1/user")) as base_url:
        yield base_url


def test_failures_are_reported_with_exit_1_and_secrets_masked(leaky_jumpstory: str) -> None:
    out = io.StringIO()
    code = run_fuzz(
        Project(ROOT), "jumpstory", base_url=leaky_jumpstory, max_examples=EXAMPLES, seed=1, out=out
    )
    report = out.getvalue()
    assert code == 1, report
    assert "GET /v1/user" in report and "GET /v1/archive/index" in report
    assert "500" in report
    assert_no_secrets(report, ["demo-admin-key"])


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["fuzz", "no-such-vendor"], "no such vendor"),
        (["fuzz", "jumpstory", "--base-url", "ftp://example.test"], "expected an http(s) URL"),
        (["fuzz", "jumpstory", "--max-examples", "0"], "must be at least 1"),
    ],
)
def test_input_errors_exit_2_with_one_line(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(ROOT), *arguments]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
