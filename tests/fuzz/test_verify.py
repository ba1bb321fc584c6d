"""`vendorkit verify VENDOR --base-url URL` (issue 17), against the Storyly mock with a deliberately
drifted copy of its spec: every drift is reported (schema mismatch, missing header, undocumented
status), exit 1; the true spec passes; only safe operations are called unless writes are allowed;
credentials come from `<VENDOR>_<PARAM>`; the pace stays under the documented throttle."""

from __future__ import annotations

import copy
import io
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import InputError
from generator.fuzz import verify as verify_module
from generator.fuzz.verify import pace, run_verify
from generator.mock import MockOptions, background_server, engine_of, load_vendor_app
from generator.mock.journal import JournalFilter
from tests.conftest import GENERATED
from tests.support.fuzzing.target import load_api

pytestmark = pytest.mark.fuzz

ENV = {"STORYLY_TOKEN": "demo-token"}


@pytest.fixture
def storyly() -> Iterator[tuple[str, Any]]:
    app = load_vendor_app("storyly", GENERATED, MockOptions(rate_limit=None))
    with background_server(app) as root:
        yield root + "/external", engine_of(app)


def drifted_copy(folder: Path) -> Path:
    """generated/storyly/openapi.yaml with three drifts the mock (the "live API") does not follow."""
    document = yaml.safe_load((GENERATED / "storyly" / "openapi.yaml").read_text())
    drifted = copy.deepcopy(document)
    segments = drifted["paths"]["/segment"]["get"]["responses"]["200"]["content"]["application/json"]
    segments["schema"] = {
        "type": "object",
        "required": ["status", "total"],
        "properties": {"total": {"type": "integer"}},
    }
    apps = drifted["paths"]["/app"]["get"]["responses"]["200"]
    apps["headers"] = {"X-Request-Id": {"required": True, "schema": {"type": "string"}}}
    stories = drifted["paths"]["/story"]["get"]["responses"]
    stories["201"] = stories.pop("200")
    target = folder / "generated" / "storyly"
    target.mkdir(parents=True)
    (target / "openapi.yaml").write_text(yaml.safe_dump(drifted, sort_keys=False))
    return folder / "generated"


def test_every_drift_is_reported_and_only_reads_were_made(storyly: tuple[str, Any], tmp_path: Path) -> None:
    base_url, engine = storyly
    out = io.StringIO()
    junit = tmp_path / "verify.xml"
    code = run_verify(
        drifted_copy(tmp_path), "storyly", base_url=base_url, environ=ENV, out=out,
        junit_xml=junit, max_examples=2, seed=1,
    )  # fmt: skip
    report = out.getvalue()
    assert code == 1, report
    drift = report.split("DRIFT:", 1)[1]
    assert "GET /segment: " in drift and "GET /app: " in drift and "GET /story: " in drift
    assert "X-Request-Id" in report
    assert "demo-token" not in report
    failed = {case.get("name") for case in ElementTree.parse(junit).getroot().iter("testcase") if len(case)}
    assert {"GET /segment", "GET /app", "GET /story"} <= failed
    assert {entry.method for entry in engine.journal.select()} == {"GET"}
    assert "left out createSegment: POST is a write" in report


def test_the_true_spec_shows_no_drift_and_allowed_writes_run(storyly: tuple[str, Any]) -> None:
    base_url, engine = storyly
    out = io.StringIO()
    code = run_verify(
        GENERATED, "storyly", base_url=base_url, environ=ENV, out=out, max_examples=2, seed=1,
        allow_writes=["createSegment"],
    )  # fmt: skip
    assert code == 0, out.getvalue()
    assert "no drift found" in out.getvalue()
    assert {
        (entry.method, entry.operation) for entry in engine.journal.select(JournalFilter(method="POST"))
    } == {("POST", "createSegment")}


def test_input_errors_name_what_is_missing() -> None:
    with pytest.raises(
        InputError, match=r"environment: nothing to verify without credentials: set STORYLY_TOKEN"
    ):
        run_verify(GENERATED, "storyly", base_url="http://127.0.0.1:9", environ={}, out=io.StringIO())
    with pytest.raises(InputError, match=r"--allow-writes: no operation deleteEverything"):
        run_verify(
            GENERATED, "storyly", base_url="http://127.0.0.1:9", environ=ENV, allow_writes=["deleteEverything"],
            out=io.StringIO(),
        )  # fmt: skip
    with pytest.raises(
        InputError, match=r"--base-url: the API to verify is required \(or set STORYLY_BASE_URL\)"
    ):
        run_verify(GENERATED, "storyly", base_url=None, environ=ENV, out=io.StringIO())


def test_the_pace_stays_under_the_documented_throttle(monkeypatch: pytest.MonkeyPatch) -> None:
    jumpstory = load_api(GENERATED, "jumpstory")
    assert jumpstory.rate_limit is not None and (
        jumpstory.rate_limit.requests,
        jumpstory.rate_limit.per_seconds,
    ) == (60, 60.0)
    assert pace(jumpstory, None) == "48/m"
    assert pace(jumpstory, "5/s") == "5/s"
    assert pace(load_api(GENERATED, "storyly"), None) is None
    seen: list[list[str]] = []
    monkeypatch.setattr(verify_module, "run_schemathesis", lambda arguments: seen.append(arguments) or 0)
    out = io.StringIO()
    env = {"JUMPSTORY_ADMIN_KEY": "k", "JUMPSTORY_BASE_URL": "http://127.0.0.1:9"}
    assert run_verify(GENERATED, "jumpstory", base_url=None, environ=env, out=out) == 0
    (arguments,) = seen
    assert arguments[arguments.index("--rate-limit") + 1] == "48/m"
    assert arguments[arguments.index("--mode") + 1] == "positive"
    assert "stateful" not in arguments[arguments.index("--phases") + 1]
    assert "needs a subject only a write creates (createUser; name it in --allow-writes)" in out.getvalue()
