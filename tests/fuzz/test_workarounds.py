"""The schemathesis workarounds: each defect reproduced on the pinned schemathesis, each remedy scoped.

The `test_defect_*` tests run schemathesis *without* the workaround and assert the defect is still
there. When one fails, schemathesis has fixed that defect: drop the workaround it names (from
`generator/fuzz/workarounds.py`, `generator/model/fuzzing.py`, the overlays' `x-fuzz.workarounds`
and docs/extensions.md). The other tests pin what a workaround does and that it stays inside the
run and the operations that declare it.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode

from generator.errors import InputError
from generator.fuzz.uploads import MultipartConformance, registered_samples
from generator.fuzz.workarounds import CATALOGUE, declared, describe_workarounds, installed_on
from generator.model import Api, load_api
from generator.model.fuzzing import WORKAROUNDS

JPEG_PART = "image/jpeg"
ALL = list(WORKAROUNDS)

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "mini uploads", "version": "1"},
    "paths": {
        "/groups": {
            "post": {
                "operationId": "createGroup",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["title"],
                                "properties": {"title": {"type": "string", "maxLength": 20}},
                            }
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "created",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Group"}}},
                    }
                },
            }
        },
        "/media": {
            "post": {
                "operationId": "uploadMedia",
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {"$ref": "#/components/schemas/MediaForm"},
                            "encoding": {
                                "data": {"contentType": "application/json"},
                                "file": {"contentType": JPEG_PART},
                            },
                        }
                    },
                },
                "responses": {"201": {"description": "stored"}, "422": {"description": "refused"}},
                "x-fuzz": {
                    "allow": [
                        {
                            "check": "positive_data_acceptance",
                            "statuses": ["422"],
                            "reason": "for the tests only",
                        }
                    ],
                    "workarounds": ALL,
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Group": {
                "type": "object",
                "required": ["id", "title"],
                "properties": {"id": {"type": "integer"}, "title": {"type": "string"}},
            },
            "MediaForm": {
                "type": "object",
                "required": ["data", "file"],
                "properties": {
                    "data": {
                        "type": "object",
                        "required": ["group_id"],
                        "properties": {"group_id": {"type": "integer"}},
                    },
                    "file": {"type": "string", "format": "binary"},
                },
            },
        }
    },
}
API = load_api(SPEC, "mini.yaml")
SETTINGS = settings(
    max_examples=150,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def drop_hint(name: str) -> str:
    assert name in CATALOGUE
    return f"schemathesis no longer shows this defect: drop workaround {name}"


def file_of(case: Any) -> bytes | None:
    value = case.body.get("file") if isinstance(case.body, dict) else None
    data = getattr(value, "data", value)
    return bytes(data) if isinstance(data, bytes | bytearray) else None


def is_jpeg(data: bytes | None) -> bool:
    return data is not None and data.startswith(b"\xff\xd8\xff")


@pytest.fixture
def no_media_type_strategies(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """schemathesis' media-type registry empty for the test, as in a fresh process: the fuzz targets
    other test modules of this worker built at collection hold samples for the whole session. Our
    registry of them is swapped for an empty one too, so its counts match what schemathesis holds."""
    from schemathesis.core.media_types import MEDIA_TYPE_STRATEGIES

    from generator.fuzz import uploads

    saved = dict(MEDIA_TYPE_STRATEGIES)
    MEDIA_TYPE_STRATEGIES.clear()
    monkeypatch.setattr(uploads, "_SAMPLES", uploads._SampleRegistry())
    try:
        yield
    finally:
        MEDIA_TYPE_STRATEGIES.clear()
        MEDIA_TYPE_STRATEGIES.update(saved)


def schema_of(api: Api = API) -> Any:
    return schemathesis.openapi.from_dict(api.document)


def draw_cases(operation: Any, mode: GenerationMode, **kwargs: Any) -> list[Any]:
    found: list[Any] = []

    @SETTINGS
    @given(case=operation.as_strategy(generation_mode=mode, **kwargs))
    def collect(case: Any) -> None:
        found.append(case)

    collect()
    return found


# -- the catalogue ----------------------------------------------------------------------------------


def test_the_catalogue_is_exactly_what_x_fuzz_may_name() -> None:
    assert tuple(CATALOGUE) == WORKAROUNDS
    for workaround in CATALOGUE.values():
        assert workaround.defect and workaround.remedy
        assert (workaround.drop is None) == workaround.file_samples  # a filter, or the file samples


# -- the defects, without the workarounds ---------------------------------------------------------------


def test_defect_multipart_file_samples(no_media_type_strategies: None) -> None:
    cases = draw_cases(schema_of()["/media"]["POST"], GenerationMode.POSITIVE)
    files = [file_of(case) for case in cases if file_of(case) is not None]
    assert files, "no positive case with a file part"
    assert not all(is_jpeg(data) for data in files), drop_hint("multipart-file-samples")


def test_remedy_multipart_file_samples(no_media_type_strategies: None) -> None:
    with registered_samples([JPEG_PART]):
        cases = draw_cases(schema_of()["/media"]["POST"], GenerationMode.POSITIVE)
    files = [file_of(case) for case in cases if file_of(case) is not None]
    assert files and all(is_jpeg(data) for data in files)


def test_defect_multipart_coverage_blank_parts(no_media_type_strategies: None) -> None:
    schema = schema_of()
    operation = schema["/media"]["POST"]
    config = schema.config.generation_for(operation=operation, phase="coverage")
    with registered_samples([JPEG_PART]):
        cases = list(
            schema.iter_coverage_cases(
                operation, generation_modes=[GenerationMode.POSITIVE], generation_config=config
            )
        )
    blank = [
        case
        for case in cases
        if case.meta.generation.mode.is_positive
        and isinstance(case.body, dict)
        and case.body.get("data") == ""
    ]
    assert blank, drop_hint("multipart-coverage-blank-parts")
    assert not MultipartConformance(API).schema_valid(blank[0])  # what the workaround's filter looks at


def test_defect_multipart_edited_relabelled_negative() -> None:
    cases = draw_cases(schema_of()["/media"]["POST"], GenerationMode.POSITIVE)
    case = next(case for case in cases if file_of(case) is not None)
    assert case.meta.generation.mode.is_positive
    case.body["data"] = {"group_id": 1}  # what a link does to a stateful step's body
    conformance = MultipartConformance(API)
    assert conformance.schema_valid(case)
    assert case.meta.phase.data.description == "Positive test case"
    assert case.meta.generation.mode.is_negative, drop_hint("multipart-edited-relabelled-negative")


def test_defect_multipart_mixed_positive_wrong_files() -> None:
    from schemathesis.generation.feedback import FeedbackSources

    schema = schema_of()
    create = schema["/groups"]["POST"]
    created = create.Case(body={"title": "first"}, media_type="application/json")
    source = schema.create_extra_data_source()
    source.record_response(
        operation=create, response=_response(201, {"id": 1, "title": "first"}), case=created
    )
    with registered_samples([JPEG_PART]):
        cases = draw_cases(
            schema["/media"]["POST"],
            GenerationMode.NEGATIVE,
            feedback=FeedbackSources(extra_data_source=source),
        )
    conformance = MultipartConformance(API)
    mislabelled = [
        case
        for case in cases
        if case.meta.generation.mode.is_positive and file_of(case) is not None and not is_jpeg(file_of(case))
    ]
    assert mislabelled, drop_hint("multipart-mixed-positive-wrong-files")
    assert not conformance.files_of_declared_types(mislabelled[0])


def _response(status: int, body: Any) -> Any:
    """A JSON answer of the mini API, as schemathesis' transports hand it over."""
    import json

    import requests
    from schemathesis.core.transport import Response

    return Response(
        status_code=status,
        headers={"content-type": ["application/json"]},
        content=json.dumps(body).encode(),
        request=requests.Request("POST", "http://mini.test/groups").prepare(),
        elapsed=0.0,
        verify=False,
    )


