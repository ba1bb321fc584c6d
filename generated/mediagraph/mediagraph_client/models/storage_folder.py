from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageFolder")


@_attrs_define
class StorageFolder:
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
    sub_type: None | str | Unset = UNSET
    contribution_id: int | None | Unset = UNSET
    enable_contribution: bool | Unset = UNSET
    publish_user_id: int | None | Unset = UNSET
    publish_type: None | str | Unset = UNSET
    total_file_size: int | Unset = UNSET
    block_destroy: bool | Unset = UNSET
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

        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        contribution_id: int | None | Unset
        if isinstance(self.contribution_id, Unset):
            contribution_id = UNSET
        else:
            contribution_id = self.contribution_id

        enable_contribution = self.enable_contribution

        publish_user_id: int | None | Unset
        if isinstance(self.publish_user_id, Unset):
            publish_user_id = UNSET
        else:
            publish_user_id = self.publish_user_id

        publish_type: None | str | Unset
        if isinstance(self.publish_type, Unset):
            publish_type = UNSET
        else:
            publish_type = self.publish_type

        total_file_size = self.total_file_size

        block_destroy = self.block_destroy

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
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if contribution_id is not UNSET:
            field_dict["contribution_id"] = contribution_id
        if enable_contribution is not UNSET:
            field_dict["enable_contribution"] = enable_contribution
        if publish_user_id is not UNSET:
            field_dict["publish_user_id"] = publish_user_id
        if publish_type is not UNSET:
            field_dict["publish_type"] = publish_type
        if total_file_size is not UNSET:
            field_dict["total_file_size"] = total_file_size
        if block_destroy is not UNSET:
            field_dict["block_destroy"] = block_destroy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "StorageFolder.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"StorageFolder.name: expected str, got {type(name).__name__}")

        description: None | str | Unset = d.pop("description", UNSET)

        slug = d.pop("slug", UNSET)
        if slug is not UNSET and not isinstance(slug, str):
            raise TypeError(f"StorageFolder.slug: expected str, got {type(slug).__name__}")

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"StorageFolder.type: expected str, got {type(type_).__name__}")

        organizer: bool | None | Unset = d.pop("organizer", UNSET)

        has_children = d.pop("has_children", UNSET)
        if has_children is not UNSET and not isinstance(has_children, bool):
            raise TypeError(f"StorageFolder.has_children: expected bool, got {type(has_children).__name__}")

        parent_id: int | None | Unset = d.pop("parent_id", UNSET)

        ancestor_ids: list[int] | Unset = d.pop("ancestor_ids", UNSET)
        if ancestor_ids is not UNSET:
            if not isinstance(ancestor_ids, list):
                raise TypeError("StorageFolder.ancestor_ids: expected a list of int")
            for ancestor_ids_item in ancestor_ids:
                if not (
                    isinstance(ancestor_ids_item, int)
                    or (isinstance(ancestor_ids_item, float) and ancestor_ids_item.is_integer())
                ):
                    raise TypeError("StorageFolder.ancestor_ids: expected a list of int")

        path_names: list[str] | Unset = d.pop("path_names", UNSET)
        if path_names is not UNSET:
            if not isinstance(path_names, list):
                raise TypeError("StorageFolder.path_names: expected a list of str")
            for path_names_item in path_names:
                if not (isinstance(path_names_item, str)):
                    raise TypeError("StorageFolder.path_names: expected a list of str")

        visible_assets_count: int | None | Unset = d.pop("visible_assets_count", UNSET)

        asset_group_id = d.pop("asset_group_id", UNSET)
        if asset_group_id is not UNSET and not isinstance(asset_group_id, int):
            asset_group_id = as_int(asset_group_id, "StorageFolder.asset_group_id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        sub_type: None | str | Unset = d.pop("sub_type", UNSET)

        contribution_id: int | None | Unset = d.pop("contribution_id", UNSET)

        enable_contribution = d.pop("enable_contribution", UNSET)
        if enable_contribution is not UNSET and not isinstance(enable_contribution, bool):
            raise TypeError(
                f"StorageFolder.enable_contribution: expected bool, got {type(enable_contribution).__name__}"
            )

        publish_user_id: int | None | Unset = d.pop("publish_user_id", UNSET)

        publish_type: None | str | Unset = d.pop("publish_type", UNSET)

        total_file_size = d.pop("total_file_size", UNSET)
        if total_file_size is not UNSET and not isinstance(total_file_size, int):
            total_file_size = as_int(total_file_size, "StorageFolder.total_file_size")

        block_destroy = d.pop("block_destroy", UNSET)
        if block_destroy is not UNSET and not isinstance(block_destroy, bool):
            raise TypeError(f"StorageFolder.block_destroy: expected bool, got {type(block_destroy).__name__}")

        storage_folder = cls(
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
            sub_type,
            contribution_id,
            enable_contribution,
            publish_user_id,
            publish_type,
            total_file_size,
            block_destroy,
        )

        storage_folder.additional_properties = d
        return storage_folder

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
