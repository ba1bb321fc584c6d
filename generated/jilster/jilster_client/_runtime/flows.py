"""Logic that does I/O written once, as a generator, and run by a sync or an async driver.

Every generated client comes in two flavours, sync and async. Anything that sends, waits or
locks (token renewal, retries with backoff, client-side pacing, the OAuth helpers) would otherwise
be written twice, once with `time.sleep` and a `threading.Lock`, once with `await`. Instead such
logic is a generator that *describes* each thing it needs by yielding a step (`Wait`,
`ReadBody`, `Gate.hold()`, or an `httpx.Request` to send) and receives the step's result. The
drivers below, a few lines each, perform the steps: `step.run()` for sync clients,
`await step.arun()` for async ones.

httpx's own `Auth.auth_flow` is the model: a generator that yields requests and receives
responses. `FlowAuth` extends it with the locks and waits that httpx otherwise leaves to
separate `sync_auth_flow`/`async_auth_flow` implementations.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from contextlib import closing
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

import httpx

from .clock import Clock
from .deadline import bounded
from .record import Record

if TYPE_CHECKING:  # imported on first use of an async lock: the package does not import asyncio
    import asyncio

T = TypeVar("T")


class Step(Protocol):
    """Something a flow needs done: `run` performs it for sync clients, `arun` for async ones."""

    def run(self) -> Any: ...

    async def arun(self) -> Any: ...


Flow = Generator[Any, Any, T]
"""A generator that yields `Step`s (and, in auth flows, `httpx.Request`s) and returns a `T`."""


class Done(Record, Generic[T]):
    """What `advance` gives when the flow has finished: its return value."""

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


def advance(flow: Flow[T], reply: Any) -> Any:
    """The flow's next step after sending it `reply`, or `Done` with its result."""
    try:
        return flow.send(reply)
    except StopIteration as finished:
        return Done(finished.value)


class Wait(Record):
    """Step: wait `seconds` on `clock` (so a test's fake clock moves instead of waiting)."""

    __slots__ = ("clock", "seconds")

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.clock = clock
        self.seconds = seconds

    def run(self) -> None:
        if self.seconds > 0:
            self.clock.sleep(self.seconds)

    async def arun(self) -> None:
        if self.seconds > 0:
            await self.clock.asleep(self.seconds)


class ReadBody(Record):
    """Step: read a streamed response's body (an auth flow sees responses before httpx reads them)."""

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    def run(self) -> httpx.Response:
        self.response.read()
        return self.response

    async def arun(self) -> httpx.Response:
        await self.response.aread()
        return self.response


Release = Callable[[], None]


class Gate:
    """One lock around one piece of shared state, for threads and asyncio tasks alike.

    `yield gate.hold()` returns a release function once the lock is held; release it in a
    `finally`. Sync clients take a `threading.Lock`, async ones an `asyncio.Lock`, which belongs
    to one event loop: a new loop (tests and applications may run several in turn) gets a new one.
    """

    def __init__(self) -> None:
        self.thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self._async_loop: asyncio.AbstractEventLoop | None = None

    def async_lock(self) -> asyncio.Lock:
        import asyncio

        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_loop is not loop:
            self._async_lock, self._async_loop = asyncio.Lock(), loop
        return self._async_lock

    def hold(self) -> Hold:
        return Hold(self)


class Hold(Record):
    """Step: take the gate's lock; the result is the function that releases it."""

    __slots__ = ("gate",)

    def __init__(self, gate: Gate) -> None:
        self.gate = gate

    def run(self) -> Release:
        self.gate.thread_lock.acquire()
        return self.gate.thread_lock.release

    async def arun(self) -> Release:
        lock = self.gate.async_lock()
        await lock.acquire()
        return lock.release


# -- drivers --------------------------------------------------------------------------------------


def run_sync(flow: Flow[T], http: httpx.Client | None = None) -> T:
    """Run a flow to its end; an `httpx.Request` it yields is sent through `http`, without auth
    (a token call is authenticated by the flow itself, never by the client's auth).

    Every facade call runs through here, so the loop is `advance` inlined: no `Done` per step."""
    send = flow.send
    reply = None
    while True:
        try:
            step = send(reply)
        except StopIteration as finished:
            return cast(T, finished.value)
        reply = step.run() if not isinstance(step, httpx.Request) else _send(http, step)


async def run_async(flow: Flow[T], http: httpx.AsyncClient | None = None) -> T:
    """`run_sync` for async clients: the same flow, each step awaited."""
    send = flow.send
    reply = None
    while True:
        try:
            step = send(reply)
        except StopIteration as finished:
            return cast(T, finished.value)
        reply = await (step.arun() if not isinstance(step, httpx.Request) else _asend(http, step))


def _send(http: httpx.Client | None, request: httpx.Request) -> httpx.Response:
    return _client(http).send(_timed(request, http), auth=None)


def _asend(http: httpx.AsyncClient | None, request: httpx.Request) -> Awaitable[httpx.Response]:
    return _client(http).send(_timed(request, http), auth=None)


C = TypeVar("C", httpx.Client, httpx.AsyncClient)


def _client(http: C | None) -> C:
    if http is None:
        raise TypeError("this flow sends requests: run it with an httpx client")
    return http


def _timed(request: httpx.Request, http: httpx.Client | httpx.AsyncClient | None) -> httpx.Request:
    """A request built outside a client gets the client's timeout (httpx adds it only in `build_request`)."""
    if http is not None:
        request.extensions.setdefault("timeout", http.timeout.as_dict())
    return request


class FlowAuth(httpx.Auth):
    """An `httpx.Auth` whose flow (`flow`) may also yield steps: its two drivers are below.

    Requests the flow yields go to httpx (which sends them and sends back the response), each
    bounded by the call's deadline (`deadline.py`); any other step is performed here. Closing the
    driver closes the flow, so a lock it holds in a `try/finally` is released when httpx abandons the flow (a transport error, a cancelled task).
    """

    def flow(self, request: httpx.Request) -> Flow[None]:
        yield request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return drive_sync(self.flow(request), request)

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        return drive_async(self.flow(request), request)


def drive_sync(flow: Flow[None], call: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
    """An httpx sync auth flow running `flow` for the request `call`: requests go to httpx (bounded
    by the call's deadline), other steps are run here; closing it closes `flow`."""
    with closing(flow):
        reply = None
        while not isinstance(step := advance(flow, reply), Done):
            if isinstance(step, httpx.Request):  # the call's request, or a token request it needs
                reply = yield bounded(step, call)
            else:
                reply = step.run()


async def drive_async(flow: Flow[None], call: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
    """`drive_sync` for async clients: the same flow, each step awaited."""
    with closing(flow):
        reply = None
        while not isinstance(step := advance(flow, reply), Done):
            if isinstance(step, httpx.Request):
                reply = yield bounded(step, call)
            else:
                reply = await step.arun()
