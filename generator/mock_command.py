"""`vendorkit mock VENDOR ...`: the vendor's flags (e.g. `--admin-key`) come from its merged spec.

The generic parser only knows the vendor's name; the rest of the command line is parsed here with
a parser that also has one flag per credential in the spec's `x-mock.credentials`, so
`vendorkit mock jumpstory --help` lists `--admin-key` and its environment variable.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path

from generator.mock import FaultOptions, MockOptions, serve
from generator.mock.loader import load_vendor_api
from generator.mock.options import SPEC_DEFAULT, RateLimitOption
from generator.mock.slowclients import DEFAULT_REQUEST_TIMEOUT
from generator.vendors import Project


def _generated_dir(where: Project | Path) -> Path:
    return where.generated_dir if isinstance(where, Project) else where


def _parser(
    vendor: str, where: Project | Path, prog: str = "vendorkit mock"
) -> tuple[argparse.ArgumentParser, dict[str, str]]:
    api = load_vendor_api(vendor, _generated_dir(where))
    parser = argparse.ArgumentParser(
        prog=f"{prog} {vendor}",
        description=f"Run the {vendor} mock server on 127.0.0.1 in the foreground (Ctrl-C stops it).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000; 0 picks a free one)")
    parser.add_argument("--token-lifetime", type=_seconds, default=None, help="seconds an issued token lives")
    parser.add_argument(
        "--request-timeout",
        type=_positive_seconds,
        default=DEFAULT_REQUEST_TIMEOUT,
        metavar="S",
        help=f"408 for a request not received whole within S seconds (default {DEFAULT_REQUEST_TIMEOUT:g})",
    )
    parser.add_argument("--no-rate-limit", action="store_true", help="turn off the documented throttle")
    parser.add_argument("--rate-limit", default=None, metavar="N/SECONDS", help="another throttle, e.g. 5/10")
    parser.add_argument("--credential", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument(
        "--seed",
        type=_whole,
        default=0,
        metavar="N",
        help="the data seed: the same seed gives the same ids and seeded records (default 0)",
    )
    parser.add_argument(
        "--state",
        type=Path,
        default=None,
        metavar="FILE",
        help="keep the mock's state in this SQLite file, so a restart keeps what was created "
        "(default: in memory); POST /__vendorkit/reset goes back to the seed",
    )
    _fault_flags(parser)
    flags: dict[str, str] = {}
    for source in api.mock.credentials:
        if source.option:
            dest = f"credential_{source.name}"
            parser.add_argument(
                source.option,
                dest=dest,
                default=None,
                metavar=source.name.upper(),
                help=f"{source.description} (env {source.env}, default {source.default!r})",
            )
            flags[dest] = source.name
    return parser, flags


def _share(text: str) -> float:
    """A rate flag: a share of requests between 0 and 1 (`0.1`), or a percentage (`10%`)."""
    try:
        value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value <= 1:  # also refuses nan
        raise argparse.ArgumentTypeError(f"expected a share between 0 and 1 (e.g. 0.1 or 10%), got {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"expected a number of seconds >= 0, got {text!r}")
    return value


def _positive_seconds(text: str) -> float:
    value = _seconds(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {text!r}")
    return value


def _port(text: str) -> int:
    """A TCP port: 0 (any free one) to 65535; anything else is a usage error, not a traceback."""
    if not (text.isascii() and text.isdigit() and int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, got {text!r}")
    return int(text)


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def _statuses(text: str) -> tuple[int, ...]:
    try:
        statuses = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        statuses = ()
    if not statuses or any(not 400 <= status <= 599 for status in statuses):
        raise argparse.ArgumentTypeError(
            f"expected error statuses 400..599 separated by commas, got {text!r}"
        )
    return statuses


_RATE_FLAGS = ("--fault-error-rate", "--fault-drop-rate", "--fault-html-rate")


def _fault_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "fault mode",
        "misbehave on purpose to test clients: rates are shares of the requests that pass auth and "
        "throttling (0.1 or 10%); error, drop and HTML rates add up to at most 1",
    )
    group.add_argument("--fault-latency", type=_seconds, default=0.0, metavar="S", help="delay every answer")
    group.add_argument(
        "--fault-error-rate", type=_share, default=0.0, metavar="R", help="answer a JSON error instead"
    )
    group.add_argument(
        "--fault-error-statuses",
        type=_statuses,
        default=FaultOptions.error_statuses,
        metavar="LIST",
        help="statuses of the injected errors (default 429,503)",
    )
    group.add_argument(
        "--fault-retry-after",
        type=_whole,
        default=FaultOptions.retry_after_seconds,
        metavar="S",
        help="Retry-After of injected 429 and 503 answers (default 1)",
    )
    group.add_argument(
        "--fault-drop-rate", type=_share, default=0.0, metavar="R", help="close the connection mid-answer"
    )
    group.add_argument(
        "--fault-broken-body-rate",
        type=_share,
        default=0.0,
        metavar="R",
        help="cut successful JSON bodies in half (after the handler ran)",
    )
    group.add_argument(
        "--fault-html-rate",
        type=_share,
        default=0.0,
        metavar="R",
        help="answer an HTML page (status 200 or 502) instead",
    )
    group.add_argument(
        "--fault-seed", type=_whole, default=None, metavar="N", help="repeatable random faults"
    )


def fault_options(args: argparse.Namespace, parser: argparse.ArgumentParser) -> FaultOptions | None:
    """The fault mode the `--fault-...` flags ask for, or None when they ask for none."""
    total = args.fault_error_rate + args.fault_drop_rate + args.fault_html_rate
    if total > 1 + 1e-9:
        parser.error(f"{' + '.join(_RATE_FLAGS)} add up to {total:g}; together they may be at most 1")
    if args.fault_retry_after < 0:
        parser.error(f"--fault-retry-after: expected a number of seconds >= 0, got {args.fault_retry_after}")
    options = FaultOptions(
        latency_seconds=args.fault_latency,
        error_rate=args.fault_error_rate,
        error_statuses=args.fault_error_statuses,
        drop_rate=args.fault_drop_rate,
        html_rate=args.fault_html_rate,
        broken_body_rate=args.fault_broken_body_rate,
        retry_after_seconds=args.fault_retry_after,
        seed=args.fault_seed,
    )
    active = options.latency_seconds > 0 or options.replacing_rate > 0 or options.broken_body_rate > 0
    return options if active else None


def _rate_limit(args: argparse.Namespace, parser: argparse.ArgumentParser) -> RateLimitOption:
    if args.no_rate_limit:
        return None
    if args.rate_limit is None:
        return SPEC_DEFAULT
    try:
        count, seconds = args.rate_limit.split("/")
        return int(count), float(seconds)
    except ValueError:
        parser.error(f"--rate-limit expects N/SECONDS (e.g. 60/60), got {args.rate_limit!r}")
        raise  # unreachable: parser.error exits


def run_mock(where: Project | Path, vendor: str, argv: Sequence[str], prog: str = "vendorkit mock") -> int:
    """Serve `vendor`'s mock from a project's `generated/<vendor>/` (or from a folder laid out the
    same way: the vendorkit-mocks package's data) with the flags in `argv`, until interrupted."""
    generated_dir = _generated_dir(where)
    parser, flags = _parser(vendor, generated_dir, prog)
    args = parser.parse_args(list(argv))
    overrides = list(args.credential) + [
        f"{name}={getattr(args, dest)}" for dest, name in flags.items() if getattr(args, dest) is not None
    ]
    faults = fault_options(args, parser)
    options = MockOptions(
        token_lifetime_seconds=args.token_lifetime,
        rate_limit=_rate_limit(args, parser),
        faults=faults,
        seed=args.seed,
        state_file=args.state,
    )
    if faults is not None:
        print(f"fault mode: {faults.describe()}", flush=True)
    serve(
        vendor,
        host=args.host,
        port=args.port,
        options=options,
        generated_dir=generated_dir,
        credential_overrides=overrides,
        request_timeout=args.request_timeout,
    )
    return 0
