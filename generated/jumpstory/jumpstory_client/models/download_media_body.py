from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.download_media_body_type import DownloadMediaBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadMediaBody")


@_attrs_define
class DownloadMediaBody:
    id: int
    """ ID of media returned by keyword or textmatch search. """
    type_: DownloadMediaBodyType | Unset = UNSET
    """ Type of media. Defaults to "photo". Only the default is documented; the other (singular) values are inferred
    from the `type` fields of search results ("photo", "video") and the plural asset types of the search filters.
    (server default, not sent unless set: DownloadMediaBodyType.PHOTO) """
    height: int | Unset = UNSET
    """ Define a height to get a scaled version. """
    width: int | Unset = UNSET
    """ Define a width to get a scaled version. Defaults to 1600 (server default, not sent unless set: 1600) """
    optimize: bool | Unset = UNSET
    """ Optimize filesize. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        height = self.height

        width = self.width

        optimize = self.optimize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "DownloadMediaBody.id")

        type_: DownloadMediaBodyType | Unset = d.pop("type", UNSET)
        if type_ is not UNSET:
            type_ = enum_member(DownloadMediaBodyType, type_)

        height = d.pop("height", UNSET)
        if height is not UNSET and not isinstance(height, int):
            height = as_int(height, "DownloadMediaBody.height")

        width = d.pop("width", UNSET)
        if width is not UNSET and not isinstance(width, int):
            width = as_int(width, "DownloadMediaBody.width")

        optimize = d.pop("optimize", UNSET)
        if optimize is not UNSET and not isinstance(optimize, bool):
            raise TypeError(f"DownloadMediaBody.optimize: expected bool, got {type(optimize).__name__}")

        download_media_body = cls(
            id,
            type_,
            height,
            width,
            optimize,
        )

        download_media_body.additional_properties = d
        return download_media_body

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
