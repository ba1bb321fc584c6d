"""Render locations inside a document as normalized JSONPath (RFC 9535 §2.7) for error messages."""

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
