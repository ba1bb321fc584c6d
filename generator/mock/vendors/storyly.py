"""Storyly's business rules for the mock engine (one handler per operationId of the spec).

The engine has already checked the API token (the `token` query parameter, kind `query-api-key`),
and validated query and body against the spec: required parameters, enumerations, the `data` part
of the multipart bodies (decoded from its JSON document) and "a `file` or `data.media_url`".
Handlers therefore deal with the account's state only (`_storyly_state`): what exists, what belongs
to what, the 100-stories limit, and the fields the system fills in.

Answers are wrapped as the docs show them, `{"status": "ok", "message": "success", "data": ...}`,
except Get a Specific Story Group, whose documented answer is the story group itself. Posted
system-filled fields (views, clicks, ts_created, ts_updated, deep_link, mime_type, type, template)
are ignored: the handlers only read the documented request fields. Request and entity names
differ where the docs say so: `click_target_cap` sets `clicked_target_cap`, `deeplink` sets
`deep_link`.

Undocumented helper routes (no token, like the vendor's public media URLs):
- `GET /_mock/media/{key}`: the bytes of an uploaded icon or story media (the URLs in `icon`,
  `media` and `media_raw` point here);
- `GET /_mock/story-groups/visible?label=...&sub_user_id=...`: the ids of the story groups the SDK
  would show a user with those labels (ACTIVE, within their dates, segments matching), so code that
  sets up segment targeting can be tested against the documented AND / OR logic.
"""

from __future__ import annotations

from typing import Any, Final
from urllib.parse import urlsplit

from generator.mock.body import UploadedFile
from generator.mock.context import HelperContext, RequestContext
from generator.mock.errors import MockError, field_error, not_found
from generator.mock.responses import MockResponse, binary_response, json_response
from generator.mock.uploads import sniff
from generator.mock.vendors import MockVendor, VendorSetup
from generator.mock.vendors._storyly_state import (
    ACCOUNT_ID,
    MAX_STORIES,
    USER_ID,
    Record,
    StorylyState,
    csv_columns,
    timestamp,
)

STATUS_ACTIVE: Final = 1  # story group and story status ACTIVE
STORY_IMAGE, STORY_VIDEO, STORY_TEMPLATE = 1, 2, 3  # Story type: IMAGE = 1 VIDEO = 2 TEMPLATE = 3
_EXTENSIONS: Final = {
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "video/mp4": "mp4",
    "text/csv": "csv",
}
_BY_EXTENSION: Final = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "mp4": "video/mp4",
}
# Fields of the story group `data` part copied as they are (the rest is renamed or system-filled).
_GROUP_FIELDS: Final = ("title", "ts_start", "ts_end", "target_cap", "status", "segments", "sort_order")
_STORY_FIELDS: Final = (
    "title",
    "sort_order",
    "target_cap",
    "status",
    "outlink",
    "button_text",
    "ts_start",
    "ts_end",
)


class Storyly(StorylyState):
    """The state, seeded per `MockOptions.seed`."""

    def __init__(self, setup: VendorSetup) -> None:
        super().__init__(seed=setup.options.seed)


VENDOR: MockVendor[Storyly] = MockVendor("storyly", Storyly)
Context = RequestContext[Storyly]


def _ok(data: Any) -> MockResponse:
    return json_response({"status": "ok", "message": "success", "data": data})


def _done() -> MockResponse:
    return json_response({"status": "ok", "message": "success"})


def _data(ctx: Context) -> dict[str, Any]:
    """The decoded `data` part of a multipart body (the engine validated it against its schema)."""
    body = ctx.body if isinstance(ctx.body, dict) else {}
    data = body.get("data")
    return data if isinstance(data, dict) else {}


def _now(ctx: Context) -> str:
    return timestamp(ctx.now())


# -- media -------------------------------------------------------------------------------------------


