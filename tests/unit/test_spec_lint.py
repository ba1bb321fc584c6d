"""Every merged spec passes Stoplight Spectral (`spectral:oas`) and Redocly (`recommended`) with no
error, and each warning is either fixed or listed with its reason in tools/speclint/accepted.yaml
(issue 15). The linters come from the npm registry at the versions tools/speclint/package-lock.json
pins; `make test` installs them first. A missing linter fails these tests, it never skips them."""

from __future__ import annotations

import functools
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import GENERATED, generated_vendors

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "speclint"
BIN = TOOLS / "node_modules" / ".bin"
ACCEPTED: dict[str, Any] = yaml.safe_load((TOOLS / "accepted.yaml").read_text())


def linter(name: str) -> Path:
    path = BIN / name
    if not path.is_file():
        pytest.fail(f"{path} is missing: `make test` installs it (npm ci --prefix {TOOLS})", pytrace=False)
    return path


def run(command: list[str | Path]) -> str:
    done = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=180, cwd=TOOLS
    )
    return done.stdout


def pointer(path: list[Any]) -> str:
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in path)


Problem = tuple[str, str, str, str]  # (tool, rule, JSON pointer, "error" | "warning")
SPECS = {vendor: GENERATED / vendor / "openapi.yaml" for vendor in generated_vendors()}


def vendor_of(source: str) -> str:
    return Path(source).parent.name


@functools.cache
def spectral() -> dict[str, list[Problem]]:
    """Every vendor's problems, from one Spectral run over all merged specs (it starts slowly)."""
    out = run(
        [
            linter("spectral"),
            "lint",
            "--ruleset",
            TOOLS / "spectral.yaml",
            "--format",
            "json",
            "--quiet",
            *list(SPECS.values()),
        ]
    )
    found: dict[str, list[Problem]] = {vendor: [] for vendor in SPECS}
    for problem in json.loads(out or "[]"):
        severity = {0: "error", 1: "warning"}.get(problem["severity"], "hint")
        found[vendor_of(problem["source"])].append(
            ("spectral", problem["code"], pointer(problem["path"]), severity)
        )
    return found


@functools.cache
def redocly() -> dict[str, list[Problem]]:
    """Every vendor's problems, from one Redocly run over all merged specs."""
    found: dict[str, list[Problem]] = {vendor: [] for vendor in SPECS}
    out = run(
        [
            linter("redocly"),
            "lint",
            "--config",
            TOOLS / "redocly.yaml",
            "--format",
            "json",
            *list(SPECS.values()),
        ]
    )
    decoder, position = json.JSONDecoder(), out.find("{")
    while position != -1:  # one JSON report per file, one after another
        report, end = decoder.raw_decode(out, position)
        for problem in report["problems"]:
            location = problem["location"][0]
            at = location["pointer"].removeprefix("#") or "/"
            severity = "error" if problem["severity"] == "error" else "warning"
            found[vendor_of(location["source"]["ref"])].append(("redocly", problem["ruleId"], at, severity))
        position = out.find("{", end)
    return found


@pytest.mark.parametrize("vendor", generated_vendors())
@pytest.mark.parametrize("tool", [spectral, redocly], ids=["spectral", "redocly"])
def test_merged_spec_passes_the_linters(vendor: str, tool: Any) -> None:
    found = sorted(set(tool()[vendor]))
    errors = [problem for problem in found if problem[3] == "error"]
    assert not errors, f"{vendor}: linter errors: {errors}"
    accepted = {
        (entry["tool"], entry["rule"], entry["at"])
        for entry in [*ACCEPTED.get("all", []), *(ACCEPTED.get(vendor) or [])]
        if entry["tool"] == tool.__name__
    }
    wildcard = {rule for name, rule, at in accepted if at == "*"}
    warnings = {
        (name, rule, "*" if rule in wildcard else at)
        for name, rule, at, severity in found
        if severity == "warning"
    }
    assert not warnings - accepted, (
        f"{vendor}: warnings neither fixed nor in accepted.yaml: {sorted(warnings - accepted)}"
    )
    assert not accepted - warnings, (
        f"{vendor}: accepted.yaml lists warnings that no longer occur: {sorted(accepted - warnings)}"
    )


def test_every_accepted_warning_says_why() -> None:
    for vendor, entries in ACCEPTED.items():
        for entry in entries or []:
            assert set(entry) == {"tool", "rule", "at", "reason"}, (vendor, entry)
            assert len(entry["reason"]) > 30, (vendor, entry)
