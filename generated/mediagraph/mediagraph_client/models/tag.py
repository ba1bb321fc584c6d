from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.tag_sub_type import TagSubType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    id: int
    name: str
    tag_id: int | Unset = UNSET
    description: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    list_: str | Unset = UNSET
    sub_type: TagSubType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    in_taxonomy: bool | Unset = UNSET
    taxonomy_path_names: list[list[str]] | Unset = UNSET
    visible_assets_count: int | None | Unset = UNSET
    date_start: datetime.datetime | None | Unset = UNSET
    date_end: datetime.datetime | None | Unset = UNSET
    location_country: None | str | Unset = UNSET
    location_city: None | str | Unset = UNSET
    location_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tag_id = self.tag_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        list_ = self.list_

        sub_type: str | Unset = UNSET
        if not isinstance(self.sub_type, Unset):
            sub_type = self.sub_type.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        in_taxonomy = self.in_taxonomy

        taxonomy_path_names: list[list[str]] | Unset = UNSET
        if not isinstance(self.taxonomy_path_names, Unset):
            taxonomy_path_names = []
            for taxonomy_path_names_item_data in self.taxonomy_path_names:
                taxonomy_path_names_item = taxonomy_path_names_item_data

                taxonomy_path_names.append(taxonomy_path_names_item)

        visible_assets_count: int | None | Unset
        if isinstance(self.visible_assets_count, Unset):
            visible_assets_count = UNSET
        else:
            visible_assets_count = self.visible_assets_count

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        elif isinstance(self.date_start, datetime.datetime):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_end: None | str | Unset
        if isinstance(self.date_end, Unset):
            date_end = UNSET
        elif isinstance(self.date_end, datetime.datetime):
            date_end = self.date_end.isoformat()
        else:
            date_end = self.date_end

        location_country: None | str | Unset
        if isinstance(self.location_country, Unset):
            location_country = UNSET
        else:
            location_country = self.location_country

        location_city: None | str | Unset
        if isinstance(self.location_city, Unset):
            location_city = UNSET
        else:
            location_city = self.location_city

        location_name: None | str | Unset
        if isinstance(self.location_name, Unset):
            location_name = UNSET
        else:
            location_name = self.location_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if tag_id is not UNSET:
            field_dict["tag_id"] = tag_id
        if description is not UNSET:
            field_dict["description"] = description
        if link is not UNSET:
            field_dict["link"] = link
        if list_ is not UNSET:
            field_dict["list"] = list_
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if in_taxonomy is not UNSET:
            field_dict["in_taxonomy"] = in_taxonomy
        if taxonomy_path_names is not UNSET:
            field_dict["taxonomy_path_names"] = taxonomy_path_names
        if visible_assets_count is not UNSET:
            field_dict["visible_assets_count"] = visible_assets_count
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
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Tag.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"Tag.name: expected str, got {type(name).__name__}")

        tag_id = d.pop("tag_id", UNSET)
        if tag_id is not UNSET and not isinstance(tag_id, int):
            tag_id = as_int(tag_id, "Tag.tag_id")

        description: None | str | Unset = d.pop("description", UNSET)

        link: None | str | Unset = d.pop("link", UNSET)

        list_ = d.pop("list", UNSET)
        if list_ is not UNSET and not isinstance(list_, str):
            raise TypeError(f"Tag.list: expected str, got {type(list_).__name__}")

        sub_type: TagSubType | Unset = d.pop("sub_type", UNSET)
        if sub_type is not UNSET:
            sub_type = enum_member(TagSubType, sub_type)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        in_taxonomy = d.pop("in_taxonomy", UNSET)
        if in_taxonomy is not UNSET and not isinstance(in_taxonomy, bool):
            raise TypeError(f"Tag.in_taxonomy: expected bool, got {type(in_taxonomy).__name__}")

        _taxonomy_path_names = d.pop("taxonomy_path_names", UNSET)
        taxonomy_path_names: list[list[str]] | Unset = UNSET
        if _taxonomy_path_names is not UNSET:
            taxonomy_path_names = []
            for taxonomy_path_names_item_data in _taxonomy_path_names:
                taxonomy_path_names_item = cast(list[str], taxonomy_path_names_item_data)

                taxonomy_path_names.append(taxonomy_path_names_item)

        visible_assets_count: int | None | Unset = d.pop("visible_assets_count", UNSET)

        date_start: datetime.datetime | None | Unset = d.pop("date_start", UNSET)
        if date_start is not UNSET and isinstance(date_start, str):
            try:
                date_start_type_0 = datetime.datetime.fromisoformat(date_start)

                date_start = date_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        date_end: datetime.datetime | None | Unset = d.pop("date_end", UNSET)
        if date_end is not UNSET and isinstance(date_end, str):
            try:
                date_end_type_0 = datetime.datetime.fromisoformat(date_end)

                date_end = date_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        location_country: None | str | Unset = d.pop("location_country", UNSET)

        location_city: None | str | Unset = d.pop("location_city", UNSET)

        location_name: None | str | Unset = d.pop("location_name", UNSET)

        tag = cls(
            id,
            name,
            tag_id,
            description,
            link,
            list_,
            sub_type,
            created_at,
            in_taxonomy,
            taxonomy_path_names,
            visible_assets_count,
            date_start,
            date_end,
            location_country,
            location_city,
            location_name,
        )

        tag.additional_properties = d
        return tag

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
