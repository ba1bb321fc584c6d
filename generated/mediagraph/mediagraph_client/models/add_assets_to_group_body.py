from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="AddAssetsToGroupBody")


@_attrs_define
class AddAssetsToGroupBody:
    """
    Example:
        {'ids[]': [1487, 1488], 'asset_group_id': 64373}

    """

    asset_group_id: int
    """ ID of Collection or Lightbox """
    ids: list[int]
    """ Array of Asset IDs to add. """

    def to_dict(self) -> dict[str, Any]:
        asset_group_id = self.asset_group_id

        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_group_id": asset_group_id,
                "ids[]": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_group_id = d.pop("asset_group_id")
        if not isinstance(asset_group_id, int):
            asset_group_id = as_int(asset_group_id, "AddAssetsToGroupBody.asset_group_id")

        ids: list[int] = d.pop("ids[]")
        if not isinstance(ids, list):
            raise TypeError("AddAssetsToGroupBody.ids[]: expected a list of int")
        for ids_item in ids:
            if not (isinstance(ids_item, int) or (isinstance(ids_item, float) and ids_item.is_integer())):
                raise TypeError("AddAssetsToGroupBody.ids[]: expected a list of int")

        add_assets_to_group_body = cls(
            asset_group_id,
            ids,
        )

        return add_assets_to_group_body
