from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="CreateImageThumbnailRequest")


@_attrs_define
class CreateImageThumbnailRequest:
    """What Make an image's thumbnail takes."""

    image_id: int
    """ The image the job works on. """

    def to_dict(self) -> dict[str, Any]:
        image_id = self.image_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_id": image_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_id = d.pop("image_id")
        if not isinstance(image_id, int):
            image_id = as_int(image_id, "CreateImageThumbnailRequest.image_id")

        create_image_thumbnail_request = cls(
            image_id,
        )

        return create_image_thumbnail_request
