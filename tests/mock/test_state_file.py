"""`--state FILE` (issue 17): the mock's state in SQLite survives a restart, for every vendor; a file
of another vendor, seed or a non-SQLite file is refused naming the file; `--seed` makes the data."""

from __future__ import annotations

import pickle
import sqlite3
import types
from collections import deque
from pathlib import Path
from typing import Any

import pytest

from generator.mock import MockOptions, engine_of, load_vendor_app
from generator.mock.app import MockEngine
from generator.mock.errors import MockSetupError
from generator.mock.persistence import _attributes, _environment, _roots
from generator.mock_command import _parser
from generator.mockkit.harness import MockSettings, VendorMock
from tests.conftest import GENERATED, ROOT, generated_vendors

VENDORS = generated_vendors()


def structure(value: Any, names: dict[int, str], seen: frozenset[int] = frozenset()) -> Any:
    """`value` as plain, comparable data: objects as (class, attributes), the engine's own parts
    (spec, clock, other state objects) by name, so two engines' states compare by content."""
    if id(value) in names:
        return f"<{names[id(value)]}>"
    if value is None or isinstance(value, str | bytes | int | float | bool):
        return value
    if id(value) in seen:
        return "<cycle>"
    seen = seen | {id(value)}
    if isinstance(value, types.MethodType):
        return ("method", structure(value.__self__, names, seen), value.__func__.__name__)
    if isinstance(value, types.ModuleType | types.FunctionType | type):
        return getattr(value, "__qualname__", getattr(value, "__name__", repr(value)))
    if isinstance(value, dict):
        return [(structure(k, names, seen), structure(v, names, seen)) for k, v in value.items()]
    if isinstance(value, list | tuple | deque):
        return [structure(item, names, seen) for item in value]
    if isinstance(value, set | frozenset):
        return sorted(repr(structure(item, names, seen)) for item in value)
    return (type(value).__qualname__, structure(_attributes(value), names, seen))


def snapshot(engine: MockEngine) -> Any:
    """Everything the state file keeps, as comparable data."""
    roots = _roots(engine)
    names = {id(obj): name for name, obj in {**_environment(engine), **roots}.items()}
    return {name: structure(_attributes(obj), names, frozenset({id(obj)})) for name, obj in roots.items()}


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_vendors_state_comes_back_whole_after_a_restart(vendor: str, tmp_path: Path) -> None:
    state = tmp_path / f"{vendor}.sqlite"
    first = engine_of(load_vendor_app(vendor, GENERATED, MockOptions(state_file=state, seed=5)))
    saved = snapshot(first)
    again = engine_of(load_vendor_app(vendor, GENERATED, MockOptions(state_file=state, seed=5)))
    assert again.tokens is not first.tokens and snapshot(again) == saved


def test_what_a_client_created_survives_a_restart_until_a_reset(tmp_path: Path) -> None:
    from jumpstory_client.models import CreateUserBody

    settings = MockSettings(state_file=tmp_path / "jumpstory.sqlite")
    with VendorMock.in_process("jumpstory", settings) as mock:
        mock.client.users.create(body=CreateUserBody(user_id="kept-user"))
        before = [user.to_dict() for user in mock.client.users.list()]
    assert len(before) == 1
    with VendorMock.in_process("jumpstory", settings) as mock:
        assert [user.to_dict() for user in mock.client.users.list()] == before
        assert mock.http().post("/__vendorkit/reset").status_code == 200
        assert mock.client.users.list() == []
    with VendorMock.in_process("jumpstory", settings) as mock:  # the reset was written too
        assert mock.client.users.list() == []


def test_a_state_file_of_another_seed_or_vendor_or_no_sqlite_file_is_refused(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    load_vendor_app("storyly", GENERATED, MockOptions(state_file=state, seed=1))
    with pytest.raises(MockSetupError, match=r"state.sqlite: holds the state of a mock with another seed"):
        load_vendor_app("storyly", GENERATED, MockOptions(state_file=state, seed=2))
    with pytest.raises(MockSetupError, match=r"holds the state of a mock with vendor 'storyly'"):
        load_vendor_app("jumpstory", GENERATED, MockOptions(state_file=state, seed=1))
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database, " * 100)
    with pytest.raises(MockSetupError, match=r"junk.sqlite: not a usable SQLite state file"):
        load_vendor_app("storyly", GENERATED, MockOptions(state_file=junk))
    rows = sqlite3.connect(state).execute("SELECT vendor, seed FROM vendorkit_mock_state").fetchall()
    assert rows == [("storyly", 1)]


class _Planted:
    """A snapshot entry that, unpickled without a check, would call a function of its choosing."""

    def __init__(self, call: Any, *args: Any) -> None:
        self.call, self.args = call, args

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.call, self.args)


@pytest.mark.parametrize(
    ("planted", "refused"),
    [
        (_Planted(open, "PLANTED", "w"), "io.open"),
        (_Planted(exec, "open('PLANTED', 'w')"), "builtins.exec"),
        (_Planted(_parser), "generator.mock_command._parser"),  # a function of the mock's own: not a type
    ],
)
def test_a_state_file_that_would_call_a_function_on_loading_is_refused(
    planted: _Planted, refused: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    state = tmp_path / "state.sqlite"
    load_vendor_app("storyly", GENERATED, MockOptions(state_file=state, seed=1))
    connection = sqlite3.connect(state)
    connection.execute("UPDATE vendorkit_mock_state SET snapshot = ?", (pickle.dumps({"store": planted}),))
    connection.commit()
    with pytest.raises(
        MockSetupError, match=rf"state.sqlite: cannot restore the mock's state: refused {refused}"
    ):
        load_vendor_app("storyly", GENERATED, MockOptions(state_file=state, seed=1))
    assert not (tmp_path / "PLANTED").exists()


@pytest.mark.parametrize("vendor", ["jumpstory", "printiki"])
def test_the_seed_makes_the_data(vendor: str) -> None:
    def data(seed: int) -> Any:
        engine = engine_of(load_vendor_app(vendor, GENERATED, MockOptions(seed=seed)))
        return {name: value for name, value in snapshot(engine).items() if name in ("state", "store")}

    assert data(4) == data(4)
    assert data(4) != data(5)


def test_mock_command_takes_seed_and_state() -> None:
    parser, _ = _parser("storyly", GENERATED)
    args = parser.parse_args(["--seed", "7", "--state", "s.sqlite"])
    assert (args.seed, args.state) == (7, Path("s.sqlite"))
    assert parser.parse_args([]).seed == 0 and parser.parse_args([]).state is None
    with pytest.raises(SystemExit):
        parser.parse_args(["--seed", "x"])
    assert ROOT.is_dir()
