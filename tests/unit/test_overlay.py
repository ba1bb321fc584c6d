"""Tests of the Overlay 1.0.0 engine: merge and removal semantics, ordering, purity and every error path."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from generator.errors import GenerationError, InputError, VendorkitError
from generator.overlay import (
    NO_UPDATE,
    Overlay,
    OverlayAction,
    OverlayError,
    apply_overlay,
    apply_overlays,
    load_overlay,
    parse_overlay,
)

SOURCE = "overlays/acme/quirks.yaml"


def petstore() -> dict[str, Any]:
    """A small but realistic OpenAPI 3.1 document; a fresh copy for every test."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Acme Pets", "version": "1.0.0"},
        "tags": [{"name": "pets"}, {"name": "admin"}],
        "paths": {
            "/v1/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["pets"],
                    "parameters": [
                        {"name": "page", "in": "query", "schema": {"type": "integer"}},
                        {"name": "debug", "in": "query", "schema": {"type": "boolean"}},
                        {"name": "size", "in": "query", "schema": {"type": "integer"}},
                        {"name": "debug", "in": "header", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": {"description": "OK"}},
                },
                "post": {
                    "operationId": "createPet",
                    "tags": ["pets"],
                    "responses": {"201": {"description": "Created"}},
                },
            },
            "/v1/pets/{id}": {
                "get": {
                    "operationId": "getPet",
                    "tags": ["pets"],
                    "responses": {"200": {"description": "OK"}},
                },
                "delete": {
                    "operationId": "internalPurge",
                    "tags": ["admin"],
                    "responses": {"204": {"description": "Deleted"}},
                },
            },
            "/v1/admin/reindex": {
                "post": {
                    "operationId": "internalPurge2",
                    "x-internal": True,
                    "tags": ["admin"],
                    "responses": {"202": {"description": "Accepted"}},
                },
            },
        },
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
                }
            }
        },
    }


def overlay(*actions: dict[str, Any], source: str = SOURCE) -> Overlay:
    """A valid overlay document with the given actions, parsed."""
    return parse_overlay(
        {"overlay": "1.0.0", "info": {"title": "Acme quirks", "version": "1"}, "actions": list(actions)},
        source,
    )


def apply(*actions: dict[str, Any]) -> dict[str, Any]:
    return apply_overlay(petstore(), overlay(*actions))


def overlay_error(data: object, source: str = SOURCE) -> str:
    """Parse invalid overlay data and return the error message."""
    with pytest.raises(OverlayError) as info:
        parse_overlay(data, source)
    return str(info.value)


def apply_error(*actions: dict[str, Any]) -> str:
    with pytest.raises(OverlayError) as info:
        apply(*actions)
    return str(info.value)


def document_with(actions: object) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}


# --------------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------------


def test_parse_overlay_builds_frozen_model() -> None:
    parsed = parse_overlay(
        {
            "overlay": "1.0.2",
            "info": {"title": "Acme auth", "version": "2024-06", "x-owner": "api-team"},
            "extends": "../../specs/acme.yaml",
            "x-generated-by": "hand",
            "actions": [
                {"target": "$.info", "description": "Mark the spec", "update": {"x-overlaid": True}},
                {"target": "$.paths['/v1/admin/reindex']", "remove": True, "x-allow-empty-target": True},
                {"target": "$.tags", "update": None, "x-note": "extension on an action"},
            ],
        },
        SOURCE,
    )
    assert (parsed.source, parsed.title, parsed.version, parsed.extends) == (
        SOURCE,
        "Acme auth",
        "2024-06",
        "../../specs/acme.yaml",
    )
    first, second, third = parsed.actions
    assert first == OverlayAction(0, "$.info", "Mark the spec", {"x-overlaid": True}, False, False)
    assert first.has_update
    assert (second.index, second.remove, second.allow_empty, second.update) == (1, True, True, NO_UPDATE)
    assert not second.has_update
    assert third.has_update and third.update is None
    assert parsed.extends is not None
    assert overlay({"target": "$", "update": {}}).extends is None


