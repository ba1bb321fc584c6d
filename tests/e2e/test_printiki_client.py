"""Every Printiki operation through the generated client, against the mock over real HTTP on loopback.

Besides the session's shared mock (`running_mock` in tests/conftest.py), two purpose-built ones on a
`FakeClock` the tests move by hand, shared with the client unless a test wants the client not to
know that time passed: one with the documented token lifetimes (the access token expires, the
refresh token later), one issuing tokens that live two seconds
(`MockOptions(token_lifetime_seconds=...)`). Nothing waits in real time.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from printiki_client import (
    AsyncPrintiki,
    AuthenticationError,
    BadRequestError,
    PermissionDeniedError,
    Printiki,
)
from printiki_client.models import Auth, CognitoIdentity, LoginBody, Photo, Product
from printiki_client.types import Unset

from generator.mock import MockOptions, background_server, engine_of, load_vendor_app
from tests.conftest import GENERATED, RunningMock
from tests.support.clock import FakeClock

DEMO = 25689  # the demo account (PRINTIKI_MOCK_USERNAME / PRINTIKI_MOCK_PASSWORD)
MICKEY = 83655  # a seeded account with 1,500 photos and 1,200 products
MICKEY_LOGIN = {"username": "mickey@printiki.test", "password": "mickey-password"}
PHOTO_EXAMPLE_ID = 87392083  # the docs' example photo (user 1324895)
PRODUCT_EXAMPLE_ID = 254784  # the docs' example product (the demo user's)


@dataclass(frozen=True)
class PrintikiMock:
    base_url: str  # with the API's base path, as a client is configured
    username: str
    password: str
    app: Any
    clock: FakeClock | None = None

    def client(self, **overrides: Any) -> Printiki:
        """A client of this mock, on the mock's clock when it has a fake one (unless overridden)."""
        settings: dict[str, Any] = {"username": self.username, "password": self.password, **overrides}
        if self.clock is not None:
            settings.setdefault("clock", self.clock)
        return Printiki(base_url=self.base_url, rate_limit=False, **settings)

    @property
    def state(self) -> Any:
        return engine_of(self.app).state


@dataclass
class Exchanges:
    """(method, path, status) of every response a client got, token calls of its auth flow included."""

    seen: list[tuple[str, str, int]] = field(default_factory=list)

    def hook(self, response: httpx.Response) -> None:
        self.seen.append((response.request.method, response.request.url.path, response.status_code))

    def httpx_args(self) -> dict[str, Any]:
        return {"event_hooks": {"response": [self.hook]}}


@pytest.fixture(scope="session")
def printiki_mock(running_mock: Callable[[str], RunningMock]) -> PrintikiMock:
    mock = running_mock("printiki")
    credentials = mock.credentials
    return PrintikiMock(mock.base_url + "/api", credentials["username"], credentials["password"], mock.app)


def _serve(options: MockOptions) -> Iterator[PrintikiMock]:
    app = load_vendor_app("printiki", GENERATED, options)
    clock = options.clock if isinstance(options.clock, FakeClock) else None
    with background_server(app) as base_url:
        yield PrintikiMock(base_url + "/api", "demo", "demo-password", app, clock)


@pytest.fixture
def clocked_mock() -> Iterator[PrintikiMock]:
    yield from _serve(MockOptions(clock=FakeClock(), rate_limit=None))


@pytest.fixture
def short_token_mock() -> Iterator[PrintikiMock]:
    yield from _serve(MockOptions(token_lifetime_seconds=2, rate_limit=None, clock=FakeClock()))


@pytest.fixture
def client(printiki_mock: PrintikiMock) -> Iterator[Printiki]:
    with printiki_mock.client() as client:
        yield client


@pytest.fixture
def mickey(printiki_mock: PrintikiMock) -> Iterator[Printiki]:
    with printiki_mock.client(**MICKEY_LOGIN) as client:
        yield client


