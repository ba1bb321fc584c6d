from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.asset_type import AssetType
from ..models.color import Color
from ..models.orientation import Orientation
from ..models.people import People
from ..models.region import Region
from ..models.safe_search import SafeSearch
from ..models.search_collection_body_order_by import SearchCollectionBodyOrderBy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchCollectionBody")


@_attrs_define
class SearchCollectionBody:
    query: str
    """ Keywords to search for. (minLength 1 is inferred: a Laravel `required` rule rejects an empty string.) """
    page: int | Unset = UNSET
    """ Pagination """
    type_: AssetType | Unset = UNSET
    """ Type of assets.: "photos", "illustrations", "videos", "vectors", "icons". """
    color: Color | Unset = UNSET
    """ Filter by color: "all", "red", "orange", "yellow", "green", "turquoise", "blue", "purple", "pink", "white",
    "grey", "brown", "beige", "black", "greyscale" """
    orientation: Orientation | Unset = UNSET
    """ Photo orientation.: "all", "vertical", "horizontal", "square" """
    people: People | Unset = UNSET
    """ Toggle photos with people: "all", "with", "without" """
    safesearch: SafeSearch | Unset = UNSET
    """ Exclude restricted content: "off", "on" """
    region: Region | Unset = UNSET
    """ Filter by region: "africa", "asia", "caribbean", "central_america", "eastern_europe", "middle_east",
    "north_america", "oceania", "south_america", "western_europe" """
    order_by: SearchCollectionBodyOrderBy | Unset = UNSET
    """ Sort by newest content: "created_at" """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        page = self.page

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation.value

        people: str | Unset = UNSET
        if not isinstance(self.people, Unset):
            people = self.people.value

        safesearch: str | Unset = UNSET
        if not isinstance(self.safesearch, Unset):
            safesearch = self.safesearch.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if type_ is not UNSET:
            field_dict["type"] = type_
        if color is not UNSET:
            field_dict["color"] = color
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if people is not UNSET:
            field_dict["people"] = people
        if safesearch is not UNSET:
            field_dict["safesearch"] = safesearch
        if region is not UNSET:
            field_dict["region"] = region
        if order_by is not UNSET:
            field_dict["order_by"] = order_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")
        if not isinstance(query, str):
            raise TypeError(f"SearchCollectionBody.query: expected str, got {type(query).__name__}")

        page = d.pop("page", UNSET)
        if page is not UNSET and not isinstance(page, int):
            page = as_int(page, "SearchCollectionBody.page")

        type_: AssetType | Unset = d.pop("type", UNSET)
        if type_ is not UNSET:
            type_ = enum_member(AssetType, type_)

        color: Color | Unset = d.pop("color", UNSET)
        if color is not UNSET:
            color = enum_member(Color, color)

        orientation: Orientation | Unset = d.pop("orientation", UNSET)
        if orientation is not UNSET:
            orientation = enum_member(Orientation, orientation)

        people: People | Unset = d.pop("people", UNSET)
        if people is not UNSET:
            people = enum_member(People, people)

        safesearch: SafeSearch | Unset = d.pop("safesearch", UNSET)
        if safesearch is not UNSET:
            safesearch = enum_member(SafeSearch, safesearch)

        region: Region | Unset = d.pop("region", UNSET)
        if region is not UNSET:
            region = enum_member(Region, region)

        order_by: SearchCollectionBodyOrderBy | Unset = d.pop("order_by", UNSET)
        if order_by is not UNSET:
            order_by = enum_member(SearchCollectionBodyOrderBy, order_by)

        search_collection_body = cls(
            query,
            page,
            type_,
            color,
            orientation,
            people,
            safesearch,
            region,
            order_by,
        )

        search_collection_body.additional_properties = d
        return search_collection_body

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
