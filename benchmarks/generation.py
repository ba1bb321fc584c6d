"""Generation: the whole pipeline cold, a no-op rerun and one vendor changed, against plain openapi-python-client.

Everything runs on a snapshot of `specs/`, `overlays/`, `releases/` and `LICENSE` in `.bench/generation/` (so concurrent edits
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

import resource
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

# Everything the pipeline reads: the specs and overlays, the LICENSE every client ships and the
# release records its version and CHANGELOG follow from.
SNAPSHOT_PARTS = ("specs", "overlays", "pyproject.toml", "LICENSE", "releases")


@dataclass
class Run:
    seconds: float
    returncode: int
    output: str
    cpu: float = 0.0  # user + system seconds of the process and every descendant it waited for


@dataclass
class GenerationFigures:
    vendors: list[str]
    failed: dict[str, str] = field(default_factory=dict)
    cold: list[float] = field(default_factory=list)
    noop: list[float] = field(default_factory=list)
    noop_in_process: list[float] = field(default_factory=list)
    one_changed: list[float] = field(default_factory=list)
    one_changed_per_vendor: dict[str, list[float]] = field(default_factory=dict)
    sequential: list[float] = field(default_factory=list)
    opc: dict[str, list[float]] = field(default_factory=dict)
    opc_failed: dict[str, str] = field(default_factory=dict)
    stages: dict[str, dict[str, float]] = field(default_factory=dict)
    # CPU seconds (user + system, the whole process tree) of the same runs, and the plain
    # openapi-python-client run timed right after each one-vendor run (paired: same machine load).
    cold_cpu: list[float] = field(default_factory=list)
    sequential_cpu: list[float] = field(default_factory=list)
    opc_cpu: dict[str, list[float]] = field(default_factory=dict)
    one_changed_cpu: dict[str, list[float]] = field(default_factory=dict)
    one_changed_opc: dict[str, list[float]] = field(default_factory=dict)
    sizes: dict[str, dict[str, int]] = field(default_factory=dict)


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
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        list(command), cwd=cwd, env=venv_env(env), capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(seconds, result.returncode, (result.stdout + result.stderr).strip(), cpu)


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
    """Seconds per pipeline stage of one vendor, one after another in this process (imports already
    paid): the work `generator.pipeline.render_vendor` does, in its order. (In a run, validation and
    spec + mock models go to two forked processes while the client renders: see the notes.)"""
    from generator import merge
    from generator.model import load_api
    from generator.pipeline import (
        _version_package,
        _write_client,
        _write_merged_spec,
        _write_mock_models,
        format_python,
        input_hash,
    )
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

        def read_and_merge() -> tuple[dict[str, Any], dict[str, Any]]:
            document = merge.load_spec(vendor, root)
            return document, merge.merge_overlays(document, vendor)

        document, merged = timed("read + overlays", read_and_merge)

        def validate() -> None:
            merge.check_spec(document, vendor, root)
            merge.check_merged(merged, vendor, root)

        timed("validate (spec, merged)", validate)

        def model() -> Any:
            api = load_api(merged, merge.merged_label(vendor, root), vendor.name)
            merge.check_project_rules(api)
            return api

        api = timed("model", model)
        spec_path = timed("write merged spec", lambda: _write_merged_spec(merged, target))
        timed("client (openapi-python-client)", lambda: _write_client(vendor, api, target, spec_path))
        timed("mock models (datamodel-code-generator)", lambda: _write_mock_models(merged, api.label, target))
        timed("ruff fix + format", lambda: format_python(target))
        timed("version + changelog", lambda: _version_package(vendor, project, target, merged, api))
    return times


def spec_sizes(root: Path, vendor_name: str) -> dict[str, int]:
    """How big a vendor's merged spec is: operations, component schemas, paths and bytes."""
    from generator.merge import build_api
    from generator.specio import dump_yaml
    from generator.vendors import Project

    merged, api = build_api(Project(root).vendor(vendor_name), root)
    return {
        "operations": len(api.operations),
        "schemas": len((merged.get("components") or {}).get("schemas") or {}),
        "paths": len(merged.get("paths") or {}),
        "bytes": len(dump_yaml(merged).encode()),
    }


def noop_in_process(root: Path, vendors: list[str]) -> float:
    """`generate(project)` with unchanged inputs, in this (warm) process: the no-op without imports."""
    from generator.pipeline import generate
    from generator.vendors import Project

    started = time.perf_counter()
    outcomes = generate(Project(root), vendors)
    seconds = time.perf_counter() - started
    assert all(outcome.action == "unchanged" for outcome in outcomes), outcomes
    return seconds


