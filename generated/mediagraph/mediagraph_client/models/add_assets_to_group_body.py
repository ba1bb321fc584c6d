from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_group_id = self.asset_group_id

        ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        ids = cast(list[int], d.pop("ids[]"))

        add_assets_to_group_body = cls(
            asset_group_id=asset_group_id,
            ids=ids,
        )

        add_assets_to_group_body.additional_properties = d
        return add_assets_to_group_body

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
