from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import enum_member
from ..models.tag_changes_sub_type import TagChangesSubType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagInput")


@_attrs_define
class TagInput:
    name: str
    """ Tag name """
    description: str | Unset = UNSET
    """ Tag description """
    link: str | Unset = UNSET
    """ Create a URL Link on the Tag """
    sub_type: TagChangesSubType | Unset = UNSET
    """ Tag sub type """
    date_start: datetime.datetime | Unset = UNSET
    """ When `event` sub type, the start of the event. """
    date_end: datetime.datetime | Unset = UNSET
    """ When `event` sub type, the end of the event. """
    location_country: str | Unset = UNSET
    location_city: str | Unset = UNSET
    location_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        link = self.link

        sub_type: str | Unset = UNSET
        if not isinstance(self.sub_type, Unset):
            sub_type = self.sub_type.value

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = self.date_start.isoformat()

        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = self.date_end.isoformat()

        location_country = self.location_country

        location_city = self.location_city

        location_name = self.location_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if link is not UNSET:
            field_dict["link"] = link
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if location_country is not UNSET:
            field_dict["location_country"] = location_country
        if location_city is not UNSET:
            field_dict["location_city"] = location_city
        if location_name is not UNSET:
            field_dict["location_name"] = location_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"TagInput.name: expected str, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if description is not UNSET and not isinstance(description, str):
            raise TypeError(f"TagInput.description: expected str, got {type(description).__name__}")

        link = d.pop("link", UNSET)
        if link is not UNSET and not isinstance(link, str):
            raise TypeError(f"TagInput.link: expected str, got {type(link).__name__}")

        sub_type: TagChangesSubType | Unset = d.pop("sub_type", UNSET)
        if sub_type is not UNSET:
            sub_type = enum_member(TagChangesSubType, sub_type)

        _date_start = d.pop("date_start", UNSET)
        date_start: datetime.datetime | Unset = (
            UNSET if _date_start is UNSET else datetime.datetime.fromisoformat(_date_start)
        )

        _date_end = d.pop("date_end", UNSET)
        date_end: datetime.datetime | Unset = (
            UNSET if _date_end is UNSET else datetime.datetime.fromisoformat(_date_end)
        )

        location_country = d.pop("location_country", UNSET)
        if location_country is not UNSET and not isinstance(location_country, str):
            raise TypeError(f"TagInput.location_country: expected str, got {type(location_country).__name__}")

        location_city = d.pop("location_city", UNSET)
        if location_city is not UNSET and not isinstance(location_city, str):
            raise TypeError(f"TagInput.location_city: expected str, got {type(location_city).__name__}")

        location_name = d.pop("location_name", UNSET)
        if location_name is not UNSET and not isinstance(location_name, str):
            raise TypeError(f"TagInput.location_name: expected str, got {type(location_name).__name__}")

        tag_input = cls(
            name,
            description,
            link,
            sub_type,
            date_start,
            date_end,
            location_country,
            location_city,
            location_name,
        )

        tag_input.additional_properties = d
        return tag_input

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
