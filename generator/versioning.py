"""A client's version: PEP 440, driven by contract changes against its last release.

`releases/<vendor>/` records the last released client of a vendor:

- `openapi.yaml`: the merged spec it was generated from;
- `release.json`: `{"version": "1.2.0", "content": "<sha256 of the package content>", "history": [...]}`
  where `history` holds the changes of every release, newest first (the CHANGELOG is rendered from it).

The version of the client generated now follows from that record (`plan_version`):

- breaking contract changes since the release (`generator.specdiff`): next major (2.0.0);
- additive ones only: next minor (1.3.0);
- none, but the package's content differs (a generator, template or runtime change): next patch;
- nothing differs: the released version itself.

Until the next release every regeneration compares against the same record, so the version says
how the package differs from what users have, whatever the spec's `info.version` says (the vendor's
API version, anything from `1.0.27-SNAPSHOT` to `2024-01-01`, is only quoted in the CHANGELOG).
A vendor without a record (a new one) gets the numeric release part of its `info.version`
(`1.0.27-SNAPSHOT` -> `1.0.27`), or `0.1.0` when it has none.

The content hash covers what the package ships (its pyproject.toml, README, LICENSE and code),
rendered with a placeholder where the version goes, so it changes exactly when what the package
does or says changes; it is kept in `generated/<vendor>/CONTENT.sha256`.
`vendorkit release VENDOR` records the current state as released (see `record_release`).
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path
from typing import Any

from generator.errors import InputError
from generator.specdiff import Change, ContractDiff, Level, diff_apis

RELEASES_DIR = "releases"
RELEASE_FILE = "release.json"
RELEASED_SPEC = "openapi.yaml"
CHANGELOG_FILE = "CHANGELOG.md"
CONTENT_FILE = "CONTENT.sha256"  # the package content hash, next to INPUTS.sha256
# Rendered where the version goes, replaced once the content is hashed (see `stamp_version`).
VERSION_PLACEHOLDER = "0.0.0.dev0+vendorkit.version.placeholder"
_RELEASE_PART = re.compile(r"^\s*[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?")
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True)
class Release:
    """What `releases/<vendor>/` says about the last released client."""

    version: str
    content: str | None
    history: tuple[dict[str, Any], ...]
    spec_path: Path


@dataclass(frozen=True)
class VersionPlan:
    """The version of the client generated now, and why."""

    version: str
    level: Level | None  # contract change since the release; None without a release
    content_changed: bool
    diff: ContractDiff | None
    release: Release | None
    api_version: str
    changes: list[Change] = field(default_factory=list)


def pep440_release(text: str) -> str:
    """The numeric release part of a vendor's `info.version` as `X.Y.Z` (`0.1.0` when there is none)."""
    match = _RELEASE_PART.match(text or "")
    if not match:
        return "0.1.0"
    major, minor, patch = (int(part) if part else 0 for part in match.groups())
    return f"{major}.{minor}.{patch}"


def bump(version: str, level: str) -> str:
    """`version` (X.Y.Z) bumped: "breaking" -> major, "additive" -> minor, "patch" -> patch."""
    match = _VERSION.match(version)
    if not match:
        raise ValueError(f"release version {version!r} is not X.Y.Z")
    major, minor, patch = (int(part) for part in match.groups())
    if level == "breaking":
        return f"{major + 1}.0.0"
    if level == "additive":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def release_dir(root: Path, vendor: str) -> Path:
    return root / RELEASES_DIR / vendor


def release_files(root: Path, vendor: str) -> list[Path]:
    """The files of a vendor's release record that exist (inputs of its generation)."""
    folder = release_dir(root, vendor)
    return [path for path in (folder / RELEASE_FILE, folder / RELEASED_SPEC) if path.is_file()]


