"""JumpStory's business rules for the mock engine.

Users, archive files and folders, and collections are declared resources
(overlays/jumpstory/quirks.yaml, "Mock resources"): listing, reading, updating and deleting them,
ownership by the user of the token (another user's record is not found), the folder a file moves
to (422 unless it is the user's), labels replaced by the new array, deleting a folder with
its files, and JumpStory's own collections (readable by all, changeable by none: 403) are data.
What the docs state beyond that lives here:

- Create user answers the user's first token; Delete user revokes their tokens and deletes their
  archive and own collections; Token issues a token for a known user;
- uploads keep the file's bytes (served back behind signed, 20-minute URLs) and get no labels (the
  real service labels images by AI; the mock cannot);
- archive search and index, collection search and the stock library (`_jumpstory_library`);
- resized, downloaded and optimized images are signed links to the stored bytes or placeholders;
- where the docs' samples contradict their tables, the samples' form is accepted too (issue 14):
  Update file's `labels` as a JSON-encoded string, and collection `resources` ids as numeric or
  comma-joined strings (`["1,2"]`); the spec types the tables' form, which the client sends.

The user of a request with a user JWT is the token's subject: the partner's `user_id` given to
Create user (the `{id}` of the /v1/user/{id} paths).
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any, Final

from generator.mock.context import HelperContext, RequestContext
from generator.mock.errors import MockError, MockSetupError, not_found
from generator.mock.ids import ascii_int
from generator.mock.resources import Step, requester_of
from generator.mock.responses import MockResponse, binary_response, json_response
from generator.mock.store import Record, Store
from generator.mock.uploads import sniff
from generator.mock.vendors import MockVendor, VendorSetup, require_models
from generator.mock.vendors._jumpstory_library import (
    KIND_TO_PLURAL,
    PLURAL_TO_KIND,
    Asset,
    SearchRequest,
    build_library,
    query_words,
    search,
)

URL_LIFETIME_SECONDS: Final = 20 * 60  # "20_MINUTE_EXPIRE_URL"
DEFAULT_RESIZE_WIDTH: Final = 1600  # "Defaults to 1600"
PLACEHOLDER_GIF: Final = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
PLACEHOLDER_MP4: Final = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
# JumpStory's own collections, seeded from the library: (name, tag of the assets in it).
SEEDED_COLLECTIONS: Final = (
    ("Winter", "winter"),
    ("Business", "business"),
    ("Nature", "nature"),
    ("Animals", "animal"),
)
SEEDED_PER_COLLECTION: Final = 12
_MODELS: Final = (
    "DownloadLink",
    "IdSearchResult",
    "KeywordSearchResult",
    "MediaSearchResult",
    "UserToken",
    "Color",
    "Region",
)


class JumpStory:
    """The stock library, the models search answers are built with, and the user-token scheme."""

    def __init__(self, setup: VendorSetup) -> None:
        self.models: Any = require_models(setup, _MODELS)
        colors = [member.value for member in self.models.Color if member.value not in ("all", "greyscale")]
        regions = [member.value for member in self.models.Region]
        self.library = build_library(setup.options.seed, colors, regions)
        self.assets = {asset.id: asset for asset in self.library}
        issued = [
            name
            for name, scheme in setup.spec.auth.issued().items()
            if scheme.issue is not None and scheme.issue.operation_id == "issueUserToken"
        ]
        if len(issued) != 1:
            raise MockSetupError(
                "merged spec", "/x-auth/schemes", "expected one scheme issued by issueUserToken"
            )
        self.user_scheme: str = issued[0]
        seed_collections(setup.store, self.library)

    def dump(self, model: str, data: Any) -> Any:
        """`data` validated by the generated model `model` and dumped as JSON-ready values."""
        return getattr(self.models, model).model_validate(data).model_dump(mode="json", exclude_none=True)


def seed_collections(store: Store, library: tuple[Asset, ...]) -> None:
    """JumpStory's own collections (no owner: every user sees them, nobody changes them)."""
    for name, tag in SEEDED_COLLECTIONS:
        resources: dict[str, list[int]] = {}
        for asset in [asset for asset in library if tag in asset.tags][:SEEDED_PER_COLLECTION]:
            resources.setdefault(KIND_TO_PLURAL[asset.kind], []).append(asset.id)
        store["collections"].add({"name": name, "resources": resources})


