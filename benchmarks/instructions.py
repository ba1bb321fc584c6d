"""Instructions executed by regions of a Python program, counted by valgrind's callgrind.

CPU time of a call of about 100 us swings by tens of percent between runs on a shared virtual
machine (the clients section read the same Storyly GET at 0.65x and 0.90x of raw httpx in two runs
an hour apart), so a 1.05x goal cannot be judged from it. An instruction count does not depend on
what else the machine does: a simple program counts the same on every run, and a facade call
varied by less than half a percent between runs (what varies is the program's own: clock readings,
addresses). It is how CodSpeed compares small changes. It is not time (a cache miss costs more than
an add), so the report shows both.

A region is a call `operator.call(fn, *args)` in the measured program: callgrind is started with
collection off and toggles it on entering and off leaving the C function behind `operator.call`
(`_operator_call`), dumping the count after each, so a program measures as many regions as it
calls and nothing else of it (interpreter start, imports, set-up) is counted. Nothing else that
runs in a region may call `operator.call` (a nested call would switch counting off); neither
httpx nor asyncio does. The interpreter's hash seed is fixed so that dict and set layouts, and
with them the counts, repeat.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

REGION_FUNCTION = "_operator_call"
_SUMMARY = re.compile(r"^summary:\s*(\d+)", re.MULTILINE)
_PART = re.compile(r"^part:\s*(\d+)", re.MULTILINE)


class CountFailed(RuntimeError):
    """valgrind is missing, or the measured program failed (the message says which, with its output)."""


def available() -> bool:
    """Whether valgrind can be run here (it is on this project's machines and CI; see README)."""
    return shutil.which("valgrind") is not None


def read_dumps(directory: Path) -> list[int]:
    """The instruction count of each region, in the order the program ran them.

    callgrind writes one file per dump (`<out>.<n>`, holding `part: n` and `summary: count`) and a
    last one for what ran after the last dump (collection off: 0), which is not a region."""
    parts: list[tuple[int, int]] = []
    for path in directory.iterdir():
        if not re.search(r"\.\d+$", path.name):
            continue  # the tail, written at exit
        text = path.read_text(errors="replace")
        # `summary:` is what ran while counting. `totals:` (the sum of the file's cost lines) can
        # be far larger in a dump after `callgrind_control --zero`: it adds the inclusive cost of
        # calls begun before the zeroing (a server's event loop), which `summary` leaves out.
        part, totals = _PART.search(text), _SUMMARY.search(text)
        if part is None or totals is None:
            continue
        parts.append((int(part.group(1)), int(totals.group(1))))
    return [count for _, count in sorted(parts)]


def count_regions(
    argv: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 900.0
) -> list[int]:
    """Run `argv` (a Python program) under callgrind; the instructions of each of its regions."""
    if not available():
        raise CountFailed("valgrind is not installed")
    with tempfile.TemporaryDirectory(prefix="vendorkit-callgrind-") as scratch:
        out = Path(scratch) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            f"--toggle-collect={REGION_FUNCTION}",
            f"--dump-after={REGION_FUNCTION}",
            f"--callgrind-out-file={out}",
            *argv,
        ]
        environment = {**os.environ, **(env or {}), "PYTHONHASHSEED": "0"}
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, env=environment, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired as error:
            raise CountFailed(
                f"{' '.join(argv)}: no answer within {timeout:.0f} s under callgrind"
            ) from error
        if done.returncode != 0:
            lines = [line for line in done.stderr.splitlines() if not line.startswith("==")]
            raise CountFailed(
                f"{' '.join(argv)} failed under callgrind (exit {done.returncode}): " + " | ".join(lines[-5:])
            )
        return read_dumps(Path(scratch))  # the dumps are `callgrind.out.<n>`, beside `out` (the tail)
