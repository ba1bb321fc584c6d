from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.user_active import UserActive

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user (account).

    Example:
        {'id': 1, 'active': 1, 'email': 'john.doe@jilster.nl', 'firstName': 'John', 'lastName': 'Doe', 'nickName': 'John
            Doe', 'created_at': '2015-01-01 00:30:00', 'updated_at': '2017-08-25 12:40:46', 'deleted_at': None}

    """

    id: int
    """ The user's id. """
    active: UserActive
    """ 1 when active, 0 when not (inferred from the examples, which show 1). """
    email: str
    """ The user's e-mail address (unique: 'User already exists'). """
    first_name: str
    last_name: str
    nick_name: str
    created_at: str
    """ A date and time as the docs write it: 'Formatted as Y-m-d H:i:s' (lock), e.g. "2016-10-12 12:01:30" (no time
    zone). """
    updated_at: str
    """ A date and time as the docs write it: 'Formatted as Y-m-d H:i:s' (lock), e.g. "2016-10-12 12:01:30" (no time
    zone). """
    deleted_at: None | str
    """ A date and time (Y-m-d H:i:s), or none: the docs write none as null ("deleted_at": null) and as an empty
    string ("deleted_at": "", "lastContentChange": ""). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        active = self.active.value

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        nick_name = self.nick_name

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str
        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "active": active,
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
                "nickName": nick_name,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "User.id")

        active = enum_member(UserActive, d.pop("active"))

        email = d.pop("email")
        if not isinstance(email, str):
            raise TypeError(f"User.email: expected str, got {type(email).__name__}")

        first_name = d.pop("firstName")
        if not isinstance(first_name, str):
            raise TypeError(f"User.firstName: expected str, got {type(first_name).__name__}")

        last_name = d.pop("lastName")
        if not isinstance(last_name, str):
            raise TypeError(f"User.lastName: expected str, got {type(last_name).__name__}")

        nick_name = d.pop("nickName")
        if not isinstance(nick_name, str):
            raise TypeError(f"User.nickName: expected str, got {type(nick_name).__name__}")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"User.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"User.updated_at: expected str, got {type(updated_at).__name__}")

        deleted_at: None | str = d.pop("deleted_at")

        user = cls(
            id,
            active,
            email,
            first_name,
            last_name,
            nick_name,
            created_at,
            updated_at,
            deleted_at,
        )

        user.additional_properties = d
        return user

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
