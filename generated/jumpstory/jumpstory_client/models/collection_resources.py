from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionResources")


@_attrs_define
class CollectionResources:
    """The assets of a collection per asset type, as arrays of ids.

    Example:
        {'photos': [1, 2], 'icons': [3, 4], 'illustrations': [5, 6], 'vectors': [9], 'videos': [7, 8]}

    """

    photos: list[int] | Unset = UNSET
    """ ids """
    icons: list[int] | Unset = UNSET
    """ ids """
    illustrations: list[int] | Unset = UNSET
    """ ids """
    vectors: list[int] | Unset = UNSET
    """ ids """
    videos: list[int] | Unset = UNSET
    """ ids """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        photos: list[int] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        icons: list[int] | Unset = UNSET
        if not isinstance(self.icons, Unset):
            icons = self.icons

        illustrations: list[int] | Unset = UNSET
        if not isinstance(self.illustrations, Unset):
            illustrations = self.illustrations

        vectors: list[int] | Unset = UNSET
        if not isinstance(self.vectors, Unset):
            vectors = self.vectors

        videos: list[int] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = self.videos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if photos is not UNSET:
            field_dict["photos"] = photos
        if icons is not UNSET:
            field_dict["icons"] = icons
        if illustrations is not UNSET:
            field_dict["illustrations"] = illustrations
        if vectors is not UNSET:
            field_dict["vectors"] = vectors
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        photos: list[int] | Unset = d.pop("photos", UNSET)
        if photos is not UNSET:
            if not isinstance(photos, list):
                raise TypeError("CollectionResources.photos: expected a list of int")
            for photos_item in photos:
                if not (isinstance(photos_item, int) or (isinstance(photos_item, float) and photos_item.is_integer())):
                    raise TypeError("CollectionResources.photos: expected a list of int")

        icons: list[int] | Unset = d.pop("icons", UNSET)
        if icons is not UNSET:
            if not isinstance(icons, list):
                raise TypeError("CollectionResources.icons: expected a list of int")
            for icons_item in icons:
                if not (isinstance(icons_item, int) or (isinstance(icons_item, float) and icons_item.is_integer())):
                    raise TypeError("CollectionResources.icons: expected a list of int")

        illustrations: list[int] | Unset = d.pop("illustrations", UNSET)
        if illustrations is not UNSET:
            if not isinstance(illustrations, list):
                raise TypeError("CollectionResources.illustrations: expected a list of int")
            for illustrations_item in illustrations:
                if not (
                    isinstance(illustrations_item, int)
                    or (isinstance(illustrations_item, float) and illustrations_item.is_integer())
                ):
                    raise TypeError("CollectionResources.illustrations: expected a list of int")

        vectors: list[int] | Unset = d.pop("vectors", UNSET)
        if vectors is not UNSET:
            if not isinstance(vectors, list):
                raise TypeError("CollectionResources.vectors: expected a list of int")
            for vectors_item in vectors:
                if not (
                    isinstance(vectors_item, int) or (isinstance(vectors_item, float) and vectors_item.is_integer())
                ):
                    raise TypeError("CollectionResources.vectors: expected a list of int")

        videos: list[int] | Unset = d.pop("videos", UNSET)
        if videos is not UNSET:
            if not isinstance(videos, list):
                raise TypeError("CollectionResources.videos: expected a list of int")
            for videos_item in videos:
                if not (isinstance(videos_item, int) or (isinstance(videos_item, float) and videos_item.is_integer())):
                    raise TypeError("CollectionResources.videos: expected a list of int")

        collection_resources = cls(
            photos,
            icons,
            illustrations,
            vectors,
            videos,
        )

        collection_resources.additional_properties = d
        return collection_resources

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
