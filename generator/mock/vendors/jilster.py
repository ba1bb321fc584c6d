"""Jilster's business rules for the mock engine.

Users, magazines, magazinepages, documents, documentpages, image and shape directories, images,
shapes and jobs are declared resources (overlays/jilster/quirks.yaml, "Mock resources"): reads,
lists, updates, soft deletes, the `{"success": true, "data": ..., "message": ...}` envelope,
users unique by e-mail ("User already exists") and references are data. What the docs state beyond
that lives here:

- Authenticate checks an e-mail address and password against the users (the demo user, the
  administrator and every user created since); Refresh is the engine's (`x-auth`);
- page counts: "A magazine must always have a number of pages divisible by 4 for printing
  purposes", "Minimum number of pages is 4", "Maximum number of pages is 120" (addpages,
  removepages, clearpages; the multiples of 4 are the spec's `multipleOf`);
- restoring a magazinepage's version ("The version to be restored");
- editors: chief editor and co-chief editors of a magazine, editors of its pages (comma-separated
  ids, "3,7,11,24"), removing an editor from a magazine;
- uploads (documents, images, shapes) answer refused files with `{"success": true, "message":
  "Invalid filetype"}` / "Invalid filesize", as documented;
- the mock's own policy: the demo user, the administrator and the docs' example login cannot be deleted, nor their e-mail
  address, password or active flag changed (401 "Method for entity not accessible for current
  user"), so that the demo accounts keep working whatever a fuzzer sends;
- jobs: "Only users with an administrator role are allowed to use this API method. A 401 response
  is sent to users that don't have this role"; a job moves dispatched -> processing -> processed
  or failed on the injected clock (`_jilster_state`).
"""

from __future__ import annotations

import uuid
from typing import Any, Final

from generator.mock.basic import equal_secrets
from generator.mock.context import HelperContext, RequestContext
from generator.mock.errors import ErrorKind, MockError, field_error, forbidden, not_found
from generator.mock.resources import Step
from generator.mock.responses import MockResponse, binary_response, json_response
from generator.mock.store import Record
from generator.mock.uploads import sniff
from generator.mock.vendors import MockVendor, VendorSetup
from generator.mock.vendors._jilster_state import (
    DONE_AFTER,
    MAX_PAGES,
    MAX_UPLOAD_BYTES,
    MIN_PAGES,
    PAGE_STEP,
    PROCESSING_AFTER,
    JilsterState,
    StoredFile,
    add_pages,
    seed,
    timestamp,
)

SCHEME: Final = "jwt"


def _state(setup: VendorSetup) -> JilsterState:
    state = JilsterState(setup.store)
    seed(setup.store, state, dict(setup.options.credentials), setup.options.clock.time())
    return state


VENDOR: MockVendor[JilsterState] = MockVendor("jilster", _state)
Context = RequestContext[JilsterState]


def _ok(data: Any, message: str) -> MockResponse:
    return json_response({"success": True, "data": data, "message": message})


def _body(ctx: Context) -> dict[str, Any]:
    return ctx.json_body()


def _user(ctx: Context) -> Record:
    """The authenticated user (a deleted one's tokens are revoked, so it exists)."""
    user = ctx.store["users"].get(int(ctx.subject))
    if user is None:
        raise MockError(ErrorKind.UNAUTHENTICATED)
    return user


def _require_admin(ctx: Context) -> None:
    """Jobs: "A 401 response is sent to users that don't have this role" (the style's forbidden)."""
    if not _user(ctx).get("admin"):
        raise forbidden()


def _view(ctx: Context, resource: str, record: Record) -> dict[str, Any]:
    collection = ctx.store[resource]
    view = VENDOR.views.get(resource)
    if view is not None:
        return dict(view(ctx, record))
    return {name: record[name] for name in collection.properties if name in record}


def _magazine(ctx: Context) -> Record:
    return ctx.store["magazines"].require(ctx.path["id"])


def _pages(ctx: Context, magazine_id: str) -> list[Record]:
    return [
        page
        for page in ctx.store["magazinePages"].records()
        if str(page["magazine_id"]).lower() == str(magazine_id).lower()
    ]


