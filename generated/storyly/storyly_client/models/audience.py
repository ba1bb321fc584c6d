from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="Audience")


@_attrs_define
class Audience:
    """An audience, created from a CSV file for a sub user ("Audience Entity").

    Example:
        {'id': 1, 'audience_identifier': 'username', 'name': 'audience'}

    """

    id: int
    """ Internal ID of the audience. """
    name: str
    """ Name of the audience. """
    audience_identifier: str
    """ Identifier for mapping the audience with the story group. It is a unique column name from the csv file
    attached to the audience. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        audience_identifier = self.audience_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "audience_identifier": audience_identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Audience.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"Audience.name: expected str, got {type(name).__name__}")

        audience_identifier = d.pop("audience_identifier")
        if not isinstance(audience_identifier, str):
            raise TypeError(f"Audience.audience_identifier: expected str, got {type(audience_identifier).__name__}")

        audience = cls(
            id,
            name,
            audience_identifier,
        )

        audience.additional_properties = d
        return audience

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
