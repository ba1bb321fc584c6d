"""Request validation checks: parameters, bodies, uploads, JSON-encoded fields, size limits."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from generator.mock import engine_of
from generator.mock.coercion import WireShape, coerce_scalar, coerce_values

from .conftest import GIF, JPEG, PNG, client_for, user_headers

pytestmark = pytest.mark.anyio

INTEGER = WireShape(types=frozenset({"integer"}))


def test_wire_strings_are_coerced_only_when_they_spell_the_type() -> None:
    assert coerce_scalar("42", INTEGER) == 42
    assert coerce_scalar("-7", INTEGER) == -7
    for kept in ("4.2", "abc", "", "1e3", "0x10", " 4"):
        assert coerce_scalar(kept, INTEGER) == kept
    boolean = WireShape(types=frozenset({"boolean"}))
    assert coerce_scalar("true", boolean) is True and coerce_scalar("True", boolean) == "True"
    number = WireShape(types=frozenset({"number"}))
    assert coerce_scalar("2.5", number) == 2.5 and coerce_scalar("nan", number) == "nan"
    array = WireShape(types=frozenset({"array"}), items=INTEGER)
    assert coerce_values(["1", "2"], array, explode=True) == [1, 2]
    assert coerce_values(["1,x"], array, explode=False) == [1, "x"]


async def test_query_parameters_are_typed_and_checked(mini_app: Any) -> None:
    app = mini_app()
    async with client_for(app) as client:
        headers = await user_headers(client)
        ok = await client.get("/items?limit=3&tag=a&tag=b&active=true&unknown=1", headers=headers)
        assert ok.status_code == 200
        seen = engine_of(app).state.seen[-1]
        assert seen.query == {"limit": 3, "tag": ["a", "b"], "active": True}
        bad = await client.get("/items?limit=abc&active=yes", headers=headers)
        assert bad.status_code == 422
        assert bad.json() == {
            "message": "The request is invalid.",
            "errors": {"limit": ["limit must be an integer."], "active": ["active must be a boolean."]},
        }
        high = await client.get("/items?limit=11", headers=headers)
        assert high.json()["errors"] == {"limit": ["limit must be at most 10."]}


async def test_invalid_path_parameter_names_no_resource(mini: httpx.AsyncClient) -> None:
    headers = await user_headers(mini)
    for value in ("abc", "0", "1.5", "-3"):
        response = await mini.get(f"/items/{value}", headers=headers)
        assert response.status_code == 404, value
        assert response.json() == {"message": "The resource does not exist."}


async def test_required_header_and_its_format(mini: httpx.AsyncClient) -> None:
    headers = await user_headers(mini)
    missing = await mini.get("/traced", headers=headers)
    assert missing.status_code == 422
    assert missing.json()["errors"] == {"X-Request-Id": ["X-Request-Id is required."]}
    wrong = await mini.get("/traced", headers={**headers, "X-Request-Id": "not-a-uuid"})
    assert wrong.json()["errors"] == {"X-Request-Id": ["X-Request-Id must be a valid uuid."]}
    uuid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert (await mini.get("/traced", headers={**headers, "x-request-id": uuid})).json() == {"id": uuid}


async def test_json_body_errors_name_each_field_and_rule(mini: httpx.AsyncClient) -> None:
    headers = await user_headers(mini)
    response = await mini.post(
        "/items", json={"count": -1, "kind": "c", "extra": 1, "homepage": "no uri"}, headers=headers
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {
        "name": ["name is required."],
        "extra": ["extra is not allowed."],
        "count": ["count must be at least 0."],
        "kind": ["kind must be one of the allowed values."],
        "homepage": ["homepage must be a valid uri."],
    }
    not_object = await mini.post("/items", json=[1], headers=headers)
    assert not_object.json()["errors"] == {"body": ["body must be an object."]}


async def test_missing_required_body(mini: httpx.AsyncClient) -> None:
    headers = await user_headers(mini)
    response = await mini.post("/items", headers=headers)
    assert response.status_code == 422
    assert response.json()["errors"] == {"name": ["name is required."]}


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{bad", "Expecting property name"),
        (b'{"name": NaN}', "NaN is not valid JSON"),
        (b'{"name": 1e400}', "out of range"),
        (b'{"name": "\\ud800"}', "unpaired"),
        (b"\xff\xfe", "Malformed JSON body"),
        (b"[" * 100_000 + b"]" * 100_000, "Malformed JSON body"),
    ],
)
async def test_malformed_json_is_400(mini: httpx.AsyncClient, body: bytes, reason: str) -> None:
    headers = {**(await user_headers(mini)), "Content-Type": "application/json"}
    response = await mini.post("/items", content=body, headers=headers)
    assert response.status_code == 400
    assert response.json()["message"].startswith("Malformed JSON body")
    assert reason in response.json()["message"]


async def test_wrong_content_type_is_415(mini: httpx.AsyncClient) -> None:
    headers = await user_headers(mini)
    response = await mini.post("/items", content=b"name=x", headers={**headers, "Content-Type": "text/plain"})
    assert response.status_code == 415
    assert "expected application/json" in response.json()["message"]
    no_type = await mini.post("/items", content=b'{"name": "x"}', headers=headers)
    assert no_type.status_code == 415


async def test_body_size_is_limited(mini_app: Any) -> None:
    async with client_for(mini_app(max_body_bytes=64)) as client:
        headers = await user_headers(client)
        response = await client.post("/items", json={"name": "x" * 100}, headers=headers)
        assert response.status_code == 413
        assert response.json() == {"message": "The content is larger than the 64 bytes allowed."}


async def test_json_encoded_field_is_decoded_and_checked(mini_app: Any) -> None:
    app = mini_app()
    async with client_for(app) as client:
        headers = await user_headers(client)
        ok = await client.post("/items", json={"name": "x", "labels": '["a", "b"]'}, headers=headers)
        assert ok.status_code == 200
        seen = engine_of(app).state.seen[-1]
        assert seen.decoded == {"labels": ["a", "b"]} and seen.body["labels"] == '["a", "b"]'
        bad = await client.post("/items", json={"name": "x", "labels": "[not json"}, headers=headers)
        assert bad.json()["errors"] == {"labels": ["labels must hold a JSON document."]}
        wrong = await client.post("/items", json={"name": "x", "labels": "[1]"}, headers=headers)
        assert wrong.json()["errors"] == {"labels.0": ["labels.0 must be a string."]}
        surrogate = await client.post("/items", json={"name": "x", "labels": '["\\ud800"]'}, headers=headers)
        assert surrogate.status_code == 200 and seen is not engine_of(app).state.seen[-1]
        assert engine_of(app).state.seen[-1].decoded == {"labels": ["\ufffd"]}


async def test_multipart_upload_rules(mini_app: Any) -> None:
    app = mini_app()
    async with client_for(app) as client:
        headers = await user_headers(client)

        async def upload(**kwargs: Any) -> httpx.Response:
            return await client.post("/upload", headers=headers, **kwargs)

        ok = await upload(files={"file": ("a.PNG", PNG, "image/png")}, data={"copies": "2"})
        assert ok.status_code == 200 and ok.json() == {"size": len(PNG)}
        assert engine_of(app).state.seen[-1].body["copies"] == 2
        assert (await upload(files={"file": ("a.jpg", JPEG, "application/octet-stream")})).status_code == 200
        type_error = {"file": ["file must be a file of type jpg, png."]}
        for name, data, media in (
            ("a.gif", GIF, "image/gif"),
            ("a.png", GIF, "image/png"),
            ("a.png", PNG, "text/plain"),
            ("png", PNG, "image/png"),
        ):
            refused = await upload(files={"file": (name, data, media)})
            assert refused.status_code == 422, name
            assert refused.json()["errors"] == type_error
        too_big = await upload(files={"file": ("a.png", PNG + b"x" * 100, "image/png")})
        assert too_big.status_code == 413
        assert too_big.json() == {
            "message": "The content is larger than the 100 bytes allowed.",
            "errors": {"file": ["file must not be larger than 100 bytes."]},
        }
        not_a_file = await upload(data={"file": "text"}, files={"other": ("x.png", PNG, "image/png")})
        assert not_a_file.status_code == 422
        assert not_a_file.json()["errors"]["file"] == ["file must be a file."]
        copies = await upload(files={"file": ("a.png", PNG, "image/png")}, data={"copies": "zero"})
        assert copies.json()["errors"] == {"copies": ["copies must be an integer."]}
        missing = await upload(files={"other": ("a.png", PNG, "image/png")})
        assert missing.json()["errors"] == {"file": ["file is required."]}
        broken = await client.post(
            "/upload",
            content=b"garbage",
            headers={**headers, "Content-Type": "multipart/form-data; boundary=x"},
        )
        assert broken.status_code == 400
        assert broken.json()["message"].startswith("Malformed multipart body")
        json_body = await client.post(
            "/upload",
            content=json.dumps({"file": "x"}),
            headers={**headers, "Content-Type": "application/json"},
        )
        assert json_body.status_code == 415
