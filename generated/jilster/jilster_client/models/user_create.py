from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.redaction import redacted_repr
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
        if not isinstance(email, str):
            raise TypeError(f"UserCreate.email: expected str, got {type(email).__name__}")

        password = d.pop("password")
        if not isinstance(password, str):
            raise TypeError(f"UserCreate.password: expected str, got {type(password).__name__}")

        first_name = d.pop("firstName", UNSET)
        if first_name is not UNSET and not isinstance(first_name, str):
            raise TypeError(f"UserCreate.firstName: expected str, got {type(first_name).__name__}")

        last_name = d.pop("lastName", UNSET)
        if last_name is not UNSET and not isinstance(last_name, str):
            raise TypeError(f"UserCreate.lastName: expected str, got {type(last_name).__name__}")

        nick_name = d.pop("nickName", UNSET)
        if nick_name is not UNSET and not isinstance(nick_name, str):
            raise TypeError(f"UserCreate.nickName: expected str, got {type(nick_name).__name__}")

        user_create = cls(
            email,
            password,
            first_name,
            last_name,
            nick_name,
        )

        return user_create

    def __repr__(self) -> str:
        """Masks the fields the spec marks `x-sdk-secret`: a token printed or logged stays secret."""
        return redacted_repr(self, ("password",))

    __str__ = __repr__
