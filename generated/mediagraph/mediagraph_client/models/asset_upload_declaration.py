from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUploadDeclaration")


@_attrs_define
class AssetUploadDeclaration:
    filename: str
    """ Asset filename """
    file_size: int
    """ Asset file size """
    created_via: str | Unset = UNSET
    """ Name of external service creating this Asset, e.g. 'api' or 'lightroom' """
    created_via_id: str | Unset = UNSET
    """ ID for the file on the external service. """
    path: str | Unset = UNSET
    """ Only needed for multi-directory uploads; child Storage Folders will be created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        file_size = self.file_size

        created_via = self.created_via

        created_via_id = self.created_via_id

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "file_size": file_size,
            }
        )
        if created_via is not UNSET:
            field_dict["created_via"] = created_via
        if created_via_id is not UNSET:
            field_dict["created_via_id"] = created_via_id
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")
        if not isinstance(filename, str):
            raise TypeError(f"AssetUploadDeclaration.filename: expected str, got {type(filename).__name__}")

        file_size = d.pop("file_size")
        if not isinstance(file_size, int):
            file_size = as_int(file_size, "AssetUploadDeclaration.file_size")

        created_via = d.pop("created_via", UNSET)
        if created_via is not UNSET and not isinstance(created_via, str):
            raise TypeError(f"AssetUploadDeclaration.created_via: expected str, got {type(created_via).__name__}")

        created_via_id = d.pop("created_via_id", UNSET)
        if created_via_id is not UNSET and not isinstance(created_via_id, str):
            raise TypeError(f"AssetUploadDeclaration.created_via_id: expected str, got {type(created_via_id).__name__}")

        path = d.pop("path", UNSET)
        if path is not UNSET and not isinstance(path, str):
            raise TypeError(f"AssetUploadDeclaration.path: expected str, got {type(path).__name__}")

        asset_upload_declaration = cls(
            filename,
            file_size,
            created_via,
            created_via_id,
            path,
        )

        asset_upload_declaration.additional_properties = d
        return asset_upload_declaration

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
