"""Generic token operations: the issue and refresh operations `x-auth` names, answered from the
auth model alone (no vendor Python), where that is possible.

For every operation an `issued-bearer` scheme names as its `issue` or `refresh` call:

- a login (`$credential.<name>` templates in the call's body, query or path parameters): each
  value sent must equal the mock's credential (constant time) and each literal its literal, else
  login-failed (401 in the vendor's style). The token is for the `$subject` value when the call
  has one, else for the value of the call's first non-secret credential (the user name), else
  `account`;
- a token an admin credential issues for a subject (`auth` plus `$subject`): the engine has
  checked the admin credential; the token is for the subject sent;
- a renewal with a refresh token (`renewal == "refresh-token"`): the refresh token, where the call
  sends `$refresh_token` (bearer, body, query), must be a valid refresh token of the scheme
  (`tokenservice.refresh_scope`), else refresh-failed; the answer keeps the same refresh token;
- a renewal by the expired token (`renewal == "expired-token"`, Jilster): the token, where the
  call sends `$token`, must be one of the scheme's, expired or not, whose login is less than
  `refreshable_seconds` ago, else refresh-failed.

The answer holds each token where the scheme's `TokenAnswer` says (dotted fields): the token, a
refresh token issued beside it (a token of the scheme that holds refresh tokens, or one the mock
issues), the lifetime in seconds and the expiry as Unix time, each typed as the declared response
schema wants it (Printiki documents `expires` as a string of digits). Other required properties
take the schema's `const`, `default`, first `enum` value or `example`. The status is the
operation's first declared 2xx. Whether this answer validates against the declared schema is
checked at start-up: an operation it cannot answer gets no generic handler (`TokenOperations.gaps`
says why), and needs a vendor handler. Vendor handlers win over these (business rules such as
"the user must exist").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from generator.mock.basic import equal_secrets
from generator.mock.context import RequestContext
from generator.mock.errors import ErrorKind, MockError
from generator.mock.responses import JSON, MockResponse
from generator.mock.schemas import SchemaRegistry
from generator.mock.tokenservice import IssuedToken, TokenService, refresh_scope
from generator.mock.vendors import Handler
from generator.model import Api, Operation, SchemaRef
from generator.runtime.schemes import (
    REFRESH_TOKEN,
    SUBJECT,
    TOKEN,
    IssuedBearer,
    TokenCall,
    credential_of,
)

DEFAULT_SUBJECT: Final = "account"
_SAMPLE: Final = "sample"


@dataclass(frozen=True)
class _Step:
    scheme: str
    config: IssuedBearer
    call: TokenCall


def _read(ctx: RequestContext[Any], call: TokenCall, template: str) -> list[Any]:
    """Every value the request sends where `call` puts `template`."""
    found: list[Any] = []
    body = ctx.body if isinstance(ctx.body, Mapping) else {}
    for source, mapping in ((ctx.path, call.path_params), (ctx.query, call.query), (body, call.body or {})):
        found.extend(source.get(key) for key, value in mapping.items() if value == template)
    if call.bearer == template:
        raw = ctx.request.headers.get("authorization", "")
        kind, _, token = raw.strip().partition(" ")
        found.append(token.strip() if kind.lower() == "bearer" and token.strip() else None)
    return found


def _first_text(values: list[Any]) -> str | None:
    return next((value for value in values if isinstance(value, str) and value), None)


@dataclass(frozen=True)
class _AnswerShape:
    """Where the answer puts what, typed as the declared schema wants it."""

    status: int
    schema: SchemaRef
    types: Mapping[str, str]  # dotted field -> JSON type of its schema ("string", "integer", ...)
    filled: Mapping[str, Any]  # required properties the token model does not give, and their values

    def value(self, field_name: str, number: int) -> Any:
        kind = self.types.get(field_name, "integer")
        return str(number) if kind == "string" else float(number) if kind == "number" else number

    def body(self, values: Mapping[str, Any]) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for dotted, value in {**self.filled, **values}.items():
            *parents, last = dotted.split(".")
            node = body
            for parent in parents:
                node = node.setdefault(parent, {})
            node[last] = value
        return body


class _Planner:
    """Decides, per token operation, whether and how the mock answers it generically."""

    def __init__(self, api: Api, registry: SchemaRegistry) -> None:
        self.api = api
        self.registry = registry

    def shape(self, operation: Operation, fields: list[str], numbers: list[str]) -> _AnswerShape | str:
        """The answer's shape, or why there is none."""
        success = sorted(
            (int(response.status), media.schema)
            for response in operation.success_responses()
            for media in response.content
            if media.is_json and media.schema is not None
        )
        if not success:
            return "it declares no JSON 2xx answer"
        status, schema = success[0]
        assert schema is not None
        types = {name: self.type_of(schema, name) for name in fields}
        filled = self.defaults(schema, {name.split(".", 1)[0] for name in fields})
        shape = _AnswerShape(status, schema, types, filled)
        sample = shape.body({name: shape.value(name, 1) if name in numbers else _SAMPLE for name in fields})
        problems = self.registry.problems(schema, sample)
        if problems:
            where = ", ".join(
                sorted({".".join(str(part) for part in problem.path) or "body" for problem in problems})
            )
            return f"its {status} answer needs what x-auth does not give ({where})"
        return shape

    def property_schema(self, schema: SchemaRef, dotted: str) -> SchemaRef | None:
        current: SchemaRef | None = schema
        for name in dotted.split("."):
            current = self.api.property_schema(current, name)
            if current is None:
                return None
        return current

    def type_of(self, schema: SchemaRef, dotted: str) -> str:
        found = self.property_schema(schema, dotted)
        declared = found.node.get("type") if found is not None else None
        if isinstance(declared, list):
            declared = next((kind for kind in declared if kind != "null"), None)
        return declared if isinstance(declared, str) else "string"

    def defaults(self, schema: SchemaRef, given: set[str]) -> dict[str, Any]:
        """Values of the required top-level properties the token model does not give."""
        required = schema.node.get("required") or []
        filled: dict[str, Any] = {}
        for name in required:
            if not isinstance(name, str) or name in given:
                continue
            prop = self.api.property_schema(schema, name)
            node = prop.node if prop is not None else {}
            for key in ("const", "default", "enum", "example", "examples"):
                if key in node:
                    value = node[key]
                    filled[name] = (
                        value[0] if key in ("enum", "examples") and isinstance(value, list) else value
                    )
                    break
        return filled


