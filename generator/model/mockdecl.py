"""Root `x-mock` and operation `x-mock`, typed: what the mock engine is told about a vendor.

```yaml
x-mock:
  module: jumpstory           # optional: generator/mock/vendors/<module>.py, the vendor's business rules
  credentials:                # demo credentials the mock accepts (flag, environment variable, default)
    admin_key: {option: --admin-key, env: JUMPSTORY_MOCK_ADMIN_KEY, default: demo-admin-key}
```

Every credential of `x-auth.credentials` has a source here, declared or not: an undeclared one is
read from `<MODULE>_MOCK_<NAME>` and has no default. An entry with `mock-only: true` is a value only
the mock knows (Jilster's second demo account, an administrator): no client takes it, fuzzing
never passes it to one, and it is secret unless `secret: false`. Declared resources (`resources`, `envelope`) and
the operations' bindings to them (operation `x-mock`) are read by `generator.model.mockresources`;
the vendor's error style (`errors`) is kept as written for the mock engine's reader.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from generator.errors import InputError
from generator.model.auth import AuthModel
from generator.model.mockresources import (
    Envelope,
    OperationBinding,
    ResourceDecl,
    read_bindings,
    read_resources,
)
from generator.model.pointers import jsonpath, pointer_join

__all__ = ["CredentialSource", "MockDeclaration", "OperationBinding", "read_binding", "read_mock"]

ROOT: Final = "/x-mock"
_MODULE_NAME: Final = re.compile(r"[a-z_][a-z0-9_]*")
_ROOT_KEYS: Final = frozenset({"module", "credentials", "resources", "envelope", "errors", "description"})


@dataclass(frozen=True)
class CredentialSource:
    """Where the mock gets the value of one credential: `option` > `env` > `default`."""

    name: str
    env: str
    default: str | None
    option: str | None
    description: str
    mock_only: bool = False  # not a credential of x-auth: only the mock uses it (a second demo account)
    secret: bool = True


@dataclass(frozen=True)
class MockDeclaration:
    """Root `x-mock`."""

    module: str | None = None
    credentials: tuple[CredentialSource, ...] = ()
    resources: tuple[ResourceDecl, ...] = ()
    envelope: Envelope | None = None  # the default envelope of every resource's answers
    errors: Mapping[str, Any] | None = None

    def resource(self, name: str) -> ResourceDecl | None:
        return next((resource for resource in self.resources if resource.name == name), None)

    def credential(self, name: str) -> CredentialSource | None:
        return next((source for source in self.credentials if source.name == name), None)

    def defaults(self) -> dict[str, str]:
        """The declared default of every credential that has one."""
        return {source.name: source.default for source in self.credentials if source.default is not None}


def _error(label: str, pointer: str, message: str) -> InputError:
    return InputError(file=label, location=jsonpath(pointer), message=message)


def read_mock(raw: Any, label: str, auth: AuthModel, vendor_hint: str) -> MockDeclaration:
    """Root `x-mock`; `vendor_hint` names the environment variables of undeclared credentials."""
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise _error(label, ROOT, "expected an object {module, credentials, resources, errors}")
    unknown = sorted(set(raw) - _ROOT_KEYS)
    if unknown:
        raise _error(
            label, pointer_join(ROOT, unknown[0]), f"unknown key (allowed: {', '.join(sorted(_ROOT_KEYS))})"
        )
    module = raw.get("module")
    if module is not None and (not isinstance(module, str) or not _MODULE_NAME.fullmatch(module)):
        raise _error(label, pointer_join(ROOT, "module"), f"not a module name: {module!r}")
    prefix = str(module or vendor_hint or "vendor")
    declared = raw.get("credentials") or {}
    where = pointer_join(ROOT, "credentials")
    if not isinstance(declared, Mapping):
        raise _error(label, where, "expected a mapping of credential names to {option, env, default}")
    described = {credential.name: credential for credential in auth.credentials}
    unknown = sorted(
        name
        for name in set(declared) - set(described)
        if not (isinstance(declared[name], Mapping) and declared[name].get("mock-only") is True)
    )
    if unknown:
        raise _error(
            label,
            pointer_join(where, unknown[0]),
            "not a credential of x-auth.credentials (declare it there first, or mark it `mock-only: true`)",
        )
    sources = []
    for name in [*declared, *(name for name in described if name not in declared)]:
        entry = declared.get(name) or {}
        at = pointer_join(where, name)
        mock_only = name not in described
        keys = {"option", "env", "default"} | ({"mock-only", "description", "secret"} if mock_only else set())
        if not isinstance(entry, Mapping) or set(entry) - keys:
            raise _error(label, at, f"expected {{{', '.join(sorted(keys))}}}")
        if mock_only and not isinstance(entry.get("description"), str):
            raise _error(label, pointer_join(at, "description"), "a mock-only credential needs a description")
        if not isinstance(entry.get("secret", True), bool):
            raise _error(label, pointer_join(at, "secret"), "expected true or false")
        option = entry.get("option")
        if option is not None and (not isinstance(option, str) or not option.startswith("--")):
            raise _error(label, pointer_join(at, "option"), "expected a long command-line flag (--name)")
        sources.append(
            CredentialSource(
                name=name,
                env=str(entry.get("env") or f"{prefix}_MOCK_{name}".upper()),
                default=str(entry["default"]) if entry.get("default") is not None else None,
                option=option,
                description=str(entry["description"]) if mock_only else described[name].description,
                mock_only=mock_only,
                secret=bool(entry.get("secret", True)) if mock_only else name in auth.secret_credentials,
            )
        )
    resources, envelope = read_resources(raw.get("resources"), raw.get("envelope"), label, ROOT)
    errors = raw.get("errors")
    if errors is not None and not isinstance(errors, Mapping):
        raise _error(label, pointer_join(ROOT, "errors"), "expected an object (the vendor's error style)")
    return MockDeclaration(
        module=module, credentials=tuple(sources), resources=resources, envelope=envelope, errors=errors
    )


def read_binding(raw: Any, label: str, pointer: str) -> OperationBinding | None:
    """An operation's `x-mock`: its binding(s) to declared resources (None when it has none)."""
    return read_bindings(raw, label, pointer)