# -- the remedies: what they drop, where, for how long --------------------------------------------------


def _failure(kind: str) -> Any:
    from schemathesis.core.failures import AcceptedNegativeData
    from schemathesis.openapi.checks import RejectedPositiveData

    if kind == "rejected":
        return RejectedPositiveData(
            operation="POST /media", message="m", status_code=422, allowed_statuses=["2xx"]
        )
    return AcceptedNegativeData(
        operation="POST /media", message="m", status_code=201, expected_statuses=["4xx"]
    )


def _case(schema: Any, body: dict[str, Any], phase: str, description: str, mode: GenerationMode) -> Any:
    """A multipart case of uploadMedia as a check sees it: what was sent, and how it was labelled."""
    return SimpleNamespace(
        operation=schema["/media"]["POST"],
        media_type="multipart/form-data",
        body=body,
        meta=SimpleNamespace(
            generation=SimpleNamespace(mode=mode),
            phase=SimpleNamespace(name=phase, data=SimpleNamespace(description=description)),
        ),
    )


JPEG = bytes.fromhex("ffd8ffe000104a464946")
PDF = b"%PDF-1.4\n%%EOF"


@pytest.mark.parametrize(
    ("failure", "body", "phase", "description", "mode", "kept"),
    [
        # multipart-coverage-blank-parts: the blank `data` of a coverage case, not a real rejection
        (
            "rejected",
            {"data": "", "file": JPEG},
            "coverage",
            "Multipart body with custom encoding",
            "positive",
            False,
        ),
        (
            "rejected",
            {"data": {"group_id": 1}, "file": JPEG},
            "coverage",
            "Default positive test case",
            "positive",
            True,
        ),
        # multipart-edited-relabelled-negative: a schema-valid stateful step relabelled negative
        (
            "accepted",
            {"data": {"group_id": 1}, "file": JPEG},
            "stateful",
            "Positive test case",
            "negative",
            False,
        ),
        (
            "accepted",
            {"data": {"group_id": "x"}, "file": JPEG},
            "stateful",
            "Positive test case",
            "negative",
            True,
        ),
        ("accepted", {"data": {"group_id": 1}, "file": JPEG}, "fuzzing", "Mutated body", "negative", True),
        # multipart-mixed-positive-wrong-files: a PDF in a part declared image/jpeg
        (
            "rejected",
            {"data": {"group_id": 1}, "file": PDF},
            "fuzzing",
            "Positive test case",
            "positive",
            False,
        ),
        (
            "rejected",
            {"data": {"group_id": 1}, "file": JPEG},
            "fuzzing",
            "Positive test case",
            "positive",
            True,
        ),
    ],
)
def test_workarounds_drop_the_defects_reports_and_keep_real_findings(
    failure: str, body: dict[str, Any], phase: str, description: str, mode: str, kept: bool
) -> None:
    from schemathesis.hooks import should_keep_failure

    schema = schema_of()
    case = _case(schema, body, phase, description, GenerationMode(mode))
    with installed_on(API, schema) as installed:
        assert should_keep_failure(_failure(failure), case, None) is kept
    assert sum(installed.dropped.values()) == (0 if kept else 1)
    assert should_keep_failure(_failure(failure), case, None)  # removed again after the block


