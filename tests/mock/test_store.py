"""The store of declared resources, without HTTP: ids, filled fields, defaults, ownership, uniqueness,
references, soft deletes and order, as a declaration states them."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from generator.mock.errors import ErrorKind, MockError
from generator.mock.store import Store, timestamp
from generator.model import load_api

from .conftest import FakeClock
from .resource_spec import make_spec

NOW = 1_600_000_000.5  # 2020-09-13T12:26:40.5Z


def messages(error: MockError) -> dict[str, list[str]]:
    """The field messages of a refusal in the store's own words (field -> messages)."""
    found: dict[str, list[str]] = {}
    for problem in error.problems:
        found.setdefault(".".join(map(str, problem.path)), []).append(str(problem.message))
    return found


def store(resources: dict[str, Any], *, seed: int = 0, clock: FakeClock | None = None) -> Store:
    api = load_api(make_spec(resources, paths={}), "specs/test.yaml")
    return Store(api, seed=seed, clock=clock or FakeClock(NOW))


def refusal(call: Any) -> MockError:
    with pytest.raises(MockError) as error:
        call()
    return error.value


# -- ids -----------------------------------------------------------------------------------------


def test_integer_ids_count_from_start_and_past_seeded_ones() -> None:
    items = store({"items": {"schema": "Item", "id": {"kind": "integer", "start": 10}}})["items"]
    assert [items.create({"name": n})["id"] for n in "ab"] == [10, 11]
    items.add({"id": 40, "name": "seeded"})
    assert items.create({"name": "c"})["id"] == 41
    assert items.create({"name": "d", "id": 7})["id"] == 42  # a client never chooses a made id


@pytest.mark.parametrize("kind", ["uuid", "guid"])
def test_uuid_and_guid_ids_are_random_per_seed_and_found_in_any_case(kind: str) -> None:
    def ids(seed: int) -> list[str]:
        shelves = store({"shelves": {"schema": "Shelf", "id": {"kind": kind}}}, seed=seed)["shelves"]
        return [shelves.create({"label": str(n)})["id"] for n in range(3)]

    first = ids(1)
    assert first == ids(1) and first != ids(2) and len(set(first)) == 3
    assert all(uuid.UUID(value).version == 4 for value in first)
    assert all(value == (value.upper() if kind == "guid" else value.lower()) for value in first)
    shelves = store({"shelves": {"schema": "Shelf", "id": {"kind": kind}}}, seed=1)["shelves"]
    made = shelves.create({"label": "x"})
    assert shelves.get(made["id"].swapcase()) is made


def test_keys_are_given_by_the_client_and_taken_once() -> None:
    shelves = store(
        {
            "shelves": {
                "schema": "Shelf",
                "id": {"field": "label", "kind": "key"},
                "unique": [{"fields": ["label"], "message": "{value} is taken"}],
            }
        }
    )["shelves"]
    assert shelves.create({"label": "a"}) == {"label": "a"}
    conflict = refusal(lambda: shelves.create({"label": "a"}))
    assert (conflict.status, conflict.message) == (409, "a is taken")
    missing = refusal(lambda: shelves.create({}))
    assert missing.kind == ErrorKind.VALIDATION and messages(missing) == {"label": ["label is required."]}


# -- filled fields and defaults -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("format", "node", "expected"),
    [
        ("date-time", None, "2020-09-13T12:26:40Z"),
        ("date", None, "2020-09-13"),
        ("unix", None, 1_600_000_000),
        ("unix-ms", None, 1_600_000_000_500),
        ("%d.%m.%Y %H:%M", None, "13.09.2020 12:26"),
        ("schema", {"type": "integer"}, 1_600_000_000),
        ("schema", {"type": "number"}, NOW),
        ("schema", {"type": "string", "format": "date"}, "2020-09-13"),
        ("schema", {"type": ["string", "null"]}, "2020-09-13T12:26:40Z"),
    ],
)
def test_timestamps_in_every_format(format: str, node: Any, expected: Any) -> None:
    assert timestamp(NOW, format, node) == expected


def test_filled_fields_ignore_the_client_and_refresh_on_update() -> None:
    clock = FakeClock(NOW)
    items = store(
        {
            "items": {
                "schema": "Item",
                "filled": {
                    "created": {"now": "date-time", "on-update": True},
                    "labels": {"value": ["new"]},
                    "size": {"generate": "serial"},
                },
                "defaults": {"shelf_id": None},
            }
        },
        clock=clock,
    )["items"]
    first = items.create({"name": "a", "size": 99, "labels": ["mine"], "created": "never"})
    assert first == {
        "id": 1,
        "shelf_id": None,
        "name": "a",
        "created": "2020-09-13T12:26:40Z",
        "labels": ["new"],
        "size": 1,
    }
    first["labels"].append("changed")
    assert items.create({"name": "b"})["labels"] == ["new"]  # constants are copied, never shared
    clock.advance(60)
    items.update(first, {"name": "A", "size": 5})
    assert (first["name"], first["size"], first["created"]) == ("A", 1, "2020-09-13T12:27:40Z")


