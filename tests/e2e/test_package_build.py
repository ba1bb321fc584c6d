"""The generated clients build as real wheels that stand alone (runtime included, typed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = sorted(p.parent for p in (ROOT / "generated").glob("*/pyproject.toml"))


@pytest.mark.parametrize("project", PACKAGES, ids=[p.name for p in PACKAGES])
def test_wheel_builds_installs_and_imports(project: Path, tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    source = tmp_path / project.name  # setuptools writes build/ and *.egg-info next to the sources
    shutil.copytree(project, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("*.whl")
    package = f"{project.name}_client"
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "__init__.py",
        "facade.py",
        "_vendor.py",
        "py.typed",
        "_runtime/auth.py",
        "_runtime/base.py",
    ):
        assert f"{package}/{required}" in names, required
    assert not any("openapi.yaml" in n or "mock_models" in n for n in names)  # mock material is not shipped
    dist_info = wheel.name.split("-py3")[0] + ".dist-info"
    assert f"{dist_info}/licenses/LICENSE" in names
    metadata = zipfile.ZipFile(wheel).read(f"{dist_info}/METADATA").decode()
    for line in (
        "License-Expression: MIT",
        "Classifier: Typing :: Typed",
        "Requires-Python: >=3.11",
        "Description-Content-Type: text/markdown",
        "Classifier: Programming Language :: Python :: 3.11",
    ):
        assert f"\n{line}\n" in metadata, line
    requirements = [
        line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Requires-Dist: ")
    ]
    assert requirements and all("<" in requirement for requirement in requirements), requirements
    assert "Project-URL: " in metadata
    assert f"from {package} import" in metadata  # the README, with its example, is the long description

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = (
        f"import {package} as p; print(p.__file__); print(sorted(n for n in p.__all__ if n[0].isupper())[:3])"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path[:0] = [{str(target)!r}]; {probe}"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout.startswith(str(target))


LAZINESS_PROBE = """
import functools, importlib, sys
package = sys.argv[1]
client_module = importlib.import_module(package)
loaded = lambda part: sorted(m for m in sys.modules if m.startswith(f"{package}.{part}."))
assert loaded("models") == loaded("api") == loaded("resources") == [], (loaded("models"), loaded("api"))
facade = sys.modules[f"{package}.facade"]
for name in ("Async", ""):
    cls = next(c for n, c in vars(facade).items() if isinstance(c, type) and c.__module__ == facade.__name__
               and n in client_module.__all__ and n.startswith("Async") == (name == "Async"))
    tags = [n for n, v in vars(cls).items() if isinstance(v, functools.cached_property)]
    client = cls(**{name: "x" for name in sys.modules[f"{package}._vendor"].CREDENTIALS})  # none: MissingCredentialError
    first = getattr(client, tags[0])
    assert getattr(client, tags[0]) is first  # built once
    assert f"{package}.resources.{tags[0]}" in sys.modules
    assert all(f"{package}.resources.{tag}" not in sys.modules for tag in tags[1:]), tags
models = importlib.import_module(f"{package}.models")
name = models.__all__[0]
namespace = {}
exec(f"from {package}.models import {name}", namespace)
assert namespace[name].__name__ == name and set(models.__all__) <= set(dir(models))
try:
    models.NoSuchModel
except AttributeError as error:
    assert "NoSuchModel" in str(error)
else:
    raise AssertionError("models.NoSuchModel did not raise")
print("ok", len(tags), "resources")
"""


@pytest.mark.parametrize("project", PACKAGES, ids=[p.name for p in PACKAGES])
def test_resources_and_models_are_imported_on_first_use(project: Path) -> None:
    """Importing a client imports no endpoint, model or resource module; `client.<tag>` imports its
    own resource module only, once; `from <package>.models import X` still works."""
    result = subprocess.run(
        [sys.executable, "-c", LAZINESS_PROBE, f"{project.name}_client"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok ")
