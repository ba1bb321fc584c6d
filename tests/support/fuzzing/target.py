"""A vendor's mock, ready to fuzz in tests: the app (resettable), its schema, its auth, a state machine.

Tests fuzz the mock two ways, in process (schemathesis calls the ASGI app directly) and over real
HTTP on loopback, and both need the same pieces wired the same way; `FuzzTarget` is that wiring,
configured exactly as `vendorkit fuzz` configures its run (`generator.fuzz.schema.config_data`:
every check, the vendor's allowances) and with the schemathesis workarounds the vendor's overlay
declares installed on its schema until `close()`. Its `reset()` gives the next stateful scenario a
fresh mock, which is what keeps Hypothesis' stateful testing deterministic against a server that
remembers (see `asgi.FreshApp`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from generator.fuzz.auth import FuzzAuth, HttpFactory
from generator.fuzz.plan import AuthPlan, build_plan
from generator.fuzz.provider import register_auth
from generator.fuzz.schema import DEFAULT_SEED, REQUEST_TIMEOUT_SECONDS, config_data
from generator.fuzz.workarounds import installed_on
from generator.model import Api
from tests.support.fuzzing.asgi import FreshApp, asgi_client

DEFAULT_SCENARIO_STEPS = 6


def fuzz_config(
    api: Api, *, max_examples: int, seed: int | None = DEFAULT_SEED, base_url: str | None = None
) -> Any:
    """`config_data` as a `schemathesis.Config`."""
    from schemathesis import Config

    return Config.from_dict(config_data(api, max_examples=max_examples, seed=seed, base_url=base_url))


def invalidate_cached(storage: Any) -> None:
    """Drop every credential schemathesis cached for `storage` (after the server's state was reset)."""
    from schemathesis.auths import CachingAuthProvider

    for registered in storage.providers:
        provider: Any = registered
        while provider is not None:
            if isinstance(provider, CachingAuthProvider):
                provider.invalidate()
            provider = getattr(provider, "provider", None)


@dataclass
class FuzzTarget:
    """Everything one fuzz test needs about one vendor's mock; `close()` (or `with`) ends it."""

    vendor: str
    api: Api
    plan: AuthPlan
    app: FreshApp
    schema: Any
    auth: FuzzAuth
    base_url: str | None = None  # set while the app is served over HTTP; None: called in process
    scope: contextlib.ExitStack = field(default_factory=contextlib.ExitStack, repr=False)

    def __enter__(self) -> FuzzTarget:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Take the workarounds off the schema (and their file samples out of schemathesis)."""
        self.auth.close()
        self.scope.close()

    @contextlib.contextmanager
    def served(self) -> Iterator[str]:
        """Serve the app on a free loopback port for the duration; requests then go over HTTP."""
        from generator.mock import background_server

        with background_server(self.app) as base_url:
            self.base_url = base_url
            # The schema's config is shared by every clone schemathesis makes of it (one per test).
            self.schema.config.update(base_url=base_url)
            try:
                yield base_url
            finally:
                self.schema.config.base_url = None
                self.base_url = None
                self.auth.close()

    def reset(self) -> None:
        """A fresh mock: new app state, subjects to provision again, no cached credentials."""
        self.app.reset()
        self.auth.forget_subjects()
        invalidate_cached(self.schema.auth)

    def state_machine(self) -> type:
        """schemathesis' state machine for the spec, starting every scenario on a fresh mock."""
        base: type = self.schema.as_state_machine()
        target = self

        class FreshStateMachine(base):  # type: ignore[misc]
            def setup(self) -> None:
                target.reset()
                super().setup()

        FreshStateMachine.__name__ = FreshStateMachine.__qualname__ = f"{self.vendor.title()}StateMachine"
        return FreshStateMachine


def load_api(generated_dir: Path, vendor: str) -> Api:
    from generator.mock.loader import load_vendor_api

    return load_vendor_api(vendor, generated_dir)


def mock_factory(generated_dir: Path, vendor: str, api: Api, plan: AuthPlan, **options: Any) -> FreshApp:
    """The vendor's mock with the plan's credentials and no throttle, renewable by `reset()`;
    `options` are further `MockOptions` fields (e.g. `validate_responses=True`)."""
    from generator.mock import MockOptions, build_app
    from generator.mock.loader import load_vendor_models

    models = load_vendor_models(vendor, generated_dir)
    mock_options = MockOptions(credentials=dict(plan.credentials), rate_limit=None, **options)
    return FreshApp(lambda: build_app(api, mock_options, models=models))


def _target(
    vendor: str,
    api: Api,
    plan: AuthPlan,
    app: FreshApp,
    http: HttpFactory,
    *,
    max_examples: int,
    seed: int | None,
    in_process: bool,
) -> FuzzTarget:
    import schemathesis

    schema = schemathesis.openapi.from_dict(
        api.document, config=fuzz_config(api, max_examples=max_examples, seed=seed)
    )
    if in_process:
        schema.app = app
    auth = FuzzAuth(plan, http, mock=True)
    register_auth(schema.auth, auth)
    target = FuzzTarget(vendor, api, plan, app, schema, auth)
    target.scope.enter_context(installed_on(api, schema))
    return target


def in_process_target(
    generated_dir: Path, vendor: str, *, max_examples: int, seed: int | None = DEFAULT_SEED
) -> FuzzTarget:
    """Fuzz the mock as an ASGI app in this process (no socket)."""
    api = load_api(generated_dir, vendor)
    plan = build_plan(vendor, api, environ={})
    app = mock_factory(generated_dir, vendor, api, plan)
    return _target(
        vendor,
        api,
        plan,
        app,
        lambda: asgi_client(app),
        max_examples=max_examples,
        seed=seed,
        in_process=True,
    )


def app_target(
    generated_dir: Path,
    vendor: str,
    app: FreshApp,
    *,
    max_examples: int,
    seed: int | None = DEFAULT_SEED,
) -> FuzzTarget:
    """Fuzz another ASGI app in this process with the vendor's schema, configuration and auth set-up
    (the benchmark's fixed-response app, against which the mock's own cost is measured)."""
    api = load_api(generated_dir, vendor)
    plan = build_plan(vendor, api, environ={})
    return _target(
        vendor,
        api,
        plan,
        app,
        lambda: asgi_client(app),
        max_examples=max_examples,
        seed=seed,
        in_process=True,
    )


def loopback_target(
    generated_dir: Path,
    vendor: str,
    *,
    max_examples: int,
    seed: int | None = DEFAULT_SEED,
    mock_options: dict[str, Any] | None = None,
) -> FuzzTarget:
    """Fuzz the mock over real HTTP: requests go to it while `target.served()` is active.

    The schema and auth exist before the server does (schemathesis' pytest integration collects
    tests at import time); the auth's HTTP client is built on first use, from `target.base_url`.
    """
    api = load_api(generated_dir, vendor)
    plan = build_plan(vendor, api, environ={})
    app = mock_factory(generated_dir, vendor, api, plan, **(mock_options or {}))
    holder: list[FuzzTarget] = []

    def http() -> httpx.Client:
        base_url = holder[0].base_url
        if base_url is None:
            raise RuntimeError("the loopback target is not being served (use `with target.served():`)")
        return httpx.Client(base_url=base_url, timeout=REQUEST_TIMEOUT_SECONDS)

    holder.append(
        _target(vendor, api, plan, app, http, max_examples=max_examples, seed=seed, in_process=False)
    )
    return holder[0]


def stateful_settings(*, max_examples: int, steps: int = DEFAULT_SCENARIO_STEPS) -> Any:
    """Hypothesis settings of a stateful run: `max_examples` scenarios of at most `steps` calls,
    generation only (replaying against a server is what shrinking would need), derandomized."""
    from hypothesis import HealthCheck, Phase, settings

    return settings(
        max_examples=max_examples,
        stateful_step_count=steps,
        phases=[Phase.generate],
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
