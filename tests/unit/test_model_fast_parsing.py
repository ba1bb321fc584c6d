"""The generated `from_dict` written for speed (templates/opc/model.py.jinja, runtime/modelcheck.py)
gives what upstream's code gave, and checks what it checked.

Mediagraph's `Asset` has each kind: nullable datetimes (a union with one parsed member), an enum, a
UUID, plain nullable fields and lists of str and int.
"""

from __future__ import annotations

import datetime
import uuid
from enum import Enum, IntEnum, StrEnum
from typing import Any

import pytest
from mediagraph_client.models.asset import Asset
from mediagraph_client.models.asset_aasm_state import AssetAasmState
from mediagraph_client.types import UNSET

from generator.runtime.modelcheck import as_uuid, enum_member

GUID = "bc75d645-754a-4899-a612-5fafe7dc58ad"


def _asset(**fields: Any) -> dict[str, Any]:
    return {"id": 1, "guid": GUID, "filename": "a.jpg", **fields}


@pytest.mark.parametrize(
    "value",
    [
        GUID,
        GUID.upper(),
        "{" + GUID + "}",
        "urn:uuid:" + GUID,
        GUID.replace("-", ""),
        "+c75d645-754a-4899-a612-5fafe7dc58ad",
        "bc75d645-754a-4899-a612-5fafe7dc58a_",
        "bc75d645-754a-4899-a612-5fafe7dc58zz",
        "bc75d645-754a-4899-a612-5fafe7dc58",
        "bc75d645x754a-4899-a612-5fafe7dc58ad",
    ],
)
def test_as_uuid_is_uuid(value: str) -> None:
    try:
        expected: Any = uuid.UUID(value)
    except ValueError as error:
        expected = type(error)
    try:
        got: Any = as_uuid(value)
    except ValueError as error:
        got = type(error)
    assert got == expected
    if isinstance(expected, uuid.UUID):
        assert isinstance(got, uuid.UUID) and got.is_safe == expected.is_safe and str(got) == str(expected)
        assert hash(got) == hash(expected) and got.version == expected.version


def test_as_uuid_of_other_types_fails_as_uuid_does() -> None:
    for value in (1, None, ["x"], b"b" * 36):
        with pytest.raises((TypeError, AttributeError, ValueError)):
            as_uuid(value)


class Colour(StrEnum):
    RED = "red"
    EMPTY = ""


class Level(IntEnum):
    ZERO = 0
    ONE = 1


class Plain(Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value: object) -> Plain | None:
        return cls.A if value == "alias" else None


@pytest.mark.parametrize(
    ("cls", "value"),
    [
        (Colour, "red"),
        (Colour, ""),
        (Colour, "blue"),
        (Colour, ["red"]),
        (Level, 0),
        (Level, 1.0),
        (Level, True),
        (Level, 7),
        (Plain, "a"),
        (Plain, "alias"),
        (Plain, None),
    ],
)
def test_enum_member_is_the_enum_call(cls: type[Enum], value: Any) -> None:
    try:
        expected: Any = cls(value)
    except ValueError:
        expected = ValueError
    try:
        got: Any = enum_member(cls, value)
    except ValueError:
        got = ValueError
    assert got is expected


def test_asset_parses_each_kind_of_field() -> None:
    asset = Asset.from_dict(
        _asset(
            aasm_state="processed",
            captured_at="2026-01-02T03:04:05Z",
            upload_started_at=None,
            rating=None,
            tags=["a", "b"],
            collection_ids=[1, 2.0],
            extra_field={"kept": True},
        )
    )
    assert asset.guid == uuid.UUID(GUID)
    assert asset.aasm_state is AssetAasmState.PROCESSED
    assert asset.captured_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert asset.upload_started_at is None and asset.rating is None
    assert asset.upload_finished_at is UNSET and asset.aasm_state is not UNSET
    assert asset.tags == ["a", "b"] and asset.collection_ids == [1, 2.0]
    assert asset.additional_properties == {"extra_field": {"kept": True}}


def test_a_nullable_datetime_that_does_not_parse_is_kept_as_upstream_keeps_it() -> None:
    # upstream's union parser tries the datetime and, failing, returns the value unchanged
    assert Asset.from_dict(_asset(captured_at="yesterday")).captured_at == "yesterday"
    assert Asset.from_dict(_asset(captured_at=12)).captured_at == 12


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"aasm_state": "melted"}, "melted"),
        ({"tags": "a"}, "Asset.tags: expected a list of str"),
        ({"tags": ["a", 1]}, "Asset.tags: expected a list of str"),
        ({"collection_ids": [1, 1.5]}, "Asset.collection_ids: expected a list of int"),
        ({"guid": "not-a-uuid"}, "badly formed"),
        ({"filename": 3}, "Asset.filename: expected str, got int"),
    ],
)
def test_asset_refuses_what_the_spec_does_not_allow(fields: dict[str, Any], message: str) -> None:
    with pytest.raises((TypeError, ValueError), match=message):
        Asset.from_dict(_asset(**fields))


def _models() -> list[tuple[str, type]]:
    import importlib
    import inspect as _inspect

    from tests.conftest import GENERATED, generated_vendors

    found = []
    for vendor in generated_vendors():
        for path in sorted((GENERATED / vendor / f"{vendor}_client" / "models").glob("*.py")):
            if path.stem == "__init__":
                continue
            module = importlib.import_module(f"{vendor}_client.models.{path.stem}")
            for _, cls in _inspect.getmembers(module, _inspect.isclass):
                if (
                    cls.__module__ == module.__name__
                    and hasattr(cls, "__attrs_attrs__")
                    and hasattr(cls, "from_dict")
                ):
                    found.append((f"{vendor}:{cls.__name__}", cls))
    return found


def test_from_dict_passes_every_field_in_the_order_of_init() -> None:
    """`from_dict` builds the model with positional arguments: they must be in `__init__`'s order."""
    import ast
    import inspect as _inspect
    import textwrap

    import attrs

    checked = 0
    for name, cls in _models():
        tree = ast.parse(textwrap.dedent(_inspect.getsource(cls.from_dict)))
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
        ]
        assert len(calls) == 1, name
        passed = [arg.id for arg in calls[0].args if isinstance(arg, ast.Name)]
        assert not calls[0].keywords and len(passed) == len(calls[0].args), name
        assert passed == [field.name for field in attrs.fields(cls) if field.init], name
        checked += 1
    assert checked > 100
