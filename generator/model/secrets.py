"""`x-sdk-secret: true` on a property schema: the property carries a credential (a token an answer
hands out, a password a body sends), so the generated model masks it in `repr()`/`str()`
(templates/opc/model.py.jinja, runtime `redaction.redacted_repr`). Read here once, so that a
misplaced or mistyped declaration is refused with its file and JSONPath instead of being ignored."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.errors import InputError
from generator.model.pointers import jsonpath, pointer_join, pointer_tokens

SECRET = "x-sdk-secret"


@dataclass(frozen=True)
class SecretField:
    """Property `name` of the object schema at `schema_pointer` carries a credential."""

    schema_pointer: str
    name: str


def read_secret_fields(document: Any, label: str) -> tuple[SecretField, ...]:
    """Every property marked `x-sdk-secret`, in document order; refuses a value other than `true`
    and a mark anywhere but on a property schema (`.../properties/<name>`)."""
    found = []
    for pointer, value in _marks(document, ""):
        where = jsonpath(pointer_join(pointer, SECRET))
        if value is not True:
            raise InputError(file=label, location=where, message=f"{SECRET} must be true, got {value!r}")
        tokens = pointer_tokens(pointer)
        if len(tokens) < 2 or tokens[-2] != "properties":
            raise InputError(
                file=label,
                location=where,
                message=f"{SECRET} belongs on a property schema (…/properties/<name>), the field that carries "
                "a credential",
            )
        found.append(SecretField(pointer.rsplit("/", 2)[0], tokens[-1]))
    return tuple(found)


def _marks(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        if SECRET in node:
            yield pointer, node[SECRET]
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                yield from _marks(value, pointer_join(pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _marks(value, pointer_join(pointer, index))
