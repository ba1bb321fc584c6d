"""The mock section's work per request: a server's instructions over one load, divided by its requests.

The floor server runs under callgrind here, loaded by httpx (wrk, which the benchmark loads with, is
installed by `make bench`, not on CI). Counts are compared with each other, never with a fixed
figure: the start-up, the warm-up and what runs between loads are not counted (else the first, short
load would count far more per request), a load of four times the requests counts about the same per request,
and the same load counts about the same twice (uvicorn's 0.1 s tick aside).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from benchmarks.common import HOST, free_port
from benchmarks.instructions import CountFailed
from benchmarks.mocks import MockFigures, RequestFigures, VendorFigures, section, work_ratio
from benchmarks.results import fmt_ratio
from benchmarks.servercount import counted_server


def test_a_servers_instructions_are_counted_per_request_over_each_load_alone(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://{HOST}:{port}/things"

    def load(requests: int) -> Callable[[], int]:
        def run() -> int:
            with httpx.Client(timeout=30) as client:
                for _ in range(requests):
                    client.post(url, content=b'{"name": "x"}').raise_for_status()
            return requests

        return run

    with counted_server(["floor"], port, tmp_path / "floor.log") as server:
        load(5)()  # the first requests import and set up what later ones reuse, as the benchmark's warm-up
        short = server.per_request(load(10))
        load(30)()  # between loads: not counted
        long = server.per_request(load(40))
        again = server.per_request(load(40))
        with pytest.raises(CountFailed, match="no request"):
            server.per_request(lambda: 0)
    assert long > 10_000  # HTTP parsing, the event loop and the app: far more than a few instructions
    # uvicorn's main loop wakes every 0.1 s whatever the load, so a load that took longer (the other
    # test worker busy) counts a few more instructions: 5% apart was seen once
    assert abs(again - long) / long < 0.1
    # a new connection per load is shared by its requests; the server's start-up would be millions
    assert 0.8 < short / long < 1.3


def test_the_work_per_request_has_a_table_and_a_goal_of_its_own() -> None:
    row = RequestFigures("acme", "POST", "POST /things (createThing)")
    row.instructions = {"mock": 400_000.0, "floor": 200_000.0}
    other = RequestFigures("acme", "GET", "GET /things (listThings)")
    other.instructions = {"mock": 300_000.0}
    other.missing["floor instructions"] = "floor did not start"
    assert work_ratio(row) == 0.5 and work_ratio(other) is None
    rendered = section(MockFigures(1.0, 3, [VendorFigures("acme", [row, other])], counted=True))
    work = rendered.tables[2]
    assert work.rows[0] == ["acme", "POST", "400k", "200k", fmt_ratio(0.5)]
    assert work.rows[1][3] == "not measured: floor did not start"
    goals = {goal.name: goal for goal in rendered.goals}
    counted = goals["acme mock POST work per request vs floor (instructions)"]
    assert counted.measured == 0.5 and counted.met is False  # 0.6x of the floor is the goal
    assert goals["acme mock GET work per request vs floor (instructions)"].met is None
    uncounted = section(MockFigures(1.0, 3, [VendorFigures("acme", [row])], counted=False))
    assert len(uncounted.tables) == 2 and not any("instructions" in goal.name for goal in uncounted.goals)
