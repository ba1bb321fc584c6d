from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_uuid

T = TypeVar("T", bound="CreateMagazineScreenPdfRequest")


@_attrs_define
class CreateMagazineScreenPdfRequest:
    """What Create a magazine's screen PDF takes."""

    magazine_id: UUID
    """ The magazine the job works on. """

    def to_dict(self) -> dict[str, Any]:
        magazine_id = str(self.magazine_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "magazine_id": magazine_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        magazine_id = as_uuid(d.pop("magazine_id"))

        create_magazine_screen_pdf_request = cls(
            magazine_id,
        )

        return create_magazine_screen_pdf_request
