"""Running a mock over real HTTP: in the foreground (`serve`) or in a background thread for tests
(`background_server`). Both listen on a socket bound here, so port 0 means "any free port" and
the URL printed or yielded is the real one."""

from __future__ import annotations

import dataclasses
import gc
import socket
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import uvicorn
from starlette.types import ASGIApp

from generator.mock.app import build_app
from generator.mock.credentials import parse_overrides, resolve_credentials
from generator.mock.errors import MockSetupError
from generator.mock.loader import load_vendor_api, load_vendor_models
from generator.mock.options import MockOptions
from generator.mock.slowclients import DEFAULT_REQUEST_TIMEOUT, timed_protocol
from generator.model import Api


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio turns TCP_NODELAY on only for sockets that say so, and without it
    # every answer waits ~40 ms for Nagle's algorithm.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise MockSetupError(f"{host}:{port}", None, f"cannot listen: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def _url(host: str, sock: socket.socket) -> str:
    port = sock.getsockname()[1]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _uvicorn_server(
    app: ASGIApp, log_level: str, request_timeout: float = DEFAULT_REQUEST_TIMEOUT
) -> uvicorn.Server:
    """uvicorn for a mock (and the benchmark's floor): no lifespan, access log or Server header.

    HTTP is parsed by httptools (a pinned dependency) with a deadline on receiving each request
    (`slowclients`); the loop stays "auto": uvloop where installed, asyncio where not (Windows).
    """
    config = uvicorn.Config(
        app,
        http=timed_protocol(request_timeout),
        log_level=log_level,
        lifespan="off",
        access_log=False,
        server_header=False,
    )
    return uvicorn.Server(config)


def banner(api: Api, url: str, credentials: Mapping[str, str]) -> str:
    """`JumpStory Partnership API mock on http://127.0.0.1:8000 — admin key: demo-admin-key (JUMPSTORY_MOCK_ADMIN_KEY)`."""
    parts = [
        f"{source.name.replace('_', ' ')}: {credentials[source.name]} ({source.env})"
        for source in api.mock.credentials
        if source.name in credentials
    ]
    return f"{api.title} mock on {url}" + (" — " + ", ".join(parts) if parts else "")


def serve(
    vendor: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    options: MockOptions | None = None,
    *,
    generated_dir: Path | None = None,
    credential_overrides: Mapping[str, str] | Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
    out: IO[str] | None = None,
    log_level: str = "info",
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
) -> None:
    """Run `vendor`'s mock with uvicorn in the foreground until interrupted.

    Credentials: `credential_overrides` (`["admin_key=..."]` from `--credential`) and the
    options' own credentials win over the vendor's environment variables, which win over the
    demo defaults of `x-mock.credentials`. The resolved demo credentials are printed at start-up.
    A request that has not arrived whole `request_timeout` seconds after it began gets 408.
    """
    options = options or MockOptions()
    folder = generated_dir or Path.cwd() / "generated"
    api = load_vendor_api(vendor, folder)
    explicit = (
        dict(credential_overrides)
        if isinstance(credential_overrides, Mapping)
        else parse_overrides(credential_overrides)
    )
    resolved = resolve_credentials(api, {**options.credentials, **explicit}, environ)
    options = dataclasses.replace(options, credentials=resolved)
    app = build_app(api, options, models=load_vendor_models(vendor, folder))
    # The compiled spec, validators, models and seeded records live as long as the process: frozen,
    # the collector no longer walks them on each full collection (80 ms for JumpStory's ~90,000
    # objects, which a busy mock ran every few thousand requests).
    gc.collect()
    gc.freeze()
    sock = _listen(host, port)
    stream = out or sys.stdout
    print(banner(api, _url(host, sock), resolved), file=stream, flush=True)
    try:
        _uvicorn_server(app, log_level, request_timeout).run(sockets=[sock])
    finally:
        sock.close()


@contextmanager
def background_server(
    app: ASGIApp,
    host: str = "127.0.0.1",
    port: int = 0,
    timeout: float = 10.0,
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
) -> Iterator[str]:
    """Serve `app` over real HTTP from a daemon thread; yields the base URL once it accepts requests.

    ```python
    with background_server(build_app(spec, options)) as base_url:
        httpx.get(f"{base_url}/v1/user", headers=...)
    ```
    """
    sock = _listen(host, port)
    server = _uvicorn_server(app, "warning", request_timeout)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="vendorkit-mock", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + timeout
    try:
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the mock server did not start within {timeout} s")
            time.sleep(0.005)
        yield _url(host, sock)
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
