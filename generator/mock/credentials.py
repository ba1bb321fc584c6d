"""Demo credentials of a mock: declared by root `x-mock.credentials`, overridable by flag or env.

```yaml
x-mock:
  credentials:
    admin_key: {option: --admin-key, env: JUMPSTORY_MOCK_ADMIN_KEY, default: demo-admin-key}
```

Precedence: an explicit override (`--credential admin_key=...` on the command line, or
`MockOptions.credentials`) > the environment variable > the default. A credential without `env`
uses `<MODULE>_MOCK_<NAME>` (`JUMPSTORY_MOCK_ADMIN_KEY`). The sources themselves are read by the
model (`generator.model.mockdecl`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from generator.mock.errors import MockSetupError
from generator.model import Api


def parse_overrides(items: Sequence[str]) -> dict[str, str]:
    """`["admin_key=secret"]` -> `{"admin_key": "secret"}`; a malformed item is a usage error."""
    parsed: dict[str, str] = {}
    for item in items:
        name, separator, value = item.partition("=")
        if not separator or not name.strip():
            raise MockSetupError("--credential", None, f"expected NAME=VALUE, got {item!r}")
        parsed[name.strip()] = value
    return parsed


def resolve_credentials(
    api: Api,
    overrides: Mapping[str, str] | Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The value of every declared credential: override > environment variable > default."""
    given = dict(overrides) if isinstance(overrides, Mapping) else parse_overrides(overrides)
    env = os.environ if environ is None else environ
    sources = api.mock.credentials
    unknown = sorted(set(given) - {source.name for source in sources})
    if unknown:
        known = ", ".join(source.name for source in sources) or "none"
        raise MockSetupError(
            "--credential", None, f"unknown credential(s) {', '.join(unknown)} (known: {known})"
        )
    resolved: dict[str, str] = {}
    for source in sources:
        value = given.get(source.name) or env.get(source.env) or source.default
        if value:
            resolved[source.name] = value
    return resolved
