"""Compiled templates are kept between runs and change nothing in what is generated."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml

import generator.templatecache as templatecache
from generator.clientgen import generate_client
from generator.model import load_api
from generator.vendors import Project

ROOT = Path(__file__).resolve().parents[2]


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_folder_that_cannot_be_made_gives_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert templatecache.template_bytecode_cache(blocker / "cache") is None
    assert templatecache.template_bytecode_cache(tmp_path / "cache") is not None


def test_a_client_rendered_with_a_cold_or_warm_cache_or_none_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "jinja"
    monkeypatch.setattr(templatecache, "CACHE_DIR", cache)
    vendor = Project(ROOT).vendor("printiki")
    spec = ROOT / "generated" / "printiki" / "openapi.yaml"
    api = load_api(yaml.safe_load(spec.read_text(encoding="utf-8")), str(spec), "printiki")

    def render() -> dict[str, bytes]:
        with tempfile.TemporaryDirectory(dir=tmp_path) as out:
            generate_client(vendor, api, Path(out) / "client", spec)
            return _files(Path(out) / "client")

    cold = render()
    compiled = list(cache.iterdir())
    assert compiled, "the first render keeps its compiled templates"
    warm = render()
    monkeypatch.setattr("generator.clientgen.template_bytecode_cache", lambda: None)
    uncached = render()
    assert cold == warm == uncached
