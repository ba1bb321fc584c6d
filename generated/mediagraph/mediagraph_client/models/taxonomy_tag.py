from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.taxonomy_tag_sub_type import TaxonomyTagSubType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxonomyTag")


@_attrs_define
class TaxonomyTag:
    id: int
    name: str
    taxonomy_id: int | Unset = UNSET
    organization_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    has_children: bool | Unset = UNSET
    ancestor_ids: list[int] | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    path_names: list[str] | Unset = UNSET
    description: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    organizer: bool | Unset = UNSET
    sub_type: TaxonomyTagSubType | Unset = UNSET
    visible_assets_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        taxonomy_id = self.taxonomy_id

        organization_id = self.organization_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        has_children = self.has_children

        ancestor_ids: list[int] | Unset = UNSET
        if not isinstance(self.ancestor_ids, Unset):
            ancestor_ids = self.ancestor_ids

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        path_names: list[str] | Unset = UNSET
        if not isinstance(self.path_names, Unset):
            path_names = self.path_names

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

        organizer = self.organizer

        sub_type: str | Unset = UNSET
        if not isinstance(self.sub_type, Unset):
            sub_type = self.sub_type.value

        visible_assets_count: int | None | Unset
        if isinstance(self.visible_assets_count, Unset):
            visible_assets_count = UNSET
        else:
            visible_assets_count = self.visible_assets_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if taxonomy_id is not UNSET:
            field_dict["taxonomy_id"] = taxonomy_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if has_children is not UNSET:
            field_dict["has_children"] = has_children
        if ancestor_ids is not UNSET:
            field_dict["ancestor_ids"] = ancestor_ids
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if path_names is not UNSET:
            field_dict["path_names"] = path_names
        if description is not UNSET:
            field_dict["description"] = description
        if link is not UNSET:
            field_dict["link"] = link
        if organizer is not UNSET:
            field_dict["organizer"] = organizer
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if visible_assets_count is not UNSET:
            field_dict["visible_assets_count"] = visible_assets_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "TaxonomyTag.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"TaxonomyTag.name: expected str, got {type(name).__name__}")

        taxonomy_id = d.pop("taxonomy_id", UNSET)
        if taxonomy_id is not UNSET and not isinstance(taxonomy_id, int):
            taxonomy_id = as_int(taxonomy_id, "TaxonomyTag.taxonomy_id")

        organization_id = d.pop("organization_id", UNSET)
        if organization_id is not UNSET and not isinstance(organization_id, int):
            organization_id = as_int(organization_id, "TaxonomyTag.organization_id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        has_children = d.pop("has_children", UNSET)
        if has_children is not UNSET and not isinstance(has_children, bool):
            raise TypeError(f"TaxonomyTag.has_children: expected bool, got {type(has_children).__name__}")

        ancestor_ids: list[int] | Unset = d.pop("ancestor_ids", UNSET)
        if ancestor_ids is not UNSET:
            if not isinstance(ancestor_ids, list):
                raise TypeError("TaxonomyTag.ancestor_ids: expected a list of int")
            for ancestor_ids_item in ancestor_ids:
                if not (
                    isinstance(ancestor_ids_item, int)
                    or (isinstance(ancestor_ids_item, float) and ancestor_ids_item.is_integer())
                ):
                    raise TypeError("TaxonomyTag.ancestor_ids: expected a list of int")

        parent_id: int | None | Unset = d.pop("parent_id", UNSET)

        path_names: list[str] | Unset = d.pop("path_names", UNSET)
        if path_names is not UNSET:
            if not isinstance(path_names, list):
                raise TypeError("TaxonomyTag.path_names: expected a list of str")
            for path_names_item in path_names:
                if not (isinstance(path_names_item, str)):
                    raise TypeError("TaxonomyTag.path_names: expected a list of str")

        description: None | str | Unset = d.pop("description", UNSET)

        link: None | str | Unset = d.pop("link", UNSET)

        organizer = d.pop("organizer", UNSET)
        if organizer is not UNSET and not isinstance(organizer, bool):
            raise TypeError(f"TaxonomyTag.organizer: expected bool, got {type(organizer).__name__}")

        sub_type: TaxonomyTagSubType | Unset = d.pop("sub_type", UNSET)
        if sub_type is not UNSET:
            sub_type = enum_member(TaxonomyTagSubType, sub_type)

        visible_assets_count: int | None | Unset = d.pop("visible_assets_count", UNSET)

        taxonomy_tag = cls(
            id,
            name,
            taxonomy_id,
            organization_id,
            created_at,
            has_children,
            ancestor_ids,
            parent_id,
            path_names,
            description,
            link,
            organizer,
            sub_type,
            visible_assets_count,
        )

        taxonomy_tag.additional_properties = d
        return taxonomy_tag

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
