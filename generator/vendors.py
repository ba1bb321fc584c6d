"""Where a vendor's inputs live and in which order its overlays apply.

A vendor is `specs/<name>.yaml` plus the Overlay documents in `overlays/<name>/`. Overlays apply
in a fixed, stated order so the merged spec never depends on directory listing order:
`auth.yaml` first (it declares the security schemes), then `quirks.yaml` (which may refer to
them), then any further overlays in alphabetical order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.errors import InputError

OVERLAY_ORDER = ("auth.yaml", "quirks.yaml")


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
        return sorted(path.stem for path in self.specs_dir.glob("*.yaml"))

    def vendor(self, name: str) -> Vendor:
        spec = self.specs_dir / f"{name}.yaml"
        if not spec.is_file():
            known = ", ".join(self.vendor_names()) or "none"
            raise InputError(
                file=str(spec), location=None, message=f"no such vendor {name!r} (known vendors: {known})"
            )
        return Vendor(name=name, spec=spec, overlays=ordered_overlays(self.overlays_dir / name))

    def vendors(self, names: list[str] | None = None) -> list[Vendor]:
        return [self.vendor(name) for name in (names or self.vendor_names())]


def ordered_overlays(folder: Path) -> tuple[Path, ...]:
    """Overlay files of a vendor in application order (see module docstring)."""
    if not folder.is_dir():
        return ()
    present = {path.name: path for path in folder.iterdir() if path.suffix in {".yaml", ".yml", ".json"}}
    first = [present.pop(name) for name in OVERLAY_ORDER if name in present]
    return tuple(first + [present[name] for name in sorted(present)])


def find_project_root(start: Path | None = None) -> Path:
    """The nearest folder upwards that holds `specs/` and `pyproject.toml`."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / "specs").is_dir() and (candidate / "pyproject.toml").is_file():
            return candidate
    raise InputError(
        file=str(here), location=None, message="not inside a vendorkit project (no specs/ and pyproject.toml)"
    )
