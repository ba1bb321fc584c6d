"""The request path's shortcuts (issue 18) answer exactly as the general code they stand in for.

Indexed headers look up like Starlette's `Headers`, cookies parse as Starlette's; orjson-encoded
answers are the standard library's JSON, and what orjson refuses still encodes; JSON bodies decode
as the standard library alone decodes them; declared default values are copied for every record; a query seen before is parsed and redacted
the same way again; a principal is reconfirmed after the body by its own scheme, a revoked token
still refused; a fuzz target's reset puts the same mock back to its seed; Printiki's seeded
records, made once per process, are never shared between two mocks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from starlette.datastructures import Headers
from starlette.requests import Request

from generator.mock.app import engine_of
from generator.mock.auth import (
    ApiKeyVerifier,
    Authenticator,
    IssuedBearerVerifier,
    Principal,
    StaticBearerVerifier,
)
from generator.mock.body import decode_json_standard, decode_json_text
from generator.mock.context import IndexedHeaders, MockRequest
from generator.mock.errors import MockError
from generator.mock.journal import Journal
from generator.mock.responses import encode_json
from generator.mock.store import fresh_copy
from generator.mock.tokenservice import TokenService
from generator.model import load_api
from tests.mock.conftest import MINI_SPEC, client_for, user_headers

pytestmark = pytest.mark.anyio

RAW = [(b"x-one", b"1"), (b"accept", b"application/json"), (b"x-one", b"2"), (b"authorization", b"Bearer t")]


def test_indexed_headers_answer_as_starlettes_headers() -> None:
    plain, indexed = Headers(raw=list(RAW)), IndexedHeaders(raw=list(RAW))
    for name in ("x-one", "X-One", "ACCEPT", "authorization", "missing"):
        assert indexed.get(name) == plain.get(name)
        assert (name in indexed) == (name in plain)
        assert indexed.getlist(name) == plain.getlist(name)
    assert indexed["X-ONE"] == "1"  # the first of repeated headers, as Headers
    with pytest.raises(KeyError):
        indexed["missing"]
    assert indexed.get("missing", "default") == "default"
    assert 1 not in indexed


@pytest.mark.parametrize(
    "body",
    [
        {"a": 1, "b": [True, None, 2.5, "é ü ✓"], "c": {"d": 'line\nbreak \u2028 "quoted"'}},
        [1, -2, 0.1, 1e20, "x" * 50],
        "plain",
        None,
    ],
)
def test_answers_encode_to_the_standard_librarys_compact_json(body: Any) -> None:
    encoded = encode_json(body)
    assert json.loads(encoded) == body
    assert encoded == json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def test_what_orjson_refuses_still_encodes() -> None:
    assert encode_json({1: "a"}) == b'{"1":"a"}'  # a non-string key
    assert encode_json([2**70]) == b"[1180591620717411303424]"  # past 64 bits
    assert encode_json(["\ud800"]) == b'["\\ud800"]'  # an unpaired surrogate: the escaped form


def _request(query: bytes, headers: list[tuple[bytes, bytes]] | None = None) -> MockRequest:
    scope = {
        "type": "http",
        "method": "GET",
        "path": "/items",
        "raw_path": b"/items",
        "query_string": query,
        "headers": headers or [],
    }
    return MockRequest(scope)


@pytest.mark.parametrize(
    "data",
    [
        b'{"name": "Folder", "parent_id": null, "tags": ["a", "\\u00e9"], "n": -12.5e3}',
        b"123456789012345678901234567890",  # past 64 bits: an int, as the standard library reads it
        b'{"big": -1234567890123456789012}',
        b"0.12345678901234567890123",
        b"\xef\xbb\xbf{}",  # a BOM: the standard library reads it, orjson refuses
        '{"utf16": "é"}'.encode("utf-16"),
        b'"\\ud800"',  # an unpaired surrogate: refused
        b"NaN",
        b"[1e400]",
        b'{"a": 1,}',
        b"[" * 5000 + b"]" * 5000,  # too deep for either
        b"",
    ],
)
def test_json_bodies_decode_as_the_standard_library_alone_decodes_them(data: bytes) -> None:
    def outcome(decode: Callable[[bytes], Any]) -> Any:
        try:
            document = decode(data)
        except (ValueError, RecursionError) as error:
            return type(error).__name__
        return (document, json.dumps(document))  # the types too: 1 and 1.0 differ

    assert outcome(decode_json_text) == outcome(decode_json_standard)


@pytest.mark.parametrize("value", ["x", 1, 2.5, None, True, [], {}, [1, [2]], {"a": {"b": []}}])
def test_a_declared_value_is_copied_so_that_no_two_records_share_it(value: Any) -> None:
    first, second = fresh_copy(value), fresh_copy(value)
    assert first == value and type(first) is type(value)
    if isinstance(value, list | dict):
        assert first is not value and first is not second
        if value:
            inner = next(iter(value.values())) if isinstance(value, dict) else value[1]
            copied = next(iter(first.values())) if isinstance(first, dict) else first[1]
            assert copied == inner and copied is not inner


def test_a_mock_request_is_made_as_starlettes_request() -> None:
    """`MockRequest` builds itself without Starlette's constructors: the same attributes, so
    Starlette's own methods (body, form, disconnect) find what they expect."""
    scope = {"type": "http", "method": "POST", "path": "/", "query_string": b"", "headers": list(RAW)}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    ours, theirs = MockRequest(dict(scope), receive), Request(dict(scope), receive)
    assert vars(ours).keys() == vars(theirs).keys()
    assert {key: value for key, value in vars(ours).items() if key != "scope"} == {
        key: value for key, value in vars(theirs).items() if key != "scope"
    }
    with pytest.raises(ValueError, match="http scope"):
        MockRequest({"type": "websocket"})


