"""Operations bound to declared resources, over HTTP in process: every action, filters, several
bindings on one operation, envelopes, answers, request names and parts, and a vendor's rules and
views on top. Every answer is checked against the spec (`validate_responses`)."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from generator.mock import MockOptions, build_app, engine_of
from generator.mock.context import RequestContext
from generator.mock.errors import MockError, MockSetupError
from generator.mock.resources import Step
from generator.mock.responses import MockResponse, json_response
from generator.mock.vendors import MockVendor, VendorSetup

from .conftest import FakeClock, client_for
from .resource_spec import ITEMS, KEY, OTHER, answer, body, make_spec, operation, path, query

pytestmark = pytest.mark.anyio


def app_of(spec: dict[str, Any], vendor: MockVendor[Any] | None = None, **options: Any) -> Any:
    settings: dict[str, Any] = {
        "rate_limit": None,
        "validate_responses": True,
        "raise_server_errors": True,
        "clock": FakeClock(1_600_000_000),
        **options,
    }
    return build_app(spec, MockOptions(**settings), vendor=vendor)


@pytest.fixture
async def api() -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(app_of(make_spec())) as client:
        yield client


async def test_create_read_list_update_replace_delete(api: httpx.AsyncClient) -> None:
    created = await api.post("/items", json={"name": "a", "size": 3, "labels": '["x"]'}, headers=KEY)
    assert created.status_code == 201  # the operation's only 2xx
    assert created.json() == {
        "id": 1,
        "name": "a",
        "size": 3,
        "labels": ["x"],
        "created": "2020-09-13T12:26:40Z",
    }
    assert (await api.get("/items/1", headers=KEY)).json() == created.json()
    await api.post("/items", json={"name": "b"}, headers=KEY)
    assert [i["name"] for i in (await api.get("/items", headers=KEY)).json()] == ["a", "b"]
    updated = await api.patch("/items/1", json={"name": "A"}, headers=KEY)
    assert updated.json() == {**created.json(), "name": "A"}
    replaced = await api.put("/items/1", json={"name": "R"}, headers=KEY)
    assert replaced.json() == {"id": 1, "name": "R", "created": "2020-09-13T12:26:40Z"}  # size, labels reset
    deleted = await api.delete("/items/1", headers=KEY)
    assert deleted.status_code == 204 and deleted.content == b""
    assert (await api.get("/items/1", headers=KEY)).status_code == 404
    assert (await api.patch("/items/1", json={"name": "x"}, headers=KEY)).status_code == 404
    assert (await api.delete("/items/1", headers=KEY)).status_code == 404


async def test_records_belong_to_the_principal_that_created_them(api: httpx.AsyncClient) -> None:
    await api.post("/items", json={"name": "mine"}, headers=KEY)
    assert (await api.get("/items/1", headers=OTHER)).status_code == 404
    assert (await api.get("/items", headers=OTHER)).json() == []
    assert (await api.delete("/items/1", headers=OTHER)).status_code == 404
    assert (await api.get("/items/1", headers=KEY)).status_code == 200


async def test_list_filters_take_one_value_or_any_of_several(api: httpx.AsyncClient) -> None:
    for name in ("a", "b", "c"):
        await api.post("/items", json={"name": name}, headers=KEY)
    one = await api.get("/items", params={"name": "b"}, headers=KEY)
    assert [i["name"] for i in one.json()] == ["b"]
    several = await api.get("/items", params=[("name", "a"), ("name", "c")], headers=KEY)
    assert [i["name"] for i in several.json()] == ["a", "c"]


def _shelf_paths() -> dict[str, Any]:
    shelf = {"$ref": "#/components/schemas/Shelf"}
    data = {
        "type": "object",
        "properties": {"status": {"type": "string"}, "data": {}},
        "required": ["status"],
    }
    return {
        "/shelves": {
            "get": operation(
                "readShelves",
                [
                    {
                        "resource": "shelves",
                        "action": "read",
                        "when": "label",
                        "id": {"query": "label"},
                        "key": "label",
                        "envelope": False,
                    },
                    {"resource": "shelves", "action": "list"},
                ],
                answer({"oneOf": [shelf, data]}),
                parameters=[query("label")],
            ),
            "post": operation(
                "createShelf",
                {"resource": "shelves", "action": "create", "body": "data"},
                answer(data),
                requestBody={
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "data": {"$ref": "#/components/schemas/ShelfInput"},
                                    "file": {"type": "string", "format": "binary"},
                                },
                            },
                            "encoding": {"data": {"contentType": "application/json"}},
                        }
                    },
                },
            ),
            "delete": operation(
                "deleteShelf",
                {"resource": "shelves", "action": "delete", "id": {"query": "id"}},
                answer(data),
                parameters=[query("id")],
            ),
        },
        "/shelves/{shelf}/items": {
            "parameters": [path("shelf", {"type": "string"})],
            "get": operation(
                "listShelfItems",
                {
                    "resource": "items",
                    "action": "list",
                    "filters": {"shelf_id": {"path": "shelf"}},
                    "envelope": False,
                },
                answer(ITEMS),
            ),
            "post": operation(
                "createShelfItem",
                {
                    "resource": "items",
                    "action": "create",
                    "filters": {"shelf_id": {"path": "shelf"}},
                    "answer": {"value": {"ok": True}},
                },
                answer({"type": "object"}),
                requestBody=body({"type": "object", "properties": {"title": {"type": "string"}}}),
            ),
        },
    }


def _shelf_spec() -> dict[str, Any]:
    resources = {
        "shelves": {
            "schema": "Shelf",
            "id": {"kind": "uuid"},
            "envelope": {"field": "data", "with": {"status": "ok"}},
        },
        "items": {
            "schema": "Item",
            "request-names": {"title": "name"},
            "references": {
                "shelf_id": {"resource": "shelves", "on-delete": "cascade", "message": "No shelf {value}."}
            },
        },
    }
    spec = make_spec(resources, _shelf_paths())
    spec["components"]["schemas"]["Item"]["properties"]["shelf_id"] = {"type": "string"}
    return spec


async def test_envelopes_parts_several_bindings_and_nested_lists() -> None:
    async with client_for(app_of(_shelf_spec())) as client:
        form = {"data": (None, json.dumps({"label": "top", "id": "mine"}), "application/json")}
        created = (await client.post("/shelves", files=form, headers=KEY)).json()
        shelf = created["data"]
        assert created == {
            "status": "ok",
            "data": {"id": shelf["id"], "label": "top"},
        }  # a posted id is ignored
        bare = await client.get("/shelves", params={"label": "top"}, headers=KEY)
        assert bare.json() == shelf  # the read binding answers without the envelope
        assert (await client.get("/shelves", headers=KEY)).json() == {"status": "ok", "data": [shelf]}
        assert (await client.get("/shelves", params={"label": "nope"}, headers=KEY)).status_code == 404

        added = await client.post(
            f"/shelves/{shelf['id']}/items", json={"title": "t", "name": "ignored"}, headers=KEY
        )
        assert added.json() == {"ok": True}
        listed = (await client.get(f"/shelves/{shelf['id']}/items", headers=KEY)).json()
        # request-names: title sets name; a field the request body does not declare is ignored
        assert [(i["name"], i["shelf_id"]) for i in listed] == [("t", shelf["id"])]
        missing = await client.get("/shelves/nope/items", headers=KEY)
        assert missing.status_code == 404 and missing.json() == {"message": "No shelf nope."}
        assert (await client.post("/shelves/nope/items", json={"name": "x"}, headers=KEY)).status_code == 404

        gone = await client.delete("/shelves", params={"id": shelf["id"]}, headers=KEY)
        assert gone.json() == {"status": "ok"}  # an empty answer is the envelope alone
        assert engine_of(client._transport.app).services.store["items"].records(everyone=True) == []  # type: ignore[attr-defined]


class Notes:
    def __init__(self, setup: VendorSetup) -> None:
        self.seen: list[str] = []
        setup.store["items"].add({"name": "seeded by the vendor", "size": 0})


def make_vendor() -> MockVendor[Notes]:
    vendor: MockVendor[Notes] = MockVendor("notes", Notes)

    @vendor.rule("createItem")
    def big_enough(ctx: RequestContext[Notes], step: Step) -> None:
        if step.values.get("size", 0) > 10:
            raise MockError(409, "Too big.")
        step.values["labels"] = ["ruled"]
        step.after.append(lambda: ctx.state.seen.append("created"))

    @vendor.rule("listItems")
    def small_first(ctx: RequestContext[Notes], step: Step) -> None:
        step.records = sorted(step.records, key=lambda record: record.get("size", 0))
        step.headers["X-Count"] = str(len(step.records))

    @vendor.view("items")
    def shout(ctx: RequestContext[Notes], record: dict[str, Any]) -> Any:
        return {"id": record["id"], "name": str(record["name"]).upper()}

    @vendor.operation("getItem")
    async def get_item(ctx: RequestContext[Notes]) -> MockResponse:
        return json_response({"id": 0, "name": "the vendor's own handler"})

    return vendor


async def test_rules_views_and_vendor_handlers_on_top_of_bindings() -> None:
    spec = make_spec()
    spec["x-mock"]["resources"]["items"]["owner"] = False
    spec["paths"]["/items"]["get"]["responses"]["200"]["headers"] = {
        "X-Count": {"schema": {"type": "string"}}
    }
    app = app_of(spec, make_vendor())
    async with client_for(app) as client:
        created = await client.post("/items", json={"name": "b", "size": 5}, headers=KEY)
        assert created.json() == {"id": 2, "name": "B"}
        assert engine_of(app).services.store["items"].get(2)["labels"] == ["ruled"]  # type: ignore[index]
        assert engine_of(app).state.seen == ["created"]
        too_big = await client.post("/items", json={"name": "c", "size": 11}, headers=KEY)
        assert too_big.status_code == 409 and engine_of(app).state.seen == ["created"]
        listed = await client.get("/items", headers=KEY)
        assert [i["name"] for i in listed.json()] == ["SEEDED BY THE VENDOR", "B"] and listed.headers[
            "x-count"
        ] == "2"
        assert (await client.get("/items/2", headers=KEY)).json()["name"] == "the vendor's own handler"


def test_start_up_refuses_uncovered_operations_and_stray_rules() -> None:
    spec = make_spec()
    del spec["paths"]["/items/{item}"]["get"]["x-mock"]
    with pytest.raises(MockSetupError, match=r"no handler for GET /items/\{item\} \(getItem\): bind it"):
        app_of(spec)
    vendor = make_vendor()
    vendor.rule("getItem")(lambda ctx, step: None)
    with pytest.raises(MockSetupError, match=r"rules for operations no binding serves .*: getItem"):
        app_of(make_spec(), vendor)
    vendor = make_vendor()
    vendor.view("boxes")(lambda ctx, record: record)
    with pytest.raises(MockSetupError, match=r"views of resources x-mock\.resources does not declare: boxes"):
        app_of(make_spec(), vendor)


async def test_a_spec_without_a_module_needs_no_python(api: httpx.AsyncClient) -> None:
    engine = engine_of(app_of(make_spec()))
    assert engine.vendor.written is False and engine.state is None
    spec = copy.deepcopy(make_spec())
    spec["x-mock"]["module"] = "no_such_vendor"
    with pytest.raises(MockSetupError, match=r"no vendor module generator/mock/vendors/no_such_vendor\.py"):
        app_of(spec)
