"""`vendorkit fuzz VENDOR --shard K/N` and `vendorkit junit-merge` (issue 17): the parts are
deterministic, disjoint and whole; the jobs' JUnit reports merge into one run."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import InputError
from generator.fuzz.shard import STATEFUL, Shard, merge_junit, parse_shard, shard_runs, shard_units
from tests.conftest import GENERATED, ROOT, generated_vendors
from tests.support.fuzzing.target import load_api

pytestmark = pytest.mark.fuzz


@pytest.mark.parametrize("vendor", generated_vendors())
def test_shards_deal_every_unit_once_in_parts_of_even_size(vendor: str) -> None:
    api = load_api(GENERATED, vendor)
    units = {operation.operation_id for operation in api.operations} | {STATEFUL}
    for count in (1, 2, 3, 5, len(units) + 2):
        parts = [shard_units(api, Shard(index, count)) for index in range(1, count + 1)]
        assert sorted(unit for part in parts for unit in part) == sorted(units)
        assert max(map(len, parts)) - min(map(len, parts)) <= 1
        assert parts == [shard_units(api, Shard(index, count)) for index in range(1, count + 1)]
    holder = next(index for index in range(1, 4) if STATEFUL in shard_units(api, Shard(index, 3)))
    assert [run.phases for run in shard_runs(api, Shard(holder, 3))][-1] == ("stateful",)
    assert shard_runs(api, None)[0].operation_ids is None


@pytest.mark.parametrize("text", ["0/3", "4/3", "1", "a/b", "1/0", "-1/2"])
def test_a_bad_shard_names_the_flag(text: str) -> None:
    with pytest.raises(InputError, match=r"--shard: expected K/N with 1 <= K <= N"):
        parse_shard(text)


def test_three_shard_jobs_fuzz_the_whole_api_and_their_reports_merge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api = load_api(GENERATED, "storyly")
    reports = []
    for index in (1, 2, 3):
        report = tmp_path / f"shard-{index}.xml"
        argv = ["--root", str(ROOT), "fuzz", "storyly", "--shard", f"{index}/3", "--max-examples", "1"]
        assert main([*argv, "--seed", "1", "--junit-xml", str(report)]) == 0, capsys.readouterr().out
        reports.append(report)
    merged = tmp_path / "merged.xml"
    assert main(["junit-merge", str(merged), *map(str, reports)]) == 0
    root = ElementTree.parse(merged).getroot()
    cases = [case.get("name") for case in root.iter("testcase")]
    expected = {f"{operation.method} {operation.path}" for operation in api.operations} | {"Stateful tests"}
    assert sorted(cases) == sorted(expected)
    assert root.get("tests") == str(len(expected)) and root.get("failures") == "0"
    names = [suite.get("name") for suite in root.iter("testsuite")]
    assert {name.rsplit(" ", 1)[0] for name in names} == {
        f"vendorkit fuzz storyly shard {k}/3" for k in (1, 2, 3)
    }


def test_merging_a_file_that_is_no_junit_report_names_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<html/>")
    with pytest.raises(InputError, match=r"bad.xml: expected <testsuites> or <testsuite>, found <html>"):
        merge_junit([bad])
