"""Fuzzing: schemathesis test cases per second against each vendor's mock, in process vs over HTTP.

The targets are the ones the fuzz tests use (`tests.support.fuzzing.target`): the same mock, schema,
configuration (the vendor's allowances and schemathesis workarounds included) and auth, once called as an ASGI app in this process and once served by uvicorn on
loopback. Each operation gets the same derandomized Hypothesis run (positive cases, `EXAMPLES`
examples, generation only) in both modes, and every case is sent and validated with all of
schemathesis' checks (`case.call_and_validate()`), as `make fuzz` does. A case that a check
fails is counted like any other: this measures speed, the fuzz tests judge correctness.

Over HTTP the server runs in a thread of this process (as in the tests), so both modes share one
interpreter; the difference is the socket, HTTP parsing and the thread hand-off.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.common import GENERATED, generated_vendors, ratio, say
from benchmarks.results import Section, Table, fmt_number, fmt_ratio, fmt_seconds

EXAMPLES = 10
WARM_UP_EXAMPLES = 2
MODES = ("in process (ASGI)", "over HTTP (loopback)")


@dataclass
class ModeFigures:
    cases: int = 0
    failed: int = 0
    seconds: float = 0.0

    @property
    def per_second(self) -> float | None:
        return self.cases / self.seconds if self.seconds else None


@dataclass
class VendorFuzzFigures:
    vendor: str
    modes: dict[str, ModeFigures] = field(default_factory=dict)
    not_measured: str | None = None


def run_cases(target: Any, examples: int) -> ModeFigures:
    """Every operation of the target's schema, `examples` positive cases each, sent and checked."""
    from hypothesis import HealthCheck, Phase, given, settings

    figures = ModeFigures()
    schema = target.schema
    started = time.perf_counter()
    for result in schema.get_all_operations():
        operation = result.ok()
        target.reset()

        @settings(
            max_examples=examples,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(auth_storage=schema.auth))
        def test(case: Any) -> None:
            figures.cases += 1
            try:
                case.call_and_validate()
            except Exception:
                figures.failed += 1

        test()
    figures.seconds = time.perf_counter() - started
    return figures


def measure_vendor(vendor: str, examples: int) -> VendorFuzzFigures:
    from tests.support.fuzzing.target import in_process_target, loopback_target

    figures = VendorFuzzFigures(vendor)
    try:
        say(f"fuzzing: {vendor} in process")
        with in_process_target(GENERATED, vendor, max_examples=examples) as inside:
            run_cases(inside, WARM_UP_EXAMPLES)  # first-use costs (schema compilation, imports) paid here
            figures.modes[MODES[0]] = run_cases(inside, examples)
        say(f"fuzzing: {vendor} over HTTP")
        with loopback_target(GENERATED, vendor, max_examples=examples) as target, target.served():
            run_cases(target, WARM_UP_EXAMPLES)
            figures.modes[MODES[1]] = run_cases(target, examples)
    except Exception as error:  # a mock that does not build: say so, go on with the next vendor
        figures.not_measured = f"{type(error).__name__}: {error}"
    return figures


@dataclass
class FuzzFigures:
    examples: int
    vendors: list[VendorFuzzFigures] = field(default_factory=list)


def measure(only: Sequence[str] = (), examples: int = EXAMPLES) -> FuzzFigures:
    figures = FuzzFigures(examples)
    for vendor in generated_vendors(only=only):
        figures.vendors.append(measure_vendor(vendor.name, examples))
    return figures


def section(figures: FuzzFigures) -> Section:
    result = Section(
        "fuzzing",
        "Fuzzing",
        f"schemathesis cases per second: every operation, {figures.examples} positive cases each "
        "(derandomized, generation only), each sent and validated with all checks; the same cases "
        "in both modes, after an untimed warm-up run of each. Baseline: in process (ASGI). Failed "
        "cases are counted like any other (their number is in the JSON report).",
    )
    table = Table(
        "Cases per second",
        [
            "vendor",
            "in process: cases",
            "time",
            "cases/s",
            "over HTTP: cases",
            "time",
            "cases/s",
            "HTTP / in process",
        ],
    )
    data: dict[str, Any] = {"examples": figures.examples, "vendors": {}}
    for vendor in figures.vendors:
        if vendor.not_measured is not None:
            table.rows.append([vendor.vendor, f"not measured: {vendor.not_measured}", *[""] * 6])
            data["vendors"][vendor.vendor] = {"not_measured": vendor.not_measured}
            continue
        cells = []
        for mode in MODES:
            m = vendor.modes.get(mode, ModeFigures())
            cells += [fmt_number(m.cases), fmt_seconds(m.seconds), fmt_number(m.per_second, 1)]
        inside, http = vendor.modes.get(MODES[0]), vendor.modes.get(MODES[1])
        relative = ratio(http.per_second if http else None, inside.per_second if inside else None)
        table.rows.append([vendor.vendor, *cells, fmt_ratio(relative)])
        data["vendors"][vendor.vendor] = {
            "modes": {mode: {**m.__dict__, "per_second": m.per_second} for mode, m in vendor.modes.items()},
            "http_vs_in_process": relative,
        }
    result.tables = [table]
    result.data = data
    return result
