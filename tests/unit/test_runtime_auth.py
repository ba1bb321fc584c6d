"""The composite auth (`VendorAuth`) and the single-flight renewal every token kind shares, against
httpx mock transports (no network), on a fake clock."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from generator.runtime.auth import AuthConfigurationError, VendorAuth
from generator.runtime.errors import UnexpectedResponseError
from generator.runtime.routes import RouteTable
from generator.runtime.schemes import HttpBasic, IssuedBearer, Scheme, StaticBearer, TokenAnswer, TokenCall
from tests.support.clock import FakeClock

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
    clock: FakeClock, *, subject: str | None = "user-1", admin: str | None = "admin-secret"
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
        clock.advance(900 - 60 - 1)  # still fresh
        client.get("/v1/archive/index")
        assert api.issued == 1
        clock.advance(2)  # inside the renew-before window
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


# -- choosing the requirement ---------------------------------------------------------------------

CHOICES: dict[str, Scheme] = {
    **SCHEMES,
    "basic": HttpBasic(username="$credential.user", password="$credential.password"),
}
CHOICE_ROUTES = [
    ("GET", "/v1/either", [["adminSecret"], ["basic"]]),
    ("GET", "/v1/optional", [["adminSecret"], []]),
    ("GET", "/v1/both", [["adminSecret", "basic"]]),
]


def choice_client(credentials: dict[str, str | None], seen: list[httpx.Request]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    auth = VendorAuth(schemes=CHOICES, routes=RouteTable(CHOICE_ROUTES), credentials=credentials)
    return httpx.Client(base_url="https://vendor.test", transport=httpx.MockTransport(handler), auth=auth)


def test_the_first_requirement_the_client_can_satisfy_is_applied() -> None:
    seen: list[httpx.Request] = []
    with choice_client({"user": "u", "password": "p"}, seen) as client:
        client.get("/v1/either")  # no admin key: the second alternative, basic auth
        client.get("/v1/optional")  # no admin key: the empty alternative, sent without credentials
    assert seen[0].headers["Authorization"].startswith("Basic ")
    assert "Authorization" not in seen[1].headers
    with choice_client({"admin_key": "k", "user": "u", "password": "p"}, seen) as client:
        client.get("/v1/either")
        client.get("/v1/optional")
    assert seen[2].headers["Authorization"] == seen[3].headers["Authorization"] == "Bearer k"


def test_an_unsatisfiable_requirement_raises_before_anything_is_sent() -> None:
    seen: list[httpx.Request] = []
    with choice_client({"admin_key": "k"}, seen) as client:
        with pytest.raises(AuthConfigurationError, match=r"GET /v1/both needs adminSecret\+basic"):
            client.get("/v1/both")  # both schemes together; basic's credentials are missing
        with pytest.raises(AuthConfigurationError, match=r"credentials \['admin_key'\]"):
            client.get("/v1/both")
    assert seen == []  # never sent bare

    async def run() -> None:
        auth = VendorAuth(schemes=CHOICES, routes=RouteTable(CHOICE_ROUTES), credentials={})
        transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200))
        async with httpx.AsyncClient(
            base_url="https://vendor.test", transport=transport, auth=auth
        ) as client:
            with pytest.raises(AuthConfigurationError):
                await client.get("/v1/either")

    asyncio.run(run())
    assert seen == []


# -- single-flight renewal under real contention ---------------------------------------------------


class CountingAuth(VendorAuth):
    """Counts the requests that have entered the auth flow, so a test can hold the token endpoint
    until all of them are in (and so, all but one, waiting at the gate)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.entered = 0
        self.lock = threading.Lock()

    def flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        with self.lock:
            self.entered += 1
        yield from super().flow(request)


def counting_auth(clock: FakeClock) -> CountingAuth:
    return CountingAuth(
        schemes=SCHEMES,
        routes=RouteTable(ROUTES, base_path="/api"),
        credentials={"admin_key": "admin-secret"},
        subject="user-1",
        clock=clock,
    )


def test_threads_wait_at_the_gate_while_one_renews() -> None:
    api, auth, crowd = FakeApi(), counting_auth(FakeClock()), 16
    everybody_in = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            # Hold the token call until every request is inside the auth flow (a hang guard, not a wait for time).
            assert everybody_in.wait(timeout=10), "the other requests never reached the auth flow"
        return api.handler(request)

    def watch() -> None:
        while auth.entered < crowd:
            threading.Event().wait(0.001)
        everybody_in.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    transport = httpx.MockTransport(handler)
    with (
        httpx.Client(base_url="https://vendor.test/api", transport=transport, auth=auth) as client,
        ThreadPoolExecutor(max_workers=crowd) as pool,
    ):
        statuses = list(pool.map(lambda _: client.get("/v1/archive/index").status_code, range(crowd)))
    watcher.join()
    assert statuses == [200] * crowd
    assert api.issued == 1


