"""The client surface users of openai-python expect, on JumpStory's generated client (the same
templates and runtime render every vendor's): credentials and base URL from the environment,
`http_client=`, `default_headers=`, per-call `extra_*`, `with_options()`, the `User-Agent` and
`__version__`, `with_raw_response`, `<method>_all()`, `RateLimiter` at the package root, and the
`httpx_args`/`set_httpx_client` fixes. Sync and async, on an `httpx.MockTransport` that records what
is sent, and against the JumpStory mock over loopback where the mock's behaviour matters.
"""

from __future__ import annotations

import asyncio
import json
import platform
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import jumpstory_client
import pytest
from jumpstory_client import (
    APIResponse,
    AsyncJumpStory,
    AuthConfigurationError,
    JumpStory,
    MissingCredentialError,
    NotFoundError,
    RateLimiter,
    RequestOptions,
)
from jumpstory_client.api.users import list_users
from jumpstory_client.models import (
    CreateArchiveFolderBody,
    CreateUserBody,
    SearchByKeywordBody,
    UpdateUserBody,
    UpdateUserBodyMetadata,
)

from tests.conftest import GENERATED
from tests.e2e.conftest import MockServer

ADMIN = "surface-admin-secret"
USERS = [{"id": 1, "metadata": {}, "created_at": "2020-02-27 21:01:14"}]


@dataclass
class Recorder:
    """A `MockTransport` answering every call with the user list (after `failures` 503s)."""

    failures: int = 0
    sent: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        if self.failures:
            self.failures -= 1
            return httpx.Response(503, json={"message": "busy"})
        if request.method == "PUT":
            return httpx.Response(200, json=USERS[0])
        return httpx.Response(200, json=USERS, headers={"X-Request-Id": "req-1"})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


FAST = {"rate_limit": False, "max_retries": 2}


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JUMPSTORY_ADMIN_KEY", "JUMPSTORY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def sync_and_async(scenario: Callable[[bool], object]) -> None:
    scenario(False)
    scenario(True)


def run(value: object) -> object:
    return asyncio.run(value) if asyncio.iscoroutine(value) else value  # type: ignore[arg-type]


# -- environment ----------------------------------------------------------------------------------


