"""Generated clients: CPU time per call through the facade vs raw httpx, and import time vs `import httpx`.

Per vendor, the GET and POST the mock benchmark loads (`targets`, probed on the vendor's mock in a
process of its own) are called three ways, each through the facade (`jumpstory_client.JumpStory`
and its async twin, with auth, retries, rate limiting and error mapping on) and through a bare
`httpx.Client` sending the same request and decoding the JSON:

- in process, on one `httpx.MockTransport` shared by both, which replays the answers the mock gave
  (the token exchange included), so only client code runs: sync and async;
- over loopback to the mock itself (CPU time of this process only; the mock has its own).

The facade's rate limiter is on, with the vendor's window and a count no run reaches, so its code
runs without ever making a call wait; retries are on (none happens: every answer is a 2xx).
Rounds of facade and raw calls alternate and the median round counts, so a slow moment of the
machine hits both sides alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import os
import statistics
import subprocess
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from benchmarks import clientcount, instructions
from benchmarks.common import PYTHON, BenchVendor, generated_vendors, median, ratio, say
from benchmarks.results import Goal, Section, Table, fmt_micro, fmt_ratio, fmt_seconds
from benchmarks.targets import SUBJECT, BenchRequest, find_targets

IN_PROCESS_CALLS = 400
LOOPBACK_CALLS = 150
ROUNDS = 9
IMPORT_RUNS = 7
FACADE_GOAL = 1.05
IMPORT_GOAL = 1.2
BASE_URL = "http://bench.invalid"
MODES = ("sync, MockTransport", "async, MockTransport", "sync, loopback", "async, loopback")


@dataclass
class CallFigures:
    """CPU seconds per call of facade and raw httpx, per mode (`MODES`)."""

    vendor: str
    kind: str
    label: str
    facade: dict[str, float] = field(default_factory=dict)
    raw: dict[str, float] = field(default_factory=dict)
    wall_facade: dict[str, float] = field(default_factory=dict)
    wall_raw: dict[str, float] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    instructions: dict[str, float] = field(default_factory=dict)
    """Instructions per call under callgrind, per `clientcount.REGIONS` ("facade sync", "raw sync", ...)."""


@dataclass
class ClientFigures:
    calls: list[CallFigures] = field(default_factory=list)
    imports: dict[str, float] = field(default_factory=dict)
    import_instructions: dict[str, int] = field(default_factory=dict)
    """Instructions of `import <module>` under callgrind, per module (`httpx` included)."""
    counted: bool = False
    """Whether valgrind was there to count instructions (then the goals are judged on them)."""
    import_baseline: float | None = None
    import_baselines: dict[str, float] = field(default_factory=dict)
    """Per vendor: `import httpx` timed in the runs interleaved with that vendor's (its ratio's base)."""
    not_measured: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# --- replaying recorded answers -------------------------------------------------------------------


@dataclass
class Replay:
    """Answers recorded from the mock, by (method, path): the `MockTransport` both sides share."""

    answers: dict[tuple[str, str], tuple[int, list[tuple[str, str]], bytes]] = field(default_factory=dict)

    def record(self, response: httpx.Response) -> None:
        response.read()
        headers = [
            (k, v)
            for k, v in response.headers.items()
            if k.lower() not in {"content-length", "content-encoding", "transfer-encoding", "connection"}
        ]
        self.answers[(response.request.method, response.request.url.path)] = (
            response.status_code,
            headers,
            response.content,
        )

    def answer(self, request: httpx.Request) -> httpx.Response:
        request.read()
        found = self.answers.get((request.method, request.url.path))
        if found is None:
            return httpx.Response(
                404, json={"error": f"nothing recorded for {request.method} {request.url.path}"}
            )
        status, headers, content = found
        return httpx.Response(status, headers=headers, content=content)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.answer)


# --- the two sides ----------------------------------------------------------------------------------


class Side:
    """Builds the facade (sync/async) of a vendor and the call of one operation through it."""

    def __init__(self, vendor: BenchVendor, credentials: Mapping[str, str]) -> None:
        from tests.support.fuzzing.clients import GeneratedClient

        self.generated = GeneratedClient.load(vendor.folder.parent, vendor.name, vendor.api)
        self.credentials = credentials
        package = self.generated.package.__name__
        self.limiter_class = importlib.import_module(f"{package}._runtime.ratelimit").RateLimiter
        rate = vendor.api.rate_limit
        self.window = rate.per_seconds if rate is not None else 1.0

    def facade(self, base_url: str, *, asynchronous: bool, httpx_args: Mapping[str, Any]) -> Any:
        data = self.generated.data
        kwargs: dict[str, Any] = {c.name: self.credentials.get(c.name) for c in data.credentials}
        if data.subject_argument:
            kwargs[data.subject_argument] = SUBJECT
        cls = getattr(
            self.generated.package, f"Async{data.client_class}" if asynchronous else data.client_class
        )
        limiter = self.limiter_class(10**9, self.window)  # on, and never waits
        return cls(**kwargs, base_url=base_url, rate_limit=limiter, httpx_args=dict(httpx_args))

    def method(self, facade: Any, request: BenchRequest) -> Callable[[], Any]:
        """A no-argument call of the request's operation on `facade` (body converted to its model)."""
        from tests.support.fuzzing.clients import typed_arguments

        operation = self.generated.operation(request.operation_id)
        arguments = typed_arguments(
            operation,
            path_parameters={},
            query={},
            headers={},
            cookies={},
            body=request.body,
            has_body=request.body is not None,
        )
        bound = getattr(getattr(facade, operation.resource), operation.sdk_name)
        return lambda: bound(**arguments)


