"""The JumpStory mock over ASGI, built from the current spec + overlays, with every answer checked
against the merged spec (`validate_responses`) and handler bugs raised."""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.mock import MockOptions, build_app, engine_of

from .conftest import GIF, JPEG, PNG, FakeClock, client_for

pytestmark = pytest.mark.anyio

ADMIN = {"Authorization": "Bearer demo-admin-key"}


@pytest.fixture
def jumpstory_app(jumpstory_spec: dict[str, Any], jumpstory_models: ModuleType, clock: FakeClock) -> Any:
    options = MockOptions(clock=clock, rate_limit=None, validate_responses=True, raise_server_errors=True)
    return build_app(jumpstory_spec, options, models=jumpstory_models)


@pytest.fixture
async def js(jumpstory_app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(jumpstory_app) as client:
        yield client


async def new_user(client: httpx.AsyncClient, user_id: str = "alice", **body: Any) -> dict[str, str]:
    response = await client.post("/v1/user", json={"user_id": user_id, **body}, headers=ADMIN)
    assert response.status_code == 200, response.text
    assert response.json()["expire_seconds"] == 900
    return {"Authorization": f"Bearer {response.json()['token']}"}


async def upload(
    client: httpx.AsyncClient, headers: dict[str, str], name: str = "fox.png", data: bytes = PNG
) -> Any:
    response = await client.post(
        "/v1/archive/file", files={"file": (name, data, "image/png")}, headers=headers
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_the_spec_declares_every_status_the_engine_may_answer(jumpstory_app: Any) -> None:
    assert engine_of(jumpstory_app).warnings == []


async def test_users_lifecycle(js: httpx.AsyncClient, clock: FakeClock) -> None:
    clock.now = 1_582_837_274  # 2020-02-27 21:01:14 UTC
    await new_user(js, "alice", metadata={"plan": "pro"})
    await new_user(js, "bob")
    taken = await js.post("/v1/user", json={"user_id": "alice"}, headers=ADMIN)
    assert taken.status_code == 422
    assert taken.json() == {
        "message": "The given data was invalid.",
        "errors": {"user_id": ["The user id has already been taken."]},
    }
    listed = (await js.get("/v1/user", headers=ADMIN)).json()
    assert listed == [
        {"id": 1, "metadata": {"plan": "pro"}, "created_at": "2020-02-27 21:01:14"},
        {"id": 2, "metadata": {}, "created_at": "2020-02-27 21:01:14"},
    ]
    updated = await js.put("/v1/user/bob", json={"metadata": {"team": 7}}, headers=ADMIN)
    assert updated.json() == {"id": 2, "metadata": {"team": 7}, "created_at": "2020-02-27 21:01:14"}
    token = await js.post("/v1/user/bob/token", headers=ADMIN)
    assert token.status_code == 200 and token.json()["expire_seconds"] == 900
    assert (await js.post("/v1/user/nobody/token", headers=ADMIN)).status_code == 404
    assert (await js.put("/v1/user/nobody", json={}, headers=ADMIN)).status_code == 404
    assert (await js.delete("/v1/user/bob", headers=ADMIN)).json() == {"deleted": True}
    assert [user["id"] for user in (await js.get("/v1/user", headers=ADMIN)).json()] == [1]
    assert (await js.delete("/v1/user/bob", headers=ADMIN)).status_code == 404


async def test_archive_flow_upload_into_folder_then_delete(js: httpx.AsyncClient) -> None:
    alice = await new_user(js)
    folder = (await js.post("/v1/archive/folder", json={"name": "Retired foxes"}, headers=alice)).json()
    assert folder == {"type": "folder", "id": folder["id"], "name": "Retired foxes", "files": []}
    record = await upload(js, alice, "red-fox.png")
    assert record["type"] == "file" and record["name"] == "red-fox.png" and record["labels"] == []
    moved = await js.put(
        f"/v1/archive/file/{record['id']}",
        json={"folder_id": folder["id"], "labels": '["Snow", "rabbits"]', "original_name": "Fox.png"},
        headers=alice,
    )
    assert moved.status_code == 200
    assert moved.json()["labels"] == ["Snow", "rabbits"] and moved.json()["name"] == "Fox.png"

    in_folder = (await js.get(f"/v1/archive/folder/{folder['id']}", headers=alice)).json()
    assert [file["id"] for file in in_folder["files"]] == [record["id"]]
    assert "type" not in in_folder["files"][0]  # as documented for Get folder
    index = (await js.get("/v1/archive/index", headers=alice)).json()
    assert [entry["type"] for entry in index] == ["folder"]
    assert index[0]["files"][0]["type"] == "file"
    for query in ("fox", "SNOW", "rabbits fox"):
        found = (await js.post("/v1/archive/search", json={"query": query}, headers=alice)).json()
        assert [file["id"] for file in found] == [record["id"]], query
    scoped = await js.post(
        "/v1/archive/search", json={"query": "fox", "folder_id": folder["id"] + 1}, headers=alice
    )
    assert scoped.json() == []

    bytes_back = await js.get(moved.json()["file"])
    assert bytes_back.status_code == 200 and bytes_back.content == PNG
    assert bytes_back.headers["content-type"] == "image/png"
    resized = (await js.post(f"/v1/archive/file/{record['id']}/resize", json={}, headers=alice)).json()
    assert "/resized/1600/0?" in resized["image"]
    assert (await js.get(resized["image"])).content == PNG

    assert (await js.delete(f"/v1/archive/file/{record['id']}", headers=alice)).json() == {
        "status": "deleted"
    }
    assert (await js.get(f"/v1/archive/file/{record['id']}", headers=alice)).status_code == 404
    assert (await js.get(moved.json()["file"])).status_code == 404
    assert (await js.get(f"/v1/archive/folder/{folder['id']}", headers=alice)).json()["files"] == []


async def test_deleting_a_folder_deletes_its_files(js: httpx.AsyncClient) -> None:
    alice = await new_user(js)
    folder = (await js.post("/v1/archive/folder", json={"name": "tmp"}, headers=alice)).json()
    record = await upload(js, alice)
    await js.put(f"/v1/archive/file/{record['id']}", json={"folder_id": folder["id"]}, headers=alice)
    renamed = await js.put(f"/v1/archive/folder/{folder['id']}", json={"name": "old"}, headers=alice)
    assert renamed.json()["name"] == "old"
    assert (await js.delete(f"/v1/archive/folder/{folder['id']}", headers=alice)).json() == {
        "status": "deleted"
    }
    assert (await js.get(f"/v1/archive/folder/{folder['id']}", headers=alice)).status_code == 404
    assert (await js.get(f"/v1/archive/file/{record['id']}", headers=alice)).status_code == 404
    assert (await js.get("/v1/archive/index", headers=alice)).json() == []


async def test_archive_rules(js: httpx.AsyncClient) -> None:
    alice = await new_user(js)
    bob = await new_user(js, "bob")
    record = await upload(js, alice)
    assert (await js.get(f"/v1/archive/file/{record['id']}", headers=bob)).status_code == 404
    bobs_folder = (await js.post("/v1/archive/folder", json={"name": "b"}, headers=bob)).json()
    not_mine = await js.put(
        f"/v1/archive/file/{record['id']}", json={"folder_id": bobs_folder["id"]}, headers=alice
    )
    assert not_mine.status_code == 422
    assert not_mine.json()["errors"] == {"folder_id": ["The selected folder id is invalid."]}
    for bad in ("[oops", '["a", 1]', '{"a": 1}', 7):
        bad_labels = await js.put(f"/v1/archive/file/{record['id']}", json={"labels": bad}, headers=alice)
        assert bad_labels.status_code == 422, bad
    as_array = await js.put(
        f"/v1/archive/file/{record['id']}", json={"labels": ["Snow", "hares"]}, headers=alice
    )
    assert as_array.json()["labels"] == ["Snow", "hares"]  # the table's form, which the client sends
    for name, data in (("a.jpg", JPEG), ("a.gif", GIF)):
        assert (
            await js.post("/v1/archive/file", files={"file": (name, data)}, headers=alice)
        ).status_code == 200
    wrong_type = await js.post(
        "/v1/archive/file", files={"file": ("a.txt", b"hello", "text/plain")}, headers=alice
    )
    assert wrong_type.status_code == 422
    disguised = await js.post(
        "/v1/archive/file", files={"file": ("a.png", b"MZ\x90\x00", "image/png")}, headers=alice
    )
    assert disguised.status_code == 422
    too_big = await js.post(
        "/v1/archive/file", files={"file": ("a.png", PNG + b"\x00" * 2_097_152)}, headers=alice
    )
    assert too_big.status_code == 413
    assert too_big.json()["message"] == "The file field must not be greater than 2048 kilobytes."
    not_multipart = await js.post("/v1/archive/file", json={"file": "x"}, headers=alice)
    assert not_multipart.status_code == 415
    assert (await js.get("/v1/archive/file/abc", headers=alice)).status_code == 404
    assert (await js.get("/v1/archive/file/0", headers=alice)).status_code == 404


async def test_archive_search_pages(js: httpx.AsyncClient) -> None:
    alice = await new_user(js)
    ids = [(await upload(js, alice, f"photo-{n}.png"))["id"] for n in range(5)]
    page = await js.post(
        "/v1/archive/search", json={"query": "photo", "page": 2, "results_page": 2}, headers=alice
    )
    assert [file["id"] for file in page.json()] == ids[2:4]
    invalid = await js.post("/v1/archive/search", json={"query": "", "page": 0}, headers=alice)
    assert invalid.status_code == 422
    assert set(invalid.json()["errors"]) == {"query", "page"}


async def test_deleted_user_loses_tokens_and_archive(js: httpx.AsyncClient) -> None:
    alice = await new_user(js)
    await upload(js, alice)
    assert (await js.delete("/v1/user/alice", headers=ADMIN)).status_code == 200
    assert (await js.get("/v1/archive/index", headers=alice)).status_code == 401
    again = await new_user(js)
    assert (await js.get("/v1/archive/index", headers=again)).json() == []


async def test_scopes_are_kept_apart(js: httpx.AsyncClient) -> None:
    alice = await new_user(js)
    assert (await js.get("/v1/archive/index", headers=ADMIN)).status_code == 403
    assert (await js.get("/v1/user", headers=alice)).status_code == 403
    assert (await js.get("/v1/user")).status_code == 401
    wrong_key = await js.get("/v1/user", headers={"Authorization": "Bearer not-the-key"})
    assert wrong_key.status_code == 401 and wrong_key.json() == {"message": "Unauthenticated."}


async def test_expired_token_on_the_injected_clock(js: httpx.AsyncClient, clock: FakeClock) -> None:
    alice = await new_user(js)
    clock.advance(899)
    assert (await js.get("/v1/archive/index", headers=alice)).status_code == 200
    clock.advance(1)
    assert (await js.get("/v1/archive/index", headers=alice)).status_code == 401


async def test_keyword_search_and_filters(js: httpx.AsyncClient) -> None:
    alice = await new_user(js)
    result = (await js.post("/v1/keyword", json={"query": "winter dog", "size": 5}, headers=alice)).json()
    assert len(result["images"]) == 5 and "videos" not in result
    assert set(result["total"]) == {"photos", "videos", "vectors", "icons", "illustrations"}
    assert all({"winter", "dog"} & set(image["tags"]) for image in result["images"])
    assert result["total"]["photos"] >= 5 and "winter" not in result["related_tags"]
    videos = (
        await js.post(
            "/v1/keyword",
            json={"query": "winter", "type": "videos", "duration": {"value": "10-60", "compare": "between"}},
            headers=alice,
        )
    ).json()
    assert videos["videos"] and all(10 <= video["duration"] <= 60 for video in videos["videos"])
    square = (
        await js.post("/v1/keyword", json={"query": "sky", "orientation": "square"}, headers=alice)
    ).json()
    assert all(image["width"] == image["height"] for image in square["images"])
    wide = {"query": "sky", "width": {"value": 4000, "compare": "gte"}, "order_by": "created_at"}
    assert all(
        image["width"] >= 4000
        for image in (await js.post("/v1/keyword", json=wide, headers=alice)).json()["images"]
    )
    invalid = await js.post("/v1/keyword", json={"query": "sky", "color": "rainbow"}, headers=alice)
    assert invalid.status_code == 422 and invalid.json()["errors"] == {
        "color": ["The selected color is invalid."]
    }
    first = result["images"][0]
    by_id = (
        await js.post("/v1/id", json={"id": f"{first['id']}, 99.", "type": "photos"}, headers=alice)
    ).json()
    assert [image["id"] for image in by_id["images"]] == [first["id"]]
    text = (await js.post("/v1/text-match", json={"text": "A dog in the winter snow"}, headers=alice)).json()
    assert text["images"]


async def test_the_library_is_deterministic(
    jumpstory_spec: dict[str, Any], jumpstory_models: ModuleType
) -> None:
    def library(seed: int) -> Any:
        return engine_of(
            build_app(jumpstory_spec, MockOptions(seed=seed), models=jumpstory_models)
        ).state.library

    assert library(1) == library(1) and library(1) != library(2)
    assert 300 <= len(library(1)) <= 500


async def test_download_and_optimize(js: httpx.AsyncClient) -> None:
    alice = await new_user(js)
    photo = (await js.post("/v1/keyword", json={"query": "tree"}, headers=alice)).json()["images"][0]
    link = await js.post("/v1/download", json={"id": photo["id"]}, headers=alice)
    assert link.status_code == 200
    served = await js.get(link.json()["image"])
    assert served.status_code == 200 and served.headers["content-type"] == "image/gif"
    tampered = link.json()["image"].replace("signature=", "signature=0")
    assert (await js.get(tampered)).status_code == 403
    unknown = await js.post("/v1/download", json={"id": 1}, headers=alice)
    assert unknown.status_code in (404, 422) and unknown.json()["errors"] == {
        "id": ["The selected id is invalid."]
    }
    wrong_kind = await js.post("/v1/download", json={"id": photo["id"], "type": "video"}, headers=alice)
    assert wrong_kind.status_code == unknown.status_code
    optimized = await js.post(
        "/v1/optimize-image", json={"image_url": "https://example.com/a.png"}, headers=alice
    )
    assert optimized.status_code == 200
    assert (
        await js.post("/v1/optimize-image", json={"image_url": "not a url"}, headers=alice)
    ).status_code == 422


async def test_signed_links_expire(js: httpx.AsyncClient, clock: FakeClock) -> None:
    alice = await new_user(js)
    record = await upload(js, alice)
    clock.advance(20 * 60)
    assert (await js.get(record["file"])).status_code == 403


async def test_collections(js: httpx.AsyncClient) -> None:
    alice = await new_user(js)
    bob = await new_user(js, "bob")
    seeded = (await js.get("/v1/collection?show=jumpstory", headers=alice)).json()
    assert seeded and all(collection["resources"] for collection in seeded)
    created = await js.post(
        "/v1/collection", json={"name": "Mine", "resources": {"photos": ["100001,100002"]}}, headers=alice
    )
    mine = created.json()
    assert mine["name"] == "Mine" and mine["resources"] == {"photos": [100001, 100002]}
    both = {"photos": [100003, "100004", " 100005 , 100006"], "vectors": ["9"], "icons": []}
    as_ints = await js.put(
        f"/v1/collection/{mine['id']}", json={"name": "Mine", "resources": both}, headers=alice
    )
    assert as_ints.json()["resources"] == {
        "photos": [100003, 100004, 100005, 100006],
        "vectors": [9],
        "icons": [],
    }
    for wrong in (["1;2"], ["a"], [1.5], "1,2", [True]):
        refused_ids = await js.post(
            "/v1/collection", json={"name": "x", "resources": {"photos": wrong}}, headers=alice
        )
        assert refused_ids.status_code == 422, wrong
    back = {"photos": [100001, 100002]}
    assert (
        await js.put(f"/v1/collection/{mine['id']}", json={"name": "Mine", "resources": back}, headers=alice)
    ).json()["resources"] == back
    assert [c["id"] for c in (await js.get("/v1/collection?show=own", headers=alice)).json()] == [mine["id"]]
    assert len((await js.get("/v1/collection", headers=alice)).json()) == len(seeded) + 1
    assert (await js.get(f"/v1/collection/{mine['id']}", headers=bob)).status_code == 404
    assert (await js.get(f"/v1/collection/{seeded[0]['id']}", headers=bob)).status_code == 200
    updated = await js.put(f"/v1/collection/{mine['id']}", json={"name": "Renamed"}, headers=alice)
    assert updated.json()["name"] == "Renamed" and updated.json()["resources"] == mine["resources"]
    found = await js.post(
        f"/v1/collection/{seeded[0]['id']}/search", json={"query": seeded[0]["name"]}, headers=alice
    )
    assert found.status_code == 200 and found.json()["images"]
    assert set(found.json()["images"][0]) == {"id", "thumbnail_url", "width", "height", "orientation", "type"}
    refused = await js.delete(f"/v1/collection/{seeded[0]['id']}", headers=alice)
    assert refused.status_code == 403
    assert (
        await js.put(f"/v1/collection/{seeded[0]['id']}", json={"name": "x"}, headers=alice)
    ).status_code == 403
    assert (await js.delete(f"/v1/collection/{mine['id']}", headers=alice)).json() == {"status": "deleted"}
    assert (await js.get(f"/v1/collection/{mine['id']}", headers=alice)).status_code == 404
    assert (await js.get("/v1/collection?show=everything", headers=alice)).status_code == 422


async def test_throttle_default_is_60_per_minute(
    jumpstory_spec: dict[str, Any], jumpstory_models: ModuleType, clock: FakeClock
) -> None:
    app = build_app(
        jumpstory_spec, MockOptions(clock=clock, validate_responses=True), models=jumpstory_models
    )
    limiter = engine_of(app).limiter
    assert limiter is not None and (limiter.requests, limiter.per_seconds) == (60, 60.0)
    async with client_for(app) as client:
        statuses = [(await client.get("/v1/user", headers=ADMIN)).status_code for _ in range(61)]
        assert statuses == [200] * 60 + [429]
        throttled = await client.get("/v1/user", headers=ADMIN)
        assert int(throttled.headers["retry-after"]) == 60
        assert throttled.json() == {"message": "Too Many Attempts."}
        clock.advance(60)
        assert (await client.get("/v1/user", headers=ADMIN)).status_code == 200


async def test_models_are_generated_when_not_given(jumpstory_spec: dict[str, Any]) -> None:
    app = build_app(
        jumpstory_spec, MockOptions(rate_limit=None, validate_responses=True, raise_server_errors=True)
    )
    async with client_for(app) as client:
        headers = await new_user(client)
        assert (await client.get("/v1/archive/index", headers=headers)).json() == []


async def test_what_one_archive_search_may_cost_is_bounded(js: httpx.AsyncClient) -> None:
    """issue 15: a 10,000-word search over files with 10,000 labels held the event loop for seconds.
    The query and the labels are bounded (x-inferred in the overlay) and refused beyond that."""
    alice = await new_user(js)
    record = await upload(js, alice, "red-fox.png")
    many = [f"label{n}" for n in range(101)]
    too_many = await js.put(f"/v1/archive/file/{record['id']}", json={"labels": many}, headers=alice)
    assert too_many.status_code == 422
    enough = [f"label{n}" for n in range(99)] + ["Snow\x00Fox"]
    assert (
        await js.put(f"/v1/archive/file/{record['id']}", json={"labels": enough}, headers=alice)
    ).status_code == 200
    long_query = " ".join(["word"] * 10_000)
    assert (await js.post("/v1/archive/search", json={"query": long_query}, headers=alice)).status_code == 422

    async def found(query: str) -> list[int]:
        answer = await js.post("/v1/archive/search", json={"query": query}, headers=alice)
        assert answer.status_code == 200, answer.text
        return [file["id"] for file in answer.json()]

    assert await found("label98 red fox label7") == [record["id"]]  # every word, name or labels
    assert await found("label98 wolf") == []
    assert await found("label99") == []
