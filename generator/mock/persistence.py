"""`--state FILE`: a mock's state in SQLite, so a restarted mock keeps what its clients created.

What is kept is everything a request can change and a test can observe: the records of the
declared resources (`Store`), the vendor module's own state, the token service (its signing key and
what it issued, so tokens handed out before a restart still work after it), the link signer and the
OAuth 2.0 authorization servers. It is written after every request with a method other than GET,
HEAD, OPTIONS or TRACE, and on reset; it is read once at start-up. The throttle's window and the
journal start afresh.

Generic for every vendor: the state objects are pickled (their attributes, not the compiled parts
of the engine: the spec, the clock, the models module and the other state objects are written as
references and bound to the new engine's own on reading). Reading accepts only plain data types and
the classes of the mock's own modules, so a crafted file cannot call a function on loading; still,
load only state files your own mock wrote. One row of one table holds the snapshot, beside the vendor,
a hash of the merged spec and the seed it was made with; a file from another vendor, spec or seed
is refused with an error naming the file, never half-read.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import sqlite3
import threading
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from generator.mock.errors import MockSetupError

if TYPE_CHECKING:
    from generator.mock.app import MockEngine

FORMAT: Final = 1
_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS vendorkit_mock_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    vendor TEXT NOT NULL,
    spec_sha256 TEXT NOT NULL,
    seed INTEGER NOT NULL,
    snapshot BLOB NOT NULL
)
"""
_LOCK_TYPES: Final = (type(threading.Lock()), type(threading.RLock()))


def spec_digest(document: Any) -> str:
    """A stable hash of a merged spec: a state file only fits the spec it was written for."""
    return hashlib.sha256(json.dumps(document, sort_keys=True, default=str).encode()).hexdigest()


def _roots(engine: MockEngine) -> dict[str, Any]:
    """The objects whose attributes make up the state, by a stable name."""
    roots: dict[str, Any] = {
        "state": engine.services.state,
        "store": engine.services.store,
        "tokens": engine.tokens,
        "links": engine.services.links,
    }
    for name, server in sorted(engine.authorization_servers.items()):
        roots[f"oauth:{name}"] = server
    return roots


def _environment(engine: MockEngine) -> dict[str, Any]:
    """Objects written as references: the compiled engine and what it was built from.

    The clock's readers are named too: the state holds `clock.time` as its `now`, and the system
    clock's is the `time` module's own function (a bound method of another clock is written as one)."""
    clock = engine.options.clock
    return {
        "engine": engine,
        "spec": engine.spec,
        "options": engine.options,
        "clock": clock,
        "clock.time": clock.time,
        "clock.monotonic": clock.monotonic,
        "registry": engine.registry,
        "vendor": engine.vendor,
        "services": engine.services,
    }


def _attributes(obj: Any) -> dict[str, Any]:
    if hasattr(obj, "__dict__"):
        return dict(vars(obj))
    return {name: getattr(obj, name) for name in getattr(type(obj), "__slots__", ()) if hasattr(obj, name)}


def _assign(obj: Any, attributes: dict[str, Any]) -> None:
    if hasattr(obj, "__dict__"):
        vars(obj).clear()
        vars(obj).update(attributes)
        return
    for name, value in attributes.items():
        object.__setattr__(obj, name, value)


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, names: dict[int, str]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._names = names

    def persistent_id(self, obj: Any) -> Any:
        name = self._names.get(id(obj))
        if name is not None:
            return ("ref", name)
        if isinstance(obj, types.ModuleType):
            return ("module", obj.__name__)
        if isinstance(obj, types.MethodType) and id(obj.__self__) in self._names:
            return ("method", self._names[id(obj.__self__)], obj.__func__.__name__)
        if isinstance(obj, _LOCK_TYPES):
            return ("lock", isinstance(obj, _LOCK_TYPES[1]))
        return None


_OWN_PACKAGE: Final = __name__.split(".")[0]
"""`generator` in this repository, `vendorkit_mocks` in the mocks' own package (generator/mockpkg.py)."""
_PLAIN_DATA: Final = frozenset(
    {
        ("builtins", name)
        for name in (
            *("set", "frozenset", "list", "dict", "tuple", "bytes", "bytearray", "str", "int"),
            *("float", "bool", "complex", "slice", "range"),
        )
    }
    | {("collections", name) for name in ("OrderedDict", "deque", "defaultdict", "Counter")}
    | {("datetime", name) for name in ("datetime", "date", "time", "timedelta", "timezone")}
    | {("uuid", "UUID"), ("decimal", "Decimal"), ("random", "Random")}
    | {("pydantic_core._pydantic_core", name) for name in ("Url", "MultiHostUrl")}
)
"""The standard types a mock's state holds, besides the classes of the mock's own modules."""


