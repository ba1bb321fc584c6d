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
whole or not at all, and the outcomes come back in vendor order. A single vendor is itself spread
over three processes (see `render_vendor`): merge and validation, merged spec and mock models, and
the client, so that it takes about as long as its client alone on two CPUs.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterator
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


MODELS_NICENESS = 10
"""How much lower the mock models' process of a one-vendor run is scheduled (`os.nice`)."""


@contextlib.contextmanager
def long_lived_imports() -> Iterator[None]:
    """Import modules without the cyclic garbage collector, then freeze what exists (`gc.freeze`).

    Why: importing the generators makes a few hundred thousand objects that live as long as the
    process, and the collector's full passes over them while they were being made were about 5% of
    the imports' instructions (callgrind); frozen, later passes during generation skip them too.
    Whatever garbage the imports leave is kept (a generation process is short-lived)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def import_generators() -> None:
    """Import the code generators (about half a second): before forking workers, or on first use."""
    with long_lived_imports():
        import openapi_spec_validator  # noqa: F401

        import generator.clientgen
        import generator.merge
        import generator.overlay
        import generator.specvalidation  # noqa: F401

        import_models_generator()


def import_models_generator() -> None:
    """Import datamodel-code-generator whole: it imports its parser on the first `generate()` call
    (0.15 s), here instead, once, before the forks or while waiting for the merged spec."""
    import datamodel_code_generator.model.pydantic_v2
    import datamodel_code_generator.parser.openapi  # noqa: F401

    import generator.modelgen  # noqa: F401


def render_vendor(
    vendor: Vendor, project: Project, target: Path, digest: str, *, fork: bool | None = None
) -> None:
    """Write the complete output of `vendor` into `target` (a folder that does not exist yet).

    With `fork` (the default when more than one CPU is usable and `VENDORKIT_JOBS` is not 1), the
    work is spread over three processes: a forked child reads the spec and applies the overlays
    while this process imports the client generator, hands the merged spec over, and goes on to
    validate the hand-written and the merged spec (OpenAPI); a second child, forked at the same
    time at a lower priority, imports the mock models' generator on what CPU the other two leave,
    then writes the merged spec and the mock models, while this process builds the model and
    renders the client. Same work, same bytes, in about the time of the client alone. Errors keep
    their order of precedence: an invalid spec is reported before anything that went wrong
    downstream of it, and the client's errors before the mock models'. Without `fork`, the stages
    run one after another in this process.
    """
    if fork is None:
        fork = worker_count(3) > 1
    if not fork:
        _render_in_sequence(vendor, project, target, digest)
        return
    from generator import merge

    root = project.root
    handover, handover_path = tempfile.mkstemp(prefix=f".merged-{vendor.name}-", suffix=".pickle")
    os.close(handover)
    ready_read, ready_write = os.pipe()  # merge child -> this process: the merged spec is handed over
    models_read, models_write = os.pipe()  # merge child -> models child: the same news
    label = merge.merged_label(vendor, root)
    target.mkdir(parents=True)
    # Imported once, before the forks: the validator (through pydantic-settings), the client and
    # the mock models' generators all need it.
    with long_lived_imports():
        import pydantic.main  # noqa: F401

    def merge_then_validate() -> None:
        os.close(ready_read)
        os.close(models_read)
        with long_lived_imports():
            import generator.overlay
        document = merge.load_spec(vendor, root)
        try:
            merged = merge.merge_overlays(document, vendor)
        except Exception:
            merge.check_spec(document, vendor, root)  # an invalid spec comes before its overlays' errors
            raise
        with open(handover_path, "wb") as stream:
            pickle.dump(merged, stream, protocol=pickle.HIGHEST_PROTOCOL)
        for ready in (ready_write, models_write):
            os.write(ready, b".")
            os.close(ready)
        with long_lived_imports():
            import generator.specvalidation  # noqa: F401
        merge.check_spec(document, vendor, root)
        merge.check_merged(merged, vendor, root)

    def spec_and_models() -> None:
        # Importing datamodel-code-generator (with the parser it imports on its first call: half a
        # second) starts at once, at a lower priority: it takes a CPU the client and the validation
        # leave idle instead of slowing them, and is done before the end of the run.
        os.close(ready_read)
        os.close(models_write)
        os.nice(MODELS_NICENESS)
        with long_lived_imports():
            import_models_generator()

        with os.fdopen(models_read, "rb") as ready:
            if ready.read() != b".":
                return  # the merge failed: its process says why
        with open(handover_path, "rb") as stream:
            _write_spec_and_models(pickle.load(stream), label, target)

    validation = _Forked(merge_then_validate)
    os.close(ready_write)
    models: _Forked | None = None
    try:
        try:
            models = _Forked(spec_and_models)
            os.close(models_write)
            os.close(models_read)
            with long_lived_imports():  # while the children work
                import generator.clientgen  # noqa: F401
                from generator.model import load_api

            with os.fdopen(ready_read, "rb") as ready:
                ready_read = -1  # closed by the with block
                handed_over = ready.read() == b"."
            if not handed_over:  # the child failed before the merged spec existed
                validation.result()
                raise RuntimeError("the merge process ended without a merged spec")
            with open(handover_path, "rb") as stream:
                merged = pickle.load(stream)
            api = load_api(merged, label, vendor.name)
            merge.check_project_rules(api)
            # The client generator is given the spec's path but does not read it (the child writes it).
            _write_client(vendor, api, target, target / MERGED_SPEC_FILE)
        except BaseException:
            validation.result()  # the spec's own error, when it has one, explains the rest
            raise
        assert models is not None
        try:
            # The client is formatted and versioned while the models' process is still at work
            # (the package's content does not include the mock models).
            format_python(target, vendor.package_name)
            _version_package(vendor, project, target, merged, api)
        except BaseException:
            validation.result()
            models.result()
            raise
        validation.result()
        models.result()  # after the client's errors, which take precedence
        format_python(target, MOCK_MODELS_FILE)
    finally:
        validation.cancel()
        if models is not None:
            models.cancel()
        else:
            os.close(models_write)
            os.close(models_read)
        if ready_read >= 0:
            os.close(ready_read)
        with contextlib.suppress(OSError):
            os.unlink(handover_path)
    _record_inputs(target, digest)


def _render_in_sequence(vendor: Vendor, project: Project, target: Path, digest: str) -> None:
    from generator.merge import build_api

    import_generators()

    merged, api = build_api(vendor, project.root)
    target.mkdir(parents=True)
    spec_path = _write_merged_spec(merged, target)
    _write_client(vendor, api, target, spec_path)
    _write_mock_models(merged, api.label, target)
    _finish(vendor, project, target, merged, api, digest)


def _write_merged_spec(merged: dict[str, Any], target: Path) -> Path:
    from generator.specio import dump_yaml

    spec_path = target / MERGED_SPEC_FILE
    spec_path.write_text(dump_yaml(merged), encoding="utf-8")
    return spec_path


def _write_client(vendor: Vendor, api: Api, target: Path, spec_path: Path) -> None:
    from generator.clientgen import generate_client
    from generator.versioning import VERSION_PLACEHOLDER

    generate_client(vendor, api, target, spec_path, version=VERSION_PLACEHOLDER)


def _write_spec_and_models(merged: dict[str, Any], label: str, target: Path) -> None:
    _write_merged_spec(merged, target)
    _write_mock_models(merged, label, target)


def _write_mock_models(merged: dict[str, Any], label: str, target: Path) -> None:
    from generator.modelgen import generate_mock_models

    generate_mock_models(merged, label, target / MOCK_MODELS_FILE)


def _finish(
    vendor: Vendor, project: Project, target: Path, merged: dict[str, Any], api: Api, digest: str
) -> None:
    """Format the Python files, version the package, and record the input hash (last: it marks the
    output complete)."""
    format_python(target)
    _version_package(vendor, project, target, merged, api)
    _record_inputs(target, digest)


def _record_inputs(target: Path, digest: str) -> None:
    """Write the input hash: last, since it marks the output complete."""
    (target / HASH_FILE).write_text(digest + "\n", encoding="utf-8")


def format_python(folder: Path, *paths: str) -> None:
    """ruff fix, then ruff format, over `paths` in `folder` (all of it by default), with the
    folder's own settings (the generated pyproject.toml): this interpreter's ruff, so PATH never
    changes the output, started directly (not through `python -m ruff`, which paid an interpreter
    start per call). Each file is fixed and formatted on its own, so formatting a folder in parts
    writes the same bytes as formatting it whole."""
    import subprocess

    from ruff import find_ruff_bin  # type: ignore[import-untyped]

    from generator.errors import GenerationError

    ruff = find_ruff_bin()
    for args in (
        ["check", "--fix-only", "--quiet", *(paths or ["."])],
        ["format", "--quiet", *(paths or ["."])],
    ):
        result = subprocess.run(
            [ruff, *args, "--no-cache"], cwd=folder, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise GenerationError(str(folder), None, f"ruff {args[0]} failed: {result.stderr.strip()}")


class _Forked:
    """`action()` run in a forked child process; `result()` waits for it and raises what it raised.

    The child shares everything this process had at the fork (imported modules, documents) and
    sends back only its exception, pickled, or None; it writes its files itself.
    """

    def __init__(self, action: Callable[[], object]) -> None:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into the caller's code
            # The objects inherited from the parent are never garbage here: keep the collector off
            # them (it would walk them all and copy every page it touches).
            gc.freeze()
            os.close(read)
            try:
                try:
                    action()
                    payload = pickle.dumps(None)
                except BaseException as exc:  # every failure goes back to the parent
                    payload = _pickled_error(exc)
                with os.fdopen(write, "wb") as stream:
                    stream.write(payload)
            finally:
                os._exit(0)
        os.close(write)
        self._pid: int | None = pid
        self._read = read

    def result(self) -> None:
        """Wait for the child; raise its exception, if it raised one."""
        if self._pid is None:
            return
        with os.fdopen(self._read, "rb") as stream:
            payload = stream.read()
        os.waitpid(self._pid, 0)
        self._pid = None
        if not payload:
            raise RuntimeError("a generation worker process died without an answer")
        error = pickle.loads(payload)
        if error is not None:
            raise error

    def cancel(self) -> None:
        """Stop the child if it is still running (after a failure elsewhere) and reap it."""
        if self._pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._pid, signal.SIGKILL)
        os.waitpid(self._pid, 0)
        os.close(self._read)
        self._pid = None


def _pickled_error(exc: BaseException) -> bytes:
    """`exc` pickled, or a RuntimeError with its type, message and traceback when it cannot be."""
    try:
        payload = pickle.dumps(exc)
        pickle.loads(payload)
        return payload
    except Exception:  # any exception may be unpicklable
        import traceback

        text = "".join(traceback.format_exception(exc)).strip()
        return pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}\n{text}"))


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
    vendor: Vendor,
    project: Project,
    *,
    force: bool = False,
    digest: str | None = None,
    fork: bool | None = None,
) -> Outcome:
    """Regenerate one vendor into `generated/<vendor>/` unless its inputs are unchanged (`fork`: see
    `render_vendor`)."""
    destination = project.generated_dir / vendor.name
    digest = digest or input_hash(vendor)
    if not force and destination.is_dir() and freshness.recorded_hash(str(destination)) == digest:
        return Outcome(vendor.name, "unchanged", destination)
    project.generated_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".staging-{vendor.name}-", dir=project.generated_dir))
    try:
        render_vendor(vendor, project, staging / vendor.name, digest, fork=fork)
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
        # One vendor (or VENDORKIT_JOBS=1): its validation and mock models go to forked processes
        # when there is a CPU for them (render_vendor's default).
        for vendor, digest in pending:
            outcomes[vendor.name] = generate_vendor(vendor, project, force=True, digest=digest)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        import_generators()  # once, here: the forked workers inherit the imported modules
        context = multiprocessing.get_context("fork")
        # Largest spec first, so the longest vendor does not start last and hold up the end.
        pending.sort(key=lambda item: -item[0].spec.stat().st_size)
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=gc.freeze) as pool:
            futures = [
                # The vendors keep the CPUs busy: each is rendered in its worker alone (forking
                # within a vendor as well only added work: copied pages, modules imported twice).
                pool.submit(generate_vendor, vendor, project, force=True, digest=digest, fork=False)
                for vendor, digest in pending
            ]
            for future in futures:
                outcome = future.result()
                outcomes[outcome.vendor] = outcome
    return [outcomes[vendor.name] for vendor in vendors]