def _ids(text: str | None) -> list[int]:
    return [int(part) for part in (text or "").split(",") if part.strip()]


def _users(ctx: Context, ids: list[int], field_name: str) -> list[Record]:
    found = []
    for user_id in ids:
        user = ctx.store["users"].get(user_id)
        if user is None:
            raise field_error(field_name, f"User {user_id} not found")
        found.append(user)
    return found


# -- authentication ------------------------------------------------------------------------------


@VENDOR.operation("authenticate")
async def authenticate(ctx: Context) -> MockResponse:
    """A user with this e-mail address and password (constant-time compare), active, not deleted."""
    body = _body(ctx)
    email, password = body.get("email"), body.get("password")
    user = next(
        (user for user in ctx.store["users"].records() if user.get("email") == email),
        None,
    )
    stored = user.get("password") if user is not None else None
    if (
        user is None
        or not isinstance(stored, str)
        or not isinstance(password, str)
        or not equal_secrets(password, stored.encode())
        or user.get("active") == 0
    ):
        raise MockError(ErrorKind.LOGIN_FAILED)
    issued = ctx.tokens.issue_token(SCHEME, str(user["id"]))
    return json_response({"token": issued.token})


# -- users ----------------------------------------------------------------------------------------


@VENDOR.rule("createUser")
def create_user(ctx: Context, step: Step) -> None:
    step.values["password"] = _body(ctx)["password"]
    step.values["admin"] = False


PROTECTED_USERS: Final = (1, 2, 4)  # the demo accounts and the docs' example login (_jilster_state.seed)
_LOGIN_FIELDS: Final = frozenset({"email", "password", "active"})


def _protect(step: Step, fields: frozenset[str] | None = None) -> None:
    """The mock's demo accounts stay usable (a policy of the mock, not of the docs): deleting them,
    or changing how they log in, is "Method for entity not accessible for current user" (401)."""
    record = step.record
    if record is None or record.get("id") not in PROTECTED_USERS:
        return
    if fields is None or fields & set(step.values):
        raise forbidden()


@VENDOR.rule("updateUser")
def update_user(ctx: Context, step: Step) -> None:
    _protect(step, _LOGIN_FIELDS)
    password = _body(ctx).get("password")
    if isinstance(password, str):
        step.values["password"] = password
    step.values.pop("admin", None)


@VENDOR.rule("deleteUser")
def delete_user(ctx: Context, step: Step) -> None:
    """A deleted user's tokens stop working (and it can no longer log in)."""
    _protect(step)
    record = step.record
    if record is not None:
        step.after.append(lambda: ctx.tokens.revoke(SCHEME, str(record["id"])))


# -- magazines --------------------------------------------------------------------------------------


def _cover(ctx: Context, magazine: Record) -> dict[str, Any] | None:
    pages = _pages(ctx, magazine["id"])
    return _view(ctx, "magazinePages", pages[0]) if pages else None


def _editors(ctx: Context, magazine: Record) -> dict[str, Any]:
    users = ctx.store["users"]
    chief = users.get(magazine.get("chiefeditor_id"))
    cochiefs = [users.get(user_id) for user_id in magazine.get("cochiefeditor_ids") or []]
    editor_ids: list[int] = []
    for page in _pages(ctx, magazine["id"]):
        editor_ids.extend(user_id for user_id in page.get("editor_ids") or [] if user_id not in editor_ids)
    editors = [users.get(user_id) for user_id in editor_ids]
    return {
        "chiefeditor": _view(ctx, "users", chief) if chief is not None else None,
        "cochiefeditors": [_view(ctx, "users", user) for user in cochiefs if user is not None],
        "editors": [_view(ctx, "users", user) for user in editors if user is not None],
    }


