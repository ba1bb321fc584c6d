from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    id: int
    name: str
    description: None | str | Unset = UNSET
    slug: str | Unset = UNSET
    type_: str | Unset = UNSET
    organizer: bool | None | Unset = UNSET
    has_children: bool | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    ancestor_ids: list[int] | Unset = UNSET
    path_names: list[str] | Unset = UNSET
    visible_assets_count: int | None | Unset = UNSET
    asset_group_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    featured: bool | Unset = UNSET
    position: int | None | Unset = UNSET
    enable_embargo: bool | Unset = UNSET
    embargo_ends_at: datetime.datetime | None | Unset = UNSET
    editable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        slug = self.slug

        type_ = self.type_

        organizer: bool | None | Unset
        if isinstance(self.organizer, Unset):
            organizer = UNSET
        else:
            organizer = self.organizer

        has_children = self.has_children

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        ancestor_ids: list[int] | Unset = UNSET
        if not isinstance(self.ancestor_ids, Unset):
            ancestor_ids = self.ancestor_ids

        path_names: list[str] | Unset = UNSET
        if not isinstance(self.path_names, Unset):
            path_names = self.path_names

        visible_assets_count: int | None | Unset
        if isinstance(self.visible_assets_count, Unset):
            visible_assets_count = UNSET
        else:
            visible_assets_count = self.visible_assets_count

        asset_group_id = self.asset_group_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        featured = self.featured

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        enable_embargo = self.enable_embargo

        embargo_ends_at: None | str | Unset
        if isinstance(self.embargo_ends_at, Unset):
            embargo_ends_at = UNSET
        elif isinstance(self.embargo_ends_at, datetime.datetime):
            embargo_ends_at = self.embargo_ends_at.isoformat()
        else:
            embargo_ends_at = self.embargo_ends_at

        editable = self.editable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if slug is not UNSET:
            field_dict["slug"] = slug
        if type_ is not UNSET:
            field_dict["type"] = type_
        if organizer is not UNSET:
            field_dict["organizer"] = organizer
        if has_children is not UNSET:
            field_dict["has_children"] = has_children
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if ancestor_ids is not UNSET:
            field_dict["ancestor_ids"] = ancestor_ids
        if path_names is not UNSET:
            field_dict["path_names"] = path_names
        if visible_assets_count is not UNSET:
            field_dict["visible_assets_count"] = visible_assets_count
        if asset_group_id is not UNSET:
            field_dict["asset_group_id"] = asset_group_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if featured is not UNSET:
            field_dict["featured"] = featured
        if position is not UNSET:
            field_dict["position"] = position
        if enable_embargo is not UNSET:
            field_dict["enable_embargo"] = enable_embargo
        if embargo_ends_at is not UNSET:
            field_dict["embargo_ends_at"] = embargo_ends_at
        if editable is not UNSET:
            field_dict["editable"] = editable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Collection.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"Collection.name: expected str, got {type(name).__name__}")

        description: None | str | Unset = d.pop("description", UNSET)

        slug = d.pop("slug", UNSET)
        if slug is not UNSET and not isinstance(slug, str):
            raise TypeError(f"Collection.slug: expected str, got {type(slug).__name__}")

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"Collection.type: expected str, got {type(type_).__name__}")

        organizer: bool | None | Unset = d.pop("organizer", UNSET)

        has_children = d.pop("has_children", UNSET)
        if has_children is not UNSET and not isinstance(has_children, bool):
            raise TypeError(f"Collection.has_children: expected bool, got {type(has_children).__name__}")

        parent_id: int | None | Unset = d.pop("parent_id", UNSET)

        ancestor_ids: list[int] | Unset = d.pop("ancestor_ids", UNSET)
        if ancestor_ids is not UNSET:
            if not isinstance(ancestor_ids, list):
                raise TypeError("Collection.ancestor_ids: expected a list of int")
            for ancestor_ids_item in ancestor_ids:
                if not (
                    isinstance(ancestor_ids_item, int)
                    or (isinstance(ancestor_ids_item, float) and ancestor_ids_item.is_integer())
                ):
                    raise TypeError("Collection.ancestor_ids: expected a list of int")

        path_names: list[str] | Unset = d.pop("path_names", UNSET)
        if path_names is not UNSET:
            if not isinstance(path_names, list):
                raise TypeError("Collection.path_names: expected a list of str")
            for path_names_item in path_names:
                if not (isinstance(path_names_item, str)):
                    raise TypeError("Collection.path_names: expected a list of str")

        visible_assets_count: int | None | Unset = d.pop("visible_assets_count", UNSET)

        asset_group_id = d.pop("asset_group_id", UNSET)
        if asset_group_id is not UNSET and not isinstance(asset_group_id, int):
            asset_group_id = as_int(asset_group_id, "Collection.asset_group_id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        featured = d.pop("featured", UNSET)
        if featured is not UNSET and not isinstance(featured, bool):
            raise TypeError(f"Collection.featured: expected bool, got {type(featured).__name__}")

        position: int | None | Unset = d.pop("position", UNSET)

        enable_embargo = d.pop("enable_embargo", UNSET)
        if enable_embargo is not UNSET and not isinstance(enable_embargo, bool):
            raise TypeError(f"Collection.enable_embargo: expected bool, got {type(enable_embargo).__name__}")

        embargo_ends_at: datetime.datetime | None | Unset = d.pop("embargo_ends_at", UNSET)
        if embargo_ends_at is not UNSET and isinstance(embargo_ends_at, str):
            try:
                embargo_ends_at_type_0 = datetime.datetime.fromisoformat(embargo_ends_at)

                embargo_ends_at = embargo_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        editable = d.pop("editable", UNSET)
        if editable is not UNSET and not isinstance(editable, bool):
            raise TypeError(f"Collection.editable: expected bool, got {type(editable).__name__}")

        collection = cls(
            id,
            name,
            description,
            slug,
            type_,
            organizer,
            has_children,
            parent_id,
            ancestor_ids,
            path_names,
            visible_assets_count,
            asset_group_id,
            created_at,
            featured,
            position,
            enable_embargo,
            embargo_ends_at,
            editable,
        )

        collection.additional_properties = d
        return collection

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
