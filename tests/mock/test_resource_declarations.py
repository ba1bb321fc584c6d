"""Declared mock resources and bindings as the model reads them: the typed result, and every mistake
reported with the file, the JSONPath and what was expected."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from generator.errors import InputError
from generator.model import load_api
from generator.model.mockresources import (
    Envelope,
    Fill,
    IdSpec,
    Ownership,
    Reference,
    SoftDelete,
    Source,
    Unique,
)

from .resource_spec import ITEMS, answer, make_spec, operation, path, query

LABEL = "specs/test.yaml"


def test_a_declaration_is_read_into_typed_objects() -> None:
    spec = make_spec(
        {
            "items": {
                "schema": "Item",
                "owner": {"field": "size", "unowned": "shared"},
                "soft-delete": {"field": "created", "now": "unix"},
                "filled": {"created": {"now": "%Y", "on-update": True}, "labels": {"value": []}},
                "defaults": {"size": 0},
                "unique": ["name", {"fields": ["name", "size"], "status": 422, "message": "taken"}],
                "references": {"shelf_id": {"resource": "shelves", "on-delete": "nullify"}},
                "order": ["name"],
                "messages": {"not-found": "no {id}"},
                "request-names": {"title": "name"},
                "envelope": None,
            },
            "shelves": {"schema": "Shelf", "id": {"field": "label", "kind": "key"}, "seed": [{"label": "a"}]},
        },
        mock={"envelope": {"field": "data", "with": {"ok": True}}},
    )
    api = load_api(spec, LABEL)
    items, shelves = api.mock.resources
    assert items.owner == Ownership(field="size", unowned="shared")
    assert items.soft_delete == SoftDelete(field="created", now="unix")
    assert items.filled == (Fill("created", "now", "%Y", "write"), Fill("labels", "value", [], "create"))
    assert items.unique == (Unique(("name",)), Unique(("name", "size"), 422, "taken"))
    assert items.references == (Reference("shelf_id", "shelves", "nullify"),)
    assert items.envelope is None and items.request_names == {"title": "name"}
    assert shelves.id == IdSpec("label", "key") and shelves.seed == ({"label": "a"},)
    assert shelves.envelope == Envelope("data", {"ok": True}) == api.mock.envelope
    binding = api.operation("listItems").mock
    assert binding is not None and binding.bindings[0].filters == {"name": Source("query", "name")}
    assert api.operation("deleteItem").mock.bindings[0].answer == "empty"  # type: ignore[union-attr]


Breaker = Callable[[dict[str, Any]], None]


def _resource(name: str, **changes: Any) -> Breaker:
    def change(spec: dict[str, Any]) -> None:
        spec["x-mock"]["resources"][name].update(changes)

    return change


def _binding(path_: str, method: str, binding: Any) -> Breaker:
    def change(spec: dict[str, Any]) -> None:
        spec["paths"][path_][method]["x-mock"] = binding

    return change


def _list_paging(paging: dict[str, Any], binding: dict[str, Any] | None = None) -> Breaker:
    def change(spec: dict[str, Any]) -> None:
        listed = spec["paths"]["/items"]["get"]
        listed["x-pagination"] = paging
        listed["parameters"] += [query("page", {"type": "integer"}), query("cursor")]
        if binding is not None:
            listed["x-mock"].update(binding)

    return change


ITEMS_AT = "$['x-mock']['resources']['items']"
LIST_AT = "$['paths']['/items']['get']['x-mock']"
GET_AT = "$['paths']['/items/{item}']['get']['x-mock']"


@pytest.mark.parametrize(
    ("breaker", "where", "expected"),
    [
        (_resource("items", colour="red"), f"{ITEMS_AT}['colour']", "unknown key"),
        (lambda s: s["x-mock"]["resources"]["items"].pop("schema"), f"{ITEMS_AT}['schema']", "missing"),
        (
            _resource("items", schema="Nope"),
            f"{ITEMS_AT}['schema']",
            "no schema 'Nope' in components.schemas",
        ),
        (
            _resource("items", id={"kind": "serial"}),
            f"{ITEMS_AT}['id']['kind']",
            "integer | uuid | guid | key",
        ),
        (
            _resource("items", id={"kind": "uuid", "start": 5}),
            f"{ITEMS_AT}['id']['start']",
            "integer ids only",
        ),
        (_resource("items", filled={"created": {}}), f"{ITEMS_AT}['filled']['created']", "exactly one of"),
        (
            _resource("items", filled={"created": {"now": "soon"}}),
            f"{ITEMS_AT}['filled']['created']['now']",
            "strftime",
        ),
        (
            _resource("items", filled={"created": {"generate": "x"}}),
            f"{ITEMS_AT}['filled']['created']['generate']",
            "serial",
        ),
        (
            _resource("items", filled={"created": {"value": 1, "on-update": "y"}}),
            f"{ITEMS_AT}['filled']['created']['on-update']",
            "true",
        ),
        (
            _resource("items", filled={"id": {"value": 1}}),
            f"{ITEMS_AT}['filled']['id']",
            "filled by its kind",
        ),
        (
            _resource("items", filled={"colour": {"value": 1}}),
            f"{ITEMS_AT}['filled']['colour']",
            "neither a property",
        ),
        (
            _resource("items", defaults={"colour": 1}),
            f"{ITEMS_AT}['defaults']['colour']",
            "neither a property",
        ),
        (
            _resource("items", owner={"unowned": "public"}),
            f"{ITEMS_AT}['owner']['unowned']",
            "hidden | shared",
        ),
        (
            _resource("items", unique=[{"fields": ["name"], "status": 400}]),
            f"{ITEMS_AT}['unique'][0]['status']",
            "409, 422",
        ),
        (
            _resource("items", references={"shelf_id": "boxes"}),
            f"{ITEMS_AT}['references']['shelf_id']['resource']",
            "no resource 'boxes'",
        ),
        (
            _resource("items", references={"shelf_id": {"resource": "shelves", "on-delete": "x"}}),
            f"{ITEMS_AT}['references']['shelf_id']['on-delete']",
            "cascade",
        ),
        (_resource("items", messages={"gone": "x"}), f"{ITEMS_AT}['messages']['gone']", "unknown key"),
        (
            _resource("items", envelope={"with": {"ok": 1}}),
            f"{ITEMS_AT}['envelope']['field']",
            "the answer's field",
        ),
        (
            _resource("shelves", id={"field": "label", "kind": "key"}, seed=[{"id": "x"}]),
            "$['x-mock']['resources']['shelves']['seed'][0]",
            "needs its key",
        ),
        (
            _binding("/items", "get", {"resource": "boxes", "action": "list"}),
            f"{LIST_AT}['resource']",
            "no resource 'boxes'",
        ),
        (
            _binding("/items", "get", {"resource": "items", "action": "search"}),
            f"{LIST_AT}['action']",
            "create | read | list",
        ),
        (_binding("/items", "get", {"action": "list"}), f"{LIST_AT}['resource']", "missing"),
        (
            _binding("/items", "get", {"resource": "items", "action": "list", "id": {"query": "x"}}),
            f"{LIST_AT}['id']",
            "a list takes no id",
        ),
        (
            _binding("/items", "post", {"resource": "items", "action": "create", "id": {"body": "name"}}),
            "$['paths']['/items']['post']['x-mock']['id']",
            "made by the server",
        ),
        (
            _binding(
                "/items", "get", {"resource": "items", "action": "list", "filters": {"name": {"query": "q"}}}
            ),
            f"{LIST_AT}['filters']['name']",
            "no query parameter 'q'",
        ),
        (
            _binding(
                "/items", "get", {"resource": "items", "action": "list", "filters": {"name": {"header": "q"}}}
            ),
            f"{LIST_AT}['filters']['name']['header']",
            "unknown key",
        ),
        (
            _binding(
                "/items",
                "post",
                {"resource": "items", "action": "create", "filters": {"size": {"body": "weight"}}},
            ),
            "$['paths']['/items']['post']['x-mock']['filters']['size']",
            "no property 'weight'",
        ),
        (
            _binding("/items", "get", {"resource": "items", "action": "list", "status": 201}),
            f"{LIST_AT}['status']",
            "declares no 201",
        ),
        (
            _binding("/items", "get", {"resource": "items", "action": "list", "answer": "nothing"}),
            f"{LIST_AT}['answer']",
            "record | empty",
        ),
        (
            _binding(
                "/items",
                "get",
                [{"resource": "items", "action": "list"}, {"resource": "items", "action": "list"}],
            ),
            f"{LIST_AT}[0]['when']",
            "names the query parameter",
        ),
        (
            _binding("/items", "get", [{"resource": "items", "action": "list", "when": "name"}]),
            f"{LIST_AT}[0]['when']",
            "fallback",
        ),
        (
            _binding(
                "/items",
                "get",
                [
                    {"resource": "items", "action": "list", "when": "size"},
                    {"resource": "items", "action": "list"},
                ],
            ),
            f"{LIST_AT}[0]['when']",
            "no query parameter 'size'",
        ),
        (
            _binding("/items", "get", {"resource": "items", "action": "list", "previous-header": "Prev"}),
            f"{LIST_AT}['previous-header']",
            "paged list",
        ),
        (_binding("/items", "get", "items"), LIST_AT, "a binding"),
        (
            _list_paging({"style": "page", "total-header": "Total"}),
            "$['paths']['/items']['get']['responses'][200]['headers']",
            "sends Total",
        ),
        (
            _list_paging({"style": "link"}),
            "$['paths']['/items']['get']['responses'][200]['headers']",
            "sends Link",
        ),
        (
            _list_paging({"style": "cursor", "next-cursor": "next"}),
            "$['paths']['/items']['get']['x-pagination']['next-cursor']",
            "an object answer",
        ),
    ],
)
def test_mistakes_name_the_file_the_place_and_what_was_expected(
    breaker: Breaker, where: str, expected: str
) -> None:
    spec = make_spec()
    breaker(spec)
    with pytest.raises(InputError) as error:
        load_api(spec, LABEL)
    assert error.value.file == LABEL
    assert error.value.location == where, str(error.value)
    assert expected in error.value.message, str(error.value)


def test_an_id_needs_a_source_unless_the_path_has_one_parameter() -> None:
    spec = make_spec()
    spec["paths"]["/shelves/{a}/{b}"] = {
        "parameters": [path("a"), path("b")],
        "get": operation("getTwo", {"resource": "items", "action": "read"}, answer({"type": "object"})),
    }
    with pytest.raises(InputError, match="missing: where the id comes from") as error:
        load_api(spec, LABEL)
    assert error.value.location == "$['paths']['/shelves/{a}/{b}']['get']['x-mock']['id']"
    spec["paths"]["/shelves/{a}/{b}"]["get"]["x-mock"]["id"] = {"path": "b"}
    assert load_api(spec, LABEL).operation("getTwo").mock is not None


def test_paging_headers_declared_by_the_answer_pass() -> None:
    spec = make_spec()
    spec["paths"]["/items"]["get"]["x-pagination"] = {"style": "page", "total-header": "Total-Entries"}
    spec["paths"]["/items"]["get"]["parameters"].append(query("page", {"type": "integer"}))
    spec["paths"]["/items"]["get"]["responses"] = answer(ITEMS, Total_Entries={"type": "integer"})
    assert load_api(spec, LABEL).operation("listItems").pagination is not None