def test_asyncio_tasks_wait_at_the_gate_while_one_renews() -> None:
    api, auth, crowd = FakeApi(), counting_auth(FakeClock()), 16

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            for _ in range(1000):  # let every other task run into the gate first
                if auth.entered >= crowd:
                    break
                await asyncio.sleep(0)
            assert auth.entered == crowd
        return api.handler(request)

    async def run() -> list[int]:
        transport = httpx.MockTransport(handler)
        async with httpx.AsyncClient(base_url="https://vendor.test/api", transport=transport, auth=auth) as c:
            return [
                r.status_code
                for r in await asyncio.gather(*(c.get("/v1/archive/index") for _ in range(crowd)))
            ]

    assert asyncio.run(run()) == [200] * crowd
    assert api.issued == 1
    asyncio.run(run())  # a second event loop gets its own lock
    assert api.issued == 1


def in_another_thread(call: Callable[[], int]) -> int | None:
    """`call()` in a daemon thread given 10 s: a lock left held makes it return None instead of hanging."""
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(call()), daemon=True)
    thread.start()
    thread.join(timeout=10)
    return result[0] if result else None


def test_a_failed_renewal_releases_the_gate() -> None:
    """A token call that fails (here: the connection) leaves the gate open for the next request."""
    api = FakeApi()
    failures = [httpx.ConnectError("refused")]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token") and failures:
            raise failures.pop()
        return api.handler(request)

    auth = make_auth(FakeClock())
    with httpx.Client(
        base_url="https://vendor.test/api", transport=httpx.MockTransport(handler), auth=auth
    ) as c:
        with pytest.raises(httpx.ConnectError):
            c.get("/v1/archive/index")
        assert in_another_thread(lambda: c.get("/v1/archive/index").status_code) == 200

    failures.append(httpx.ConnectError("refused"))
    auth = make_auth(FakeClock())

    async def run() -> int:
        transport = httpx.MockTransport(handler)
        async with httpx.AsyncClient(base_url="https://vendor.test/api", transport=transport, auth=auth) as c:
            with pytest.raises(httpx.ConnectError):
                await c.get("/v1/archive/index")
            return (await asyncio.wait_for(c.get("/v1/archive/index"), timeout=10)).status_code

    assert asyncio.run(run()) == 200


def test_a_cancelled_request_leaves_renewal_working() -> None:
    """A task cancelled while another renews (or while renewing itself) does not wedge the gate."""
    api = FakeApi()
    token_call_started = asyncio.Event  # created inside the loop below
    auth = make_auth(FakeClock())

    async def run() -> int:
        started, release = token_call_started(), asyncio.Event()

        async def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/token") and not release.is_set():
                started.set()
                await release.wait()
            return api.handler(request)

        transport = httpx.MockTransport(handler)
        async with httpx.AsyncClient(base_url="https://vendor.test/api", transport=transport, auth=auth) as c:
            renewing = asyncio.create_task(c.get("/v1/archive/index"))
            await started.wait()
            waiting = asyncio.create_task(c.get("/v1/archive/index"))
            await asyncio.sleep(0)
            waiting.cancel()
            renewing.cancel()  # cancelled in the middle of its token call
            await asyncio.gather(renewing, waiting, return_exceptions=True)
            release.set()
            return (await asyncio.wait_for(c.get("/v1/archive/index"), timeout=10)).status_code

    assert asyncio.run(run()) == 200


def test_a_path_that_is_no_operation_is_sent_as_it_is() -> None:
    api = FakeApi()
    with client_for(api, make_auth(FakeClock())) as client:
        client.get("/somewhere/else")
    assert api.seen_auth == [None] and api.issued == 0


def test_renew_on_401_can_be_turned_off() -> None:
    scheme = SCHEMES["userToken"]
    assert isinstance(scheme, IssuedBearer)
    schemes = {**SCHEMES, "userToken": dataclasses.replace(scheme, renew_on_401=False)}
    api = FakeApi()
    auth = VendorAuth(
        schemes=schemes,
        routes=RouteTable(ROUTES, base_path="/api"),
        credentials={"admin_key": "admin-secret"},
        subject="user-1",
        clock=FakeClock(),
    )
    with client_for(api, auth) as client:
        client.get("/v1/archive/index")
        api.valid = set()
        assert client.get("/v1/archive/index").status_code == 401
    assert api.issued == 1


def test_a_token_answer_without_the_token_is_an_unexpected_response() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"jwt": "somewhere else"})

    transport = httpx.MockTransport(handler)
    with (
        httpx.Client(
            base_url="https://v.test/api", transport=transport, auth=make_auth(FakeClock())
        ) as client,
        pytest.raises(UnexpectedResponseError) as error,
    ):
        client.get("/v1/archive/index")
    assert error.value.response.request.url.path == "/api/v1/user/user-1/token"


def test_an_id_holding_a_slash_is_matched_on_the_encoded_path_and_gets_its_credential() -> None:
    """issue 13: `issue_token("x/y")` sent `POST /v1/user/x%2Fy/token` with no Authorization: the
    route was matched on the decoded path (`/v1/user/x/y/token`), which no template matches."""
    api = FakeApi()
    with client_for(api, make_auth(FakeClock())) as client:
        answer = client.post("/v1/user/x%2Fy/token")
    assert answer.status_code == 200
    assert api.seen_auth == ["Bearer admin-secret"]
    assert api.paths == ["POST /api/v1/user/x/y/token"]  # httpx's decoded view of what went out
