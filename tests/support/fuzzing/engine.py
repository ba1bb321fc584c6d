"""A schemathesis run over a fuzz target, in process, read as a test wants it: what failed, which
phases ran, which checks were applied (schemathesis' engine API, not its command line)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tests.support.fuzzing.target import in_process_target


@dataclass
class EngineRun:
    failures: list[str] = field(default_factory=list)
    phases: dict[str, int] = field(default_factory=dict)  # phase -> scenarios that ran (not skipped)
    checks: set[str] = field(default_factory=set)


def fuzz_in_process(generated_dir: Path, vendor: str, *, max_examples: int) -> EngineRun:
    """Every check and phase of schemathesis against `vendor`'s mock as an ASGI app (derandomized)."""
    from schemathesis.engine import Status, events, from_schema

    run = EngineRun()
    with in_process_target(generated_dir, vendor, max_examples=max_examples) as target:
        for event in from_schema(target.schema).execute():
            if isinstance(event, events.NonFatalError | events.FatalError):
                run.failures.append(f"error: {event}")
            if not isinstance(event, events.ScenarioFinished):
                continue
            phase = str(getattr(event.phase, "value", event.phase))
            if event.status != Status.SKIP:
                run.phases[phase] = run.phases.get(phase, 0) + 1
            for case_id, checks in event.recorder.checks.items():
                for check in checks:
                    run.checks.add(check.name)
                    if check.status == Status.FAILURE:
                        case = event.recorder.cases[case_id].value
                        run.failures.append(
                            f"{phase} {check.name}: {case.method} {case.formatted_path} {case.body!r}"
                        )
    return run
