"""Every operation that needs a credential refuses every bad one, over real HTTP (issue 15).

For each operation of each vendor with `security`, from the credential `vendorkit fuzz` would send:
none at all, a wrong value, a token whose JWT header says `alg: none`, a token re-signed with another
key, a token issued by another instance of the mock (another signing secret), a token after its
lifetime (the mock's clock moved on, no waiting), and the credential of another scheme of the same
vendor that the operation does not accept (a user's token on an admin-only operation). Each is a 4xx,
as the vendor words it (answers are checked against the merged spec). What a token may see of
another user's records is each vendor's own test (ownership is declared per resource).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import httpx
import pytest

from generator.fuzz.auth import Credential, apply_credentials
from generator.model import Operation
from generator.runtime.schemes import IssuedBearer, OAuth2AuthorizationCode
from tests.conftest import GENERATED
from tests.fuzz.conftest import VENDORS, require_mock
from tests.support.clock import FakeClock
from tests.support.fuzzing.target import FuzzTarget, loopback_target

TIMEOUT = 10.0


@dataclass
class Served:
    target: FuzzTarget
    base_url: str
    clock: FakeClock
    client: httpx.Client


@pytest.fixture(scope="module", params=VENDORS)
def served(request: pytest.FixtureRequest) -> Iterator[Served]:
    vendor: str = request.param
    require_mock(vendor)
    clock = FakeClock()
    target = loopback_target(
        GENERATED, vendor, max_examples=1, mock_options={"validate_responses": True, "clock": clock}
    )
    with target, target.served() as base_url, httpx.Client(timeout=TIMEOUT) as client:
        target.auth.ensure_subjects()
        yield Served(target, base_url, clock, client)


def secured(served: Served) -> list[Operation]:
    return [operation for operation in served.target.api.operations if operation.security]


def url(served: Served, operation: Operation) -> str:
    path = operation.path
    for parameter in operation.parameters:
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", "1")
    return served.base_url + served.target.api.base_path + path


def send(served: Served, operation: Operation, credentials: list[Credential]) -> httpx.Response:
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    cookies: dict[str, str] = {}
    apply_credentials(credentials, headers=headers, query=query, cookies=cookies)
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    return served.client.request(
        operation.method, url(served, operation), params=query or None, headers=headers
    )


def assert_refused(answer: httpx.Response, what: str) -> None:
    assert 400 <= answer.status_code < 500, f"{what}: {answer.status_code} {answer.text[:200]}"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def bearer(credential: Credential) -> str | None:
    prefix = "Bearer "
    return credential.value[len(prefix) :] if credential.value.startswith(prefix) else None


def forged(token: str, how: str) -> str:
    """The token with its JWT header set to `alg: none`, or re-signed with another key; an opaque
    token with one character changed."""
    parts = token.split(".")
    if len(parts) != 3:
        return token[:-1] + ("A" if token[-1] != "A" else "B")
    if how == "alg-none":
        return b64(json.dumps({"alg": "none", "typ": "JWT"}).encode()) + "." + parts[1] + "."
    signing_input = f"{parts[0]}.{parts[1]}".encode()
    signature = hmac.new(b"not-the-mock-secret", signing_input, hashlib.sha256).digest()
    return f"{parts[0]}.{parts[1]}.{b64(signature)}"


def token_schemes(served: Served) -> set[str]:
    schemes = served.target.plan.schemes
    return {
        name for name, kind in schemes.items() if isinstance(kind, IssuedBearer | OAuth2AuthorizationCode)
    }


def uses_tokens(served: Served, operation: Operation) -> bool:
    """Whether the credentials fuzzing sends to `operation` are tokens the mock issued."""
    requirement = served.target.plan.requirement_for(operation.method, operation.path)
    return bool(set(requirement) & token_schemes(served))


def test_missing_wrong_and_forged_credentials_are_refused(served: Served) -> None:
    auth = served.target.auth
    for operation in secured(served):
        good = auth.credentials_for(operation.method, operation.path) or []
        assert_refused(send(served, operation, []), f"{operation.operation_id} without credentials")
        for index, credential in enumerate(good):
            if not credential.secret and bearer(credential) is None:
                continue  # a header that identifies (an organization id), not a secret
            wrong = [*good]
            wrong[index] = replace(credential, value=credential.value[:-3] + "xyz")
            assert_refused(send(served, operation, wrong), f"{operation.operation_id} wrong {credential}")
            token = bearer(credential)
            if token is None:
                continue
            for how in ("alg-none", "other-key"):
                bad = [*good]
                bad[index] = replace(credential, value="Bearer " + forged(token, how))
                assert_refused(send(served, operation, bad), f"{operation.operation_id} {how}")


def test_tokens_of_another_mock_instance_are_refused(served: Served) -> None:
    if not token_schemes(served):
        return  # static keys are the same demo value in every instance: nothing instance-bound
    other = loopback_target(GENERATED, served.target.vendor, max_examples=1)
    with other, other.served():
        other.auth.ensure_subjects()
        foreign = {
            (operation.method, operation.path): other.auth.credentials_for(operation.method, operation.path)
            for operation in secured(served)
        }
    for operation in secured(served):
        credentials = foreign[(operation.method, operation.path)] or []
        if uses_tokens(served, operation):
            answer = send(served, operation, credentials)
            assert_refused(answer, f"{operation.operation_id} with another instance's token")


def test_expired_tokens_are_refused(served: Served) -> None:
    needing_tokens = [operation for operation in secured(served) if uses_tokens(served, operation)]
    held = {
        operation.operation_id: served.target.auth.credentials_for(operation.method, operation.path) or []
        for operation in needing_tokens
    }
    served.clock.advance(400 * 24 * 3600)
    try:
        for operation in needing_tokens:
            if held[operation.operation_id]:
                answer = send(served, operation, held[operation.operation_id])
                assert_refused(answer, f"{operation.operation_id} with an expired token")
    finally:
        served.clock.advance(-400 * 24 * 3600)  # the module's other tests share this mock
        served.target.reset()


def test_another_schemes_credential_is_refused(served: Served) -> None:
    plan = served.target.plan
    for operation in secured(served):
        accepted = {name for requirement in operation.security for name in requirement}
        for scheme in sorted(set(plan.schemes) - accepted):
            if not plan.satisfiable(scheme):
                continue
            credentials: Any = served.target.auth.credentials_of(scheme)
            answer = send(served, operation, credentials)
            assert_refused(answer, f"{operation.operation_id} with {scheme}'s credential")
