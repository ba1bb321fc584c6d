"""Storyly's business rules for the mock engine.

Apps, instances, segments, story groups, stories and sub users are declared resources
(overlays/storyly/quirks.yaml, "Mock resources"): listing, reading, creating, updating and deleting
them, the `{"status": "ok", "message": "success", "data": ...}` envelope, the system-filled fields,
unique labels and identifiers (409), references (404) and permanent deletes that take a story
group's stories with it are data. What the docs state beyond that lives here:

- uploaded icons and story media (the `file` part, else `data.media_url`), served back from
  `/_mock/media/{key}`; a story's `type` and `mime_type` follow its media;
- a new story group goes to its app's first instance and last in its order; `ts_start` defaults
  to now; labels its segments name become segments of the account (`is_used`);
- "A story group contains up to 100 stories" (409 beyond);
- an "audience" story group given a sub user needs that sub user's audience ("sub_user_id can be
  given", so it is optional); audiences come from a CSV file whose
  header row holds the `audience_identifier` column (one audience per sub user).

Undocumented helper routes (no token, like the vendor's public media URLs):
- `GET /_mock/media/{key}`: the bytes of an uploaded icon or story media;
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
from generator.mock.resources import Step, enveloped
from generator.mock.responses import MockResponse, binary_response, json_response
from generator.mock.store import Record
from generator.mock.uploads import sniff
from generator.mock.vendors import MockVendor, VendorSetup
from generator.mock.vendors._storyly_state import (
    MAX_STORIES,
    MediaStore,
    csv_columns,
    labels_in_use,
    register_labels,
    seed_apps,
    timestamp,
    visible_story_groups,
)

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


class Storyly:
    """The uploaded media and audience CSV columns; the apps and instances are seeded per seed."""

    def __init__(self, setup: VendorSetup) -> None:
        seed_apps(setup.store, setup.options.seed)
        self.media = MediaStore()
        self.audience_columns: dict[int, list[str]] = {}  # audience id -> the CSV's header row


VENDOR: MockVendor[Storyly] = MockVendor("storyly", Storyly)
Context = RequestContext[Storyly]


def _data(ctx: Context) -> dict[str, Any]:
    """The decoded `data` part of a multipart body (the engine validated it against its schema)."""
    body = ctx.body if isinstance(ctx.body, dict) else {}
    data = body.get("data")
    return data if isinstance(data, dict) else {}


def _sweep(ctx: Context, step: Step) -> None:
    step.after.append(lambda: ctx.state.media.sweep(ctx.store))


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


def _media(ctx: Context, *, videos: bool) -> tuple[str, str] | None:
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
        key = ctx.state.media.keep(upload.data, media_type, extension)
        return f"{ctx.base_url}/_mock/media/{key}", media_type
    media_url = _data(ctx).get("media_url")
    if isinstance(media_url, str):
        return media_url, _url_media_type(media_url)
    return None


@VENDOR.helper("GET", "/_mock/media/{key}")
async def media_file(ctx: HelperContext[Storyly]) -> MockResponse:
    stored = ctx.state.media.files.get(ctx.path["key"])
    if stored is None:
        raise not_found("No such media.")
    return binary_response(stored.data, stored.media_type)


@VENDOR.helper("GET", "/_mock/story-groups/visible")
async def visible(ctx: HelperContext[Storyly]) -> MockResponse:
    query = ctx.request.query_params
    groups = visible_story_groups(
        ctx.store, query.getlist("label"), query.get("sub_user_id") or None, timestamp(ctx.now())
    )
    return json_response({"story_group_ids": [group["id"] for group in groups]})


# -- segments ----------------------------------------------------------------------------------------


@VENDOR.view("segments")
def segment_view(ctx: Context, record: Record) -> Any:
    return {**record, "is_used": record["label"] in labels_in_use(ctx.store)}


# -- story groups ------------------------------------------------------------------------------------


def _place_in_app(ctx: Context, values: dict[str, Any], group_id: int | None) -> None:
    """Attach a story group to an app: the app's first instance, after its other story groups."""
    app_id = values["app_id"]
    instances = [i["id"] for i in ctx.store["instances"].records() if i["app_id"] == app_id]
    if not instances:
        return  # no such app: the store refuses the reference (404)
    values["instance_id"] = min(instances)
    others = [
        g["sort_order"]
        for g in ctx.store["storyGroups"].records()
        if g["app_id"] == app_id and g["id"] != group_id
    ]
    values.setdefault("sort_order", max(others, default=0) + 1)


