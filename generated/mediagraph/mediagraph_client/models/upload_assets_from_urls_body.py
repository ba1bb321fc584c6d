from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadAssetsFromUrlsBody")


@_attrs_define
class UploadAssetsFromUrlsBody:
    from_url: str
    """ URL of file(s) to upload from, comma delimited """
    contribution_id: int | Unset = UNSET
    """ Contribution ID, leave black to upload into Default Storage Folder """
    asset: UploadAssetsFromUrlsBodyAsset | Unset = UNSET
    """ Fields of the created assets (collapsed in the docs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_url = self.from_url

        contribution_id = self.contribution_id

        asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_url": from_url,
            }
        )
        if contribution_id is not UNSET:
            field_dict["contribution_id"] = contribution_id
        if asset is not UNSET:
            field_dict["asset"] = asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_url = d.pop("from_url")
        if not isinstance(from_url, str):
            raise TypeError(f"UploadAssetsFromUrlsBody.from_url: expected str, got {type(from_url).__name__}")

        contribution_id = d.pop("contribution_id", UNSET)
        if contribution_id is not UNSET and not isinstance(contribution_id, int):
            contribution_id = as_int(contribution_id, "UploadAssetsFromUrlsBody.contribution_id")

        _asset = d.pop("asset", UNSET)
        asset: UploadAssetsFromUrlsBodyAsset | Unset = (
            UNSET if _asset is UNSET else UploadAssetsFromUrlsBodyAsset.from_dict(_asset)
        )

        upload_assets_from_urls_body = cls(
            from_url,
            contribution_id,
            asset,
        )

        upload_assets_from_urls_body.additional_properties = d
        return upload_assets_from_urls_body

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


from ..models.upload_assets_from_urls_body_asset import UploadAssetsFromUrlsBodyAsset  # noqa: E402
