"""Where a vendor's inputs live and in which order its overlays apply.

A vendor is `specs/<name>.yaml` plus the Overlay documents in `overlays/<name>/`. Overlays apply
in a fixed, stated order so the merged spec never depends on directory listing order:
`auth.yaml` first (it declares the security schemes), then `quirks.yaml` (which may refer to
them), then any further overlays in alphabetical order. The file-level rules live in
`generator.freshness` (which decides no-op runs without importing this module); this module
wraps them in the typed objects the rest of the generator works with.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator import freshness
from generator.errors import InputError


@dataclass(frozen=True)
class Vendor:
    """The input files of one vendor, relative to the project root."""

    name: str
    spec: Path
    overlays: tuple[Path, ...]

    @property
    def package_name(self) -> str:
        return f"{self.name}_client"

    @property
    def project_name(self) -> str:
        return f"{self.name}-client"


@dataclass(frozen=True)
class Project:
    """The project root and the folders the pipeline reads and writes."""

    root: Path

    @property
    def specs_dir(self) -> Path:
        return self.root / "specs"

    @property
    def overlays_dir(self) -> Path:
        return self.root / "overlays"

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated"

    def vendor_names(self) -> list[str]:
        return freshness.vendor_names(str(self.root))

    def vendor(self, name: str) -> Vendor:
        spec = self.specs_dir / f"{name}.yaml"
        if not spec.is_file():
            known = ", ".join(self.vendor_names()) or "none"
            raise InputError(
                file=str(spec), location=None, message=f"no such vendor {name!r} (known vendors: {known})"
            )
        overlays = tuple(Path(path) for path in freshness.overlay_files(str(self.root), name))
        return Vendor(name=name, spec=spec, overlays=overlays)

    def vendors(self, names: list[str] | None = None) -> list[Vendor]:
        """The named vendors (all when none); overlays whose spec is missing are an error, not skipped."""
        for orphan in freshness.orphan_overlay_folders(str(self.root)):
            raise InputError(
                file=str(self.overlays_dir / orphan),
                location=None,
                message=f"overlays for vendor {orphan!r} but no spec specs/{orphan}.yaml",
            )
        return [self.vendor(name) for name in (names or self.vendor_names())]


def find_project_root(start: Path | None = None) -> Path:
    """The nearest folder upwards that holds `specs/` and `pyproject.toml`."""
    root = freshness.find_project_root(str(start) if start else None)
    if root is None:
        raise InputError(
            file=str((start or Path.cwd()).resolve()),
            location=None,
            message="not inside a vendorkit project (no specs/ and pyproject.toml)",
        )
    return Path(root)
