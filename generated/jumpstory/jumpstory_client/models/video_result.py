from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoResult")


@_attrs_define
class VideoResult:
    """A video of a search result. The collection search example shows only id, thumbnail_url, small_video, width, height,
    orientation and type; the text-match example has no frame_rate.

        Example:
            {'id': 1, 'thumbnail_url': 'https://URL_TO_THUMBNAIL.com', 'small_video': 'https://URL_TO_SMALL_VIDEO.com',
                'duration': 60, 'width': 4000, 'height': 4000, 'file_size': 4000000, 'title': 'video title', 'tags': ['Human'],
                'orientation': 'horizontal', 'type': 'video', 'frame_rate': 21.75}

    """

    id: int
    """ Media id (what "Download" takes as `id`). """
    thumbnail_url: str
    """ URL of a thumbnail. """
    small_video: str
    """ URL of a small preview video. """
    width: int
    """ Width in pixels. """
    height: int
    """ Height in pixels. """
    orientation: str
    """ Orientation of the video, e.g. "horizontal". """
    type_: Literal["video"]
    """ Always "video". """
    duration: int | Unset = UNSET
    """ Duration (seconds, inferred from the example 60). """
    file_size: int | Unset = UNSET
    """ File size in bytes. """
    title: str | Unset = UNSET
    """ Title of the video. """
    tags: list[str] | Unset = UNSET
    """ Tags of the video. """
    frame_rate: float | Unset = UNSET
    """ Frames per second. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        thumbnail_url = self.thumbnail_url

        small_video = self.small_video

        width = self.width

        height = self.height

        orientation = self.orientation

        type_ = self.type_

        duration = self.duration

        file_size = self.file_size

        title = self.title

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        frame_rate = self.frame_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "thumbnail_url": thumbnail_url,
                "small_video": small_video,
                "width": width,
                "height": height,
                "orientation": orientation,
                "type": type_,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "VideoResult.id")

        thumbnail_url = d.pop("thumbnail_url")
        if not isinstance(thumbnail_url, str):
            raise TypeError(f"VideoResult.thumbnail_url: expected str, got {type(thumbnail_url).__name__}")

        small_video = d.pop("small_video")
        if not isinstance(small_video, str):
            raise TypeError(f"VideoResult.small_video: expected str, got {type(small_video).__name__}")

        width = d.pop("width")
        if not isinstance(width, int):
            width = as_int(width, "VideoResult.width")

        height = d.pop("height")
        if not isinstance(height, int):
            height = as_int(height, "VideoResult.height")

        orientation = d.pop("orientation")
        if not isinstance(orientation, str):
            raise TypeError(f"VideoResult.orientation: expected str, got {type(orientation).__name__}")

        type_ = cast(Literal["video"], d.pop("type"))
        if type_ != "video":
            raise ValueError(f"type must match const 'video', got '{type_}'")

        duration = d.pop("duration", UNSET)
        if duration is not UNSET and not isinstance(duration, int):
            duration = as_int(duration, "VideoResult.duration")

        file_size = d.pop("file_size", UNSET)
        if file_size is not UNSET and not isinstance(file_size, int):
            file_size = as_int(file_size, "VideoResult.file_size")

        title = d.pop("title", UNSET)
        if title is not UNSET and not isinstance(title, str):
            raise TypeError(f"VideoResult.title: expected str, got {type(title).__name__}")

        tags: list[str] | Unset = d.pop("tags", UNSET)
        if tags is not UNSET:
            if not isinstance(tags, list):
                raise TypeError("VideoResult.tags: expected a list of str")
            for tags_item in tags:
                if not (isinstance(tags_item, str)):
                    raise TypeError("VideoResult.tags: expected a list of str")

        frame_rate = d.pop("frame_rate", UNSET)
        if frame_rate is not UNSET and not isinstance(frame_rate, (int, float)):
            raise TypeError(f"VideoResult.frame_rate: expected float, got {type(frame_rate).__name__}")

        video_result = cls(
            id,
            thumbnail_url,
            small_video,
            width,
            height,
            orientation,
            type_,
            duration,
            file_size,
            title,
            tags,
            frame_rate,
        )

        video_result.additional_properties = d
        return video_result

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
