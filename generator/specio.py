"""Reading and writing spec documents (YAML or JSON) with errors that name the file.

Every input of the pipeline is a hand-written file; a syntax error in one of them must say which
file and where, never surface as a bare parser traceback.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from generator.errors import InputError

# libyaml's C scanner and parser (same documents, same error marks) when PyYAML was built with it:
# about 8x faster than the pure-Python reader, which dominated a one-vendor run (spec, overlays and
# the released spec are read on every generation).
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SafeDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """SafeLoader that refuses duplicate mapping keys.

    PyYAML silently keeps the last of two equal keys; in a hand-written spec that is always a
    mistake (two `get:` under one path, say) and must be reported, not hidden.
    """


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    """Build a mapping whose keys are strings, as in JSON, refusing duplicates.

    An unquoted response code (`200:`) is read as the string "200", so a JSONPath `['200']` and a
    quoted `"200"` in an overlay address the same key; other non-string keys are refused.
    """
    mapping: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        mark = key_node.start_mark
        if isinstance(key, int) and not isinstance(key, bool):
            key = str(key)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(
                None, None, f"mapping key {key!r} must be a string (quote it)", mark
            )
        if key in mapping:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", mark)
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def load_document(path: Path) -> Any:
    """Parse a YAML or JSON file; raise InputError naming the file and line on failure."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(file=str(path), location=None, message=f"cannot read file: {exc.strerror}") from None
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                file=str(path), location=f"line {exc.lineno}", message=f"invalid JSON: {exc.msg}"
            ) from None
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        raise InputError(file=str(path), location=where, message=f"invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise InputError(file=str(path), location=None, message=f"invalid YAML: {exc}") from None


class _BlockDumper(yaml.SafeDumper):
    """Dumper with stable, diff-friendly output: block style, no aliases, multi-line strings as |."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


class _FastBlockDumper(_SafeDumper):  # type: ignore[misc,valid-type]
    """`_BlockDumper` on libyaml's C emitter: byte for byte the same text for the documents
    `_c_emits_the_same` admits (about 6x faster)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _represent_str)
_FastBlockDumper.add_representer(str, _represent_str)

# Where libyaml's emitter and PyYAML's differ: libyaml escapes characters outside the Basic
# Multilingual Plane ("\U0001F600") where PyYAML writes them as they are, and it treats the Unicode
# line breaks NEL, LS and PS differently. A document with any of them is written by PyYAML's emitter.
_C_EMITTER_DIFFERS = re.compile("[\x85\u2028\u2029\U00010000-\U0010ffff]")


def _c_emits_the_same(document: Any) -> bool:
    """True when no string (key or value) of `document` holds a character the emitters differ on,
    and the document is a mapping or a list (PyYAML ends a lone top-level scalar with `...`)."""
    if not isinstance(document, (dict, list)):
        return False
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and _C_EMITTER_DIFFERS.search(key):
                    return False
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str) and _C_EMITTER_DIFFERS.search(node):
            return False
    return True


def dump_yaml(document: Any) -> str:
    """Serialise deterministically: key order kept, no line wrapping, unicode kept."""
    fast = _SafeDumper is not yaml.SafeDumper and _c_emits_the_same(document)
    return yaml.dump(
        document,
        Dumper=_FastBlockDumper if fast else _BlockDumper,
        sort_keys=False,
        allow_unicode=True,
        width=10_000,
        default_flow_style=False,
    )
