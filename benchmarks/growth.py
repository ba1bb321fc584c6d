"""Growth: how a mock's latency and memory grow with what it stores.

For each scenario, the vendor's mock is built in this process (validation, auth and state on, the
throttle off, as the load benchmark runs it) and its store is filled with `SIZES` resources of one
kind, cloned from a record the mock itself seeded (`Collection.add`, which fills ids and
server-filled fields as any create does). Then three requests are timed, each as a whole ASGI call
of the app (routing, auth, validation, handler, rendering; no socket), repeated for at least
`MIN_SECONDS` and at least `MIN_CALLS` times; the median is shown:

- *list*: the collection's list as a client pages or reads it;
- *filtered search*: a filter that keeps exactly `MATCHES` records, whatever the size;
- *read*: one record by id.

Memory per 10,000 stored resources is `tracemalloc`'s count of the bytes the 10,000 clones hold
(records, ids, indexes), taken on its own, without timing.

The clones are the same record with new ids; a filter's matches are `MATCHES` of them, marked by a
field the scenario sets. What grows is then only the number of records, not their shape.
"""

from __future__ import annotations

import asyncio
import copy
import gc
import statistics
import time
import tracemalloc
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from benchmarks.common import GENERATED, say
from benchmarks.results import Section, Table, fmt_ratio

SIZES = (10, 1_000, 100_000)
MATCHES = 10
MEMORY_COUNT = 10_000
MIN_CALLS = 5
MIN_SECONDS = 0.3
NEEDLE = "needlegrowth"
Record = dict[str, Any]


@dataclass(frozen=True)
class Call:
    """One timed request. `path` is the operation's path template (auth is looked up by it); its
    parameter and the `query` values may name `{read_id}` (any path parameter is the id read) and
    the scenario's values (`{match}`, `{bulk}`)."""

    kind: str
    method: str
    path: str
    query: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Scenario:
    vendor: str
    resource: str
    why: str
    calls: tuple[Call, ...]
    prepare: Callable[[Any, Record], dict[str, Any]]
    """Given the store and the template record: the fields that differ between the clones that match
    the filter and those that don't (`{"match": {...}, "other": {...}, "values": {...}}`)."""


def _mediagraph_assets(store: Any, template: Record) -> dict[str, Any]:
    return {
        "match": {"description": f"{NEEDLE} {template.get('description') or ''}".strip()},
        "other": {},
        "values": {},
    }


def _jilster_images(store: Any, template: Record) -> dict[str, Any]:
    bulk = store["imageDirectories"].add({"magazine_id": template["magazine_id"], "title": "Bulk"})
    return {
        "match": {"imagedirectory_id": template["imagedirectory_id"]},
        "other": {"imagedirectory_id": bulk["id"]},
        "values": {"match": template["imagedirectory_id"], "bulk": bulk["id"]},
    }


SCENARIOS = (
    Scenario(
        "mediagraph",
        "assets",
        "Search Assets pages its answer (per_page), so the list answers one page at every size; "
        "a search walks every stored asset through its filters, then sorts what it keeps.",
        (
            Call("list", "GET", "/api/assets/search"),
            Call("filtered search", "GET", "/api/assets/search", {"q": NEEDLE}),
            Call("read", "GET", "/api/assets/{id}"),
        ),
        _mediagraph_assets,
    ),
    Scenario(
        "jilster",
        "images",
        "Jilster's image list is not paged: the list answers every image of a directory (all the "
        "clones but the matches), so its answer itself grows with the store; the filtered list "
        "keeps one directory's ten.",
        (
            Call("list", "GET", "/images", {"imagedirectory_id": "{bulk}"}),
            Call("filtered search", "GET", "/images", {"imagedirectory_id": "{match}"}),
            Call("read", "GET", "/images/{id}"),
        ),
        _jilster_images,
    ),
)


@dataclass
class CallFigures:
    kind: str
    label: str
    seconds: dict[int, float] = field(default_factory=dict)  # size -> median seconds per call
    answer_bytes: dict[int, int] = field(default_factory=dict)
    status: dict[int, int] = field(default_factory=dict)


@dataclass
class ScenarioFigures:
    scenario: Scenario
    calls: list[CallFigures] = field(default_factory=list)
    bytes_per_10k: float | None = None
    error: str | None = None


