"""Fuzzing: how much of a schemathesis run's time the mock takes, and the run in process vs over HTTP.

The targets are the ones the fuzz tests use (`tests.support.fuzzing.target`): the same schema,
configuration (the vendor's allowances and schemathesis workarounds included) and auth set-up.
Each operation gets the same derandomized Hypothesis run (positive cases, `EXAMPLES` examples,
generation only), and every case is sent and validated with all of schemathesis' checks
(`case.call_and_validate()`), as `make fuzz` does. A case that a check fails is counted like any
other: this measures speed, the fuzz tests judge correctness.

The goal (issue 18): the mock is not what limits fuzzing. The same cases run in process against

- the vendor's mock (validation, auth and state on, a fresh mock for every operation, as the fuzz
  tests do), and
- a fixed-response ASGI app (`FixedApp`): it reads the request body and answers each operation with
  one fixed, valid answer of that operation (the first 2xx or 3xx the mock gave it in an untimed
  run of the same cases, else its first answer below 500), with the same schema and auth set-up
  (its login answers a token as the mock's did, which the auth provider then sends; an OAuth 2.0
  authorization server's endpoints answer as the mock's did; a request carrying exactly the
  credentials the mock refused for that operation gets the mock's 401, so schemathesis'
  `ignored_auth` probes go on as against the mock and both runs send the same requests);

in interleaved rounds, and the figure is the CPU time of this process (every thread: schemathesis,
Hypothesis, the app's event loop thread) of the mock's run over the fixed app's, the median round.
What the mock adds is that ratio minus one; the goal is at most 10% (a ratio of 1.10).

Over HTTP, for information: the same mock served by uvicorn on loopback in a thread of this process
(as in the tests), so the difference to in process is the socket, HTTP parsing and the thread hand-off.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.common import GENERATED, generated_vendors, ratio, say
from benchmarks.results import Goal, Section, Table, fmt_number, fmt_ratio, fmt_seconds

EXAMPLES = 10
WARM_UP_EXAMPLES = 2
ROUNDS = 3
MOCK_GOAL = 1.10
"""The mock adds at most 10% to the run's time."""
MOCK, FIXED, HTTP = "mock in process", "fixed-response app in process", "mock over HTTP (loopback)"
MODES = (MOCK, FIXED, HTTP)


@dataclass
class ModeFigures:
    cases: int = 0
    failed: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    app_cpu_seconds: float = 0.0
    """CPU time spent inside the app's ASGI calls for schemathesis' requests (`AppTimer`)."""
    requests: int = 0
    """How many requests schemathesis sent (a correct refusal can make a check send another)."""

    @property
    def per_second(self) -> float | None:
        return self.cases / self.seconds if self.seconds else None


@dataclass
class VendorFuzzFigures:
    vendor: str
    modes: dict[str, ModeFigures] = field(default_factory=dict)
    rounds: dict[str, list[ModeFigures]] = field(default_factory=dict)
    fixed_answers: int = 0
    not_measured: str | None = None

    def cpu_ratio(self) -> float | None:
        """Mock CPU time over the fixed app's, the median of the rounds' ratios."""
        pairs = zip(self.rounds.get(MOCK, []), self.rounds.get(FIXED, []), strict=False)
        ratios = [mock.cpu_seconds / fixed.cpu_seconds for mock, fixed in pairs if fixed.cpu_seconds]
        return statistics.median(ratios) if ratios else None


Answer = tuple[int, list[tuple[bytes, bytes]], bytes]
"""Status, raw headers and body of one answer."""


Credential = tuple[Any, ...]
"""What a request carries where the spec's security schemes put credentials (`CredentialReader`)."""

Refusal = tuple[Answer, frozenset[Credential]]
"""An operation's recorded 401 answer and the credentials the mock refused with it (and never accepted)."""


