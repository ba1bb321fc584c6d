from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PageEditorsUpdate")


@_attrs_define
class PageEditorsUpdate:
    """What Set page editors takes.

    Example:
        {'editor_ids': '2,4,18,33'}

    """

    editor_ids: str
    """ The comma-separated ids of the users that are editors for this magazinepage ("2,4,18,33"); empty for none.
    """

    def to_dict(self) -> dict[str, Any]:
        editor_ids = self.editor_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "editor_ids": editor_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        editor_ids = d.pop("editor_ids")
        if not isinstance(editor_ids, str):
            raise TypeError(f"PageEditorsUpdate.editor_ids: expected str, got {type(editor_ids).__name__}")

        page_editors_update = cls(
            editor_ids,
        )

        return page_editors_update
