from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="SearchTotals")


@_attrs_define
class SearchTotals:
    """Number of matches per asset type.

    Example:
        {'photos': 115, 'videos': 15, 'vectors': 116, 'icons': 24, 'illustrations': 5}

    """

    photos: int
    videos: int
    vectors: int
    icons: int
    illustrations: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        photos = self.photos

        videos = self.videos

        vectors = self.vectors

        icons = self.icons

        illustrations = self.illustrations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "photos": photos,
                "videos": videos,
                "vectors": vectors,
                "icons": icons,
                "illustrations": illustrations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        photos = d.pop("photos")
        if not isinstance(photos, int):
            photos = as_int(photos, "SearchTotals.photos")

        videos = d.pop("videos")
        if not isinstance(videos, int):
            videos = as_int(videos, "SearchTotals.videos")

        vectors = d.pop("vectors")
        if not isinstance(vectors, int):
            vectors = as_int(vectors, "SearchTotals.vectors")

        icons = d.pop("icons")
        if not isinstance(icons, int):
            icons = as_int(icons, "SearchTotals.icons")

        illustrations = d.pop("illustrations")
        if not isinstance(illustrations, int):
            illustrations = as_int(illustrations, "SearchTotals.illustrations")

        search_totals = cls(
            photos,
            videos,
            vectors,
            icons,
            illustrations,
        )

        search_totals.additional_properties = d
        return search_totals

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
