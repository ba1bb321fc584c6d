"""What every client wheel must hold, however it was built (`make dist`, or pip from the folder)."""

from __future__ import annotations

import zipfile
from pathlib import Path

REQUIRED_MODULES = (
    "__init__.py",
    "facade.py",
    "_vendor.py",
    "py.typed",
    "_runtime/auth.py",
    "_runtime/base.py",
)
METADATA_LINES = (
    "License-Expression: MIT",
    "Classifier: Typing :: Typed",
    "Requires-Python: >=3.11",
    "Description-Content-Type: text/markdown",
    "Classifier: Programming Language :: Python :: 3.11",
)


def assert_standalone_wheel(wheel: Path, package: str) -> None:
    """The wheel ships the runtime and the typing marker, no mock material, the LICENSE, bounded
    requirements and the README (with its example) as the long description."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = wheel.name.split("-py3")[0] + ".dist-info"
        metadata = archive.read(f"{dist_info}/METADATA").decode()
    for required in REQUIRED_MODULES:
        assert f"{package}/{required}" in names, (wheel.name, required)
    assert not any("openapi.yaml" in n or "mock_models" in n for n in names), wheel.name  # mock material
    assert f"{dist_info}/licenses/LICENSE" in names, wheel.name
    for line in METADATA_LINES:
        assert f"\n{line}\n" in metadata, (wheel.name, line)
    requirements = [
        line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Requires-Dist: ")
    ]
    assert requirements and all("<" in requirement for requirement in requirements), requirements
    assert "Project-URL: " in metadata, wheel.name
    assert f"from {package} import" in metadata, wheel.name  # the README is the long description
