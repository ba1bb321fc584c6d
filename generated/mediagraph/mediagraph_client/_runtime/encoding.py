"""Wire encodings of query parameters that OpenAPI describes but the base generator does not apply.

- `x-json-encoded` parameters (Printiki `where`/`search`): the caller passes a mapping, the API
  wants its JSON text in the query string.
- `style: form, explode: false` arrays (Printiki `fields`): one comma-separated value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def encode_json_param(value: Mapping[str, Any] | Any) -> Any:
    """JSON text of a mapping (compact, key order kept); UNSET and None pass through."""
    if isinstance(value, Mapping):
        return json.dumps(dict(value), separators=(",", ":"), ensure_ascii=False)
    return value


def encode_csv_param(value: Any) -> Any:
    """`["a", "b"]` -> `"a,b"`; anything that is not a list or tuple passes through."""
    if isinstance(value, list | tuple):
        return ",".join(str(item.value if hasattr(item, "value") else item) for item in value)
    return value