def test_headers_indexed_from_a_scope_answer_as_starlettes() -> None:
    scope: dict[str, Any] = {"type": "http", "headers": tuple(RAW)}
    indexed, plain = IndexedHeaders.of_scope(scope), Headers(scope={"headers": tuple(RAW)})
    assert indexed.raw == plain.raw and isinstance(scope["headers"], list)
    for name in ("x-one", "accept", "authorization", "missing"):
        assert indexed.get(name) == plain.get(name)


@pytest.mark.parametrize(
    ("verifier", "reads"),
    [
        (ApiKeyVerifier("cookie", "session", b"s"), True),
        (ApiKeyVerifier("header", "X-Key", b"s"), False),
        (StaticBearerVerifier(b"s"), False),
    ],
)
def test_cookies_are_parsed_for_authentication_only_when_a_scheme_reads_one(
    verifier: ApiKeyVerifier | StaticBearerVerifier, reads: bool
) -> None:
    assert Authenticator({"scheme": verifier}).reads_cookies is reads


def test_a_requests_cookies_are_starlettes() -> None:
    scope = {"type": "http", "method": "GET", "path": "/", "query_string": b""}
    for header in (b"a=1; b=two", b"", b"=x; c"):
        request = MockRequest({**scope, "headers": [(b"cookie", header)] if header else []})
        assert request.cookies == Request({**scope, "headers": [(b"cookie", header)]}).cookies
        assert request.cookies is request.cookies  # parsed once


def test_a_query_seen_again_is_parsed_and_journaled_the_same_way() -> None:
    journal = Journal(lambda: 1.0, {"api_key"})
    for _ in range(2):
        request = _request(b"api_key=s3cret&tag=a&tag=b")
        assert request.query_params.getlist("tag") == ["a", "b"]
        assert request.query_params["api_key"] == "s3cret"
        journal.record(request, 200, "listItems")
    journal.record(_request(b""), 404)
    entries = journal.select()
    assert [entry.seq for entry in entries] == [1, 2, 3]
    assert [entry.query for entry in entries] == ["api_key=***&tag=a&tag=b"] * 2 + [""]
    assert "s3cret" not in repr(entries)
    assert not _request(b"").query_params


def _authenticator(tokens: TokenService) -> tuple[Authenticator, Any]:
    api = load_api(MINI_SPEC, "mini")
    verifiers = {
        "admin": StaticBearerVerifier(b"admin-secret"),
        "user": IssuedBearerVerifier("user", tokens),
    }
    return Authenticator(verifiers), api


