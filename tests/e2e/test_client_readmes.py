"""Each generated client's README (its long description on the index) holds what it promises.

- Its worked example (the spec's `x-readme`) runs as written against the vendor's own mock, on a
  fresh mock per vendor so that no other test's state changes what it prints, and prints exactly
  what the README says it prints. Only the credentials written `"…"` and the base URL are the mock's.
- Every client method in its list of operations exists on the client, sync and async, and so does
  the `_pages()` twin of every operation it lists as paged.
- Its environment variables are `<VENDOR>_<PARAM>` for each credential parameter of the client's
  constructor, and `<VENDOR>_BASE_URL`.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import re
from pathlib import Path

import pytest

from generator.mock import MockOptions, background_server, load_vendor_app, resolve_credentials
from generator.mock.loader import load_vendor_api
from tests.conftest import GENERATED, generated_vendors
from tests.support.readme_examples import for_mock, readme_example

VENDORS = generated_vendors()


def _readme(vendor: str) -> str:
    return (GENERATED / vendor / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_readme_example_runs_against_the_mock(
    vendor: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, expected = readme_example(_readme(vendor))
    credentials = resolve_credentials(load_vendor_api(vendor, GENERATED), {}, environ={})
    app = load_vendor_app(vendor, GENERATED, MockOptions(credentials=credentials, rate_limit=None))
    monkeypatch.chdir(tmp_path)  # an example may write files where it runs
    printed = io.StringIO()
    with background_server(app) as base_url, contextlib.redirect_stdout(printed):
        exec(compile(for_mock(code, credentials, base_url), f"{vendor}/README.md", "exec"), {})
    assert printed.getvalue() == expected


def _facade_classes(vendor: str) -> tuple[type, type]:
    package = importlib.import_module(f"{vendor}_client")
    facade = importlib.import_module(f"{vendor}_client.facade")
    (sync_name,) = [
        name
        for name, value in vars(facade).items()
        if inspect.isclass(value)
        and value.__module__ == facade.__name__
        and name in package.__all__
        and not name.startswith("Async")
    ]
    return getattr(facade, sync_name), getattr(facade, f"Async{sync_name}")


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_listed_operation_is_a_client_method(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = _readme(vendor)
    # A facade refuses to start without a credential (MissingCredentialError): give each listed
    # variable a placeholder; nothing is sent.
    for parameter, variable in re.findall(
        r"^\| `([a-z_]+)` \| .*? \| `([A-Z_]+)` \|$", readme, flags=re.MULTILINE
    ):
        if parameter != "base_url":
            monkeypatch.setenv(variable, "placeholder")
    table = readme.split("## Operations", 1)[1]
    calls = re.findall(r"^\| `([a-z0-9_]+)\.([a-z0-9_]+)` \| `([A-Z]+) ", table, flags=re.MULTILINE)
    assert calls, "no operations listed"
    paged = re.findall(r"^- `client\.([a-z0-9_]+)\.([a-z0-9_]+)\(\.\.\.\)`$", readme, flags=re.MULTILINE)
    for facade in _facade_classes(vendor):
        client = facade()
        for resource, method, _ in calls + [(r, m, "") for r, m in paged]:
            assert callable(getattr(getattr(client, resource), method)), (
                f"{facade.__name__}.{resource}.{method}"
            )


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_environment_variables_follow_the_constructor(vendor: str) -> None:
    readme = _readme(vendor)
    listed = dict(re.findall(r"^\| `([a-z_]+)` \| .*? \| `([A-Z_]+)` \|$", readme, flags=re.MULTILINE))
    sync_facade, _ = _facade_classes(vendor)
    parameters = inspect.signature(sync_facade.__init__).parameters
    for parameter, variable in listed.items():
        assert parameter in parameters, parameter
        assert variable == f"{vendor.upper()}_{parameter.upper()}"
    assert "base_url" in listed


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_version_is_the_metadata_version(vendor: str) -> None:
    package = importlib.import_module(f"{vendor}_client")
    pyproject = (GENERATED / vendor / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"$', pyproject, flags=re.MULTILINE)
    assert match is not None
    assert package.__version__ == match.group(1)


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_error_and_option_the_readme_names_is_exported(vendor: str) -> None:
    package = importlib.import_module(f"{vendor}_client")
    section = _readme(vendor).split("## Errors and retries", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"\b([A-Z][A-Za-z]+(?:Error|Options))\b", section))
    assert {"NotFoundError", "RequestOptions"} <= named
    assert named <= set(package.__all__), named - set(package.__all__)