def test_workarounds_apply_to_the_operations_that_declare_them_only() -> None:
    undeclared = {**SPEC, "paths": {**SPEC["paths"], "/media": {"post": {**SPEC["paths"]["/media"]["post"]}}}}
    del undeclared["paths"]["/media"]["post"]["x-fuzz"]
    api = load_api(undeclared, "mini.yaml")
    assert declared(api) == {}
    schema = schema_of(api)
    case = _case(
        schema,
        {"data": "", "file": JPEG},
        "coverage",
        "Multipart body with custom encoding",
        GenerationMode.POSITIVE,
    )
    from schemathesis.hooks import should_keep_failure

    with installed_on(api, schema):
        assert should_keep_failure(_failure("rejected"), case, None)


def test_workarounds_are_installed_on_one_schema_and_for_the_block_only() -> None:
    from schemathesis.core.media_types import MEDIA_TYPE_STRATEGIES
    from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

    schema, other = schema_of(), schema_of()
    before = dict(MEDIA_TYPE_STRATEGIES)
    global_hooks = list(GLOBAL_HOOK_DISPATCHER.get_all_by_name("filter_failure"))
    with installed_on(API, schema) as installed, installed_on(API, other):
        assert installed.names == tuple(WORKAROUNDS)
        assert len(schema.hooks.get_all_by_name("filter_failure")) == 3
        assert JPEG_PART in MEDIA_TYPE_STRATEGIES
        assert GLOBAL_HOOK_DISPATCHER.get_all_by_name("filter_failure") == global_hooks
    assert schema.hooks.get_all_by_name("filter_failure") == []
    assert dict(MEDIA_TYPE_STRATEGIES) == before


def test_the_run_report_names_each_workaround_its_version_and_operations() -> None:
    lines = describe_workarounds(API)
    assert [line.split(" ", 1)[0] for line in lines] == list(WORKAROUNDS)
    assert all("(schemathesis 4.32.5) on uploadMedia:" in line for line in lines)


# -- declaring them ----------------------------------------------------------------------------------------


def test_an_unknown_workaround_is_an_input_error_naming_the_place() -> None:
    broken = {**SPEC, "paths": {**SPEC["paths"], "/media": {"post": {**SPEC["paths"]["/media"]["post"]}}}}
    broken["paths"]["/media"]["post"]["x-fuzz"] = {"workarounds": ["no-such-defect"]}
    with pytest.raises(
        InputError, match=r"mini\.yaml.*x-fuzz.*workarounds.*0.*expected one of multipart-file-samples"
    ):
        load_api(broken, "mini.yaml")


def test_a_workaround_on_an_operation_it_cannot_concern_is_an_input_error() -> None:
    broken = {**SPEC, "paths": {**SPEC["paths"], "/groups": {"post": {**SPEC["paths"]["/groups"]["post"]}}}}
    broken["paths"]["/groups"]["post"]["x-fuzz"] = {"workarounds": ["multipart-file-samples"]}
    with pytest.raises(
        InputError, match=r"multipart-file-samples cannot concern createGroup: it has no multipart"
    ):
        declared(load_api(broken, "mini.yaml"))