def _own_module(name: str) -> bool:
    return name == _OWN_PACKAGE or name.startswith(_OWN_PACKAGE + ".")


class _Unpickler(pickle.Unpickler):
    """Reads a snapshot, refusing every global but plain data types and the classes of the mock's own
    modules (and of its models module): a file crafted to call `os.system` or any other function on
    loading stops with an error instead of running it."""

    def __init__(
        self, file: io.BytesIO, objects: dict[str, Any], modules: dict[str, types.ModuleType]
    ) -> None:
        super().__init__(file)
        self._objects = objects
        self._modules = modules

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _PLAIN_DATA:
            return super().find_class(module, name)
        if _own_module(module) or module in self._modules:
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"refused {module}.{name}: not a type a mock's state holds")

    def persistent_load(self, pid: Any) -> Any:
        kind = pid[0]
        if kind == "ref":
            return self._objects[pid[1]]
        if kind == "method":
            return getattr(self._objects[pid[1]], pid[2])
        if kind == "module":
            return self._modules[pid[1]]
        if kind == "lock":
            return threading.RLock() if pid[1] else threading.Lock()
        raise pickle.UnpicklingError(f"unknown reference {pid!r}")


class StateFile:
    """The SQLite file of one engine; `open` restores what it holds, `save` writes the state."""

    def __init__(self, path: Path, engine: MockEngine, connection: sqlite3.Connection) -> None:
        self.path = path
        self.engine = engine
        self._connection = connection
        self._lock = threading.Lock()
        self._digest = spec_digest(engine.spec.document)

    @classmethod
    def open(cls, path: Path, engine: MockEngine) -> StateFile:
        """Open (or create) `path`; the engine's state is replaced by the saved one when there is one."""
        path = Path(path)
        try:
            connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            connection.execute(_SCHEMA)
            row = connection.execute(
                "SELECT format, vendor, spec_sha256, seed, snapshot FROM vendorkit_mock_state WHERE id = 1"
            ).fetchone()
        except sqlite3.Error as exc:
            raise MockSetupError(str(path), None, f"not a usable SQLite state file: {exc}") from None
        state = cls(path, engine, connection)
        if row is None:
            state.save()
        else:
            state._restore(*row)
        return state

    def _restore(self, format: int, vendor: str, digest: str, seed: int, snapshot: bytes) -> None:
        engine = self.engine
        wanted = (FORMAT, engine.vendor.name, self._digest, engine.options.seed)
        if (format, vendor, digest, seed) != wanted:
            what = (
                f"vendor {vendor!r}"
                if vendor != engine.vendor.name
                else "another seed"
                if seed != engine.options.seed
                else "another version of the spec or of vendorkit"
            )
            raise MockSetupError(
                str(self.path),
                None,
                f"holds the state of a mock with {what} (this one: {engine.vendor.name}, seed "
                f"{engine.options.seed}); delete the file or pass another --state",
            )
        roots = _roots(engine)
        objects = {**_environment(engine), **roots}
        modules = {module.__name__: module for module in (engine.models,) if module is not None}
        try:
            saved = _Unpickler(io.BytesIO(snapshot), objects, _ModuleLookup(modules)).load()
        except Exception as exc:
            raise MockSetupError(str(self.path), None, f"cannot restore the mock's state: {exc}") from None
        if set(saved) != set(roots):
            raise MockSetupError(
                str(self.path), None, "the saved state does not fit this mock's auth schemes"
            )
        for name, attributes in saved.items():
            _assign(roots[name], attributes)

    def save(self) -> None:
        engine = self.engine
        roots = _roots(engine)
        names = {id(obj): name for name, obj in {**_environment(engine), **roots}.items()}
        with self._lock:
            buffer = io.BytesIO()
            _Pickler(buffer, names).dump({name: _attributes(obj) for name, obj in roots.items()})
            self._connection.execute(
                "INSERT OR REPLACE INTO vendorkit_mock_state VALUES (1, ?, ?, ?, ?, ?)",
                (FORMAT, engine.vendor.name, self._digest, engine.options.seed, buffer.getvalue()),
            )

    def close(self) -> None:
        self._connection.close()


class _ModuleLookup(dict[str, types.ModuleType]):
    """Modules by name: the engine's models module, else one of the mock's own modules."""

    def __missing__(self, name: str) -> types.ModuleType:
        import importlib

        if not _own_module(name):
            raise pickle.UnpicklingError(f"refused module {name}: not one of the mock's own")
        return importlib.import_module(name)
