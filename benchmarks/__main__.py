"""`python -m benchmarks [--only generation,mocks,clients,fuzzing,growth,startup,suite] [--vendor V ...]`: run and report.

A section that fails is reported as such (with the error) instead of ending the run, so one broken
vendor or a missing tool still leaves a report of everything else.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.common import ROOT, WORK_DIR, say
from benchmarks.results import Section

SECTIONS = ("generation", "mocks", "clients", "fuzzing", "growth", "startup", "suite")

# Speed-ups made because of these figures, and what they gained; shown at the top of the report.
# One file per area (`benchmarks/changes/<area>.md`, one "- " bullet per line) so that work on one
# area does not touch another's list. "Before" figures are the ones measured when the change was made.
CHANGE_AREAS = ("generation", "mocks", "clients", "fuzzing", "growth", "suite", "benchmark")
CHANGES_DIR = Path(__file__).parent / "changes"


def read_changes(directory: Path = CHANGES_DIR) -> list[str]:
    """The bullets of every area's file, in `CHANGE_AREAS` order; a missing file adds nothing."""
    changes: list[str] = []
    for area in CHANGE_AREAS:
        path = directory / f"{area}.md"
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            changes += [line[2:].strip() for line in lines if line.startswith("- ")]
    return changes


def _generation(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import generation

    return generation.section(generation.measure(vendors))


def _mocks(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import mocks

    return mocks.section(mocks.measure(vendors, seconds))


def _clients(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import clients

    return clients.section(clients.measure(vendors))


def _fuzzing(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import fuzzing

    return fuzzing.section(fuzzing.measure(vendors))


def _growth(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import growth

    return growth.section(growth.measure(vendors))


def _startup(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import startup

    return startup.section(startup.measure(vendors))


def _suite(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import suite

    return suite.section(suite.measure())


RUNNERS: dict[str, Callable[[Sequence[str], float], Section]] = {
    "generation": _generation,
    "mocks": _mocks,
    "clients": _clients,
    "fuzzing": _fuzzing,
    "growth": _growth,
    "startup": _startup,
    "suite": _suite,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {SECTIONS}")
    parser.add_argument("--vendor", action="append", default=[], help="measure only this vendor (repeatable)")
    parser.add_argument(
        "--seconds", type=float, default=3.0, help="length of each measured wrk run (default 3; 3 rounds)"
    )
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {unknown}; choose from {SECTIONS}")
    WORK_DIR.mkdir(exist_ok=True)
    sections = []
    loads: dict[str, float] = {}
    for name in chosen:
        say(f"section {name}")
        loads[name] = os.getloadavg()[0]
        try:
            sections.append(RUNNERS[name](args.vendor, args.seconds))
        except Exception as error:  # report it and go on with the next section
            (WORK_DIR / f"{name}-error.txt").write_text(traceback.format_exc(), encoding="utf-8")
            failed = Section(name, name.title(), f"This section failed: {type(error).__name__}: {error}")
            failed.notes.append(f"traceback in .bench/{name}-error.txt")
            sections.append(failed)
    from benchmarks.report import write

    md_path, json_path = write(sections, read_changes(), ROOT, loads)
    say(f"wrote {md_path.name} and {json_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
