"""`vendorkit verify VENDOR --base-url URL`: does a real deployment still answer as the spec says?

A drift check, not a fuzz campaign: it must be safe to point at a production API.

- Credentials come from the environment under the names the generated clients read,
  `<VENDOR>_<PARAM>` (`JUMPSTORY_ADMIN_KEY`, `PRINTIKI_USERNAME`, ...), never from the mock's demo
  values; the base URL may come from `<VENDOR>_BASE_URL`. Authentication requests are made the way
  the spec's auth declares them (a login, a token issue), as any client would make them.
- Only safe operations run: GET (and HEAD), plus the operations `--allow-writes` names. An
  operation whose credentials are not set, or that needs a subject (a user) only a write could
  create, is left out and listed as such.
- Only schemathesis' positive generation (valid requests), in the examples, coverage and fuzzing
  phases (no stateful phase, which chains writes), with the checks that tell drift: an undocumented
  status, a body that does not match its schema, a missing declared header, an undeclared media
  type, a server error.
- Paced under the vendor's documented throttle (root `x-rate-limit`, 80% of it, leaving room for
  the authentication requests) or `--rate-limit`.

The report is schemathesis' own (secrets masked) followed by one line per operation that drifted;
`--junit-xml` writes the JUnit report. Exit codes: 0 no drift, 1 drift found, 2 usage or input error.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

import httpx

from generator.errors import InputError
from generator.fuzz.auth import FuzzAuth
from generator.fuzz.plan import AuthPlan, build_plan
from generator.fuzz.redact import RedactingWriter
from generator.fuzz.runner import registered_auth, run_schemathesis
from generator.fuzz.schema import REQUEST_TIMEOUT_SECONDS, config_data, to_toml
from generator.fuzz.shard import include_arguments
from generator.fuzz.workarounds import installed_on_loaded_schemas
from generator.model import Api, Operation
from generator.runtime.schemes import IssuedBearer

SAFE_METHODS: Final = frozenset({"GET", "HEAD"})
DRIFT_CHECKS: Final = (
    "status_code_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "content_type_conformance",
    "not_a_server_error",
)
PHASES: Final = ("examples", "coverage", "fuzzing")
PACE_SHARE: Final = 0.8
_UNITS: Final = (("s", 1.0), ("m", 60.0), ("h", 3600.0), ("d", 86400.0))


def env_name(vendor: str, param: str) -> str:
    """`<VENDOR>_<PARAM>`, upper-case: the variable a generated client reads a credential from."""
    return f"{vendor}_{param}".upper()


def env_credentials(vendor: str, api: Api, environ: Mapping[str, str]) -> dict[str, str]:
    """The vendor's credentials set in `environ` (unset and empty ones left out)."""
    found = {}
    for credential in api.auth.credentials:
        value = environ.get(env_name(vendor, credential.name), "")
        if value:
            found[credential.name] = value
    return found


def pace(api: Api, override: str | None) -> str | None:
    """schemathesis' `--rate-limit` under the vendor's throttle: `PACE_SHARE` of its requests per the
    smallest unit that spans its window (so no window of the vendor's sees more), or `override`."""
    if override is not None:
        return override
    limit = api.rate_limit
    if limit is None:
        return None
    unit, _ = next(((name, seconds) for name, seconds in _UNITS if seconds >= limit.per_seconds), _UNITS[-1])
    return f"{max(1, math.floor(limit.requests * PACE_SHARE))}/{unit}"


@dataclass(frozen=True)
class Selection:
    included: tuple[str, ...]
    left_out: tuple[tuple[str, str], ...]  # (operationId, why)


def _needs_subject(plan: AuthPlan, requirement: Sequence[str]) -> bool:
    return any(
        isinstance(plan.schemes.get(name), IssuedBearer) and plan.schemes[name].needs_subject  # type: ignore[union-attr]
        for name in requirement
    )


def select_operations(api: Api, plan: AuthPlan, allow_writes: Sequence[str]) -> Selection:
    """The operations verify may call: safe or allowed, with credentials at hand, no subject to create."""
    known = {operation.operation_id for operation in api.operations}
    unknown = sorted(set(allow_writes) - known)
    if unknown:
        raise InputError(
            None,
            "--allow-writes",
            f"no operation {', '.join(unknown)} in the {api.title} spec (operationIds)",
        )
    included, left_out = [], []
    for operation in sorted(api.operations, key=lambda op: op.operation_id):
        reason = _left_out(operation, plan, allow_writes)
        if reason is None:
            included.append(operation.operation_id)
        else:
            left_out.append((operation.operation_id, reason))
    return Selection(tuple(included), tuple(left_out))


