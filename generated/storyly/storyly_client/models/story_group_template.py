from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryGroupTemplate")


@_attrs_define
class StoryGroupTemplate:
    """Template information of the "audience" story group. Will be filled by system, do not post this field when creating /
    updating a story.

        Example:
            {'id': 1, 'max_story_count': 10}

    """

    id: int | Unset = UNSET
    """ Template id. """
    max_story_count: int | Unset = UNSET
    """ Most stories the template makes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        max_story_count = self.max_story_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if max_story_count is not UNSET:
            field_dict["max_story_count"] = max_story_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, int):
            id = as_int(id, "StoryGroupTemplate.id")

        max_story_count = d.pop("max_story_count", UNSET)
        if max_story_count is not UNSET and not isinstance(max_story_count, int):
            max_story_count = as_int(max_story_count, "StoryGroupTemplate.max_story_count")

        story_group_template = cls(
            id,
            max_story_count,
        )

        story_group_template.additional_properties = d
        return story_group_template

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
