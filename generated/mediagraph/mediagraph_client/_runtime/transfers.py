"""Moving files: downloads that resume with `Range`, uploads streamed from disk.

Both are written once as flows (`flows.py`), so the sync and the async client run the same logic;
both count against the call's deadline and pace like every other call (`base.Runtime`).

**Downloads** (`x-sdk-download`, docs/extensions.md). The answer is streamed into a file or a
writable binary object chunk by chunk, never held whole in memory. When the connection drops or
the body ends short of what `Content-Length` / `Content-Range` announced, the download resumes
with `Range: bytes=<received>-` (and `If-Range` with the first answer's validator, so a changed
file is not spliced onto the old one's first half). A 206 must start exactly where we stopped and
name the same total; a 200 to a resumed request (the server ignored `Range`, or the file changed)
restarts from byte 0 when the destination can be rewound, else the download fails. At the end the
length received must equal the announced one. Whatever cannot complete raises
`IncompleteDownloadError`, with how far it got; no resume is attempted past `max_resumes` or past
the call's deadline.

**Uploads** (`x-sdk-workflows`). A workflow is a few API calls and one byte upload in between
(Mediagraph: create an upload session, prepare the asset, PUT the bytes to a pre-signed URL, mark
it uploaded, close the session). The bytes are read from the file in chunks while they are sent,
with `Content-Length` set, so a file of any size costs one chunk of memory. The pre-signed URL may
name another host and carries its own authorisation: the request goes out without the client's
auth flow, default headers or cookies, and its URL (whose query holds the signature) is shown in
errors without its query.
"""

from __future__ import annotations

import mimetypes
import os
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from .base import HttpxClientProvider, Parser, RequestOptions, Runtime, exchange
from .deadline import CALL, Deadline, too_late, with_deadline
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    UnexpectedResponseError,
    error_for,
)
from .flows import Flow, Wait
from .redaction import redact_url
from .retry import is_retryable_exception, is_retryable_status, retry_after_seconds

DEFAULT_MAX_RESUMES = 5
CHUNK_BYTES = 1024 * 1024
"""How much of a file is read (upload) or written (download) at a time."""

Destination = str | os.PathLike[str] | IO[bytes]
Source = str | os.PathLike[str] | IO[bytes]

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)


class IncompleteDownloadError(APIError):
    """A download that could not be completed: the connection kept failing, the server answered a
    range that does not continue what was received, or the length received is not the announced one.

    `received` is the number of bytes written to the destination (a file the client opened itself
    is removed), `expected` the announced length (None when the server never said), `resumes` how
    often the download was resumed, `reason` what went wrong last.
    """

    def __init__(self, method: str, url: str, received: int, expected: int | None, resumes: int, reason: str) -> None:
        self.method = method
        self.url = url
        self.received = received
        self.expected = expected
        self.resumes = resumes
        self.reason = reason
        of = f" of {expected}" if expected is not None else ""
        super().__init__(
            f"{method} {url}: download incomplete, {received}{of} bytes received after {resumes} resume(s): {reason}"
        )


