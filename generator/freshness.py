"""Which vendors' generated output is up to date, decided from file contents with `os` alone.

`generated/<vendor>/INPUTS.sha256` records a hash of everything that output depends on: the
vendor's spec and overlays, the generator's own code and templates, and the versions of the tools
that shape the output. A vendor whose recorded hash equals the current one is skipped.

Why a module of its own, on plain string paths: `make generate` runs on every CI build and every
local change, and most of those runs change nothing. Deciding that takes about 4 ms of hashing,
while importing pathlib, dataclasses and argparse took four times as long; so this module
imports nothing but hashlib beyond what the interpreter loads at start-up, and `vendorkit
generate` answers an all-unchanged run from here before importing anything else (see `generator.cli`).
The pipeline uses the same functions, so "a vendor's inputs" and "its hash" have one definition.
"""

from __future__ import annotations

import os
import sys
from hashlib import sha256

HASH_FILE = "INPUTS.sha256"
GENERATOR_DIR = os.path.dirname(os.path.abspath(__file__))
# Tools whose version changes the output; a new version means a new hash.
OUTPUT_TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff", "pyyaml", "jinja2")
# Generator code that does not shape the output (so editing it does not mark every vendor changed).
_NOT_OUTPUT_DIRS = frozenset({"mock", "mockkit", "fuzz", "__pycache__"})
_NOT_OUTPUT_FILES = frozenset(
    {"cli.py", "check.py", "mock_command.py", "distbuild.py", "docsite.py", "mockpkg.py"}
)
OVERLAY_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
# Overlays that apply first, in this order (auth declares the security schemes quirks may refer to).
OVERLAY_ORDER = ("auth.yaml", "quirks.yaml")


def _read(path: str) -> bytes:
    with open(path, "rb") as stream:
        return stream.read()


def find_project_root(start: str | None = None) -> str | None:
    """The nearest folder upwards of `start` (default: the cwd) with `specs/` and `pyproject.toml`."""
    here = os.path.realpath(start or os.getcwd())
    while True:
        if os.path.isdir(os.path.join(here, "specs")) and os.path.isfile(
            os.path.join(here, "pyproject.toml")
        ):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def vendor_names(root: str) -> list[str]:
    """Every vendor of the project: the stems of `specs/*.yaml`, sorted."""
    try:
        names = os.listdir(os.path.join(root, "specs"))
    except OSError:
        return []
    return sorted(name[: -len(".yaml")] for name in names if name.endswith(".yaml"))


def orphan_overlay_folders(root: str) -> list[str]:
    """Folders of `overlays/` with no `specs/<name>.yaml`: a spec renamed or deleted by mistake."""
    try:
        folders = os.listdir(os.path.join(root, "overlays"))
    except OSError:
        return []
    specs = set(vendor_names(root))
    return sorted(
        name for name in folders if name not in specs and os.path.isdir(os.path.join(root, "overlays", name))
    )


def spec_file(root: str, vendor: str) -> str:
    return os.path.join(root, "specs", f"{vendor}.yaml")


def overlay_files(root: str, vendor: str) -> list[str]:
    """The vendor's overlay files in application order: `OVERLAY_ORDER` first, then alphabetical.

    A fixed, stated order, so the merged spec never depends on directory listing order.
    """
    folder = os.path.join(root, "overlays", vendor)
    if not os.path.isdir(folder):
        return []
    present = {
        name: os.path.join(folder, name)
        for name in os.listdir(folder)
        if os.path.splitext(name)[1] in OVERLAY_SUFFIXES
    }
    first = [present.pop(name) for name in OVERLAY_ORDER if name in present]
    return first + [present[name] for name in sorted(present)]


def generator_files() -> list[str]:
    """Paths, relative to the generator package and '/'-separated, of the code that shapes the output."""
    found: list[str] = []
    for folder, subfolders, files in os.walk(GENERATOR_DIR):
        relative = os.path.relpath(folder, GENERATOR_DIR)
        parts = [] if relative == "." else relative.split(os.sep)
        subfolders[:] = [name for name in subfolders if name not in _NOT_OUTPUT_DIRS]
        for name in files:
            if os.path.splitext(name)[1] in {".py", ".jinja"}:
                path = "/".join([*parts, name])
                if path not in _NOT_OUTPUT_FILES:
                    found.append(path)
    return sorted(found, key=lambda path: path.split("/"))


def _distribution_key(name: str) -> str:
    """A distribution name normalised as in PEP 503 (runs of '-', '_', '.' become one '_')."""
    key: list[str] = []
    for char in name.lower():
        if char in "-_.":
            if not key or key[-1] != "_":
                key.append("_")
        else:
            key.append(char)
    return "".join(key)


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
    digest = sha256()
    for path in generator_files():
        digest.update(f"generator:{path}\n".encode())
        digest.update(_read(os.path.join(GENERATOR_DIR, *path.split("/"))))
    versions = tool_versions()
    for tool in OUTPUT_TOOLS:
        digest.update(f"tool:{tool}=={versions[tool]}\n".encode())
    return digest.hexdigest()


def release_inputs(root: str, vendor: str) -> list[str]:
    """Files besides spec and overlays that shape a vendor's package: the project's LICENSE (shipped
    in it) and the vendor's release record (its version and CHANGELOG follow from it)."""
    candidates = [
        os.path.join(root, "LICENSE"),
        os.path.join(root, "releases", vendor, "release.json"),
        os.path.join(root, "releases", vendor, "openapi.yaml"),
    ]
    return [path for path in candidates if os.path.isfile(path)]


def input_hash(
    spec: str, overlays: list[str], toolchain: str | None = None, extras: list[str] | None = None
) -> str:
    """sha256 over a vendor's spec and overlays, `extras` (see `release_inputs`) and `toolchain_hash()`
    (computed when not given)."""
    digest = sha256()
    labelled = [("spec", spec), *(("overlay", overlay) for overlay in overlays)]
    labelled += [("input", path) for path in extras or []]
    for label, path in labelled:
        digest.update(f"{label}:{os.path.basename(path)}\n".encode())
        digest.update(_read(path))
    digest.update(f"toolchain:{toolchain or toolchain_hash()}\n".encode())
    return digest.hexdigest()


def recorded_hash(output_folder: str) -> str | None:
    """The input hash the vendor's output was generated from, or None when there is no output."""
    try:
        with open(os.path.join(output_folder, HASH_FILE), encoding="utf-8") as stream:
            return stream.read().strip()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


def all_unchanged(root: str, names: list[str]) -> list[tuple[str, str]] | None:
    """`(vendor, output folder)` for every named vendor (all when none) if each is up to date, else None.

    None also when anything is unusual (an unknown vendor, no vendors at all): the caller then takes
    the full path, which reports it properly.
    """
    names = names or vendor_names(root)
    if not names or orphan_overlay_folders(root):
        return None
    toolchain = toolchain_hash()
    unchanged: list[tuple[str, str]] = []
    for name in names:
        spec = spec_file(root, name)
        if not os.path.isfile(spec):
            return None
        output = os.path.join(root, "generated", name)
        extras = release_inputs(root, name)
        if recorded_hash(output) != input_hash(spec, overlay_files(root, name), toolchain, extras):
            return None
        unchanged.append((name, output))
    return unchanged