def ids(records: list[Photo] | list[Product]) -> list[int]:
    return [record.id for record in records if isinstance(record.id, int)]


def all_photos(client: Printiki, userid: int = DEMO) -> list[Photo]:
    return [photo for page in client.users.photos_pages(userid, limit=1000) for photo in page]


# -- auth ------------------------------------------------------------------------------------------------


def test_login_answers_both_tokens_and_expires(client: Printiki) -> None:
    before = time.time()
    auth = client.auth.login(
        body=LoginBody(
            username="demo", password="demo-password", locale="nl", countryid="150", currency="EUR"
        )
    )
    assert isinstance(auth, Auth)
    assert (
        auth.access_token and isinstance(auth.refresh_token, str) and auth.refresh_token != auth.access_token
    )
    assert auth.token_type == "bearer"
    assert before + 890 <= int(auth.expires) <= time.time() + 900  # a Unix time as a string, 900 s ahead
    with pytest.raises(AuthenticationError) as refused:
        client.auth.login(body=LoginBody(username="demo", password="not-the-password"))
    assert refused.value.status_code == 401 and "not-the-password" not in str(refused.value)


def test_cognito_and_refresh(client: Printiki) -> None:
    identity = client.auth.cognito()
    assert isinstance(identity, CognitoIdentity)
    assert identity.identity_id.startswith("eu-west-1:") and identity.token.count(".") == 2
    assert client.auth.cognito().identity_id == identity.identity_id
    refreshed = client.auth.refresh()  # sent with a refresh token, which the mock accepts only here
    assert isinstance(refreshed, Auth) and refreshed.access_token and int(refreshed.expires) > time.time()


def jwt_claims(token: str) -> dict[str, Any]:
    """A JWT's payload read as the docs' reader would (no library): base64url-decoded JSON."""
    payload = token.split(".")[1]
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return claims


def test_the_access_token_carries_the_documented_user_record(printiki_mock: PrintikiMock) -> None:
    """issue 14: no documented operation returns the logged-in user's id, but the docs' example
    access token carries it: {"iss": "hema", "iat", "exp", "data": {"id": 878, "affiliateid",
    "currency", "language", "countryid", "email", "first_name", "last_name", "temporary"}}. A user
    following the docs logs in, decodes the token and lists their photos and products by data.id."""
    with Printiki(base_url=printiki_mock.base_url, rate_limit=False) as anonymous:
        auth = anonymous.auth.login(
            body=LoginBody(**MICKEY_LOGIN, locale="nl", countryid="150", currency="EUR")
        )
    claims = jwt_claims(auth.access_token)
    assert claims["iss"] == "hema" and claims["exp"] == int(auth.expires) and claims["exp"] > claims["iat"]
    data = claims["data"]
    assert set(data) == {
        "id",
        "affiliateid",
        "currency",
        "language",
        "countryid",
        "email",
        "first_name",
        "last_name",
        "temporary",
    }
    assert (data["id"], data["email"], data["language"], data["countryid"], data["currency"]) == (
        MICKEY,
        MICKEY_LOGIN["username"],
        "nl",
        150,
        "EUR",
    )
    with Printiki(base_url=printiki_mock.base_url, rate_limit=False, **MICKEY_LOGIN) as client:
        photos = client.users.photos(data["id"], limit=5)
        assert len(photos) == 5 and {photo.userid for photo in photos} == {MICKEY}
        assert {product.userid for product in client.users.products(data["id"], limit=5)} == {MICKEY}


def test_the_client_logs_in_by_itself_and_keeps_its_credentials_secret(printiki_mock: PrintikiMock) -> None:
    exchanges = Exchanges()
    with printiki_mock.client(httpx_args=exchanges.httpx_args()) as client:
        assert printiki_mock.password not in repr(client)
        client.users.photos(DEMO)
        client.users.products(DEMO)
    assert exchanges.seen == [
        ("POST", "/api/auth/login", 201),
        ("GET", f"/api/user/{DEMO}/photos", 200),
        ("GET", f"/api/user/{DEMO}/products", 200),
    ]
    with printiki_mock.client(password="wrong") as wrong, pytest.raises(AuthenticationError) as refused:
        wrong.users.photos(DEMO)
    assert refused.value.status_code == 401 and "wrong" not in str(refused.value)


