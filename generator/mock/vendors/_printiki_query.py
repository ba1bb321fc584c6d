"""Printiki's query language for listings, as the docs describe it, over in-memory records.

Parameters (already type-checked by the engine against the spec, so values here are well-formed):

- `where`: JSON object; every condition must hold (AND); an array value means any of its values
  (OR). `{"a": "x", "c": ["y", "z"]}` is `a = x AND (c = y OR c = z)`.
- `search`: the same shape with `LIKE %value%`: a case-insensitive substring match.
- `after` / `before` (photos): `photodate` later / earlier than the given date.
- `groupby`: one record per distinct value of the field.
- `orderby`: sort by the field (ascending).
- `fields`: the fields each returned record keeps.

`limit` / `offset` and the pagination headers (`X-Total-Records`, `X-Pagination-Next` and
`X-Pagination-Previous`, absolute URLs of the neighbouring slices) are the engine's offset paging
(`x-pagination` and the listing's binding in overlays/printiki/quirks.yaml).

Choices where the docs are silent (SQL's behaviour, which the docs' `=`/`LIKE` wording points at,
unless it would be an error):
- `=` compares strings exactly; when either side is a number both must read as numbers and be equal
  (`{"id": "5"}` finds id 5, `{"token": 5}` finds no token "abc"). `null` matches a missing value
  (SQL `IS NULL`) and matches nothing in `search`.
- `%` and `_` in a search value are plain characters, not wildcards.
- A condition on a field the records do not have matches nothing (unless it asks for null);
  `fields`, `orderby` and `groupby` ignore field names the records do not have.
- Order: filter, group (the first record by id per value), sort (missing values first; ties keep
  id order); the engine then slices, and `project` keeps the `fields`. Without `orderby` records
  come by id.
- A record without `photodate` is neither after nor before any date. `after` and `before` are
  exclusive and compare as text, which for `YYYY-MM-DD[ HH:MM:SS]` is chronological; a date alone
  is its midnight.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Final, TypeAlias

from generator.mock.errors import MockError, validation_error

Record = dict[str, Any]
Scalar: TypeAlias = str | Decimal | float | None
Conditions: TypeAlias = dict[str, tuple[Scalar, ...]]

_NUMERAL: Final = re.compile(r"-?[0-9]{1,60}(?:\.[0-9]{1,60})?")


def _number(text: str) -> Decimal | float:
    """A JSON number exactly (Decimal), or as a float when its exponent is beyond Decimal's range."""
    try:
        return Decimal(text)
    except InvalidOperation:
        return float(text)  # inf or 0.0: still compares sensibly


def decode_conditions(name: str, text: str | None) -> Conditions:
    """The conditions of a `where`/`search` value: field -> accepted values; 400 when malformed."""
    if text is None:
        return {}
    try:
        document = json.loads(text, parse_float=_number, parse_int=Decimal)
    except (ValueError, RecursionError):
        raise _malformed(name) from None
    if not isinstance(document, dict):
        raise _malformed(name)
    conditions: Conditions = {}
    for key, value in document.items():
        values = tuple(value) if isinstance(value, list) else (value,)
        if not values or not all(_is_scalar(item) for item in values):
            raise _malformed(name)
        conditions[key] = values
    return conditions


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, str | Decimal | float)


def _malformed(name: str) -> MockError:
    message = (
        f"The {name} field must be a JSON encoded object of field names and values (strings, numbers, "
        "null, or arrays of those)."
    )
    return validation_error({name: [message]}, status=400)


def _as_number(value: Any) -> Decimal | float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, str) and _NUMERAL.fullmatch(value):
        return Decimal(value)
    return None


def equals(actual: Any, expected: Scalar) -> bool:
    """SQL `actual = expected` as documented for `where` (see the module docstring)."""
    if expected is None:
        return actual is None
    if actual is None:
        return False
    if isinstance(actual, str) and isinstance(expected, str):
        return actual == expected
    left, right = _as_number(actual), _as_number(expected)
    return left is not None and right is not None and left == right


def _text(value: Any) -> str:
    if isinstance(value, Decimal):
        if value.is_finite() and value == value.to_integral_value() and value.adjusted() < 40:
            return str(int(value))
        return str(value)
    return str(value)


def contains(actual: Any, expected: Scalar) -> bool:
    """SQL `actual LIKE %expected%` as documented for `search`: a case-insensitive substring."""
    if expected is None or actual is None:
        return False
    return _text(expected).casefold() in _text(actual).casefold()


def _satisfies(record: Record, conditions: Conditions, test: Callable[[Any, Scalar], bool]) -> bool:
    return all(any(test(record.get(key), value) for value in values) for key, values in conditions.items())


def _order_key(value: Any) -> tuple[int, Any, Any]:
    if value is None:
        return (0, 0, 0)
    if isinstance(value, str):
        return (1, value.casefold(), value)
    return (1, value, value)


@dataclass(frozen=True)
class ListingQuery:
    """The query parameters of one listing request, decoded (`limit` and `offset` are the engine's)."""

    fields: tuple[str, ...] | None = None
    groupby: str | None = None
    orderby: str | None = None
    where: Conditions | None = None
    search: Conditions | None = None
    after: str | None = None
    before: str | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, Any]) -> ListingQuery:
        """From the engine's typed query values; 400 for a `where`/`search` that is no JSON object."""
        fields = query.get("fields")
        return cls(
            fields=tuple(str(name) for name in fields) if isinstance(fields, list) else None,
            groupby=query.get("groupby"),
            orderby=query.get("orderby"),
            where=decode_conditions("where", query.get("where")),
            search=decode_conditions("search", query.get("search")),
            after=query.get("after"),
            before=query.get("before"),
        )


def select(records: Iterable[Record], query: ListingQuery, *, date_field: str | None = None) -> list[Record]:
    """The matching records, grouped and ordered (not yet sliced or projected)."""
    found = [
        record
        for record in records
        if (not query.where or _satisfies(record, query.where, equals))
        and (not query.search or _satisfies(record, query.search, contains))
        and _in_dates(record, query, date_field)
    ]
    known = set(found[0]) if found else set()
    if query.groupby is not None and query.groupby in known:
        firsts: dict[Any, Record] = {}
        for record in found:
            firsts.setdefault(record.get(query.groupby), record)
        found = list(firsts.values())
    if query.orderby is not None and query.orderby in known:
        field = query.orderby
        found.sort(key=lambda record: _order_key(record.get(field)))
    return found


def _in_dates(record: Record, query: ListingQuery, date_field: str | None) -> bool:
    if date_field is None or (query.after is None and query.before is None):
        return True
    value = record.get(date_field)
    if not isinstance(value, str):
        return False
    return (query.after is None or value > query.after) and (query.before is None or value < query.before)


def project(record: Record, fields: Sequence[str] | None) -> Record:
    """The record with only `fields` (all of it when None), in the record's own field order."""
    if fields is None:
        return dict(record)
    wanted = set(fields)
    return {key: value for key, value in record.items() if key in wanted}