def raw_client_args(request: BenchRequest) -> dict[str, Any]:
    """The cheapest idiomatic raw httpx set-up: the request's auth (and `Accept`) headers and any
    query credentials held by the `httpx.Client`, so each call passes no headers and no `params`."""
    args: dict[str, Any] = {
        "headers": {k: v for k, v in request.headers.items() if k.lower() != "content-type"}
    }
    if request.query:
        args["params"] = dict(request.query)
    return args


def _call_kwargs(request: BenchRequest) -> dict[str, Any]:
    return {"json": request.body} if request.body is not None else {}


def raw_call(client: httpx.Client, request: BenchRequest) -> Callable[[], Any]:
    """The same request with bare httpx: send, fail on an error status, decode the JSON."""
    method, path, kwargs = request.method, request.path, _call_kwargs(request)

    def call() -> Any:
        response = client.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json()

    return call


def raw_async_call(client: httpx.AsyncClient, request: BenchRequest) -> Callable[[], Awaitable[Any]]:
    method, path, kwargs = request.method, request.path, _call_kwargs(request)

    async def call() -> Any:
        response = await client.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json()

    return call


# --- timing -------------------------------------------------------------------------------------------


def _per_call(call: Callable[[], Any], calls: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) per call of `calls` sequential calls, from a just-collected heap
    (so a full collection owed to the other side's garbage is not charged to this round)."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(calls):
        call()
    return (time.process_time() - cpu) / calls, (time.perf_counter() - wall) / calls


def _per_call_async(
    loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[Any]], calls: int
) -> tuple[float, float]:
    async def many() -> None:
        for _ in range(calls):
            await call()

    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    loop.run_until_complete(many())
    return (time.process_time() - cpu) / calls, (time.perf_counter() - wall) / calls


