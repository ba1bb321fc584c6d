from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.redaction import redacted_repr

T = TypeVar("T", bound="Credentials")


@_attrs_define
class Credentials:
    """What Authenticate takes: the account's e-mail address and password.

    Example:
        {'email': 'user@jilster.com', 'password': 'abc123'}

    """

    email: str
    """ The e-mail address of the Jilster account. """
    password: str
    """ The password of the Jilster account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")
        if not isinstance(email, str):
            raise TypeError(f"Credentials.email: expected str, got {type(email).__name__}")

        password = d.pop("password")
        if not isinstance(password, str):
            raise TypeError(f"Credentials.password: expected str, got {type(password).__name__}")

        credentials = cls(
            email,
            password,
        )

        credentials.additional_properties = d
        return credentials

    def __repr__(self) -> str:
        """Masks the fields the spec marks `x-sdk-secret`: a token printed or logged stays secret."""
        return redacted_repr(self, ("password",))

    __str__ = __repr__

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
