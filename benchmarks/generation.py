"""Generation: the whole pipeline cold, a no-op rerun and one vendor changed, against plain openapi-python-client.

Everything runs on a snapshot of `specs/` and `overlays/` in `.bench/generation/` (so concurrent edits
of the working tree neither disturb the run nor get overwritten), through the real command line
(`vendorkit --root SNAPSHOT generate`), one process per run as CI runs it. The baseline is the sum of
plain `openapi-python-client generate` runs on the same merged specs, with the venv's ruff on PATH
so its default post-hooks (ruff fix + format) run as our pipeline's formatting does.

Two extra figures point at what to speed up and what was gained: the cold run with one vendor at a
time (`VENDORKIT_JOBS=1`, the pipeline before it rendered vendors in parallel), and the stages of
one vendor timed in this process (merge, client, mock models, formatting, input hash) to show where
a cold run spends its time.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import BIN, ROOT, WORK_DIR, median, ratio, say, venv_env
from benchmarks.results import Goal, Section, Table, fmt_ratio, fmt_seconds

SNAPSHOT_PARTS = ("specs", "overlays", "pyproject.toml")


@dataclass
class Run:
    seconds: float
    returncode: int
    output: str


@dataclass
class GenerationFigures:
    vendors: list[str]
    failed: dict[str, str] = field(default_factory=dict)
    cold: list[float] = field(default_factory=list)
    noop: list[float] = field(default_factory=list)
    noop_in_process: list[float] = field(default_factory=list)
    one_changed: list[float] = field(default_factory=list)
    sequential: list[float] = field(default_factory=list)
    opc: dict[str, list[float]] = field(default_factory=dict)
    opc_failed: dict[str, str] = field(default_factory=dict)
    stages: dict[str, dict[str, float]] = field(default_factory=dict)


def snapshot(target: Path) -> Path:
    """A fresh copy of the pipeline's inputs under `target` (a project root with an empty generated/)."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for part in SNAPSHOT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        elif source.is_file():
            shutil.copyfile(source, target / part)
    return target


def vendorkit(root: Path, *args: str, env: Mapping[str, str] | None = None) -> Run:
    """`vendorkit --root ROOT generate ARGS...` in a process of its own, timed."""
    return _timed([str(BIN / "vendorkit"), "--root", str(root), "generate", *args], cwd=root, env=env)