class InProcessMock:
    """The vendor's mock as an ASGI app in this process, with the demo credentials of `make bench`."""

    def __init__(self, vendor: str) -> None:
        from generator.fuzz.plan import build_plan
        from generator.mock import MockOptions, build_app
        from generator.mock.app import engine_of
        from generator.mock.loader import load_vendor_api, load_vendor_models

        api = load_vendor_api(vendor, GENERATED)
        self.api = api
        self.plan = build_plan(vendor, api, environ={})
        options = MockOptions(credentials=dict(self.plan.credentials), rate_limit=None)
        self.app = build_app(api, options, models=load_vendor_models(vendor, GENERATED))
        self.store = engine_of(self.app).services.store
        self.loop = asyncio.new_event_loop()
        self._auth: Any = None

    def close(self) -> None:
        if self._auth is not None:
            self._auth.close()
        self.loop.close()

    def credentials(self, method: str, path: str) -> tuple[dict[str, str], dict[str, str]]:
        """Headers and query that authenticate `method path`, tokens issued by this mock."""
        with warnings.catch_warnings():  # starlette asks for httpx2; the tests' client is httpx
            warnings.simplefilter("ignore")
            from starlette.testclient import TestClient

        from generator.fuzz.auth import FuzzAuth, apply_credentials

        if self._auth is None:
            self._auth = FuzzAuth(
                self.plan, lambda: TestClient(self.app, base_url="http://mock"), subject="growth", mock=True
            )
        headers: dict[str, str] = {"accept": "application/json"}
        query: dict[str, str] = {}
        cookies: dict[str, str] = {}
        apply_credentials(
            self._auth.credentials_for(method, path) or [], headers=headers, query=query, cookies=cookies
        )
        if cookies:
            headers["cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        return headers, query

    async def _call(self, method: str, path: str, query: str, headers: Mapping[str, str]) -> tuple[int, int]:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()] + [(b"host", b"mock")],
            "client": ("127.0.0.1", 50000),
            "server": ("mock", 80),
        }
        status = 0
        size = 0
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:
                await asyncio.sleep(3600)  # a disconnect never comes while the app answers
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: Mapping[str, Any]) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))

        await self.app(scope, receive, send)
        return status, size

    def time_call(
        self, method: str, path: str, query: str, headers: Mapping[str, str]
    ) -> tuple[float, int, int]:
        """Median seconds per whole call, with the status and answer size of the last one."""
        times: list[float] = []
        status = size = 0
        started = time.perf_counter()
        while len(times) < MIN_CALLS or time.perf_counter() - started < MIN_SECONDS:
            begun = time.perf_counter()
            status, size = self.loop.run_until_complete(self._call(method, path, query, headers))
            times.append(time.perf_counter() - begun)
            if len(times) > 10_000:
                break
        return statistics.median(times), status, size


class _AnyParameter(dict[str, Any]):
    """Format values where a path parameter not named otherwise is the id being read."""

    def __init__(self, names: Mapping[str, Any], default: Any) -> None:
        super().__init__(names)
        self.default = default

    def __missing__(self, key: str) -> Any:
        return self.default


def _template(store: Any, resource: str) -> Record:
    records = store[resource].records(everyone=True)
    if not records:
        raise RuntimeError(f"the mock seeds no {resource} to clone")
    return copy.deepcopy(records[0])


def _clone_values(collection: Any, template: Record) -> Record:
    """The template less what `add` fills (its id and server-filled fields)."""
    skip = {collection.id_field, *(fill.field for fill in collection.decl.filled)}
    return {name: value for name, value in template.items() if name not in skip}


def _fill(collection: Any, values: Record, extra: Mapping[str, Any], count: int) -> list[Record]:
    return [collection.add({**copy.deepcopy(values), **extra}) for _ in range(count)]


def measure_scenario(scenario: Scenario) -> ScenarioFigures:
    figures = ScenarioFigures(scenario)
    figures.calls = [CallFigures(call.kind, f"{call.method} {call.path}") for call in scenario.calls]
    mock = InProcessMock(scenario.vendor)
    try:
        collection = mock.store[scenario.resource]
        template = _template(mock.store, scenario.resource)
        prepared = scenario.prepare(mock.store, template)
        values = _clone_values(collection, template)
        stored = len(collection.records(everyone=True))
        matches = _fill(collection, values, prepared["match"], MATCHES)
        stored += MATCHES
        for size in SIZES:
            if size > stored:
                _fill(collection, values, prepared["other"], size - stored)
                stored = size
            say(f"growth: {scenario.vendor} {scenario.resource}, {stored:,} stored")
            for call, row in zip(scenario.calls, figures.calls, strict=True):
                read_id = matches[-1][collection.id_field]
                names = {**prepared["values"], "read_id": read_id}
                path = call.path.format_map(_AnyParameter(names, read_id))
                query = urlencode({k: v.format(**names) for k, v in call.query.items()})
                headers, auth_query = mock.credentials(call.method, call.path)
                if auth_query:
                    query = "&".join(part for part in (query, urlencode(auth_query)) if part)
                seconds, status, size_bytes = mock.time_call(call.method, path, query, headers)
                row.seconds[size], row.status[size], row.answer_bytes[size] = seconds, status, size_bytes
        figures.bytes_per_10k = memory_per(mock.store[scenario.resource], values, prepared["other"])
    except Exception as error:  # report the scenario as failed, go on with the next
        figures.error = f"{type(error).__name__}: {error}"
    finally:
        mock.close()
    return figures


