from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.shape_active import ShapeActive

T = TypeVar("T", bound="Shape")


@_attrs_define
class Shape:
    """A shape (an SVG drawing) in a shape directory.

    Example:
        {'id': 1465, 'shapedirectory_id': 123, 'active': 1, 'type': 'polygon', 'content': '<?xml version="1.0"
            encoding="utf-8"?>\\n<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 167
            158.9"><polygon points="83.5,1.2 102.9,61 165.9,61 115,98 134.4,157.8 83.5,120.9 32.6,157.8 52,98 1.1,61 64.1,61
            "/></svg>', 'fileName': '7848947e-877f-11e7-86e4-080027c30a85.png', 'sortOrder': 1, 'created_at': '2017-08-22
            23:18:47', 'updated_at': '2017-08-22 23:18:47', 'deleted_at': ''}

    """

    id: int
    shapedirectory_id: int
    active: ShapeActive
    """ 1 when active, 0 when not (inferred from the examples, which show 1). """
    type_: str
    """ The shape type ("polygon" in the example). """
    content: str
    """ The SVG document. """
    file_name: str
    sort_order: int
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

        shapedirectory_id = self.shapedirectory_id

        active = self.active.value

        type_ = self.type_

        content = self.content

        file_name = self.file_name

        sort_order = self.sort_order

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str
        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "shapedirectory_id": shapedirectory_id,
                "active": active,
                "type": type_,
                "content": content,
                "fileName": file_name,
                "sortOrder": sort_order,
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
            id = as_int(id, "Shape.id")

        shapedirectory_id = d.pop("shapedirectory_id")
        if not isinstance(shapedirectory_id, int):
            shapedirectory_id = as_int(shapedirectory_id, "Shape.shapedirectory_id")

        active = enum_member(ShapeActive, d.pop("active"))

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"Shape.type: expected str, got {type(type_).__name__}")

        content = d.pop("content")
        if not isinstance(content, str):
            raise TypeError(f"Shape.content: expected str, got {type(content).__name__}")

        file_name = d.pop("fileName")
        if not isinstance(file_name, str):
            raise TypeError(f"Shape.fileName: expected str, got {type(file_name).__name__}")

        sort_order = d.pop("sortOrder")
        if not isinstance(sort_order, int):
            sort_order = as_int(sort_order, "Shape.sortOrder")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"Shape.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"Shape.updated_at: expected str, got {type(updated_at).__name__}")

        deleted_at: None | str = d.pop("deleted_at")

        shape = cls(
            id,
            shapedirectory_id,
            active,
            type_,
            content,
            file_name,
            sort_order,
            created_at,
            updated_at,
            deleted_at,
        )

        shape.additional_properties = d
        return shape

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