class CredentialReader:
    """The values a request carries in the places the spec's security schemes name: the
    `Authorization` header, and each API key's header, query parameter or cookie. Nothing is
    verified: a refusal recorded for exactly these values is replayed for them (`FixedApp`)."""

    def __init__(self, api: Any) -> None:
        headers: set[bytes] = set()
        query: set[str] = set()
        self.cookies = False
        for scheme in api.security_schemes.values():
            if scheme.type != "apiKey":
                headers.add(b"authorization")
            elif scheme.location == "header":
                headers.add(scheme.parameter.lower().encode("latin-1"))
            elif scheme.location == "query":
                query.add(scheme.parameter)
            elif scheme.location == "cookie":
                self.cookies = True
        self.headers = tuple(sorted(headers))
        self.query = tuple(sorted(query))

    def __call__(self, scope: Any) -> Credential:
        from urllib.parse import parse_qs

        sent = dict(scope["headers"])  # ASGI header names are lowercase
        values: list[Any] = [sent.get(name) for name in self.headers]
        if self.query:
            params = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            values += [tuple(params.get(name, ())) for name in self.query]
        if self.cookies:
            values.append(sent.get(b"cookie"))
        return tuple(values)


class FixedApp:
    """An ASGI app answering each operation of the spec with one fixed answer (status, headers,
    body), whatever the request holds; a path or method of no operation gets a fixed 404. It reads
    the request body, as any server must.

    One exception keeps the two runs' requests the same: a request carrying exactly the credentials
    the mock refused for that operation (`refusals`: schemathesis' `ignored_auth` probes, with no
    credential or a known invalid one) gets the mock's recorded 401. Answered 200 instead, the probe
    would fail the check at once, while the mock's 401 makes schemathesis send its second probe: the
    fixed run would send fewer requests for reasons that are not the mock's cost."""

    NOT_FOUND: Answer = (404, [(b"content-type", b"application/json"), (b"content-length", b"2")], b"{}")

    def __init__(
        self,
        api: Any,
        answers: dict[str, Answer],
        others: dict[tuple[str, str], Answer] | None = None,
        refusals: dict[str, Refusal] | None = None,
    ) -> None:
        """`answers` by operationId; `others` by method and path, for requests of no operation the
        auth set-up makes (an OAuth 2.0 authorization server's endpoints); `refusals` by operationId."""
        from generator.mock.routing import Router

        self.answers = answers
        self.others = others or {}
        self.credential = CredentialReader(api)
        self.router: Router[tuple[Answer, Refusal | None]] = Router(api.base_path)
        refusals = refusals or {}
        for operation in api.operations:
            answer = answers.get(operation.operation_id)
            if answer is not None:
                self.router.add(
                    operation.method, operation.path, (answer, refusals.get(operation.operation_id))
                )

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        from generator.mock.context import raw_request_path

        more = True
        while more:
            message = await receive()
            more = message.get("more_body", False) and message["type"] == "http.request"
        path = raw_request_path(scope)
        found = self.router.match(path)
        kept = found.route.methods.get(scope["method"]) if found is not None else None
        answer: Answer | None = None
        if kept is not None:
            answer, refusal = kept
            if refusal is not None and self.credential(scope) in refusal[1]:
                answer = refusal[0]
        else:
            answer = self.others.get((scope["method"], path))
            if answer is not None and 300 <= answer[0] < 400:
                answer = _echo_state(answer, scope.get("query_string", b""))
        status, headers, body = answer or self.NOT_FOUND
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _echo_state(answer: Answer, query: bytes) -> Answer:
    """An authorization endpoint's recorded redirect with the `state` this request sent (OAuth 2.0
    clients refuse a redirect carrying another: RFC 6749 §4.1.2)."""
    import httpx

    state = httpx.QueryParams(query.decode("latin-1")).get("state")
    if state is None:
        return answer
    status, headers, body = answer
    echoed = []
    for name, value in headers:
        if name.lower() == b"location":
            url = httpx.URL(value.decode("latin-1"))
            value = str(url.copy_set_param("state", state)).encode("latin-1")
        echoed.append((name, value))
    return status, echoed, body


