"""`FuzzAuth` as a schemathesis auth provider, registered on a schema or globally.

schemathesis instantiates provider classes itself (no arguments), so the provider is a class made
per `FuzzAuth`. Caching and renewal are left to schemathesis' own caching provider, keyed by the
security requirement an operation uses (admin secret vs. user token), with a refresh interval taken
from the documented token lifetime minus `renew-before-seconds`, and with `retry_on=[401]` so a
token that stopped working is replaced and the request replayed once instead of failing the run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.fuzz.auth import Credential, FuzzAuth, apply_credentials

if TYPE_CHECKING:
    from schemathesis.auths import AuthContext, AuthStorage
    from schemathesis.generation.case import Case

NO_AUTH_KEY = "-"


def provider_class(auth: FuzzAuth) -> type:
    """A schemathesis `AuthProvider` class bound to `auth`."""

    class VendorkitFuzzAuth:
        """Credentials per operation from the merged spec's `x-auth` (see generator.fuzz.auth)."""

        def get(self, case: Case[Any], context: AuthContext) -> list[Credential] | None:
            return auth.credentials_for(case.operation.method, case.operation.path)

        def set(self, case: Case[Any], data: list[Credential], context: AuthContext) -> None:
            if case.headers is None:
                case.headers = {}
            if case.query is None:
                case.query = {}
            if case.cookies is None:
                case.cookies = {}
            apply_credentials(data, headers=case.headers, query=case.query, cookies=case.cookies)

    VendorkitFuzzAuth.__qualname__ = VendorkitFuzzAuth.__name__ = f"VendorkitFuzzAuth[{auth.plan.vendor}]"
    return VendorkitFuzzAuth


def register_auth(storage: AuthStorage[Any], auth: FuzzAuth) -> type:
    """Register `auth` on an AuthStorage (`schema.auth`, or schemathesis' global storage)."""
    plan = auth.plan

    def cache_key(case: Case[Any], context: AuthContext) -> str:
        requirement = plan.requirement_for(case.operation.method, case.operation.path)
        return "+".join(requirement) or NO_AUTH_KEY

    refresh = plan.token_refresh_seconds
    cls = provider_class(auth)
    register: Any = storage.auth(
        refresh_interval=int(refresh) if refresh is not None else 3600,
        cache_by_key=cache_key,
        retry_on=[401] if refresh is not None else [],
    )
    register(cls)
    return cls


def unregister_auth(storage: AuthStorage[Any], cls: type) -> None:
    """Remove the providers made from `cls` (the global storage outlives one fuzz run)."""

    def made_from(provider: Any) -> bool:
        while provider is not None:
            if isinstance(provider, cls):
                return True
            provider = getattr(provider, "provider", None)
        return False

    storage.providers[:] = [p for p in storage.providers if not made_from(p)]
