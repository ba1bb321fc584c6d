"""Which requests to load each vendor's mock with, found generically from the model of the merged spec.

Per vendor: a GET (the first GET without path parameters or required parameters) and a validated
POST (the first POST with a JSON body and no path parameters), in document order (`api.operations`);
then, as `extras`, the operations a client calls for its credentials: the login (issuing operation)
and the token renewal of each issued-bearer scheme of `x-auth` (Jilster's `POST /authenticate` and
`POST /refresh`, Printiki's `POST /auth/login` and `GET /auth/refresh`), and the first GET accepting
HTTP basic auth, sent with basic credentials (Mediagraph's personal access token). A login that is
the vendor's POST already is not measured twice.
Credentials come
from the same `x-auth` plan fuzzing uses (`generator.fuzz.plan`): static credentials as they are,
issued tokens by provisioning a subject and calling the issuing operation on the live mock. A
candidate is kept only when two probes in a row answer 2xx (a create that conflicts on repeat, a
body the vendor's rules refuse are skipped), so every load run measures successful requests.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from benchmarks.samples import body_candidates
from generator.model import Api, MediaType, Operation
from generator.runtime.schemes import TokenCall

SUBJECT = "vendorkit-bench"
UNIQUE = "BENCHUNIQUE"
"""Placeholder in a POST body for a value that must differ on every request (a label that has to
be unique): wrk's script replaces it with a per-run, per-request string (`load.lua_script`)."""
DROP_HEADERS = {"content-length", "transfer-encoding", "connection", "date", "server", "keep-alive"}


@dataclass(frozen=True)
class BenchRequest:
    """One request of a load run, and what the mock answered to it (replayed by the client benchmark)."""

    operation_id: str
    method: str
    path: str
    headers: Mapping[str, str]
    query: Mapping[str, str]
    body: Any
    status: int
    response_headers: Mapping[str, str]
    response_body: bytes
    unique_field: str | None = None  # a body field holding UNIQUE, made unique on every request

    @property
    def label(self) -> str:
        return f"{self.method} {self.path} ({self.operation_id})"

    @property
    def url_path(self) -> str:
        return str(httpx.URL(self.path, params=dict(self.query))) if self.query else self.path


