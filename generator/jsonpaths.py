"""Places inside a spec: JSON pointers (how `$ref`s and validators address a node) and their
rendering as normalized JSONPath (RFC 9535 §2.7), which is what every error message shows.

Standard library only: the merge step (which runs first, in a process of its own) imports it
without the spec model and what that imports (`generator.model.pointers` re-exports it there)."""

from __future__ import annotations

from collections.abc import Iterable


def normalized_path(segments: Iterable[str | int]) -> str:
    """`["paths", "/v1/x", "get"]` -> `$['paths']['/v1/x']['get']`, as RFC 9535 normalizes paths."""
    parts = ["$"]
    for segment in segments:
        if isinstance(segment, int):
            parts.append(f"[{segment}]")
        else:
            escaped = segment.replace("\\", "\\\\").replace("'", "\\'")
            parts.append(f"['{escaped}']")
    return "".join(parts)


def escape_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_join(pointer: str, *tokens: str | int) -> str:
    """`pointer_join("/paths", "/v1/x", "get")` -> `/paths/~1v1~1x/get`."""
    return pointer + "".join("/" + escape_token(str(token)) for token in tokens)


def pointer_tokens(pointer: str) -> list[str]:
    """The unescaped tokens of a JSON pointer (a leading `#` of a `$ref` is allowed)."""
    if pointer in ("", "#"):
        return []
    body = pointer[1:] if pointer.startswith("#") else pointer
    return [token.replace("~1", "/").replace("~0", "~") for token in body.split("/")[1:]]


def jsonpath(pointer: str) -> str:
    """`/paths/~1v1~1x/get` -> `$['paths']['/v1/x']['get']` (array indices stay numbers)."""
    return normalized_path(int(token) if token.isdigit() else token for token in pointer_tokens(pointer))
