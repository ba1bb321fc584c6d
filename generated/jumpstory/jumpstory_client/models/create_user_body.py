from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserBody")


@_attrs_define
class CreateUserBody:
    user_id: str
    """ Your internal user_id for reference. It names the user in the `{id}` path parameter of the other user
    endpoints. (minLength 1 is inferred: a Laravel `required` rule rejects an empty string.) """
    metadata: CreateUserBodyMetadata | Unset = UNSET
    """ Misc. data/information related to the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not isinstance(user_id, str):
            raise TypeError(f"CreateUserBody.user_id: expected str, got {type(user_id).__name__}")

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateUserBodyMetadata | Unset = (
            UNSET if _metadata is UNSET else CreateUserBodyMetadata.from_dict(_metadata)
        )

        create_user_body = cls(
            user_id,
            metadata,
        )

        create_user_body.additional_properties = d
        return create_user_body

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


from ..models.create_user_body_metadata import CreateUserBodyMetadata  # noqa: E402
