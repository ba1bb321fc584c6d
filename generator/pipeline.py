"""The generation pipeline: merged spec -> client package + mock models, written atomically.

For each vendor, `generated/<vendor>/` holds:
- `openapi.yaml`: the merged spec (spec + overlays), the input of every other generator;
- `pyproject.toml`, `README.md`, `<vendor>_client/`: the installable client package;
- `mock_models.py`: pydantic models for the mock server;
- `INPUTS.sha256`: hash of everything the output depends on, so an unchanged vendor is skipped.

A vendor is generated into a fresh temporary folder inside `generated/` and swapped in with two
renames only when everything succeeded, so a failed run leaves `generated/` as it was.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from generator.clientgen import format_python, generate_client
from generator.merge import build_merged_spec
from generator.modelgen import generate_mock_models
from generator.specio import dump_yaml
from generator.vendors import Project, Vendor

HASH_FILE = "INPUTS.sha256"
MERGED_SPEC_FILE = "openapi.yaml"
MOCK_MODELS_FILE = "mock_models.py"
GENERATOR_DIR = Path(__file__).parent
# Tools whose version changes the output; a new version means a new hash.
OUTPUT_TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff", "pyyaml", "jinja2")


@dataclass(frozen=True)
class Outcome:
    vendor: str
    action: str  # "generated" | "unchanged"
    path: Path


def _generator_files() -> list[Path]:
    """Source files of the generator that shape the output.

    The mock, fuzzing and command-line modules do not, so editing them does not mark every vendor
    as changed.
    """
    excluded_parts = {"mock", "fuzz", "__pycache__"}
    excluded_files = {"cli.py", "check.py", "mock_command.py"}
    return sorted(
        path
        for path in GENERATOR_DIR.rglob("*")
        if path.is_file()
        and path.suffix in {".py", ".jinja"}
        and not excluded_parts.intersection(path.relative_to(GENERATOR_DIR).parts)
        and path.relative_to(GENERATOR_DIR).as_posix() not in excluded_files
    )


def input_hash(vendor: Vendor) -> str:
    """sha256 over the vendor's inputs, the generator's own code and the output-shaping tool versions."""
    digest = hashlib.sha256()
    for label, path in [("spec", vendor.spec), *(("overlay", p) for p in vendor.overlays)]:
        digest.update(f"{label}:{path.name}\n".encode())
        digest.update(path.read_bytes())
    for path in _generator_files():
        digest.update(f"generator:{path.relative_to(GENERATOR_DIR).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    for tool in OUTPUT_TOOLS:
        digest.update(f"tool:{tool}=={version(tool)}\n".encode())
    return digest.hexdigest()


def render_vendor(vendor: Vendor, project: Project, target: Path, digest: str) -> None:
    """Write the complete output of `vendor` into `target` (a folder that does not exist yet)."""
    spec_label = str(vendor.spec.relative_to(project.root))
    merged = build_merged_spec(vendor, project.root)
    target.mkdir(parents=True)
    spec_path = target / MERGED_SPEC_FILE
    spec_path.write_text(dump_yaml(merged), encoding="utf-8")
    generate_client(vendor, merged, spec_label, target, spec_path)
    generate_mock_models(merged, spec_label, target / MOCK_MODELS_FILE)
    format_python(target)
    (target / HASH_FILE).write_text(digest + "\n", encoding="utf-8")


def current_hash(folder: Path) -> str | None:
    path = folder / HASH_FILE
    return path.read_text(encoding="utf-8").strip() if path.is_file() else None


def generate_vendor(vendor: Vendor, project: Project, *, force: bool = False) -> Outcome:
    """Regenerate one vendor into `generated/<vendor>/` unless its inputs are unchanged."""
    destination = project.generated_dir / vendor.name
    digest = input_hash(vendor)
    if not force and destination.is_dir() and current_hash(destination) == digest:
        return Outcome(vendor.name, "unchanged", destination)
    project.generated_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".staging-{vendor.name}-", dir=project.generated_dir))
    try:
        render_vendor(vendor, project, staging / vendor.name, digest)
        _swap_in(staging / vendor.name, destination, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Outcome(vendor.name, "generated", destination)


def _swap_in(new: Path, destination: Path, staging: Path) -> None:
    """Replace `destination` by `new` with renames on one file system (never half-written)."""
    if destination.exists():
        retired = staging / "retired"
        destination.rename(retired)
        try:
            new.rename(destination)
        except OSError:
            retired.rename(destination)
            raise
    else:
        new.rename(destination)


def generate(project: Project, names: list[str] | None = None, *, force: bool = False) -> list[Outcome]:
    """Generate the named vendors (all when none are named), in a stable order."""
    return [generate_vendor(vendor, project, force=force) for vendor in project.vendors(names)]
