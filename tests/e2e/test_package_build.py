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
