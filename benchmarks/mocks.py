"""Mock servers under load: the vendor's mock vs a fixed-response Starlette floor and Stoplight Prism.

Per vendor, one GET and one validated POST (`targets`: found in the merged spec, authenticated with
the demo credentials, probed until they answer 2xx) are sent by wrk at concurrency 16 to three
servers on 127.0.0.1, each a process of its own:

- the vendor's mock (validation, auth and state on, throttle off), as `vendorkit mock` runs it;
- the floor: a Starlette app answering fixed bytes under the same uvicorn settings (`servers`),
  i.e. what the web stack alone costs, the most any mock on it could reach;
- Prism 5.16 mocking the same merged spec (what teams use when they have no mock of their own).

Each pair (server, request) gets a short warm-up run, then a measured one. A vendor whose mock
cannot be built gets "not measured" rows with the reason, and the run goes on.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import (
    HOST,
    PYTHON,
    ROOT,
    WORK_DIR,
    BenchVendor,
    ServerFailed,
    free_port,
    generated_vendors,
    ratio,
    running,
    say,
)
from benchmarks.load import CONCURRENCY, LoadResult, wrk
from benchmarks.results import Goal, Section, Table, fmt_number, fmt_ratio
from benchmarks.targets import BenchRequest, VendorTargets, find_targets

PRISM = WORK_DIR / "node_modules" / ".bin" / "prism"
SERVERS = ("mock", "floor", "prism")
WARM_UP_SECONDS = 1.0
MOCK_GOAL_VS_PRISM = 2.0


@dataclass
class RequestFigures:
    """One request of one vendor on each server; `missing[server]` says why a server has no figure."""

    vendor: str
    kind: str
    label: str
    results: dict[str, LoadResult] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)

    def rps(self, server: str) -> float | None:
        result = self.results.get(server)
        return result.rps if result else None


@dataclass
class VendorFigures:
    vendor: str
    requests: list[RequestFigures] = field(default_factory=list)
    not_measured: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class MockFigures:
    seconds: float
    vendors: list[VendorFigures] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _url(port: int) -> str:
    return f"http://{HOST}:{port}"


@contextlib.contextmanager
def mock_server(vendor: str) -> Iterator[str]:
    port = free_port()
    command = [str(PYTHON), "-m", "benchmarks.servers", "mock", vendor, str(port)]
    with running(command, port=port, log=WORK_DIR / "logs" / f"mock-{vendor}.log", timeout=60):
        yield _url(port)


@contextlib.contextmanager
def floor_server() -> Iterator[str]:
    port = free_port()
    command = [str(PYTHON), "-m", "benchmarks.servers", "floor", str(port)]
    with running(command, port=port, log=WORK_DIR / "logs" / "floor.log", timeout=30):
        yield _url(port)


@contextlib.contextmanager
def prism_server(spec_path: Path) -> Iterator[str]:
    if not PRISM.exists():
        raise ServerFailed(f"Prism is not installed at {PRISM.relative_to(ROOT)} (run `make bench`)")
    port = free_port()
    command = [str(PRISM), "mock", "-h", HOST, "-p", str(port), str(spec_path)]
    with running(
        command, port=port, log=WORK_DIR / "logs" / f"prism-{spec_path.parent.name}.log", timeout=90
    ):
        yield _url(port)


def _load(base_url: str, request: BenchRequest, seconds: float) -> LoadResult:
    scripts = WORK_DIR / "wrk"
    wrk(base_url, request, WARM_UP_SECONDS, scripts)
    return wrk(base_url, request, seconds, scripts)


def _measure_on(
    server: str, base_url: str, rows: Sequence[tuple[BenchRequest, RequestFigures]], seconds: float
) -> None:
    for request, row in rows:
        say(f"mocks: {row.vendor} {row.kind} on {server}")
        try:
            row.results[server] = _load(base_url, request, seconds)
        except Exception as error:
            row.missing[server] = f"{type(error).__name__}: {error}"


def measure_vendor(
    vendor: BenchVendor, floor_url: str | None, floor_error: str, seconds: float
) -> VendorFigures:
    figures = VendorFigures(vendor.name)
    try:
        with mock_server(vendor.name) as mock_url:
            targets: VendorTargets = find_targets(vendor.name, vendor.spec, mock_url)
            figures.notes.extend(targets.notes)
            chosen = [
                (request, RequestFigures(vendor.name, kind, request.label))
                for kind, request in targets.chosen()
            ]
            figures.requests = [row for _, row in chosen]
            _measure_on("mock", mock_url, chosen, seconds)
    except Exception as error:  # the mock does not build or start: its rows say so, the run goes on
        figures.not_measured = f"{type(error).__name__}: {error}"
        return figures
    if floor_url is None:
        for row in figures.requests:
            row.missing["floor"] = floor_error
    else:
        _measure_on("floor", floor_url, chosen, seconds)
    try:
        with prism_server(vendor.spec_path) as prism_url:
            _measure_on("prism", prism_url, chosen, seconds)
    except Exception as error:
        for row in figures.requests:
            row.missing.setdefault("prism", f"{type(error).__name__}: {error}")
    return figures


def measure(only: Sequence[str] = (), seconds: float = 5.0) -> MockFigures:
    figures = MockFigures(seconds)
    with contextlib.ExitStack() as stack:
        floor_url: str | None = None
        floor_error = ""
        try:
            floor_url = stack.enter_context(floor_server())
        except Exception as error:
            floor_error = f"{type(error).__name__}: {error}"
        for vendor in generated_vendors(only=only):
            say(f"mocks: {vendor.name}")
            figures.vendors.append(measure_vendor(vendor, floor_url, floor_error, seconds))
    return figures


def _cell(row: RequestFigures, server: str) -> list[str]:
    result = row.results.get(server)
    if result is None:
        return [f"not measured: {row.missing.get(server, 'no result')}", "", ""]
    rps = fmt_number(result.rps)
    if result.failure_share > 0.01:
        rps += f" ({result.failure_share:.0%} failed)"
    return [rps, f"{result.p50_ms:.2f}", f"{result.p99_ms:.2f}"]


def section(figures: MockFigures) -> Section:
    result = Section(
        "mocks",
        "Mock servers",
        f"wrk, {CONCURRENCY} connections, {figures.seconds:g} s per run after a {WARM_UP_SECONDS:g} s "
        "warm-up, on 127.0.0.1; each server a process of its own. *mock*: the vendor's mock with "
        "validation, auth and state on (throttle off); *floor*: a fixed-response Starlette app under "
        "the same uvicorn settings; *prism*: Stoplight Prism 5.16 on the same merged spec. Latency "
        "in ms. A run with more than 1% non-2xx answers or socket errors says so next to its req/s.",
    )
    load = Table(
        "Throughput and latency",
        ["vendor", "request", "server", "req/s", "p50 ms", "p99 ms"],
    )
    ratios = Table(
        "Ratios (req/s)",
        ["vendor", "request", "mock / floor", "mock / prism", "prism / floor"],
    )
    data: dict[str, object] = {"seconds": figures.seconds, "concurrency": CONCURRENCY, "vendors": {}}
    for vendor in figures.vendors:
        if vendor.not_measured is not None:
            for kind in ("GET", "POST"):
                load.rows.append(
                    [vendor.vendor, kind, "mock", f"not measured: {vendor.not_measured}", "", ""]
                )
            result.notes.append(f"`{vendor.vendor}`: mock rows not measured: {vendor.not_measured}")
            data["vendors"][vendor.vendor] = {"not_measured": vendor.not_measured}  # type: ignore[index]
            continue
        result.notes.extend(f"`{vendor.vendor}`: {note}" for note in vendor.notes)
        vendor_data: dict[str, object] = {}
        for row in vendor.requests:
            for server in SERVERS:
                load.rows.append([vendor.vendor, f"{row.kind} `{row.label}`", server, *_cell(row, server)])
            mock_floor = ratio(row.rps("mock"), row.rps("floor"))
            mock_prism = ratio(row.rps("mock"), row.rps("prism"))
            prism_floor = ratio(row.rps("prism"), row.rps("floor"))
            ratios.rows.append(
                [
                    vendor.vendor,
                    row.kind,
                    fmt_ratio(mock_floor),
                    fmt_ratio(mock_prism),
                    fmt_ratio(prism_floor),
                ]
            )
            result.goals.append(
                Goal.at_least(
                    f"{vendor.vendor} mock {row.kind} req/s vs Prism", mock_prism, MOCK_GOAL_VS_PRISM
                )
            )
            vendor_data[row.kind] = {
                "label": row.label,
                "results": {server: {**r.__dict__, "rps": r.rps} for server, r in row.results.items()},
                "missing": row.missing,
                "ratios": {
                    "mock_vs_floor": mock_floor,
                    "mock_vs_prism": mock_prism,
                    "prism_vs_floor": prism_floor,
                },
            }
        data["vendors"][vendor.vendor] = vendor_data  # type: ignore[index]
    result.tables = [load, ratios]
    result.data = data
    return result


if __name__ == "__main__":  # a quick look at one vendor: python -m benchmarks.mocks jumpstory
    from benchmarks.report import markdown

    print(markdown([section(measure(sys.argv[1:], 3.0))], []))