def _left_out(operation: Operation, plan: AuthPlan, allow_writes: Sequence[str]) -> str | None:
    if operation.method not in SAFE_METHODS and operation.operation_id not in allow_writes:
        return f"{operation.method} is a write (name it in --allow-writes to include it)"
    requirements = operation.requirements
    if not requirements:
        return None
    usable = [r for r in requirements if all(plan.satisfiable(name) for name in r)]
    if not usable and operation.anonymous:
        return None
    if not usable:
        wanted = " or ".join("+".join(r) for r in requirements)
        return f"no credentials in the environment for {wanted}"
    if all(_needs_subject(plan, r) for r in usable):
        provisioning = {
            plan.provisioning[n].operation.operation_id for r in usable for n in r if n in plan.provisioning
        }
        if not provisioning & set(allow_writes):
            return "needs a subject only a write creates" + (
                f" ({', '.join(sorted(provisioning))}; name it in --allow-writes)" if provisioning else ""
            )
    return None


def drift_lines(report: Path) -> list[str]:
    """One line per failed or errored test case of a JUnit report: operation, first line of why."""
    lines = []
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        for outcome in (*case.findall("failure"), *case.findall("error")):
            text = (outcome.get("message") or outcome.text or outcome.tag).strip()
            first = next((line.strip() for line in text.splitlines() if line.strip()), outcome.tag)
            lines.append(f"{case.get('name')}: {first}")
    return lines


def run_verify(
    generated_dir: Path,
    vendor: str,
    *,
    base_url: str | None,
    allow_writes: Sequence[str] = (),
    junit_xml: Path | None = None,
    max_examples: int = 10,
    seed: int | None = None,
    rate_limit: str | None = None,
    environ: Mapping[str, str] | None = None,
    out: TextIO | None = None,
) -> int:
    """Check the API at `base_url` against `generated_dir/<vendor>/openapi.yaml`; 0 no drift, 1 drift."""
    import os

    from generator.fuzz.runner import _check_base_url
    from generator.mock.loader import MERGED_SPEC, load_vendor_api

    stream = out or sys.stdout
    environ = os.environ if environ is None else environ
    api = load_vendor_api(vendor, generated_dir)
    base_url = base_url or environ.get(env_name(vendor, "base_url"))
    if not base_url:
        raise InputError(
            None, "--base-url", f"the API to verify is required (or set {env_name(vendor, 'base_url')})"
        )
    base_url = _check_base_url(base_url)
    if max_examples < 1:
        raise InputError(None, "--max-examples", "must be at least 1")
    credentials = env_credentials(vendor, api, environ)
    plan = build_plan(vendor, api, credentials, environ={})
    plan = dataclasses.replace(
        plan, credentials={k: v for k, v in plan.credentials.items() if k in credentials}
    )
    selection = select_operations(api, plan, allow_writes)
    names = ", ".join(env_name(vendor, c.name) for c in api.auth.credentials)
    print(f"vendorkit verify: {api.title} at {base_url}; credentials from {names or 'nothing'}", file=stream)
    print(
        f"vendorkit verify: {len(selection.included)} operation(s): {', '.join(selection.included)}",
        file=stream,
    )
    for operation_id, why in selection.left_out:
        print(f"  left out {operation_id}: {why}", file=stream)
    rate = pace(api, rate_limit)
    print(
        f"vendorkit verify: paced at {rate or 'no limit (none documented; --rate-limit sets one)'}",
        file=stream,
    )
    if not selection.included:
        if any(why.startswith("no credentials") for _, why in selection.left_out):
            raise InputError(None, "environment", f"nothing to verify without credentials: set {names}")
        print("vendorkit verify: nothing to verify", file=stream)
        return 0
    with contextlib.ExitStack() as stack:
        http = stack.enter_context(httpx.Client(base_url=base_url, timeout=REQUEST_TIMEOUT_SECONDS))
        auth = FuzzAuth(plan, lambda: http)
        stack.enter_context(registered_auth(auth))
        stack.enter_context(installed_on_loaded_schemas(api))
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="vendorkit-verify-")))
        config = config_data(api, max_examples=max_examples, seed=seed, deterministic=seed is not None)
        (folder / "schemathesis.toml").write_text(to_toml(config), encoding="utf-8")
        report = folder / "junit.xml"
        arguments = [
            "--config-file", str(folder / "schemathesis.toml"), "--no-color", "run",
            str(generated_dir / vendor / MERGED_SPEC), "--url", base_url,
            "--checks", ",".join(DRIFT_CHECKS), "--mode", "positive", "--phases", ",".join(PHASES),
            "--workers", "1", *include_arguments(selection.included),
            "--report", "junit", "--report-junit-path", str(report),
            *(["--rate-limit", rate] if rate else []),
        ]  # fmt: skip
        writer = RedactingWriter(stream, lambda: auth.secrets)
        try:
            with contextlib.redirect_stdout(writer), contextlib.redirect_stderr(writer):
                code = run_schemathesis(arguments)
        finally:
            writer.flush()
        drift = drift_lines(report) if report.is_file() else []
        if junit_xml is not None and report.is_file():
            shutil.copyfile(report, junit_xml)
    if drift:
        print(
            f"vendorkit verify: DRIFT: {len(drift)} place(s) where the API differs from the spec:",
            file=stream,
        )
        for line in drift:
            print(f"  - {line}", file=writer)
        writer.flush()
        return 1
    if code != 0:
        return code
    print("vendorkit verify: no drift found", file=stream)
    return 0