@VENDOR.operation("listUserMagazines")
async def list_user_magazines(ctx: Context) -> MockResponse:
    """The magazines a user is chief editor, co-chief editor or page editor of, with their covers."""
    user_id = ctx.query["user_id"]
    ctx.store["users"].require(user_id)
    found = []
    for magazine in ctx.store["magazines"].records():
        editors = _editors(ctx, magazine)
        people = [editors["chiefeditor"], *editors["cochiefeditors"], *editors["editors"]]
        if any(person is not None and person["id"] == user_id for person in people):
            found.append(
                {"magazine": _view(ctx, "magazines", magazine), "magazineCover": _cover(ctx, magazine)}
            )
    return _ok(found, "Magazines retrieved successfully")


@VENDOR.operation("getMagazine")
async def get_magazine(ctx: Context) -> MockResponse:
    magazine = _magazine(ctx)
    data = {**_view(ctx, "magazines", magazine), "magazineCover": _cover(ctx, magazine)}
    return _ok(data, "Magazine retrieved successfully")


@VENDOR.operation("getMagazineEditors")
async def get_magazine_editors(ctx: Context) -> MockResponse:
    return _ok(_editors(ctx, _magazine(ctx)), "Magazine editors retrieved successfully")


@VENDOR.operation("createMagazine")
async def create_magazine(ctx: Context) -> MockResponse:
    """A magazine of `pageCount` empty pages (4..120, a multiple of 4: the schema's constraints),
    with the creating user as chief editor."""
    body = _body(ctx)
    magazine = ctx.store["magazines"].create(
        {
            "title": body["title"],
            "pageCount": body["pageCount"],
            "chiefeditor_id": int(ctx.subject),
            "cochiefeditor_ids": [],
        }
    )
    add_pages(ctx.store, ctx.state, magazine["id"], 1, body["pageCount"], ctx.now())
    return _ok(_view(ctx, "magazines", magazine), "Magazine created successfully")


@VENDOR.operation("setMagazineChiefEditors")
async def set_chief_editors(ctx: Context) -> MockResponse:
    magazine = _magazine(ctx)
    body = _body(ctx)
    chief = _users(ctx, [body["chiefeditor_id"]], "chiefeditor_id")[0]
    cochiefs = _users(ctx, _ids(body.get("cochiefeditor_ids")), "cochiefeditor_ids")
    ctx.store["magazines"].update(
        magazine, {"chiefeditor_id": chief["id"], "cochiefeditor_ids": [user["id"] for user in cochiefs]}
    )
    return _ok(_editors(ctx, magazine), "Magazine chiefeditors updated successfully")


@VENDOR.operation("removeMagazineEditor")
async def remove_editor(ctx: Context) -> MockResponse:
    """ "The id of the editor that is to be removed from the magazine": from every page it edits."""
    magazine = _magazine(ctx)
    editor_id = _body(ctx)["editor_id"]
    pages = [page for page in _pages(ctx, magazine["id"]) if editor_id in (page.get("editor_ids") or [])]
    if not pages:
        raise field_error("editor_id", "The user is no editor of this magazine")
    for page in pages:
        ctx.store["magazinePages"].update(
            page, {"editor_ids": [user_id for user_id in page["editor_ids"] if user_id != editor_id]}
        )
    return _ok(_editors(ctx, magazine), "Magazine editor removed successfully")


def _page_count(ctx: Context, magazine: Record, count: int) -> None:
    """The documented page rules on the magazine's new total."""
    if count % PAGE_STEP:
        raise MockError(400, "Parameter 'pageCount' not divisible by 4")
    if count < MIN_PAGES:
        raise MockError(400, f"Minimum number of pages is {MIN_PAGES}")
    if count > MAX_PAGES:
        raise MockError(400, f"Maximum number of pages is {MAX_PAGES}")


@VENDOR.operation("addMagazinePages")
async def add_magazine_pages(ctx: Context) -> MockResponse:
    """ "This API method is used to create pages instead of a POST to /magazinepages": after the last."""
    magazine = _magazine(ctx)
    count = _body(ctx)["pageCount"]
    total = magazine["pageCount"] + count
    _page_count(ctx, magazine, total)
    add_pages(ctx.store, ctx.state, magazine["id"], magazine["pageCount"] + 1, count, ctx.now())
    ctx.store["magazines"].update(magazine, {"pageCount": total})
    return _ok(_view(ctx, "magazines", magazine), "Magazinepages added successfully")