class UploadTargetError(APIStatusError):
    """The upload URL (a pre-signed URL, often of another host) refused the bytes."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        # The query of a pre-signed URL is its credential: show the URL without it.
        self.url = without_query(str(response.request.url))
        self.args = (f"{self.method} {self.url} answered HTTP {self.status_code}",)


def without_query(url: str) -> str:
    """The URL without query and fragment (a pre-signed URL's signature lives in its query)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query="", fragment=""))


@dataclass(frozen=True)
class DownloadResult:
    """What a finished download wrote: `size` bytes (verified against the announced length when
    the server announced one), after `resumes` resumed requests."""

    size: int
    resumes: int = 0
    content_type: str | None = None
    expected: int | None = None


# -- destinations and sources ---------------------------------------------------------------------


class Sink:
    """Where a download's bytes go: a binary object with `write`; rewindable when it can `seek`."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.start: int | None = None
        try:
            if target.seekable():
                self.start = target.tell()
        except (AttributeError, OSError, ValueError):
            self.start = None

    @property
    def can_restart(self) -> bool:
        return self.start is not None

    def write(self, chunk: bytes) -> None:
        self.target.write(chunk)

    def restart(self) -> None:
        """Back to where the download began, dropping what was written since."""
        assert self.start is not None
        self.target.seek(self.start)
        self.target.truncate()


@contextmanager
def download_sink(destination: Destination) -> Iterator[Sink]:
    """A `Sink` for a path (opened here, removed again when the download fails) or a binary object
    (left open, and as far as it got, for the caller)."""
    if isinstance(destination, str | os.PathLike):
        path = Path(destination)
        handle = path.open("wb")
        try:
            yield Sink(handle)
        except BaseException:
            handle.close()
            path.unlink(missing_ok=True)
            raise
        handle.close()
    else:
        yield Sink(destination)


@dataclass
class UploadSource:
    """A file to upload: read `size` bytes from `start` in chunks while they are sent."""

    handle: IO[bytes]
    size: int
    name: str
    content_type: str
    start: int | None
    """Where the bytes begin in `handle` when it can seek (a retried upload starts there again)."""
    chunk_bytes: int = CHUNK_BYTES

    @property
    def can_rewind(self) -> bool:
        return self.start is not None

    def rewind(self) -> None:
        assert self.start is not None
        self.handle.seek(self.start)

    def _next(self, sent: int) -> bytes:
        chunk = self.handle.read(min(self.chunk_bytes, self.size - sent))
        if not chunk:
            raise ValueError(f"the file {self.name!r} ended after {sent} of {self.size} bytes")
        return chunk

    def chunks(self) -> Iterator[bytes]:
        """The bytes in chunks (sync clients): never more than `size`, never all at once."""
        sent = 0
        while sent < self.size:
            chunk = self._next(sent)
            sent += len(chunk)
            yield chunk

    async def achunks(self) -> AsyncIterator[bytes]:
        """`chunks` for async clients (httpx wants an async iterable there)."""
        sent = 0
        while sent < self.size:
            chunk = self._next(sent)
            sent += len(chunk)
            yield chunk


@contextmanager
def upload_source(
    file: Source,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    size: int | None = None,
    chunk_bytes: int = CHUNK_BYTES,
) -> Iterator[UploadSource]:
    """An `UploadSource` for a path (opened and closed here) or a readable binary object (read from
    where it stands; its size is what is left of it when it can seek, else `size` must be given)."""
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        with path.open("rb") as handle:
            yield _source(handle, filename or path.name, content_type, size, chunk_bytes)
    else:
        name = filename or Path(str(getattr(file, "name", "") or "upload")).name
        yield _source(file, name, content_type, size, chunk_bytes)


def _source(handle: IO[bytes], name: str, content_type: str | None, size: int | None, chunk_bytes: int) -> UploadSource:
    start: int | None = None
    try:
        if handle.seekable():
            start = handle.tell()
    except (AttributeError, OSError, ValueError):
        start = None
    if size is None:
        if start is None:
            raise ValueError("the file cannot seek: give its size (`size=`) to upload it")
        end = handle.seek(0, os.SEEK_END)
        handle.seek(start)
        size = end - start
    if size < 0:
        raise ValueError("size must not be negative")
    guessed = mimetypes.guess_type(name)[0]
    return UploadSource(
        handle=handle,
        size=size,
        name=name,
        content_type=content_type or guessed or "application/octet-stream",
        start=start,
        chunk_bytes=chunk_bytes,
    )


# -- steps ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenStream:
    """Step: send a request through the client (auth included) and return as soon as the headers
    are in, the body left unread; a failure worth retrying comes back as the exception."""

    client: HttpxClientProvider
    request: dict[str, Any]

    def run(self) -> httpx.Response | Exception:
        http = self.client.get_httpx_client()
        try:
            return http.send(http.build_request(**self.request), stream=True)
        except (httpx.TransportError, APIStatusError) as error:
            return error

    async def arun(self) -> httpx.Response | Exception:
        http = self.client.get_async_httpx_client()
        try:
            return await http.send(http.build_request(**self.request), stream=True)
        except (httpx.TransportError, APIStatusError) as error:
            return error


@dataclass(frozen=True)
class Pumped:
    count: int
    error: Exception | None
    """The transport error that ended the body early (None: it ended as the server closed it)."""


@dataclass(frozen=True)
class Pump:
    """Step: copy a streamed body into the sink as it arrives, then close the response. Chunks are
    not gathered to a size first: what arrived before a dropped connection must be written. Raw bytes
    when the body has no content coding (ranges count those); decoded ones otherwise. Stops early,
    as a timeout, when the call's deadline (`stop_at`, on the runtime's clock) passes."""

    response: httpx.Response
    sink: Sink
    raw: bool
    clock_now: Callable[[], float]
    stop_at: float | None

    def _late(self) -> httpx.TimeoutException | None:
        if self.stop_at is not None and self.clock_now() >= self.stop_at:
            return httpx.ReadTimeout("the call's deadline passed", request=self.response.request)
        return None

    def run(self) -> Pumped:
        count = 0
        chunks = self.response.iter_raw() if self.raw else self.response.iter_bytes()
        try:
            for chunk in chunks:
                self.sink.write(chunk)
                count += len(chunk)
                if (late := self._late()) is not None:
                    return Pumped(count, late)
        except httpx.TransportError as error:
            return Pumped(count, error)
        finally:
            self.response.close()
        return Pumped(count, None)

    async def arun(self) -> Pumped:
        count = 0
        chunks = self.response.aiter_raw() if self.raw else self.response.aiter_bytes()
        try:
            async for chunk in chunks:
                self.sink.write(chunk)
                count += len(chunk)
                if (late := self._late()) is not None:
                    return Pumped(count, late)
        except httpx.TransportError as error:
            return Pumped(count, error)
        finally:
            await self.response.aclose()
        return Pumped(count, None)


@dataclass(frozen=True)
class CloseResponse:
    """Step: close a streamed response whose body is not wanted."""

    response: httpx.Response

    def run(self) -> None:
        self.response.close()

    async def arun(self) -> None:
        await self.response.aclose()


@dataclass(frozen=True)
class ReadStreamed:
    """Step: read a streamed response's (error) body, so its typed error can show it."""

    response: httpx.Response

    def run(self) -> None:
        self.response.read()

    async def arun(self) -> None:
        await self.response.aread()