def test_an_expired_access_token_is_refreshed_with_the_refresh_token(clocked_mock: PrintikiMock) -> None:
    """The server's time moves on, the client's does not (its clock starts at the same time and stays):
    the client learns of each expiry from a 401."""
    server_clock, exchanges = clocked_mock.clock, Exchanges()
    assert server_clock is not None
    client_clock = FakeClock(server_clock.now)
    with clocked_mock.client(httpx_args=exchanges.httpx_args(), clock=client_clock) as client:
        client.users.photos(DEMO, limit=1)
        server_clock.advance(901)  # on the mock, the access token (900 s) has expired
        client.users.photos(DEMO, limit=1)
        server_clock.advance(31 * 24 * 3600)  # the refresh token (30 days) has expired too: log in again
        client.users.photos(DEMO, limit=1)
    photos = ("GET", f"/api/user/{DEMO}/photos")
    assert exchanges.seen == [
        ("POST", "/api/auth/login", 201),
        (*photos, 200),
        (*photos, 401),
        ("GET", "/api/auth/refresh", 200),
        (*photos, 200),
        (*photos, 401),
        ("GET", "/api/auth/refresh", 401),
        ("POST", "/api/auth/login", 201),
        (*photos, 200),
    ]


def test_the_access_token_is_refreshed_before_it_expires(clocked_mock: PrintikiMock) -> None:
    """Client and mock share the clock: the client renews inside the last minute of the token's life."""
    clock, exchanges = clocked_mock.clock, Exchanges()
    assert clock is not None
    with clocked_mock.client(httpx_args=exchanges.httpx_args()) as client:
        client.auth.cognito()
        clock.advance(839)  # 61 s left: still fresh
        client.auth.cognito()
        clock.advance(2)  # 59 s left: renewed before use, no 401
        client.auth.cognito()
    cognito = ("GET", "/api/user/cognito", 200)
    assert exchanges.seen == [
        ("POST", "/api/auth/login", 201),
        cognito,
        cognito,
        ("GET", "/api/auth/refresh", 200),
        cognito,
    ]


def test_short_token_lifetimes_renew_transparently(short_token_mock: PrintikiMock) -> None:
    clock, exchanges = short_token_mock.clock, Exchanges()
    assert clock is not None
    with short_token_mock.client(httpx_args=exchanges.httpx_args()) as client:
        first = client.users.products(DEMO)
        clock.advance(2.2)  # both tokens (2 s) have expired: the refresh is refused, the client logs in again
        assert ids(client.users.products(DEMO)) == ids(first)
    assert exchanges.seen[2:] == [
        ("GET", "/api/auth/refresh", 401),
        ("POST", "/api/auth/login", 201),
        ("GET", f"/api/user/{DEMO}/products", 200),
    ]


# -- user data ----------------------------------------------------------------------------------------


def test_photos_and_products_of_the_own_user(client: Printiki, printiki_mock: PrintikiMock) -> None:
    photos = client.users.photos(DEMO)
    assert len(photos) == 20 and all(isinstance(photo, Photo) for photo in photos)
    seeded = printiki_mock.state.accounts[DEMO].photos
    assert [photo.to_dict() for photo in photos] == seeded[:20]
    assert any(photo.fcx is None for photo in photos)  # nullable fields come back as None
    products = client.users.products(DEMO, limit=100)
    example = next(product for product in products if product.id == PRODUCT_EXAMPLE_ID)
    assert example.to_dict() == {
        "id": 254784,
        "userid": 25689,
        "group": 101,
        "typeid": 1001,
        "themeid": 13,
        "created_time": "2020-05-26 12:58:52",
        "read_token": "n7Pe5LmUzFbT3W7IQAtD",
        "thumbnail": "https://demo-staging-snapshots.s3-eu-west-1.amazonaws.com/productimage/72/1330_AG3IowImxQhNk1bAgG3D/cover.jpg",
        "core": 1,
    }
    with pytest.raises(PermissionDeniedError) as other_user:
        client.users.photos(MICKEY)
    assert other_user.value.status_code == 403
    with pytest.raises(PermissionDeniedError):
        client.users.products(1)


