"""Instructions a whole server process executes per request under load, counted by callgrind.

The mock section's req/s swing by tens of percent between rounds on a shared virtual machine (the
Printiki GET read 4.1x to 12.2x of Prism across three rounds of one run), so a ratio to the floor
near its 0.6x goal cannot be judged from them alone. Here the server (`python -m benchmarks.servers
mock VENDOR PORT` or `... floor PORT`, the processes the rounds load) runs under valgrind's
callgrind; for each request, a load runs (wrk in the benchmark, as in the rounds), with the counters
zeroed before it (`callgrind_control --zero`) and dumped after it (`--dump`). The dump's total over
the requests the load completed is the work per request of everything the process did for them:
HTTP parsing, the event loop, the application, the garbage collector. Not counted: the kernel's
side of the sockets (the same for every server) and waiting. The interpreter's hash seed is fixed,
as for the clients' counts (`benchmarks.instructions`).

A server under callgrind answers about fifty times slower: the loads run for a few seconds each,
and a request still in flight when a load ends (at most its concurrency, 16, of thousands) is
counted in the next dump, not this one.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import PYTHON, running
from benchmarks.instructions import CountFailed, available, read_dumps

START_TIMEOUT = 300.0
"""Seconds a server under callgrind may take to listen (a mock imports and compiles its spec)."""


@dataclass
class CountedServer:
    """A server process running under callgrind, whose counters a load is measured with."""

    pid: int
    dumps: Path

    def per_request(self, load: Callable[[], int]) -> float:
        """Instructions per request over one run of `load`, which sends requests and returns how
        many completed."""
        self._control("--zero")
        completed = load()
        if completed <= 0:
            raise CountFailed("the load completed no request")
        before = len(read_dumps(self.dumps))
        self._control("--dump")
        counts = read_dumps(self.dumps)
        if len(counts) != before + 1:
            raise CountFailed(f"callgrind wrote {len(counts) - before} dumps for one load, not 1")
        return counts[-1] / completed

    def _control(self, action: str) -> None:
        done = subprocess.run(
            ["callgrind_control", action, str(self.pid)], capture_output=True, text=True, timeout=60
        )
        if done.returncode != 0:
            raise CountFailed(f"callgrind_control {action} failed: {(done.stderr or done.stdout).strip()}")


@contextlib.contextmanager
def counted_server(arguments: Sequence[str], port: int, log: Path) -> Iterator[CountedServer]:
    """`python -m benchmarks.servers ARGUMENTS PORT` under callgrind, listening, for the block."""
    if not available():
        raise CountFailed("valgrind is not installed")
    with tempfile.TemporaryDirectory(prefix="vendorkit-servercount-") as scratch:
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={Path(scratch) / 'callgrind.out'}",
            str(PYTHON),
            "-m",
            "benchmarks.servers",
            *arguments,
            str(port),
        ]
        environment = {**os.environ, "PYTHONHASHSEED": "0"}
        with running(command, port=port, log=log, timeout=START_TIMEOUT, env=environment) as process:
            yield CountedServer(process.pid, Path(scratch))