# -- downloads -----------------------------------------------------------------------------------


class _Deadline:
    """What is left of the call's deadline, on the runtime's clock."""

    def __init__(self, runtime: Runtime, options: RequestOptions | None) -> None:
        self.clock = runtime.clock
        self.policy = runtime.policy_for(options)
        self.started = self.clock.monotonic()
        per_call = options.timeout if options else None
        self.timeout = per_call if per_call is not None else runtime.timeout

    def stop_at(self) -> float | None:
        return None if self.policy.deadline is None else self.started + self.policy.deadline

    def remaining(self) -> float | None:
        stop = self.stop_at()
        return None if stop is None else stop - self.clock.monotonic()

    def request_timeout(self) -> float | None:
        limits = [value for value in (self.timeout, self.remaining()) if value is not None]
        return max(0.001, min(limits)) if limits else None

    def carried(self) -> Deadline | None:
        """The deadline as the auth flow reads it from the request (`deadline.py`): token requests keep it."""
        stop = self.stop_at()
        return None if stop is None else Deadline(self.clock, stop)

    def pacing(self, runtime: Runtime, method: str, url: str) -> Wait | None:
        """The rate limiter's wait, if the client has one; a wait past the deadline raises at once."""
        if runtime.limiter is None:
            return None
        remaining = self.remaining()
        booked, wait = runtime.limiter.reserve_within(remaining)
        if not booked:
            raise too_late(method, url, wait, remaining or 0.0, "the rate limiter")
        return Wait(runtime.limiter.clock, wait)


def _failed_request(error: Exception, state: _Download) -> tuple[str, str]:
    """Method and redacted URL of the request that failed: the download's, or a token request's."""
    try:
        request = error.request if isinstance(error, httpx.TransportError) else None
    except RuntimeError:  # httpx raises when the error was created without a request
        request = None
    if request is None or request.extensions.get(CALL):  # the download's own request is marked
        return state.method, state.url
    return request.method, redact_url(str(request.url))


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length")
    return int(value) if value is not None and value.strip().isdigit() else None


def _validator(response: httpx.Response) -> str | None:
    """What `If-Range` may carry (RFC 9110 §13.1.5): a strong ETag, else the Last-Modified date."""
    etag = str(response.headers.get("ETag") or "")
    if etag and not etag.startswith("W/"):
        return etag
    modified = response.headers.get("Last-Modified")
    return str(modified) if modified else None


