from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchAssetsByPostBody")


@_attrs_define
class SearchAssetsByPostBody:
    page: int | Unset = UNSET
    """  (server default, not sent unless set: 1) """
    per_page: int | Unset = UNSET
    """  (server default, not sent unless set: 25) """
    q: str | Unset = UNSET
    ids: list[int] | Unset = UNSET
    guids: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    exts: list[str] | Unset = UNSET
    storage_folder_id: int | Unset = UNSET
    collection_id: int | Unset = UNSET
    lightbox_id: int | Unset = UNSET
    upload_id: int | Unset = UNSET
    upload_guid: str | Unset = UNSET
    rating: list[int] | Unset = UNSET
    created_at: list[str] | Unset = UNSET
    """ from, to (the GET's 'from,to' as a JSON pair) """
    captured_at: list[str] | Unset = UNSET
    """ from, to (the GET's 'from,to' as a JSON pair) """
    aasm_state: str | Unset = UNSET
    custom_meta: SearchAssetsByPostBodyCustomMeta | Unset = UNSET
    sort: str | Unset = UNSET
    all_ids: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        per_page = self.per_page

        q = self.q

        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        guids: list[str] | Unset = UNSET
        if not isinstance(self.guids, Unset):
            guids = self.guids

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        exts: list[str] | Unset = UNSET
        if not isinstance(self.exts, Unset):
            exts = self.exts

        storage_folder_id = self.storage_folder_id

        collection_id = self.collection_id

        lightbox_id = self.lightbox_id

        upload_id = self.upload_id

        upload_guid = self.upload_guid

        rating: list[int] | Unset = UNSET
        if not isinstance(self.rating, Unset):
            rating = self.rating

        created_at: list[str] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at

        captured_at: list[str] | Unset = UNSET
        if not isinstance(self.captured_at, Unset):
            captured_at = self.captured_at

        aasm_state = self.aasm_state

        custom_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_meta, Unset):
            custom_meta = self.custom_meta.to_dict()

        sort = self.sort

        all_ids = self.all_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if q is not UNSET:
            field_dict["q"] = q
        if ids is not UNSET:
            field_dict["ids"] = ids
        if guids is not UNSET:
            field_dict["guids"] = guids
        if tags is not UNSET:
            field_dict["tags"] = tags
        if exts is not UNSET:
            field_dict["exts"] = exts
        if storage_folder_id is not UNSET:
            field_dict["storage_folder_id"] = storage_folder_id
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if lightbox_id is not UNSET:
            field_dict["lightbox_id"] = lightbox_id
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if upload_guid is not UNSET:
            field_dict["upload_guid"] = upload_guid
        if rating is not UNSET:
            field_dict["rating"] = rating
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if captured_at is not UNSET:
            field_dict["captured_at"] = captured_at
        if aasm_state is not UNSET:
            field_dict["aasm_state"] = aasm_state
        if custom_meta is not UNSET:
            field_dict["custom_meta"] = custom_meta
        if sort is not UNSET:
            field_dict["sort"] = sort
        if all_ids is not UNSET:
            field_dict["all_ids"] = all_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", UNSET)
        if page is not UNSET and not isinstance(page, int):
            page = as_int(page, "SearchAssetsByPostBody.page")

        per_page = d.pop("per_page", UNSET)
        if per_page is not UNSET and not isinstance(per_page, int):
            per_page = as_int(per_page, "SearchAssetsByPostBody.per_page")

        q = d.pop("q", UNSET)
        if q is not UNSET and not isinstance(q, str):
            raise TypeError(f"SearchAssetsByPostBody.q: expected str, got {type(q).__name__}")

        ids: list[int] | Unset = d.pop("ids", UNSET)
        if ids is not UNSET:
            if not isinstance(ids, list):
                raise TypeError("SearchAssetsByPostBody.ids: expected a list of int")
            for ids_item in ids:
                if not (isinstance(ids_item, int) or (isinstance(ids_item, float) and ids_item.is_integer())):
                    raise TypeError("SearchAssetsByPostBody.ids: expected a list of int")

        guids: list[str] | Unset = d.pop("guids", UNSET)
        if guids is not UNSET:
            if not isinstance(guids, list):
                raise TypeError("SearchAssetsByPostBody.guids: expected a list of str")
            for guids_item in guids:
                if not (isinstance(guids_item, str)):
                    raise TypeError("SearchAssetsByPostBody.guids: expected a list of str")

        tags: list[str] | Unset = d.pop("tags", UNSET)
        if tags is not UNSET:
            if not isinstance(tags, list):
                raise TypeError("SearchAssetsByPostBody.tags: expected a list of str")
            for tags_item in tags:
                if not (isinstance(tags_item, str)):
                    raise TypeError("SearchAssetsByPostBody.tags: expected a list of str")

        exts: list[str] | Unset = d.pop("exts", UNSET)
        if exts is not UNSET:
            if not isinstance(exts, list):
                raise TypeError("SearchAssetsByPostBody.exts: expected a list of str")
            for exts_item in exts:
                if not (isinstance(exts_item, str)):
                    raise TypeError("SearchAssetsByPostBody.exts: expected a list of str")

        storage_folder_id = d.pop("storage_folder_id", UNSET)
        if storage_folder_id is not UNSET and not isinstance(storage_folder_id, int):
            storage_folder_id = as_int(storage_folder_id, "SearchAssetsByPostBody.storage_folder_id")

        collection_id = d.pop("collection_id", UNSET)
        if collection_id is not UNSET and not isinstance(collection_id, int):
            collection_id = as_int(collection_id, "SearchAssetsByPostBody.collection_id")

        lightbox_id = d.pop("lightbox_id", UNSET)
        if lightbox_id is not UNSET and not isinstance(lightbox_id, int):
            lightbox_id = as_int(lightbox_id, "SearchAssetsByPostBody.lightbox_id")

        upload_id = d.pop("upload_id", UNSET)
        if upload_id is not UNSET and not isinstance(upload_id, int):
            upload_id = as_int(upload_id, "SearchAssetsByPostBody.upload_id")

        upload_guid = d.pop("upload_guid", UNSET)
        if upload_guid is not UNSET and not isinstance(upload_guid, str):
            raise TypeError(f"SearchAssetsByPostBody.upload_guid: expected str, got {type(upload_guid).__name__}")

        rating: list[int] | Unset = d.pop("rating", UNSET)
        if rating is not UNSET:
            if not isinstance(rating, list):
                raise TypeError("SearchAssetsByPostBody.rating: expected a list of int")
            for rating_item in rating:
                if not (isinstance(rating_item, int) or (isinstance(rating_item, float) and rating_item.is_integer())):
                    raise TypeError("SearchAssetsByPostBody.rating: expected a list of int")

        created_at: list[str] | Unset = d.pop("created_at", UNSET)
        if created_at is not UNSET:
            if not isinstance(created_at, list):
                raise TypeError("SearchAssetsByPostBody.created_at: expected a list of str")
            for created_at_item in created_at:
                if not (isinstance(created_at_item, str)):
                    raise TypeError("SearchAssetsByPostBody.created_at: expected a list of str")

        captured_at: list[str] | Unset = d.pop("captured_at", UNSET)
        if captured_at is not UNSET:
            if not isinstance(captured_at, list):
                raise TypeError("SearchAssetsByPostBody.captured_at: expected a list of str")
            for captured_at_item in captured_at:
                if not (isinstance(captured_at_item, str)):
                    raise TypeError("SearchAssetsByPostBody.captured_at: expected a list of str")

        aasm_state = d.pop("aasm_state", UNSET)
        if aasm_state is not UNSET and not isinstance(aasm_state, str):
            raise TypeError(f"SearchAssetsByPostBody.aasm_state: expected str, got {type(aasm_state).__name__}")

        _custom_meta = d.pop("custom_meta", UNSET)
        custom_meta: SearchAssetsByPostBodyCustomMeta | Unset = (
            UNSET if _custom_meta is UNSET else SearchAssetsByPostBodyCustomMeta.from_dict(_custom_meta)
        )

        sort = d.pop("sort", UNSET)
        if sort is not UNSET and not isinstance(sort, str):
            raise TypeError(f"SearchAssetsByPostBody.sort: expected str, got {type(sort).__name__}")

        all_ids = d.pop("all_ids", UNSET)
        if all_ids is not UNSET and not isinstance(all_ids, bool):
            raise TypeError(f"SearchAssetsByPostBody.all_ids: expected bool, got {type(all_ids).__name__}")

        search_assets_by_post_body = cls(
            page,
            per_page,
            q,
            ids,
            guids,
            tags,
            exts,
            storage_folder_id,
            collection_id,
            lightbox_id,
            upload_id,
            upload_guid,
            rating,
            created_at,
            captured_at,
            aasm_state,
            custom_meta,
            sort,
            all_ids,
        )

        search_assets_by_post_body.additional_properties = d
        return search_assets_by_post_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.search_assets_by_post_body_custom_meta import SearchAssetsByPostBodyCustomMeta  # noqa: E402
