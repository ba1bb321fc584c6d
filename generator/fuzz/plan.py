"""How to authenticate any operation of a vendor, read from the typed model of its merged spec.

Fuzzing must authenticate every generated request by itself, the way a partner's code would, and
for every vendor without vendor-specific code. Everything it needs is in the model
(`generator.model`): which schemes each operation requires (`security`), what each scheme is (the
typed `x-auth` schemes the generated clients run on), and the demo credentials the mock accepts
(`x-mock.credentials`). One thing is fuzzing's own: an issued token for a subject (a JumpStory
user) needs that subject to exist, so the plan also knows the operation that creates it
(`subject-provisioning` in the scheme, or inferred from the spec's OpenAPI links, see
`_provisioning_from_links`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from generator.errors import InputError
from generator.model import Api
from generator.runtime.schemes import (
    CREDENTIAL_PREFIX,
    REFRESH_TOKEN,
    SUBJECT,
    TOKEN,
    ApiKey,
    HttpBasic,
    IssuedBearer,
    OAuth2AuthorizationCode,
    Requirement,
    Scheme,
    StaticBearer,
)

SUBJECT_PLACEHOLDER = "{subject}"


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
        if template.startswith(CREDENTIAL_PREFIX):
            return template.removeprefix(CREDENTIAL_PREFIX) in self.credentials
        return template not in (TOKEN, REFRESH_TOKEN)

    def satisfiable(self, name: str, depth: int = 0) -> bool:
        """Whether fuzzing can authenticate with scheme `name`, for every kind of scheme there is.

        An OAuth2 scheme needs its client id (and secret, when declared); with neither a refresh
        nor an access token among the credentials it takes the authorization-code flow, which only
        an authorization server that approves at once (the mock's) completes.
        """
        scheme = self.schemes.get(name)
        if isinstance(scheme, StaticBearer):
            return scheme.credential in self.credentials and all(map(self.available, scheme.headers.values()))
        if isinstance(scheme, ApiKey):
            return scheme.credential in self.credentials
        if isinstance(scheme, HttpBasic):
            return all(map(self.available, (scheme.username, scheme.password, *scheme.headers.values())))
        if isinstance(scheme, OAuth2AuthorizationCode):
            return scheme.client_id in self.credentials and (
                scheme.client_secret is None or scheme.client_secret in self.credentials
            )
        if isinstance(scheme, IssuedBearer) and depth < 3:
            call = scheme.issue
            if call is None:
                return scheme.initial_token is not None and self.available(scheme.initial_token)
            return all(map(self.available, call.templates())) and (
                call.auth is None or self.satisfiable(call.auth, depth + 1)
            )
        return False

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values of the credentials `x-auth` marks secret: they must never appear in output."""
        return tuple(
            value for name, value in self.credentials.items() if name in self.secret_credentials and value
        )

    @property
    def token_refresh_seconds(self) -> float | None:
        """How long an issued or OAuth2 token is used before a new one is fetched (the shortest of
        the schemes)."""
        issued = [
            max(1.0, s.lifetime_seconds - s.renew_before_seconds)
            for s in self.schemes.values()
            if isinstance(s, IssuedBearer | OAuth2AuthorizationCode)
        ]
        return min(issued) if issued else None


def _ref(api: Api, operation_id: str) -> OperationRef:
    operation = api.operation(operation_id)
    return OperationRef(operation.operation_id, operation.method, operation.path)


def _provisioning_from_links(api: Api, issuer_id: str, subject_params: list[str]) -> Provisioning | None:
    """The operation whose response links to the issuer with the subject taken from its own request.

    JumpStory's createUser links to issueUserToken with `id: $request.body#/user_id`: calling
    createUser with `{"user_id": <subject>}` creates the subject a token can then be issued for. Only
    a plain body pointer (`$request.body#/field`) or a path parameter (`$request.path.name`) qualify.
    """
    for operation in api.operations:
        for response in operation.responses.values():
            for link in response.links:
                if link.operation_id != issuer_id:
                    continue
                source = next((link.parameters[p] for p in subject_params if p in link.parameters), "")
                ref = _ref(api, operation.operation_id)
                body_field = re.fullmatch(r"\$request\.body#/([A-Za-z0-9_.-]+)", source)
                if body_field:
                    return Provisioning(operation=ref, body={body_field.group(1): SUBJECT_PLACEHOLDER})
                path_param = re.fullmatch(r"\$request\.path\.([A-Za-z0-9_.-]+)", source)
                if path_param:
                    return Provisioning(operation=ref, path_params={path_param.group(1): SUBJECT_PLACEHOLDER})
    return None


def demo_credentials(
    api: Api, overrides: Mapping[str, str] | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Credential values exactly as the mock resolves them: override > `x-mock` env variable > default.

    Shared with the mock (`generator.mock.resolve_credentials`) so a mock started with an overridden
    key and a fuzz run in the same environment always agree.
    """
    from generator.mock.credentials import resolve_credentials

    return resolve_credentials(api, dict(overrides or {}), environ)


def build_plan(
    vendor: str,
    api: Api,
    credentials: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> AuthPlan:
    """The auth plan of `vendor` from the typed model of its merged spec."""
    provisioning: dict[str, Provisioning] = {}
    for name, scheme in api.auth.issued().items():
        if not scheme.needs_subject or scheme.issue is None:
            continue
        hint = api.auth.provisioning.get(name)
        if hint is not None:
            provisioning[name] = Provisioning(_ref(api, hint.operation_id), hint.body, hint.path_params)
            continue
        subject_params = [p for p, template in scheme.issue.path_params.items() if template == SUBJECT]
        found = _provisioning_from_links(api, scheme.issue.operation_id, subject_params)
        if found is not None:
            provisioning[name] = found
    # An empty requirement ({}) makes auth optional: fuzz authenticated anyway, as real callers are.
    requirements = {
        (operation.method, operation.path): operation.requirements for operation in api.operations
    }
    client_credentials = {credential.name for credential in api.auth.credentials}
    return AuthPlan(
        vendor=vendor,
        # Mock-only values (a second demo account) are no client's credentials: clients never get them.
        credentials={
            name: value
            for name, value in demo_credentials(api, credentials, environ).items()
            if name in client_credentials
        },
        secret_credentials=api.auth.secret_credentials,
        schemes=dict(api.auth.schemes),
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
