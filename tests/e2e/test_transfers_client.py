"""Resumable downloads and streamed uploads (`x-sdk-download`, `x-sdk-workflows`), end to end.

`tests/fixtures/transfers` declares both on a small Mediagraph-shaped spec; its generated client
talks over real HTTP on loopback to `tests/support/transfer_server.py`, which drops connections
mid-body, ignores `Range`, answers the wrong part or truncates on purpose, and hosts the
pre-signed upload URLs on a second origin. The client and the server share a `FakeClock`-free
setup: backoff waits run on a `FakeClock` given to the client, so nothing waits in real time.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.mock import background_server
from tests.support.clock import FakeClock
from tests.support.fixtures import generate_fixture_vendor, imported_client
from tests.support.transfer_server import (
    EXPORT_TOKEN,
    SIGNATURE,
    TOKEN,
    ApiApp,
    StorageApp,
    TransferState,
)

CONTENT = bytes(range(256)) * 1200  # 300 KiB, several chunks on the wire


@dataclass(frozen=True)
class Served:
    transfers: ModuleType
    base_url: str
    storage_url: str
    state: TransferState
    clock: FakeClock

    def client(self, *, asynchronous: bool = False, **options: Any) -> Any:
        cls = self.transfers.AsyncTransfers if asynchronous else self.transfers.Transfers
        return cls(
            token=TOKEN, base_url=self.base_url + "/api", rate_limit=False, clock=self.clock, **options
        )


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    generated = generate_fixture_vendor("transfers", tmp_path_factory.mktemp("transfers-e2e"))
    state = TransferState(content=CONTENT)
    # The server's "Exception in ASGI application" for each connection it drops on purpose.
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    with (
        imported_client(generated, "transfers") as transfers,
        background_server(ApiApp(state)) as base_url,
        background_server(StorageApp(state)) as storage_url,
    ):
        state.storage_base = storage_url
        yield Served(transfers, base_url, storage_url, state, FakeClock())


@pytest.fixture
def state(served: Served) -> TransferState:
    served.state.reset(CONTENT)
    return served.state


def downloads(state: TransferState) -> list[Any]:
    return [r for r in state.requests if r.path.endswith("/download") or r.path.endswith("/start")]


# -- downloads -------------------------------------------------------------------------------------


def test_a_dropped_connection_resumes_with_range_and_yields_the_exact_bytes(
    served: Served, state: TransferState, tmp_path: Path
) -> None:
    state.drops = [100_000, 50_000]  # the first two answers break off mid-body
    target = tmp_path / "asset.bin"
    with served.client() as client:
        result = client.assets.download_to(1, destination=target)
    assert target.read_bytes() == CONTENT
    assert (result.size, result.resumes, result.expected) == (len(CONTENT), 2, len(CONTENT))
    sent = downloads(state)
    assert [r.headers.get("range") for r in sent] == [None, "bytes=100000-", "bytes=150000-"]
    # The resumed requests name the first answer's validator, so a changed file is not spliced.
    assert [r.headers.get("if-range") for r in sent] == [None, '"v1"', '"v1"']
    assert all(r.headers["accept-encoding"] == "identity" for r in sent)


def test_the_async_client_resumes_into_a_file_object(served: Served, state: TransferState) -> None:
    state.drops = [70_000]
    sink = io.BytesIO(b"kept:")
    sink.seek(0, io.SEEK_END)

    async def scenario() -> Any:
        async with served.client(asynchronous=True) as client:
            size = served.transfers.models.DownloadAssetSize.ORIGINAL
            return await client.assets.download_to(1, size=size, destination=sink)

    result = asyncio.run(scenario())
    assert sink.getvalue() == b"kept:" + CONTENT  # written after what the object already held
    assert result.resumes == 1
    assert downloads(state)[0].query == {"size": ["original"]}


def test_ranges_answered_in_parts_are_followed_without_counting_as_resumes(
    served: Served, state: TransferState
) -> None:
    state.drops, state.part_size = [50_000], 100_000  # then 206s of at most 100,000 bytes each
    sink = io.BytesIO()
    with served.client() as client:
        result = client.assets.download_to(1, destination=sink, max_resumes=1)
    assert sink.getvalue() == CONTENT
    assert result.resumes == 1  # the drop; the parts that followed were progress
    assert [r.headers.get("range") for r in downloads(state)] == [
        None,
        "bytes=50000-",
        "bytes=150000-",
        "bytes=250000-",
    ]


def test_a_server_that_ignores_range_is_restarted_from_the_first_byte(
    served: Served, state: TransferState, tmp_path: Path
) -> None:
    state.drops, state.ignore_range = [120_000], True
    target = tmp_path / "asset.bin"
    with served.client() as client:
        result = client.assets.download_to(1, destination=target)
    # The 200 to the range request is the whole file: the destination is rewound, not appended to.
    assert target.read_bytes() == CONTENT
    assert result.resumes == 1


class Pipe(io.RawIOBase):
    """A destination that cannot seek (a pipe, a socket)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, chunk: Any) -> int:
        self.data += bytes(chunk)
        return len(chunk)


