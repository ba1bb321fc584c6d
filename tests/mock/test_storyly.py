"""The Storyly mock in process: the query-string token (auth kind `query-api-key`), multipart bodies
with a JSON `data` part, the documented segment logic, seeding and the rules of `storyly.py`."""

from __future__ import annotations

import copy
import functools
import json
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.errors import InputError
from generator.mock import MockOptions, build_app, engine_of, resolve_credentials
from generator.mock.loader import load_vendor_spec
from generator.mock.server import _uvicorn_server
from generator.mock.vendors._storyly_state import csv_columns, segments_match
from generator.model import load_api

from .conftest import PNG, client_for

ROOT_GENERATED = Path(__file__).resolve().parents[2] / "generated"
TOKEN = "test-storyly-token"
pytestmark = pytest.mark.anyio


@functools.cache
def _spec() -> dict[str, Any]:
    return load_vendor_spec("storyly", ROOT_GENERATED)


@pytest.fixture
def spec() -> dict[str, Any]:
    return copy.deepcopy(_spec())


@pytest.fixture
async def sy(spec: dict[str, Any]) -> AsyncIterator[httpx.AsyncClient]:
    options = MockOptions(
        credentials={"token": TOKEN}, rate_limit=None, validate_responses=True, raise_server_errors=True
    )
    async with client_for(build_app(spec, options)) as client:
        client.params = httpx.QueryParams({"token": TOKEN})
        client.base_url = httpx.URL("http://testserver/external")
        yield client


def form(data: Any, file: tuple[str, bytes, str] | None = None) -> dict[str, Any]:
    parts: dict[str, Any] = {"data": (None, json.dumps(data), "application/json")}
    if file is not None:
        parts["file"] = file
    return parts


# -- segments: the docs' six examples ------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "targeted", "not_targeted"),
    [
        ([{"type": "include", "labels": ["l1"]}], [{"l1"}], [set(), {"l2"}]),
        (
            [{"type": "include", "labels": ["l1"]}, {"type": "include", "labels": ["l2"]}],
            [{"l1", "l2"}],
            [{"l1"}, {"l2"}],
        ),
        ([{"type": "include", "labels": ["l1", "l2"]}], [{"l1"}, {"l2"}], [{"l3"}]),
        (
            [{"type": "include", "labels": ["l1"]}, {"type": "include", "labels": ["l2", "l3"]}],
            [{"l1", "l2"}, {"l1", "l3"}],
            [{"l1"}, {"l2", "l3"}],
        ),
        ([{"type": "exclude", "labels": ["l1"]}], [set(), {"l2"}], [{"l1"}]),
        (
            [{"type": "include", "labels": ["l1", "l2"]}, {"type": "exclude", "labels": ["l3"]}],
            [{"l1"}, {"l2"}],
            [{"l1", "l3"}, {"l3"}, set()],
        ),
        (None, [set(), {"l1"}], []),
    ],
)
def test_segments_follow_the_documented_and_or_logic(
    rules: Any, targeted: list[set[str]], not_targeted: list[set[str]]
) -> None:
    assert all(segments_match(rules, labels) for labels in targeted)
    assert not any(segments_match(rules, labels) for labels in not_targeted)


def test_seeding_is_deterministic_per_seed(spec: dict[str, Any]) -> None:
    def seeded(seed: int) -> tuple[list[dict[str, Any]], str]:
        options = MockOptions(seed=seed, credentials={"token": TOKEN})
        store = engine_of(build_app(spec, options)).services.store
        return store["apps"].records(), store["subUsers"].create({"user_identifier": "u"})["id"]

    first, again, other = seeded(1), seeded(1), seeded(2)
    assert first == again
    assert first[0][1]["token"] != other[0][1]["token"] and first[1] != other[1]
    assert [app["title"] for app in first[0]] == ["My iOS App", "My Android App", "My Web App"]


def test_csv_columns() -> None:
    assert csv_columns(b"\xef\xbb\xbfusername, area\nx,y\n") == ["username", "area"]
    assert csv_columns(b"\xff\xfe\x00") is None and csv_columns(b"") is None


# -- the token in the query string ----------------------------------------------------------------


