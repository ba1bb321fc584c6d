from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int, enum_member
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

    def to_dict(self) -> dict[str, Any]:
        sort_order = self.sort_order

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

        field_dict: dict[str, Any] = {}

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
        if sort_order is not UNSET and not isinstance(sort_order, int):
            sort_order = as_int(sort_order, "ImageUpdate.sortOrder")

        active: ImageUpdateActive | Unset = d.pop("active", UNSET)
        if active is not UNSET:
            active = enum_member(ImageUpdateActive, active)

        image_update = cls(
            sort_order,
            active,
        )

        return image_update