def test_parse_overlay_does_not_share_update_values_with_the_input() -> None:
    update = {"x-tags": ["a"]}
    parsed = overlay({"target": "$.info", "update": update})
    update["x-tags"].append("b")
    assert parsed.actions[0].update == {"x-tags": ["a"]}


def test_load_overlay_reads_yaml_and_names_the_file_relative_to_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "overlays" / "acme"
    folder.mkdir(parents=True)
    (folder / "quirks.yaml").write_text(
        "overlay: 1.0.0\n"
        "info:\n  title: Acme quirks\n  version: '1'\n"
        "actions:\n"
        "  - target: $.paths['/v1/pets'].get\n"
        "    description: The docs say the list is paged\n"
        "    update:\n      x-pagination: {style: page, page-param: page}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    loaded = load_overlay(Path("overlays/acme/quirks.yaml"))
    assert loaded.source == str(Path("overlays/acme/quirks.yaml"))
    assert load_overlay(folder / "quirks.yaml").source == str(Path("overlays/acme/quirks.yaml"))
    result = apply_overlay(petstore(), loaded)
    assert result["paths"]["/v1/pets"]["get"]["x-pagination"] == {"style": "page", "page-param": "page"}


def test_load_overlay_reads_json(tmp_path: Path) -> None:
    path = tmp_path / "auth.json"
    path.write_text(
        json.dumps(
            {
                "overlay": "1.0.0",
                "info": {"title": "auth", "version": "1"},
                "actions": [{"target": "$", "update": {"security": [{"bearer": []}]}}],
            }
        ),
        encoding="utf-8",
    )
    loaded = load_overlay(path)
    assert loaded.source == str(path)
    assert apply_overlay(petstore(), loaded)["security"] == [{"bearer": []}]


# --------------------------------------------------------------------------------------------------
# update: merge semantics
# --------------------------------------------------------------------------------------------------


def test_update_merges_nested_objects_and_keeps_untouched_keys() -> None:
    result = apply(
        {
            "target": "$.paths['/v1/pets'].get",
            "update": {
                "summary": "List pets",
                "responses": {"200": {"content": {"application/json": {"schema": {"type": "array"}}}}},
            },
        }
    )
    get = result["paths"]["/v1/pets"]["get"]
    assert get["responses"]["200"] == {
        "description": "OK",
        "content": {"application/json": {"schema": {"type": "array"}}},
    }
    assert get["operationId"] == "listPets"
    assert get["summary"] == "List pets"


def test_update_appends_new_keys_at_the_end_and_keeps_existing_positions() -> None:
    result = apply({"target": "$.info", "update": {"x-logo": "acme.png", "title": "Acme Pets API"}})
    assert list(result["info"].items()) == [
        ("title", "Acme Pets API"),
        ("version", "1.0.0"),
        ("x-logo", "acme.png"),
    ]
    assert list(result) == ["openapi", "info", "tags", "paths", "components"]


def test_update_appends_array_items_to_an_existing_array_property() -> None:
    result = apply({"target": "$.components.schemas.Pet", "update": {"required": ["name"]}})
    assert result["components"]["schemas"]["Pet"]["required"] == ["id", "name"]


def test_update_replaces_scalars_and_mismatched_types() -> None:
    result = apply(
        {
            "target": "$.components.schemas.Pet",
            "update": {
                "type": ["object", "null"],
                "properties": {"id": {"type": "string", "format": "uuid"}},
            },
        }
    )
    pet = result["components"]["schemas"]["Pet"]
    assert pet["type"] == ["object", "null"]
    assert pet["properties"]["id"] == {"type": "string", "format": "uuid"}
    assert list(pet) == ["type", "required", "properties"]


def test_update_with_null_property_value_sets_null() -> None:
    result = apply({"target": "$.info", "update": {"summary": None}})
    assert result["info"]["summary"] is None


def test_update_of_an_array_node_appends_the_value_as_one_entry() -> None:
    result = apply(
        {
            "target": "$.paths['/v1/pets'].get.parameters",
            "update": {"name": "sort", "in": "query", "schema": {"type": "string"}},
        }
    )
    parameters = result["paths"]["/v1/pets"]["get"]["parameters"]
    assert [p["name"] for p in parameters] == ["page", "debug", "size", "debug", "sort"]


def test_update_of_an_array_node_with_an_array_appends_it_as_a_single_entry_per_overlay_1_0_0() -> None:
    # Overlay 1.0.0: "If the target selects an array, the value of this field MUST be an entry to
    # append to the array." (1.1.0 concatenates instead.)
    result = apply({"target": "$.tags", "update": [{"name": "billing"}]})
    assert result["tags"] == [{"name": "pets"}, {"name": "admin"}, [{"name": "billing"}]]


def test_update_of_the_root_mirrors_the_document_structure() -> None:
    result = apply(
        {
            "target": "$",
            "update": {
                "info": {"x-overlay-applied": "structured"},
                "paths": {"/v1/pets": {"get": {"x-rate-limit": 100}}},
                "servers": [{"url": "https://api.acme.test"}],
            },
        }
    )
    assert result["info"]["x-overlay-applied"] == "structured"
    assert result["paths"]["/v1/pets"]["get"]["x-rate-limit"] == 100
    assert result["servers"] == [{"url": "https://api.acme.test"}]
    assert list(result)[-1] == "servers"


def test_wildcard_update_gives_every_node_its_own_copy() -> None:
    result = apply({"target": "$.paths.*.get", "update": {"x-safe": True, "x-retry": {"attempts": 3}}})
    pets_get = result["paths"]["/v1/pets"]["get"]
    pet_get = result["paths"]["/v1/pets/{id}"]["get"]
    assert pets_get["x-safe"] is True and pet_get["x-safe"] is True
    assert pets_get["x-retry"] == pet_get["x-retry"]
    assert pets_get["x-retry"] is not pet_get["x-retry"]
    assert "x-safe" not in result["paths"]["/v1/pets"]["post"]


def test_filter_update_touches_only_matching_array_elements() -> None:
    result = apply(
        {
            "target": "$.paths.*.get.parameters[?@.name=='debug' && @.in=='query']",
            "update": {"deprecated": True},
        }
    )
    parameters = result["paths"]["/v1/pets"]["get"]["parameters"]
    assert [p.get("deprecated") for p in parameters] == [None, True, None, None]


def test_duplicate_selections_are_updated_once() -> None:
    result = apply({"target": "$['tags','tags']", "update": {"name": "billing"}})
    assert result["tags"] == [{"name": "pets"}, {"name": "admin"}, {"name": "billing"}]


# --------------------------------------------------------------------------------------------------
# remove
# --------------------------------------------------------------------------------------------------


def test_remove_object_member() -> None:
    result = apply({"target": "$.paths['/v1/admin/reindex']", "remove": True})
    assert list(result["paths"]) == ["/v1/pets", "/v1/pets/{id}"]


def test_remove_array_element_by_index() -> None:
    result = apply({"target": "$.tags[-1]", "remove": True})
    assert result["tags"] == [{"name": "pets"}]


def test_remove_several_elements_of_one_array() -> None:
    result = apply({"target": "$.paths['/v1/pets'].get.parameters[?@.name=='debug']", "remove": True})
    parameters = result["paths"]["/v1/pets"]["get"]["parameters"]
    assert [p["name"] for p in parameters] == ["page", "size"]


def test_remove_with_a_slice_and_duplicates_removes_each_element_once() -> None:
    result = apply({"target": "$.paths['/v1/pets'].get.parameters[0,0,2]", "remove": True})
    parameters = result["paths"]["/v1/pets"]["get"]["parameters"]
    assert [(p["name"], p["in"]) for p in parameters] == [("debug", "query"), ("debug", "header")]


def test_remove_operations_selected_by_filter_across_paths() -> None:
    result = apply({"target": "$.paths.*[?@.operationId=='internalPurge']", "remove": True})
    assert list(result["paths"]["/v1/pets/{id}"]) == ["get"]
    assert "post" in result["paths"]["/v1/admin/reindex"]


def test_remove_with_descendant_filter() -> None:
    result = apply({"target": "$.paths..[?@['x-internal']==true]", "remove": True})
    assert result["paths"]["/v1/admin/reindex"] == {}


def test_remove_a_node_and_its_descendant_in_one_action() -> None:
    result = apply({"target": "$..[?@.operationId=='getPet' || @.description=='OK']", "remove": True})
    assert list(result["paths"]["/v1/pets/{id}"]) == ["delete"]
    assert result["paths"]["/v1/pets"]["get"]["responses"] == {}


# --------------------------------------------------------------------------------------------------
# Ordering, purity, determinism
# --------------------------------------------------------------------------------------------------


def test_later_action_sees_the_result_of_an_earlier_one() -> None:
    result = apply(
        {"target": "$.paths['/v1/pets'].get", "update": {"operationId": "listAllPets"}},
        {"target": "$.paths.*[?@.operationId=='listAllPets']", "update": {"x-sdk-name": "list"}},
    )
    assert result["paths"]["/v1/pets"]["get"]["x-sdk-name"] == "list"


def test_action_can_target_a_node_added_by_an_earlier_action() -> None:
    result = apply(
        {"target": "$.components", "update": {"securitySchemes": {"bearer": {"type": "http"}}}},
        {"target": "$.components.securitySchemes.bearer", "update": {"scheme": "bearer"}},
    )
    assert result["components"]["securitySchemes"] == {"bearer": {"type": "http", "scheme": "bearer"}}


def test_remove_then_recreate() -> None:
    result = apply(
        {"target": "$.components.schemas.Pet", "remove": True},
        {"target": "$.components.schemas", "update": {"Pet": {"type": "string"}}},
    )
    assert result["components"]["schemas"] == {"Pet": {"type": "string"}}


def test_input_document_and_overlay_are_not_mutated() -> None:
    document = petstore()
    snapshot = copy.deepcopy(document)
    ovl = overlay(
        {"target": "$.paths.*.get", "update": {"parameters": [{"name": "trace", "in": "header"}]}},
        {"target": "$.tags[0]", "remove": True},
        {"target": "$.components.schemas.Pet.required", "update": "name"},
    )
    actions_snapshot = copy.deepcopy(ovl.actions)
    first = apply_overlay(document, ovl)
    second = apply_overlay(document, ovl)
    assert document == snapshot
    assert ovl.actions == actions_snapshot
    assert first == second
    assert first["components"]["schemas"]["Pet"]["required"] == ["id", "name"]
    assert first["paths"]["/v1/pets"]["get"]["parameters"][-1] == {"name": "trace", "in": "header"}


def test_result_shares_nothing_with_the_input() -> None:
    document = petstore()
    result = apply_overlays(document, [])
    assert result == document and result is not document
    result["paths"]["/v1/pets"]["get"]["tags"].append("mutated")
    assert document["paths"]["/v1/pets"]["get"]["tags"] == ["pets"]


def test_yaml_aliases_in_the_document_are_copied_independently() -> None:
    shared = {"description": "OK"}
    document = {"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {"200": shared}}}}, "x-ok": shared}
    result = apply_overlay(
        document, overlay({"target": "$.paths['/a'].get.responses['200']", "update": {"x": 1}})
    )
    assert result["x-ok"] == {"description": "OK"}
    assert shared == {"description": "OK"}


def test_output_is_deterministic() -> None:
    ovl = overlay(
        {"target": "$.paths.*.*", "update": {"x-sdk-name": "call", "tags": ["all"]}},
        {"target": "$.paths.*[?@.operationId=='createPet']", "remove": True},
    )
    dumps = {json.dumps(apply_overlay(petstore(), ovl)) for _ in range(3)}
    assert len(dumps) == 1
    result = apply_overlay(petstore(), ovl)
    assert list(result["paths"]["/v1/pets"]) == ["get"]
    assert list(result["paths"]["/v1/pets"]["get"])[-1] == "x-sdk-name"
    assert result["paths"]["/v1/pets"]["get"]["tags"] == ["pets", "all"]


def test_multiple_overlays_apply_in_sequence() -> None:
    auth = overlay(
        {
            "target": "$.components",
            "update": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        },
        source="overlays/acme/auth.yaml",
    )
    quirks = overlay(
        {"target": "$.paths.*.*", "update": {"security": [{"bearer": []}]}},
        {"target": "$.components.securitySchemes.bearer", "update": {"bearerFormat": "JWT"}},
        source="overlays/acme/quirks.yaml",
    )
    result = apply_overlays(petstore(), [auth, quirks])
    assert result["components"]["securitySchemes"]["bearer"]["bearerFormat"] == "JWT"
    assert result["paths"]["/v1/pets/{id}"]["delete"]["security"] == [{"bearer": []}]
    with pytest.raises(OverlayError):
        apply_overlays(petstore(), [quirks, auth])


def test_error_in_a_later_overlay_names_that_overlay() -> None:
    first = overlay({"target": "$.info", "update": {"x-a": 1}}, source="overlays/acme/auth.yaml")
    second = overlay(
        {"target": "$.info", "update": {"x-b": 1}},
        {"target": "$.paths['/v1/gone'].get", "update": {"x-c": 1}},
        source="overlays/acme/quirks.yaml",
    )
    with pytest.raises(OverlayError) as info:
        apply_overlays(petstore(), [first, second])
    assert str(info.value) == (
        "overlays/acme/quirks.yaml: actions[1] (target \"$.paths['/v1/gone'].get\"): "
        "the target matches nothing (add `x-allow-empty-target: true` to the action if expected)"
    )


# --------------------------------------------------------------------------------------------------
# Errors while applying
# --------------------------------------------------------------------------------------------------


def test_target_matching_nothing_is_an_error() -> None:
    message = apply_error(
        {"target": "$.info", "update": {"x-a": 1}},
        {"target": "$.info", "update": {"x-b": 1}},
        {"target": "$.info", "update": {"x-c": 1}},
        {"target": "$.paths['/v1/x'].get", "remove": True},
    )
    assert message.startswith(
        f"{SOURCE}: actions[3] (target \"$.paths['/v1/x'].get\"): the target matches nothing"
    )


def test_filter_matching_nothing_is_an_error() -> None:
    message = apply_error({"target": "$.paths.*[?@.operationId=='nope']", "update": {"x": 1}})
    assert f"{SOURCE}: actions[0] (target \"$.paths.*[?@.operationId=='nope']\")" in message
    assert "matches nothing" in message


def test_allow_empty_target_opts_out() -> None:
    result = apply(
        {"target": "$.paths['/v1/x'].get", "remove": True, "x-allow-empty-target": True},
        {"target": "$.paths['/v1/y']", "update": {"get": {}}, "x-allow-empty-target": True},
    )
    assert result == petstore()


def test_update_of_a_primitive_is_an_error() -> None:
    message = apply_error({"target": "$.info.title", "update": "New title"})
    assert message.startswith(f'{SOURCE}: actions[0] (target "$.info.title"): the target selects a string')
    assert "$['info']['title']" in message
    assert "target the object containing it" in message


def test_removal_of_a_primitive_is_an_error() -> None:
    message = apply_error({"target": "$.paths.*.*.operationId", "remove": True})
    assert message.startswith(f'{SOURCE}: actions[0] (target "$.paths.*.*.operationId"): the target selects')
    assert "must select objects or arrays" in message


def test_null_node_is_an_error() -> None:
    document = petstore()
    document["info"]["summary"] = None
    with pytest.raises(OverlayError) as info:
        apply_overlay(document, overlay({"target": "$.info.summary", "update": {"a": 1}}))
    assert "the target selects null at $['info']['summary']" in str(info.value)


def test_non_object_update_of_an_object_is_an_error() -> None:
    message = apply_error({"target": "$.paths['/v1/pets'].get", "update": "List pets"})
    assert message == (
        f"{SOURCE}: actions[0] (target \"$.paths['/v1/pets'].get\"): the target selects an object at "
        "$['paths']['/v1/pets']['get'], so update must be an object of properties to merge, "
        "got a string ('List pets')"
    )


def test_removing_the_root_is_an_error() -> None:
    message = apply_error({"target": "$", "remove": True})
    assert (
        message == f'{SOURCE}: actions[0] (target "$"): the target selects the document root ($), '
        "which cannot be removed"
    )


def test_invalid_target_in_a_directly_built_action_is_reported() -> None:
    broken = Overlay(SOURCE, "t", "1", None, (OverlayAction(0, "$.paths[", None, {}, False, False),))
    with pytest.raises(OverlayError) as info:
        apply_overlay(petstore(), broken)
    assert str(info.value).startswith(f'{SOURCE}: actions[0].target: invalid JSONPath "$.paths["')


# --------------------------------------------------------------------------------------------------
# Errors in the overlay document
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            ["overlay"],
            "$: expected an Overlay document (a mapping with overlay, info, actions), got an array",
        ),
        (
            {**document_with([{"target": "$", "update": {}}]), "action": []},
            "action: unknown field; expected one of overlay, info, extends, actions or an x- extension",
        ),
        (
            {"info": {"title": "t", "version": "1"}, "actions": []},
            'overlay: missing required field (expected the Overlay Specification version "1.0.0")',
        ),
        (
            {**document_with([{"target": "$", "update": {}}]), "overlay": 1.0},
            'overlay: expected the Overlay Specification version "1.0.0", '
            "got a number (1.0) (quote it in YAML)",
        ),
        (
            {**document_with([{"target": "$", "update": {}}]), "overlay": "1.1.0"},
            'overlay: unsupported Overlay version "1.1.0"; expected 1.0.x (e.g. "1.0.0")',
        ),
        (
            {"overlay": "1.0.0", "actions": [{"target": "$", "update": {}}]},
            "info: missing required field (expected an object with title and version)",
        ),
        (
            {**document_with([{"target": "$", "update": {}}]), "info": "Acme"},
            "info: expected an object with title and version, got a string ('Acme')",
        ),
        (
            {**document_with([{"target": "$", "update": {}}]), "info": {"version": "1"}},
            "info.title: missing required field (expected a string describing the overlay's purpose)",
        ),
        (
            {**document_with([{"target": "$", "update": {}}]), "info": {"title": "t", "version": 2}},
            "info.version: expected a string versioning the overlay, got a number (2) (quote it in YAML)",
        ),
        (
            {
                **document_with([{"target": "$", "update": {}}]),
                "info": {"title": "t", "version": "1", "note": 1},
            },
            "info.note: unknown field; expected one of title, version or an x- extension",
        ),
        (
            {**document_with([{"target": "$", "update": {}}]), "extends": ["a.yaml"]},
            "extends: expected a URI reference to the target document, got an array",
        ),
        (
            {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}},
            "actions: missing required field (expected a non-empty array of actions)",
        ),
        (document_with({"target": "$"}), "actions: expected a non-empty array of actions, got an object"),
        (document_with([]), "actions: expected at least one action, got an empty array"),
    ],
)
def test_invalid_overlay_document(data: object, expected: str) -> None:
    assert overlay_error(data) == f"{SOURCE}: {expected}"


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("$.info", "actions[2]: expected an action object with a target and update or remove, got a string"),
        (
            {"target": "$.info", "updte": {}},
            "actions[2].updte: unknown field; "
            "expected one of target, description, update, remove or an x- extension",
        ),
        ({"update": {}}, "actions[2].target: missing required field (expected an RFC 9535 JSONPath query"),
        ({"target": 5, "update": {}}, "actions[2].target: expected an RFC 9535 JSONPath query"),
        (
            {"target": "$.paths[", "update": {}},
            'actions[2].target: invalid JSONPath "$.paths[": unexpected end of query (at offset 8)',
        ),
        (
            {"target": "paths.x", "update": {}},
            "actions[2].target: invalid JSONPath \"paths.x\": expected 'TOKEN_ROOT'",
        ),
        (
            {"target": "$.info | $.tags", "update": {}},
            "actions[2].target: invalid JSONPath \"$.info | $.tags\": unexpected token '|'",
        ),
        (
            {"target": "$.info ", "update": {}},
            'actions[2].target: invalid JSONPath "$.info ": unexpected trailing whitespace',
        ),
        (
            {"target": "$.paths[?@.x == 'a'", "update": {}},
            "actions[2].target: invalid JSONPath \"$.paths[?@.x == 'a'\": unexpected end of segment",
        ),
        (
            {"target": "$", "update": {}, "description": 3},
            "actions[2].description: expected a string, got a number",
        ),
        ({"target": "$", "remove": "yes"}, "actions[2].remove: expected true or false, got a string ('yes')"),
        (
            {"target": "$", "remove": True, "x-allow-empty-target": 1},
            "actions[2].x-allow-empty-target: expected true or false, got a number (1)",
        ),
        (
            {"target": "$.info", "remove": True, "update": {"x": 1}},
            'actions[2]: expected either "update" or "remove: true", not both',
        ),
        (
            {"target": "$.info"},
            'actions[2]: expected an "update" value or "remove: true"; this action would do nothing',
        ),
        (
            {"target": "$.info", "remove": False},
            'actions[2]: expected an "update" value or "remove: true"; this action would do nothing',
        ),
    ],
)
def test_invalid_action(action: object, expected: str) -> None:
    good = {"target": "$.info", "update": {"x-a": 1}}
    message = overlay_error(document_with([good, good, action]))
    assert message.startswith(f"{SOURCE}: {expected}")


