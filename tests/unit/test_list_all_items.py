"""Which field of a page holds the items `<method>_all()` yields: the answer's list, the fields
`x-pagination.items` names, or the answer's only array; otherwise generation refuses, naming the file
and the JSONPath where to declare them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.pipeline import generate
from generator.vendors import Project

FIXTURE = Path(__file__).parent.parent / "fixtures" / "mini"
ARRAY_ANSWER = (
    '{application/json: {schema: {type: array, items: {$ref: "#/components/schemas/ArchiveFile"}}}}'
)
PAGING = "x-pagination: {style: offset, in: query, limit-param: limit, next-header: X-Pagination-Next}"


def project_with(tmp_path: Path, answer: str, paging: str = PAGING) -> Project:
    shutil.copytree(FIXTURE / "specs", tmp_path / "specs")
    shutil.copytree(FIXTURE / "overlays", tmp_path / "overlays")
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "LICENSE").write_text("MIT License (test project)\n")  # every client ships it
    spec = tmp_path / "specs" / "mini.yaml"
    text = spec.read_text()
    assert ARRAY_ANSWER in text and PAGING in text
    spec.write_text(text.replace(ARRAY_ANSWER, answer).replace(PAGING, paging))
    return Project(root=tmp_path)


def photos_resource(project: Project) -> str:
    generate(project)
    return (project.generated_dir / "mini" / "mini_client" / "resources" / "photos.py").read_text()


def object_answer(*arrays: str) -> str:
    properties = ", ".join(
        f'{name}: {{type: array, items: {{$ref: "#/components/schemas/ArchiveFile"}}}}' for name in arrays
    )
    return f"{{application/json: {{schema: {{type: object, properties: {{total: {{type: integer}}, {properties}}}}}}}}}"


def test_a_list_answer_is_the_items(tmp_path: Path) -> None:
    source = photos_resource(project_with(tmp_path, ARRAY_ANSWER))
    assert "def list_photos_all(" in source and "-> Iterator[ArchiveFile]:" in source


def test_the_only_array_of_an_object_answer_is_the_items(tmp_path: Path) -> None:
    source = photos_resource(project_with(tmp_path, object_answer("photos")))
    assert '(("photos",),)' in source and "-> Iterator[ArchiveFile]:" in source


def test_several_arrays_are_refused_until_x_pagination_names_the_items(tmp_path: Path) -> None:
    project = project_with(tmp_path / "refused", object_answer("photos", "videos"))
    with pytest.raises(InputError) as refused:
        generate(project)
    assert refused.value.file is not None and "mini.yaml" in refused.value.file
    assert refused.value.location == "$['paths']['/v1/photos']['get']['x-pagination']['items']"
    assert "photos, videos" in refused.value.message and "x-pagination.items" in refused.value.message

    declared = PAGING.replace("}", ", items: [videos, photos]}")
    source = photos_resource(project_with(tmp_path / "declared", object_answer("photos", "videos"), declared))
    assert '(("videos",), ("photos",))' in source


def test_an_item_field_that_is_not_an_array_is_refused(tmp_path: Path) -> None:
    declared = PAGING.replace("}", ", items: [total]}")
    with pytest.raises(InputError, match="'total' is not an array"):
        generate(project_with(tmp_path, object_answer("photos"), declared))
