from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_update_active import ImageUpdateActive
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageUpdate")


@_attrs_define
class ImageUpdate:
    """What Update image changes.

    Example:
        {'sortOrder': 1}

    """

    sort_order: int | Unset = UNSET
    active: ImageUpdateActive | Unset = UNSET
    """ 1 active, 0 inactive. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sort_order = self.sort_order

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sort_order = d.pop("sortOrder", UNSET)

        _active = d.pop("active", UNSET)
        active: ImageUpdateActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = ImageUpdateActive(_active)

        image_update = cls(
            sort_order=sort_order,
            active=active,
        )

        image_update.additional_properties = d
        return image_update

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
