"""How to authenticate any operation of a vendor, read once from the merged spec's `x-auth` and `x-mock`.

Fuzzing must authenticate every generated request by itself, the way a partner's code would, and
for every vendor without vendor-specific code. Everything it needs is already metadata in the merged
spec: which schemes each operation requires (`security`), what each scheme is (`x-auth.schemes`,
parsed by the very code the generated clients run: `generator.runtime.auth.scheme_from_config`),
and the demo credentials the mock accepts (`x-mock.credentials`). One thing is fuzzing's own: an
issued token for a subject (a JumpStory user) needs that subject to exist, so the plan also knows
the operation that creates it (`subject-provisioning` in the scheme, or inferred from the spec's
OpenAPI links, see `_provisioning_from_links`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from generator.errors import InputError
from generator.runtime.auth import (
    AuthConfigurationError,
    HttpBasic,
    IssuedBearer,
    QueryApiKey,
    Scheme,
    StaticBearer,
    scheme_from_config,
)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SUBJECT_PLACEHOLDER = "{subject}"
Requirement = tuple[str, ...]


@dataclass(frozen=True)
class OperationRef:
    """An operation named by operationId, resolved to the request line that calls it."""

    operation_id: str
    method: str
    path: str


@dataclass(frozen=True)
class Provisioning:
    """The operation that creates the subject tokens are issued for (JumpStory: createUser).

    `body` and `path_params` are templates: `{subject}` in any string becomes the subject's name.
    """

    operation: OperationRef
    body: Any = None
    path_params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuthPlan:
    """Credentials, schemes and each operation's security requirements of one vendor."""

    vendor: str
    credentials: Mapping[str, str]
    secret_credentials: frozenset[str]
    schemes: Mapping[str, Scheme]
    provisioning: Mapping[str, Provisioning]
    requirements: Mapping[tuple[str, str], tuple[Requirement, ...]]

    def requirement_for(self, method: str, path: str) -> Requirement:
        """The first declared requirement the plan can satisfy; () for an operation without auth."""
        declared = self.requirements.get((method.upper(), path), ())
        if not declared:
            return ()
        for requirement in declared:
            if all(self.satisfiable(name) for name in requirement):
                return requirement
        wanted = " or ".join("+".join(r) or "none" for r in declared)
        raise InputError(
            file=None,
            location=f"{method.upper()} {path}",
            message=f"needs {wanted}, but x-auth/x-mock give no usable credential for it",
        )

    def available(self, template: str) -> bool:
        """Whether a runtime template can be filled when fuzzing (there is always a fuzz subject)."""
        if template.startswith("$credential."):
            return template.removeprefix("$credential.") in self.credentials
        return template not in ("$token", "$refresh_token")

    def satisfiable(self, name: str, depth: int = 0) -> bool:
        scheme = self.schemes.get(name)
        if isinstance(scheme, StaticBearer | QueryApiKey):
            headers = scheme.headers.values() if isinstance(scheme, StaticBearer) else ()
            return scheme.credential in self.credentials and all(map(self.available, headers))
        if isinstance(scheme, HttpBasic):
            return all(map(self.available, (scheme.username, scheme.password, *scheme.headers.values())))
        if isinstance(scheme, IssuedBearer) and depth < 3:
            call = scheme.issue
            if call is None:
                return scheme.initial_token is not None and self.available(scheme.initial_token)
            templates = [*call.path_params.values(), *(call.body or {}).values()]
            return all(map(self.available, templates)) and (
                call.auth is None or self.satisfiable(call.auth, depth + 1)
            )
        return False

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values of the credentials `x-auth` marks secret: they must never appear in output."""
        return tuple(
            value for name, value in self.credentials.items() if name in self.secret_credentials and value
        )

    def takes_credentials_in_body(self, method: str, path: str) -> bool:
        """Whether `method path` issues a token for credentials sent in its body (a login).

        Generated input for such an operation holds made-up credentials, which the server rightly
        refuses with 401/403; schemathesis exempts these operations the same way.
        """
        for scheme in self.schemes.values():
            call = scheme.issue if isinstance(scheme, IssuedBearer) else None
            same = call is not None and (call.method, call.path) == (method.upper(), path)
            if (
                same
                and call is not None
                and any(str(t).startswith("$credential.") for t in (call.body or {}).values())
            ):
                return True
        return False

    @property
    def token_refresh_seconds(self) -> float | None:
        """How long an issued token is used before a new one is fetched (the shortest of the schemes)."""
        issued = [
            max(1.0, s.lifetime_seconds - s.renew_before_seconds)
            for s in self.schemes.values()
            if isinstance(s, IssuedBearer)
        ]
        return min(issued) if issued else None


def iter_operations(spec: Mapping[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of the spec, in document order."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found.append((method.upper(), path, operation))
    return found


def _operations_by_id(spec: Mapping[str, Any]) -> dict[str, OperationRef]:
    return {
        op["operationId"]: OperationRef(op["operationId"], method, path)
        for method, path, op in iter_operations(spec)
        if isinstance(op.get("operationId"), str)
    }


def _provisioning_hint(raw: Any, operations: Mapping[str, OperationRef], where: str) -> Provisioning | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or raw.get("operationId") not in operations:
        raise InputError(
            file=None,
            location=f"{where}['subject-provisioning']",
            message="expected {operationId: <an operationId of the spec>, body: ..., path-params: ...}",
        )
    return Provisioning(
        operation=operations[raw["operationId"]],
        body=raw.get("body"),
        path_params={str(k): str(v) for k, v in (raw.get("path-params") or {}).items()},
    )


def _provisioning_from_links(
    spec: Mapping[str, Any], issuer_id: str, subject_params: list[str]
) -> Provisioning | None:
    """The operation whose response links to the issuer with the subject taken from its own request.

    JumpStory's createUser links to issueUserToken with `id: $request.body#/user_id`: calling
    createUser with `{"user_id": <subject>}` creates the subject a token can then be issued for. Only
    a plain body pointer (`$request.body#/field`) or a path parameter (`$request.path.name`) qualify.
    """
    for method, path, operation in iter_operations(spec):
        for response in (operation.get("responses") or {}).values():
            links = (response.get("links") or {}) if isinstance(response, dict) else {}
            for link in links.values():
                if not isinstance(link, dict) or link.get("operationId") != issuer_id:
                    continue
                parameters = link.get("parameters") or {}
                source = next((str(parameters[p]) for p in subject_params if p in parameters), "")
                ref = OperationRef(str(operation.get("operationId", "")), method, path)
                body_field = re.fullmatch(r"\$request\.body#/([A-Za-z0-9_.-]+)", source)
                if body_field:
                    return Provisioning(operation=ref, body={body_field.group(1): SUBJECT_PLACEHOLDER})
                path_param = re.fullmatch(r"\$request\.path\.([A-Za-z0-9_.-]+)", source)
                if path_param:
                    return Provisioning(operation=ref, path_params={path_param.group(1): SUBJECT_PLACEHOLDER})
    return None


def _issuer_id(config: Mapping[str, Any]) -> str | None:
    for key in ("issue", "issued-by"):
        call = config.get(key)
        if isinstance(call, Mapping) and isinstance(call.get("operationId"), str):
            return str(call["operationId"])
    return None


def demo_credentials(
    spec: Mapping[str, Any],
    overrides: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Credential values exactly as the mock resolves them: override > `x-mock` env variable > default.

    Shared with the mock (`generator.mock.resolve_credentials`) so a mock started with an overridden
    key and a fuzz run in the same environment always agree.
    """
    from generator.mock.credentials import resolve_credentials

    return resolve_credentials(spec, dict(overrides or {}), environ)


