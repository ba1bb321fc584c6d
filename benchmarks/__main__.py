"""`python -m benchmarks [--only generation,mocks,clients,fuzzing] [--vendor V ...]`: run and report.

A section that fails is reported as such (with the error) instead of ending the run, so one broken
vendor or a missing tool still leaves a report of everything else.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from benchmarks.common import ROOT, WORK_DIR, say
from benchmarks.results import Section

SECTIONS = ("generation", "mocks", "clients", "fuzzing")

# Speed-ups made because of these figures, and what they gained; shown at the top of the report.
# "Before" figures come from the first full run (2 CPUs); the current figures are in the sections.
CHANGES: list[str] = [
    "Generation, `generator/pipeline.py`: vendors to (re)generate are rendered in parallel worker "
    "processes forked after the generators were imported, largest spec first (`VENDORKIT_JOBS=1` "
    "keeps one process). Gain: the Generation table's row 'one vendor at a time' is the old way, "
    "measured in this run (see the Generation notes); on an otherwise idle machine, by hand: cold "
    "3.6 s -> 2.4 s (1.5x faster). With both CPUs busy elsewhere the gain is small.",
    "Generation, `generator/pipeline.py`: a no-op run no longer imports openapi-python-client, "
    "datamodel-code-generator and the validator, hashes the generator's code once per run instead of "
    "once per vendor, and reads tool versions from the `*.dist-info` names instead of "
    "`importlib.metadata` (which scanned every distribution per tool). Gain: no-op rerun 723 ms -> "
    "about 50 ms (0.19x of cold -> about 0.02x).",
    "Clients, `generator/runtime/auth.py`: an API key in the query string is appended with one URL "
    "parse instead of `copy_merge_params` (three parses); `generator/runtime/routes.py`: the route "
    "of a request line is remembered (bounded) instead of scanning every template's regex per "
    "request. Gain: Storyly facade GET 1.23x -> about 1.14x of raw httpx CPU per call (by hand, "
    "MockTransport); the rest is parsing into models, which raw httpx does not do.",
    "Mocks, `generator/mock/vendors/printiki.py`: the login answer reads `exp` from the token's "
    "payload directly instead of `jwt.decode` without verification. Gain: Printiki POST /auth/login "
    "2,469 -> about 3,600 req/s (1.45x -> about 1.95x of Prism); what remains is signing two JWTs "
    "per login in `generator/mock/auth.py`.",
    "Clients, `generator/templates/opc/model.py.jinja`: a model imports the models it refers to "
    "once, below its class, instead of inside every `to_dict`/`from_dict` call (upstream's way: "
    "about 1 us per import and call). Gain: Storyly facade GET (a list of 3 apps) 142 -> 133 us "
    "per call against 121 us raw httpx, 1.18x -> 1.10x (by hand, MockTransport, quiet machine).",
    "Mocks, `generator/mock/auth.py` and `vendors/printiki.py`: a token whose claims equal the last "
    "one issued for that scheme and subject (same second) is not signed again, and the Cognito "
    "OpenID token is kept per account and second: the same bytes either way, since HS256 is "
    "deterministic. Gain: about a third of the handler's time of GET /user/cognito (cProfile), "
    "in-process per request 755 -> 692 us.",
    "Set-up, `Makefile`: the tool is installed in setuptools' compat editable mode (a path entry) "
    "instead of its import-finder mode, which every interpreter start paid for. Gain: `python -c "
    "pass` in the venv 25 -> 11 ms, which is part of every `vendorkit` command and so of the "
    "no-op rerun (then about 40 ms, most of it the standard library's own imports).",
    "Generation, `generator/freshness.py` and `generator/cli.py`: `vendorkit generate` first asks a "
    "module that uses only `os` and `hashlib` whether every named vendor's recorded input hash still "
    "matches, and answers from there; argparse, pathlib, dataclasses and the pipeline are imported "
    "only when a vendor is stale or the command is anything else. Gain: no-op rerun 40 -> 21 ms "
    "(medians of 15 runs by hand; 0.024x -> about 0.013x of cold). What is left: interpreter start "
    "(~9 ms), the `re` import in pip's console-script wrapper (~4 ms) and hashing the inputs (~4 ms).",
    "Mocks, `pyproject.toml` and `generator/mock/server.py`: uvicorn runs the mocks on httptools "
    "(its C HTTP parser) and uvloop instead of pure-Python h11 and asyncio, now pinned dependencies "
    "that uvicorn's http=/loop=\"auto\" picks up. With h11 most of a mock's CPU went to parsing and "
    "writing HTTP (cProfile under wrk). Gain: Printiki GET /user/cognito 7,721 -> 14,936 req/s "
    "(1.93x -> 4.17x of Prism, measured in interleaved rounds). The floor runs on the same stack, so "
    "it went 10,949 -> 33,379 req/s, and the mocks' share of the floor fell from 0.71x to 0.45x: "
    "what is left is the mocks' own work, about 37 us a request. `vendorkit fuzz jumpstory` also "
    "got faster: 2,010 cases in 7 s.",
    "Clients, `generator/templates/opc/facade.py.jinja`, `resource.py.jinja` and "
    "`models_init.py.jinja`: each resource (one per spec tag) lives in `resources/<tag>.py` and is "
    "built on first use of `client.<tag>` (a cached property, so later calls cost nothing), and "
    "`models/__init__` imports a model's module on first use of its name instead of all of them. "
    "Gain: import time vs `import httpx` 2.09x/1.75x/2.16x -> 1.39x/1.37x/1.27x (JumpStory, "
    "Printiki, Storyly); CPU per call unchanged.",
    "Tried and dropped: adding query-string API keys to the request's parameters when it is built "
    "instead of in the auth flow. httpx parses the URL again to merge parameters, so the count of "
    "parses stayed three and the call got slower (142 -> 153 us).",
    "Benchmark itself: the mock, the floor and Prism run side by side and are loaded in three "
    "interleaved rounds (the median round is shown, with the range), so a load change on the "
    "machine during the run hits all three alike instead of skewing one ratio (one earlier run, "
    "measured one server after the other on a busy machine, read Printiki 1.72x of Prism).",
    "Benchmark itself: a POST that creates a unique resource (Storyly's segment label) gets a new "
    "value per request from the wrk script, so every vendor has a validated POST measured.",
]


def _generation(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import generation

    return generation.section(generation.measure(vendors))


def _mocks(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import mocks

    return mocks.section(mocks.measure(vendors, seconds))


def _clients(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import clients

    return clients.section(clients.measure(vendors))


def _fuzzing(vendors: Sequence[str], seconds: float) -> Section:
    from benchmarks import fuzzing

    return fuzzing.section(fuzzing.measure(vendors))


RUNNERS: dict[str, Callable[[Sequence[str], float], Section]] = {
    "generation": _generation,
    "mocks": _mocks,
    "clients": _clients,
    "fuzzing": _fuzzing,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {SECTIONS}")
    parser.add_argument("--vendor", action="append", default=[], help="measure only this vendor (repeatable)")
    parser.add_argument(
        "--seconds", type=float, default=3.0, help="length of each measured wrk run (default 3; 3 rounds)"
    )
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {unknown}; choose from {SECTIONS}")
    WORK_DIR.mkdir(exist_ok=True)
    sections = []
    loads: dict[str, float] = {}
    for name in chosen:
        say(f"section {name}")
        loads[name] = os.getloadavg()[0]
        try:
            sections.append(RUNNERS[name](args.vendor, args.seconds))
        except Exception as error:  # report it and go on with the next section
            (WORK_DIR / f"{name}-error.txt").write_text(traceback.format_exc(), encoding="utf-8")
            failed = Section(name, name.title(), f"This section failed: {type(error).__name__}: {error}")
            failed.notes.append(f"traceback in .bench/{name}-error.txt")
            sections.append(failed)
    from benchmarks.report import write

    md_path, json_path = write(sections, CHANGES, ROOT, loads)
    say(f"wrote {md_path.name} and {json_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