@VENDOR.operation("removeMagazinePages")
async def remove_magazine_pages(ctx: Context) -> MockResponse:
    """ "... used to delete pages instead of a DELETE to /magazinepages": the last `pageCount` pages."""
    magazine = _magazine(ctx)
    count = _body(ctx)["pageCount"]
    total = magazine["pageCount"] - count
    _page_count(ctx, magazine, total)
    for page in _pages(ctx, magazine["id"])[total:]:
        ctx.store["magazinePages"].delete(page)
    ctx.store["magazines"].update(magazine, {"pageCount": total})
    return _ok(_view(ctx, "magazines", magazine), "Magazinepages removed successfully")


@VENDOR.operation("clearMagazinePages")
async def clear_magazine_pages(ctx: Context) -> MockResponse:
    """The last `pageCount` pages lose their content (they stay; inferred from "clear")."""
    magazine = _magazine(ctx)
    count = _body(ctx)["pageCount"]
    if count > magazine["pageCount"]:
        raise MockError(400, f"Maximum number of pages is {magazine['pageCount']}")
    for page in _pages(ctx, magazine["id"])[magazine["pageCount"] - count :]:
        ctx.store["magazinePages"].update(page, {"content": "", "chunkCount": 1, "chunkVersion": 1})
        ctx.state.remember(page, ctx.now())
    return _ok(_view(ctx, "magazines", magazine), "Magazinepages cleared successfully")


@VENDOR.operation("sortMagazinePages")
async def sort_magazine_pages(ctx: Context) -> MockResponse:
    """ "The comma-seperated id's of the magazinepages in the desired order": each page once."""
    magazine = _magazine(ctx)
    pages = {str(page["id"]).lower(): page for page in _pages(ctx, magazine["id"])}
    order = [part.strip().lower() for part in _body(ctx)["magazinepage_ids"].split(",")]
    if sorted(order) != sorted(pages):
        raise field_error("magazinepage_ids", "The ids must name every page of the magazine once")
    for number, page_id in enumerate(order, 1):
        ctx.store["magazinePages"].update(pages[page_id], {"number": number})
    return _ok(
        [_view(ctx, "magazinePages", page) for page in _pages(ctx, magazine["id"])],
        "Magazinepages sorted successfully",
    )


@VENDOR.rule("lockMagazine")
def lock_magazine(ctx: Context, step: Step) -> None:
    """Only lastContentChange changes (the body's only field)."""
    step.values = {"lastContentChange": step.values["lastContentChange"]}


# -- magazine pages ---------------------------------------------------------------------------------


@VENDOR.rule("updateMagazinePage")
def update_magazine_page(ctx: Context, step: Step) -> None:
    """Every content change is a version Restore can bring back."""
    record = step.record
    if record is not None and {"content", "chunkCount", "chunkVersion", "status"} & set(step.values):
        step.after.append(lambda: ctx.state.remember(record, ctx.now()))


@VENDOR.rule("setMagazinePageEditors")
def set_page_editors(ctx: Context, step: Step) -> None:
    ids = _ids(_body(ctx).get("editor_ids"))
    step.values = {"editor_ids": [user["id"] for user in _users(ctx, ids, "editor_ids")]}


@VENDOR.rule("restoreMagazinePage")
def restore_magazine_page(ctx: Context, step: Step) -> None:
    """ "The version to be restored": the content the page had then (a version of its own)."""
    record = step.record
    assert record is not None
    version = ctx.state.version(str(record["id"]), int(_body(ctx)["version"]))
    if version is None:
        raise field_error("version", "Version not found")
    step.values = version
    step.after.append(lambda: ctx.state.remember(record, ctx.now()))


# -- images -----------------------------------------------------------------------------------------


@VENDOR.rule("moveImage")
def move_image(ctx: Context, step: Step) -> None:
    target = ctx.store["imageDirectories"].require(ctx.query["imagedirectory_id"])
    step.values = {
        "imagedirectory_id": target["id"],
        "magazine_id": target["magazine_id"],
        "type": "modified",
    }


