from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableIcons")


@_attrs_define
class AvailableIcons:
    """JPEG and WEBP versions of the story group icon

    Example:
        {'jpeg': 'https://qa-storyly-media.s3.amazonaws.com/user-media/103/sg4930/1607272172.jpeg', 'webp': 'https://qa-
            storyly-media.s3.amazonaws.com/user-media/103/sg4930/1607272172.webp'}

    """

    jpeg: str | Unset = UNSET
    """ URL of the JPEG version. """
    webp: str | Unset = UNSET
    """ URL of the WEBP version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jpeg = self.jpeg

        webp = self.webp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jpeg is not UNSET:
            field_dict["jpeg"] = jpeg
        if webp is not UNSET:
            field_dict["webp"] = webp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jpeg = d.pop("jpeg", UNSET)
        if jpeg is not UNSET and not isinstance(jpeg, str):
            raise TypeError(f"AvailableIcons.jpeg: expected str, got {type(jpeg).__name__}")

        webp = d.pop("webp", UNSET)
        if webp is not UNSET and not isinstance(webp, str):
            raise TypeError(f"AvailableIcons.webp: expected str, got {type(webp).__name__}")

        available_icons = cls(
            jpeg,
            webp,
        )

        available_icons.additional_properties = d
        return available_icons

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
