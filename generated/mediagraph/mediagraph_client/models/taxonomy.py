from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="Taxonomy")


@_attrs_define
class Taxonomy:
    id: int
    name: str
    organization_id: int | Unset = UNSET
    description: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_group_ids: list[int] | Unset = UNSET
    taxonomy_tag_roots: list[TaxonomyTag] | Unset = UNSET
    """ The root-level taxonomy tags. """
    editable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        organization_id = self.organization_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_group_ids: list[int] | Unset = UNSET
        if not isinstance(self.user_group_ids, Unset):
            user_group_ids = self.user_group_ids

        taxonomy_tag_roots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxonomy_tag_roots, Unset):
            taxonomy_tag_roots = []
            for taxonomy_tag_roots_item_data in self.taxonomy_tag_roots:
                taxonomy_tag_roots_item = taxonomy_tag_roots_item_data.to_dict()
                taxonomy_tag_roots.append(taxonomy_tag_roots_item)

        editable = self.editable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if description is not UNSET:
            field_dict["description"] = description
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_group_ids is not UNSET:
            field_dict["user_group_ids"] = user_group_ids
        if taxonomy_tag_roots is not UNSET:
            field_dict["taxonomy_tag_roots"] = taxonomy_tag_roots
        if editable is not UNSET:
            field_dict["editable"] = editable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Taxonomy.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"Taxonomy.name: expected str, got {type(name).__name__}")

        organization_id = d.pop("organization_id", UNSET)
        if organization_id is not UNSET and not isinstance(organization_id, int):
            organization_id = as_int(organization_id, "Taxonomy.organization_id")

        description: None | str | Unset = d.pop("description", UNSET)

        user_id: int | None | Unset = d.pop("user_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            UNSET if _updated_at is UNSET else datetime.datetime.fromisoformat(_updated_at)
        )

        user_group_ids: list[int] | Unset = d.pop("user_group_ids", UNSET)
        if user_group_ids is not UNSET:
            if not isinstance(user_group_ids, list):
                raise TypeError("Taxonomy.user_group_ids: expected a list of int")
            for user_group_ids_item in user_group_ids:
                if not (
                    isinstance(user_group_ids_item, int)
                    or (isinstance(user_group_ids_item, float) and user_group_ids_item.is_integer())
                ):
                    raise TypeError("Taxonomy.user_group_ids: expected a list of int")

        _taxonomy_tag_roots = d.pop("taxonomy_tag_roots", UNSET)
        taxonomy_tag_roots: list[TaxonomyTag] | Unset = UNSET
        if _taxonomy_tag_roots is not UNSET:
            taxonomy_tag_roots = []
            for taxonomy_tag_roots_item_data in _taxonomy_tag_roots:
                taxonomy_tag_roots_item = TaxonomyTag.from_dict(taxonomy_tag_roots_item_data)

                taxonomy_tag_roots.append(taxonomy_tag_roots_item)

        editable = d.pop("editable", UNSET)
        if editable is not UNSET and not isinstance(editable, bool):
            raise TypeError(f"Taxonomy.editable: expected bool, got {type(editable).__name__}")

        taxonomy = cls(
            id,
            name,
            organization_id,
            description,
            user_id,
            created_at,
            updated_at,
            user_group_ids,
            taxonomy_tag_roots,
            editable,
        )

        taxonomy.additional_properties = d
        return taxonomy

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


from ..models.taxonomy_tag import TaxonomyTag  # noqa: E402
