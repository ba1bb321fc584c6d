"""The mock engine: one ASGI app per merged spec, vendor rules plugged in by operationId.

A request goes through, in this order (each step may answer on its own):

0. the OAuth 2.0 endpoints of an `oauth2-authorization-code` scheme (`generator.mock.oauth2`);
1. helper routes of the vendor (undocumented, e.g. the bytes behind a signed download URL);
2. routing: unknown path -> 404, known path with an undeclared method -> 405 + `Allow`;
3. authentication per the operation's `security` and root `x-auth` -> 401 / 403;
4. throttling per credential from root `x-rate-limit` -> 429 + `Retry-After`;
5. validation of path, query, headers and body against the spec -> 404 / 415 / 400 / 413 / 422;
6. the operation's handler: the vendor module's (`@VENDOR.operation`), else the generic handler of
   its binding to a declared resource (operation `x-mock`, `generator/mock/resources.py`), else a
   generic token handler for an issue/refresh operation of `x-auth` (`generator/mock/tokens.py`);
   an operation with none of these stops start-up (`MockSetupError`).

Refusals are `MockError`s rendered by the vendor's error style (`x-mock.errors`, see `errorstyle`)
with a status the operation declares (`responses.declared_status`). A bug
in a handler is never hidden behind a plausible answer: it propagates when
`raise_server_errors` is set (tests) and is otherwise logged with its traceback and answered
500, which schemathesis reports. With `validate_responses`, every answer is checked against the
declared response (status, media type, schema, required headers) the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import MappingProxyType, ModuleType
from typing import Any, Final

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from generator.mock.auth import Principal, build_authentication
from generator.mock.body import read_body
from generator.mock.checks import CompiledRequest, compile_request, validate_request
from generator.mock.coercion import WireShape, coerce_values, wire_shape
from generator.mock.context import HelperContext, MockRequest, RequestContext, Services, raw_request_path
from generator.mock.control import Control
from generator.mock.errors import ErrorKind, MockError, MockSetupError
from generator.mock.errorstyle import read_error_style
from generator.mock.faults import Fault, FaultInjector, cut_in_half
from generator.mock.journal import Journal, secret_query_names
from generator.mock.models import generate_models
from generator.mock.oauth2 import AuthorizationServer, Endpoint
from generator.mock.options import MockOptions
from generator.mock.persistence import StateFile
from generator.mock.ratelimit import RateLimiter, rate_limiter_for
from generator.mock.resources import resource_handlers
from generator.mock.responses import JSON, MockResponse, declared_status, render, response_media_type
from generator.mock.routing import RouteMatch, Router, normalize_path
from generator.mock.schemas import SchemaRegistry
from generator.mock.store import Store, resource_properties
from generator.mock.tokens import token_operations
from generator.mock.traffic import Traffic
from generator.mock.urls import UrlSigner
from generator.mock.vendors import Handler, HelperHandler, MockVendor, VendorSetup, load_vendor
from generator.model import Api, Operation, Resolver, load_api

logger = logging.getLogger("vendorkit.mock")

_ANY_MEDIA: Final = "*/*"
_OPERATION: Final = "vendorkit.operation"
"""Scope key: the operationId `MockEngine.handle` routed the request to (read by the journal)."""
_NO_COOKIES: Final[Mapping[str, str]] = MappingProxyType({})
"""What the authenticator is given when no scheme is read from a cookie."""
SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class ResponseConformanceError(AssertionError):
    """The mock answered something the spec does not declare (a bug in a vendor handler)."""


class MockEngine:
    """Everything compiled from one merged spec + options + vendor module; an ASGI app."""

    def __init__(
        self,
        spec: Api,
        options: MockOptions,
        *,
        vendor: MockVendor[Any] | None = None,
        models: ModuleType | None = None,
    ) -> None:
        self.options = options
        self.spec: Api = spec
        self.registry = SchemaRegistry(spec.document, spec.label)
        self.errors = read_error_style(spec.mock.errors, spec.label)
        resolver = spec.resolver
        self.router = self._compile_requests(resolver)
        self._header_shapes = self._compile_responses(resolver)
        self.vendor = vendor or self._vendor_of_spec()
        if models is None and self.vendor.needs_models:
            models = generate_models(spec, self.vendor.name)
        self.models = models
        # Read from the spec once; every (re)start of the state reuses them.
        self._resource_properties = resource_properties(spec)
        self._bound = resource_handlers(
            spec, self.vendor.rules, self.vendor.views, self.vendor.off_loop_rules
        )
        self.helpers: Router[HelperHandler[Any]] = Router()
        for method, path, handler in self.vendor.helpers:
            self.helpers.add(method, path, handler)
        self.start_state()
        self.journal = Journal(self.options.clock.time, secret_query_names(spec))
        self.traffic = Traffic()
        self.control = Control(self)
        self.persistence = StateFile.open(options.state_file, self) if options.state_file else None
        self.warnings = conformance_warnings(self.spec, self.limiter is not None)
        for warning in self.warnings:
            logger.warning("%s", warning)

    def start_state(self) -> None:
        """Credentials, tokens, throttle, fault dice, records and vendor state as the seed makes them:
        at start-up and again on every reset (`POST /__vendorkit/reset`). Compiled parts stay."""
        spec, options, now = self.spec, self.options, self.options.clock.time
        self.credentials = {**spec.mock.defaults(), **options.credentials}
        authentication = build_authentication(spec, self.credentials, now, options.token_lifetime_seconds)
        self.tokens = authentication.tokens
        self.auth = authentication.authenticator
        self.authorization_servers = authentication.servers
        self.oauth = self._authorization_endpoints(authentication.servers)
        self.limiter: RateLimiter | None = rate_limiter_for(spec.rate_limit, options.rate_limit, now)
        self.faults = FaultInjector(options.faults)
        self.token_operations = token_operations(spec, self.tokens, self.credentials, self.registry)
        self.handlers = self._handlers()
        store = Store(spec, seed=options.seed, clock=now, properties=self._resource_properties)
        setup = VendorSetup(spec=self.spec, options=options, models=self.models, store=store)
        self.services: Services[Any] = Services(
            state=self.vendor.create_state(setup),
            store=store,
            tokens=self.tokens,
            clock=now,
            links=UrlSigner(now),
            models=self.models,
            public_base_url=options.public_base_url,
        )

    def reset(self) -> None:
        """Back to the seed: fresh records, vendor state and tokens, an empty journal; a state file
        is rewritten to match (`POST /__vendorkit/reset`)."""
        self.start_state()
        self.journal.clear()
        if self.persistence is not None:
            self.persistence.save()

    def _compile_requests(self, resolver: Resolver) -> Router[CompiledRequest]:
        router: Router[CompiledRequest] = Router(self.spec.base_path)
        for operation in self.spec.operations:
            router.add(operation.method, operation.path, compile_request(operation, resolver, self.registry))
        return router

    def _compile_responses(self, resolver: Resolver) -> dict[str, WireShape]:
        """Compile response schemas now (a broken one stops start-up, not a request); header shapes."""
        header_shapes: dict[str, WireShape] = {}
        for operation in self.spec.operations:
            for declared in operation.responses.values():
                for media in declared.content:
                    if media.schema is not None:
                        self.registry.validator(media.schema)
                for header in declared.headers:
                    if header.schema is not None:
                        self.registry.validator(header.schema)
                        header_shapes[header.schema.pointer] = wire_shape(resolver, header.schema)
        return header_shapes

    def _authorization_endpoints(
        self, servers: Mapping[str, AuthorizationServer]
    ) -> dict[str, dict[str, Endpoint]]:
        """Path -> method -> endpoint of every authorization server; a path a spec operation or
        another server has too stops start-up."""
        endpoints: dict[str, dict[str, Endpoint]] = {}
        for name, server in servers.items():
            where = f"$['components']['securitySchemes']['{name}']['flows']['authorizationCode']"
            for path, methods in server.endpoints.items():
                found = self.router.match(path)
                if found is not None:
                    clash = next(iter(found.route.methods.values())).operation.operation_id
                    raise MockSetupError(
                        self.spec.label,
                        where,
                        f"the mock serves {path} for {name}, but {clash} has that path",
                    )
                if path in endpoints and set(endpoints[path]) & set(methods):
                    raise MockSetupError(
                        self.spec.label, where, f"{path} is served for two OAuth 2.0 schemes"
                    )
                endpoints.setdefault(path, {}).update(methods)
        return endpoints

    def _vendor_of_spec(self) -> MockVendor[Any]:
        module = self.spec.mock.module
        return MockVendor.plain(self.spec.label) if module is None else load_vendor(module, self.spec.label)

    def _handlers(self) -> dict[str, Handler[Any]]:
        """The handler of every operation, in this order: the vendor module's own, the generic one of
        its binding to a declared resource, a generic token operation; none stops start-up."""
        bound = self._bound
        tokens = self.token_operations.handlers
        self.vendor.check_covers(self.spec, bound, tokens, gaps=self.token_operations.gaps)
        handlers: dict[str, Handler[Any]] = {}
        for operation in self.spec.operations:
            name = operation.operation_id
            handlers[name] = self.vendor.handlers.get(name) or bound.get(name) or tokens[name]
        return handlers

    @property
    def state(self) -> Any:
        return self.services.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        traffic = self.traffic
        traffic.begin()
        try:
            raw_path = raw_request_path(scope)
            if self.control.claims_path(raw_path):
                await self.control(scope, receive, send)
                return
            request = MockRequest(scope, receive)
            response = await self.handle(request, raw_path)
            self.journal.record(request, response.status_code, self.operation_id_of(request), raw_path)
            if self.persistence is not None and request.method not in SAFE_METHODS:
                self.persistence.save()
            await response(scope, receive, send)
        finally:
            traffic.end()

    def operation_id_of(self, request: Request) -> str | None:
        """The operationId a request was routed to (None: no operation has its path and method)."""
        if _OPERATION in request.scope:  # routed by `handle` already
            routed: str | None = request.scope[_OPERATION]
            return routed
        found = self.router.match(raw_request_path(request.scope))
        compiled = found.route.methods.get(request.method) if found is not None else None
        return compiled.operation.operation_id if compiled is not None else None

    async def handle(self, request: Request, raw_path: str | None = None) -> Response:
        operation: Operation | None = None
        extra_headers: dict[str, str] = {}
        fault: Fault | None = None
        try:
            if raw_path is None:
                raw_path = raw_request_path(request.scope)
            if self.oauth:
                endpoints = self.oauth.get(raw_path.rstrip("/") or "/")
                if endpoints is not None:
                    return await self._authorization_server(request, raw_path, endpoints)
            if self.helpers.has_routes:
                helper = self.helpers.match(raw_path)
                if helper is not None:
                    return await self._helper(request, helper)
            found = self.router.match(raw_path)
            if found is None:
                path = normalize_path(raw_path, self.spec.base_path)
                return self._refusal(_route_not_found(request.method, path))
            compiled = found.route.methods.get(request.scope["method"])  # Request.method: two calls
            if compiled is None:
                return self._refusal(
                    _method_not_allowed(request.method, found.route.template, found.route.allowed)
                )
            operation = compiled.operation
            request.scope[_OPERATION] = operation.operation_id
            principal = self.auth.authenticate(
                operation,
                request.headers,
                request.query_params,
                request.cookies if self.auth.reads_cookies else _NO_COOKIES,
            )
            begun = self.traffic.begun
            if self.limiter is not None:
                key = (
                    principal.credential_key
                    if principal
                    else f"client:{request.client.host if request.client else ''}"
                )
                extra_headers = self.limiter.hit(key)
            fault = None if self.faults.idle else await self.faults.before()
            if fault is not None and fault.replaces_answer:
                return self.faults.answer(fault, extra_headers, lambda error: self.errors.render(error, None))
            response = await self._dispatch(request, compiled, found.path_params, principal, begun)
        except MockError as error:
            response = self.errors.render(error, operation)
        except Exception as exc:
            if self.options.raise_server_errors:
                raise
            logger.exception("mock bug while answering %s %s", request.method, request.scope.get("path"))
            response = self._server_error(f"{type(exc).__name__}: {exc}", operation)
        declared = operation.declared_response(response.status) if operation else None
        if self.options.validate_responses and operation is not None and response.status < 500:
            try:
                self.check_response(operation, response, extra_headers)
            except ResponseConformanceError as exc:
                if self.options.raise_server_errors:
                    raise
                logger.error("%s", exc)
                response = self._server_error(str(exc), operation)
        rendered = render(response, declared, extra_headers)
        faults = self.faults
        # Asked only when a fault was drawn or bodies may break at random: most mocks have neither.
        if (fault is not None or faults.options.broken_body_rate > 0) and faults.breaks_body(response, fault):
            return render_truncated(rendered)
        return rendered

    def _refusal(self, error: MockError) -> Response:
        """A refusal outside any operation (no route, a method the route lacks), in the vendor's style."""
        return render(self.errors.render(error, None), None, {})

    def _server_error(self, detail: str, operation: Operation | None) -> MockResponse:
        """A bug of the mock, told as one (the message is the mock's, not the vendor's) in the
        vendor's error body, so a client or schemathesis shows what broke."""
        error = MockError(ErrorKind.SERVER_ERROR, f"Mock server error: {detail}")
        return self.errors.render(error, operation)

    async def _dispatch(
        self,
        request: Request,
        compiled: CompiledRequest,
        path_params: dict[str, str],
        principal: Principal | None,
        begun: int,
    ) -> MockResponse:
        """Validate the request, then answer it with its operation's handler; `begun` is the count of
        requests begun when `principal` was authenticated (see `generator.mock.traffic`)."""
        body = BodyReader(request, self.options.max_body_bytes)
        validated = await validate_request(
            compiled,
            self.registry,
            path_params,
            request.query_params,
            request.headers,
            lambda: request.cookies,
            body,
            self.vendor.rewrites.get(compiled.operation.operation_id),
        )
        if (
            body.read
            and principal is not None
            and not (self.traffic.quiet_since(begun) and self.options.clock.time() < principal.expires)
        ):
            # The credential was checked on the request head; the body may have taken long to come
            # (its user deleted, its token revoked or expired meanwhile). Authorization holds at the
            # write; unless nothing but time can have changed since, it is checked again in full.
            principal = self.auth.reconfirm(
                compiled.operation,
                principal,
                request.headers,
                request.query_params,
                request.cookies if self.auth.reads_cookies else _NO_COOKIES,
            )
        context: RequestContext[Any] = RequestContext(
            operation=compiled.operation,
            request=request,
            services=self.services,
            principal=principal,
            path=validated.path,
            query=validated.query,
            headers=validated.headers,
            body=validated.body,
            files=validated.files,
            decoded=validated.decoded,
        )
        return await self.handlers[compiled.operation.operation_id](context)

    async def _authorization_server(
        self, request: Request, raw_path: str, methods: Mapping[str, Endpoint]
    ) -> Response:
        """The answer of the OAuth 2.0 endpoint at `raw_path`, which serves `methods`."""
        path = raw_path.rstrip("/") or "/"
        endpoint = methods.get(request.method)
        if endpoint is None:
            return self._refusal(_method_not_allowed(request.method, path, ", ".join(sorted(methods))))
        return await endpoint(request)

    async def _helper(self, request: Request, found: RouteMatch[HelperHandler[Any]]) -> Response:
        """The answer of the vendor's helper route `found` (see `MockVendor.helper`)."""
        handler = found.route.methods.get(request.method)
        if handler is None:
            return self._refusal(
                _method_not_allowed(request.method, found.route.template, found.route.allowed)
            )
        try:
            response = await handler(
                HelperContext(request=request, services=self.services, path=found.path_params)
            )
        except MockError as error:
            response = self.errors.render(error, None)
        return render(response, None, {})

    def check_response(
        self, operation: Operation, response: MockResponse, extra_headers: Mapping[str, str]
    ) -> None:
        """Raise ResponseConformanceError unless `response` is what the spec declares for `operation`."""
        where = f"{operation.label} answered {response.status}"
        declared = operation.declared_response(response.status)
        if declared is None:
            raise ResponseConformanceError(f"{where}: status not declared ({', '.join(operation.responses)})")
        headers = Headers({**extra_headers, **response.headers})
        for header in declared.headers:
            value = headers.get(header.name)
            if value is None:
                if header.required:
                    raise ResponseConformanceError(f"{where}: required header {header.name} missing")
                continue
            if header.schema is not None:
                typed = coerce_values([value], self._header_shapes[header.schema.pointer], explode=False)
                errors = self.registry.field_errors(header.schema, typed, root=header.name)
                if errors:
                    raise ResponseConformanceError(f"{where}: header {header.name}={value!r}: {errors}")
        if not declared.content or response.status in (204, 304):
            return
        media_type = response_media_type(declared, response)
        media = next(
            (
                candidate
                for candidate in declared.content
                if candidate.media_type in (media_type, _ANY_MEDIA)
                or (candidate.media_type.endswith("/*") and media_type.startswith(candidate.media_type[:-1]))
            ),
            None,
        )
        if media is None:
            declared_types = ", ".join(candidate.media_type for candidate in declared.content)
            raise ResponseConformanceError(
                f"{where}: media type {media_type} not declared ({declared_types})"
            )
        if (
            media.schema is not None
            and not response.raw
            and (media_type == JSON or media_type.endswith("+json"))
        ):
            errors = self.registry.field_errors(media.schema, response.body)
            if errors:
                raise ResponseConformanceError(
                    f"{where}: body does not match the schema: {errors} (body: {response.body!r})"
                )


