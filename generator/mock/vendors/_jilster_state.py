"""What the Jilster mock knows beyond its declared resources: the accounts and their passwords,
page versions, uploaded files, jobs, and the seeded data.

Seeded (deterministic; the demo accounts' e-mail addresses and passwords come from the options):

| what | records |
|---|---|
| users | 1: the demo user (`--email`/`--password`), 2: the administrator (`--admin-email`/`--admin-password`), 3: an editor (cannot log in), 4: the docs' example login (`user@jilster.com` / `abc123`) |
| magazines | "Test Magazine" (8 pages; chief editor user 1, page editor user 3) |
| documents | 1: a PDF of the magazine with 2 documentpages |
| image directories | "Images" of the magazine, with one image |
| shape directories | "Shapes", with one shape |

Rules the docs state are in `jilster.py`; the choices where they are silent are said here:
- a page version is the time of a content change as YYYYMMDDHHMMSS (the docs' example version
  20170509173425 reads as 2017-05-09 17:34:25); every page starts with its creation as a version;
- a job is `dispatched` for its first `PROCESSING_AFTER` seconds, then `processing` until
  `DONE_AFTER`, then `processed` (with its file) or `failed` when its entity was deleted meanwhile.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Final

from generator.mock.store import Record, Store

DATE_FORMAT: Final = "%Y-%m-%d %H:%M:%S"  # "Formatted as Y-m-d H:i:s"
VERSION_FORMAT: Final = "%Y%m%d%H%M%S"  # the example version 20170509173425
MIN_PAGES: Final = 4  # "Minimum number of pages is 4"
MAX_PAGES: Final = 120  # "Maximum number of pages is 120"
PAGE_STEP: Final = 4  # "A magazine must always have a number of pages divisible by 4"
PROCESSING_AFTER: Final = 5.0
DONE_AFTER: Final = 30.0
MAX_UPLOAD_BYTES: Final = 10 * 1024 * 1024  # "Invalid filesize": the limit is not documented (inferred)
DEMO_USER_ID: Final = 1
ADMIN_USER_ID: Final = 2
EDITOR_USER_ID: Final = 3
DOCS_USER_ID: Final = 4
SEED_MAGAZINE: Final = "bf98c980-c7f7-4eb7-97d2-26d5baf8771d"  # the docs' example magazine


def timestamp(seconds: float) -> str:
    return time.strftime(DATE_FORMAT, time.gmtime(seconds))


def version_of(seconds: float) -> int:
    return int(time.strftime(VERSION_FORMAT, time.gmtime(seconds)))


@dataclass
class StoredFile:
    data: bytes
    media_type: str


@dataclass
class JilsterState:
    """Passwords live in the user records (never answered: the User schema has no password);
    page versions, uploaded bytes and job timing live here."""

    store: Store
    versions: dict[str, list[tuple[int, dict[str, Any]]]] = field(default_factory=dict)
    files: dict[str, StoredFile] = field(default_factory=dict)

    def remember(self, page: Record, at: float) -> None:
        """Keep the page's content as the version of time `at` (one version per second)."""
        snapshot = {name: page.get(name) for name in ("content", "chunkCount", "chunkVersion", "status")}
        history = self.versions.setdefault(str(page["id"]).lower(), [])
        version = version_of(at)
        history[:] = [entry for entry in history if entry[0] != version]
        history.append((version, snapshot))

    def version(self, page_id: str, version: int) -> dict[str, Any] | None:
        for number, snapshot in self.versions.get(page_id.lower(), []):
            if number == version:
                return dict(snapshot)
        return None


def add_pages(
    store: Store, state: JilsterState, magazine_id: str, first: int, count: int, now: float
) -> None:
    """Pages `first` .. `first + count - 1` of a magazine, empty, each remembered as a version."""
    for number in range(first, first + count):
        page = store["magazinePages"].add({"magazine_id": magazine_id, "number": number})
        page["urlThumbnail"] = (
            f"https://mock.jilster.invalid/pages/{magazine_id}/png_thumbnail/{page['id']}.png"
        )
        page["urlFullsize"] = (
            f"https://mock.jilster.invalid/pages/{magazine_id}/png_fullsize/{page['id']}.png"
        )
        state.remember(page, now)


def seed(store: Store, state: JilsterState, accounts: dict[str, str], now: float) -> None:
    users = store["users"]
    for user_id, email, password, names, admin in (
        (DEMO_USER_ID, accounts.get("email"), accounts.get("password"), ("Demo", "User"), False),
        (ADMIN_USER_ID, accounts.get("admin_email"), accounts.get("admin_password"), ("Admin", "User"), True),
        (EDITOR_USER_ID, "editor@example.com", None, ("Frank", "Amsterdam"), False),
        (DOCS_USER_ID, "user@jilster.com", "abc123", ("Docs", "Example"), False),  # Authenticate's example
    ):
        users.add(
            {
                "id": user_id,
                "email": email or f"user{user_id}@example.com",
                "firstName": names[0],
                "lastName": names[1],
                "nickName": names[0],
                "password": password,  # None: this user cannot log in
                "admin": admin,
            }
        )
    magazine = store["magazines"].add(
        {
            "id": SEED_MAGAZINE,
            "title": "Test Magazine",
            "pageCount": 8,
            "chiefeditor_id": DEMO_USER_ID,
            "cochiefeditor_ids": [],
        }
    )
    add_pages(store, state, magazine["id"], 1, 8, now)
    for page in store["magazinePages"].records():
        page["editor_ids"] = [EDITOR_USER_ID] if page["number"] == 2 else []
    document = store["documents"].add(
        {"magazine_id": SEED_MAGAZINE, "fileName": "seeded.pdf", **_urls("documents", "seeded")}
    )
    for number in (1, 2):
        store["documentPages"].add(
            {
                "document_id": document["id"],
                "pageNumber": number,
                "fileName": f"seeded-{number}.png",
                **_urls("documentpages", f"seeded-{number}"),
            }
        )
    directory = store["imageDirectories"].add({"magazine_id": SEED_MAGAZINE, "title": "Images"})
    store["images"].add(
        {
            "imagedirectory_id": directory["id"],
            "magazine_id": SEED_MAGAZINE,
            "fileName": "seeded.png",
            "url": "https://mock.jilster.invalid/images/seeded.png",
            "urlThumbnail": "https://mock.jilster.invalid/images/thumbnails/seeded.png",
        }
    )
    shapes = store["shapeDirectories"].add({"title": "Shapes"})
    store["shapes"].add(
        {
            "shapedirectory_id": shapes["id"],
            "content": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
            "fileName": "seeded.svg",
        }
    )


def _urls(kind: str, name: str) -> dict[str, str]:
    base = f"https://mock.jilster.invalid/{kind}"
    return {
        "urlThumbnail": f"{base}/thumbnails/{name}.png",
        "urlFullsize": f"{base}/fullsize/{name}.png",
        "urlHighres": f"{base}/pages/{name}.png",
    }
