"""`vendorkit check`: regenerate into a temporary folder and compare with the committed `generated/`.

CI runs this so a spec, overlay, template or generator change that was not followed by
`make generate` fails with a readable summary instead of shipping stale clients.
"""

from __future__ import annotations

import difflib
import filecmp
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.pipeline import input_hash, render_vendor
from generator.vendors import Project

MAX_DIFF_LINES = 40


@dataclass
class Drift:
    """What differs between the committed output and a fresh generation."""

    added: list[str] = field(default_factory=list)  # would be generated, not committed
    removed: list[str] = field(default_factory=list)  # committed, no longer generated
    changed: list[str] = field(default_factory=list)
    diffs: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def summary(self) -> str:
        lines: list[str] = []
        for title, names in (("missing from generated/", self.added), ("stale in generated/", self.removed)):
            if names:
                lines.append(f"{title} ({len(names)}):")
                lines.extend(f"  {name}" for name in names)
        if self.changed:
            lines.append(f"differs from a fresh generation ({len(self.changed)}):")
            for name in self.changed:
                lines.append(f"  {name}")
                lines.extend(f"    {line}" for line in self.diffs.get(name, []))
        lines.append("Run `make generate` and commit generated/.")
        return "\n".join(lines)


def _files(root: Path) -> set[str]:
    ignored = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file()
        and not ignored.intersection(path.relative_to(root).parts)
        and not path.name.endswith(".egg-info")
        and ".egg-info" not in path.as_posix()
    }


def _short_diff(committed: Path, fresh: Path, name: str) -> list[str]:
    try:
        old = committed.read_text(encoding="utf-8").splitlines()
        new = fresh.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        return ["(binary files differ)"]
    diff = list(difflib.unified_diff(old, new, f"committed/{name}", f"fresh/{name}", lineterm="", n=1))
    return diff[:MAX_DIFF_LINES] + (["…"] if len(diff) > MAX_DIFF_LINES else [])


def compare(committed: Path, fresh: Path, prefix: str) -> Drift:
    drift = Drift()
    old, new = (_files(committed) if committed.is_dir() else set()), _files(fresh)
    drift.added = sorted(f"{prefix}/{name}" for name in new - old)
    drift.removed = sorted(f"{prefix}/{name}" for name in old - new)
    for name in sorted(old & new):
        if not filecmp.cmp(committed / name, fresh / name, shallow=False):
            label = f"{prefix}/{name}"
            drift.changed.append(label)
            drift.diffs[label] = _short_diff(committed / name, fresh / name, label)
    return drift


def check(project: Project, names: list[str] | None = None) -> Drift:
    """Regenerate every vendor into a temporary folder and compare with `generated/`."""
    total = Drift()
    with tempfile.TemporaryDirectory(prefix="vendorkit-check-") as scratch:
        for vendor in project.vendors(names):
            fresh = Path(scratch) / vendor.name
            render_vendor(vendor, project, fresh, input_hash(vendor))
            drift = compare(project.generated_dir / vendor.name, fresh, f"generated/{vendor.name}")
            total.added += drift.added
            total.removed += drift.removed
            total.changed += drift.changed
            total.diffs.update(drift.diffs)
    if not names:
        expected = set(project.vendor_names())
        present = (
            {p.name for p in project.generated_dir.iterdir() if p.is_dir()}
            if project.generated_dir.is_dir()
            else set()
        )
        total.removed += sorted(
            f"generated/{name}/" for name in present - expected if not name.startswith(".")
        )
    return total
