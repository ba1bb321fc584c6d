"""`make dist`: an sdist and a wheel of every generated client, checked with `twine check --strict`.

Each client is built from a scratch copy of `generated/<vendor>/` (setuptools writes `build/` and
`*.egg-info` next to the sources, which must not land in the committed tree) with `python -m build
--no-isolation`: the build backend is the setuptools pinned in vendorkit's dev dependencies, so a
build needs no index and gives the same files every time. Run as
`python -m generator.distbuild [--outdir dist] [VENDOR...]`; exit 1 when a build or the check fails.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.vendors import find_project_root

SHIPPED = ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "MANIFEST.in")


def client_folders(generated: Path, vendors: list[str] | None = None) -> list[Path]:
    """`generated/<vendor>/` of every client package (the named vendors only, when given)."""
    found = sorted(path.parent for path in generated.glob("*/pyproject.toml"))
    if vendors:
        found = [path for path in found if path.name in vendors]
        missing = sorted(set(vendors) - {path.name for path in found})
        if missing:
            raise SystemExit(f"no generated client for {', '.join(missing)} in {generated}")
    return found


def build(folder: Path, outdir: Path) -> list[Path]:
    """Build the sdist and the wheel of one client into `outdir`; returns their paths."""
    package = f"{folder.name}_client"
    with tempfile.TemporaryDirectory(prefix=f"dist-{folder.name}-") as scratch:
        source = Path(scratch) / folder.name
        source.mkdir()
        for name in SHIPPED:
            if (folder / name).is_file():
                shutil.copyfile(folder / name, source / name)
        shutil.copytree(folder / package, source / package, ignore=shutil.ignore_patterns("__pycache__"))
        before = set(outdir.glob("*"))
        subprocess.run(
            [
                sys.executable,
                "-m",
                "build",
                "--no-isolation",
                "--sdist",
                "--wheel",
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return sorted(set(outdir.glob("*")) - before)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.distbuild", description=__doc__.split("\n")[0])
    parser.add_argument("--outdir", type=Path, default=Path("dist"))
    parser.add_argument("vendors", nargs="*", metavar="VENDOR")
    args = parser.parse_args(argv)
    root = find_project_root()
    outdir = args.outdir.resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    try:
        for folder in client_folders(root / "generated", args.vendors or None):
            for stale in sorted(outdir.glob(f"{folder.name}_client-*")):  # older builds: never uploaded again
                stale.unlink()
            built += build(folder, outdir)
        subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, built)], check=True)
    except subprocess.CalledProcessError as error:
        print(
            f"distbuild: {' '.join(map(str, error.cmd[:4]))} ... failed (exit {error.returncode})",
            file=sys.stderr,
        )
        return 1
    for path in built:
        print(path.relative_to(outdir.parent) if outdir.parent in path.parents else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