@VENDOR.rule("createStoryGroup")
def create_story_group(ctx: Context, step: Step) -> None:
    values = step.values
    values.setdefault("type", "default")  # "By default all story groups are in type "default"."
    if values["type"] == "audience" and values.get("sub_user_id") is not None:
        # "first, the audience should be created for the user"; "sub_user_id can be given" (optional)
        sub_user = ctx.store["subUsers"].get(values["sub_user_id"])
        if sub_user is None or sub_user["audience_id"] is None:
            raise not_found(f"Sub user {values.get('sub_user_id')} has no audience; create it first.")
        values["settings"] = {"audience_id": sub_user["audience_id"], "audience_mapping": []}
    media = _media(ctx, videos=False)
    assert media is not None  # the form schema requires a file or data.media_url
    values["icon"] = media[0]
    values.setdefault("ts_start", timestamp(ctx.now()))
    _place_in_app(ctx, values, None)
    step.after.append(lambda: register_labels(ctx.store, values.get("segments")))


@VENDOR.rule("updateStoryGroup")
def update_story_group(ctx: Context, step: Step) -> None:
    assert step.record is not None
    values = step.values
    if "app_id" in values and values["app_id"] != step.record["app_id"]:
        _place_in_app(ctx, values, step.record["id"])
    media = _media(ctx, videos=False)
    if media is not None:
        values["icon"] = media[0]
    _sweep(ctx, step)
    step.after.append(lambda: register_labels(ctx.store, step.record["segments"] if step.record else None))


@VENDOR.rule("deleteStoryGroup")
def delete_story_group(ctx: Context, step: Step) -> None:
    _sweep(ctx, step)


# -- stories -----------------------------------------------------------------------------------------


def _set_media(values: dict[str, Any], settings: Any, media: tuple[str, str]) -> None:
    """The media fields and the type the system derives from them (a template when one is set)."""
    values["media"] = values["media_raw"] = media[0]
    values["mime_type"] = media[1]
    if isinstance(settings, dict) and "template_id" in settings:
        values["type"] = STORY_TEMPLATE
    else:
        values["type"] = STORY_VIDEO if media[1].startswith("video/") else STORY_IMAGE


@VENDOR.rule("createStory")
def create_story(ctx: Context, step: Step) -> None:
    values = step.values
    siblings = [s for s in ctx.store["stories"].records() if s["story_group_id"] == values["story_group_id"]]
    if len(siblings) >= MAX_STORIES:
        raise MockError(409, f"A story group contains up to {MAX_STORIES} stories.")
    media = _media(ctx, videos=True)
    assert media is not None  # the form schema requires a file or data.media_url
    values.setdefault("sort_order", max((s["sort_order"] for s in siblings), default=0) + 1)
    values.setdefault("ts_start", timestamp(ctx.now()))
    _set_media(values, values.get("settings"), media)


@VENDOR.rule("updateStory")
def update_story(ctx: Context, step: Step) -> None:
    assert step.record is not None
    values = step.values
    values.pop("type", None)  # "filled by system": follows the media
    media = _media(ctx, videos=True)
    if media is None and "settings" in values:
        media = (step.record["media"], step.record["mime_type"])
    if media is not None:
        _set_media(values, values.get("settings", step.record.get("settings")), media)
    _sweep(ctx, step)


@VENDOR.rule("deleteStory")
def delete_story(ctx: Context, step: Step) -> None:
    _sweep(ctx, step)


# -- audiences ---------------------------------------------------------------------------------------


def _sub_user(ctx: Context, sub_user_id: str) -> Record:
    return ctx.store["subUsers"].require(sub_user_id)


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
    audiences = ctx.store["audiences"]
    audience = audiences.create({"name": data["name"], "audience_identifier": data["audience_identifier"]})
    ctx.state.audience_columns[audience["id"]] = columns
    sub_user["audience_id"] = audience["id"]
    return json_response(enveloped(audiences, audience))


@VENDOR.operation("updateAudience")
async def update_audience(ctx: Context) -> MockResponse:
    data = _data(ctx)
    sub_user = _sub_user(ctx, data["sub_user_id"])
    audience_id = sub_user["audience_id"]
    if audience_id is None:
        raise not_found(f"Sub user {sub_user['id']} has no audience; create it first.")
    audiences = ctx.store["audiences"]
    audience = audiences.require(audience_id)
    columns = _columns(ctx) or ctx.state.audience_columns[audience_id]
    _check_identifier(data.get("audience_identifier") or audience["audience_identifier"], columns)
    audiences.update(audience, {name: data[name] for name in ("name", "audience_identifier") if name in data})
    ctx.state.audience_columns[audience_id] = columns
    return json_response(enveloped(audiences, audience))
