from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCollectiveWorkBody")


@_attrs_define
class UpdateCollectiveWorkBody:
    preview_asset_id: int | Unset = UNSET
    """ ID of an Image Asset to use as the preview (e.g. rendered preview of an INDD) """
    remove_preview_asset: bool | Unset = UNSET
    """ Set to true to remove the preview Asset """
    asset_ids: list[int] | Unset = UNSET
    """ Array of Asset IDs to set. """

    def to_dict(self) -> dict[str, Any]:
        preview_asset_id = self.preview_asset_id

        remove_preview_asset = self.remove_preview_asset

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if preview_asset_id is not UNSET:
            field_dict["preview_asset_id"] = preview_asset_id
        if remove_preview_asset is not UNSET:
            field_dict["remove_preview_asset"] = remove_preview_asset
        if asset_ids is not UNSET:
            field_dict["asset_ids[]"] = asset_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preview_asset_id = d.pop("preview_asset_id", UNSET)
        if preview_asset_id is not UNSET and not isinstance(preview_asset_id, int):
            preview_asset_id = as_int(preview_asset_id, "UpdateCollectiveWorkBody.preview_asset_id")

        remove_preview_asset = d.pop("remove_preview_asset", UNSET)
        if remove_preview_asset is not UNSET and not isinstance(remove_preview_asset, bool):
            raise TypeError(
                f"UpdateCollectiveWorkBody.remove_preview_asset: expected bool, got {type(remove_preview_asset).__name__}"
            )

        asset_ids: list[int] | Unset = d.pop("asset_ids[]", UNSET)
        if asset_ids is not UNSET:
            if not isinstance(asset_ids, list):
                raise TypeError("UpdateCollectiveWorkBody.asset_ids[]: expected a list of int")
            for asset_ids_item in asset_ids:
                if not (
                    isinstance(asset_ids_item, int)
                    or (isinstance(asset_ids_item, float) and asset_ids_item.is_integer())
                ):
                    raise TypeError("UpdateCollectiveWorkBody.asset_ids[]: expected a list of int")

        update_collective_work_body = cls(
            preview_asset_id,
            remove_preview_asset,
            asset_ids,
        )

        return update_collective_work_body
