"""The generated clients build as real wheels that stand alone (runtime included, typed), and import
only what is used."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.wheels import assert_standalone_wheel

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = sorted(p.parent for p in (ROOT / "generated").glob("*/pyproject.toml"))


def test_pip_builds_a_standalone_wheel_from_a_client_folder(tmp_path: Path) -> None:
    """`pip install generated/jumpstory` (the README's first step) builds in pip's isolated build
    environment; `make dist` builds every client without isolation, and `test_package_index.py`
    checks each of those wheels the same way and installs it from an index. The folders differ only
    in what is generated into them, so one vendor stands for the build by pip."""
    project = ROOT / "generated" / "jumpstory"
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
    assert_standalone_wheel(wheel, package)

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
