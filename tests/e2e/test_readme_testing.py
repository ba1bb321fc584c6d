"""The README's "Testing your integration" section, as written: its Python runs against a mock, its
pytest example passes under the plugin, and every command it shows parses with the real parsers
(`vendorkit`, `vendorkit mock`/`vendorkit-mock` per vendor, the Makefile's targets, the wheel name)."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import subprocess
import tomllib
from collections.abc import Callable

import pytest

from generator.cli import _build_parser
from generator.mock_command import _parser
from tests.conftest import GENERATED, ROOT, RunningMock

pytest_plugins = ["pytester"]

SECTION = (
    (ROOT / "README.md")
    .read_text(encoding="utf-8")
    .split("## Testing your integration", 1)[1]
    .split("\n## ", 1)[0]
)


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", SECTION, flags=re.DOTALL)


def test_the_journal_example_runs_against_a_mock(running_mock: Callable[[str], RunningMock]) -> None:
    (example,) = [block for block in blocks("python") if "__vendorkit/requests" in block]
    mock = running_mock("storyly")
    code = example.replace("http://127.0.0.1:8000", mock.base_url)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    assert printed.getvalue() == "/external/segment token=*** listSegments\n"


def test_the_pytest_example_passes_under_the_plugin(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.e2e.test_pytest_plugin import run_suite

    (example,) = [block for block in blocks("python") if "def test_" in block]
    pytester.makepyfile(test_storyly_integration=example)
    result = run_suite(pytester, monkeypatch)
    result.assert_outcomes(passed=2)


def _mock_arguments(vendor: str, arguments: list[str]) -> None:
    parser, _ = _parser(vendor, GENERATED, "vendorkit-mock")
    parser.parse_args(arguments)


def test_every_command_shown_parses() -> None:
    project = tomllib.loads((ROOT / "packages" / "vendorkit-mocks" / "pyproject.toml").read_text())["project"]
    wheel = f"dist/{project['name'].replace('-', '_')}-{project['version']}-py3-none-any.whl"
    seen: set[str] = set()
    for block in blocks("sh"):
        for line in block.splitlines():
            words = shlex.split(line.split("  #", 1)[0])
            if not words or words[0] == "export":
                continue
            seen.add(words[0])
            if words[0] == "make":
                subprocess.run(["make", "-n", *words[1:]], cwd=ROOT, check=True, capture_output=True)
            elif words[0] == "pip":
                assert words[1:] == ["install", wheel]
            elif words[0] == "docker":
                image = words.index("vendorkit-mocks")
                rest = words[image + 1 :]
                if rest:
                    assert rest[0] == "vendorkit-mock"
                    _mock_arguments(rest[1], rest[2:])
            elif words[0] == "vendorkit-mock":
                if words[1:] != ["--list"]:
                    _mock_arguments(words[1], words[2:])
            else:
                assert words[0] == "vendorkit", line
                args = _build_parser().parse_args(words[1:])
                if args.command == "mock":
                    _mock_arguments(args.vendor, args.mock_args)
    assert seen == {"make", "pip", "vendorkit-mock", "vendorkit", "docker"}