def _media_type(upload: UploadedFile) -> str | None:
    """What an uploaded file is: by its content first, then the part's type, then its name."""
    sniffed = sniff(upload.data)
    if sniffed is not None:
        return sniffed
    if upload.data[4:8] == b"ftyp":  # ISO base media (MP4)
        return "video/mp4"
    claimed = (upload.content_type or "").split(";")[0].strip().lower()
    if claimed.startswith(("image/", "video/")):
        return claimed
    return _BY_EXTENSION.get(upload.extension)


def _url_media_type(url: str) -> str:
    """The media type a `media_url` names by its extension (images by default)."""
    path = urlsplit(url).path
    extension = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    return _BY_EXTENSION.get(extension, "image/jpeg")


def _media(ctx: Context, data: dict[str, Any], *, videos: bool) -> tuple[str, str] | None:
    """(URL, media type) of the `file` part (kept and served by the mock) or of `data.media_url`;
    None when neither was sent. A file that is no image (or video, where allowed) is refused."""
    upload = ctx.files.get("file")
    if upload is not None:
        media_type = _media_type(upload)
        allowed = ("image/", "video/") if videos else ("image/",)
        if media_type is None or not media_type.startswith(allowed):
            kinds = "an image or a video" if videos else "an image"
            raise field_error("file", f"The file field must be {kinds}.")
        extension = _EXTENSIONS.get(media_type) or upload.extension or "bin"
        key = ctx.state.store_media(upload.data, media_type, extension)
        return f"{ctx.base_url}/_mock/media/{key}", media_type
    media_url = data.get("media_url")
    if isinstance(media_url, str):
        return media_url, _url_media_type(media_url)
    return None


@VENDOR.helper("GET", "/_mock/media/{key}")
async def media_file(ctx: HelperContext[Storyly]) -> MockResponse:
    stored = ctx.state.media.get(ctx.path["key"])
    if stored is None:
        raise not_found("No such media.")
    return binary_response(stored.data, stored.media_type)


@VENDOR.helper("GET", "/_mock/story-groups/visible")
async def visible_story_groups(ctx: HelperContext[Storyly]) -> MockResponse:
    query = ctx.request.query_params
    groups = ctx.state.visible_story_groups(
        query.getlist("label"), query.get("sub_user_id") or None, timestamp(ctx.now())
    )
    return json_response({"story_group_ids": [group["id"] for group in groups]})


# -- apps, instances, segments -----------------------------------------------------------------------


@VENDOR.operation("listApps")
async def list_apps(ctx: Context) -> MockResponse:
    return _ok([ctx.state.apps[key] for key in sorted(ctx.state.apps)])


@VENDOR.operation("listInstances")
async def list_instances(ctx: Context) -> MockResponse:
    return _ok([ctx.state.instances[key] for key in sorted(ctx.state.instances)])


@VENDOR.operation("listSegments")
async def list_segments(ctx: Context) -> MockResponse:
    return _ok([ctx.state.segment_view(record) for record in ctx.state.segments.values()])


@VENDOR.operation("createSegment")
async def create_segment(ctx: Context) -> MockResponse:
    label = ctx.json_body()["label"]
    record = ctx.state.add_segment(label)
    if record is None:
        raise MockError(409, f"The segment {label!r} exists already.")
    return _ok(ctx.state.segment_view(record))


@VENDOR.operation("deleteSegment")
async def delete_segment(ctx: Context) -> MockResponse:
    label = ctx.query["label"]
    if ctx.state.segments.pop(label, None) is None:
        raise not_found(f"Segment {label!r} not found.")
    return _done()


# -- story groups --------------------------------------------------------------------------------------


def _story_group(ctx: Context, story_group_id: int) -> Record:
    group = ctx.state.story_groups.get(story_group_id)
    if group is None:
        raise not_found(f"Story group {story_group_id} not found.")
    return group


def _known_app(ctx: Context, app_id: int) -> None:
    if app_id not in ctx.state.apps:
        raise not_found(f"App {app_id} not found.")


