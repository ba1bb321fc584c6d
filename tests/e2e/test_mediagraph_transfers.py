"""Mediagraph transfers through the generated client against the Mediagraph mock, over loopback.

The upload flow (`client.uploads.upload_file`: upload session -> prepare asset -> PUT to the
mock's own `signed_upload_url` -> set_uploaded -> set_done) and downloads that resume with `Range`
(`download_asset_to`, `start_download_to`). The mock honours `Range` with 206 and
`Content-Range`; the dropped connection is made by a transport around the real one that cuts the
first download answer mid-body (the mock's own "drop" fault answers instead of the handler, with a
stand-in JSON body, so it cannot show a download resuming into the asset's bytes).
"""

from __future__ import annotations

import asyncio
import io
import random
import zipfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import mediagraph_client
import pytest
from mediagraph_client import AsyncMediagraph, Mediagraph
from mediagraph_client.models import PrepareDownloadBody, PrepareDownloadBodyDownload

from tests.conftest import RunningMock

CUT_AFTER = 200_000


def is_download(request: httpx.Request) -> bool:
    path = request.url.path
    return path.endswith("/download") or path.startswith("/api/downloads/")


class _Cut(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, after: int) -> None:
        self.stream, self.after = stream, after

    def __iter__(self) -> Iterator[bytes]:
        sent = 0
        for chunk in self.stream:
            chunk = chunk[: self.after - sent]
            sent += len(chunk)
            yield chunk
            if sent >= self.after:
                self.stream.close()
                raise httpx.RemoteProtocolError("peer closed connection (cut by the test)")

    def close(self) -> None:
        self.stream.close()


class _AsyncCut(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, after: int) -> None:
        self.stream, self.after = stream, after

    async def __aiter__(self) -> AsyncIterator[bytes]:
        sent = 0
        async for chunk in self.stream:
            chunk = chunk[: self.after - sent]
            sent += len(chunk)
            yield chunk
            if sent >= self.after:
                await self.stream.aclose()
                raise httpx.RemoteProtocolError("peer closed connection (cut by the test)")

    async def aclose(self) -> None:
        await self.stream.aclose()


class CuttingTransport(httpx.HTTPTransport):
    """Real HTTP; the first `cuts` download answers break off after `CUT_AFTER` body bytes."""

    def __init__(self, cuts: int) -> None:
        super().__init__()
        self.cuts = cuts
        self.ranges: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if not is_download(request):
            return response
        self.ranges.append(request.headers.get("Range"))
        if self.cuts <= 0:
            return response
        self.cuts -= 1
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_Cut(response.stream, CUT_AFTER),
            extensions=response.extensions,
        )


class AsyncCuttingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, cuts: int) -> None:
        super().__init__()
        self.cuts = cuts
        self.ranges: list[str | None] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if not is_download(request):
            return response
        self.ranges.append(request.headers.get("Range"))
        if self.cuts <= 0:
            return response
        self.cuts -= 1
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_AsyncCut(response.stream, CUT_AFTER),
            extensions=response.extensions,
        )


@pytest.fixture(scope="module")
def mediagraph(running_mock: Callable[[str], RunningMock]) -> RunningMock:
    return running_mock("mediagraph")


def credentials(mock: RunningMock) -> dict[str, Any]:
    return {
        "personal_access_token": mock.credentials["personal_access_token"],
        "organization_id": mock.credentials["organization_id"],
        "base_url": mock.base_url,
        "rate_limit": False,
    }


def payload() -> bytes:
    """One and a half upload chunks of bytes that do not compress (the bulk download is a ZIP)."""
    chunk = mediagraph_client._runtime.transfers.CHUNK_BYTES
    return random.Random(12).randbytes(chunk * 3 // 2)


def test_a_file_uploaded_through_the_flow_exists_and_downloads_back_resumed(
    mediagraph: RunningMock, tmp_path: Path
) -> None:
    data = payload()
    source = tmp_path / "harbour.jpg"
    source.write_bytes(data)
    transport = CuttingTransport(cuts=1)
    with Mediagraph(**credentials(mediagraph), httpx_args={"transport": transport}) as client:
        asset = client.uploads.upload_file(source, upload_name="Harbour shoot", note="transfers test")
        assert isinstance(asset, mediagraph_client.models.Asset)
        assert (asset.filename, asset.guid) == ("harbour.jpg", client.assets.get_asset(asset.id).guid)

        target = tmp_path / "downloaded.jpg"
        result = client.assets.download_asset_to(asset.id, destination=target)
    assert target.read_bytes() == data  # the bytes PUT to the signed URL, resumed after the cut
    assert (result.size, result.resumes) == (len(data), 1)
    assert transport.ranges == [None, f"bytes={CUT_AFTER}-"]


def test_a_bulk_download_by_token_resumes_through_the_async_client(
    mediagraph: RunningMock, tmp_path: Path
) -> None:
    data = payload()[:300_000]
    source = tmp_path / "notes.txt"
    source.write_bytes(data)
    transport = AsyncCuttingTransport(cuts=1)

    async def scenario() -> tuple[Any, io.BytesIO]:
        async with AsyncMediagraph(**credentials(mediagraph), httpx_args={"transport": transport}) as client:
            with source.open("rb") as handle:
                asset = await client.uploads.upload_file(handle)
            prepared = await client.downloads.prepare_download(
                body=PrepareDownloadBody(download=PrepareDownloadBodyDownload(asset_ids=[asset.id]))
            )
            archive = io.BytesIO()
            result = await client.downloads.start_download_to(prepared.token, destination=archive)
            return result, archive

    result, archive = asyncio.run(scenario())
    assert result.resumes == 1 and result.size == len(archive.getvalue())
    assert transport.ranges[0] is None and transport.ranges[1] == f"bytes={CUT_AFTER}-"
    with zipfile.ZipFile(archive) as opened:
        assert [opened.read(name) for name in opened.namelist()] == [data]


def test_a_new_version_uploaded_through_add_asset_version_is_what_downloads_next(
    mediagraph: RunningMock, tmp_path: Path
) -> None:
    first, second = b"first version " * 100, b"second version " * 120
    with Mediagraph(**credentials(mediagraph)) as client:
        asset = client.uploads.upload_file(io.BytesIO(first), filename="report.txt")
        updated = client.assets.upload_version(io.BytesIO(second), asset_id=asset.id, filename="report-2.txt")
        assert updated.id == asset.id
        latest, original = io.BytesIO(), io.BytesIO()
        client.assets.download_asset_to(asset.id, destination=latest)
        client.assets.download_asset_to(asset.id, version_number=1, destination=original)
    assert (latest.getvalue(), original.getvalue()) == (second, first)
