"""Client versions: valid PEP 440 whatever `info.version` says, changed whenever the package is, and
driven by the contract against the last release (major breaking, minor additive, patch otherwise).

The last check runs over the committed clients: `make test` fails when one changed incompatibly
since its release (`releases/<vendor>/`) without the matching version bump.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from packaging.version import Version

from generator.cli import main
from generator.pipeline import generate
from generator.specio import load_document
from generator.vendors import Project
from generator.versioning import bump, contract_diff, load_release, pep440_release
from tests.conftest import GENERATED, ROOT, generated_vendors
from tests.support.fixtures import FIXTURES


@pytest.mark.parametrize(
    ("api_version", "expected"),
    [
        ("1.0.27-SNAPSHOT", "1.0.27"),
        ("v2", "2.0.0"),
        ("2024-01-01", "2024.0.0"),
        ("beta", "0.1.0"),
        ("3.1.4.1", "3.1.4"),
    ],
)
def test_any_api_version_gives_a_pep440_version(api_version: str, expected: str) -> None:
    assert pep440_release(api_version) == expected
    assert str(Version(expected)) == expected


def test_bumps() -> None:
    assert [bump("1.2.3", level) for level in ("breaking", "additive", "patch", "none")] == [
        "2.0.0",
        "1.3.0",
        "1.2.4",
        "1.2.3",
    ]


def _version(project: Project) -> str:
    text = (project.generated_dir / "mini" / "mini_client" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match is not None
    pyproject = (project.generated_dir / "mini" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'\nversion = "{match.group(1)}"\n' in pyproject  # one version, two places
    return match.group(1)


def _changelog(project: Project) -> str:
    return (project.generated_dir / "mini" / "CHANGELOG.md").read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    shutil.copytree(FIXTURES / "mini" / "specs", tmp_path / "specs")
    shutil.copytree(FIXTURES / "mini" / "overlays", tmp_path / "overlays")
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    shutil.copyfile(ROOT / "LICENSE", tmp_path / "LICENSE")
    spec = tmp_path / "specs" / "mini.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("version: 1.0.0", "version: 1.0.27-SNAPSHOT"))
    return Project(root=tmp_path)


def test_versions_follow_contract_changes_since_the_release(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    generate(project)
    assert _version(project) == "1.0.27"  # no release yet: the release part of info.version
    assert "## 1.0.27 (not released yet)" in _changelog(project)
    assert (project.generated_dir / "mini" / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()

    assert main(["--root", str(project.root), "release", "mini"]) == 0
    assert "mini: released 1.0.27" in capsys.readouterr().out
    assert _version(project) == "1.0.27"
    assert "## 1.0.27\n" in _changelog(project)  # released now
    assert [o.action for o in generate(project)] == ["unchanged"]

    # Generator-side change only (the package's content differs from the release): patch.
    record_file = project.root / "releases" / "mini" / "release.json"
    record = json.loads(record_file.read_text(encoding="utf-8"))
    record_file.write_text(json.dumps({**record, "content": "0" * 64}), encoding="utf-8")
    generate(project)
    assert _version(project) == "1.0.28"
    assert "Generator, template or runtime changes" in _changelog(project)
    record_file.write_text(json.dumps(record), encoding="utf-8")

    spec = project.specs_dir / "mini.yaml"
    original = spec.read_text(encoding="utf-8")
    spec.write_text(
        original.replace(
            "        - {name: offset, in: query, schema: {type: integer, default: 0}}\n",
            "        - {name: offset, in: query, schema: {type: integer, default: 0}}\n"
            "        - {name: sort, in: query, schema: {type: string}}\n",
        ),
        encoding="utf-8",
    )
    generate(project)
    assert _version(project) == "1.1.0"  # additive
    assert "- GET /v1/photos (listPhotos): optional query parameter 'sort' added" in _changelog(project)

    spec.write_text(
        original.replace("      x-sdk-name: apps\n", "      x-sdk-name: applications\n"), encoding="utf-8"
    )
    generate(project)
    assert _version(project) == "2.0.0"  # breaking: a client method renamed
    changelog = _changelog(project)
    assert (
        "### Breaking\n\n- GET /v1/apps (listApps): client method groups.apps is now groups.applications"
        in changelog
    )
    assert changelog.index("## 2.0.0 (not released yet)") < changelog.index("## 1.0.27\n")


def test_a_broken_release_record_is_refused_with_its_place(project: Project) -> None:
    folder = project.root / "releases" / "mini"
    folder.mkdir(parents=True)
    (folder / "release.json").write_text('{"version": "1.0"}', encoding="utf-8")
    assert main(["--root", str(project.root), "generate", "mini"]) == 2


@pytest.mark.parametrize("vendor", generated_vendors())
def test_committed_clients_carry_the_bump_their_contract_changes_need(vendor: str) -> None:
    release = load_release(ROOT, vendor)
    assert release is not None, f"releases/{vendor}/ is missing: every client is versioned against a release"
    merged = GENERATED / vendor / "openapi.yaml"
    level = contract_diff(release, load_document(merged), str(merged)).level
    pyproject = (GENERATED / vendor / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"$', pyproject, flags=re.MULTILINE)
    assert match is not None
    committed = Version(match.group(1))
    needed = Version(bump(release.version, level))
    assert committed >= needed, (
        f"{vendor}: {level} changes since release {release.version} need at least {needed}, the client says"
        f" {committed} (run `make generate`)"
    )
    assert committed > Version(release.version) or release.content is not None
