from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_update_active import UserUpdateActive
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """What Update user changes.

    Example:
        {'active': 1, 'email': 'john.doe@jilster.nl', 'password': 'secret', 'firstName': 'John', 'lastName': 'Doe',
            'nickName': 'John Doe'}

    """

    active: UserUpdateActive | Unset = UNSET
    """ 1 active, 0 inactive. """
    email: str | Unset = UNSET
    """ The user's e-mail address. """
    password: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    nick_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

        email = self.email

        password = self.password

        first_name = self.first_name

        last_name = self.last_name

        nick_name = self.nick_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _active = d.pop("active", UNSET)
        active: UserUpdateActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = UserUpdateActive(_active)

        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        nick_name = d.pop("nickName", UNSET)

        user_update = cls(
            active=active,
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
            nick_name=nick_name,
        )

        return user_update
