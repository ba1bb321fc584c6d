"""In-memory data of the Storyly mock: one account with seeded apps and instances, and everything the
API creates (segments, story groups, stories, sub users, audiences, uploaded media).

Plain records and the rules that keep them consistent, without HTTP: handlers in `storyly.py`
translate requests into calls here. Records are dicts shaped exactly like the docs' entities, so
handlers answer them as they are. Seeding is deterministic per `MockOptions.seed` (app tokens, sub
user UUIDs), so the same seed always gives the same data.

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
- Deletes are permanent: a deleted story group takes its stories with it; ids are never reused.
- System-filled fields (views, clicks, ts_created, ts_updated, deep_link, mime_type, type, template)
  are set here; posted, they are ignored by the handlers.

Choices where the docs are silent:
- Labels a story group's segments name become segments of the account (is_used true), as labels
  are "used ... for targeting users"; deleting a segment does not change story groups naming it.
- Listing story groups without `sub_user_id` lists every story group of the account, those of sub
  users included; with it, that sub user's.
- A new story group is attached to the first instance of its app, and is sorted last in it; a new
  story last in its group. `pinned` starts at 0; views and clicks at 0.
- `deep_link` is the story's `deeplink` as posted (null when none is posted).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import random
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

Record = dict[str, Any]

ACCOUNT_ID: Final = 1
USER_ID: Final = 1  # the dashboard user who owns the API token: creator of every story group
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


@dataclass(frozen=True)
class Media:
    """An uploaded file, served back by the mock's media helper route."""

    data: bytes
    media_type: str


