"""The benchmark's bookkeeping: ratios, goal verdicts, the report files and wrk's scripts and output.

Nothing here runs a benchmark or looks at a clock: `make bench` measures, these tests only check
that what it measures is turned into ratios, verdicts and files correctly.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from benchmarks.common import ratio
from benchmarks.load import lua_script, parse_output
from benchmarks.report import markdown, write
from benchmarks.results import Goal, Section, Table, fmt_ratio
from benchmarks.targets import BenchRequest


def test_ratio_is_value_over_baseline_and_none_without_a_baseline() -> None:
    assert ratio(3.0, 2.0) == 1.5
    assert ratio(None, 2.0) is None
    assert ratio(1.0, None) is None
    assert ratio(1.0, 0.0) is None


@pytest.mark.parametrize(
    ("goal", "met"),
    [
        (Goal.at_most("cold", 0.9, 1.0), True),
        (Goal.at_most("cold", 1.0, 1.0), True),
        (Goal.at_most("cold", 1.25, 1.0), False),
        (Goal.at_least("mock vs prism", 2.5, 2.0), True),
        (Goal.at_least("mock vs prism", 1.8, 2.0), False),
        (Goal.at_least("mock vs prism", None, 2.0), None),
    ],
)
def test_goal_verdicts(goal: Goal, met: bool | None) -> None:
    assert goal.met is met


def test_ratio_format() -> None:
    assert fmt_ratio(1.234) == "1.23\u00d7"
    assert fmt_ratio(None) == "n/a"


def _section() -> Section:
    section = Section("generation", "Generation", "intro text")
    section.tables.append(Table("Runs", ["run", "ratio"], [["cold", fmt_ratio(1.25)]]))
    section.goals = [Goal.at_most("cold vs plain", 1.25, 1.0), Goal.at_least("unmeasured", None, 2.0)]
    section.data = {"nan": math.nan, "nested": [math.inf, 1.0]}
    return section


def test_markdown_lists_goals_with_verdicts_and_the_changes_first() -> None:
    text = markdown([_section()], ["parallel vendors: cold 1.5\u00d7 faster"])
    assert "| cold vs plain | ≤ 1\u00d7 | 1.25\u00d7 | **not met** |" in text
    assert "| unmeasured | ≥ 2\u00d7 | n/a | not measured |" in text
    assert text.index("parallel vendors") < text.index("## Generation")
    assert "| cold | 1.25\u00d7 |" in text


def test_json_report_has_no_nan(tmp_path: Path) -> None:
    md_path, json_path = write([_section()], [], tmp_path)
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert document["sections"]["generation"]["data"] == {"nan": None, "nested": [None, 1.0]}
    assert document["goals"][0]["met"] is False
    assert md_path.read_text(encoding="utf-8").startswith("# vendorkit benchmarks")


def test_wrk_script_carries_any_body_verbatim() -> None:
    request = BenchRequest(
        operation_id="createThing",
        method="POST",
        path="/things",
        headers={"Authorization": "Bearer a]]b"},
        query={},
        body={"name": "x]]y]=]z"},
        status=201,
        response_headers={},
        response_body=b"{}",
    )
    script = lua_script(request)
    assert "wrk.method = [[POST]]" in script
    assert "wrk.headers[ [[Authorization]] ] = [=[Bearer a]]b]=]" in script
    assert 'wrk.body = [==[{"name": "x]]y]=]z"}]==]' in script


def test_wrk_output_is_read_from_the_json_line() -> None:
    output = (
        "Running 5s test @ http://127.0.0.1:1/\n"
        'BENCH-JSON {"requests": 5000, "duration_us": 5000000, "p50_us": 1500.0, "p99_us": 4000.0,'
        ' "non_2xx": 10, "socket_errors": 0}\n'
    )
    result = parse_output(output)
    assert result.rps == 1000.0
    assert (result.p50_ms, result.p99_ms) == (1.5, 4.0)
    assert result.failure_share == 10 / 5000
    with pytest.raises(RuntimeError, match="no result"):
        parse_output("wrk: connection refused")


def test_mock_figures_are_the_median_round_and_ratios_are_taken_within_rounds() -> None:
    from benchmarks.load import LoadResult
    from benchmarks.mocks import MockFigures, RequestFigures, VendorFigures, round_ratios, section

    def run(requests: int) -> LoadResult:
        return LoadResult(requests, 1.0, 1.0, 2.0, 0, 0)

    row = RequestFigures("acme", "GET", "GET /things (listThings)")
    row.rounds = {"mock": [run(900), run(300), run(1000)], "prism": [run(300), run(100), run(500)]}
    row.missing = {"floor": "no floor in this test"}
    assert row.rps("mock") == 900  # the median round, not the mean (733) nor the best
    assert row.spread("mock") == (300, 1000)
    assert round_ratios(row, "mock", "prism") == [3.0, 3.0, 2.0]  # a slow round slows both servers
    rendered = section(MockFigures(1.0, 3, [VendorFigures("acme", [row])]))
    floor_goal, prism_goal = rendered.goals  # per request: 0.6x the floor and 6x Prism (issue 18)
    assert floor_goal.measured is None and floor_goal.met is None  # no floor figure: not measured
    assert prism_goal.measured == 3.0 and prism_goal.met is False  # 900 / 300, short of 6x
    ratios = rendered.tables[1].rows[0]
    assert ratios[3] == fmt_ratio(3.0) and ratios[4] == f"{fmt_ratio(2.0)} to {fmt_ratio(3.0)}"
