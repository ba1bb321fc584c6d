from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MagazineLock")


@_attrs_define
class MagazineLock:
    """What Lock takes.

    Example:
        {'lastContentChange': '2018-12-06 09:50:00'}

    """

    last_content_change: str
    """ A date and time as the docs write it: 'Formatted as Y-m-d H:i:s' (lock), e.g. "2016-10-12 12:01:30" (no time
    zone). """

    def to_dict(self) -> dict[str, Any]:
        last_content_change = self.last_content_change

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lastContentChange": last_content_change,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_content_change = d.pop("lastContentChange")
        if not isinstance(last_content_change, str):
            raise TypeError(f"MagazineLock.lastContentChange: expected str, got {type(last_content_change).__name__}")

        magazine_lock = cls(
            last_content_change,
        )

        return magazine_lock
