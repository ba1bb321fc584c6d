"""The README's client example runs as written, against the JumpStory mock over loopback.

Only the two values a reader replaces are changed: the admin key (`"…"`) and the base URL, which
point at the session's mock. Everything else (creating a user, acting as that user, a folder,
every page of a keyword search, a typed 404) must work exactly as the README shows it.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, RunningMock

README = ROOT / "README.md"
EXAMPLE_BASE_URL = "https://my-company.jumpstory-api.com"


def python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_client_example_runs_against_the_mock(running_mock: Callable[[str], RunningMock]) -> None:
    (example,) = [block for block in python_blocks(README) if "from jumpstory_client import" in block]
    mock = running_mock("jumpstory")
    assert 'admin_key="…"' in example and EXAMPLE_BASE_URL in example
    code = example.replace('admin_key="…"', f"admin_key={mock.credentials['admin_key']!r}").replace(
        EXAMPLE_BASE_URL, mock.base_url
    )
    printed = io.StringIO()
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(printed):
        exec(compile(code, str(README), "exec"), namespace)  # the README's own example, as written
    assert (
        printed.getvalue()
        == "404 GET /v1/archive/file/42 {'message': 'No query results for model [File].'}\n"
    )
    folder = namespace["folder"]
    assert getattr(folder, "name", None) == "Robots"


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
