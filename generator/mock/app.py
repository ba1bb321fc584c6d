"""The mock engine: one ASGI app per merged spec, vendor rules plugged in by operationId.

A request goes through, in this order (each step may answer on its own):

1. helper routes of the vendor (undocumented, e.g. the bytes behind a signed download URL);
2. routing: unknown path -> 404, known path with an undeclared method -> 405 + `Allow`;
3. authentication per the operation's `security` and root `x-auth` -> 401 / 403;
4. throttling per credential from root `x-rate-limit` -> 429 + `Retry-After`;
5. validation of path, query, headers and body against the spec -> 404 / 415 / 400 / 413 / 422;
6. the operation's handler: the vendor module's (`@VENDOR.operation`), else the generic handler of
   its binding to a declared resource (operation `x-mock`, `generator/mock/resources.py`), else a
   generic token operation; an operation with none of these stops start-up (`MockSetupError`).

Refusals are rendered with a status the operation declares (`responses.declared_status`). A bug
in a handler is never hidden behind a plausible answer: it propagates when
`raise_server_errors` is set (tests) and is otherwise logged with its traceback and answered
500, which schemathesis reports. With `validate_responses`, every answer is checked against the
declared response (status, media type, schema, required headers) the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import ModuleType
from typing import Any, Final

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from generator.mock.auth import Authenticator, Principal, TokenService, scheme_configs
from generator.mock.body import read_body
from generator.mock.checks import CompiledRequest, compile_request, validate_request
from generator.mock.coercion import WireShape, coerce_values, wire_shape
from generator.mock.context import HelperContext, RequestContext, Services, raw_request_path
from generator.mock.errors import MockError
from generator.mock.faults import Fault, FaultInjector, cut_in_half
from generator.mock.models import generate_models
from generator.mock.options import MockOptions
from generator.mock.ratelimit import RateLimiter, rate_limiter_for
from generator.mock.resources import resource_handlers
from generator.mock.responses import (
    JSON,
    MockResponse,
    declared_status,
    error_response,
    render,
    response_media_type,
)
from generator.mock.routing import Router, normalize_path
from generator.mock.schemas import SchemaRegistry
from generator.mock.store import Store
from generator.mock.urls import UrlSigner
from generator.mock.vendors import Handler, HelperHandler, MockVendor, VendorSetup, load_vendor
from generator.model import Api, Operation, Resolver, load_api

logger = logging.getLogger("vendorkit.mock")

_ANY_MEDIA: Final = "*/*"


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
        resolver = spec.resolver
        self.router = self._compile_requests(resolver)
        self._header_shapes = self._compile_responses(resolver)
        self.credentials = {**spec.mock.defaults(), **options.credentials}
        self.tokens, self.auth = self._authentication()
        now = options.clock.time
        self.limiter: RateLimiter | None = rate_limiter_for(spec.rate_limit, options.rate_limit, now)
        self.faults = FaultInjector(options.faults)

        self.vendor = vendor or self._vendor_of_spec()
        self.handlers = self._handlers()
        if models is None and self.vendor.needs_models:
            models = generate_models(spec, self.vendor.name)
        self.helpers: Router[HelperHandler[Any]] = Router()
        for method, path, handler in self.vendor.helpers:
            self.helpers.add(method, path, handler)
        store = Store(spec, seed=options.seed, clock=now)
        setup = VendorSetup(spec=self.spec, options=options, models=models, store=store)
        self.services: Services[Any] = Services(
            state=self.vendor.create_state(setup),
            store=store,
            tokens=self.tokens,
            clock=now,
            links=UrlSigner(now),
            models=models,
            public_base_url=options.public_base_url,
        )
        self.warnings = conformance_warnings(self.spec, self.limiter is not None)
        for warning in self.warnings:
            logger.warning("%s", warning)

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

    def _authentication(self) -> tuple[TokenService, Authenticator]:
        schemes = scheme_configs(self.spec)
        lifetimes = {name: scheme.lifetime_seconds for name, scheme in self.spec.auth.issued().items()}
        tokens = TokenService(lifetimes, self.options.clock.time, self.options.token_lifetime_seconds)
        return tokens, Authenticator(schemes, self.credentials, tokens, self.spec.label)

    def _vendor_of_spec(self) -> MockVendor[Any]:
        module = self.spec.mock.module
        return MockVendor.plain(self.spec.label) if module is None else load_vendor(module, self.spec.label)

    def _handlers(self) -> dict[str, Handler[Any]]:
        """The handler of every operation, in this order: the vendor module's own, the generic one of
        its binding to a declared resource, a generic token operation; none stops start-up."""
        bound = resource_handlers(self.spec, self.vendor.rules, self.vendor.views)
        tokens = self._token_handlers()
        self.vendor.check_covers(self.spec, bound, tokens)
        handlers: dict[str, Handler[Any]] = {}
        for operation in self.spec.operations:
            name = operation.operation_id
            handlers[name] = self.vendor.handlers.get(name) or bound.get(name) or tokens[name]
        return handlers

    def _token_handlers(self) -> Mapping[str, Handler[Any]]:
        """Generic token operations (issue / refresh calls `x-auth` names, answered from the auth model).

        HOOK for `generator/mock/tokens.py` (`token_handlers(api, tokens, credentials, ...)`, built
        by the mock-auth work): until it is merged, no operation is served this way."""
        return {}

    @property
    def state(self) -> Any:
        return self.services.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        response = await self.handle(request)
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        operation: Operation | None = None
        extra_headers: dict[str, str] = {}
        fault: Fault | None = None
        try:
            raw_path = raw_request_path(request.scope)
            helper = await self._helper(request, raw_path)
            if helper is not None:
                return helper
            found = self.router.match(raw_path)
            if found is None:
                path = normalize_path(raw_path, self.spec.base_path).lstrip("/")
                return render(
                    MockResponse({"message": f"The route {path} could not be found."}, 404), None, {}
                )
            compiled = found.route.methods.get(request.method)
            if compiled is None:
                return _method_not_allowed(request.method, found.route.template, found.route.allowed)
            operation = compiled.operation
            principal = self.auth.authenticate(
                operation, request.headers, request.query_params, request.cookies
            )
            if self.limiter is not None:
                key = (
                    principal.credential_key
                    if principal
                    else f"client:{request.client.host if request.client else ''}"
                )
                extra_headers = self.limiter.hit(key)
            fault = await self.faults.before()
            if fault is not None and fault.replaces_answer:
                return self.faults.answer(fault, extra_headers)
            response = await self._dispatch(request, compiled, found.path_params, principal)
        except MockError as error:
            response = error_response(error, operation)
        except Exception as exc:
            if self.options.raise_server_errors:
                raise
            logger.exception("mock bug while answering %s %s", request.method, request.scope.get("path"))
            response = MockResponse({"message": f"Mock server error: {type(exc).__name__}: {exc}"}, 500)
        declared = operation.declared_response(response.status) if operation else None
        if self.options.validate_responses and operation is not None and response.status < 500:
            try:
                self.check_response(operation, response, extra_headers)
            except ResponseConformanceError as exc:
                if self.options.raise_server_errors:
                    raise
                logger.error("%s", exc)
                response = MockResponse({"message": f"Mock server error: {exc}"}, 500)
        rendered = render(response, declared, extra_headers)
        if self.faults.breaks_body(response, fault):
            return render_truncated(rendered)
        return rendered

    async def _dispatch(
        self,
        request: Request,
        compiled: CompiledRequest,
        path_params: dict[str, str],
        principal: Principal | None,
    ) -> MockResponse:
        max_bytes = self.options.max_body_bytes

        async def body() -> bytes:
            return await read_body(request.receive, request.headers, max_bytes)

        validated = await validate_request(
            compiled, self.registry, path_params, request.query_params, request.headers, request.cookies, body
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

    async def _helper(self, request: Request, raw_path: str) -> Response | None:
        found = self.helpers.match(raw_path)
        if found is None:
            return None
        handler = found.route.methods.get(request.method)
        if handler is None:
            return _method_not_allowed(request.method, found.route.template, found.route.allowed)
        try:
            response = await handler(
                HelperContext(request=request, services=self.services, path=found.path_params)
            )
        except MockError as error:
            response = error_response(error, None)
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


def render_truncated(response: Response) -> Response:
    """The same answer with its body cut in half (fault mode: a broken body)."""
    headers = {key: value for key, value in response.headers.items() if key != "content-length"}
    return Response(cut_in_half(bytes(response.body)), response.status_code, headers=headers)


def _method_not_allowed(method: str, template: str, allowed: str) -> Response:
    body = {
        "message": f"The {method} method is not supported for route {template.lstrip('/')}. Supported methods: {allowed}."
    }
    return render(MockResponse(body, 405, headers={"Allow": allowed}), None, {})


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
    app = Starlette()
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
