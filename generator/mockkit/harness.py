"""`VendorMock`: one vendor's mock plus a ready, authenticated client of the vendor's package.

In-process (`VendorMock.in_process`): requests go through an ASGI transport, no port is opened.
On loopback (`VendorMock.on_port`): uvicorn serves the mock on a free 127.0.0.1 port in a thread,
for code under test that takes a URL (a subprocess, a non-Python tool). Either way the object holds
the engine (`engine`, `state`, `store`: seed records before a test, assert on them after) and the
journal of what the mock was asked (`requests()`).

The client is the facade class of the vendor's package (`jumpstory_client.JumpStory`), built with
the mock's demo credentials, its base URL and the mock's clock, its client-side pacing off. The
package is imported when first asked for; when it is not installed the error names it.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from starlette.applications import Starlette

from generator.mock import FaultOptions, MockEngine, MockOptions, background_server, build_app, engine_of
from generator.mock.credentials import resolve_credentials
from generator.mock.journal import Entry, JournalFilter
from generator.mock.loader import load_vendor_api, load_vendor_models
from generator.mock.options import RateLimitOption
from generator.mockkit.data import vendors_dir
from generator.mockkit.transport import SyncASGITransport
from generator.model import Api
from generator.runtime.clock import SYSTEM_CLOCK, Clock


class ClientPackageMissing(ImportError):
    """The vendor's client package is not installed; the message says which one to install."""


@dataclass(frozen=True)
class MockSettings:
    """How a test's mock behaves: what the `vendorkit_mock` marker sets (everything else as documented).

    `rate_limit` is off by default (tests make requests faster than vendors allow); "spec-default"
    turns the documented throttle on. `clock` is shared by the mock and the client. `state_file`
    keeps the mock's state in SQLite (`generator.mock.persistence`).
    """

    seed: int = 0
    faults: FaultOptions | None = None
    clock: Clock = SYSTEM_CLOCK
    rate_limit: RateLimitOption = None
    credentials: Mapping[str, str] = field(default_factory=dict)
    token_lifetime_seconds: float | None = None
    state_file: Path | None = None


@cache
def _loaded(vendor: str, folder: Path) -> tuple[Api, ModuleType | None]:
    """The typed spec and models of a vendor, read once per process (building an engine from them
    takes milliseconds, so every test can have its own)."""
    return load_vendor_api(vendor, folder), load_vendor_models(vendor, folder)


def client_package(vendor: str) -> ModuleType:
    """`<vendor>_client`, or `ClientPackageMissing` naming the distribution to install."""
    name = f"{vendor}_client"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        raise ClientPackageMissing(
            f"the {vendor} mock's client needs the package {vendor}-client (import name {name}); "
            f"install it (pip install {vendor}-client) or use the mock without a client (mock.base_url)"
        ) from None


