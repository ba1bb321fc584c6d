"""The generation pipeline on a small fixture project: determinism, skipping, atomicity, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check import check
from generator.cli import main
from generator.errors import InputError
from generator.pipeline import HASH_FILE, generate
from generator.vendors import Project

FIXTURE = Path(__file__).parent.parent / "fixtures" / "mini"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    shutil.copytree(FIXTURE / "specs", tmp_path / "specs")
    shutil.copytree(FIXTURE / "overlays", tmp_path / "overlays")
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "LICENSE").write_text("MIT License (test project)\n")  # every client ships it
    return Project(root=tmp_path)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_generation_is_byte_identical_on_rerun(project: Project) -> None:
    generate(project)
    first = snapshot(project.generated_dir)
    generate(project, force=True)
    assert snapshot(project.generated_dir) == first
    assert "mini/mini_client/facade.py" in first
    assert "mini/openapi.yaml" in first
    assert "mini/mock_models.py" in first


def test_unchanged_inputs_are_skipped_and_changes_regenerate(project: Project) -> None:
    assert [o.action for o in generate(project)] == ["generated"]
    assert [o.action for o in generate(project)] == ["unchanged"]
    spec = project.specs_dir / "mini.yaml"
    spec.write_text(spec.read_text().replace("Mini API", "Mini API v2"))
    assert [o.action for o in generate(project)] == ["generated"]
    assert "Mini API v2" in (project.generated_dir / "mini" / "openapi.yaml").read_text()


def test_failed_generation_leaves_generated_untouched(project: Project) -> None:
    generate(project)
    before = snapshot(project.generated_dir)
    overlay = project.overlays_dir / "mini" / "auth.yaml"
    overlay.write_text(
        overlay.read_text().replace("$.paths['/v1/archive/file/{file}'].get", "$.paths['/nope'].get")
    )
    with pytest.raises(InputError) as error:
        generate(project)
    message = str(error.value)
    assert "auth.yaml" in message and "actions[2]" in message and "/nope" in message
    assert snapshot(project.generated_dir) == before
    assert [p.name for p in project.generated_dir.iterdir()] == ["mini"]  # no staging left behind


def test_invalid_openapi_names_file_and_jsonpath(project: Project) -> None:
    spec = project.specs_dir / "mini.yaml"
    spec.write_text(spec.read_text().replace("{name: file, in: path", "{name: file, in: nowhere", 1))
    with pytest.raises(InputError) as error:
        generate(project)
    assert "specs/mini.yaml" in str(error.value)
    assert "$['paths']" in str(error.value)


def test_missing_doc_source_is_reported_with_the_operation(project: Project) -> None:
    spec = project.specs_dir / "mini.yaml"
    spec.write_text(
        spec.read_text().replace(
            "      x-doc-source: here\n      x-sdk-name: get_file\n", "      x-sdk-name: get_file\n"
        )
    )
    with pytest.raises(InputError, match=r"\['/v1/archive/file/\{file\}'\]\['get'\]: missing x-doc-source"):
        generate(project)


def test_check_reports_drift(project: Project) -> None:
    generate(project)
    assert not check(project)
    facade = project.generated_dir / "mini" / "mini_client" / "facade.py"
    facade.write_text(facade.read_text() + "# hand edit\n")
    (project.generated_dir / "mini" / "stray.txt").write_text("x")
    drift = check(project)
    assert drift.changed == ["generated/mini/mini_client/facade.py"]
    assert drift.removed == ["generated/mini/stray.txt"]
    assert "+# hand edit" not in drift.summary()  # fresh output lacks the line: shown as removed
    assert "-# hand edit" in drift.summary()


def test_cli_exit_codes(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    root = ["--root", str(project.root)]
    assert main([*root, "generate"]) == 0
    assert main([*root, "check"]) == 0
    (project.generated_dir / "mini" / HASH_FILE).write_text("stale\n")
    assert main([*root, "check"]) == 1
    assert main([*root, "generate", "nosuchvendor"]) == 2
    assert "no such vendor 'nosuchvendor'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main([*root, "frobnicate"])
    assert usage.value.code == 2


def test_noop_generate_answers_before_importing_the_pipeline(project: Project) -> None:
    """An all-unchanged `vendorkit generate` is decided by generator.freshness alone (see generator.cli):
    same output as the full path, without importing argparse, pathlib or the pipeline."""
    import subprocess
    import sys

    generate(project)
    expected = "".join(f"{o.vendor}: {o.action} ({o.path})\n" for o in generate(project))
    probe = (
        "import sys; from generator.cli import main; code = main(sys.argv[1:]); "
        "heavy = [m for m in ('argparse', 'pathlib', 'dataclasses', 'generator.pipeline') if m in sys.modules]; "
        "print('exit', code, 'heavy', heavy)"
    )
    for argv in (
        ["--root", str(project.root), "generate"],
        ["--root", str(project.root), "generate", "mini"],
    ):
        run = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, check=True)
        assert run.stdout == expected + "exit 0 heavy []\n"
    # Anything else goes the full way: a changed input is regenerated, --force too.
    spec = project.specs_dir / "mini.yaml"
    spec.write_text(spec.read_text() + "# changed\n")
    run = subprocess.run(
        [sys.executable, "-c", probe, "--root", str(project.root), "generate"], capture_output=True, text=True
    )
    assert run.stdout.startswith(f"mini: generated ({project.generated_dir / 'mini'})\n")
    assert "'generator.pipeline'" in run.stdout


def test_generated_facade_follows_pagination_links(project: Project) -> None:
    """The offset/next-header paging style, rendered and run (the mini spec has one such listing)."""
    import importlib
    import sys

    import httpx

    generate(project)
    sys.path.insert(0, str(project.generated_dir / "mini"))
    try:
        mini_client = importlib.import_module("mini_client")
        records = [{"id": n} for n in range(45)]

        def handler(request: httpx.Request) -> httpx.Response:
            offset, limit = int(request.url.params.get("offset", 0)), int(request.url.params["limit"])
            headers = {"X-Total-Records": str(len(records))}
            if offset + limit < len(records):
                headers["X-Pagination-Next"] = f"/v1/photos?offset={offset + limit}&limit={limit}"
            return httpx.Response(200, json=records[offset : offset + limit], headers=headers)

        client = mini_client.Mini(
            base_url="https://mini.test",
            httpx_args={"transport": httpx.MockTransport(handler)},
            rate_limit=False,
        )
        pages = list(client.photos.list_photos_pages(limit=20))
        assert [len(page) for page in pages] == [20, 20, 5]
        assert [item.id for page in pages for item in page] == list(range(45))

        sent: list[httpx.URL] = []

        def capture(request: httpx.Request) -> httpx.Response:
            sent.append(request.url)
            return httpx.Response(200, json=[])

        typed = mini_client.Mini(
            base_url="https://mini.test",
            httpx_args={"transport": httpx.MockTransport(capture)},
            rate_limit=False,
        )
        typed.photos.list_photos(fields=["id", "name"], where={"color": ["red", "blue"], "n": 1})
        assert sent[0].params["fields"] == "id,name"  # explode: false -> comma-separated
        assert sent[0].params["where"] == '{"color":["red","blue"],"n":1}'  # x-json-encoded -> JSON text

        groups = [{"id": 1, "name": "one"}, {"id": 2, "name": "two"}]

        def groups_api(request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/apps":
                return httpx.Response(200, json={"status": 200, "message": "ok", "data": groups})
            if "group_id" in request.url.params:
                return httpx.Response(200, json=groups[int(request.url.params["group_id"]) - 1])
            return httpx.Response(200, json={"status": 200, "data": groups})

        variants = mini_client.Mini(
            base_url="https://mini.test",
            httpx_args={"transport": httpx.MockTransport(groups_api)},
            rate_limit=False,
        )
        assert variants.groups.get(group_id=2).name == "two"  # x-sdk-variants: one method per documented use
        assert [g.id for g in variants.groups.list()] == [1, 2]  # ... each typed, envelope unwrapped
        assert [g.name for g in variants.groups.apps()] == ["one", "two"]  # x-envelope
        assert not hasattr(variants.groups, "get_groups")  # the combined operation is not offered
    finally:
        sys.path.remove(str(project.generated_dir / "mini"))
        for name in [m for m in sys.modules if m == "mini_client" or m.startswith("mini_client.")]:
            del sys.modules[name]
