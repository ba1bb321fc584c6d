"""The vendor's fuzz allowances (operation `x-fuzz.allow` in its overlay) as schemathesis configuration.

The allowances themselves live with the vendor, next to the operation they concern, each with its
reason (`generator.model.fuzzing`); this module only turns them into what schemathesis and the
client fuzz tests need. An allowance widens what one check accepts for one operation: schemathesis
has one list of accepted statuses per check and operation, so an allowance's statuses are added to
the check's default list, never put in its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from generator.model import Api, Operation
from generator.model.fuzzing import MISSING_CREDENTIALS

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
    """The allowances of `api` as schemathesis `[[operations]]` configuration entries, one per operation
    (`missing_credentials` is no schemathesis check: `credential_filter` applies it)."""
    entries: list[dict[str, object]] = []
    for operation in api.operations:
        checks = dict.fromkeys(
            allowance.check
            for allowance in operation.fuzz_allowances
            if allowance.check != MISSING_CREDENTIALS
        )
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


_GOT_STATUS: Final = re.compile(r"got `([1-5][0-9]{2}) ")


def _status_matches(status: int, allowed: tuple[str, ...]) -> bool:
    return any(
        str(status) == item or (item[1:].upper() == "XX" and str(status)[0] == item[0]) for item in allowed
    )


def credential_filter(api: Api) -> Callable[[Any, Any, Any, Any], bool] | None:
    """A schemathesis `filter_failure` hook applying the `missing_credentials` allowances: it drops
    the reports of `ignored_auth` (ST401) and of the `Authorization` case of
    `missing_required_header` (ST203) on a request without credentials whose answer has one of the
    operation's allowed statuses. None when no operation declares one."""
    allowed = {
        (operation.method, operation.path): statuses
        for operation in api.operations
        if (statuses := allowed_statuses(operation, MISSING_CREDENTIALS))
    }
    if not allowed:
        return None

    def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
        statuses = allowed.get((case.operation.method.upper(), case.operation.path))
        if statuses is None:
            return True
        code = getattr(failure, "code", "")
        if code == "ST203" and str(getattr(failure, "header_name", "")).lower() == "authorization":
            return not _status_matches(int(failure.status_code), statuses)
        if code == "ST401" and str(getattr(failure, "scenario", "")) == "no_auth":
            # The report keeps the status of the request it sent without credentials in its message
            # only ("Expected 401 or 403, got `400 Bad Request` for ..."); `response` is the other one.
            found = _GOT_STATUS.search(str(getattr(failure, "message", "")))
            return found is None or not _status_matches(int(found.group(1)), statuses)
        return True

    filter_failure.__qualname__ = "filter_failure[missing_credentials]"
    return filter_failure


def describe_allowances(api: Api) -> list[str]:
    """One line per allowance, for the report of a fuzz run (what the run does not hold the API to)."""
    return [
        f"{operation.operation_id}: {allowance.check} also accepts {', '.join(allowance.statuses)}: "
        f"{allowance.reason}"
        for operation in api.operations
        for allowance in operation.fuzz_allowances
    ]
