"""Mock servers under load: the vendor's mock vs a fixed-response Starlette floor and Stoplight Prism.

Per vendor, one GET and one validated POST, plus the login and token renewal of issued-token
schemes and a GET under HTTP basic auth where the vendor has them (`targets`: found in the merged
spec, authenticated with the demo credentials, probed until they answer 2xx) are sent by wrk at concurrency 16 to three
servers on 127.0.0.1, each a process of its own:

- the vendor's mock (validation, auth and state on, throttle off), as `vendorkit mock` runs it,
  started afresh for every round (see `measure_vendor`);
- the floor: a Starlette app answering fixed bytes under the same uvicorn settings (`servers`),
  i.e. what the web stack alone costs, the most any mock on it could reach;
- Prism 5.16 mocking the same merged spec (what teams use when they have no mock of their own).

All three servers run side by side and are measured in interleaved rounds (mock, floor, prism;
then floor, prism, mock; ...), each pair (server, request) once per round after a short warm-up
run (in the first round for floor and Prism, in every round for the fresh mock); a figure is the
round with the median req/s. Interleaving makes the ratios fair when the machine's load drifts
during the run (a background job slows every server of a round alike, not only the one measured
last), and the report shows each figure's spread over the rounds. A vendor whose mock cannot be
built gets "not measured" rows with the reason, and the run goes on.

After the rounds, where valgrind is installed, mock and floor run once more under callgrind and each
request's work per request of the whole server process is counted (`count_work`,
`benchmarks.servercount`): figures that repeat from run to run, with a goal of their own.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import instructions
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
from benchmarks.instructions import CountFailed
from benchmarks.load import CONCURRENCY, LoadResult, wrk
from benchmarks.results import Goal, Section, Table, fmt_number, fmt_ratio
from benchmarks.servercount import CountedServer, counted_server
from benchmarks.targets import BenchRequest, VendorTargets, find_targets

PRISM = WORK_DIR / "node_modules" / ".bin" / "prism"
SERVERS = ("mock", "floor", "prism")
WARM_UP_SECONDS = 1.0
ROUNDS = 3
MOCK_GOAL_VS_PRISM = 6.0
MOCK_GOAL_VS_FLOOR = 0.6


@dataclass
class RequestFigures:
    """One request of one vendor on each server; `missing[server]` says why a server has no figure."""

    vendor: str
    kind: str
    label: str
    rounds: dict[str, list[LoadResult]] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    instructions: dict[str, float] = field(default_factory=dict)
    """Per server ("mock", "floor"): instructions per request of the whole process (`servercount`)."""

    @property
    def results(self) -> dict[str, LoadResult]:
        """Per server, the round with the median req/s (the lower middle one of an even count)."""
        return {
            server: sorted(runs, key=lambda run: run.rps)[(len(runs) - 1) // 2]
            for server, runs in self.rounds.items()
            if runs
        }

    def rps(self, server: str) -> float | None:
        result = self.results.get(server)
        return result.rps if result else None

    def spread(self, server: str) -> tuple[float, float] | None:
        runs = self.rounds.get(server)
        return (min(r.rps for r in runs), max(r.rps for r in runs)) if runs else None


@dataclass
class VendorFigures:
    vendor: str
    requests: list[RequestFigures] = field(default_factory=list)
    not_measured: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class MockFigures:
    seconds: float
    rounds: int
    vendors: list[VendorFigures] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counted: bool = False
    """Whether the servers' instructions per request were counted (valgrind was there)."""


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


def _measure_round(
    server: str,
    base_url: str,
    rows: Sequence[tuple[BenchRequest, RequestFigures]],
    seconds: float,
    warm_up: bool,
) -> None:
    scripts = WORK_DIR / "wrk"
    for request, row in rows:
        if server in row.missing:
            continue
        say(f"mocks: {row.vendor} {row.kind} on {server}")
        try:
            if warm_up:
                wrk(base_url, request, WARM_UP_SECONDS, scripts)
            row.rounds.setdefault(server, []).append(wrk(base_url, request, seconds, scripts))
        except Exception as error:  # this server has no figure for this request; the rest go on
            row.missing[server] = f"{type(error).__name__}: {error}"
            row.rounds.pop(server, None)


