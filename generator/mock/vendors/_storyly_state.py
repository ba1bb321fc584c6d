"""What the Storyly mock knows beyond its declared resources: seeded apps and instances, uploaded
media, the CSV columns of audiences, and the documented segment logic.

Records live in the mock's store (`x-mock.resources` in overlays/storyly/quirks.yaml: apps,
instances, segments, storyGroups, stories, subUsers, audiences). Seeding is deterministic per
`MockOptions.seed` (app tokens; sub user UUIDs come from the store's seeded generator).

Seeded (the API can list apps and instances but not create them):

| app id | title | store | instances (id: title) |
|---|---|---|---|
| 1 | My iOS App (the docs' example) | ios, 1234567890 | 1: New Instance, 2: Campaign Instance |
| 2 | My Android App | android, com.example.storyly | 3: Android Instance |
| 3 | My Web App | web, https://www.example.com | 4: Web Instance |

Rules the docs state:
- "A story group contains up to 100 stories" (`MAX_STORIES`).
- Segments: a story group's `segments` is a list of entries; every entry must hold (AND), and an
  entry holds when the user has any of its labels (OR) -- or, for `exclude`, none of them
  (`segments_match`). A segment's `is_used` says whether a story group's segments name its label.

Choices where the docs are silent:
- Labels a story group's segments name become segments of the account (is_used true), as labels
  are "used ... for targeting users"; deleting a segment does not change story groups naming it.
- A new story group is attached to the first instance of its app, and is sorted last in it; a new
  story last in its group.
- An uploaded file is kept while a story group icon or a story's media refers to it.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from generator.mock.store import Record, Store

ACCOUNT_ID: Final = 1
MAX_STORIES: Final = 100  # "A story group contains up to 100 stories."
SEEDED_AT: Final = "2020-07-09 08:15:00"  # the docs' example timestamps
APP_ICON: Final = "https://prod-storyly-media.s3-eu-west-1.amazonaws.com/html-templates/appIcon.png"
DOCS_TOKEN: Final = (  # the docs' example app / instance token
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
)
_JWT_HEADER: Final = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"

# (app id, title, store type, store id, market url, [(instance id, title, is_sharable)])
SEED_APPS: Final = (
    (1, "My iOS App", "ios", "1234567890", "", ((1, "New Instance", True), (2, "Campaign Instance", False))),
    (
        2,
        "My Android App",
        "android",
        "com.example.storyly",
        "https://play.google.com/store/apps/details?id=com.example.storyly",
        ((3, "Android Instance", True),),
    ),
    (
        3,
        "My Web App",
        "web",
        "https://www.example.com",
        "https://www.example.com",
        ((4, "Web Instance", False),),
    ),
)


def timestamp(seconds: float) -> str:
    """The docs' `YYYY-MM-DD HH:MM:SS` (UTC)."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(seconds))


def segments_match(rules: Sequence[Mapping[str, Any]] | None, labels: Iterable[str]) -> bool:
    """Whether a user with `labels` is targeted by a story group's `segments`.

    "Story Group Segments payload has AND & OR logic": every entry must hold (AND); an `include`
    entry holds when the user has any of its labels (OR), an `exclude` entry when the user has none
    of them. No segments (null or []) target everybody.
    """
    held = set(labels)
    for rule in rules or ():
        hit = any(label in held for label in rule.get("labels") or ())
        if hit != (rule.get("type") == "include"):
            return False
    return True


def csv_columns(data: bytes) -> list[str] | None:
    """The header row of a CSV file (its column names), or None when the file is no UTF-8 CSV text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        header = next(csv.reader(io.StringIO(text)), None)
    except csv.Error:
        return None
    columns = [column.strip() for column in header or () if column.strip()]
    return columns or None


def sdk_token(seed: int, kind: str, number: int) -> str:
    """A JWT-shaped SDK token like the docs' example, stable per seed (not the API token)."""
    claims = json.dumps({"acc_id": ACCOUNT_ID, f"{kind}_id": number}, separators=(",", ":"))
    payload = base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=")
    digest = hashlib.sha256(f"{seed}.{kind}.{number}".encode()).digest()
    signature = base64.urlsafe_b64encode(digest).decode().rstrip("=")
    return f"{_JWT_HEADER}.{payload}.{signature}"


