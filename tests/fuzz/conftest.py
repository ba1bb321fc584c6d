"""Bounds of the fuzz tests, the vendors they cover, and whether each vendor's mock can be built.

`FUZZ_EXAMPLES` examples per operation and phase, `STATEFUL_SCENARIOS` stateful scenarios; the
tests run Hypothesis derandomized, so every run generates the same cases.

Every vendor in `generated/` is fuzzed. A vendor whose mock cannot be built (its business-rule
module or an auth kind missing, a broken `x-mock`) is not left out quietly: `require_mock` fails
each of its tests with the reason, and `test_every_vendor_has_a_mock` fails once per such vendor,
so an unfinished vendor can never pass CI as skipped tests.
"""

from __future__ import annotations

import pytest

from generator.errors import VendorkitError
from tests.conftest import GENERATED, generated_vendors

FUZZ_EXAMPLES = 15
STATEFUL_SCENARIOS = 20
VENDORS = generated_vendors()
if not VENDORS:
    raise RuntimeError(f"no generated vendor in {GENERATED}: run `vendorkit generate`")


def _mock_problem(vendor: str) -> str | None:
    from generator.fuzz.plan import build_plan
    from tests.support.fuzzing.target import load_api, mock_factory

    try:
        api = load_api(GENERATED, vendor)
        mock_factory(GENERATED, vendor, api, build_plan(vendor, api, environ={}))
    except VendorkitError as error:
        return str(error)
    return None


MOCK_PROBLEMS = {vendor: problem for vendor in VENDORS if (problem := _mock_problem(vendor)) is not None}
MOCKED_VENDORS = [vendor for vendor in VENDORS if vendor not in MOCK_PROBLEMS]


def require_mock(vendor: str) -> None:
    """Fail (with the reason) a test that needs `vendor`'s mock when it cannot be built."""
    if vendor in MOCK_PROBLEMS:
        pytest.fail(f"the {vendor} mock cannot be built: {MOCK_PROBLEMS[vendor]}", pytrace=False)
