"""Engine features added with Jilster, each generic: the end of a refresh window as an error
(`after-refresh-window: error`), failures an envelope reports with a 2xx status (`x-envelope`
`success-field` / `failure-messages`), and their refusals of bad declarations."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import httpx
import pytest

from generator.errors import InputError
from generator.model import load_api
from generator.runtime.errors import APIStatusError, EnvelopeFailureError
from generator.runtime.parsing import entity_parser
from generator.runtime.schemes import IssuedBearer
from generator.runtime.token_auth import RefreshWindowExpiredError
from tests.support.clock import FakeClock as Clock
from tests.unit.test_runtime_auth_kinds import JILSTER, jwt, make_auth, run

ENDS_SESSIONS = {"jwt": dataclasses.replace(JILSTER["jwt"], after_refresh_window="error")}
assert isinstance(ENDS_SESSIONS["jwt"], IssuedBearer)


def test_the_end_of_the_refresh_window_raises_until_reauthenticated() -> None:
    clock = Clock()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path in ("/authenticate", "/refresh"):
            return httpx.Response(200, json={"token": jwt(clock.now + 120)})
        return httpx.Response(200, json={})

    auth = make_auth(
        ENDS_SESSIONS, [("GET", "/magazines", [["jwt"]])], {"email": "e", "password": "hunter2"}, clock
    )
    run(auth, handler, "GET", "/magazines")
    for _ in range(5):  # every 2 hours a refresh, within the 12 hours of the login
        clock.advance(2 * 3600)
        run(auth, handler, "GET", "/magazines")
    assert calls.count("/authenticate") == 1 and calls.count("/refresh") == 5
    clock.advance(2 * 3600 + 1)  # 12 hours after the login
    with pytest.raises(RefreshWindowExpiredError) as over:
        run(auth, handler, "GET", "/magazines")
    assert "12 hours" in str(over.value) and "hunter2" not in str(over.value)
    with pytest.raises(RefreshWindowExpiredError):  # no silent login, however often it is tried
        run(auth, handler, "GET", "/magazines")
    assert calls.count("/authenticate") == 1
    auth.reauthenticate()
    assert run(auth, handler, "GET", "/magazines").status_code == 200
    assert calls[-2:] == ["/authenticate", "/magazines"]


def _response(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request("POST", "https://api.test/images"))


class Model:
    @staticmethod
    def from_dict(src: Any) -> dict[str, Any]:
        return dict(src)


def test_envelope_failures_with_a_success_status_raise_with_the_message() -> None:
    parse = entity_parser(
        Model,
        many=False,
        envelope="data",
        success_field="success",
        failure_messages=("Invalid filetype",),
    )
    assert parse(client=None, response=_response({"success": True, "data": {"id": 1}, "message": "ok"})) == {
        "id": 1
    }
    with pytest.raises(EnvelopeFailureError) as flagged:
        parse(client=None, response=_response({"success": False, "message": "Entity not found"}))
    assert (flagged.value.status_code, flagged.value.message) == (200, "Entity not found")
    assert isinstance(flagged.value, APIStatusError) and "Entity not found" in str(flagged.value)
    with pytest.raises(EnvelopeFailureError) as listed:
        parse(client=None, response=_response({"success": True, "message": "Invalid filetype"}))
    assert listed.value.message == "Invalid filetype"
    plain = entity_parser(Model, many=False, envelope="data")  # without the keys: no such check
    with pytest.raises(KeyError):
        plain(client=None, response=_response({"success": False, "message": "x"}))


def test_every_status_error_carries_the_answers_message() -> None:
    assert APIStatusError(_response({"error": "Token not provided"}, 400)).message == "Token not provided"
    assert APIStatusError(_response({"success": False, "message": "Entity not found"}, 404)).message == (
        "Entity not found"
    )


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "x-doc-source": "t.txt",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        },
        "/login": {
            "post": {
                "operationId": "login",
                "x-doc-source": "t.txt",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"email": {"type": "string"}}}
                        }
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        },
    },
    "components": {
        "schemas": {"Thing": {"type": "object"}},
        "securitySchemes": {"jwt": {"type": "http", "scheme": "bearer"}},
    },
}


def spec(envelope: Any = None, scheme: Any = None, mock: Any = None) -> dict[str, Any]:
    document = json.loads(json.dumps(SPEC))
    if envelope is not None:
        document["paths"]["/things"]["post"]["x-envelope"] = envelope
    if scheme is None:
        del document["components"]["securitySchemes"]
    else:
        document["x-auth"] = {
            "credentials": {"email": {"secret": False}},
            "schemes": {"jwt": scheme},
        }
    if mock is not None:
        document["x-mock"] = mock
    return document


LOGIN = {"kind": "issued-bearer", "issue": {"operation": "login", "body": {"email": "$credential.email"}}}


def test_the_model_reads_and_refuses_the_new_keys() -> None:
    api = load_api(
        spec({"field": "data", "schema": "Thing", "success-field": "success", "failure-messages": ["No"]}),
        "t.yaml",
    )
    outcome = api.operation("createThing").envelope
    assert outcome is not None and outcome.outcome is not None
    assert (outcome.outcome.success_field, outcome.outcome.failure_messages) == ("success", ("No",))
    with pytest.raises(InputError, match=r"x-envelope'\]\['failure-messages'\].*list of messages"):
        load_api(spec({"field": "data", "schema": "Thing", "failure-messages": "No"}), "t.yaml")
    with pytest.raises(InputError, match=r"unknown key"):
        load_api(spec({"field": "data", "schema": "Thing", "succes-field": "success"}), "t.yaml")
    ends = {**LOGIN, "lifetime-seconds": 120, "after-refresh-window": "error"}
    with pytest.raises(InputError, match=r"after-refresh-window.*needs `refresh` and `refreshable-seconds`"):
        load_api(spec(scheme=ends), "t.yaml")
    with pytest.raises(InputError, match=r"after-refresh-window.*expected issue \| error"):
        load_api(spec(scheme={**LOGIN, "lifetime-seconds": 120, "after-refresh-window": "stop"}), "t.yaml")


def test_mock_only_credentials_need_the_flag_and_a_description() -> None:
    scheme = {**LOGIN, "lifetime-seconds": 120}
    admin = {"mock-only": True, "description": "the admin", "option": "--admin-email", "default": "a@b"}
    api = load_api(spec(scheme=scheme, mock={"credentials": {"admin_email": admin}}), "t.yaml")
    source = api.mock.credential("admin_email")
    assert source is not None and (source.mock_only, source.secret, source.default) == (True, True, "a@b")
    assert api.mock.credential("email") is not None and not api.mock.credential("email").mock_only  # type: ignore[union-attr]
    with pytest.raises(InputError, match="declare it there first, or mark it `mock-only: true`"):
        load_api(spec(scheme=scheme, mock={"credentials": {"admin_email": {"default": "a@b"}}}), "t.yaml")
    with pytest.raises(InputError, match="needs a description"):
        load_api(spec(scheme=scheme, mock={"credentials": {"admin_email": {"mock-only": True}}}), "t.yaml")
