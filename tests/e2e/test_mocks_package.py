"""The vendorkit-mocks package (issue 17): built from the repository, installed into a fresh venv,
its dependency closure free of the generation/fuzzing/lint tools, `vendorkit-mock VENDOR` serving
outside the project tree; the Dockerfile's install and start lines run the same way.

This machine and CI have a docker client but no docker engine. Where `docker info` answers, the
image is built and its container smoke-tested too; where it does not, the test runs the
Dockerfile's own RUN, ENV and CMD lines (build-arg VENDOR, `/dist` mapped to a temporary folder,
`pip` aimed at the fresh venv) and checks the served mock. Either way the test runs; nothing skips.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

from generator.mockpkg import PACKAGE
from tests.conftest import ROOT, generated_vendors

FORBIDDEN = {
    "schemathesis",
    "openapi-python-client",
    "datamodel-code-generator",
    "ruff",
    "mypy",
    "hypothesis",
    "jinja2",
    "openapi-spec-validator",
    "vendorkit",
}


def dockerfile_stages(path: Path) -> list[list[tuple[str, str]]]:
    """The Dockerfile's instructions per stage, continuation lines joined, comments dropped."""
    stages: list[list[tuple[str, str]]] = []
    logical = ""
    for line in path.read_text().splitlines():
        if not logical and (not line.strip() or line.lstrip().startswith("#")):
            continue
        logical += line.rstrip("\\").strip() + " "
        if line.endswith("\\"):
            continue
        keyword, _, rest = logical.strip().partition(" ")
        logical = ""
        if keyword == "FROM":
            stages.append([])
        stages[-1].append((keyword, rest))
    return stages


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(command: list[str], cwd: Path, env: Mapping[str, str]) -> Iterator[str]:
    """Run a mock command; yields the URL its banner names once it answers health."""
    process = subprocess.Popen(
        command, cwd=cwd, env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert " mock on http://" in banner, banner + process.stdout.read()
        url = banner.split(" mock on ", 1)[1].split()[0].replace("0.0.0.0", "127.0.0.1")
        assert httpx.get(f"{url}/__vendorkit/health", timeout=10).json()["status"] == "ok"
        yield url
    finally:
        process.terminate()
        process.wait(10)


def test_the_mocks_package_installs_alone_and_serves_outside_the_project(tmp_path: Path) -> None:
    stages = dockerfile_stages(ROOT / "Dockerfile")
    assert len(stages) == 2, "a build stage and a runtime stage"
    build, runtime = stages
    dist = tmp_path / "dist"

    # The build stage's RUN line, in the build context (the repository) in place of /src.
    (run,) = [rest for keyword, rest in build if keyword == "RUN"]
    assert run == "python -m generator.mockpkg --out /dist"
    command = shlex.split(run.replace("/dist", str(dist)))
    subprocess.run([sys.executable, *command[1:]], cwd=ROOT, check=True, capture_output=True, timeout=120)
    (wheel,) = dist.glob("vendorkit_mocks-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for vendor in generated_vendors():
        assert f"{PACKAGE}/_specs/{vendor}/openapi.yaml" in names
        assert f"{PACKAGE}/_specs/{vendor}/mock_models.py" in names
    assert not [name for name in names if name.startswith("generator/")]
    sources = [zipfile.ZipFile(wheel).read(name).decode() for name in names if name.endswith(".py")]
    assert not [text for text in sources if "from generator" in text or "import generator" in text]

    # The runtime stage's RUN line, with its pip aimed at a fresh venv (no pip of its own).
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    (install,) = [rest for keyword, rest in runtime if keyword == "RUN"]
    assert install.startswith("pip install ")
    pip = f"{shlex.quote(sys.executable)} -m pip --python {shlex.quote(str(python))}"
    line = pip + install.removeprefix("pip").replace("/dist", shlex.quote(str(dist)))
    subprocess.run(["sh", "-c", line], check=True, capture_output=True, timeout=300)
    assert not dist.exists(), "the RUN line removes the wheel"

    probe = (
        "import importlib.metadata as m, json; "
        "print(json.dumps({'dists': sorted(d.metadata['Name'].lower() for d in m.distributions()), "
        "'pytest11': [e.value for e in m.entry_points(group='pytest11')], "
        "'scripts': [e.name for e in m.entry_points(group='console_scripts')]}))"
    )
    probed = subprocess.run([python, "-c", probe], cwd=tmp_path, check=True, capture_output=True, text=True)
    found = json.loads(probed.stdout)
    assert "vendorkit-mocks" in found["dists"]
    installed = {name.replace("_", "-") for name in found["dists"]}
    assert not FORBIDDEN & installed, sorted(FORBIDDEN & installed)
    assert f"{PACKAGE}.mockkit.pytest_plugin" in found["pytest11"]
    assert "vendorkit-mock" in found["scripts"]

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"

    # `vendorkit-mock jumpstory` from the package, outside the project: health and one operation.
    with serving([str(venv / "bin" / "vendorkit-mock"), "jumpstory", "--port", "0"], outside, env) as url:
        answer = httpx.get(f"{url}/v1/user", headers={"Authorization": "Bearer demo-admin-key"})
        assert answer.status_code == 200 and answer.json() == []

    # The runtime stage's ENV (VENDOR from the build arg) and CMD: any vendor's mock.
    (arg,) = [rest for keyword, rest in runtime if keyword == "ARG"]
    assert arg.startswith("VENDOR=")
    (cmd,) = [rest for keyword, rest in runtime if keyword == "CMD"]
    port = free_port()
    with serving(json.loads(cmd), outside, {**env, "VENDOR": "storyly", "PORT": str(port)}) as url:
        assert url == f"http://127.0.0.1:{port}"
        segments = httpx.get(f"{url}/external/segment", params={"token": "demo-token"})
        assert segments.status_code == 200 and segments.json()["data"] == []

    # `vendorkit mock` outside any project tree finds the installed package's data.
    site = sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)})
    tool = shutil.which("vendorkit", path=str(Path(sys.executable).parent))
    assert tool is not None
    with serving([tool, "mock", "printiki", "--port", "0"], outside, {**env, "PYTHONPATH": site}) as url:
        health = httpx.get(f"{url}/__vendorkit/health").json()
        assert health["vendor"] == "printiki"

    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "info"], capture_output=True, timeout=30).returncode == 0:
        image = "vendorkit-mocks:test"
        subprocess.run(
            [docker, "build", "-t", image, "--build-arg", "VENDOR=storyly", str(ROOT)],
            check=True,
            timeout=900,
        )
        port = free_port()
        container = subprocess.run(
            [docker, "run", "-d", "--rm", "-p", f"127.0.0.1:{port}:8000", image],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        try:
            for _ in range(100):
                try:
                    health = httpx.get(f"http://127.0.0.1:{port}/__vendorkit/health", timeout=2).json()
                    break
                except httpx.HTTPError:
                    subprocess.run([docker, "exec", container, "true"], check=True)
            assert health["vendor"] == "storyly"
        finally:
            subprocess.run([docker, "stop", container], capture_output=True)