def test_ignored_range_into_a_destination_that_cannot_rewind_fails(
    served: Served, state: TransferState
) -> None:
    state.drops, state.ignore_range = [120_000], True
    with served.client() as client, pytest.raises(served.transfers.IncompleteDownloadError) as caught:
        client.assets.download_to(1, destination=Pipe())
    assert caught.value.received == 120_000
    assert "cannot be rewound" in str(caught.value)


def test_a_truncated_body_that_never_completes_raises_and_removes_the_file(
    served: Served, state: TransferState, tmp_path: Path
) -> None:
    state.short_body = 10  # every answer breaks off ten bytes before its end
    target = tmp_path / "export.zip"
    with served.client() as client, pytest.raises(served.transfers.IncompleteDownloadError) as caught:
        client.exports.start_export_to(token=EXPORT_TOKEN, destination=target)  # max-resumes: 1
    error = caught.value
    assert (error.received, error.expected, error.resumes) == (len(CONTENT) - 10, len(CONTENT), 1)
    assert str(error).startswith("GET /exports/start: download incomplete, ")
    assert "no resumes left" in str(error)
    assert EXPORT_TOKEN not in str(error) and EXPORT_TOKEN not in repr(error.args)  # a secret in the query
    assert not target.exists()  # no half file that looks like a whole one
    assert len(downloads(state)) == 2


def test_a_206_for_another_part_or_another_total_is_refused(served: Served, state: TransferState) -> None:
    for change in ({"range_offset": 5}, {"total_change": 1}):
        state.reset(CONTENT)
        state.drops = [1000]
        for key, value in change.items():
            setattr(state, key, value)
        with served.client() as client, pytest.raises(served.transfers.IncompleteDownloadError) as caught:
            client.assets.download_to(1, destination=io.BytesIO())
        assert caught.value.received == 1000, change
        assert ("answered from 1005" in str(caught.value)) or ("changed size" in str(caught.value))


def test_resumes_wait_within_the_deadline(served: Served, state: TransferState) -> None:
    state.drops = [1000] * 60  # the connection never holds
    clock = served.clock
    start = len(clock.slept)
    with (
        served.client(deadline=0.6) as client,
        pytest.raises(served.transfers.IncompleteDownloadError) as caught,
    ):
        # Backoff waits (full jitter, growing) run on the fake clock: the download stops at the first
        # wait that would pass the deadline, long before its 50 resumes are spent.
        client.assets.download_to(1, destination=io.BytesIO(), max_resumes=50)
    assert "the call's deadline ran out" in str(caught.value)
    assert 0 < sum(clock.slept[start:]) < 0.6
    assert caught.value.resumes < 50


def test_a_non_retryable_error_answer_is_the_typed_error(served: Served, state: TransferState) -> None:
    with served.client() as client, pytest.raises(served.transfers.NotFoundError) as caught:
        client.assets.download_to(2, destination=io.BytesIO())
    assert caught.value.url == "/assets/{id}/download" and caught.value.body == {"message": "Not found."}
    with served.client() as client, pytest.raises(served.transfers.NotFoundError) as caught:
        client.exports.start_export_to(token="an-expired-token", destination=io.BytesIO())
    assert "an-expired-token" not in str(caught.value)
    assert str(caught.value) == "GET /exports/start answered HTTP 404: Not found."


# -- uploads ---------------------------------------------------------------------------------------


