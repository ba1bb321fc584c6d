from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, as_uuid, enum_member
from ..models.asset_aasm_state import AssetAasmState
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreparedAsset")


@_attrs_define
class PreparedAsset:
    id: int
    guid: UUID
    filename: str
    signed_upload_url: str
    """ Use this URL to PUT the file data (valid for 1 hour). """
    short_guid: str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    type_: str | Unset = UNSET
    """ Image, Video, Document, ... """
    ext: None | str | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    headline: None | str | Unset = UNSET
    alt_text: None | str | Unset = UNSET
    rating: int | None | Unset = UNSET
    has_people: bool | None | Unset = UNSET
    aspect: None | str | Unset = UNSET
    md5: None | str | Unset = UNSET
    aasm_state: AssetAasmState | Unset = UNSET
    data_version_number: int | Unset = UNSET
    data_versions_count: int | Unset = UNSET
    upload_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    storage_folder_id: int | None | Unset = UNSET
    storage_folder_path: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    collection_ids: list[int] | Unset = UNSET
    lightbox_ids: list[int] | Unset = UNSET
    collective_work_ids: list[int] | Unset = UNSET
    created_via: None | str | Unset = UNSET
    created_via_id: None | str | Unset = UNSET
    captured_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    upload_started_at: datetime.datetime | None | Unset = UNSET
    upload_finished_at: datetime.datetime | None | Unset = UNSET
    optimization_requested_at: datetime.datetime | None | Unset = UNSET
    optimization_completed_at: datetime.datetime | None | Unset = UNSET
    last_external_sync_at: datetime.datetime | None | Unset = UNSET
    submitted: bool | Unset = UNSET
    expired: bool | Unset = UNSET
    downloadable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        guid = str(self.guid)

        filename = self.filename

        signed_upload_url = self.signed_upload_url

        short_guid = self.short_guid

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        type_ = self.type_

        ext: None | str | Unset
        if isinstance(self.ext, Unset):
            ext = UNSET
        else:
            ext = self.ext

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        alt_text: None | str | Unset
        if isinstance(self.alt_text, Unset):
            alt_text = UNSET
        else:
            alt_text = self.alt_text

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        has_people: bool | None | Unset
        if isinstance(self.has_people, Unset):
            has_people = UNSET
        else:
            has_people = self.has_people

        aspect: None | str | Unset
        if isinstance(self.aspect, Unset):
            aspect = UNSET
        else:
            aspect = self.aspect

        md5: None | str | Unset
        if isinstance(self.md5, Unset):
            md5 = UNSET
        else:
            md5 = self.md5

        aasm_state: str | Unset = UNSET
        if not isinstance(self.aasm_state, Unset):
            aasm_state = self.aasm_state.value

        data_version_number = self.data_version_number

        data_versions_count = self.data_versions_count

        upload_id: int | None | Unset
        if isinstance(self.upload_id, Unset):
            upload_id = UNSET
        else:
            upload_id = self.upload_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        storage_folder_id: int | None | Unset
        if isinstance(self.storage_folder_id, Unset):
            storage_folder_id = UNSET
        else:
            storage_folder_id = self.storage_folder_id

        storage_folder_path: None | str | Unset
        if isinstance(self.storage_folder_path, Unset):
            storage_folder_path = UNSET
        else:
            storage_folder_path = self.storage_folder_path

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        collection_ids: list[int] | Unset = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

        lightbox_ids: list[int] | Unset = UNSET
        if not isinstance(self.lightbox_ids, Unset):
            lightbox_ids = self.lightbox_ids

        collective_work_ids: list[int] | Unset = UNSET
        if not isinstance(self.collective_work_ids, Unset):
            collective_work_ids = self.collective_work_ids

        created_via: None | str | Unset
        if isinstance(self.created_via, Unset):
            created_via = UNSET
        else:
            created_via = self.created_via

        created_via_id: None | str | Unset
        if isinstance(self.created_via_id, Unset):
            created_via_id = UNSET
        else:
            created_via_id = self.created_via_id

        captured_at: None | str | Unset
        if isinstance(self.captured_at, Unset):
            captured_at = UNSET
        elif isinstance(self.captured_at, datetime.datetime):
            captured_at = self.captured_at.isoformat()
        else:
            captured_at = self.captured_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        upload_started_at: None | str | Unset
        if isinstance(self.upload_started_at, Unset):
            upload_started_at = UNSET
        elif isinstance(self.upload_started_at, datetime.datetime):
            upload_started_at = self.upload_started_at.isoformat()
        else:
            upload_started_at = self.upload_started_at

        upload_finished_at: None | str | Unset
        if isinstance(self.upload_finished_at, Unset):
            upload_finished_at = UNSET
        elif isinstance(self.upload_finished_at, datetime.datetime):
            upload_finished_at = self.upload_finished_at.isoformat()
        else:
            upload_finished_at = self.upload_finished_at

        optimization_requested_at: None | str | Unset
        if isinstance(self.optimization_requested_at, Unset):
            optimization_requested_at = UNSET
        elif isinstance(self.optimization_requested_at, datetime.datetime):
            optimization_requested_at = self.optimization_requested_at.isoformat()
        else:
            optimization_requested_at = self.optimization_requested_at

        optimization_completed_at: None | str | Unset
        if isinstance(self.optimization_completed_at, Unset):
            optimization_completed_at = UNSET
        elif isinstance(self.optimization_completed_at, datetime.datetime):
            optimization_completed_at = self.optimization_completed_at.isoformat()
        else:
            optimization_completed_at = self.optimization_completed_at

        last_external_sync_at: None | str | Unset
        if isinstance(self.last_external_sync_at, Unset):
            last_external_sync_at = UNSET
        elif isinstance(self.last_external_sync_at, datetime.datetime):
            last_external_sync_at = self.last_external_sync_at.isoformat()
        else:
            last_external_sync_at = self.last_external_sync_at

        submitted = self.submitted

        expired = self.expired

        downloadable = self.downloadable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "guid": guid,
                "filename": filename,
                "signed_upload_url": signed_upload_url,
            }
        )
        if short_guid is not UNSET:
            field_dict["short_guid"] = short_guid
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ext is not UNSET:
            field_dict["ext"] = ext
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if description is not UNSET:
            field_dict["description"] = description
        if title is not UNSET:
            field_dict["title"] = title
        if headline is not UNSET:
            field_dict["headline"] = headline
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        if rating is not UNSET:
            field_dict["rating"] = rating
        if has_people is not UNSET:
            field_dict["has_people"] = has_people
        if aspect is not UNSET:
            field_dict["aspect"] = aspect
        if md5 is not UNSET:
            field_dict["md5"] = md5
        if aasm_state is not UNSET:
            field_dict["aasm_state"] = aasm_state
        if data_version_number is not UNSET:
            field_dict["data_version_number"] = data_version_number
        if data_versions_count is not UNSET:
            field_dict["data_versions_count"] = data_versions_count
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if storage_folder_id is not UNSET:
            field_dict["storage_folder_id"] = storage_folder_id
        if storage_folder_path is not UNSET:
            field_dict["storage_folder_path"] = storage_folder_path
        if tags is not UNSET:
            field_dict["tags"] = tags
        if collection_ids is not UNSET:
            field_dict["collection_ids"] = collection_ids
        if lightbox_ids is not UNSET:
            field_dict["lightbox_ids"] = lightbox_ids
        if collective_work_ids is not UNSET:
            field_dict["collective_work_ids"] = collective_work_ids
        if created_via is not UNSET:
            field_dict["created_via"] = created_via
        if created_via_id is not UNSET:
            field_dict["created_via_id"] = created_via_id
        if captured_at is not UNSET:
            field_dict["captured_at"] = captured_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if upload_started_at is not UNSET:
            field_dict["upload_started_at"] = upload_started_at
        if upload_finished_at is not UNSET:
            field_dict["upload_finished_at"] = upload_finished_at
        if optimization_requested_at is not UNSET:
            field_dict["optimization_requested_at"] = optimization_requested_at
        if optimization_completed_at is not UNSET:
            field_dict["optimization_completed_at"] = optimization_completed_at
        if last_external_sync_at is not UNSET:
            field_dict["last_external_sync_at"] = last_external_sync_at
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if expired is not UNSET:
            field_dict["expired"] = expired
        if downloadable is not UNSET:
            field_dict["downloadable"] = downloadable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "PreparedAsset.id")

        guid = as_uuid(d.pop("guid"))

        filename = d.pop("filename")
        if not isinstance(filename, str):
            raise TypeError(f"PreparedAsset.filename: expected str, got {type(filename).__name__}")

        signed_upload_url = d.pop("signed_upload_url")
        if not isinstance(signed_upload_url, str):
            raise TypeError(f"PreparedAsset.signed_upload_url: expected str, got {type(signed_upload_url).__name__}")

        short_guid = d.pop("short_guid", UNSET)
        if short_guid is not UNSET and not isinstance(short_guid, str):
            raise TypeError(f"PreparedAsset.short_guid: expected str, got {type(short_guid).__name__}")

        file_size: int | None | Unset = d.pop("file_size", UNSET)

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"PreparedAsset.type: expected str, got {type(type_).__name__}")

        ext: None | str | Unset = d.pop("ext", UNSET)

        mime_type: None | str | Unset = d.pop("mime_type", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        headline: None | str | Unset = d.pop("headline", UNSET)

        alt_text: None | str | Unset = d.pop("alt_text", UNSET)

        rating: int | None | Unset = d.pop("rating", UNSET)

        has_people: bool | None | Unset = d.pop("has_people", UNSET)

        aspect: None | str | Unset = d.pop("aspect", UNSET)

        md5: None | str | Unset = d.pop("md5", UNSET)

        aasm_state: AssetAasmState | Unset = d.pop("aasm_state", UNSET)
        if aasm_state is not UNSET:
            aasm_state = enum_member(AssetAasmState, aasm_state)

        data_version_number = d.pop("data_version_number", UNSET)
        if data_version_number is not UNSET and not isinstance(data_version_number, int):
            data_version_number = as_int(data_version_number, "PreparedAsset.data_version_number")

        data_versions_count = d.pop("data_versions_count", UNSET)
        if data_versions_count is not UNSET and not isinstance(data_versions_count, int):
            data_versions_count = as_int(data_versions_count, "PreparedAsset.data_versions_count")

        upload_id: int | None | Unset = d.pop("upload_id", UNSET)

        user_id: int | None | Unset = d.pop("user_id", UNSET)

        storage_folder_id: int | None | Unset = d.pop("storage_folder_id", UNSET)

        storage_folder_path: None | str | Unset = d.pop("storage_folder_path", UNSET)

        tags: list[str] | Unset = d.pop("tags", UNSET)
        if tags is not UNSET:
            if not isinstance(tags, list):
                raise TypeError("PreparedAsset.tags: expected a list of str")
            for tags_item in tags:
                if not (isinstance(tags_item, str)):
                    raise TypeError("PreparedAsset.tags: expected a list of str")

        collection_ids: list[int] | Unset = d.pop("collection_ids", UNSET)
        if collection_ids is not UNSET:
            if not isinstance(collection_ids, list):
                raise TypeError("PreparedAsset.collection_ids: expected a list of int")
            for collection_ids_item in collection_ids:
                if not (
                    isinstance(collection_ids_item, int)
                    or (isinstance(collection_ids_item, float) and collection_ids_item.is_integer())
                ):
                    raise TypeError("PreparedAsset.collection_ids: expected a list of int")

        lightbox_ids: list[int] | Unset = d.pop("lightbox_ids", UNSET)
        if lightbox_ids is not UNSET:
            if not isinstance(lightbox_ids, list):
                raise TypeError("PreparedAsset.lightbox_ids: expected a list of int")
            for lightbox_ids_item in lightbox_ids:
                if not (
                    isinstance(lightbox_ids_item, int)
                    or (isinstance(lightbox_ids_item, float) and lightbox_ids_item.is_integer())
                ):
                    raise TypeError("PreparedAsset.lightbox_ids: expected a list of int")

        collective_work_ids: list[int] | Unset = d.pop("collective_work_ids", UNSET)
        if collective_work_ids is not UNSET:
            if not isinstance(collective_work_ids, list):
                raise TypeError("PreparedAsset.collective_work_ids: expected a list of int")
            for collective_work_ids_item in collective_work_ids:
                if not (
                    isinstance(collective_work_ids_item, int)
                    or (isinstance(collective_work_ids_item, float) and collective_work_ids_item.is_integer())
                ):
                    raise TypeError("PreparedAsset.collective_work_ids: expected a list of int")

        created_via: None | str | Unset = d.pop("created_via", UNSET)

        created_via_id: None | str | Unset = d.pop("created_via_id", UNSET)

        captured_at: datetime.datetime | None | Unset = d.pop("captured_at", UNSET)
        if captured_at is not UNSET and isinstance(captured_at, str):
            try:
                captured_at_type_0 = datetime.datetime.fromisoformat(captured_at)

                captured_at = captured_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            UNSET if _updated_at is UNSET else datetime.datetime.fromisoformat(_updated_at)
        )

        upload_started_at: datetime.datetime | None | Unset = d.pop("upload_started_at", UNSET)
        if upload_started_at is not UNSET and isinstance(upload_started_at, str):
            try:
                upload_started_at_type_0 = datetime.datetime.fromisoformat(upload_started_at)

                upload_started_at = upload_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        upload_finished_at: datetime.datetime | None | Unset = d.pop("upload_finished_at", UNSET)
        if upload_finished_at is not UNSET and isinstance(upload_finished_at, str):
            try:
                upload_finished_at_type_0 = datetime.datetime.fromisoformat(upload_finished_at)

                upload_finished_at = upload_finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        optimization_requested_at: datetime.datetime | None | Unset = d.pop("optimization_requested_at", UNSET)
        if optimization_requested_at is not UNSET and isinstance(optimization_requested_at, str):
            try:
                optimization_requested_at_type_0 = datetime.datetime.fromisoformat(optimization_requested_at)

                optimization_requested_at = optimization_requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        optimization_completed_at: datetime.datetime | None | Unset = d.pop("optimization_completed_at", UNSET)
        if optimization_completed_at is not UNSET and isinstance(optimization_completed_at, str):
            try:
                optimization_completed_at_type_0 = datetime.datetime.fromisoformat(optimization_completed_at)

                optimization_completed_at = optimization_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        last_external_sync_at: datetime.datetime | None | Unset = d.pop("last_external_sync_at", UNSET)
        if last_external_sync_at is not UNSET and isinstance(last_external_sync_at, str):
            try:
                last_external_sync_at_type_0 = datetime.datetime.fromisoformat(last_external_sync_at)

                last_external_sync_at = last_external_sync_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        submitted = d.pop("submitted", UNSET)
        if submitted is not UNSET and not isinstance(submitted, bool):
            raise TypeError(f"PreparedAsset.submitted: expected bool, got {type(submitted).__name__}")

        expired = d.pop("expired", UNSET)
        if expired is not UNSET and not isinstance(expired, bool):
            raise TypeError(f"PreparedAsset.expired: expected bool, got {type(expired).__name__}")

        downloadable = d.pop("downloadable", UNSET)
        if downloadable is not UNSET and not isinstance(downloadable, bool):
            raise TypeError(f"PreparedAsset.downloadable: expected bool, got {type(downloadable).__name__}")

        prepared_asset = cls(
            id,
            guid,
            filename,
            signed_upload_url,
            short_guid,
            file_size,
            type_,
            ext,
            mime_type,
            description,
            title,
            headline,
            alt_text,
            rating,
            has_people,
            aspect,
            md5,
            aasm_state,
            data_version_number,
            data_versions_count,
            upload_id,
            user_id,
            storage_folder_id,
            storage_folder_path,
            tags,
            collection_ids,
            lightbox_ids,
            collective_work_ids,
            created_via,
            created_via_id,
            captured_at,
            created_at,
            updated_at,
            upload_started_at,
            upload_finished_at,
            optimization_requested_at,
            optimization_completed_at,
            last_external_sync_at,
            submitted,
            expired,
            downloadable,
        )

        prepared_asset.additional_properties = d
        return prepared_asset

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