def test_reconfirm_keeps_a_static_credential_and_reverifies_an_issued_token() -> None:
    now = [1000.0]
    tokens = TokenService({"user": 60.0}, lambda: now[0])
    authenticator, api = _authenticator(tokens)
    operation = next(op for op in api.operations if op.operation_id == "listItems")
    token, _ = tokens.issue("user", "alice")
    headers = IndexedHeaders(raw=[(b"authorization", f"Bearer {token}".encode())])
    query = _request(b"").query_params
    principal = authenticator.authenticate(operation, headers, query, {})
    assert principal is not None and principal.subject == "alice"
    assert authenticator.reconfirm(operation, principal, headers, query, {}) is principal
    tokens.revoke("user", "alice")  # while the body was on its way
    with pytest.raises(MockError):
        authenticator.reconfirm(operation, principal, headers, query, {})
    static = Principal("admin", None, "key")
    admin_headers = IndexedHeaders(raw=[(b"authorization", b"Bearer admin-secret")])
    assert authenticator.reconfirm(operation, static, admin_headers, query, {}) is static


async def test_a_fuzz_targets_reset_puts_the_same_mock_back_to_its_seed(
    mini_app: Callable[..., Any],
) -> None:
    from tests.support.fuzzing.asgi import FreshApp

    built: list[Any] = []

    def factory() -> Any:
        built.append(mini_app())
        return built[-1]

    fresh = FreshApp(factory)
    engine = engine_of(fresh.app)
    async with client_for(fresh) as client:
        user = await user_headers(client, "bob")
        assert (await client.get("/items", headers=user)).json() == []
        created = await client.post("/items", json={"name": "new"}, headers=user)
        assert created.status_code == 200, created.text
        assert len((await client.get("/items", headers=user)).json()) == 1
        fresh.reset()
        assert len(built) == 1 and engine_of(fresh.app) is engine  # reset in place, not built anew
        assert len(engine.journal) == 0
        assert (await client.get("/items", headers=user)).status_code == 401  # its tokens are gone
        again = await user_headers(client, "bob")
        assert (await client.get("/items", headers=again)).json() == []


async def test_a_fuzz_target_left_uncalled_since_its_reset_is_not_reset_again(
    mini_app: Callable[..., Any],
) -> None:
    from tests.support.fuzzing.asgi import FreshApp

    fresh = FreshApp(mini_app)
    engine = engine_of(fresh.app)
    resets: list[None] = []
    real_reset = engine.reset

    def counted_reset() -> None:
        resets.append(None)
        real_reset()

    engine.reset = counted_reset  # type: ignore[method-assign]
    fresh.reset()
    assert resets == []  # never called: still at its seed
    async with client_for(fresh) as client:
        user = await user_headers(client, "bob")
        assert (await client.post("/items", json={"name": "new"}, headers=user)).status_code == 200
        fresh.reset()
        fresh.reset()  # the second one finds it fresh
        assert len(resets) == 1
        assert (await client.get("/items", headers=user)).status_code == 401  # the reset happened


def test_printikis_seeded_records_are_never_shared_between_two_mocks() -> None:
    from benchmarks.common import GENERATED
    from generator.mock import MockOptions, build_app
    from generator.mock.loader import load_vendor_api, load_vendor_models

    api = load_vendor_api("printiki", GENERATED)
    models = load_vendor_models("printiki", GENERATED)
    first = engine_of(build_app(api, MockOptions(), models=models))
    second = engine_of(build_app(api, MockOptions(), models=models))
    photo = first.state.accounts[next(iter(first.state.accounts))].photos[0]
    twin = second.services.store["photos"].get(photo["id"], everyone=True)
    assert twin == photo and twin is not photo
    photo["title"] = "changed in the first mock"
    assert twin["title"] != "changed in the first mock"
    first.reset()
    again = first.services.store["photos"].get(photo["id"], everyone=True)
    assert again is not None and again["title"] != "changed in the first mock"