def memory_per(collection: Any, values: Record, extra: Mapping[str, Any]) -> float:
    """Bytes that MEMORY_COUNT more stored clones hold, by tracemalloc."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = _fill(collection, values, extra, MEMORY_COUNT)
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del kept
    return float(after - before)


def measure(only: Sequence[str] = ()) -> list[ScenarioFigures]:
    return [measure_scenario(s) for s in SCENARIOS if not only or s.vendor in only]


def _micro(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1e6:,.0f} µs"


def _size(count: int) -> str:
    return f"{count / 1024:,.1f} KiB" if count < 1024 * 1024 else f"{count / 1024 / 1024:,.1f} MiB"


def _per_record(row: CallFigures) -> str:
    """The latency one more stored record adds, between the two largest sizes (what grows, and how fast)."""
    small, large = SIZES[-2], SIZES[-1]
    change = row.seconds[large] - row.seconds[small]
    if abs(change) < 0.05 * row.seconds[small]:  # within the noise of a median
        return "none measurable"
    return f"{change / (large - small) * 1e9:,.0f} ns"


def section(results: list[ScenarioFigures]) -> Section:
    result = Section(
        "growth",
        "Growth with stored resources",
        "Latency of one whole ASGI call of the mock (in process: routing, auth, validation, handler, "
        f"rendering; no socket), median of at least {MIN_CALLS} calls and {MIN_SECONDS} s, with "
        + ", ".join(f"{size:,}" for size in SIZES)
        + f" resources of one kind stored; the filtered search keeps {MATCHES} of them at every size. "
        "The last column is the growth from the smallest to the largest store.",
    )
    latency = Table(
        "Latency per call",
        [
            "vendor",
            "resource",
            "request",
            *(f"{size:,} stored" for size in SIZES),
            "answer at largest",
            "growth",
        ],
    )
    memory = Table(
        f"Memory per {MEMORY_COUNT:,} stored resources",
        ["vendor", "resource", f"memory per {MEMORY_COUNT:,} stored", "per record"],
    )
    for figures in results:
        scenario = figures.scenario
        if figures.error:
            result.notes.append(f"{scenario.vendor} {scenario.resource}: not measured ({figures.error})")
            continue
        for row in figures.calls:
            bad = {size: status for size, status in row.status.items() if not 200 <= status < 300}
            if bad:
                result.notes.append(f"{scenario.vendor} {row.label}: answered {bad} (sizes: status)")
            first, last = row.seconds.get(SIZES[0]), row.seconds.get(SIZES[-1])
            latency.rows.append(
                [
                    scenario.vendor,
                    scenario.resource,
                    f"{row.kind}: `{row.label}`",
                    *(_micro(row.seconds.get(size)) for size in SIZES),
                    _size(row.answer_bytes.get(SIZES[-1], 0)),
                    fmt_ratio(last / first if first and last else None),
                ]
            )
        if figures.bytes_per_10k is not None:
            memory.rows.append(
                [
                    scenario.vendor,
                    scenario.resource,
                    _size(int(figures.bytes_per_10k)),
                    f"{figures.bytes_per_10k / MEMORY_COUNT:,.0f} B",
                ]
            )
        result.notes.append(f"{scenario.vendor} {scenario.resource}: {scenario.why}")
        slopes = [f"{row.kind} {_per_record(row)}" for row in figures.calls if len(row.seconds) == len(SIZES)]
        if slopes:
            result.notes.append(
                f"{scenario.vendor} {scenario.resource}, cost of each further stored record "
                f"(from {SIZES[-2]:,} to {SIZES[-1]:,} stored): " + "; ".join(slopes) + "."
            )
    result.tables = [latency, memory]
    result.data = {
        "sizes": list(SIZES),
        "scenarios": [
            {
                "vendor": f.scenario.vendor,
                "resource": f.scenario.resource,
                "error": f.error,
                "bytes_per_10k": f.bytes_per_10k,
                "calls": [
                    {"kind": c.kind, "request": c.label, "seconds": c.seconds, "bytes": c.answer_bytes}
                    for c in f.calls
                ],
            }
            for f in results
        ],
    }
    return result
