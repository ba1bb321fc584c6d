from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shape_directory_update_active import ShapeDirectoryUpdateActive
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShapeDirectoryUpdate")


@_attrs_define
class ShapeDirectoryUpdate:
    """What Update shape directory changes.

    Example:
        {'title': 'Shapes'}

    """

    title: str | Unset = UNSET
    active: ShapeDirectoryUpdateActive | Unset = UNSET
    """ 1 active, 0 inactive. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _active = d.pop("active", UNSET)
        active: ShapeDirectoryUpdateActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = ShapeDirectoryUpdateActive(_active)

        shape_directory_update = cls(
            title=title,
            active=active,
        )

        shape_directory_update.additional_properties = d
        return shape_directory_update

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