def test_the_docs_example_photo(printiki_mock: PrintikiMock) -> None:
    with printiki_mock.client(username="test@printiki.com", password="pa$sw0rd") as test:
        (photo,) = test.users.photos(1324895, where={"id": PHOTO_EXAMPLE_ID})
    assert photo.external_id == "49202093822394" and photo.title == "Chilling at the beach"
    assert (photo.fcx, photo.fcy, photo.fcw, photo.fch) == (356, 245, 1045, 509)
    assert photo.photodate == "2020-05-26 12:58:52" and photo.token == "ajz6fpm9JmZ7SsvvCo5k"


def test_limit_and_offset(client: Printiki) -> None:
    everything = all_photos(client)
    assert len(everything) == 45
    assert ids(client.users.photos(DEMO, limit=5, offset=10)) == ids(everything)[10:15]
    assert ids(client.users.photos(DEMO, offset=40)) == ids(everything)[40:]
    assert client.users.photos(DEMO, offset=45) == []
    with pytest.raises(BadRequestError) as too_many:
        client.users.photos(DEMO, limit=1001)  # "Max: 1,000"
    assert too_many.value.status_code == 400


def test_the_spec_defaults_of_limit_and_offset_are_left_to_the_server(printiki_mock: PrintikiMock) -> None:
    """Issue 13: the client sends what the user gave, not the documented defaults (20 and 0)."""
    sent: list[httpx.Request] = []
    with printiki_mock.client(httpx_args={"event_hooks": {"request": [sent.append]}}) as client:
        first_twenty = client.users.photos(DEMO)
    (listing,) = [request for request in sent if request.url.path.endswith("/photos")]
    assert "limit" not in listing.url.params and "offset" not in listing.url.params
    assert len(first_twenty) == 20  # the mock applies the documented default itself


def test_pages_follow_the_pagination_headers(client: Printiki) -> None:
    pages = list(client.users.photos_pages(DEMO, limit=20))
    assert [len(page) for page in pages] == [20, 20, 5]
    assert ids([photo for page in pages for photo in page]) == ids(client.users.photos(DEMO, limit=45))
    later = list(client.users.products_pages(DEMO, limit=5, offset=3))
    assert [len(page) for page in later] == [5, 5]
    assert (
        ids([product for page in later for product in page])
        == ids(client.users.products(DEMO, limit=100))[3:]
    )


def test_more_than_1000_records_across_pages(mickey: Printiki, printiki_mock: PrintikiMock) -> None:
    seeded = printiki_mock.state.accounts[MICKEY]
    photo_pages = list(mickey.users.photos_pages(MICKEY, limit=1000))
    assert [len(page) for page in photo_pages] == [1000, 500]
    assert [photo.id for page in photo_pages for photo in page] == [photo["id"] for photo in seeded.photos]
    product_pages = list(mickey.users.products_pages(MICKEY))  # the default limit, 20 a page
    assert len(product_pages) == 60 and all(len(page) == 20 for page in product_pages)
    assert [product.id for page in product_pages for product in page] == [p["id"] for p in seeded.products]


