from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorySettings")


@_attrs_define
class StorySettings:
    """Additonal story settings (a template and its mapping).

    Example:
        {'mapping': [{'placeholder': '{text}', 'value': 'James'}], 'template_id': 1}

    """

    template_id: int | Unset = UNSET
    """ ID of the template to be used """
    mapping: list[TemplateMapping] | Unset = UNSET
    """ Mapping data for the template. It should be used with template_id parameter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        mapping: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = []
            for mapping_item_data in self.mapping:
                mapping_item = mapping_item_data.to_dict()
                mapping.append(mapping_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if mapping is not UNSET:
            field_dict["mapping"] = mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = d.pop("template_id", UNSET)
        if template_id is not UNSET and not isinstance(template_id, int):
            template_id = as_int(template_id, "StorySettings.template_id")

        _mapping = d.pop("mapping", UNSET)
        mapping: list[TemplateMapping] | Unset = UNSET
        if _mapping is not UNSET:
            mapping = []
            for mapping_item_data in _mapping:
                mapping_item = TemplateMapping.from_dict(mapping_item_data)

                mapping.append(mapping_item)

        story_settings = cls(
            template_id,
            mapping,
        )

        story_settings.additional_properties = d
        return story_settings

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


from ..models.template_mapping import TemplateMapping  # noqa: E402