def _requests_of_round(
    figures: VendorFigures, targets: VendorTargets
) -> list[tuple[BenchRequest, RequestFigures]]:
    """This round's requests paired with the vendor's rows (made in the first round, matched by kind)."""
    if not figures.requests:
        figures.notes.extend(targets.notes)
        figures.requests = [
            RequestFigures(figures.vendor, kind, request.label) for kind, request in targets.measured()
        ]
    found = dict(targets.measured())
    pairs = []
    for row in figures.requests:
        if row.kind in found:
            pairs.append((found[row.kind], row))
        else:
            row.missing.setdefault("mock", "no request of this kind answered 2xx in a later round")
    return pairs


def measure_vendor(
    vendor: BenchVendor, floor_url: str | None, floor_error: str, seconds: float, rounds: int = ROUNDS
) -> VendorFigures:
    """The vendor's GET and POST on its mock, the floor and Prism, in `rounds` interleaved rounds.

    Each round starts a fresh mock (and finds its requests and credentials again), so a round's GET
    sees the mock's seeded state, not the thousands of resources an earlier round's POST created:
    a JumpStory archive listing grown by every folder the POST runs made answered 1,000 times slower.
    """
    figures = VendorFigures(vendor.name)
    with contextlib.ExitStack() as stack:
        urls: dict[str, str] = {}
        prism_error = ""
        if floor_url is not None:
            urls["floor"] = floor_url
        try:
            urls["prism"] = stack.enter_context(prism_server(vendor.spec_path))
        except Exception as error:
            prism_error = f"{type(error).__name__}: {error}"
        order = [server for server in SERVERS if server == "mock" or server in urls]
        for index in range(rounds):
            with contextlib.ExitStack() as round_stack:
                # A mock that does not build or start: its rows say so, and the run goes on.
                try:
                    mock_url = round_stack.enter_context(mock_server(vendor.name))
                    targets: VendorTargets = find_targets(vendor.name, vendor.api, mock_url)
                except Exception as error:
                    figures.not_measured = f"{type(error).__name__}: {error}"
                    return figures
                pairs = _requests_of_round(figures, targets)
                if index == 0:
                    for row in figures.requests:
                        if "floor" not in urls:
                            row.missing["floor"] = floor_error
                        if "prism" not in urls:
                            row.missing["prism"] = prism_error
                for server in order[index % len(order) :] + order[: index % len(order)]:
                    base_url = mock_url if server == "mock" else urls[server]
                    _measure_round(server, base_url, pairs, seconds, warm_up=index == 0 or server == "mock")
    return figures


def measure(only: Sequence[str] = (), seconds: float = 3.0, rounds: int = ROUNDS) -> MockFigures:
    figures = MockFigures(seconds, rounds)
    vendors = generated_vendors(only=only)
    with contextlib.ExitStack() as stack:
        floor_url: str | None = None
        floor_error = ""
        try:
            floor_url = stack.enter_context(floor_server())
        except Exception as error:
            floor_error = f"{type(error).__name__}: {error}"
        for vendor in vendors:
            say(f"mocks: {vendor.name}")
            figures.vendors.append(measure_vendor(vendor, floor_url, floor_error, seconds, rounds))
    figures.counted = instructions.available()
    if figures.counted:
        count_work(vendors, figures)
    else:
        figures.notes.append("valgrind is not installed: no instructions per request were counted")
    return figures


COUNT_SECONDS = 5.0
"""Seconds of wrk load per counted server and request (a server under callgrind: about 300 req/s)."""


