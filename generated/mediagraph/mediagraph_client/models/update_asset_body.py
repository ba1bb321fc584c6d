from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAssetBody")


@_attrs_define
class UpdateAssetBody:
    asset: AssetUpdate | Unset = UNSET
    """ The fields of `asset` in Update Asset (collapsed in the docs; from 1.2.0). """
    sync: bool | Unset = UNSET
    """ Sets last_external_sync_at timestamp on Asset """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.to_dict()

        sync = self.sync

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if sync is not UNSET:
            field_dict["sync"] = sync

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _asset = d.pop("asset", UNSET)
        asset: AssetUpdate | Unset = UNSET if _asset is UNSET else AssetUpdate.from_dict(_asset)

        sync = d.pop("sync", UNSET)
        if sync is not UNSET and not isinstance(sync, bool):
            raise TypeError(f"UpdateAssetBody.sync: expected bool, got {type(sync).__name__}")

        update_asset_body = cls(
            asset,
            sync,
        )

        update_asset_body.additional_properties = d
        return update_asset_body

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


from ..models.asset_update import AssetUpdate  # noqa: E402