class Recorder:
    """Wraps the mock for a recording run: keeps, per operation (and per method and path for a
    request of no operation), the first 2xx or 3xx answer, else the first below 500, for the
    fixed app; and per operation the first 401 with the credentials the mock refused and those it
    accepted (`refusals`)."""

    def __init__(self, api: Any, app: Any) -> None:
        from generator.mock.routing import Router

        self.app = app
        self.router: Router[str] = Router(api.base_path)
        for operation in api.operations:
            self.router.add(operation.method, operation.path, operation.operation_id)
        self.answers: dict[str, Answer] = {}
        self.others: dict[tuple[str, str], Answer] = {}  # requests of no operation (OAuth endpoints)
        self.credential = CredentialReader(api)
        self.unauthorized: dict[str, Answer] = {}
        self.refused: dict[str, set[Credential]] = {}
        self.accepted: dict[str, set[Credential]] = {}

    def reset(self) -> None:
        self.app.reset()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from generator.mock.context import raw_request_path

        path = raw_request_path(scope)
        found = self.router.match(path)
        operation = found.route.methods.get(scope["method"]) if found is not None else None
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def recording(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        credential = self.credential(scope)
        await self.app(scope, receive, recording)
        if not start:
            return
        status = int(start["status"])
        if operation is not None and (status == 401 or 200 <= status < 400):
            seen = self.refused if status == 401 else self.accepted
            seen.setdefault(operation, set()).add(credential)
            if status == 401:
                self.unauthorized.setdefault(
                    operation, (status, list(start.get("headers", [])), b"".join(chunks))
                )
        answers: dict[Any, Answer] = self.answers if operation is not None else self.others
        key = operation if operation is not None else (scope["method"], path)
        kept = answers.get(key)
        if status < 500 and (kept is None or (200 <= status < 400 and not 200 <= kept[0] < 400)):
            answers[key] = (status, list(start.get("headers", [])), b"".join(chunks))

    @property
    def refusals(self) -> dict[str, Refusal]:
        """Per operation, its first 401 and the credentials refused with 401 and never accepted
        (a credential refused only once it was revoked stays accepted)."""
        return {
            operation: (answer, frozenset(self.refused[operation] - self.accepted.get(operation, set())))
            for operation, answer in self.unauthorized.items()
        }


class AppTimer:
    """An ASGI app's CPU time (of the thread calling it: the in-process transport's event loop),
    summed over its calls; both modes are timed alike, so the app's own share of a run shows."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.seconds = 0.0
        self.calls = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        started = time.thread_time()
        self.calls += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.seconds += time.thread_time() - started


def run_cases(target: Any, examples: int) -> ModeFigures:
    """Every operation of the target's schema, `examples` positive cases each, sent and checked."""
    from hypothesis import HealthCheck, Phase, given, settings

    figures = ModeFigures()
    schema = target.schema
    timer = schema.app if isinstance(schema.app, AppTimer) else None
    in_app = timer.seconds if timer is not None else 0.0
    calls = timer.calls if timer is not None else 0
    started, started_cpu = time.perf_counter(), time.process_time()
    for result in schema.get_all_operations():
        operation = result.ok()
        target.reset()

        @settings(
            max_examples=examples,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(auth_storage=schema.auth))
        def test(case: Any) -> None:
            figures.cases += 1
            try:
                case.call_and_validate()
            except (Exception, BaseExceptionGroup):  # schemathesis' FailureGroup is a BaseExceptionGroup
                figures.failed += 1

        test()
    figures.seconds = time.perf_counter() - started
    figures.cpu_seconds = time.process_time() - started_cpu
    figures.app_cpu_seconds = timer.seconds - in_app if timer is not None else 0.0
    figures.requests = timer.calls - calls if timer is not None else 0
    return figures


def record_answers(vendor: str, examples: int = EXAMPLES) -> FixedApp:
    """The fixed-response app of `vendor`: a run of the cases measured later against the mock,
    through a `Recorder` (the auth set-up's own logins too, so a login's kept answer is one that
    issued a token, and an authorization server's answers are kept by path)."""
    from generator.fuzz.plan import build_plan
    from generator.fuzz.schema import DEFAULT_SEED
    from tests.support.fuzzing.asgi import asgi_client
    from tests.support.fuzzing.target import _target, load_api, mock_factory

    api = load_api(GENERATED, vendor)
    plan = build_plan(vendor, api, environ={})
    recorder = Recorder(api, mock_factory(GENERATED, vendor, api, plan))
    with _target(
        vendor,
        api,
        plan,
        recorder,  # type: ignore[arg-type]  # a FreshApp in all but name: reset() and ASGI
        lambda: asgi_client(recorder),
        max_examples=examples,
        seed=DEFAULT_SEED,
        in_process=True,
    ) as target:
        run_cases(target, examples)
    return FixedApp(api, recorder.answers, recorder.others, recorder.refusals)


def measure_vendor(vendor: str, examples: int, rounds: int = ROUNDS) -> VendorFuzzFigures:
    from tests.support.fuzzing.asgi import FreshApp
    from tests.support.fuzzing.target import app_target, in_process_target, loopback_target

    figures = VendorFuzzFigures(vendor)
    try:
        say(f"fuzzing: {vendor}: the fixed answers (from the mock)")
        fixed = record_answers(vendor, examples)
        figures.fixed_answers = len(fixed.answers)
        say(f"fuzzing: {vendor} in process, mock and fixed-response app")
        with (
            in_process_target(GENERATED, vendor, max_examples=examples) as inside,
            app_target(GENERATED, vendor, FreshApp(lambda: fixed), max_examples=examples) as baseline,
        ):
            inside.schema.app = AppTimer(inside.schema.app)
            baseline.schema.app = AppTimer(baseline.schema.app)
            run_cases(inside, WARM_UP_EXAMPLES)  # first-use costs (schema compilation, imports) paid here
            run_cases(baseline, WARM_UP_EXAMPLES)
            for index in range(rounds):
                order = [(MOCK, inside), (FIXED, baseline)]
                for mode, target in order if index % 2 == 0 else order[::-1]:
                    figures.rounds.setdefault(mode, []).append(run_cases(target, examples))
        for mode in (MOCK, FIXED):
            runs = figures.rounds[mode]
            figures.modes[mode] = sorted(runs, key=lambda run: run.cpu_seconds)[(len(runs) - 1) // 2]
        say(f"fuzzing: {vendor} over HTTP")
        with loopback_target(GENERATED, vendor, max_examples=examples) as target, target.served():
            run_cases(target, WARM_UP_EXAMPLES)
            figures.modes[HTTP] = run_cases(target, examples)
    except Exception as error:  # a mock that does not build: say so, go on with the next vendor
        figures.not_measured = f"{type(error).__name__}: {error}"
    return figures


@dataclass
class FuzzFigures:
    examples: int
    rounds: int = ROUNDS
    vendors: list[VendorFuzzFigures] = field(default_factory=list)


def measure(only: Sequence[str] = (), examples: int = EXAMPLES, rounds: int = ROUNDS) -> FuzzFigures:
    figures = FuzzFigures(examples, rounds)
    for vendor in generated_vendors(only=only):
        figures.vendors.append(measure_vendor(vendor.name, examples, rounds))
    return figures


def section(figures: FuzzFigures) -> Section:
    result = Section(
        "fuzzing",
        "Fuzzing",
        f"schemathesis: every operation, {figures.examples} positive cases each (derandomized, "
        "generation only), each sent and validated with all checks; the same cases in every mode, "
        "after an untimed warm-up run of each. *mock*: the vendor's mock called in process (a fresh "
        "mock per operation, as the fuzz tests run it); *fixed*: a fixed-response ASGI app in "
        "process answering each operation with one valid answer the mock gave it, same schema and "
        f"auth set-up. Mock and fixed run in {figures.rounds} interleaved rounds; *CPU* is this "
        "process's CPU time (all threads), the median round; *added by the mock* is mock CPU / "
        "fixed CPU - 1. *Inside the app*: the CPU time of the app's own ASGI calls for "
        "schemathesis' requests (the rest of a run is schemathesis, Hypothesis, the transport and "
        "the auth set-up; they differ between the modes too, as the answers differ: statuses, bodies, "
        "failed checks: a correct refusal of a check's probe can make schemathesis send another, "
        "so the request counts are shown). Over HTTP (one run, for information): the mock served by uvicorn on "
        "loopback. Failed cases are counted like any other (their number is in the JSON report; "
        "the fixed app fails stateful checks the mock passes).",
    )
    table = Table(
        "Mock vs fixed-response app (in process)",
        [
            "vendor",
            "cases",
            "mock: CPU s",
            "mock: cases/s",
            "fixed: CPU s",
            "fixed: cases/s",
            "mock / fixed (CPU)",
            "added by the mock",
            "requests: mock / fixed",
            "inside the app: mock / fixed CPU",
            "the mock app's extra CPU, share of the fixed run",
        ],
    )
    http_table = Table(
        "Over HTTP vs in process (the mock)",
        ["vendor", "over HTTP: cases", "time", "cases/s", "HTTP / in process (cases/s)"],
    )
    data: dict[str, Any] = {"examples": figures.examples, "rounds": figures.rounds, "vendors": {}}
    for vendor in figures.vendors:
        if vendor.not_measured is not None:
            table.rows.append([vendor.vendor, f"not measured: {vendor.not_measured}", *[""] * 9])
            data["vendors"][vendor.vendor] = {"not_measured": vendor.not_measured}
            result.goals.append(
                Goal.at_most(f"{vendor.vendor} fuzzing: mock / fixed-response app", None, MOCK_GOAL)
            )
            continue
        mock, fixed = vendor.modes.get(MOCK, ModeFigures()), vendor.modes.get(FIXED, ModeFigures())
        http = vendor.modes.get(HTTP, ModeFigures())
        cpu_ratio = vendor.cpu_ratio()
        added = cpu_ratio - 1 if cpu_ratio is not None else None
        app_share = (
            (mock.app_cpu_seconds - fixed.app_cpu_seconds) / fixed.cpu_seconds if fixed.cpu_seconds else None
        )
        table.rows.append(
            [
                vendor.vendor,
                fmt_number(mock.cases),
                fmt_seconds(mock.cpu_seconds),
                fmt_number(mock.cases / mock.cpu_seconds if mock.cpu_seconds else None, 1),
                fmt_seconds(fixed.cpu_seconds),
                fmt_number(fixed.cases / fixed.cpu_seconds if fixed.cpu_seconds else None, 1),
                fmt_ratio(cpu_ratio),
                "n/a" if added is None else f"{added:.1%}",
                f"{fmt_number(mock.requests)} / {fmt_number(fixed.requests)}",
                f"{fmt_seconds(mock.app_cpu_seconds)} / {fmt_seconds(fixed.app_cpu_seconds)}",
                "n/a" if app_share is None else f"{app_share:.1%}",
            ]
        )
        relative = ratio(http.per_second, mock.per_second)
        http_table.rows.append(
            [
                vendor.vendor,
                fmt_number(http.cases),
                fmt_seconds(http.seconds),
                fmt_number(http.per_second, 1),
                fmt_ratio(relative),
            ]
        )
        result.goals.append(
            Goal.at_most(
                f"{vendor.vendor} fuzzing: mock / fixed-response app (CPU, in process)", cpu_ratio, MOCK_GOAL
            )
        )
        data["vendors"][vendor.vendor] = {
            "modes": {mode: {**m.__dict__, "per_second": m.per_second} for mode, m in vendor.modes.items()},
            "rounds": {mode: [run.__dict__ for run in runs] for mode, runs in vendor.rounds.items()},
            "fixed_answers": vendor.fixed_answers,
            "mock_vs_fixed_cpu": cpu_ratio,
            "added_by_mock": added,
            "mock_app_extra_share": app_share,
            "http_vs_in_process": relative,
        }
    result.tables = [table, http_table]
    result.data = data
    return result
