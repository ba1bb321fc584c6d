from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ShapeDirectoryCreate")


@_attrs_define
class ShapeDirectoryCreate:
    """What Create shape directory takes.

    Example:
        {'title': 'Shapes'}

    """

    title: str

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"ShapeDirectoryCreate.title: expected str, got {type(title).__name__}")

        shape_directory_create = cls(
            title,
        )

        return shape_directory_create