def compile_generator() -> None:
    """Byte-compile `generator/`, as pip byte-compiled openapi-python-client's modules on install:
    with PYTHONDONTWRITEBYTECODE set (as in this sandbox) every `vendorkit` process would otherwise
    compile our modules from source again (about 40 ms of the no-op, more of a cold run), a cost
    the baseline does not pay and a normal install pays once."""
    subprocess.run(
        [str(BIN / "python"), "-m", "compileall", "-q", str(ROOT / "generator")],
        capture_output=True,
        check=False,
    )


def measure(only: Sequence[str] = (), repeats: int = 3) -> GenerationFigures:
    compile_generator()
    root = snapshot(WORK_DIR / "generation" / "project")
    figures = GenerationFigures(vendors=[])
    say("generation: which vendors generate")
    figures.vendors = vendors = usable_vendors(root, list(only), figures)
    if not vendors:
        return figures
    opc_dir = WORK_DIR / "generation" / "opc"
    opc_dir.mkdir(parents=True, exist_ok=True)
    # Rounds interleave the runs that are compared (cold, one vendor at a time, plain opc per vendor),
    # so that a busy machine weighs on both sides of each ratio alike.
    for index in range(repeats):
        say(f"generation: cold / one at a time / plain openapi-python-client, round {index + 1} of {repeats}")
        run = cold(root, vendors)
        if run.returncode != 0:
            raise RuntimeError(f"cold generation failed: {run.output[-500:]}")
        figures.cold.append(run.seconds)
        figures.cold_cpu.append(run.cpu)
        if len(vendors) > 1:
            run = sequential_cold(root, vendors)
            if run.returncode != 0:
                raise RuntimeError(f"sequential generation failed: {run.output[-500:]}")
            figures.sequential.append(run.seconds)
            figures.sequential_cpu.append(run.cpu)
        for vendor in vendors:
            opc = plain_opc(root, vendor, opc_dir / vendor)
            figures.opc.setdefault(vendor, []).append(opc.seconds)
            figures.opc_cpu.setdefault(vendor, []).append(opc.cpu)
            if opc.returncode != 0:
                figures.opc_failed[vendor] = opc.output.splitlines()[-1] if opc.output else "failed"
    say("generation: no-op reruns and one vendor changed")
    for _ in range(repeats + 2):
        figures.noop.append(vendorkit(root, *vendors).seconds)
        figures.noop_in_process.append(noop_in_process(root, vendors))
    # One vendor changed, for every vendor (interleaved rounds), so that each is set against its own
    # plain openapi-python-client run.
    for index in range(repeats):
        for vendor in vendors:
            change_spec(root, vendor, index)
            run = vendorkit(root, *vendors)
            if f"{vendor}: generated" not in run.output:
                raise RuntimeError(f"changing {vendor} did not regenerate it: {run.output[-300:]}")
            figures.one_changed_per_vendor.setdefault(vendor, []).append(run.seconds)
            figures.one_changed_cpu.setdefault(vendor, []).append(run.cpu)
            opc = plain_opc(root, vendor, opc_dir / vendor)
            figures.one_changed_opc.setdefault(vendor, []).append(opc.seconds)
    figures.one_changed = figures.one_changed_per_vendor[vendors[0]]
    for vendor in vendors:
        change_spec(root, vendor, -1)
    say("generation: stages per vendor")
    for vendor in vendors:
        figures.sizes[vendor] = spec_sizes(root, vendor)
        rounds = [stage_times(root, vendor) for _ in range(repeats)]
        figures.stages[vendor] = {stage: median([r[stage] for r in rounds]) for stage in rounds[0]}
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
    opc_cpu_sum = sum(median(times) for times in figures.opc_cpu.values()) if figures.opc_cpu else None
    noop_s, noop_warm = median(figures.noop), median(figures.noop_in_process)
    changed_s = median(figures.one_changed)
    sequential_s = median(figures.sequential) if figures.sequential else None
    # Ratios of runs made in the same round (the same load on a shared machine), then the median.
    rounds = len(figures.cold)
    opc_sum_by_round = [sum(times[i] for times in figures.opc.values()) for i in range(rounds)]
    cold_ratio = _median_ratio(figures.cold, opc_sum_by_round)
    sequential_ratio = _median_ratio(figures.sequential, opc_sum_by_round)
    changed_per_vendor = {v: median(times) for v, times in figures.one_changed_per_vendor.items()}
    changed_ratio = {
        v: _median_ratio(times, figures.one_changed_opc.get(v, []))
        for v, times in figures.one_changed_per_vendor.items()
    }
    table = Table("Pipeline runs", ["run", "time", "ratio", "against", "CPU (tree)", "CPU ratio"])
    table.rows = [
        [
            "plain openapi-python-client, summed over vendors",
            fmt_seconds(opc_sum),
            fmt_ratio(1.0),
            "(baseline)",
            fmt_seconds(opc_cpu_sum),
            fmt_ratio(1.0),
        ],
        [
            f"cold, all {len(figures.vendors)} vendors",
            fmt_seconds(cold_s),
            fmt_ratio(cold_ratio),
            "plain opc summed, same round",
            fmt_seconds(median(figures.cold_cpu)),
            fmt_ratio(ratio(median(figures.cold_cpu), opc_cpu_sum)),
        ],
        [
            "no-op rerun (inputs unchanged)",
            fmt_seconds(noop_s),
            fmt_ratio(ratio(noop_s, cold_s)),
            "cold",
            "",
            "",
        ],
        [
            "no-op, in a warm process (imports paid)",
            fmt_seconds(noop_warm),
            fmt_ratio(ratio(noop_warm, cold_s)),
            "cold",
            "",
            "",
        ],
    ]
    table.rows += [
        [
            f"one vendor changed (`{vendor}`)",
            fmt_seconds(seconds),
            fmt_ratio(changed_ratio[vendor]),
            f"plain opc on `{vendor}`, run right after",
            fmt_seconds(median(figures.one_changed_cpu.get(vendor, []))),
            fmt_ratio(
                ratio(
                    median(figures.one_changed_cpu.get(vendor, [])), median(figures.opc_cpu.get(vendor, []))
                )
            ),
        ]
        for vendor, seconds in changed_per_vendor.items()
    ]
    if sequential_s is not None:
        table.rows.append(
            [
                "cold, one vendor at a time (`VENDORKIT_JOBS=1`)",
                fmt_seconds(sequential_s),
                fmt_ratio(sequential_ratio),
                "plain opc summed, same round",
                fmt_seconds(median(figures.sequential_cpu)),
                fmt_ratio(ratio(median(figures.sequential_cpu), opc_cpu_sum)),
            ]
        )
        result.notes.append(
            f"Vendors rendered in parallel workers (the default) vs one at a time, in the same rounds: "
            f"cold {fmt_seconds(cold_s)} vs {fmt_seconds(sequential_s)}. On 2 CPUs the gain shrinks to "
            "nothing when something else keeps the CPUs busy."
        )
    result.notes.append(
        "Ratios are medians of per-round ratios: each cold run against the plain runs of the same round, "
        "each one-vendor run against that vendor's plain run made right after it. CPU (tree): user + "
        "system seconds of the command and every process it waited for (getrusage), medians; the "
        "pipeline spreads its CPU over both cores, plain openapi-python-client uses one, so on a busy "
        "machine (other jobs on the cores) the wall ratios drift towards the CPU ratios."
    )
    per_vendor = Table("Plain openapi-python-client per vendor", ["vendor", "time", "CPU (tree)"])
    per_vendor.rows = [
        [v, fmt_seconds(s), fmt_seconds(median(figures.opc_cpu.get(v, [])))]
        for v, s in opc_per_vendor.items()
    ]
    stages = Table(
        "Stages of a cold run, per vendor (in a warm process)",
        ["vendor", *next(iter(figures.stages.values()))],
    )
    stages.rows = [[v, *(fmt_seconds(s) for s in times.values())] for v, times in figures.stages.items()]
    growth = growth_table(figures, changed_per_vendor, opc_per_vendor)
    result.tables = [table, per_vendor, stages, growth]
    result.notes.append(
        "Stages: one after another in a warm process, medians. In a one-vendor run, `render_vendor` "
        "spreads them over three processes: a forked child reads the spec, applies the overlays, hands "
        "the merged spec over and validates both specs while the main process imports the client "
        "generator; a second child writes the merged spec and the mock models while the main process "
        "builds the model and renders the client; ruff and the versioning follow. With several "
        "vendors, each is rendered whole in one of two pool workers."
    )
    result.notes.append(growth_note(figures, changed_per_vendor))
    result.goals = [
        Goal.at_most("cold pipeline vs plain openapi-python-client runs summed", cold_ratio, 0.75),
        Goal.at_most("no-op rerun vs cold", ratio(noop_s, cold_s), 0.01),
        *(
            Goal.at_most(
                f"one vendor changed (`{vendor}`) vs its plain openapi-python-client run",
                changed_ratio[vendor],
                1.0,
            )
            for vendor in changed_per_vendor
        ),
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
            "one_changed_per_vendor": figures.one_changed_per_vendor,
            "cold_one_vendor_at_a_time": figures.sequential,
            "one_changed_plain_opc_right_after": figures.one_changed_opc,
        },
        "cpu_seconds": {
            "cold": figures.cold_cpu,
            "cold_one_vendor_at_a_time": figures.sequential_cpu,
            "plain_opc": figures.opc_cpu,
            "one_changed_per_vendor": figures.one_changed_cpu,
        },
        "stages_seconds": figures.stages,
        "sizes": figures.sizes,
        "ratios": {
            "cold_vs_plain_opc_sum": ratio(cold_s, opc_sum),
            "noop_vs_cold": ratio(noop_s, cold_s),
            "noop_in_process_vs_cold": ratio(noop_warm, cold_s),
            "one_changed_vs_cold": ratio(changed_s, cold_s),
            "one_changed_vs_own_plain_opc": changed_ratio,
            "cold_vs_plain_opc_sum_paired": cold_ratio,
            "one_vendor_at_a_time_vs_plain_opc_sum": ratio(sequential_s, opc_sum),
            "cold_vs_one_vendor_at_a_time": ratio(cold_s, sequential_s),
        },
    }
    return result


