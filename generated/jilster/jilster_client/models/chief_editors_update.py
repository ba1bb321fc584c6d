from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChiefEditorsUpdate")


@_attrs_define
class ChiefEditorsUpdate:
    """What Set chief editors takes.

    Example:
        {'chiefeditor_id': 1, 'cochiefeditor_ids': '3,7,11,24'}

    """

    chiefeditor_id: int
    """ The id of the user that is chiefeditor for this magazine. """
    cochiefeditor_ids: str | Unset = UNSET
    """ The comma-separated ids of the users that are cochiefeditors for this magazine ("3,7,11,24"); empty for
    none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chiefeditor_id = self.chiefeditor_id

        cochiefeditor_ids = self.cochiefeditor_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chiefeditor_id": chiefeditor_id,
            }
        )
        if cochiefeditor_ids is not UNSET:
            field_dict["cochiefeditor_ids"] = cochiefeditor_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chiefeditor_id = d.pop("chiefeditor_id")

        cochiefeditor_ids = d.pop("cochiefeditor_ids", UNSET)

        chief_editors_update = cls(
            chiefeditor_id=chiefeditor_id,
            cochiefeditor_ids=cochiefeditor_ids,
        )

        chief_editors_update.additional_properties = d
        return chief_editors_update

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