class _Download:
    """The state of one download between attempts."""

    def __init__(self, request: dict[str, Any], sink: Sink, max_resumes: int, path: str | None) -> None:
        self.request = request
        self.sink = sink
        self.max_resumes = max_resumes
        self.method = str(request.get("method", "GET")).upper()
        # Errors name the operation's path template when given: a token in the path (Mediagraph's
        # /api/downloads/{token}) stays out of them, as redaction keeps query tokens out.
        self.url = path if path is not None else redact_url(str(request.get("url", "")))
        self.received = 0
        self.total: int | None = None
        self.validator: str | None = None
        self.content_type: str | None = None
        self.raw = True
        self.resumes = 0

    def failed(self, reason: str) -> IncompleteDownloadError:
        return IncompleteDownloadError(self.method, self.url, self.received, self.total, self.resumes, reason)

    def named(self, error: APIStatusError) -> APIStatusError:
        """The typed error of an error answer, naming the path template rather than the URL (a
        download token in the path, e.g. an expired one answered 404, stays out of the message)."""
        shown = error.url
        error.url = self.url
        error.args = tuple(str(arg).replace(shown, self.url) for arg in error.args)
        return error

    def headers(self) -> dict[str, str]:
        headers = {str(k): str(v) for k, v in (self.request.get("headers") or {}).items()}
        # Ranges count the bytes as sent; a compressed body could not be resumed.
        headers["Accept-Encoding"] = "identity"
        if self.received:
            headers["Range"] = f"bytes={self.received}-"
            if self.validator:
                headers["If-Range"] = self.validator
        return headers

    def accept(self, response: httpx.Response) -> str | None:
        """Check an answer before its body is written; a reason when it cannot be used."""
        if response.status_code == 206:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
            if match is None:
                return "a 206 answer without a readable Content-Range"
            start, total = int(match.group(1)), match.group(3)
            if start != self.received:
                return f"asked for bytes from {self.received}, the server answered from {start}"
            if total != "*":
                if self.total is not None and int(total) != self.total:
                    return f"the file changed size ({self.total} -> {total} bytes) between requests"
                self.total = int(total)
            self.raw = True
            return None
        # A full answer: the first one, or a server that ignored the range (or If-Range saw a
        # changed file). Start again from byte 0 when the destination can be rewound.
        if self.received:
            if not self.sink.can_restart:
                return (
                    f"the server answered HTTP {response.status_code} (the whole file) to a range "
                    "request and the destination cannot be rewound to start again"
                )
            self.sink.restart()
            self.received = 0
        encoded = response.headers.get("Content-Encoding", "identity").lower() not in ("", "identity")
        self.raw = not encoded
        self.total = None if encoded else _content_length(response)
        self.validator = _validator(response)
        self.content_type = response.headers.get("Content-Type")
        return None


def download_flow(
    runtime: Runtime,
    request: dict[str, Any],
    sink: Sink,
    options: RequestOptions | None = None,
    *,
    max_resumes: int = DEFAULT_MAX_RESUMES,
    path: str | None = None,
) -> Flow[DownloadResult]:
    """Stream the answer to `request` into `sink`, resuming as the module docstring says; errors
    name `path` (the operation's path template) rather than the URL when it is given."""
    state = _Download(request, sink, max_resumes, path)
    deadline = _Deadline(runtime, options)
    clock = runtime.clock
    while True:
        if (pacing := deadline.pacing(runtime, state.method, state.url)) is not None:
            yield pacing
        sent = with_deadline({**request, "headers": state.headers()}, deadline.carried())
        timeout = deadline.request_timeout()
        if timeout is not None:
            sent["timeout"] = timeout
        outcome = yield OpenStream(runtime.client, sent)
        problem: str
        wait: float | None = None
        if isinstance(outcome, APIStatusError):  # the auth flow's own token call failed
            # ... and is retried by its own method's rule (a login POST is not), like `base.exchange`
            if not is_retryable_status(outcome.status_code) or not deadline.policy.allows_method(outcome.method):
                raise outcome
            problem, wait = f"HTTP {outcome.status_code}", retry_after_seconds(outcome.response, clock.time())
        elif isinstance(outcome, Exception):
            method, url = _failed_request(outcome, state)
            if not is_retryable_exception(outcome) or not deadline.policy.allows_method(method):
                raise APIConnectionError(method, url, outcome) from None
            problem = f"{type(outcome).__name__} before the answer"
        elif is_retryable_status(outcome.status_code):
            yield CloseResponse(outcome)
            problem, wait = f"HTTP {outcome.status_code}", retry_after_seconds(outcome, clock.time())
        elif outcome.status_code >= 400:
            if outcome.status_code == 416 and state.received:
                yield CloseResponse(outcome)
                raise state.failed("the server refused to answer the rest (HTTP 416)")
            yield ReadStreamed(outcome)
            raise state.named(error_for(outcome, clock.time()))
        else:
            refused = state.accept(outcome)
            if refused is not None:
                yield CloseResponse(outcome)
                raise state.failed(refused)
            pumped: Pumped = yield Pump(outcome, sink, state.raw, clock.monotonic, deadline.stop_at())
            state.received += pumped.count
            if pumped.error is None and (state.total is None or state.received == state.total):
                return DownloadResult(state.received, state.resumes, state.content_type, state.total)
            if state.total is not None and state.received > state.total:
                raise state.failed(f"the server sent more than the {state.total} bytes it announced")
            if not state.raw:
                raise state.failed("a body with a content coding cannot be resumed")
            if pumped.error is None and outcome.status_code == 206 and pumped.count > 0:
                # A server that answers ranges in parts (its Content-Range ends before the end):
                # ask for the next part at once; that is progress, not a failure.
                remaining = deadline.remaining()
                if remaining is not None and remaining <= 0:
                    raise state.failed("the call's deadline ran out")
                continue
            if pumped.error is not None:
                problem = f"{type(pumped.error).__name__} after {state.received} bytes"
            else:
                problem = f"the body ended after {state.received} of {state.total} bytes"
        if state.resumes >= state.max_resumes:
            raise state.failed(f"{problem}; no resumes left")
        state.resumes += 1
        if wait is None:
            wait = deadline.policy.backoff(state.resumes)
        elif wait > deadline.policy.max_retry_after:
            raise state.failed(f"{problem}; the server asked to wait {wait:.0f} s")
        remaining = deadline.remaining()
        if remaining is not None and wait >= remaining:
            raise state.failed(f"{problem}; the call's deadline ran out")
        yield Wait(clock, wait)


