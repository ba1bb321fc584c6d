"""JumpStory's business rules for the mock engine (one handler per operationId of the spec).

The engine has already authenticated the request (admin key on /v1/user*, a user JWT elsewhere),
throttled it, and validated path, query and body against the spec, including the `x-upload` rules
of Archive > Upload (jpeg/jpg/png/gif by extension and content, 2 MB) and the JSON-encoded
`labels` of Archive > Update file. Handlers therefore deal with state only: who owns what, what
exists, what a search finds. Responses are built through the generated pydantic models, so a
handler cannot drift from the response schemas unnoticed.

The user of a request with a user JWT is the token's subject: the partner's `user_id` given to
Create user (the `{id}` of the /v1/user/{id} paths). Records of other users answer 404. See
`_jumpstory_state` for the choices made where the docs are silent, and `_jumpstory_library` for
the stock library and its search.

Undocumented helper routes serve what the URLs in responses point at: the uploaded bytes behind
the signed, 20-minute `file` / `thumbnail` / resize URLs, and placeholder images for stock media.
"""

from __future__ import annotations

import base64
import time
from typing import Any, Final

from generator.mock.context import HelperContext, RequestContext
from generator.mock.errors import MockError, MockSetupError, field_error, forbidden, not_found
from generator.mock.responses import MockResponse, binary_response, json_response
from generator.mock.uploads import sniff
from generator.mock.vendors import MockVendor, VendorSetup, require_models
from generator.mock.vendors._jumpstory_library import (
    PLURAL_TO_KIND,
    Asset,
    SearchRequest,
    build_library,
    search,
)
from generator.mock.vendors._jumpstory_state import CollectionRecord, FileRecord, FolderRecord, JumpStoryState

URL_LIFETIME_SECONDS: Final = 20 * 60  # "20_MINUTE_EXPIRE_URL"
DEFAULT_RESIZE_WIDTH: Final = 1600  # "Defaults to 1600"
ARCHIVE_PAGE_SIZE: Final = 50  # "results_page ... Defaults to 50."
PLACEHOLDER_GIF: Final = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
PLACEHOLDER_MP4: Final = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
_MODELS: Final = (
    "ArchiveFile",
    "ArchiveFolder",
    "ArchiveIndex",
    "Collection",
    "DeleteStatus",
    "DownloadLink",
    "IdSearchResult",
    "KeywordSearchResult",
    "MediaSearchResult",
    "User",
    "UserDeleted",
    "UserToken",
    "Color",
    "Region",
)


class JumpStory(JumpStoryState):
    """The state plus what handlers need from the spec: models and the user-token scheme."""

    def __init__(self, setup: VendorSetup) -> None:
        self.models: Any = require_models(setup, _MODELS)
        colors = [member.value for member in self.models.Color if member.value not in ("all", "greyscale")]
        regions = [member.value for member in self.models.Region]
        super().__init__(build_library(setup.options.seed, colors, regions))
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

    def dump(self, model: str, data: Any) -> Any:
        """`data` validated by the generated model `model` and dumped as JSON-ready values."""
        return getattr(self.models, model).model_validate(data).model_dump(mode="json", exclude_none=True)


VENDOR: MockVendor[JumpStory] = MockVendor("jumpstory", JumpStory, needs_models=True)
Context = RequestContext[JumpStory]


