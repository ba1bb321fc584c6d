"""Mediagraph mock state: the bytes of assets and their versions, the signed uploads and download
tokens in flight and the seeded organization (the search over assets is `_mediagraph_search`).

Records live in the declared resources (overlays/mediagraph/quirks.yaml); what a record cannot
hold (bytes, tokens) lives here, keyed by record id.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from generator.mock.errors import MockError
from generator.mock.store import Record

DOWNLOAD_TOKEN_SECONDS: Final = 5 * 60  # "can then be used within the next 5 minutes"
SIGNED_UPLOAD_SECONDS: Final = 60 * 60  # "the signed_upload_url is only valid for 1 hour"
STATES: Final = ("pending", "uploaded", "processing", "processed", "processing_error")
_RANGE: Final = re.compile(r"bytes=([0-9]{0,18})-([0-9]{0,18})")

DEMO_USER: Final[Mapping[str, Any]] = {
    "id": 1,
    "first_name": "Demo",
    "last_name": "User",
    "default_username": "demo",
    "email": "demo@example.com",
    "confirmed_at": "2024-04-17T16:35:28.022Z",
    "created_at": "2024-04-17T16:35:28.024Z",
    "otp_required_for_login": None,
    "can_create_orgs": False,
    "timezone": None,
    "guest": None,
    "lang": None,
    "enable_lightroom": True,
    "avatar_url": None,
    "name": "Demo User",
    "initials": "D U",
    "user_group_ids": [],
    "username": "demo",
    "title": None,
    "user_id": 1,
    "oauth_token": None,
    "membership": None,
    "organization": None,
}


@dataclass
class PendingUpload:
    """Bytes expected at a signed upload URL: a new asset, or a new data version of one."""

    asset_id: int
    version: int  # the data version number the bytes become
    data: bytes | None = None


@dataclass
class DownloadToken:
    asset_ids: list[int]
    expires_at: float


@dataclass
class MediagraphState:
    """Bytes and tokens the records cannot hold."""

    files: dict[tuple[int, int], bytes] = field(default_factory=dict)  # (asset id, version) -> bytes
    uploads: dict[str, PendingUpload] = field(default_factory=dict)  # asset guid -> expected bytes
    downloads: dict[str, DownloadToken] = field(default_factory=dict)  # token -> assets
    token_counter: int = 0

    def current_bytes(self, asset: Record) -> bytes | None:
        return self.files.get((int(asset["id"]), int(asset.get("data_version_number") or 1)))

    def prune(self, now: float) -> None:
        for token in [token for token, found in self.downloads.items() if now >= found.expires_at]:
            del self.downloads[token]


def iso(now: float) -> str:
    """RFC 3339 with milliseconds, as the samples ("2024-04-17T16:33:22.113Z")."""
    return datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def file_record_fields(data: bytes) -> dict[str, Any]:
    """Fields an asset (or data version) gets from its bytes."""
    return {"file_size": len(data), "md5": hashlib.md5(data, usedforsecurity=False).hexdigest()}


def extension_of(filename: str) -> str | None:
    tail = filename.rsplit("/", 1)[-1]
    return tail.rsplit(".", 1)[-1].lower() if "." in tail else None


_TYPES: Final[Mapping[str, tuple[str, str]]] = {
    "jpg": ("Image", "image/jpeg"),
    "jpeg": ("Image", "image/jpeg"),
    "png": ("Image", "image/png"),
    "gif": ("Image", "image/gif"),
    "mov": ("Video", "video/quicktime"),
    "mp4": ("Video", "video/mp4"),
    "pdf": ("Document", "application/pdf"),
    "txt": ("Document", "text/plain"),
}


def type_fields(filename: str) -> dict[str, Any]:
    """type, ext and mime_type from a filename's extension."""
    ext = extension_of(filename)
    kind, mime = _TYPES.get(ext or "", ("Document", "application/octet-stream"))
    return {"ext": ext, "type": kind, "mime_type": mime}


# -- byte ranges ---------------------------------------------------------------------------------------


def byte_range(header: str | None, length: int) -> tuple[int, int] | None:
    """The (first, last) byte of a `Range: bytes=a-b | a- | -n` header, clipped to the file; None
    for no header or one that is not a single byte range (ignored: the whole file, RFC 9110
    §14.2). A range starting past the end is 416 (§15.5.17) with `Content-Range: bytes */length`."""
    found = _RANGE.fullmatch(header.strip()) if header else None
    if found is None:
        return None
    start_text, end_text = found.group(1), found.group(2)
    if not start_text:  # suffix: the last n bytes
        suffix = int(end_text)
        if suffix == 0 or length == 0:
            raise MockError(416, "Range not satisfiable", headers={"Content-Range": f"bytes */{length}"})
        return max(0, length - suffix), length - 1
    start = int(start_text)
    end = int(end_text) if end_text else None
    if end is not None and end < start:
        return None
    if start >= length:
        raise MockError(416, "Range not satisfiable", headers={"Content-Range": f"bytes */{length}"})
    return start, length - 1 if end is None else min(end, length - 1)


def zip_of(files: Iterable[tuple[str, bytes]]) -> bytes:
    """A ZIP archive of the files, byte-identical for the same input (fixed timestamps)."""
    buffer = io.BytesIO()
    seen: set[str] = set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in files:
            unique, number = name, 1
            while unique in seen:
                number += 1
                unique = f"{number}-{name}"
            seen.add(unique)
            archive.writestr(zipfile.ZipInfo(unique, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


# -- trees -----------------------------------------------------------------------------------------------


def ancestors(records: Mapping[Any, Record], record: Record) -> list[Record]:
    """The record's ancestors, root first (a cycle stops the walk)."""
    chain: list[Record] = []
    seen = {record.get("id")}
    parent = records.get(record.get("parent_id"))
    while parent is not None and parent.get("id") not in seen:
        seen.add(parent.get("id"))
        chain.insert(0, parent)
        parent = records.get(parent.get("parent_id"))
    return chain


def descendants(records: Iterable[Record], root_id: int) -> set[int]:
    """The ids of the record `root_id` and everything below it."""
    children: dict[Any, list[int]] = {}
    for record in records:
        children.setdefault(record.get("parent_id"), []).append(int(record["id"]))
    found, todo = {root_id}, [root_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def slug(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in name.lower())
    return "-".join(part for part in cleaned.split("-") if part) or "folder"