def test_a_principal_field_keeps_the_schema_type() -> None:
    resources = {
        "items": {"schema": "Item", "filled": {"size": {"principal": True}, "name": {"principal": True}}}
    }
    made = store(resources)["items"].create({}, requester="42")
    assert (made["size"], made["name"]) == (42, "42")


def test_update_merges_and_reset_falls_back_to_defaults() -> None:
    items = store({"items": {"schema": "Item", "defaults": {"size": 1}}})["items"]
    record = items.create({"name": "a", "size": 5, "labels": ["x"]})
    items.update(record, {"labels": ["y"]})
    assert record == {"id": 1, "size": 5, "name": "a", "labels": ["y"]}
    items.update(record, {"name": "b"}, reset={"name", "size", "labels"})
    assert record == {"id": 1, "size": 1, "name": "b"}


def _picked_by_name(items: Any, record: dict[str, Any]) -> dict[str, Any]:
    """The declared view as the schema defines it: its properties the record has, in its order."""
    return {name: record[name] for name in items.properties if name in record}


def test_records_keep_the_schema_order_and_views_are_that_order() -> None:
    items = store({"items": {"schema": "Item", "defaults": {"size": 1}}})["items"]
    made = items.create({"labels": ["x"], "name": "a", "extra": True})  # client order, an undeclared key
    assert list(made) == ["id", "name", "size", "labels", "extra"]
    seeded = items.add({"created": "then", "name": "b", "id": 9})
    assert list(seeded) == ["id", "name", "size", "created"]
    items.update(made, {"shelf_id": None, "created": "now"})
    assert list(made) == ["id", "name", "size", "labels", "shelf_id", "created", "extra"]
    for record in (made, seeded):
        view = items.declared_view(record)
        assert view == _picked_by_name(items, record) and list(view) == list(_picked_by_name(items, record))
        assert view is not record


def test_a_view_of_a_record_changed_in_place_still_follows_the_schema() -> None:
    """Vendor rules may set a key on a stored record directly: out of the store's order, the view
    picks by name; many shapes of records are remembered only up to a bound."""
    items = store({"items": {"schema": "Item"}})["items"]
    record = items.create({"name": "a"})
    record["undeclared"] = 1
    record["size"] = 3  # a new declared key, last
    assert list(items.declared_view(record)) == ["id", "name", "size"]
    for number in range(300):
        shaped = {f"k{number}": number, "name": "n", "id": number}
        assert items.declared_view(shaped) == {"id": number, "name": "n"}
    assert len(items._shapes) <= 256


def test_a_resource_without_declared_properties_is_viewed_whole() -> None:
    api = load_api(
        make_spec({"loose": {"schema": "Loose"}}, paths={}, schemas={"Loose": {"type": "object"}}), "t"
    )
    loose = Store(api, seed=0, clock=FakeClock(NOW))["loose"]
    record = loose.create({"b": 1, "a": 2})
    assert loose.declared_view(record) == record and list(loose.declared_view(record)) == ["id", "b", "a"]


# -- ownership, uniqueness, references, soft deletes, order ---------------------------------------


def test_owned_records_are_invisible_to_others() -> None:
    items = store({"items": {"schema": "Item", "owner": True, "messages": {"not-found": "No item {id}."}}})[
        "items"
    ]
    mine = items.create({"name": "a"}, requester="me")
    assert items.get(1, "me") is mine and items.get(1, "you") is None and items.get(1) is None
    assert items.records("you") == [] and items.records(everyone=True) == [mine]
    assert items.owner_of(mine) == "me"
    gone = refusal(lambda: items.require(1, "you"))
    assert (gone.kind, gone.message) == (ErrorKind.NOT_FOUND, "No item 1.")


def test_owner_fields_and_shared_records() -> None:
    resources = {
        "items": {
            "schema": "Item",
            "owner": {"field": "size", "unowned": "shared"},
            "messages": {"forbidden": "Item {id} is everyone's."},
        }
    }
    items = store(resources)["items"]
    mine = items.create({"name": "a", "size": 7}, requester="42")
    assert mine["size"] == 42  # the owner field holds the principal, typed as the schema says
    seeded = items.add({"name": "shared", "size": None})
    other = items.add({"name": "theirs", "size": 9})
    assert items.records("42") == [mine, seeded] and items.owner_of(other) == "9"
    items.check_writable(mine, "42")
    refused = refusal(lambda: items.check_writable(seeded, "42"))
    assert (refused.kind, refused.message) == (ErrorKind.FORBIDDEN, "Item 2 is everyone's.")


def test_uniqueness_per_owner_with_the_declared_status() -> None:
    resources = {
        "items": {
            "schema": "Item",
            "owner": True,
            "unique": [{"fields": ["name"], "status": 422, "message": "The {field} {value} is taken."}],
        }
    }
    items = store(resources)["items"]
    first = items.create({"name": "a"}, requester="me")
    items.create({"name": "a"}, requester="you")  # someone else's name does not count
    taken = refusal(lambda: items.create({"name": "a"}, requester="me"))
    assert (taken.status, messages(taken)) == (422, {"name": ["The name a is taken."]})
    second = items.create({"name": "b"}, requester="me")
    assert refusal(lambda: items.update(second, {"name": "a"}, "me")).status == 422
    items.update(first, {"name": "a"}, "me")  # its own value is no conflict
    default = store({"items": {"schema": "Item", "unique": ["name"]}})["items"]
    default.create({"name": "x"})
    assert refusal(lambda: default.create({"name": "x"})).status == 409


