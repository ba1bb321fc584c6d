from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int, enum_member
from ..models.shape_update_active import ShapeUpdateActive
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShapeUpdate")


@_attrs_define
class ShapeUpdate:
    """What Update shape changes.

    Example:
        {'sortOrder': 1}

    """

    sort_order: int | Unset = UNSET
    active: ShapeUpdateActive | Unset = UNSET
    """ 1 active, 0 inactive. """
    type_: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sort_order = self.sort_order

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if active is not UNSET:
            field_dict["active"] = active
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sort_order = d.pop("sortOrder", UNSET)
        if sort_order is not UNSET and not isinstance(sort_order, int):
            sort_order = as_int(sort_order, "ShapeUpdate.sortOrder")

        active: ShapeUpdateActive | Unset = d.pop("active", UNSET)
        if active is not UNSET:
            active = enum_member(ShapeUpdateActive, active)

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"ShapeUpdate.type: expected str, got {type(type_).__name__}")

        shape_update = cls(
            sort_order,
            active,
            type_,
        )

        return shape_update
