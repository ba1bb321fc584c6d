"""The servers the mock benchmark loads, each in a process of its own, under one uvicorn set-up.

`python -m benchmarks.servers mock VENDOR PORT` runs the vendor's mock as `vendorkit mock` does
(validation, auth and state on; the throttle off, since a load run would otherwise measure 429s);
`python -m benchmarks.servers floor PORT` runs a minimal Starlette app that answers every GET and POST
with a fixed JSON body. Both go through `generator.mock.server`'s own socket and uvicorn settings,
so the floor differs from the mock only by what the application does. A process of its own keeps
the server's CPU time apart from the benchmark's and lets wrk load it as any client would.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from benchmarks.common import GENERATED, HOST

FIXED_BODY = b'{"id": 1, "name": "bench", "ok": true}'


async def fixed(request: Request) -> Response:
    """Read the body (as any server must) and answer the same bytes every time."""
    await request.body()
    return Response(FIXED_BODY, media_type="application/json")


def floor_app() -> Starlette:
    return Starlette(routes=[Route("/{path:path}", fixed, methods=["GET", "POST"])])


def run_floor(port: int) -> None:
    from generator.mock.server import _listen, _uvicorn_server

    app = floor_app()
    # As `generator.mock.server.serve` does after building a mock: what lives as long as the process
    # is kept out of the collector's full collections, so both servers pay the same for garbage.
    gc.collect()
    gc.freeze()
    sock = _listen(HOST, port)
    _uvicorn_server(app, "warning").run(sockets=[sock])


def run_mock(vendor: str, port: int) -> None:
    """The vendor's mock with the demo credentials the benchmark authenticates with."""
    from generator.fuzz.plan import build_plan
    from generator.mock import MockOptions, serve
    from generator.mock.loader import load_vendor_api

    plan = build_plan(vendor, load_vendor_api(vendor, GENERATED), environ={})
    options = MockOptions(credentials=dict(plan.credentials), rate_limit=None)
    serve(vendor, host=HOST, port=port, options=options, generated_dir=GENERATED, log_level="warning")


def main(argv: Sequence[str]) -> int:
    if len(argv) == 2 and argv[0] == "floor":
        run_floor(int(argv[1]))
    elif len(argv) == 3 and argv[0] == "mock":
        run_mock(argv[1], int(argv[2]))
    else:
        print("usage: python -m benchmarks.servers floor PORT | mock VENDOR PORT", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