def _median_ratio(values: Sequence[float], baselines: Sequence[float]) -> float | None:
    """Median of value / baseline over pairs made together (the same round)."""
    pairs = [v / b for v, b in zip(values, baselines, strict=False) if b > 0]
    return median(pairs) if pairs else None


def growth_table(figures: GenerationFigures, changed: Mapping[str, float], opc: Mapping[str, float]) -> Table:
    """Generation time against the number of operations: one row per vendor, fewest operations first."""
    stage_names = list(next(iter(figures.stages.values())))
    table = Table(
        "Generation time against the number of operations",
        [
            "vendor",
            "operations",
            "schemas",
            "merged spec",
            *stage_names,
            "stages summed",
            "one vendor changed (command)",
            "plain opc",
        ],
    )
    order = sorted(figures.sizes, key=lambda v: (figures.sizes[v]["operations"], v))
    for vendor in order:
        size, times = figures.sizes[vendor], figures.stages[vendor]
        table.rows.append(
            [
                vendor,
                str(size["operations"]),
                str(size["schemas"]),
                f"{size['bytes'] / 1024:.0f} KiB",
                *(fmt_seconds(times[name]) for name in stage_names),
                fmt_seconds(sum(times.values())),
                fmt_seconds(changed.get(vendor)),
                fmt_seconds(opc.get(vendor)),
            ]
        )
    return table


