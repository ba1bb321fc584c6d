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

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator import freshness
from generator.freshness import HASH_FILE, toolchain_hash
from generator.vendors import Project, Vendor

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from generator.model import Api

MERGED_SPEC_FILE = "openapi.yaml"
MOCK_MODELS_FILE = "mock_models.py"


@dataclass(frozen=True)
class Outcome:
    vendor: str
    action: str  # "generated" | "unchanged"
    path: Path


def input_hash(vendor: Vendor, toolchain: str | None = None) -> str:
    """sha256 over the vendor's inputs and `toolchain_hash()` (computed here when not given)."""
    root = str(vendor.spec.resolve().parent.parent)  # specs/<vendor>.yaml
    extras = freshness.release_inputs(root, vendor.name)
    return freshness.input_hash(str(vendor.spec), [str(path) for path in vendor.overlays], toolchain, extras)


def import_generators() -> None:
    """Import the code generators (about half a second): before forking workers, or on first use."""
    import generator.clientgen
    import generator.merge
    import generator.modelgen  # noqa: F401


def render_vendor(vendor: Vendor, project: Project, target: Path, digest: str) -> None:
    """Write the complete output of `vendor` into `target` (a folder that does not exist yet)."""
    from generator.clientgen import format_python, generate_client
    from generator.merge import build_api
    from generator.modelgen import generate_mock_models
    from generator.specio import dump_yaml
    from generator.versioning import VERSION_PLACEHOLDER

    merged, api = build_api(vendor, project.root)
    target.mkdir(parents=True)
    spec_path = target / MERGED_SPEC_FILE
    spec_path.write_text(dump_yaml(merged), encoding="utf-8")
    generate_client(vendor, api, target, spec_path, version=VERSION_PLACEHOLDER)
    generate_mock_models(merged, api.label, target / MOCK_MODELS_FILE)
    format_python(target)
    _version_package(vendor, project, target, merged, api)
    (target / HASH_FILE).write_text(digest + "\n", encoding="utf-8")


def _version_package(
    vendor: Vendor, project: Project, target: Path, merged: dict[str, Any], api: Api
) -> None:
    """Ship the LICENSE, then version the package from its content and its contract changes since
    the last release (`generator.versioning`), and write its CHANGELOG."""
    from generator.errors import InputError
    from generator.versioning import (
        CHANGELOG_FILE,
        CONTENT_FILE,
        content_hash,
        plan_version,
        render_changelog,
        stamp_version,
    )

    license_file = project.root / "LICENSE"
    if not license_file.is_file():
        raise InputError(file=str(license_file), location=None, message="missing: every client ships it")
    shutil.copyfile(license_file, target / "LICENSE")
    content = content_hash(target, vendor.package_name)
    plan = plan_version(project.root, vendor.name, merged, api.label, content)
    stamp_version(target, vendor.package_name, plan.version)
    (target / CHANGELOG_FILE).write_text(render_changelog(api.title, plan), encoding="utf-8")
    (target / CONTENT_FILE).write_text(content + "\n", encoding="utf-8")
    (target / "MANIFEST.in").write_text(f"include {CHANGELOG_FILE}\n", encoding="utf-8")  # in the sdist


def generate_vendor(
    vendor: Vendor, project: Project, *, force: bool = False, digest: str | None = None
) -> Outcome:
    """Regenerate one vendor into `generated/<vendor>/` unless its inputs are unchanged."""
    destination = project.generated_dir / vendor.name
    digest = digest or input_hash(vendor)
    if not force and destination.is_dir() and freshness.recorded_hash(str(destination)) == digest:
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
        if not force and destination.is_dir() and freshness.recorded_hash(str(destination)) == digest:
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
