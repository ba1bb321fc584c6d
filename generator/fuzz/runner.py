"""`vendorkit fuzz VENDOR`: schemathesis with every check and the stateful phase, authenticated by itself.

Why drive schemathesis' own CLI in-process rather than re-implement a runner: its report (failures
grouped per operation, curl reproducers, the stateful scenarios) is what users of schemathesis know,
and it keeps improving. We add what it cannot know: the vendor's mock (started here on loopback
with the throttle off unless `--base-url` points elsewhere), the auth provider built from the merged
spec (registered globally for the run, removed after), the vendor's allowances (configuration) and
the schemathesis workarounds its overlay declares (installed on the schema the run loads, removed
after), both printed before the run, and a redacting stream so neither the demo credentials nor an
issued token ever reach the terminal.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

import httpx

from generator.errors import InputError
from generator.fuzz.allowances import describe_allowances
from generator.fuzz.auth import FuzzAuth
from generator.fuzz.plan import AuthPlan, build_plan
from generator.fuzz.provider import register_auth, unregister_auth
from generator.fuzz.redact import RedactingWriter
from generator.fuzz.schema import PHASES, REQUEST_TIMEOUT_SECONDS, config_data, to_toml
from generator.fuzz.shard import (
    Shard,
    describe_runs,
    include_arguments,
    merge_junit,
    name_suites,
    shard_runs,
    write_junit,
)
from generator.fuzz.workarounds import describe_workarounds, installed_on_loaded_schemas
from generator.model import Api
from generator.vendors import Project

EXIT_OK, EXIT_FAILURES, EXIT_INPUT = 0, 1, 2


def schemathesis_arguments(
    config_path: Path,
    spec_path: Path,
    base_url: str,
    operation_ids: Sequence[str] | None = None,
    junit_xml: Path | None = None,
    phases: Sequence[str] = PHASES,
) -> list[str]:
    """The `schemathesis run` command line; everything else is in the config file (`schema.config_data`).

    `operation_ids` limits the run to those operations (a shard); `junit_xml` asks for the JUnit report.
    """
    extra = include_arguments(operation_ids) if operation_ids is not None else []
    if junit_xml is not None:
        extra += ["--report", "junit", "--report-junit-path", str(junit_xml)]
    return [
        "--config-file",
        str(config_path),
        "--no-color",
        "run",
        str(spec_path),
        "--url",
        base_url,
        "--checks",
        "all",
        "--phases",
        ",".join(phases),
        "--workers",
        "1",
        *extra,
    ]


@contextlib.contextmanager
def mock_server(project: Project, vendor: str, plan: AuthPlan) -> Iterator[str]:
    """The vendor's mock on a free loopback port, with the plan's credentials and no throttle."""
    from generator.mock import MockOptions, background_server, load_vendor_app

    options = MockOptions(credentials=dict(plan.credentials), rate_limit=None)
    app = load_vendor_app(vendor, project.generated_dir, options)
    with background_server(app) as base_url:
        yield base_url


@contextlib.contextmanager
def registered_auth(auth: FuzzAuth) -> Iterator[None]:
    """`auth` as schemathesis' global auth provider for the duration of a run."""
    from schemathesis.auths import GLOBAL_AUTH_STORAGE

    provider = register_auth(GLOBAL_AUTH_STORAGE, auth)
    try:
        yield
    finally:
        unregister_auth(GLOBAL_AUTH_STORAGE, provider)


def run_schemathesis(arguments: list[str]) -> int:
    """Run the schemathesis CLI in this process and return its exit code."""
    from schemathesis.cli import schemathesis as cli

    try:
        cli.main(args=arguments, prog_name="schemathesis", standalone_mode=False)
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_INPUT)
    return EXIT_OK


def print_deviations(api: Api, stream: TextIO) -> None:
    """What this run does not hold the API to, and why: the overlay's allowances and workarounds."""
    for title, lines in (
        ("allowances (x-fuzz.allow)", describe_allowances(api)),
        ("schemathesis workarounds (x-fuzz.workarounds)", describe_workarounds(api)),
    ):
        print(f"vendorkit: {title}: {len(lines) or 'none'}", file=stream)
        for line in lines:
            print(f"  - {line}", file=stream)
    stream.flush()


def _check_base_url(base_url: str) -> str:
    url = httpx.URL(base_url)
    if url.scheme not in {"http", "https"} or not url.host:
        raise InputError(
            file=None, location="--base-url", message=f"expected an http(s) URL, got {base_url!r}"
        )
    return base_url.rstrip("/")


def run_fuzz(
    project: Project,
    vendor: str,
    *,
    base_url: str | None,
    max_examples: int,
    seed: int | None,
    out: TextIO | None = None,
    shard: Shard | None = None,
    junit_xml: Path | None = None,
) -> int:
    """Fuzz `vendor` (its mock, or the API at `base_url`); 0 ok, 1 failures found, 2 input error.

    Input errors (unknown vendor, nothing generated yet, a bad URL) raise `InputError`, which the CLI
    prints as one line and turns into exit code 2. `shard` (K of N) fuzzes only that part of the
    operations (`generator.fuzz.shard`); `junit_xml` writes schemathesis' JUnit report there.
    """
    from generator.mock.loader import MERGED_SPEC, load_vendor_api

    stream = out or sys.stdout
    project.vendor(vendor)  # an unknown vendor is an InputError naming the known ones
    if max_examples < 1:
        raise InputError(file=None, location="--max-examples", message="must be at least 1")
    api = load_vendor_api(vendor, project.generated_dir)
    plan = build_plan(vendor, api)
    print_deviations(api, stream)  # also checks the declared workarounds before anything starts
    runs = shard_runs(api, shard)
    if shard is not None:
        print(
            f"vendorkit: shard {shard}: {describe_runs(runs, len(api.operations))}", file=stream, flush=True
        )
    code = EXIT_OK
    with contextlib.ExitStack() as stack:
        on_mock = base_url is None
        if base_url is None:
            base_url = stack.enter_context(mock_server(project, vendor, plan))
            print(
                f"vendorkit: fuzzing the {vendor} mock on {base_url} (throttle off)", file=stream, flush=True
            )
        else:
            base_url = _check_base_url(base_url)
        http = stack.enter_context(httpx.Client(base_url=base_url, timeout=REQUEST_TIMEOUT_SECONDS))
        auth = FuzzAuth(plan, lambda: http, mock=on_mock)
        stack.enter_context(registered_auth(auth))
        workarounds = stack.enter_context(installed_on_loaded_schemas(api))
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="vendorkit-fuzz-")))
        config_path = folder / "schemathesis.toml"
        config = config_data(api, max_examples=max_examples, seed=seed, deterministic=False)
        config_path.write_text(to_toml(config), encoding="utf-8")
        reports: list[Path] = []
        writer = RedactingWriter(stream, lambda: auth.secrets)
        for number, run in enumerate(runs):
            report = folder / f"junit-{number}.xml" if junit_xml is not None else None
            arguments = schemathesis_arguments(
                config_path,
                project.generated_dir / vendor / MERGED_SPEC,
                base_url,
                run.operation_ids,
                report,
                run.phases,
            )
            try:
                with contextlib.redirect_stdout(writer), contextlib.redirect_stderr(writer):
                    code = max(code, run_schemathesis(arguments))
            finally:
                writer.flush()
            if report is not None and report.is_file():
                name_suites(report, vendor, shard, run.label)
                reports.append(report)
        for installed in workarounds:
            for line in installed.summary():
                print(f"vendorkit: workaround {line}", file=stream)
        if junit_xml is not None:
            write_junit(merge_junit(reports), junit_xml)
    return code