def _sub_user(ctx: Context, sub_user_id: str) -> Record:
    sub_user = ctx.state.sub_users.get(sub_user_id)
    if sub_user is None:
        raise not_found(f"Sub user {sub_user_id} not found.")
    return sub_user


def _place_in_app(ctx: Context, group: Record, app_id: int) -> None:
    """Attach a story group to an app: the app's first instance, after its other story groups."""
    group["app_id"] = app_id
    group["instance_id"] = ctx.state.instance_of(app_id)
    others = [
        g["sort_order"] for g in ctx.state.story_groups.values() if g["app_id"] == app_id and g is not group
    ]
    group["sort_order"] = max(others, default=0) + 1


@VENDOR.operation("readStoryGroups")
async def read_story_groups(ctx: Context) -> MockResponse:
    sub_user_id = ctx.query.get("sub_user_id")
    if sub_user_id is not None:
        _sub_user(ctx, sub_user_id)
    story_group_id = ctx.query.get("story_group_id")
    if story_group_id is not None:
        group = _story_group(ctx, story_group_id)
        if sub_user_id is not None and ctx.state.sub_user_of.get(story_group_id) != sub_user_id:
            raise not_found(f"Story group {story_group_id} not found for sub user {sub_user_id}.")
        return json_response(group)  # Get a Specific Story Group: the group itself, as documented
    groups = [
        group
        for key, group in sorted(ctx.state.story_groups.items())
        if sub_user_id is None or ctx.state.sub_user_of.get(key) == sub_user_id
    ]
    return _ok(groups)


@VENDOR.operation("createStoryGroup")
async def create_story_group(ctx: Context) -> MockResponse:
    data = _data(ctx)
    _known_app(ctx, data["app_id"])
    sub_user_id: str | None = data.get("sub_user_id")
    sub_user = _sub_user(ctx, sub_user_id) if sub_user_id is not None else None
    kind = data.get("type", "default")
    settings: dict[str, Any] = {}
    if kind == "audience":  # "first, the audience should be created for the user"
        if sub_user is None or sub_user["audience_id"] is None:
            raise not_found(f"Sub user {sub_user_id} has no audience; create it first.")
        settings = {"audience_id": sub_user["audience_id"], "audience_mapping": []}
    media = _media(ctx, data, videos=False)
    assert media is not None  # the form schema requires a file or data.media_url
    now = _now(ctx)
    group: Record = {
        "id": ctx.state.next_id("story_group"),
        "account_id": ACCOUNT_ID,
        "user_id": USER_ID,
        "title": data["title"],
        "icon": media[0],
        "target_cap": data.get("target_cap"),
        "clicked_target_cap": data.get("click_target_cap"),
        "pinned": 0,
        "segments": data.get("segments"),
        "settings": settings,
        "status": data.get("status", STATUS_ACTIVE),
        "type": kind,
        "views": 0,
        "clicks": 0,
        "ts_start": data.get("ts_start", now),
        "ts_end": data.get("ts_end"),
        "ts_created": now,
        "ts_updated": now,
    }
    _place_in_app(ctx, group, data["app_id"])
    ctx.state.register_labels(group["segments"])
    ctx.state.story_groups[group["id"]] = group
    ctx.state.sub_user_of[group["id"]] = sub_user_id
    return _ok(group)


@VENDOR.operation("updateStoryGroup")
async def update_story_group(ctx: Context) -> MockResponse:
    group = _story_group(ctx, ctx.query["story_group_id"])
    data = _data(ctx)
    if "app_id" in data and data["app_id"] != group["app_id"]:
        _known_app(ctx, data["app_id"])
        _place_in_app(ctx, group, data["app_id"])
    media = _media(ctx, data, videos=False)
    if media is not None:
        old_icon, group["icon"] = group["icon"], media[0]
        ctx.state.forget_media(old_icon)
    group.update({name: data[name] for name in _GROUP_FIELDS if name in data})
    if "click_target_cap" in data:
        group["clicked_target_cap"] = data["click_target_cap"]
    ctx.state.register_labels(group["segments"])
    group["ts_updated"] = _now(ctx)
    return _ok(group)


