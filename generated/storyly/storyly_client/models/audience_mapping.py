from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudienceMapping")


@_attrs_define
class AudienceMapping:
    """Maps a template placeholder to an audience column.

    Example:
        {'placeholder': '{Text_1}', 'value': 'Area', 'type': 'sync'}

    """

    placeholder: str | Unset = UNSET
    """ Placeholder of the template, e.g. "{Text_1}". """
    value: str | Unset = UNSET
    """ The audience value (column) to fill it with. """
    type_: str | Unset = UNSET
    """ Kind of mapping (the example is "sync"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        placeholder = self.placeholder

        value = self.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        placeholder = d.pop("placeholder", UNSET)
        if placeholder is not UNSET and not isinstance(placeholder, str):
            raise TypeError(f"AudienceMapping.placeholder: expected str, got {type(placeholder).__name__}")

        value = d.pop("value", UNSET)
        if value is not UNSET and not isinstance(value, str):
            raise TypeError(f"AudienceMapping.value: expected str, got {type(value).__name__}")

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"AudienceMapping.type: expected str, got {type(type_).__name__}")

        audience_mapping = cls(
            placeholder,
            value,
            type_,
        )

        audience_mapping.additional_properties = d
        return audience_mapping

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
