"""`bench-report.md` (for people) and `bench-report.json` (for tools) from the sections of a run."""

from __future__ import annotations

import json
import math
import os
import platform
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks.results import Goal, Section, Table, fmt_ratio

VERDICT = {True: "met", False: "**not met**", None: "not measured"}


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }


def _table(table: Table) -> list[str]:
    lines = [f"**{table.title}**", "", "| " + " | ".join(table.columns) + " |"]
    lines.append("|" + "|".join("---" for _ in table.columns) + "|")
    lines.extend("| " + " | ".join(row) + " |" for row in table.rows)
    return [*lines, ""]


def _goals(goals: Sequence[Goal]) -> list[str]:
    lines = ["| goal | target | measured | verdict |", "|---|---|---|---|"]
    for goal in goals:
        note = f" ({goal.note})" if goal.note else ""
        lines.append(
            f"| {goal.name}{note} | {goal.target} | {fmt_ratio(goal.measured)} | {VERDICT[goal.met]} |"
        )
    return lines


def markdown(
    sections: Sequence[Section], changes: Sequence[str], loads: Mapping[str, float] | None = None
) -> str:
    info = machine()
    lines = [
        "# vendorkit benchmarks",
        "",
        f"Run {info['date']} on {info['cpus']} CPUs, Python {info['python']} ({info['platform']}). "
        "Every figure is a ratio against a baseline measured in this same run; no figure is an "
        "assertion. Regenerate with `make bench`.",
        "",
        *(_loads(loads) if loads else []),
        "## Goals",
        "",
    ]
    all_goals = [goal for section in sections for goal in section.goals]
    lines += [*_goals(all_goals), ""] if all_goals else ["(no goal measured in this run)", ""]
    if changes:
        lines += ["## What was changed for speed, and what it gained", "", *(f"- {c}" for c in changes), ""]
    for section in sections:
        lines += [f"## {section.title}", "", section.intro, ""]
        for table in section.tables:
            lines += _table(table)
        if section.notes:
            lines += ["Notes:", "", *(f"- {note}" for note in section.notes), ""]
    return "\n".join(lines).rstrip() + "\n"


def _loads(loads: Mapping[str, float]) -> list[str]:
    """One line on how busy the machine was: ratios hold up under load, absolute times do not."""
    parts = ", ".join(f"{name} {load:.2f}" for name, load in loads.items())
    busy = " (above 1 on 2 CPUs: something else was running)" if max(loads.values()) > 1 else ""
    return [f"1-minute load average at the start of each section: {parts}{busy}.", ""]


def _clean(value: Any) -> Any:
    """JSON has no NaN/Infinity: they become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def write(
    sections: Sequence[Section],
    changes: Sequence[str],
    folder: Path,
    loads: Mapping[str, float] | None = None,
) -> tuple[Path, Path]:
    md_path, json_path = folder / "bench-report.md", folder / "bench-report.json"
    md_path.write_text(markdown(sections, changes, loads), encoding="utf-8")
    document = {
        "machine": {**machine(), "load_average_at_section_start": dict(loads or {})},
        "goals": [{"section": s.key, **asdict(goal)} for s in sections for goal in s.goals],
        "changes": list(changes),
        "sections": {s.key: {"title": s.title, "notes": s.notes, "data": s.data} for s in sections},
    }
    json_path.write_text(json.dumps(_clean(document), indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return md_path, json_path
