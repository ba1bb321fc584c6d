from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_uuid

T = TypeVar("T", bound="SubUser")


@_attrs_define
class SubUser:
    """A sub user of the account, with its own audience ("Sub User Entity").

    Example:
        {'id': 'f27baf23-063d-49ba-ab68-17133fbf0e5a', 'user_identifier': 'subuser@appsamurai.com', 'audience_id': 1}

    """

    id: UUID
    """ Internal ID of the sub user. """
    user_identifier: str
    """ Unique identifier of the sub user (could be an email). """
    audience_id: int | None
    """ Internal ID of sub user's audience (null until an audience is created). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_identifier = self.user_identifier

        audience_id: int | None
        audience_id = self.audience_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_identifier": user_identifier,
                "audience_id": audience_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = as_uuid(d.pop("id"))

        user_identifier = d.pop("user_identifier")
        if not isinstance(user_identifier, str):
            raise TypeError(f"SubUser.user_identifier: expected str, got {type(user_identifier).__name__}")

        audience_id: int | None = d.pop("audience_id")

        sub_user = cls(
            id,
            user_identifier,
            audience_id,
        )

        sub_user.additional_properties = d
        return sub_user

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
