from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="PageStatusUpdate")


@_attrs_define
class PageStatusUpdate:
    """What Set page status takes.

    Example:
        {'status': 1}

    """

    status: int
    """ The status of the magazinepage. """

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")
        if not isinstance(status, int):
            status = as_int(status, "PageStatusUpdate.status")

        page_status_update = cls(
            status,
        )

        return page_status_update