def _timestamp(seconds: float) -> str:
    """Laravel's `Y-m-d H:i:s` (UTC)."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(seconds))


# -- users (admin secret) ----------------------------------------------------------------------------


def _user_body(ctx: Context, user_id: str) -> dict[str, Any]:
    user = ctx.state.users[user_id]
    return {"id": user.id, "metadata": user.metadata, "created_at": _timestamp(user.created_at)}


def _token_response(ctx: Context, user_id: str) -> MockResponse:
    token, lifetime = ctx.tokens.issue(ctx.state.user_scheme, user_id)
    return json_response(ctx.state.dump("UserToken", {"token": token, "expire_seconds": lifetime}))


def _known_user(ctx: Context) -> str:
    user_id: str = ctx.path["id"]
    if user_id not in ctx.state.users:
        raise not_found(f"No user with user_id {user_id!r}.")
    return user_id


@VENDOR.operation("listUsers")
async def list_users(ctx: Context) -> MockResponse:
    users = sorted(ctx.state.users.values(), key=lambda user: user.id)
    return json_response([ctx.state.dump("User", _user_body(ctx, user.user_id)) for user in users])


@VENDOR.operation("createUser")
async def create_user(ctx: Context) -> MockResponse:
    body = ctx.json_body()
    user = ctx.state.add_user(body["user_id"], dict(body.get("metadata") or {}), ctx.now())
    if user is None:
        raise field_error("user_id", "The user id has already been taken.")
    return _token_response(ctx, user.user_id)


@VENDOR.operation("updateUser")
async def update_user(ctx: Context) -> MockResponse:
    user_id = _known_user(ctx)
    body = ctx.json_body()
    if "metadata" in body:
        ctx.state.users[user_id].metadata = dict(body["metadata"])
    return json_response(ctx.state.dump("User", _user_body(ctx, user_id)))


@VENDOR.operation("deleteUser")
async def delete_user(ctx: Context) -> MockResponse:
    user_id = _known_user(ctx)
    ctx.state.remove_user(user_id)
    ctx.tokens.revoke(ctx.state.user_scheme, user_id)
    return json_response(ctx.state.dump("UserDeleted", {"deleted": True}))


@VENDOR.operation("issueUserToken")
async def issue_user_token(ctx: Context) -> MockResponse:
    return _token_response(ctx, _known_user(ctx))


# -- archive (user token) ----------------------------------------------------------------------------


def _signed(ctx: Context, path: str) -> str:
    return ctx.links.sign(ctx.base_url, path, URL_LIFETIME_SECONDS)


def _file_body(ctx: Context, record: FileRecord, *, typed: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "file"} if typed else {}
    body.update(
        id=record.id,
        name=record.name,
        file=_signed(ctx, f"/_mock/archive/files/{record.id}"),
        thumbnail=_signed(ctx, f"/_mock/archive/files/{record.id}/thumbnail"),
        labels=list(record.labels),
    )
    return body


def _folder_body(ctx: Context, folder: FolderRecord, *, typed_files: bool) -> dict[str, Any]:
    files = ctx.state.files_in(folder.owner, folder.id)
    return {
        "type": "folder",
        "id": folder.id,
        "name": folder.name,
        "files": [_file_body(ctx, record, typed=typed_files) for record in files],
    }


def _own_file(ctx: Context) -> FileRecord:
    record = ctx.state.file_of(ctx.subject, ctx.path["file"])
    if record is None:
        raise not_found("No query results for model [File].")
    return record


def _own_folder(ctx: Context) -> FolderRecord:
    folder = ctx.state.folder_of(ctx.subject, ctx.path["folder"])
    if folder is None:
        raise not_found("No query results for model [Folder].")
    return folder


@VENDOR.operation("uploadArchiveFile")
async def upload_archive_file(ctx: Context) -> MockResponse:
    upload = ctx.files["file"]
    name = upload.filename.replace("\\", "/").rsplit("/", 1)[-1]
    media_type = sniff(upload.data) or "application/octet-stream"
    record = ctx.state.add_file(ctx.subject, name, upload.data, media_type)
    return json_response(ctx.state.dump("ArchiveFile", _file_body(ctx, record)))


@VENDOR.operation("getArchiveFile")
async def get_archive_file(ctx: Context) -> MockResponse:
    return json_response(ctx.state.dump("ArchiveFile", _file_body(ctx, _own_file(ctx))))


@VENDOR.operation("updateArchiveFile")
async def update_archive_file(ctx: Context) -> MockResponse:
    """original_name renames, folder_id moves (the folder must be the user's: 422 otherwise), and
    labels (a JSON-encoded array on the wire, decoded by the engine) replace the stored labels."""
    record = _own_file(ctx)
    body = ctx.json_body()
    folder_id = body.get("folder_id")
    if folder_id is not None and ctx.state.folder_of(ctx.subject, int(folder_id)) is None:
        raise field_error("folder_id", "The selected folder id is invalid.")
    if "original_name" in body:
        record.name = body["original_name"]
    if folder_id is not None:
        record.folder_id = int(folder_id)
    if "labels" in ctx.decoded:
        record.labels = list(ctx.decoded["labels"])
    return json_response(ctx.state.dump("ArchiveFile", _file_body(ctx, record)))


@VENDOR.operation("deleteArchiveFile")
async def delete_archive_file(ctx: Context) -> MockResponse:
    record = _own_file(ctx)
    del ctx.state.files[record.id]
    return json_response(ctx.state.dump("DeleteStatus", {"status": "deleted"}))


@VENDOR.operation("resizeArchiveFile")
async def resize_archive_file(ctx: Context) -> MockResponse:
    """A signed link to the "resized" image. The mock does not scale images: the link serves the
    original bytes; width (default 1600) and height only appear in the link."""
    record = _own_file(ctx)
    body = ctx.json_body()
    width = int(body.get("width") or DEFAULT_RESIZE_WIDTH)
    height = int(body.get("height") or 0)
    link = _signed(ctx, f"/_mock/archive/files/{record.id}/resized/{width}/{height}")
    return json_response(ctx.state.dump("DownloadLink", {"image": link}))


@VENDOR.operation("createArchiveFolder")
async def create_archive_folder(ctx: Context) -> MockResponse:
    folder = ctx.state.add_folder(ctx.subject, ctx.json_body()["name"])
    return json_response(ctx.state.dump("ArchiveFolder", _folder_body(ctx, folder, typed_files=False)))


@VENDOR.operation("getArchiveFolder")
async def get_archive_folder(ctx: Context) -> MockResponse:
    return json_response(
        ctx.state.dump("ArchiveFolder", _folder_body(ctx, _own_folder(ctx), typed_files=False))
    )


@VENDOR.operation("updateArchiveFolder")
async def update_archive_folder(ctx: Context) -> MockResponse:
    folder = _own_folder(ctx)
    body = ctx.json_body()
    if "name" in body:
        folder.name = body["name"]
    return json_response(ctx.state.dump("ArchiveFolder", _folder_body(ctx, folder, typed_files=False)))


@VENDOR.operation("deleteArchiveFolder")
async def delete_archive_folder(ctx: Context) -> MockResponse:
    """Deletes the folder *and the files in it* (see `_jumpstory_state`)."""
    folder = _own_folder(ctx)
    ctx.state.remove_folder(ctx.subject, folder.id)
    return json_response(ctx.state.dump("DeleteStatus", {"status": "deleted"}))


@VENDOR.operation("searchArchive")
async def search_archive(ctx: Context) -> MockResponse:
    """Files whose name or labels contain every query word (case-insensitive), by id, paged.
    A folder_id the user does not have finds nothing."""
    body = ctx.json_body()
    folder_id = body.get("folder_id")
    page = int(body.get("page") or 1)
    size = int(body.get("results_page") or ARCHIVE_PAGE_SIZE)
    found = sorted(
        ctx.state.search_files(ctx.subject, body["query"], int(folder_id) if folder_id is not None else None),
        key=lambda record: record.id,
    )
    start = (page - 1) * size
    return json_response(
        [ctx.state.dump("ArchiveFile", _file_body(ctx, record)) for record in found[start : start + size]]
    )


@VENDOR.operation("getArchiveIndex")
async def get_archive_index(ctx: Context) -> MockResponse:
    """Files outside folders first, then folders with their files (each with `type`), by id."""
    user = ctx.subject
    entries: list[dict[str, Any]] = [_file_body(ctx, record) for record in ctx.state.files_in(user, None)]
    entries.extend(_folder_body(ctx, folder, typed_files=True) for folder in ctx.state.folders_of(user))
    return json_response(ctx.state.dump("ArchiveIndex", entries))


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


# -- collections (user token) ------------------------------------------------------------------------


def _collection_body(record: CollectionRecord) -> dict[str, Any]:
    return {"id": record.id, "name": record.name, "resources": record.resources}


def _visible_collection(ctx: Context) -> CollectionRecord:
    record = ctx.state.collection_for(ctx.subject, ctx.path["collection"])
    if record is None:
        raise not_found("No query results for model [Collection].")
    return record


def _own_collection(ctx: Context) -> CollectionRecord:
    """A collection the user may change; JumpStory's own are refused with 403 (404 if undeclared)."""
    record = _visible_collection(ctx)
    if record.owner is None:
        raise forbidden("JumpStory collections cannot be changed.")
    return record


def _resources(body: dict[str, Any]) -> dict[str, list[str]]:
    """The documented asset types of `resources` (unknown keys are dropped, as Laravel would)."""
    given = body.get("resources") or {}
    return {
        name: [str(item) for item in given[name]]
        for name in PLURAL_TO_KIND
        if isinstance(given.get(name), list)
    }


@VENDOR.operation("listCollections")
async def list_collections(ctx: Context) -> MockResponse:
    records = ctx.state.visible_collections(ctx.subject, ctx.query.get("show", "all"))
    return json_response([ctx.state.dump("Collection", _collection_body(record)) for record in records])


@VENDOR.operation("getCollection")
async def get_collection(ctx: Context) -> MockResponse:
    return json_response(ctx.state.dump("Collection", _collection_body(_visible_collection(ctx))))


@VENDOR.operation("createCollection")
async def create_collection(ctx: Context) -> MockResponse:
    body = ctx.json_body()
    record = ctx.state.add_collection(ctx.subject, body["name"], _resources(body))
    return json_response(ctx.state.dump("Collection", _collection_body(record)))


@VENDOR.operation("updateCollection")
async def update_collection(ctx: Context) -> MockResponse:
    """Name is required; resources, when given, replace the previous ones."""
    record = _own_collection(ctx)
    body = ctx.json_body()
    record.name = body["name"]
    if "resources" in body:
        record.resources = _resources(body)
    return json_response(ctx.state.dump("Collection", _collection_body(record)))


@VENDOR.operation("deleteCollection")
async def delete_collection(ctx: Context) -> MockResponse:
    record = _own_collection(ctx)
    del ctx.state.collections[record.id]
    return json_response(ctx.state.dump("DeleteStatus", {"status": "deleted"}))


@VENDOR.operation("searchCollection")
async def search_collection(ctx: Context) -> MockResponse:
    """The keyword search restricted to the collection's assets (fields of the collection example)."""
    record = _visible_collection(ctx)
    assets = [ctx.state.assets[found] for found in record.asset_ids() if found in ctx.state.assets]
    request = SearchRequest.from_body(ctx.json_body())
    body, _ = _results(ctx, request, sorted(assets, key=lambda asset: asset.id), detailed=False)
    return json_response(ctx.state.dump("MediaSearchResult", body))


# -- helper routes (undocumented): what the links above point at -------------------------------------


def _archive_bytes(ctx: HelperContext[JumpStory]) -> MockResponse:
    if not ctx.signature_valid():
        raise MockError(403, "Invalid signature.")
    file_id = ctx.path["file_id"]
    record = ctx.state.files.get(int(file_id)) if file_id.isdigit() else None
    if record is None:
        raise not_found("No query results for model [File].")
    return binary_response(record.data, record.media_type)


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
    asset_id = ctx.path.get("asset_id", "")
    if asset_id and (not asset_id.isdigit() or int(asset_id) not in ctx.state.assets):
        raise not_found("No such media.")
    if (
        asset_id
        and ctx.state.assets[int(asset_id)].kind == "video"
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
