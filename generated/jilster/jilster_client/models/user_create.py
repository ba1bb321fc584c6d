from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """What Create user takes.

    Example:
        {'email': 'john.doe@jilster.nl', 'password': '123abc', 'firstName': 'John', 'lastName': 'Doe', 'nickName': 'John
            Doe'}

    """

    email: str
    """ The user's e-mail address. """
    password: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    nick_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        first_name = self.first_name

        last_name = self.last_name

        nick_name = self.nick_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
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
        email = d.pop("email")

        password = d.pop("password")

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        nick_name = d.pop("nickName", UNSET)

        user_create = cls(
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
            nick_name=nick_name,
        )

        return user_create
