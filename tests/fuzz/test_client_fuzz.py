"""Client fuzzing: the generated typed clients against generated inputs and generated responses.

1. Inputs: for every operation of every generated vendor, schema-valid cases (schemathesis, positive
   mode) go through the facade method with typed arguments (`Model.from_dict(case.body)`, enums,
   files) to the vendor's mock over loopback. The request the client put on the wire must carry the
   case unchanged, the mock must accept it (404 for an id that does not exist, and the statuses the
   operation's `x-fuzz` allowances in the vendor's overlay add to `positive_data_acceptance`, are
   fine), and a success must parse into models that give back exactly the body the mock sent.
2. Responses: bodies generated from each operation's declared success responses are fed to the
   generated `_parse_response` as an `httpx.Response`; each must parse, and `to_dict()` must give the
   body back unchanged. Hypothesis runs derandomized, so operations declaring the same response
   schema get the very same bodies: the first of them gets `RESPONSE_EXAMPLES`, the others the first
   `SHARED_RESPONSE_EXAMPLES` of those bodies (their own parsing code, the same models). Drawing
   them all again for each was half of this test's time and tried no new body. `RESPONSE_EXAMPLES`
   went from 25 to 15 for the suite's time budget (15 derandomized bodies for each distinct schema).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

from generator.fuzz.allowances import POSITIVE_DATA_ACCEPTANCE, allowed_statuses
from generator.fuzz.auth import FuzzAuth
from generator.fuzz.plan import build_plan
from generator.fuzz.workarounds import installed_on
from generator.model import Api
from generator.runtime.schemes import IssuedBearer, credential_of
from tests.conftest import GENERATED, RunningMock
from tests.fuzz.conftest import VENDORS, require_mock
from tests.support.fuzzing.clients import ClientOperation, GeneratedClient, jsonable
from tests.support.fuzzing.fidelity import same_json
from tests.support.fuzzing.harness import Recorder, call_facade, fidelity_problems
from tests.support.fuzzing.responses import DeclaredResponse, body_strategy, success_responses, validator
from tests.support.fuzzing.target import fuzz_config, load_api

pytestmark = pytest.mark.fuzz

CLIENT_EXAMPLES = 10
RESPONSE_EXAMPLES = 15
SHARED_RESPONSE_EXAMPLES = 3
FUZZ_SETTINGS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
)

SPECS = {vendor: load_api(GENERATED, vendor) for vendor in VENDORS}
CLIENTS = {vendor: GeneratedClient.load(GENERATED, vendor, SPECS[vendor]) for vendor in VENDORS}
OPERATIONS = [(vendor, op.operation_id) for vendor in VENDORS for op in CLIENTS[vendor].data.operations]
RESPONSES = [
    (vendor, op.operation_id, declared.status)
    for vendor in VENDORS
    for op in SPECS[vendor].operations
    for declared in success_responses(op)
]


def _declared_response(vendor: str, operation_id: str, status: int) -> DeclaredResponse:
    operation = CLIENTS[vendor].operation(operation_id)
    (declared,) = [d for d in success_responses(operation.spec) if d.status == status]
    return declared


def _response_examples() -> dict[tuple[str, str, int], int]:
    """Examples per response: all for the first operation declaring a schema, the first few of the
    same bodies for the others (see the module docstring)."""
    examples: dict[tuple[str, str, int], int] = {}
    drawn: set[tuple[str, str, str]] = set()
    for vendor, operation_id, status in RESPONSES:
        declared = _declared_response(vendor, operation_id, status)
        key = (vendor, declared.media_type, json.dumps(declared.schema, sort_keys=True))
        examples[(vendor, operation_id, status)] = (
            SHARED_RESPONSE_EXAMPLES if key in drawn else RESPONSE_EXAMPLES
        )
        drawn.add(key)
    return examples


RESPONSE_EXAMPLES_OF = _response_examples()


def takes_credentials_in_body(api: Api, operation: ClientOperation) -> bool:
    """Whether the operation issues a token for credentials sent in its body (a login): generated
    input holds made-up credentials, which the server rightly refuses with 401/403 (schemathesis
    exempts these operations the same way)."""
    return any(
        isinstance(scheme, IssuedBearer)
        and scheme.issue is not None
        and scheme.issue.operation_id == operation.operation_id
        and any(credential_of(template) for template in (scheme.issue.body or {}).values())
        for scheme in api.auth.schemes.values()
    )


def accepted_statuses(vendor: str, operation: ClientOperation) -> set[int]:
    """Non-2xx answers a schema-valid input may get: an unknown id, made-up login credentials, and
    the operation's allowances (`x-fuzz.allow` in the vendor's overlay, with their reasons)."""
    extra = {int(status) for status in allowed_statuses(operation.spec, POSITIVE_DATA_ACCEPTANCE)}
    logins = {401, 403} if takes_credentials_in_body(SPECS[vendor], operation) else set()
    return {404, *extra, *logins}


@dataclass
class Harness:
    """A vendor's facade on the running mock (all credentials, a provisioned subject) and its recorder."""

    client: GeneratedClient
    facade: Any
    recorder: Recorder
    schema: Any


