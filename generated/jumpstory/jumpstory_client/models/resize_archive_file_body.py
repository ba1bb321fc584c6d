from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResizeArchiveFileBody")


@_attrs_define
class ResizeArchiveFileBody:
    height: int | Unset = UNSET
    """ Define a height to get a scaled version. """
    width: int | Unset = UNSET
    """ Define a width to get a scaled version. Defaults to 1600 (server default, not sent unless set: 1600) """
    optimize: bool | Unset = UNSET
    """ Optimize filesize. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        width = self.width

        optimize = self.optimize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if optimize is not UNSET:
            field_dict["optimize"] = optimize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        height = d.pop("height", UNSET)
        if height is not UNSET and not isinstance(height, int):
            height = as_int(height, "ResizeArchiveFileBody.height")

        width = d.pop("width", UNSET)
        if width is not UNSET and not isinstance(width, int):
            width = as_int(width, "ResizeArchiveFileBody.width")

        optimize = d.pop("optimize", UNSET)
        if optimize is not UNSET and not isinstance(optimize, bool):
            raise TypeError(f"ResizeArchiveFileBody.optimize: expected bool, got {type(optimize).__name__}")

        resize_archive_file_body = cls(
            height,
            width,
            optimize,
        )

        resize_archive_file_body.additional_properties = d
        return resize_archive_file_body

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
