from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionInput")


@_attrs_define
class CollectionInput:
    name: str
    """ Collection name """
    description: str | Unset = UNSET
    """ Collection description """
    parent_id: int | Unset = UNSET
    """ Another Collection ID, blank if top-level. """
    organizer: bool | Unset = UNSET
    """ Set true if the Collection will only hold other Folders, not Assets. """
    featured: bool | Unset = UNSET
    """ Featured """
    enable_embargo: bool | Unset = UNSET
    """ Enable Embargo """
    embargo_ends_at: datetime.datetime | Unset = UNSET
    """ Embargoed Until """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parent_id = self.parent_id

        organizer = self.organizer

        featured = self.featured

        enable_embargo = self.enable_embargo

        embargo_ends_at: str | Unset = UNSET
        if not isinstance(self.embargo_ends_at, Unset):
            embargo_ends_at = self.embargo_ends_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if organizer is not UNSET:
            field_dict["organizer"] = organizer
        if featured is not UNSET:
            field_dict["featured"] = featured
        if enable_embargo is not UNSET:
            field_dict["enable_embargo"] = enable_embargo
        if embargo_ends_at is not UNSET:
            field_dict["embargo_ends_at"] = embargo_ends_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"CollectionInput.name: expected str, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if description is not UNSET and not isinstance(description, str):
            raise TypeError(f"CollectionInput.description: expected str, got {type(description).__name__}")

        parent_id = d.pop("parent_id", UNSET)
        if parent_id is not UNSET and not isinstance(parent_id, int):
            parent_id = as_int(parent_id, "CollectionInput.parent_id")

        organizer = d.pop("organizer", UNSET)
        if organizer is not UNSET and not isinstance(organizer, bool):
            raise TypeError(f"CollectionInput.organizer: expected bool, got {type(organizer).__name__}")

        featured = d.pop("featured", UNSET)
        if featured is not UNSET and not isinstance(featured, bool):
            raise TypeError(f"CollectionInput.featured: expected bool, got {type(featured).__name__}")

        enable_embargo = d.pop("enable_embargo", UNSET)
        if enable_embargo is not UNSET and not isinstance(enable_embargo, bool):
            raise TypeError(f"CollectionInput.enable_embargo: expected bool, got {type(enable_embargo).__name__}")

        _embargo_ends_at = d.pop("embargo_ends_at", UNSET)
        embargo_ends_at: datetime.datetime | Unset = (
            UNSET if _embargo_ends_at is UNSET else datetime.datetime.fromisoformat(_embargo_ends_at)
        )

        collection_input = cls(
            name,
            description,
            parent_id,
            organizer,
            featured,
            enable_embargo,
            embargo_ends_at,
        )

        collection_input.additional_properties = d
        return collection_input

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
