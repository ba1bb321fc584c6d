"""The `vendorkit` command line.

Exit codes: 0 ok, 1 a failure was found (generated/ is stale, fuzzing found a bug), 2 a usage or
input error (bad arguments, a broken spec or overlay). Input errors print one readable line
naming the file and the place, never a traceback.

Start-up cost matters here: `make generate` runs on every change and usually finds nothing to do.
So this module imports only what the interpreter has loaded anyway; argparse, pathlib and the
pipeline are imported when a command needs them, and `vendorkit generate [VENDOR...]` first asks
`generator.freshness` whether everything is up to date, which answers in a few milliseconds.
"""

from __future__ import annotations

import sys

from generator.errors import VendorkitError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~3 ms); mypy and ruff honour the name

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from pathlib import Path

    from generator.vendors import Project

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _build_parser() -> argparse.ArgumentParser:
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(
        prog="vendorkit",
        description="Hand-written OpenAPI specs + Overlays -> typed Python clients, stateful mocks, fuzzing.",
        epilog="Exit codes: 0 ok, 1 failure found, 2 usage or input error.",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        help="project root, the folder holding specs/ and generated/ (default: found upwards from the cwd);"
        " `vendorkit --root DIR mock VENDOR` serves a project's mock from anywhere",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    gen = commands.add_parser("generate", help="merge specs + overlays and generate clients and mock models")
    gen.add_argument("vendors", nargs="*", metavar="VENDOR", help="vendors to generate (default: all)")
    gen.add_argument("--force", action="store_true", help="regenerate even when the inputs are unchanged")

    chk = commands.add_parser("check", help="fail (exit 1) with a diff summary if generated/ is stale")
    chk.add_argument("vendors", nargs="*", metavar="VENDOR", help="vendors to check (default: all)")

    mock = commands.add_parser(
        "mock",
        help="run a vendor's stateful mock server in the foreground",
        description="Run a vendor's mock; `vendorkit mock VENDOR --help` lists that vendor's flags.",
    )
    mock.add_argument("vendor", metavar="VENDOR")
    mock.add_argument(
        "mock_args",
        nargs=argparse.REMAINDER,
        metavar="...",
        help="--host, --port N, --token-lifetime S, --no-rate-limit, --rate-limit N/S, the vendor's credential flags",
    )

    fuzz = commands.add_parser(
        "fuzz",
        help="run schemathesis (all checks, stateful phase) against a mock or URL",
        description=(
            "Fuzz a vendor's API with schemathesis: every check, the stateful phase included. Without"
            " --base-url the vendor's mock is started on loopback with its demo credentials; either way"
            " credentials and tokens are obtained as the spec's auth says and masked in the output."
        ),
        epilog="Exit codes: 0 no failure, 1 failures found, 2 usage or input error.",
    )
    fuzz.add_argument("vendor", metavar="VENDOR")
    fuzz.add_argument("--base-url", default=None, help="API to fuzz (default: start the vendor's mock)")
    fuzz.add_argument("--max-examples", type=int, default=25, help="examples per operation (default 25)")
    fuzz.add_argument("--seed", type=int, default=None, help="Hypothesis seed, to replay a run")
    diff = commands.add_parser(
        "diff",
        help="compare two merged specs: breaking and additive contract changes",
        description=(
            "Compare two merged OpenAPI specs (e.g. releases/VENDOR/openapi.yaml and"
            " generated/VENDOR/openapi.yaml) and list breaking changes (removed operation, field or enum"
            " value; new required parameter or field; narrowed type; changed auth or paging) apart from"
            " additive ones."
        ),
        epilog="Exit codes: 0 no breaking change (none or additive only), 1 breaking changes, 2 usage or input error.",
    )
    diff.add_argument("old", type=Path, metavar="OLD", help="the earlier merged spec")
    diff.add_argument("new", type=Path, metavar="NEW", help="the later merged spec")
    diff.add_argument("--json", action="store_true", help="print the changes as JSON instead of a report")

    release = commands.add_parser(
        "release",
        help="record the generated clients as released (releases/VENDOR/), then regenerate",
        description=(
            "Record each named vendor's generated client (its merged spec, version and content hash)"
            " in releases/VENDOR/ as the last release, after publishing it; later versions are computed"
            " against it. Regenerates the vendors (their CHANGELOG then shows the version released)."
        ),
    )
    release.add_argument("vendors", nargs="+", metavar="VENDOR")

    fuzz.add_argument(
        "--shard",
        default=None,
        metavar="K/N",
        help="fuzz part K of N: the operations sorted by operationId, every N-th from the K-th (CI matrix jobs)",
    )
    fuzz.add_argument("--junit-xml", type=Path, default=None, metavar="PATH", help="write a JUnit XML report")

    verify = commands.add_parser(
        "verify",
        help="check a live deployment against the spec (safe operations, positive data only)",
        description=(
            "Drift check: schemathesis' positive phase over the safe operations (GET, HEAD and the ones"
            " --allow-writes names) of the API at --base-url, with the vendor's credentials from the"
            " environment (<VENDOR>_<PARAM>, e.g. JUMPSTORY_ADMIN_KEY), paced under its documented"
            " throttle; reports every undocumented status, schema mismatch and missing header."
        ),
        epilog="Exit codes: 0 no drift, 1 drift found, 2 usage or input error.",
    )
    verify.add_argument("vendor", metavar="VENDOR")
    verify.add_argument(
        "--base-url", default=None, help="the deployment to check (default: $<VENDOR>_BASE_URL)"
    )
    verify.add_argument(
        "--allow-writes",
        default="",
        metavar="OP,...",
        help="operationIds of writes that may run too (default: none; only GET and HEAD)",
    )
    verify.add_argument(
        "--junit-xml", type=Path, default=None, metavar="PATH", help="write a JUnit XML report"
    )
    verify.add_argument("--max-examples", type=int, default=10, help="examples per operation (default 10)")
    verify.add_argument("--seed", type=int, default=None, help="Hypothesis seed (repeatable cases)")
    verify.add_argument(
        "--rate-limit", default=None, metavar="N/UNIT", help="pace at N requests per s|m|h|d instead"
    )

    merge = commands.add_parser(
        "junit-merge",
        help="merge JUnit XML reports (of `fuzz --shard` jobs) into one",
        description="Join the suites of JUnit XML reports into one <testsuites> document, totals summed.",
    )
    merge.add_argument("output", type=Path, metavar="OUT")
    merge.add_argument("reports", type=Path, nargs="+", metavar="REPORT")
    return parser


def _project(args: argparse.Namespace) -> Project:
    from generator.vendors import Project, find_project_root

    return Project(root=args.root.resolve() if args.root else find_project_root())


def _all_unchanged_generate(argv: list[str]) -> bool:
    """Answer `[--root DIR] generate [VENDOR...]` here when every named vendor is up to date.

    Prints what the full command would print and returns True; returns False (and prints nothing)
    for any other command line, a stale or unknown vendor, or no project, leaving all of those to
    argparse and the pipeline. That keeps the common no-op run free of their imports.
    """
    import os

    from generator import freshness

    root: str | None = None
    if len(argv) >= 2 and argv[0] == "--root":
        root, argv = argv[1], argv[2:]
    if not argv or argv[0] != "generate":
        return False
    names = argv[1:]
    if any(not name or name.startswith((".", "-")) or "/" in name or "\\" in name for name in names):
        return False
    root = freshness.find_project_root() if root is None else os.path.realpath(root)
    try:
        unchanged = freshness.all_unchanged(root, names) if root else None
    except OSError:  # an unreadable input: the full path reports it with its file name
        return False
    if unchanged is None:
        return False
    for vendor, output in unchanged:
        print(f"{vendor}: unchanged ({output})")
    return True


def _cmd_generate(args: argparse.Namespace) -> int:
    from generator.pipeline import generate

    for outcome in generate(_project(args), args.vendors or None, force=args.force):
        print(f"{outcome.vendor}: {outcome.action} ({outcome.path})")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from generator.check import check

    drift = check(_project(args), args.vendors or None)
    if drift:
        print(drift.summary(), file=sys.stderr)
        return EXIT_FAILURE
    print("generated/ is up to date")
    return EXIT_OK


def _cmd_mock(args: argparse.Namespace) -> int:
    from generator.mock_command import run_mock

    return run_mock(_mock_data(args), args.vendor, args.mock_args)


def _mock_data(args: argparse.Namespace) -> Path:
    """Where `vendorkit mock` reads merged specs and models: the project's `generated/` (`--root`, or
    found from the cwd), else, outside any project, the installed vendorkit-mocks package's data."""
    import importlib

    if args.root is not None:
        return _project(args).generated_dir
    try:
        return _project(args).generated_dir
    except VendorkitError as error:
        try:
            data = importlib.import_module("vendorkit_mocks.mockkit.data")
        except ModuleNotFoundError:
            raise VendorkitError(
                f"{error}; pass --root DIR (the project's folder) or install the vendorkit-mocks package"
            ) from None
        packaged: Path | None = data.packaged_vendors_dir()
        if packaged is None:
            raise
        return packaged


def _cmd_fuzz(args: argparse.Namespace) -> int:
    from generator.fuzz import run_fuzz
    from generator.fuzz.shard import parse_shard

    return run_fuzz(
        _project(args),
        args.vendor,
        base_url=args.base_url,
        max_examples=args.max_examples,
        seed=args.seed,
        shard=parse_shard(args.shard) if args.shard is not None else None,
        junit_xml=args.junit_xml,
    )


def _cmd_diff(args: argparse.Namespace) -> int:
    from generator.specdiff import diff_files

    result = diff_files(args.old, args.new)
    print(result.to_json() if args.json else result.report())
    return result.exit_code


def _cmd_release(args: argparse.Namespace) -> int:
    from generator.check import check
    from generator.pipeline import generate
    from generator.versioning import record_release

    project = _project(args)
    drift = check(project, args.vendors)
    if drift:
        print(drift.summary(), file=sys.stderr)
        return EXIT_FAILURE
    for vendor in args.vendors:
        version = record_release(project.root, vendor, project.generated_dir / vendor)
        print(f"{vendor}: released {version} (releases/{vendor}/)")
    for outcome in generate(project, args.vendors):
        print(f"{outcome.vendor}: {outcome.action} ({outcome.path})")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from generator.fuzz.verify import run_verify

    return run_verify(
        _project(args).generated_dir,
        args.vendor,
        base_url=args.base_url,
        allow_writes=[name.strip() for name in args.allow_writes.split(",") if name.strip()],
        junit_xml=args.junit_xml,
        max_examples=args.max_examples,
        seed=args.seed,
        rate_limit=args.rate_limit,
    )


def _cmd_junit_merge(args: argparse.Namespace) -> int:
    from generator.fuzz.shard import merge_junit, write_junit

    root = merge_junit(args.reports)
    write_junit(root, args.output)
    print(
        f"{args.output}: {root.get('tests')} tests, {root.get('failures')} failures, {root.get('errors')} errors"
    )
    return EXIT_OK


COMMANDS = {
    "generate": _cmd_generate,
    "check": _cmd_check,
    "mock": _cmd_mock,
    "fuzz": _cmd_fuzz,
    "diff": _cmd_diff,
    "release": _cmd_release,
    "verify": _cmd_verify,
    "junit-merge": _cmd_junit_merge,
}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if _all_unchanged_generate(arguments):
        return EXIT_OK
    args = _build_parser().parse_args(arguments)
    try:
        return COMMANDS[args.command](args)
    except VendorkitError as error:
        print(f"vendorkit: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
