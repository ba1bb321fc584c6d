from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadAssetsFromUrlsBodyAsset")


@_attrs_define
class UploadAssetsFromUrlsBodyAsset:
    """Fields of the created assets (collapsed in the docs)."""

    filename: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename", UNSET)
        if filename is not UNSET and not isinstance(filename, str):
            raise TypeError(f"UploadAssetsFromUrlsBodyAsset.filename: expected str, got {type(filename).__name__}")

        description = d.pop("description", UNSET)
        if description is not UNSET and not isinstance(description, str):
            raise TypeError(
                f"UploadAssetsFromUrlsBodyAsset.description: expected str, got {type(description).__name__}"
            )

        upload_assets_from_urls_body_asset = cls(
            filename,
            description,
        )

        upload_assets_from_urls_body_asset.additional_properties = d
        return upload_assets_from_urls_body_asset

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
