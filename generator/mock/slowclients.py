"""A time limit on receiving each request, so a slow client cannot hold a connection forever.

uvicorn times out a connection only while it is idle *between* requests (keep-alive). A client that
opens a connection and sends nothing, or sends its headers or body one byte a second, holds its
connection (and a file descriptor) for as long as it likes: 19,950 such connections were held open
against a mock (issue 15). Here each request must arrive whole, headers and body, within
`request_timeout` seconds of the connection opening or of its first byte; otherwise the mock answers
408 (when no answer has started) and closes the connection. The application sees the closed
connection as a client disconnect, so a handler waiting for the rest of a body stops too.

The timer runs on the event loop's clock (`loop.call_later`): a test drives it with a loop whose
clock it controls instead of waiting.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

DEFAULT_REQUEST_TIMEOUT = 30.0

_TIMEOUT_ANSWER = (
    b"HTTP/1.1 408 Request Timeout\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"content-length: 36\r\n"
    b"connection: close\r\n"
    b"\r\n"
    b"The request did not arrive in time.\n"
)


class TimedRequestProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, with a deadline on receiving each request."""

    request_timeout: float = DEFAULT_REQUEST_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._request_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()  # a connection that never sends a byte is a slow request too

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._request_timer is None:
            self._arm()

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._disarm()  # idle from here on: uvicorn's keep-alive timeout takes over

    def _arm(self) -> None:
        self._disarm()
        self._request_timer = self.loop.call_later(self.request_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._request_timer is not None:
            self._request_timer.cancel()
            self._request_timer = None

    def _too_slow(self) -> None:
        self._request_timer = None
        if self.transport.is_closing():
            return
        if self.cycle is None or not self.cycle.response_started:
            self.transport.write(_TIMEOUT_ANSWER)
        # The handler, if one runs, then reads a disconnect and its answer goes nowhere.
        self.transport.close()


def timed_protocol(request_timeout: float) -> type[TimedRequestProtocol]:
    """The protocol class for uvicorn's `http=` setting with this request deadline (seconds)."""
    return type("TimedRequestProtocol", (TimedRequestProtocol,), {"request_timeout": request_timeout})
