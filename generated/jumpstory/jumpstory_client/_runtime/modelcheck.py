"""The one check of a generated model's `from_dict` that needs more than an `isinstance`.

JSON Schema's `integer` admits any number with a zero fraction (`1.0` is an integer, RFC 8259 and
JSON Schema 2020-12 §6.1.1), which a JSON parser may hand over as a float. The generated code tries
`isinstance(value, int)` first (the common case, free); only otherwise does it call here.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar
from uuid import UUID, SafeUUID


def as_int(value: Any, where: str) -> int:
    """`value` as an int when it is a whole number (`2.0` -> 2); TypeError naming `where` otherwise."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise TypeError(f"{where}: expected int, got {type(value).__name__}")


_new = object.__new__
_set = object.__setattr__
_UNKNOWN = SafeUUID.unknown  # read once: an enum member read through its class costs a descriptor call


def as_uuid(value: Any) -> UUID:
    """`UUID(value)`, faster for the canonical form (`8-4-4-4-12` hex digits, what APIs send): the
    same digits parsed the same way (`int(..., 16)`), without `UUID.__init__`'s clean-up of braces
    and `urn:uuid:` prefixes, which that form does not have. Any other value goes to `UUID`."""
    if type(value) is str and len(value) == 36 and value[8] == value[13] == value[18] == value[23] == "-":
        number = int(value.replace("-", ""), 16)  # ValueError for a non-hex digit, as UUID raises
        uuid = _new(UUID)
        _set(uuid, "int", number)
        _set(uuid, "is_safe", _UNKNOWN)
        return uuid
    return UUID(value)


E = TypeVar("E", bound=Enum)


def enum_member(cls: type[E], value: Any) -> E:
    """`cls(value)`: the member with that value, looked up directly (an `Enum` call costs ten times
    more); any other value goes to `cls(value)`, which raises `ValueError` as before."""
    try:
        return cls._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return cls(value)