def test_unknown_field_with_an_unusual_name_is_quoted() -> None:
    message = overlay_error(document_with([{"target": "$", "update": {}, "odd key": 1}]))
    assert message.startswith(f'{SOURCE}: actions[0]["odd key"]: unknown field')


def test_non_string_field_name_is_an_unknown_field() -> None:
    data: dict[Any, Any] = {**document_with([{"target": "$", "update": {}}]), 200: "x"}
    message = overlay_error(data)
    assert message.startswith(f'{SOURCE}: $["200"]: unknown field')


def test_load_overlay_reports_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.yaml"
    with pytest.raises(OverlayError) as info:
        load_overlay(path)
    assert str(info.value).startswith(f"{path}: cannot read file")


def test_load_overlay_reports_yaml_syntax_error_with_line(tmp_path: Path) -> None:
    path = tmp_path / "quirks.yaml"
    path.write_text("overlay: 1.0.0\ninfo: [unclosed\n", encoding="utf-8")
    with pytest.raises(OverlayError) as info:
        load_overlay(path)
    assert str(info.value).startswith(f"{path}: line ")
    assert "invalid YAML" in str(info.value)


def test_load_overlay_reports_duplicate_keys(tmp_path: Path) -> None:
    path = tmp_path / "quirks.yaml"
    path.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.info\n    target: $.tags\n    remove: true\n",
        encoding="utf-8",
    )
    with pytest.raises(OverlayError) as info:
        load_overlay(path)
    assert "duplicate key 'target'" in str(info.value)