def _timed(command: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> Run:
    started = time.perf_counter()
    result = subprocess.run(
        list(command), cwd=cwd, env=venv_env(env), capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    return Run(seconds, result.returncode, (result.stdout + result.stderr).strip())


def usable_vendors(root: Path, names: list[str], figures: GenerationFigures) -> list[str]:
    """The vendors that generate at all (a vendor someone is still writing may not); failures noted."""
    from generator.vendors import Project

    if not names:
        names = Project(root).vendor_names()
    good = []
    for name in names:
        run = vendorkit(root, name, "--force")
        if run.returncode == 0:
            good.append(name)
        else:
            figures.failed[name] = run.output.splitlines()[-1] if run.output else f"exit {run.returncode}"
    return good


def cold(root: Path, vendors: list[str]) -> Run:
    shutil.rmtree(root / "generated", ignore_errors=True)
    return vendorkit(root, *vendors, "--force")


def sequential_cold(root: Path, vendors: list[str]) -> Run:
    """Cold, one vendor after another in one process (`VENDORKIT_JOBS=1`): the pipeline before it
    rendered vendors in parallel, measured so the report can state what that change gained."""
    shutil.rmtree(root / "generated", ignore_errors=True)
    return vendorkit(root, *vendors, "--force", env={"VENDORKIT_JOBS": "1"})


def plain_opc(root: Path, vendor: str, output: Path) -> Run:
    """Plain `openapi-python-client generate` on the vendor's merged spec (default config and hooks)."""
    shutil.rmtree(output, ignore_errors=True)
    spec = root / "generated" / vendor / "openapi.yaml"
    command = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(output),
    ]
    return _timed([*command, "--overwrite"], cwd=output.parent)


def change_spec(root: Path, vendor: str, counter: int) -> None:
    """Change one vendor's input without changing its meaning (a YAML comment): a new input hash."""
    spec = root / "specs" / f"{vendor}.yaml"
    text = spec.read_text(encoding="utf-8").split("\n# bench change", 1)[0]
    spec.write_text(f"{text}\n# bench change {counter}\n", encoding="utf-8")


def stage_times(root: Path, vendor_name: str) -> dict[str, float]:
    """Seconds per pipeline stage of one vendor, in this process (imports already paid), the stages
    `generator.pipeline.render_vendor` runs, in its order."""
    from generator.clientgen import format_python, generate_client
    from generator.merge import build_api
    from generator.modelgen import generate_mock_models
    from generator.pipeline import input_hash
    from generator.specio import dump_yaml
    from generator.vendors import Project

    project = Project(root)
    vendor = project.vendor(vendor_name)
    times: dict[str, float] = {}

    def timed(stage: str, action: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        value = action()
        times[stage] = time.perf_counter() - started
        return value

    with tempfile.TemporaryDirectory(prefix="bench-stages-", dir=WORK_DIR) as scratch:
        target = Path(scratch) / vendor_name
        target.mkdir()
        timed("input hash", lambda: input_hash(vendor))
        merged, api = timed("merge + validate + model", lambda: build_api(vendor, root))
        spec_path = target / "openapi.yaml"
        timed("write merged spec", lambda: spec_path.write_text(dump_yaml(merged), encoding="utf-8"))
        timed("client (openapi-python-client)", lambda: generate_client(vendor, api, target, spec_path))
        timed(
            "mock models (datamodel-code-generator)",
            lambda: generate_mock_models(merged, api.label, target / "m.py"),
        )
        timed("ruff fix + format", lambda: format_python(target))
    return times


def noop_in_process(root: Path, vendors: list[str]) -> float:
    """`generate(project)` with unchanged inputs, in this (warm) process: the no-op without imports."""
    from generator.pipeline import generate
    from generator.vendors import Project

    started = time.perf_counter()
    outcomes = generate(Project(root), vendors)
    seconds = time.perf_counter() - started
    assert all(outcome.action == "unchanged" for outcome in outcomes), outcomes
    return seconds


def measure(only: Sequence[str] = (), repeats: int = 3) -> GenerationFigures:
    root = snapshot(WORK_DIR / "generation" / "project")
    figures = GenerationFigures(vendors=[])
    say("generation: which vendors generate")
    figures.vendors = vendors = usable_vendors(root, list(only), figures)
    if not vendors:
        return figures
    opc_dir = WORK_DIR / "generation" / "opc"
    opc_dir.mkdir(parents=True, exist_ok=True)
    for index in range(repeats):
        say(f"generation: cold / plain openapi-python-client, round {index + 1} of {repeats}")
        run = cold(root, vendors)
        if run.returncode != 0:
            raise RuntimeError(f"cold generation failed: {run.output[-500:]}")
        figures.cold.append(run.seconds)
        for vendor in vendors:
            opc = plain_opc(root, vendor, opc_dir / vendor)
            figures.opc.setdefault(vendor, []).append(opc.seconds)
            if opc.returncode != 0:
                figures.opc_failed[vendor] = opc.output.splitlines()[-1] if opc.output else "failed"
    say("generation: no-op reruns and one vendor changed")
    for _ in range(repeats + 2):
        figures.noop.append(vendorkit(root, *vendors).seconds)
        figures.noop_in_process.append(noop_in_process(root, vendors))
    for index in range(repeats):
        change_spec(root, vendors[0], index)
        run = vendorkit(root, *vendors)
        if f"{vendors[0]}: generated" not in run.output:
            raise RuntimeError(f"changing {vendors[0]} did not regenerate it: {run.output[-300:]}")
        figures.one_changed.append(run.seconds)
    change_spec(root, vendors[0], -1)
    if len(vendors) > 1:
        say("generation: cold, one vendor at a time (VENDORKIT_JOBS=1)")
        for _ in range(repeats):
            run = sequential_cold(root, vendors)
            if run.returncode != 0:
                raise RuntimeError(f"sequential generation failed: {run.output[-500:]}")
            figures.sequential.append(run.seconds)
    say("generation: stages per vendor")
    for vendor in vendors:
        figures.stages[vendor] = stage_times(root, vendor)
    return figures


def section(figures: GenerationFigures) -> Section:
    result = Section(
        "generation",
        "Generation",
        "Wall time of `vendorkit generate` (one process, as CI runs it) on a snapshot of specs/ and "
        "overlays/; medians of the rounds. Baseline: the sum of plain `openapi-python-client generate` "
        "runs (default config, ruff post-hooks) on the same merged specs.",
    )
    result.notes.extend(
        f"`{v}` does not generate and is left out: {why}" for v, why in figures.failed.items()
    )
    result.notes.extend(
        f"plain openapi-python-client exited non-zero on `{v}` (timed anyway): {why}"
        for v, why in figures.opc_failed.items()
    )
    if not figures.vendors:
        result.notes.append("no vendor generates; nothing measured")
        return result
    cold_s = median(figures.cold)
    opc_per_vendor = {vendor: median(times) for vendor, times in figures.opc.items()}
    opc_sum = sum(opc_per_vendor.values())
    noop_s, noop_warm = median(figures.noop), median(figures.noop_in_process)
    changed_s = median(figures.one_changed)
    sequential_s = median(figures.sequential) if figures.sequential else None
    table = Table("Pipeline runs", ["run", "time", "ratio", "against"])
    table.rows = [
        [
            "plain openapi-python-client, summed over vendors",
            fmt_seconds(opc_sum),
            fmt_ratio(1.0),
            "(baseline)",
        ],
        [
            f"cold, all {len(figures.vendors)} vendors",
            fmt_seconds(cold_s),
            fmt_ratio(ratio(cold_s, opc_sum)),
            "plain opc summed",
        ],
        ["no-op rerun (inputs unchanged)", fmt_seconds(noop_s), fmt_ratio(ratio(noop_s, cold_s)), "cold"],
        [
            "no-op, in a warm process (imports paid)",
            fmt_seconds(noop_warm),
            fmt_ratio(ratio(noop_warm, cold_s)),
            "cold",
        ],
        [
            f"one vendor changed (`{figures.vendors[0]}`)",
            fmt_seconds(changed_s),
            fmt_ratio(ratio(changed_s, cold_s)),
            "cold",
        ],
    ]
    if sequential_s is not None:
        table.rows.append(
            [
                "cold, one vendor at a time (`VENDORKIT_JOBS=1`)",
                fmt_seconds(sequential_s),
                fmt_ratio(ratio(sequential_s, opc_sum)),
                "plain opc summed",
            ]
        )
    if sequential_s is not None:
        result.notes.append(
            f"Vendors rendered in parallel workers (the default) vs one at a time: cold {fmt_seconds(cold_s)} "
            f"vs {fmt_seconds(sequential_s)}, {fmt_ratio(ratio(cold_s, sequential_s))} of the time, in this run. "
            "On 2 CPUs the gain shrinks to nothing when something else keeps the CPUs busy."
        )
    per_vendor = Table("Plain openapi-python-client per vendor", ["vendor", "time"])
    per_vendor.rows = [[v, fmt_seconds(s)] for v, s in opc_per_vendor.items()]
    stages = Table(
        "Stages of a cold run, per vendor (in a warm process)",
        ["vendor", *next(iter(figures.stages.values()))],
    )
    stages.rows = [[v, *(fmt_seconds(s) for s in times.values())] for v, times in figures.stages.items()]
    result.tables = [table, per_vendor, stages]
    result.goals = [
        Goal.at_most("cold pipeline vs plain openapi-python-client runs summed", ratio(cold_s, opc_sum), 1.0),
        Goal.at_most("no-op rerun vs cold", ratio(noop_s, cold_s), 0.02),
    ]
    result.data = {
        "vendors": figures.vendors,
        "failed": figures.failed,
        "seconds": {
            "cold": figures.cold,
            "plain_opc": figures.opc,
            "plain_opc_sum_median": opc_sum,
            "noop": figures.noop,
            "noop_in_process": figures.noop_in_process,
            "one_changed": figures.one_changed,
            "cold_one_vendor_at_a_time": figures.sequential,
        },
        "stages_seconds": figures.stages,
        "ratios": {
            "cold_vs_plain_opc_sum": ratio(cold_s, opc_sum),
            "noop_vs_cold": ratio(noop_s, cold_s),
            "noop_in_process_vs_cold": ratio(noop_warm, cold_s),
            "one_changed_vs_cold": ratio(changed_s, cold_s),
            "one_vendor_at_a_time_vs_plain_opc_sum": ratio(sequential_s, opc_sum),
            "cold_vs_one_vendor_at_a_time": ratio(cold_s, sequential_s),
        },
    }
    return result
