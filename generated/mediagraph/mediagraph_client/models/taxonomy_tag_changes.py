from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.taxonomy_tag_changes_sub_type import TaxonomyTagChangesSubType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxonomyTagChanges")


@_attrs_define
class TaxonomyTagChanges:
    name: str | Unset = UNSET
    """ Taxonomy tags name """
    description: str | Unset = UNSET
    """ Taxonomy tags description """
    parent_id: int | Unset = UNSET
    """ Another Taxonomy Tag ID, blank if top-level. """
    organizer: bool | Unset = UNSET
    """ Set true if the Taxonomy Tag will only hold other Taxonomy Tags. """
    link: str | Unset = UNSET
    """ Create a URL Link on the Tag """
    sub_type: TaxonomyTagChangesSubType | Unset = UNSET
    """ Taxonomy tags sub type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parent_id = self.parent_id

        organizer = self.organizer

        link = self.link

        sub_type: str | Unset = UNSET
        if not isinstance(self.sub_type, Unset):
            sub_type = self.sub_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if organizer is not UNSET:
            field_dict["organizer"] = organizer
        if link is not UNSET:
            field_dict["link"] = link
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError(f"TaxonomyTagChanges.name: expected str, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if description is not UNSET and not isinstance(description, str):
            raise TypeError(f"TaxonomyTagChanges.description: expected str, got {type(description).__name__}")

        parent_id = d.pop("parent_id", UNSET)
        if parent_id is not UNSET and not isinstance(parent_id, int):
            parent_id = as_int(parent_id, "TaxonomyTagChanges.parent_id")

        organizer = d.pop("organizer", UNSET)
        if organizer is not UNSET and not isinstance(organizer, bool):
            raise TypeError(f"TaxonomyTagChanges.organizer: expected bool, got {type(organizer).__name__}")

        link = d.pop("link", UNSET)
        if link is not UNSET and not isinstance(link, str):
            raise TypeError(f"TaxonomyTagChanges.link: expected str, got {type(link).__name__}")

        sub_type: TaxonomyTagChangesSubType | Unset = d.pop("sub_type", UNSET)
        if sub_type is not UNSET:
            sub_type = enum_member(TaxonomyTagChangesSubType, sub_type)

        taxonomy_tag_changes = cls(
            name,
            description,
            parent_id,
            organizer,
            link,
            sub_type,
        )

        taxonomy_tag_changes.additional_properties = d
        return taxonomy_tag_changes

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
