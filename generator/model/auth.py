"""Root `x-auth`, validated once into typed scheme objects (`generator.runtime.schemes`).

```yaml
x-auth:
  credentials:                 # what the user gives the client (constructor arguments)
    admin_key: {description: Partnership Admin Secret Key, secret: true}
  subject-argument: user_id    # facade argument naming whom issued tokens are for (optional)
  schemes:                     # one entry per components.securitySchemes name, by kind
    adminSecret: {kind: static-bearer, credential: admin_key}
    userToken:
      kind: issued-bearer
      issue: {operation: issueUserToken, auth: adminSecret, path-params: {id: $subject}}
      token-field: token
      lifetime-field: expire_seconds
      lifetime-seconds: 900
```

See docs/extensions.md for every key of every kind. Each scheme must match the security scheme of
the same name (`static-bearer`/`issued-bearer`: `http` bearer; `api-key`: `apiKey`, whose `in` and
`name` it takes; `http-basic`: `http` basic; `oauth2-authorization-code`: `oauth2` with an
`authorizationCode` flow, whose URLs and scopes it takes). Every credential a template names must be
declared, `$subject` needs `subject-argument`, operations are named by operationId, and unknown
keys are refused: each problem is an `InputError` naming the file and the JSONPath.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from generator.errors import InputError
from generator.model.api import Operation, SecurityScheme
from generator.model.pointers import jsonpath, pointer_join
from generator.runtime.schemes import (
    KINDS,
    REFRESH_TOKEN,
    SUBJECT,
    TOKEN,
    ApiKey,
    HttpBasic,
    IssuedBearer,
    OAuth2AuthorizationCode,
    Scheme,
    StaticBearer,
    TokenAnswer,
    TokenCall,
    credential_of,
)

ROOT: Final = "/x-auth"
_COMMON_ISSUED: Final = frozenset(
    {
        "kind",
        "issue",
        "refresh",
        "token-field",
        "refresh-token-field",
        "lifetime-field",
        "expires-at-field",
        "lifetime-from-jwt",
        "lifetime-seconds",
        "refreshable-seconds",
        "after-refresh-window",
        "renew-before-seconds",
        "renew-on-401",
        "initial-token",
        "initial-refresh-token",
        "subject-provisioning",
        "description",
    }
)
_KEYS: Final[Mapping[str, frozenset[str]]] = {
    StaticBearer.kind: frozenset({"kind", "credential", "headers", "description"}),
    ApiKey.kind: frozenset({"kind", "credential", "param", "description"}),
    HttpBasic.kind: frozenset({"kind", "username", "password", "headers", "description"}),
    IssuedBearer.kind: _COMMON_ISSUED,
    OAuth2AuthorizationCode.kind: frozenset(
        {
            "kind",
            "client-id",
            "client-secret",
            "access-token",
            "refresh-token",
            "client-authentication",
            "revocation-url",
            "lifetime-seconds",
            "renew-before-seconds",
            "renew-on-401",
            "accept-query-parameters",
            "description",
        }
    ),
}
_CALL_KEYS: Final = frozenset({"operation", "auth", "bearer", "path-params", "query", "body", "body-format"})


@dataclass(frozen=True)
class CredentialSpec:
    """A value the user gives the client (and the mock accepts as its demo credential)."""

    name: str
    description: str
    secret: bool


@dataclass(frozen=True)
class Provisioning:
    """For fuzzing: the operation that creates the subject issued tokens are for (JumpStory's
    createUser). `{subject}` in any string of `body` or `path_params` becomes the subject's name."""

    operation_id: str
    body: Any = None
    path_params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuthModel:
    """Everything `x-auth` says, typed."""

    credentials: tuple[CredentialSpec, ...] = ()
    subject_argument: str | None = None
    schemes: Mapping[str, Scheme] = field(default_factory=dict)
    provisioning: Mapping[str, Provisioning] = field(default_factory=dict)

    @property
    def secret_credentials(self) -> frozenset[str]:
        return frozenset(credential.name for credential in self.credentials if credential.secret)

    def issued(self) -> dict[str, IssuedBearer]:
        return {name: scheme for name, scheme in self.schemes.items() if isinstance(scheme, IssuedBearer)}

    def token_calls(self) -> list[tuple[str, str, TokenCall]]:
        """(scheme, "issue" | "refresh", call) for every operation a scheme calls for tokens."""
        found = []
        for name, scheme in self.issued().items():
            for step, call in (("issue", scheme.issue), ("refresh", scheme.refresh)):
                if call is not None:
                    found.append((name, step, call))
        return found


