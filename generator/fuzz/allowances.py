"""The vendor's fuzz allowances (operation `x-fuzz.allow` in its overlay) as schemathesis configuration.

The allowances themselves live with the vendor, next to the operation they concern, each with its
reason (`generator.model.fuzzing`); this module only turns them into what schemathesis and the
client fuzz tests need. An allowance widens what one check accepts for one operation: schemathesis
has one list of accepted statuses per check and operation, so an allowance's statuses are added to
the check's default list, never put in its place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from generator.model import Api, Operation

POSITIVE_DATA_ACCEPTANCE: Final = "positive_data_acceptance"

DEFAULT_EXPECTED_STATUSES: Final[Mapping[str, tuple[str, ...]]] = {
    "not_a_server_error": ("2xx", "3xx", "4xx"),
    "positive_data_acceptance": ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx"),
    "negative_data_rejection": (
        *("400", "401", "403", "404", "405", "406", "409", "415", "422", "428", "429", "5xx"),
    ),
    "missing_required_header": ("400", "401", "403", "406", "415", "422"),
}
"""schemathesis' own accepted statuses per check (`*_EXPECTED_STATUSES` in schemathesis 4.32.5,
`schemathesis/config/_checks.py`); a test compares them with the installed schemathesis."""


def allowed_statuses(operation: Operation, check: str) -> tuple[str, ...]:
    """The statuses the allowances of `operation` add to `check` (in overlay order, each once)."""
    found: list[str] = []
    for allowance in operation.fuzz_allowances:
        if allowance.check == check:
            found.extend(status for status in allowance.statuses if status not in found)
    return tuple(found)


def expected_statuses(operation: Operation, check: str) -> tuple[str, ...]:
    """What `check` accepts for `operation`: schemathesis' defaults plus the operation's allowances."""
    defaults = DEFAULT_EXPECTED_STATUSES[check]
    return (*defaults, *(status for status in allowed_statuses(operation, check) if status not in defaults))


def operation_overrides(api: Api) -> list[dict[str, object]]:
    """The allowances of `api` as schemathesis `[[operations]]` configuration entries, one per operation."""
    entries: list[dict[str, object]] = []
    for operation in api.operations:
        checks = dict.fromkeys(allowance.check for allowance in operation.fuzz_allowances)
        if checks:
            entries.append(
                {
                    "include-operation-id": operation.operation_id,
                    "checks": {
                        check: {"expected-statuses": list(expected_statuses(operation, check))}
                        for check in checks
                    },
                }
            )
    return entries


def describe_allowances(api: Api) -> list[str]:
    """One line per allowance, for the report of a fuzz run (what the run does not hold the API to)."""
    return [
        f"{operation.operation_id}: {allowance.check} also accepts {', '.join(allowance.statuses)}: "
        f"{allowance.reason}"
        for operation in api.operations
        for allowance in operation.fuzz_allowances
    ]