@dataclass
class StorylyState:
    """Everything one mock knows. Ids count up from 1 and are never reused (deletes are permanent)."""

    seed: int = 0
    apps: dict[int, Record] = field(default_factory=dict)
    instances: dict[int, Record] = field(default_factory=dict)
    segments: dict[str, Record] = field(default_factory=dict)
    story_groups: dict[int, Record] = field(default_factory=dict)
    sub_user_of: dict[int, str | None] = field(default_factory=dict)  # story group -> its sub user
    stories: dict[int, Record] = field(default_factory=dict)
    sub_users: dict[str, Record] = field(default_factory=dict)  # by id (a UUID string)
    audiences: dict[int, Record] = field(default_factory=dict)
    audience_columns: dict[int, list[str]] = field(default_factory=dict)  # the CSV's header row
    media: dict[str, Media] = field(default_factory=dict)
    _next: dict[str, int] = field(default_factory=dict)
    _random: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        self._random = random.Random(f"storyly-{self.seed}")
        for app_id, title, store, store_id, market_url, instances in SEED_APPS:
            self.apps[app_id] = {
                "id": app_id,
                "account_id": ACCOUNT_ID,
                "token": DOCS_TOKEN if app_id == 1 else self._sdk_token("app", app_id),
                "title": title,
                "store_id": store_id,
                "store_type": store,
                "category": "",
                "detailed_info": {
                    "title": title,
                    "category": "",
                    "icon": APP_ICON,
                    "developer": "",
                    "market_url": market_url,
                    "store": store,
                },
                "settings": None,
                "ts_created": SEEDED_AT,
                "ts_updated": SEEDED_AT,
            }
            for instance_id, instance_title, sharable in instances:
                self.instances[instance_id] = {
                    "id": instance_id,
                    "account_id": ACCOUNT_ID,
                    "app_id": app_id,
                    "token": DOCS_TOKEN if instance_id == 1 else self._sdk_token("instance", instance_id),
                    "title": instance_title,
                    "status": 1,
                    "ts_created": SEEDED_AT,
                    "ts_updated": SEEDED_AT,
                    "is_sharable": sharable,
                }

    def _sdk_token(self, kind: str, number: int) -> str:
        """A JWT-shaped SDK token like the docs' example, stable per seed (not the API token)."""
        claims = json.dumps({"acc_id": ACCOUNT_ID, f"{kind}_id": number}, separators=(",", ":"))
        payload = base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=")
        digest = hashlib.sha256(f"{self.seed}.{kind}.{number}".encode()).digest()
        signature = base64.urlsafe_b64encode(digest).decode().rstrip("=")
        return f"{_JWT_HEADER}.{payload}.{signature}"

    def next_id(self, kind: str) -> int:
        self._next[kind] = self._next.get(kind, 0) + 1
        return self._next[kind]

    def new_uuid(self) -> str:
        """A version-4 UUID drawn from the seeded generator (sub user ids are UUID strings)."""
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    # -- segments -------------------------------------------------------------------------------

    def labels_in_use(self) -> set[str]:
        return {
            label
            for group in self.story_groups.values()
            for rule in group.get("segments") or ()
            for label in rule.get("labels") or ()
        }

    def segment_view(self, record: Record) -> Record:
        return {**record, "is_used": record["label"] in self.labels_in_use()}

    def add_segment(self, label: str) -> Record | None:
        """The new segment, or None when the account has that label already."""
        if label in self.segments:
            return None
        self.segments[label] = {"account_id": ACCOUNT_ID, "label": label}
        return self.segments[label]

    def register_labels(self, rules: Sequence[Mapping[str, Any]] | None) -> None:
        for rule in rules or ():
            for label in rule.get("labels") or ():
                self.add_segment(label)

    # -- story groups and stories ---------------------------------------------------------------

    def instance_of(self, app_id: int) -> int:
        return min(i for i, instance in self.instances.items() if instance["app_id"] == app_id)

    def stories_of(self, story_group_id: int) -> list[Record]:
        found = [story for story in self.stories.values() if story["story_group_id"] == story_group_id]
        return sorted(found, key=lambda story: (story["sort_order"], story["id"]))

    def delete_story_group(self, story_group_id: int) -> None:
        """Permanently: the group, its stories and their media."""
        for story in self.stories_of(story_group_id):
            self.delete_story(story["id"])
        group = self.story_groups.pop(story_group_id)
        self.sub_user_of.pop(story_group_id, None)
        self.forget_media(group.get("icon"))

    def delete_story(self, story_id: int) -> None:
        story = self.stories.pop(story_id)
        self.forget_media(story.get("media"))

    def visible_story_groups(self, labels: Iterable[str], sub_user_id: str | None, now: str) -> list[Record]:
        """What the SDK would show a user with `labels`: ACTIVE groups within their dates whose
        segments target the user (of `sub_user_id`, or the account's own groups without it)."""
        held = list(labels)
        shown = [
            group
            for group in self.story_groups.values()
            if group["status"] == 1
            and self.sub_user_of.get(group["id"]) == sub_user_id
            and (group["ts_start"] is None or group["ts_start"] <= now)
            and (group["ts_end"] is None or now < group["ts_end"])
            and segments_match(group["segments"], held)
        ]
        return sorted(shown, key=lambda group: (-group["pinned"], group["sort_order"], group["id"]))

    # -- sub users and audiences ----------------------------------------------------------------

    def sub_user_by_identifier(self, user_identifier: str) -> Record | None:
        return next((u for u in self.sub_users.values() if u["user_identifier"] == user_identifier), None)

    # -- media ----------------------------------------------------------------------------------

    def store_media(self, data: bytes, media_type: str, extension: str) -> str:
        """Keep an uploaded file; the key (content hash + extension) names it in its URL."""
        key = f"{hashlib.sha256(data).hexdigest()[:32]}.{extension}"
        self.media[key] = Media(data, media_type)
        return key

    def forget_media(self, url: Any) -> None:
        """Drop an uploaded file nothing refers to any more (deletes are permanent)."""
        if not isinstance(url, str) or "/_mock/media/" not in url:
            return
        key = url.rsplit("/", 1)[-1]
        referenced = {group.get("icon") for group in self.story_groups.values()} | {
            story.get("media") for story in self.stories.values()
        }
        if not any(isinstance(other, str) and other.endswith("/" + key) for other in referenced):
            self.media.pop(key, None)
