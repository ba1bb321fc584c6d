from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetDataVersion")


@_attrs_define
class AssetDataVersion:
    id: int
    asset_id: int
    number: int
    user_id: int | None | Unset = UNSET
    file_size: int | None | Unset = UNSET
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    filename: str | Unset = UNSET
    ext: None | str | Unset = UNSET
    md5: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    is_head: bool | Unset = UNSET
    aasm_state: str | Unset = UNSET
    type_: None | str | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    is_version: bool | Unset = UNSET
    storage_folder_path: None | str | Unset = UNSET
    renditions: list[AssetDataVersionRenditionsItem] | Unset = UNSET
    """ Downloadable sizes and formats (include_renditions=true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        asset_id = self.asset_id

        number = self.number

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        filename = self.filename

        ext: None | str | Unset
        if isinstance(self.ext, Unset):
            ext = UNSET
        else:
            ext = self.ext

        md5: None | str | Unset
        if isinstance(self.md5, Unset):
            md5 = UNSET
        else:
            md5 = self.md5

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        is_head = self.is_head

        aasm_state = self.aasm_state

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        is_version = self.is_version

        storage_folder_path: None | str | Unset
        if isinstance(self.storage_folder_path, Unset):
            storage_folder_path = UNSET
        else:
            storage_folder_path = self.storage_folder_path

        renditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.renditions, Unset):
            renditions = []
            for renditions_item_data in self.renditions:
                renditions_item = renditions_item_data.to_dict()
                renditions.append(renditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "asset_id": asset_id,
                "number": number,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if filename is not UNSET:
            field_dict["filename"] = filename
        if ext is not UNSET:
            field_dict["ext"] = ext
        if md5 is not UNSET:
            field_dict["md5"] = md5
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_head is not UNSET:
            field_dict["is_head"] = is_head
        if aasm_state is not UNSET:
            field_dict["aasm_state"] = aasm_state
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if is_version is not UNSET:
            field_dict["is_version"] = is_version
        if storage_folder_path is not UNSET:
            field_dict["storage_folder_path"] = storage_folder_path
        if renditions is not UNSET:
            field_dict["renditions"] = renditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "AssetDataVersion.id")

        asset_id = d.pop("asset_id")
        if not isinstance(asset_id, int):
            asset_id = as_int(asset_id, "AssetDataVersion.asset_id")

        number = d.pop("number")
        if not isinstance(number, int):
            number = as_int(number, "AssetDataVersion.number")

        user_id: int | None | Unset = d.pop("user_id", UNSET)

        file_size: int | None | Unset = d.pop("file_size", UNSET)

        width: int | None | Unset = d.pop("width", UNSET)

        height: int | None | Unset = d.pop("height", UNSET)

        filename = d.pop("filename", UNSET)
        if filename is not UNSET and not isinstance(filename, str):
            raise TypeError(f"AssetDataVersion.filename: expected str, got {type(filename).__name__}")

        ext: None | str | Unset = d.pop("ext", UNSET)

        md5: None | str | Unset = d.pop("md5", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            UNSET if _updated_at is UNSET else datetime.datetime.fromisoformat(_updated_at)
        )

        is_head = d.pop("is_head", UNSET)
        if is_head is not UNSET and not isinstance(is_head, bool):
            raise TypeError(f"AssetDataVersion.is_head: expected bool, got {type(is_head).__name__}")

        aasm_state = d.pop("aasm_state", UNSET)
        if aasm_state is not UNSET and not isinstance(aasm_state, str):
            raise TypeError(f"AssetDataVersion.aasm_state: expected str, got {type(aasm_state).__name__}")

        type_: None | str | Unset = d.pop("type", UNSET)

        mime_type: None | str | Unset = d.pop("mime_type", UNSET)

        is_version = d.pop("is_version", UNSET)
        if is_version is not UNSET and not isinstance(is_version, bool):
            raise TypeError(f"AssetDataVersion.is_version: expected bool, got {type(is_version).__name__}")

        storage_folder_path: None | str | Unset = d.pop("storage_folder_path", UNSET)

        _renditions = d.pop("renditions", UNSET)
        renditions: list[AssetDataVersionRenditionsItem] | Unset = UNSET
        if _renditions is not UNSET:
            renditions = []
            for renditions_item_data in _renditions:
                renditions_item = AssetDataVersionRenditionsItem.from_dict(renditions_item_data)

                renditions.append(renditions_item)

        asset_data_version = cls(
            id,
            asset_id,
            number,
            user_id,
            file_size,
            width,
            height,
            filename,
            ext,
            md5,
            created_at,
            updated_at,
            is_head,
            aasm_state,
            type_,
            mime_type,
            is_version,
            storage_folder_path,
            renditions,
        )

        asset_data_version.additional_properties = d
        return asset_data_version

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


from ..models.asset_data_version_renditions_item import AssetDataVersionRenditionsItem  # noqa: E402
