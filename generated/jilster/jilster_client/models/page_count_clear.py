from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="PageCountClear")


@_attrs_define
class PageCountClear:
    """What Clear pages of a magazine takes.

    Example:
        {'pageCount': 4}

    """

    page_count: int
    """ The number of magazinepages to clear: a multiple of 4 ('it is not allowed to add a single page'). """

    def to_dict(self) -> dict[str, Any]:
        page_count = self.page_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pageCount": page_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_count = d.pop("pageCount")
        if not isinstance(page_count, int):
            page_count = as_int(page_count, "PageCountClear.pageCount")

        page_count_clear = cls(
            page_count,
        )

        return page_count_clear