# -- workflows (uploads) -------------------------------------------------------------------------


@dataclass(frozen=True)
class CallStep:
    """A workflow step that calls an operation of the API.

    `build` turns the resolved values (`{"path": {...}, "query": {...}, "body": ...}`) into the
    request (the generated endpoint's `_get_kwargs` with its typed body); `save` names fields of
    the JSON answer that later steps use (`name -> dotted.field`); the answer of the step with
    `returns` is what the workflow returns, parsed by `parse`.
    """

    operation: str
    build: Callable[[Mapping[str, Any]], dict[str, Any]]
    path: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None
    save: Mapping[str, str] = field(default_factory=dict)
    returns: bool = False
    parse: Parser | None = None
    when: str | None = None
    """`$name`: run only when that value is given (not None)."""
    unless: str | None = None
    """`$name`: run only when that value is not given."""

    def runs(self, values: Mapping[str, Any]) -> bool:
        if self.when is not None and resolve(self.when, values) is None:
            return False
        return self.unless is None or resolve(self.unless, values) is None


@dataclass(frozen=True)
class UploadStep:
    """A workflow step that sends the file's bytes to a URL (a template), without credentials."""

    url: str
    method: str = "PUT"
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Workflow:
    name: str
    steps: tuple[CallStep | UploadStep, ...]


_MISSING = object()


def resolve(template: Any, values: Mapping[str, Any]) -> Any:
    """A step's template with `$name` / `$file.x` / `$arg.x` strings replaced by their values;
    members and items whose value is None are left out (an optional argument not given)."""
    if isinstance(template, str) and template.startswith("$"):
        return values.get(template[1:])
    if isinstance(template, Mapping):
        resolved = {key: resolve(value, values) for key, value in template.items()}
        return {key: value for key, value in resolved.items() if value is not None}
    if isinstance(template, list):
        return [item for item in (resolve(value, values) for value in template) if item is not None]
    return template


def _field(body: Any, dotted: str) -> Any:
    value = body
    for part in dotted.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