class CountingFile(io.FileIO):
    """A file that records every read it is asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "rb")
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)

    def readall(self) -> bytes:
        self.reads.append(-1)
        return super().readall()


def test_upload_file_streams_in_chunks_to_the_signed_url_without_credentials(
    served: Served, state: TransferState, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    chunk = served.transfers._runtime.transfers.CHUNK_BYTES
    data = bytes(range(251)) * ((chunk * 5 // 2) // 251)  # about two and a half chunks
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    with CountingFile(path) as handle, served.client() as client:
        asset = client.uploads.upload_file(handle, upload_name="Holiday")
        assert isinstance(asset, served.transfers.models.Asset)
        assert (asset.filename, asset.file_size, asset.aasm_state.value) == (
            "photo.jpg",
            len(data),
            "uploaded",
        )
        assert client.assets.get_asset(asset.id).aasm_state.value == "uploaded"  # it exists afterwards
    assert handle.reads and all(0 < size <= chunk for size in handle.reads), (
        handle.reads
    )  # never read() whole
    assert len(handle.reads) >= 3
    assert state.stored[asset.guid] == data
    put = state.recorded("/bucket/")[0]
    assert put.method == "PUT" and put.query == {"X-Amz-Signature": [SIGNATURE]}
    assert "authorization" not in put.headers and "cookie" not in put.headers
    assert put.headers["content-length"] == str(len(data)) and "transfer-encoding" not in put.headers
    assert put.headers["content-type"] == "image/jpeg"
    api_calls = [(r.method, r.path) for r in state.recorded("/api/")]
    assert api_calls == [
        ("POST", "/api/uploads"),
        ("POST", "/api/uploads/up0001/assets"),
        ("PUT", f"/api/assets/{asset.guid}/set_uploaded"),
        ("PUT", "/api/uploads/1/set_done"),
        ("GET", f"/api/assets/{asset.id}"),
    ]
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in state.recorded("/api/"))
    assert state.uploads[1] == {"id": 1, "guid": "up0001", "name": "Holiday", "done": True}
    # httpx logs every request at INFO: the signed URL's signature is masked there too.
    assert "/bucket/" in caplog.text and SIGNATURE not in caplog.text


def test_async_upload_of_a_path(served: Served, state: TransferState, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello " * 1000)

    async def scenario() -> Any:
        async with served.client(asynchronous=True) as client:
            return await client.uploads.upload_file(path, filename="renamed.txt", contribution_id=7)

    asset = asyncio.run(scenario())
    assert state.recorded("/api/")[0].path == "/api/contributions/7/uploads"  # the `when` alternative
    assert state.uploads[1]["contribution_id"] == 7
    assert asset.filename == "renamed.txt" and state.stored[asset.guid] == b"hello " * 1000
    assert state.recorded("/bucket/")[0].headers["content-type"] == "text/plain"
    assert state.uploads[1]["name"] is None  # an argument not given is left out of the body


def test_an_upload_answered_503_is_sent_again_from_the_files_start(
    served: Served, state: TransferState, tmp_path: Path
) -> None:
    state.storage_fail_next = [503]
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"0123456789" * 5000)
    with served.client() as client:
        asset = client.uploads.upload_file(path)
    puts = state.recorded("/bucket/")
    assert [put.body_bytes for put in puts] == [50_000, 50_000]  # the whole file both times
    assert state.stored[asset.guid] == b"0123456789" * 5000


def test_a_refused_upload_names_the_url_without_its_signature(
    served: Served, state: TransferState, tmp_path: Path
) -> None:
    state.storage_status = 403
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"x" * 10)
    with served.client() as client, pytest.raises(served.transfers.UploadTargetError) as caught:
        client.uploads.upload_file(path)
    assert caught.value.status_code == 403
    assert SIGNATURE not in str(caught.value) and SIGNATURE not in caught.value.url
    assert [r.method for r in state.recorded("/api/")] == ["POST", "POST"]  # nothing marked uploaded


def test_a_stream_that_cannot_seek_needs_its_size(served: Served, state: TransferState) -> None:
    class Unseekable(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            return 0

    with served.client() as client, pytest.raises(ValueError, match="give its size"):
        client.uploads.upload_file(Unseekable())
    assert state.requests == []
