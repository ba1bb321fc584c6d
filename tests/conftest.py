"""Fixtures shared by every test folder: generated clients importable, and running mocks on loopback.

- The generated client packages (`generated/<vendor>/<vendor>_client`) are imported straight from
  the working tree, never installed: tests must exercise exactly what `generated/` holds, so each
  `generated/<vendor>/` folder goes on sys.path before any test module is imported.
- `running_mock(vendor)` serves a vendor's mock over real HTTP on 127.0.0.1 (a free port), once
  per vendor and test session (per xdist worker), with its demo credentials (environment variables
  ignored, so a developer's shell cannot change test outcomes) and without the throttle.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"

for _folder in sorted(GENERATED.glob("*")):
    if (_folder / f"{_folder.name}_client" / "__init__.py").is_file() and str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))


def generated_vendors() -> list[str]:
    """Vendors whose merged spec and client package are in `generated/`."""
    return sorted(
        folder.name
        for folder in GENERATED.glob("*")
        if (folder / "openapi.yaml").is_file() and (folder / f"{folder.name}_client").is_dir()
    )


@dataclass(frozen=True)
class RunningMock:
    """A mock served on loopback: where it listens, the credentials it accepts, and the app itself."""

    vendor: str
    base_url: str
    credentials: Mapping[str, str]
    app: Any


@pytest.fixture(scope="session")
def running_mock() -> Iterator[Callable[[str], RunningMock]]:
    """`running_mock("jumpstory")`: that vendor's mock, started on first use, stopped at session end."""
    from generator.mock import MockOptions, background_server, load_vendor_app, resolve_credentials
    from generator.mock.loader import load_vendor_api

    started: dict[str, RunningMock] = {}
    with ExitStack() as stack:

        def start(vendor: str) -> RunningMock:
            if vendor not in started:
                credentials = resolve_credentials(load_vendor_api(vendor, GENERATED), {}, environ={})
                options = MockOptions(credentials=credentials, rate_limit=None)
                app = load_vendor_app(vendor, GENERATED, options)
                base_url = stack.enter_context(background_server(app))
                started[vendor] = RunningMock(vendor, base_url, credentials, app)
            return started[vendor]

        yield start