class BodyReader:
    """Reads a request's body when validation asks for it (`await reader()`), and remembers that
    it did: a request whose body came after its head was authenticated is authenticated again."""

    __slots__ = ("max_bytes", "read", "request")

    def __init__(self, request: Request, max_bytes: int) -> None:
        self.request = request
        self.max_bytes = max_bytes
        self.read = False

    async def __call__(self) -> bytes:
        self.read = True
        return await read_body(self.request.receive, self.request.headers, self.max_bytes)


def render_truncated(response: Response) -> Response:
    """The same answer with its body cut in half (fault mode: a broken body)."""
    headers = {key: value for key, value in response.headers.items() if key != "content-length"}
    return Response(cut_in_half(bytes(response.body)), response.status_code, headers=headers)


def _route_not_found(method: str, path: str) -> MockError:
    """No operation at `path` (relative to the API's base path): `path` with its leading slash,
    `route` without it."""
    return MockError(
        ErrorKind.ROUTE_NOT_FOUND, params={"method": method, "path": path, "route": path.lstrip("/")}
    )


def _method_not_allowed(method: str, template: str, allowed: str) -> MockError:
    return MockError(
        ErrorKind.METHOD_NOT_ALLOWED,
        headers={"Allow": allowed},
        params={"method": method, "path": template, "route": template.lstrip("/"), "allowed": allowed},
    )


