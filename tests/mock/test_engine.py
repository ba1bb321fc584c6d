"""The engine around the handlers: declared statuses, bugs never hidden, response checks, start-up."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from generator.errors import InputError
from generator.mock import MockOptions, ResponseConformanceError, build_app, engine_of, resolve_credentials
from generator.mock.credentials import parse_overrides
from generator.mock.errors import MockSetupError
from generator.mock.responses import declared_status
from generator.mock.server import banner
from generator.mock.tokenservice import TokenService
from generator.mock.vendors import load_vendor
from generator.model import load_api

from .conftest import ADMIN_KEY, client_for, make_mini_vendor, mini_spec, user_headers

pytestmark = pytest.mark.anyio


def test_refusals_use_a_declared_status(mini_app: Any) -> None:
    engine = engine_of(mini_app())
    fragile = engine.spec.operation("fragile")  # declares 200, 401, 429 only
    assert declared_status(fragile, 401) == 401
    assert declared_status(fragile, 403) == 401
    assert declared_status(fragile, 422, alternatives=(415,)) == 422  # nothing fits: keep it
    get_item = engine.spec.operation("getItem")
    assert declared_status(get_item, 403) == 403
    assert not any("(fragile)" in warning for warning in engine.warnings)  # 403 falls back to 401


def test_start_up_warns_of_refusals_with_no_declared_status_to_fall_back_on() -> None:
    spec = mini_spec()
    del spec["paths"]["/fragile"]["get"]["responses"]["401"]  # neither 401 nor its 403/400 fallbacks
    engine = engine_of(build_app(spec, MockOptions(rate_limit=None), vendor=make_mini_vendor()))
    assert engine.warnings == ["GET /fragile (fragile) may answer 401, 403 but does not declare it"]


async def test_a_refusal_falls_back_to_a_declared_status(mini_app: Any) -> None:
    app = mini_app()
    engine_of(app).state.fragile_mode = "forbidden"
    async with client_for(app) as client:
        response = await client.get("/fragile", headers=await user_headers(client))
        assert response.status_code == 401 and response.json() == {"message": "Not yours."}


async def test_a_handler_bug_propagates_in_tests(mini_app: Any) -> None:
    app = mini_app()
    engine_of(app).state.fragile_mode = "crash"
    async with client_for(app) as client:
        headers = await user_headers(client)
        with pytest.raises(RuntimeError, match="boom"):
            await client.get("/fragile", headers=headers)


async def test_a_handler_bug_is_a_logged_500_otherwise(
    mini_app: Any, caplog: pytest.LogCaptureFixture
) -> None:
    app = mini_app(raise_server_errors=False)
    engine_of(app).state.fragile_mode = "crash"
    async with client_for(app) as client:
        headers = await user_headers(client)
        with caplog.at_level(logging.ERROR, logger="vendorkit.mock"):
            response = await client.get("/fragile", headers=headers)
        assert response.status_code == 500
        assert response.json() == {"message": "Mock server error: RuntimeError: boom"}
        assert "mock bug while answering GET /fragile" in caplog.text


async def test_responses_are_checked_against_the_spec(mini_app: Any) -> None:
    app = mini_app()
    engine_of(app).state.fragile_mode = "bad-body"
    async with client_for(app) as client:
        headers = await user_headers(client)
        with pytest.raises(ResponseConformanceError, match=r"GET /fragile \(fragile\) answered 200: body"):
            await client.get("/fragile", headers=headers)
    lenient = mini_app(raise_server_errors=False)
    engine_of(lenient).state.fragile_mode = "bad-body"
    async with client_for(lenient) as client:
        response = await client.get("/fragile", headers=await user_headers(client))
        assert response.status_code == 500 and "does not match the schema" in response.json()["message"]
    unchecked = mini_app(validate_responses=False)
    engine_of(unchecked).state.fragile_mode = "bad-body"
    async with client_for(unchecked) as client:
        assert (await client.get("/fragile", headers=await user_headers(client))).status_code == 200


async def test_create_read_delete_then_404(mini: Any) -> None:
    headers = await user_headers(mini)
    created = await mini.post("/items", json={"name": "thing"}, headers=headers)
    item = created.json()["id"]
    assert (await mini.get(f"/items/{item}", headers=headers)).json() == {"id": item, "name": "thing"}
    assert (await mini.delete(f"/items/{item}", headers=headers)).status_code == 200
    gone = await mini.get(f"/items/{item}", headers=headers)
    assert gone.status_code == 404 and gone.json() == {"message": "No such item."}


def test_every_operation_needs_a_handler() -> None:
    vendor = make_mini_vendor()
    del vendor.handlers["getItem"]
    with pytest.raises(MockSetupError, match=r"no handler for GET /items/\{item\} \(getItem\)"):
        build_app(mini_spec(), MockOptions(), vendor=vendor)
    extra = make_mini_vendor()

    @extra.operation("notInTheSpec")
    async def nothing(ctx: Any) -> Any:
        raise AssertionError

    with pytest.raises(MockSetupError, match="does not declare: notInTheSpec"):
        build_app(mini_spec(), MockOptions(), vendor=extra)


def test_vendor_module_is_found_by_x_mock_module() -> None:
    assert load_vendor("jumpstory").name == "jumpstory"
    with pytest.raises(MockSetupError, match=r"no vendor module generator/mock/vendors/mini\.py"):
        build_app(mini_spec(), MockOptions())
    with pytest.raises(MockSetupError, match="not a module name"):
        load_vendor("../etc")


def test_broken_specs_are_reported_with_their_place() -> None:
    spec = mini_spec()
    spec["paths"]["/items"]["get"]["parameters"][0]["schema"] = {"$ref": "#/components/schemas/Missing"}
    with pytest.raises(InputError, match="points at nothing"):
        build_app(spec, MockOptions(), vendor=make_mini_vendor())
    spec = mini_spec()
    spec["paths"]["/items"]["get"]["parameters"][0]["schema"] = {"type": "integer", "pattern": "("}
    with pytest.raises(
        MockSetupError,
        match=r"\$\['paths'\]\['/items'\]\['get'\]\['parameters'\]\[0\]\['schema'\]: invalid schema",
    ):
        build_app(spec, MockOptions(), vendor=make_mini_vendor())
    spec = mini_spec()
    del spec["paths"]["/items"]["get"]["operationId"]
    with pytest.raises(InputError, match="missing operationId"):
        build_app(spec, MockOptions(), vendor=make_mini_vendor())


def test_the_input_spec_is_not_modified() -> None:
    spec = mini_spec()
    build_app(spec, MockOptions(), vendor=make_mini_vendor())
    assert spec == mini_spec()


def test_credentials_resolution_precedence() -> None:
    spec = load_api(mini_spec(), "mini")
    assert resolve_credentials(spec, environ={}) == {"admin_key": ADMIN_KEY}
    assert resolve_credentials(spec, environ={"MINI_MOCK_ADMIN_KEY": "from-env"}) == {"admin_key": "from-env"}
    overridden = resolve_credentials(
        spec, ["admin_key=from-flag"], environ={"MINI_MOCK_ADMIN_KEY": "from-env"}
    )
    assert overridden == {"admin_key": "from-flag"}
    assert resolve_credentials(spec, {"admin_key": "given"}, environ={}) == {"admin_key": "given"}
    with pytest.raises(MockSetupError, match="unknown credential"):
        resolve_credentials(spec, ["nope=1"], environ={})
    with pytest.raises(MockSetupError, match="expected NAME=VALUE"):
        parse_overrides(["admin_key"])
    assert parse_overrides(["admin_key=a=b"]) == {"admin_key": "a=b"}
    document = mini_spec()
    del document["x-mock"]["credentials"]["admin_key"]["env"]
    generic = resolve_credentials(load_api(document, "mini"), environ={"MINI_MOCK_ADMIN_KEY": "generic"})
    assert generic == {"admin_key": "generic"}


def test_banner_names_the_credentials() -> None:
    line = banner(load_api(mini_spec(), "mini"), "http://127.0.0.1:8000", {"admin_key": "k"})
    assert line == "Mini API mock on http://127.0.0.1:8000 — admin key: k (MINI_MOCK_ADMIN_KEY)"


async def test_public_base_url_option(mini_app: Any) -> None:
    app = mini_app(public_base_url="https://mock.example/")
    engine = engine_of(app)
    async with client_for(app) as client:
        await client.get("/items", headers=await user_headers(client))
    assert engine.state.seen[-1].base_url == "https://mock.example"


async def test_fault_mode_queued_errors_and_broken_bodies(mini_app: Any) -> None:
    from generator.mock import FaultOptions

    app = mini_app(faults=FaultOptions(broken_body_rate=1.0))
    engine_of(app).faults.fail_next(503, 429)
    async with client_for(app) as client:
        statuses = [(await client.get("/public")).status_code for _ in range(2)]
        assert statuses == [503, 429]
        broken = await client.get("/public")
        assert broken.status_code == 200
        with pytest.raises(ValueError):
            broken.json()


async def test_fault_mode_error_rate_and_latency(mini_app: Any) -> None:
    from generator.mock import FaultOptions

    app = mini_app(faults=FaultOptions(error_rate=1.0, error_statuses=(502,), latency_seconds=0.01, seed=1))
    async with client_for(app) as client:
        response = await client.get("/public")
        assert response.status_code == 502 and response.json() == {"message": "Bad Gateway"}
        assert (await client.get("/nowhere")).status_code == 404  # routing errors stay real


def test_a_body_rewrite_needs_an_operation_of_the_spec() -> None:
    """`also_accepts` (issue 14) is refused at start-up for an operation the spec does not declare."""
    vendor = make_mini_vendor()

    @vendor.also_accepts("notInTheSpec")
    def rewrite(body: Any) -> Any:
        return body

    with pytest.raises(
        MockSetupError, match="body rewrites for operations the spec does not declare: notInTheSpec"
    ):
        build_app(mini_spec(), MockOptions(), vendor=vendor)
    with pytest.raises(MockSetupError, match="a second body rewrite"):
        vendor.also_accepts("notInTheSpec")(rewrite)


def test_extra_token_claims_never_replace_the_mocks_own() -> None:
    service = TokenService({"t": 60.0}, clock=lambda: 1000.0, secret=b"s" * 64)
    token, _ = service.issue("t", "alice", extra_claims={"iss": "hema", "data": {"id": 7}})
    claims = service.inspect(token)
    assert claims is not None and claims.subject == "alice"
    with pytest.raises(ValueError, match="may not replace the mock's own: sub"):
        service.issue("t", "alice", extra_claims={"sub": "mallory"})
