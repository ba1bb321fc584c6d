"""`x-sdk-download` and `x-sdk-workflows` in the typed model: what they read, and how they refuse.

Each refusal names the file, the JSONPath and what was expected, when `vendorkit generate` runs
(the transfers fixture's overlays are the working declarations; these are its broken variants).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import InputError
from generator.model import load_api
from generator.model.transfers import CallDecl, UploadDecl
from generator.overlay import apply_overlays, load_overlay

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "transfers"


def merged() -> dict[str, Any]:
    document = yaml.safe_load((FIXTURE / "specs" / "transfers.yaml").read_text())
    overlays = [
        load_overlay(FIXTURE / "overlays" / "transfers" / f"{name}.yaml") for name in ("auth", "quirks")
    ]
    return apply_overlays(document, overlays)


def refusal(document: dict[str, Any]) -> InputError:
    with pytest.raises(InputError) as caught:
        load_api(document, "transfers.yaml", "transfers")
    return caught.value


def test_the_fixture_declarations_read_into_typed_values() -> None:
    api = load_api(merged(), "transfers.yaml", "transfers")
    download = api.operation("downloadAsset").download
    assert download is not None and (download.name, download.max_resumes) == ("download_to", 3)
    export = api.operation("startExport").download
    assert export is not None and (export.name, export.max_resumes) == ("start_export_to", 1)
    (workflow,) = api.workflows
    assert (workflow.name, workflow.resource) == ("upload_file", "uploads")
    assert [a.name for a in workflow.arguments] == ["upload_name", "contribution_id"]
    kinds = [type(step).__name__ for step in workflow.steps]
    assert kinds == ["CallDecl", "CallDecl", "CallDecl", "UploadDecl", "CallDecl", "CallDecl"]
    assert workflow.returning.operation_id == "setUploaded"
    upload = workflow.steps[3]
    assert isinstance(upload, UploadDecl) and upload.url == "$signed_url"
    first = workflow.steps[0]
    assert isinstance(first, CallDecl) and first.unless == "$arg.contribution_id"


def _workflow(document: dict[str, Any]) -> dict[str, Any]:
    workflow: dict[str, Any] = document["x-sdk-workflows"]["upload_file"]
    return workflow


@pytest.mark.parametrize(
    ("change", "where", "says"),
    [
        (
            lambda d: d["paths"]["/assets/{id}"]["get"].update({"x-sdk-download": True}),
            "$['paths']['/assets/{id}']['get']['x-sdk-download']",
            "binary (non-JSON) media type",
        ),
        (
            lambda d: d["paths"]["/assets/{id}/download"]["get"]["x-sdk-download"].update(
                {"max-resumes": -1}
            ),
            "['x-sdk-download']['max-resumes']",
            "integer from 0 to 100",
        ),
        (
            lambda d: d["paths"]["/assets/{id}/download"]["get"]["x-sdk-download"].update({"resume": 1}),
            "['x-sdk-download']['resume']",
            "unknown key",
        ),
        (
            lambda d: _workflow(d)["steps"][2]["path"].pop("guid"),
            "$['x-sdk-workflows']['upload_file']['steps'][2]",
            "needs a value for guid",
        ),
        (
            lambda d: _workflow(d)["steps"][2]["path"].update({"guid": "$nothing"}),
            "$['x-sdk-workflows']['upload_file']['steps'][2]['path']['guid']",
            "'$nothing' is not known here",
        ),
        (
            lambda d: _workflow(d)["steps"][0].update({"operation": "noSuchOperation"}),
            "$['x-sdk-workflows']['upload_file']['steps'][0]['operation']",
            "no operation 'noSuchOperation'",
        ),
        (
            lambda d: _workflow(d)["steps"].append({"upload": "$signed_url"}),
            "$['x-sdk-workflows']['upload_file']['steps']",
            "exactly one upload step, found 2",
        ),
        (
            lambda d: _workflow(d)["steps"][5].update({"returns": True}),
            "$['x-sdk-workflows']['upload_file']['steps']",
            "exactly one step with `returns: true`, found 2",
        ),
        (
            lambda d: _workflow(d)["steps"][3].update({"headers": {"Authorization": "$signed_url"}}),
            "$['x-sdk-workflows']['upload_file']['steps'][3]['headers']",
            "never go to the upload URL",
        ),
        (
            lambda d: _workflow(d)["arguments"].update({"size": {"type": "integer"}}),
            "$['x-sdk-workflows']['upload_file']['arguments']['size']",
            "snake_case name other than",
        ),
        (
            lambda d: _workflow(d)["arguments"]["upload_name"].update({"required": "yes"}),
            "$['x-sdk-workflows']['upload_file']['arguments']['upload_name']['required']",
            "expected true or false",
        ),
        (
            lambda d: _workflow(d).update({"resource": "nowhere"}),
            "$['x-sdk-workflows']['upload_file']['resource']",
            "no operation is tagged",
        ),
        (
            lambda d: d["x-sdk-workflows"].update({"create_upload": _workflow(d)}),
            "$['x-sdk-workflows']['create_upload']",
            "already has a method 'create_upload'",
        ),
    ],
)
def test_a_broken_declaration_is_refused_with_its_place(change: Any, where: str, says: str) -> None:
    document = copy.deepcopy(merged())
    change(document)
    error = refusal(document)
    assert where in str(error.location), (error.location, where)
    assert says in str(error), str(error)
