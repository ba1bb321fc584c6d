"""Every kind of bad tool input is one line naming the file and the place, exit 2, and leaves
`generated/` as it was (issue 15: a dangling `$ref` printed an 87-line traceback holding the whole
spec; `vendorkit mock --port 99999` a traceback)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cli import main
from generator.vendors import Project

FIXTURE = Path(__file__).parent.parent / "fixtures" / "mini"
SPEC = "specs/mini.yaml"
AUTH = "overlays/mini/auth.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    shutil.copytree(FIXTURE / "specs", tmp_path / "specs")
    shutil.copytree(FIXTURE / "overlays", tmp_path / "overlays")
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "LICENSE").write_text("MIT License (test project)\n")  # every client ships it
    project = Project(root=tmp_path)
    assert main(["--root", str(tmp_path), "generate"]) == 0
    return project


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def edit(relative: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / relative
        text = path.read_text()
        assert old in text, f"fixture changed: {old!r} not in {relative}"
        path.write_text(text.replace(old, new, 1))

    return apply


def remove(relative: str) -> Callable[[Path], None]:
    return lambda root: (root / relative).unlink()


BAD_INPUTS = {
    "broken YAML": (edit(SPEC, "openapi: 3.1.0", "openapi: [3.1.0"), SPEC, "line"),
    "not valid OpenAPI": (
        edit(SPEC, "{name: file, in: path", "{name: file, in: nowhere"),
        SPEC,
        "$['paths']",
    ),
    "dangling $ref": (
        edit(SPEC, '"#/components/schemas/ArchiveFile"', '"#/components/schemas/Nope"'),
        SPEC,
        "['$ref']: $ref '#/components/schemas/Nope' points nowhere",
    ),
    "remote $ref": (
        edit(SPEC, '"#/components/schemas/ArchiveFile"', '"other.yaml#/ArchiveFile"'),
        SPEC,
        "only references inside the same document",
    ),
    "overlay with a bad JSONPath": (
        edit(AUTH, "- target: $.paths[", "- target: $.paths[[["),
        AUTH,
        "actions[1]",
    ),
    "overlay target matching nothing": (
        edit(AUTH, "$.paths['/v1/archive/file/{file}'].get", "$.paths['/nope'].get"),
        AUTH,
        "actions[2]",
    ),
    "missing spec file": (remove(SPEC), "overlays/mini", "no spec specs/mini.yaml"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_exit_2_and_generated_untouched(
    case: str, project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    damage, file, place = BAD_INPUTS[case]
    before = snapshot(project.generated_dir)
    capsys.readouterr()
    damage(project.root)
    assert main(["--root", str(project.root), "generate", "--force"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("vendorkit: error: "), error
    assert "Traceback" not in error and len(error) < 600, error
    assert file in error and place in error, error
    assert snapshot(project.generated_dir) == before


def test_unknown_vendor_is_one_line_exit_2(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--root", str(project.root), "generate", "nosuch"]) == 2
    assert capsys.readouterr().err == (
        f"vendorkit: error: {project.root}/specs/nosuch.yaml: no such vendor 'nosuch' (known vendors: mini)\n"
    )


@pytest.mark.parametrize(
    ("flags", "says"),
    [
        (["--port", "99999"], "expected a port from 0 to 65535, got '99999'"),
        (["--port", "-1"], "expected a port from 0 to 65535"),
        (["--port", "²"], "expected a port from 0 to 65535"),
        (["--token-lifetime", "nan"], "expected a number of seconds >= 0"),
        (["--fault-error-rate", "2"], "--fault-error-rate"),
    ],
)
def test_bad_mock_flags_are_usage_errors(
    flags: list[str], says: str, project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["--root", str(project.root), "mock", "mini", *flags])
    assert usage.value.code == 2
    error = capsys.readouterr().err
    assert says in error and "Traceback" not in error
    assert error.strip().splitlines()[-1].startswith("vendorkit mock mini: error: ")
