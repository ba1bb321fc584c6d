"""The clients as a user gets them: published to a real package index, installed from it alone.

`make publish REPOSITORY_URL=...` builds every client (sdist and wheel, `twine check --strict`) and
uploads them with twine to a pypiserver started here on 127.0.0.1 (a free port, uploads open).
Their dependencies are put in the same index first, as pip downloads them at the versions this
environment runs. Then each client is installed into a fresh virtual environment (created without
pip; this pip installs into it with `--python`) from that index and nothing else (no pip
configuration, no find-links, no other index), imported there, and its README example run there
against the vendor's mock, printing what the README says it prints. Each wheel is first checked to
stand alone (`tests.support.wheels`).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import urllib.request
import venv
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from generator.mock import MockOptions, background_server, load_vendor_app, resolve_credentials
from generator.mock.loader import load_vendor_api
from tests.conftest import GENERATED, ROOT, generated_vendors
from tests.support.readme_examples import for_mock, readme_example
from tests.support.wheels import assert_standalone_wheel

BIN = Path(sys.executable).parent
CLIENT_DEPENDENCIES = ("httpx", "attrs", "python-dateutil")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _only_this_index() -> dict[str, str]:
    """The environment for pip with no configuration at all: no config file, no PIP_* variable."""
    environ = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    environ["PIP_CONFIG_FILE"] = os.devnull
    return environ


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A pypiserver on loopback holding the clients' dependencies; yields its URL."""
    packages = tmp_path_factory.mktemp("index")
    pins = [f"{name}=={version(name)}" for name in CLIENT_DEPENDENCIES]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--only-binary=:all:",
            "-d",
            str(packages),
            *pins,
        ],
        check=True,
    )
    port = _free_port()
    server = subprocess.Popen(
        [
            str(BIN / "pypi-server"),
            "run",
            "-i",
            "127.0.0.1",
            "-p",
            str(port),
            "-a",
            ".",
            "-P",
            ".",
            "--disable-fallback",
            str(packages),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # until it answers: at most 30 s, waiting on the process between tries
            try:
                urllib.request.urlopen(f"{url}/simple/", timeout=5).close()
                break
            except OSError:
                try:
                    server.wait(timeout=0.05)
                except subprocess.TimeoutExpired:
                    continue
                error = server.stderr.read().decode() if server.stderr else ""
                raise AssertionError(f"pypiserver exited: {error[-2000:]}") from None
        else:
            raise AssertionError("pypiserver did not answer within 30 s")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_every_client_is_published_installed_from_the_index_and_runs_its_readme(
    index: str, tmp_path: Path
) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    stale = dist / "storyly_client-0.0.1-py3-none-any.whl"  # an older build: must not be uploaded again
    stale.write_bytes(b"not a wheel")
    usage = subprocess.run(["make", "-s", "publish"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert usage.returncode != 0 and "usage: make publish REPOSITORY_URL=url" in usage.stderr
    environ = {**os.environ, "TWINE_USERNAME": "vendorkit", "TWINE_PASSWORD": "unused-by-an-open-index"}
    published = subprocess.run(
        ["make", "-s", "publish", f"REPOSITORY_URL={index}/", f"DIST_DIR={dist}"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
    )
    assert published.returncode == 0, published.stdout[-2000:] + published.stderr[-2000:]
    assert published.stdout.count("PASSED") == 2 * len(generated_vendors())  # twine check --strict

    assert not stale.exists()
    listing = urllib.request.urlopen(f"{index}/simple/", timeout=10).read().decode()
    for vendor in generated_vendors():
        project = f"{vendor}-client"
        assert f">{project}<" in listing
        pyproject = (GENERATED / vendor / "pyproject.toml").read_text(encoding="utf-8")
        match = re.search(r'^version = "([^"]+)"$', pyproject, flags=re.MULTILINE)
        assert match is not None
        release = match.group(1)
        assert_standalone_wheel(dist / f"{vendor}_client-{release}-py3-none-any.whl", f"{vendor}_client")

        environment = tmp_path / f"venv-{vendor}"
        venv.create(environment, with_pip=False)
        python = environment / "bin" / "python"
        installed = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "--python",
                str(python),
                "install",
                "--no-cache-dir",
                "--index-url",
                f"{index}/simple/",
                f"{project}=={release}",
            ],
            env=_only_this_index(),
            check=False,
            capture_output=True,
            text=True,
        )
        assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
        code, expected = readme_example((GENERATED / vendor / "README.md").read_text(encoding="utf-8"))
        credentials = resolve_credentials(load_vendor_api(vendor, GENERATED), {}, environ={})
        app = load_vendor_app(vendor, GENERATED, MockOptions(credentials=credentials, rate_limit=None))
        probe = (
            f"import {vendor}_client as package, sys\n"
            f"assert package.__version__ == {release!r}, package.__version__\n"
            f"assert package.__file__.startswith(sys.prefix), package.__file__\n"
        )
        work = tmp_path / f"run-{vendor}"
        work.mkdir()
        with background_server(app) as base_url:
            ran = subprocess.run(
                [str(python), "-I", "-c", probe + for_mock(code, credentials, base_url)],
                cwd=work,
                capture_output=True,
                text=True,
                check=False,
                timeout=120,
            )
        assert ran.returncode == 0, ran.stderr[-3000:]
        assert ran.stdout == expected, vendor
