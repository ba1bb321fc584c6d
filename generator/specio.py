"""Reading and writing spec documents (YAML or JSON) with errors that name the file.

Every input of the pipeline is a hand-written file; a syntax error in one of them must say which
file and where, never surface as a bare parser traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator.errors import InputError


class _UniqueKeyLoader(yaml.SafeLoader):
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


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _represent_str)


def dump_yaml(document: Any) -> str:
    """Serialise deterministically: key order kept, no line wrapping, unicode kept."""
    return yaml.dump(
        document,
        Dumper=_BlockDumper,
        sort_keys=False,
        allow_unicode=True,
        width=10_000,
        default_flow_style=False,
    )