@VENDOR.operation("cropImage")
async def crop_image(ctx: Context) -> MockResponse:
    """Crop by id, or by fileName with id 0 ("used in combination with id = 0"); the answer's
    type is "modified"."""
    images = ctx.store["images"]
    if ctx.path["id"] == 0:
        name = ctx.query.get("fileName")  # without it, id 0 names no image: not found
        image = next((record for record in images.records() if record.get("fileName") == name), None)
        if image is None:
            raise not_found()
    else:
        image = images.require(ctx.path["id"])
    images.update(image, {"type": "modified"})
    return _ok(_view(ctx, "images", image), "Image cropped successfully")


@VENDOR.view("imageDirectories")
def image_directory(ctx: Context, record: Record) -> dict[str, Any]:
    images = [image for image in ctx.store["images"].records() if image["imagedirectory_id"] == record["id"]]
    view = {name: record[name] for name in ctx.store["imageDirectories"].properties if name in record}
    view["imageCount"] = len(images)
    view["urlThumbnail"] = images[0]["urlThumbnail"] if images else None
    return view


# -- uploads ----------------------------------------------------------------------------------------

_REFUSED_TYPE: Final = {"success": True, "message": "Invalid filetype"}  # sic: documented with true
_REFUSED_SIZE: Final = {"success": True, "message": "Invalid filesize"}


def _upload(ctx: Context, accepted: tuple[str, ...], kind: str) -> tuple[StoredFile, str] | MockResponse:
    """The `file` part kept, or the documented refusal (answered 200, `success: true`)."""
    upload = ctx.files["file"]
    if upload.size > MAX_UPLOAD_BYTES:
        return json_response(_REFUSED_SIZE)
    media_type = sniff(upload.data)
    if media_type is None and upload.data.lstrip()[:5] in (b"<?xml", b"<svg ") and b"<svg" in upload.data:
        media_type = "image/svg+xml"
    if media_type not in accepted:
        return json_response(_REFUSED_TYPE)
    extension = media_type.split("/")[1].split("+")[0].replace("jpeg", "jpg")
    name = f"{uuid.UUID(int=len(ctx.state.files) + 1, version=4)}.{extension}"
    ctx.state.files[f"{kind}/{name}"] = StoredFile(upload.data, media_type)
    return StoredFile(upload.data, media_type), name


def _file_url(ctx: Context, kind: str, name: str) -> str:
    return f"{ctx.base_url}/_mock/files/{kind}/{name}"


@VENDOR.helper("GET", "/_mock/files/{kind}/{name}")
async def stored_file(ctx: HelperContext[JilsterState]) -> MockResponse:
    stored = ctx.state.files.get(f"{ctx.path['kind']}/{ctx.path['name']}")
    if stored is None:
        raise not_found()
    return binary_response(stored.data, stored.media_type)


@VENDOR.operation("createDocument")
async def create_document(ctx: Context) -> MockResponse:
    body = _body(ctx)
    ctx.store["magazines"].require(body["magazine_id"])
    kept = _upload(ctx, ("application/pdf",), "documents")
    if isinstance(kept, MockResponse):
        return kept
    _, name = kept
    url = _file_url(ctx, "documents", name)
    values: dict[str, Any] = {
        "magazine_id": body["magazine_id"],
        "fileName": name,
        "urlThumbnail": url,
        "urlFullsize": url,
        "urlHighres": url,
    }
    if "type" in body:
        values["type"] = body["type"]
    document = ctx.store["documents"].create(values)
    return _ok(_view(ctx, "documents", document), "Document created successfully")


