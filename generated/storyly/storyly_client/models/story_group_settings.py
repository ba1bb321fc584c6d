from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryGroupSettings")


@_attrs_define
class StoryGroupSettings:
    """Settings of the story group (for "audience" story groups the audience and its mapping)."""

    audience_id: int | None | Unset = UNSET
    """ Internal ID of the audience used to create the "audience" story group. """
    audience_mapping: list[AudienceMapping] | Unset = UNSET
    """ Audience mapping of the story group with the "audience" type. """
    template: StoryGroupTemplate | Unset = UNSET
    """ Template information of the "audience" story group. Will be filled by system, do not post this field when
    creating / updating a story. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience_id: int | None | Unset
        if isinstance(self.audience_id, Unset):
            audience_id = UNSET
        else:
            audience_id = self.audience_id

        audience_mapping: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audience_mapping, Unset):
            audience_mapping = []
            for audience_mapping_item_data in self.audience_mapping:
                audience_mapping_item = audience_mapping_item_data.to_dict()
                audience_mapping.append(audience_mapping_item)

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id
        if audience_mapping is not UNSET:
            field_dict["audience_mapping"] = audience_mapping
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audience_id: int | None | Unset = d.pop("audience_id", UNSET)

        _audience_mapping = d.pop("audience_mapping", UNSET)
        audience_mapping: list[AudienceMapping] | Unset = UNSET
        if _audience_mapping is not UNSET:
            audience_mapping = []
            for audience_mapping_item_data in _audience_mapping:
                audience_mapping_item = AudienceMapping.from_dict(audience_mapping_item_data)

                audience_mapping.append(audience_mapping_item)

        _template = d.pop("template", UNSET)
        template: StoryGroupTemplate | Unset = UNSET if _template is UNSET else StoryGroupTemplate.from_dict(_template)

        story_group_settings = cls(
            audience_id,
            audience_mapping,
            template,
        )

        story_group_settings.additional_properties = d
        return story_group_settings

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


from ..models.audience_mapping import AudienceMapping  # noqa: E402
from ..models.story_group_template import StoryGroupTemplate  # noqa: E402