def _alternate(
    facade: Callable[[], tuple[float, float]], raw: Callable[[], tuple[float, float]]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median (cpu, wall) per call of each side over ROUNDS alternating rounds, after one warm-up each.

    The order flips every round (facade first, then raw first): measured A/A, the side timed second
    came out up to 13% cheaper on this machine, whichever it was."""
    facade(), raw()
    facade_rounds, raw_rounds = [], []
    for index in range(ROUNDS):
        if index % 2:
            raw_rounds.append(raw())
            facade_rounds.append(facade())
        else:
            facade_rounds.append(facade())
            raw_rounds.append(raw())
    return (
        (median([c for c, _ in facade_rounds]), median([w for _, w in facade_rounds])),
        (median([c for c, _ in raw_rounds]), median([w for _, w in raw_rounds])),
    )


def _store(row: CallFigures, mode: str, result: tuple[tuple[float, float], tuple[float, float]]) -> None:
    (row.facade[mode], row.wall_facade[mode]), (row.raw[mode], row.wall_raw[mode]) = result


def measure_request(side: Side, request: BenchRequest, mock_url: str, row: CallFigures) -> None:
    """All four modes of one request; a mode that fails is noted and the others go on."""
    replay = Replay()
    # Record what the facade exchanges with the mock (token issuing included), then replay it.
    with contextlib.closing(
        side.facade(mock_url, asynchronous=False, httpx_args={"event_hooks": {"response": [replay.record]}})
    ) as recorder:
        side.method(recorder, request)()
    if instructions.available():
        try:
            row.instructions = clientcount.count_calls(
                clientcount.Job(row.vendor, dict(side.credentials), request, dict(replay.answers))
            )
        except instructions.CountFailed as error:
            row.problems["instructions"] = str(error)
    transport = replay.transport()
    with contextlib.ExitStack() as stack:
        loop = asyncio.new_event_loop()
        stack.callback(loop.close)
        setups: dict[
            str, Callable[[], tuple[Callable[[], tuple[float, float]], Callable[[], tuple[float, float]]]]
        ] = {}

        def sync_pair(base_url: str, transport_args: dict[str, Any]) -> tuple[Any, Any]:
            facade = stack.enter_context(
                contextlib.closing(side.facade(base_url, asynchronous=False, httpx_args=transport_args))
            )
            raw = stack.enter_context(
                httpx.Client(base_url=base_url, **raw_client_args(request), **transport_args)
            )
            calls = IN_PROCESS_CALLS if transport_args else LOOPBACK_CALLS
            fcall, rcall = side.method(facade, request), raw_call(raw, request)
            return (lambda: _per_call(fcall, calls)), (lambda: _per_call(rcall, calls))

        def async_pair(base_url: str, transport_args: dict[str, Any]) -> tuple[Any, Any]:
            facade = side.facade(base_url, asynchronous=True, httpx_args=transport_args)
            raw = httpx.AsyncClient(base_url=base_url, **raw_client_args(request), **transport_args)
            stack.callback(lambda: loop.run_until_complete(raw.aclose()))
            close = getattr(facade, "aclose", None) or getattr(facade, "close", None)
            if close is not None:
                stack.callback(lambda: _finish(loop, close()))
            calls = IN_PROCESS_CALLS if transport_args else LOOPBACK_CALLS
            fcall, rcall = side.method(facade, request), raw_async_call(raw, request)
            return (lambda: _per_call_async(loop, fcall, calls)), (
                lambda: _per_call_async(loop, rcall, calls)
            )

        setups[MODES[0]] = lambda: sync_pair(BASE_URL, {"transport": transport})
        setups[MODES[1]] = lambda: async_pair(BASE_URL, {"transport": transport})
        setups[MODES[2]] = lambda: sync_pair(mock_url, {})
        setups[MODES[3]] = lambda: async_pair(mock_url, {})
        for mode, setup in setups.items():
            if request.unique_field is not None and "loopback" in mode:
                row.problems[mode] = (
                    f"each call must create a new resource (unique `{request.unique_field}`); "
                    "repeated calls would conflict"
                )
                continue
            try:
                _store(row, mode, _alternate(*setup()))
            except Exception as error:
                row.problems[mode] = f"{type(error).__name__}: {error}"


def _finish(loop: asyncio.AbstractEventLoop, value: Any) -> None:
    if asyncio.iscoroutine(value):
        loop.run_until_complete(value)


# --- import time ---------------------------------------------------------------------------------------

IMPORT_SNIPPET = "import time; t = time.process_time(); import {module}; print(time.process_time() - t)"


def _compiled(path: str) -> None:
    """Compile a generated package's bytecode, as installing it (httpx's, in the venv) did.

    With `PYTHONDONTWRITEBYTECODE` set (as in some environments) the interpreter would otherwise
    compile the package from source on every timed run while reading httpx's cached bytecode."""
    subprocess.run([str(PYTHON), "-m", "compileall", "-q", path], capture_output=True, check=False)