def seed_apps(store: Store, seed: int) -> None:
    """The seeded apps and their instances (see the module docstring)."""
    for app_id, title, kind, store_id, market_url, instances in SEED_APPS:
        store["apps"].add(
            {
                "id": app_id,
                "account_id": ACCOUNT_ID,
                "token": DOCS_TOKEN if app_id == 1 else sdk_token(seed, "app", app_id),
                "title": title,
                "store_id": store_id,
                "store_type": kind,
                "category": "",
                "detailed_info": {
                    "title": title,
                    "category": "",
                    "icon": APP_ICON,
                    "developer": "",
                    "market_url": market_url,
                    "store": kind,
                },
                "settings": None,
                "ts_created": SEEDED_AT,
                "ts_updated": SEEDED_AT,
            }
        )
        for instance_id, instance_title, sharable in instances:
            store["instances"].add(
                {
                    "id": instance_id,
                    "account_id": ACCOUNT_ID,
                    "app_id": app_id,
                    "token": DOCS_TOKEN if instance_id == 1 else sdk_token(seed, "instance", instance_id),
                    "title": instance_title,
                    "status": 1,
                    "ts_created": SEEDED_AT,
                    "ts_updated": SEEDED_AT,
                    "is_sharable": sharable,
                }
            )


def labels_in_use(store: Store) -> set[str]:
    return {
        label
        for group in store["storyGroups"].records()
        for rule in group.get("segments") or ()
        for label in rule.get("labels") or ()
    }


def register_labels(store: Store, rules: Sequence[Mapping[str, Any]] | None) -> None:
    """The labels story group segments name become segments of the account."""
    segments = store["segments"]
    for rule in rules or ():
        for label in rule.get("labels") or ():
            if segments.get(label) is None:
                segments.add({"label": label})


def visible_story_groups(
    store: Store, labels: Iterable[str], sub_user_id: str | None, now: str
) -> list[Record]:
    """What the SDK would show a user with `labels`: ACTIVE groups within their dates whose
    segments target the user (of `sub_user_id`, or the account's own groups without it)."""
    held = list(labels)
    shown = [
        group
        for group in store["storyGroups"].records()
        if group["status"] == 1
        and group.get("sub_user_id") == sub_user_id
        and (group["ts_start"] is None or group["ts_start"] <= now)
        and (group["ts_end"] is None or now < group["ts_end"])
        and segments_match(group["segments"], held)
    ]
    return sorted(shown, key=lambda group: (-group["pinned"], group["sort_order"], group["id"]))


@dataclass(frozen=True)
class Media:
    """An uploaded file, served back by the mock's media helper route."""

    data: bytes
    media_type: str


class MediaStore:
    """Uploaded icons and story media, by content hash; dropped once nothing refers to them."""

    def __init__(self) -> None:
        self.files: dict[str, Media] = {}

    def keep(self, data: bytes, media_type: str, extension: str) -> str:
        """Keep an uploaded file; the key (content hash + extension) names it in its URL."""
        key = f"{hashlib.sha256(data).hexdigest()[:32]}.{extension}"
        self.files[key] = Media(data, media_type)
        return key

    def sweep(self, store: Store) -> None:
        """Drop every uploaded file no story group icon or story media refers to any more."""
        referenced = {group.get("icon") for group in store["storyGroups"].records()}
        referenced |= {story.get("media") for story in store["stories"].records()}
        keys = {
            url.rsplit("/", 1)[-1] for url in referenced if isinstance(url, str) and "/_mock/media/" in url
        }
        for key in [key for key in self.files if key not in keys]:
            del self.files[key]
