from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateMapping")


@_attrs_define
class TemplateMapping:
    """Mapping data for the template: a placeholder key (identical to the template's keys) and the value for it.

    Example:
        {'placeholder': '{text}', 'value': 'James'}

    """

    placeholder: str | Unset = UNSET
    """ Placeholder key for the template mapping. Should be identical to the template's keys. """
    value: str | Unset = UNSET
    """ Value for the template placeholder """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        placeholder = self.placeholder

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        placeholder = d.pop("placeholder", UNSET)
        if placeholder is not UNSET and not isinstance(placeholder, str):
            raise TypeError(f"TemplateMapping.placeholder: expected str, got {type(placeholder).__name__}")

        value = d.pop("value", UNSET)
        if value is not UNSET and not isinstance(value, str):
            raise TypeError(f"TemplateMapping.value: expected str, got {type(value).__name__}")

        template_mapping = cls(
            placeholder,
            value,
        )

        template_mapping.additional_properties = d
        return template_mapping

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