def _answer_fields(steps: list[_Step]) -> tuple[list[str], list[str]]:
    """`(fields, numbers)`: every field the answer fills, and those of them that hold numbers."""
    fields: list[str] = []
    numbers: list[str] = []
    for step in steps:
        answer = step.config.answer
        for name in (
            answer.token_field,
            answer.refresh_token_field,
            answer.lifetime_field,
            answer.expires_at_field,
        ):
            if name is not None and name not in fields:
                fields.append(name)
        numbers.extend(name for name in (answer.lifetime_field, answer.expires_at_field) if name is not None)
    return fields, numbers


@dataclass(frozen=True)
class _TokenOperation:
    """One operation the mock answers from the auth model."""

    operation: Operation
    issues: tuple[_Step, ...]
    renews: _Step | None
    shape: _AnswerShape
    tokens: TokenService
    credentials: Mapping[str, bytes]
    secret_credentials: frozenset[str]
    refresh_scopes: Mapping[str, str | None]

    async def __call__(self, ctx: RequestContext[Any]) -> MockResponse:
        if self.renews is not None:
            values = self.renew(ctx, self.renews)
        else:
            values = self.issue(ctx)
        return MockResponse(self.shape.body(values), self.shape.status, media_type=JSON)

    def check_login(self, ctx: RequestContext[Any], call: TokenCall) -> None:
        """Every credential and literal the call sends must be what the mock holds."""
        for mapping in (call.path_params, call.query, call.body or {}):
            for template in mapping.values():
                if template in (SUBJECT, TOKEN, REFRESH_TOKEN):
                    continue
                credential = credential_of(template)
                expected = self.credentials[credential] if credential is not None else template.encode()
                sent = _read(ctx, call, template)
                if not sent or not all(
                    isinstance(value, str) and equal_secrets(value, expected) for value in sent
                ):
                    raise MockError(ErrorKind.LOGIN_FAILED)

    def subject(self, ctx: RequestContext[Any], call: TokenCall) -> str:
        found = _first_text(_read(ctx, call, SUBJECT))
        if found is not None:
            return found
        for mapping in (call.body or {}, call.query, call.path_params):
            for template in mapping.values():
                credential = credential_of(template)
                if credential is not None and credential not in self.secret_credentials:
                    return self.credentials[credential].decode("utf-8", "surrogatepass")
        if ctx.principal is not None and ctx.principal.subject:
            return ctx.principal.subject
        return DEFAULT_SUBJECT

    def issue(self, ctx: RequestContext[Any]) -> dict[str, Any]:
        call = self.issues[0].call
        for step in self.issues:
            self.check_login(ctx, step.call)
        subject = self.subject(ctx, call)
        issued = {step.scheme: self.tokens.issue_token(step.scheme, subject) for step in self.issues}
        values: dict[str, Any] = {}
        for step in self.issues:
            refresh: str | None = None
            scope = self.refresh_scopes.get(step.scheme)
            if scope is not None and step.config.answer.refresh_token_field is not None:
                own = issued.get(scope)
                refresh = (own or self.tokens.issue_token(scope, subject)).token
            self.fill(values, step.config, issued[step.scheme], refresh)
        return values

    def renew(self, ctx: RequestContext[Any], step: _Step) -> dict[str, Any]:
        if step.config.renewal == "refresh-token":
            scope = self.refresh_scopes[step.scheme]
            presented = _first_text(_read(ctx, step.call, REFRESH_TOKEN))
            found = self.tokens.verify(presented) if presented is not None else None
            claims = self.tokens.inspect(presented) if presented is not None else None
            if found is None or found[0] != scope or claims is None:
                raise MockError(ErrorKind.REFRESH_FAILED)
            issued = self.tokens.issue_token(step.scheme, claims.subject, login_time=claims.login_time)
            values: dict[str, Any] = {}
            self.fill(values, step.config, issued, presented)
            return values
        presented = _first_text(_read(ctx, step.call, TOKEN))
        renewable = (
            self.tokens.renewable(presented, step.scheme, step.config.refreshable_seconds)
            if presented is not None
            else None
        )
        if renewable is None:
            raise MockError(ErrorKind.REFRESH_FAILED)
        issued = self.tokens.issue_token(step.scheme, renewable.subject, login_time=renewable.login_time)
        values = {}
        self.fill(values, step.config, issued, None)
        return values

    def fill(
        self, values: dict[str, Any], scheme: IssuedBearer, issued: IssuedToken, refresh: str | None
    ) -> None:
        """Put the answer fields of one scheme (a field another scheme filled first is kept)."""
        answer = scheme.answer
        found: dict[str, Any] = {answer.token_field: issued.token}
        if answer.refresh_token_field is not None and refresh is not None:
            found[answer.refresh_token_field] = refresh
        if answer.lifetime_field is not None:
            found[answer.lifetime_field] = self.shape.value(answer.lifetime_field, issued.lifetime)
        if answer.expires_at_field is not None:
            found[answer.expires_at_field] = self.shape.value(answer.expires_at_field, issued.expires_at)
        for name, value in found.items():
            values.setdefault(name, value)


