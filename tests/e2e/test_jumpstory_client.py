"""Every JumpStory operation through the generated client, against the mock over real HTTP on loopback."""

from __future__ import annotations

import asyncio
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

import httpx
import pytest
from jumpstory_client import (
    AsyncJumpStory,
    AuthenticationError,
    JumpStory,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from jumpstory_client._runtime.ratelimit import RateLimiter
from jumpstory_client.models import (
    AssetType,
    CollectionResources,
    CreateArchiveFolderBody,
    CreateCollectionBody,
    CreateUserBody,
    DownloadMediaBody,
    ListCollectionsShow,
    OptimizeImageBody,
    ResizeArchiveFileBody,
    SearchArchiveBody,
    SearchByIdBody,
    SearchByKeywordBody,
    SearchByTextMatchBody,
    SearchCollectionBody,
    UpdateArchiveFileBody,
    UpdateArchiveFolderBody,
    UpdateCollectionBody,
    UpdateUserBody,
    UpdateUserBodyMetadata,
    UploadArchiveFileBody,
    WidthFilter,
    WidthFilterCompare,
)
from jumpstory_client.types import File

from tests.e2e.conftest import MockServer


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    """A small valid PNG, so the mock's content sniffing sees a real image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def upload(user: JumpStory, name: str = "red-apple.png") -> int:
    body = UploadArchiveFileBody(
        file=File(payload=BytesIO(png_bytes()), file_name=name, mime_type="image/png")
    )
    return user.archive.upload(body=body).id


@pytest.fixture
def admin(jumpstory_mock: MockServer) -> Iterator[JumpStory]:
    with JumpStory(
        admin_key=jumpstory_mock.admin_key, base_url=jumpstory_mock.base_url, rate_limit=False
    ) as client:
        yield client


@pytest.fixture
def user(admin: JumpStory, request: pytest.FixtureRequest) -> Iterator[JumpStory]:
    user_id = f"user-{request.node.name}"[:60]
    admin.users.create(body=CreateUserBody(user_id=user_id))
    with admin.as_user(user_id) as client:
        yield client


def test_users_lifecycle(admin: JumpStory) -> None:
    created = admin.users.create(body=CreateUserBody(user_id="ax11-123ss-11"))
    assert created.token and created.expire_seconds == 900
    listed = admin.users.list()
    assert any(u.created_at for u in listed)
    count = len(listed)
    updated = admin.users.update(
        "ax11-123ss-11", body=UpdateUserBody(metadata=UpdateUserBodyMetadata.from_dict({"plan": "pro"}))
    )
    assert updated.metadata.to_dict() == {"plan": "pro"}  # type: ignore[union-attr]
    token = admin.users.issue_token("ax11-123ss-11")
    assert token.token and token.expire_seconds == 900
    assert admin.users.delete("ax11-123ss-11").deleted is True
    assert len(admin.users.list()) == count - 1
    with pytest.raises(NotFoundError):
        admin.users.issue_token("ax11-123ss-11")
    admin.users.create(body=CreateUserBody(user_id="dup"))
    with pytest.raises(UnprocessableEntityError) as taken:
        admin.users.create(body=CreateUserBody(user_id="dup"))
    assert taken.value.status_code == 422 and "user_id" in str(taken.value.body)


def test_archive_files_and_folders(user: JumpStory) -> None:
    folder = user.archive.create_folder(body=CreateArchiveFolderBody(name="Robots"))
    assert folder.type_ == "folder" and folder.files == []
    file_id = upload(user)
    fetched = user.archive.get_file(file_id)
    assert fetched.type_ == "file" and fetched.name == "red-apple.png"
    httpx.get(fetched.file).raise_for_status()  # the mock serves what it links to

    updated = user.archive.update_file(
        file_id,
        body=UpdateArchiveFileBody(original_name="robot.png", folder_id=folder.id, labels=["metal", "shiny"]),
    )
    assert updated.name == "robot.png" and updated.labels == ["metal", "shiny"]

    in_folder = user.archive.get_folder(folder.id)
    assert [f.id for f in in_folder.files] == [file_id]
    index = user.archive.index()
    folders = [entry for entry in index if entry.type_ == "folder"]
    assert [f.id for f in folders[0].files] == [file_id]  # type: ignore[union-attr]
    hits = user.archive.search(body=SearchArchiveBody(query="shiny"))
    assert [h.id for h in hits] == [file_id]
    assert user.archive.search(body=SearchArchiveBody(query="shiny", folder_id=folder.id))
    assert user.archive.resize(file_id, body=ResizeArchiveFileBody(width=16, height=20)).image

    renamed = user.archive.update_folder(folder.id, body=UpdateArchiveFolderBody(name="Retired foxes"))
    assert renamed.name == "Retired foxes"
    assert user.archive.delete_file(file_id).status == "deleted"
    with pytest.raises(NotFoundError):
        user.archive.get_file(file_id)
    assert user.archive.search(body=SearchArchiveBody(query="shiny")) == []
    assert user.archive.delete_folder(folder.id).status == "deleted"
    with pytest.raises(NotFoundError):
        user.archive.get_folder(folder.id)


def test_upload_rejects_what_the_docs_exclude(user: JumpStory) -> None:
    text = UploadArchiveFileBody(
        file=File(payload=BytesIO(b"hello"), file_name="notes.txt", mime_type="text/plain")
    )
    with pytest.raises(Exception) as wrong_type:
        user.archive.upload(body=text)
    assert getattr(wrong_type.value, "status_code", None) in (415, 422)
    big = png_bytes() + b"\x00" * (2 * 1024 * 1024)
    too_big = UploadArchiveFileBody(
        file=File(payload=BytesIO(big), file_name="big.png", mime_type="image/png")
    )
    with pytest.raises(Exception) as large:
        user.archive.upload(body=too_big)
    assert getattr(large.value, "status_code", None) == 413


def test_collections(user: JumpStory) -> None:
    jumpstory_owned = user.collections.list(show=ListCollectionsShow.JUMPSTORY)
    assert jumpstory_owned
    created = user.collections.create(
        body=CreateCollectionBody(name="Winter", resources=CollectionResources(photos=[1, 2]))
    )
    assert created.name == "Winter" and created.resources.photos == [1, 2]
    assert created.id in [c.id for c in user.collections.list(show=ListCollectionsShow.OWN)]
    assert user.collections.get(created.id).name == "Winter"
    assert user.collections.update(created.id, body=UpdateCollectionBody(name="Summer")).name == "Summer"
    found = user.collections.search(jumpstory_owned[0].id, body=SearchCollectionBody(query="a"))
    assert found.images is not None or found.videos is not None
    user.collections.delete(created.id)
    with pytest.raises(NotFoundError):
        user.collections.get(created.id)


def test_library_search_download_and_tools(user: JumpStory) -> None:
    result = user.search.keyword(
        body=SearchByKeywordBody(
            query="nature",
            type_=AssetType.PHOTOS,
            size=5,
            width=WidthFilter(value=100, compare=WidthFilterCompare.GTE),
        )
    )
    assert result.total.photos is not None and isinstance(result.related_tags, list)
    images = result.images or []
    assert len(images) <= 5
    assert all(image.width >= 100 for image in images)  # type: ignore[operator]
    videos = user.search.keyword(body=SearchByKeywordBody(query="nature", type_=AssetType.VIDEOS))
    assert videos.videos is not None
    if images:
        ids = ",".join(str(image.id) for image in images[:2])
        by_id = user.search.by_id(body=SearchByIdBody(id=ids, type_=AssetType.PHOTOS))
        assert sorted(i.id for i in by_id.images or []) == sorted(i.id for i in images[:2])
        assert user.search.download(body=DownloadMediaBody(id=images[0].id)).image
    assert user.search.text_match(body=SearchByTextMatchBody(text="a quiet forest")).images is not None
    with pytest.raises(
        UnprocessableEntityError
    ):  # the id is a body field: validated like Laravel's `exists` rule
        user.search.download(body=DownloadMediaBody(id=987654321))
    assert user.tools.optimize_image(body=OptimizeImageBody(image_url="https://example.com/a.png")).image


def test_scopes_are_kept_apart(jumpstory_mock: MockServer, admin: JumpStory, user: JumpStory) -> None:
    token = admin.users.issue_token("user-test_scopes_are_kept_apart").token
    raw = httpx.Client(base_url=jumpstory_mock.base_url)
    assert raw.get("/v1/user", headers={"Authorization": f"Bearer {token}"}).status_code == 403
    key = jumpstory_mock.admin_key
    assert raw.get("/v1/archive/index", headers={"Authorization": f"Bearer {key}"}).status_code == 403
    assert raw.get("/v1/archive/index").status_code == 401
    with pytest.raises(AuthenticationError):
        JumpStory(admin_key="wrong", base_url=jumpstory_mock.base_url, rate_limit=False).users.list()


def test_async_client(jumpstory_mock: MockServer) -> None:
    async def flow() -> list[str]:
        async with AsyncJumpStory(
            admin_key=jumpstory_mock.admin_key, base_url=jumpstory_mock.base_url, rate_limit=False
        ) as admin:
            await admin.users.create(body=CreateUserBody(user_id="async-user"))
            user = admin.as_user("async-user")
            folders = await asyncio.gather(
                *(user.archive.create_folder(body=CreateArchiveFolderBody(name=f"f{i}")) for i in range(5))
            )
            index = await user.archive.index()
            await user.close()
            return sorted(str(entry.name) for entry in index if entry.id in {f.id for f in folders})

    assert asyncio.run(flow()) == ["f0", "f1", "f2", "f3", "f4"]


@dataclass
class Exchanges:
    """(method, path, status) of every response a client got, token calls of its auth flow included,
    and the bearer token each request carried."""

    seen: list[tuple[str, str, int]] = field(default_factory=list)
    bearers: list[str] = field(default_factory=list)

    def hook(self, response: httpx.Response) -> None:
        self.seen.append((response.request.method, response.request.url.path, response.status_code))
        self.bearers.append(response.request.headers.get("Authorization", ""))

    async def ahook(self, response: httpx.Response) -> None:
        self.hook(response)

    def httpx_args(self, asynchronous: bool = False) -> dict[str, Any]:
        return {"event_hooks": {"response": [self.ahook if asynchronous else self.hook]}}


def test_user_token_is_renewed_before_expiry(clocked_mock: MockServer) -> None:
    clock, exchanges = clocked_mock.clock, Exchanges()
    with JumpStory(
        admin_key=clocked_mock.admin_key,
        base_url=clocked_mock.base_url,
        rate_limit=False,
        clock=clock,
        httpx_args=exchanges.httpx_args(),
    ) as admin:
        admin.users.create(body=CreateUserBody(user_id="short"))
        user = admin.as_user("short")
        user.archive.index()
        first_token = exchanges.bearers[-1]
        clock.advance(
            clocked_mock.token_lifetime + 1
        )  # the token has expired on the server (and the client knows)
        user.archive.index()  # renewed before sending: no 401 round trip needed
        user.close()
    index, token = ("GET", "/v1/archive/index", 200), ("POST", "/v1/user/short/token", 200)
    assert exchanges.seen[1:] == [token, index, token, index]
    with httpx.Client(base_url=clocked_mock.base_url) as raw:
        stale = raw.get("/v1/archive/index", headers={"Authorization": first_token})
    assert stale.status_code == 401  # the first token really had expired on the server


def test_user_token_is_renewed_once_after_a_401(admin: JumpStory) -> None:
    admin.users.create(body=CreateUserBody(user_id="phoenix"))
    user = admin.as_user("phoenix")
    user.archive.create_folder(body=CreateArchiveFolderBody(name="before"))
    admin.users.delete("phoenix")  # its tokens stop working on the server
    admin.users.create(body=CreateUserBody(user_id="phoenix"))
    assert user.archive.index() == []  # 401 -> new token for the new phoenix -> retried
    user.close()


def test_throttle_answers_429_with_retry_after(throttled_mock: MockServer) -> None:
    limit = throttled_mock.rate_limit
    with JumpStory(
        admin_key=throttled_mock.admin_key, base_url=throttled_mock.base_url, rate_limit=False, max_retries=0
    ) as admin:
        for _ in range(limit[0]):
            admin.users.list()
        with pytest.raises(RateLimitError) as error:
            admin.users.list()
    assert error.value.retry_after is not None and 0 < error.value.retry_after <= limit[1] + 1


def test_client_paces_itself_to_the_limit(throttled_mock: MockServer) -> None:
    """The client waits (on the clock it shares with the mock) instead of sending a request the
    throttle would refuse; with `max_retries=0` a refusal would raise."""
    requests, per_seconds = throttled_mock.rate_limit
    clock, exchanges = throttled_mock.clock, Exchanges()
    with JumpStory(
        admin_key=throttled_mock.admin_key,
        base_url=throttled_mock.base_url,
        rate_limit=RateLimiter(requests, per_seconds, clock=clock),
        max_retries=0,
        clock=clock,
        httpx_args=exchanges.httpx_args(),
    ) as admin:
        for _ in range(2 * requests + 1):
            admin.users.list()
    assert [status for _, _, status in exchanges.seen] == [200] * (2 * requests + 1)
    margin = min(1.0, per_seconds * 0.1)
    assert clock.slept == pytest.approx([per_seconds + margin] * 2)  # one wait per full window


def test_wrong_scope_is_a_permission_error(jumpstory_mock: MockServer, admin: JumpStory) -> None:
    admin.users.create(body=CreateUserBody(user_id="scoped"))
    user_jwt = admin.users.issue_token("scoped").token
    # A user JWT where the admin secret belongs: valid credential, wrong scope.
    with (
        JumpStory(admin_key=user_jwt, base_url=jumpstory_mock.base_url, rate_limit=False) as confused,
        pytest.raises(PermissionDeniedError) as error,
    ):
        confused.users.list()
    assert error.value.status_code == 403
    assert user_jwt not in str(error.value) and user_jwt not in repr(confused)


def test_keyword_pages_iterate_every_result_once(user: JumpStory) -> None:
    first = user.search.keyword(body=SearchByKeywordBody(query="nature", type_=AssetType.PHOTOS, size=7))
    expected = first.total.photos
    seen: list[int] = []
    for page in user.search.keyword_pages(
        body=SearchByKeywordBody(query="nature", type_=AssetType.PHOTOS, size=7)
    ):
        assert len(page.images or []) <= 7
        seen.extend(image.id for image in page.images or [])
    assert len(seen) == len(set(seen)) == expected


def test_archive_search_pages(user: JumpStory) -> None:
    ids = {upload(user, f"tree-{n}.png") for n in range(5)}
    pages = list(user.archive.search_pages(body=SearchArchiveBody(query="tree", results_page=2)))
    assert [len(p) for p in pages] == [2, 2, 1]
    assert {f.id for page in pages for f in page} == ids


def test_renewal_of_an_expired_token_is_single_flight(clocked_mock: MockServer) -> None:
    """Many threads, then many asyncio tasks, find the user token expired: one renewal each time."""
    from concurrent.futures import ThreadPoolExecutor

    clock, exchanges = clocked_mock.clock, Exchanges()
    settings: dict[str, Any] = {
        "admin_key": clocked_mock.admin_key,
        "base_url": clocked_mock.base_url,
        "rate_limit": False,
        "clock": clock,
    }
    with JumpStory(**settings) as admin:
        admin.users.create(body=CreateUserBody(user_id="crowd"))
    token = ("POST", "/v1/user/crowd/token", 200)
    with JumpStory(**settings, user_id="crowd", httpx_args=exchanges.httpx_args()) as user:
        user.archive.index()
        clock.advance(clocked_mock.token_lifetime + 1)
        exchanges.seen.clear()
        with ThreadPoolExecutor(max_workers=20) as pool:
            results = list(pool.map(lambda _: user.archive.index(), range(20)))
    assert len(results) == 20 and exchanges.seen.count(token) == 1
    assert exchanges.seen[0] == token and all(status == 200 for _, _, status in exchanges.seen)

    async def crowd() -> None:
        async with AsyncJumpStory(
            **settings, user_id="crowd", httpx_args=exchanges.httpx_args(True)
        ) as auser:
            await auser.archive.index()
            clock.advance(clocked_mock.token_lifetime + 1)
            exchanges.seen.clear()
            await asyncio.gather(*(auser.archive.index() for _ in range(20)))

    asyncio.run(crowd())
    assert exchanges.seen.count(token) == 1 and exchanges.seen[0] == token
    assert all(status == 200 for _, _, status in exchanges.seen)


def test_an_upload_holding_the_old_fixed_boundary_arrives_whole(user: JumpStory) -> None:
    """issue 13: every multipart body had the fixed boundary `+++`, so a file whose bytes held
    "\\r\\n--+++" was cut there and refused as malformed. The boundary is now httpx's random one."""
    data = (
        png_bytes()
        + b'\r\n--+++\r\nContent-Disposition: form-data; name="x"\r\n\r\nnot a part\r\n--+++--\r\n'
    )
    body = UploadArchiveFileBody(
        file=File(payload=BytesIO(data), file_name="tricky.png", mime_type="image/png")
    )
    stored = user.archive.upload(body=body)
    assert httpx.get(stored.file).content == data  # the mock serves back the bytes it kept
