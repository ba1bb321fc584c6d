from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.redaction import redacted_repr

T = TypeVar("T", bound="CognitoIdentity")


@_attrs_define
class CognitoIdentity:
    """The two relevant parameters of AWS Cognito's GetOpenIdTokenForDeveloperIdentity answer.

    Example:
        {'identityId': 'eu-west-1:9145134e-764f-4399-ab8d-870b4ea6ea2c', 'token':
            'eyJraWQiOiJldS13ZXN0LTExIiwidHlwIjoiSldTIiwiYWxnIjoiUlM1MTIifQ'}

    """

    identity_id: str
    """ A unique identifier in the format REGION:GUID. Length Constraints: Minimum length of 1. Maximum length of
    55. Pattern: [\\w-]+:[0-9a-f-]+ """
    token: str
    """ An OpenID token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity_id = self.identity_id

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identityId": identity_id,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identity_id = d.pop("identityId")
        if not isinstance(identity_id, str):
            raise TypeError(f"CognitoIdentity.identityId: expected str, got {type(identity_id).__name__}")

        token = d.pop("token")
        if not isinstance(token, str):
            raise TypeError(f"CognitoIdentity.token: expected str, got {type(token).__name__}")

        cognito_identity = cls(
            identity_id,
            token,
        )

        cognito_identity.additional_properties = d
        return cognito_identity

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
