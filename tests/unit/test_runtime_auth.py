"""The client runtime's auth flow against httpx mock transports (no network)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from generator.runtime.auth import AuthConfigurationError, VendorAuth
from generator.runtime.routes import RouteTable
from generator.runtime.schemes import IssuedBearer, Scheme, StaticBearer, TokenAnswer, TokenCall

SCHEMES: dict[str, Scheme] = {
    "adminSecret": StaticBearer(credential="admin_key"),
    "userToken": IssuedBearer(
        issue=TokenCall(
            operation_id="issueUserToken",
            method="POST",
            path="/v1/user/{id}/token",
            auth="adminSecret",
            path_params={"id": "$subject"},
        ),
        answer=TokenAnswer(token_field="token", lifetime_field="expire_seconds"),
        lifetime_seconds=900,
        renew_before_seconds=60,
    ),
}
ROUTES = [
    ("POST", "/v1/user/{id}/token", [["adminSecret"]]),
    ("GET", "/v1/user", [["adminSecret"]]),
    ("GET", "/v1/archive/index", [["userToken"]]),
    ("GET", "/v1/public", []),
]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeApi:
    """Issues numbered tokens and accepts only the latest one; counts token requests."""

    def __init__(self, lifetime: int = 900) -> None:
        self.issued = 0
        self.lifetime = lifetime
        self.valid: set[str] = set()
        self.lock = threading.Lock()
        self.seen_auth: list[str | None] = []
        self.paths: list[str] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        auth = request.headers.get("Authorization")
        self.seen_auth.append(auth)
        self.paths.append(f"{request.method} {request.url.path}")
        if request.url.path.endswith("/token"):
            assert auth == "Bearer admin-secret"
            with self.lock:
                self.issued += 1
                token = f"jwt-{self.issued}"
                self.valid = {token}
            return httpx.Response(200, json={"token": token, "expire_seconds": self.lifetime})
        if request.url.path.startswith("/api/v1/user"):
            ok = auth == "Bearer admin-secret"
        elif request.url.path == "/api/v1/public":
            ok = auth is None
        else:
            ok = auth is not None and auth.removeprefix("Bearer ") in self.valid
        return httpx.Response(200 if ok else 401, json={"ok": ok})


def make_auth(
    clock: Callable[[], float], *, subject: str | None = "user-1", admin: str | None = "admin-secret"
) -> VendorAuth:
    return VendorAuth(
        schemes=SCHEMES,
        routes=RouteTable(ROUTES, base_path="/api"),
        credentials={"admin_key": admin},
        subject=subject,
        clock=clock,
    )


def client_for(api: FakeApi, auth: VendorAuth) -> httpx.Client:
    return httpx.Client(
        base_url="https://vendor.test/api", transport=httpx.MockTransport(api.handler), auth=auth
    )


def test_static_bearer_on_admin_operation() -> None:
    api = FakeApi()
    with client_for(api, make_auth(FakeClock())) as client:
        assert client.get("/v1/user").status_code == 200
    assert api.seen_auth == ["Bearer admin-secret"]
    assert api.issued == 0


def test_operation_without_security_gets_no_credential() -> None:
    api = FakeApi()
    with client_for(api, make_auth(FakeClock())) as client:
        assert client.get("/v1/public").json() == {"ok": True}


def test_user_token_is_issued_once_and_reused() -> None:
    api = FakeApi()
    with client_for(api, make_auth(FakeClock())) as client:
        for _ in range(3):
            assert client.get("/v1/archive/index").status_code == 200
    assert api.issued == 1
    assert api.paths[0] == "POST /api/v1/user/user-1/token"  # the subject goes in the issuing path


def test_token_is_renewed_before_expiry() -> None:
    api, clock = FakeApi(), FakeClock()
    with client_for(api, make_auth(clock)) as client:
        client.get("/v1/archive/index")
        clock.now += 900 - 60 - 1  # still fresh
        client.get("/v1/archive/index")
        assert api.issued == 1
        clock.now += 2  # inside the renew-before window
        assert client.get("/v1/archive/index").status_code == 200
    assert api.issued == 2


def test_token_is_renewed_once_after_a_401() -> None:
    api = FakeApi()
    with client_for(api, make_auth(FakeClock())) as client:
        client.get("/v1/archive/index")
        api.valid = set()  # the server forgets the token (e.g. revoked)
        response = client.get("/v1/archive/index")
    assert response.status_code == 200
    assert api.issued == 2


def test_a_second_401_is_returned_not_retried_forever() -> None:
    def always_401(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"token": "t", "expire_seconds": 900})
        return httpx.Response(401, json={"message": "Unauthenticated."})

    transport = httpx.MockTransport(always_401)
    with httpx.Client(
        base_url="https://v.test/api", transport=transport, auth=make_auth(FakeClock())
    ) as client:
        assert client.get("/v1/archive/index").status_code == 401


def test_renewal_is_single_flight_across_threads() -> None:
    api = FakeApi()
    auth = make_auth(FakeClock())
    with client_for(api, auth) as client, ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(lambda _: client.get("/v1/archive/index").status_code, range(50)))
    assert statuses == [200] * 50
    assert api.issued == 1


def test_renewal_is_single_flight_in_asyncio() -> None:
    api = FakeApi()
    auth = make_auth(FakeClock())

    async def run() -> list[int]:
        transport = httpx.MockTransport(api.handler)
        async with httpx.AsyncClient(
            base_url="https://vendor.test/api", transport=transport, auth=auth
        ) as client:
            responses = await asyncio.gather(*(client.get("/v1/archive/index") for _ in range(50)))
        return [r.status_code for r in responses]

    assert asyncio.run(run()) == [200] * 50
    assert api.issued == 1


def test_missing_credentials_name_the_operation() -> None:
    api = FakeApi()
    with (
        client_for(api, make_auth(FakeClock(), subject=None)) as client,
        pytest.raises(AuthConfigurationError, match=r"GET /v1/archive/index needs userToken"),
    ):
        client.get("/v1/archive/index")


def test_repr_shows_no_secret() -> None:
    auth = make_auth(FakeClock())
    assert "admin-secret" not in repr(auth)
    assert "admin_key" in repr(auth)
