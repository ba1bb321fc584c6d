"""A slow client cannot hold a connection forever (issue 15): each request must arrive whole within
the request timeout, or it gets 408 and the connection closes. The protocol's timer runs on the
event loop's `call_later`, which these tests intercept and fire by hand: no real waiting."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import uvicorn
from uvicorn.server import ServerState

from generator.mock.server import _uvicorn_server
from generator.mock.slowclients import TimedRequestProtocol, timed_protocol

pytestmark = pytest.mark.anyio


class Timers:
    """The loop as the protocol sees it: the real one, except that timers wait for `fire()`."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.pending: list[tuple[float, Any, asyncio.TimerHandle]] = []

    def call_later(self, delay: float, callback: Any, *args: Any) -> asyncio.TimerHandle:
        handle = asyncio.TimerHandle(self._loop.time() + delay, callback, args, self._loop)
        self.pending.append((delay, callback, handle))
        return handle

    def live(self) -> list[float]:
        return [delay for delay, _, handle in self.pending if not handle.cancelled()]

    def fire(self) -> None:
        for _, callback, handle in list(self.pending):
            if not handle.cancelled():
                handle.cancel()
                callback()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loop, name)


class Transport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.written = b""
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written += bytes(data)

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 5000), "sockname": ("127.0.0.1", 8000)}.get(name, default)

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


async def echo_length(scope: Any, receive: Any, send: Any) -> None:
    """Reads the whole body, answers its length; records a disconnect."""
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            seen.append("disconnect")
            return
        size += len(message.get("body", b""))
        if not message.get("more_body"):
            break
    body = str(size).encode()
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"%d" % len(body))]}
    )
    await send({"type": "http.response.body", "body": body})


seen: list[str] = []


def connect(timeout: float = 5.0) -> tuple[TimedRequestProtocol, Transport, Timers]:
    seen.clear()
    timers = Timers(asyncio.get_running_loop())
    config = uvicorn.Config(echo_length, http=timed_protocol(timeout), log_level="warning", lifespan="off")
    config.load()
    protocol_class = config.http_protocol_class
    assert issubclass(protocol_class, TimedRequestProtocol)
    protocol = protocol_class(config=config, server_state=ServerState(), app_state={}, _loop=timers)  # type: ignore[arg-type]
    transport = Transport()
    protocol.connection_made(transport)
    return protocol, transport, timers


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_a_connection_that_sends_nothing_gets_408_and_is_closed() -> None:
    _, transport, timers = connect(timeout=5.0)
    assert timers.live() == [5.0]
    timers.fire()
    assert transport.written.startswith(b"HTTP/1.1 408 Request Timeout\r\n") and transport.closed


async def test_headers_sent_a_byte_at_a_time_time_out() -> None:
    protocol, transport, timers = connect()
    for byte in b"GET / HTTP/1.1\r\nHost: x\r\n":
        protocol.data_received(bytes([byte]))
    assert not transport.written
    timers.fire()
    assert transport.written.startswith(b"HTTP/1.1 408") and transport.closed


async def test_a_body_that_stops_coming_times_out_and_the_handler_sees_a_disconnect() -> None:
    protocol, transport, timers = connect()
    protocol.data_received(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
    await settle()
    timers.fire()
    protocol.connection_lost(None)
    await settle()
    assert transport.written.startswith(b"HTTP/1.1 408") and transport.closed
    assert seen == ["disconnect"]


async def test_a_request_that_arrives_in_time_is_answered_and_keeps_no_timer() -> None:
    protocol, transport, timers = connect()
    protocol.data_received(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
    await settle()
    assert transport.written.startswith(b"HTTP/1.1 200 OK") and transport.written.endswith(b"\r\n\r\n3")
    assert not transport.closed
    assert timers.live() == [uvicorn.Config(echo_length).timeout_keep_alive]  # only uvicorn's idle timer
    protocol.data_received(b"GET / HTTP/1.1\r\n")  # the next request on the connection starts its own
    assert sorted(timers.live()) == [5.0]


def test_the_mock_server_and_the_benchmark_floor_use_it() -> None:
    server = _uvicorn_server(echo_length, "warning", request_timeout=7.0)
    protocol = server.config.http
    assert isinstance(protocol, type) and issubclass(protocol, TimedRequestProtocol)
    assert protocol.request_timeout == 7.0
