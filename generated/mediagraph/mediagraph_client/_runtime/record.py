"""`Record`: the base of the runtime's small value classes, in place of `@dataclass`.

A dataclass is created by compiling its `__init__`, `__repr__`, `__eq__` (and, frozen, `__setattr__`,
`__delattr__`, `__hash__`) from source when its module is imported: 0.2-0.3 ms per class, about a
tenth of what importing a client package adds to `import httpx` for the two dozen classes it had.
A `Record` subclass lists its fields in `__slots__` and writes its `__init__` (a few lines, and as
fast per call); `repr` and equality come from here, reading the slots. Those that were frozen are
not changed after they are built (nothing in the runtime sets their fields).
"""

from __future__ import annotations

from typing import Any, ClassVar

_names_of: dict[type, tuple[str, ...]] = {}


class Record:
    """Fields in `__slots__` (a subclass's after its bases'); `repr()` and `==` by field, as a
    dataclass gives them, leaving out those named in `_hidden`."""

    __slots__ = ()
    _hidden: ClassVar[frozenset[str]] = frozenset()

    def _names(self) -> tuple[str, ...]:
        cls = type(self)
        names = _names_of.get(cls)
        if names is None:
            slots = (name for klass in reversed(cls.__mro__) for name in klass.__dict__.get("__slots__", ()))
            _names_of[cls] = names = tuple(name for name in slots if name not in cls._hidden)
        return names

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._names())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._names())
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # like a dataclass with `eq` and not frozen
