"""`make bench`: how fast generation, the mocks, the clients and fuzzing are, against same-run baselines.

Every figure is a ratio against a baseline measured in the same run on the same machine (plain
openapi-python-client, a fixed-response Starlette app and Stoplight Prism under load from wrk, raw
httpx on the same `MockTransport`, `import httpx`, schemathesis in process), over every vendor found
in `generated/`, so a new vendor is measured without code changes. Nothing here asserts a time: the
run writes `bench-report.md` and `bench-report.json` and marks each goal met or not met.

Sections (each a module): `generation`, `mocks` (with `load`, `servers`, `targets`), `clients`,
`fuzzing`; `report` renders the results; `python -m benchmarks --help` runs them.
"""
