"""The Printiki mock over ASGI, built from the current spec + overlays, with every answer checked
against the merged spec (`validate_responses`) and handler bugs raised."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jwt
import pytest

from generator.mock import MockOptions, build_app, engine_of
from generator.mock.responses import declared_status
from generator.mock.vendors._printiki_state import PHOTO_EXAMPLE, PRODUCT_EXAMPLE

from .conftest import FakeClock, client_for

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[2]
DEMO = 25689
TEST_USER = 1324895
MICKEY = 83655
_BUILT: dict[str, Any] = {}
# The docs' 400 ("Bad request - Applied to all operations"), Printiki's error style for invalid input.
BAD_REQUEST = "The server cannot or will not process the request due to something that is perceived to be a client error."


def printiki_spec() -> dict[str, Any]:
    """The merged spec from the current specs/ and overlays/ (built once per session)."""
    if "spec" not in _BUILT:
        from generator.merge import build_merged_spec
        from generator.vendors import Project

        _BUILT["spec"] = build_merged_spec(Project(ROOT).vendor("printiki"), ROOT)
    spec: dict[str, Any] = _BUILT["spec"]
    return spec


def printiki_models(folder: Path) -> ModuleType:
    """The pydantic models of the current merged spec (generated once per session into `folder`)."""
    if "models" not in _BUILT:
        from generator.mock.loader import load_models
        from generator.modelgen import generate_mock_models

        path = folder / "mock_models.py"
        generate_mock_models(printiki_spec(), "specs/printiki.yaml", path)
        _BUILT["models"] = load_models(path, "printiki_tests")
    models: ModuleType = _BUILT["models"]
    return models


@pytest.fixture(scope="session")
def models(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return printiki_models(tmp_path_factory.mktemp("printiki-models"))


def make_app(models: ModuleType, **options: Any) -> Any:
    settings: dict[str, Any] = {
        "rate_limit": None,
        "validate_responses": True,
        "raise_server_errors": True,
        **options,
    }
    return build_app(printiki_spec(), MockOptions(**settings), models=models)


@pytest.fixture
def app(models: ModuleType, clock: FakeClock) -> Any:
    return make_app(models, clock=clock)


@pytest.fixture
async def pk(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(app) as client:
        yield client


async def login(
    client: httpx.AsyncClient, username: str = "demo", password: str = "demo-password", **extra: str
) -> dict[str, Any]:
    response = await client.post(
        "/api/auth/login", json={"username": username, "password": password, **extra}
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def user(
    client: httpx.AsyncClient, username: str = "demo", password: str = "demo-password"
) -> dict[str, str]:
    return bearer((await login(client, username, password))["access_token"])


async def listing(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    what: str = "photos",
    userid: int = DEMO,
    **params: Any,
) -> httpx.Response:
    encoded = {
        key: json.dumps(value) if key in ("where", "search") else value for key, value in params.items()
    }
    response = await client.get(f"/api/user/{userid}/{what}", params=encoded, headers=headers)
    return response


def records(app: Any, what: str = "photos", userid: int = DEMO) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = getattr(engine_of(app).state.accounts[userid], what)
    return found


# -- the spec and the seeded data -----------------------------------------------------------------------


def test_every_refusal_of_the_engine_maps_to_a_documented_status(app: Any) -> None:
    """The docs document 400/401/403/501 only: validation (422), bad path values (404), bodies of the
    wrong type (415) or size (413) all end as a documented 400."""
    for operation in engine_of(app).spec.operations:
        assert {"400", "401", "403", "501"} <= set(operation.responses), operation.label
        for wanted, expected in ((422, 400), (404, 400), (415, 400), (413, 400), (401, 401), (403, 403)):
            assert declared_status(operation, wanted) == expected, (operation.label, wanted)


def test_seeded_data_is_deterministic_and_contains_the_docs_examples(models: ModuleType) -> None:
    first, again, other = (engine_of(make_app(models, seed=seed)).state for seed in (0, 0, 7))
    assert first.accounts[DEMO].photos == again.accounts[DEMO].photos
    assert first.accounts[DEMO].photos != other.accounts[DEMO].photos
    assert {account: len(first.accounts[account].photos) for account in first.accounts} == {
        DEMO: 45,
        TEST_USER: 9,
        MICKEY: 1500,
    }
    assert {account: len(first.accounts[account].products) for account in first.accounts} == {
        DEMO: 13,
        TEST_USER: 4,
        MICKEY: 1200,
    }
    assert PRODUCT_EXAMPLE in first.accounts[DEMO].products
    assert PHOTO_EXAMPLE in first.accounts[TEST_USER].photos
    for account in first.accounts.values():
        ids = [photo["id"] for photo in account.photos]
        assert ids == sorted(ids) and all(photo["userid"] == account.id for photo in account.photos)
        for photo in account.photos:
            assert len(photo["token"]) == 20
            assert max(photo["width"], photo["height"]) == 1240
            assert max(photo["thumb_width"], photo["thumb_height"]) == 140


# -- authorization ----------------------------------------------------------------------------------


async def test_login_answers_201_with_both_tokens_and_expires(
    pk: httpx.AsyncClient, app: Any, clock: FakeClock, models: ModuleType
) -> None:
    clock.now = 1_592_318_093  # the iat of the docs' example token
    body = await login(pk, locale="nl", countryid="150", currency="EUR")
    assert set(body) == {"expires", "access_token", "refresh_token", "token_type"}
    # built as plain strings, exactly what the generated Auth model makes of them
    assert body == models.Auth.model_validate(body).model_dump(mode="json", exclude_unset=True)
    # 900 s after login, as in the docs' example ("expires": "1592318993", a string)
    assert body["expires"] == "1592318993" and body["token_type"] == "bearer"
    assert body["access_token"] != body["refresh_token"]
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["sub"] == str(DEMO) and claims["exp"] == 1_592_318_993
    account = engine_of(app).state.accounts[DEMO]
    assert account.session == {"locale": "nl", "countryid": "150", "currency": "EUR"}
    assert account.user["session_nr"] == 6 and account.user["session_time"] == "2020-06-16 14:34:53"


async def test_login_with_the_docs_example_and_case_insensitive_username(pk: httpx.AsyncClient) -> None:
    body = await login(pk, "TEST@printiki.com", "pa$sw0rd")
    assert jwt.decode(body["access_token"], options={"verify_signature": False})["sub"] == str(TEST_USER)
    for username, password in (("demo", "wrong"), ("nobody", "demo-password"), ("demo", "DEMO-PASSWORD")):
        refused = await pk.post("/api/auth/login", json={"username": username, "password": password})
        assert refused.status_code == 401
        assert refused.json() == {"message": "Authorization error. Please reauthenticate and try again."}


async def test_login_validates_its_body(pk: httpx.AsyncClient) -> None:
    for body in (
        {"username": "demo"},
        {"username": "demo", "password": "demo-password", "locale": "nld"},
        {"username": "demo", "password": "demo-password", "countryid": 150},
        {"username": "demo", "password": "demo-password", "currency": "EURO"},
    ):
        response = await pk.post("/api/auth/login", json=body)
        assert response.status_code == 400, body
        assert response.json()["message"] == BAD_REQUEST
    assert (
        await pk.post("/api/auth/login", content=b"{", headers={"Content-Type": "application/json"})
    ).status_code == 400
    assert (await pk.get("/api/auth/login")).status_code == 405


async def test_demo_credentials_come_from_the_options(models: ModuleType) -> None:
    app = make_app(models, credentials={"username": "alice@example.com", "password": "s3cret"})
    async with client_for(app) as client:
        body = await login(client, "alice@example.com", "s3cret")
        assert jwt.decode(body["access_token"], options={"verify_signature": False})["sub"] == str(DEMO)
        assert (
            await client.post("/api/auth/login", json={"username": "demo", "password": "demo-password"})
        ).status_code == 401


async def test_access_and_refresh_tokens_only_work_where_they_belong(pk: httpx.AsyncClient) -> None:
    body = await login(pk)
    access, refresh = bearer(body["access_token"]), bearer(body["refresh_token"])
    assert (await pk.get("/api/user/cognito", headers=access)).status_code == 200
    assert (await pk.get("/api/auth/refresh", headers=refresh)).status_code == 200
    assert (await pk.get("/api/auth/refresh", headers=access)).status_code == 403
    assert (await pk.get("/api/user/cognito", headers=refresh)).status_code == 403
    assert (await pk.get(f"/api/user/{DEMO}/photos", headers=refresh)).status_code == 403
    assert (await pk.get("/api/user/cognito")).status_code == 401
    assert (await pk.get("/api/auth/refresh")).status_code == 401
    assert (await pk.get("/api/user/cognito", headers=bearer("not-a-token"))).status_code == 401


async def test_refresh_renews_the_access_token_until_the_refresh_token_expires(
    pk: httpx.AsyncClient, app: Any, clock: FakeClock
) -> None:
    body = await login(pk)
    clock.advance(900)  # the access token lived 900 s
    assert (await pk.get("/api/user/cognito", headers=bearer(body["access_token"]))).status_code == 401
    refreshed = await pk.get("/api/auth/refresh", headers=bearer(body["refresh_token"]))
    assert refreshed.status_code == 200
    renewed = refreshed.json()
    assert (
        renewed["refresh_token"] == body["refresh_token"] and renewed["access_token"] != body["access_token"]
    )
    assert int(renewed["expires"]) == int(clock.now) + 900
    assert (await pk.get("/api/user/cognito", headers=bearer(renewed["access_token"]))).status_code == 200
    assert engine_of(app).state.refreshes == 1
    clock.advance(30 * 24 * 3600)  # the refresh token (30 days) is gone too: log in again
    assert (await pk.get("/api/auth/refresh", headers=bearer(body["refresh_token"]))).status_code == 401


async def test_token_lifetime_option_shortens_both_tokens(models: ModuleType, clock: FakeClock) -> None:
    app = make_app(models, clock=clock, token_lifetime_seconds=2)
    async with client_for(app) as client:
        body = await login(client)
        assert int(body["expires"]) == int(clock.now) + 2
        clock.advance(2)
        assert (
            await client.get("/api/user/cognito", headers=bearer(body["access_token"]))
        ).status_code == 401
        assert (
            await client.get("/api/auth/refresh", headers=bearer(body["refresh_token"]))
        ).status_code == 401


async def test_cognito_identity_is_stable_per_user(pk: httpx.AsyncClient) -> None:
    demo, test = await user(pk), await user(pk, "test@printiki.com", "pa$sw0rd")
    first = (await pk.get("/api/user/cognito", headers=demo)).json()
    again = (await pk.get("/api/user/cognito", headers=await user(pk))).json()
    other = (await pk.get("/api/user/cognito", headers=test)).json()
    assert first["identityId"] == again["identityId"] != other["identityId"]
    assert first["identityId"].startswith("eu-west-1:") and len(first["identityId"]) <= 55
    assert jwt.decode(first["token"], options={"verify_signature": False})["sub"] == first["identityId"]


# -- listings: access -----------------------------------------------------------------------------------


async def test_only_the_own_records_are_listed(pk: httpx.AsyncClient, app: Any) -> None:
    demo = await user(pk)
    photos = await listing(pk, demo)
    assert photos.status_code == 200
    assert photos.json() == records(app)[:20]
    products = await listing(pk, demo, "products")
    assert products.json() == records(app, "products")[:13]
    assert PRODUCT_EXAMPLE in products.json()
    for userid in (TEST_USER, MICKEY, 1, 999_999_999):
        refused = await listing(pk, demo, userid=userid)
        assert refused.status_code == 403
        assert refused.json() == {"message": "You don't have necessary permissions for the resource."}
    assert (await pk.get("/api/user/me/photos", headers=demo)).status_code == 400
    test = await user(pk, "test@printiki.com", "pa$sw0rd")
    assert PHOTO_EXAMPLE in (await listing(pk, test, userid=TEST_USER)).json()


async def test_paths_work_with_and_without_the_base_path(pk: httpx.AsyncClient) -> None:
    demo = await user(pk)
    with_base = await pk.get(f"/api/user/{DEMO}/products", headers=demo)
    without = await pk.get(f"/user/{DEMO}/products", headers=demo)
    assert with_base.json() == without.json()
    assert "/api/user/" not in without.headers.get("x-pagination-next", "")


# -- listings: limit, offset and the pagination headers ----------------------------------------------------


async def test_limit_offset_and_pagination_headers(pk: httpx.AsyncClient, app: Any) -> None:
    demo = await user(pk)
    everything = records(app)
    first = await listing(pk, demo)
    assert first.headers["x-total-records"] == "45" and len(first.json()) == 20  # default limit 20
    assert "x-pagination-previous" not in first.headers
    next_url = urlsplit(first.headers["x-pagination-next"])
    assert (
        f"{next_url.scheme}://{next_url.netloc}{next_url.path}" == f"http://testserver/api/user/{DEMO}/photos"
    )
    assert parse_qs(next_url.query) == {"limit": ["20"], "offset": ["20"]}

    second = await pk.get(first.headers["x-pagination-next"], headers=demo)
    assert second.json() == everything[20:40]
    assert parse_qs(urlsplit(second.headers["x-pagination-previous"]).query)["offset"] == ["0"]
    last = await pk.get(second.headers["x-pagination-next"], headers=demo)
    assert last.json() == everything[40:] and "x-pagination-next" not in last.headers
    assert parse_qs(urlsplit(last.headers["x-pagination-previous"]).query)["offset"] == ["20"]

    middle = await listing(pk, demo, limit=7, offset=3)
    assert middle.json() == everything[3:10]
    assert parse_qs(urlsplit(middle.headers["x-pagination-previous"]).query) == {
        "limit": ["7"],
        "offset": ["0"],
    }
    beyond = await listing(pk, demo, limit=10, offset=100)
    assert beyond.json() == [] and beyond.headers["x-total-records"] == "45"
    assert "x-pagination-next" not in beyond.headers
    assert parse_qs(urlsplit(beyond.headers["x-pagination-previous"]).query)["offset"] == ["35"]
    assert len((await listing(pk, demo, limit=1000)).json()) == 45
    for params in ({"limit": 1001}, {"limit": 0}, {"offset": -1}, {"limit": "ten"}):
        refused = await listing(pk, demo, **params)
        assert refused.status_code == 400, params
        assert set(refused.json()["errors"]) == set(params)


async def test_pagination_links_keep_the_query(pk: httpx.AsyncClient, app: Any) -> None:
    demo = await user(pk)
    where = {"source": ["upload", "instagram"]}
    first = await listing(pk, demo, where=where, fields="id,source", orderby="kbyte", limit=5)
    query = parse_qs(urlsplit(first.headers["x-pagination-next"]).query)
    assert query == {
        "where": [json.dumps(where)],
        "fields": ["id,source"],
        "orderby": ["kbyte"],
        "limit": ["5"],
        "offset": ["5"],
    }
    pages = [first.json()]
    link = first.headers.get("x-pagination-next")
    while link:
        page = await pk.get(link, headers=demo)
        pages.append(page.json())
        link = page.headers.get("x-pagination-next")
    found = [photo for page in pages for photo in page]
    expected = sorted(
        (photo for photo in records(app) if photo["source"] in ("upload", "instagram")),
        key=lambda p: p["kbyte"],
    )
    assert found == [{"id": photo["id"], "source": photo["source"]} for photo in expected]
    assert len(found) == int(first.headers["x-total-records"])


async def test_more_than_1000_records_in_pages_of_1000(pk: httpx.AsyncClient, app: Any) -> None:
    mickey = await user(pk, "mickey@printiki.test", "mickey-password")
    for what, total in (("photos", 1500), ("products", 1200)):
        first = await listing(pk, mickey, what, userid=MICKEY, limit=1000)
        assert first.headers["x-total-records"] == str(total) and len(first.json()) == 1000
        rest = await pk.get(first.headers["x-pagination-next"], headers=mickey)
        assert len(rest.json()) == total - 1000 and "x-pagination-next" not in rest.headers
        ids = [record["id"] for record in first.json() + rest.json()]
        assert ids == [record["id"] for record in records(app, what, MICKEY)]


# -- listings: the query language ---------------------------------------------------------------------------


async def test_fields_projects_the_records(pk: httpx.AsyncClient, app: Any) -> None:
    demo = await user(pk)
    everything = records(app)
    projected = (await listing(pk, demo, fields="id,fcx,photodate", limit=45)).json()
    assert projected == [{"id": p["id"], "fcx": p["fcx"], "photodate": p["photodate"]} for p in everything]
    assert any(photo["fcx"] is None for photo in projected)  # nulls are values, not left out
    exploded = await pk.get(f"/api/user/{DEMO}/photos?fields=id&fields=token", headers=demo)
    assert exploded.json()[0] == {"id": everything[0]["id"], "token": everything[0]["token"]}
    unknown = (await listing(pk, demo, fields="id,name,gender")).json()  # the docs' example
    assert unknown[0] == {"id": everything[0]["id"]}
    assert (await listing(pk, demo, fields="nothing")).json()[0] == {}
    for bad in ("", "id,,token", "id;token"):
        assert (await listing(pk, demo, fields=bad)).status_code == 400, bad


async def test_orderby_sorts_ascending_with_missing_values_first(pk: httpx.AsyncClient, app: Any) -> None:
    demo = await user(pk)
    everything = records(app)
    by_date = (await listing(pk, demo, orderby="photodate", limit=1000)).json()
    undated = [photo for photo in everything if photo["photodate"] is None]
    dated = sorted((photo for photo in everything if photo["photodate"]), key=lambda p: p["photodate"])
    assert undated and by_date == undated + dated
    by_kbyte = (await listing(pk, demo, "products", orderby="themeid", limit=1000)).json()
    assert [p["themeid"] for p in by_kbyte] == sorted(p["themeid"] for p in records(app, "products"))
    assert (await listing(pk, demo, orderby="unknown")).json() == everything[:20]
    assert (await listing(pk, demo, orderby="photodate desc")).status_code == 400


async def test_groupby_keeps_one_record_per_value(pk: httpx.AsyncClient, app: Any) -> None:
    demo = await user(pk)
    grouped = await listing(pk, demo, groupby="source", orderby="source")
    firsts: dict[str, dict[str, Any]] = {}
    for photo in records(app):
        firsts.setdefault(photo["source"], photo)
    assert grouped.json() == sorted(firsts.values(), key=lambda p: p["source"])
    assert grouped.headers["x-total-records"] == str(len(firsts))
    products = await listing(pk, demo, "products", groupby="group", fields="group")
    assert sorted(p["group"] for p in products.json()) == sorted(
        {p["group"] for p in records(app, "products")}
    )


async def test_where_is_equality_with_or_over_arrays(pk: httpx.AsyncClient, app: Any) -> None:
    demo = await user(pk)
    products = records(app, "products")

    async def ids(**params: Any) -> list[int]:
        response = await listing(pk, demo, "products", limit=1000, **params)
        assert response.status_code == 200, response.text
        assert response.headers["x-total-records"] == str(len(response.json()))
        return [product["id"] for product in response.json()]

    assert await ids(where={"id": PRODUCT_EXAMPLE["id"]}) == [PRODUCT_EXAMPLE["id"]]
    # a number given as a string compares as a number
    assert await ids(where={"id": str(PRODUCT_EXAMPLE["id"])}) == [PRODUCT_EXAMPLE["id"]]
    assert await ids(where={"read_token": "n7Pe5LmUzFbT3W7IQAtD"}) == [PRODUCT_EXAMPLE["id"]]
    assert await ids(where={"read_token": "n7pe5lmuzfbt3w7iqatd"}) == []  # `=` is exact
    assert await ids(where={"group": [101, 102]}) == [p["id"] for p in products if p["group"] in (101, 102)]
    both = await ids(where={"group": 101, "core": 1})
    assert both == [p["id"] for p in products if p["group"] == 101 and p["core"] == 1]
    assert await ids(where={"group": 101.0}) == await ids(where={"group": "101"})
    assert await ids(where={"no_such_field": "x"}) == []
    assert await ids(where={"no_such_field": None}) == [p["id"] for p in products]
    assert await ids(where={}) == [p["id"] for p in products]
    huge = await pk.get(f"/api/user/{DEMO}/products", params={"where": '{"group": 1e400}'}, headers=demo)
    assert huge.status_code == 200 and huge.json() == []  # beyond float range, still a valid JSON number

    photos = records(app)
    untitled = await listing(pk, demo, where={"title": None}, limit=1000)
    assert [p["id"] for p in untitled.json()] == [p["id"] for p in photos if p["title"] is None]


async def test_malformed_where_and_search_are_400(pk: httpx.AsyncClient) -> None:
    demo = await user(pk)
    for name in ("where", "search"):
        for bad in (
            "{oops",
            "[]",
            '"text"',
            '{"a": {"b": 1}}',
            '{"a": true}',
            '{"a": []}',
            '{"a": [[1]]}',
            "{a: 1}",
        ):
            response = await pk.get(f"/api/user/{DEMO}/photos", params={name: bad}, headers=demo)
            assert response.status_code == 400, (name, bad)
            assert response.json()["message"] == BAD_REQUEST
            assert list(response.json()["errors"]) == [name]
        accepted = await pk.get(
            f"/api/user/{DEMO}/photos", params={name: ' {"a" : [ "x" , 1.5e3 , null ] }\n'}, headers=demo
        )
        assert accepted.status_code == 200


async def test_search_is_a_case_insensitive_substring_match(pk: httpx.AsyncClient, app: Any) -> None:
    demo = await user(pk)
    photos = records(app)

    async def ids(**params: Any) -> list[int]:
        response = await listing(pk, demo, limit=1000, **params)
        assert response.status_code == 200, response.text
        return [photo["id"] for photo in response.json()]

    titled = [p for p in photos if p["title"]]
    word = titled[0]["title"].split()[0]
    expected = [p["id"] for p in photos if p["title"] and word.lower() in p["title"].lower()]
    assert await ids(search={"title": word.upper()}) == expected
    assert await ids(search={"source": ["face", "INSTA"]}) == [
        p["id"] for p in photos if p["source"] != "upload"
    ]
    assert await ids(search={"kbyte": 1}) == [p["id"] for p in photos if "1" in str(p["kbyte"])]
    assert await ids(search={"title": None}) == []
    combined = await ids(search={"source": "book"}, where={"fcx": None})
    assert combined == [p["id"] for p in photos if p["source"] == "facebook" and p["fcx"] is None]
    products = await listing(pk, demo, "products", search={"thumbnail": "/13/"})
    assert [p["id"] for p in products.json()] == [
        p["id"] for p in records(app, "products") if "/13/" in p["thumbnail"]
    ]


async def test_after_and_before_filter_on_photodate(pk: httpx.AsyncClient, app: Any) -> None:
    demo = await user(pk)
    photos = records(app)

    async def ids(**params: Any) -> list[int]:
        response = await listing(pk, demo, limit=1000, **params)
        assert response.status_code == 200, response.text
        return [photo["id"] for photo in response.json()]

    after, before = "2016-01-01 00:00:00", "2020-01-01 00:00:00"
    assert await ids(after=after) == [p["id"] for p in photos if p["photodate"] and p["photodate"] > after]
    assert await ids(before=before) == [p["id"] for p in photos if p["photodate"] and p["photodate"] < before]
    window = await ids(after=after, before=before)
    assert window == [p["id"] for p in photos if p["photodate"] and after < p["photodate"] < before]
    assert await ids(after="2016-01-01") == await ids(after=after)  # a date alone is its midnight
    exact = next(p for p in photos if p["photodate"])
    assert exact["id"] not in await ids(after=exact["photodate"], before=exact["photodate"])  # exclusive
    for bad in ("2019-13-01", "2019-01-01T00:00:00", "yesterday", "2019-01-01 24:00:00"):
        assert (await listing(pk, demo, after=bad)).status_code == 400, bad
    products = await pk.get(f"/api/user/{DEMO}/products", params={"after": "2016-01-01"}, headers=demo)
    assert products.status_code == 200  # not a parameter of products: ignored
