from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddAssetToCollectionBody")


@_attrs_define
class AddAssetToCollectionBody:
    asset_id: int
    """ ID of Asset To Add """
    position: int | Unset = UNSET
    """ ID of parent folder, blank for root level """

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_id": asset_id,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")
        if not isinstance(asset_id, int):
            asset_id = as_int(asset_id, "AddAssetToCollectionBody.asset_id")

        position = d.pop("position", UNSET)
        if position is not UNSET and not isinstance(position, int):
            position = as_int(position, "AddAssetToCollectionBody.position")

        add_asset_to_collection_body = cls(
            asset_id,
            position,
        )

        return add_asset_to_collection_body