class _Reader:
    """Reads one `x-auth` object; every error names `label` and the JSONPath."""

    def __init__(
        self,
        label: str,
        operations: Mapping[str, Operation],
        security_schemes: Mapping[str, SecurityScheme],
    ) -> None:
        self.label = label
        self.operations = operations
        self.security_schemes = security_schemes
        self.credentials: set[str] = set()
        self.subject_argument: str | None = None

    def error(self, pointer: str, message: str) -> InputError:
        return InputError(file=self.label, location=jsonpath(pointer), message=message)

    # -- plain values ---------------------------------------------------------------------------

    def mapping(self, value: Any, pointer: str, what: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.error(pointer, f"expected {what}")
        return value

    def known_keys(self, config: Mapping[str, Any], allowed: frozenset[str], pointer: str) -> None:
        """Refuse keys the kind does not take; `x-` keys are annotations (`x-inferred`, `x-doc-source`
        saying where a lifetime comes from) and are ignored."""
        unknown = sorted(key for key in set(config) - allowed if not str(key).startswith("x-"))
        if unknown:
            raise self.error(
                pointer_join(pointer, unknown[0]),
                f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})",
            )

    def number(
        self, config: Mapping[str, Any], key: str, pointer: str, default: float | None
    ) -> float | None:
        value = config.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise self.error(pointer_join(pointer, key), "expected a number of seconds (>= 0)")
        return float(value)

    def flag(self, config: Mapping[str, Any], key: str, pointer: str, default: bool) -> bool:
        value = config.get(key, default)
        if not isinstance(value, bool):
            raise self.error(pointer_join(pointer, key), "expected true or false")
        return value

    def text(
        self, config: Mapping[str, Any], key: str, pointer: str, *, required: bool = False
    ) -> str | None:
        value = config.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise self.error(pointer_join(pointer, key), "expected a string")
        return value

    def credential(
        self, config: Mapping[str, Any], key: str, pointer: str, *, required: bool = True
    ) -> str | None:
        """A credential named by its name (`credential: admin_key`)."""
        name = self.text(config, key, pointer, required=required)
        if name is not None and name not in self.credentials:
            raise self.error(
                pointer_join(pointer, key),
                f"names credential {name!r}, which x-auth.credentials does not declare",
            )
        return name

    def template(self, value: Any, pointer: str, *, tokens: bool = False) -> str:
        """A template: `$credential.<declared>`, `$subject` (with subject-argument), `$token` and
        `$refresh_token` (only where `tokens`), or a literal."""
        if not isinstance(value, str):
            raise self.error(pointer, "expected a string (a template or a literal)")
        name = credential_of(value)
        if name is not None and name not in self.credentials:
            raise self.error(pointer, f"names credential {name!r}, which x-auth.credentials does not declare")
        if value == SUBJECT and self.subject_argument is None:
            raise self.error(
                pointer, "$subject needs x-auth.subject-argument (the facade argument naming it)"
            )
        if value in (TOKEN, REFRESH_TOKEN) and not tokens:
            raise self.error(pointer, f"{value} is only available when renewing a token")
        if value.startswith("$") and name is None and value not in (SUBJECT, TOKEN, REFRESH_TOKEN):
            raise self.error(
                pointer,
                f"unknown template {value!r} (known: $credential.<name>, $subject, $token, $refresh_token)",
            )
        return value

    def templates(self, value: Any, pointer: str, *, tokens: bool = False) -> dict[str, str]:
        if value is None:
            return {}
        mapping = self.mapping(value, pointer, "a mapping of names to templates")
        return {
            str(key): self.template(item, pointer_join(pointer, key), tokens=tokens)
            for key, item in mapping.items()
        }

    # -- the root -------------------------------------------------------------------------------

    def read(self, raw: Any) -> AuthModel:
        if raw is None:
            raw = {}
        config = self.mapping(raw, ROOT, "an object {credentials, subject-argument, schemes}")
        self.known_keys(config, frozenset({"credentials", "subject-argument", "schemes"}), ROOT)
        credentials = self.read_credentials(config.get("credentials"))
        subject = self.text(config, "subject-argument", ROOT)
        if subject is not None and not subject.isidentifier():
            raise self.error(pointer_join(ROOT, "subject-argument"), "expected a Python identifier")
        self.subject_argument = subject
        where = pointer_join(ROOT, "schemes")
        schemes_config = self.mapping(config.get("schemes") or {}, where, "a mapping of scheme names")
        schemes: dict[str, Scheme] = {}
        provisioning: dict[str, Provisioning] = {}
        for name, scheme_config in schemes_config.items():
            at = pointer_join(where, name)
            schemes[name] = self.scheme(name, scheme_config, at)
            found = self.provisioning(scheme_config.get("subject-provisioning"), at)
            if found is not None:
                provisioning[name] = found
        for name in self.security_schemes:
            if name not in schemes:
                raise self.error(where, f"no entry for security scheme {name!r} (components.securitySchemes)")
        self.check_call_auth(schemes, where)
        return AuthModel(
            credentials=credentials, subject_argument=subject, schemes=schemes, provisioning=provisioning
        )

    def read_credentials(self, raw: Any) -> tuple[CredentialSpec, ...]:
        where = pointer_join(ROOT, "credentials")
        config = self.mapping(raw or {}, where, "a mapping of credential names to {description, secret}")
        found = []
        for name, meta in config.items():
            at = pointer_join(where, name)
            if not str(name).isidentifier():
                raise self.error(
                    at, "a credential name must be a Python identifier (it is a constructor argument)"
                )
            meta = self.mapping(meta or {}, at, "{description, secret}")
            self.known_keys(meta, frozenset({"description", "secret"}), at)
            found.append(
                CredentialSpec(
                    name=str(name),
                    description=str(meta.get("description") or name),
                    secret=self.flag(meta, "secret", at, True),
                )
            )
            self.credentials.add(str(name))
        return tuple(found)

    # -- schemes --------------------------------------------------------------------------------

    def scheme(self, name: str, raw: Any, pointer: str) -> Scheme:
        config = self.mapping(raw, pointer, "an object with a `kind`")
        kind = config.get("kind")
        if kind not in KINDS:
            raise self.error(
                pointer_join(pointer, "kind"), f"unknown kind {kind!r} (known: {', '.join(KINDS)})"
            )
        self.known_keys(config, _KEYS[kind], pointer)
        declared = self.security_schemes.get(name)
        if declared is None:
            raise self.error(pointer, f"no security scheme {name!r} in components.securitySchemes")
        readers: Mapping[str, Callable[[Mapping[str, Any], str, SecurityScheme], Scheme]] = {
            StaticBearer.kind: self.static_bearer,
            ApiKey.kind: self.api_key,
            HttpBasic.kind: self.http_basic,
            IssuedBearer.kind: self.issued_bearer,
            OAuth2AuthorizationCode.kind: self.oauth2,
        }
        return readers[kind](config, pointer, declared)

    def expect_type(self, declared: SecurityScheme, pointer: str, kind: str, wanted: str) -> None:
        matches = {
            "bearer": declared.type == "http" and declared.scheme.lower() == "bearer",
            "basic": declared.type == "http" and declared.scheme.lower() == "basic",
            "apiKey": declared.type == "apiKey",
            "oauth2": declared.type == "oauth2",
        }
        if not matches[wanted]:
            shape = {"bearer": "type: http, scheme: bearer", "basic": "type: http, scheme: basic"}.get(
                wanted, f"type: {wanted}"
            )
            raise self.error(
                pointer_join(pointer, "kind"),
                f"a {kind} scheme needs the security scheme {declared.name!r} to be `{shape}`",
            )

    def static_bearer(self, config: Mapping[str, Any], pointer: str, declared: SecurityScheme) -> Scheme:
        self.expect_type(declared, pointer, StaticBearer.kind, "bearer")
        credential = self.credential(config, "credential", pointer)
        assert credential is not None
        return StaticBearer(
            credential=credential,
            headers=self.templates(config.get("headers"), pointer_join(pointer, "headers")),
        )

    def api_key(self, config: Mapping[str, Any], pointer: str, declared: SecurityScheme) -> Scheme:
        self.expect_type(declared, pointer, ApiKey.kind, "apiKey")
        if declared.location not in ("query", "header", "cookie") or not declared.parameter:
            raise self.error(
                pointer,
                f"the security scheme {declared.name!r} needs `in` (query, header or cookie) and `name`",
            )
        param = self.text(config, "param", pointer)
        if param is not None and param != declared.parameter:
            raise self.error(
                pointer_join(pointer, "param"),
                f"{param!r} differs from the security scheme's {declared.location} parameter {declared.parameter!r}",
            )
        credential = self.credential(config, "credential", pointer)
        assert credential is not None
        return ApiKey(credential=credential, location=declared.location, name=declared.parameter)  # type: ignore[arg-type]

    def http_basic(self, config: Mapping[str, Any], pointer: str, declared: SecurityScheme) -> Scheme:
        self.expect_type(declared, pointer, HttpBasic.kind, "basic")
        if "password" not in config:
            raise self.error(pointer, "an http-basic scheme needs `password` (a template)")
        return HttpBasic(
            username=self.template(config.get("username", ""), pointer_join(pointer, "username")),
            password=self.template(config["password"], pointer_join(pointer, "password")),
            headers=self.templates(config.get("headers"), pointer_join(pointer, "headers")),
        )

    def call(self, raw: Any, pointer: str, *, renewal: bool) -> TokenCall:
        config = self.mapping(
            raw, pointer, "{operation, auth, bearer, path-params, query, body, body-format}"
        )
        self.known_keys(config, _CALL_KEYS, pointer)
        operation_id = self.text(config, "operation", pointer, required=True)
        assert operation_id is not None
        operation = self.operations.get(operation_id)
        if operation is None:
            raise self.error(
                pointer_join(pointer, "operation"),
                f"names operationId {operation_id!r}, which the spec does not have",
            )
        path_params = self.templates(
            config.get("path-params"), pointer_join(pointer, "path-params"), tokens=renewal
        )
        declared_path = {parameter.name for parameter in operation.parameters_in("path")}
        if set(path_params) != declared_path:
            raise self.error(
                pointer_join(pointer, "path-params"),
                f"{operation_id} has path parameters {sorted(declared_path)}; path-params gives {sorted(path_params)}",
            )
        body = config.get("body")
        body_format = config.get("body-format", "json")
        if body_format not in ("json", "form"):
            raise self.error(pointer_join(pointer, "body-format"), "expected json | form")
        bearer = config.get("bearer")
        return TokenCall(
            operation_id=operation_id,
            method=operation.method,
            path=operation.path,
            auth=self.text(config, "auth", pointer),
            bearer=self.template(bearer, pointer_join(pointer, "bearer"), tokens=renewal)
            if bearer is not None
            else None,
            path_params=path_params,
            query=self.templates(config.get("query"), pointer_join(pointer, "query"), tokens=renewal),
            body=self.templates(body, pointer_join(pointer, "body"), tokens=renewal)
            if body is not None
            else None,
            body_format=body_format,
        )

    def after_refresh_window(self, config: Mapping[str, Any], pointer: str) -> Literal["issue", "error"]:
        """`after-refresh-window`: what the client does once `refreshable-seconds` are over."""
        value = config.get("after-refresh-window", "issue")
        if value not in ("issue", "error"):
            raise self.error(pointer_join(pointer, "after-refresh-window"), "expected issue | error")
        if value == "error" and (config.get("refreshable-seconds") is None or "refresh" not in config):
            raise self.error(
                pointer_join(pointer, "after-refresh-window"),
                "`error` needs `refresh` and `refreshable-seconds` (the window whose end it is)",
            )
        return "error" if value == "error" else "issue"

    def issued_bearer(self, config: Mapping[str, Any], pointer: str, declared: SecurityScheme) -> Scheme:
        self.expect_type(declared, pointer, IssuedBearer.kind, "bearer")
        issue = (
            self.call(config["issue"], pointer_join(pointer, "issue"), renewal=False)
            if "issue" in config
            else None
        )
        refresh = (
            self.call(config["refresh"], pointer_join(pointer, "refresh"), renewal=True)
            if "refresh" in config
            else None
        )
        initial = config.get("initial-token")
        if issue is None and initial is None:
            raise self.error(
                pointer,
                "an issued-bearer scheme needs `issue` (the operation that issues it) or `initial-token`",
            )
        field_names = {}
        for key in ("token-field", "refresh-token-field", "lifetime-field", "expires-at-field"):
            field_names[key] = self.text(config, key, pointer)
        lifetime = self.number(config, "lifetime-seconds", pointer, None)
        if lifetime is None:
            raise self.error(
                pointer, "an issued-bearer scheme needs `lifetime-seconds` (the documented lifetime)"
            )
        return IssuedBearer(
            issue=issue,
            refresh=refresh,
            answer=TokenAnswer(
                token_field=field_names["token-field"] or "token",
                refresh_token_field=field_names["refresh-token-field"],
                lifetime_field=field_names["lifetime-field"],
                expires_at_field=field_names["expires-at-field"],
                lifetime_from_jwt=self.flag(config, "lifetime-from-jwt", pointer, False),
            ),
            lifetime_seconds=lifetime,
            refreshable_seconds=self.number(config, "refreshable-seconds", pointer, None),
            after_refresh_window=self.after_refresh_window(config, pointer),
            renew_before_seconds=self.number(config, "renew-before-seconds", pointer, 30.0) or 0.0,
            renew_on_401=self.flag(config, "renew-on-401", pointer, True),
            initial_token=self.template(initial, pointer_join(pointer, "initial-token"))
            if initial is not None
            else None,
            initial_refresh_token=(
                self.template(config["initial-refresh-token"], pointer_join(pointer, "initial-refresh-token"))
                if config.get("initial-refresh-token") is not None
                else None
            ),
        )

    def oauth2(self, config: Mapping[str, Any], pointer: str, declared: SecurityScheme) -> Scheme:
        self.expect_type(declared, pointer, OAuth2AuthorizationCode.kind, "oauth2")
        flow = declared.flows.get("authorizationCode")
        if not isinstance(flow, Mapping) or not flow.get("authorizationUrl") or not flow.get("tokenUrl"):
            raise self.error(
                pointer,
                f"the security scheme {declared.name!r} needs flows.authorizationCode with authorizationUrl and tokenUrl",
            )
        client_authentication = config.get("client-authentication", "body")
        if client_authentication not in ("body", "basic"):
            raise self.error(pointer_join(pointer, "client-authentication"), "expected body | basic")
        client_id = self.credential(config, "client-id", pointer)
        assert client_id is not None
        return OAuth2AuthorizationCode(
            authorization_url=str(flow["authorizationUrl"]),
            token_url=str(flow["tokenUrl"]),
            refresh_url=str(flow["refreshUrl"]) if flow.get("refreshUrl") else None,
            revocation_url=self.text(config, "revocation-url", pointer),
            scopes=tuple(sorted(flow.get("scopes") or {})),
            client_id=client_id,
            client_secret=self.credential(config, "client-secret", pointer, required=False),
            access_token=self.credential(config, "access-token", pointer, required=False),
            refresh_token=self.credential(config, "refresh-token", pointer, required=False),
            client_authentication=client_authentication,
            lifetime_seconds=self.number(config, "lifetime-seconds", pointer, 3600.0) or 0.0,
            renew_before_seconds=self.number(config, "renew-before-seconds", pointer, 60.0) or 0.0,
            renew_on_401=self.flag(config, "renew-on-401", pointer, True),
            accept_query_parameters=self.flag(config, "accept-query-parameters", pointer, False),
        )

    def check_call_auth(self, schemes: Mapping[str, Scheme], where: str) -> None:
        """A token call's `auth` must name another scheme that needs no token call itself."""
        for name, scheme in schemes.items():
            if not isinstance(scheme, IssuedBearer):
                continue
            for step, call in (("issue", scheme.issue), ("refresh", scheme.refresh)):
                if call is None or call.auth is None:
                    continue
                at = pointer_join(where, name, step, "auth")
                target = schemes.get(call.auth)
                if target is None:
                    raise self.error(at, f"names scheme {call.auth!r}, which x-auth.schemes does not have")
                if isinstance(target, IssuedBearer | OAuth2AuthorizationCode):
                    raise self.error(
                        at, "must name a scheme the client holds a credential for (not an issued one)"
                    )

    def provisioning(self, raw: Any, pointer: str) -> Provisioning | None:
        if raw is None:
            return None
        at = pointer_join(pointer, "subject-provisioning")
        config = self.mapping(raw, at, "{operationId, body, path-params}")
        operation_id = config.get("operationId")
        if operation_id not in self.operations:
            raise self.error(pointer_join(at, "operationId"), "expected an operationId of the spec")
        return Provisioning(
            operation_id=str(operation_id),
            body=config.get("body"),
            path_params={str(k): str(v) for k, v in (config.get("path-params") or {}).items()},
        )


def read_auth(
    raw: Any,
    label: str,
    operations: Mapping[str, Operation],
    security_schemes: Mapping[str, SecurityScheme],
) -> AuthModel:
    """`x-auth` as an `AuthModel`; raises `InputError` naming `label` and the JSONPath of a problem."""
    return _Reader(label, operations, security_schemes).read(raw)
