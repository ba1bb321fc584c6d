"""A file server with faults on purpose, for the transfer tests (`tests/fixtures/transfers`).

Two ASGI apps served over real HTTP on loopback: `api` (the vendor: downloads that honour `Range`,
the upload flow's JSON calls) and `storage` (the host of the pre-signed upload URLs, another origin).
What a test wants to go wrong is set on `TransferState` before the call: connections dropped after
so many bytes, `Range` ignored, a 206 that starts elsewhere or names another total, a storage host
that refuses. Every request is recorded (method, path, query, headers) so a test can check what the
client sent where. The mock engine does not serve Range or pre-signed uploads in general (that is
the Mediagraph mock's business rule); this server exists to make each failure happen exactly once.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

TOKEN = "transfer-token"
SIGNATURE = "sig-7f3a9c"
EXPORT_TOKEN = "export-secret-token"


class DropConnection(Exception):
    """Raised by the app after a partial body: uvicorn then closes the connection mid-body."""


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body_bytes: int = 0


@dataclass
class TransferState:
    content: bytes = b""
    etag: str = '"v1"'
    drops: list[int] = field(default_factory=list)
    """For each of the next answers: drop the connection after this many body bytes."""
    ignore_range: bool = False
    range_offset: int = 0
    """Added to the start a 206 claims (a server answering another part than asked)."""
    total_change: int = 0
    """Added to the total a 206 names (a file that changed size)."""
    short_body: int = 0
    """Bytes left out of every answer while its Content-Length still counts them."""
    part_size: int = 0
    """A 206 answers at most this many bytes (its Content-Range ends there), as some servers do."""
    storage_status: int = 200
    storage_fail_next: list[int] = field(default_factory=list)
    """Statuses the storage host answers to its next PUTs (after reading the body), in order."""
    requests: list[Recorded] = field(default_factory=list)
    assets: dict[int, dict[str, Any]] = field(default_factory=dict)
    uploads: dict[int, dict[str, Any]] = field(default_factory=dict)
    stored: dict[str, bytes] = field(default_factory=dict)
    storage_base: str = ""

    def reset(self, content: bytes) -> None:
        self.__init__(content=content, storage_base=self.storage_base)  # type: ignore[misc]

    def recorded(self, path_prefix: str) -> list[Recorded]:
        return [request for request in self.requests if request.path.startswith(path_prefix)]


def _headers(scope: Scope) -> dict[str, str]:
    return {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}


async def _body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _json(send: Send, status: int, payload: Any) -> None:
    body = json.dumps(payload).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class ApiApp:
    """The vendor's API (bearer `TOKEN`)."""

    def __init__(self, state: TransferState) -> None:
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        state = self.state
        headers = _headers(scope)
        query = parse_qs(scope.get("query_string", b"").decode())
        path = scope["path"]
        body = await _body(receive)
        state.requests.append(Recorded(scope["method"], path, query, headers, len(body)))
        if headers.get("authorization") != f"Bearer {TOKEN}":
            await _json(send, 401, {"message": "Unauthenticated."})
            return
        asset_download = re.fullmatch(r"/api/assets/1/download", path)
        export = path == "/api/exports/start" and query.get("token") == [EXPORT_TOKEN]
        if asset_download or export:
            await self.download(headers, send)
        elif scope["method"] == "POST" and (
            path == "/api/uploads"
            or (contribution := re.fullmatch(r"/api/contributions/(\d+)/uploads", path))
        ):
            upload_id = len(state.uploads) + 1
            name = (json.loads(body).get("upload") or {}).get("name")
            upload = {"id": upload_id, "guid": f"up{upload_id:04d}", "name": name, "done": False}
            state.uploads[upload_id] = upload
            await _json(send, 200, upload)
            if path != "/api/uploads" and contribution:
                upload["contribution_id"] = int(contribution.group(1))
        elif (match := re.fullmatch(r"/api/uploads/([^/]+)/assets", path)) and scope["method"] == "POST":
            asset_input = json.loads(body)["asset"]
            asset_id = len(state.assets) + 1
            guid = hashlib.sha1(f"asset{asset_id}".encode()).hexdigest()[:12]
            asset = {
                "id": asset_id,
                "guid": guid,
                "filename": asset_input["filename"],
                "file_size": asset_input["file_size"],
                "mime_type": None,
                "aasm_state": "pending",
                "upload_guid": match.group(1),
            }
            state.assets[asset_id] = asset
            url = f"{state.storage_base}/bucket/{guid}?X-Amz-Signature={SIGNATURE}"
            await _json(send, 200, {**_public(asset), "signed_upload_url": url})
        elif (match := re.fullmatch(r"/api/assets/([^/]+)/set_uploaded", path)) and scope["method"] == "PUT":
            found = [a for a in state.assets.values() if a["guid"] == match.group(1)]
            uploaded = found[0] if found else None
            if uploaded is None or match.group(1) not in state.stored:
                await _json(send, 422, {"message": "The file was not uploaded."})
                return
            uploaded["aasm_state"] = "uploaded"
            await _json(send, 200, _public(uploaded))
        elif (match := re.fullmatch(r"/api/uploads/(\d+)/set_done", path)) and scope["method"] == "PUT":
            upload = state.uploads[int(match.group(1))]
            upload["done"] = True
            count = sum(1 for a in state.assets.values() if a["upload_guid"] == upload["guid"])
            await _json(send, 200, {"id": upload["id"], "assets_count": count, "done": True})
        elif (match := re.fullmatch(r"/api/assets/(\d+)", path)) and int(match.group(1)) in state.assets:
            await _json(send, 200, _public(state.assets[int(match.group(1))]))
        else:
            await _json(send, 404, {"message": "Not found."})

    async def download(self, headers: dict[str, str], send: Send) -> None:
        state = self.state
        content = state.content
        size = len(content)
        requested = re.fullmatch(r"bytes=(\d+)-", headers.get("range", ""))
        if_range = headers.get("if-range")
        honour = requested is not None and not state.ignore_range and (if_range in (None, state.etag))
        start = int(requested.group(1)) if honour and requested else 0
        if honour and start >= size:
            await send(
                {
                    "type": "http.response.start",
                    "status": 416,
                    "headers": [(b"content-range", f"bytes */{size}".encode()), (b"content-length", b"0")],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        end = size if not (honour and state.part_size) else min(size, start + state.part_size)
        part = content[start:end]
        answer_headers = [
            (b"content-type", b"application/octet-stream"),
            (b"accept-ranges", b"bytes"),
            (b"etag", state.etag.encode()),
            (b"content-length", str(len(part)).encode()),
        ]
        if honour:
            claimed = start + state.range_offset
            answer_headers.append(
                (b"content-range", f"bytes {claimed}-{end - 1}/{size + state.total_change}".encode())
            )
        await send(
            {"type": "http.response.start", "status": 206 if honour else 200, "headers": answer_headers}
        )
        if state.drops:
            cut = state.drops.pop(0)
            await send({"type": "http.response.body", "body": part[:cut], "more_body": True})
            raise DropConnection(f"dropped after {cut} bytes")
        if state.short_body:
            await send(
                {
                    "type": "http.response.body",
                    "body": part[: len(part) - state.short_body],
                    "more_body": True,
                }
            )
            raise DropConnection("a body shorter than its Content-Length")
        # In several pieces, as a real file server streams it.
        for offset in range(0, len(part), 65536):
            await send(
                {"type": "http.response.body", "body": part[offset : offset + 65536], "more_body": True}
            )
        await send({"type": "http.response.body", "body": b""})


class StorageApp:
    """The host of the pre-signed URLs: accepts a PUT whose query carries the signature."""

    def __init__(self, state: TransferState) -> None:
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        state = self.state
        headers = _headers(scope)
        query = parse_qs(scope.get("query_string", b"").decode())
        body = await _body(receive)
        state.requests.append(Recorded(scope["method"], scope["path"], query, headers, len(body)))
        match = re.fullmatch(r"/bucket/([^/]+)", scope["path"])
        if state.storage_fail_next:
            await _json(send, state.storage_fail_next.pop(0), {"message": "try again"})
        elif state.storage_status != 200:
            await _json(send, state.storage_status, {"message": "refused"})
        elif scope["method"] != "PUT" or match is None or query.get("X-Amz-Signature") != [SIGNATURE]:
            await _json(send, 403, {"message": "SignatureDoesNotMatch"})
        else:
            state.stored[match.group(1)] = body
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})


def _public(asset: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in asset.items() if key != "upload_guid"}
