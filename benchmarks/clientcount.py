"""Instructions per call of the facade and of raw httpx, counted under callgrind (`instructions`).

`count_calls` writes what the clients section recorded for one request (the vendor, its demo
credentials, the request and the mock's answers) to a job file and runs
`python -m benchmarks.clientcount JOB` under callgrind. That program builds the same four callers
as the CPU-time rounds (facade and raw httpx, sync and async, on one `MockTransport` replaying the
answers), warms each up, then makes `CALLS` calls of each inside one counted region: facade sync,
raw sync, facade async, raw async. Each figure is its region's count divided by `CALLS`, so
start-up, imports and set-up are not in it, and the two sides of a ratio ran in one process.
"""

from __future__ import annotations

import asyncio
import gc
import operator
import pickle
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import PYTHON, ROOT
from benchmarks.instructions import CountFailed, count_regions
from benchmarks.targets import BenchRequest

CALLS = 100
WARM_UP_CALLS = 3
REGIONS = ("facade sync", "raw sync", "facade async", "raw async")


@dataclass(frozen=True)
class Job:
    vendor: str
    credentials: Mapping[str, str]
    request: BenchRequest
    answers: Mapping[tuple[str, str], tuple[int, list[tuple[str, str]], bytes]]
    calls: int = CALLS


def count_calls(job: Job) -> dict[str, float]:
    """Instructions per call of each of `REGIONS` for the job's request."""
    with tempfile.TemporaryDirectory(prefix="vendorkit-clientcount-") as scratch:
        path = Path(scratch) / "job.pickle"
        path.write_bytes(pickle.dumps(job))
        counts = count_regions(
            [str(PYTHON), "-m", "benchmarks.clientcount", str(path)], env={"PYTHONPATH": str(ROOT)}
        )
    if len(counts) != len(REGIONS):
        raise CountFailed(f"expected {len(REGIONS)} counted regions, callgrind wrote {len(counts)}")
    return {region: count / job.calls for region, count in zip(REGIONS, counts, strict=True)}


def _sync_region(call: Callable[[], Any], calls: int) -> None:
    for _ in range(WARM_UP_CALLS):
        call()
    gc.collect()

    def many() -> None:
        for _ in range(calls):
            call()

    operator.call(many)


def _async_region(loop: asyncio.AbstractEventLoop, call: Callable[[], Any], calls: int) -> None:
    async def many(count: int) -> None:
        for _ in range(count):
            await call()

    loop.run_until_complete(many(WARM_UP_CALLS))
    gc.collect()
    coroutine = many(calls)
    operator.call(loop.run_until_complete, coroutine)


def run(job: Job) -> None:
    """The four regions of `job`, in `REGIONS` order (the program callgrind counts)."""
    import httpx

    from benchmarks.clients import BASE_URL, Replay, Side, raw_async_call, raw_call, raw_client_args
    from benchmarks.common import generated_vendors

    (vendor,) = generated_vendors(only=[job.vendor])
    side = Side(vendor, job.credentials)
    transport = httpx.MockTransport(Replay(dict(job.answers)).answer)
    facade = side.facade(BASE_URL, asynchronous=False, httpx_args={"transport": transport})
    raw = httpx.Client(base_url=BASE_URL, transport=transport, **raw_client_args(job.request))
    _sync_region(side.method(facade, job.request), job.calls)
    _sync_region(raw_call(raw, job.request), job.calls)
    loop = asyncio.new_event_loop()
    async_facade = side.facade(BASE_URL, asynchronous=True, httpx_args={"transport": transport})
    async_raw = httpx.AsyncClient(base_url=BASE_URL, transport=transport, **raw_client_args(job.request))
    _async_region(loop, side.method(async_facade, job.request), job.calls)
    _async_region(loop, raw_async_call(async_raw, job.request), job.calls)


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m benchmarks.clientcount JOB_FILE", file=sys.stderr)
        return 2
    job = pickle.loads(Path(argv[0]).read_bytes())
    run(job)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