@VENDOR.operation("createImage")
async def create_image(ctx: Context) -> MockResponse:
    body = _body(ctx)
    directory = ctx.store["imageDirectories"].require(body["imagedirectory_id"])
    kept = _upload(ctx, ("image/jpeg", "image/png", "image/gif"), "images")
    if isinstance(kept, MockResponse):
        return kept
    _, name = kept
    siblings = [i for i in ctx.store["images"].records() if i["imagedirectory_id"] == directory["id"]]
    image = ctx.store["images"].create(
        {
            "imagedirectory_id": directory["id"],
            "magazine_id": directory["magazine_id"],
            "fileName": name,
            "url": _file_url(ctx, "images", name),
            "urlThumbnail": _file_url(ctx, "images", name),
            "sortOrder": len(siblings) + 1,
        }
    )
    return _ok(_view(ctx, "images", image), "Image created successfully")


@VENDOR.operation("createShape")
async def create_shape(ctx: Context) -> MockResponse:
    body = _body(ctx)
    directory = ctx.store["shapeDirectories"].require(body["shapedirectory_id"])
    kept = _upload(ctx, ("image/svg+xml",), "shapes")
    if isinstance(kept, MockResponse):
        return kept
    stored, name = kept
    values: dict[str, Any] = {
        "shapedirectory_id": directory["id"],
        "content": stored.data.decode("utf-8", "replace"),
        "fileName": name,
    }
    if "type" in body:
        values["type"] = body["type"]
    shape = ctx.store["shapes"].create(values)
    return _ok(_view(ctx, "shapes", shape), "Shape created successfully")


# -- jobs -------------------------------------------------------------------------------------------

# operationId -> (job name, entity, the body field naming it, resource)
_JOBS: Final = {
    "createMagazineScreenPdf": ("CreateMagazineScreenPDF", "magazine", "magazine_id", "magazines"),
    "createMagazinePrintPdf": ("CreateMagazinePrintPDF", "magazine", "magazine_id", "magazines"),
    "createMagazinePageImages": (
        "CreateMagazinepageImages",
        "magazinepage",
        "magazinepage_id",
        "magazinePages",
    ),
    "createDocumentPages": ("CreateDocumentpages", "document", "document_id", "documents"),
    "createImageThumbnail": ("CreateImageThumbnail", "image", "image_id", "images"),
}


def _dispatch(operation_id: str) -> Any:
    name, entity, field_name, resource = _JOBS[operation_id]

    async def dispatch(ctx: Context) -> MockResponse:
        _require_admin(ctx)
        entity_id = _body(ctx)[field_name]
        ctx.store[resource].require(entity_id)
        job = ctx.store["jobs"].create(
            {
                "name": name,
                "entity": entity,
                "entity_id": str(entity_id),
                "status": "dispatched",
                "fileUrl": None,
                "resource": resource,
                "dispatched_at": ctx.now(),
            }
        )
        return _ok({"job_id": job["id"]}, "Job dispatched")

    return dispatch


for _operation_id in _JOBS:
    VENDOR.operation(_operation_id)(_dispatch(_operation_id))


@VENDOR.operation("getJob")
async def get_job(ctx: Context) -> MockResponse:
    """The job as it stands on the injected clock: dispatched, processing, then processed (with its
    file) or failed (its entity was deleted before it was done)."""
    _require_admin(ctx)
    job = ctx.store["jobs"].require(ctx.path["id"])
    elapsed = ctx.now() - job["dispatched_at"]
    status, changed = "dispatched", job["dispatched_at"]
    if elapsed >= PROCESSING_AFTER:
        status, changed = "processing", job["dispatched_at"] + PROCESSING_AFTER
    if elapsed >= DONE_AFTER:
        changed = job["dispatched_at"] + DONE_AFTER
        alive = ctx.store[job["resource"]].get(
            job["entity_id"] if job["entity"] in ("magazine", "magazinepage") else int(job["entity_id"])
        )
        status = "processed" if alive is not None else "failed"
    values: dict[str, Any] = {"status": status}
    if status == "processed" and job.get("fileUrl") is None:
        values["fileUrl"] = f"{ctx.base_url}/_mock/files/jobs/{job['id']}.pdf"
    if status != job["status"]:
        ctx.store["jobs"].update(job, values)
        job["updated_at"] = timestamp(changed)
    data = {name: job[name] for name in ctx.store["jobs"].properties if name in job}
    return _ok(data, "Job retrieved succesfully")
