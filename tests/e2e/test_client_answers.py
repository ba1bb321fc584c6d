"""What a generated client sends and accepts (issue 13): only what the user set; an answer checked
against the spec; credentials an answer carries masked in reprs; never a request sent bare.

JumpStory's facade over a recording transport (and its mock over real HTTP where the mock matters);
every vendor for the masking.
"""

from __future__ import annotations

import email.utils
import importlib
import inspect
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
import yaml
from jumpstory_client import AuthConfigurationError, JumpStory, RateLimitError, UnexpectedResponseError
from jumpstory_client.models import CreateUserBody, ResizeArchiveFileBody
from jumpstory_client.types import Unset
from openapi_python_client.strings import ClassName, PythonIdentifier

from tests.conftest import GENERATED, generated_vendors
from tests.e2e.conftest import MockServer
from tests.support.clock import FakeClock

BASE_URL = "https://api.jumpstory.test"
CREDENTIAL_NAME = re.compile(r"(^|_)(token|password|secret)$|^(access|refresh|id)_?token$", re.IGNORECASE)
NOT_CREDENTIALS = frozenset({"token_type"})
"""Properties named like credentials that are none (`token_type: Bearer`)."""


class Recorder:
    """A transport that records what is sent and answers what the test queued (else `[]`)."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"token": "user-jwt", "expire_seconds": 900})
        return self.answers.pop(0) if self.answers else httpx.Response(200, json=[])


@pytest.fixture
def recorded() -> Iterator[tuple[JumpStory, Recorder]]:
    recorder = Recorder()
    with JumpStory(
        admin_key="admin-k", user_id="u1", base_url=BASE_URL, rate_limit=False,
        httpx_args={"transport": httpx.MockTransport(recorder)},
    ) as client:  # fmt: skip
        yield client, recorder


FILE = {"type": "file", "id": 7, "name": "a.png", "file": "https://f", "thumbnail": "https://t", "labels": []}


def test_a_body_sends_only_the_fields_the_user_set_not_the_spec_defaults(
    recorded: tuple[JumpStory, Recorder],
) -> None:
    client, recorder = recorded
    recorder.answers.append(httpx.Response(200, json={"image": "https://cdn.test/resized.png"}))
    client.archive.resize(7, body=ResizeArchiveFileBody(height=300))
    assert json.loads(recorder.sent[-1].content) == {"height": 300}  # not also `width: 1600`
    assert isinstance(ResizeArchiveFileBody().width, Unset)
    assert "(server default, not sent unless set: 1600)" in inspect.getsource(ResizeArchiveFileBody)


def test_a_success_status_the_spec_does_not_declare_raises(recorded: tuple[JumpStory, Recorder]) -> None:
    client, recorder = recorded
    recorder.answers.append(httpx.Response(202, json=FILE))
    with pytest.raises(
        UnexpectedResponseError, match=r"GET .*/v1/archive/file/7 answered HTTP 202.*not a status"
    ):
        client.archive.get_file(7)


MISSING = object()


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("id", "seven", "ArchiveFile.id: expected int, got str"),
        ("name", 5, "ArchiveFile.name: expected str, got int"),
        ("labels", "apple", "labels"),
        ("type", "folder", "type must match const 'file'"),
        ("thumbnail", MISSING, "KeyError: 'thumbnail'"),
    ],
)
def test_a_body_that_does_not_match_the_schema_raises(
    recorded: tuple[JumpStory, Recorder], field: str, value: Any, expected: str
) -> None:
    client, recorder = recorded
    body = {key: item for key, item in {**FILE, field: value}.items() if item is not MISSING}
    recorder.answers.append(httpx.Response(200, json=body))
    with pytest.raises(UnexpectedResponseError, match=expected) as wrong:
        client.archive.get_file(7)
    assert wrong.value.status_code == 200 and json.loads(wrong.value.content) == body
    recorder.answers.append(httpx.Response(200, text="<html>Bad gateway</html>"))
    with pytest.raises(UnexpectedResponseError, match="JSONDecodeError"):
        client.archive.get_file(7)


def test_an_integer_sent_as_a_whole_float_is_an_integer(recorded: tuple[JumpStory, Recorder]) -> None:
    client, recorder = recorded
    recorder.answers.append(httpx.Response(200, json={**FILE, "id": 7.0}))  # JSON Schema: 7.0 is an integer
    answer = client.archive.get_file(7)
    assert answer.id == 7 and type(answer.id) is int
    recorder.answers.append(httpx.Response(200, json={**FILE, "id": 7.5}))
    with pytest.raises(UnexpectedResponseError, match=r"ArchiveFile\.id: expected int, got float"):
        client.archive.get_file(7)


def test_a_facade_call_whose_path_matches_no_operation_is_not_sent(
    recorded: tuple[JumpStory, Recorder],
) -> None:
    client, recorder = recorded
    with pytest.raises(
        AuthConfigurationError, match=r"GET /v1/nowhere .* matches none of its paths: not sent"
    ):
        client.archive._request({"method": "get", "url": "/v1/nowhere"}, lambda **_: None)
    assert recorder.sent == []


def test_a_user_token_from_the_mock_is_masked_in_repr_and_str(jumpstory_mock: MockServer) -> None:
    with JumpStory(
        admin_key=jumpstory_mock.admin_key, base_url=jumpstory_mock.base_url, rate_limit=False
    ) as admin:
        created = admin.users.create(body=CreateUserBody(user_id="repr-check"))
        issued = admin.users.issue_token("repr-check")
    for token in (created, issued):
        assert len(token.token) > 20 and token.token not in repr(token) and token.token not in str(token)
        assert "token='***'" in repr(token)


def _secret_properties(vendor: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    spec = yaml.safe_load((GENERATED / vendor / "openapi.yaml").read_text(encoding="utf-8"))
    for schema_name, schema in spec["components"]["schemas"].items():
        for name, prop in (schema.get("properties") or {}).items():
            yield schema_name, name, prop


@pytest.mark.parametrize("vendor", generated_vendors())
def test_every_credential_field_of_every_vendor_is_marked_and_masked(vendor: str) -> None:
    models = importlib.import_module(f"{vendor}_client.models")
    masked = 0
    for schema_name, name, prop in _secret_properties(vendor):
        if name in NOT_CREDENTIALS or not CREDENTIAL_NAME.search(name):
            assert prop.get("x-sdk-secret") is None or name not in NOT_CREDENTIALS
            continue
        assert prop.get("x-sdk-secret") is True, (
            f"{vendor}: {schema_name}.{name} carries a credential: mark it"
        )
        model = getattr(models, str(ClassName(schema_name, "")))
        secret = f"SECRET-{vendor}-{schema_name}-{name}"
        attribute = str(PythonIdentifier(name, "field_"))
        values: dict[str, Any] = {
            field.name: f"v-{field.name}" for field in attrs.fields(model) if field.init
        }
        values[attribute] = secret
        instance = model(**values)
        if hasattr(instance, "additional_properties"):
            instance.additional_properties = {"refresh_token": "SECRET-undeclared"}
        for text in (repr(instance), str(instance), f"{instance}", f"{instance!r}"):
            assert secret not in text and "SECRET-undeclared" not in text and f"{attribute}='***'" in text
        masked += 1
    assert masked >= 1, f"{vendor} declares no credential field in its models"


def test_a_retry_after_date_of_a_429_is_read_on_the_clients_clock() -> None:
    """`RateLimitError.retry_after` counts from the answer on the client's clock (`clock=`), so a
    test's fake clock, far from the machine's, reads an HTTP-date right."""
    clock = FakeClock(now=1_000_000_000.0)  # 2001: an HTTP-date read on the machine's clock would be past
    limited = httpx.Response(429, json={"message": "Too Many Attempts."})
    limited.headers["Retry-After"] = email.utils.formatdate(clock.time() + 90, usegmt=True)
    client = JumpStory(
        admin_key="admin-k", user_id="u1", base_url=BASE_URL, rate_limit=False, max_retries=0, clock=clock,
        httpx_args={"transport": httpx.MockTransport(Recorder(limited))},
    )  # fmt: skip
    with client, pytest.raises(RateLimitError) as throttled:
        client.archive.get_file(7)
    assert throttled.value.retry_after == 90.0 and throttled.value.answered_at == clock.time()
