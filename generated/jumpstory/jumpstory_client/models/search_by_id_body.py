from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.asset_type import AssetType
from ..models.order_by import OrderBy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchByIdBody")


@_attrs_define
class SearchByIdBody:
    id: str
    """ Search by ID or batch of ID's (the example sends a comma-separated list). (minLength 1 is inferred: a
    Laravel `required` rule rejects an empty string.) """
    type_: AssetType
    """ Type of assets.: "photos", "illustrations", "videos", "vectors", "icons". """
    page: int | Unset = UNSET
    """ Pagination """
    size: int | Unset = UNSET
    """ Number of results per page """
    order_by: OrderBy | Unset = UNSET
    """ Sort results by: "relevance", "created_at" - By default sorting will be done by relevance """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        page = self.page

        size = self.size

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if size is not UNSET:
            field_dict["size"] = size
        if order_by is not UNSET:
            field_dict["order_by"] = order_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"SearchByIdBody.id: expected str, got {type(id).__name__}")

        type_ = enum_member(AssetType, d.pop("type"))

        page = d.pop("page", UNSET)
        if page is not UNSET and not isinstance(page, int):
            page = as_int(page, "SearchByIdBody.page")

        size = d.pop("size", UNSET)
        if size is not UNSET and not isinstance(size, int):
            size = as_int(size, "SearchByIdBody.size")

        order_by: OrderBy | Unset = d.pop("order_by", UNSET)
        if order_by is not UNSET:
            order_by = enum_member(OrderBy, order_by)

        search_by_id_body = cls(
            id,
            type_,
            page,
            size,
            order_by,
        )

        search_by_id_body.additional_properties = d
        return search_by_id_body

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