def test_the_unique_index_follows_updates_deletes_and_json_equality() -> None:
    items = store({"items": {"schema": "Item", "unique": ["name"], "soft-delete": True}})["items"]
    first = items.create({"name": "a"})
    items.update(first, {"name": "b"})
    items.create({"name": "a"})  # the old value is free once renamed
    assert refusal(lambda: items.create({"name": "b"})).status == 409
    items.delete(first)
    items.create({"name": "b"})  # and once (softly) deleted
    numbers = store({"items": {"schema": "Item", "unique": ["size"]}})["items"]
    numbers.create({"size": 1})
    assert refusal(lambda: numbers.create({"size": 1.0})).status == 409  # JSON: 1 and 1.0 are one number
    numbers.create({"size": True})  # but true is no number
    numbers.create({"size": None})  # nor does a missing value conflict
    numbers.create({"size": None})


@pytest.mark.parametrize("on_delete", ["cascade", "nullify", "restrict", "keep"])
def test_references_must_exist_and_follow_deletes(on_delete: str) -> None:
    data = store(
        {
            "shelves": {"schema": "Shelf", "messages": {"not-found": "No shelf {id}."}},
            "items": {
                "schema": "Item",
                "references": {"shelf_id": {"resource": "shelves", "on-delete": on_delete}},
            },
        }
    )
    shelves, items = data["shelves"], data["items"]
    shelf = shelves.create({"label": "top"})
    missing = refusal(lambda: items.create({"name": "a", "shelf_id": 9}))
    assert (missing.kind, missing.message) == (ErrorKind.NOT_FOUND, "No shelf 9.")
    item = items.create({"name": "a", "shelf_id": shelf["id"]})
    if on_delete == "restrict":
        assert refusal(lambda: shelves.delete(shelf)).status == 409
        assert shelves.get(shelf["id"]) is shelf
        return
    shelves.delete(shelf)
    assert shelves.get(shelf["id"]) is None
    expected = {"cascade": None, "nullify": {**item, "shelf_id": None}, "keep": item}[on_delete]
    assert items.get(item["id"]) == expected


def test_a_reference_can_be_a_validation_error_and_respects_ownership() -> None:
    data = store(
        {
            "shelves": {"schema": "Shelf", "owner": True},
            "items": {
                "schema": "Item",
                "owner": True,
                "references": {"shelf_id": {"resource": "shelves", "status": 422, "message": "Bad {field}."}},
            },
        }
    )
    theirs = data["shelves"].create({"label": "x"}, requester="you")
    refused = refusal(lambda: data["items"].create({"name": "a", "shelf_id": theirs["id"]}, "me"))
    assert (refused.status, messages(refused)) == (422, {"shelf_id": ["Bad shelf_id."]})


def test_soft_deletes_hide_records_and_keep_their_ids() -> None:
    resources = {"items": {"schema": "Item", "soft-delete": {"field": "created", "now": "date"}}}
    items = store(resources)["items"]
    record = items.create({"name": "a"})
    items.delete(record)
    assert items.get(1) is None and items.records() == [] and record["created"] == "2020-09-13"
    assert items.create({"name": "b"})["id"] == 2
    plain = store({"items": {"schema": "Item", "soft-delete": True}})["items"]
    kept = plain.create({"name": "a"})
    plain.delete(kept)
    assert kept == {"id": 1, "name": "a"} and plain.get(1) is None


def test_order_and_purging_an_owner() -> None:
    data = store(
        {
            "items": {"schema": "Item", "owner": True, "order": ["size", "name"]},
            "shelves": {"schema": "Shelf"},
        }
    )
    items = data["items"]
    for name, size in (("c", 2), ("b", None), ("a", 2), ("d", 1)):
        items.create({"name": name, "size": size}, requester="me")
    items.create({"name": "other"}, requester="you")
    assert [record["name"] for record in items.records("me")] == ["b", "d", "a", "c"]  # missing first
    data.purge_owner("me")
    assert items.records("me") == [] and [r["name"] for r in items.records("you")] == ["other"]


def test_seeded_records_get_their_defaults_and_filled_fields() -> None:
    resources = {
        "items": {
            "schema": "Item",
            "defaults": {"labels": []},
            "filled": {"created": {"value": "seeded"}},
            "seed": [{"name": "a"}, {"id": 5, "name": "b", "created": "kept"}],
        }
    }
    items = store(resources)["items"]
    assert items.records() == [
        {"name": "a", "labels": [], "created": "seeded", "id": 1},
        {"id": 5, "name": "b", "created": "kept", "labels": []},
    ]
    with pytest.raises(Exception, match="no resource 'boxes'"):
        store(resources)["boxes"]