@dataclass
class VendorTargets:
    vendor: str
    get: BenchRequest | None = None
    post: BenchRequest | None = None
    credentials: Mapping[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    extras: dict[str, BenchRequest] = field(default_factory=dict)
    """Further requests by kind (`LOGIN jwt`, `REFRESH jwt`, `BASIC personalToken`): token
    operations and HTTP basic auth, measured on the mocks only (the client benchmark reads get/post)."""

    def chosen(self) -> list[tuple[str, BenchRequest]]:
        return [(kind, request) for kind, request in (("GET", self.get), ("POST", self.post)) if request]

    def measured(self) -> list[tuple[str, BenchRequest]]:
        """Every request of the mock benchmark: GET, POST, then the extras."""
        return [*self.chosen(), *self.extras.items()]


def _plain(operation: Operation) -> bool:
    """No path template and no required parameter: callable the same way every time."""
    return "{" not in operation.path and not any(p.required for p in operation.parameters)


def get_candidates(api: Api) -> list[Operation]:
    return [op for op in api.operations if op.method == "GET" and _plain(op)]


def post_candidates(api: Api) -> list[tuple[Operation, MediaType]]:
    return [
        (op, media)
        for op in api.operations
        if op.method == "POST" and _plain(op) and op.request_body and (media := op.request_body.json)
    ]


class Prober:
    """Authenticates and probes candidate requests on a live server."""

    def __init__(self, vendor: str, api: Api, base_url: str) -> None:
        from generator.fuzz.auth import FuzzAuth
        from generator.fuzz.plan import build_plan

        self.http = httpx.Client(base_url=base_url, timeout=10)
        self.notes: list[str] = []
        self.auth: FuzzAuth | None = None
        self.credentials: Mapping[str, str] = {}
        try:
            plan = build_plan(vendor, api, environ={})  # the demo credentials `servers.run_mock` uses
            self.credentials = dict(plan.credentials)
            self.auth = FuzzAuth(
                plan, lambda: httpx.Client(base_url=base_url, timeout=10), subject=SUBJECT, mock=True
            )
        except Exception as error:  # an x-auth the plan cannot read: measure unauthenticated, say so
            self.notes.append(f"no auth plan ({error}); requests are sent without credentials")

    def close(self) -> None:
        if self.auth is not None:
            self.auth.close()
        self.http.close()

    def credentials_for(self, method: str, path: str) -> tuple[dict[str, str], dict[str, str]]:
        from generator.fuzz.auth import apply_credentials

        headers: dict[str, str] = {"Accept": "application/json"}
        query: dict[str, str] = {}
        cookies: dict[str, str] = {}
        if self.auth is not None:
            credentials = self.auth.credentials_for(method, path) or []
            apply_credentials(credentials, headers=headers, query=query, cookies=cookies)
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        return headers, query

    def basic_credentials(self, requirement: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
        """Headers and query of the schemes of `requirement` (not the plan's first choice)."""
        from generator.fuzz.auth import apply_credentials

        headers: dict[str, str] = {"Accept": "application/json"}
        query: dict[str, str] = {}
        cookies: dict[str, str] = {}
        assert self.auth is not None
        for name in requirement:
            apply_credentials(self.auth.credentials_of(name), headers=headers, query=query, cookies=cookies)
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        return headers, query

    def probe(
        self,
        operation: Operation,
        body: Any,
        unique_field: str | None = None,
        credentials: tuple[dict[str, str], dict[str, str]] | None = None,
    ) -> BenchRequest | str:
        """The request when two probes answer 2xx, else why not (with `unique_field`, each probe gets
        its own value there, as each load request will). `credentials`: headers and query to send
        instead of the plan's for the operation."""
        method, path = operation.method, operation.path
        if credentials is not None:
            headers, query = dict(credentials[0]), dict(credentials[1])
        else:
            try:
                headers, query = self.credentials_for(method, path)
            except Exception as error:
                return f"no credentials: {error}"
        if body is not None:
            headers["Content-Type"] = "application/json"
        response = None
        for attempt in range(2):
            kwargs: dict[str, Any] = {"headers": headers, "params": query}
            if body is not None:
                kwargs["json"] = json.loads(json.dumps(body).replace(UNIQUE, f"probe{attempt}{id(self)}"))
            response = self.http.request(method, path, **kwargs)
            if not response.is_success:
                return f"answered {response.status_code}: {response.text[:120]}"
        assert response is not None
        return BenchRequest(
            operation_id=operation.operation_id,
            method=method,
            path=path,
            headers=headers,
            query=query,
            body=body,
            status=response.status_code,
            response_headers={k: v for k, v in response.headers.items() if k.lower() not in DROP_HEADERS},
            response_body=response.content,
            unique_field=unique_field,
        )


def unique_variants(body: Any) -> list[tuple[str, Any]]:
    """The body with one top-level string field prefixed by UNIQUE, for each such field: a create
    whose repeat conflicts (a label or an e-mail that must be new) can still be loaded, each request
    creating a new resource. A prefix keeps an e-mail address valid."""
    if not isinstance(body, dict):
        return []
    return [
        (name, {**body, name: f"{UNIQUE}-{value}"}) for name, value in body.items() if isinstance(value, str)
    ]


def find_targets(vendor: str, api: Api, base_url: str) -> VendorTargets:
    """The GET and POST of `vendor` to measure, probed on the mock at `base_url`."""
    prober = Prober(vendor, api, base_url)
    targets = VendorTargets(vendor, credentials=prober.credentials, notes=prober.notes)
    try:
        tried: list[str] = []
        for operation in get_candidates(api):
            found = prober.probe(operation, None)
            if isinstance(found, BenchRequest):
                targets.get = found
                break
            tried.append(f"{operation.method} {operation.path}: {found}")
        for operation, media in post_candidates(api):
            for body in body_candidates(api, media):
                for field_name, variant in [(None, body), *unique_variants(body)]:
                    found = prober.probe(operation, variant, field_name)
                    if isinstance(found, BenchRequest):
                        targets.post = found
                        break
                    tried.append(f"{operation.method} {operation.path}: {found}")
                if targets.post:
                    break
            if targets.post:
                break
        for kind, request in (("GET", targets.get), ("POST", targets.post)):
            if request is None:
                targets.notes.append(
                    f"no {kind} usable for load ({'; '.join(tried[:3]) or 'no candidate operation'})"
                )
        if prober.auth is not None:
            find_token_targets(prober, api, targets)
            find_basic_target(prober, api, targets)
    finally:
        prober.close()
    return targets


def _operation(api: Api, operation_id: str) -> Operation | None:
    return next((op for op in api.operations if op.operation_id == operation_id), None)


def _fill(prober: Prober, template: str, tokens: Mapping[str, str]) -> str:
    if template in tokens:
        return tokens[template]
    assert prober.auth is not None
    return prober.auth._fill(template)


def _field(answer: Any, dotted: str | None) -> str | None:
    if dotted is None:
        return None
    for part in dotted.split("."):
        answer = answer.get(part) if isinstance(answer, dict) else None
    return answer if isinstance(answer, str) and answer else None


def _call_target(
    prober: Prober, api: Api, call: TokenCall, tokens: Mapping[str, str]
) -> tuple[Operation, Any, tuple[dict[str, str], dict[str, str]]] | str:
    """The operation, body and credentials of a token call with its templates filled."""
    from generator.fuzz.auth import apply_credentials

    operation = _operation(api, call.operation_id)
    if operation is None:
        return f"{call.operation_id} is not an operation of the spec"
    if "{" in operation.path or call.body_format != "json":
        return f"{call.operation_id}: path parameters or a form body (not measured)"
    headers: dict[str, str] = {"Accept": "application/json"}
    query = {key: _fill(prober, value, tokens) for key, value in call.query.items()}
    if call.auth:
        assert prober.auth is not None
        cookies: dict[str, str] = {}
        apply_credentials(
            prober.auth.credentials_of(call.auth), headers=headers, query=query, cookies=cookies
        )
    if call.bearer:
        headers["Authorization"] = "Bearer " + _fill(prober, call.bearer, tokens)
    body = (
        {key: _fill(prober, value, tokens) for key, value in call.body.items()}
        if call.body is not None
        else None
    )
    return operation, body, (headers, query)


def find_token_targets(prober: Prober, api: Api, targets: VendorTargets) -> None:
    """LOGIN and REFRESH of every issued-bearer scheme (each operation once)."""
    from generator.runtime.schemes import REFRESH_TOKEN, TOKEN, IssuedBearer

    seen = {request.operation_id for _, request in targets.chosen()}
    for name, scheme in api.auth.schemes.items():
        if not isinstance(scheme, IssuedBearer) or scheme.issue is None:
            continue
        login = _call_target(prober, api, scheme.issue, {})
        if isinstance(login, str):
            targets.notes.append(f"no LOGIN of {name}: {login}")
            continue
        operation, body, credentials = login
        found = prober.probe(operation, body, credentials=credentials)
        if isinstance(found, str):
            targets.notes.append(f"no LOGIN of {name}: {found}")
            continue
        if operation.operation_id not in seen:
            seen.add(operation.operation_id)
            targets.extras[f"LOGIN {name}"] = found
        if scheme.refresh is None or scheme.refresh.operation_id in seen:
            continue
        try:
            answer = json.loads(found.response_body)
        except ValueError:
            answer = None
        tokens = {
            key: value
            for key, value in (
                (TOKEN, _field(answer, scheme.answer.token_field)),
                (REFRESH_TOKEN, _field(answer, scheme.answer.refresh_token_field)),
            )
            if value is not None
        }
        refresh = _call_target(prober, api, scheme.refresh, tokens)
        if isinstance(refresh, str):
            targets.notes.append(f"no REFRESH of {name}: {refresh}")
            continue
        operation, body, credentials = refresh
        renewed = prober.probe(operation, body, credentials=credentials)
        if isinstance(renewed, str):
            targets.notes.append(f"no REFRESH of {name}: {renewed}")
            continue
        seen.add(operation.operation_id)
        targets.extras[f"REFRESH {name}"] = renewed


def find_basic_target(prober: Prober, api: Api, targets: VendorTargets) -> None:
    """The first GET without parameters to fill that accepts HTTP basic auth, sent with it."""
    from generator.runtime.schemes import HttpBasic

    basic = {name for name, scheme in api.auth.schemes.items() if isinstance(scheme, HttpBasic)}
    if not basic:
        return
    tried: list[str] = []
    for operation in get_candidates(api):
        for requirement in operation.security:
            names = tuple(requirement)
            if not names or not set(names) <= basic:
                continue
            try:
                credentials = prober.basic_credentials(names)
            except Exception as error:
                tried.append(f"{operation.operation_id}: {error}")
                continue
            found = prober.probe(operation, None, credentials=credentials)
            if isinstance(found, BenchRequest):
                targets.extras["BASIC " + "+".join(names)] = found
                return
            tried.append(f"{operation.operation_id}: {found}")
    targets.notes.append(f"no GET under HTTP basic auth answered 2xx ({'; '.join(tried[:3]) or 'none'})")
