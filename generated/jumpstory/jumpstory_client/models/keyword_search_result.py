from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeywordSearchResult")


@_attrs_define
class KeywordSearchResult:
    """Results of a keyword search: `images` or `videos` (the examples show one or the other), the number of matches per
    asset type and related tags.

    """

    total: SearchTotals
    """ Number of matches per asset type. """
    related_tags: list[str]
    """ Tags related to the search. Every example is empty; strings are inferred. """
    images: list[ImageResult] | Unset = UNSET
    videos: list[VideoResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total.to_dict()

        related_tags = self.related_tags

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "related_tags": related_tags,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = SearchTotals.from_dict(d.pop("total"))

        related_tags: list[str] = d.pop("related_tags")
        if not isinstance(related_tags, list):
            raise TypeError("KeywordSearchResult.related_tags: expected a list of str")
        for related_tags_item in related_tags:
            if not (isinstance(related_tags_item, str)):
                raise TypeError("KeywordSearchResult.related_tags: expected a list of str")

        _images = d.pop("images", UNSET)
        images: list[ImageResult] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ImageResult.from_dict(images_item_data)

                images.append(images_item)

        _videos = d.pop("videos", UNSET)
        videos: list[VideoResult] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = VideoResult.from_dict(videos_item_data)

                videos.append(videos_item)

        keyword_search_result = cls(
            total,
            related_tags,
            images,
            videos,
        )

        keyword_search_result.additional_properties = d
        return keyword_search_result

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


from ..models.image_result import ImageResult  # noqa: E402
from ..models.search_totals import SearchTotals  # noqa: E402
from ..models.video_result import VideoResult  # noqa: E402