@VENDOR.operation("deleteStoryGroup")
async def delete_story_group(ctx: Context) -> MockResponse:
    story_group_id = ctx.query["story_group_id"]
    group = _story_group(ctx, story_group_id)
    app_id = ctx.query.get("app_id")
    if app_id is not None and app_id != group["app_id"]:
        raise not_found(f"Story group {story_group_id} not found in app {app_id}.")
    ctx.state.delete_story_group(story_group_id)
    return _done()


# -- stories -------------------------------------------------------------------------------------------


def _story(ctx: Context, story_id: int, story_group_id: int | None) -> Record:
    story = ctx.state.stories.get(story_id)
    if story is None or (story_group_id is not None and story["story_group_id"] != story_group_id):
        where = f" in story group {story_group_id}" if story_group_id is not None else ""
        raise not_found(f"Story {story_id} not found{where}.")
    return story


def _set_media(story: Record, data: dict[str, Any], media: tuple[str, str]) -> None:
    """The media fields and the type the system derives from them (a template when one is set)."""
    story["media"] = story["media_raw"] = media[0]
    story["mime_type"] = media[1]
    settings = story.get("settings") or data.get("settings") or {}
    if isinstance(settings, dict) and "template_id" in settings:
        story["type"] = STORY_TEMPLATE
    else:
        story["type"] = STORY_VIDEO if media[1].startswith("video/") else STORY_IMAGE


@VENDOR.operation("readStories")
async def read_stories(ctx: Context) -> MockResponse:
    story_group_id = ctx.query.get("story_group_id")
    story_id = ctx.query.get("story_id")
    if story_id is not None:
        return _ok(_story(ctx, story_id, story_group_id))
    if story_group_id is not None:
        _story_group(ctx, story_group_id)
        return _ok(ctx.state.stories_of(story_group_id))
    return _ok([ctx.state.stories[key] for key in sorted(ctx.state.stories)])


@VENDOR.operation("createStory")
async def create_story(ctx: Context) -> MockResponse:
    data = _data(ctx)
    story_group_id = data["story_group_id"]
    _story_group(ctx, story_group_id)
    siblings = ctx.state.stories_of(story_group_id)
    if len(siblings) >= MAX_STORIES:
        raise MockError(409, f"A story group contains up to {MAX_STORIES} stories.")
    media = _media(ctx, data, videos=True)
    assert media is not None  # the form schema requires a file or data.media_url
    now = _now(ctx)
    story: Record = {
        "id": ctx.state.next_id("story"),
        "account_id": ACCOUNT_ID,
        "story_group_id": story_group_id,
        "title": data["title"],
        "sort_order": max((s["sort_order"] for s in siblings), default=0) + 1,
        "target_cap": None,
        "button_text": None,
        "outlink": None,
        "deep_link": data.get("deeplink"),
        "settings": data.get("settings", {}),
        "status": STATUS_ACTIVE,
        "studio": None,
        "studio_image": None,
        "views": 0,
        "ts_start": now,
        "ts_end": None,
        "ts_created": now,
        "ts_updated": now,
    }
    story.update({name: data[name] for name in _STORY_FIELDS if name in data})
    _set_media(story, data, media)
    ctx.state.stories[story["id"]] = story
    return _ok(story)


