"""The README's client examples run against the vendors' mocks over loopback.

The JumpStory example runs exactly as written, in its own `.venv/bin/python` process, configured by
the environment variables it names (creating a user, acting as that user, a folder, every item of
every page of a keyword search, a raw response, a typed 404). In the others only the values a reader
replaces (credentials, base URL) are changed.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.mock import MockOptions, background_server, load_vendor_app
from tests.conftest import GENERATED, ROOT, RunningMock

README = ROOT / "README.md"


def python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_client_example_runs_as_written_with_the_venv_python(tmp_path: Path) -> None:
    """The README's JumpStory block, unchanged, run by `.venv/bin/python` in a process of its own:
    `jumpstory_client` is the editable install `make setup`/`make generate` put in `.venv`, and the
    admin key and base URL come from the environment variables the example names, pointing at a
    fresh mock on a free port. What it prints is the README's own `text` block under it."""
    text = README.read_text(encoding="utf-8")
    (example,) = [block for block in python_blocks(README) if "from jumpstory_client import" in block]
    expected = text.split(example, 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    assert "admin_key=" not in example.split("#", 1)[0]  # nothing to replace: it reads the environment
    credentials = {"admin_key": "readme-admin-key"}
    app = load_vendor_app("jumpstory", GENERATED, MockOptions(credentials=credentials, rate_limit=None))
    python = ROOT / ".venv" / "bin" / "python"
    assert python.exists(), "make setup creates .venv"
    with background_server(app) as base_url:
        environ = {
            key: value for key, value in os.environ.items() if not key.startswith(("JUMPSTORY_", "PYTHON"))
        }
        environ.update(JUMPSTORY_ADMIN_KEY=credentials["admin_key"], JUMPSTORY_BASE_URL=base_url)
        script = tmp_path / "readme_example.py"
        script.write_text(example, encoding="utf-8")
        result = subprocess.run(
            [str(python), str(script)], cwd=tmp_path, env=environ, capture_output=True, text=True, timeout=120
        )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout == expected
    assert credentials["admin_key"] not in result.stdout + result.stderr


def test_the_mediagraph_example_runs_against_the_mock(
    running_mock: Callable[[str], RunningMock], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Search with a Rails array filter over every page, a byte range, a streamed download and the
    one-call upload, as the README shows them; only the token and the base URL are the mock's."""
    (example,) = [block for block in python_blocks(README) if "from mediagraph_client import" in block]
    mock = running_mock("mediagraph")
    placeholder = 'personal_access_token="…"'
    assert placeholder in example and '"https://api.mediagraph.io"' in example
    code = example.replace(
        placeholder, f"personal_access_token={mock.credentials['personal_access_token']!r}"
    ).replace('"https://api.mediagraph.io"', repr(mock.base_url))
    monkeypatch.chdir(tmp_path)  # the example writes sunset.jpg where it runs
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, str(README), "exec"), {})  # the README's own example, as written
    assert printed.getvalue() == "sunset-beach.jpg 1024 True sunset.jpg\n"


def test_the_jilster_example_runs_against_the_mock(running_mock: Callable[[str], RunningMock]) -> None:
    """Login, an unwrapped and typed magazine, pages added in fours, and the documented refusal of
    three pages; only the base URL is the mock's (the demo login is the README's own)."""
    (example,) = [block for block in python_blocks(README) if "from jilster_client import" in block]
    mock = running_mock("jilster")
    documented = '"https://www.jilster.nl/api/v1"'
    assert documented in example
    code = example.replace(documented, repr(mock.base_url + "/api/v1"))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, str(README), "exec"), {})  # the README's own example, as written
    assert printed.getvalue() == "8 12 Parameter 'pageCount' not divisible by 4\n"
