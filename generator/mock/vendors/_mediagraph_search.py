"""Mediagraph's Search Assets over the stored asset records (`search_assets`).

Each filter parameter of the search has a builder that reads its parameters and returns a
predicate on one asset, or None when the values given filter nothing. A search runs only the
builders of the parameters it names, so it costs what it asks for: a plain listing (no filter) reads
no filter parameter at all, and walking the stored assets costs only the predicates built.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from functools import partial
from operator import itemgetter
from typing import Any, Final

from generator.mock.store import Record, Store
from generator.mock.vendors._mediagraph_state import descendants, parse_time

Check = Callable[[Record], bool]
Builder = Callable[[Store, Mapping[str, Any]], Check | None]
"""Reads the filter parameters of one filter (the search's named ones only) and returns its check."""

_MB: Final = 1024 * 1024
# file_size_range buckets, in megabytes: "<1" "1-10" "10-50" "50-100" ">100"
_SIZE_RANGES: Final[Mapping[str, tuple[float, float]]] = {
    "<1": (0, 1),
    "1-10": (1, 10),
    "10-50": (10, 50),
    "50-100": (50, 100),
    ">100": (100, float("inf")),
}
_SORTABLE: Final = ("filename", "created_at", "captured_at", "file_size", "rating")
_TEXT_FIELDS: Final = ("filename", "description", "title", "headline")
_PROCESSED: Final = frozenset({"processed"})


def search_assets(store: Store, given: Mapping[str, Any], assets: Sequence[Record]) -> list[Record]:
    """The assets the filters of Search Assets keep, in the order `sort` asks (default newest first).

    The filters act on the stored records: ids, guids, tags (all of them), hide_tags (none of
    them), exts, folders/collections/lightboxes (with their sub-levels unless omit_child_*), the
    upload, processing state (processed by default unless an upload is named), rating (one value
    or a from-to pair), created/captured/updated "from,to" ranges, people, alt text, GPS, file
    size buckets, optimization requests, expiry, submission and the creating users.
    """
    checks = _checks(store, given)
    if len(checks) == 1:  # no per-asset `all` for one filter (a plain listing: the state's)
        (keep,) = checks
    else:

        def keep(asset: Record) -> bool:
            for check in checks:  # noqa: SIM110 - a loop, not `all(...)`: no generator made per asset
                if not check(asset):
                    return False
            return True

    found = [asset for asset in assets if keep(asset)]
    return _sorted(found, str(given.get("sort") or "created_at-desc"))


def _checks(store: Store, given: Mapping[str, Any]) -> list[Check]:
    """One check per filter the search names, each built once."""
    named = {name: given[name] for name in given if name in _BUILDERS}
    if not named:  # a plain listing: processed assets only
        return [_processed]
    builders = dict.fromkeys(builder for name in named for builder in _BUILDERS[name])
    checks = [check for build in builders if (check := build(store, named)) is not None]
    if _state_check not in builders:  # no state and no upload named: processed assets only
        checks.append(_processed)
    return checks


def _processed(asset: Record) -> bool:
    return asset.get("aasm_state") == "processed"


# -- the filters ---------------------------------------------------------------------------------------


def _list(given: Mapping[str, Any], name: str) -> list[Any] | None:
    """A Rails array filter from the GET (`name[]`) or the POST body (`name`); a single value counts."""
    for key in _ARRAY_KEYS[name]:
        value = given.get(key)
        if value is None:
            continue
        return list(value) if isinstance(value, list | tuple) else [value]
    return None


_ARRAY_KEYS: Final = {
    name: (f"{name}[]", name) for name in ("ids", "guids", "tags", "hide_tags", "exts", "user_ids", "rating")
}
"""The two spellings of each array filter, made once."""


def _lowered(values: list[Any] | None) -> set[str]:
    return {str(value).lower() for value in values} if values else set()


def _text_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    text = str(given.get("q") or "").strip().lower()
    if not text:
        return None
    return lambda a: any(text in str(a.get(name) or "").lower() for name in _TEXT_FIELDS)


def _ids_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    ids = _list(given, "ids")
    return None if ids is None else lambda a: a["id"] in ids


def _guids_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    guids = _lowered(_list(given, "guids"))
    return (lambda a: str(a.get("guid", "")).lower() in guids) if guids else None


def _tags_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    """Every tag of `tags` is on the asset, and none of `hide_tags`."""
    tags = [str(tag).lower() for tag in _list(given, "tags") or ()]
    hidden = _lowered(_list(given, "hide_tags"))
    if not tags and not hidden:
        return None

    def check(asset: Record) -> bool:
        names = {str(tag).lower() for tag in asset.get("tags") or []}
        return all(tag in names for tag in tags) and not (hidden & names)

    return check


def _exts_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    exts = {ext.lstrip(".") for ext in _lowered(_list(given, "exts"))}
    return (lambda a: (a.get("ext") or "") in exts) if exts else None


def _users_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    users = set(_list(given, "user_ids") or ())
    return (lambda a: a.get("user_id") in users) if users else None


def _group_ids(store: Store, resource: str, root: Any, omit_children: bool) -> set[int] | None:
    if root is None:
        return None
    root_id = int(root)
    if omit_children:
        return {root_id}
    return descendants(store[resource].records(everyone=True), root_id)


def _folder_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    folders = _group_ids(
        store, "storageFolders", given.get("storage_folder_id"), bool(given.get("omit_child_storage_folders"))
    )
    return None if folders is None else lambda a: a.get("storage_folder_id") in folders


def _collection_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    collections = _group_ids(
        store, "collections", given.get("collection_id"), bool(given.get("omit_child_collections"))
    )
    return None if collections is None else lambda a: bool(collections & set(a.get("collection_ids") or []))


def _lightbox_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    lightboxes = _group_ids(
        store,
        "lightboxes",
        given.get("lightbox_folder_id") or given.get("lightbox_id"),
        bool(given.get("omit_child_lightboxes") or given.get("omit_child_lightbox_folders")),
    )
    return None if lightboxes is None else lambda a: bool(lightboxes & set(a.get("lightbox_ids") or []))


def _upload_id(store: Store, given: Mapping[str, Any]) -> Any:
    """The upload the search names (by id or guid; -1 for a guid no upload has), or None."""
    upload_guid = given.get("upload_guid")
    if upload_guid is None:
        return given.get("upload_id")
    upload = next((u for u in store["uploads"].records(everyone=True) if u.get("guid") == upload_guid), None)
    return upload["id"] if upload is not None else -1


def _upload_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    upload_id = _upload_id(store, given)
    return None if upload_id is None else lambda a: a.get("upload_id") == upload_id


def _state_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    """The states asked for; processed only when none is and no upload is named."""
    state = given.get("aasm_state")
    if state:
        states = set(str(state).split(","))
        return lambda a: a.get("aasm_state") in states
    upload_named = given.get("upload_guid") is not None or given.get("upload_id") is not None
    return None if upload_named else _processed  # `_upload_check` looks the upload up, once


def _rating_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    """One rating, or the from-to pair of the two given."""
    wanted = [int(rating) for rating in _list(given, "rating") or ()]
    if not wanted:
        return None
    if len(wanted) == 1:
        return lambda a: a.get("rating") is not None and bool(a["rating"] == wanted[0])
    low, high = min(wanted), max(wanted)
    return lambda a: a.get("rating") is not None and bool(low <= a["rating"] <= high)


def _range(value: Any) -> tuple[datetime | None, datetime | None]:
    """A "from,to" range: a comma-separated string or a two-item list of date-times; a bound that
    is no date-time this mock can read (a leap second, say) leaves that end open."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    bounds = [parse_time(str(part).strip()) for part in parts[:2]]
    return (bounds[0] if bounds else None), (bounds[1] if len(bounds) > 1 else None)


def _in_range(name: str, bounds: tuple[datetime | None, datetime | None], asset: Record) -> bool:
    moment = parse_time(asset.get(name))
    if moment is None:
        return False
    low, high = bounds
    return (low is None or moment >= low) and (high is None or moment <= high)


def _range_check(name: str) -> Builder:
    def build(store: Store, given: Mapping[str, Any]) -> Check | None:
        value = given.get(name)
        return None if value is None else partial(_in_range, name, _range(value))

    return build


def _yes_no(value: Any, present: bool) -> bool:
    return value is None or (value == "yes") == present


def _people_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    has_people = given.get("has_people")
    if has_people == "untagged":
        return lambda a: a.get("has_people") is None
    if has_people is None:
        return None
    return lambda a: _yes_no(has_people, bool(a.get("has_people")))


def _alt_text_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    wanted = given.get("has_alt_text")
    return None if wanted is None else lambda a: _yes_no(wanted, bool(a.get("alt_text")))


def _gps_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    if given.get("gps") is None:
        return None
    wanted = bool(given["gps"])
    return lambda a: (a.get("latitude") is not None and a.get("longitude") is not None) == wanted


def _missing_captured_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    return (lambda a: a.get("captured_at") is None) if given.get("missing_captured_at") else None


def _size_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    bucket = given.get("file_size_range")
    size_range = _SIZE_RANGES.get(str(bucket)) if bucket else None
    if size_range is None:
        return None
    low, high = size_range[0] * _MB, size_range[1] * _MB
    return lambda a: a.get("file_size") is not None and low <= a["file_size"] < high


def _optimization(asset: Record) -> str:
    if asset.get("optimization_completed_at"):
        return "completed"
    return "requested" if asset.get("optimization_requested_at") else "none"


def _optimization_check(store: Store, given: Mapping[str, Any]) -> Check | None:
    wanted = given.get("optimization_request")
    return None if wanted is None else lambda a: _optimization(a) == wanted


def _flag_is(name: str, wanted: bool, asset: Record) -> bool:
    return bool(asset.get(name)) == wanted


def _flag_check(name: str) -> Builder:
    def build(store: Store, given: Mapping[str, Any]) -> Check | None:
        value = given.get(name)
        return None if value is None else partial(_flag_is, name, bool(value))

    return build


def _builders() -> dict[str, tuple[Builder, ...]]:
    """Each filter parameter and the builders reading it (the parameters of one filter share one)."""
    by_filter: list[tuple[Builder, tuple[str, ...]]] = [
        (_text_check, ("q",)),
        (_ids_check, _ARRAY_KEYS["ids"]),
        (_guids_check, _ARRAY_KEYS["guids"]),
        (_tags_check, (*_ARRAY_KEYS["tags"], *_ARRAY_KEYS["hide_tags"])),
        (_exts_check, _ARRAY_KEYS["exts"]),
        (_users_check, _ARRAY_KEYS["user_ids"]),
        (_rating_check, _ARRAY_KEYS["rating"]),
        (_folder_check, ("storage_folder_id", "omit_child_storage_folders")),
        (_collection_check, ("collection_id", "omit_child_collections")),
        (
            _lightbox_check,
            ("lightbox_folder_id", "lightbox_id", "omit_child_lightboxes", "omit_child_lightbox_folders"),
        ),
        (_upload_check, ("upload_id", "upload_guid")),
        (_state_check, ("aasm_state", "upload_id", "upload_guid")),
        (_people_check, ("has_people",)),
        (_alt_text_check, ("has_alt_text",)),
        (_gps_check, ("gps",)),
        (_missing_captured_check, ("missing_captured_at",)),
        (_size_check, ("file_size_range",)),
        (_optimization_check, ("optimization_request",)),
        *((_range_check(name), (name,)) for name in ("created_at", "captured_at", "updated_at")),
        *((_flag_check(name), (name,)) for name in ("expired", "submitted")),
    ]
    readers: dict[str, tuple[Builder, ...]] = {}
    for builder, names in by_filter:
        for name in names:
            readers[name] = (*readers.get(name, ()), builder)
    return readers


_BUILDERS: Final = _builders()


# -- order ---------------------------------------------------------------------------------------------


def _sorted(assets: list[Record], sort: str) -> list[Record]:
    field_name, _, direction = sort.partition("-")
    if field_name not in _SORTABLE:  # "custom": the stored order
        return assets
    present = [asset for asset in assets if asset.get(field_name) is not None]
    missing = (
        [asset for asset in assets if asset.get(field_name) is None] if len(present) < len(assets) else []
    )
    present.sort(key=itemgetter(field_name, "id"), reverse=direction == "desc")
    return present + missing if missing else present