def build_plan(
    vendor: str,
    spec: Mapping[str, Any],
    credentials: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> AuthPlan:
    """Read the auth plan of `vendor` from its merged spec (raises InputError naming the place)."""
    from generator.vendor_data import vendor_data
    from generator.vendors import Vendor

    operations = _operations_by_id(spec)
    resolved = vendor_data(Vendor(vendor, Path(), ()), dict(spec)).schemes
    raw_schemes = (spec.get("x-auth") or {}).get("schemes") or {}
    schemes: dict[str, Scheme] = {}
    provisioning: dict[str, Provisioning] = {}
    for name, config in resolved.items():
        where = f"$['x-auth']['schemes']['{name}']"
        try:
            scheme = schemes[name] = scheme_from_config(config)
        except (AuthConfigurationError, KeyError, TypeError, ValueError) as error:
            raise InputError(file=None, location=where, message=f"cannot read the scheme: {error}") from None
        if isinstance(scheme, IssuedBearer) and scheme.needs_subject and scheme.issue is not None:
            subject_params = [p for p, template in scheme.issue.path_params.items() if template == "$subject"]
            found = _provisioning_hint(
                (raw_schemes.get(name) or {}).get("subject-provisioning"), operations, where
            )
            issuer = _issuer_id(config)
            if found is None and issuer is not None:
                found = _provisioning_from_links(spec, issuer, subject_params)
            if found is not None:
                provisioning[name] = found
    requirements: dict[tuple[str, str], tuple[Requirement, ...]] = {}
    root_security = spec.get("security") or []
    for method, path, operation in iter_operations(spec):
        declared = tuple(tuple(sorted(r)) for r in operation.get("security", root_security) or [])
        unknown = sorted({name for r in declared for name in r} - set(schemes))
        if unknown:
            raise InputError(
                file=None,
                location=f"{method} {path}",
                message=f"security schemes without x-auth entry: {unknown}",
            )
        # An empty requirement ({}) makes auth optional: fuzz authenticated anyway, as real callers are.
        requirements[(method, path)] = tuple(r for r in declared if r)
    secret = {
        str(name)
        for name, meta in ((spec.get("x-auth") or {}).get("credentials") or {}).items()
        if not isinstance(meta, Mapping) or meta.get("secret", True)
    }
    return AuthPlan(
        vendor=vendor,
        credentials=demo_credentials(spec, credentials, environ),
        secret_credentials=frozenset(secret),
        schemes=schemes,
        provisioning=provisioning,
        requirements=requirements,
    )


def fill_subject(template: Any, subject: str) -> Any:
    """A copy of a JSON template with `{subject}` replaced in every string."""
    if isinstance(template, str):
        return template.replace(SUBJECT_PLACEHOLDER, subject)
    if isinstance(template, list):
        return [fill_subject(item, subject) for item in template]
    if isinstance(template, dict):
        return {key: fill_subject(value, subject) for key, value in template.items()}
    return template


def expand_path(path: str, params: Mapping[str, str]) -> str:
    """`/v1/user/{id}/token` with its parameters filled in (URL-quoted)."""
    return re.sub(r"\{([^{}/]+)\}", lambda m: quote(params[m.group(1)], safe=""), path)
