"""The instruction counter of the benchmark counts the regions a program marks, and only those.

Counts are compared with each other, never with a fixed figure: a region doing the same work ten
times more counts about ten times as many instructions, two runs of one program count the same,
and what runs outside a region (here a loop far larger than the regions) is not counted.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks import instructions
from benchmarks.clients import COUNTED_MODES, MODES, CallFigures, ClientFigures, instruction_ratio, section

PROGRAM = """
import operator

def work(n):
    total = 0
    for i in range(n):
        total += len(str(i * 7))
    return total

work(200_000)  # outside every region: not counted
operator.call(work, 1_000)
operator.call(work, 10_000)
"""


def test_each_region_is_counted_alone_and_the_counts_repeat(tmp_path: Path) -> None:
    program = tmp_path / "regions.py"
    program.write_text(PROGRAM)
    small, large = instructions.count_regions([sys.executable, str(program)])
    assert 0 < small < large
    # ten times the work, about ten times the count: had the 200,000 iterations run before the
    # first region been counted, the first region would count far more than the second
    assert 8 < large / small < 12
    assert instructions.count_regions([sys.executable, str(program)]) == [small, large]


def test_a_failing_program_is_reported_with_its_error(tmp_path: Path) -> None:
    program = tmp_path / "broken.py"
    program.write_text("import operator\noperator.call(int, 'x')\n")
    with pytest.raises(
        instructions.CountFailed, match=r"broken\.py failed under callgrind \(exit 1\).*ValueError"
    ):
        instructions.count_regions([sys.executable, str(program)])


def test_dumps_are_read_in_the_order_they_were_written_and_the_tail_is_left_out(tmp_path: Path) -> None:
    for part, total in ((2, 500), (1, 70), (10, 9)):
        (tmp_path / f"callgrind.out.{part}").write_text(
            f"version: 1\npart: {part}\nsummary: {total}\ntotals: {total * 3}\n"
        )
    (tmp_path / "callgrind.out").write_text("version: 1\npart: 11\ntotals: 0\n")
    assert instructions.read_dumps(tmp_path) == [70, 500, 9]


def test_the_goal_ratio_is_facade_over_raw_instructions_of_the_same_mode() -> None:
    row = CallFigures("v", "GET", "GET /x")
    assert instruction_ratio(row, MODES[0]) is None  # not counted
    row.instructions = {
        "facade sync": 1_050.0,
        "raw sync": 1_000.0,
        "facade async": 900.0,
        "raw async": 1_000.0,
    }
    assert instruction_ratio(row, MODES[0]) == pytest.approx(1.05)
    assert instruction_ratio(row, MODES[1]) == pytest.approx(0.9)
    assert set(COUNTED_MODES) == {mode for mode in MODES if "MockTransport" in mode}
    assert instruction_ratio(row, MODES[2]) is None  # loopback: CPU time only


def _figures(counted: bool) -> ClientFigures:
    row = CallFigures("v", "GET", "GET /x")
    for mode in MODES:
        row.facade[mode], row.raw[mode] = 2.0, 1.0  # CPU: 2x
        row.wall_facade[mode], row.wall_raw[mode] = 2.0, 1.0
    figures = ClientFigures(calls=[row], imports={"v": 3.0}, import_baseline=1.0, counted=counted)
    if counted:
        row.instructions = {"facade sync": 1.0, "raw sync": 1.0, "facade async": 1.0, "raw async": 1.0}
        figures.import_instructions = {"httpx": 100, "v_client": 110}
    return figures


@pytest.mark.parametrize(
    ("counted", "measure", "imported", "met", "said"),
    [
        (True, "instructions/call", "import instructions", True, "judged on the instruction counts"),
        (
            False,
            "CPU/call",
            "import time",
            False,
            "valgrind is not installed, so the goals are judged on CPU time",
        ),
    ],
)
def test_goals_are_judged_on_instructions_when_counted_and_on_cpu_time_without_valgrind(
    counted: bool, measure: str, imported: str, met: bool, said: str
) -> None:
    result = section(_figures(counted=counted))
    assert {goal.name: goal.met for goal in result.goals} == {
        f"v facade GET {measure} vs raw httpx (sync, MockTransport)": met,
        f"v facade GET {measure} vs raw httpx (async, MockTransport)": met,
        f"v_client {imported} vs `import httpx`": met,
    }
    assert said in result.intro
