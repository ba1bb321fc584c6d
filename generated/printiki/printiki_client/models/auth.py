from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Auth")


@_attrs_define
class Auth:
    """The tokens of a session.

    Example:
        {'expires': '1592318993', 'access_token': 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJoZW1hIiwiaWF0IjoxNTky
            MzE4MDkzLCJleHAiOjE1OTIzMTg5OTMsImRhdGEiOnsiaWQiOjg3OCwiYWZmaWxpYXRlaWQiOjAsImN1cnJlbmN5IjoiRVVSIiwibGFuZ3VhZ2Ui
            OiJubCIsImNvdW50cnlpZCI6MTUwLCJlbWFpbCI6ImJqb3JuK0Bzb3NvY2lvLmNvbSIsImZpcnN0X25hbWUiOiJCam9ybiIsImxhc3RfbmFtZSI6
            IitURVNURkxBRysiLCJ0ZW1wb3JhcnkiOjB9fQ.XAwidw3H_eTNnkiIE73k0JZyL_H1IGfc-dyWmr4dbgE', 'refresh_token': '1.13a200f
            cdcd2550070a5c0305f699c71ff9c4678a8d60a2a328cead793c827f5bd86245b8fb8d7bf20de52052b3a4433f1a1607619a78d6a465254d
            271dbca3df73ccd8c243dc5850a0aad957e1f8c77c075453312fc4150307295dd9874566a58b59e8a3b775e2a0614bc5c6d2dd34f316dff7
            91dbb9cf4', 'token_type': 'bearer'}

    """

    expires: str
    """ Timestamp when access_token expires (Unix time in seconds, as a string). """
    access_token: str
    """ Token to be used as Bearer token as authorization in API calls. """
    refresh_token: str | Unset = UNSET
    """ Token to be used to request a new access_token. """
    token_type: str | Unset = UNSET
    """ Type of access_token returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires = self.expires

        access_token = self.access_token

        refresh_token = self.refresh_token

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires": expires,
                "access_token": access_token,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expires = d.pop("expires")
        if not isinstance(expires, str):
            raise TypeError(f"Auth.expires: expected str, got {type(expires).__name__}")

        access_token = d.pop("access_token")
        if not isinstance(access_token, str):
            raise TypeError(f"Auth.access_token: expected str, got {type(access_token).__name__}")

        refresh_token = d.pop("refresh_token", UNSET)
        if refresh_token is not UNSET and not isinstance(refresh_token, str):
            raise TypeError(f"Auth.refresh_token: expected str, got {type(refresh_token).__name__}")

        token_type = d.pop("token_type", UNSET)
        if token_type is not UNSET and not isinstance(token_type, str):
            raise TypeError(f"Auth.token_type: expected str, got {type(token_type).__name__}")

        auth = cls(
            expires,
            access_token,
            refresh_token,
            token_type,
        )

        auth.additional_properties = d
        return auth

    def __repr__(self) -> str:
        """Masks the fields the spec marks `x-sdk-secret`: a token printed or logged stays secret."""
        return redacted_repr(self, ("access_token", "refresh_token"))

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
