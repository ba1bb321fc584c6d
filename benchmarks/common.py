"""Paths, vendor discovery, statistics and subprocess helpers shared by the benchmark sections."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from generator.model import Api

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
WORK_DIR = ROOT / ".bench"  # logs and scratch files of a run (git-ignored)
PYTHON = Path(sys.executable)
BIN = PYTHON.parent
HOST = "127.0.0.1"  # every server of the benchmark listens here, every request goes here


@dataclass(frozen=True)
class BenchVendor:
    """A vendor present in `generated/`: its folder and the typed model of its merged spec."""

    name: str
    folder: Path
    api: Api

    @property
    def package(self) -> str:
        return f"{self.name}_client"

    @property
    def spec_path(self) -> Path:
        return self.folder / "openapi.yaml"


def generated_vendors(generated: Path = GENERATED, only: Sequence[str] = ()) -> list[BenchVendor]:
    """Every `generated/<v>/` holding a merged spec and a client package (optionally only `only`)."""
    from generator.mock.loader import load_vendor_api

    found = []
    for folder in sorted(generated.glob("*")):
        if not (folder / "openapi.yaml").is_file() or not (folder / f"{folder.name}_client").is_dir():
            continue
        if only and folder.name not in only:
            continue
        found.append(BenchVendor(folder.name, folder, load_vendor_api(folder.name, generated)))
    return found


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratio(value: float | None, baseline: float | None) -> float | None:
    """`value / baseline`, or None when either is missing or the baseline is zero."""
    if value is None or baseline is None or baseline == 0:
        return None
    return value / baseline


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[Any], timeout: float) -> bool:
    """True once something accepts connections on `HOST:port`; False if `process` died or time ran out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.2):
            return True
        time.sleep(0.05)
    return False


class ServerFailed(RuntimeError):
    """A server process did not start; the message names the command and the tail of its log."""


@contextlib.contextmanager
def running(
    command: Sequence[str],
    *,
    port: int,
    log: Path,
    timeout: float = 30.0,
    env: Mapping[str, str] | None = None,
    cwd: Path = ROOT,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run `command` (a server listening on `port`) for the duration of the block, then stop it.

    The process gets a session of its own and is stopped by its own id (SIGTERM, then SIGKILL).
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as sink:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            if not wait_for_port(port, process, timeout):
                tail = log_tail(log)
                raise ServerFailed(f"{' '.join(command[:4])} … did not listen on port {port}: {tail}")
            yield process
        finally:
            stop(process)


def stop(process: subprocess.Popen[Any], grace: float = 5.0) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGKILL)
        process.wait(grace)


def log_tail(path: Path, lines: int = 3) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "(no log)"
    return " | ".join(text[-lines:]) or "(empty log)"


def say(message: str, stream: IO[str] | None = None) -> None:
    """Progress on stderr, so `make bench` shows where it is."""
    print(f"bench: {message}", file=stream or sys.stderr, flush=True)


def venv_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This environment with the venv's `bin/` first on PATH (tools such as ruff are found there)."""
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra or {})
    return env