def _import_once(module: str, path: str | None) -> float:
    env = dict(os.environ)
    if path:
        env["PYTHONPATH"] = path
    output = subprocess.run(
        [str(PYTHON), "-c", IMPORT_SNIPPET.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    return float(output.strip().splitlines()[-1])


def import_seconds(module: str, path: str | None) -> float:
    """Median CPU seconds of `import module` in fresh interpreters, bytecode cached."""
    if path:
        _compiled(path)
    _import_once(module, path)  # warm the file cache
    return statistics.median(_import_once(module, path) for _ in range(IMPORT_RUNS))


def import_pair(module: str, path: str) -> tuple[float, float]:
    """(median CPU seconds of `import module`, of `import httpx`) from runs alternating the two, so
    that a busy moment of the machine weighs on both alike."""
    _compiled(path)
    _import_once(module, path), _import_once("httpx", None)
    runs: list[float] = []
    baseline: list[float] = []
    for _ in range(IMPORT_RUNS):
        runs.append(_import_once(module, path))
        baseline.append(_import_once("httpx", None))
    return statistics.median(runs), statistics.median(baseline)


def import_instructions(module: str, path: str | None) -> int:
    """Instructions of `import module` in a fresh interpreter (bytecode cached), under callgrind."""
    if path:
        _compiled(path)
    program = f"import importlib, operator; operator.call(importlib.import_module, {module!r})"
    (count,) = instructions.count_regions(
        [str(PYTHON), "-c", program], env={"PYTHONPATH": path} if path else None
    )
    return count


# --- the section -------------------------------------------------------------------------------------


def measure(only: Sequence[str] = ()) -> ClientFigures:
    from benchmarks.mocks import mock_server
    from generator.fuzz.plan import build_plan

    figures = ClientFigures()
    say("clients: import httpx")
    figures.import_baseline = import_seconds("httpx", None)
    figures.counted = instructions.available()
    if figures.counted:
        figures.import_instructions["httpx"] = import_instructions("httpx", None)
    else:
        figures.notes.append("valgrind is not installed: no instruction counts; goals judged on CPU time")
    for vendor in generated_vendors(only=only):
        say(f"clients: {vendor.name}")
        try:
            (
                figures.imports[vendor.name],
                figures.import_baselines[vendor.name],
            ) = import_pair(vendor.package, str(vendor.folder))
            if figures.counted:
                figures.import_instructions[vendor.package] = import_instructions(
                    vendor.package, str(vendor.folder)
                )
        except subprocess.CalledProcessError as error:
            figures.notes.append(f"`{vendor.package}` does not import: {error.stderr.strip()[-200:]}")
        except instructions.CountFailed as error:
            figures.notes.append(f"`{vendor.package}`: import not counted: {error}")
        try:
            with mock_server(vendor.name) as mock_url:
                targets = find_targets(vendor.name, vendor.api, mock_url)
                figures.notes.extend(f"`{vendor.name}`: {note}" for note in targets.notes)
                credentials = build_plan(vendor.name, vendor.api, environ={}).credentials
                side = Side(vendor, credentials)
                for kind, request in targets.chosen():
                    row = CallFigures(vendor.name, kind, request.label)
                    figures.calls.append(row)
                    try:
                        measure_request(side, request, mock_url, row)
                    except Exception as error:
                        row.problems["all"] = f"{type(error).__name__}: {error}"
        except Exception as error:
            figures.not_measured[vendor.name] = f"{type(error).__name__}: {error}"
    return figures


COUNTED_MODES = {
    MODES[0]: ("facade sync", "raw sync"),
    MODES[1]: ("facade async", "raw async"),
}
"""The modes whose calls are also counted in instructions, and the regions (`clientcount`) that hold them."""


def instruction_ratio(row: CallFigures, mode: str) -> float | None:
    """Facade / raw instructions per call in `mode` (None: not counted)."""
    regions = COUNTED_MODES.get(mode)
    if regions is None or regions[0] not in row.instructions:
        return None
    return ratio(row.instructions[regions[0]], row.instructions[regions[1]])


def _counted(row: CallFigures, mode: str) -> str:
    by_count = instruction_ratio(row, mode)
    if by_count is None:
        return ""
    facade, raw = (row.instructions[region] for region in COUNTED_MODES[mode])
    return f"{_thousands(facade)} / {_thousands(raw)} = {fmt_ratio(by_count)}"


def section(figures: ClientFigures) -> Section:
    counted = figures.counted
    result = Section(
        "clients",
        "Generated clients",
        "CPU time per call of this process (`time.process_time`), medians of "
        f"{ROUNDS} alternating rounds ({IN_PROCESS_CALLS} calls each on MockTransport, "
        f"{LOOPBACK_CALLS} over loopback), and for the in-process modes the instructions per call "
        f"counted by valgrind's callgrind ({clientcount.CALLS} calls of each side in one process after "
        f"{clientcount.WARM_UP_CALLS} warm-up calls; start-up and set-up not counted). Facade: the "
        "generated client with auth, retries, rate limiting (never waiting) and error mapping on, parsing "
        "into its models. Baseline: the cheapest idiomatic bare httpx call on the same transport: "
        "credentials set once on the `httpx.Client`, no per-request headers or `params`, then "
        "`raise_for_status()` and `.json()`. "
        + (
            "The goals are judged on the instruction counts: they varied by less than half a percent "
            "between runs, while the CPU time of a 100 us call moved by tens of percent between runs on "
            "this shared machine "
            "(both are shown; instructions are not time: a cache miss costs more than an add)."
            if counted
            else "valgrind is not installed, so the goals are judged on CPU time."
        ),
    )
    calls = Table(
        "CPU time and instructions per call",
        [
            "vendor",
            "request",
            "mode",
            "facade",
            "raw httpx",
            "facade / raw (CPU)",
            "wall facade / raw",
            "instructions: facade / raw",
        ],
    )
    data_calls: list[dict[str, Any]] = []
    for row in figures.calls:
        for mode in MODES:
            if mode in row.facade:
                r = ratio(row.facade[mode], row.raw[mode])
                wall = ratio(row.wall_facade[mode], row.wall_raw[mode])
                by_count = instruction_ratio(row, mode)
                calls.rows.append(
                    [
                        row.vendor,
                        f"{row.kind} `{row.label}`",
                        mode,
                        fmt_micro(row.facade[mode]),
                        fmt_micro(row.raw[mode]),
                        fmt_ratio(r),
                        fmt_ratio(wall),
                        _counted(row, mode),
                    ]
                )
                if "MockTransport" in mode:
                    result.goals.append(
                        Goal.at_most(
                            f"{row.vendor} facade {row.kind} instructions/call vs raw httpx ({mode})",
                            by_count,
                            FACADE_GOAL,
                        )
                        if counted
                        else Goal.at_most(
                            f"{row.vendor} facade {row.kind} CPU/call vs raw httpx ({mode})", r, FACADE_GOAL
                        )
                    )
            else:
                problem = row.problems.get(mode) or row.problems.get("all", "no result")
                calls.rows.append(
                    [
                        row.vendor,
                        f"{row.kind} `{row.label}`",
                        mode,
                        f"not measured: {problem}",
                        "",
                        "",
                        "",
                        "",
                    ]
                )
        if "instructions" in row.problems:
            result.notes.append(f"`{row.vendor}` {row.kind}: not counted: {row.problems['instructions']}")
        data_calls.append(row.__dict__)
    for vendor, why in figures.not_measured.items():
        calls.rows.append([vendor, "", "", f"not measured: {why}", "", "", "", ""])
    imports = Table(
        f"Import time (CPU time of `import <module>` in a fresh interpreter, bytecode cached, median of "
        f"{IMPORT_RUNS}; each client's runs alternate with runs of `import httpx`, its ratio's base) and "
        "instructions of the same import under callgrind",
        [
            "module",
            "time",
            "`import httpx` in the same runs",
            "vs `import httpx` (CPU)",
            "instructions",
            "vs `import httpx` (instructions)",
        ],
    )
    httpx_count = figures.import_instructions.get("httpx")
    imports.rows.append(
        [
            "httpx",
            fmt_seconds(figures.import_baseline),
            "",
            fmt_ratio(1.0),
            _thousands(httpx_count),
            fmt_ratio(1.0),
        ]
    )
    for vendor, seconds in figures.imports.items():
        base = figures.import_baselines.get(vendor, figures.import_baseline)
        imported = ratio(seconds, base)
        count = figures.import_instructions.get(f"{vendor}_client")
        by_count = ratio(count, httpx_count)
        imports.rows.append(
            [
                f"{vendor}_client",
                fmt_seconds(seconds),
                fmt_seconds(base),
                fmt_ratio(imported),
                _thousands(count),
                fmt_ratio(by_count),
            ]
        )
        result.goals.append(
            Goal.at_most(f"{vendor}_client import instructions vs `import httpx`", by_count, IMPORT_GOAL)
            if counted
            else Goal.at_most(f"{vendor}_client import time vs `import httpx`", imported, IMPORT_GOAL)
        )
    result.tables = [calls, imports]
    result.notes = list(figures.notes) + result.notes
    result.data = {
        "calls": data_calls,
        "import_seconds": figures.imports,
        "import_httpx_seconds": figures.import_baseline,
        "import_httpx_seconds_interleaved": figures.import_baselines,
        "import_instructions": figures.import_instructions,
        "not_measured": figures.not_measured,
    }
    return result


def _thousands(count: float | None) -> str:
    return "" if count is None else f"{count / 1000:,.0f}k"