async def test_the_token_is_checked_and_never_echoed(sy: httpx.AsyncClient) -> None:
    assert (await sy.get("/app")).status_code == 200
    for params, message in (({"token": "wrong-token"}, "invalid token"), ({}, "token required")):
        sy.params = httpx.QueryParams(params)
        refused = await sy.get("/app")
        assert refused.status_code == 401 and refused.json() == {"status": "error", "message": message}
        assert "www-authenticate" not in refused.headers  # no bearer scheme to announce
        assert "wrong-token" not in refused.text
    sy.params = httpx.QueryParams({"token": TOKEN, "story_id": "x"})
    invalid = await sy.get("/story")
    assert invalid.status_code == 422 and TOKEN not in invalid.text


def test_a_query_api_key_scheme_must_be_an_api_key_in_the_query(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    broken["components"]["securitySchemes"]["token"]["in"] = "header"
    moved = build_app(broken, MockOptions(credentials={"token": TOKEN}))
    assert engine_of(moved).auth is not None  # an API key may travel in a header too
    renamed = copy.deepcopy(spec)
    renamed["x-auth"]["schemes"]["token"]["param"] = "api_token"
    with pytest.raises(InputError, match="api_token"):
        build_app(renamed, MockOptions(credentials={"token": TOKEN}))


def test_demo_token_from_flag_environment_or_default(spec: dict[str, Any]) -> None:
    api = load_api(spec, "storyly")
    assert resolve_credentials(api, {}, environ={}) == {"token": "demo-token"}
    assert resolve_credentials(api, {}, environ={"STORYLY_MOCK_TOKEN": "env"}) == {"token": "env"}
    assert resolve_credentials(api, ["token=flag"], environ={"STORYLY_MOCK_TOKEN": "env"}) == {
        "token": "flag"
    }


def test_the_http_server_writes_no_access_log() -> None:
    """uvicorn's access log line holds the query string, so the token: it stays off."""

    async def app(scope: Any, receive: Any, send: Any) -> None:
        return None

    assert _uvicorn_server(app, "debug").config.access_log is False


# -- multipart bodies and business rules -----------------------------------------------------------


async def test_the_data_part_is_a_json_document(sy: httpx.AsyncClient) -> None:
    broken = {"data": (None, "{not json", "application/json"), "file": ("i.png", PNG, "image/png")}
    refused = await sy.post("/story-group", files=broken)
    assert refused.status_code == 422 and "data" in refused.json()["errors"]
    neither = await sy.post("/story-group", files=form({"title": "t", "app_id": 1}))
    assert neither.status_code == 422  # neither a file nor data.media_url
    extra = await sy.post(
        "/story-group",
        files={**form({"title": "t", "app_id": 1}, ("i.png", PNG, "image/png")), "x": (None, "1")},
    )
    assert extra.status_code == 422  # only the documented parts
    pdf = await sy.post(
        "/story-group", files=form({"title": "t", "app_id": 1}, ("i.png", b"%PDF-1.4", "image/png"))
    )
    assert pdf.status_code == 422 and pdf.json()["errors"] == {"file": ["The file field must be an image."]}


async def test_impossible_timestamps_are_refused(sy: httpx.AsyncClient) -> None:
    """`YYYY-MM-DD HH:MM:SS` with real month, day and time fields, in ASCII digits."""
    for ts_start in (
        "2020-49-01 08:15:00",
        "2020-07-32 08:15:00",
        "2020-07-09 24:00:00",
        "٢٠٢٠-07-09 08:15:00",
    ):
        body = form({"title": "t", "app_id": 1, "ts_start": ts_start}, ("i.png", PNG, "image/png"))
        refused = await sy.post("/story-group", files=body)
        assert refused.status_code == 422 and "data.ts_start" in refused.json()["errors"], ts_start
    body = form({"title": "t", "app_id": 1, "ts_start": "2020-12-31 23:59:59"}, ("i.png", PNG, "image/png"))
    accepted = await sy.post("/story-group", files=body)
    assert accepted.status_code == 200 and accepted.json()["data"]["ts_start"] == "2020-12-31 23:59:59"


async def test_system_filled_fields_are_ignored_and_names_differ(sy: httpx.AsyncClient) -> None:
    group = (
        await sy.post(
            "/story-group",
            files=form(
                {
                    "title": "g",
                    "app_id": 3,
                    "click_target_cap": 7,
                    "views": 5,
                    "clicks": 9,
                    "ts_created": "2000-01-01 00:00:00",
                },
                ("i.png", PNG, "image/png"),
            ),
        )
    ).json()["data"]
    assert (group["views"], group["clicks"], group["clicked_target_cap"], group["instance_id"]) == (
        0,
        0,
        7,
        4,
    )
    assert group["ts_created"] != "2000-01-01 00:00:00" and "click_target_cap" not in group
    story = (
        await sy.post(
            "/story",
            files=form(
                {
                    "title": "s",
                    "story_group_id": group["id"],
                    "media_url": "https://x.test/v.mp4",
                    "type": 1,
                    "deep_link": "no",
                    "mime_type": "x/y",
                }
            ),
        )
    ).json()["data"]
    assert (story["type"], story["mime_type"], story["deep_link"]) == (2, "video/mp4", None)
    bare = await sy.get("/story-group", params={"token": TOKEN, "story_group_id": group["id"]})
    assert bare.json() == group  # Get a Specific Story Group is documented without the envelope
    listed = await sy.get("/story", params={"token": TOKEN, "story_group_id": group["id"]})
    assert listed.json() == {"status": "ok", "message": "success", "data": [story]}
    deleted = await sy.delete("/story-group", params={"token": TOKEN, "story_group_id": group["id"]})
    assert deleted.json() == {"status": "ok", "message": "success"}
    assert (await sy.get("/story", params={"token": TOKEN, "story_id": story["id"]})).status_code == 404


async def test_audience_story_groups_given_a_sub_user_need_its_audience(sy: httpx.AsyncClient) -> None:
    """issue 14: "sub_user_id can be given" -- optional, also for type audience; type defaults to
    "default" ("By default all story groups are in type "default"")."""
    without = await sy.post(
        "/story-group",
        files=form({"title": "a", "app_id": 1, "type": "audience"}, ("i.png", PNG, "image/png")),
    )
    assert without.status_code == 200 and without.json()["data"]["type"] == "audience"
    plain = await sy.post(
        "/story-group", files=form({"title": "a", "app_id": 1}, ("i.png", PNG, "image/png"))
    )
    assert plain.json()["data"]["type"] == "default"
    user = (await sy.post("/sub-user", json={"user_identifier": "u@x.test"})).json()["data"]
    data = {"title": "a", "app_id": 1, "type": "audience", "sub_user_id": user["id"]}
    assert (await sy.post("/story-group", files=form(data, ("i.png", PNG, "image/png")))).status_code == 404
    audience = {"sub_user_id": user["id"], "name": "n", "audience_identifier": "id"}
    created = await sy.post("/audience", files=form(audience, ("a.csv", b"id,area\n1,x\n", "text/csv")))
    assert created.status_code == 200
    again = await sy.post("/audience", files=form(audience, ("a.csv", b"id\n1\n", "text/csv")))
    assert again.status_code == 409
    group = await sy.post("/story-group", files=form(data, ("i.png", PNG, "image/png")))
    assert group.json()["data"]["settings"] == {
        "audience_id": created.json()["data"]["id"],
        "audience_mapping": [],
    }


async def test_story_groups_of_a_sub_user_take_the_docs_numeric_example_too(sy: httpx.AsyncClient) -> None:
    """issue 14: List Story Groups' only example is `sub_user_id=4`, while sub user ids are UUIDs:
    both forms pass validation; 4 names no sub user of the mock, like an unknown UUID (404)."""
    numeric = await sy.get("/story-group", params={"token": TOKEN, "sub_user_id": "4"})
    unknown = await sy.get("/story-group", params={"token": TOKEN, "sub_user_id": str(uuid.uuid4())})
    assert numeric.status_code == unknown.status_code == 404
    assert numeric.json()["message"] == "Sub user 4 not found."
    user = (await sy.post("/sub-user", json={"user_identifier": "n@x.test"})).json()["data"]
    by_uuid = await sy.get("/story-group", params={"token": TOKEN, "sub_user_id": user["id"]})
    assert by_uuid.status_code == 200 and by_uuid.json()["data"] == []
