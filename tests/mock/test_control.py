"""The control endpoints every mock serves under `/__vendorkit/` (issue 17): health, reset to the
seed, the request journal (secrets masked, filters), the served spec; a vendor path under the
prefix stops start-up."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from generator.mock import MockOptions, build_app
from generator.mock.control import PREFIX
from generator.mock.errors import MockSetupError
from generator.mockkit.harness import MockSettings, VendorMock
from tests.conftest import generated_vendors
from tests.mock.conftest import make_mini_vendor, mini_spec

VENDORS = generated_vendors()


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_mock_answers_health_and_serves_its_spec_listing_the_control_endpoints(vendor: str) -> None:
    with VendorMock.in_process(vendor, MockSettings(seed=3)) as mock:
        http = mock.http()
        health = http.get(f"{PREFIX}/health").json()
        assert health == {
            "status": "ok",
            "vendor": vendor,
            "title": mock.api.title,
            "seed": 3,
            "requests": 0,
            "state": "memory",
        }
        served = http.get(f"{PREFIX}/openapi.json").json()
        as_yaml = yaml.safe_load(http.get(f"{PREFIX}/openapi.yaml").text)
        assert served == as_yaml
        assert served["paths"] == mock.api.document["paths"]
        assert served["servers"][0]["url"] == mock.base_url
        assert served["servers"][1:] == mock.api.document["servers"]
        description = served["info"]["description"]
        for endpoint in ("health", "reset", "requests", "openapi.json"):
            assert f"{PREFIX}/{endpoint}" in description
        assert len(mock.requests()) == 0  # control calls are not journaled


def test_reset_brings_back_the_seeded_records_and_empties_the_journal() -> None:
    with VendorMock.in_process("storyly") as mock:
        http = mock.http()
        created = http.post("/external/segment", params={"token": "demo-token"}, json={"label": "vip"})
        assert created.status_code == 200, created.text
        listed = http.get("/external/segment", params={"token": "demo-token"}).json()["data"]
        assert [segment["label"] for segment in listed] == ["vip"]
        assert http.get(f"{PREFIX}/reset").status_code == 405
        assert http.post(f"{PREFIX}/reset").json() == {"status": "reset", "seed": 0}
        assert mock.requests() == []
        assert http.get("/external/segment", params={"token": "demo-token"}).json()["data"] == []


def test_the_journal_masks_secrets_and_filters() -> None:
    with VendorMock.in_process("printiki") as mock:
        http = mock.http()
        login = {"username": "demo", "password": "demo-password"}
        assert http.post("/api/auth/login", json=login).status_code == 201
        http.get("/api/nowhere", params={"token": "leak-me", "page": "2"})
        http.get("/api/auth/login", headers={"Authorization": "Bearer header-secret"})
        every = http.get(f"{PREFIX}/requests").json()["requests"]
        assert [(e["method"], e["path"], e["status"]) for e in every] == [
            ("POST", "/api/auth/login", 201),
            ("GET", "/api/nowhere", 404),
            ("GET", "/api/auth/login", 405),
        ]
        assert every[0]["operation"] == mock.api.operation_at("POST", "/auth/login").operation_id
        assert every[1]["query"] == "token=***&page=2" and every[1]["operation"] is None
        text = http.get(f"{PREFIX}/requests").text
        for secret in ("demo-password", "leak-me", "header-secret"):
            assert secret not in text
        first = every[0]["time"]
        assert [e.seq for e in mock.requests(method="GET")] == [2, 3]

        def select(**query: str) -> list[tuple[str, int]]:
            answer = http.get(f"{PREFIX}/requests", params=query)
            assert answer.status_code == 200, answer.text
            return [(e["path"], e["status"]) for e in answer.json()["requests"]]

        assert select(method="post") == [("/api/auth/login", 201)]
        assert select(status="4xx") == [("/api/nowhere", 404), ("/api/auth/login", 405)]
        assert select(status="404", path="/api/no") == [("/api/nowhere", 404)]
        assert select(since=str(first + 3600)) == []
        assert len(select(since="2000-01-01T00:00:00Z")) == 3
        for bad, expected in (
            ({"status": "4x"}, "status: expected"),
            ({"since": "yesterday"}, "since: expected"),
            ({"colour": "red"}, "unknown filter colour"),
        ):
            answer = http.get(f"{PREFIX}/requests", params=bad)
            assert answer.status_code == 400 and expected in answer.json()["error"]
        assert http.delete(f"{PREFIX}/requests").status_code == 204
        assert select() == []
        assert http.get(f"{PREFIX}/nothing").status_code == 404


def test_a_vendor_path_under_the_reserved_prefix_stops_start_up() -> None:
    spec: dict[str, Any] = copy.deepcopy(mini_spec())
    base = spec["servers"][0]["url"].split("example.com", 1)[1]
    first_path = next(iter(spec["paths"]))
    spec["servers"] = [{"url": "https://api.example.com"}]
    spec["paths"] = {f"{PREFIX}{base}{path}": item for path, item in spec["paths"].items()}
    with pytest.raises(MockSetupError, match=r"lies under /__vendorkit/, which the mock reserves") as caught:
        build_app(spec, MockOptions(), vendor=make_mini_vendor())
    assert f"{PREFIX}{base}{first_path}" in str(caught.value)
