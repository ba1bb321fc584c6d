"""Local `$ref`s that point nowhere, found before a validator trips over them.

openapi-spec-validator resolves `$ref`s while it validates and, on one that points nowhere, raises
`PointerToNowhere` whose message is the whole document (51 KB for JumpStory): the user needs the
place of the `$ref` and its target, nothing else. Remote references (another file or URL) are not
followed by this project, so they are reported too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.jsonpaths import normalized_path, pointer_tokens


def dangling_refs(document: Any) -> Iterator[tuple[str, str, str]]:
    """`(JSONPath of the $ref, its value, why)` for every `$ref` this document cannot resolve."""
    yield from _walk(document, document, [])


def _walk(node: Any, document: Any, path: list[str | int]) -> Iterator[tuple[str, str, str]]:
    if isinstance(node, dict):
        target = node.get("$ref")
        if isinstance(target, str):
            problem = _problem(document, target)
            if problem:
                yield normalized_path([*path, "$ref"]), target, problem
        for key, value in node.items():
            if key not in ("example", "examples", "default", "const", "enum"):
                yield from _walk(value, document, [*path, key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, document, [*path, index])


def _problem(document: Any, target: str) -> str | None:
    if not target.startswith("#"):
        return "only references inside the same document (starting with '#') are supported"
    node = document
    for token in pointer_tokens(target):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isascii() and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return "points nowhere: the document has no such place"
    return None
