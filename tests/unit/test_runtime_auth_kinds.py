"""Each auth kind on its own, and each vendor's flow (as its docs describe it) through the runtime,
against mock transports, on a fake clock."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from generator.runtime.auth import VendorAuth
from generator.runtime.base import Runtime, SyncResource
from generator.runtime.credentials import Credentials
from generator.runtime.errors import AuthenticationError, NotFoundError
from generator.runtime.issued_auth import IssuedBearerAuth
from generator.runtime.plain_auth import ApiKeyAuth, HttpBasicAuth, StaticBearerAuth
from generator.runtime.routes import RouteTable
from generator.runtime.schemes import (
    ApiKey,
    HttpBasic,
    IssuedBearer,
    Scheme,
    StaticBearer,
    TokenAnswer,
    TokenCall,
)
from tests.support.clock import FakeClock as Clock


def make_auth(
    schemes: dict[str, Scheme], routes: list[Any], credentials: dict[str, str], clock: Clock
) -> VendorAuth:
    return VendorAuth(schemes=schemes, routes=RouteTable(routes), credentials=credentials, clock=clock)


def jwt(exp: float, sub: str = "1") -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'typ': 'JWT', 'alg': 'HS256'})}.{part({'sub': sub, 'exp': exp})}.signature"


def run(
    auth: VendorAuth, handler: Callable[[httpx.Request], httpx.Response], method: str, path: str
) -> httpx.Response:
    with httpx.Client(
        base_url="https://api.test", transport=httpx.MockTransport(handler), auth=auth
    ) as client:
        return client.request(method, path)


# -- Jilster: POST /authenticate {email, password} -> {token}; token lives 2 minutes (read from the JWT),
#    refreshable for 12 hours through POST /refresh {token}.
JILSTER: dict[str, Scheme] = {
    "jwt": IssuedBearer(
        issue=TokenCall(
            operation_id="authenticate",
            method="POST",
            path="/authenticate",
            body={"email": "$credential.email", "password": "$credential.password"},
        ),
        refresh=TokenCall(operation_id="refresh", method="POST", path="/refresh", body={"token": "$token"}),
        answer=TokenAnswer(token_field="token", lifetime_from_jwt=True),
        lifetime_seconds=120,
        refreshable_seconds=43200,
        renew_before_seconds=10,
    )
}


def test_jilster_login_then_refresh_then_login_again_after_12_hours() -> None:
    clock = Clock()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/authenticate":
            assert json.loads(request.content) == {"email": "me@example.com", "password": "pw"}
            return httpx.Response(200, json={"token": jwt(clock.now + 120, "login")})
        if request.url.path == "/refresh":
            old = json.loads(request.content)["token"]
            assert old.count(".") == 2
            return httpx.Response(200, json={"token": jwt(clock.now + 120, "refreshed")})
        assert request.headers["Authorization"].startswith("Bearer ")
        return httpx.Response(200, json={})

    auth = make_auth(
        JILSTER, [("GET", "/magazines", [["jwt"]])], {"email": "me@example.com", "password": "pw"}, clock
    )
    run(auth, handler, "GET", "/magazines")
    clock.advance(60)
    run(auth, handler, "GET", "/magazines")
    assert calls == ["/authenticate", "/magazines", "/magazines"]
    clock.advance(65)  # past expiry: refresh, not a new login
    run(auth, handler, "GET", "/magazines")
    assert calls[-2:] == ["/refresh", "/magazines"]
    clock.advance(13 * 3600)  # beyond the 12-hour refresh window: log in again
    run(auth, handler, "GET", "/magazines")
    assert calls[-2:] == ["/authenticate", "/magazines"]


def test_failed_login_is_an_authentication_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "Invalid credentials"})

    auth = make_auth(
        JILSTER, [("GET", "/magazines", [["jwt"]])], {"email": "x", "password": "wrong"}, Clock()
    )
    with pytest.raises(AuthenticationError) as error:
        run(auth, handler, "GET", "/magazines")
    assert "wrong" not in str(error.value)


# -- Printiki: POST /auth/login answers 201 {access_token, refresh_token, expires: "<unix time>"};
#    GET /auth/refresh is authenticated with the refresh token, not the access token.
PRINTIKI: dict[str, Scheme] = {
    "bearer": IssuedBearer(
        issue=TokenCall(
            operation_id="login",
            method="POST",
            path="/auth/login",
            body={"username": "$credential.username", "password": "$credential.password", "locale": "nl"},
        ),
        refresh=TokenCall(
            operation_id="refreshToken", method="GET", path="/auth/refresh", bearer="$refresh_token"
        ),
        answer=TokenAnswer(
            token_field="access_token", refresh_token_field="refresh_token", expires_at_field="expires"
        ),
        renew_before_seconds=30,
    )
}


def test_printiki_refresh_uses_the_refresh_token() -> None:
    clock = Clock()
    seen: list[tuple[str, str | None]] = []
    issued = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers.get("Authorization")))
        if request.url.path == "/auth/login":
            return httpx.Response(
                201,
                json={
                    "access_token": "access-1",
                    "refresh_token": "refresh-1",
                    "expires": str(int(clock.now) + 3600),
                },
            )
        if request.url.path == "/auth/refresh":
            issued["n"] += 1
            return httpx.Response(
                200, json={"access_token": f"access-r{issued['n']}", "expires": str(int(clock.now) + 3600)}
            )
        return httpx.Response(200, json=[])

    auth = make_auth(
        PRINTIKI,
        [("GET", "/user/photos", [["bearer"]])],
        {"username": "demo", "password": "demo-password"},
        clock,
    )
    run(auth, handler, "GET", "/user/photos")
    clock.advance(3600)
    run(auth, handler, "GET", "/user/photos")
    assert seen == [
        ("/auth/login", None),
        ("/user/photos", "Bearer access-1"),
        ("/auth/refresh", "Bearer refresh-1"),
        ("/user/photos", "Bearer access-r1"),
    ]


# -- Storyly: the API token as the `token` query parameter on every call.
STORYLY: dict[str, Scheme] = {"token": ApiKey(credential="token", location="query", name="token")}


def test_storyly_token_goes_in_the_query_and_never_in_errors_or_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.params["token"] == "st-secret-123"
        assert request.url.params["story_group_id"] == "9"
        return httpx.Response(404, json={"status": 404, "message": "not found"})

    auth = make_auth(STORYLY, [("GET", "/story-group", [["token"]])], {"token": "st-secret-123"}, Clock())
    client = httpx.Client(base_url="https://api.test", transport=httpx.MockTransport(handler), auth=auth)

    class Provider:
        def get_httpx_client(self) -> httpx.Client:
            return client

        def get_async_httpx_client(self) -> httpx.AsyncClient:
            raise NotImplementedError

    logger = logging.getLogger("test.storyly")
    resource = SyncResource(Runtime(client=Provider(), logger=logger))
    with caplog.at_level(logging.DEBUG, logger="test.storyly"), pytest.raises(NotFoundError) as error:
        resource._request(
            {"method": "get", "url": "/story-group", "params": {"story_group_id": 9}}, lambda **_: None
        )
    assert "st-secret-123" not in str(error.value) and "st-secret-123" not in repr(error.value)
    assert "st-secret-123" not in caplog.text
    assert "token=***" in caplog.text  # the request was logged, with the token masked
    assert "st-secret-123" not in repr(auth)


# -- Mediagraph: personal access token as the password of an empty user + OrganizationId header;
#    or an OAuth access token (Bearer) renewed with the refresh token at POST /oauth/token.
MEDIAGRAPH: dict[str, Scheme] = {
    "pat": HttpBasic(
        username="",
        password="$credential.personal_access_token",
        headers={"OrganizationId": "$credential.organization_id"},
    ),
    "oauth": IssuedBearer(
        issue=None,
        initial_token="$credential.access_token",
        initial_refresh_token="$credential.refresh_token",
        refresh=TokenCall(
            operation_id="oauthToken",
            method="POST",
            path="/oauth/token",
            body_format="form",
            body={"grant_type": "refresh_token", "refresh_token": "$refresh_token"},
        ),
        answer=TokenAnswer(
            token_field="access_token", refresh_token_field="refresh_token", lifetime_field="expires_in"
        ),
        lifetime_seconds=7200,
    ),
}
MEDIAGRAPH_ROUTES = [("GET", "/api/assets/search", [["pat"], ["oauth"]])]


def test_mediagraph_personal_access_token_is_basic_auth_with_organization_header() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Basic " + base64.b64encode(b":8b5913ae").decode()
        assert request.headers["OrganizationId"] == "100"
        return httpx.Response(200, json=[])

    auth = make_auth(
        MEDIAGRAPH,
        MEDIAGRAPH_ROUTES,
        {"personal_access_token": "8b5913ae", "organization_id": "100"},
        Clock(),
    )
    assert run(auth, handler, "GET", "/api/assets/search").status_code == 200


def test_mediagraph_oauth_token_is_refreshed_after_a_401() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            form = dict(x.split("=") for x in request.content.decode().split("&"))
            assert form == {"grant_type": "refresh_token", "refresh_token": "r-1"}
            return httpx.Response(
                200, json={"access_token": "a-2", "refresh_token": "r-2", "expires_in": 7200}
            )
        seen.append(request.headers["Authorization"])
        return httpx.Response(401 if request.headers["Authorization"] == "Bearer a-1" else 200, json={})

    auth = make_auth(MEDIAGRAPH, MEDIAGRAPH_ROUTES, {"access_token": "a-1", "refresh_token": "r-1"}, Clock())
    assert run(auth, handler, "GET", "/api/assets/search").status_code == 200
    assert seen == ["Bearer a-1", "Bearer a-2"]


def test_async_refresh_is_single_flight() -> None:
    clock = Clock()
    logins = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/authenticate":
            logins["n"] += 1
            return httpx.Response(200, json={"token": jwt(clock.now + 120)})
        return httpx.Response(200, json={})

    auth = make_auth(JILSTER, [("GET", "/magazines", [["jwt"]])], {"email": "e", "password": "p"}, clock)

    async def burst() -> list[int]:
        async with httpx.AsyncClient(
            base_url="https://api.test", transport=httpx.MockTransport(handler), auth=auth
        ) as c:
            return [r.status_code for r in await asyncio.gather(*(c.get("/magazines") for _ in range(50)))]

    assert asyncio.run(burst()) == [200] * 50
    assert logins["n"] == 1


# -- each kind is an httpx.Auth on its own ----------------------------------------------------------


def sent_with(auth: httpx.Auth, url: str = "https://api.test/things?page=2") -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        client.get(url, headers={"Cookie": "theme=dark"})
    return seen[0]


def test_static_bearer_with_extra_headers() -> None:
    scheme = StaticBearer(credential="key", headers={"X-Tenant": "$credential.tenant", "X-Client": "sdk"})
    request = sent_with(StaticBearerAuth(scheme, Credentials({"key": "k-1", "tenant": "acme"})))
    assert request.headers["Authorization"] == "Bearer k-1"
    assert (request.headers["X-Tenant"], request.headers["X-Client"]) == ("acme", "sdk")


@pytest.mark.parametrize(
    ("location", "where"),
    [("query", "url"), ("header", "header"), ("cookie", "cookie")],
)
def test_api_key_in_query_header_or_cookie(location: str, where: str) -> None:
    scheme = ApiKey(credential="key", location=location, name="api_key")  # type: ignore[arg-type]
    request = sent_with(ApiKeyAuth(scheme, Credentials({"key": "s3cret"})))
    if where == "url":
        assert request.url.params["api_key"] == "s3cret" and request.url.params["page"] == "2"
    elif where == "header":
        assert request.headers["api_key"] == "s3cret"
    else:
        assert request.headers["Cookie"] == "theme=dark; api_key=s3cret"  # added to the cookies sent


def test_http_basic_with_an_empty_user_and_extra_header() -> None:
    scheme = HttpBasic(username="", password="$credential.pat", headers={"OrganizationId": "$credential.org"})
    auth = HttpBasicAuth(scheme, Credentials({"pat": "8b5913ae", "org": "100"}))
    request = sent_with(auth)
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b":8b5913ae").decode()
    assert request.headers["OrganizationId"] == "100"
    assert not HttpBasicAuth(scheme, Credentials({"pat": "8b5913ae"})).satisfiable()  # no organization


def test_issued_bearer_on_its_own_logs_in_and_sends_the_token() -> None:
    scheme = JILSTER["jwt"]
    assert isinstance(scheme, IssuedBearer)
    clock = Clock()
    auth = IssuedBearerAuth(scheme, Credentials({"email": "e", "password": "p"}), clock=clock)
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.url.path == "/authenticate":
            return httpx.Response(200, json={"token": jwt(clock.now + 120)})
        return httpx.Response(200, json={})

    with httpx.Client(base_url="https://api.test", transport=httpx.MockTransport(handler), auth=auth) as c:
        c.get("/magazines")
        c.get("/magazines")
    assert paths == ["/authenticate", "/magazines", "/magazines"]


def test_a_refused_refresh_falls_back_to_logging_in_and_a_refused_login_raises() -> None:
    clock = Clock()
    answers = {"refresh": 401, "login": 201}
    seen: list[tuple[str, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/login":
            status = answers["login"]
            body = {
                "access_token": f"a{len(seen)}",
                "refresh_token": "r",
                "expires": str(int(clock.now) + 600),
            }
        elif request.url.path == "/auth/refresh":
            status, body = answers["refresh"], {"message": "Refresh token expired"}
        else:
            status, body = 200, {}
        seen.append((request.url.path, status))
        return httpx.Response(status, json=body)

    auth = make_auth(
        PRINTIKI, [("GET", "/user/photos", [["bearer"]])], {"username": "u", "password": "p"}, clock
    )
    run(auth, handler, "GET", "/user/photos")
    clock.advance(600)
    run(auth, handler, "GET", "/user/photos")
    assert seen[2:] == [("/auth/refresh", 401), ("/auth/login", 201), ("/user/photos", 200)]
    clock.advance(600)
    answers["login"] = 401
    with pytest.raises(AuthenticationError) as refused:
        run(auth, handler, "GET", "/user/photos")
    assert refused.value.path == "/auth/login"


def test_a_token_the_user_holds_is_used_until_its_jwt_expiry_then_renewed_by_posting_it() -> None:
    """Jilster-style renewal without a login: an initial token, refreshed by posting it."""
    clock = Clock()
    scheme = IssuedBearer(
        issue=None,
        initial_token="$credential.token",
        refresh=TokenCall(operation_id="refresh", method="POST", path="/refresh", body={"token": "$token"}),
        answer=TokenAnswer(lifetime_from_jwt=True),
        lifetime_seconds=120,
        renew_before_seconds=10,
    )
    held = jwt(clock.now + 100, "held")
    posted: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/refresh":
            posted.append(json.loads(request.content)["token"])
            return httpx.Response(200, json={"token": jwt(clock.now + 120, "new")})
        return httpx.Response(200, json={"auth": request.headers["Authorization"]})

    auth = make_auth({"jwt": scheme}, [("GET", "/magazines", [["jwt"]])], {"token": held}, clock)
    assert run(auth, handler, "GET", "/magazines").json() == {"auth": f"Bearer {held}"}
    clock.advance(95)  # inside the renew-before window of its own `exp` (100 s), not of the documented 120 s
    assert run(auth, handler, "GET", "/magazines").json()["auth"] != f"Bearer {held}"
    assert posted == [held]


def test_the_refresh_window_is_counted_from_the_login() -> None:
    """After `refreshable_seconds` from the login the client logs in again, even if it refreshed since."""
    clock = Clock()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path in ("/authenticate", "/refresh"):
            return httpx.Response(200, json={"token": jwt(clock.now + 120)})
        return httpx.Response(200, json={})

    auth = make_auth(JILSTER, [("GET", "/m", [["jwt"]])], {"email": "e", "password": "p"}, clock)
    run(auth, handler, "GET", "/m")
    for _ in range(3):
        clock.advance(4 * 3600)  # 4, 8, 12 hours after the login
        run(auth, handler, "GET", "/m")
    assert [c for c in calls if c != "/m"] == ["/authenticate", "/refresh", "/refresh", "/authenticate"]


def test_reprs_name_credentials_never_their_values() -> None:
    credentials = Credentials({"key": "k-secret-1", "unused": None}, subject="alice")
    auth = make_auth(
        MEDIAGRAPH, MEDIAGRAPH_ROUTES, {"access_token": "a-secret", "refresh_token": "r-secret"}, Clock()
    )
    for text in (
        repr(credentials),
        repr(auth),
        repr(auth.scheme_auth("oauth")),
        repr(auth.scheme_auth("pat")),
    ):
        assert "secret" not in text.replace("Secret(***)", "")
    assert credentials.names == ["key"]
