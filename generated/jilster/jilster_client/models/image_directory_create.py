from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_uuid

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

    def to_dict(self) -> dict[str, Any]:
        magazine_id = str(self.magazine_id)

        title = self.title

        field_dict: dict[str, Any] = {}

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
        magazine_id = as_uuid(d.pop("magazine_id"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"ImageDirectoryCreate.title: expected str, got {type(title).__name__}")

        image_directory_create = cls(
            magazine_id,
            title,
        )

        return image_directory_create
