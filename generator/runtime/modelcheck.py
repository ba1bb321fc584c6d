"""The one check of a generated model's `from_dict` that needs more than an `isinstance`.

JSON Schema's `integer` admits any number with a zero fraction (`1.0` is an integer, RFC 8259 and
JSON Schema 2020-12 §6.1.1), which a JSON parser may hand over as a float. The generated code tries
`isinstance(value, int)` first (the common case, free); only otherwise does it call here.
"""

from __future__ import annotations

from typing import Any


def as_int(value: Any, where: str) -> int:
    """`value` as an int when it is a whole number (`2.0` -> 2); TypeError naming `where` otherwise."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise TypeError(f"{where}: expected int, got {type(value).__name__}")
