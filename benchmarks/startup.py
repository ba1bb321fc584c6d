"""Start-up and footprint: how long a mock takes to answer its first request, and the memory it holds.

What a user choosing between this project's mocks and Prism meets first: `vendorkit mock VENDOR`
(as the README runs it) and `prism mock` on the same merged spec are started as processes of their
own, each `ROUNDS` times, interleaved; the time is from starting the process to the first HTTP
answer (any status) to the same request, the first GET of the spec without path parameters, polled
every `POLL` seconds. The resident memory (VmRSS of the process and its children, from /proc) is
read once that answer came and again after `LOAD_REQUESTS` more requests.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from benchmarks.common import (
    BIN,
    HOST,
    ROOT,
    WORK_DIR,
    free_port,
    generated_vendors,
    median,
    ratio,
    say,
    stop,
)
from benchmarks.results import Section, Table, fmt_ratio, fmt_seconds

ROUNDS = 3
POLL = 0.01
TIMEOUT = 90.0
LOAD_REQUESTS = 200
PRISM = ROOT / ".bench" / "node_modules" / ".bin" / "prism"
SERVERS = ("mock", "prism")


@dataclass
class ServerStart:
    seconds: list[float] = field(default_factory=list)
    rss_started: list[int] = field(default_factory=list)
    rss_loaded: list[int] = field(default_factory=list)
    error: str | None = None


@dataclass
class VendorStart:
    vendor: str
    path: str
    servers: dict[str, ServerStart] = field(default_factory=lambda: {name: ServerStart() for name in SERVERS})


def _children(pid: int) -> list[int]:
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text()
            found += [int(child) for child in text.split()]
    return found


def resident_bytes(pid: int) -> int:
    """VmRSS of `pid` and every process under it (a shell wrapper would otherwise hide the server)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        pending += _children(current)
    return total


def _first_get(vendor_api: object) -> str:
    for operation in getattr(vendor_api, "operations", ()):
        if operation.method == "GET" and "{" not in operation.path:
            return str(operation.path)
    return "/"


def _command(server: str, vendor: str, spec: Path, port: int) -> list[str]:
    if server == "mock":
        return [
            str(BIN / "vendorkit"),
            "mock",
            vendor,
            "--host",
            HOST,
            "--port",
            str(port),
            "--no-rate-limit",
        ]
    return [str(PRISM), "mock", "-h", HOST, "-p", str(port), str(spec)]


@contextlib.contextmanager
def _started(command: Sequence[str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as sink:
        process = subprocess.Popen(
            list(command),
            cwd=ROOT,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            yield process
        finally:
            stop(process)


def time_to_first_answer(process: subprocess.Popen[bytes], url: str, started: float) -> float:
    """Seconds from `started` (`perf_counter` before the process was started) until `url` gets any
    HTTP answer."""
    with httpx.Client(timeout=1.0) as client:
        while time.perf_counter() - started < TIMEOUT:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited with {process.returncode} before answering")
            with contextlib.suppress(httpx.TransportError):
                client.get(url)
                return time.perf_counter() - started
            time.sleep(POLL)
    raise RuntimeError(f"no answer within {TIMEOUT} s")


def measure_once(server: str, vendor: str, spec: Path, path: str, figures: ServerStart) -> None:
    port = free_port()
    url = f"http://{HOST}:{port}{path}"
    log = WORK_DIR / "logs" / f"startup-{server}-{vendor}.log"
    begun = time.perf_counter()
    with _started(_command(server, vendor, spec, port), log) as process:
        figures.seconds.append(time_to_first_answer(process, url, begun))
        figures.rss_started.append(resident_bytes(process.pid))
        with httpx.Client(timeout=5.0) as client:
            for _ in range(LOAD_REQUESTS):
                client.get(url)
        figures.rss_loaded.append(resident_bytes(process.pid))


def measure(only: Sequence[str] = ()) -> list[VendorStart]:
    results = []
    for vendor in generated_vendors(only=only):
        row = VendorStart(vendor.name, _first_get(vendor.api))
        for round_number in range(ROUNDS):
            for server in SERVERS:
                figures = row.servers[server]
                if figures.error:
                    continue
                say(f"startup: {vendor.name} {server}, round {round_number + 1}")
                try:
                    if server == "prism" and not PRISM.exists():
                        raise RuntimeError(
                            f"Prism is not installed at {PRISM.relative_to(ROOT)} (run `make bench`)"
                        )
                    measure_once(server, vendor.name, vendor.spec_path, row.path, figures)
                except Exception as error:  # report it, go on with the other server
                    figures.error = f"{type(error).__name__}: {error}"
        results.append(row)
    return results


def _mib(values: list[int]) -> str:
    return f"{median([float(v) for v in values]) / 1024 / 1024:,.0f} MiB" if values else "n/a"


def section(results: list[VendorStart]) -> Section:
    result = Section(
        "startup",
        "Mock start-up and memory",
        f"`vendorkit mock VENDOR` vs `prism mock` on the same merged spec, each started {ROUNDS} times "
        "(interleaved) as a process of its own: seconds from starting the process to the first HTTP "
        "answer of any status to the spec's first GET without path parameters (median), and resident "
        f"memory once answering and after {LOAD_REQUESTS} more requests (median of the rounds).",
    )
    table = Table(
        "Start-up and memory",
        [
            "vendor",
            "request",
            "server",
            "first answer",
            "memory answering",
            f"after {LOAD_REQUESTS} requests",
        ],
    )
    ratios = Table("Ratios", ["vendor", "start-up mock / prism", "memory mock / prism"])
    for row in results:
        for server in SERVERS:
            figures = row.servers[server]
            if figures.error:
                table.rows.append([row.vendor, f"`GET {row.path}`", server, figures.error, "", ""])
                continue
            table.rows.append(
                [
                    row.vendor,
                    f"`GET {row.path}`",
                    server,
                    fmt_seconds(median(figures.seconds)),
                    _mib(figures.rss_started),
                    _mib(figures.rss_loaded),
                ]
            )
        mock, prism = row.servers["mock"], row.servers["prism"]
        start_ratio = (
            ratio(median(mock.seconds), median(prism.seconds)) if mock.seconds and prism.seconds else None
        )
        memory_ratio = (
            ratio(median([float(v) for v in mock.rss_loaded]), median([float(v) for v in prism.rss_loaded]))
            if mock.rss_loaded and prism.rss_loaded
            else None
        )
        ratios.rows.append([row.vendor, fmt_ratio(start_ratio), fmt_ratio(memory_ratio)])
    result.tables = [table, ratios]
    result.notes.append(
        "The mock's time includes the interpreter's start and loading the vendor's merged spec and "
        "models; Prism's includes Node's start and dereferencing the same spec."
    )
    result.data = {
        row.vendor: {server: vars(figures) for server, figures in row.servers.items()} for row in results
    }
    return result
