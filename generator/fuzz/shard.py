"""`vendorkit fuzz VENDOR --shard K/N`: one of N deterministic parts of a fuzz campaign, and JUnit
reports that merge.

CI matrix jobs share a long campaign without a scheduler of ours. The campaign's units are the
operations (their example, coverage and fuzzing phases) and the stateful phase (one unit: it chains
operations through the spec's links, so it needs them all). Job K of N runs the units
`shard_units` deals it, the same on every machine and run: the operationIds sorted, the stateful
unit last, dealt out in turn, so the parts differ in size by at most one and together hold every
unit exactly once. A job holding the stateful unit runs schemathesis a second time for it.
Each job writes schemathesis' JUnit report (`--junit-xml`) with its suite named after the vendor and
shard; `merge_junit` (`vendorkit junit-merge OUT IN...`) joins the jobs' reports into one document
with every suite and the totals summed, which CI report viewers read as one run.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from generator.errors import InputError
from generator.fuzz.schema import PHASES
from generator.model import Api

_SHARD = re.compile(r"([1-9][0-9]*)/([1-9][0-9]*)")
_TOTALS = ("tests", "failures", "errors", "skipped")


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based, as written on the command line
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def parse_shard(text: str) -> Shard:
    """`K/N` with 1 <= K <= N; anything else is an `InputError` naming `--shard`."""
    match = _SHARD.fullmatch(text.strip())
    if match is None or not int(match[1]) <= int(match[2]):
        raise InputError(None, "--shard", f"expected K/N with 1 <= K <= N (e.g. 2/4), got {text!r}")
    return Shard(int(match[1]), int(match[2]))


STATEFUL: Final = "(stateful phase)"
PER_OPERATION_PHASES: Final = tuple(phase for phase in PHASES if phase != "stateful")


@dataclass(frozen=True)
class Run:
    """One schemathesis run of a job: these phases, over these operations (None: all of them)."""

    label: str
    phases: tuple[str, ...]
    operation_ids: tuple[str, ...] | None


def shard_units(api: Api, shard: Shard) -> list[str]:
    """The units of shard K of N: of the sorted operationIds and then `STATEFUL`, every N-th unit
    starting at the K-th."""
    units = [*sorted(operation.operation_id for operation in api.operations), STATEFUL]
    return units[shard.index - 1 :: shard.count]


def shard_runs(api: Api, shard: Shard | None) -> list[Run]:
    """The schemathesis runs of a job: everything at once without a shard, else its operations'
    per-operation phases and, when it holds that unit, the stateful phase over every operation."""
    if shard is None:
        return [Run("", PHASES, None)]
    units = shard_units(api, shard)
    operations = tuple(unit for unit in units if unit != STATEFUL)
    runs = [Run("operations", PER_OPERATION_PHASES, operations)] if operations else []
    if STATEFUL in units:
        runs.append(Run("stateful", ("stateful",), None))
    return runs


def describe_runs(runs: Sequence[Run], total: int) -> str:
    parts = []
    for run in runs:
        if run.operation_ids is None:
            parts.append("the stateful phase over every operation")
        else:
            parts.append(f"{len(run.operation_ids)} of {total} operations ({', '.join(run.operation_ids)})")
    return "; ".join(parts) or "nothing (more shards than units)"


def include_arguments(operation_ids: Sequence[str]) -> list[str]:
    """schemathesis' filter for exactly these operations (one anchored alternation)."""
    return [
        "--include-operation-id-regex",
        "^(?:" + "|".join(re.escape(name) for name in operation_ids) + ")$",
    ]


def name_suites(path: Path, vendor: str, shard: Shard | None, label: str = "") -> None:
    """Name the report's suites `vendorkit fuzz <vendor> [shard K/N] [label]`, so merged reports
    tell the jobs apart."""
    tree = ElementTree.parse(path)
    root = tree.getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    for suite in suites:
        suite.set(
            "name",
            f"vendorkit fuzz {vendor}"
            + (f" shard {shard}" if shard else "")
            + (f" {label}" if label else ""),
        )
    tree.write(path, encoding="utf-8", xml_declaration=True)


def write_junit(root: ElementTree.Element, path: Path) -> None:
    ElementTree.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def merge_junit(paths: Sequence[Path]) -> ElementTree.Element:
    """One `<testsuites>` holding every suite of the given JUnit reports, totals summed."""
    merged = ElementTree.Element("testsuites")
    totals = dict.fromkeys(_TOTALS, 0)
    time = 0.0
    for path in paths:
        try:
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError) as exc:
            raise InputError(str(path), None, f"not a readable JUnit XML report: {exc}") from None
        suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
        if root.tag not in ("testsuite", "testsuites"):
            raise InputError(str(path), None, f"expected <testsuites> or <testsuite>, found <{root.tag}>")
        for suite in suites:
            merged.append(suite)
            for key in _TOTALS:
                totals[key] += int(suite.get(key, "0") or 0)
            time += float(suite.get("time", "0") or 0)
    for key, value in totals.items():
        merged.set(key, str(value))
    merged.set("time", f"{time:.3f}")
    return merged
