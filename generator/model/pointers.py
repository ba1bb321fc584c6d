"""JSON pointers and their JSONPath rendering, where the spec model's modules import them from
(defined in `generator.jsonpaths`, which needs nothing of the model)."""

from __future__ import annotations

from generator.jsonpaths import escape_token, jsonpath, pointer_join, pointer_tokens

__all__ = ["escape_token", "jsonpath", "pointer_join", "pointer_tokens"]
