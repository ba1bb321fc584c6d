from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, as_uuid, enum_member
from ..models.image_active import ImageActive

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """An image in an image directory.

    Example:
        {'id': 1465, 'imagedirectory_id': 123, 'magazine_id': '03542544-8332-11e7-9332-080027c30a85', 'active': 1,
            'type': 'custom', 'fileName': '7848947e-877f-11e7-86e4-080027c30a85.jpg', 'url': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_customimages/03542544-8332-11e7-9332-080027c30a85/7848947e-877f-11e7-
            86e4-080027c30a85.jpg', 'urlThumbnail': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_customimages/03542544-8332-11e7-9332-080027c30a85/thumbnails/7848947e-
            877f-11e7-86e4-080027c30a85.jpg', 'sortOrder': 1, 'created_at': '2017-08-22 23:18:47', 'updated_at': '2017-08-22
            23:18:47', 'deleted_at': ''}

    """

    id: int
    imagedirectory_id: int
    magazine_id: UUID
    active: ImageActive
    """ 1 when active, 0 when not (inferred from the examples, which show 1). """
    type_: str
    """ "custom" (uploaded) or "modified" (moved or cropped), from the examples. """
    file_name: str
    url: str
    url_thumbnail: str
    sort_order: int
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

        imagedirectory_id = self.imagedirectory_id

        magazine_id = str(self.magazine_id)

        active = self.active.value

        type_ = self.type_

        file_name = self.file_name

        url = self.url

        url_thumbnail = self.url_thumbnail

        sort_order = self.sort_order

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str
        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "imagedirectory_id": imagedirectory_id,
                "magazine_id": magazine_id,
                "active": active,
                "type": type_,
                "fileName": file_name,
                "url": url,
                "urlThumbnail": url_thumbnail,
                "sortOrder": sort_order,
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
            id = as_int(id, "Image.id")

        imagedirectory_id = d.pop("imagedirectory_id")
        if not isinstance(imagedirectory_id, int):
            imagedirectory_id = as_int(imagedirectory_id, "Image.imagedirectory_id")

        magazine_id = as_uuid(d.pop("magazine_id"))

        active = enum_member(ImageActive, d.pop("active"))

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"Image.type: expected str, got {type(type_).__name__}")

        file_name = d.pop("fileName")
        if not isinstance(file_name, str):
            raise TypeError(f"Image.fileName: expected str, got {type(file_name).__name__}")

        url = d.pop("url")
        if not isinstance(url, str):
            raise TypeError(f"Image.url: expected str, got {type(url).__name__}")

        url_thumbnail = d.pop("urlThumbnail")
        if not isinstance(url_thumbnail, str):
            raise TypeError(f"Image.urlThumbnail: expected str, got {type(url_thumbnail).__name__}")

        sort_order = d.pop("sortOrder")
        if not isinstance(sort_order, int):
            sort_order = as_int(sort_order, "Image.sortOrder")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"Image.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"Image.updated_at: expected str, got {type(updated_at).__name__}")

        deleted_at: None | str = d.pop("deleted_at")

        image = cls(
            id,
            imagedirectory_id,
            magazine_id,
            active,
            type_,
            file_name,
            url,
            url_thumbnail,
            sort_order,
            created_at,
            updated_at,
            deleted_at,
        )

        image.additional_properties = d
        return image

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
