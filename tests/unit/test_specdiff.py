"""`vendorkit diff`: breaking changes apart from additive ones, as a report, JSON and an exit code."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.model import load_api
from generator.specdiff import ContractDiff, diff_apis

MINI = Path(__file__).parent.parent / "fixtures" / "mini" / "specs" / "mini.yaml"


@pytest.fixture
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    return document


def diff(old: dict[str, Any], new: dict[str, Any]) -> ContractDiff:
    return diff_apis(load_api(old, "old.yaml"), load_api(new, "new.yaml"))


def messages(result: ContractDiff, kind: str) -> list[str]:
    return [str(change) for change in result.changes if change.kind == kind]


def test_the_same_spec_is_no_change(spec: dict[str, Any]) -> None:
    result = diff(spec, copy.deepcopy(spec))
    assert (result.level, result.exit_code, result.changes) == ("none", 0, [])
    assert "No contract change." in result.report()


def test_descriptions_and_the_api_version_are_no_contract_change(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    new["info"]["version"] = "1.0.27-SNAPSHOT"
    new["paths"]["/v1/photos"]["get"]["description"] = "Photos, now described."
    assert diff(spec, new).level == "none"


def test_a_removed_operation_is_breaking_and_an_added_one_additive(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    new["paths"]["/v1/albums"] = {
        "get": {
            **copy.deepcopy(new["paths"]["/v1/apps"]["get"]),
            "operationId": "listAlbums",
            "x-sdk-name": "albums",
        }
    }
    del new["paths"]["/v1/apps"]
    result = diff(spec, new)
    assert messages(result, "breaking") == ["GET /v1/apps (listApps): operation removed"]
    assert messages(result, "additive") == ["GET /v1/albums (listAlbums): operation added"]
    assert (result.level, result.exit_code) == ("breaking", 1)


def test_parameters_new_required_is_breaking_new_optional_additive(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    parameters = new["paths"]["/v1/photos"]["get"]["parameters"]
    parameters.append({"name": "album", "in": "query", "required": True, "schema": {"type": "string"}})
    parameters.append({"name": "sort", "in": "query", "schema": {"type": "string"}})
    result = diff(spec, new)
    assert messages(result, "breaking") == [
        "GET /v1/photos (listPhotos): new required query parameter 'album'"
    ]
    assert messages(result, "additive") == [
        "GET /v1/photos (listPhotos): optional query parameter 'sort' added"
    ]


def test_fields_removed_from_a_response_or_narrowed_types_are_breaking(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    schemas = new["components"]["schemas"]
    del schemas["ArchiveFile"]["properties"]["name"]
    schemas["ArchiveFile"]["properties"]["size"] = {"type": "integer"}
    new["paths"]["/v1/groups"]["get"]["parameters"][0]["schema"] = {"type": "integer", "maximum": 10}
    photos = new["paths"]["/v1/photos"]["get"]["parameters"]
    photos[0]["schema"] = {"type": "integer", "default": 20, "maximum": 100}  # was 1000
    result = diff(spec, new)
    breaking = messages(result, "breaking")
    assert (
        "GET /v1/archive/file/{file} (getArchiveFile): response 200 (application/json) field 'name' removed"
        in breaking
    )
    assert "GET /v1/photos (listPhotos): parameter 'limit': maximum narrowed from 1000 to 100" in breaking
    assert "GET /v1/groups (getGroups): parameter 'group_id': maximum narrowed from none to 10" in breaking
    assert (
        "GET /v1/archive/file/{file} (getArchiveFile): response 200 (application/json) field 'size' added"
        in messages(result, "additive")
    )


def test_enum_values_and_types(spec: dict[str, Any]) -> None:
    old = copy.deepcopy(spec)
    old["components"]["schemas"]["Group"]["properties"]["kind"] = {"type": "string", "enum": ["a", "b"]}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Group"]["properties"]["kind"] = {"type": "string", "enum": ["b", "c"]}
    new["paths"]["/v1/archive/file/{file}"]["get"]["parameters"][0]["schema"] = {
        "type": ["integer", "string"]
    }
    result = diff(old, new)
    breaking, additive = messages(result, "breaking"), messages(result, "additive")
    assert any("field 'kind': enum value(s) removed: \"a\"" in m for m in breaking)
    assert any("field 'kind': enum value(s) added: \"c\"" in m for m in additive)
    assert (
        "GET /v1/archive/file/{file} (getArchiveFile): parameter 'file': type widened from integer to integer|string"
        in additive
    )
    narrowed = diff(new, old)
    assert (
        "GET /v1/archive/file/{file} (getArchiveFile): parameter 'file': type narrowed from integer|string to integer"
        in messages(narrowed, "breaking")
    )


def test_changed_auth_and_paging_are_breaking(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    new["paths"]["/v1/apps"]["get"]["security"] = [{"token": []}]
    new.setdefault("components", {})["securitySchemes"] = {
        "token": {"type": "apiKey", "in": "query", "name": "token"}
    }
    new["x-auth"] = {
        "credentials": {"token": {"description": "API token", "secret": True}},
        "schemes": {"token": {"kind": "api-key", "credential": "token"}},
    }
    new["paths"]["/v1/photos"]["get"]["x-pagination"]["next-header"] = "X-Next"
    result = diff(spec, new)
    breaking = messages(result, "breaking")
    assert "GET /v1/apps (listApps): authentication changed (security requirements)" in breaking
    assert "GET /v1/photos (listPhotos): paging changed (x-pagination)" in breaking
    assert "security scheme 'token': added" in messages(result, "additive")


def test_the_command_line_reports_json_and_exit_codes(
    spec: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, additive = tmp_path / "old.yaml", tmp_path / "new.yaml", tmp_path / "additive.yaml"
    old.write_text(yaml.safe_dump(spec), encoding="utf-8")
    changed = copy.deepcopy(spec)
    del changed["paths"]["/v1/apps"]
    new.write_text(yaml.safe_dump(changed), encoding="utf-8")
    grown = copy.deepcopy(spec)
    grown["paths"]["/v1/photos"]["get"]["parameters"].append(
        {"name": "sort", "in": "query", "schema": {"type": "string"}}
    )
    additive.write_text(yaml.safe_dump(grown), encoding="utf-8")

    assert main(["diff", str(old), str(new)]) == 1
    report = capsys.readouterr().out
    assert "Breaking changes (1):\n  - GET /v1/apps (listApps): operation removed" in report
    assert main(["diff", "--json", str(old), str(new)]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert answer["level"] == "breaking"
    assert answer["breaking"] == [{"where": "GET /v1/apps (listApps)", "message": "operation removed"}]
    assert main(["diff", str(old), str(additive)]) == 0  # additions alone do not fail a CI step
    assert "Additive changes (1):" in capsys.readouterr().out
    assert main(["diff", str(old), str(old)]) == 0
    assert main(["diff", str(old), str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err
