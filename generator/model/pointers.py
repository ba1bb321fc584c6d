"""Places inside a spec: JSON pointers (how `$ref`s and validators address a node) and their
rendering as normalized JSONPath (RFC 9535 §2.7), which is what every error message shows."""

from __future__ import annotations

from generator.jsonpaths import normalized_path


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
