from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.shape_directory_active import ShapeDirectoryActive

T = TypeVar("T", bound="ShapeDirectory")


@_attrs_define
class ShapeDirectory:
    """A directory of shapes.

    Example:
        {'id': 109, 'active': 1, 'title': 'Shapes', 'created_at': '2017-03-28 12:58:33', 'updated_at': '2017-03-28
            12:58:33', 'deleted_at': ''}

    """

    id: int
    active: ShapeDirectoryActive
    """ 1 when active, 0 when not (inferred from the examples, which show 1). """
    title: str
    created_at: str
    """ A date and time as the docs write it: 'Formatted as Y-m-d H:i:s' (lock), e.g. "2016-10-12 12:01:30" (no time
    zone). """
    updated_at: str
    """ A date and time as the docs write it: 'Formatted as Y-m-d H:i:s' (lock), e.g. "2016-10-12 12:01:30" (no time
    zone). """
    deleted_at: None | str
    """ A date and time (Y-m-d H:i:s), or none: the docs write none as null ("deleted_at": null) and as an empty
    string ("deleted_at": "", "lastContentChange": ""). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        active = self.active.value

        title = self.title

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str
        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "active": active,
                "title": title,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "ShapeDirectory.id")

        active = enum_member(ShapeDirectoryActive, d.pop("active"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"ShapeDirectory.title: expected str, got {type(title).__name__}")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"ShapeDirectory.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"ShapeDirectory.updated_at: expected str, got {type(updated_at).__name__}")

        deleted_at: None | str = d.pop("deleted_at")

        shape_directory = cls(
            id,
            active,
            title,
            created_at,
            updated_at,
            deleted_at,
        )

        shape_directory.additional_properties = d
        return shape_directory

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
