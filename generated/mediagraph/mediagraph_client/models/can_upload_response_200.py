from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CanUploadResponse200")


@_attrs_define
class CanUploadResponse200:
    can_upload: bool
    can_create_storage_folders: bool
    can_view_storage_folders: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_upload = self.can_upload

        can_create_storage_folders = self.can_create_storage_folders

        can_view_storage_folders = self.can_view_storage_folders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_upload": can_upload,
                "can_create_storage_folders": can_create_storage_folders,
                "can_view_storage_folders": can_view_storage_folders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_upload = d.pop("can_upload")
        if not isinstance(can_upload, bool):
            raise TypeError(f"CanUploadResponse200.can_upload: expected bool, got {type(can_upload).__name__}")

        can_create_storage_folders = d.pop("can_create_storage_folders")
        if not isinstance(can_create_storage_folders, bool):
            raise TypeError(
                f"CanUploadResponse200.can_create_storage_folders: expected bool, got {type(can_create_storage_folders).__name__}"
            )

        can_view_storage_folders = d.pop("can_view_storage_folders")
        if not isinstance(can_view_storage_folders, bool):
            raise TypeError(
                f"CanUploadResponse200.can_view_storage_folders: expected bool, got {type(can_view_storage_folders).__name__}"
            )

        can_upload_response_200 = cls(
            can_upload,
            can_create_storage_folders,
            can_view_storage_folders,
        )

        can_upload_response_200.additional_properties = d
        return can_upload_response_200

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
