"""Operation `x-fuzz`: where fuzzing expects something other than schemathesis' defaults, and why.

```yaml
x-fuzz:
  allow:
    - check: positive_data_acceptance
      statuses: ["422"]
      reason: user_id must be unused (Laravel `unique` rule); the spec declares 422.
```

Each allowance sits next to the operation it concerns, in the vendor's overlay, with the reason:
a reviewer reads there everything a fuzz run does not hold that operation to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from generator.errors import InputError
from generator.model.pointers import jsonpath, pointer_join

_STATUS: Final = re.compile(r"[1-5](?:[0-9]{2}|XX|xx)")


@dataclass(frozen=True)
class FuzzAllowance:
    """`check` also accepts `statuses` for the operation, because of `reason`."""

    check: str
    statuses: tuple[str, ...]
    reason: str


def read_allowances(raw: Any, label: str, pointer: str) -> tuple[FuzzAllowance, ...]:
    """An operation's `x-fuzz` (`pointer` is where it sits); `()` when it has none."""
    if raw is None:
        return ()

    def error(at: str, message: str) -> InputError:
        return InputError(file=label, location=jsonpath(at), message=message)

    if not isinstance(raw, Mapping) or set(raw) != {"allow"} or not isinstance(raw["allow"], list):
        raise error(pointer, "expected {allow: [{check, statuses, reason}, ...]}")
    found = []
    for index, entry in enumerate(raw["allow"]):
        at = pointer_join(pointer, "allow", index)
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
        if not isinstance(entry["check"], str) or not entry["check"].isidentifier():
            raise error(pointer_join(at, "check"), "expected a schemathesis check name")
        found.append(
            FuzzAllowance(check=entry["check"], statuses=tuple(str(s) for s in statuses), reason=reason)
        )
    return tuple(found)