VENDOR: MockVendor[JumpStory] = MockVendor("jumpstory", JumpStory, needs_models=True)
Context = RequestContext[JumpStory]


# -- users (admin secret) ----------------------------------------------------------------------------


def _token_response(ctx: Context, user_id: str) -> MockResponse:
    token, lifetime = ctx.tokens.issue(ctx.state.user_scheme, user_id)
    return json_response(ctx.state.dump("UserToken", {"token": token, "expire_seconds": lifetime}))


@VENDOR.operation("createUser")
async def create_user(ctx: Context) -> MockResponse:
    """The user (422 when the user_id is taken), answered with their first token."""
    user = ctx.store["users"].create(ctx.json_body())
    return _token_response(ctx, user["user_id"])


@VENDOR.operation("issueUserToken")
async def issue_user_token(ctx: Context) -> MockResponse:
    return _token_response(ctx, ctx.store["users"].require(ctx.path["id"])["user_id"])


@VENDOR.rule("deleteUser")
def delete_user(ctx: Context, step: Step) -> None:
    """The user's tokens stop working; their archive and own collections go with them."""
    assert step.record is not None
    user_id = step.record["user_id"]
    step.after.append(lambda: ctx.store.purge_owner(user_id))
    step.after.append(lambda: ctx.tokens.revoke(ctx.state.user_scheme, user_id))


# -- archive (user token) ----------------------------------------------------------------------------


def _signed(ctx: Context, path: str) -> str:
    return ctx.links.sign(ctx.base_url, path, URL_LIFETIME_SECONDS)


def _file_body(ctx: Context, record: Record, *, typed: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "file"} if typed else {}
    body.update(
        id=record["id"],
        name=record["name"],
        file=_signed(ctx, f"/_mock/archive/files/{record['id']}"),
        thumbnail=_signed(ctx, f"/_mock/archive/files/{record['id']}/thumbnail"),
        labels=list(record["labels"]),
    )
    return body


@VENDOR.view("archiveFiles")
def archive_file_view(ctx: Context, record: Record) -> Any:
    return _file_body(ctx, record)


def _files_in(ctx: Context, folder_id: int | None) -> list[Record]:
    return [r for r in ctx.store["archiveFiles"].records(requester_of(ctx)) if r["folder_id"] == folder_id]


def _folder_body(ctx: Context, folder: Record, *, typed_files: bool) -> dict[str, Any]:
    files = [_file_body(ctx, record, typed=typed_files) for record in _files_in(ctx, folder["id"])]
    return {"type": "folder", "id": folder["id"], "name": folder["name"], "files": files}


@VENDOR.view("archiveFolders")
def archive_folder_view(ctx: Context, record: Record) -> Any:
    """Get / Update folder list the folder's files without "type" (the index lists them with it)."""
    return _folder_body(ctx, record, typed_files=False)


@VENDOR.rule("uploadArchiveFile")
def upload_archive_file(ctx: Context, step: Step) -> None:
    """The file's name (without a client's directories), bytes and sniffed media type; no labels."""
    upload = ctx.files["file"]
    step.values.update(
        name=upload.filename.replace("\\", "/").rsplit("/", 1)[-1],
        data=upload.data,
        media_type=sniff(upload.data) or "application/octet-stream",
    )


