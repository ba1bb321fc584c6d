"""The one place every facade call goes through: pace, send, retry, map errors, parse, log.

Modelled on the `_base_client.py` of the Stainless-generated SDKs: resources stay a few lines per
operation (build the request with the generated `_get_kwargs`, hand it here, parse with the
generated `_parse_response`), and the cross-cutting behaviour lives in this commented module, the
same for every vendor and configured from `_vendor.py` data.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from .clock import SYSTEM_CLOCK, Clock
from .deadline import Deadline, too_late, with_deadline
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    UnexpectedResponseError,
    UnexpectedStatus,
    error_for,
)
from .flows import Flow, Wait, run_async, run_sync
from .pagination import PageWalk, Paging
from .ratelimit import RateLimiter
from .record import Record
from .redaction import redact_url
from .retry import RetryPolicy, is_retryable_exception, is_retryable_status, retry_after_seconds
from .sending import RequestBuilder, send_async, send_sync


class HttpxClientProvider(Protocol):
    """What the generated `AuthenticatedClient` offers (typed structurally, so this module stands alone)."""

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


Parser = Callable[..., Any]


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides of the client's retry policy; None keeps the client's setting.

    `extra_headers`, `extra_query` and `extra_body` are merged into the request last (over what the
    method and the client set), for what the spec does not describe (`resources.shaped`)."""

    max_retries: int | None = None
    deadline: float | None = None
    retry_non_idempotent: bool | None = None
    timeout: float | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None


class Runtime(Record):
    """Behaviour shared by every request of one facade client.

    `timeout`: the client's per-request timeout, what a request gets unless the call or the
    deadline asks for less; `clock`: what backoff waits, deadlines and `Retry-After` dates are read
    on (a test passes a fake one); `builder`: builds each request's `httpx.Request`, remembering
    merged URLs (`sending.py`)."""

    __slots__ = ("builder", "client", "clock", "limiter", "logger", "policy", "timeout")
    _hidden = frozenset({"builder"})

    def __init__(
        self,
        client: HttpxClientProvider,
        policy: RetryPolicy | None = None,
        timeout: float | None = None,
        limiter: RateLimiter | None = None,
        logger: logging.Logger | None = None,
        clock: Clock = SYSTEM_CLOCK,
        builder: RequestBuilder | None = None,
    ) -> None:
        self.client = client
        self.policy = RetryPolicy() if policy is None else policy
        self.timeout = timeout
        self.limiter = limiter
        self.logger = logging.getLogger("vendorkit.client") if logger is None else logger
        self.clock = clock
        self.builder = RequestBuilder() if builder is None else builder

    def policy_for(self, options: RequestOptions | None) -> RetryPolicy:
        if options is None:
            return self.policy
        return self.policy.merged(
            max_retries=options.max_retries,
            deadline=options.deadline,
            retry_non_idempotent=options.retry_non_idempotent,
        )


class _Attempts:
    """Book-keeping of one call: how many retries are left and how much of the deadline."""

    __slots__ = ("method", "policy", "retries", "runtime", "started")

    def __init__(self, runtime: Runtime, policy: RetryPolicy, method: str) -> None:
        self.runtime = runtime
        self.policy = policy
        self.method = method
        self.started = runtime.clock.monotonic()
        self.retries = 0

    def deadline(self) -> Deadline | None:
        """When (on the runtime's clock) the call's deadline runs out, if it has one."""
        if self.policy.deadline is None:
            return None
        return Deadline(self.runtime.clock, self.started + self.policy.deadline)

    def remaining(self) -> float | None:
        if self.policy.deadline is None:
            return None
        return self.policy.deadline - (self.runtime.clock.monotonic() - self.started)

    def timeout_for(self, per_call: float | None) -> float | None:
        """The request's timeout in seconds: the call's or the client's, clamped to what is left of
        the deadline (None: the httpx client's own)."""
        configured = per_call if per_call is not None else self.runtime.timeout
        remaining = self.remaining()
        if remaining is None:
            if configured is None:
                return None
            limit = configured
        else:
            limit = remaining if configured is None else min(configured, remaining)
        return max(0.001, limit)

    def wait_before_retry(self, response: httpx.Response | None, method: str | None = None) -> float | None:
        """Seconds to wait before the next try, or None when the call must not be retried.

        `method` is that of the request that failed: the call's own, or a token request the call
        triggered (a login POST follows the rule of a POST, whatever the call's method)."""
        if self.retries >= self.policy.max_retries or not self.policy.allows_method(method or self.method):
            return None
        wait = retry_after_seconds(response, self.runtime.clock.time()) if response is not None else None
        if wait is None:
            wait = self.policy.backoff(self.retries + 1)
        elif wait > self.policy.max_retry_after:
            return None
        remaining = self.remaining()
        if remaining is not None and wait >= remaining:
            return None
        self.retries += 1
        return wait


