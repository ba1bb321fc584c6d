"""Test-side fuzzing: the mocks as fuzz targets and the generated clients driven by generated data.

These drive the fuzz tests (`tests/fuzz/`) and the benchmarks; the tool itself (`vendorkit fuzz`)
needs none of them, so they live here and not in the `generator` package:

- `asgi`: a synchronous httpx transport into an in-process app, and an app that can be reset;
- `target`: a vendor's mock wired for schemathesis, in process or over loopback;
- `clients` / `harness` / `fidelity`: a generated client package called with generated inputs,
  the request it put on the wire compared with the case;
- `responses`: schema-valid response bodies to feed the generated parsers.
"""
