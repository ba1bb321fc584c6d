from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import enum_member
from ..models.prepare_download_body_download_size import PrepareDownloadBodyDownloadSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrepareDownloadBodyDownload")


@_attrs_define
class PrepareDownloadBodyDownload:
    asset_ids: list[int]
    """ The IDs of the Assets to download """
    size: PrepareDownloadBodyDownloadSize | Unset = UNSET
    """ The maximum size requested for assets in the download """
    watermarked: bool | Unset = UNSET
    """ Request watermarked versions """
    via: str | Unset = UNSET
    """ Description of the app or integration making the API call """
    skip_meta: bool | Unset = UNSET
    """ Do not write metadata on the fly to the file (original file size and MD5 will match) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_ids = self.asset_ids

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        watermarked = self.watermarked

        via = self.via

        skip_meta = self.skip_meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_ids": asset_ids,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if watermarked is not UNSET:
            field_dict["watermarked"] = watermarked
        if via is not UNSET:
            field_dict["via"] = via
        if skip_meta is not UNSET:
            field_dict["skip_meta"] = skip_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_ids: list[int] = d.pop("asset_ids")
        if not isinstance(asset_ids, list):
            raise TypeError("PrepareDownloadBodyDownload.asset_ids: expected a list of int")
        for asset_ids_item in asset_ids:
            if not (
                isinstance(asset_ids_item, int) or (isinstance(asset_ids_item, float) and asset_ids_item.is_integer())
            ):
                raise TypeError("PrepareDownloadBodyDownload.asset_ids: expected a list of int")

        size: PrepareDownloadBodyDownloadSize | Unset = d.pop("size", UNSET)
        if size is not UNSET:
            size = enum_member(PrepareDownloadBodyDownloadSize, size)

        watermarked = d.pop("watermarked", UNSET)
        if watermarked is not UNSET and not isinstance(watermarked, bool):
            raise TypeError(f"PrepareDownloadBodyDownload.watermarked: expected bool, got {type(watermarked).__name__}")

        via = d.pop("via", UNSET)
        if via is not UNSET and not isinstance(via, str):
            raise TypeError(f"PrepareDownloadBodyDownload.via: expected str, got {type(via).__name__}")

        skip_meta = d.pop("skip_meta", UNSET)
        if skip_meta is not UNSET and not isinstance(skip_meta, bool):
            raise TypeError(f"PrepareDownloadBodyDownload.skip_meta: expected bool, got {type(skip_meta).__name__}")

        prepare_download_body_download = cls(
            asset_ids,
            size,
            watermarked,
            via,
            skip_meta,
        )

        prepare_download_body_download.additional_properties = d
        return prepare_download_body_download

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
