from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageDirectoryCreate")


@_attrs_define
class ImageDirectoryCreate:
    """What Create image directory takes.

    Example:
        {'magazine_id': 'bf98c980-c7f7-4eb7-97d2-26d5baf8771d', 'title': 'Images'}

    """

    magazine_id: UUID
    """ The magazine the directory belongs to. """
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        magazine_id = str(self.magazine_id)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "magazine_id": magazine_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        magazine_id = UUID(d.pop("magazine_id"))

        title = d.pop("title")

        image_directory_create = cls(
            magazine_id=magazine_id,
            title=title,
        )

        image_directory_create.additional_properties = d
        return image_directory_create

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