def conformance_warnings(spec: Api, rate_limited: bool) -> list[str]:
    """Statuses the engine may answer that an operation does not declare (status_code_conformance)."""
    warnings = []
    several_schemes = len(spec.security_schemes) > 1
    for operation in spec.operations:
        expected: list[int] = []
        if not operation.anonymous:
            expected.append(401)
            if several_schemes:
                expected.append(403)
        if rate_limited:
            expected.append(429)
        if operation.request_body is not None or any(p.location != "path" for p in operation.parameters):
            expected.append(422)
        if any(parameter.location == "path" for parameter in operation.parameters):
            expected.append(404)
        undeclared = [
            str(status)
            for status in expected
            if not operation.declares(declared_status(operation, status))
            and "default" not in operation.responses
        ]
        if undeclared:
            warnings.append(f"{operation.label} may answer {', '.join(undeclared)} but does not declare it")
    return warnings


class MockApp(Starlette):
    """A Starlette app whose HTTP requests go straight to the engine.

    The engine answers every request itself (its own routing, errors and 500s), so Starlette's
    middleware stack and router in front of it only added work to each request (about a tenth of
    a simple GET's time in process); other scopes (lifespan) still go through Starlette.
    """

    def __init__(self, engine: MockEngine) -> None:
        super().__init__()
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope["app"] = self
            await self.engine(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def build_app(
    spec: Mapping[str, Any] | Api,
    options: MockOptions | None = None,
    *,
    vendor: MockVendor[Any] | None = None,
    models: ModuleType | None = None,
    label: str = "merged spec",
) -> Starlette:
    """The mock of a merged spec as a Starlette app; `app.state.mock` is its `MockEngine`.

    `vendor` defaults to the module named by root `x-mock.module`; `models` (the generated pydantic
    models) are generated on the fly when the vendor needs them and none are given.
    """
    api = spec if isinstance(spec, Api) else load_api(spec, label)
    engine = MockEngine(api, options or MockOptions(), vendor=vendor, models=models)
    app = MockApp(engine)
    # Every request goes to the engine, which routes by the spec itself. Not through a catch-all
    # `Route("/{path:path}")`: its `.*` does not match a path holding a line feed (%0A), which then
    # got Starlette's plain-text 404 instead of the API's JSON error.
    app.router.default = engine
    app.state.mock = engine
    return app


def engine_of(app: Starlette) -> MockEngine:
    """The engine behind an app made by `build_app` (its state, token service, clock, ...)."""
    engine = getattr(app.state, "mock", None)
    if not isinstance(engine, MockEngine):
        raise TypeError("not an app made by generator.mock.build_app")
    return engine
