"""Fault mode of the mock engine: each kind of fault, queued and by rate, in-process and over HTTP.

Drops cannot go through httpx's ASGI transport (it insists on a complete answer), so in-process
they are checked on the raw ASGI messages, and over real HTTP with uvicorn.
"""

from __future__ import annotations

import argparse
import functools
import re
import time
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from generator.mock import FaultOptions, background_server, engine_of
from generator.mock.faults import Fault
from generator.mock_command import _parser, fault_options
from generator.vendors import Project

from .conftest import ROOT, admin, client_for, user_headers

pytestmark = pytest.mark.anyio


@dataclass
class RawAnswer:
    """What an app sent for one request, message by message."""

    status: int
    headers: dict[str, str]
    body: bytes
    complete: bool  # False: the app stopped before the end of the body (a dropped connection)

    @property
    def outcome(self) -> str:
        return str(self.status) if self.complete else "drop"


async def raw_call(app: Any, method: str, path: str, headers: dict[str, str] | None = None) -> RawAnswer:
    """Call an ASGI app directly and record every message it sends."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    messages: list[dict[str, Any]] = []
    requested = False

    async def receive() -> dict[str, Any]:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    await app(scope, receive, send)
    start, *bodies = messages
    assert start["type"] == "http.response.start"
    return RawAnswer(
        status=start["status"],
        headers={k.decode(): v.decode() for k, v in start.get("headers", [])},
        body=b"".join(message.get("body", b"") for message in bodies),
        complete=bool(bodies) and not bodies[-1].get("more_body", False),
    )


# -- fault values and options -----------------------------------------------------------------------


def test_fault_kinds_are_parsed_and_unknown_ones_refused() -> None:
    assert Fault.parse(503) == Fault("error", status=503)
    assert Fault.parse("502") == Fault("error", status=502)
    assert Fault.parse("drop") == Fault("drop")
    assert Fault.parse("html") == Fault("html", status=200)
    assert Fault.parse("HTML:502") == Fault("html", status=502)
    assert Fault.parse("broken") == Fault("broken")
    assert Fault.parse("slow:0.5") == Fault("slow", seconds=0.5)
    assert [Fault.parse(k).replaces_answer for k in (503, "drop", "html", "broken", "slow:1")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    for bad in ("explode", 200, 600, "html:99", "html:x", "slow:-1", "slow:nan", "slow:", True):
        with pytest.raises(ValueError, match=r"fault|status"):
            Fault.parse(bad)


async def test_fail_next_queues_nothing_when_one_fault_is_unknown(mini_app: Any) -> None:
    faults = engine_of(mini_app()).faults
    with pytest.raises(ValueError, match="unknown fault 'explode'"):
        faults.fail_next(503, "explode")
    assert faults.pending == 0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"error_rate": 1.5}, "error_rate must be a share between 0 and 1"),
        ({"drop_rate": -0.1}, "drop_rate must be a share"),
        ({"error_rate": 0.5, "drop_rate": 0.4, "html_rate": 0.2}, "must not exceed 1"),
        ({"latency_seconds": -1}, "latency_seconds"),
        ({"error_statuses": (200,)}, "not an error status"),
        ({"html_statuses": (700,)}, "not an HTML page's status"),
        ({"error_rate": 0.1, "error_statuses": ()}, "needs at least one status"),
        ({"retry_after_seconds": -1}, "retry_after_seconds"),
    ],
)
def test_fault_options_are_validated(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FaultOptions(**options)


def test_fault_options_describe_themselves() -> None:
    options = FaultOptions(latency_seconds=0.5, error_rate=0.1, drop_rate=0.05, seed=7)
    assert options.describe() == (
        "latency 0.5 s, errors 10% (429, 503, Retry-After 1 s), dropped connections 5%, seed 7"
    )
    assert FaultOptions().describe() == "no faults"


# -- each kind of fault -----------------------------------------------------------------------------


async def test_queued_json_errors_carry_retry_after_where_it_belongs(mini_app: Any) -> None:
    app = mini_app(faults=FaultOptions(retry_after_seconds=3))
    engine_of(app).faults.fail_next(429, 503, 502, 500)
    async with client_for(app) as client:
        answers = [await client.get("/public") for _ in range(5)]
    assert [answer.status_code for answer in answers] == [429, 503, 502, 500, 200]
    assert [answer.headers.get("Retry-After") for answer in answers[:4]] == ["3", "3", None, None]
    assert answers[2].headers["Content-Type"] == "application/json"
    assert answers[2].json() == {"message": "Bad Gateway"}


async def test_queued_html_pages_for_a_success_and_a_502(mini_app: Any) -> None:
    app = mini_app()
    engine_of(app).faults.fail_next("html", "html:502")
    async with client_for(app) as client:
        ok, bad_gateway = [await client.get("/public") for _ in range(2)]
    assert ok.status_code == 200 and bad_gateway.status_code == 502
    for page in (ok, bad_gateway):
        assert page.headers["Content-Type"].startswith("text/html")
        assert page.text.startswith("<!DOCTYPE html>")
        with pytest.raises(ValueError):
            page.json()
    assert "<title>502 Bad Gateway</title>" in bad_gateway.text


async def test_injected_answers_never_change_state(mini_app: Any) -> None:
    app = mini_app()
    engine = engine_of(app)
    async with client_for(app) as client:
        headers = await user_headers(client)
        engine.faults.fail_next(503, "html", "html:502")
        for _ in range(3):
            response = await client.post("/items", json={"name": "x"}, headers=headers)
            assert response.status_code in (200, 502, 503) and '"id"' not in response.text
        assert engine.state.items == {}
        engine.faults.fail_next("drop")
        answer = await raw_call(app, "POST", "/items", headers)
        assert answer.outcome == "drop"
        assert engine.state.items == {} and engine.state.seen == []
        assert (await client.post("/items", json={"name": "x"}, headers=headers)).status_code == 200
    assert list(engine.state.items) == [1]


async def test_a_drop_starts_an_answer_and_stops_mid_body(mini_app: Any) -> None:
    app = mini_app()
    engine_of(app).faults.fail_next("drop")
    answer = await raw_call(app, "GET", "/public")
    assert not answer.complete
    assert answer.status == 200 and answer.headers["content-type"] == "application/json"
    assert 0 < len(answer.body) < int(answer.headers["content-length"])
    assert (await raw_call(app, "GET", "/public")).outcome == "200"


async def test_broken_bodies_queued_and_by_rate(mini_app: Any) -> None:
    app = mini_app()
    engine = engine_of(app)
    async with client_for(app) as client:
        headers = await user_headers(client)
        engine.faults.fail_next("broken")
        broken = await client.post("/items", json={"name": "kept"}, headers=headers)
        assert broken.status_code == 200 and broken.content == b'{"id":1,"na'
        assert int(broken.headers["Content-Length"]) == len(broken.content)
        assert engine.state.items[1]["name"] == "kept"  # the handler ran: only the answer broke

        engine.faults.configure(FaultOptions(broken_body_rate=1.0))
        with pytest.raises(ValueError):
            (await client.get("/items/1", headers=headers)).json()
        missing = await client.get("/items/99", headers=headers)
        assert missing.status_code == 404 and missing.json()["message"]  # errors are never broken by rate


async def test_latency_and_a_queued_slow_answer(mini_app: Any) -> None:
    app = mini_app(faults=FaultOptions(latency_seconds=0.05))
    engine = engine_of(app)
    async with client_for(app) as client:
        started = time.monotonic()
        assert (await client.get("/public")).status_code == 200
        assert time.monotonic() - started >= 0.05
        engine.faults.configure(None)
        engine.faults.fail_next("slow:0.05")
        started = time.monotonic()
        assert (await client.get("/public")).status_code == 200  # slow, then answered normally
        assert time.monotonic() - started >= 0.05 and engine.faults.pending == 0


async def test_faults_come_after_routing_and_authentication(mini_app: Any) -> None:
    app = mini_app()
    faults = engine_of(app).faults
    faults.fail_next(503)
    async with client_for(app) as client:
        assert (await client.get("/nowhere")).status_code == 404
        assert (await client.get("/items")).status_code == 401
        assert faults.pending == 1  # still waiting for a request that reaches an operation
        assert (await client.post("/tokens/bob", headers=admin())).status_code == 503  # token issuance too
        headers = await user_headers(client)  # the queue is empty again: a token
        faults.fail_next(503)
        assert (await client.get("/items", headers=headers)).status_code == 503
        assert (await client.get("/items", headers=headers)).status_code == 200
    faults.fail_next(503, "drop")
    faults.configure(None)
    assert faults.pending == 0  # configure starts over


# -- rates and seeds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (FaultOptions(error_rate=1.0, error_statuses=(502,)), "502"),
        (FaultOptions(drop_rate=1.0), "drop"),
        (FaultOptions(html_rate=1.0, html_statuses=(200,)), "200-html"),
        (FaultOptions(error_rate=0.0, drop_rate=0.0, html_rate=0.0, broken_body_rate=0.0, seed=1), "200"),
    ],
)
async def test_rates_of_zero_and_one_are_deterministic(
    mini_app: Any, options: FaultOptions, expected: str
) -> None:
    app = mini_app(faults=options)
    outcomes = set()
    for _ in range(20):
        answer = await raw_call(app, "GET", "/public")
        html = answer.headers.get("content-type", "").startswith("text/html")
        outcomes.add(answer.outcome + ("-html" if html else ""))
    assert outcomes == {expected}


async def test_seeded_rates_repeat_the_same_sequence(mini_app: Any) -> None:
    options = FaultOptions(
        error_rate=0.2, error_statuses=(429, 502, 503), drop_rate=0.2, html_rate=0.2, seed=42
    )

    async def run(faults: FaultOptions) -> list[str]:
        app = mini_app(faults=faults)
        return [(await raw_call(app, "GET", "/public")).outcome for _ in range(40)]

    first = await run(options)
    assert first == await run(options)
    assert {"200", "drop"} <= set(first) and {"429", "502", "503"} & set(first)
    assert first != await run(FaultOptions(**{**options.__dict__, "seed": 43}))


# -- over real HTTP -----------------------------------------------------------------------------------


def test_a_dropped_connection_over_http_leaves_the_server_serving(mini_app: Any) -> None:
    app = mini_app()
    faults = engine_of(app).faults
    with background_server(app) as base_url, httpx.Client(base_url=base_url, timeout=5) as client:
        assert client.get("/public").status_code == 200  # a kept-alive connection in the pool
        faults.fail_next("drop", "drop", "html:502")
        for _ in range(2):
            with pytest.raises(httpx.RemoteProtocolError, match="peer closed connection"):
                client.get("/public")
        assert client.get("/public").status_code == 502
        assert client.get("/public").status_code == 200
        with httpx.Client(base_url=base_url, timeout=5) as other:
            assert other.get("/public").status_code == 200


# -- vendorkit mock --fault-... ----------------------------------------------------------------------


@functools.cache
def _jumpstory_parser() -> argparse.ArgumentParser:
    return _parser("jumpstory", Project(ROOT))[0]


def _mock_args(*argv: str) -> tuple[argparse.Namespace, argparse.ArgumentParser]:
    parser = _jumpstory_parser()
    return parser.parse_args(list(argv)), parser


def test_mock_fault_flags_build_fault_options() -> None:
    args, parser = _mock_args(
        "--fault-latency",
        "0.2",
        "--fault-error-rate",
        "10%",
        "--fault-error-statuses",
        "500,503",
        "--fault-drop-rate",
        "0.05",
        "--fault-broken-body-rate",
        "0.1",
        "--fault-html-rate",
        "0.05",
        "--fault-retry-after",
        "0",
        "--fault-seed",
        "7",
    )
    assert fault_options(args, parser) == FaultOptions(
        latency_seconds=0.2,
        error_rate=0.1,
        error_statuses=(500, 503),
        drop_rate=0.05,
        broken_body_rate=0.1,
        html_rate=0.05,
        retry_after_seconds=0,
        seed=7,
    )
    assert fault_options(*_mock_args()) is None  # no flag, no fault mode
    assert fault_options(*_mock_args("--fault-seed", "3")) is None


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--fault-error-rate", "1.5"], "--fault-error-rate: .*between 0 and 1.*'1.5'"),
        (["--fault-drop-rate", "lots"], "--fault-drop-rate: .*'lots'"),
        (["--fault-html-rate", "nan"], "--fault-html-rate: .*between 0 and 1"),
        (["--fault-latency", "-1"], "--fault-latency: .*seconds >= 0"),
        (["--fault-seed", "x"], "--fault-seed: expected a whole number"),
        (["--fault-error-statuses", "200"], "--fault-error-statuses: .*400..599"),
        (["--fault-retry-after", "-2"], "--fault-retry-after: .*>= 0"),
        (["--fault-error-rate", "0.6", "--fault-drop-rate", "0.6"], "add up to 1.2"),
    ],
)
def test_mock_fault_flags_refuse_bad_values(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        fault_options(*_mock_args(*argv))
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert re.search(message, err), err
