"""A synchronous httpx transport that answers from an ASGI app in the same process (no socket).

httpx's own `ASGITransport` serves only `AsyncClient`; a synchronous client (the vendor packages'
`JumpStory`, `Printiki`, ...) gets this one: each request runs on an event loop kept in a helper
thread (an anyio blocking portal), its body read whole before the response is handed back.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal
from starlette.types import ASGIApp


class SyncASGITransport(httpx.BaseTransport):
    def __init__(self, app: ASGIApp, client: tuple[str, int] = ("127.0.0.1", 123)) -> None:
        self._asgi = httpx.ASGITransport(app=app, client=client)
        self._portal_context: AbstractContextManager[BlockingPortal] | None = None
        self._portal: BlockingPortal | None = None

    def _started(self) -> BlockingPortal:
        if self._portal is None:
            self._portal_context = start_blocking_portal()
            self._portal = self._portal_context.__enter__()
        return self._portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def exchange() -> tuple[int, httpx.Headers, bytes, dict[str, Any]]:
            forwarded = httpx.Request(
                request.method,
                request.url,
                headers=request.headers,
                content=body,
                extensions=request.extensions,
            )
            response = await self._asgi.handle_async_request(forwarded)
            try:
                content = b"".join([chunk async for chunk in response.aiter_raw()])
            finally:
                await response.aclose()
            return response.status_code, response.headers, content, dict(response.extensions)

        status, headers, content, extensions = self._started().call(exchange)
        return httpx.Response(status, headers=headers, content=content, extensions=extensions)

    def close(self) -> None:
        if self._portal_context is not None:
            self._portal_context.__exit__(None, None, None)
            self._portal_context = self._portal = None
