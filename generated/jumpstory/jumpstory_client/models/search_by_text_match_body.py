from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.asset_type import AssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchByTextMatchBody")


@_attrs_define
class SearchByTextMatchBody:
    text: str
    """ Text section. (minLength 1 is inferred: a Laravel `required` rule rejects an empty string.) """
    page: int | Unset = UNSET
    """ Pagination """
    size: int | Unset = UNSET
    """ Number of results per page """
    type_: AssetType | Unset = UNSET
    """ Type of assets.: "photos", "illustrations", "videos", "vectors", "icons". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        page = self.page

        size = self.size

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")
        if not isinstance(text, str):
            raise TypeError(f"SearchByTextMatchBody.text: expected str, got {type(text).__name__}")

        page = d.pop("page", UNSET)
        if page is not UNSET and not isinstance(page, int):
            page = as_int(page, "SearchByTextMatchBody.page")

        size = d.pop("size", UNSET)
        if size is not UNSET and not isinstance(size, int):
            size = as_int(size, "SearchByTextMatchBody.size")

        type_: AssetType | Unset = d.pop("type", UNSET)
        if type_ is not UNSET:
            type_ = enum_member(AssetType, type_)

        search_by_text_match_body = cls(
            text,
            page,
            size,
            type_,
        )

        search_by_text_match_body.additional_properties = d
        return search_by_text_match_body

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
