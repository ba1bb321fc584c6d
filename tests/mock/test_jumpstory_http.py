"""The JumpStory mock over real HTTP on 127.0.0.1: the background server for tests, and `serve` in
the foreground (a subprocess reading `generated/<vendor>/` from a temporary folder)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.mock import MockOptions, background_server, build_app, load_vendor_app
from generator.specio import dump_yaml

from .conftest import PNG, ROOT

ADMIN = {"Authorization": "Bearer demo-admin-key"}


@pytest.fixture(scope="module")
def base_url(jumpstory_spec: dict[str, Any], jumpstory_models: ModuleType) -> Iterator[str]:
    options = MockOptions(rate_limit=None, validate_responses=True)
    with background_server(build_app(jumpstory_spec, options, models=jumpstory_models)) as url:
        yield url


def test_archive_flow_over_http(base_url: str) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
    with httpx.Client(base_url=base_url, timeout=10) as http:
        created = http.post("/v1/user", json={"user_id": "http-alice"}, headers=ADMIN)
        assert created.status_code == 200
        user = {"Authorization": f"Bearer {created.json()['token']}"}
        folder = http.post("/v1/archive/folder", json={"name": "Foxes"}, headers=user).json()
        record = http.post(
            "/v1/archive/file", files={"file": ("fox.png", PNG, "image/png")}, headers=user
        ).json()
        moved = http.put(f"/v1/archive/file/{record['id']}", json={"folder_id": folder["id"]}, headers=user)
        assert moved.status_code == 200
        assert moved.json()["file"].startswith(base_url + "/_mock/archive/files/")
        assert http.get(moved.json()["file"]).content == PNG

        assert [
            f["id"] for f in http.get(f"/v1/archive/folder/{folder['id']}", headers=user).json()["files"]
        ] == [record["id"]]
        index = http.get("/v1/archive/index", headers=user).json()
        assert [f["id"] for f in index[0]["files"]] == [record["id"]]
        found = http.post("/v1/archive/search", json={"query": "fox"}, headers=user).json()
        assert [f["id"] for f in found] == [record["id"]]

        assert http.delete(f"/v1/archive/file/{record['id']}", headers=user).status_code == 200
        gone = http.get(f"/v1/archive/file/{record['id']}", headers=user)
        assert gone.status_code == 404 and gone.headers["content-type"] == "application/json"

        assert http.get("/v1/user", headers=user).status_code == 403
        assert http.get("/v1/archive/index", headers=ADMIN).status_code == 403
        assert http.get("/v1/archive/index").status_code == 401
        not_allowed = http.patch("/v1/archive/index", headers=user)
        assert not_allowed.status_code == 405 and not_allowed.headers["allow"] == "GET"


def test_throttle_over_http(jumpstory_spec: dict[str, Any], jumpstory_models: ModuleType) -> None:
    app = build_app(jumpstory_spec, MockOptions(rate_limit=(3, 60)), models=jumpstory_models)
    with background_server(app) as url, httpx.Client(base_url=url, timeout=10) as http:
        statuses = [http.get("/v1/user", headers=ADMIN).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        throttled = http.get("/v1/user", headers=ADMIN)
        assert 1 <= int(throttled.headers["retry-after"]) <= 60
        assert throttled.json() == {"message": "Too Many Attempts."}


def test_load_vendor_app_and_serve_from_generated(
    jumpstory_spec: dict[str, Any], jumpstory_models: ModuleType, tmp_path: Path
) -> None:
    vendor_dir = tmp_path / "jumpstory"
    vendor_dir.mkdir()
    (vendor_dir / "openapi.yaml").write_text(dump_yaml(jumpstory_spec), encoding="utf-8")
    assert jumpstory_models.__file__ is not None
    (vendor_dir / "mock_models.py").write_text(Path(jumpstory_models.__file__).read_text(), encoding="utf-8")
    assert load_vendor_app("jumpstory", tmp_path).state.mock.state.user_scheme == "userToken"

    script = (
        "import sys; from pathlib import Path; from generator.mock import serve; "
        "serve('jumpstory', port=0, generated_dir=Path(sys.argv[1]), log_level='warning')"
    )
    env = {**os.environ, "JUMPSTORY_MOCK_ADMIN_KEY": "key-from-env", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.fullmatch(
            r"JumpStory Partnership API mock on (http://127\.0\.0\.1:\d+) — "
            r"admin key: key-from-env \(JUMPSTORY_MOCK_ADMIN_KEY\)\n",
            line,
        )
        assert found, line
        # The socket listens before the banner is printed: requests wait in its backlog until uvicorn runs.
        with httpx.Client(base_url=found.group(1), timeout=10) as http:
            response = http.get("/v1/user", headers={"Authorization": "Bearer key-from-env"})
            assert response.status_code == 200 and response.json() == []
            assert http.get("/v1/user", headers=ADMIN).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)