@VENDOR.operation("resizeArchiveFile")
async def resize_archive_file(ctx: Context) -> MockResponse:
    """A signed link to the "resized" image. The mock does not scale images: the link serves the
    original bytes; width (default 1600) and height only appear in the link."""
    record = ctx.store["archiveFiles"].require(ctx.path["file"], requester_of(ctx))
    body = ctx.json_body()
    width = int(body.get("width") or DEFAULT_RESIZE_WIDTH)
    height = int(body.get("height") or 0)
    link = _signed(ctx, f"/_mock/archive/files/{record['id']}/resized/{width}/{height}")
    return json_response(ctx.state.dump("DownloadLink", {"image": link}))


def _matches(record: Record, words: list[str]) -> bool:
    """Every word occurs (case-insensitively) in the name or in one of the labels.

    The name and labels are joined into one string, so a word costs one substring search (in C)
    rather than one per label: a search costs words + labels per file, not words x labels. A word
    holding the separator could match across two labels, and is compared label by label instead.
    """
    texts = [record["name"], *record["labels"]]
    joined = _SEPARATOR.join(texts).lower()
    return all(
        (word in joined) if _SEPARATOR not in word else any(word in text.lower() for text in texts)
        for word in words
    )


_SEPARATOR = "\x00"


@VENDOR.rule("searchArchive", off_loop=True)
def search_archive(ctx: Context, step: Step) -> None:
    """Files whose name or labels contain every query word (case-insensitive), by id. A folder_id
    the user does not have finds nothing."""
    body = ctx.json_body()
    words = query_words(body["query"]) or [body["query"].lower()]
    words = sorted(set(words), key=len, reverse=True)  # each word once; the rarest (longest) first
    folder_id = body.get("folder_id")
    step.records = [
        record
        for record in step.records
        if (folder_id is None or record["folder_id"] == folder_id) and _matches(record, words)
    ]


@VENDOR.operation("getArchiveIndex")
async def get_archive_index(ctx: Context) -> MockResponse:
    """Files outside folders first, then folders with their files (each with `type`), by id."""
    entries: list[dict[str, Any]] = [_file_body(ctx, record) for record in _files_in(ctx, None)]
    folders = ctx.store["archiveFolders"].records(requester_of(ctx))
    entries.extend(_folder_body(ctx, folder, typed_files=True) for folder in folders)
    return json_response(entries)


# -- stock library (user token) ----------------------------------------------------------------------


def _asset_body(ctx: Context, asset: Asset, *, detailed: bool = True) -> dict[str, Any]:
    base = ctx.base_url
    body: dict[str, Any] = {
        "id": asset.id,
        "thumbnail_url": f"{base}/_mock/media/{asset.id}/thumbnail.gif",
        "width": asset.width,
        "height": asset.height,
        "orientation": asset.orientation,
        "type": asset.kind,
    }
    if asset.kind == "video":
        body["small_video"] = f"{base}/_mock/media/{asset.id}/preview.mp4"
    if detailed:
        body.update(file_size=asset.file_size, tags=list(asset.tags))
        if asset.kind == "video":
            body.update(duration=asset.duration, title=asset.title, frame_rate=asset.frame_rate)
        else:
            body.update(file_type=asset.file_type, dpi=asset.dpi)
    return body


def _results(
    ctx: Context, request: SearchRequest, assets: Any, *, detailed: bool = True
) -> tuple[dict[str, Any], Any]:
    outcome = search(assets, request)
    key = "videos" if request.asset_type == "videos" else "images"
    return {key: [_asset_body(ctx, asset, detailed=detailed) for asset in outcome.items]}, outcome


@VENDOR.operation("searchByKeyword")
async def search_by_keyword(ctx: Context) -> MockResponse:
    request = SearchRequest.from_body(ctx.json_body())
    body, outcome = _results(ctx, request, ctx.state.library)
    body.update(total=outcome.totals, related_tags=outcome.related_tags)
    return json_response(ctx.state.dump("KeywordSearchResult", body))