def count_work(vendors: Sequence[BenchVendor], figures: MockFigures) -> None:
    """Each measured request's instructions per request on the mock and on the floor, each server
    under callgrind (`servercount`), after the rounds (a server under valgrind would slow the rest)."""
    scripts = WORK_DIR / "wrk"
    logs = WORK_DIR / "logs"
    by_vendor = {row.vendor: row for row in figures.vendors}

    def load(url: str, request: BenchRequest) -> Callable[[], int]:
        def run() -> int:
            result = wrk(url, request, COUNT_SECONDS, scripts)
            if result.failure_share > 0.01:
                raise CountFailed(f"{result.failure_share:.0%} of the counted requests failed")
            return result.requests

        return run

    with contextlib.ExitStack() as stack:
        floor: CountedServer | None = None
        floor_error = ""
        floor_port = free_port()
        try:
            floor = stack.enter_context(counted_server(["floor"], floor_port, logs / "floor-counted.log"))
        except Exception as error:
            floor_error = f"{type(error).__name__}: {error}"
        for vendor in vendors:
            rows = by_vendor[vendor.name]
            if rows.not_measured is not None:
                continue
            say(f"mocks: {vendor.name}, instructions per request")
            port = free_port()
            try:
                with counted_server(
                    ["mock", vendor.name], port, logs / f"mock-{vendor.name}-counted.log"
                ) as mock:
                    targets = dict(find_targets(vendor.name, vendor.api, _url(port)).measured())
                    servers = [("mock", mock, _url(port)), ("floor", floor, _url(floor_port))]
                    for row in rows.requests:
                        request = targets.get(row.kind)
                        if request is None:
                            row.missing["mock instructions"] = "no request of this kind answered 2xx"
                            continue
                        for name, server, url in servers:
                            if server is None:
                                row.missing[f"{name} instructions"] = floor_error
                                continue
                            _count_on(server, name, url, request, row, load(url, request))
            except Exception as error:  # the mock did not start under callgrind: its rows say so
                for row in rows.requests:
                    row.missing.setdefault("mock instructions", f"{type(error).__name__}: {error}")


def _count_on(
    server: CountedServer,
    name: str,
    url: str,
    request: BenchRequest,
    row: RequestFigures,
    load: Callable[[], int],
) -> None:
    """`row`'s instructions per request on one counted server, after a warm-up; a failure is noted."""
    try:
        wrk(url, request, WARM_UP_SECONDS, WORK_DIR / "wrk")
        time.sleep(SETTLE_SECONDS)
        row.instructions[name] = server.per_request(load)
    except Exception as error:
        row.missing[f"{name} instructions"] = f"{type(error).__name__}: {error}"


SETTLE_SECONDS = 0.5
"""After a warm-up load, time for the server to finish the requests wrk left in flight before its
counters are zeroed (under callgrind, 16 requests take about 50 ms)."""


def work_ratio(row: RequestFigures) -> float | None:
    """Floor / mock instructions per request: the req/s ratio to the floor the work alone allows."""
    mock, floor = row.instructions.get("mock"), row.instructions.get("floor")
    return ratio(floor, mock)


def _cell(row: RequestFigures, server: str) -> list[str]:
    result = row.results.get(server)
    if result is None:
        return [f"not measured: {row.missing.get(server, 'no result')}", "", ""]
    rps = fmt_number(result.rps)
    if result.failure_share > 0.01:
        rps += f" ({result.failure_share:.0%} failed)"
    spread = row.spread(server)
    span = f"{fmt_number(spread[0])} to {fmt_number(spread[1])}" if spread else ""
    return [rps, span, f"{result.p50_ms:.2f}", f"{result.p99_ms:.2f}"]


def round_ratios(row: RequestFigures, server: str, baseline: str) -> list[float]:
    """`server` / `baseline` req/s within each round: how steady the ratio was while load drifted."""
    pairs = zip(row.rounds.get(server, []), row.rounds.get(baseline, []), strict=False)
    return [ours.rps / theirs.rps for ours, theirs in pairs if theirs.rps]


def _fmt_range(values: list[float]) -> str:
    return f"{fmt_ratio(min(values))} to {fmt_ratio(max(values))}" if values else "n/a"


