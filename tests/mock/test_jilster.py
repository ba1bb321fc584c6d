"""The Jilster mock on the wire (in process, on a `FakeClock`): the envelope and the error bodies
the docs show, the token's 2 minutes and 12 hours, the administrator's role, the page rules'
wording, and the demo accounts from flags, environment variables and defaults."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from generator.mock import MockOptions, build_app, resolve_credentials
from generator.mock.loader import load_vendor_api, load_vendor_models
from generator.mock_command import _parser
from generator.vendors import Project
from tests.conftest import GENERATED
from tests.support.clock import FakeClock

pytestmark = pytest.mark.anyio

API = load_vendor_api("jilster", GENERATED)
ROOT = GENERATED.parent
MAGAZINE = "bf98c980-c7f7-4eb7-97d2-26d5baf8771d"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def http(clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    credentials = resolve_credentials(API, {}, environ={})
    options = MockOptions(
        credentials=credentials, clock=clock, validate_responses=True, raise_server_errors=True
    )
    app = build_app(API, options, models=load_vendor_models("jilster", GENERATED))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://mock/api/v1"
    ) as client:
        yield client


async def login(
    http: httpx.AsyncClient, email: str = "demo@example.com", password: str = "demo-password"
) -> str:
    response = await http.post("/authenticate", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    token = response.json()["token"]
    assert isinstance(token, str)
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_auth_errors_have_their_own_body(http: httpx.AsyncClient, clock: FakeClock) -> None:
    missing = await http.get(f"/magazines/{MAGAZINE}")
    assert (missing.status_code, missing.json()) == (400, {"error": "Token not provided"})
    wrong = await http.post("/authenticate", json={"email": "demo@example.com", "password": "nope"})
    assert (wrong.status_code, wrong.json()) == (401, {"error": "Invalid credentials"})
    token = await login(http)
    assert (await http.get(f"/magazines/{MAGAZINE}", headers=bearer(token))).status_code == 200
    clock.advance(120)  # "A token is valid for 2 minutes"
    expired = await http.get(f"/magazines/{MAGAZINE}", headers=bearer(token))
    assert (expired.status_code, expired.json()) == (401, {"error": "Token invalid"})
    clock.advance(12 * 3600 - 121)  # "... but is refreshable for 12 hours"
    renewed = (await http.post("/refresh", json={"token": token})).json()["token"]
    assert (await http.get(f"/magazines/{MAGAZINE}", headers=bearer(renewed))).status_code == 200
    clock.advance(1)
    late = await http.post("/refresh", json={"token": renewed})
    assert (late.status_code, late.json()) == (401, {"error": "Could not refresh token"})


async def test_envelope_and_failure_wording(http: httpx.AsyncClient) -> None:
    headers = bearer(await login(http))
    page = await http.get(f"/magazines/{MAGAZINE}", headers=headers)
    body = page.json()
    assert (body["success"], body["message"]) == (True, "Magazine retrieved successfully")
    assert body["data"]["magazineCover"]["number"] == 1
    odd = await http.post(f"/magazines/{MAGAZINE}/addpages", data={"pageCount": "6"}, headers=headers)
    assert (odd.status_code, odd.json()) == (
        400,
        {"success": False, "message": "Parameter 'pageCount' not divisible by 4"},
    )
    missing = await http.post("/users", data={"email": "x@example.com"}, headers=headers)
    assert missing.json() == {"success": False, "message": "Required parameter not provided"}
    gone = await http.get("/magazines/00000000-0000-4000-8000-000000000000", headers=headers)
    assert (gone.status_code, gone.json()) == (404, {"success": False, "message": "Entity not found"})
    refused = await http.post(
        "/images", data={"imagedirectory_id": "1"}, files={"file": ("a.txt", b"text")}, headers=headers
    )
    assert (refused.status_code, refused.json()) == (200, {"success": True, "message": "Invalid filetype"})


async def test_jobs_answer_401_to_users_without_the_administrator_role(
    http: httpx.AsyncClient, clock: FakeClock
) -> None:
    user = bearer(await login(http))
    admin = bearer(await login(http, "admin@example.com", "admin-password"))
    body = {"magazine_id": MAGAZINE}
    refused = await http.post("/jobs/magazinescreenpdf", data=body, headers=user)
    assert (refused.status_code, refused.json()) == (
        401,
        {"success": False, "message": "Method for entity not accessible for current user"},
    )
    dispatched = await http.post("/jobs/magazinescreenpdf", data=body, headers=admin)
    assert dispatched.json() == {"success": True, "data": {"job_id": 1}, "message": "Job dispatched"}
    states = []
    for seconds in (0, 5, 25):
        clock.advance(seconds)
        states.append((await http.get("/jobs/1", headers=admin)).json()["data"]["status"])
    assert states == ["dispatched", "processing", "processed"]


def test_demo_accounts_from_flags_environment_and_defaults() -> None:
    assert resolve_credentials(API, {}, environ={}) == {
        "email": "demo@example.com",
        "password": "demo-password",
        "admin_email": "admin@example.com",
        "admin_password": "admin-password",
    }
    environ = {"JILSTER_MOCK_EMAIL": "me@example.com", "JILSTER_MOCK_ADMIN_PASSWORD": "root"}
    resolved = resolve_credentials(API, {"password": "pw"}, environ=environ)
    assert (resolved["email"], resolved["password"], resolved["admin_password"]) == (
        "me@example.com",
        "pw",
        "root",
    )
    parser, flags = _parser("jilster", Project(ROOT))
    args = parser.parse_args(
        ["--email", "a@b.c", "--password", "p", "--admin-email", "x@y.z", "--admin-password", "q"]
    )
    given = {flags[dest]: getattr(args, dest) for dest in flags}
    assert given == {"email": "a@b.c", "password": "p", "admin_email": "x@y.z", "admin_password": "q"}
