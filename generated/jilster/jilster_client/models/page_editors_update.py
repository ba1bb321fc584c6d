from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        editor_ids = self.editor_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        page_editors_update = cls(
            editor_ids=editor_ids,
        )

        page_editors_update.additional_properties = d
        return page_editors_update

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