def test_fields_select_what_each_record_holds(client: Printiki, printiki_mock: PrintikiMock) -> None:
    seeded = printiki_mock.state.accounts[DEMO].photos
    photos = client.users.photos(DEMO, fields=["id", "photodate", "fcx"], limit=45)
    assert [photo.to_dict() for photo in photos] == [
        {"id": p["id"], "photodate": p["photodate"], "fcx": p["fcx"]} for p in seeded
    ]
    assert all(isinstance(photo.url, Unset) for photo in photos)
    (only_id,) = client.users.products(DEMO, fields=["id"], where={"id": PRODUCT_EXAMPLE_ID})
    assert only_id.to_dict() == {"id": PRODUCT_EXAMPLE_ID}


def test_orderby_and_groupby(client: Printiki, printiki_mock: PrintikiMock) -> None:
    seeded = printiki_mock.state.accounts[DEMO].photos
    by_size = client.users.photos(DEMO, orderby="kbyte", limit=1000)
    assert ids(by_size) == [p["id"] for p in sorted(seeded, key=lambda p: p["kbyte"])]
    sources = client.users.photos(DEMO, groupby="source", orderby="source", fields=["source"])
    assert [photo.source for photo in sources] == sorted({p["source"] for p in seeded})


def test_where_conditions_and_or_over_arrays(client: Printiki, printiki_mock: PrintikiMock) -> None:
    seeded = printiki_mock.state.accounts[DEMO].products
    offering = client.users.products(DEMO, where={"group": 101, "typeid": [1001, 1002]}, limit=100)
    assert ids(offering) == [p["id"] for p in seeded if p["group"] == 101 and p["typeid"] in (1001, 1002)]
    assert ids(client.users.products(DEMO, where={"read_token": "n7Pe5LmUzFbT3W7IQAtD"})) == [
        PRODUCT_EXAMPLE_ID
    ]
    untitled = client.users.photos(DEMO, where={"title": None}, limit=100)
    assert untitled and all(photo.title is None for photo in untitled)
    with pytest.raises(BadRequestError) as not_documented:
        client.users.photos(DEMO, where={"title": {"nested": "object"}})
    assert not_documented.value.status_code == 400


def test_search_matches_substrings(client: Printiki, printiki_mock: PrintikiMock) -> None:
    seeded = printiki_mock.state.accounts[DEMO].photos
    imported = client.users.photos(DEMO, search={"source": ["FACE", "gram"]}, limit=100)
    assert ids(imported) == [p["id"] for p in seeded if p["source"] in ("facebook", "instagram")]
    tokens = client.users.products(DEMO, search={"read_token": "IQAtD"})
    assert PRODUCT_EXAMPLE_ID in ids(tokens)


def test_after_and_before_filter_photo_dates(client: Printiki, printiki_mock: PrintikiMock) -> None:
    seeded = printiki_mock.state.accounts[DEMO].photos
    after, before = "2015-06-01 00:00:00", "2021-01-01 00:00:00"
    window = client.users.photos(DEMO, after=after, before=before, limit=100)
    assert ids(window) == [p["id"] for p in seeded if p["photodate"] and after < p["photodate"] < before]
    assert all(isinstance(photo.photodate, str) and after < photo.photodate < before for photo in window)
    with pytest.raises(BadRequestError):
        client.users.photos(DEMO, after="January 2019")


def test_the_async_client(printiki_mock: PrintikiMock) -> None:
    async def scenario() -> tuple[int, list[int], str]:
        async with AsyncPrintiki(
            username=printiki_mock.username, password=printiki_mock.password, base_url=printiki_mock.base_url
        ) as client:
            pages = [page async for page in client.users.photos_pages(DEMO, limit=10, fields=["id"])]
            identity = await client.auth.cognito()
            products = await client.users.products(DEMO, where={"id": PRODUCT_EXAMPLE_ID})
            return len(pages), ids(products), identity.identity_id

    pages, products, identity = asyncio.run(scenario())
    assert pages == 5 and products == [PRODUCT_EXAMPLE_ID] and identity.startswith("eu-west-1:")