class VendorMock:
    """A vendor's mock and what a test needs around it (see the module docstring)."""

    def __init__(
        self, vendor: str, app: Starlette, api: Api, settings: MockSettings, base_url: str, transport: Any
    ) -> None:
        self.vendor = vendor
        self.app = app
        self.api = api
        self.settings = settings
        self.root_url = base_url
        """Where the mock answers: `<root_url>/__vendorkit/health`."""
        self.base_url = base_url + api.base_path
        """The API's base URL at the mock (the root URL plus the spec's base path)."""
        self._transport = transport
        self._clients: list[Any] = []
        self._client: Any = None

    # -- building -------------------------------------------------------------------------------

    @staticmethod
    def build_app(vendor: str, settings: MockSettings, folder: Path | None = None) -> tuple[Starlette, Api]:
        api, models = _loaded(vendor, folder or vendors_dir())
        credentials = resolve_credentials(api, dict(settings.credentials), environ={})
        options = MockOptions(
            credentials=credentials,
            seed=settings.seed,
            faults=settings.faults,
            clock=settings.clock,
            rate_limit=settings.rate_limit,
            token_lifetime_seconds=settings.token_lifetime_seconds,
            state_file=settings.state_file,
        )
        return build_app(api, options, models=models), api

    @classmethod
    @contextmanager
    def in_process(
        cls, vendor: str, settings: MockSettings | None = None, folder: Path | None = None
    ) -> Iterator[VendorMock]:
        """The mock answering through an in-process transport (`http://<vendor>.mock` as its URL)."""
        settings = settings or MockSettings()
        app, api = cls.build_app(vendor, settings, folder)
        transport = SyncASGITransport(app)
        mock = cls(vendor, app, api, settings, f"http://{vendor}.mock", transport)
        try:
            yield mock
        finally:
            mock.close()
            transport.close()

    @classmethod
    @contextmanager
    def on_port(
        cls, vendor: str, settings: MockSettings | None = None, folder: Path | None = None
    ) -> Iterator[VendorMock]:
        """The mock served by uvicorn on a free 127.0.0.1 port for as long as the block runs."""
        settings = settings or MockSettings()
        app, api = cls.build_app(vendor, settings, folder)
        with ExitStack() as stack:
            root = stack.enter_context(background_server(app))
            mock = cls(vendor, app, api, settings, root, None)
            stack.callback(mock.close)
            yield mock

    # -- the mock's side --------------------------------------------------------------------------

    @property
    def engine(self) -> MockEngine:
        return engine_of(self.app)

    @property
    def state(self) -> Any:
        """The vendor module's state object (its records and rules' bookkeeping)."""
        return self.engine.state

    @property
    def store(self) -> Any:
        """The records of the resources the spec declares (`generator.mock.store.Store`)."""
        return self.engine.services.store

    @property
    def credentials(self) -> Mapping[str, str]:
        """The demo credentials the mock accepts (and the client was given)."""
        return self.engine.credentials

    def requests(
        self,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
        operation: str | None = None,
        since: float | None = None,
    ) -> list[Entry]:
        """Journal entries (oldest first) matching all the given filters; secrets are masked."""
        return self.engine.journal.select(
            JournalFilter(method=method, path_prefix=path, status=status, operation=operation, since=since)
        )

    def reset(self) -> None:
        """Back to the seed (records, vendor state, tokens) with an empty journal."""
        self.engine.reset()

    # -- the client's side ------------------------------------------------------------------------

    def http(self) -> httpx.Client:
        """A plain httpx client on the mock's root URL (for raw requests and control endpoints)."""
        client = httpx.Client(base_url=self.root_url, transport=self._transport)
        self._clients.append(client)
        return client

    def _client_kwargs(self, facade: type) -> dict[str, Any]:
        accepted = inspect.signature(facade).parameters
        kwargs: dict[str, Any] = {name: value for name, value in self.credentials.items() if name in accepted}
        kwargs.update(base_url=self.base_url, clock=self.settings.clock, rate_limit=False)
        return {name: value for name, value in kwargs.items() if name in accepted}

    def new_client(self, **overrides: Any) -> Any:
        """A new synchronous facade of the vendor's package, authenticated with the demo credentials."""
        facade = getattr(client_package(self.vendor), self.api.client_name)
        kwargs = self._client_kwargs(facade)
        if self._transport is not None:
            kwargs["httpx_args"] = {"transport": self._transport}
        client = facade(**{**kwargs, **overrides})
        self._clients.append(client)
        return client

    def new_async_client(self, **overrides: Any) -> Any:
        """A new asynchronous facade (`AsyncJumpStory`, ...); close it with `await client.close()`."""
        facade = getattr(client_package(self.vendor), f"Async{self.api.client_name}")
        kwargs = self._client_kwargs(facade)
        if self._transport is not None:
            kwargs["httpx_args"] = {"transport": httpx.ASGITransport(app=self.app, client=("127.0.0.1", 123))}
        return facade(**{**kwargs, **overrides})

    @property
    def client(self) -> Any:
        """The test's synchronous facade (made on first use)."""
        if self._client is None:
            self._client = self.new_client()
        return self._client

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self._clients.clear()
        self._client = None
