"""A synchronous httpx transport into an in-process ASGI app.

In-process fuzzing calls the mock app directly (no socket), but `FuzzAuth` still has to call the
app's own provisioning and token operations from synchronous code. httpx only offers an async ASGI
transport, and Starlette's `TestClient` now warns that its httpx backend is deprecated, so this
bridge runs httpx's `ASGITransport` on an event loop thread of its own (an anyio blocking portal).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal

DEFAULT_BASE_URL = "http://testserver"


class SyncASGITransport(httpx.BaseTransport):
    """Send each request to `app` on a private event loop thread, started on first use."""

    def __init__(self, app: Any) -> None:
        self._transport = httpx.ASGITransport(app=app)
        self._stack = contextlib.ExitStack()
        self._portal: BlockingPortal | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._portal is None:
            self._portal = self._stack.enter_context(start_blocking_portal())
        return self._portal.call(self._send, request)

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._transport.handle_async_request(request)
        content = await response.aread()
        # A stream, not `content=`: the client then reads and closes it, which sets `elapsed`.
        return httpx.Response(
            response.status_code, headers=response.headers, stream=httpx.ByteStream(content)
        )

    def close(self) -> None:
        self._stack.close()
        self._portal = None


def asgi_client(app: Any, base_url: str = DEFAULT_BASE_URL) -> httpx.Client:
    """An `httpx.Client` whose requests go to `app` in this process."""
    return httpx.Client(transport=SyncASGITransport(app), base_url=base_url)


class FreshApp:
    """An ASGI app whose state can be thrown away: `reset()` swaps in a new instance from `factory`.

    A stateful server makes property-based tests order-dependent: Hypothesis replays a scenario
    expecting the same answers, but the server remembers the earlier run (a user id "already taken",
    a bundle that now stays empty), and Hypothesis rightly reports the test as flaky. Resetting the
    mock at the start of every scenario makes each scenario a pure function of its own requests.

    An app that was not called since it was made or reset is still fresh, and `reset()` leaves it
    alone: the fuzz tests reset every vendor's mock before each test, and most tests call one.
    """

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self.app = factory()
        self.called = False  # since it was made or last reset

    def reset(self) -> None:
        """A fresh app, unless it was not called since it was fresh. A vendorkit mock is put back to
        its seed in place (`MockEngine.reset`, what `POST /__vendorkit/reset` does: new records,
        vendor state, tokens, an empty journal), which keeps its compiled spec: building the mock
        anew took 7-67 ms, most of a fuzz run's mock time when every operation starts on a fresh
        mock. Any other app is built anew by `factory`."""
        from generator.mock.app import MockApp

        if not self.called:
            return
        self.called = False
        if isinstance(self.app, MockApp):
            self.app.engine.reset()
        else:
            self.app = self._factory()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.called = True
        await self.app(scope, receive, send)
