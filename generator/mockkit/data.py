"""Where a vendor's merged spec and mock models are read from.

The vendorkit-mocks package carries them in `vendorkit_mocks/_specs/<vendor>/` (`openapi.yaml`,
`mock_models.py`, copied from `generated/` by the package build); in this repository, where the
package's modules run as `generator.mockkit`, they are read from the project's `generated/`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

PACKAGED: Final = "_specs"
MERGED_SPEC: Final = "openapi.yaml"


def packaged_vendors_dir() -> Path | None:
    """The installed package's `_specs/` folder, or None when these modules run from the repository."""
    folder = Path(__file__).resolve().parent.parent / PACKAGED
    return folder if folder.is_dir() else None


def vendors_dir() -> Path:
    """The package's data when installed, else the repository's `generated/`."""
    return packaged_vendors_dir() or Path(__file__).resolve().parent.parent.parent / "generated"


def vendor_names(folder: Path | None = None) -> list[str]:
    """Vendors with a merged spec in `folder` (default `vendors_dir()`), sorted."""
    folder = folder or vendors_dir()
    return sorted(path.parent.name for path in folder.glob(f"*/{MERGED_SPEC}"))