@dataclass(frozen=True)
class TokenOperations:
    """The generic handlers, and why each token operation without one has none."""

    handlers: Mapping[str, Handler[Any]]
    gaps: Mapping[str, str]


def token_operations(
    api: Api, tokens: TokenService, credentials: Mapping[str, str], registry: SchemaRegistry
) -> TokenOperations:
    """Plan every token operation of `x-auth` once, at start-up."""
    planner = _Planner(api, registry)
    issues: dict[str, list[_Step]] = {}
    renews: dict[str, list[_Step]] = {}
    for name, scheme in api.auth.issued().items():
        if scheme.issue is not None:
            issues.setdefault(scheme.issue.operation_id, []).append(_Step(name, scheme, scheme.issue))
        if scheme.refresh is not None:
            renews.setdefault(scheme.refresh.operation_id, []).append(_Step(name, scheme, scheme.refresh))
    refresh_scopes = {name: refresh_scope(api.auth, name) for name in api.auth.issued()}
    secrets = {name: value.encode("utf-8", "surrogatepass") for name, value in credentials.items() if value}
    handlers: dict[str, Handler[Any]] = {}
    gaps: dict[str, str] = {}
    for operation_id in [*issues, *(op for op in renews if op not in issues)]:
        operation = api.operation(operation_id)
        issued, renewed = issues.get(operation_id, []), renews.get(operation_id, [])
        reason = _unanswerable(issued, renewed, secrets)
        shape = planner.shape(operation, *_answer_fields(issued or renewed)) if reason is None else reason
        if isinstance(shape, str):
            gaps[operation_id] = shape
            continue
        handlers[operation_id] = _TokenOperation(
            operation=operation,
            issues=tuple(issued),
            renews=renewed[0] if renewed else None,
            shape=shape,
            tokens=tokens,
            credentials=secrets,
            secret_credentials=api.auth.secret_credentials,
            refresh_scopes=refresh_scopes,
        )
    return TokenOperations(handlers=handlers, gaps=gaps)


def _unanswerable(issued: list[_Step], renewed: list[_Step], credentials: Mapping[str, bytes]) -> str | None:
    if issued and renewed:
        return "it both issues and renews tokens"
    if len(renewed) > 1:
        return "it renews tokens of several schemes"
    for step in issued:
        for template in step.call.templates():
            credential = credential_of(template)
            if credential is not None and credential not in credentials:
                return f"the mock has no value for credential {credential!r}"
    return None


def token_handlers(
    api: Api, tokens: TokenService, credentials: Mapping[str, str], registry: SchemaRegistry
) -> dict[str, Handler[Any]]:
    """operationId -> the generic handler of every token operation the mock can answer alone."""
    return dict(token_operations(api, tokens, credentials, registry).handlers)