@dataclass(frozen=True)
class SendBytes:
    """Step: send the file's bytes; not through the client's auth flow, default headers or cookies
    (the URL carries its own authorisation), redirects not followed."""

    client: HttpxClientProvider
    method: str
    url: str
    headers: Mapping[str, str]
    source: UploadSource
    timeout: float | None

    def _request(self, base_url: httpx.URL, content: Any) -> httpx.Request:
        headers = {**self.headers, "Content-Length": str(self.source.size)}
        request = httpx.Request(self.method, base_url.join(self.url), headers=headers, content=content)
        if self.timeout is not None:
            request.extensions["timeout"] = httpx.Timeout(self.timeout).as_dict()
        return request

    def run(self) -> httpx.Response | Exception:
        http = self.client.get_httpx_client()
        try:
            request = self._request(http.base_url, self.source.chunks())
            return http.send(request, auth=None, follow_redirects=False)
        except httpx.TransportError as error:
            return error

    async def arun(self) -> httpx.Response | Exception:
        http = self.client.get_async_httpx_client()
        try:
            request = self._request(http.base_url, self.source.achunks())
            return await http.send(request, auth=None, follow_redirects=False)
        except httpx.TransportError as error:
            return error


def _upload(
    runtime: Runtime, step: UploadStep, values: Mapping[str, Any], source: UploadSource, deadline: _Deadline
) -> Flow[None]:
    """Send the bytes; retried (from the file's start again) on what is safe to retry, when the
    file can be rewound."""
    url = resolve(step.url, values)
    if not isinstance(url, str) or not url:
        raise TypeError(f"the upload URL ({step.url}) is not a URL")
    shown = without_query(url)
    headers = {name: str(value) for name, value in resolve(dict(step.headers), values).items()}
    retries = 0
    while True:
        outcome = yield SendBytes(runtime.client, step.method, url, headers, source, deadline.request_timeout())
        if isinstance(outcome, httpx.Response) and 200 <= outcome.status_code < 300:
            return
        retryable = (
            is_retryable_status(outcome.status_code)
            if isinstance(outcome, httpx.Response)
            else is_retryable_exception(outcome)
        )
        wait = None
        allowed = deadline.policy.allows_method(step.method)
        if retryable and allowed and source.can_rewind and retries < deadline.policy.max_retries:
            wait = retry_after_seconds(outcome, deadline.clock.time()) if isinstance(outcome, httpx.Response) else None
            wait = deadline.policy.backoff(retries + 1) if wait is None else wait
            remaining = deadline.remaining()
            if wait > deadline.policy.max_retry_after or (remaining is not None and wait >= remaining):
                wait = None
        if wait is None:
            if isinstance(outcome, httpx.Response):
                raise UploadTargetError(outcome)
            raise APIConnectionError(step.method, shown, outcome) from None
        retries += 1
        yield Wait(deadline.clock, wait)
        source.rewind()


def workflow_flow(
    runtime: Runtime,
    workflow: Workflow,
    source: UploadSource,
    arguments: Mapping[str, Any],
    options: RequestOptions | None = None,
) -> Flow[Any]:
    """Run a workflow's steps in order; returns the parsed answer of its `returns` step."""
    deadline = _Deadline(runtime, options)
    values: dict[str, Any] = {
        "file.name": source.name,
        "file.size": source.size,
        "file.content_type": source.content_type,
        **{f"arg.{name}": value for name, value in arguments.items()},
    }
    result: Any = None
    for step in workflow.steps:
        remaining = deadline.remaining()
        if remaining is not None and remaining <= 0:
            raise APITimeoutError(workflow.name, step_label(step), TimeoutError("the call's deadline ran out"))
        left = RequestOptions(
            max_retries=options.max_retries if options else None,
            deadline=remaining if remaining is not None else None,
            retry_non_idempotent=options.retry_non_idempotent if options else None,
            timeout=options.timeout if options else None,
        )
        if isinstance(step, UploadStep):
            yield from _upload(runtime, step, values, source, deadline)
            continue
        if not step.runs(values):
            continue
        request = step.build(
            {
                "path": resolve(dict(step.path), values),
                "query": resolve(dict(step.query), values),
                "body": resolve(step.body, values),
            }
        )
        response = yield from exchange(runtime, request, left)
        if step.save:
            try:
                answer = response.json()
            except ValueError as exc:
                raise UnexpectedResponseError(response, exc) from None
            for name, dotted in step.save.items():
                value = _field(answer, dotted)
                if value is _MISSING:
                    raise UnexpectedResponseError(response, KeyError(f"{step.operation}: no field {dotted!r}"))
                values[name] = value
        if step.returns and step.parse is not None:
            try:
                result = step.parse(client=runtime.client, response=response)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise UnexpectedResponseError(response, exc) from None
    return result


def step_label(step: CallStep | UploadStep) -> str:
    return step.operation if isinstance(step, CallStep) else f"upload ({step.method})"
