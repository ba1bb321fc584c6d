"""Credentials and the base URL from the environment, when the code that builds a client does not pass them.

As openai-python reads `OPENAI_API_KEY` and `OPENAI_BASE_URL`, every generated client reads
`<VENDOR>_<PARAM>` for each credential parameter of its constructor (`JUMPSTORY_ADMIN_KEY`) and
`<VENDOR>_BASE_URL`; an argument given wins over the environment. A client that ends up with no
credential at all raises `MissingCredentialError`, naming the variables it looked for (never a
value): at once when every operation of the API needs a credential, else on the first call of
one that does (`resources.py`), where the auth flow would raise a bare `AuthConfigurationError`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from .credentials import AuthConfigurationError


class MissingCredentialError(AuthConfigurationError):
    """No credential was passed to the client and none was found in the environment.

    `env_vars` are the variables that were looked up; the message names them and the constructor
    arguments, never a value."""

    def __init__(self, client: str, arguments: Sequence[str], env_vars: Sequence[str]) -> None:
        self.client = client
        self.arguments = tuple(arguments)
        self.env_vars = tuple(env_vars)
        passed = " or ".join(f"{name}=" for name in self.arguments)
        found = ", ".join(self.env_vars)
        super().__init__(f"{client} needs a credential: pass {passed}, or set {found}")


def env_var(vendor_key: str, parameter: str) -> str:
    """The environment variable of one constructor parameter: `JUMPSTORY` + `admin_key` -> `JUMPSTORY_ADMIN_KEY`."""
    return f"{vendor_key}_{parameter}".upper()


def credentials_from(
    vendor_key: str,
    given: Mapping[str, str | None],
    environ: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """Each credential as passed, else from `<VENDOR>_<PARAM>` (an empty variable counts as unset)."""
    source = os.environ if environ is None else environ
    return {
        name: value if value is not None else (source.get(env_var(vendor_key, name)) or None)
        for name, value in given.items()
    }


def missing_credentials(
    client: str, vendor_key: str, credentials: Mapping[str, str | None]
) -> MissingCredentialError | None:
    """The error of a client that takes credentials but holds none of them (None: it holds one)."""
    if not credentials or any(credentials.values()):
        return None
    names = list(credentials)
    return MissingCredentialError(client, names, [env_var(vendor_key, name) for name in names])


def require_credentials(
    client: str,
    vendor_key: str,
    credentials: Mapping[str, str | None],
    routes: Sequence[tuple[str, str, tuple[tuple[str, ...], ...]]],
) -> MissingCredentialError | None:
    """Raise `MissingCredentialError` now when the client holds no credential and every operation
    needs one; when some operations need none, return the error for the calls that do."""
    error = missing_credentials(client, vendor_key, credentials)
    if error is not None and all(requirements and () not in requirements for _, _, requirements in routes):
        raise error
    return error


def base_url_from(
    vendor_key: str, given: str | None, default: str, environ: Mapping[str, str] | None = None
) -> str:
    """The base URL as passed, else `<VENDOR>_BASE_URL`, else the spec's server."""
    if given:
        return given
    source = os.environ if environ is None else environ
    return source.get(env_var(vendor_key, "base_url")) or default
