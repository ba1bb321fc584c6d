"""Stateful mock servers: one generic engine driven by a merged spec, vendor rules in `vendors/`.

Public API:
- `build_app(spec, options)`: the mock of a merged spec (a dict) as a Starlette app;
- `load_vendor_app(vendor, generated_dir, options)`: the same from `generated/<vendor>/`;
- `MockOptions`: credentials, token lifetime, throttle, clock, seed, strictness, `FaultOptions`;
- `serve(vendor, host, port, options)`: uvicorn in the foreground, demo credentials printed;
- `background_server(app)`: a context manager serving an app on a free loopback port (tests);
- `resolve_credentials(api, overrides, environ)`: demo credentials from flags, env and defaults;
- `engine_of(app)`: the `MockEngine` of an app (vendor state, token service) for tests; its
  `reset()` goes back to the seed and its `journal` lists the requests answered.

Every app also serves the control endpoints under `/__vendorkit/` (`control`: health, reset, the
request journal, the served spec) and, with `MockOptions.state_file`, keeps its state in SQLite
(`persistence`).
"""

from generator.mock.app import MockEngine, ResponseConformanceError, build_app, engine_of
from generator.mock.credentials import resolve_credentials
from generator.mock.faults import FaultOptions
from generator.mock.loader import load_vendor_app
from generator.mock.options import MockOptions
from generator.mock.server import background_server, serve

__all__ = [
    "FaultOptions",
    "MockEngine",
    "MockOptions",
    "ResponseConformanceError",
    "background_server",
    "build_app",
    "engine_of",
    "load_vendor_app",
    "resolve_credentials",
    "serve",
]