def test_load_overlay_validates_structure_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "quirks.yaml"
    path.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    remove: maybe\n",
        encoding="utf-8",
    )
    with pytest.raises(OverlayError) as info:
        load_overlay(path)
    assert str(info.value) == f"{path}: actions[0].remove: expected true or false, got a string ('maybe')"


def test_overlay_error_is_a_vendorkit_input_error() -> None:
    error = OverlayError("overlays/acme/auth.yaml", "actions[0].target", "bad")
    assert isinstance(error, InputError) and isinstance(error, VendorkitError)
    assert (error.file, error.location, error.message) == (
        "overlays/acme/auth.yaml",
        "actions[0].target",
        "bad",
    )
    assert str(error) == "overlays/acme/auth.yaml: actions[0].target: bad"
    assert str(InputError(file=None, location=None, message="only a message")) == "only a message"
    assert str(GenerationError("generated/acme", None, "ruff failed")) == "generated/acme: ruff failed"
    assert not isinstance(GenerationError(None, None, "x"), InputError)


def test_overlays_and_errors_survive_copy_and_pickle() -> None:
    ovl = overlay({"target": "$.tags[0]", "remove": True}, {"target": "$.info", "update": None})
    for clone in (copy.deepcopy(ovl), pickle.loads(pickle.dumps(ovl))):
        assert clone == ovl
        assert clone.actions[0].update is NO_UPDATE and not clone.actions[0].has_update
        assert clone.actions[1].has_update
    error = OverlayError(SOURCE, "actions[0]", "bad")
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is OverlayError and str(restored) == str(error)
