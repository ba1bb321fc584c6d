"""What importing a generated client package costs beyond `import httpx`: only its own modules.

`make bench` compares the import time of each client with `import httpx` (goal: within 1.2x). The
package imports neither asyncio (its async code imports it on first use), nor attrs (the models,
imported on first use, are attrs classes; the client classes are plain ones), nor the modules of
features a program may never use (OAuth sign-in, downloads and uploads), whose names the package
still exports (PEP 562). No time is asserted: what is imported is.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import GENERATED, generated_vendors

VENDORS = generated_vendors()

PROBE = """
import json, sys
import httpx
before = set(sys.modules)
import {package}
print(json.dumps(sorted(set(sys.modules) - before)))
"""


@pytest.mark.parametrize("vendor", VENDORS)
def test_importing_the_package_imports_only_its_own_modules(vendor: str) -> None:
    package = f"{vendor}_client"
    output = subprocess.run(
        [sys.executable, "-c", PROBE.format(package=package)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(GENERATED / vendor), "PATH": ""},
    ).stdout
    new = json.loads(output)
    foreign = [name for name in new if name.split(".")[0] != package]
    assert foreign == []
    assert f"{package}._runtime.transfers" not in new
    assert f"{package}._runtime.oauth2" not in new
    assert not any(name.startswith(f"{package}.models.") for name in new)


def test_lazy_names_are_exported_and_imported_on_first_use() -> None:
    code = """
import sys
import mediagraph_client as m
assert "mediagraph_client._runtime.transfers" not in sys.modules
from mediagraph_client import DownloadResult, OAuth2Tokens
assert DownloadResult.__module__ == "mediagraph_client._runtime.transfers"
assert OAuth2Tokens.__module__ == "mediagraph_client._runtime.oauth2"
assert {"DownloadResult", "UploadTargetError", "AuthorizationRequest"} <= set(dir(m))
assert all(hasattr(m, name) for name in m.__all__)
try:
    m.NoSuchName
except AttributeError as error:
    assert "NoSuchName" in str(error)
else:
    raise AssertionError("no AttributeError")
"""
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env={"PYTHONPATH": str(GENERATED / "mediagraph"), "PATH": ""},
    )


def test_the_plain_client_classes_behave_as_the_attrs_ones_did() -> None:
    from jumpstory_client import AuthenticatedClient, Client

    plain = Client("https://api.example.com", headers={"A": "1"})
    assert plain.auth is None and plain.raise_on_unexpected_status is False
    assert "https://api.example.com" in repr(plain)
    copy = plain.with_headers({"B": "2"})
    assert copy is not plain and copy._headers == {"A": "1", "B": "2"} and plain._headers == {"A": "1"}
    assert copy.get_httpx_client() is not plain.get_httpx_client()
    assert Client("https://x") == Client("https://x") and Client("https://x") != Client("https://y")

    authenticated = AuthenticatedClient("https://api.example.com", "s3cret", raise_on_unexpected_status=True)
    assert "s3cret" not in repr(authenticated)
    assert authenticated.prefix == "Bearer" and authenticated.auth_header_name == "Authorization"
    assert authenticated.get_httpx_client().headers["Authorization"] == "Bearer s3cret"
    timed = authenticated.with_timeout(__import__("httpx").Timeout(3.0))
    assert timed.token == "s3cret" and timed.raise_on_unexpected_status is True and timed._timeout is not None
    with pytest.raises(TypeError):
        hash(plain)
    json.dumps(authenticated.with_cookies({"c": "1"})._cookies)
