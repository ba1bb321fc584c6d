from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    id: int
    title: str
    slug: str
    domain: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    stripe_status: None | str | Unset = UNSET
    default_sort_order: None | str | Unset = UNSET
    enable_ai: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        slug = self.slug

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        stripe_status: None | str | Unset
        if isinstance(self.stripe_status, Unset):
            stripe_status = UNSET
        else:
            stripe_status = self.stripe_status

        default_sort_order: None | str | Unset
        if isinstance(self.default_sort_order, Unset):
            default_sort_order = UNSET
        else:
            default_sort_order = self.default_sort_order

        enable_ai = self.enable_ai

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "slug": slug,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if stripe_status is not UNSET:
            field_dict["stripe_status"] = stripe_status
        if default_sort_order is not UNSET:
            field_dict["default_sort_order"] = default_sort_order
        if enable_ai is not UNSET:
            field_dict["enable_ai"] = enable_ai

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Organization.id")

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"Organization.title: expected str, got {type(title).__name__}")

        slug = d.pop("slug")
        if not isinstance(slug, str):
            raise TypeError(f"Organization.slug: expected str, got {type(slug).__name__}")

        domain: None | str | Unset = d.pop("domain", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            UNSET if _updated_at is UNSET else datetime.datetime.fromisoformat(_updated_at)
        )

        logo_url: None | str | Unset = d.pop("logo_url", UNSET)

        stripe_status: None | str | Unset = d.pop("stripe_status", UNSET)

        default_sort_order: None | str | Unset = d.pop("default_sort_order", UNSET)

        enable_ai = d.pop("enable_ai", UNSET)
        if enable_ai is not UNSET and not isinstance(enable_ai, bool):
            raise TypeError(f"Organization.enable_ai: expected bool, got {type(enable_ai).__name__}")

        organization = cls(
            id,
            title,
            slug,
            domain,
            created_at,
            updated_at,
            logo_url,
            stripe_status,
            default_sort_order,
            enable_ai,
        )

        organization.additional_properties = d
        return organization

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
