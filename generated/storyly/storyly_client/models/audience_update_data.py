from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_uuid
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudienceUpdateData")


@_attrs_define
class AudienceUpdateData:
    """The `data` part of Update an Audience. "Required Body Parameters: sub_user_id. The audience can be updated with
    name, audience_identifier (inside data) and file."

        Example:
            {'sub_user_id': 'f27baf23-063d-49ba-ab68-17133fbf0e5a', 'name': 'Test Audience', 'audience_identifier':
                'username'}

    """

    sub_user_id: UUID
    """ The sub user whose audience is updated. """
    name: str | Unset = UNSET
    """ Name of the audience. """
    audience_identifier: str | Unset = UNSET
    """ A unique column name from the csv file, for mapping the audience with story groups. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_user_id = str(self.sub_user_id)

        name = self.name

        audience_identifier = self.audience_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sub_user_id": sub_user_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if audience_identifier is not UNSET:
            field_dict["audience_identifier"] = audience_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub_user_id = as_uuid(d.pop("sub_user_id"))

        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError(f"AudienceUpdateData.name: expected str, got {type(name).__name__}")

        audience_identifier = d.pop("audience_identifier", UNSET)
        if audience_identifier is not UNSET and not isinstance(audience_identifier, str):
            raise TypeError(
                f"AudienceUpdateData.audience_identifier: expected str, got {type(audience_identifier).__name__}"
            )

        audience_update_data = cls(
            sub_user_id,
            name,
            audience_identifier,
        )

        audience_update_data.additional_properties = d
        return audience_update_data

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
