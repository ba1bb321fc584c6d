"""Mediagraph mock state: the bytes of assets and their versions, the signed uploads and download
tokens in flight, the seeded organization, and the search over assets (`search_assets`).

Records live in the declared resources (overlays/mediagraph/quirks.yaml); what a record cannot
hold (bytes, tokens) lives here, keyed by record id.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from generator.mock.errors import MockError
from generator.mock.store import Record, Store

DOWNLOAD_TOKEN_SECONDS: Final = 5 * 60  # "can then be used within the next 5 minutes"
SIGNED_UPLOAD_SECONDS: Final = 60 * 60  # "the signed_upload_url is only valid for 1 hour"
STATES: Final = ("pending", "uploaded", "processing", "processed", "processing_error")
_MB: Final = 1024 * 1024
# file_size_range buckets, in megabytes: "<1" "1-10" "10-50" "50-100" ">100"
_SIZE_RANGES: Final[Mapping[str, tuple[float, float]]] = {
    "<1": (0, 1),
    "1-10": (1, 10),
    "10-50": (10, 50),
    "50-100": (50, 100),
    ">100": (100, float("inf")),
}
_RANGE: Final = re.compile(r"bytes=([0-9]{0,18})-([0-9]{0,18})")
_SORTABLE: Final = ("filename", "created_at", "captured_at", "file_size", "rating")

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


# -- search ----------------------------------------------------------------------------------------------


def _list(given: Mapping[str, Any], name: str) -> list[Any] | None:
    """A Rails array filter from the GET (`name[]`) or the POST body (`name`); a single value counts."""
    for key in (f"{name}[]", name):
        value = given.get(key)
        if value is None:
            continue
        return list(value) if isinstance(value, list | tuple) else [value]
    return None


def _range(given: Mapping[str, Any], name: str) -> tuple[datetime | None, datetime | None] | None:
    """A "from,to" range: a comma-separated string or a two-item list of date-times; a bound that
    is no date-time this mock can read (a leap second, say) leaves that end open."""
    value = given.get(name)
    if value is None:
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    bounds = [parse_time(str(part).strip()) for part in parts[:2]]
    return (bounds[0] if bounds else None), (bounds[1] if len(bounds) > 1 else None)


def _in_range(value: Any, bounds: tuple[datetime | None, datetime | None]) -> bool:
    moment = parse_time(value)
    if moment is None:
        return False
    low, high = bounds
    return (low is None or moment >= low) and (high is None or moment <= high)


def _yes_no(value: Any, present: bool) -> bool:
    return value is None or (value == "yes") == present


@dataclass(frozen=True)
class Groups:
    """Which asset groups a folder-like filter reaches (the folder, and its sub-folders unless omitted)."""

    storage_folders: Mapping[int, set[int]]
    collections: Mapping[int, set[int]]
    lightboxes: Mapping[int, set[int]]


def _group_ids(store: Store, resource: str, root: Any, omit_children: bool) -> set[int] | None:
    if root is None:
        return None
    root_id = int(root)
    if omit_children:
        return {root_id}
    return descendants(store[resource].records(everyone=True), root_id)


def search_assets(store: Store, given: Mapping[str, Any], assets: Sequence[Record]) -> list[Record]:
    """The assets the filters of Search Assets keep, in the order `sort` asks (default newest first).

    The filters act on the stored records: ids, guids, tags (all of them), hide_tags (none of
    them), exts, folders/collections/lightboxes (with their sub-levels unless omit_child_*), the
    upload, processing state (processed by default unless an upload is named), rating (one value
    or a from-to pair), created/captured/updated "from,to" ranges, people, alt text, GPS, file
    size buckets, optimization requests, expiry, submission and the creating users.
    """
    text = str(given.get("q") or "").strip().lower()
    ids = _list(given, "ids")
    guids = {str(guid).lower() for guid in _list(given, "guids") or []}
    tags = [str(tag).lower() for tag in _list(given, "tags") or []]
    hidden = {str(tag).lower() for tag in _list(given, "hide_tags") or []}
    exts = {str(ext).lower().lstrip(".") for ext in _list(given, "exts") or []}
    users = set(_list(given, "user_ids") or [])
    ratings = [int(rating) for rating in _list(given, "rating") or []]
    folders = _group_ids(
        store, "storageFolders", given.get("storage_folder_id"), bool(given.get("omit_child_storage_folders"))
    )
    collections = _group_ids(
        store, "collections", given.get("collection_id"), bool(given.get("omit_child_collections"))
    )
    lightbox_root = given.get("lightbox_folder_id") or given.get("lightbox_id")
    lightboxes = _group_ids(
        store,
        "lightboxes",
        lightbox_root,
        bool(given.get("omit_child_lightboxes") or given.get("omit_child_lightbox_folders")),
    )
    upload_id = given.get("upload_id")
    upload_guid = given.get("upload_guid")
    if upload_guid is not None:
        upload = next(
            (u for u in store["uploads"].records(everyone=True) if u.get("guid") == upload_guid), None
        )
        upload_id = upload["id"] if upload is not None else -1
    state = given.get("aasm_state")
    states = set(str(state).split(",")) if state else (None if upload_id is not None else {"processed"})
    ranges = {name: _range(given, name) for name in ("created_at", "captured_at", "updated_at")}
    size_range = _SIZE_RANGES.get(str(given.get("file_size_range"))) if given.get("file_size_range") else None
    optimization = given.get("optimization_request")

    # Only the filters the request sets are applied (each one's check is made once per search, not
    # per asset): a search with no filter but the default state ran 22 checks on every stored asset.
    checks: list[Callable[[Record], bool]] = []
    if text:
        checks.append(
            lambda asset: any(
                text in str(asset.get(name) or "").lower()
                for name in ("filename", "description", "title", "headline")
            )
        )
    if ids is not None:
        checks.append(lambda asset: asset["id"] in ids)
    if guids:
        checks.append(lambda asset: str(asset.get("guid", "")).lower() in guids)
    if tags or hidden:

        def tagged(asset: Record) -> bool:
            names = {str(tag).lower() for tag in asset.get("tags") or []}
            return all(tag in names for tag in tags) and not (hidden & names)

        checks.append(tagged)
    if exts:
        checks.append(lambda asset: (asset.get("ext") or "") in exts)
    if users:
        checks.append(lambda asset: asset.get("user_id") in users)
    if folders is not None:
        checks.append(lambda asset: asset.get("storage_folder_id") in folders)
    if collections is not None:
        checks.append(lambda asset: bool(collections & set(asset.get("collection_ids") or [])))
    if lightboxes is not None:
        checks.append(lambda asset: bool(lightboxes & set(asset.get("lightbox_ids") or [])))
    if upload_id is not None:
        checks.append(lambda asset: asset.get("upload_id") == upload_id)
    if states is not None:
        checks.append(lambda asset: asset.get("aasm_state") in states)
    if ratings:
        checks.append(lambda asset: _rating_ok(asset.get("rating"), ratings))
    bounded = {name: bounds for name, bounds in ranges.items() if bounds is not None}
    if bounded:
        checks.append(lambda asset: all(_in_range(asset.get(name), b) for name, b in bounded.items()))
    people = given.get("has_people")
    if people == "untagged":
        checks.append(lambda asset: asset.get("has_people") is None)
    elif people is not None:
        checks.append(lambda asset: _yes_no(people, bool(asset.get("has_people"))))
    alt_text = given.get("has_alt_text")
    if alt_text is not None:
        checks.append(lambda asset: _yes_no(alt_text, bool(asset.get("alt_text"))))
    gps = given.get("gps")
    if gps is not None:
        checks.append(
            lambda asset: (
                (asset.get("latitude") is not None and asset.get("longitude") is not None) == bool(gps)
            )
        )
    if given.get("missing_captured_at"):
        checks.append(lambda asset: asset.get("captured_at") is None)
    if size_range is not None:
        low_bytes, high_bytes = size_range[0] * _MB, size_range[1] * _MB
        checks.append(
            lambda asset: asset.get("file_size") is not None and low_bytes <= asset["file_size"] < high_bytes
        )
    if optimization is not None:
        checks.append(lambda asset: _optimization(asset) == optimization)
    expired = given.get("expired")
    if expired is not None:
        checks.append(lambda asset: bool(asset.get("expired")) == bool(expired))
    submitted = given.get("submitted")
    if submitted is not None:
        checks.append(lambda asset: bool(asset.get("submitted")) == bool(submitted))

    def keep(asset: Record) -> bool:
        return all(check(asset) for check in checks)

    found = [asset for asset in assets if keep(asset)]
    return _sorted(found, str(given.get("sort") or "created_at-desc"))


def _rating_ok(rating: Any, wanted: list[int]) -> bool:
    if not wanted:
        return True
    if rating is None:
        return False
    if len(wanted) == 1:
        return bool(rating == wanted[0])
    low, high = min(wanted), max(wanted)
    return bool(low <= rating <= high)


def _optimization(asset: Record) -> str:
    if asset.get("optimization_completed_at"):
        return "completed"
    return "requested" if asset.get("optimization_requested_at") else "none"


def _sorted(assets: list[Record], sort: str) -> list[Record]:
    field_name, _, direction = sort.partition("-")
    if field_name not in _SORTABLE:  # "custom": the stored order
        return assets
    present = [asset for asset in assets if asset.get(field_name) is not None]
    missing = [asset for asset in assets if asset.get(field_name) is None]
    present.sort(key=lambda asset: (asset[field_name], asset["id"]), reverse=direction == "desc")
    return present + missing