def test_credentials_and_base_url_come_from_the_environment(
    jumpstory_mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JUMPSTORY_ADMIN_KEY", jumpstory_mock.admin_key)
    monkeypatch.setenv("JUMPSTORY_BASE_URL", jumpstory_mock.base_url)
    with JumpStory(rate_limit=False) as js:
        assert isinstance(js.users.list(), list)
        assert jumpstory_mock.admin_key not in repr(js)

    async def scenario() -> None:
        async with AsyncJumpStory(rate_limit=False) as js:
            assert isinstance(await js.users.list(), list)

    asyncio.run(scenario())
    # An argument wins over the environment.
    recorder = Recorder()
    with JumpStory(
        admin_key="given",
        base_url="https://given.test",
        http_client=httpx.Client(transport=recorder.transport()),
        **FAST,
    ) as js:
        js.users.list()
    assert recorder.sent[0].headers["Authorization"] == "Bearer given"
    assert recorder.sent[0].url.host == "given.test"


@pytest.mark.usefixtures("no_env")
def test_no_credential_anywhere_is_a_typed_error_naming_the_variable() -> None:
    for cls in (JumpStory, AsyncJumpStory):
        with pytest.raises(MissingCredentialError) as missing:
            cls()
        assert missing.value.env_vars == ("JUMPSTORY_ADMIN_KEY",)
        assert "JUMPSTORY_ADMIN_KEY" in str(missing.value) and "admin_key=" in str(missing.value)
        assert isinstance(missing.value, AuthConfigurationError)
    assert "MissingCredentialError" in jumpstory_client.__all__


def test_a_client_of_a_vendor_with_open_operations_raises_on_the_first_call_that_needs_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Printiki's login needs no credential, so `Printiki()` is built; a call that needs one raises
    `MissingCredentialError` naming both variables, before anything is sent."""
    import printiki_client

    for name in ("PRINTIKI_USERNAME", "PRINTIKI_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    recorder = Recorder()
    client = printiki_client.Printiki(
        http_client=httpx.Client(transport=recorder.transport()), rate_limit=False
    )
    with pytest.raises(printiki_client.MissingCredentialError) as missing:
        client.users.photos("1")
    assert missing.value.env_vars == ("PRINTIKI_USERNAME", "PRINTIKI_PASSWORD")
    assert recorder.sent == []


# -- http_client, default_headers, extra_*, User-Agent ---------------------------------------------


def test_your_own_httpx_client_keeps_auth_retries_and_the_user_agent() -> None:
    def scenario(asynchronous: bool) -> None:
        recorder = Recorder(failures=1)
        own: httpx.Client | httpx.AsyncClient = (
            httpx.AsyncClient(transport=recorder.transport(), headers={"X-Mine": "1"})
            if asynchronous
            else httpx.Client(transport=recorder.transport(), headers={"X-Mine": "1"})
        )
        cls = AsyncJumpStory if asynchronous else JumpStory
        js = cls(admin_key=ADMIN, base_url="https://own.test", http_client=own, **FAST)  # type: ignore[arg-type]
        users = run(js.users.list())
        assert [user.id for user in users] == [1]  # type: ignore[attr-defined]
        assert len(recorder.sent) == 2  # the 503 was retried
        for request in recorder.sent:
            assert request.headers["Authorization"] == f"Bearer {ADMIN}"
            assert request.headers["X-Mine"] == "1"
            assert request.headers["User-Agent"] == jumpstory_client.facade.USER_AGENT
        assert own.auth is None and "Authorization" not in own.headers  # the caller's client is untouched
        run(js.close())
        assert not own.is_closed  # yours to close
        run(own.aclose() if isinstance(own, httpx.AsyncClient) else own.close())

    sync_and_async(scenario)


def test_user_agent_and_version() -> None:
    project = tomllib.loads((GENERATED / "jumpstory" / "pyproject.toml").read_text(encoding="utf-8"))
    assert jumpstory_client.__version__ == project["project"]["version"]
    assert (
        f"jumpstory_client/{jumpstory_client.__version__} "
        f"(vendorkit {jumpstory_client._vendor.GENERATOR_VERSION}; python {platform.python_version()})"
    ) == jumpstory_client.facade.USER_AGENT
    recorder = Recorder()
    with JumpStory(admin_key=ADMIN, httpx_args={"transport": recorder.transport()}, **FAST) as js:
        js.users.list()
    assert recorder.sent[0].headers["User-Agent"] == jumpstory_client.facade.USER_AGENT


def test_default_headers_and_extra_headers_query_and_body() -> None:
    def scenario(asynchronous: bool) -> None:
        recorder = Recorder()
        cls = AsyncJumpStory if asynchronous else JumpStory
        js = cls(
            admin_key=ADMIN,
            default_headers={"X-Team": "search", "User-Agent": "mine/1"},
            httpx_args={"transport": recorder.transport()},
            **FAST,  # type: ignore[arg-type]
        )
        options = RequestOptions(
            extra_headers={"X-Trace": "t1"}, extra_query={"debug": "1"}, extra_body={"beta": True}
        )
        run(
            js.users.update(
                "7", body=UpdateUserBody(metadata=UpdateUserBodyMetadata()), request_options=options
            )
        )
        run(js.users.list(request_options=RequestOptions(extra_query={"debug": "2"})))
        update, listing = recorder.sent
        assert update.headers["X-Team"] == "search" and update.headers["User-Agent"] == "mine/1"
        assert update.headers["X-Trace"] == "t1" and update.headers["Authorization"] == f"Bearer {ADMIN}"
        assert update.url.params["debug"] == "1"
        assert json.loads(update.content) == {"metadata": {}, "beta": True}
        assert listing.url.params["debug"] == "2" and "X-Trace" not in listing.headers
        run(js.close())

    sync_and_async(scenario)


def test_extra_body_refuses_a_body_it_cannot_merge_into() -> None:
    from jumpstory_client._runtime.base import Runtime
    from jumpstory_client._runtime.resources import shaped

    runtime = Runtime(client=None)  # type: ignore[arg-type]
    request = {"method": "POST", "url": "/x", "files": {"file": ("a", b"x")}}
    with pytest.raises(TypeError, match="extra_body"):
        shaped(runtime, request, RequestOptions(extra_body={"a": 1}))
    assert shaped(runtime, {"method": "GET", "url": "/x"}, RequestOptions(extra_body={"a": 1}))["json"] == {
        "a": 1
    }


# -- with_options -----------------------------------------------------------------------------------


def test_with_options_copies_the_client_and_shares_its_pool() -> None:
    def scenario(asynchronous: bool) -> None:
        recorder = Recorder(failures=5)
        cls = AsyncJumpStory if asynchronous else JumpStory
        js = cls(
            admin_key=ADMIN, httpx_args={"transport": recorder.transport()}, rate_limit=False, max_retries=5
        )
        strict = js.with_options(max_retries=0, default_headers={"X-Copy": "1"})
        assert strict.client is js.client  # one connection pool
        with pytest.raises(jumpstory_client.InternalServerError):
            run(strict.users.list())  # no retry on the copy
        assert len(recorder.sent) == 1 and recorder.sent[0].headers["X-Copy"] == "1"
        assert [u.id for u in run(js.users.list())] == [1]  # type: ignore[attr-defined]
        assert len(recorder.sent) == 6 and "X-Copy" not in recorder.sent[-1].headers  # the original retried
        limiter = RateLimiter(10, 1.0)
        assert js.with_options(rate_limit=limiter)._runtime.limiter is limiter
        run(js.close())

    sync_and_async(scenario)


# -- httpx_args and set_httpx_client ---------------------------------------------------------------


def test_httpx_args_headers_are_merged_and_close_reports_nothing_else() -> None:
    recorder = Recorder()
    js = JumpStory(
        admin_key=ADMIN, httpx_args={"headers": {"X-Arg": "1"}, "transport": recorder.transport()}, **FAST
    )
    js.users.list()
    assert recorder.sent[0].headers["X-Arg"] == "1" and "User-Agent" in recorder.sent[0].headers
    js.close()
    JumpStory(admin_key=ADMIN, **FAST).close()  # nothing opened: nothing to close, no error
    # An `auth` among the httpx arguments never replaces the vendor's auth flow.
    with JumpStory(
        admin_key=ADMIN,
        httpx_args={"auth": httpx.BasicAuth("a", "b"), "transport": recorder.transport()},
        **FAST,
    ) as js:
        js.users.list()
    assert recorder.sent[-1].headers["Authorization"] == f"Bearer {ADMIN}"

    async def scenario() -> None:
        async with AsyncJumpStory(
            admin_key=ADMIN, httpx_args={"headers": {"X-Arg": "2"}, "transport": recorder.transport()}, **FAST
        ) as js:
            await js.users.list()

    asyncio.run(scenario())
    assert recorder.sent[-1].headers["X-Arg"] == "2"


def test_set_httpx_client_keeps_authentication() -> None:
    recorder = Recorder()
    js = JumpStory(admin_key=ADMIN, **FAST)
    js.client.set_httpx_client(httpx.Client(base_url="https://set.test", transport=recorder.transport()))
    assert list_users.sync_detailed(client=js.client).status_code == 200
    assert recorder.sent[0].headers["Authorization"] == f"Bearer {ADMIN}"

    async def scenario() -> None:
        js.client.set_async_httpx_client(
            httpx.AsyncClient(base_url="https://set.test", transport=recorder.transport())
        )
        assert (await list_users.asyncio_detailed(client=js.client)).status_code == 200

    asyncio.run(scenario())
    assert recorder.sent[1].headers["Authorization"] == f"Bearer {ADMIN}"


# -- with_raw_response --------------------------------------------------------------------------------


def test_raw_responses_keep_auth_retries_and_typed_errors() -> None:
    def scenario(asynchronous: bool) -> None:
        recorder = Recorder(failures=1)
        cls = AsyncJumpStory if asynchronous else JumpStory
        js = cls(admin_key=ADMIN, httpx_args={"transport": recorder.transport()}, **FAST)  # type: ignore[arg-type]
        raw = run(js.users.with_raw_response.list())
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "req-1"
        assert [user.id for user in raw.parse()] == [1] and raw.parse() is raw.parse()
        assert len(recorder.sent) == 2 and recorder.sent[-1].headers["Authorization"] == f"Bearer {ADMIN}"
        with pytest.raises(AttributeError, match="no raw response"):
            js.search.with_raw_response.keyword_pages  # noqa: B018 - pages do not answer once
        run(js.close())

    sync_and_async(scenario)


def test_raw_response_against_the_mock(jumpstory_mock: MockServer) -> None:
    with JumpStory(
        admin_key=jumpstory_mock.admin_key, base_url=jumpstory_mock.base_url, rate_limit=False
    ) as js:
        js.users.create(body=CreateUserBody(user_id="raw-surface"))
        user = js.as_user("raw-surface")
        folder = user.archive.create_folder(body=CreateArchiveFolderBody(name="Raw"))
        raw = user.archive.with_raw_response.get_folder(folder.id)
        assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
        assert raw.parse().name == "Raw" and json.loads(raw.content)["name"] == "Raw"
        with pytest.raises(NotFoundError):
            user.archive.with_raw_response.get_file(424242)

    async def scenario() -> None:
        async with AsyncJumpStory(
            admin_key=jumpstory_mock.admin_key, base_url=jumpstory_mock.base_url, rate_limit=False
        ) as js:
            user = js.as_user("raw-surface")
            raw = await user.archive.with_raw_response.get_folder(folder.id)
            assert raw.parse().name == "Raw"
            with pytest.raises(NotFoundError):
                await user.archive.with_raw_response.get_file(424242)

    asyncio.run(scenario())


# -- <method>_all ---------------------------------------------------------------------------------------


def test_all_yields_every_item_of_every_page_against_the_mock(jumpstory_mock: MockServer) -> None:
    query = SearchByKeywordBody(query="city", size=3)
    with JumpStory(
        admin_key=jumpstory_mock.admin_key, base_url=jumpstory_mock.base_url, rate_limit=False
    ) as js:
        js.users.create(body=CreateUserBody(user_id="all-surface"))
        user = js.as_user("all-surface")
        pages = list(user.search.keyword_pages(body=query))
        items = list(user.search.keyword_all(body=query))
    assert len(pages) > 1
    assert [item.id for item in items] == [image.id for page in pages for image in page.images]  # type: ignore[union-attr]

    async def scenario() -> list[int]:
        # Through a client of the caller's own: the user token is issued through it too.
        async with httpx.AsyncClient() as own:
            js = AsyncJumpStory(
                admin_key=jumpstory_mock.admin_key,
                base_url=jumpstory_mock.base_url,
                rate_limit=False,
                http_client=own,
            )
            found = [item.id async for item in js.as_user("all-surface").search.keyword_all(body=query)]
            assert own.auth is None and not own.is_closed
            return found

    assert asyncio.run(scenario()) == [item.id for item in items]


def test_rate_limiter_is_exported_and_used() -> None:
    assert jumpstory_client.RateLimiter is jumpstory_client._runtime.ratelimit.RateLimiter
    limiter = RateLimiter(5, 1.0)
    with JumpStory(admin_key=ADMIN, rate_limit=limiter) as js:
        assert js._runtime.limiter is limiter