def section(figures: MockFigures) -> Section:
    result = Section(
        "mocks",
        "Mock servers",
        f"wrk, {CONCURRENCY} connections, on 127.0.0.1; {figures.rounds} interleaved rounds of "
        f"{figures.seconds:g} s per server and request after one {WARM_UP_SECONDS:g} s warm-up; the "
        "figure shown is the round with the median req/s, next to the range over the rounds. Each "
        "server is a process of its own. *mock*: the vendor's mock with "
        "validation, auth and state on (throttle off); *floor*: a fixed-response Starlette app under "
        "the same uvicorn settings; *prism*: Stoplight Prism 5.16 on the same merged spec. Latency "
        "in ms. A run with more than 1% non-2xx answers or socket errors says so next to its req/s. "
        "Mock and floor run on uvicorn with httptools and uvloop (pinned dependencies); on pure-Python "
        "h11 and asyncio, where the issue measured Prism at about 0.25x of the floor, the floor served "
        "about a third as many requests (see the speed-ups above). "
        + (
            "Work per request: after the rounds, mock and floor run again under valgrind's callgrind "
            f"and wrk loads each with the same request for {COUNT_SECONDS:g} s; the instructions the "
            "whole server process executed (HTTP parsing, event loop, application, garbage collector; "
            "not the kernel's side of the sockets) over the requests completed. Unlike the req/s, they "
            "repeat from run to run; they are not time (a cache miss costs more than an add), so both "
            "are shown, and both have a goal."
            if figures.counted
            else ""
        ),
    )
    load = Table(
        "Throughput and latency",
        ["vendor", "request", "server", "req/s", "req/s range", "p50 ms", "p99 ms"],
    )
    ratios = Table(
        "Ratios (req/s)",
        ["vendor", "request", "mock / floor", "mock / prism", "mock / prism, per round", "prism / floor"],
    )
    work = Table(
        "Work per request (instructions of the whole server process, callgrind)",
        ["vendor", "request", "mock", "floor", "floor / mock"],
    )
    data: dict[str, object] = {
        "seconds": figures.seconds,
        "rounds": figures.rounds,
        "concurrency": CONCURRENCY,
        "vendors": {},
    }
    for vendor in figures.vendors:
        if vendor.not_measured is not None:
            for kind in ("GET", "POST"):
                load.rows.append(
                    [vendor.vendor, kind, "mock", f"not measured: {vendor.not_measured}", "", "", ""]
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
            per_round = round_ratios(row, "mock", "prism")
            ratios.rows.append(
                [
                    vendor.vendor,
                    row.kind,
                    fmt_ratio(mock_floor),
                    fmt_ratio(mock_prism),
                    _fmt_range(per_round),
                    fmt_ratio(prism_floor),
                ]
            )
            result.goals.append(
                Goal.at_least(
                    f"{vendor.vendor} mock {row.kind} req/s vs floor", mock_floor, MOCK_GOAL_VS_FLOOR
                )
            )
            result.goals.append(
                Goal.at_least(
                    f"{vendor.vendor} mock {row.kind} req/s vs Prism", mock_prism, MOCK_GOAL_VS_PRISM
                )
            )
            if figures.counted:
                work.rows.append([vendor.vendor, row.kind, *_work_cells(row)])
                result.goals.append(
                    Goal.at_least(
                        f"{vendor.vendor} mock {row.kind} work per request vs floor (instructions)",
                        work_ratio(row),
                        MOCK_GOAL_VS_FLOOR,
                    )
                )
            vendor_data[row.kind] = {
                "label": row.label,
                "results": {server: {**r.__dict__, "rps": r.rps} for server, r in row.results.items()},
                "rounds": {
                    server: [{**r.__dict__, "rps": r.rps} for r in runs]
                    for server, runs in row.rounds.items()
                },
                "mock_vs_prism_per_round": per_round,
                "missing": row.missing,
                "instructions_per_request": row.instructions,
                "ratios": {
                    "mock_vs_floor": mock_floor,
                    "mock_vs_prism": mock_prism,
                    "prism_vs_floor": prism_floor,
                    "floor_vs_mock_instructions": work_ratio(row),
                },
            }
        data["vendors"][vendor.vendor] = vendor_data  # type: ignore[index]
    result.tables = [load, ratios, work] if figures.counted else [load, ratios]
    result.notes.extend(figures.notes)
    data["counted"] = figures.counted
    result.data = data
    return result


def _work_cells(row: RequestFigures) -> list[str]:
    cells = []
    for server in ("mock", "floor"):
        count = row.instructions.get(server)
        missing = row.missing.get(f"{server} instructions", "no result")
        cells.append(f"{count / 1000:,.0f}k" if count is not None else f"not measured: {missing}")
    return [*cells, fmt_ratio(work_ratio(row))]


if __name__ == "__main__":  # a quick look at one vendor: python -m benchmarks.mocks jumpstory
    from benchmarks.report import markdown

    print(markdown([section(measure(sys.argv[1:], 2.0))], []))