@pytest.fixture(scope="module")
def harness(running_mock: Callable[[str], RunningMock]) -> Iterator[Callable[[str], Harness]]:
    made: dict[str, Harness] = {}
    with ExitStack() as stack:

        def get(vendor: str) -> Harness:
            if vendor not in made:
                mock = running_mock(vendor)
                spec = SPECS[vendor]
                plan = build_plan(vendor, spec, credentials=mock.credentials, environ={})
                auth = FuzzAuth(plan, lambda: httpx.Client(base_url=mock.base_url), mock=True)
                stack.callback(auth.close)
                auth.ensure_subjects()  # the subject the facade acts for must exist on the mock
                recorder = Recorder()
                facade = CLIENTS[vendor].facade(
                    base_url=mock.base_url,
                    credentials=plan.credentials,
                    subject=auth.subject,
                    httpx_args={"event_hooks": recorder.hooks()},
                )
                stack.callback(facade.close)
                schema = schemathesis.openapi.from_dict(
                    spec.document, config=fuzz_config(spec, max_examples=1)
                )
                # The vendor's workarounds, as in every fuzz run: its multipart parts get real files.
                stack.enter_context(installed_on(spec, schema))
                made[vendor] = Harness(CLIENTS[vendor], facade, recorder, schema)
            return made[vendor]

        yield get


def _describe(operation: ClientOperation, case: Any) -> str:
    return f"{operation.label} ({operation.operation_id}) with {case.path_parameters=} {case.query=} {case.body=!r}"


@pytest.mark.parametrize(("vendor", "operation_id"), OPERATIONS, ids=[f"{v}-{o}" for v, o in OPERATIONS])
def test_client_sends_generated_inputs_faithfully(
    vendor: str, operation_id: str, harness: Callable[[str], Harness]
) -> None:
    require_mock(vendor)
    setup = harness(vendor)
    operation = setup.client.operation(operation_id)
    api_operation = setup.schema[operation.path][operation.method]
    accepted = accepted_statuses(vendor, operation)

    @settings(FUZZ_SETTINGS, max_examples=CLIENT_EXAMPLES)
    @given(case=api_operation.as_strategy(generation_mode=schemathesis.GenerationMode.POSITIVE))
    def check(case: Any) -> None:
        outcome = call_facade(setup.client, setup.facade, operation, case, setup.recorder)
        where = _describe(operation, case)
        assert outcome.exchange is not None, f"the client sent no request for {where}"
        problems = fidelity_problems(operation, case, outcome.exchange.request)
        assert not problems, f"the client did not send the case faithfully: {where}: " + "; ".join(problems)
        assert 200 <= outcome.status < 300 or outcome.status in accepted, (
            f"the mock refused schema-valid input with HTTP {outcome.status}: {where}: {outcome.error}"
        )
        response = outcome.exchange.response
        if outcome.error is None and response is not None and response.content:
            assert same_json(jsonable(outcome.result), outcome.answered(response.json())), (
                f"parsed answer differs from the body: {where}"
            )

    check()


@pytest.mark.parametrize(
    ("vendor", "operation_id", "status"), RESPONSES, ids=[f"{v}-{o}-{s}" for v, o, s in RESPONSES]
)
def test_client_parses_generated_responses(vendor: str, operation_id: str, status: int) -> None:
    client = CLIENTS[vendor]
    spec = SPECS[vendor]
    operation = client.operation(operation_id)
    declared = _declared_response(vendor, operation_id, status)
    valid = validator(spec, declared.schema)
    plain = client.plain_client()
    url = "http://localhost" + operation.path

    @settings(FUZZ_SETTINGS, max_examples=RESPONSE_EXAMPLES_OF[(vendor, operation_id, status)])
    @given(body=body_strategy(spec, declared.schema))
    def check(body: Any) -> None:
        assert valid.is_valid(body)  # the generator's promise, checked so a failure below is the client's
        response = httpx.Response(
            status,
            json=body,
            headers={"Content-Type": declared.media_type},
            request=httpx.Request(operation.method, url),
        )
        parsed = operation.module._parse_response(client=plain, response=response)
        assert parsed is not None, f"{operation.label} {status}: nothing parsed from {body!r}"
        assert same_json(jsonable(parsed), body), f"{operation.label} {status}: round trip changed {body!r}"

    check()