@VENDOR.operation("searchById")
async def search_by_id(ctx: Context) -> MockResponse:
    """The assets of the given type among the comma-separated ids; unknown ids are skipped."""
    request = SearchRequest.from_body({**ctx.json_body(), "query": ""})
    body, outcome = _results(ctx, request, ctx.state.library)
    body["related_tags"] = outcome.related_tags
    return json_response(ctx.state.dump("IdSearchResult", body))


@VENDOR.operation("searchByTextMatch")
async def search_by_text_match(ctx: Context) -> MockResponse:
    request = SearchRequest.from_body(ctx.json_body(), text_field="text")
    body, _ = _results(ctx, request, ctx.state.library)
    return json_response(ctx.state.dump("MediaSearchResult", body))


@VENDOR.operation("downloadMedia")
async def download_media(ctx: Context) -> MockResponse:
    """A signed download link for a library asset of the given type (default "photo")."""
    body = ctx.json_body()
    kind = body.get("type") or "photo"
    asset = ctx.state.assets.get(int(body["id"]))
    if asset is None or asset.kind != kind:
        raise MockError(404, f"No {kind} with id {body['id']}.", {"id": ["The selected id is invalid."]})
    width = int(body.get("width") or DEFAULT_RESIZE_WIDTH)
    link = _signed(ctx, f"/_mock/media/{asset.id}/download/{width}")
    return json_response(ctx.state.dump("DownloadLink", {"image": link}))


@VENDOR.operation("optimizeImage")
async def optimize_image(ctx: Context) -> MockResponse:
    """A signed link to the "optimized" image. The mock fetches nothing: the link serves a placeholder."""
    link = _signed(ctx, "/_mock/tools/optimized")
    return json_response(ctx.state.dump("DownloadLink", {"image": link}))


@VENDOR.also_accepts("updateArchiveFile")
def labels_as_json_text(body: Any) -> Any:
    """Update file's samples send labels as a JSON-encoded string ('"[\\"Shouldnt\\", \\"Be\\", ...]"')
    while its table says array: a string holding a JSON array of strings is read as that array."""
    if isinstance(body, dict) and isinstance(body.get("labels"), str):
        try:
            labels = json.loads(body["labels"])
        except ValueError:
            return body
        if isinstance(labels, list) and all(isinstance(label, str) for label in labels):
            return {**body, "labels": labels}
    return body


# -- collections (user token) ------------------------------------------------------------------------

# "1", "1,2", " 7 , 8 ": ids as the collection samples send them (an id of more digits is no id of ours)
_ID_TEXT: Final = re.compile(r"[ ]*[0-9]{1,18}(?:[ ]*,[ ]*[0-9]{1,18})*[ ]*")


def _ids_of(item: Any) -> list[Any]:
    if isinstance(item, str) and _ID_TEXT.fullmatch(item):
        return [int(part) for part in item.split(",")]
    return [item]


@VENDOR.also_accepts("createCollection")
@VENDOR.also_accepts("updateCollection")
def resources_as_id_strings(body: Any) -> Any:
    """The collection samples send ids as strings of comma-joined ids (`"photos": ["1,2"]`) while
    the table says ids (integers everywhere else): such strings are read as the integers they list."""
    if not isinstance(body, dict) or not isinstance(body.get("resources"), dict):
        return body
    resources = {
        kind: [found for item in items for found in _ids_of(item)] if isinstance(items, list) else items
        for kind, items in body["resources"].items()
    }
    return {**body, "resources": resources}


def _resources(values: dict[str, Any]) -> None:
    """Only the documented asset types of `resources` (unknown keys are dropped, as Laravel would)."""
    given = values.get("resources") or {}
    values["resources"] = {
        name: list(given[name]) for name in PLURAL_TO_KIND if isinstance(given.get(name), list)
    }


@VENDOR.rule("listCollections")
def list_collections(ctx: Context, step: Step) -> None:
    """`show`: "all" (own and JumpStory's), "own" or "jumpstory"."""
    show = ctx.query.get("show", "all")
    collections = step.collection
    step.records = [
        record
        for record in step.records
        if show == "all" or (collections.owner_of(record) is None) == (show == "jumpstory")
    ]


