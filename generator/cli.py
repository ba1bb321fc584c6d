"""The `vendorkit` command line.

Exit codes: 0 ok, 1 a failure was found (generated/ is stale, fuzzing found a bug), 2 a usage or
input error (bad arguments, a broken spec or overlay). Input errors print one readable line
naming the file and the place, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.errors import VendorkitError
from generator.vendors import Project, find_project_root

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors already; keep its message but prefix the tool name."""


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vendorkit",
        description="Hand-written OpenAPI specs + Overlays -> typed Python clients, stateful mocks, fuzzing.",
        epilog="Exit codes: 0 ok, 1 failure found, 2 usage or input error.",
    )
    parser.add_argument("--root", type=Path, default=None, help="project root (default: found from the cwd)")
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
    return parser


def _project(args: argparse.Namespace) -> Project:
    return Project(root=args.root.resolve() if args.root else find_project_root())


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

    return run_mock(_project(args), args.vendor, args.mock_args)


def _cmd_fuzz(args: argparse.Namespace) -> int:
    from generator.fuzz import run_fuzz

    return run_fuzz(
        _project(args), args.vendor, base_url=args.base_url, max_examples=args.max_examples, seed=args.seed
    )


COMMANDS = {"generate": _cmd_generate, "check": _cmd_check, "mock": _cmd_mock, "fuzz": _cmd_fuzz}


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except VendorkitError as error:
        print(f"vendorkit: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