@VENDOR.operation("updateStory")
async def update_story(ctx: Context) -> MockResponse:
    data = _data(ctx)
    story = _story(ctx, data["story_id"], data["story_group_id"])
    story.update({name: data[name] for name in _STORY_FIELDS if name in data})
    if "deeplink" in data:
        story["deep_link"] = data["deeplink"]
    if "settings" in data:
        story["settings"] = data["settings"]
    media = _media(ctx, data, videos=True)
    if media is not None:
        old_media = story["media"]
        _set_media(story, data, media)
        ctx.state.forget_media(old_media)
    elif "settings" in data:
        _set_media(story, data, (story["media"], story["mime_type"]))
    story["ts_updated"] = _now(ctx)
    return _ok(story)


@VENDOR.operation("deleteStory")
async def delete_story(ctx: Context) -> MockResponse:
    story = _story(ctx, ctx.query["story_id"], ctx.query["story_group_id"])
    ctx.state.delete_story(story["id"])
    return _done()


# -- sub users and audiences ---------------------------------------------------------------------------


@VENDOR.operation("readSubUsers")
async def read_sub_users(ctx: Context) -> MockResponse:
    user_identifier = ctx.query.get("user_identifier")
    if user_identifier is None:
        return _ok(list(ctx.state.sub_users.values()))
    sub_user = ctx.state.sub_user_by_identifier(user_identifier)
    if sub_user is None:
        raise not_found(f"Sub user {user_identifier!r} not found.")
    return _ok(sub_user)


@VENDOR.operation("createSubUser")
async def create_sub_user(ctx: Context) -> MockResponse:
    user_identifier = ctx.json_body()["user_identifier"]
    if ctx.state.sub_user_by_identifier(user_identifier) is not None:
        raise MockError(409, f"A sub user with the identifier {user_identifier!r} exists already.")
    sub_user: Record = {"id": ctx.state.new_uuid(), "user_identifier": user_identifier, "audience_id": None}
    ctx.state.sub_users[sub_user["id"]] = sub_user
    return _ok(sub_user)


def _columns(ctx: Context) -> list[str] | None:
    """The columns of the uploaded CSV file (None when no file was sent); 422 for a file that is no CSV."""
    upload = ctx.files.get("file")
    if upload is None:
        return None
    columns = csv_columns(upload.data)
    if columns is None:
        raise field_error("file", "The file field must be a CSV file with a header row.")
    return columns


def _check_identifier(identifier: Any, columns: list[str]) -> None:
    """ "audience_identifier ... is a unique column name from the csv file attached to the audience"."""
    if identifier not in columns:
        raise field_error("audience_identifier", "The audience identifier must be a column of the csv file.")


@VENDOR.operation("createAudience")
async def create_audience(ctx: Context) -> MockResponse:
    data = _data(ctx)
    sub_user = _sub_user(ctx, data["sub_user_id"])
    if sub_user["audience_id"] is not None:
        raise MockError(409, f"Sub user {sub_user['id']} has an audience already; update it instead.")
    columns = _columns(ctx)
    assert columns is not None  # the form schema requires the file
    _check_identifier(data["audience_identifier"], columns)
    audience: Record = {
        "id": ctx.state.next_id("audience"),
        "name": data["name"],
        "audience_identifier": data["audience_identifier"],
    }
    ctx.state.audiences[audience["id"]] = audience
    ctx.state.audience_columns[audience["id"]] = columns
    sub_user["audience_id"] = audience["id"]
    return _ok(audience)


@VENDOR.operation("updateAudience")
async def update_audience(ctx: Context) -> MockResponse:
    data = _data(ctx)
    sub_user = _sub_user(ctx, data["sub_user_id"])
    audience_id = sub_user["audience_id"]
    if audience_id is None:
        raise not_found(f"Sub user {sub_user['id']} has no audience; create it first.")
    audience = ctx.state.audiences[audience_id]
    columns = _columns(ctx) or ctx.state.audience_columns[audience_id]
    _check_identifier(data.get("audience_identifier") or audience["audience_identifier"], columns)
    audience.update({name: data[name] for name in ("name", "audience_identifier") if name in data})
    ctx.state.audience_columns[audience_id] = columns
    return _ok(audience)