def linear_fit(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float, float] | None:
    """Least squares y = a + b x: (a, b, r²), or None with fewer than three points or no spread."""
    n = len(xs)
    if n < 3:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    if sxx == 0 or syy == 0:
        return None
    slope = sxy / sxx
    return mean_y - slope * mean_x, slope, sxy * sxy / (sxx * syy)


def growth_note(figures: GenerationFigures, changed: Mapping[str, float]) -> str:
    """What grows with what: fits of the stages' total and of each stage on operations and schemas."""
    vendors = list(figures.sizes)
    if len(vendors) < 3:
        return "Growth: fewer than three vendors measured; no fit."
    ops = [float(figures.sizes[v]["operations"]) for v in vendors]
    schemas = [float(figures.sizes[v]["schemas"]) for v in vendors]
    total = [sum(figures.stages[v].values()) for v in vendors]
    parts = []
    for label, xs in (("operations", ops), ("schemas", schemas)):
        fit = linear_fit(xs, total)
        if fit is not None:
            a, b, r2 = fit
            parts.append(
                f"stages summed ≈ {a * 1000:.0f} ms + {b * 1000:.1f} ms per {label[:-1]} (r² {r2:.2f})"
            )
    per_stage = []
    for stage in figures.stages[vendors[0]]:
        ys = [figures.stages[v][stage] for v in vendors]
        by_ops, by_schemas = linear_fit(ops, ys), linear_fit(schemas, ys)
        if by_ops is None or by_schemas is None:
            continue
        better = "operations" if by_ops[2] >= by_schemas[2] else "schemas"
        fit = by_ops if better == "operations" else by_schemas
        per_stage.append(f"{stage}: {fit[1] * 1000:.1f} ms per {better[:-1]} (r² {fit[2]:.2f})")
    command = [changed[v] for v in vendors if v in changed]
    command_fit = linear_fit(ops, command) if len(command) == len(vendors) else None
    text = f"Growth with the work ({len(vendors)} vendors, least squares): " + "; ".join(parts) + "."
    if per_stage:
        text += " Per stage, on whichever explains it better: " + "; ".join(per_stage) + "."
    if command_fit is not None:
        text += (
            f" The one-vendor command: {command_fit[0] * 1000:.0f} ms fixed (interpreter start, imports) "
            f"+ {command_fit[1] * 1000:.1f} ms per operation (r² {command_fit[2]:.2f})."
        )
    return text
