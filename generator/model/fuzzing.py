"""Operation `x-fuzz`: where fuzzing expects something other than schemathesis' defaults, and why.

```yaml
x-fuzz:
  allow:
    - check: positive_data_acceptance
      statuses: ["422"]
      reason: user_id must be unused (Laravel `unique` rule); the spec declares 422.
  workarounds: [multipart-file-samples]
```

Each allowance sits next to the operation it concerns, in the vendor's overlay, with the reason:
a reviewer reads there everything a fuzz run does not hold that operation to. Workarounds name
the schemathesis defects the operation runs into (`generator.fuzz.workarounds` says what each
defect is, in which schemathesis version, and reproduces it in a test); fuzzing applies a
workaround to the operations that name it, and only for the run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from generator.errors import InputError
from generator.model.pointers import jsonpath, pointer_join

_STATUS: Final = re.compile(r"[1-5](?:[0-9]{2}|XX|xx)")

STATUS_CHECKS: Final = (
    "not_a_server_error",
    "positive_data_acceptance",
    "negative_data_rejection",
    "missing_required_header",
)
"""The schemathesis checks whose accepted statuses can be configured (`expected-statuses`)."""

MISSING_CREDENTIALS: Final = "missing_credentials"
"""Our own allowance: the statuses a request without credentials gets, where the docs say it is not
401 (Jilster: "Calling the API without including a token will result in the 400 error"). schemathesis'
`ignored_auth` (ST401) and its `Authorization` case of `missing_required_header` (ST203) hard-code
401/403; fuzzing drops their reports when the answer has one of these statuses
(`generator.fuzz.allowances.credential_filter`)."""

WORKAROUNDS: Final = (
    "multipart-file-samples",
    "multipart-coverage-blank-parts",
    "multipart-edited-relabelled-negative",
    "multipart-mixed-positive-wrong-files",
)
"""The names `x-fuzz.workarounds` may use: one per schemathesis defect `generator.fuzz.workarounds`
works around (a test keeps the two lists equal)."""


@dataclass(frozen=True)
class FuzzAllowance:
    """`check` also accepts `statuses` for the operation, because of `reason`."""

    check: str
    statuses: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class FuzzDeclaration:
    """An operation's `x-fuzz`: its allowances and the schemathesis workarounds it needs."""

    allowances: tuple[FuzzAllowance, ...] = ()
    workarounds: tuple[str, ...] = ()


def read_fuzz(raw: Any, label: str, pointer: str) -> FuzzDeclaration:
    """An operation's `x-fuzz` (`pointer` is where it sits); empty when it has none."""
    if raw is None:
        return FuzzDeclaration()

    def error(at: str, message: str) -> InputError:
        return InputError(file=label, location=jsonpath(at), message=message)

    if not isinstance(raw, Mapping) or not raw or not set(raw) <= {"allow", "workarounds"}:
        raise error(pointer, "expected {allow: [{check, statuses, reason}, ...], workarounds: [name, ...]}")
    return FuzzDeclaration(
        allowances=_allowances(raw.get("allow", []), pointer_join(pointer, "allow"), error),
        workarounds=_workarounds(raw.get("workarounds", []), pointer_join(pointer, "workarounds"), error),
    )


def _allowances(raw: Any, pointer: str, error: Any) -> tuple[FuzzAllowance, ...]:
    if not isinstance(raw, list):
        raise error(pointer, "expected a list of {check, statuses, reason}")
    found = []
    for index, entry in enumerate(raw):
        at = pointer_join(pointer, index)
        if not isinstance(entry, Mapping) or set(entry) != {"check", "statuses", "reason"}:
            raise error(at, "expected {check, statuses, reason}")
        statuses = entry["statuses"]
        if (
            not isinstance(statuses, list)
            or not statuses
            or not all(_STATUS.fullmatch(str(s)) for s in statuses)
        ):
            raise error(pointer_join(at, "statuses"), 'expected a list of statuses such as "422" or "4XX"')
        reason = entry["reason"]
        if not isinstance(reason, str) or len(reason.split()) < 3:
            raise error(pointer_join(at, "reason"), "expected the reason in words")
        if entry["check"] not in (*STATUS_CHECKS, MISSING_CREDENTIALS):
            raise error(
                pointer_join(at, "check"),
                "expected a schemathesis check that takes statuses or missing_credentials: "
                f"{', '.join((*STATUS_CHECKS, MISSING_CREDENTIALS))}",
            )
        found.append(
            FuzzAllowance(check=entry["check"], statuses=tuple(str(s) for s in statuses), reason=reason)
        )
    return tuple(found)


def _workarounds(raw: Any, pointer: str, error: Any) -> tuple[str, ...]:
    if not isinstance(raw, list):
        raise error(pointer, "expected a list of workaround names")
    for index, name in enumerate(raw):
        if name not in WORKAROUNDS:
            raise error(pointer_join(pointer, index), f"expected one of {', '.join(WORKAROUNDS)}")
    if len(set(raw)) != len(raw):
        raise error(pointer, "a workaround is named twice")
    return tuple(raw)