def load_release(root: Path, vendor: str) -> Release | None:
    folder = release_dir(root, vendor)
    record = folder / RELEASE_FILE
    if not record.is_file():
        return None
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise InputError(file=str(record), location="$", message=f"not JSON: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise InputError(file=str(record), location="$.version", message="expected a version string X.Y.Z")
    if not _VERSION.match(data["version"]):
        raise InputError(file=str(record), location="$.version", message="expected X.Y.Z")
    content = data.get("content")
    if content is not None and not isinstance(content, str):
        raise InputError(file=str(record), location="$.content", message="expected a sha256 string or null")
    history = data.get("history", [])
    if not isinstance(history, list) or not all(isinstance(entry, dict) for entry in history):
        raise InputError(file=str(record), location="$.history", message="expected a list of objects")
    if not (folder / RELEASED_SPEC).is_file():
        raise InputError(
            file=str(folder / RELEASED_SPEC), location=None, message="missing: the released merged spec"
        )
    return Release(data["version"], content, tuple(history), folder / RELEASED_SPEC)


def contract_diff(release: Release, document: dict[str, Any], label: str) -> ContractDiff:
    from generator.model import load_api
    from generator.specio import load_document

    old = load_api(load_document(release.spec_path), str(release.spec_path))
    return diff_apis(old, load_api(document, label))


def plan_version(root: Path, vendor: str, document: dict[str, Any], label: str, content: str) -> VersionPlan:
    """The version for the package whose content hash is `content`, generated from `document`."""
    api_version = str((document.get("info") or {}).get("version", ""))
    release = load_release(root, vendor)
    if release is None:
        return VersionPlan(pep440_release(api_version), None, True, None, None, api_version)
    diff = contract_diff(release, document, label)
    content_changed = release.content != content
    level: str = diff.level
    if level == "none" and content_changed:
        level = "patch"
    return VersionPlan(
        bump(release.version, level), diff.level, content_changed, diff, release, api_version, diff.changes
    )


def content_hash(output: Path, package_name: str) -> str:
    """sha256 over what the package ships (`pyproject.toml`, `README.md`, `LICENSE` and the package
    folder: paths and bytes), rendered with the version placeholder."""
    digest = sha256()
    files = [output / name for name in ("pyproject.toml", "README.md", "LICENSE")]
    files += sorted((output / package_name).rglob("*"), key=lambda p: p.relative_to(output).as_posix())
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(output).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def stamp_version(output: Path, package_name: str, version: str) -> None:
    """Put `version` where the templates rendered `VERSION_PLACEHOLDER`; none may be left."""
    for path in (output / "pyproject.toml", output / package_name / "_version.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(VERSION_PLACEHOLDER, version), encoding="utf-8")
    leftovers = [
        str(path)
        for path in output.rglob("*")
        if path.is_file()
        and path.suffix in {".py", ".toml", ".md"}
        and VERSION_PLACEHOLDER in path.read_text("utf-8")
    ]
    if leftovers:
        raise RuntimeError(f"the version placeholder is left in {', '.join(leftovers)}")


def release_entry(plan: VersionPlan) -> dict[str, Any]:
    """The history entry of the version `plan` describes."""
    changes = plan.changes
    return {
        "version": plan.version,
        "api_version": plan.api_version,
        "breaking": [str(change) for change in changes if change.kind == "breaking"],
        "additive": [str(change) for change in changes if change.kind == "additive"],
        "other": (
            ["First release of this client."]
            if plan.release is None
            else ["Generator, template or runtime changes (no contract change)."]
            if plan.level == "none" and plan.content_changed
            else []
        ),
    }


def render_changelog(title: str, plan: VersionPlan) -> str:
    """CHANGELOG.md: the version generated now (unless it is the released one), then the history."""
    entries: list[dict[str, Any]] = []
    released = plan.release.version if plan.release else None
    if plan.version != released:
        entries.append({**release_entry(plan), "unreleased": True})
    entries.extend(plan.release.history if plan.release else ())
    lines = [
        f"# Changelog of the {title} client",
        "",
        "Versions follow the API contract (breaking change: major; additive: minor; generator or",
        "runtime change only: patch), compared by `vendorkit diff` with the last released spec.",
        "",
    ]
    for entry in entries:
        suffix = " (not released yet)" if entry.get("unreleased") else ""
        lines.append(f"## {entry['version']}{suffix}")
        lines.append("")
        if entry.get("api_version"):
            lines.append(f"API version (the spec's `info.version`): {entry['api_version']}")
            lines.append("")
        wrote = False
        for key, heading in (("breaking", "Breaking"), ("additive", "Added"), ("other", "Other")):
            items = entry.get(key) or []
            if items:
                lines.append(f"### {heading}")
                lines.append("")
                lines.extend(f"- {item}" for item in items)
                lines.append("")
                wrote = True
        if not wrote:
            lines.extend(["No changes recorded.", ""])
    return "\n".join(lines).rstrip() + "\n"


def record_release(root: Path, vendor: str, generated: Path) -> str:
    """Record `generated/<vendor>/` (freshly generated) as released; returns the version recorded.

    The released spec, version and content hash go to `releases/<vendor>/`, and the version's
    changes to the front of its history. Regenerate afterwards: the CHANGELOG then shows it released.
    """
    from generator.specio import load_document

    version_file = generated / f"{vendor}_client" / "_version.py"
    match = re.search(r'__version__ = "([^"]+)"', version_file.read_text(encoding="utf-8"))
    if not match:
        raise InputError(file=str(version_file), location=None, message="no __version__ assignment")
    version = match.group(1)
    package_content = (generated / CONTENT_FILE).read_text(encoding="utf-8").strip()
    document = load_document(generated / RELEASED_SPEC)
    plan = plan_version(root, vendor, document, str(generated / RELEASED_SPEC), package_content)
    if plan.version != version:
        raise InputError(
            file=str(version_file),
            location=None,
            message=f"generated/ is stale (version {version}, expected {plan.version}): run `make generate`",
        )
    previous = load_release(root, vendor)
    history = list(previous.history) if previous else []
    if previous is None or previous.version != version:
        history.insert(0, release_entry(plan))
    folder = release_dir(root, vendor)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(generated / RELEASED_SPEC, folder / RELEASED_SPEC)
    record = {"version": version, "content": package_content, "history": history}
    (folder / RELEASE_FILE).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return version
