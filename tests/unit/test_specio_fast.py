"""specio reads and writes YAML with libyaml's C code where that gives exactly PyYAML's result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import specio
from generator.errors import InputError

STRINGS = [
    "plain",
    "a\nb",
    "a \nb",
    "trailing \n",
    " lead\nx",
    "tab\there\nx",
    "é ü 中文\nx",
    "x" * 12_000,
    "a: b",
    "- x",
    "#c",
    "",
    "null",
    "123",
    "1e3",
    "yes",
    "~",
    "'q'",
    '"dq"',
    "\x00bin",
    "\ufeffbom",
    "a\n\n\nb\n\n",
    # the characters libyaml's emitter writes differently: the document falls back to PyYAML's
    "emoji 😀",
    "nel a\x85b",
    "ls x\u2028y",
    "ps x\u2029y",
]


def _pure_python(document: Any) -> str:
    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    Dumper.add_representer(str, specio._represent_str)
    return yaml.dump(
        document, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False
    )


@pytest.mark.parametrize("text", STRINGS, ids=range(len(STRINGS)))
def test_dump_yaml_is_pyyamls_text(text: str) -> None:
    for document in ({"k": text}, {text or "empty": [text, {"deep": text}]}, [text], text):
        assert specio.dump_yaml(document) == _pure_python(document)


def test_dump_yaml_of_a_whole_document_is_pyyamls_text() -> None:
    document = {
        "k": [s for s in STRINGS if specio._c_emits_the_same(s + "\n") or s == ""],
        "n": [1, 2.5, True, None, 10**30, -0.0, float("inf")],
        "e": {},
        "l": [],
        "nested": {"a": {"b": [{"c": STRINGS[:10]}]}},
    }
    assert specio._c_emits_the_same(document)
    assert specio.dump_yaml(document) == _pure_python(document)


def test_every_merged_spec_reads_and_writes_as_with_pure_python() -> None:
    root = Path(__file__).resolve().parents[2]
    for path in sorted((root / "generated").glob("*/openapi.yaml")):
        text = path.read_text(encoding="utf-8")
        fast = specio.load_document(path)
        slow = yaml.load(text, Loader=_PurePythonUniqueLoader)
        assert repr(fast) == repr(slow)
        assert specio.dump_yaml(fast) == _pure_python(slow)


class _PurePythonUniqueLoader(yaml.SafeLoader):
    pass


_PurePythonUniqueLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, specio._construct_unique_mapping
)


def test_syntax_errors_and_duplicate_keys_still_name_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: 1\nb: [1, 2\nc: 3\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        specio.load_document(broken)
    assert "invalid YAML" in str(info.value) and str(broken) in str(info.value)
    assert info.value.location is not None and info.value.location.startswith("line ")
    duplicate = tmp_path / "dup.yaml"
    duplicate.write_text("a: 1\nb:\n  x: 1\n  x: 2\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        specio.load_document(duplicate)
    assert "duplicate key 'x'" in str(info.value)
    assert info.value.location == "line 4, column 3"
