"""Bounds of the fuzz tests, the vendors they cover, and which of those have a usable mock.

`FUZZ_EXAMPLES` examples per operation and phase, `STATEFUL_SCENARIOS` stateful scenarios; the
tests run Hypothesis derandomized, so every run generates the same cases.

A vendor whose client is generated but whose mock cannot be built yet (its business-rule module
or an auth kind is missing) is not fuzzed against a server: those tests skip, naming the reason,
and its generated responses are still fuzzed through its client.
"""

from __future__ import annotations

import pytest

from generator.errors import VendorkitError
from tests.conftest import GENERATED, generated_vendors

FUZZ_EXAMPLES = 15
STATEFUL_SCENARIOS = 20
VENDORS = generated_vendors()


def _mock_problem(vendor: str) -> str | None:
    from generator.fuzz.plan import build_plan
    from generator.fuzz.target import load_api, mock_factory

    spec = load_api(GENERATED, vendor)
    try:
        mock_factory(GENERATED, vendor, spec, build_plan(vendor, spec, environ={}))
    except VendorkitError as error:
        return str(error)
    return None


MOCK_PROBLEMS = {vendor: problem for vendor in VENDORS if (problem := _mock_problem(vendor)) is not None}
MOCKED_VENDORS = [vendor for vendor in VENDORS if vendor not in MOCK_PROBLEMS]


def require_mock(vendor: str) -> None:
    """Skip (visibly, with the reason) a test that needs `vendor`'s mock when it cannot be built."""
    if vendor in MOCK_PROBLEMS:
        pytest.skip(f"the {vendor} mock cannot be built yet: {MOCK_PROBLEMS[vendor]}")
