from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubUserCreate")


@_attrs_define
class SubUserCreate:
    """Body of Create a Sub User. "Required Body Parameters: user_identifier." """

    user_identifier: str
    """ Unique identifier of the sub user (could be an email). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_identifier = self.user_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_identifier": user_identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_identifier = d.pop("user_identifier")
        if not isinstance(user_identifier, str):
            raise TypeError(f"SubUserCreate.user_identifier: expected str, got {type(user_identifier).__name__}")

        sub_user_create = cls(
            user_identifier,
        )

        sub_user_create.additional_properties = d
        return sub_user_create

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
