"""Demo credentials of a mock: declared by root `x-mock.credentials`, overridable by flag or env.

```yaml
x-mock:
  credentials:
    admin_key: {option: --admin-key, env: JUMPSTORY_MOCK_ADMIN_KEY, default: demo-admin-key}
```

Precedence: an explicit override (`--credential admin_key=...` on the command line, or
`MockOptions.credentials`) > the environment variable > the default. A credential without `env`
uses `<MODULE>_MOCK_<NAME>` (`JUMPSTORY_MOCK_ADMIN_KEY`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.mock.errors import MockSetupError

_LABEL = "merged spec"


@dataclass(frozen=True)
class CredentialSource:
    name: str
    env: str
    default: str | None
    option: str | None
    description: str


def credential_sources(document: Mapping[str, Any]) -> list[CredentialSource]:
    """Every credential the mock needs, from `x-mock.credentials` (and `x-auth.credentials`)."""
    x_mock = document.get("x-mock") or {}
    x_auth = document.get("x-auth") or {}
    module = str(x_mock.get("module") or "vendor")
    declared: Mapping[str, Any] = x_mock.get("credentials") or {}
    described: Mapping[str, Any] = x_auth.get("credentials") or {}
    sources = []
    for name in [*declared, *(name for name in described if name not in declared)]:
        entry = declared.get(name) or {}
        if not isinstance(entry, Mapping):
            raise MockSetupError(_LABEL, f"/x-mock/credentials/{name}", "expected {option, env, default}")
        info = described.get(name) or {}
        sources.append(
            CredentialSource(
                name=name,
                env=str(entry.get("env") or f"{module}_MOCK_{name}".upper()),
                default=str(entry["default"]) if entry.get("default") is not None else None,
                option=str(entry["option"]) if entry.get("option") else None,
                description=str(info.get("description") or name) if isinstance(info, Mapping) else name,
            )
        )
    return sources


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
    document: Mapping[str, Any],
    overrides: Mapping[str, str] | Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The value of every declared credential: override > environment variable > default."""
    given = dict(overrides) if isinstance(overrides, Mapping) else parse_overrides(overrides)
    env = os.environ if environ is None else environ
    sources = credential_sources(document)
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


def with_defaults(document: Mapping[str, Any], given: Mapping[str, str]) -> dict[str, str]:
    """`given` completed by the declared defaults (no environment lookup: options are explicit)."""
    resolved = {source.name: source.default for source in credential_sources(document) if source.default}
    resolved.update(given)
    return resolved
