from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="Lightbox")


@_attrs_define
class Lightbox:
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
    """ home, folder (a "Bin") or null """
    commentable: bool | Unset = UNSET
    comments_count: int | Unset = UNSET
    user: UserSummary | Unset = UNSET
    """ The user embedded in other records (collapsed in the docs' samples). """
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

        commentable = self.commentable

        comments_count = self.comments_count

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

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
        if commentable is not UNSET:
            field_dict["commentable"] = commentable
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Lightbox.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"Lightbox.name: expected str, got {type(name).__name__}")

        description: None | str | Unset = d.pop("description", UNSET)

        slug = d.pop("slug", UNSET)
        if slug is not UNSET and not isinstance(slug, str):
            raise TypeError(f"Lightbox.slug: expected str, got {type(slug).__name__}")

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"Lightbox.type: expected str, got {type(type_).__name__}")

        organizer: bool | None | Unset = d.pop("organizer", UNSET)

        has_children = d.pop("has_children", UNSET)
        if has_children is not UNSET and not isinstance(has_children, bool):
            raise TypeError(f"Lightbox.has_children: expected bool, got {type(has_children).__name__}")

        parent_id: int | None | Unset = d.pop("parent_id", UNSET)

        ancestor_ids: list[int] | Unset = d.pop("ancestor_ids", UNSET)
        if ancestor_ids is not UNSET:
            if not isinstance(ancestor_ids, list):
                raise TypeError("Lightbox.ancestor_ids: expected a list of int")
            for ancestor_ids_item in ancestor_ids:
                if not (
                    isinstance(ancestor_ids_item, int)
                    or (isinstance(ancestor_ids_item, float) and ancestor_ids_item.is_integer())
                ):
                    raise TypeError("Lightbox.ancestor_ids: expected a list of int")

        path_names: list[str] | Unset = d.pop("path_names", UNSET)
        if path_names is not UNSET:
            if not isinstance(path_names, list):
                raise TypeError("Lightbox.path_names: expected a list of str")
            for path_names_item in path_names:
                if not (isinstance(path_names_item, str)):
                    raise TypeError("Lightbox.path_names: expected a list of str")

        visible_assets_count: int | None | Unset = d.pop("visible_assets_count", UNSET)

        asset_group_id = d.pop("asset_group_id", UNSET)
        if asset_group_id is not UNSET and not isinstance(asset_group_id, int):
            asset_group_id = as_int(asset_group_id, "Lightbox.asset_group_id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        sub_type: None | str | Unset = d.pop("sub_type", UNSET)

        commentable = d.pop("commentable", UNSET)
        if commentable is not UNSET and not isinstance(commentable, bool):
            raise TypeError(f"Lightbox.commentable: expected bool, got {type(commentable).__name__}")

        comments_count = d.pop("comments_count", UNSET)
        if comments_count is not UNSET and not isinstance(comments_count, int):
            comments_count = as_int(comments_count, "Lightbox.comments_count")

        _user = d.pop("user", UNSET)
        user: UserSummary | Unset = UNSET if _user is UNSET else UserSummary.from_dict(_user)

        lightbox = cls(
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
            commentable,
            comments_count,
            user,
        )

        lightbox.additional_properties = d
        return lightbox

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


from ..models.user_summary import UserSummary  # noqa: E402
