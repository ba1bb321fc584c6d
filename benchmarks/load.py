"""Load runs with wrk: requests per second and p50/p99 latency of one request at a fixed concurrency.

wrk (C, epoll) keeps 16 connections busy with far less CPU than the Python servers it loads, so it
is not the bottleneck the way a Python httpx loop is (about 430 req/s on these machines). Each run
gets a generated Lua script that sets the method, headers and body and, in `done`, prints the
figures as one JSON line, so nothing depends on wrk's human-readable summary.
"""

from __future__ import annotations

import json
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from benchmarks.targets import UNIQUE, BenchRequest

CONCURRENCY = 16
MARKER = "BENCH-JSON "
DONE = (
    "done = function(summary, latency, requests)\n"
    "  local e = summary.errors\n"
    f'  io.write(string.format("{MARKER}'
    '{\\"requests\\": %d, \\"duration_us\\": %d, \\"p50_us\\": %.1f, \\"p99_us\\": %.1f, '
    '\\"non_2xx\\": %d, \\"socket_errors\\": %d}\\n", summary.requests, summary.duration, '
    "latency:percentile(50), latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))\n"
    "end\n"
)


class WrkMissing(RuntimeError):
    """wrk is not on PATH (`make bench` installs it from Debian's packages)."""


@dataclass(frozen=True)
class LoadResult:
    """What one wrk run measured; `non_2xx` and `socket_errors` say how much of it was failures."""

    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def failure_share(self) -> float:
        return (self.non_2xx + self.socket_errors) / self.requests if self.requests else 1.0


def _long_string(text: str) -> str:
    """`text` as a Lua long-bracket string literal (no escaping inside, whatever the body holds)."""
    level = 0
    while f"]{'=' * level}]" in text:
        level += 1
    return f"[{'=' * level}[{text}]{'=' * level}]"


def lua_script(request: BenchRequest) -> str:
    """The wrk script sending `request` (method, headers, JSON body) and reporting as JSON."""
    lines = [f"wrk.method = {_long_string(request.method)}"]
    for name, value in request.headers.items():
        lines.append(f"wrk.headers[ {_long_string(name)} ] = {_long_string(value)}")
    if request.body is not None:
        lines.append(f"wrk.body = {_long_string(json.dumps(request.body))}")
    if request.unique_field is not None:
        # A new value in the unique field for every request: this run's nonce and a counter (one
        # wrk thread, so the counter alone is unique within the run).
        lines += [
            f'nonce = "r{secrets.token_hex(4)}"',
            "counter = 0",
            "request = function()",
            "  counter = counter + 1",
            f'  local body = string.gsub(wrk.body, "{UNIQUE}", nonce .. "n" .. counter)',
            "  return wrk.format(nil, nil, nil, body)",
            "end",
        ]
    return "\n".join(lines) + "\n" + DONE


def parse_output(output: str) -> LoadResult:
    """The figures of the JSON line the script's `done` printed."""
    for line in output.splitlines():
        if line.startswith(MARKER):
            data = json.loads(line[len(MARKER) :])
            return LoadResult(
                requests=int(data["requests"]),
                seconds=float(data["duration_us"]) / 1e6,
                p50_ms=float(data["p50_us"]) / 1000,
                p99_ms=float(data["p99_us"]) / 1000,
                non_2xx=int(data["non_2xx"]),
                socket_errors=int(data["socket_errors"]),
            )
    raise RuntimeError(f"wrk printed no result: {output.strip()[-300:]}")


def wrk(base_url: str, request: BenchRequest, seconds: float, script_dir: Path) -> LoadResult:
    """Load `base_url` + the request's path with CONCURRENCY connections for `seconds`."""
    binary = shutil.which("wrk")
    if binary is None:
        raise WrkMissing("wrk is not installed (apt-get install wrk)")
    script_dir.mkdir(parents=True, exist_ok=True)
    script = script_dir / f"{request.method.lower()}-{abs(hash(request.label))}.lua"
    script.write_text(lua_script(request), encoding="utf-8")
    duration = max(1, round(seconds))
    command = [binary, "-t1", f"-c{CONCURRENCY}", f"-d{duration}s", "--timeout", "10s", "-s", str(script)]
    result = subprocess.run(
        [*command, base_url.rstrip("/") + request.url_path],
        capture_output=True,
        text=True,
        check=False,
        timeout=duration + 30,
    )
    return parse_output(result.stdout + result.stderr)
