from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import enum_member
from ..models.image_directory_update_active import ImageDirectoryUpdateActive
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageDirectoryUpdate")


@_attrs_define
class ImageDirectoryUpdate:
    """What Update image directory changes.

    Example:
        {'title': 'Images'}

    """

    title: str | Unset = UNSET
    active: ImageDirectoryUpdateActive | Unset = UNSET
    """ 1 active, 0 inactive. """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

        field_dict: dict[str, Any] = {}

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
        if title is not UNSET and not isinstance(title, str):
            raise TypeError(f"ImageDirectoryUpdate.title: expected str, got {type(title).__name__}")

        active: ImageDirectoryUpdateActive | Unset = d.pop("active", UNSET)
        if active is not UNSET:
            active = enum_member(ImageDirectoryUpdateActive, active)

        image_directory_update = cls(
            title,
            active,
        )

        return image_directory_update
