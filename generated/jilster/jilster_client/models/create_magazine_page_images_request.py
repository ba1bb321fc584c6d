from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_uuid

T = TypeVar("T", bound="CreateMagazinePageImagesRequest")


@_attrs_define
class CreateMagazinePageImagesRequest:
    """What Render a magazinepage's images takes."""

    magazinepage_id: UUID
    """ The magazinepage the job works on. """

    def to_dict(self) -> dict[str, Any]:
        magazinepage_id = str(self.magazinepage_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "magazinepage_id": magazinepage_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        magazinepage_id = as_uuid(d.pop("magazinepage_id"))

        create_magazine_page_images_request = cls(
            magazinepage_id,
        )

        return create_magazine_page_images_request