@VENDOR.rule("createCollection")
def create_collection(ctx: Context, step: Step) -> None:
    _resources(step.values)


@VENDOR.rule("updateCollection")
def update_collection(ctx: Context, step: Step) -> None:
    """Resources, when given, replace the previous ones."""
    if "resources" in step.values:
        _resources(step.values)


def _asset_ids(record: Record) -> set[int]:
    return {value for values in record["resources"].values() for value in values}


@VENDOR.operation("searchCollection")
async def search_collection(ctx: Context) -> MockResponse:
    """The keyword search restricted to the collection's assets (fields of the collection example)."""
    record = ctx.store["collections"].require(ctx.path["collection"], requester_of(ctx))
    assets = [ctx.state.assets[found] for found in _asset_ids(record) if found in ctx.state.assets]
    request = SearchRequest.from_body(ctx.json_body())
    body, _ = _results(ctx, request, sorted(assets, key=lambda asset: asset.id), detailed=False)
    return json_response(ctx.state.dump("MediaSearchResult", body))


# -- helper routes (undocumented): what the links above point at -------------------------------------


def _archive_bytes(ctx: HelperContext[JumpStory]) -> MockResponse:
    if not ctx.signature_valid():
        raise MockError(403, "Invalid signature.")
    file_id = ascii_int(ctx.path["file_id"])
    record = ctx.store["archiveFiles"].get(file_id, everyone=True) if file_id is not None else None
    if record is None:
        raise not_found("No query results for model [File].")
    return binary_response(record["data"], record["media_type"])


@VENDOR.helper("GET", "/_mock/archive/files/{file_id}")
async def archive_file_bytes(ctx: HelperContext[JumpStory]) -> MockResponse:
    return _archive_bytes(ctx)


@VENDOR.helper("GET", "/_mock/archive/files/{file_id}/thumbnail")
async def archive_thumbnail_bytes(ctx: HelperContext[JumpStory]) -> MockResponse:
    return _archive_bytes(ctx)


@VENDOR.helper("GET", "/_mock/archive/files/{file_id}/resized/{width}/{height}")
async def archive_resized_bytes(ctx: HelperContext[JumpStory]) -> MockResponse:
    return _archive_bytes(ctx)


def _placeholder(ctx: HelperContext[JumpStory], *, signed: bool) -> MockResponse:
    if signed and not ctx.signature_valid():
        raise MockError(403, "Invalid signature.")
    raw_asset_id = ctx.path.get("asset_id", "")
    asset_id = ascii_int(raw_asset_id)
    if raw_asset_id and (asset_id is None or asset_id not in ctx.state.assets):
        raise not_found("No such media.")
    if (
        asset_id is not None
        and ctx.state.assets[asset_id].kind == "video"
        and ctx.request.scope["path"].endswith(".mp4")
    ):
        return binary_response(PLACEHOLDER_MP4, "video/mp4")
    return binary_response(PLACEHOLDER_GIF, "image/gif")


@VENDOR.helper("GET", "/_mock/media/{asset_id}/thumbnail.gif")
async def media_thumbnail(ctx: HelperContext[JumpStory]) -> MockResponse:
    return _placeholder(ctx, signed=False)


@VENDOR.helper("GET", "/_mock/media/{asset_id}/preview.mp4")
async def media_preview(ctx: HelperContext[JumpStory]) -> MockResponse:
    return _placeholder(ctx, signed=False)


@VENDOR.helper("GET", "/_mock/media/{asset_id}/download/{width}")
async def media_download(ctx: HelperContext[JumpStory]) -> MockResponse:
    return _placeholder(ctx, signed=True)


@VENDOR.helper("GET", "/_mock/tools/optimized")
async def optimized_image(ctx: HelperContext[JumpStory]) -> MockResponse:
    return _placeholder(ctx, signed=True)