class _StrictParsing:
    """What the generated parsers read of their `client`: here, always raise for a status the spec
    does not declare (instead of returning None from a method typed to return a model)."""

    raise_on_unexpected_status = True


_STRICT = _StrictParsing()


def _parsed(client: HttpxClientProvider, response: httpx.Response, parse: Parser) -> Any:
    """Run the generated parser; an answer that does not match the spec becomes a typed error.

    Checked (`UnexpectedResponseError`): the status is one the spec declares for the operation; the
    body is JSON where JSON is declared; each declared model has its required fields, its string,
    integer, number and boolean fields hold that JSON type (the generated `from_dict` checks them),
    its enums and consts a declared value. Not checked: formats, lengths, patterns, ranges, unions.
    """
    try:
        return parse(client=_STRICT, response=response)
    except UnexpectedStatus:
        raise UnexpectedResponseError(
            response, f"HTTP {response.status_code} is not a status the spec declares for this operation"
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UnexpectedResponseError(response, exc) from None


def _log_response(runtime: Runtime, response: httpx.Response, elapsed: float) -> None:
    if runtime.logger.isEnabledFor(logging.DEBUG):
        runtime.logger.debug(
            "%s %s -> %s in %.1f ms",
            response.request.method,
            redact_url(str(response.request.url)),
            response.status_code,
            elapsed * 1000,
        )


def _connection_error(error: Exception, method: str, url: str) -> Exception:
    safe_url = redact_url(url)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(method, safe_url, error)
    return APIConnectionError(method, safe_url, error)


def _wait_after_failure(attempts: _Attempts, error: Exception, request: dict[str, Any]) -> float:
    """Seconds to wait before retrying after an exception, or the typed error when it must not be retried.

    Two kinds of exception reach here: transport failures, and typed status errors that the auth
    flow raised for its own token calls (a 503 while issuing a token is as retryable as any other).
    Either way the request that failed decides, by its own method, whether it is retried, and the
    error names it: a token request the call triggered is not the call's request.
    """
    if isinstance(error, APIStatusError):
        retryable = is_retryable_status(error.status_code)
        wait = attempts.wait_before_retry(error.response, error.method) if retryable else None
        if wait is None:
            raise error
        return wait
    assert isinstance(error, httpx.TransportError)
    method, url = _sent(error, attempts.method, request)
    wait = attempts.wait_before_retry(None, method) if is_retryable_exception(error) else None
    if wait is None:
        raise _connection_error(error, method, url) from None
    return wait


def _sent(error: httpx.TransportError, method: str, request: dict[str, Any]) -> tuple[str, str]:
    """Method and URL of the request that failed (the call's own, or a token request it triggered)."""
    try:
        return error.request.method, str(error.request.url)
    except RuntimeError:  # httpx raises when the error was created without a request
        return method, str(request.get("url", ""))


def _rewind_files(request: dict[str, Any]) -> None:
    """Multipart payloads are file objects; a retry must send them from the start again."""
    files = request.get("files") or ()
    values = files.values() if isinstance(files, dict) else (item[1] for item in files)
    for value in values:
        payload = value[1] if isinstance(value, tuple) and len(value) > 1 else value
        if hasattr(payload, "seek"):
            payload.seek(0)


class Send(Record):
    """Step (`flows.py`): one exchange through the client's httpx client, its auth flow included:
    `client.request(**request, timeout=timeout)`, built by the runtime's `RequestBuilder`
    (`sending.py`). A failure that may be worth retrying comes back as the exception instead of
    being raised."""

    __slots__ = ("builder", "client", "request", "timeout")

    def __init__(
        self,
        client: HttpxClientProvider,
        request: dict[str, Any],
        timeout: float | None,
        builder: RequestBuilder,
    ) -> None:
        self.client = client
        self.request = request
        self.timeout = timeout
        self.builder = builder

    def run(self) -> httpx.Response | Exception:
        try:
            return send_sync(self.builder, self.client.get_httpx_client(), self.request, self.timeout)
        except (httpx.TransportError, APIStatusError) as error:
            return error

    async def arun(self) -> httpx.Response | Exception:
        try:
            return await send_async(
                self.builder, self.client.get_async_httpx_client(), self.request, self.timeout
            )
        except (httpx.TransportError, APIStatusError) as error:
            return error


def exchange(
    runtime: Runtime, request: dict[str, Any], options: RequestOptions | None
) -> Flow[httpx.Response]:
    """Pace, send and retry what is safe; a non-success answer becomes a typed error.

    One flow for sync and async resources alike: it yields the steps (pacing, sending, waiting
    before a retry) that their drivers perform.
    """
    attempts = _Attempts(runtime, runtime.policy_for(options), str(request["method"]).upper())
    per_call = options.timeout if options else None
    clock = runtime.clock
    request = with_deadline(request, attempts.deadline())  # the auth flow bounds token requests by it
    while True:
        if runtime.limiter is not None and (pacing := _pacing(runtime.limiter, attempts, request)) > 0:
            yield Wait(runtime.limiter.clock, pacing)  # a slot free now needs no step (the common case)
        started = clock.monotonic()
        outcome: httpx.Response | Exception = yield Send(
            runtime.client, request, attempts.timeout_for(per_call), runtime.builder
        )
        if isinstance(outcome, Exception):
            yield Wait(clock, _wait_after_failure(attempts, outcome, request))
            _rewind_files(request)
            continue
        _log_response(runtime, outcome, clock.monotonic() - started)
        if is_retryable_status(outcome.status_code):
            wait = attempts.wait_before_retry(outcome)
            if wait is not None:
                yield Wait(clock, wait)
                _rewind_files(request)
                continue
        if outcome.status_code >= 400:
            raise error_for(outcome, clock.time())
        return outcome


def _pacing(limiter: RateLimiter, attempts: _Attempts, request: dict[str, Any]) -> float:
    """Seconds to wait for the send slot booked; a slot after the deadline is not booked: `APITimeoutError` at once."""
    remaining = attempts.remaining()
    booked, wait = limiter.reserve_within(remaining)
    if not booked:
        raise too_late(
            attempts.method, str(request.get("url", "")), wait, remaining or 0.0, "the rate limiter"
        )
    return wait


class SyncResource:
    """Base of a generated resource (one per spec tag) for the sync facade."""

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def _send(self, request: dict[str, Any], options: RequestOptions | None) -> httpx.Response:
        return run_sync(exchange(self._runtime, request, options))

    def _request(self, request: dict[str, Any], parse: Parser, options: RequestOptions | None = None) -> Any:
        return _parsed(self._runtime.client, self._send(request, options), parse)

    def _pages(
        self, request: dict[str, Any], parse: Parser, paging: Paging, options: RequestOptions | None = None
    ) -> Iterator[Any]:
        """Every page of a listing, parsed (`pagination.PageWalk` says which request comes next)."""
        walk = PageWalk(paging, request)
        while (following := walk.next_request()) is not None:
            if walk.keep(response := self._send(following, options)):
                yield _parsed(self._runtime.client, response, parse)


class AsyncResource:
    """Base of a generated resource (one per spec tag) for the async facade."""

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    async def _send(self, request: dict[str, Any], options: RequestOptions | None) -> httpx.Response:
        return await run_async(exchange(self._runtime, request, options))

    async def _request(
        self, request: dict[str, Any], parse: Parser, options: RequestOptions | None = None
    ) -> Any:
        return _parsed(self._runtime.client, await self._send(request, options), parse)

    async def _pages(
        self, request: dict[str, Any], parse: Parser, paging: Paging, options: RequestOptions | None = None
    ) -> AsyncIterator[Any]:
        """Every page of a listing, parsed, as `SyncResource._pages` walks it."""
        walk = PageWalk(paging, request)
        while (following := walk.next_request()) is not None:
            if walk.keep(response := await self._send(following, options)):
                yield _parsed(self._runtime.client, response, parse)
