"""Mediagraph's business rules for the mock engine.

Assets, data versions, collections, lightboxes, storage folders, tags, taxonomies, taxonomy tags,
memberships, organizations and upload sessions are declared resources
(overlays/mediagraph/quirks.yaml): index, details, create, update and delete, the resource-key
bodies (`{"collection": {...}}`), deletes answering `{}`, taxonomy tags inside their taxonomy and
cascading deletes are data. What the docs state beyond that lives here:

- trees: "All children of the Parent folder specified by parent_id (or blank for root level)";
  every folder-like record answers has_children, ancestor_ids, path_names and slug;
- Search Assets (GET and POST) with its filters acting on the stored assets, paged by page and
  per_page with Total-Entries (`_mediagraph_search.search_assets`); "ID can also be the Asset GUID";
  `sync=true` sets last_external_sync_at, which Asset IDs Updated Since Last Sync reads;
- downloads honouring `Range: bytes=<start>-<end>` (206, Accept-Ranges: bytes, Content-Range; 416
  past the end), bulk downloads by a token "used within the next 5 minutes" (a ZIP archive);
- the upload flow served by the mock itself: upload session -> Prepare Asset Upload answers a
  `signed_upload_url` on this mock (valid 1 hour) -> PUT of the bytes there -> set_uploaded ->
  set_done; Add Asset Version uses the same signed URL for a new data version;
- optimization requests, reverting to a data version, collective work, adding assets to
  collections and lightboxes, Who Am I and Can I Upload?.

Undocumented helper route: `PUT /_mock/uploads/{guid}?expires=&signature=` (S3's role: a signed
URL needs no credentials; a wrong or expired signature is 403).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any, Final

from generator.mock.context import HelperContext, RequestContext
from generator.mock.errors import conflict, field_error, forbidden, not_found
from generator.mock.ids import ascii_int
from generator.mock.paging import Pager
from generator.mock.resources import Step, default_view
from generator.mock.responses import MockResponse, binary_response, json_response
from generator.mock.store import Collection, Record
from generator.mock.vendors import MockVendor, VendorSetup
from generator.mock.vendors._mediagraph_search import search_assets
from generator.mock.vendors._mediagraph_state import (
    DEMO_USER,
    DOWNLOAD_TOKEN_SECONDS,
    SIGNED_UPLOAD_SECONDS,
    DownloadToken,
    MediagraphState,
    PendingUpload,
    ancestors,
    byte_range,
    file_record_fields,
    iso,
    parse_time,
    slug,
    type_fields,
    zip_of,
)
from generator.model import Operation

_SEED_FILES: Final = (
    ("sunset-beach.jpg", "Sunset over the beach", ["sunset", "beach"], 5),
    ("city-night.jpg", "The city at night", ["city", "night"], 3),
    ("product-demo.mov", "Product demo video", ["product"], None),
)


def _create_state(setup: VendorSetup) -> MediagraphState:
    """The demo organization's content: a storage folder, a collection tree, a lightbox, tags, a
    taxonomy with a two-level tree and three processed assets with bytes (so a fresh mock can be
    searched and downloaded)."""
    state = MediagraphState()
    store = setup.store
    folder = store["storageFolders"].add(
        {"name": "Default Storage", "contribution_id": 1, "enable_contribution": True}
    )
    campaigns = store["collections"].add({"name": "Campaigns", "organizer": True})
    store["collections"].add({"name": "Spring", "parent_id": campaigns["id"]})
    store["lightboxes"].add({"name": "My First Lightbox", "sub_type": "home", "user": _user_summary()})
    taxonomy = store["taxonomies"].add({"name": "Main Taxonomy", "organization_id": 1, "user_id": 1})
    subjects = store["taxonomyTags"].add(
        {"name": "Subjects", "taxonomy_id": taxonomy["id"], "organization_id": 1}
    )
    store["taxonomyTags"].add(
        {"name": "Nature", "taxonomy_id": taxonomy["id"], "parent_id": subjects["id"], "organization_id": 1}
    )
    for name in ("sunset", "beach", "city", "night", "product"):
        store["tags"].add({"name": name, "user_id": 1})
    for number, (filename, description, tags, rating) in enumerate(_SEED_FILES, start=1):
        data = f"{filename}: demo bytes of seeded asset {number}\n".encode() * (64 * number)
        asset = store["assets"].add(
            {
                "filename": filename,
                "description": description,
                "tags": tags,
                "rating": rating,
                "storage_folder_id": folder["id"],
                "user_id": 1,
                "upload_id": None,
                **type_fields(filename),
                **file_record_fields(data),
            }
        )
        state.files[(asset["id"], 1)] = data
        _add_version(store["assetDataVersions"], asset, 1, data)
    return state


VENDOR: MockVendor[MediagraphState] = MockVendor("mediagraph", _create_state)
Context = RequestContext[MediagraphState]


def _user_summary() -> dict[str, Any]:
    return {name: DEMO_USER[name] for name in ("id", "first_name", "last_name", "name", "email", "initials")}


def _add_version(versions: Collection, asset: Record, number: int, data: bytes | None) -> Record:
    return versions.add(
        {
            "asset_id": asset["id"],
            "user_id": asset.get("user_id"),
            "number": number,
            "filename": asset["filename"],
            "ext": asset.get("ext"),
            "type": asset.get("type"),
            "mime_type": asset.get("mime_type"),
            "is_head": data is not None,  # a version becomes the head once its bytes are in
            "is_version": number > 1,
            "aasm_state": "processed" if data is not None else "pending",
            "storage_folder_path": asset.get("storage_folder_path"),
            "renditions": [],
            **(file_record_fields(data) if data is not None else {"file_size": None, "md5": None}),
        }
    )


# -- views: trees ------------------------------------------------------------------------------------


def _tree_view(ctx: Context, collection: Collection, record: Record) -> dict[str, Any]:
    everyone = {item["id"]: item for item in collection.records(everyone=True)}
    chain = ancestors(everyone, record)
    answer: dict[str, Any] = dict(default_view(collection, record))
    answer.update(
        has_children=any(item.get("parent_id") == record["id"] for item in everyone.values()),
        ancestor_ids=[item["id"] for item in chain],
        path_names=[*(item["name"] for item in chain), record["name"]],
    )
    if "slug" in collection.properties:
        answer["slug"] = slug(record["name"])
    if "asset_group_id" in collection.properties:
        answer["asset_group_id"] = record["id"]
    return answer


def _group_view(resource: str, ids_field: str | None) -> Any:
    def view(ctx: Context, record: Record) -> dict[str, Any]:
        answer = _tree_view(ctx, ctx.store[resource], record)
        if ids_field is not None:
            answer["visible_assets_count"] = sum(
                1
                for asset in ctx.store["assets"].records(everyone=True)
                if record["id"] in (asset.get(ids_field) or [])
            )
        return answer

    return view


VENDOR.view("collections")(_group_view("collections", "collection_ids"))
VENDOR.view("lightboxes")(_group_view("lightboxes", "lightbox_ids"))


@VENDOR.view("storageFolders")
def _storage_folder_view(ctx: Context, record: Record) -> dict[str, Any]:
    answer = _tree_view(ctx, ctx.store["storageFolders"], record)
    inside = [
        asset
        for asset in ctx.store["assets"].records(everyone=True)
        if asset.get("storage_folder_id") == record["id"]
    ]
    answer["visible_assets_count"] = len(inside)
    answer["total_file_size"] = sum(asset.get("file_size") or 0 for asset in inside)
    return answer


@VENDOR.view("taxonomyTags")
def _taxonomy_tag_view(ctx: Context, record: Record) -> dict[str, Any]:
    return _tree_view(ctx, ctx.store["taxonomyTags"], record)


@VENDOR.view("tags")
def _tag_view(ctx: Context, record: Record) -> dict[str, Any]:
    answer: dict[str, Any] = dict(default_view(ctx.store["tags"], record))
    answer["tag_id"] = record["id"]
    answer["visible_assets_count"] = sum(
        1
        for asset in ctx.store["assets"].records(everyone=True)
        if record["name"] in (asset.get("tags") or [])
    )
    return answer


@VENDOR.view("taxonomies")
def _taxonomy_view(ctx: Context, record: Record) -> dict[str, Any]:
    answer: dict[str, Any] = dict(default_view(ctx.store["taxonomies"], record))
    roots = [
        _taxonomy_tag_view(ctx, tag)
        for tag in ctx.store["taxonomyTags"].records(everyone=True)
        if tag.get("taxonomy_id") == record["id"] and tag.get("parent_id") is None
    ]
    answer["taxonomy_tag_roots"] = roots
    return answer


# -- rules of bound operations ------------------------------------------------------------------------


def _roots_unless_parent(ctx: Context, step: Step) -> None:
    """Trees: blank parent_id is the root level (the generic filter would keep every record)."""
    if ctx.query.get("parent_id") is None:
        step.records = [record for record in step.records if record.get("parent_id") is None]


for _tree in ("collectionsTree", "lightboxesTree", "storageFoldersTree", "taxonomyTagsTree"):
    VENDOR.rule(_tree)(_roots_unless_parent)


def _name_query(ctx: Context, step: Step) -> None:
    """`q`: "Search by name" / "Search query" (a case-insensitive part of the name)."""
    text = str(ctx.query.get("q") or "").strip().lower()
    if text:
        step.records = [record for record in step.records if text in str(record.get("name", "")).lower()]


for _listing in ("listCollections", "listTags", "listTaxonomyTags"):
    VENDOR.rule(_listing)(_name_query)


def _parent_in_same_taxonomy(ctx: Context, step: Step) -> None:
    """A taxonomy tag's parent is a tag of the same taxonomy. The path names the taxonomy (1.2.0),
    404 when there is none; the body's taxonomy_id (the docs' place for it) is not read. A body
    `parent_id` naming no tag of it is a 422 on that field (inferred; the docs name no status): a
    404 would tell the client that the taxonomy in the URL is gone, which it is not (schemathesis'
    resource-availability check reads it so)."""
    taxonomy_id = ctx.path["taxonomy_id"]
    if ctx.store["taxonomies"].get(taxonomy_id) is None:
        raise not_found()
    parent_id = step.values.get("parent_id")
    if parent_id is not None:
        parent = ctx.store["taxonomyTags"].get(parent_id)
        if parent is None or parent.get("taxonomy_id") != taxonomy_id:
            raise field_error("parent_id", f"Taxonomy tag {parent_id} is not a tag of this taxonomy")
        if step.record is not None and (
            parent_id == step.record["id"] or step.record["id"] in _ancestor_ids(ctx, "taxonomyTags", parent)
        ):
            raise conflict("parent_id would make a cycle")
    step.values.setdefault("organization_id", 1)


VENDOR.rule("createTaxonomyTag")(_parent_in_same_taxonomy)
VENDOR.rule("updateTaxonomyTag")(_parent_in_same_taxonomy)


@VENDOR.rule("deleteTaxonomyTag")
def _delete_taxonomy_tag(ctx: Context, step: Step) -> None:
    """The form body's taxonomy_id ("taxonomy_id required") must name the tag's taxonomy: the tag
    is looked up in it (404 otherwise, as Rails' scoped `find`)."""
    if ctx.json_body().get("taxonomy_id") != ctx.path["taxonomy_id"]:
        raise not_found()


def _ancestor_ids(ctx: Context, resource: str, record: Record) -> list[int]:
    everyone = {item["id"]: item for item in ctx.store[resource].records(everyone=True)}
    return [item["id"] for item in ancestors(everyone, record)]


def _no_cycles(resource: str) -> Any:
    def rule(ctx: Context, step: Step) -> None:
        parent_id = step.values.get("parent_id")
        if step.record is None or parent_id is None:
            return
        parent = ctx.store[resource].get(parent_id)
        if parent is not None and (
            parent_id == step.record["id"] or step.record["id"] in _ancestor_ids(ctx, resource, parent)
        ):
            raise conflict("parent_id would make a cycle")

    return rule


VENDOR.rule("updateStorageFolder")(_no_cycles("storageFolders"))


@VENDOR.rule("createTaxonomy")
def _new_taxonomy(ctx: Context, step: Step) -> None:
    step.values.update(organization_id=1, user_id=DEMO_USER["id"])


@VENDOR.rule("createTag")
def _new_tag(ctx: Context, step: Step) -> None:
    step.values["user_id"] = DEMO_USER["id"]


@VENDOR.rule("createStorageFolder")
def _new_storage_folder(ctx: Context, step: Step) -> None:
    step.values.setdefault("contribution_id", None)
    step.values["enable_contribution"] = False


@VENDOR.rule("updateMembershipStatus")
def _membership_status(ctx: Context, step: Step) -> None:
    """Update Membership Status: `status` becomes the membership's aasm_state."""
    step.values = {"aasm_state": ctx.json_body()["status"]}


@VENDOR.rule("updateMembership")
def _membership_role(ctx: Context, step: Step) -> None:
    role = step.values.get("role_level")
    if role is not None:
        step.values["role_level_name"] = str(role).replace("_", " ").title()


def _upload_defaults(ctx: Context, step: Step) -> None:
    step.values["user_id"] = DEMO_USER["id"]
    step.values["standalone"] = ctx.operation.operation_id == "createContributionUpload"


VENDOR.rule("createUpload")(_upload_defaults)
VENDOR.rule("createContributionUpload")(_upload_defaults)


@VENDOR.rule("updateAsset")
def _update_asset(ctx: Context, step: Step) -> None:
    """Update Asset: tag names added, removed or replaced; `sync` stamps last_external_sync_at."""
    assert step.record is not None
    changes = ctx.json_body().get("asset") or {}
    tags = list(step.record.get("tags") or [])
    if "replace_tag_names" in changes:
        tags = [name for name in changes["replace_tag_names"] if name]
    extra = list(changes.get("add_tag_names") or [])
    extra += [
        name.strip() for name in str(changes.get("add_tags_with_commas") or "").split(",") if name.strip()
    ]
    tags += [name for name in extra if name not in tags]
    removed = set(changes.get("remove_tag_names") or [])
    step.values["tags"] = [name for name in tags if name not in removed]
    if "filename" in changes:
        step.values.update(type_fields(changes["filename"]))
    if ctx.json_body().get("sync"):
        step.after.append(lambda: _stamp_sync(ctx, step.record))


def _stamp_sync(ctx: Context, asset: Record | None) -> None:
    if asset is not None:
        asset["last_external_sync_at"] = iso(ctx.now())


# -- assets --------------------------------------------------------------------------------------------


def _asset(ctx: Context, value: Any) -> Record:
    """An asset by id or GUID ("ID can also be the Asset GUID")."""
    assets = ctx.store["assets"]
    found = assets.get(value) if isinstance(value, int) else None
    if found is None and isinstance(value, str):
        number = ascii_int(value)
        found = assets.get(number) if number is not None else assets.find("guid", value.lower())
    if found is None:
        raise not_found()
    return found


def _answer(ctx: Context, asset: Record, status: int = 200) -> MockResponse:
    return json_response(default_view(ctx.store["assets"], asset), status)


def _touch(ctx: Context, asset: Record, **values: Any) -> Record:
    return ctx.store["assets"].update(asset, values)


@VENDOR.operation("getAsset")
async def get_asset(ctx: Context) -> MockResponse:
    asset = _asset(ctx, ctx.path["id"])
    if ctx.query.get("sync"):
        asset["last_external_sync_at"] = iso(ctx.now())
    return _answer(ctx, asset)


_PAGERS: dict[int, tuple[Operation, Pager | None]] = {}


def _pager(operation: Operation) -> Pager | None:
    """`Pager.of(operation)`, made once per operation (it is read from the spec)."""
    found = _PAGERS.get(id(operation))
    if found is None or found[0] is not operation:
        found = _PAGERS[id(operation)] = (operation, Pager.of(operation, "mediagraph"))
    return found[1]


def _search(ctx: Context, given: Mapping[str, Any]) -> MockResponse:
    assets = ctx.store["assets"]
    found = search_assets(ctx.store, given, assets.records(everyone=True))
    pager = _pager(ctx.operation)
    assert pager is not None  # x-pagination is declared on both searches
    page = pager.page(found, given, lambda replaced: "")
    if given.get("sync"):
        for asset in page.items:
            asset["last_external_sync_at"] = iso(ctx.now())
    body: dict[str, Any] = {
        "total_entries": len(found),
        "total_display": None,
        "ids_in_selection": None,
        "assets": [default_view(assets, asset) for asset in page.items],
    }
    if given.get("include_totals"):
        body["filters"] = {"exts": _counts(found, "ext"), "types": _counts(found, "type")}
        body["all_asset_counts"] = {
            "Collection": sum(1 for asset in found if asset.get("collection_ids")),
            "NoCollection": sum(1 for asset in found if not asset.get("collection_ids")),
            "Lightbox": sum(1 for asset in found if asset.get("lightbox_ids")),
        }
    if given.get("all_ids"):
        body["asset_ids"] = [asset["id"] for asset in found]
    return json_response(body, headers=page.headers)


def _counts(assets: list[Record], field_name: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for asset in assets:
        key = str(asset.get(field_name) or "")
        counts[key] = counts.get(key, 0) + 1
    return counts


@VENDOR.operation("searchAssets")
async def search_assets_get(ctx: Context) -> MockResponse:
    return _search(ctx, ctx.query)


@VENDOR.operation("searchAssetsByPost")
async def search_assets_post(ctx: Context) -> MockResponse:
    return _search(ctx, ctx.json_body())


def _send_bytes(ctx: Context, data: bytes, media_type: str, filename: str) -> MockResponse:
    """The bytes, or the range `Range` asks for (206 with Content-Range); Accept-Ranges: bytes."""
    headers = {"Accept-Ranges": "bytes", "Content-Disposition": f'attachment; filename="{filename}"'}
    wanted = byte_range(ctx.headers.get("Range"), len(data))
    if wanted is None:
        return binary_response(data, media_type, headers)
    first, last = wanted
    headers["Content-Range"] = f"bytes {first}-{last}/{len(data)}"
    response = binary_response(data[first : last + 1], media_type, headers)
    response.status = 206
    return response


def _version_bytes(ctx: Context, asset: Record, number: int | None) -> bytes:
    version = number or int(asset.get("data_version_number") or 1)
    data = ctx.state.files.get((asset["id"], version))
    if data is None:
        raise not_found("The asset has no uploaded data" if number is None else "No such data version")
    return data


@VENDOR.operation("downloadAsset")
async def download_asset(ctx: Context) -> MockResponse:
    asset = _asset(ctx, ctx.path["id"])
    data = _version_bytes(ctx, asset, ctx.query.get("version_number"))
    asset["downloads_count"] = int(asset.get("downloads_count") or 0) + 1
    return _send_bytes(ctx, data, "application/octet-stream", str(asset["filename"]))


@VENDOR.operation("headAssetDownload")
async def head_asset_download(ctx: Context) -> MockResponse:
    asset = _asset(ctx, ctx.path["id"])
    data = _version_bytes(ctx, asset, None)
    return MockResponse(b"", 200, {"Accept-Ranges": "bytes", "Content-Length": str(len(data))}, raw=True)


def _signed_upload(ctx: Context, asset: Record, version: int) -> dict[str, Any]:
    ctx.state.uploads[str(asset["guid"])] = PendingUpload(asset["id"], version)
    url = ctx.links.sign(ctx.base_url, f"/_mock/uploads/{asset['guid']}", SIGNED_UPLOAD_SECONDS)
    return {**default_view(ctx.store["assets"], asset), "signed_upload_url": url}


@VENDOR.operation("addAssetVersion")
async def add_asset_version(ctx: Context) -> MockResponse:
    asset = _asset(ctx, ctx.path["id"])
    declared = ctx.json_body()["asset"]
    version = int(asset.get("data_versions_count") or 1) + 1
    _touch(ctx, asset, data_versions_count=version)
    record = _add_version(
        ctx.store["assetDataVersions"],
        {**asset, "filename": declared["filename"], **type_fields(declared["filename"])},
        version,
        None,
    )
    record["file_size"] = declared["file_size"]
    return json_response(_signed_upload(ctx, asset, version))


@VENDOR.operation("requestAssetOptimization")
async def request_optimization(ctx: Context) -> MockResponse:
    asset = _asset(ctx, ctx.path["id"])
    return _answer(
        ctx, _touch(ctx, asset, optimization_requested_at=iso(ctx.now()), optimization_completed_at=None)
    )


@VENDOR.operation("completeAssetOptimization")
async def complete_optimization(ctx: Context) -> MockResponse:
    asset = _asset(ctx, ctx.path["id"])
    if not asset.get("optimization_requested_at"):
        raise conflict("No optimization was requested for this asset")
    return _answer(ctx, _touch(ctx, asset, optimization_completed_at=iso(ctx.now())))


@VENDOR.operation("removeAssetOptimizationRequest")
async def remove_optimization_request(ctx: Context) -> MockResponse:
    asset = _asset(ctx, ctx.path["id"])
    return _answer(ctx, _touch(ctx, asset, optimization_requested_at=None, optimization_completed_at=None))


@VENDOR.operation("revertAsset")
async def revert_asset(ctx: Context) -> MockResponse:
    """Set Asset Version: "Select the current Asset version by number" (one with uploaded data)."""
    asset = _asset(ctx, ctx.path["id"])
    version = int(ctx.json_body()["version"])
    if (asset["id"], version) not in ctx.state.files:
        raise not_found(f"Couldn't find version {version} of this asset")
    data = ctx.state.files[(asset["id"], version)]
    return _answer(ctx, _touch(ctx, asset, data_version_number=version, **file_record_fields(data)))


def _existing_assets(ctx: Context, ids: list[int], field_name: str) -> list[Record]:
    found = [ctx.store["assets"].get(asset_id) for asset_id in ids]
    missing = [asset_id for asset_id, asset in zip(ids, found, strict=True) if asset is None]
    if missing:
        raise not_found(f"Couldn't find Asset with 'id'={missing[0]} ({field_name})")
    return [asset for asset in found if asset is not None]


@VENDOR.operation("updateCollectiveWork")
async def update_collective_work(ctx: Context) -> MockResponse:
    asset = _asset(ctx, ctx.path["id"])
    body = ctx.json_body()
    values: dict[str, Any] = {}
    if "asset_ids[]" in body:
        members = _existing_assets(ctx, list(body["asset_ids[]"]), "asset_ids[]")
        values["collective_work_ids"] = [member["id"] for member in members if member["id"] != asset["id"]]
    if body.get("preview_asset_id") is not None:
        preview = ctx.store["assets"].get(body["preview_asset_id"])
        if preview is None:
            raise not_found(f"Couldn't find Asset with 'id'={body['preview_asset_id']}")
        if preview.get("type") != "Image":
            raise field_error("preview_asset_id", "must be an Image Asset")
        values["preview_asset_id"] = preview["id"]
    if body.get("remove_preview_asset"):
        values["preview_asset_id"] = None
    return _answer(ctx, _touch(ctx, asset, **values))


@VENDOR.operation("listAssetIdsUpdatedSinceLastSync")
async def updated_since_last_sync(ctx: Context) -> MockResponse:
    """ "all of your created Asset IDs with last_external_sync_at less than updated_at"."""
    created_via = ctx.query.get("created_via")
    ids = [
        asset["id"]
        for asset in ctx.store["assets"].records(everyone=True)
        if (created_via is None or asset.get("created_via") == created_via) and _synced_before_update(asset)
    ]
    return json_response(ids)


def _synced_before_update(asset: Record) -> bool:
    synced, updated = parse_time(asset.get("last_external_sync_at")), parse_time(asset.get("updated_at"))
    return synced is None or (updated is not None and synced < updated)


@VENDOR.operation("uploadAssetsFromUrls")
async def upload_from_urls(ctx: Context) -> MockResponse:
    """One pending asset per comma-delimited URL (the mock fetches nothing: the assets stay
    `pending`, without data); the filename is the given one, else the URL's last path segment."""
    body = ctx.json_body()
    urls = [url.strip() for url in str(body["from_url"]).split(",") if url.strip()]
    given = body.get("asset") or {}
    created = []
    for url in urls:
        filename = str(
            given.get("filename") or url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "download"
        )
        created.append(
            ctx.store["assets"].create(
                {
                    "filename": filename,
                    "description": given.get("description"),
                    "aasm_state": "pending",
                    "file_size": None,
                    "user_id": DEMO_USER["id"],
                    "created_via": "url",
                    "created_via_id": url,
                    **type_fields(filename),
                }
            )
        )
    return json_response([default_view(ctx.store["assets"], asset) for asset in created])


def _add_to_group(ctx: Context, asset: Record, group_id: int) -> bool:
    """Adds the asset to a collection or lightbox (their ids share one asset-group id space)."""
    field_name = "collection_ids" if ctx.store["collections"].get(group_id) is not None else "lightbox_ids"
    current = list(asset.get(field_name) or [])
    if group_id in current:
        return False
    _touch(ctx, asset, **{field_name: [*current, group_id]})
    return True


def _group(ctx: Context, group_id: int) -> None:
    if ctx.store["collections"].get(group_id) is None and ctx.store["lightboxes"].get(group_id) is None:
        raise not_found()


@VENDOR.operation("addAssetsToGroup")
async def add_assets_to_group(ctx: Context) -> MockResponse:
    body = ctx.json_body()
    group_id = int(body["asset_group_id"])
    _group(ctx, group_id)
    assets = _existing_assets(ctx, list(body["ids[]"]), "ids[]")
    added = sum(1 for asset in assets if _add_to_group(ctx, asset, group_id))
    return json_response({"count": len(assets), "added": added})


@VENDOR.operation("addAssetToCollection")
async def add_asset_to_collection(ctx: Context) -> MockResponse:
    collection_id = ctx.path["id"]
    if ctx.store["collections"].get(collection_id) is None:
        raise not_found()
    body = ctx.json_body()
    asset = ctx.store["assets"].get(body["asset_id"])
    if asset is None:
        raise not_found(f"Couldn't find Asset with 'id'={body['asset_id']}")
    memberships = ctx.store["assetGroupMemberships"]
    existing = next(
        (
            m
            for m in memberships.records(everyone=True)
            if m["asset_group_id"] == collection_id and m["asset_id"] == asset["id"]
        ),
        None,
    )
    if existing is None:
        _add_to_group(ctx, asset, collection_id)
        position = body.get("position") or 1 + sum(
            1 for m in memberships.records(everyone=True) if m["asset_group_id"] == collection_id
        )
        existing = memberships.create(
            {
                "asset_group_id": collection_id,
                "asset_id": asset["id"],
                "user_id": DEMO_USER["id"],
                "position": position,
                "approval_id": None,
                "last_lightroom_sync_at": None,
                "workflow_step_id": None,
            }
        )
    return json_response(default_view(memberships, existing))


# -- bulk downloads --------------------------------------------------------------------------------------


@VENDOR.operation("prepareDownload")
async def prepare_download(ctx: Context) -> MockResponse:
    """A token for the assets, usable "within the next 5 minutes" (on the injected clock)."""
    ids = list(ctx.json_body()["download"]["asset_ids"])
    assets = _existing_assets(ctx, ids, "download[asset_ids]")
    ctx.state.prune(ctx.now())
    ctx.state.token_counter += 1
    token = secrets.token_hex(16)
    ctx.state.downloads[token] = DownloadToken(
        [asset["id"] for asset in assets], ctx.now() + DOWNLOAD_TOKEN_SECONDS
    )
    return json_response(
        {
            "token": token,
            "filename": f"demo-organization-mediagraph-download-#{ctx.state.token_counter}.zip",
            "integration": None,
        }
    )


@VENDOR.operation("startDownload")
async def start_download(ctx: Context) -> MockResponse:
    ctx.state.prune(ctx.now())
    found = ctx.state.downloads.get(str(ctx.path["token"]))
    if found is None:
        raise not_found("The download token is unknown or expired")
    files = []
    for asset_id in found.asset_ids:
        asset = ctx.store["assets"].get(asset_id)
        data = ctx.state.current_bytes(asset) if asset is not None else None
        if asset is not None and data is not None:
            files.append((str(asset["filename"]), data))
    return _send_bytes(ctx, zip_of(files), "application/octet-stream", "mediagraph-download.zip")


# -- uploads ---------------------------------------------------------------------------------------------


@VENDOR.operation("prepareAssetUpload")
async def prepare_asset_upload(ctx: Context) -> MockResponse:
    """A pending asset in the upload session and the signed URL to PUT its bytes to (1 hour)."""
    uploads = ctx.store["uploads"]
    upload = uploads.find("guid", ctx.path["guid"])
    if upload is None:
        raise not_found()
    if upload.get("done"):
        raise conflict("The upload session is done")
    declared = ctx.json_body()["asset"]
    folder = next(iter(ctx.store["storageFolders"].records(everyone=True)), None)
    asset = ctx.store["assets"].create(
        {
            "filename": declared["filename"],
            "file_size": declared["file_size"],
            "created_via": declared.get("created_via"),
            "created_via_id": declared.get("created_via_id"),
            "aasm_state": "pending",
            "upload_id": upload["id"],
            "user_id": DEMO_USER["id"],
            "storage_folder_id": folder["id"] if folder is not None else None,
            "submitted": False,
            "upload_started_at": iso(ctx.now()),
            **type_fields(declared["filename"]),
        }
    )
    _add_version(ctx.store["assetDataVersions"], asset, 1, None)["file_size"] = declared["file_size"]
    uploads.update(upload, {"assets_count": int(upload.get("assets_count") or 0) + 1})
    return json_response(_signed_upload(ctx, asset, 1))


@VENDOR.helper("PUT", "/_mock/uploads/{guid}")
async def receive_upload(ctx: HelperContext[MediagraphState]) -> MockResponse:
    """S3's part: the bytes PUT to a signed upload URL (no credentials; the signature is the key)."""
    if not ctx.signature_valid():
        raise forbidden("The signature is invalid or expired")
    pending = ctx.state.uploads.get(ctx.path["guid"].lower())
    if pending is None:
        raise not_found()
    pending.data = await ctx.request.body()
    return MockResponse(b"", 200, {"ETag": f'"{file_record_fields(pending.data)["md5"]}"'}, raw=True)


@VENDOR.operation("setAssetUploaded")
async def set_asset_uploaded(ctx: Context) -> MockResponse:
    """The uploaded bytes become the asset's data (a new version's when added by Add Asset
    Version); processing is immediate in the mock, so the asset is `processed` at once."""
    asset = _asset(ctx, ctx.path["guid"])
    pending = ctx.state.uploads.get(str(asset["guid"]))
    if pending is None or pending.data is None:
        raise conflict("No data was uploaded to the signed_upload_url")
    del ctx.state.uploads[str(asset["guid"])]
    ctx.state.files[(asset["id"], pending.version)] = pending.data
    for record in ctx.store["assetDataVersions"].records(everyone=True):
        if record["asset_id"] == asset["id"]:
            record["is_head"] = record["number"] == pending.version
            if record["number"] == pending.version:
                record.update(aasm_state="processed", **file_record_fields(pending.data))
    values = {
        "aasm_state": "processed",
        "data_version_number": pending.version,
        "upload_finished_at": iso(ctx.now()),
        **file_record_fields(pending.data),
    }
    return _answer(ctx, _touch(ctx, asset, **values))


@VENDOR.operation("setUploadDone")
async def set_upload_done(ctx: Context) -> MockResponse:
    """ "Call once all Assets have been uploaded. Will submit each Asset in background.\""""
    uploads = ctx.store["uploads"]
    upload = uploads.get(ctx.path["id"])
    if upload is None:
        raise not_found()
    assets = [
        asset
        for asset in ctx.store["assets"].records(everyone=True)
        if asset.get("upload_id") == upload["id"]
    ]
    for asset in assets:
        if asset.get("aasm_state") == "processed":
            _touch(ctx, asset, submitted=True)
    uploads.update(upload, {"done": True, "done_at": iso(ctx.now())})
    unsubmitted = sum(1 for asset in assets if not asset.get("submitted"))
    return json_response(
        {
            "id": upload["id"],
            "assets_count": len(assets),
            "unsubmitted_assets_count": unsubmitted,
            "all_requirements_met": True,
            "done": True,
            "done_at": upload["done_at"],
            "tag_suggesters_met": True,
            "unmet_tag_suggester_ids": [],
            "rights_packages_met": True,
            "creator_tags_met": True,
        }
    )


# -- organization and user ---------------------------------------------------------------------------------


@VENDOR.operation("findOrganization")
async def find_organization(ctx: Context) -> MockResponse:
    organizations = ctx.store["organizations"]
    found = organizations.find("slug", ctx.query["slug"])
    if found is None:
        raise not_found()
    abilities = [{"action": "manage", "subject": "all"}]
    return json_response({"organization": default_view(organizations, found), "abilities": abilities})


@VENDOR.operation("whoAmI")
async def who_am_i(ctx: Context) -> MockResponse:
    return json_response(dict(DEMO_USER))


@VENDOR.operation("canUpload")
async def can_upload(ctx: Context) -> MockResponse:
    return json_response(
        {"can_upload": True, "can_create_storage_folders": True, "can_view_storage_folders": True}
    )


@VENDOR.operation("listStorageFolderAssetIds")
async def storage_folder_asset_ids(ctx: Context) -> MockResponse:
    folder_id = ctx.path["id"]
    if ctx.store["storageFolders"].get(folder_id) is None:
        raise not_found()
    return json_response(
        [
            asset["id"]
            for asset in ctx.store["assets"].records(everyone=True)
            if asset.get("storage_folder_id") == folder_id
        ]
    )
