from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageResult")


@_attrs_define
class ImageResult:
    """An image (photo, illustration, vector or icon) of a search result. The collection search example shows only id,
    thumbnail_url, width, height, orientation and type.

        Example:
            {'id': 1, 'thumbnail_url': 'https://URL_TO_THUMBNAIL.com', 'width': 4000, 'height': 4000, 'file_size': 4000000,
                'file_type': 'jpg', 'tags': ['Human'], 'orientation': 'horizontal', 'type': 'photo', 'dpi': 96}

    """

    id: int
    """ Media id (what "Download" takes as `id`). """
    thumbnail_url: str
    """ URL of a thumbnail. """
    width: int
    """ Width in pixels. """
    height: int
    """ Height in pixels. """
    orientation: str
    """ Orientation of the image, e.g. "horizontal". """
    type_: str
    """ Singular media type, e.g. "photo". """
    file_size: int | Unset = UNSET
    """ File size in bytes. """
    file_type: str | Unset = UNSET
    """ File type (extension), e.g. "jpg". """
    tags: list[str] | Unset = UNSET
    """ Tags of the image. """
    dpi: int | Unset = UNSET
    """ Resolution in dots per inch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        thumbnail_url = self.thumbnail_url

        width = self.width

        height = self.height

        orientation = self.orientation

        type_ = self.type_

        file_size = self.file_size

        file_type = self.file_type

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        dpi = self.dpi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "thumbnail_url": thumbnail_url,
                "width": width,
                "height": height,
                "orientation": orientation,
                "type": type_,
            }
        )
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if tags is not UNSET:
            field_dict["tags"] = tags
        if dpi is not UNSET:
            field_dict["dpi"] = dpi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "ImageResult.id")

        thumbnail_url = d.pop("thumbnail_url")
        if not isinstance(thumbnail_url, str):
            raise TypeError(f"ImageResult.thumbnail_url: expected str, got {type(thumbnail_url).__name__}")

        width = d.pop("width")
        if not isinstance(width, int):
            width = as_int(width, "ImageResult.width")

        height = d.pop("height")
        if not isinstance(height, int):
            height = as_int(height, "ImageResult.height")

        orientation = d.pop("orientation")
        if not isinstance(orientation, str):
            raise TypeError(f"ImageResult.orientation: expected str, got {type(orientation).__name__}")

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"ImageResult.type: expected str, got {type(type_).__name__}")

        file_size = d.pop("file_size", UNSET)
        if file_size is not UNSET and not isinstance(file_size, int):
            file_size = as_int(file_size, "ImageResult.file_size")

        file_type = d.pop("file_type", UNSET)
        if file_type is not UNSET and not isinstance(file_type, str):
            raise TypeError(f"ImageResult.file_type: expected str, got {type(file_type).__name__}")

        tags: list[str] | Unset = d.pop("tags", UNSET)
        if tags is not UNSET:
            if not isinstance(tags, list):
                raise TypeError("ImageResult.tags: expected a list of str")
            for tags_item in tags:
                if not (isinstance(tags_item, str)):
                    raise TypeError("ImageResult.tags: expected a list of str")

        dpi = d.pop("dpi", UNSET)
        if dpi is not UNSET and not isinstance(dpi, int):
            dpi = as_int(dpi, "ImageResult.dpi")

        image_result = cls(
            id,
            thumbnail_url,
            width,
            height,
            orientation,
            type_,
            file_size,
            file_type,
            tags,
            dpi,
        )

        image_result.additional_properties = d
        return image_result

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
