"""The Printiki mock over real HTTP on 127.0.0.1: the background server, and `vendorkit mock printiki`
in the foreground (a subprocess reading `generated/printiki/` from a temporary project)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from generator.mock import MockOptions, background_server, build_app
from generator.specio import dump_yaml

from .test_printiki import DEMO, ROOT, printiki_models, printiki_spec


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return printiki_models(tmp_path_factory.mktemp("printiki-models"))


@pytest.fixture(scope="module")
def base_url(models: ModuleType) -> Iterator[str]:
    options = MockOptions(rate_limit=None, validate_responses=True)
    with background_server(build_app(printiki_spec(), options, models=models)) as url:
        yield url


def test_login_list_and_follow_the_pagination_headers_over_http(base_url: str) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
    with httpx.Client(base_url=base_url + "/api", timeout=10) as http:
        login = http.post("/auth/login", json={"username": "demo", "password": "demo-password"})
        assert login.status_code == 201 and login.headers["content-type"] == "application/json"
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        page = http.get(f"/user/{DEMO}/photos", params={"limit": 10, "fields": "id"}, headers=headers)
        seen = [photo["id"] for photo in page.json()]
        while "x-pagination-next" in page.headers:
            link = page.headers["x-pagination-next"]
            assert link.startswith(f"{base_url}/api/user/{DEMO}/photos?")  # absolute, where the client went
            page = http.get(link, headers=headers)
            assert page.status_code == 200
            seen += [photo["id"] for photo in page.json()]
        assert len(seen) == len(set(seen)) == int(page.headers["x-total-records"]) == 45

        refresh = http.get(
            "/auth/refresh", headers={"Authorization": f"Bearer {login.json()['refresh_token']}"}
        )
        assert refresh.status_code == 200 and refresh.json()["refresh_token"] == login.json()["refresh_token"]
        assert http.get("/user/cognito", headers=headers).status_code == 200
        assert http.get("/user/cognito").status_code == 401
        not_allowed = http.delete("/auth/refresh", headers=headers)
        assert not_allowed.status_code == 405 and not_allowed.headers["allow"] == "GET"
        assert http.get("/user/nothing-here", headers=headers).status_code == 404


def test_vendorkit_mock_printiki_takes_credentials_from_flags_and_environment(
    models: ModuleType, tmp_path: Path
) -> None:
    vendor_dir = tmp_path / "generated" / "printiki"
    vendor_dir.mkdir(parents=True)
    (vendor_dir / "openapi.yaml").write_text(dump_yaml(printiki_spec()), encoding="utf-8")
    assert models.__file__ is not None
    (vendor_dir / "mock_models.py").write_text(Path(models.__file__).read_text(), encoding="utf-8")

    script = (
        "import sys; from pathlib import Path; from generator.mock_command import run_mock; "
        "from generator.vendors import Project; run_mock(Project(Path(sys.argv[1])), 'printiki', sys.argv[2:])"
    )
    env = {**os.environ, "PRINTIKI_MOCK_PASSWORD": "password-from-env", "PYTHONPATH": str(ROOT)}
    env.pop("PRINTIKI_MOCK_USERNAME", None)
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path), "--port", "0", "--username", "flag@example.com"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.fullmatch(
            r"Printiki Editor REST API mock on (http://127\.0\.0\.1:\d+) — username: flag@example\.com "
            r"\(PRINTIKI_MOCK_USERNAME\), password: password-from-env \(PRINTIKI_MOCK_PASSWORD\)\n",
            line,
        )
        assert found, line
        with httpx.Client(base_url=found.group(1), timeout=10) as http:
            ok = http.post(
                "/api/auth/login", json={"username": "flag@example.com", "password": "password-from-env"}
            )
            assert ok.status_code == 201
            demo = http.post("/api/auth/login", json={"username": "demo", "password": "demo-password"})
            assert demo.status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)
