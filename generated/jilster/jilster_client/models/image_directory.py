from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, as_uuid, enum_member
from ..models.image_directory_active import ImageDirectoryActive

T = TypeVar("T", bound="ImageDirectory")


@_attrs_define
class ImageDirectory:
    """A directory of images of a magazine.

    Example:
        {'id': 109, 'magazine_id': 'bf98c980-c7f7-4eb7-97d2-26d5baf8771d', 'active': 1, 'type': 'custom', 'title':
            'Images', 'imageCount': 136, 'urlThumbnail': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/local_customimages/bf98c980-c7f7-4eb7-97d2-26d5baf8771d/thumbnails/1c4c6c82-6c58-
            11e7-a93a-080027c30a85.png', 'created_at': '2017-03-28 12:58:33', 'updated_at': '2017-03-28 12:58:33',
            'deleted_at': ''}

    """

    id: int
    magazine_id: UUID
    active: ImageDirectoryActive
    """ 1 when active, 0 when not (inferred from the examples, which show 1). """
    type_: str
    """ The directory type ("custom" in the example). """
    title: str
    image_count: int
    """ The number of images in the directory. """
    url_thumbnail: None | str
    """ URL of a thumbnail of the directory (null when it holds no image, inferred). """
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

        magazine_id = str(self.magazine_id)

        active = self.active.value

        type_ = self.type_

        title = self.title

        image_count = self.image_count

        url_thumbnail: None | str
        url_thumbnail = self.url_thumbnail

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str
        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "magazine_id": magazine_id,
                "active": active,
                "type": type_,
                "title": title,
                "imageCount": image_count,
                "urlThumbnail": url_thumbnail,
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
            id = as_int(id, "ImageDirectory.id")

        magazine_id = as_uuid(d.pop("magazine_id"))

        active = enum_member(ImageDirectoryActive, d.pop("active"))

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"ImageDirectory.type: expected str, got {type(type_).__name__}")

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"ImageDirectory.title: expected str, got {type(title).__name__}")

        image_count = d.pop("imageCount")
        if not isinstance(image_count, int):
            image_count = as_int(image_count, "ImageDirectory.imageCount")

        url_thumbnail: None | str = d.pop("urlThumbnail")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"ImageDirectory.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"ImageDirectory.updated_at: expected str, got {type(updated_at).__name__}")

        deleted_at: None | str = d.pop("deleted_at")

        image_directory = cls(
            id,
            magazine_id,
            active,
            type_,
            title,
            image_count,
            url_thumbnail,
            created_at,
            updated_at,
            deleted_at,
        )

        image_directory.additional_properties = d
        return image_directory

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
