"""The growth benchmark measures what its report says: successful calls on a store of the size named.

No time is asserted: these run the scenarios on small stores and check that every timed call was
answered 2xx, that the filtered search keeps the same answer whatever the size, that a read answers
one record, and that the memory figure counts the clones it made.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import growth
from benchmarks.__main__ import read_changes


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(growth, "SIZES", (15, 40))
    monkeypatch.setattr(growth, "MEMORY_COUNT", 50)
    monkeypatch.setattr(growth, "MIN_CALLS", 1)
    monkeypatch.setattr(growth, "MIN_SECONDS", 0.0)


@pytest.mark.parametrize("scenario", growth.SCENARIOS, ids=lambda s: f"{s.vendor}-{s.resource}")
def test_every_scenario_answers_2xx_and_the_filter_keeps_the_same_records(
    small: None, scenario: growth.Scenario
) -> None:
    figures = growth.measure_scenario(scenario)
    assert figures.error is None
    by_kind = {row.kind: row for row in figures.calls}
    assert set(by_kind) == {"list", "filtered search", "read"}
    for row in figures.calls:
        assert set(row.status) == {15, 40}
        assert all(200 <= status < 300 for status in row.status.values()), (row.label, row.status)
    filtered = by_kind["filtered search"].answer_bytes
    assert filtered[15] == filtered[40]  # MATCHES records at both sizes
    read = by_kind["read"].answer_bytes
    assert read[15] == read[40] and read[15] > 0
    assert figures.bytes_per_10k is not None and figures.bytes_per_10k > 50 * 100


def test_an_unpaged_list_answers_every_stored_record(small: None) -> None:
    (jilster,) = [s for s in growth.SCENARIOS if s.vendor == "jilster"]
    listed = {row.kind: row for row in growth.measure_scenario(jilster).calls}["list"].answer_bytes
    assert listed[40] > listed[15] * 2


def test_the_report_lists_each_areas_changes_in_order(tmp_path: Path) -> None:
    (tmp_path / "mocks.md").write_text("- mock change\nnot a bullet\n", encoding="utf-8")
    (tmp_path / "generation.md").write_text("- generation change\n", encoding="utf-8")
    assert read_changes(tmp_path) == ["generation change", "mock change"]


def test_the_suite_figure_is_read_from_pytests_closing_line() -> None:
    from benchmarks.suite import read_summary

    log = "collected 5 items\n===== 3 passed, 2 warnings in 1.00s =====\n...\n===== 1992 passed in 303.12s (0:05:03) =====\n"
    assert read_summary(log) == ("1992 passed", 303.12)
    assert read_summary("All checks passed!\n...\n2149 passed in 191.56s (0:03:11)\n") == (
        "2149 passed",
        191.56,
    )
    assert read_summary("make: *** [test] Error 2\n") == (None, None)


def test_resident_memory_counts_a_process_and_its_children() -> None:
    import os
    import subprocess
    import sys

    from benchmarks.startup import resident_bytes

    own = resident_bytes(os.getpid())
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"  # its interpreter runs
        with_child = resident_bytes(os.getpid())
    finally:
        child.communicate(b"")
    assert own > 1024 * 1024
    assert with_child > own + 1024 * 1024  # the child's interpreter is counted too
