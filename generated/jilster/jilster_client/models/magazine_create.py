from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="MagazineCreate")


@_attrs_define
class MagazineCreate:
    """What Create magazine takes.

    Example:
        {'title': 'Test Magazine', 'pageCount': 8}

    """

    title: str
    """ The magazine title. """
    page_count: int
    """ The number of magazinepages to create (a multiple of 4, 4 to 120: 'A magazine must always have a number of
    pages divisible by 4 for printing purposes'). """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        page_count = self.page_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "pageCount": page_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"MagazineCreate.title: expected str, got {type(title).__name__}")

        page_count = d.pop("pageCount")
        if not isinstance(page_count, int):
            page_count = as_int(page_count, "MagazineCreate.pageCount")

        magazine_create = cls(
            title,
            page_count,
        )

        return magazine_create
