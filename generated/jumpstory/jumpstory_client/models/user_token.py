from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from .._runtime.redaction import redacted_repr

T = TypeVar("T", bound="UserToken")


@_attrs_define
class UserToken:
    """A user-specific access token (JWT) and its lifetime.

    Example:
        {'token': 'JWT_COMPATIBLE_TOKEN', 'expire_seconds': 900}

    """

    token: str
    """ JWT-compatible access token of the user. """
    expire_seconds: int
    """ Seconds the token grants access for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expire_seconds = self.expire_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "expire_seconds": expire_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")
        if not isinstance(token, str):
            raise TypeError(f"UserToken.token: expected str, got {type(token).__name__}")

        expire_seconds = d.pop("expire_seconds")
        if not isinstance(expire_seconds, int):
            expire_seconds = as_int(expire_seconds, "UserToken.expire_seconds")

        user_token = cls(
            token,
            expire_seconds,
        )

        user_token.additional_properties = d
        return user_token

    def __repr__(self) -> str:
        """Masks the fields the spec marks `x-sdk-secret`: a token printed or logged stays secret."""
        return redacted_repr(self, ("token",))

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
