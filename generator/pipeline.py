"""The generation pipeline: merged spec -> client package + mock models, written atomically.

For each vendor, `generated/<vendor>/` holds:
- `openapi.yaml`: the merged spec (spec + overlays), the input of every other generator;
- `pyproject.toml`, `README.md`, `<vendor>_client/`: the installable client package;
- `mock_models.py`: pydantic models for the mock server;
- `INPUTS.sha256`: hash of everything the output depends on, so an unchanged vendor is skipped.

A vendor is generated into a fresh temporary folder inside `generated/` and swapped in with two
renames only when everything succeeded, so a failed run leaves `generated/` as it was.

Speed (measured by `make bench`): the code generators are imported only when a vendor has to be
generated, so a no-op run costs little more than hashing the inputs; and when several vendors have
to be generated they are rendered in parallel worker processes (one per CPU, at most one per
vendor; `VENDORKIT_JOBS=1` turns that off). The workers are forked after the generators were
imported, so each vendor pays only for its own work. Every vendor is still swapped in on its own,
whole or not at all, and the outcomes come back in vendor order.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

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


def _distribution_key(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def tool_versions(tools: tuple[str, ...] = OUTPUT_TOOLS) -> dict[str, str]:
    """Installed versions of `tools`, read from the `*.dist-info` folder names on sys.path.

    The same answer as `importlib.metadata.version` (first match in sys.path order), without
    importing importlib.metadata and scanning every distribution once per tool, which was most of
    the time of a no-op run. A tool found no other way falls back to importlib.metadata.
    """
    wanted = {_distribution_key(tool): tool for tool in tools}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                distribution, _, release = name[: -len(".dist-info")].partition("-")
                tool = wanted.get(_distribution_key(distribution))
                if tool is not None and tool not in found and release:
                    found[tool] = release
    missing = [tool for tool in tools if tool not in found]
    if missing:
        from importlib.metadata import version

        found.update({tool: version(tool) for tool in missing})
    return found


def toolchain_hash() -> str:
    """sha256 over the generator's own code and the output-shaping tool versions (the same for every
    vendor, so a run computes it once and hands it to `input_hash`)."""
    digest = hashlib.sha256()
    for path in _generator_files():
        digest.update(f"generator:{path.relative_to(GENERATOR_DIR).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    versions = tool_versions()
    for tool in OUTPUT_TOOLS:
        digest.update(f"tool:{tool}=={versions[tool]}\n".encode())
    return digest.hexdigest()


def input_hash(vendor: Vendor, toolchain: str | None = None) -> str:
    """sha256 over the vendor's inputs and `toolchain_hash()` (computed here when not given)."""
    digest = hashlib.sha256()
    for label, path in [("spec", vendor.spec), *(("overlay", p) for p in vendor.overlays)]:
        digest.update(f"{label}:{path.name}\n".encode())
        digest.update(path.read_bytes())
    digest.update(f"toolchain:{toolchain or toolchain_hash()}\n".encode())
    return digest.hexdigest()


def import_generators() -> None:
    """Import the code generators (about half a second): before forking workers, or on first use."""
    import generator.clientgen
    import generator.merge
    import generator.modelgen  # noqa: F401


def render_vendor(vendor: Vendor, project: Project, target: Path, digest: str) -> None:
    """Write the complete output of `vendor` into `target` (a folder that does not exist yet)."""
    from generator.clientgen import format_python, generate_client
    from generator.merge import build_merged_spec
    from generator.modelgen import generate_mock_models
    from generator.specio import dump_yaml

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


def generate_vendor(
    vendor: Vendor, project: Project, *, force: bool = False, digest: str | None = None
) -> Outcome:
    """Regenerate one vendor into `generated/<vendor>/` unless its inputs are unchanged."""
    destination = project.generated_dir / vendor.name
    digest = digest or input_hash(vendor)
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


def worker_count(pending: int, environ: dict[str, str] | None = None) -> int:
    """Processes to render `pending` vendors with: one per usable CPU, at most one per vendor.

    `VENDORKIT_JOBS` caps it (1: everything in this process, e.g. to debug a generator).
    """
    value = (os.environ if environ is None else environ).get("VENDORKIT_JOBS", "")
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    limit = int(value) if value.strip().isdigit() and int(value) > 0 else cpus
    return max(1, min(pending, limit))


def generate(project: Project, names: list[str] | None = None, *, force: bool = False) -> list[Outcome]:
    """Generate the named vendors (all when none are named); outcomes in vendor order.

    Unchanged vendors are recognised by their input hash alone, without importing any generator.
    Vendors to (re)generate are rendered in parallel worker processes when there are several and
    more than one CPU (see the module docstring); the first failure, in vendor order, is raised
    once every worker has finished, and each vendor that succeeded has been swapped in whole.
    """
    toolchain = toolchain_hash()
    outcomes: dict[str, Outcome] = {}
    pending: list[tuple[Vendor, str]] = []
    vendors = project.vendors(names)
    for vendor in vendors:
        digest = input_hash(vendor, toolchain)
        destination = project.generated_dir / vendor.name
        if not force and destination.is_dir() and current_hash(destination) == digest:
            outcomes[vendor.name] = Outcome(vendor.name, "unchanged", destination)
        else:
            pending.append((vendor, digest))
    workers = worker_count(len(pending))
    if workers <= 1:
        for vendor, digest in pending:
            outcomes[vendor.name] = generate_vendor(vendor, project, force=True, digest=digest)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        import_generators()  # once, here: the forked workers inherit the imported modules
        context = multiprocessing.get_context("fork")
        # Largest spec first, so the longest vendor does not start last and hold up the end.
        pending.sort(key=lambda item: -item[0].spec.stat().st_size)
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [
                pool.submit(generate_vendor, vendor, project, force=True, digest=digest)
                for vendor, digest in pending
            ]
            for future in futures:
                outcome = future.result()
                outcomes[outcome.vendor] = outcome
    return [outcomes[vendor.name] for vendor in vendors]
