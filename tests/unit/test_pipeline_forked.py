"""One vendor rendered with its validation and mock models in forked processes (`render_vendor(fork=True)`):
the same bytes as in one process, the same errors in the same order of precedence, nothing left behind."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import GenerationError, InputError
from generator.pipeline import _Forked, generate, render_vendor
from generator.vendors import Project

FIXTURE = Path(__file__).parent.parent / "fixtures" / "mini"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    shutil.copytree(FIXTURE / "specs", tmp_path / "specs")
    shutil.copytree(FIXTURE / "overlays", tmp_path / "overlays")
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "LICENSE").write_text("MIT License (test project)\n")
    return Project(root=tmp_path)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _render(project: Project, fork: bool, where: str) -> Path:
    target = project.root / where / "mini"
    render_vendor(project.vendor("mini"), project, target, "digest", fork=fork)
    return target


def test_forked_and_sequential_rendering_write_the_same_bytes(project: Project) -> None:
    forked = snapshot(_render(project, True, "forked"))
    assert forked == snapshot(_render(project, False, "sequential"))
    assert {"openapi.yaml", "mock_models.py", "mini_client/facade.py"} <= set(forked)


def _break_spec(project: Project) -> None:
    spec = project.specs_dir / "mini.yaml"
    spec.write_text(spec.read_text().replace("{name: file, in: path", "{name: file, in: nowhere", 1))


@pytest.mark.parametrize("fork", [True, False])
def test_an_invalid_spec_is_reported_as_such_either_way(project: Project, fork: bool) -> None:
    _break_spec(project)
    with pytest.raises(InputError) as error:
        _render(project, fork, "out")
    assert "specs/mini.yaml" in str(error.value) and "the hand-written spec is not valid OpenAPI" in str(
        error.value
    )


@pytest.mark.parametrize("fork", [True, False])
def test_an_invalid_spec_comes_before_its_overlays_errors(project: Project, fork: bool) -> None:
    _break_spec(project)
    overlay = project.overlays_dir / "mini" / "auth.yaml"
    overlay.write_text(
        overlay.read_text().replace("$.paths['/v1/archive/file/{file}'].get", "$.paths['/nope'].get")
    )
    with pytest.raises(InputError, match="the hand-written spec is not valid OpenAPI"):
        _render(project, fork, "out")


def test_a_validation_error_wins_over_a_client_error_raised_meanwhile(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    _break_spec(project)

    def client_fails(*args: object) -> None:
        raise GenerationError("client", None, "downstream of the invalid spec")

    monkeypatch.setattr(pipeline, "_write_client", client_fails)
    with pytest.raises(InputError, match="not valid OpenAPI"):
        _render(project, True, "out")


def test_a_failing_child_fails_the_vendor_and_generated_stays_as_it_was(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VENDORKIT_JOBS", "2")
    generate(project)
    before = snapshot(project.generated_dir)

    def models_fail(*args: object) -> None:
        raise GenerationError("models", None, "datamodel-code-generator failed: on purpose")

    monkeypatch.setattr(pipeline, "_write_mock_models", models_fail)
    with pytest.raises(GenerationError, match="on purpose"):
        generate(project, force=True)
    assert snapshot(project.generated_dir) == before
    assert [p.name for p in project.generated_dir.iterdir()] == ["mini"]


def test_forked_errors_come_back_whole_and_unpicklable_ones_as_text() -> None:
    def located() -> None:
        raise InputError("spec.yaml", "$.paths", "bad")

    with pytest.raises(InputError) as error:
        _Forked(located).result()
    assert (error.value.file, error.value.location, error.value.message) == ("spec.yaml", "$.paths", "bad")

    class Local(Exception):  # a local class cannot be pickled
        pass

    def unpicklable() -> None:
        raise Local("no pickle")

    with pytest.raises(RuntimeError, match="Local: no pickle"):
        _Forked(unpicklable).result()


def test_a_cancelled_child_is_reaped(tmp_path: Path) -> None:
    marker = tmp_path / "never"
    blocked, never_written = os.pipe()  # the child waits on a pipe nobody writes: no clock involved

    def slow() -> None:
        os.read(blocked, 1)
        marker.write_text("x")

    child = _Forked(slow)
    pid = child._pid
    child.cancel()
    os.close(blocked)
    os.close(never_written)
    assert pid is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    assert not marker.exists()


@pytest.mark.parametrize("fork", [True, False])
def test_a_yaml_syntax_error_is_reported_with_its_line_either_way(project: Project, fork: bool) -> None:
    spec = project.specs_dir / "mini.yaml"
    spec.write_text(spec.read_text() + "\nbroken: [1, 2\n")
    with pytest.raises(InputError, match="invalid YAML") as error:
        _render(project, fork, "out")
    assert "mini.yaml" in str(error.value) and "line " in str(error.value)


@pytest.mark.parametrize("fork", [True, False])
def test_an_overlay_error_on_a_valid_spec_is_reported_either_way(project: Project, fork: bool) -> None:
    overlay = project.overlays_dir / "mini" / "auth.yaml"
    overlay.write_text(
        overlay.read_text().replace("$.paths['/v1/archive/file/{file}'].get", "$.paths['/nope'].get")
    )
    with pytest.raises(InputError, match=r"auth\.yaml.*/nope"):
        _render(project, fork, "out")


def test_the_merged_spec_handover_file_is_removed(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _render(project, True, "out")
    _break_spec(project)
    with pytest.raises(InputError):
        _render(project, True, "again")
    assert list(scratch.iterdir()) == []


def test_the_mock_models_are_written_by_a_process_of_lower_priority(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The models' process starts with the others and yields the CPU to them (`MODELS_NICENESS`):
    the client and the validation are not slowed by it."""
    write = pipeline._write_spec_and_models
    ours = os.getpriority(os.PRIO_PROCESS, 0)

    def noted(merged: dict[str, object], label: str, target: Path) -> None:
        (target / "priority.txt").write_text(f"{os.getpid()} {os.getpriority(os.PRIO_PROCESS, 0)}")
        write(merged, label, target)

    monkeypatch.setattr(pipeline, "_write_spec_and_models", noted)
    target = _render(project, True, "out")
    pid, priority = (int(part) for part in (target / "priority.txt").read_text().split())
    assert pid != os.getpid()
    assert priority == min(19, ours + pipeline.MODELS_NICENESS)
    assert (target / "mock_models.py").is_file()


@pytest.mark.parametrize("enabled", [True, False])
def test_long_lived_imports_run_without_the_collector_and_are_frozen(enabled: bool) -> None:
    """What is made inside is moved to the permanent generation; the collector is left as it was."""
    import gc

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        frozen_before = gc.get_freeze_count()
        with pipeline.long_lived_imports():
            assert not gc.isenabled()
            made = [[index] for index in range(1000)]  # tracked containers, like a module's objects
        assert gc.get_freeze_count() >= frozen_before + len(made)
        assert gc.isenabled() is enabled
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()
