"""The test suite's time as CI meets it: `make test` on a clean clone, from nothing.

The committed tree (`git clone` of this repository's HEAD; uncommitted changes are not in it) is
cloned into `.bench/suite-clone` and `make test` runs there with no virtual environment: it creates
one, installs the pinned tools, regenerates and checks `generated/`, lints and runs pytest, as
`.ci/run` does. The wall time of the whole command is the figure; pytest's own summary (tests
passed, its time) is read from its last line. The goal is the one CI sets: under 10 minutes on
2 CPUs, shown as a ratio of those 10 minutes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass

from benchmarks.common import ROOT, WORK_DIR, say
from benchmarks.results import Goal, Section, Table, fmt_seconds

BUDGET_SECONDS = 600.0
CLONE = WORK_DIR / "suite-clone"
LOG = WORK_DIR / "logs" / "suite-make-test.log"
SUMMARY = re.compile(
    r"^=* ?(?P<summary>[0-9]+ (?:passed|failed|error|errors|skipped)[^\n]*?) in (?P<seconds>[0-9.]+)s",
    re.MULTILINE,
)  # `2149 passed in 191.56s (0:03:11)` under -q, framed by `=` without it


@dataclass
class SuiteFigures:
    commit: str
    seconds: float
    exit_code: int
    pytest_summary: str | None
    pytest_seconds: float | None
    cpus: int


def _clean_environment() -> dict[str, str]:
    """This process's environment less what would point `make` at our own virtual environment."""
    drop = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}
    environ = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("PYTEST_")}
    bin_dir = str(ROOT / ".venv" / "bin")
    environ["PATH"] = os.pathsep.join(p for p in environ.get("PATH", "").split(os.pathsep) if p != bin_dir)
    return environ


def read_summary(log: str) -> tuple[str | None, float | None]:
    """pytest's closing line (`2149 passed in 191.56s`, `=== 3 passed in 1.00s ===`): what it says and its seconds."""
    matches = list(SUMMARY.finditer(log))
    if not matches:
        return None, None
    return matches[-1]["summary"], float(matches[-1]["seconds"])


def measure() -> SuiteFigures:
    shutil.rmtree(CLONE, ignore_errors=True)
    LOG.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(CLONE)], check=True)
    commit = subprocess.run(
        ["git", "-C", str(CLONE), "rev-parse", "--short", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    say(f"suite: make test on a clean clone of {commit} (several minutes)")
    started = time.perf_counter()
    with LOG.open("w", encoding="utf-8") as log:
        finished = subprocess.run(
            ["make", "test"], cwd=CLONE, env=_clean_environment(), stdout=log, stderr=subprocess.STDOUT
        )
    seconds = time.perf_counter() - started
    summary, pytest_seconds = read_summary(LOG.read_text(encoding="utf-8", errors="replace"))
    shutil.rmtree(CLONE, ignore_errors=True)
    return SuiteFigures(commit, seconds, finished.returncode, summary, pytest_seconds, os.cpu_count() or 0)


def section(figures: SuiteFigures) -> Section:
    result = Section(
        "suite",
        "Test suite on a clean clone",
        "`make test` in a fresh clone of the committed tree, with no virtual environment (it creates "
        "one, installs the pinned tools, regenerates and checks generated/, lints, runs pytest), "
        f"as CI runs it; on {figures.cpus} CPUs. The log is `.bench/logs/suite-make-test.log`.",
    )
    table = Table("make test", ["commit", "exit code", "wall time", "pytest", "pytest time"])
    table.rows.append(
        [
            figures.commit,
            str(figures.exit_code),
            fmt_seconds(figures.seconds),
            figures.pytest_summary or "no pytest summary found",
            fmt_seconds(figures.pytest_seconds),
        ]
    )
    result.tables = [table]
    measured = figures.seconds / BUDGET_SECONDS if figures.exit_code == 0 else None
    result.goals = [
        Goal.at_most(
            "make test on a clean clone vs CI's 10-minute budget",
            measured,
            1.0,
            "" if figures.exit_code == 0 else f"make test failed with exit code {figures.exit_code}",
        )
    ]
    result.data = {
        "commit": figures.commit,
        "seconds": figures.seconds,
        "exit_code": figures.exit_code,
        "pytest_summary": figures.pytest_summary,
        "pytest_seconds": figures.pytest_seconds,
    }
    return result
