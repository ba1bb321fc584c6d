from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PageOrder")


@_attrs_define
class PageOrder:
    """What Sort pages takes.

    Example:
        {'magazinepage_ids': 'e4eaaaf2-d142-11e1-b3e4-080027620cdd,3e6e718c-0e3b-11e7-b1b3-080027c30a85'}

    """

    magazinepage_ids: str
    """ The comma-separated ids of the magazinepages in the desired order (every page of the magazine, once). """

    def to_dict(self) -> dict[str, Any]:
        magazinepage_ids = self.magazinepage_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "magazinepage_ids": magazinepage_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        magazinepage_ids = d.pop("magazinepage_ids")
        if not isinstance(magazinepage_ids, str):
            raise TypeError(f"PageOrder.magazinepage_ids: expected str, got {type(magazinepage_ids).__name__}")

        page_order = cls(
            magazinepage_ids,
        )

        return page_order
