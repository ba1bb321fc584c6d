"""Routing: templates, specificity, encoded parameters, base path, 404/405."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from generator.mock.routing import Router, compile_template, normalize_path

from .conftest import client_for, user_headers

pytestmark = pytest.mark.anyio


def test_literal_paths_have_no_pattern() -> None:
    assert compile_template("/v1/archive/index") == (None, ())
    pattern, names = compile_template("/v1/user/{id}/token")
    assert names == ("id",)
    assert pattern is not None and pattern.fullmatch("/v1/user/alice/token")
    assert not pattern.fullmatch("/v1/user/a/b/token")


def test_literal_segments_win_over_parameters_whatever_the_order() -> None:
    router: Router[str] = Router()
    router.add("GET", "/v1/user/{id}", "by-id")
    router.add("GET", "/v1/user/me", "me")
    router.add("GET", "/v1/{kind}/me", "kind")
    found = router.match("/v1/user/me")
    assert found is not None and found.route.methods["GET"] == "me"
    found = router.match("/v1/user/42")
    assert found is not None and found.route.methods["GET"] == "by-id" and found.path_params == {"id": "42"}
    found = router.match("/v1/other/me")
    assert found is not None and found.route.methods["GET"] == "kind"


def test_routes_with_a_parameter_first_are_tried_after_those_of_the_paths_first_segment() -> None:
    router: Router[str] = Router()
    router.add("GET", "/{kind}/{id}", "any-kind")
    router.add("GET", "/users/{id}", "user")
    router.add("GET", "/_mock/files/{name}", "helper")
    router.add("GET", "/{id}", "top")
    found = router.match("/users/7")
    assert found is not None and found.route.methods["GET"] == "user" and found.path_params == {"id": "7"}
    found = router.match("/teams/7")
    assert found is not None and found.route.methods["GET"] == "any-kind"
    assert found.path_params == {"kind": "teams", "id": "7"}
    found = router.match("/_mock/files/a.png")
    assert found is not None and found.route.methods["GET"] == "helper"
    found = router.match("/users")
    assert found is not None and found.route.methods["GET"] == "top" and found.path_params == {"id": "users"}
    assert router.match("/") is None
    assert router.match("/users/7/extra/more") is None


def test_encoded_slash_stays_inside_the_parameter() -> None:
    router: Router[str] = Router()
    router.add("POST", "/v1/user/{id}/token", "token")
    found = router.match("/v1/user/a%2Fb%20c/token")
    assert found is not None and found.path_params == {"id": "a/b c"}
    assert router.match("/v1/user/a/b/token") is None


def test_base_path_and_trailing_slash_are_stripped() -> None:
    assert normalize_path("/base/items/", "/base") == "/items"
    assert normalize_path("/items", "/base") == "/items"
    assert normalize_path("/basement", "/base") == "/basement"
    router: Router[str] = Router("/base")
    router.add("GET", "/items", "items")
    assert router.match("/base/items") is not None
    assert router.match("/items/") is not None
    assert router.match("/nope") is None


async def test_unknown_path_is_a_json_404(mini: httpx.AsyncClient) -> None:
    response = await mini.get("/nowhere")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"message": "No operation is served at /nowhere."}


async def test_undeclared_method_is_405_with_allow(mini: httpx.AsyncClient) -> None:
    for method in ("PATCH", "PUT", "TRACE", "QUERY", "OPTIONS"):
        response = await mini.request(method, "/items/1")
        assert response.status_code == 405, method
        assert response.headers["allow"] == "DELETE, GET"
        assert response.json() == {
            "message": f"{method} is not allowed on /items/{{item}}; allowed: DELETE, GET."
        }


async def test_405_comes_before_authentication(mini: httpx.AsyncClient) -> None:
    assert (await mini.patch("/items")).status_code == 405


async def test_requests_under_the_server_base_path_are_served(mini_app: Any) -> None:
    async with client_for(mini_app()) as client:
        headers = await user_headers(client)
        assert (await client.get("/base/items", headers=headers)).status_code == 200
        assert (await client.get("/items/", headers=headers)).status_code == 200
